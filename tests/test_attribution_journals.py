"""A journal name and date read as author-year ("Sleep 2007 August") is the journal:
a venue-year, never a surname."""

import pytest

from extractors.attribution import find_attributions


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Sleep 2007 August", "Sleep", 2007),
        ("(Pain Med 2009 April 22; epub ahead of print)", "Pain Med", 2009),
        ("Summary of article in Nutrition Journal, 2007; (6) 30: 1-11", "Nutrition Journal", 2007),
        ("Cochrane Database of Systematic Reviews 2015", "Cochrane Database of Systematic Reviews", 2015),
        ("Brain Res Bull 2018 March", "Brain Res Bull", 2018),
        ("Headache 2021;61(4):600-8", "Headache", 2021),
        ("Psychiatry Research 2016 Sep", "Psychiatry Research", 2016),
    ],
)
def test_journal_and_date_is_a_venue_year(text, venue, year):
    (hit,) = [a for a in find_attributions(text) if a.kind != "glued-marker"]
    assert (hit.kind, hit.venue, hit.year, hit.first_author) == ("venue-year", venue, year, None)


@pytest.mark.parametrize(
    "text, first_author, year",
    [
        ("(Okafor, 2013; Lindqvist 2014)", "Okafor", 2013),
        ("as Marsh 2015 showed in 40 adults", "Marsh", 2015),
        ("Marsh 2015; 14 patients dropped out", "Marsh", 2015),
    ],
)
def test_author_years_stay_author_years(text, first_author, year):
    hit = find_attributions(text)[0]
    assert (hit.kind, hit.first_author, hit.year) == ("author-year", first_author, year)


@pytest.mark.parametrize("text", ["The Surprising Medicine 2020", "A Better Journal 2019", "Annual Review 2021 edition"])
def test_journal_words_are_never_surnames(text):
    assert not any(a.first_author for a in find_attributions(text))


@pytest.mark.parametrize(
    "text, first_author, year",
    [
        ("The earlier (June 2011) trial by Okafor and colleagues found no benefit.", "Okafor", 2011),
        ("Research conducted by Professor Lena Lindqvist at Lund University has shown that", "Lindqvist", None),
        ("A study led by Dr. Amara Mensah found lower pain scores", "Mensah", None),
    ],
)
def test_study_by_a_named_person(text, first_author, year):
    hit = next(a for a in find_attributions(text) if a.first_author)
    assert (hit.first_author, hit.year, hit.venue) == (first_author, year, None)


def test_a_parenthesised_trial_and_year_after_the_journal_gives_the_year():
    (hit,) = find_attributions("A study published in the Journal of Sleep Research (DREAM-2 Trial, 2018) showed it.")
    assert (hit.venue, hit.year) == ("Journal of Sleep Research", 2018)


def test_an_isrctn_number_written_apart_from_its_prefix():
    (hit,) = find_attributions("The ISRCTN registry number for the trial is 12345678.")
    assert hit.registry_id == "ISRCTN12345678"


@pytest.mark.parametrize(
    "text, venue",
    [
        ("the authors conclude in Thursday's online issue of the Journal of Pediatrics.", "Journal of Pediatrics"),
        ("the team wrote in Monday's issue of Sleep Medicine.", "Sleep Medicine"),
    ],
)
def test_news_issue_venues(text, venue):
    (hit,) = find_attributions(text)
    assert (hit.kind, hit.venue) == ("venue-year", venue)


def test_concluding_in_a_review_names_no_venue():
    assert find_attributions("We conclude in this review that exercise helps.") == []


def test_a_named_trial_is_labelled_by_its_acronym_not_taken_as_a_venue():
    (hit,) = find_attributions("This was a secondary analysis of 900 adults in the Sleep Timing and Outcomes "
                               "in Heart Failure Trial (STOHF) who wore actigraphs.")
    assert (hit.text, hit.venue) == ("STOHF", None)


def test_research_inside_an_organisation_name_is_no_study():
    assert not [a for a in find_attributions("as set out by the National Council for Research in Herbal Sciences "
                                             "guidance") if a.kind == "venue-year"]
