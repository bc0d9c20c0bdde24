"""Wave 40: specialty endpoints by their standard short forms, the Zung scale by name, and
statistical tests."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _read(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reproductive endocrinology
        ("Serum E2 rose within a week of starting letrozole.", ["E2"]),
        ("LH and FSH fell, while SHBG was unchanged at 12 weeks.", ["LH", "FSH", "SHBG"]),
        ("Prolactin (PRL) normalised in 80% of the cabergoline group.", ["PRL"]),
        ("IGF-1 did not differ between the arms.", ["IGF-1"]),
        # livestock metabolism
        ("Cows fed the additive had lower NEFA and BHB in the first week after calving.", ["NEFA", "BHB"]),
        # neuropathy and adverse-event grading
        ("Neuropathy scores on the TCSS improved more with alpha-lipoic acid.", ["TCSS"]),
        ("Dermatitis was graded with CTCAE version 5.0 each week of radiotherapy.", ["CTCAE"]),
        # periodontal indices and strength testing
        ("VPI fell by a third in the test arm.", ["VPI"]),
        ("MVC and PPO were higher after four weeks of loading.", ["MVC", "PPO"]),
    ],
)
def test_specialty_short_forms(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


def test_the_zung_scale_named_in_full_is_sds() -> None:
    assert _read("Self-Rating Depression Scale scores fell after eight weeks.") == ["SDS"]


def test_spelled_out_hormone_without_its_short_form_is_no_outcome() -> None:
    """A hormone named in words is often the drug given, not the value measured."""
    assert _read("Women applied estradiol gel 1 mg daily or a placebo gel.") == []


def test_hormone_threshold_is_a_criterion() -> None:
    assert _read("Men with LH above 12 IU/L were excluded.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Paired Samples T Test compared baseline with week 8.",
        "An Independent Samples t Test and a Welch Test compared the groups.",
        "Differences were located with a Post Hoc Test.",
    ],
)
def test_statistical_tests_are_not_instruments(text: str) -> None:
    assert _read(text) == []


def test_a_named_test_beside_a_statistical_test_is_kept() -> None:
    assert _read("A Paired Samples T Test showed the Trail Making Test improved.") == ["TMT"]


def test_serum_vitamin_level_is_the_trial_outcome_unless_it_set_entry() -> None:
    assert _read("Serum B12 rose to 480 pg/mL with oral cobalamin and TCSS scores fell.") == ["Serum B12", "TCSS"]
    assert _read("Adults with serum B12 below 180 pg/mL were enrolled.") == []
