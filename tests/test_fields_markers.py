"""Superscript reference markers glued to a word: blanked in place, so the word is read
by every field parser, while unit exponents stay."""

import pytest

from extractors.fields import analyse, parse_comparator, parse_doses, parse_n, parse_outcomes
from extractors.fields.markers import unglue_markers


@pytest.mark.parametrize("text,expected", [
    ("versus placebo\u00b9", "versus placebo "),
    ("the HAM-D\u00b2\u00b3 scores", "the HAM-D   scores"),
    ("trials\u00b9\u207b\u00b3 and", "trials    and"),  # a range of markers, ¹⁻³
    ("placebo\u00b9\u02d2\u00b2", "placebo   "),  # a list of markers, ¹˒²
    ("75 mg/m\u00b2 every 3 weeks", "75 mg/m\u00b2 every 3 weeks"),  # an exponent stays
    ("1 mg\u00b7kg\u207b\u00b9", "1 mg\u00b7kg\u207b\u00b9"),
    ("sentence.\u00b9\u2076 Next", "sentence.\u00b9\u2076 Next"),  # after punctuation nothing is glued
    ("no markers", "no markers"),
])
def test_markers_are_blanked_and_offsets_kept(text: str, expected: str) -> None:
    assert unglue_markers(text) == expected
    assert len(unglue_markers(text)) == len(text)


def test_every_field_reads_through_glued_markers() -> None:
    text = "Sertraline 50 mg\u00b2 was better than fluoxetine\u00b9\u2074 on the MADRS\u00b2\u00b3 in 120 adults\u00b3."
    assert parse_n(text)[0] == 120
    assert [(d.value, d.unit) for d in parse_doses(text)] == [(50.0, "mg")]
    assert parse_comparator(text) == "fluoxetine"
    assert parse_outcomes(text) == ["MADRS"]
    values = analyse(text)
    assert (values.n, values.comparator, values.outcome_measures) == (120, "fluoxetine", ["MADRS"])
    assert [(d.value, d.unit) for d in parse_doses("docetaxel 75 mg/m\u00b2")] == [(75.0, "mg/m2")]
