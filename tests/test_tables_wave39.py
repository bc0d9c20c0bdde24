"""Tables, wave 39: a cell of a space-aligned row carried on to an indented line below
keeps exact offsets (its parts apart), and reads as one."""

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.tables import read_table
from pipeline.model import Document


def _lines(text: str) -> list[tuple[int, int]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    return lines


def _cells_exact(text: str) -> None:
    for row in read_table(text, _lines(text)).rows:
        for cell in row.cells:
            for part in (cell, *cell.more):
                assert text[part.start:part.end] == part.text


def test_a_header_carried_on_under_two_columns_keeps_each_part_exact() -> None:
    # The continuation starts under one column and reaches the next: before, the first
    # column's cell spanned the second column's header and text no longer sliced it.
    text = "Trial      Ref   N     Dose\n                  at 12 weeks\n"
    _cells_exact(text)
    header = read_table(text, _lines(text)).rows[0]
    assert [c.text for c in header.cells[:4]] == ["Trial", "Ref", "N", "Dose"]
    assert header.cells[2].reading == "N at 12" and header.cells[3].reading == "Dose weeks"


@pytest.mark.parametrize("text, column, reading", [
    # neurology: the dose column wraps its schedule
    ("Study          N     Dose               Outcome\n"
     "Hale 2018      64    Topiramate 50 mg   Fewer migraine days\n"
     "                     twice daily\n", 2, "Topiramate 50 mg twice daily"),
    # wound care: a middle column wraps while the last one does too
    ("Trial          N     Dressing            Result\n"
     "Moreau 2020    120   Silver alginate     Faster healing than\n"
     "                     changed weekly      gauze (P = 0.02)\n", 3, "Faster healing than gauze (P = 0.02)"),
    # nephrology: two continuation lines
    ("Cohort         N     Regimen             Finding\n"
     "Banda 2016     88    Sevelamer 800 mg    Phosphate lowered\n"
     "                     three times\n"
     "                     daily with meals\n", 2, "Sevelamer 800 mg three times daily with meals"),
])
def test_a_cell_wrapped_in_a_space_aligned_row_reads_on_with_exact_parts(text: str, column: int, reading: str) -> None:
    _cells_exact(text)
    row = read_table(text, _lines(text)).data_rows[0]
    assert row.cells[column].reading == reading
    assert text[row.cells[column].start:row.cells[column].end] == row.cells[column].text


def test_a_wrapped_row_still_gives_its_dose_and_exact_evidence() -> None:
    text = ("Table 2. Trials of preventive treatment\n\n"
            "Study            N      Dose                 Outcome\n"
            "Hale 2018        64     Topiramate 50 mg     Fewer migraine days than placebo\n"
            "                        twice daily\n")
    document = Document("doc-w", "w.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    (claim,) = result.claims
    assert claim.n == 64 and claim.dose[0].text == "50 mg twice daily" and claim.study.first_author == "Hale"
