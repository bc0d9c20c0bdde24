"""Tables of animal studies: a count column named for the animals ("Animals", "Horses",
"Dogs") is the sample size, and an "Outcome" column that tells what happened is the finding."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _table_claims(lines):
    text, blocks = "", []
    for i, line in enumerate(lines):
        start = len(text)
        text += line
        kind = "table_header" if i == 0 else ("line" if set(line) <= set("|-: ") else "table_row")
        blocks.append(Block(start, len(text), "main", kind))
        text += "\n"
    (result,) = extract([Document("doc-t", "doc.md", "text", "0" * 64, text=text, blocks=blocks,
                                  meta=DocumentMeta())])
    return [c for c in result.claims if c.context == "table"]


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
