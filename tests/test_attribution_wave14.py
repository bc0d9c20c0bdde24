"""Real-text shapes of the fourteenth wave: a PDF's line-break hyphen inside a surname,
the year after "<author> and colleagues in <year>", a superscript reference number glued
to a surname, places and institutions before "and colleagues", and a venue's year on the
next line or inside its volume details."""

import pytest

from extractors.attribution import find_attributions, study_from


def _study(text):
    return study_from(find_attributions(text), text)


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("In the trial by Ha-\nraldsen et al. (2019), pain fell by half.", "Haraldsen", 2019),
        ("Gonzá-\nlez and colleagues (2015) found lower scores.", "González", 2015),
        ("As Peder-\nsen et al., 2011 showed, relapse was rarer.", "Pedersen", 2011),
        ("The cohort of Schwei-\nzer and coworkers (2008) was small.", "Schweizer", 2008),
        ("Wil-\nliams and Chen (2020) reported lower HAMD scores.", "Williams", 2020),
        ("Outcomes improved (Kowal-\nski et al., 2017).", "Kowalski", 2017),
    ],
)
def test_line_break_hyphen_inside_a_surname_is_joined(text, author, year):
    hits = find_attributions(text)
    study = study_from(hits, text)
    assert (study.first_author, study.year) == (author, year)
    for hit in hits:
        assert text[hit.start:hit.end] == hit.text


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Nakashima and colleagues in 2021 reported fewer relapses with the drug.", "Nakashima", 2021),
        ("Okafor et al. in 2016 found that 40 mg lowered pain.", "Okafor", 2016),
        ("Lindqvist and co-workers, in 2009, randomised 80 dogs.", "Lindqvist", 2009),
        ("A team led by Dr Ortiz in 2019 found that sertraline reduced symptoms.", "Ortiz", 2019),
        ("A trial led by Professor Anna Brandt in 2014 enrolled 200 adults.", "Brandt", 2014),
        ("Work by Patel's group (2020) showed reduced HAMD scores.", "Patel", 2020),
        ("In 2008, Jorde and colleagues gave vitamin D to 400 adults.", "Jorde", 2008),
    ],
)
def test_author_with_the_year_after_in(text, author, year):
    study = _study(text)
    assert (study.first_author, study.year) == (author, year)


def test_a_year_range_after_in_is_no_study_year():
    study = _study("Nakashima and colleagues in 2019–2021 followed 300 patients.")
    assert study.first_author == "Nakashima"
    assert study.year is None


@pytest.mark.parametrize(
    "text, author, year, marker",
    [
        ("Seely2 (2012) [37] found that 50 mg reduced pain.", "Seely", 2012, "2"),
        ("Moreno3 et al. (2018) reported a benefit over placebo.", "Moreno", 2018, "3"),
        ("In contrast, Tanaka12 et al., 2015 saw no effect.", "Tanaka", 2015, "12"),
        ("The study by Dubois4 and colleagues (2011) enrolled 60 cats.", "Dubois", 2011, "4"),
    ],
)
def test_superscript_number_glued_to_a_surname(text, author, year, marker):
    study = _study(text)
    assert (study.first_author, study.year) == (author, year)
    assert marker in study.markers


@pytest.mark.parametrize(
    "text, author",
    [
        ("Jane Smith, professor of psychiatry at the University of Sydney, and colleagues randomised 120 adults.",
         "Smith"),
        ("said Dr Mark Jones from the University of Colorado in Aurora, and colleagues, who enrolled 80 patients.",
         "Jones"),
        ("Prof Ana Lima, head of the Department of Medicine at Hospital São Paulo, and colleagues found less pain.",
         "Lima"),
        ("Dr Kim Lee of Seoul National University Hospital in Seoul and colleagues enrolled 40 adults.", "Lee"),
        ("Tom Berg, a veterinarian at the Royal Veterinary College in London, and co-workers treated 30 horses.",
         "Berg"),
    ],
)
def test_place_before_and_colleagues_is_no_author(text, author):
    study = _study(text)
    assert study.first_author == author


@pytest.mark.parametrize(
    "text",
    [
        "Researchers at the University of Sydney, and colleagues abroad, found it.",
        "A group from the Mayo Clinic in Rochester, and colleagues, gave 20 mg daily.",
    ],
)
def test_place_without_a_person_names_no_author(text):
    assert _study(text).first_author is None


@pytest.mark.parametrize(
    "text, author",
    [
        ("As reported in Smith and colleagues, the drug worked.", "Smith"),
        ("Brown, and colleagues (2019) found it.", "Brown"),
        ("Smith, Jones and colleagues found it.", "Smith"),
    ],
)
def test_plain_authors_before_and_colleagues_stay(text, author):
    assert _study(text).first_author == author


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Published in: Am J Geriatr Psychiatry\nJuly 2017\nThe trial enrolled 60 older adults.",
         "Am J Geriatr Psychiatry", 2017),
        ("Journal: Pain Medicine\nPublished: 12 March 2019\nThe trial enrolled 60 adults.", "Pain Medicine", 2019),
        ("Source: Sleep Medicine Reviews\n  2021\nIn all, 40 adults took part.", "Sleep Medicine Reviews", 2021),
        ("Research appearing in Sleep Medicine (Volume 40, Issue 1, July 2014, Pages: 51-62) found improved sleep.",
         "Sleep Medicine", 2014),
        ("The study, published in Diabetes Care, Vol. 31, No. 4, April 2008, found lower HbA1c.", "Diabetes Care", 2008),
        ("Findings reported in Pain Medicine (Vol. 12, no. 3, 2011) favoured the drug.", "Pain Medicine", 2011),
    ],
)
def test_venue_year_after_the_journal(text, venue, year):
    study = _study(text)
    assert (study.venue, study.year) == (venue, year)
    assert study.first_author != "July"


def test_a_year_later_in_the_text_is_no_venue_year():
    study = _study("Published in: JAMA Pediatrics\nThe trial enrolled 60 children in 2012.")
    assert (study.venue, study.year) == ("JAMA Pediatrics", None)


@pytest.mark.parametrize(
    "text",
    [
        "Ongoing: the CARDIO-K registry study (NCT05999123) will enrol 800 patients.",
        "The VITAL cohort study found fewer fractures.",
        "The SPRINT randomized trial enrolled 9,361 adults.",
        "The RESTORE-2 pilot trials were small.",
        "The ASPREE follow-up study found no benefit.",
    ],
)
def test_a_named_trial_with_design_words_is_no_venue(text):
    assert _study(text).venue is None


@pytest.mark.parametrize("text, venue", [("A JAMA cohort study found less pain.", "JAMA"),
                                         ("The NEJM observational study found it.", "NEJM")])
def test_a_journal_acronym_before_design_words_stays_a_venue(text, venue):
    assert _study(text).venue == venue


@pytest.mark.parametrize("text", [
    "In the ITT analysis, the response rate was 45% versus 30%.",
    "The LOCF analysis showed a gain of 4 points.",
    "In the FAS analysis, remission was more common with the drug.",
])
def test_an_analysis_set_is_no_venue(text):
    assert [a for a in find_attributions(text) if a.kind == "venue-year"] == []
