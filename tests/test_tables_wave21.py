"""Pipe tables copied one cell per line (an evidence summary's HTML table saved as text):
each cell closed by its pipe, a cell wrapped over lines before its pipe, a row of k cells
spread over several lines. Each row is one table claim whose evidence is the whole row, and
a "Favours" column tells the direction. Prose after such a table stays prose."""

import pytest

from text_claims import text_claims as _claims


_NAUSEA = (
    "Ref (type) | Population | Outcome, Interventions | Results and statistical analysis | Effect size | Favours |\n"
    "Nausea | |||||\n"
    "Systematic review |\n"
    "80 women, <16 weeks' gestation Data from 1 RCT |\n"
    "Proportion of women with improved nausea\n"
    "day 5\n"
    "30/40 (75%) with vitamin B6 18/40 (45%) with placebo |\n"
    "RR 1.67 95% CI 1.15 to 2.41 P = 0.006 |\n"
    "Moderate effect size | vitamin B6 |\n"
    "RCT |\n"
    "58 women, 8-14 weeks' gestation |\n"
    "Mean change in nausea score assessed by visual analogue scale\n"
    "over 7 days\n"
    "1.9 with acupressure band 1.7 with sham band |\n"
    "P = 0.62 |\n"
    "Not significant | Neither |\n"
    "\n"
    "The evidence on vomiting is summarised below.\n"
)
_GOUT = (
    "Acute gout: treatments compared\n\n"
    "Study (type) | Participants | Outcome, Interventions | Results and statistical analysis | Favours |\n"
    "RCT |\n"
    "120 adults with gout flares |\n"
    "Pain relief at 72 h\n"
    "with low-dose colchicine\n"
    "with placebo |\n"
    "42% vs 16%; P < 0.001 |\n"
    "colchicine |\n"
    "RCT |\n"
    "90 adults with acute gout |\n"
    "Pain on a 100 mm VAS\n"
    "with topical ice\n"
    "with usual care |\n"
    "Mean difference 9 mm; 95% CI 2 to 16 |\n"
    "usual care |\n"
)
_PLAQUE = (
    "| Trial | Patients | Intervention | Result |\n"
    "|---|---|---|---|\n"
    "| Brandt 2020 | 64 adults with plaque psoriasis | Calcipotriol foam once daily vs vehicle | PASI 75 in 48% vs 9%;\n"
    "itch also\n"
    "reduced |\n"
    "| Oyelaran 2022 | 40 adults with scalp psoriasis | Clobetasol shampoo vs vehicle | No difference in PSSI |\n"
)


def _rows(text):
    return [c for c in _claims(text) if c.context == "table"]


def test_a_row_spread_over_lines_is_one_claim_with_the_whole_row_as_evidence():
    rows = _rows(_NAUSEA)
    assert [c.n for c in rows] == [80, 58]
    assert rows[0].evidence.text.startswith("Systematic review |\n80 women")
    assert rows[0].evidence.text.endswith("Moderate effect size | vitamin B6 |")
    assert all(_NAUSEA[c.evidence.start:c.evidence.end] == c.evidence.text for c in rows)


@pytest.mark.parametrize("text, comparators", [
    (_NAUSEA, ["placebo", "sham"]),
    (_GOUT, ["placebo", "treatment as usual"]),
])
def test_the_comparator_is_read_from_the_arms_in_the_outcome_and_interventions_cell(text, comparators):
    assert [c.comparator for c in _rows(text)] == comparators


@pytest.mark.parametrize("text, directions", [
    (_NAUSEA, ["positive", "null"]),
    (_GOUT, ["positive", "negative"]),
])
def test_the_favours_column_tells_the_direction(text, directions):
    assert [c.direction for c in _rows(text)] == directions


def test_a_measure_named_in_the_outcome_and_interventions_cell_is_the_rows_outcome():
    assert ["VAS"] in [c.outcome_measures for c in _rows(_GOUT)]


def test_a_markdown_row_wrapped_over_lines_without_pipes_reads_on_to_its_closing_pipe():
    rows = _rows(_PLAQUE)
    assert [c.study.first_author for c in rows] == ["Brandt", "Oyelaran"]
    assert rows[0].evidence.text.endswith("reduced |")
    assert rows[0].direction == "positive"


def test_prose_after_the_table_is_not_swallowed_by_it():
    claims = _claims(_NAUSEA + "In a further trial of 60 women, ginger 250 mg four times daily reduced vomiting versus placebo.\n")
    prose = [c for c in claims if c.context == "prose"]
    assert [c.n for c in prose] == [60]


@pytest.mark.parametrize("control, expected", [
    ("Nothing", "no treatment"),
    ("Nothing (usual diet)", "no treatment"),
    ("Placebo capsule", "placebo"),
    ("None", None),  # an uncontrolled study names no comparator
])
def test_a_control_cell_saying_nothing_was_given_is_no_treatment(control, expected):
    text = (
        "Study\tN\tIntervention\tControl\tOutcome\n"
        f"Hallett 2016\t120\tLactobacillus 10^9 cfu daily\t{control}\tFewer days of diarrhoea\n"
    )
    (row,) = _rows(text)
    assert row.comparator == expected
