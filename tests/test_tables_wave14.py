"""Review tables whose population cell carries the count among other details, and whose
result column is headed by what it compares ("significant difference compared to placebo")."""

import pytest

from extractors.tables import column_role
from table_rows import table_claims as _table_claims


@pytest.mark.parametrize("cell,n", [
    ("IBS (n = 101, 52 PO), No Rome criteria", 101),
    ("Adults with migraine (N=1,204; 612 active), ICHD-3", 1204),
    ("Children aged 6-12 (n = 64, 31 girls)", 64),
])
def test_a_population_cell_stating_n_among_details_gives_n(cell, n):
    (claim,) = _table_claims(["| Study | Population (n), criteria | Dose | Main result |", "|---|---|---|---|",
                              f"| Okafor et al. (2014), Nigeria | {cell} | 180 mg t.i.d | Fewer attacks than placebo |"])
    assert claim.n == n


def test_two_stated_counts_in_one_population_cell_give_no_n():
    (claim,) = _table_claims(["| Study | Population | Dose | Main result |", "|---|---|---|---|",
                              "| Okafor et al. (2014) | Boys (n = 20) or girls (n = 22) only in sub-study | 180 mg | Improved |"])
    assert claim.n is None


@pytest.mark.parametrize("header", [
    "Main outcome, significant difference compared to placebo",
    "Significant difference vs placebo",
    "Between-group difference",
    "Mean difference compared with control",
])
def test_a_difference_column_is_the_finding(header):
    assert column_role(header) == "finding"


def test_a_compared_to_column_alone_is_the_comparator():
    assert column_role("Compared to") == "comparator"


@pytest.mark.parametrize("result,direction", [
    ("Alleviation of the severity in abdominal pain (RR: 79% vs. 43%)", "positive"),
    ("No significant differences in abdominal pain", "null"),
])
def test_a_difference_column_gives_the_direction(result, direction):
    (claim,) = _table_claims(["| Study | Population (n) | Dose | Main outcome, significant difference compared to placebo |",
                              "|---|---|---|---|",
                              f"| Liang et al. (1999), Taiwan | IBS (n = 110, 55 PO) | 187 mg t.i.d | {result} |"])
    assert claim.direction == direction


@pytest.mark.parametrize("header,cell,dose", [
    ("Add-on", "Potassium bromide 30 mg/kg/day", (30.0, "mg/kg/day")),
    ("Regimen", "Levetiracetam 20 mg/kg three times daily", (20.0, "mg/kg")),
    ("Exposure", "Cannabidiol 2.5 mg/kg twice daily", (2.5, "mg/kg")),
])
def test_a_dose_in_a_column_naming_the_treatment_otherwise_is_read(header, cell, dose):
    (claim,) = _table_claims([f"| Study | Dogs | {header} | Result |", "|---|---|---|---|",
                              f"| Nolan 2015 | 23 | {cell} | Fewer seizure days than placebo |"])
    assert [(d.value, d.unit) for d in claim.dose] == [dose]


@pytest.mark.parametrize("cell,comparator,doses", [
    ("Exclusive enteral nutrition vs prednisolone 1 mg/kg/day", "prednisolone", []),
    ("Tofacitinib 5 or 10 mg twice daily vs placebo", "placebo", [(5.0, "mg"), (10.0, "mg")]),
    ("Azathioprine 2.5 mg/kg/day vs no treatment", "no treatment", [(2.5, "mg/kg/day")]),
    # doses of one drug set against each other: the drug is the comparator, both doses kept (as in prose)
    ("Hydroxyurea 10 mg/kg/day vs 20 mg/kg/day", "hydroxyurea", [(10.0, "mg/kg/day"), (20.0, "mg/kg/day")]),
])
def test_a_treatment_cell_setting_arms_against_each_other_gives_the_comparator(cell, comparator, doses):
    (claim,) = _table_claims(["| Study | Population | N | Intervention | Result |", "|---|---|---|---|---|",
                              f"| Lindgren 2022 | Crohn's disease | 96 | {cell} | Fewer recurrences at 1 year |"])
    assert claim.comparator == comparator
    assert [(d.value, d.unit) for d in claim.dose] == doses


@pytest.mark.parametrize("header,cell,measures,direction", [
    ("HAMD change", "−9.1 vs −5.2 (p = 0.01)", ["HAMD"], "positive"),
    ("Change in PASI", "No difference", ["PASI"], "null"),
    ("Effect on falls", "RR 0.77 (0.63–0.94)", [], "positive"),
])
def test_a_finding_column_headed_by_its_measure(header, cell, measures, direction):
    (claim,) = _table_claims([f"| Study | n | Agent | Comparator | {header} |", "|---|---|---|---|---|",
                              f"| Idowu 2018 | 44 | Drug A 10 mg | Placebo | {cell} |"])
    assert claim.outcome_measures == measures
    assert claim.direction == direction


@pytest.mark.parametrize("header,cell,n", [
    ("Who took part", "64 women aged 35–55", 64),
    ("Model (donors)", "Micromass, 6 donors", 6),
    ("Population", "Adults aged 18-65", None),
])
def test_a_who_column_or_a_counted_population_cell_gives_n(header, cell, n):
    (claim,) = _table_claims([f"| Study | {header} | Dose | Main finding |", "|---|---|---|---|",
                              f"| Tanaka 2018 | {cell} | 2.5 g/day vs placebo | Elasticity improved |"])
    assert claim.n == n
