"""Attribution, wave 43: news names a journal and then when it appeared.

"in" joins the words of a journal's title ("Advances in Therapy", "Trends in Neurosciences"),
but "in" before a month or a weekday dates the paper: "published in JAMA Pediatrics in March
2019" names JAMA Pediatrics. All sentences are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _venues(text: str) -> list[tuple[str | None, int | None]]:
    return [(a.venue, a.year) for a in find_attributions(text) if a.venue]


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("The trial of iron drops in toddlers was published in JAMA Pediatrics in March 2019.", "JAMA Pediatrics", 2019),
    ("Results on falls in care homes were published in The Lancet in June 2021.", "The Lancet", 2021),
    ("The dermatology team's findings appeared in British Journal of Dermatology in October 2017.",
     "British Journal of Dermatology", 2017),
    ("The rowing study, published in Sports Medicine in Sept 2022, found faster recovery with cherry juice.",
     "Sports Medicine", 2022),
])
def test_a_month_after_the_journal_dates_it(text: str, venue: str, year: int) -> None:
    assert _venues(text) == [(venue, year)]


@pytest.mark.parametrize(("text", "venue"), [
    ("The trial was published in Advances in Therapy in 2018.", "Advances in Therapy"),
    ("A report in Trends in Neurosciences described the mouse data.", "Trends in Neurosciences"),
])
def test_in_still_joins_a_titles_words(text: str, venue: str) -> None:
    assert [v for v, _ in _venues(text)] == [venue]
