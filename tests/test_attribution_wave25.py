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
