"""Wave 54, from holdout 42's errors: a null on the main outcome beside a symptom scored worse in
the treated arm, its control arm read through "the"; "less likely to become confused"; a blogger's
"My own experience:" paragraph; skin that burned "so badly I had to stop", heels that "stopped
splitting"; the FACT/GOG neurotoxicity scale apart from FACT-Taxane."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.fields.direction import parse_direction
from extractors.fields.outcomes import parse_outcomes
from pipeline.model import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Healing time did not differ between groups, but pain on the FLACC scale at dressing changes was higher with the gel.", "negative"),
        ("Healing did not differ between groups, but pain was higher in the placebo group.", "mixed"),
        ("Patients given the spray before surgery were less likely to become confused afterwards.", "positive"),
        ("The 30% cream burned my skin so badly I had to stop after two days.", "negative"),
        ("Three weeks of the balm and my knuckles stopped cracking.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_neurotoxicity_and_taxane_scales_are_two_measures() -> None:
    assert parse_outcomes("Worse FACT-NTX at week 24") == ["FACT-Ntx"]
    assert parse_outcomes("FACT/GOG-Ntx scores improved.") == ["FACT-Ntx"]
    assert parse_outcomes("FACT-Taxane scores improved.") == ["FACT-Taxane"]


def test_a_bloggers_own_experience_is_a_claim() -> None:
    text = ("Why my heels finally healed\n\nI write about skin care for a living.\n\n"
            "My own experience: three weeks of 15% urea balm every night and my heels stopped splitting.\n")
    document = Document("doc-w54", "blog.md", "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    (claim,) = result.claims
    assert text[claim.evidence.start:claim.evidence.end].startswith("My own experience")
    assert claim.direction == "positive"
    assert [(d.value, d.unit) for d in claim.dose] == [(15.0, "%")]
