"""Attribution, wave 44: author shapes.

A trial named for its investigator carries the year its brackets give ("the Okonjo-Reyes
trial (2018)" is Okonjo-Reyes, 2018), and a short title or place word ("St", "Dr", "Mt")
is never a surname on its own, though "St" stays a particle of one ("St John et al.").
All sentences are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _authors(text: str) -> list[tuple[str | None, int | None]]:
    return [(a.first_author, a.year) for a in find_attributions(text) if a.first_author]


@pytest.mark.parametrize(("text", "author", "year"), [
    ("In the Okonjo-Reyes trial (2018), nasal irrigation shortened sinusitis symptoms versus saline spray.",
     "Okonjo-Reyes", 2018),
    ("The Lindqvist study (2016) found fewer caries with fluoride varnish than with sealants.", "Lindqvist", 2016),
    ("According to the Haddad trial (2020), tamsulosin sped stone passage compared with placebo.", "Haddad", 2020),
])
def test_an_eponymous_trial_takes_its_bracketed_year(text: str, author: str, year: int) -> None:
    assert _authors(text) == [(author, year)]


def test_an_eponymous_trial_without_a_year_stays_an_author() -> None:
    assert _authors("The Haddad trial showed faster stone passage with tamsulosin.") == [("Haddad", None)]


@pytest.mark.parametrize("text", [
    "Lower falls with balance classes, according to a trial led by St Columba's physiotherapy team.",
    "The audit was run by Mt Carmel's sleep unit, which found shorter waits with home polysomnography.",
    "A study led by Dr Ruth Amsel's ward found fewer pressure ulcers with hourly turning.",
])
def test_a_short_title_or_place_word_is_no_surname(text: str) -> None:
    assert all(author not in {"St", "Mt", "Dr"} for author, _ in _authors(text))


def test_st_stays_a_particle_of_a_surname() -> None:
    assert _authors("St John et al. (2019) reported less otitis media with xylitol gum.") == [("St John", 2019)]


def test_the_journal_named_after_the_team_is_the_venue() -> None:
    text = ("Children who used the spacer had fewer night coughs, according to a trial led by St Olave's "
            "respiratory team and published today in Paediatric Airways.")
    assert [(a.kind, a.venue) for a in find_attributions(text)] == [("venue-year", "Paediatric Airways")]
