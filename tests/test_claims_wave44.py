"""Wave 44: finding the claims a page makes for its own study and those it cites."""

from __future__ import annotations

import pytest

from pipeline.ingest.html import read_html
from text_claims import text_claims

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



_GROUP_PARAGRAPHS = [
    ("Three trials have compared oral iron with intravenous ferric carboxymaltose in pregnancy [11-13]. "
     "In the first, 212 women in their third trimester were randomised to ferrous sulfate 200 mg or a single "
     "infusion; haemoglobin rose faster after the infusion [11]. The second enrolled 96 women and found no "
     "difference in haemoglobin at delivery [12].", [["11", "12", "13"], ["11"], ["12"]]),
    ("Two randomised trials tested melatonin for delirium prevention after hip fracture [4,7]. One gave 3 mg "
     "nightly to 378 older adults and found delirium no less frequent than with placebo [4]. The other, in 145 "
     "patients, reported fewer delirium days with melatonin [7].", [["4", "7"], ["4"], ["7"]]),
]


@pytest.mark.parametrize(("paragraph", "markers"), _GROUP_PARAGRAPHS)
def test_a_review_telling_each_of_its_grouped_trials_in_turn_makes_a_claim_of_each(
        paragraph: str, markers: list[list[str]]) -> None:
    claims = text_claims(f"Treatment options\n\n{paragraph}\n")
    assert [c.study.markers for c in claims] == markers


def test_author_year_trials_told_in_turn_split_too() -> None:
    paragraph = ("Pelvic floor training before prostatectomy has been studied in two trials (Osei 2016; Lindahl 2019). "
                 "Osei and colleagues (2016) randomised 120 men to supervised training or written advice and found "
                 "continence returned sooner with training. Lindahl et al. (2019) found no difference at 12 months.")
    claims = text_claims(f"Continence\n\n{paragraph}\n")
    assert [(c.study.first_author, c.study.year) for c in claims][-2:] == [("Osei", 2016), ("Lindahl", 2019)]
    assert len(claims) == 3


def test_one_trial_told_over_two_sentences_with_one_marker_stays_one_claim() -> None:
    paragraph = ("A trial of 64 children with croup compared dexamethasone 0.15 mg/kg with 0.6 mg/kg [9]. "
                 "Return visits were similar in both groups [9].")
    claims = text_claims(f"Croup\n\n{paragraph}\n")
    assert len(claims) == 1


@pytest.mark.parametrize(("first", "second", "markers"), [
    ("Lithium has been the reference mood stabiliser since the 1970s.2",
     "Renal monitoring limits its use in\nolder adults.3", [["2"], ["3"]]),
    ("Inhaled corticosteroids became first-line asthma controllers in\nthe 1990s.5",
     "Oral thrush remains their commonest local harm.6", [["5"], ["6"]]),
    ("Methotrexate has anchored rheumatoid arthritis care since the\n1980s.11",
     "Folate supplementation lessens its mucosal toxicity.12", [["11"], ["12"]]),
])
def test_cited_background_in_pdf_text_with_flattened_superscripts_is_claimed(
        first: str, second: str, markers: list[list[str]]) -> None:
    """A PDF's superscripts flattened onto the full stop, the first glued to a decade, the second closing the
    paragraph above a heading: each cited background sentence is a claim of its reference."""
    text = f"Background\n\n{first} {second}\n\nTrials in adults\n\nNo trial has yet compared the two.\n"
    assert [c.study.markers for c in text_claims(text)] == markers
