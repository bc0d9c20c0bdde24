"""Saved abstract pages (text/markdown) become one study; reviews, papers and blogs saved as text do not."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import ingest
from pipeline.model import Document

MARKDOWN_PAGE = """[Skip to content](#main) | [Journals](https://example.org/j) | [Log in](https://example.org/login)

Original Research

# Tart cherry concentrate versus placebo for insomnia in older adults: a randomised crossover trial

Lindqvist E, Okafor CN, van der Berg JH

*Invented J Sleep Med.* 2020;8(3):201-9. doi: 10.5555/ijsm.2020.0201. PMID: 39880001

## Abstract

**Background:** Tart cherry contains melatonin and procyanidins.

**Methods:** Twenty-two adults aged over 60 drank 240 ml of concentrate or placebo twice daily for two weeks each.

**Results:** Total sleep time rose by 34 minutes on cherry compared with placebo (p = 0.04).

Keywords: insomnia; tart cherry; crossover

## Similar articles

- [Melatonin for older adults](https://example.org/a/1)
"""

PUBMED_PAGE = """Skip to main page content
Log in

Randomized Controlled Trial
Invent J Pain. 2019 Jul;14(2):77-85. doi: 10.5555/ijp.2019.077. Epub 2019 May 2.

Low-dose naltrexone for fibromyalgia: an invented crossover trial

Sara Lindholm 1, Tomas Ferreira 2, Anneke de Vries 1
Affiliations
1 Department of Rheumatology, Invented University Hospital, Eastport, Exampleland.
2 Department of Anaesthesia, Invented Medical Centre, Eastport, Exampleland.

Abstract
Background: Low-dose naltrexone may reduce central sensitisation. Methods: 31 women with fibromyalgia took 4.5 mg naltrexone or placebo nightly for ten weeks each. Results: Daily pain fell more on naltrexone than on placebo. Conclusions: Low-dose naltrexone reduced fibromyalgia pain.

PMID: 39880002

Similar articles
Naltrexone for chronic pain: an invented overview. Invent Pain Rev. 2017.
"""


def read(tmp_path: Path, text: str, name: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "text"
    return doc


def test_markdown_abstract_page_fills_meta(tmp_path: Path) -> None:
    doc = read(tmp_path, MARKDOWN_PAGE, "abstract.md")
    meta = doc.meta
    assert meta.is_study
    assert meta.title == "Tart cherry concentrate versus placebo for insomnia in older adults: a randomised crossover trial"
    assert doc.title == meta.title
    assert meta.authors == ["Lindqvist E", "Okafor CN", "van der Berg JH"]
    assert (meta.year, meta.journal, meta.doi, meta.pmid) == (2020, "Invented J Sleep Med", "10.5555/ijsm.2020.0201", "39880001")
    abstract = doc.text[meta.abstract_start : meta.abstract_end]
    assert abstract.startswith("**Background:** Tart cherry") and abstract.endswith("compared with placebo (p = 0.04).")
    assert doc.text == MARKDOWN_PAGE  # meta is read, the text is untouched


def test_pubmed_style_page_with_full_names_and_pmid_after_the_abstract(tmp_path: Path) -> None:
    doc = read(tmp_path, PUBMED_PAGE, "pubmed.txt")
    meta = doc.meta
    assert meta.title == "Low-dose naltrexone for fibromyalgia: an invented crossover trial"
    assert meta.authors == ["Lindholm S", "Ferreira T", "de Vries A"]
    assert (meta.year, meta.journal, meta.doi, meta.pmid) == (2019, "Invent J Pain", "10.5555/ijp.2019.077", "39880002")
    abstract = doc.text[meta.abstract_start : meta.abstract_end]
    assert abstract.startswith("Background: Low-dose naltrexone") and abstract.endswith("reduced fibromyalgia pain.")


def test_a_review_saved_as_text_is_no_single_study(tmp_path: Path) -> None:
    review = MARKDOWN_PAGE.replace("a randomised crossover trial", "a narrative review")
    assert not read(tmp_path, review, "review.md").meta.is_study
    typed = MARKDOWN_PAGE.replace("Original Research", "Review Article")
    assert not read(tmp_path, typed, "typed.md").meta.is_study


def test_a_full_paper_is_no_single_study_unless_its_abstract_reports_its_own(tmp_path: Path) -> None:
    paper = MARKDOWN_PAGE.replace("Keywords:", "## Introduction\n\nInsomnia is common in older adults.\n\nKeywords:")
    assert not read(tmp_path, paper, "paper.md").meta.is_study
    long_body = MARKDOWN_PAGE.replace(
        "Keywords:", "## 1. Trials in older adults\n\n" + "Another invented trial of 40 adults found longer sleep on cherry juice. " * 40 + "\n\nKeywords:"
    )
    assert not read(tmp_path, long_body, "long.md").meta.is_study


def test_an_unstructured_abstract_needs_its_heading_and_an_author_or_journal_line_or_the_title_right_above(
        tmp_path: Path) -> None:
    plain = MARKDOWN_PAGE.replace("**Background:** ", "").replace("**Methods:** ", "").replace("**Results:** ", "")
    no_authors = plain.replace("Lindqvist E, Okafor CN, van der Berg JH\n\n", "")
    assert read(tmp_path, no_authors, "no-authors.md").meta.pmid == "39880001"
    no_citation = plain.replace("*Invented J Sleep Med.* 2020;8(3):201-9. doi: 10.5555/ijsm.2020.0201. PMID: 39880001\n\n", "")
    assert read(tmp_path, no_citation, "no-citation.md").meta.authors == ["Lindqvist E", "Okafor CN", "van der Berg JH"]
    neither = no_authors.replace("*Invented J Sleep Med.* 2020;8(3):201-9. doi: 10.5555/ijsm.2020.0201. PMID: 39880001\n\n", "")
    assert read(tmp_path, neither, "neither.md").meta.title.startswith("Tart cherry concentrate")
    between = neither.replace("## Abstract", "Cherry juice was in the news this week. Here is what the researchers found.\n\n## Abstract")
    assert not read(tmp_path, between, "between.md").meta.is_study
    no_heading = plain.replace("## Abstract\n\n", "")  # still a record: three authors and its DOI under the title
    assert read(tmp_path, no_heading, "no-heading.md").meta.doi == "10.5555/ijsm.2020.0201"
    bare = neither.replace("## Abstract\n\n", "")
    assert not read(tmp_path, bare, "bare.md").meta.is_study
    summary_box = no_citation.replace("## Abstract", "## Summary").replace(", Okafor CN, van der Berg JH", "")
    assert not read(tmp_path, summary_box, "summary.md").meta.is_study  # one name over a "Summary" box may be a blog's byline


def test_a_structured_abstract_is_enough_when_a_part_is_missing(tmp_path: Path) -> None:
    no_authors = MARKDOWN_PAGE.replace("Lindqvist E, Okafor CN, van der Berg JH\n\n", "")
    meta = read(tmp_path, no_authors, "no-authors.md").meta
    assert meta.is_study and meta.authors == [] and (meta.year, meta.pmid) == (2020, "39880001")
    no_heading = MARKDOWN_PAGE.replace("## Abstract\n\n", "")
    meta = read(tmp_path, no_heading, "no-heading.md").meta
    assert meta.title.startswith("Tart cherry concentrate") and meta.authors == ["Lindqvist E", "Okafor CN", "van der Berg JH"]


PORTAL_RECORD = """Journal article
Melatonin 2 mg for jet lag in long-haul cabin crew: an invented randomised trial
Invent J Travel Med 2016 March
Objective
To test whether melatonin shortens jet lag after eastward flights.
Methods
Sixty cabin crew took 2 mg melatonin or placebo at local bedtime for five nights.
Results
Jet lag scores were lower on melatonin on nights 2 to 4 (p = 0.01).
Conclusion
Melatonin eased jet lag in cabin crew.
Keywords: melatonin; jet lag
"""

CAPS_PAGE = """Efficacy of an invented herbal tea for mild insomnia
F Moreau, J Kaplan
OBJECTIVES: To test an invented herbal tea against placebo tea. DESIGN: Randomised, double blind.
PATIENTS: 84 adults with mild insomnia.
RESULTS: Sleep latency fell by 9 minutes more on the herbal tea (p = 0.04).
CONCLUSIONS: The tea shortened sleep latency.
"""


def test_record_pages_with_label_lines_or_capital_labels_are_one_study(tmp_path: Path) -> None:
    doc = read(tmp_path, PORTAL_RECORD, "portal.txt")
    meta = doc.meta
    assert meta.title == "Melatonin 2 mg for jet lag in long-haul cabin crew: an invented randomised trial"
    assert (meta.journal, meta.year) == ("Invent J Travel Med", 2016)
    abstract = doc.text[meta.abstract_start : meta.abstract_end]
    assert abstract.startswith("Objective\nTo test") and abstract.endswith("Melatonin eased jet lag in cabin crew.")
    review_record = PORTAL_RECORD.replace("Objective\n", "SEARCH METHODS:\n").replace("Methods\n", "SELECTION CRITERIA:\n")
    review_record = review_record.replace("Results\n", "MAIN RESULTS:\n").replace("Conclusion\n", "AUTHORS' CONCLUSIONS:\n")
    assert read(tmp_path, review_record, "review-record.txt").meta.is_study
    meta = read(tmp_path, CAPS_PAGE, "caps.txt").meta
    assert meta.title == "Efficacy of an invented herbal tea for mild insomnia" and meta.authors == ["Moreau F", "Kaplan J"]
    assert CAPS_PAGE[meta.abstract_start : meta.abstract_end].startswith("OBJECTIVES: To test")


def test_a_listing_or_an_article_quoting_an_abstract_is_no_single_study(tmp_path: Path) -> None:
    second = """Journal article
Bright light before eastward flights: an invented crossover trial
Invent Aviat Health 2018 May
Objective
To test morning bright light against dim light before travel.
Methods
Forty pilots sat before a light box for three mornings before two flights.
Results
Sleep onset after arrival did not differ between conditions.
"""
    listing = PORTAL_RECORD + "\n" + second
    assert not read(tmp_path, listing, "listing.txt").meta.is_study
    article = (
        "Does melatonin help cabin crew?\n\n"
        + "Jet lag is a daily hazard for cabin crew, and airlines have tried many remedies over the years. " * 8
        + "\n\nHere is the abstract of one trial.\n\n"
        + PORTAL_RECORD.split("Objective\n", 1)[1].join(["Objective\n", ""])
    )
    assert not read(tmp_path, article, "article.txt").meta.is_study


def test_a_blog_with_a_summary_box_is_no_single_study(tmp_path: Path) -> None:
    blog = """Does tart cherry juice help you sleep?

By Dana Whitfield, March 2024

Summary
Tart cherry juice is popular, and a 2020 trial in 22 older adults found 34 more minutes of sleep.

I have been drinking it for a month and here is what I found.
"""
    assert not read(tmp_path, blog, "blog.txt").meta.is_study


HTML_PAGE = """<!DOCTYPE html><html><head><title>Tart cherry and sleep | Invented Journal of Sleep Medicine</title></head><body>
<nav><a href="/">Home</a> <a href="/current">Current issue</a> <a href="/login">Log in</a></nav>
<div class="masthead">Invented Journal of Sleep Medicine Volume 8, March 2020, 201-209</div>
<p class="article-type">Original Research</p>
<h1>Tart cherry concentrate versus placebo for insomnia in older adults: a randomised crossover trial</h1>
<div class="authors">Eva Lindqvist[1], Chidi N. Okafor[2], Jan H. van der Berg[1]</div>
<p class="doi">https://doi.org/10.5555/ijsm.2020.0201</p>
<section class="abstract"><p>Background: Tart cherry contains melatonin.</p>
<p>Results: Total sleep time rose by 34 minutes on cherry compared with placebo.</p></section>
<footer>Copyright 2020 Invented Press</footer></body></html>"""


def test_html_page_without_citation_tags_is_read_like_a_saved_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = ingest(str(path))
    meta = doc.meta
    assert meta.title == "Tart cherry concentrate versus placebo for insomnia in older adults: a randomised crossover trial"
    assert meta.authors == ["Lindqvist E", "Okafor CN", "van der Berg JH"]
    assert (meta.year, meta.journal, meta.doi) == (2020, "Invented Journal of Sleep Medicine", "10.5555/ijsm.2020.0201")
    assert doc.text[meta.abstract_start : meta.abstract_end].startswith("Background: Tart cherry")


def test_html_blog_with_a_summary_is_no_single_study(tmp_path: Path) -> None:
    path = tmp_path / "blog.html"
    path.write_text(
        "<html><body><h1>Does tart cherry juice help you sleep?</h1><p class='byline'>By Dana Whitfield, March 2024</p>"
        "<div class='abstract'><p>In short: a 2020 trial in 22 older adults found 34 more minutes of sleep.</p></div>"
        "<p>I have been drinking it for a month and here is what I found.</p></body></html>",
        encoding="utf-8",
    )
    assert not ingest(str(path)).meta.is_study


KEY_POINTS_PAGE = """Zinc Lozenges for Acute Sore Throat in Adults

Findings In this randomized trial of 210 adults, zinc acetate lozenges did not shorten sore throat compared with placebo.

A Randomized Clinical Trial

Question Do zinc lozenges shorten acute sore throat?

Meaning Zinc lozenges are unlikely to help adults with acute sore throat.

Abstract

Importance Sore throat is a common reason for primary care visits.

Objective To test whether zinc acetate lozenges shorten sore throat.

Results Median time to recovery was 5 days with zinc and 5 days with placebo (P = .71).

Conclusions and Relevance Zinc lozenges did not shorten sore throat.
"""


def test_a_key_points_box_and_design_subtitle_are_passed_over_for_the_title(tmp_path: Path) -> None:
    meta = read(tmp_path, KEY_POINTS_PAGE, "zinc.txt").meta
    assert meta.is_study and meta.title == "Zinc Lozenges for Acute Sore Throat in Adults"


def test_keywords_and_journal_labels_above_a_structured_abstract_are_no_title(tmp_path: Path) -> None:
    page = ("An invented trial of nasal saline irrigation in chronic rhinosinusitis\n\nJournal\nINVENTED RHINOLOGY REPORTS\n"
            "Publisher\nExample Press\n\nKey words\nrhinosinusitis; saline; irrigation\n\n"
            "Objectives: To compare saline irrigation with usual care.\n\nMethods: We randomised 96 adults.\n\n"
            "Results: SNOT-22 scores fell more with irrigation (p = 0.01).\n")
    meta = read(tmp_path, page, "saline.txt").meta
    assert meta.title == "An invented trial of nasal saline irrigation in chronic rhinosinusitis"


UNTITLED = """Background: Night-time leg cramps are common in older adults.
Methods: We randomly assigned 84 adults to magnesium citrate 300 mg daily or placebo for 6 weeks.
Results: Cramp frequency fell by a similar amount in both groups (p = 0.48).
Conclusions: Magnesium did not reduce night-time leg cramps.
"""


def test_an_untitled_structured_abstract_that_is_the_whole_document_is_one_study(tmp_path: Path) -> None:
    from extractors import extract

    doc = read(tmp_path, UNTITLED, "cramps.txt")
    assert doc.meta.is_study and doc.meta.abstract_only and doc.meta.title is None
    assert doc.text[doc.meta.abstract_start:doc.meta.abstract_end].startswith("Background: Night-time")
    claims = extract([doc])[0].claims
    assert [(c.context, c.study.own, c.n) for c in claims] == [("abstract", True, 84)]
    opening = UNTITLED.replace("Background: Night-time leg cramps are common in older adults.",
                               "We assessed magnesium for night-time leg cramps in older adults.").replace("Methods:", "Design:")
    doc = read(tmp_path, opening, "opening.txt")
    assert doc.meta.abstract_only and doc.text[doc.meta.abstract_start:].startswith("We assessed magnesium")
    article = "Leg cramps keep many people awake. Our columnist looked at the evidence.\n\n" + UNTITLED
    assert not read(tmp_path, article, "column.txt").meta.is_study


def test_uncommon_section_labels_still_make_a_structured_abstract(tmp_path: Path) -> None:
    page = ("Probiotic drops for infant colic: an invented randomised trial\n\nIntroduction\nColic distresses families.\n\n"
            "Methods used\nWe randomised 120 infants to drops or placebo.\n\nSummary of results\n"
            "Crying time fell more with drops (p = 0.02).\n")
    meta = read(tmp_path, page, "colic.txt").meta
    assert meta.is_study and meta.title.startswith("Probiotic drops for infant colic")


RECORD_BODY = ("In a double-blind trial, 64 adults with chronic tinnitus took ginkgo extract 240 mg daily or placebo for "
               "12 weeks. Tinnitus Handicap Inventory scores fell by 9 points with ginkgo and 8 points with placebo "
               "(p = 0.61). Ginkgo did not reduce tinnitus handicap.")


def test_a_titled_record_names_itself_by_byline_identifier_or_a_citation_repeating_its_title(tmp_path: Path) -> None:
    title = "Ginkgo extract for chronic tinnitus: an invented randomised trial"
    byline = f"{title}\n\nMarta Olsen, Piotr K. Nowak, Ade Bello, and Hana Sato\n\n{RECORD_BODY}\n"
    meta = read(tmp_path, byline, "byline.txt").meta
    assert meta.title == title and meta.authors == ["Olsen M", "Nowak PK", "Bello A", "Sato H"]
    portal = f"{title}\n- 2019-04\n- Invented otology reports 12\n- PubMed: 30999111\n- DOI: 10.5555/ior.2019.12\n\n{RECORD_BODY}\n"
    meta = read(tmp_path, portal, "portal.txt").meta
    assert (meta.title, meta.pmid, meta.doi, meta.year) == (title, "30999111", "10.5555/ior.2019.12", 2019)
    cited = f"{title}\n\n{RECORD_BODY}\n\nCITATION STYLE\nOlsen, M. (2019). {title}. Invented Otology Reports, 12, 3-9.\n"
    meta = read(tmp_path, cited, "cited.txt").meta
    assert (meta.title, meta.authors, meta.year) == (title, ["Olsen"], 2019)
    doc = read(tmp_path, cited, "cited.txt")
    assert doc.text[meta.abstract_start:meta.abstract_end] == RECORD_BODY


def test_a_blog_post_with_a_byline_or_a_citation_of_another_paper_is_no_record(tmp_path: Path) -> None:
    title = "Does ginkgo help tinnitus? What a new trial says"
    blog = f"{title}\n\nBy Marta Olsen\n\n{RECORD_BODY}\n"
    assert not read(tmp_path, blog, "blog.txt").meta.is_study
    other = f"{title}\n\n{RECORD_BODY}\n\nSource: Olsen, M. (2019). Ginkgo and tinnitus. Invented Otology Reports, 12, 3-9.\n"
    assert not read(tmp_path, other, "other.txt").meta.is_study


def test_an_untitled_abstract_under_its_heading_and_a_skip_link_is_one_study(tmp_path: Path) -> None:
    doc = read(tmp_path, "Skip to main content\n\nAbstract\n\n" + UNTITLED, "skip.txt")
    assert doc.meta.abstract_only and doc.text[doc.meta.abstract_start:].startswith("Background: Night-time")


def test_an_authors_line_is_never_the_title(tmp_path: Path) -> None:
    page = ("Magnesium for night-time leg cramps: an invented randomised trial\n\nAuthor(s): Ana Lima, Jon Berg\n\n"
            + UNTITLED)
    assert read(tmp_path, page, "authors.txt").meta.title.startswith("Magnesium for night-time leg cramps")


OLD_PUBMED = """Send to:

Choose Destination
See comment in PubMed Commons below
Invent J Child Neurol. 2011 Mar;26(3):301-9. doi: 10.5555/ijcn.2011.301.

Melatonin for sleep onset in children with epilepsy: an invented crossover trial.

Author information

  • 1Department of Paediatrics, Invented Children's Hospital, 12 Harbour Road, Eastport, Exampleland.

We compared melatonin with placebo for delayed sleep onset in children with epilepsy treated at one centre.

Forty children aged 4 to 15 took 3 mg melatonin or placebo 30 minutes before bedtime for four weeks each, in random order. Sleep onset latency was measured by actigraphy.

Sleep onset came 22 minutes earlier on melatonin than on placebo (p = 0.003), and seizure frequency did not change.

: Melatonin shortened sleep onset in children with epilepsy.

[PubMed - indexed for MEDLINE]
"""


def test_an_old_pubmed_page_with_its_citation_above_the_title_is_one_study(tmp_path: Path) -> None:
    doc = read(tmp_path, OLD_PUBMED, "old-pubmed.txt")
    meta = doc.meta
    assert meta.title == "Melatonin for sleep onset in children with epilepsy: an invented crossover trial."
    assert (meta.year, meta.journal, meta.doi) == (2011, "Invent J Child Neurol", "10.5555/ijcn.2011.301")
    abstract = doc.text[meta.abstract_start:meta.abstract_end]
    assert abstract.startswith("We compared melatonin") and abstract.endswith("children with epilepsy.")
    labels = {doc.text[b.start:b.end].split("\n")[0][:20]: b.label for b in doc.blocks}
    assert labels["Send to:"] == labels["[PubMed - indexed fo"] == "boilerplate"
    assert labels["Sleep onset came 22 "] == "main"  # the affiliations list ends where the abstract begins


def test_a_disclosures_section_keeps_its_prose_as_metadata(tmp_path: Path) -> None:
    page = ("An invented trial of zinc for taste loss\n\nZinc 50 mg daily restored taste in 30 of 41 adults.\n\n"
            "Author information\n\n1 Invented University, Eastport.\n\nDisclosures\n\n"
            "Dr Lima reported receiving grants and personal fees from an invented company outside the submitted work.\n")
    doc = read(tmp_path, page, "disclosures.txt")
    last = doc.blocks[-1]
    assert doc.text[last.start:last.end].startswith("Dr Lima") and last.label == "metadata"


def test_a_title_with_a_citation_line_under_it_needs_a_doi_or_pmid_there(tmp_path: Path) -> None:
    title = "Vitamin D3 4000 IU daily for fatigue in multiple sclerosis: an invented randomised trial"
    with_doi = f"{title}\n\nInvent Mult Scler J. 2018 Jun;9(2):44-51. doi: 10.5555/imsj.2018.044. Epub 2018 Apr 2.\n\n{RECORD_BODY}\n"
    meta = read(tmp_path, with_doi, "doi.txt").meta
    assert (meta.title, meta.year, meta.journal, meta.doi) == (title, 2018, "Invent Mult Scler J", "10.5555/imsj.2018.044")
    locator_only = f"Invented Journal of Medicine (2005) Vol 18 (2), 3S-9S\n\n{title}\n\nAda K. Bello, PhD\n\n{RECORD_BODY}\n"
    assert not read(tmp_path, locator_only, "locator.txt").meta.is_study


def test_a_letter_or_a_listing_page_is_no_single_study(tmp_path: Path) -> None:
    letter = ("Comments on an invented trial of ginkgo for tinnitus\n\nInvent Otol Rep 2019;12(4):80 [letter]. "
              "doi: 10.5555/ior.2019.80\n\n" + RECORD_BODY + "\n")
    assert not read(tmp_path, letter, "letter.txt").meta.is_study
    listing = ("Displaying publications 21 - 40 of 388 in total\n\n1. Olsen M, Nowak PK, Bello A, Sato H, et al.\n\n"
               "Invent Otol Rep, 2019 Apr;12(4):3-9.\n\nPMID: 30999111\n\n" + RECORD_BODY + "\n")
    assert not read(tmp_path, listing, "listing.txt").meta.is_study


def test_pubmed_for_handhelds_records_in_field_lines_or_one_paragraph(tmp_path: Path) -> None:
    title = "Valerian root 600 mg versus temazepam for insomnia in older adults: an invented randomised trial"
    fields = (f"PUBMED FOR HANDHELDS\n\nSearch MEDLINE/PubMed\n\n  • Title: {title}.\n    Author: Okafor CN, Lindqvist E.\n"
              f"    Journal: Invent Sleep Res; 2012 Oct; 21(5):410-8. PubMed ID: 23000111.\n    Abstract:\n    {RECORD_BODY}\n")
    meta = read(tmp_path, fields, "handheld.txt").meta
    assert (meta.title, meta.authors, meta.year, meta.journal, meta.pmid) == (
        f"{title}.", ["Okafor CN", "Lindqvist E"], 2012, "Invent Sleep Res", "23000111")
    inline = (f"Pubmed for Handhelds\nTitle: {title}. Author: Okafor CN, Lindqvist E. Journal: Invent Sleep Res; 2012 Oct; "
              f"21(5):410-8. PubMed ID: 23000111. Abstract: {RECORD_BODY}\n")
    doc = read(tmp_path, inline, "inline.txt")
    meta = doc.meta
    assert (meta.title, meta.authors, meta.year, meta.journal, meta.pmid) == (
        title, ["Okafor CN", "Lindqvist E"], 2012, "Invent Sleep Res", "23000111")
    assert doc.text[meta.abstract_start:meta.abstract_end] == RECORD_BODY


def test_a_journal_page_with_dates_above_the_title_and_hyphenated_given_names(tmp_path: Path) -> None:
    page = ("www.example.org/inventedreports\n\nOPEN\n\nreceived: 04 March 2017 accepted: 19 June 2017 Published: 2 July 2017\n\n"
            "Ginkgo extract for chronic tinnitus: a meta-analysis of invented sham-controlled trials\n\n"
            "Wen-li Zhou, Mei-hua Chen, Jia-hui Lin & Tao Wu\n\n" + RECORD_BODY + "\n")
    meta = read(tmp_path, page, "journal.txt").meta
    assert meta.title.startswith("Ginkgo extract for chronic tinnitus")
    assert meta.authors == ["Zhou WL", "Chen MH", "Lin JH", "Wu T"] and meta.year == 2017


def test_a_news_digest_set_out_under_headings_is_no_abstract(tmp_path: Path) -> None:
    digest = ("ESC 2024 — Invented drug cuts heart failure admissions\n\nTakeaway\n\n"
              "- Inventafib reduced heart failure admissions by 21% versus placebo.\n\nWhy this matters\n\n"
              "- Admissions drive costs.\n\nStudy design\n\n- 2,400 adults randomly assigned to inventafib 10 mg/day or placebo.\n\n"
              "Key results\n\n- Admissions: HR 0.79 (95% CI 0.66-0.94).\n\nLimitations\n\n- Industry funded.\n")
    assert not read(tmp_path, digest, "digest.txt").meta.is_study


def test_full_names_with_superscript_affiliations_and_sharp_s_are_the_byline(tmp_path: Path) -> None:
    page = ("Journal of Invented Neonatology | Volume 4, Issue 2 | pp. 11-19\n\n"
            "Early caffeine for apnoea of prematurity: a randomized trial\n\n"
            "Jonas Weißmann¹, Ola Strauß², Birte Kühn¹\n\n"
            "¹ Neonatal Unit, Invented Hospital, Kiel, Germany\n² Department of Paediatrics, Invented University, Lund, Sweden\n\n"
            "Abstract\n\nBackground\nApnoea is common in preterm infants.\n\n"
            "Methods\nWe randomly assigned 120 infants to early caffeine or placebo.\n\n"
            "Results\nApnoea days fell with caffeine (p = 0.01).\n\n"
            "Conclusions\nEarly caffeine reduced apnoea.\n")
    meta = read(tmp_path, page, "caffeine.txt").meta
    assert meta.is_study
    assert meta.title == "Early caffeine for apnoea of prematurity: a randomized trial"
    assert meta.authors == ["Weißmann J", "Strauß O", "Kühn B"]


def test_an_untitled_abstract_with_dashed_capital_labels_run_together_is_one_study(tmp_path: Path) -> None:
    page = ("OBJECTIVE -Zinc lozenges have been proposed to shorten colds. We tested them in adults."
            "RESEARCH DESIGN AND METHODS -Eighty adults were randomized to zinc or placebo lozenges."
            "RESULTS -Colds lasted 4.1 vs 5.9 days (P = 0.02).CONCLUSIONS -Zinc lozenges shortened colds.\n"
            "Invented J Resp Care 12:100 -108, 2011Colds are common and costly in working adults.\n")
    meta = read(tmp_path, page, "zinc.txt").meta
    assert meta.is_study and meta.abstract_start == 0


def test_bold_section_labels_saved_with_two_spaces_and_a_correspondence_line_above(tmp_path: Path) -> None:
    page = ("Iron drops after malaria treatment in toddlers: a randomized, double-blind field trial\n\n"
            "Authors\n\n"
            "Corresponding Author Ana Ruiz, Invented Children's Hospital, 12 Oak Street, Lima, Peru. E-mail: ana@example.org\n\n"
            "Summary\n\n"
            "Objectives  To test whether iron drops after malaria treatment reduce anaemia.\n\n"
            "Methods  Children aged 6-23 months were randomized to iron drops or placebo for 3 months.\n\n"
            "Results  A total of 212 children were enrolled; anaemia fell more with iron (p = 0.01).\n\n"
            "Conclusions  Iron drops after treatment reduced anaemia.\n")
    meta = read(tmp_path, page, "iron.txt").meta
    assert meta.is_study
    assert meta.title == "Iron drops after malaria treatment in toddlers: a randomized, double-blind field trial"


def test_a_citation_entry_over_a_structured_abstract_names_the_study(tmp_path: Path) -> None:
    page = ("Okafor CN, Lindqvist E, Marsh AB, et al. Evening light therapy for bipolar depression: a randomized clinical "
            "trial. JAMA Invented Psychiatry. 2019 Mar 4. doi: 10.5555/jip.2019.0042. (Original study)\n\n"
            "Importance: Bipolar depression is hard to treat.\n\n"
            "Objective: To test evening light therapy.\n\n"
            "Main Outcomes and Measures: The primary outcome was the MADRS score.\n\n"
            "Results: Of 64 randomized adults, remission was more frequent with light therapy (P = .01).\n")
    meta = read(tmp_path, page, "light.txt").meta
    assert meta.is_study
    assert (meta.authors[0], meta.year, meta.journal) == ("Okafor CN", 2019, "JAMA Invented Psychiatry")
    assert page[meta.abstract_start:].startswith("Importance:") and page[: meta.abstract_end].endswith("(P = .01).")


PMC_PAPER = """Abstract
Migraine prophylaxis often fails because of side effects.
This study compared magnesium citrate with placebo for episodic migraine in adults.
Adults with 4-14 migraine days a month were randomly assigned to magnesium citrate 600 mg daily (n = 62) or placebo (n = 60) for 12 weeks.
Migraine days fell by 2.9 with magnesium and 1.6 with placebo (p = 0.02).
Magnesium citrate reduced migraine frequency.
Keywords: migraine, magnesium, prophylaxis

1. Introduction

Migraine affects about one adult in seven [1]. Earlier trials of oral magnesium gave mixed results [2,3].
"""


def test_a_saved_paper_whose_abstract_reports_its_own_trial_is_that_study(tmp_path: Path) -> None:
    doc = read(tmp_path, PMC_PAPER, "pmc.txt")
    meta = doc.meta
    assert meta.is_study and meta.title is None
    abstract = doc.text[meta.abstract_start : meta.abstract_end]
    assert abstract.startswith("Migraine prophylaxis") and abstract.endswith("reduced migraine frequency.")
    inline = PMC_PAPER.replace("This study compared", "Background. This study compared").replace(
        "Adults with", "Methods. Adults with").replace("\nMigraine days", " Results. Migraine days")
    assert read(tmp_path, inline, "inline.txt").meta.is_study
    searched = PMC_PAPER.replace("This study compared magnesium citrate with placebo for episodic migraine in adults.",
                                 "We searched five databases for trials of magnesium; 9 trials were included in this review.")
    assert read(tmp_path, searched, "searched.txt").meta.is_study  # a systematic review is one study


def test_a_saved_narrative_review_with_its_body_is_no_single_study(tmp_path: Path) -> None:
    narrative = PMC_PAPER.replace("This study compared magnesium citrate with placebo for episodic migraine in adults.",
                                  "In this review, we discuss magnesium for migraine; we compared trials by dose.")
    assert not read(tmp_path, narrative, "narrative.txt").meta.is_study
    unreported = PMC_PAPER.replace("This study compared", "Clinicians often compare").replace("were randomly assigned to", "may take")
    assert not read(tmp_path, unreported, "unreported.txt").meta.is_study


def test_section_labels_run_into_their_first_word_still_make_a_structured_abstract(tmp_path: Path) -> None:
    glued = ("BackgroundSleep loss is common after stroke. This study aimed to test melatonin for it.\n"
             "MethodsA randomised trial assigned 84 inpatients to melatonin 3 mg nightly or placebo for 4 weeks.\n"
             "ResultsA total of 80 patients finished. The PSQI improved more with melatonin (p = 0.01).\n"
             "ConclusionMelatonin improved sleep quality after stroke.\n")
    doc = read(tmp_path, glued, "glued.txt")
    assert doc.meta.is_study and doc.text[doc.meta.abstract_start:].startswith("BackgroundSleep")
    prose = glued.replace("Background", "Background: ").replace("Methods", "").replace("Results", "").replace("Conclusion", "")
    assert not read(tmp_path, prose, "prose.txt").meta.is_study  # one label alone is no structured abstract


def test_bmj_labels_pasted_without_breaks_or_colons_make_a_structured_abstract(tmp_path: Path) -> None:
    pasted = ("Oral zinc for the common cold in adults: pragmatic, double blind, randomised controlled trialObjective To "
              "assess zinc lozenges for colds. Design Pragmatic, double blind trial. Setting Primary care in Wales. "
              "Participants Adults (≥18 years) with a cold of under 24 hours. Interventions Zinc 13 mg lozenges or placebo "
              "every two hours. Results From 5 June 2019 to 31 August 2021, 410 adults were randomised. Colds were shorter "
              "with zinc (p = 0.03). Conclusions Zinc lozenges shortened colds.\n")
    doc = read(tmp_path, pasted, "pasted.txt")
    assert doc.meta.is_study and doc.meta.abstract_start == 0
    prose = ("Design matters in trials. Results from small studies vary, and Setting up a trial is costly. "
             "Participants often drop out of long studies.\n")
    assert not read(tmp_path, prose, "prose.txt").meta.is_study
