"""A news story's journal "published this week" takes the year of the story's dateline."""

import pytest

from text_claims import text_claims as _claims

_STORIES = [
    ("By Ana Ruiz | March 3, 2025\n\n", "Adults over 70 who took the pill had 21% fewer strokes than those on placebo, according to a "
     "study published this week in JAMA Cardiology.", "JAMA Cardiology", 2025),
    ("Health desk · 14 November 2024 · 4 min read\n\n", "The trial, published on Tuesday in The Lancet Respiratory Medicine, "
     "randomly assigned 640 children with asthma to the inhaler or placebo, and attacks fell by a third.",
     "The Lancet Respiratory Medicine", 2024),
    ("Posted 2023-06-09 by the news team\n\n", "Results published today in the journal Gut showed that 212 patients with ulcerative colitis "
     "on the probiotic reached remission more often than those on placebo.", "Gut", 2023),
]


@pytest.mark.parametrize(("dateline", "story", "venue", "year"), _STORIES)
def test_the_journal_of_this_week_takes_the_datelines_year(dateline: str, story: str, venue: str, year: int) -> None:
    (claim,) = _claims(dateline + story)
    assert (claim.study.venue, claim.study.year) == (venue, year)


def test_a_journal_without_a_time_word_gets_no_year_from_the_dateline() -> None:
    (claim,) = _claims("By Ana Ruiz | March 3, 2025\n\nA trial in JAMA Cardiology found that 412 adults on the pill had fewer "
                       "strokes than those on placebo.")
    assert (claim.study.venue, claim.study.year) == ("JAMA Cardiology", None)


def test_a_story_without_a_dateline_leaves_the_year_unknown() -> None:
    (claim,) = _claims("Adults over 70 who took the pill had 21% fewer strokes than those on placebo, according to a study "
                       "published this week in JAMA Cardiology.")
    assert claim.study.year is None
