"""A RIS record saved as a document is laid out like a PubMed record: its abstract is the
document's own study, its tags no prose."""

from __future__ import annotations

from pathlib import Path

from extractors import extract
from pipeline.ingest import ingest

_RECORD = """TY - JOUR
T1 - A pilot trial of a calming collar in shelter dogs
AU - Okonkwo-Baird, T.R.
AU - Lindqvist, M.
JO - Journal of Shelter Behaviour
PY - 2021/3/2
N2 - Forty shelter dogs were randomised to a pheromone collar or a placebo collar for 14 days.
Barking bouts fell by 30% with the pheromone collar and by 8% with the placebo collar.
"""


def test_a_ris_record_is_read_as_its_own_study(tmp_path: Path) -> None:
    path = tmp_path / "collar.txt"
    path.write_text(_RECORD, encoding="utf-8")
    document = ingest(str(path))
    assert document.kind == "ris" and document.status == "ok"
    assert document.meta.authors == ["Okonkwo-Baird TR", "Lindqvist M"]
    assert document.meta.year == 2021 and document.meta.journal == "Journal of Shelter Behaviour"
    abstract = document.text[document.meta.abstract_start:document.meta.abstract_end]
    assert abstract.startswith("Forty shelter dogs") and abstract.endswith("placebo collar.")
    assert "T1 -" not in document.text
    [claim] = extract([document])[0].claims
    assert claim.context == "abstract" and claim.study.own and claim.n == 40 and claim.comparator == "sham"  # a placebo device is a sham


def test_two_spaced_tags_with_an_end_tag_and_a_ris_suffix(tmp_path: Path) -> None:
    path = tmp_path / "record.ris"
    path.write_text("TY  - JOUR\nTI  - Zinc for colds\nAU  - Marsh, Alice B.\nPY  - 2015\nAB  - Zinc shortened colds.\nER  - \n",
                    encoding="utf-8")
    document = ingest(str(path))
    assert document.kind == "ris" and document.meta.title == "Zinc for colds" and document.meta.authors == ["Marsh AB"]


def test_a_text_that_only_mentions_ris_tags_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("TY - JOUR is the tag a RIS record opens with.\nNothing else here.\n", encoding="utf-8")
    assert ingest(str(path)).kind == "text"
