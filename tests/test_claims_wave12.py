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


def _table_claims(text):
    return [c for c in _claims(text) if c.context == "table"]


THREE_LINE = """Trial | Population | n | Arms | Scale | Result |
---|---|---|---|---|---|
Okafor et al, 202112 Two centres |
GAD | 64 | (a) Pregabalin 150 mg daily (n=32) (b) Placebo (n=32) |
HAMA | Improved versus placebo at week 8. |
Lindqvist et al, 202013 Single centre |
GAD | 48 | (a) Pregabalin 300 mg daily (n=24) (b) Placebo (n=24) |
HAMA | No difference from placebo at week 6. |"""

TWO_LINE_OUTER = """| Reference | Design | Participants | Intervention | Control | Outcome | Results |
|---|---|---|---|---|---|---|
| Moreau (2016) | randomized, double-blind | 80 adults with insomnia | 3 mg melatonin nightly | Placebo |
| PSQI | Sleep quality improved significantly compared to placebo |
| Haddad (2019) | open-label, single-arm | 42 adults with insomnia | 5 mg melatonin nightly | None |
| PSQI | Sleep quality improved from baseline |"""

CONTINUED_CELL = """Study | n | Intervention | Comparator | Result
---|---|---|---|---
Brandt 2018 | 120 | Magnesium 400
mg daily | Placebo | Fewer migraine days than placebo
Sato 2022 | 90 | Magnesium 600 mg daily | Placebo | No difference from placebo"""


@pytest.mark.parametrize("text, rows", [(THREE_LINE, 3), (TWO_LINE_OUTER, 2)])
def test_a_row_wrapped_over_lines_is_one_claim_spanning_them(text, rows):
    claims = _table_claims(text)
    assert len(claims) == 2
    for claim in claims:
        assert claim.evidence.text.count("\n") == rows - 1
        assert claim.n is not None and claim.dose and claim.direction != "unknown"


def test_wrapped_rows_read_their_cells_by_header():
    first, second = _table_claims(THREE_LINE)
    assert (first.study.first_author, first.study.year, first.study.markers) == ("Okafor", 2021, ["12"])
    assert (first.n, [(d.value, d.unit) for d in first.dose]) == (64, [(150, "mg")])
    assert first.outcome_measures == ["HAMA"] and first.direction == "positive"
    assert (second.study.year, second.study.markers, second.n, second.direction) == (2020, ["13"], 48, "null")


def test_a_cell_carried_on_to_the_next_line_is_joined():
    first, second = _table_claims(CONTINUED_CELL)
    assert first.evidence.text.startswith("Brandt 2018") and first.evidence.text.endswith("than placebo")
    assert (first.n, [(d.value, d.unit) for d in first.dose], first.comparator) == (120, [(400, "mg")], "placebo")
    assert second.evidence.text.startswith("Sato 2022") and second.direction == "null"


def test_tsv_rows_with_a_wrapped_cell_are_joined():
    text = ("Study\tn\tIntervention\tComparator\tResult\n"
            "Brandt 2018\t120\tMagnesium 400\nmg daily\tPlacebo\tFewer migraine days than placebo\n"
            "Sato 2022\t90\tMagnesium 600 mg daily\tPlacebo\tNo difference from placebo")
    first, second = _table_claims(text)
    assert first.evidence.text.count("\n") == 1 and first.n == 120 and first.comparator == "placebo"
    assert second.n == 90


def test_short_rows_each_naming_a_study_stay_apart():
    text = ("| Study | n | Dose | Result |\n|---|---|---|---|\n"
            "| Brandt 2018 | 120 |\n| Sato 2022 | 90 |\n| Ueda 2023 | 60 | 5 mg | Improved versus placebo |")
    claims = _table_claims(text)
    assert [c.n for c in claims] == [120, 90, 60]
    assert all("\n" not in c.evidence.text for c in claims)
