"""Speed (wave 30): work the table path and the pipeline no longer repeat, with claims unchanged."""

from collections import Counter
from pathlib import Path

import pytest

import extractors.table_claims as table_claims
from saved_page import page_claims


def _table_claims_counting_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> tuple[list, Counter]:
    reads: Counter = Counter()
    original = table_claims.find_attributions

    def counted(text: str) -> list:
        reads[text] += 1
        return original(text)

    monkeypatch.setattr(table_claims, "find_attributions", counted)
    claims = [c for c in page_claims(tmp_path, "\n".join(lines) + "\n", "review.md") if c.context == "table"]
    return claims, reads


@pytest.mark.parametrize("lines, expected", [
    (["| Study | N | Intervention | Comparator | Outcome | Ref |",
      "|---|---|---|---|---|---|",
      "| Achterberg 2014 | 84 | Cilostazol 100 mg | Placebo | Walking distance | [3] |",
      "| Nwosu 2017 | 120 | Cilostazol 50 mg | Pentoxifylline | Walking distance | [4] |",
      "| Sørensen et al. 2020 | 66 | Cilostazol 100 mg | Placebo | Ankle-brachial index | [5] |"],
     [("Achterberg", 84), ("Nwosu", 120), ("Sørensen", 66)]),
    (["| Author, year | Arm | N | Treatment | Main outcome |",
      "|---|---|---|---|---|",
      "| Quintero 2011 | Active | 42 | Timolol 0.5% drops | Intraocular pressure |",
      "| | Control | 40 | Vehicle drops | Intraocular pressure |",
      "| Adeyemi 2019 | Active | 35 | Latanoprost 0.005% | Intraocular pressure |",
      "| Adeyemi 2019 | Control | 37 | Saline drops | Intraocular pressure |"],
     [("Quintero", 82), ("Adeyemi", 72)]),
    (["| Trial | Participants | Regimen | Primary endpoint |",
      "|---|---|---|---|",
      "| Holm & Berg (2009) | 210 | Alendronate 70 mg weekly | Vertebral fracture |",
      "| Castellanos 2013 | 188 | Risedronate 35 mg weekly | Hip BMD |",
      "| Oyelaran 2018 | 95 | Denosumab 60 mg | Lumbar BMD |"],
     [("Holm", 210), ("Castellanos", 188), ("Oyelaran", 95)]),
])
def test_each_table_cell_is_read_for_citations_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str],
                                                    expected: list[tuple[str, int]]) -> None:
    """Whether a row is a further arm of the row above reads the Study cells the rows' own studies read too;
    a study repeated in a second row's cell is that cell's own reading (no text is remembered across cells)."""
    claims, reads = _table_claims_counting_reads(tmp_path, monkeypatch, lines)
    assert [(c.study.first_author, c.n) for c in claims] == expected
    cells = Counter(cell.strip() for line in lines for cell in line.split("|"))
    assert reads and all(count == cells[text] for text, count in reads.items()), reads
