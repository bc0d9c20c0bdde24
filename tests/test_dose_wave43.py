"""Wave 43 dose families: a mean dose's spread and units glued to their schedule on scraped pages."""

import pytest

from extractors.fields.dose import parse_doses


@pytest.mark.parametrize(
    "text",
    [
        "Over 12 weeks the cats ate 41 ± 9 mg of taurine per kg of food, and plasma levels rose.",
        "Mean intake in the soy arm was 2.1 ± 0.4 g/day of isoflavone extract.",
        "Patients reached a final daily dose of 180 ± 45 mg of the beta-blocker.",
    ],
)
def test_spread_of_a_mean_dose_is_no_dose(text: str) -> None:
    assert all(dose.value not in (9.0, 0.4, 45.0) for dose in parse_doses(text))


@pytest.mark.parametrize(
    ("text", "value", "schedule"),
    [
        ("Patients in the trial took 5mgdaily for 8 weeks.", 5.0, "daily"),
        ("Children received 250mgonce daily of zinc sulfate.", 250.0, "once daily"),
        ("Women with migraine were given 400mgtwice daily of magnesium citrate.", 400.0, "twice daily"),
    ],
)
def test_unit_glued_to_its_schedule(text: str, value: float, schedule: str) -> None:
    doses = parse_doses(text)
    assert [(d.value, d.unit, d.schedule) for d in doses] == [(value, "mg", schedule)]


