"""Text tables: tab and pipe rows, exact cell offsets, header roles by synonym."""

import pytest

from extractors.tables import read_table, table_kind


def _lines(text):
    lines, position = [], 0
    for line in text.split("\n"):
        if line:
            lines.append((position, position + len(line)))
        position += len(line) + 1
    return lines


TSV = (
    "Study\tN\tDose (mg)\tComparator\tPrimary outcome measure\tKey finding\tRef.\n"
    "Marsh et al. 2015\t48\t50\tPlacebo\tPDSS\tFewer panic attacks\t[7]\n"
    "Okafor 2019\t\t\tWaitlist\n"
    "Lee 2020\t120\t25\tSertraline\tHAM-A\tNo difference\t\t\n"
)


def test_tab_table_roles_and_cells():
    table = read_table(TSV, _lines(TSV))
    assert table.roles == ["study", "n", "dose", "comparator", "outcome", "finding", "reference"]
    assert table.unit_for("dose") == "mg"
    marsh, okafor, lee = table.data_rows
    for row in (marsh, okafor, lee):
        for cell in row.cells:
            assert TSV[cell.start:cell.end] == cell.text
    assert table.cell_for(marsh, "n").text == "48"
    assert table.cell_for(okafor, "n") is None, "empty cell"
    assert table.cell_for(okafor, "finding") is None, "ragged row"
    assert table.cell_for(lee, "reference") is None
    assert TSV[lee.start:lee.end] == "Lee 2020\t120\t25\tSertraline\tHAM-A\tNo difference\t\t"


PIPE = (
    "| Author(s) | Sample size | Dosage | Control | Endpoint | Result(s) |\n"
    "|---|:---:|---|---|---|---|\n"
    "| Smith & Jones (2006) | 31 | 10 and 20 mg/kg | Saline | Freezing | Reduced freezing |\n"
    "|Ng 2012|12|1 g/day|Usual care|BDI-II|Improved|\n"
)


def test_pipe_table_skips_separator_and_maps_synonyms():
    table = read_table(PIPE, _lines(PIPE))
    assert table.roles == ["study", "n", "dose", "comparator", "outcome", "finding"]
    smith, ng = table.data_rows
    assert table.cell_for(smith, "dose").text == "10 and 20 mg/kg"
    assert table.cell_for(ng, "study").text == "Ng 2012"
    for row in (smith, ng):
        for cell in row.cells:
            assert PIPE[cell.start:cell.end] == cell.text


@pytest.mark.parametrize(
    "header, role",
    [("Participants", "n"), ("Subjects (n)", "n"), ("Regimen", "dose"), ("Timing", "timing"),
     ("Comparison", "comparator"), ("Primary outcome", "outcome"), ("Outcome measures", "outcome"),
     ("Conclusion", "finding"), ("Population", "population"), ("Condition", "population"),
     ("Model", "population"), ("Design", "design"), ("Citation", "reference"), ("Trial", "study"),
     ("Control arm", "comparator"), ("Result vs placebo", "finding"), ("Efficacy", "finding"), ("Vs.", "comparator")],
)
def test_header_synonyms(header, role):
    text = f"{header}\tStudy\nx\ty\n"
    assert read_table(text, _lines(text)).roles[0] == role


def test_table_without_known_header_has_no_roles():
    text = "Price\tShipping\n$20\tfree\n"
    table = read_table(text, _lines(text))
    assert table.roles == [] and len(table.data_rows) == 2


@pytest.mark.parametrize(
    "line, kind",
    [("a\tb", "tab"), ("| a | b |", "pipe"), ("a | b | c", "pipe"), ("plain prose", None), ("one | two", None)],
)
def test_table_kind(line, kind):
    assert table_kind(line) == kind


def test_comparator_cells_that_name_no_control_give_no_comparator():
    from extractors.table_claims import _comparator_cell

    assert _comparator_cell("None (open label)") is None
    assert _comparator_cell("Healthy controls") is None
    assert _comparator_cell("Placebo") == "placebo"
    assert _comparator_cell("Niacin") == "niacin"
