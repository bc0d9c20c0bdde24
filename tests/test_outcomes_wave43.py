"""Outcome measures, wave 43: a bladder diary's count and a dosing guide.

1. Urgency incontinence episodes count where written as UUI (an endpoint, like a bladder
   diary's other counts), not in words alone.
2. A value a dose was set by is a guide, not an outcome ("guided by eGFR").

All trials and sentences are invented."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _measures(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize(("text", "measures"), [
    ("Plaque index (PI) scores were lower with the xylitol gum; PI fell by a third.", ["PI"]),
    ("Urgency urinary incontinence (UUI) episodes fell more with vibegron than with placebo.", ["UUI"]),
    ("Weekly UUI episodes fell from 14 to 5 after tibial nerve stimulation.", ["UUI"]),
])
def test_short_forms_and_named_instruments_are_read(text: str, measures: list[str]) -> None:
    assert _measures(text) == measures


@pytest.mark.parametrize("text", [
    "High triglycerides are a risk factor for pancreatitis.",
    "Participants took 2 g of fish oil daily and their triglycerides were checked at clinic visits.",
    "Reductions in urgency incontinence episodes were larger with vibegron than with placebo.",
    "Dose escalation every four weeks was guided by eGFR in all participants.",
    "Gentamicin was dosed according to creatinine clearance in the neonatal unit.",
])
def test_a_biomarker_mentioned_or_set_as_a_dosing_guide_is_no_measure(text: str) -> None:
    assert _measures(text) == []


def test_a_guide_elsewhere_leaves_the_measured_biomarker() -> None:
    text = "Serum urate fell below 6 mg/dL with allopurinol escalated monthly, guided by eGFR; HbA1c fell by 0.4%."
    assert _measures(text) == ["sUA", "HbA1c"]
