"""A press release or news story about a trial is never its own study's abstract page, whatever labels
its paragraphs carry ("Background:", "Results:"): a quotation's speaker named by title ("..., said Dr
Ana Ruiz") on a page that marks itself as news (a release line, a media contact, a "study finds"
headline, a reporter's byline) reads as prose. A journal abstract page with the same labels, and no
quotation, stays one study. All trials, people and journals are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.model import Document


def _ingest(tmp_path: Path, page: str, suffix: str) -> Document:
    path = tmp_path / f"page.{suffix}"
    path.write_text(page, encoding="utf-8")
    return ingest(str(path))


NEWS_PAGES = [
    ("html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Honey for cough | City News</title>
<meta property="og:type" content="article"></head><body><main><article>
<h1>Honey beats placebo for night-time cough in children, study finds</h1>
<p>By Lee Park · 12 March 2026</p>
<p>Background: Cough is the commonest reason parents take a child to a GP.</p>
<p>Results: In the HONEY-KIDS trial, 300 children aged 2 to 10 were given 10 ml of honey or a placebo syrup at bedtime, and cough frequency fell more with honey (mean difference 1.2 points, p = 0.01).</p>
<p>"This is cheap and safe," said Dr Ana Ruiz, the study's lead author.</p>
</article></main></body></html>
"""),
    ("txt", """FOR IMMEDIATE RELEASE

Knee brace trial reports results

Background: Knee osteoarthritis is a leading cause of disability in older adults.

Methods: The BRACE-OA trial randomised 220 adults with medial knee osteoarthritis to an unloader brace or usual care for 6 months.

Results: WOMAC pain fell by 8.4 points more with the brace than with usual care (95% CI 3.1 to 13.7).

"These results will change what we offer in clinic," said Professor Kemi Adeyemi, chief investigator.

Media contact: press@eastbrook.example
"""),
    ("md", """# Sleep app halves insomnia symptoms, researchers find

By Tom Hale

**Objective:** To test a digital CBT-I app in shift workers.

**Results:** In 180 nurses randomised to the app or sleep hygiene advice, ISI scores fell by 6.2 points more with the app (p < 0.001).

"Shift workers rarely get this kind of help," says Dr Mira Soto, who led the study.
"""),
]

ABSTRACT_PAGE = """Journal of Community Musculoskeletal Care 2026; 14: 201-209

Unloader brace versus usual care for medial knee osteoarthritis: a randomised trial

Kemi Adeyemi, Jonah Bright, Lucia Ferro

Background: Knee osteoarthritis is a leading cause of disability in older adults.

Methods: We randomised 220 adults with medial knee osteoarthritis to an unloader brace or usual care for 6 months.

Results: WOMAC pain fell by 8.4 points more with the brace than with usual care (95% CI 3.1 to 13.7).

Conclusions: An unloader brace reduces pain in medial knee osteoarthritis.
"""


@pytest.mark.parametrize("suffix, page", NEWS_PAGES, ids=["html-news-labelled", "txt-release-labelled", "md-news-labelled"])
def test_a_news_story_with_abstract_labels_is_no_abstract_page(tmp_path: Path, suffix: str, page: str) -> None:
    assert not _ingest(tmp_path, page, suffix).meta.is_study


def test_a_journal_abstract_page_with_the_same_labels_stays_one_study(tmp_path: Path) -> None:
    meta = _ingest(tmp_path, ABSTRACT_PAGE, "txt").meta
    assert meta.is_study and meta.abstract_start is not None


def test_a_quotation_alone_does_not_unmake_an_abstract_page(tmp_path: Path) -> None:
    page = ABSTRACT_PAGE.replace("Conclusions: An unloader", 'Conclusions: As one participant put it, "I could walk again," said Mr Bright. An unloader')
    assert _ingest(tmp_path, page, "txt").meta.is_study
