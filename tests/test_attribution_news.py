"""Venue-year attributions the way news stories and press releases write them: the
journal after a publishing verb with a weekday or "this week" in between, issue names,
institutions that report, and the look-alikes that are no venue."""

import pytest

from extractors.attribution import find_attributions


def _venues(text):
    return [(h.venue, h.year) for h in find_attributions(text) if h.kind == "venue-year"]


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("The results were published Tuesday in The Lancet Neurology.", "The Lancet Neurology", None),
        ("The trial, published this week in JAMA Network Open, enrolled 900 nurses.", "JAMA Network Open", None),
        ("A cohort study published in 2018 in Neurology followed 3,000 adults.", "Neurology", 2018),
        ("The findings were reported in the April issue of Pediatrics.", "Pediatrics", None),
        ("The findings were reported in the April 2016 issue of Pediatrics.", "Pediatrics", 2016),
        ("The study, appearing in the New England Journal of Medicine, randomised 412 adults.",
         "New England Journal of Medicine", None),
        ("In a paper in Nature Medicine last year, the team reported fewer relapses.", "Nature Medicine", None),
        ("according to a 2024 analysis published Friday in the Annals of Family Practice.",
         "Annals of Family Practice", 2024),
        ("A later trial run by the same group and published in 2021 in Stroke Today found no benefit.",
         "Stroke Today", 2021),
        ("A study published last month in Sleep Health found shorter sleep latency.", "Sleep Health", None),
        ("The study, published online Thursday in the journal Hypertension, enrolled 700 people.",
         "Hypertension", None),
        ("Writing in BMJ Open, the authors reported a 20% drop in visits.", "BMJ Open", None),
        ("Their results appear in the latest issue of the Journal of Pain Research.", "Journal of Pain Research", None),
        ("Researchers at Karolinska Institutet reported in 2017 that relapses fell.", "Karolinska Institutet", 2017),
        ("The study, which was published in the journal Stroke on Friday, followed 900 adults.", "Stroke", None),
        ("The results appear in the Oct. 14 issue of Hypertension Reports.", "Hypertension Reports", None),
        ("as reported in the journal Pediatrics, toddlers slept longer.", "Pediatrics", None),
        ("Published in Nature Aging on 9 June 2023, the trial enrolled 310 people.", "Nature Aging", 2023),
    ],
)
def test_news_venue_shapes(text, venue, year):
    assert (venue, year) in _venues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaflet was published in English and Spanish.",
        "The guideline was published Monday in Australia.",
        "Results will be reported in March.",
        "researchers at the clinic found that waiting times fell.",
        "Writing in a diary helped some patients.",
    ],
)
def test_no_venue_in_look_alikes(text):
    assert not [v for v, _ in _venues(text) if v]


def test_year_of_the_study_phrase_and_venue_of_the_publishing_verb_make_one_study():
    from extractors import extract
    from pipeline.model import Block, Document

    text = "A 2023 study of 610 adults with insomnia, published Wednesday in Sleep Medicine, found fewer awakenings."
    document = Document("doc-n", "n.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main", "paragraph")])
    (claim,) = extract([document])[0].claims
    assert (claim.study.venue, claim.study.year) == ("Sleep Medicine", 2023)


@pytest.mark.parametrize(
    "text",
    [
        "Low vitamin D levels have been reported in COPD and in asthma.",
        "Similar changes were described in HIV, though less often.",
        "Relapse was published in RCT registries only.",
    ],
)
def test_a_condition_after_reported_in_is_no_journal(text):
    assert not [v for v, _ in _venues(text) if v and v.isupper() and v != "RCT"]


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Proceedings of the National Academy of Sciences, October 2014", "Proceedings of the National Academy of Sciences",
         2014),
        ("JAMA Pediatrics, 12 March 2021", "JAMA Pediatrics", 2021),
        ("Journal of Research in Nursing, May 2020", "Journal of Research in Nursing", 2020),
        ("Sleep Health, Jan. 5, 2021", "Sleep Health", 2021),
        ("Published in JAMA Pediatrics, March 2021", "JAMA Pediatrics", 2021),
        ("The study, published in Annals of Neurology, March 12, 2021, enrolled 300 adults.", "Annals of Neurology",
         2021),
        ("The researchers reported yesterday (October 13) in PNAS that scores improved.", "PNAS", None),
        ("The study, published Monday (March 3) in JAMA Psychiatry, enrolled 300.", "JAMA Psychiatry", None),
    ],
)
def test_a_journal_with_its_issue_date(text, venue, year):
    assert _venues(text) == [(venue, year)]


@pytest.mark.parametrize("text", ["BOSTON, April 2, 2024 /Newswire/ -- Veridian Therapeutics announced",
                                  "In London, March 2019 was wet."])
def test_a_dateline_is_no_journal(text):
    assert _venues(text) == []
