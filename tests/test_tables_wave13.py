"""Tables of animal studies: a count column named for the animals ("Animals", "Horses",
"Dogs") is the sample size, and an "Outcome" column that tells what happened is the finding."""

import pytest

from table_rows import table_claims as _table_claims


@pytest.mark.parametrize("column,cell,n", [
    ("Animals", "48 Warmbloods", 48),
    ("Horses", "30 retired racehorses", 30),
    ("Dogs", "64 Labradors with elbow dysplasia", 64),
    ("Cats", "n = 22", 22),
])
def test_an_animal_count_column_is_the_sample_size(column, cell, n):
    (claim,) = _table_claims([f"| Study | {column} | Dose | Control | Outcome |", "|---|---|---|---|---|",
                              f"| Haverkamp 2021 | {cell} | 10 g twice daily | Placebo | Lameness improved |"])
    assert claim.n == n
    assert claim.study.first_author == "Haverkamp" and claim.study.year == 2021


@pytest.mark.parametrize("outcome,direction", [
    ("Lameness improved; stride unchanged", "mixed"),
    ("No change in flexion test", "null"),
    ("Lameness improved", "positive"),
])
def test_an_outcome_column_telling_what_happened_is_the_finding(outcome, direction):
    (claim,) = _table_claims(["| Study | Animals | Dose | Control | Outcome |", "|---|---|---|---|---|",
                              f"| Duval 2018 | 30 horses | 15 g/day | No treatment | {outcome} |"])
    assert claim.direction == direction


def test_an_outcome_column_naming_a_scale_stays_the_measure():
    (claim,) = _table_claims(["| Study | Patients | Dose | Control | Outcome |", "|---|---|---|---|---|",
                              "| Marsh 2015 | 48 | 50 mg | Placebo | PDSS |"])
    assert claim.outcome_measures == ["PDSS"] and claim.direction == "unknown"
