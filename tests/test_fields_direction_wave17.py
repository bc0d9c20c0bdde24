"""Direction families from holdout 12, each in phrasings and specialties of its own."""
from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a good quantity raised more than, or relative to, the comparator
    ("Whey protein taken with strength training increased lean mass by 0.9 kg more than training alone in 80 older women.", "strength training alone", "positive"),
    ("Zoledronate increased femoral-neck BMD by 3.1% relative to placebo over three years in 410 men.", "placebo", "positive"),
    ("Intravenous iron sucrose raised haemoglobin more than oral iron at four weeks in 96 pregnant women.", "iron", "positive"),
    ("Erythropoietin raised hemoglobin by 1.8 g/dL more than placebo in 120 patients on dialysis.", "placebo", "positive"),
    # a harm raised more than the comparator stays a harm; HDL stays a good
    ("The protease inhibitor increased LDL cholesterol more than placebo in 300 patients.", "placebo", "negative"),
    ("Fenofibrate increased triglycerides less often than expected; olanzapine increased triglycerides more than placebo.", "placebo", "negative"),
    ("Niacin increased HDL cholesterol by 6% more than placebo in 200 adults.", "placebo", "positive"),
    # terse cells: a signed difference from the control arm
    ("Bench-press strength +6.1 kg vs placebo", "placebo", "positive"),
    ("Grip strength +3.2 kg vs control", "control", "positive"),
    ("HbA1c −0.4% vs placebo", "placebo", "positive"),
    ("Pain score +1.2 points vs placebo", "placebo", "negative"),
    ("Systolic blood pressure -5 mmHg vs usual care", "usual care", "positive"),
])
def test_good_raised_relative_to_comparator(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
