"""Attribution shapes holdout 16 read wrong, as families (studies and people invented): a sample size
written inside the author-year brackets ("Huang et al. (2023; n = 72)") keeps the year, and the
brackets' tail takes no other study's citation."""

import pytest

from extractors.attribution import find_attributions, study_from


@pytest.mark.parametrize(("text", "author", "year"), [
    ("Huang et al. (2023; n = 72) compared tranexamic acid 250 mg twice daily plus sunscreen with sunscreen alone.",
     "Huang", 2023),
    ("Okafor and Lee (2021; N=140) randomised adults with asthma to vitamin D or placebo.", "Okafor", 2021),
    ("In Marsh et al. (2015, n = 48), sertraline reduced panic attacks more than placebo.", "Marsh", 2015),
    ("Patel et al. (2019; 64 patients) found no benefit of glucosamine on knee pain.", "Patel", 2019),
    ("Ruiz (2022; n=30; pilot) reported fewer migraine days with riboflavin 400 mg.", "Ruiz", 2022),
    ("Brandt & Osei (2020, 1,204 women) found tranexamic acid halved blood loss.", "Brandt", 2020),
])
def test_a_sample_size_in_the_year_brackets_keeps_the_year(text: str, author: str, year: int) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.year) == (author, year)


def test_the_bracket_tail_takes_no_other_citation() -> None:
    text = "Smith et al. (2019; n = 40; Lee 2020) found it."
    assert not [a for a in find_attributions(text) if a.first_author == "Smith" and "Lee" in a.text]


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("The study, published in Alimentary Pharmacology & Therapeutics (2003), found that artichoke extract relieved dyspepsia.",
     "Alimentary Pharmacology & Therapeutics", 2003),
    ("Results published in Nutrition & Metabolism (2015) showed lower weight with green tea.", "Nutrition & Metabolism", 2015),
    ("A trial published in Clinical Nutrition (2019) found that 300 adults lost weight.", "Clinical Nutrition", 2019),
    ("Findings were published in Phytotherapy Research (2012) and showed fewer hot flushes.", "Phytotherapy Research", 2012),
])
def test_a_journal_after_published_in_with_its_bracketed_year_is_the_venue(text: str, venue: str, year: int) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.venue, study.year, study.first_author) == (venue, year, None)


def test_an_author_year_after_published_in_stays_an_author() -> None:
    text = "As published in Smith et al. (2003), the dose was 20 mg."
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.year) == ("Smith", 2003)


@pytest.mark.parametrize(("text", "year"), [
    ("A 1999 randomized, double-blind study proposed vitamin C as possible prophylaxis for CRPS.", 1999),
    ("A 2016 open-label, single-centre trial tested melatonin in 40 children.", 2016),
    ("A 2021 multicentre, placebo-controlled RCT found no benefit of zinc.", 2021),
])
def test_a_dated_study_with_comma_joined_design_words_keeps_its_year(text: str, year: int) -> None:
    assert study_from(find_attributions(text), text).year == year


def test_a_decade_before_a_study_is_no_year() -> None:
    text = "Feverfew has been used since the 1980s, when a study found that it reduced migraine frequency."
    assert study_from(find_attributions(text), text).year is None
