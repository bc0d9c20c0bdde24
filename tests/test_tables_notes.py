"""A note under or over a table that says what a symbol means: the note is no claim,
and a row whose groups are all set equal by "=" reports no difference when the note
reads "=" that way."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta

_TABLE = ("| Reference | Sample | Design | Mental development (mean ± SD) |\n|---|---|---|---|\n"
          "| Okafor et al. 1994 | N = 60 INT n = 30 CTRL n = 30 | RCT of iron drops versus placebo drops | "
          "Griffiths: INT (96 ± 9) = CTRL (95 ± 10) |\n"
          "| Lindqvist et al. 2001 | N = 80 INT n = 40 CTRL n = 40 | RCT of zinc syrup versus placebo syrup | "
          "BSID: INT (104.1 ± 3.0) > CTRL (99.8 ± 3.2) |\n")


def _claims(text):
    document = Document("doc-n", "doc.md", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main")],
                        meta=DocumentMeta())
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize("note", [
    'Note: "=" denotes no significant difference between intervention (INT) and control (CTRL).',
    "Notes. = indicates no statistically significant difference between groups.",
    "Key: '=' means not significant (p ≥ 0.05).",
    "= denotes non-significant difference between INT and CTRL",
])
def test_a_note_reading_equals_as_no_difference_makes_equal_rows_null(note):
    claims = _claims(_TABLE + "\n" + note + "\n")
    assert [c.context for c in claims] == ["table", "table"]
    equal, greater = claims
    assert equal.direction == "null" and greater.direction != "null"


def test_without_such_a_note_equals_says_nothing():
    claims = _claims(_TABLE)
    assert claims[0].direction == "unknown"


@pytest.mark.parametrize("note", [
    '* denotes p < 0.05 versus placebo.',
    "Note: † indicates a trial stopped early for benefit.",
    '"=" denotes no significant difference between intervention (INT) and control (CTRL).',
])
def test_a_note_defining_a_symbol_is_no_claim(note):
    text = "Iron drops improved scores more than placebo in 60 infants (Okafor et al. 1994).\n\n" + note + "\n"
    claims = _claims(text)
    assert len(claims) == 1 and claims[0].study.first_author == "Okafor"


_CARD = ("Effect\tIncrease\nTrial Design\tdouble-blind\nTrial Length\t1 week\nNumber of Subjects\t11\nSex\tmixed\n")
_SUMMARY = ("In a blinded and controlled study using 3 g glycine taken an hour before bed, supplementation "
            "improved sleep quality compared with placebo.\n")


@pytest.mark.parametrize("text", [_CARD + _SUMMARY, _SUMMARY + "\n" + _CARD])
def test_a_study_card_and_its_summary_beside_it_are_one_claim(text):
    (claim,) = _claims(text)
    assert claim.n == 11 and claim.dose[0].value == 3 and claim.direction == "positive"
    assert "Number of Subjects" in claim.evidence.text and "glycine" in claim.evidence.text


def test_a_card_far_from_any_summary_stays_a_table_claim():
    text = _CARD + "\nGlycine is an amino acid found in many foods.\n\n" + _SUMMARY
    claims = _claims(text)
    assert [c.context for c in claims] == ["table", "prose"] and claims[0].n == 11
