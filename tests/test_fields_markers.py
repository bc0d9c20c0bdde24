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


@pytest.mark.parametrize("text,expected", [
    ("**210** men were randomized", "  210   men were randomized"),
    ("took 2,000 mg *EPA+DHA* per day", "took 2,000 mg  EPA+DHA  per day"),
    ("\\*\\*84 adults\\*\\*", "    84 adults    "),
    ("_N_ = 84", " N  = 84"),
    ("see file_name_2", "see file_name_2"),
])
def test_markdown_emphasis_is_blanked_in_place(text: str, expected: str) -> None:
    assert unglue_markers(text) == expected


def test_emphasis_around_counts_and_doses_is_read_through() -> None:
    values = analyse("**120** adults took **2,000 mg** EPA+DHA per day versus *placebo*.")
    assert (values.n, [(d.value, d.unit) for d in values.dose], values.comparator) == (120, [(2000.0, "mg/day")], "placebo")
