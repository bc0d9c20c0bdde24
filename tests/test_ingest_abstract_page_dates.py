"""A date line under a saved abstract page's title gives the year, never a journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest


@pytest.mark.parametrize("date_line,year", [("May 01, 2009", 2009), ("July 2017", 2017), ("Sept 12, 2021", 2021)])
def test_a_date_line_is_no_journal(tmp_path: Path, date_line: str, year: int) -> None:
    page = tmp_path / "record.txt"
    page.write_text(
        "Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study\n"
        "Publication Type\nJournal Article\n"
        f"{date_line}\n"
        "Younger J, Mackey S.\nStanford University\n\n"
        "OBJECTIVE: We tested whether low-dose naltrexone reduces fibromyalgia symptoms.\n\n"
        "DESIGN: Ten women completed a single-blind crossover trial with placebo and drug phases.\n\n"
        "RESULTS: Naltrexone reduced symptom severity by 30% compared with placebo.\n",
        encoding="utf-8",
    )
    meta = ingest(str(page)).meta
    assert meta.is_study
    assert meta.year == year
    assert meta.journal is None


@pytest.mark.parametrize("sections", [
    "Background\nStress and poor sleep are common.\nMaterial and methods\nIn this 8-week randomised trial, 60 adults took 250 mg/day, 600 mg/day or placebo.\nResults\nBoth doses lowered cortisol compared with placebo.",
    "Systolic hypertension predominates after 50 years of age.\nIn 443 patients, the drug lowered systolic pressure more than placebo.\nIt was well tolerated.",
])
def test_a_page_saved_from_its_abstract_heading_is_one_study(tmp_path: Path, sections: str) -> None:
    page = tmp_path / "abstract.txt"
    page.write_text(f"Abstract\n{sections}\n", encoding="utf-8")
    document = ingest(str(page))
    assert document.meta.is_study
    assert document.text[document.meta.abstract_start:document.meta.abstract_end].endswith(sections.splitlines()[-1])
