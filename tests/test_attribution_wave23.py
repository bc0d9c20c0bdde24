"""Attribution shapes real-text probe 10 read wrong, as families (studies and people invented): "et al"
glued into "etal" still names the first author; a registry form's field index ("Secondary ID [1]") and
numbered affiliations closing on a country code (", IND 2. College of ...") cite nothing."""

import pytest

from extractors.attribution import find_attributions, study_from


@pytest.mark.parametrize(("text", "author", "year"), [
    ("A review of nine trials found that doses up to 100 mg/day are likely to help (Wyatt etal 1999).", "Wyatt", 1999),
    ("Omega-3 lowered triglycerides by 20% in 300 adults (Moreno etal., 2014).", "Moreno", 2014),
    ("Melatonin shortened sleep onset by 7 minutes in 120 children (Harlow etal. 2018).", "Harlow", 2018),
    ("Okafor etal (2021) gave sertraline 50 mg to 240 adults.", "Okafor", 2021),
])
def test_glued_etal_names_the_first_author(text: str, author: str, year: int) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.year) == (author, year)


@pytest.mark.parametrize("word", ["metal", "Etal", "petals"])
def test_etal_inside_a_word_is_no_citation(word: str) -> None:
    text = f"The {word} sample was stored at 4 degrees for 2019 checks."
    assert not [a for a in find_attributions(text) if a.kind == "author-year"]


@pytest.mark.parametrize("text", [
    "Secondary ID [1] 285838 0",
    "Funding source category [1] Hospital",
    "Ethics committee name [2] Royal Hobart Hospital HREC",
    "Country [1] Australia",
])
def test_a_registry_field_index_is_no_marker(text: str) -> None:
    assert not [a for a in find_attributions(text) if a.markers]


def test_a_bracket_marker_after_a_sentence_still_cites() -> None:
    text = "Ginger reduced pain scores more than placebo in 120 women [1]."
    assert [a.markers for a in find_attributions(text) if a.markers] == [("1",)]


@pytest.mark.parametrize("text", [
    "1. Obstetrics and Gynecology, Institute of Medical Sciences, Dehradun, IND 2. College of Nursing, Jodhpur, "
    "IND 3. Department of Surgery, Eternal University, Himachal Pradesh, IND 4. School of Medicine, Pune, IND",
    "1. Department of Cardiology, Medical College, Vellore, IND 2. School of Pharmacy, University of Lagos, Lagos, "
    "NGA 3. Department of Surgery, City Clinic, Rochester, USA 4. Department of Nursing, Leeds, GBR",
])
def test_numbered_affiliations_cite_nothing(text: str) -> None:
    assert not [a for a in find_attributions(text) if a.markers]


def test_numbers_in_citation_order_still_cite() -> None:
    text = ("Ginger eased pain in 120 women 1. Zinc shortened colds in 80 adults 2. Honey calmed coughs in "
            "105 children 3.")
    assert [a.markers for a in find_attributions(text) if a.markers] == [("1",), ("2",), ("3",)]


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("Sodium benzoate can improve schizophrenia symptoms, according to a small study published online October 2, "
     "2013, in JAMA Psychiatry.", "JAMA Psychiatry", 2013),
    ("Honey calmed night cough in 105 children, according to a study published 3 December 2007 in Pediatric Cough "
     "Reports.", "Pediatric Cough Reports", 2007),
    ("Valerian shortened sleep onset in a trial published March 14, 2019 in Sleep Medicine Letters.",
     "Sleep Medicine Letters", 2019),
])
def test_a_full_date_between_published_and_the_journal(text: str, venue: str, year: int) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.venue, study.year) == (venue, year)


@pytest.mark.parametrize(("text", "venue"), [
    ("And, to boot, walnuts do not contain any cholesterol (The Lancet, Vol 341, No 8846).", "The Lancet"),
    ("Honey soothed night coughs in 105 children (BMJ, Vol. 312: 1254-9).", "BMJ"),
    ("Ginger eased nausea in 80 pregnant women (Journal of Obstetric Care, Volume 12, Issue 3).",
     "Journal of Obstetric Care"),
])
def test_a_journal_cited_by_its_volume_is_a_venue(text: str, venue: str) -> None:
    assert study_from(find_attributions(text), text).venue == venue


def test_a_volume_of_no_journal_cites_nothing() -> None:
    text = "The tips are collected in a booklet (Garden Tips, Vol 3)."
    assert not find_attributions(text)
