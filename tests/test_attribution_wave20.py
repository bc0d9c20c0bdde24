"""Attribution shapes holdout 14 read wrong: a double surname cut by a PDF line break after
its hyphen, and a review's authors named after what it reviewed."""

import pytest

from extractors.attribution import find_attributions


@pytest.mark.parametrize(("text", "author", "year"), [
    ("in a multicentre trial of 302 anaemic patients (Ruiz-\nOrtega 2017).", "Ruiz-Ortega", 2017),
    ("as Garcia-\nLopez et al. (2015) showed in 80 adults", "Garcia-Lopez", 2015),
    ("as Ha-\nraldsen et al. (2019) showed", "Haraldsen", 2019),
    ("A 2021 review of nine trials by Kaminski and Ross concluded that melatonin shortens sleep onset.", "Kaminski", 2021),
    ("A 2019 meta-analysis of 12 RCTs by Chen et al. found that the drug lowers pain.", "Chen", 2019),
])
def test_authors(text: str, author: str, year: int) -> None:
    assert [(a.first_author, a.year) for a in find_attributions(text) if a.first_author] == [(author, year)]


def test_a_study_of_people_by_an_institution_names_no_author() -> None:
    assert not [a for a in find_attributions("A 2019 study of children by the Mayo Clinic found less pain.") if a.first_author]
