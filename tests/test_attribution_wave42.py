"""Attribution, wave 42: an author named beside a number marker in the ways reviews write it.

1. The author's co-workers under other names ("Leach and his co-reviewer", "Moreau and
   coauthors"), and "colleagues" broken across a PDF line ("Pellegrini and col-\\nleagues").
2. A study named for its author in a passage that cites by number: "In Blackwood's trial ...
   [9]", "The Ostergaard protocol ... [8]", "the Kowalski group found ...". A disease named for
   a person ("the Parkinson's trial"), a trial arm ("the Placebo group") or an uncited sentence
   names no author.
3. The hospital that ran a trial ("a trial led by Riverside Children's Hospital has found") is
   neither its venue nor its author; a funder ("funded by the Wellcome Trust") or a university
   that led it (wave 21's convention) stays the venue.

All trials, people and journals are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _authors(text: str) -> list[str]:
    return [a.first_author for a in find_attributions(text) if a.first_author]


@pytest.mark.parametrize(("text", "author"), [
    ("Leach and his co-reviewer pooled nine trials of honey dressings [4].", "Leach"),
    ("Moreau and coauthors found lower prostate symptom scores with tadalafil [3].", "Moreau"),
    ("Ahlberg and her co-investigators enrolled 140 dairy cows with mastitis.12", "Ahlberg"),
    ("Pellegrini and col-\nleagues randomised 88 adults to colestipol or placebo.7", "Pellegrini"),
    ("Okonjo and col-\r\nleagues compared two fluoride varnishes in 300 children [11].", "Okonjo"),
])
def test_co_workers_under_other_names_name_the_first_author(text: str, author: str) -> None:
    assert _authors(text) == [author]


@pytest.mark.parametrize(("text", "author"), [
    ("In Blackwood's trial, dressings were changed daily by the parents [9].", "Blackwood"),
    ("Nakagawa’s 2018 cohort showed fewer caries with sealants.14", "Nakagawa"),
    ("The Ostergaard protocol cooled the knee for 30 minutes per session [8].", "Ostergaard"),
    ("In the Lindqvist regimen, piglets received zinc oxide from weaning (12).", "Lindqvist"),
    ("Later, the Kowalski group found no gain in daily weight with the enzyme [3].", "Kowalski"),
    ("The Adebayo team randomised 60 children with otitis media to amoxicillin or watchful waiting.21", "Adebayo"),
])
def test_a_study_named_for_its_author_beside_a_marker_names_them(text: str, author: str) -> None:
    found = find_attributions(text)
    assert [a.first_author for a in found if a.first_author] == [author]
    assert any(a.markers for a in found)


@pytest.mark.parametrize("text", [
    "In the Parkinson's trial, tremor scores fell with the drug [2].",
    "Crohn's study participants had more flares on placebo [5].",
    "Today's study adds to this evidence [4].",
    "The Placebo group had more falls over the year [3].",
    "The Control group improved less on the drooling scale [6].",
    "In Blackwood's trial, dressings were changed daily by the parents.",  # no marker: no citation
    "The Ostergaard protocol cooled the knee for 30 minutes per session.",
])
def test_diseases_arms_and_uncited_sentences_name_no_author(text: str) -> None:
    assert not _authors(text)


@pytest.mark.parametrize("text", [
    "A syrup taken three times a day cut drooling in children with cerebral palsy, a trial led by Riverside "
    "Children’s Hospital has found.",
    "Ear drops cleared grommet discharge faster in a study conducted by Karolinska University Hospital.",
    "Nightly melatonin did not shorten sleep latency, according to a trial run by St Olave's Hospital.",
    "Fluoride varnish halved new caries in a trial carried out by the Northfield Dental Clinic.",
])
def test_the_site_that_ran_the_trial_is_neither_venue_nor_author(text: str) -> None:
    assert not [a for a in find_attributions(text) if a.venue or a.first_author]


@pytest.mark.parametrize(("text", "venue"), [
    ("Oral steroids did not speed recovery, in a trial funded by the Wellcome Trust.", "Wellcome Trust"),
    ("Fewer falls followed vitamin D, in a study led by the National Institute on Aging.", "National Institute on Aging"),
    ("Night splints eased pain, a trial led by the University of Otago has found.", "University of Otago"),
])
def test_a_funder_or_agency_named_after_the_study_stays_its_venue(text: str, venue: str) -> None:
    assert [a.venue for a in find_attributions(text) if a.venue] == [venue]
