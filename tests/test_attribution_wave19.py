"""Attributions news and papers print that the reader missed: a journal the study was "featured
in", the scientist who presented a report at a meeting, the person before "from <place> and
colleagues" when the title and given name precede the surname, and a superscript list flattened
after a full stop with a space after some commas. (Names and journals below are invented.)"""

import pytest

from extractors.attribution import find_attributions


def _kinds(text: str) -> list[tuple]:
    return [(a.kind, a.first_author, a.venue, a.year, a.markers) for a in find_attributions(text)]


@pytest.mark.parametrize("text, venue, year", [
    ("The study, featured in the Journal of Advanced Pharmaceutical Technology and Research, tested hibiscus tea in "
     "46 patients with hypertension.", "Journal of Advanced Pharmaceutical Technology and Research", None),
    ("A 2019 study, featured in Sleep Medicine, found that melatonin shortened sleep onset.", "Sleep Medicine", 2019),
    ("The trial, which was featured in JAMA Pediatrics, enrolled 300 toddlers.", "JAMA Pediatrics", None),
])
def test_a_study_featured_in_a_journal_names_its_venue(text, venue, year):
    assert any(kind == "venue-year" and v == venue and y == year for kind, _, v, y, _ in _kinds(text))


def test_featured_without_a_journal_is_no_venue():
    assert not any(kind == "venue-year" for kind, *_ in _kinds("The study featured in our newsletter was small."))


@pytest.mark.parametrize("text, author", [
    ("Hibiscus tea lowered blood pressure, according to a report presented Jan. 8 by nutrition scientist Diane McKay "
     "at the American Heart Association's annual conference.", "McKay"),
    ("Tai chi eased knee pain, according to findings presented Monday by rheumatologist Dr. Chen Wang at the "
     "American College of Rheumatology meeting.", "Wang"),
    ("The data, presented by Professor Ingrid Solberg at the congress, showed fewer relapses.", "Solberg"),
])
def test_the_presenter_of_a_report_is_its_author(text, author):
    assert any(kind == "role-author" and first == author for kind, first, *_ in _kinds(text))


def test_presented_by_an_organisation_names_no_author():
    assert not any(kind == "role-author" for kind, *_ in _kinds(
        "The guidance, presented by the American Heart Association at its meeting, was welcomed."))


@pytest.mark.parametrize("text, author", [
    ("Dr René Bijkerk from University Medical Center Utrecht and colleagues randomised 275 patients.", "Bijkerk"),
    ("Dr Anna Kowalska from the Medical University of Warsaw and colleagues randomised 120 children.", "Kowalska"),
    ("Professor Liam O'Brien from Trinity College Dublin and colleagues enrolled 80 adults.", "O'Brien"),
])
def test_dr_given_name_surname_from_place_and_colleagues(text, author):
    assert [(kind, first) for kind, first, *_ in _kinds(text)] == [("author", author)]


@pytest.mark.parametrize("text, markers", [
    ("Elderberry can relieve symptoms of influenza.1, 5,6,7", ("1", "5", "6", "7")),
    ("Both trials favoured elderberry (p < 0.001 in both studies).5, 6.", ("5", "6")),
    ("Zinc shortened colds in two trials.3, 4 Later work disagreed.", ("3", "4")),
])
def test_a_flattened_superscript_list_after_a_full_stop(text, markers):
    assert [m for *_, m in _kinds(text)] == [markers]


@pytest.mark.parametrize("text", [
    "The doses were 2.5, 5 and 10 mg.",
    "Scores fell from 24.1, 22.5 and 20.3 at baseline.",
])
def test_decimals_in_a_list_are_no_markers(text):
    assert not any(m for *_, m in _kinds(text))
