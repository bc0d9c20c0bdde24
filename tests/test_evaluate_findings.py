"""The findings-bank scorer: snippets become one-block documents, the first claim is compared with
the labels, table cells are scored on direction only, and a bad line names itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate.findings import as_document, load_bank, main, score
from pipeline.model import Claim, DocumentResult, Dose, Evidence, Study


def _bank(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "bank.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


ROWS = [
    {"id": "T-1", "genre": "review", "text": "Marsh et al. (2019) randomised 60 adults to sertraline 50 mg or placebo; "
     "HAMD scores fell more with sertraline.", "n": 60, "dose": [{"value": 50, "unit": "mg"}], "comparator": "placebo",
     "direction": "positive"},
    {"id": "T-2", "genre": "table-cell", "text": "Pain ↓ vs sham; function ↔", "n": None, "dose": [], "comparator": "sham",
     "direction": "mixed"},
    {"id": "T-3", "genre": "forum", "text": "Took 1000mg daily for 2 months. Fog is exactly the same.", "n": None,
     "dose": [{"value": 1000, "unit": "mg"}], "comparator": None, "direction": "null"},
]


def test_a_table_cell_becomes_a_one_row_table_and_a_forum_post_a_comment(tmp_path: Path) -> None:
    cell, post = load_bank(_bank(tmp_path, ROWS))[1:]
    assert as_document(cell, 0).text.endswith("\tPain ↓ vs sham; function ↔")
    assert as_document(post, 1).blocks[0].label == "comments"


def test_the_first_claim_is_compared_and_table_cells_only_on_direction(tmp_path: Path) -> None:
    snippets = load_bank(_bank(tmp_path, ROWS))
    claim = Claim(claim_id="c", doc_id="d", source="d.txt", context="prose", evidence=Evidence("x", 0, 1), study=Study(), n=60,
                  dose=[Dose(value=50.0, unit="mg")], comparator="placebo", direction="positive")
    results = [DocumentResult("d0", claims=[claim]), DocumentResult("d1", claims=[]), DocumentResult("d2", claims=[])]
    total = score(snippets, results, lambda text: {"direction": "null", "n": None, "dose": [], "comparator": None})
    assert total.right["direction"] == 2 and total.scored["direction"] == 3  # the cell, read as no claim, is unknown
    assert total.scored["n"] == 2 and total.right["dose"] == 1  # the forum post read alone has no dose
    assert total.claimed == 1


def test_a_malformed_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bank.jsonl"
    path.write_text('{"id": "T-1", "text": "x"}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        load_bank(path)


def test_main_scores_a_bank_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--bank", str(_bank(tmp_path, ROWS))]) == 0
    out = capsys.readouterr().out
    assert "direction" in out and "claimed     " in out
