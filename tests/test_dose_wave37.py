"""Wave 37: a count of participants allocated "to" a dose is no dose range."""

import pytest

from extractors.fields.dose import parse_doses


def _values(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neonatology: counts larger than the weight-based doses they were given
        ("Of 140 neonates, 47 were randomised (47 to 5 mg/kg, 46 to 15 mg/kg and 47 to saline placebo).",
         [(5.0, None, "mg/kg"), (15.0, None, "mg/kg")]),
        # psychiatry: no control arm, but two descending allocations in a row
        ("Outpatients were allocated (62 to 25 mg and 60 to 50 mg) and followed for eight weeks.",
         [(25.0, None, "mg"), (50.0, None, "mg")]),
        # veterinary feed trial: counts smaller than the doses, told beside a control allocation
        ("We randomised 30 to 200 mg/kg, 30 to 400 mg/kg and 30 to control feed.",
         [(200.0, None, "mg/kg"), (400.0, None, "mg/kg")]),
        # oncology: a bracketed allocation list with a vehicle arm
        ("Mice were split (12 to 1 mg/kg, 12 to 3 mg/kg, 11 to vehicle) before dosing.",
         [(1.0, None, "mg/kg"), (3.0, None, "mg/kg")]),
    ],
)
def test_a_count_allocated_to_a_dose_is_not_part_of_it(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients received doses of 10 to 20 mg/kg, and 25 to placebo.", [(10.0, 20.0, "mg/kg")]),
        ("Prednisolone was tapered from 40 to 10 mg over a month.", [(40.0, None, "mg"), (10.0, None, "mg")]),
        ("Rheumatology patients took 7.5 to 15 mg methotrexate weekly.", [(7.5, 15.0, "mg")]),
    ],
)
def test_ranges_and_tapers_stay(text: str, expected: list) -> None:
    assert _values(text) == expected
