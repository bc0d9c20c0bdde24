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



_JAMA_WEB = {
    "rheum": ("Importance Daily vitamin D has been proposed to slow knee cartilage loss, but trial evidence is limited.\n\n"
              "Objective To determine whether vitamin D3 slows cartilage loss in adults with knee osteoarthritis.\n"
              "Design, Setting, and Participants This multicenter, randomized, double-blind trial enrolled 412 adults "
              "aged 50 to 79 years at 6 centers.\n\n"
              "Interventions Participants were randomized to vitamin D3 (2000 IU daily) or matching placebo for 2 years.\n\n"
              "Main Outcomes and Measures The primary outcome was change in tibial cartilage volume on MRI.\n\n"
              "Results Among 412 randomized participants, 371 completed the trial. Cartilage loss did not differ between "
              "groups (difference 0.2%; 95% CI -0.9% to 1.3%).\n\n"
              "Conclusions and Relevance Vitamin D3 did not slow cartilage loss compared with placebo.\n"),
    "paeds": ("Objective To assess whether probiotic drops reduce crying time in breastfed infants with colic.\n\n"
              "Design, Setting, and Participants Randomized clinical trial at 3 paediatric clinics enrolling 168 infants "
              "aged 2 to 16 weeks.\n\n"
              "Interventions Infants received probiotic drops or placebo drops daily for 21 days.\n\n"
              "Main Outcomes and Measures Daily crying time on day 21.\n\n"
              "Results Crying time on day 21 was 38 minutes shorter with probiotic drops than with placebo (P = .01).\n\n"
              "Conclusions and Relevance Probiotic drops reduced crying time in infants with colic.\n"),
    "onc": ("Importance Nausea after chemotherapy remains common despite antiemetics.\n\n"
            "Objective To test whether ginger capsules reduce acute nausea.\n\n"
            "Design, Setting, and Participants Double-blind trial of 240 adults receiving moderately emetogenic chemotherapy.\n\n"
            "Interventions Ginger 1 g daily or placebo for 6 days from the start of each cycle.\n\n"
            "Results Acute nausea was less severe with ginger than with placebo (P = .003).\n\n"
            "Conclusions and Relevance Ginger reduced acute chemotherapy-induced nausea.\n"),
}


@pytest.mark.parametrize("label", sorted(_JAMA_WEB))
def test_a_jama_abstract_with_title_case_labels_is_the_pages_own(tmp_path: Path, label: str) -> None:
    doc = read(tmp_path, _JAMA_WEB[label])
    assert doc.meta.is_study and doc.meta.abstract_start == 0
    own = [c for r in extract([doc]) for c in r.claims if c.study.own]
    assert len(own) == 1


@pytest.mark.parametrize("text", [
    "Setting Up Your Home Gym\n\nA bench and two dumbbells are enough to start.\n\nResults Come Slowly\n\n"
    "Most people notice strength gains after six weeks.\n",
    "Background Music And Sleep\n\nMany readers ask whether music helps them fall asleep.\n\nDesign Tips For Bedrooms\n\n"
    "Keep the room dark and cool.\n",
])
def test_title_case_headings_of_a_blog_are_no_abstract(tmp_path: Path, text: str) -> None:
    assert not read(tmp_path, text).meta.is_study


@pytest.mark.parametrize(("chrome", "abstract"), [
    ("Content area", "The aim was to test whether a fluoride mouthrinse reduces caries in adolescents.\n\n"
                     "In this randomised trial, 310 pupils were assigned to a weekly rinse or no rinse. Caries increments "
                     "were lower with the rinse than without it after 2 years (P = 0.01)."),
    ("Full text", "We assessed whether a home exercise programme improves balance in adults over 70.\n\n"
                  "A total of 128 participants were randomised to exercise or usual care for 12 weeks. Balance scores "
                  "improved more with exercise than with usual care."),
    ("Details", "This trial examined nightly melatonin for jet lag in airline crew.\n\n"
                "Ninety crew members were randomly allocated to melatonin or placebo. Jet lag scores were lower with "
                "melatonin than with placebo (P < 0.001)."),
])
def test_a_database_label_above_an_abstract_heading_is_no_title(tmp_path: Path, chrome: str, abstract: str) -> None:
    doc = read(tmp_path, f"{chrome}\nAbstract\n{abstract}\n")
    assert doc.meta.is_study and doc.meta.abstract_only
    assert doc.text[doc.meta.abstract_start:].startswith(abstract[:20])


@pytest.mark.parametrize("record", [
    "Project description:Background and aimsSleep loss may blunt weight loss in dieting adults. We tested whether a sleep "
    "programme added to diet improves fat loss.DesignRandomised controlled trial.SettingTwo university clinics.ParticipantsA total "
    "of 120 adults with obesity.InterventionParticipants were randomised to diet plus sleep coaching or diet alone.MeasurementsThe "
    "primary outcome was fat mass at 12 weeks.FindingsFat mass fell by 1.4 kg more with sleep coaching than with diet alone "
    "(P = 0.01).ConclusionsAdding sleep coaching to diet improves fat loss.\n",
    "Study description:Background and aimWheezing after bronchiolitis is common. We asked whether inhaled budesonide "
    "prevents it.DesignDouble-blind randomised trial.SettingFour paediatric wards.ParticipantsOverall, 208 infants.InterventionsBudesonide "
    "or placebo for 8 weeks.MeasurementsWheezing episodes over 6 months.FindingsWheezing episodes did not differ between "
    "budesonide and placebo.ConclusionsBudesonide did not prevent wheezing.\n",
    "Dataset description:BackgroundPain after tonsillectomy is undertreated in adults. We compared two analgesic "
    "schedules.DesignPragmatic randomised trial.SettingThree ENT units.ParticipantsA total of 150 adults.InterventionScheduled "
    "or on-demand ibuprofen.MeasurementsPain scores over 7 days.FindingsScheduled dosing lowered pain scores more than "
    "on-demand dosing.ConclusionsScheduled ibuprofen eases pain better.\n",
])
def test_a_repository_record_with_labels_run_in_is_the_pages_own(tmp_path: Path, record: str) -> None:
    doc = read(tmp_path, record)
    assert doc.meta.is_study and doc.meta.abstract_start == 0
