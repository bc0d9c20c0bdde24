"""Fields a table of studies gives in cells other than their own column: N counted in
a population or species cell, the comparator named in the finding cell."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _claims(text):
    document = Document("doc-t", "doc.md", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main")],
                        meta=DocumentMeta())
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize("cell, n", [
    ("Mice (30)", 30), ("Rats (n = 24)", 24), ("Adults (120)", 120), ("Children, n=60", 60),
    ("Wistar rats (N=18)", 18), ("Older adults (1,204)", 1204),
])
def test_a_population_cell_counting_its_members_gives_n_without_an_n_column(cell, n):
    text = ("Reference\tSpecies\tDrug and dose\tMain result\n"
            f"Oyelaran et al. 2018\t{cell}\tZinc 5 mg/kg/day\tReduced injury\n")
    (claim,) = _claims(text)
    assert claim.n == n


def test_a_markdown_table_with_a_model_column_counts_too():
    text = ("| Study | Model | Dose | Result |\n|---|---|---|---|\n"
            "| Brenner 2016 | Rats (n = 22) | Lithium 2 mg/kg | Fewer seizures |\n")
    (claim,) = _claims(text)
    assert claim.n == 22


def test_an_n_column_still_wins_and_other_cells_are_not_counts():
    text = ("Reference\tN\tPopulation\tDose\tResult\n"
            "Oyelaran et al. 2018\t48\tMice (30)\tZinc 5 mg/kg\tReduced injury\n"
            "Brenner 2016\t\tPhase 2 (2019)\tZinc 5 mg/kg\tReduced injury\n"
            "Castell 2017\t\tAdults (2014)\tZinc 5 mg/kg\tReduced injury\n")
    first, second, third = _claims(text)
    assert first.n == 48
    assert second.n is None and third.n is None


@pytest.mark.parametrize("finding, comparator", [
    ("Reduced tubular injury vs vehicle", "placebo"),
    ("Lower pain scores versus placebo", "placebo"),
    ("Faster recovery compared with sertraline", "sertraline"),
    ("No effect on creatinine", None),
])
def test_the_finding_cell_names_the_comparator_without_a_comparator_column(finding, comparator):
    text = ("Reference\tDrug and dose\tMain result\n"
            f"Oyelaran et al. 2018\tZinc 5 mg/kg/day\t{finding}\n")
    (claim,) = _claims(text)
    assert claim.comparator == comparator


def test_a_comparator_column_still_decides():
    text = ("Study\tDose\tComparator\tResult\n"
            "Oyelaran 2018\tZinc 5 mg\tUsual care\tBetter than placebo on day 3\n")
    (claim,) = _claims(text)
    assert claim.comparator == "treatment as usual"
