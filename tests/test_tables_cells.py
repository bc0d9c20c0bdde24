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


def test_groups_counted_in_one_population_cell_are_summed():
    text = ("| Study | Population (n) | Dose | Effect |\n|---|---|---|---|\n"
            "| Okafor 2009 [12] | MDD (n = 9); bipolar depression (n = 3) | 5 g/day | Scores fell |\n"
            "| Brenner 2011 [13] | Adults (n = 20) and adolescents (n = 14) | 5 g/day | Scores fell |\n")
    first, second = _claims(text)
    assert (first.n, second.n) == (12, 34)


def test_a_design_cell_names_the_comparator_without_a_comparator_column():
    text = ("| Study | Design | Dose | Effect |\n|---|---|---|---|\n"
            "| Okafor 2009 [12] | Randomized, double-blind, placebo-controlled | 5 g/day | No significant difference |\n"
            "| Brenner 2011 [13] | Open-label | 5 g/day | Scores fell |\n")
    first, second = _claims(text)
    assert (first.comparator, second.comparator) == ("placebo", None)


def test_a_cited_row_states_its_finding_in_an_unnamed_column():
    text = ("| Claim | Observation | Source |\n|---|---|---|\n"
            "| Glycine improves subjective sleep quality | Sleep scores | Haruto Ono et al. (2022), Sleep Sci |\n"
            "| Glycine does not change total sleep time | Sleep time | Haruto Ono et al. (2022), Sleep Sci |\n")
    first, second = _claims(text)
    assert (first.study.first_author, first.study.year) == ("Ono", 2022)
    assert (first.direction, second.direction) == ("positive", "null")

