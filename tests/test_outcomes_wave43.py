"""Outcome measures, wave 43: measures real pages write in words.

1. The plaque and gingival indices are named dental indices, counted from their names; a
   longer endpoint ending in one ("the modified gingival index") is that endpoint instead.
2. Urgency incontinence episodes where written as UUI (an endpoint, like a bladder diary's
   other counts); the omega-3 index as O3I.
3. A value a dose was set by is a guide, not an outcome ("guided by eGFR").

All trials and sentences are invented."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _measures(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize(("text", "measures"), [
    ("The herbal mouthwash lowered the plaque index and the gingival index over eight weeks.", ["PI", "GI"]),
    ("In orthodontic patients the gingival index fell more with the powered brush.", ["GI"]),
    ("Plaque index (PI) scores were lower with the xylitol gum; PI fell by a third.", ["PI"]),
    ("Urgency urinary incontinence (UUI) episodes fell more with vibegron than with placebo.", ["UUI"]),
    ("Weekly UUI episodes fell from 14 to 5 after tibial nerve stimulation.", ["UUI"]),
    ("After 20 weeks of krill oil the O3I rose from 4.2% to 6.8%.", ["omega-3 index"]),
])
def test_measures_named_in_words_or_short_forms(text: str, measures: list[str]) -> None:
    assert _measures(text) == measures


@pytest.mark.parametrize("text", [
    "The modified gingival index fell more with the herbal dentifrice than with the control paste.",
    "The approximal plaque index was charted at each visit by the hygienist.",
    "The principal investigator (PI) noted GI upset in three children.",
])
def test_a_longer_endpoint_or_a_bare_initialism_is_not_the_index(text: str) -> None:
    assert _measures(text) == []


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
