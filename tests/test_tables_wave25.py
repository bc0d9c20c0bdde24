"""Header cells that count the sample by a bracketed "(n)" or by naming the animals counted."""

import pytest

from extractors.tables import _role
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
])
def test_header_role(header, role):
    assert _role(header) == role


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
