"""Wave 48: an old PubMed page copied as text, its citation line over the title and an
unlabelled abstract opening with its aim, is the page's own study."""

from __future__ import annotations

from pipeline.ingest import ingest

PAGE = (
    "Pediatr Neurol. 2011 Mar 2;44(3):201-7.\n\n"
    "The effect of magnesium on night cramps in children with cerebral palsy.\n\n"
    "To determine whether oral magnesium reduces nocturnal leg cramps in children with cerebral palsy.\n\n"
    "A 6-week, randomized, double-blind, placebo-controlled crossover design was used after a 2-week baseline. "
    "Either magnesium citrate 150 mg or placebo was given at bedtime for 3 weeks and then switched. Parents kept a "
    "nightly cramp diary and rated sleep on a visual analogue scale.\n\n"
    "Diaries were complete for 21 of the 26 children enrolled. Cramp nights fell from a median of 9 to 4 with "
    "magnesium and from 9 to 8 with placebo, and sleep ratings improved only with magnesium.\n\n"
    "Magnesium citrate at bedtime reduced night cramps in children with cerebral palsy and was well tolerated.\n"
)


def test_an_old_pubmed_page_is_its_own_study(tmp_path) -> None:
    path = tmp_path / "pubmed-page.txt"
    path.write_text(PAGE, encoding="utf-8")
    meta = ingest(str(path)).meta
    assert meta.title == "The effect of magnesium on night cramps in children with cerebral palsy"
    assert (meta.journal, meta.year) == ("Pediatr Neurol", 2011)
    assert PAGE[meta.abstract_start:].startswith("To determine")


def test_a_blog_post_opening_with_an_aim_sentence_is_no_abstract(tmp_path) -> None:
    post = PAGE.replace("Pediatr Neurol. 2011 Mar 2;44(3):201-7.\n\n", "").replace(
        "To determine whether", "Here I try to determine, as a parent, whether")
    path = tmp_path / "blog.txt"
    path.write_text(post, encoding="utf-8")
    assert ingest(str(path)).meta.abstract_start is None
