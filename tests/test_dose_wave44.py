"""Wave 44 dose families: drops counted out where they go, and what a patch gives out."""

import pytest

from extractors.fields.dose import parse_doses


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Used 3 drops of the combination twice daily and still had ear pain after a week.", 3.0),
        ("I put 2 drops in each eye three times a day for the conjunctivitis.", 2.0),
        ("Instil 4 drops into the affected ear twice daily for 7 days.", 4.0),
    ],
)
def test_drops_with_their_place_before_the_schedule(text: str, value: float) -> None:
    assert [(d.value, d.unit) for d in parse_doses(text)] == [(value, "drops")]


def test_a_drop_in_a_measurement_is_no_dose() -> None:
    assert parse_doses("There were 3 drops in blood pressure during the twice daily readings.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 1.5 mg scopolamine patch, worn behind the ear, releases about 1 mg over three days.", 1.5, "mg"),
        ("Each 52 mg levonorgestrel intrauterine system releases approximately 20 mcg per day at first.", 52.0, "mg"),
    ],
)
def test_amount_a_product_releases_is_no_second_dose(text: str, value: float, unit: str) -> None:
    assert [(d.value, d.unit) for d in parse_doses(text)] == [(value, unit)]


def test_release_alone_still_states_the_dose() -> None:
    assert [d.value for d in parse_doses("Patients wore a rotigotine patch that delivers 4 mg over 24 hours.")] == [4.0]
