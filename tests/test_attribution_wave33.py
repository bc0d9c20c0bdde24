"""Wave 33: citation shapes the spent sets showed, restated as families in invented text across
specialties. A numbered marker printed right after an author-year (a page's "<sup>3</sup>" tag
left in saved markdown, or a superscript glued to the year: "Okafor 2019²") is the same
citation; a digest's heading line names author, abbreviated journal and bracketed year
("1) Okafor et al., Ann Trop Med (2021)"); a reference line quotes its title between authors
and journal ("M Okafor et al., ‘Title’, Age Ageing, 48:211-218, 2019"); a journal publishing
a study in a year said first ("In 2017, the Journal of X published a study"); an evidence
table's author cell ("Okafor, LG 2011"); a page title pairing a topic with a condition and a
year ("Omega 3 & Depression (2019)") names no author.
All people, journals and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions, study_from


def _carries(text: str, **want: object) -> bool:
    return any(all(getattr(hit, key) == value for key, value in want.items()) for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "author", "year", "markers"), [
    # a superscript tag kept as text, in a table's author cell or in prose
    ("| Okafor et al. 2019<sup>4</sup> | 64 | 3 mg melatonin | placebo | delirium days |", "Okafor", 2019, ("4",)),
    ("| Lindqvist & Moreau 2021<sup>2,3</sup> | 120 | 40 mg | sham | pain VAS |", "Lindqvist", 2021, ("2", "3")),
    ("Haddad 2016<sup>7</sup> gave intranasal ketamine to 40 adults with cluster headache.", "Haddad", 2016, ("7",)),
    ("Wound closure was faster with honey dressings (Pereira et al. 2018<SUP>12</SUP>).", "Pereira", 2018, ("12",)),
    # a superscript glued to the year
    ("Okafor et al. 2019² found that melatonin shortened delirium in older inpatients.", "Okafor", 2019, ("2",)),
    ("| Brennan 2015¹ | 83 | 10 mg | placebo | hot flushes |", "Brennan", 2015, ("1",)),
    # a bracketed marker beside the author-year stays as it was
    ("| Castillo et al. 2020 [5] | 210 | 5 mg | usual care | HbA1c |", "Castillo", 2020, ("5",)),
])
def test_marker_beside_an_author_year_is_the_same_study(text: str, author: str, year: int, markers: tuple[str, ...]) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.year) == (author, year)
    assert set(markers) <= set(study.markers)


@pytest.mark.parametrize("text", [
    "Cultures reached 10⁸ CFU per millilitre in 2019 samples.",
    "The ward measured 40 m² and held 12 beds.",
])
def test_powers_and_units_beside_numbers_stay_no_marker(text: str) -> None:
    assert not any(hit.markers for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "author", "venue", "year"), [
    ("1) Ramos et al., Eur J Appl Physiol (2022)\n   Eighteen rowers took 6 g of caffeine gum or placebo gum.",
     "Ramos", "Eur J Appl Physiol", 2022),
    ("2) Okafor & Lee, Pediatr Infect Dis J, 2021\n   Children given zinc syrup recovered a day sooner.",
     "Okafor", "Pediatr Infect Dis J", 2021),
    ("Haddad et al., Journal of Headache and Pain (2017)\nIntranasal ketamine shortened attacks.",
     "Haddad", "Journal of Headache and Pain", 2017),
    ("Saline nebulisers in bronchiolitis. Lind & Berg, Vet Rec 2019. Calves recovered sooner.", "Lind", "Vet Rec", 2019),
])
def test_digest_heading_names_author_journal_and_year(text: str, author: str, venue: str, year: int) -> None:
    assert _carries(text, first_author=author, venue=venue, year=year)


@pytest.mark.parametrize(("text", "author", "venue", "year"), [
    ("M Okafor et al., ‘Melatonin for delirium in older inpatients: a randomised trial’, Age Ageing, 48:211-218, 2019",
     "Okafor", "Age Ageing", 2019),
    ("T Lind & K Berg, “Zinc lozenges for the common cold in adults”, Fam Pract, 2014", "Lind", "Fam Pract", 2014),
    ("R Castillo et al., 'Metformin and gestational weight gain', Obstet Gynecol, 12(3):44-51, 2020",
     "Castillo", "Obstet Gynecol", 2020),
    ("A Haddad et al., ‘Honey dressings for venous leg ulcers: patients’ outcomes’, Int Wound J, 9:100-106, 2012",
     "Haddad", "Int Wound J", 2012),
])
def test_reference_line_quoting_its_title(text: str, author: str, venue: str, year: int) -> None:
    assert _carries(text, first_author=author, venue=venue, year=year)


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("In 2017, the Journal of Dermatological Science published a study linking low ferritin to hair loss.",
     "Journal of Dermatological Science", 2017),
    ("In 2020, The British Journal of Nutrition published a trial showing that oat bran lowered LDL.",
     "British Journal of Nutrition", 2020),
    ("In March 2019, JAMA Pediatrics published a study showing that screen time delayed speech.", "JAMA Pediatrics", 2019),
])
def test_journal_publishing_in_a_year_said_first(text: str, venue: str, year: int) -> None:
    assert _carries(text, venue=venue, year=year)


@pytest.mark.parametrize(("text", "author", "year"), [
    ("Almeida-Costa, LG 2003 Age (Years) Treatment Group RCT Formulation", "Almeida-Costa", 2003),
    ("Whitcombe, D 1997 Age (Years) Treatment Group Crossover", "Whitcombe", 1997),
    ("Nakashima, RK 2012\tEnrolled: 40\tDouble-blind", "Nakashima", 2012),
])
def test_evidence_table_author_cell(text: str, author: str, year: int) -> None:
    assert _carries(text, first_author=author, year=year)


@pytest.mark.parametrize("text", [
    "The clinic in Portland, OR 2019 saw more cases of measles.",
    "Patients were recruited in Halifax, NS 2016 and followed for a year.",
])
def test_place_and_region_code_before_a_year_is_no_author(text: str) -> None:
    assert not any(hit.first_author for hit in find_attributions(text))


@pytest.mark.parametrize("text", [
    "Omega 3 & Depression (2019)",
    "Vitamin B12 & Dementia (2018)",
    "Depression and Exercise (2020)",
    "Probiotics for Eczema (2021)",
])
def test_page_title_pairing_a_topic_with_a_condition_names_no_author(text: str) -> None:
    assert not any(hit.first_author for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("In a 2014 publication in the Journal of Sleep Research, researchers showed that melatonin shortened sleep latency.",
     "Journal of Sleep Research", 2014),
    ("A 2021 publication in Pediatric Dermatology reported fewer eczema flares with daily emollients.",
     "Pediatric Dermatology", 2021),
    ("According to a 2018 publication in the Journal of Dairy Science, calves given the probiotic gained more weight.",
     "Journal of Dairy Science", 2018),
])
def test_publication_in_a_journal_is_a_study_phrase(text: str, venue: str, year: int) -> None:
    assert _carries(text, venue=venue, year=year)


@pytest.mark.parametrize("text", [
    "The publication in 2018 of the new guideline changed prescribing.",
    "Since publication of the 2019 guideline, statin prescribing rose.",
])
def test_publication_without_a_journal_cites_nothing(text: str) -> None:
    assert not any(hit.year for hit in find_attributions(text))
