"""Header cells that count the sample by a bracketed "(n)" or by naming the animals counted."""

import pytest

from extractors.tables import column_role
from table_rows import table_claims


@pytest.mark.parametrize("header, role", [
    ("Hens (n)", "n"),
    ("Birds (n)", "n"),
    ("Piglets (n)", "n"),
    ("Women (No.)", "n"),
    ("Children (number)", "n"),
    ("No. of hens", "n"),
    ("Number of calves", "n"),
    ("Broilers", "n"),
    ("Heifers", "n"),
    ("Result (n)", "finding"),  # a named role wins over the bracket
    ("Outcome (n/N)", "outcome"),
    ("Age (years)", None),
    ("Weight (kg)", None),
    ("No. of studies", None),
    ("Resolution, FMT vs control", "finding"),  # the arms' results on a measure
])
def test_header_role(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("lines, n", [
    (["| Study | Hens (n) | Dose | Main result |", "|---|---|---|---|",
      "| Varga et al., 2016 | 480 | 34.5 µg/kg | No effect on shell strength |"], 480),
    (["| Trial | Calves (n) | Supplement | Result |", "|---|---|---|---|",
      "| Ostrowski 2020 | 96 | 2 g/day | Fewer scours than control |"], 96),
    (["| Author (year) | Piglets | Dose | Weight gain |", "|---|---|---|---|",
      "| Moreno 2022 | 144 | 100 mg/kg | Higher than control |"], 144),
])
def test_row_takes_its_count_from_an_animal_column(lines, n):
    (claim,) = table_claims(lines)
    assert claim.n == n


@pytest.mark.parametrize("cell, total", [
    ("Control = 12; ALA = 12", 24),
    ("Control = 224ALA = 230", 454),  # the separator lost in the copy
    ("Placebo = 43Drug 600 = 45Drug 1,200 = 47", 135),  # arm labels with a dose in them
    ("Sham: 30, Active: 31", 61),
])
def test_n_cell_of_arm_counts_is_summed(cell, total):
    lines = ["| Study | Dose | Sample size | Result |", "|---|---|---|---|",
             f"| Laine et al., 2019 | 600 mg daily | {cell} | Symptoms improved more than with placebo |"]
    (claim,) = table_claims(lines)
    assert claim.n == total


@pytest.mark.parametrize("cell", ["Age: 45 years, BMI: 30", "Women = 60%; men = 40%"])
def test_n_cell_of_other_pairs_is_no_sum(cell):
    lines = ["| Study | Dose | Sample size | Result |", "|---|---|---|---|",
             f"| Laine et al., 2019 | 600 mg daily | {cell} | Symptoms improved more than with placebo |"]
    (claim,) = table_claims(lines)
    assert claim.n not in (75, 100)


@pytest.mark.parametrize("header", ["Dose, route, duration", "Dose and duration (weeks)", "Duration, dosage"])
def test_dose_column_that_also_names_the_duration(header):
    lines = [f"| Study | {header} | Patients (n) | Result |", "|---|---|---|---|",
             "| Okoro 2021 | 250 mg, oral, 12 weeks | 64 | Less pain than placebo |"]
    (claim,) = table_claims(lines)
    assert [(d.value, d.unit) for d in claim.dose] == [(250, "mg")]
    assert claim.n == 64


@pytest.mark.parametrize("header, cell, direction", [
    ("Cure, active vs control", "88% vs 41%", "positive"),
    ("Healing at 12 weeks, dressing vs control", "45% vs 47% (p = 0.71)", "null"),
])
def test_result_column_headed_by_its_comparison(header, cell, direction):
    lines = [f"| Trial | Patients (n) | Comparator | {header} |", "|---|---|---|---|",
             f"| Idowu 2018 | 90 | usual care | {cell} |"]
    (claim,) = table_claims(lines)
    assert claim.direction == direction and claim.comparator == "treatment as usual"
