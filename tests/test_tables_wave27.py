"""A table's comparator column under the many headers writers give it, and a comparator cell
read as the whole arm's name."""

import pytest

from extractors.table_claims import _comparator_cell
from extractors.tables import column_role
from table_rows import table_claims


@pytest.mark.parametrize("header", [
    "Compared against", "Compared with what", "Compared to what", "What it was compared with", "Against",
    "Comparator/control", "Placebo/control", "Control or comparator", "Reference arm", "Control intervention",
    "Comparison intervention", "Vs.",
])
def test_comparator_header_synonyms(header):
    assert column_role(header) == "comparator"


@pytest.mark.parametrize("lines, comparator", [
    (["| Trial | Adults enrolled | Amount | Compared against | Result |", "|---|---|---|---|---|",
      "| Brennan et al., 2019 | 84 | 10 mg nightly | Placebo tablets | Fewer night awakenings |"], "placebo"),
    (["| Study | Horses | Dose | Compared with what | Finding |", "|---|---|---|---|---|",
      "| Lindahl 2021 | 36 | 25 g/day | Plain hay cubes | Lameness scores unchanged |"], "plain hay cubes"),
    (["| Author, year | Patients | Regimen | Reference arm | Outcome |", "|---|---|---|---|---|",
      "| Osei et al. 2020 | 210 | 2 g twice daily | Cefalexin | Similar cure rates |"], "cephalexin"),
])
def test_row_reads_a_comparator_column_under_other_headings(lines, comparator):
    (claim,) = table_claims(lines)
    assert claim.comparator == comparator


@pytest.mark.parametrize("cell, comparator", [
    ("Salt and soda rinse", "salt and soda rinse"),
    ("Diet and exercise advice", "diet and exercise advice"),
    ("Stretching and relaxation classes", "stretching and relaxation classes"),
    ("Water with lemon flavouring", "water with lemon flavouring"),
    ("Sham acupuncture", "sham"),  # a control of the lexicon keeps its canonical name
    ("Placebo capsules", "placebo"),
    ("Metformin and lifestyle advice", "metformin"),  # a listed drug is the active comparator
    ("SSRI alone", "ssri alone"),
])
def test_comparator_cell_is_the_whole_arm(cell, comparator):
    assert _comparator_cell(cell) == comparator
