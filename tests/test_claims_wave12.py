"""Wave-12 shapes from real pages: word-labelled markdown footnotes, table rows wrapped
over several physical lines, result sentences that belong to their study's claim, and
lines that are no claim at all."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _result(*parts):
    """``parts`` are (text, label) pairs laid out as blocks separated by blank lines."""
    text, blocks = "", []
    for body, label in parts:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), label, "paragraph"))
        text += "\n\n"
    document = Document("doc-w12", "doc.md", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result


def _claims(*paragraphs):
    return _result(*((p, "main") for p in paragraphs)).claims


@pytest.mark.parametrize("label", ["nr", "smith2020", "note-3", "1"])
def test_a_word_labelled_footnote_resolves_to_its_definition(label):
    result = _result(
        (f"A small pilot in 58 patients reported improved fatigue on the Fatigue Severity Scale at 10 weeks.[^{label}]", "main"),
        (f"[^{label}]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "references"),
    )
    (claim,) = result.claims
    (entry,) = result.references
    assert claim.study.markers == [label] and entry.marker == label and entry.authors[0] == "Okoro U"


def test_footnote_definitions_make_no_bare_number_a_marker():
    result = _result(
        ("**Item 7731042** | **UPC 0 48211 90036 4** | ★★★★☆ (312)", "main"),
        ("In a trial of 125 children, melatonin 2-5 mg improved total sleep time versus placebo.[^1]", "main"),
        ("[^1]: Gringras P, et al. J Am Acad Child Adolesc Psychiatry. 2017;56(11):948-957.", "references"),
    )
    assert [c.study.markers for c in result.claims] == [["1"]]
