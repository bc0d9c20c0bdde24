"""Attribution, wave 41: the families holdout 26 and probe 17 showed, in phrasings of our own.

1. An abstract whose methods sentence is impersonal ("A double-blind randomized trial was
   conducted on ...") is the page's own study, as one written with "we" is.
2. A journal's name ends with its sentence, even on a short last word: "... of Wound Care.
   The trial ..." names "Journal of Wound Care", not "Journal of Wound Care. The".
3. A hospital that led the trial ("led by St Brigid's Children's Hospital") is no author "St".
4. A bracket holding only a journal and its year after the authors ("Brekke et al. (Scand J
   Sports Rehab, 2023)") gives author, year and venue together.
5. Two surnames opening a sentence as the subject of what the trial did ("Halloran and Beck
   randomised 52 children ...") name its first author beside the sentence's marker.
6. PubMed's source line over a pasted abstract ("Clin Rehabil. 2021 Mar 8;35(3):401-12.") names
   the page's journal and year.

All trials, people and journals are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import ingest_page, own_abstract

from extractors.attribution import find_attributions

# 1. The impersonal methods sentence of an abstract -------------------------------------------------------------------

_PASSIVE_PAGE = """{title}

Department of {department}, Riverside University, Riverside

Abstract

{background} {methods} {results} {conclusion}

Keywords: {keyword}; randomized trial

Introduction

""" + "Earlier reports were small and uncontrolled, and practice varies between centres. " * 30


@pytest.mark.parametrize(("title", "department", "background", "methods", "results", "conclusion", "keyword"), [
    ("Oral zinc for recurrent aphthous ulcers", "Oral Medicine",
     "Recurrent mouth ulcers are painful and common.",
     "A double-blind placebo-controlled clinical trial was conducted on 60 adults with recurrent ulcers, "
     "who took zinc sulphate 50 mg or placebo daily for three months.",
     "Ulcer-free days rose more with zinc (p = 0.02).", "Zinc may reduce ulcer recurrence.", "zinc"),
    ("Ginger for nausea after gynaecological laparoscopy", "Anaesthesiology",
     "Postoperative nausea delays discharge.",
     "This randomized controlled study was performed in 120 women scheduled for laparoscopy, given ginger "
     "1 g or placebo one hour before surgery.",
     "Nausea scores at 6 hours were lower with ginger (p < 0.01).", "Ginger eased early nausea.", "ginger"),
    ("Probiotic drops for infant colic", "Paediatrics",
     "Colic distresses families.",
     "A prospective, randomized trial with breastfed infants aged 2 to 8 weeks was carried out over 28 days, "
     "comparing probiotic drops with placebo drops.",
     "Daily crying time fell by 40 minutes more with the probiotic (p = 0.03).", "Probiotic drops shortened crying.",
     "colic"),
])
def test_an_impersonal_methods_sentence_makes_the_abstract_the_pages_own_study(
        tmp_path: Path, title: str, department: str, background: str, methods: str, results: str, conclusion: str,
        keyword: str) -> None:
    page = _PASSIVE_PAGE.format(title=title, department=department, background=background, methods=methods,
                                results=results, conclusion=conclusion, keyword=keyword)
    assert methods[:30] in own_abstract(ingest_page(tmp_path, page))


# 6. PubMed's source line over a pasted abstract names its journal and year -------------------------------------

@pytest.mark.parametrize(("source", "journal", "year"), [
    ("Clin Rehabil. 2021 Mar 8;35(3):401-12. doi: 10.5555/cr.2021.0401.", "Clin Rehabil", 2021),
    ("Iran J Dermatol. Autumn 2017;20(4):112-118.", "Iran J Dermatol", 2017),
    ("Pediatr Allergy Immunol. 2019 Nov;30(7):725-31.", "Pediatr Allergy Immunol", 2019),
])
def test_a_pubmed_source_line_over_the_abstract_names_its_journal(tmp_path: Path, source: str, journal: str,
                                                                 year: int) -> None:
    page = (f"{source}\nABSTRACT\nOBJECTIVE: To test a home programme. METHODS: Ninety adults were randomly assigned "
            "to the programme or usual care for 12 weeks. RESULTS: Scores improved more with the programme (p = 0.01). "
            "CONCLUSIONS: The programme helped.\n")
    meta = ingest_page(tmp_path, page).meta
    assert (meta.journal, meta.year) == (journal, year)


# 2-5. Attributions in running text -----------------------------------------------------------------------------------

def _one(text: str, kind: str | None = None) -> list[tuple[str | None, int | None, str | None]]:
    return [(a.first_author, a.year, a.venue) for a in find_attributions(text) if kind is None or a.kind == kind]


@pytest.mark.parametrize(("text", "venue"), [
    ("The results appeared in the May 2023 issue of the Journal of Wound Care. The study enrolled 200 adults with leg "
     "ulcers.", "Journal of Wound Care"),
    ("The findings were published in the journal Pain Care. It enrolled 80 adults with sciatica.", "Pain Care"),
    ("The report was published in Annals of Eye Care. Researchers followed 150 children for two years.",
     "Annals of Eye Care"),
])
def test_a_journal_name_stops_at_its_sentences_end(text: str, venue: str) -> None:
    assert [v for _, _, v in _one(text) if v] == [venue]


@pytest.mark.parametrize(("text", "venue"), [
    ("Oral steroids did not speed recovery, according to a trial led by St Brigid's Children's Hospital and published "
     "in the March 2024 issue of the Journal of Pediatric Lung Health.", "Journal of Pediatric Lung Health"),
    ("Fewer falls followed, according to a study conducted by Our Lady's Hospice and published in Palliative Care "
     "Reports in 2019.", "Palliative Care Reports"),
    ("Night splints helped, in a trial run by St Olav's University Hospital and published in the Nordic Journal of "
     "Hand Therapy.", "Nordic Journal of Hand Therapy"),
])
def test_a_hospital_that_led_the_trial_is_no_author(text: str, venue: str) -> None:
    found = _one(text)
    assert all(author is None for author, _, _ in found)
    assert venue in [v for _, _, v in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Brekke et al. (Scand J Sports Rehab, 2023) randomised 60 runners to heel drops or usual care.",
     ("Brekke", 2023, "Scand J Sports Rehab")),
    ("Nakamura and Ito (Eur J Pain 2020) compared duloxetine with placebo in 90 adults.", ("Nakamura", 2020, "Eur J Pain")),
    ("Mills and colleagues (Journal of Wound Care, 2019) found faster healing with honey dressings.",
     ("Mills", 2019, "Journal of Wound Care")),
    ("Adeyemi et al. (Int J Obstet Anesth, 2017) gave 120 women ondansetron or saline.",
     ("Adeyemi", 2017, "Int J Obstet Anesth")),
])
def test_a_bracketed_journal_and_year_after_the_authors_cites_them(text: str, expected: tuple[str, int, str]) -> None:
    assert _one(text, "author-year") == [expected]


def test_a_bracketed_place_and_year_is_no_journal() -> None:
    assert all(v is None for _, _, v in _one("Smith et al. (Boston, 2019) found no benefit."))


@pytest.mark.parametrize(("text", "author"), [
    ("Halloran and Beck randomised 52 children to clonidine or risperidone for eight weeks.15", "Halloran"),
    ("Weight gain was rare.12 Osei & Lind compared oral iron with placebo in 80 pregnant women [7].", "Osei"),
    ("Mendes and Park enrolled forty-two adults with gout and gave them colchicine [21].", "Mendes"),
    ("Varga and Novak followed 300 smokers for a year after cytisine.(9)", "Varga"),
    # second names of several words, which the cheap scan before the full pattern must let through
    ("Okafor and van der Berg randomised 52 children to melatonin or placebo [4].", "Okafor"),
    ("Osei & St. Clair treated 40 adults with zinc for twelve weeks [6].", "Osei"),
    ("Mendes and Ruiz-\nOrtega enrolled 64 women with rosacea [8].", "Mendes"),
])
def test_two_surnames_as_the_subject_of_a_cited_sentence_name_its_author(text: str, author: str) -> None:
    found = find_attributions(text)
    assert [a.first_author for a in found if a.first_author] == [author]
    assert any(a.markers for a in found)


@pytest.mark.parametrize("text", [
    "Children and Adolescents treated with the drug improved [3].",
    "Men and Women randomised to the drug improved [3].",
    "Patients and Carers reported less stress.4",
    "Boys and Girls studied were similar.4",
    "Halloran and Beck randomised 52 children to clonidine or risperidone for eight weeks.",  # no marker: no citation
])
def test_capitalised_groups_or_an_uncited_sentence_name_no_author(text: str) -> None:
    assert not [a for a in find_attributions(text) if a.first_author]

