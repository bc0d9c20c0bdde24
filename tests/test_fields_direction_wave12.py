"""Wave 12 direction families (probe 5's real-text errors, each as a family of phrasings).

A worse rate or ratio that was not significant is null; "than those who did not" names
the comparison arm, not a second finding."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "In a trial of 519 veterans, events occurred among 25.5% of the lithium recipients compared with 23.5% of the placebo group (hazard ratio [HR], 1.10; 95% CI, 0.77-1.55; P =.61).",
    "Relapse occurred in 31% of the fluoxetine group and 27% of the placebo group (p = 0.44).",
    "Mortality was 12.1% with the drug versus 10.9% with placebo (HR 1.12, 95% CI 0.88 to 1.43).",
    "Stroke occurred in 8.2% of the apixaban group vs 7.9% of the placebo group (P=0.71).",
    "Hospitalization rates were 18% vs 15% (P=0.32) for valproate and placebo respectively.",
])
def test_numerically_worse_but_not_significant_is_null(text):
    assert parse_direction(text, "placebo") == "null"


def test_a_significant_worse_rate_stays_negative():
    assert parse_direction("Relapse occurred in 41% of the fluoxetine group and 27% of the placebo group (p = 0.004).", "placebo") == "negative"


@pytest.mark.parametrize("text", [
    "Those who were taking lecanemab had about 27% less decline after 18 months than those who did not, the companies said.",
    "People who took vitamin D had fewer infections than those who didn't.",
    "Patients taking statins had a lower risk of dementia than patients who did not, according to the study.",
    "Participants who took the supplement had 30% fewer colds compared with those who didn't take it.",
    "Patients who received the vaccine had fewer hospital admissions than those who did not receive it (p<0.001).",
])
def test_those_who_did_not_is_the_comparison_arm(text):
    assert parse_direction(text) == "positive"


def test_a_bare_did_not_is_still_null():
    assert parse_direction("Lithium did not.") == "null"
