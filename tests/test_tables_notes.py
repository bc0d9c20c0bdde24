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
