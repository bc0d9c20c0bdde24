"""A place opening the sentence before an author list is no author: "In Uganda, Lutalo and Ochieng (2021)"."""

import pytest

from extractors.attribution import find_attributions


@pytest.mark.parametrize(
    ("sentence", "author", "year"),
    [
        ("In Uganda, Lutalo and Ochieng (2021) found that a fixed dose raised fetal haemoglobin.", "Lutalo", 2021),
        ("In Denmark, Holm et al. (2018) randomised 80 adults to nightly melatonin or placebo.", "Holm", 2018),
        ("Results differed by setting. In Brazil, Costa and Lima (2016) saw no benefit of the spray.", "Costa", 2016),
        ("In Smith, Jones and Lee (2019), the effect on pain was small.", "Smith", 2019),
    ],
)
def test_the_author_list_after_an_opening_place(sentence: str, author: str, year: int) -> None:
    assert [(hit.first_author, hit.year) for hit in find_attributions(sentence) if hit.kind == "author-year"] == [(author, year)]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("In an earlier multicentre trial in Ghana, Asante et al. gave hydroxyurea to 96 children [2].", "Asante"),
        ("A community trial in Kenya, Otieno and colleagues found fewer pain crises [4].", "Otieno"),
        ("Working in Norway, Lund et al. followed 300 patients for five years [7].", "Lund"),
    ],
)
def test_the_author_after_a_place_named_before_et_al(sentence: str, author: str) -> None:
    assert [hit.first_author for hit in find_attributions(sentence) if hit.kind == "author"] == [author]
