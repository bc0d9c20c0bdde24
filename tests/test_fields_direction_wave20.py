"""Wave 20 direction families: a gain beside an outcome it "adds little to", weight gain
wanted in nutritional support, and a result reached as fast as the other arm's."""

import pytest

from extractors.fields import parse_direction


# One outcome moved, the treatment added little to another.
@pytest.mark.parametrize(
    "text",
    [
        "Melatonin shortens the time it takes children to fall asleep but adds little to total sleep time (Kaminski 2021).",
        "Physiotherapy reduced pain compared with usual care but added little to walking distance in 80 patients.",
        "The gel improved wound closure versus placebo but contributed little to pain relief.",
        "In 60 dogs, the diet lowered itch scores but made little difference to lesion scores.",
    ],
)
def test_gain_beside_added_little_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_added_little_alone_is_null() -> None:
    assert parse_direction("Exercise added little to total sleep time compared with placebo.") == "null"


# Weight gain wanted when nutrition supports frail, older or post-fracture patients.
@pytest.mark.parametrize(
    "text",
    [
        "Mbeki 2021\t74\tProtein supplement 40 g/day\tNo treatment\tGreater weight gain; FIM unchanged",
        "Lee 2020\t60\tNutritional supplement drinks\tUsual care\tGreater weight gain; no change in Barthel index",
        "Oral nutritional supplements for 12 weeks gave greater weight gain in 80 frail older adults, but grip strength was unchanged.",
        "After hip fracture, patients given energy drinks gained more weight than controls; mobility did not differ.",
    ],
)
def test_wanted_weight_gain_beside_an_unchanged_outcome_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_unwanted_weight_gain_stays_a_harm() -> None:
    assert parse_direction("Olanzapine caused greater weight gain than placebo in 80 patients.") == "negative"


# The same result as fast as the other arm: no difference.
@pytest.mark.parametrize(
    "text",
    [
        "An earlier pilot study of 50 babies found that home treatment lowered bilirubin as quickly as hospital treatment.",
        "Ulcers healed as fast as with standard dressings (Brown 2019).",
        "The gel cleared lesions as rapidly as oral terbinafine in 60 patients.",
        "In 40 horses, the boot healed hoof abscesses about as quickly as poulticing.",
        "Wounds healed as well as with silver dressings in 90 patients.",
    ],
)
def test_as_fast_as_the_other_arm_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize(
    "text",
    ["The cream reduced itching twice as fast as vehicle.", "Pain eased as soon as 2 days after the first dose, faster than with placebo."],
)
def test_faster_than_the_other_arm_stays_positive(text: str) -> None:
    assert parse_direction(text) == "positive"
