"""Where a news story places a study: the journal that published it ("published by the
Journal of X"), and no year the story does not write with it: "published this week" gives
none, as most of our annotators read it, even under a dated byline."""

import pytest

from text_claims import text_claims as _claims

_STORIES = [
    ("By Ana Ruiz | March 3, 2025\n\n", "Adults over 70 who took the pill had 21% fewer strokes than those on placebo, according to a "
     "study published this week in JAMA Cardiology.", "JAMA Cardiology"),
    ("Health desk · 14 November 2024 · 4 min read\n\n", "The trial, published on Tuesday in The Lancet Respiratory Medicine, "
     "randomly assigned 640 children with asthma to the inhaler or placebo, and attacks fell by a third.",
     "The Lancet Respiratory Medicine"),
    ("Posted 2023-06-09 by the news team\n\n", "Results published today in the journal Gut showed that 212 patients with ulcerative colitis "
     "on the probiotic reached remission more often than those on placebo.", "Gut"),
]


@pytest.mark.parametrize(("dateline", "story", "venue"), _STORIES)
def test_the_journal_of_this_week_takes_no_year_from_the_dateline(dateline: str, story: str, venue: str) -> None:
    (claim,) = _claims(dateline + story)
    assert (claim.study.venue, claim.study.year) == (venue, None)


def test_a_journal_without_a_time_word_gets_no_year_from_the_dateline() -> None:
    (claim,) = _claims("By Ana Ruiz | March 3, 2025\n\nA trial in JAMA Cardiology found that 412 adults on the pill had fewer "
                       "strokes than those on placebo.")
    assert (claim.study.venue, claim.study.year) == ("JAMA Cardiology", None)


def test_a_story_without_a_dateline_leaves_the_year_unknown() -> None:
    (claim,) = _claims("Adults over 70 who took the pill had 21% fewer strokes than those on placebo, according to a study "
                       "published this week in JAMA Cardiology.")
    assert claim.study.year is None


@pytest.mark.parametrize(("text", "venue"), [
    ("In a study published by the Journal of Clinical Sleep Medicine, Spanish researchers found that adults who used a "
     "weighted blanket slept longer.", "Journal of Clinical Sleep Medicine"),
    ("A 2019 study published by JAMA Pediatrics found that 320 toddlers given peanut early had fewer allergies.", "JAMA Pediatrics"),
])
def test_a_journal_that_published_by_name_is_the_venue(text: str, venue: str) -> None:
    (claim,) = _claims(text)
    assert claim.study.venue == venue


def test_authors_who_published_are_no_venue() -> None:
    (claim,) = _claims("A 2018 study published by Smith and colleagues found that 40 adults slept longer on melatonin than placebo.")
    assert (claim.study.first_author, claim.study.venue) == ("Smith", None)
