"""Tables and page layouts, wave 40: a table of studies copied one cell per line, each row
one table claim whose evidence slices the text exactly; a sentence a PDF's page break cut,
one claim read without the running lines between its halves."""

import pytest

from extractors.stacked_tables import stacked_tables
from text_claims import text_claims


def _exact(text: str) -> None:
    for table in stacked_tables(text):
        for row in table.rows:
            for cell in row.cells:
                assert text[cell.start:cell.end] == cell.text


# Dermatology, each cell closed by the pipe a web table's copy leaves behind.
DERMATOLOGY = (
    "Table 2. Trials of topical nicotinamide |\n"
    "Study |\n"
    "Participants |\n"
    "Regimen |\n"
    "Control |\n"
    "Findings |\n"
    "Okonkwo et al., 2017 |\n"
    "96 adults with acne vulgaris |\n"
    "4% nicotinamide gel twice daily for 8 weeks |\n"
    "Clindamycin gel |\n"
    "Lesion counts fell similarly in both arms; no significant difference. |\n"
    "Hartley and Voss 2020 |\n"
    "60 adolescents with acne |\n"
    "2% nicotinamide cream nightly |\n"
    "Vehicle cream |\n"
    "Significantly fewer inflammatory lesions than vehicle at 12 weeks. |\n"
)

# Cardiology, rows apart by blank lines and no pipes.
CARDIOLOGY = (
    "Author\nN\nDose\nComparator\nOutcome\nResult\n\n"
    "Lindqvist 2012\n240\nColchicine 0.5 mg daily\nPlacebo\nRecurrent pericarditis\n"
    "Recurrence was reduced compared with placebo (P = 0.01)\n\n"
    "Amadi et al. 2019\n118\nColchicine 1 mg daily\nPlacebo\nPostoperative atrial fibrillation\n"
    "No significant difference in atrial fibrillation\n"
)


def test_a_table_copied_one_cell_per_line_makes_one_claim_per_row() -> None:
    claims = [c for c in text_claims(DERMATOLOGY) if c.context == "table"]
    assert [c.study.first_author for c in claims] == ["Okonkwo", "Hartley"]
    first, second = claims
    assert first.n == 96 and first.direction == "null" and first.evidence.text.startswith("Okonkwo et al., 2017 |\n96 adults")
    assert second.n == 60 and second.direction == "positive" and second.study.year == 2020
    assert first.evidence.text.endswith("no significant difference.")


def test_rows_apart_by_blank_lines_read_the_same() -> None:
    claims = [c for c in text_claims(CARDIOLOGY) if c.context == "table"]
    assert [(c.study.first_author, c.n) for c in claims] == [("Lindqvist", 240), ("Amadi", 118)]
    assert claims[0].dose[0].value == 0.5 and claims[0].comparator == "placebo"
    assert claims[0].direction == "positive" and claims[1].direction == "null"


@pytest.mark.parametrize("text", [DERMATOLOGY, CARDIOLOGY])
def test_every_cell_slices_the_text(text: str) -> None:
    _exact(text)
    assert stacked_tables(text)


@pytest.mark.parametrize("text", [
    # a paper's section headings over their paragraphs are no table
    "Study design\n\nWe randomised 80 adults with gout to febuxostat 80 mg or allopurinol.\n\n"
    "Participants\n\nAdults aged 18 to 75 years were eligible.\n\nOutcomes\n\nSerum urate at 6 months.\n",
    # a heading word alone over prose
    "Studies\nSeveral small trials have looked at zinc for taste disorders.\nMost were open label.\n",
    # header words but rows that cite no study: a list of products
    "Study\nDose\nPrice\nResult\nCapsules\n500 mg\n$12\nNone\nTablets\n250 mg\n$9\nNone\n",
])
def test_prose_and_lists_are_no_stacked_table(text: str) -> None:
    assert stacked_tables(text) == []


# A sentence a PDF's page break cut: the page's footer, number and the next page's running head between its halves.
PAGE_BREAK = (
    "Journal of Renal Care Practice        Vol. 12 (2023) 101-118\n\n"
    "Background text about dialysis access that ends here.\n\n"
    "A Danish trial randomising 140 haemodialysis patients to cinacalcet or placebo\n\n"
    "Journal of Renal Care Practice        Vol. 12 (2023) 101-118\n"
    "                                                        107\n"
    "--------------------------------------------------------------\n"
    "Halvorsen et al.                     Calcimimetics in dialysis\n\n"
    "found that cinacalcet lowered parathyroid hormone more than placebo at 26 weeks.14\n\n"
    "Next paragraph about costs.\n"
)


def test_a_sentence_cut_by_a_page_break_is_one_claim_without_the_running_lines() -> None:
    claims = text_claims(PAGE_BREAK)
    (claim,) = [c for c in claims if "Danish" in c.evidence.text]
    assert claim.evidence.text.endswith("at 26 weeks.14") and claim.n == 140 and claim.direction == "positive"
    assert claim.study.first_author is None and claim.study.year is None  # not the running head's authors nor the volume's year
    assert not [c for c in claims if c.evidence.text.startswith("found that")]


def test_a_lowercase_line_after_a_heading_is_not_joined_over_it() -> None:
    text = ("Trials of cinacalcet in children\n\n"
            "Results\n\n"
            "lowered parathyroid hormone in 40 children compared with placebo (P = 0.02).\n")
    for claim in text_claims(text):
        assert "Trials of cinacalcet" not in claim.evidence.text
