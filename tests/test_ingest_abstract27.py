"""Wave 27: the identifiers a study's own page prints about itself reach its Study: a DOI or
PMID on the citation line or after the abstract, a "How to cite:" / "Source:" reference, PubMed's
"<Author> et al. <Journal>. <year>" line, PMC's "<Journal> logo / Link to <Journal>" masthead,
a DOI printed on an HTML page whose citation tags lack one, and the trial's registration
written in its Methods."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.attribution import registered_ids
from pipeline.ingest import ingest
from pipeline.model import Document


def read(tmp_path: Path, text: str, name: str = "page.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest(str(path))


_ABSTRACT = {
    "derm": ("Abstract\n\nWe randomly assigned 84 adults with plaque psoriasis to a topical calcipotriol foam or to vehicle "
             "for 8 weeks. Clearance at week 8 was reached by 41% with the foam and by 12% with vehicle (P < 0.001). "
             "The foam cleared plaques more often than vehicle."),
    "cardio": ("Abstract\n\nIn this double-blind trial, 212 adults with hypertension were randomized to 2.5 mg of indapamide "
               "or placebo daily for 12 weeks. Systolic pressure fell by 11 mmHg more with indapamide than with placebo "
               "(95% CI 7 to 15). Indapamide lowered blood pressure."),
    "ophth": ("Abstract\n\nChildren aged 6 to 12 years (n = 150) were randomized to low-dose atropine drops or placebo "
              "for one year. Axial elongation was smaller with atropine than with placebo (0.21 vs 0.34 mm; P = 0.002). "
              "Low-dose atropine slowed myopia progression."),
}


@pytest.mark.parametrize(("label", "cite", "author", "journal", "year", "doi"), [
    ("derm", "How to cite: Okafor CN, Marsh AB, Lindqvist P. Calcipotriol foam for plaque psoriasis: a randomised trial. "
             "Skin Ther Rep. 2021;7(2):e1123. https://doi.org/10.5555/str.2021.1123.",
     "Okafor", "Skin Ther Rep", 2021, "10.5555/str.2021.1123"),
    ("cardio", "Cite this article as: Haldane R, Osei K. Indapamide at low dose in stage 1 hypertension. "
               "Blood Press Pract. 2019;12(4):211-218. doi:10.5555/bpp.2019.211",
     "Haldane", "Blood Press Pract", 2019, "10.5555/bpp.2019.211"),
    ("ophth", "Source : M. Tanaka et al., 2022. Low-dose atropine for myopia control in schoolchildren. "
              "J. Paediatr. Ophthalmol. 31: 402-409. doi: 10.5555/jpo.2022.0402",
     "Tanaka", "J. Paediatr. Ophthalmol", 2022, "10.5555/jpo.2022.0402"),
])
def test_a_labelled_reference_under_the_abstract_names_the_study(tmp_path: Path, label: str, cite: str, author: str,
                                                                 journal: str, year: int, doi: str) -> None:
    doc = read(tmp_path, f"A randomised trial of something that worked\n\n{_ABSTRACT[label]}\n\n{cite}\n")
    assert doc.meta.is_study
    assert doc.meta.authors and doc.meta.authors[0].split(" ")[0] == author
    assert (doc.meta.journal, doc.meta.year, doc.meta.doi) == (journal, year, doi)


@pytest.mark.parametrize(("header", "journal"), [
    ("Randomized Controlled Trial\n. 2020 Mar;41(3):210-6.\ndoi: 10.5555/cr.2020.210.\n\n"
     "Topical foam for psoriasis: a randomized trial\n\nAmara N Okafor et al. Clin Dermatol Rev. 2020 Mar.\n\n", "Clin Dermatol Rev"),
    ("Clinical Trial\n. 2018 Jun;9(6):55-60.\ndoi: 10.5555/hp.2018.55.\n\n"
     "Indapamide for stage 1 hypertension: a randomized trial\n\nRuth Haldane et al. Hypertens Pract. 2018 Jun.\n\n", "Hypertens Pract"),
    ("Skip to main content\nMyopia Research logoLink to Myopia Research\n. 2023 Jan 5;4(1):e0042. doi: 10.5555/mr.2023.0042\n\n"
     "Atropine drops for myopia in children: a randomized trial\n\nKen Tanaka a, Aiko Mori b\nPMCID: PMC9990001  PMID: 36600001\n\n",
     "Myopia Research"),
])
def test_pubmed_and_pmc_headers_name_the_journal(tmp_path: Path, header: str, journal: str) -> None:
    doc = read(tmp_path, header + _ABSTRACT["derm"] + "\n")
    assert doc.meta.is_study
    assert doc.meta.journal == journal and doc.meta.doi


@pytest.mark.parametrize("closing", ["PMID: 31234567", "PMID 31234567.", "(PMID: 31234567)"])
def test_a_pmid_closing_the_abstract_or_after_it(tmp_path: Path, closing: str) -> None:
    text = f"Calcipotriol foam for plaque psoriasis: a randomized trial\n\nOkafor CN, Marsh AB.\n\n{_ABSTRACT['derm']} {closing}\n"
    doc = read(tmp_path, text)
    assert doc.meta.is_study and doc.meta.pmid == "31234567"


_HTML = """<html><head><title>{title}</title>
<meta name="citation_title" content="{title}">
<meta name="citation_author" content="Okafor, Amara">
<meta name="citation_journal_title" content="Renal Practice Letters">
<meta name="citation_publication_date" content="2022/03/01">
</head><body>
<h1>{title}</h1>
<div class="cite-line"><i>Renal Pract Lett</i> 2022;3(1):12&ndash;19 &nbsp; {doi_line} &nbsp; Published 1 March 2022</div>
<div class="abstract"><h2>Abstract</h2><p>{abstract}</p></div>
</body></html>"""


@pytest.mark.parametrize("doi_line", ["DOI: 10.5555/rpl.2022.012", "doi:10.5555/rpl.2022.012",
                                      '<a href="https://doi.org/10.5555/rpl.2022.012">https://doi.org/10.5555/rpl.2022.012</a>'])
def test_a_doi_printed_on_an_html_page_without_its_tag(tmp_path: Path, doi_line: str) -> None:
    abstract = ("We randomly assigned 160 adults on haemodialysis to oral ferric citrate or usual care for 24 weeks. "
                "Haemoglobin rose more with ferric citrate than with usual care (difference 0.6 g/dl; P = 0.01).")
    html = _HTML.format(title="Ferric citrate in haemodialysis: a randomized trial", doi_line=doi_line, abstract=abstract)
    doc = read(tmp_path, html, "page.html")
    assert doc.meta.is_study and doc.meta.doi == "10.5555/rpl.2022.012"


@pytest.mark.parametrize(("methods", "registry"), [
    ("The trial was registered with ClinicalTrials.gov (NCT04123456) before enrolment began.", "NCT04123456"),
    ("This open-label trial ran at three clinics (Pan African Clinical Trials Registry PACTR202101234567890).",
     "PACTR202101234567890"),
    ("Registration: ISRCTN12345678. Participants were allocated by computer-generated blocks.", "ISRCTN12345678"),
])
def test_the_own_trials_registration_in_its_methods(tmp_path: Path, methods: str, registry: str) -> None:
    text = (f"Calcipotriol foam for plaque psoriasis: a randomized trial\n\nOkafor CN, Marsh AB.\n\n{_ABSTRACT['derm']}\n\n"
            f"Methods\n\n{methods}\n")
    doc = read(tmp_path, text)
    own = [c for r in extract([doc]) for c in r.claims if c.study.own]
    assert own and registry in own[0].study.registry_ids


@pytest.mark.parametrize("cited", [
    "Dosing followed an earlier trial (NCT01111111) of the same foam.",
    "A registered protocol was not needed. Dosing followed an earlier trial (NCT01111111).",
    "As in ISRCTN12345678, adherence was counted from returned tubes.",
])
def test_a_trial_cited_without_registration_words_is_not_the_pages_own(cited: str) -> None:
    assert registered_ids(cited) == []

