"""Wave 44: finding the claims a page makes for its own study and those it cites."""

from __future__ import annotations

import pytest

from pipeline.ingest.html import read_html

_JOURNAL_PAGE = """<html><head><title>{title} - {journal}</title></head><body>
<header><ul><li>Current issue</li><li>Archive</li></ul></header>
<article><div class="kicker">{kind} | Open Access</div>
<h1>{title}</h1>
<div class="byline">{byline}</div>
<div class="dates">Received 3 March 2021 · Accepted 9 June 2021 · Published 2 July 2021</div>
<section id="abs"><h2>{heading}</h2><p>{abstract}</p></section>
<p class="doi">https://doi.org/10.5555/demo.2021.{number}</p></article>
<footer>{journal} · ISSN 1234-5678</footer></body></html>"""

_PAGES = [
    ("RESEARCH LETTER", "Topical timolol for infantile haemangioma of the eyelid",
     "Lena Hartmann<sup>1</sup>, Kofi Mensah<sup>2</sup> &amp; Rosa Blanco<sup>1</sup>",
     "Sixty infants were randomly assigned to timolol 0.5% gel twice daily or vehicle gel for 24 weeks. "
     "Lesions regressed in 22 of 30 infants given timolol against 9 of 30 given vehicle (p = 0.001).",
     ["Hartmann L", "Mensah K", "Blanco R"]),
    ("BRIEF REPORT", "Oral melatonin before cataract surgery under topical anaesthesia",
     "Tomás Ibarra<sup>1,2</sup>, Wen Zhao<sup>3</sup>",
     "In this single-centre trial, 120 adults received melatonin 6 mg or placebo 90 minutes before surgery. "
     "Anxiety scores were lower with melatonin, and no sedation-related events occurred.",
     ["Ibarra T", "Zhao W"]),
    ("SHORT COMMUNICATION", "Intranasal ketamine for acute renal colic in the emergency department",
     "Aisha Karimi<sup>*</sup>, Daniel Ostrowski<sup>1</sup>",
     "Eighty patients were randomised to intranasal ketamine 1 mg/kg or intravenous morphine. "
     "Pain relief at 30 minutes was similar in both groups.",
     ["Karimi A", "Ostrowski D"]),
]


@pytest.mark.parametrize(("kind", "title", "byline", "abstract", "authors"), _PAGES)
def test_marked_abstract_under_its_heading_with_a_byline_is_the_pages_study(
        kind: str, title: str, byline: str, abstract: str, authors: list[str]) -> None:
    page = _JOURNAL_PAGE.format(kind=kind, title=title, byline=byline, heading="Abstract", abstract=abstract,
                                journal="Journal of Demonstration Medicine", number=len(title))
    meta = read_html(page.encode()).meta
    assert meta.is_study
    assert meta.title == title
    assert meta.authors == authors
    assert meta.doi == f"10.5555/demo.2021.{len(title)}"


def test_a_summary_box_under_a_byline_alone_is_no_study() -> None:
    """A blog's "Summary" box under its author's name is not an abstract heading: one part is not enough."""
    page = ("<html><body><article><h1>Why I stopped taking magnesium at night</h1>"
            "<div class='byline'>Jenna Morales</div>"
            "<section class='abstract'><h2>Summary</h2><p>I took magnesium glycinate 200 mg for a month and "
            "slept no better.</p></section></article></body></html>")
    assert not read_html(page.encode()).meta.is_study


