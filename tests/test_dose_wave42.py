"""Wave 42: dose noise that unseen text brought, in our own words: an animal's or a baby's weight in brackets
is no dose; a cut patch or suppository gives its share; the other arm's coccidiostat dose is not the claim's."""

import pytest

from extractors.fields import analyse


def _doses(text: str) -> set[tuple[float, str]]:
    return {(d.value, d.unit) for d in analyse(text).dose}


BODY_WEIGHTS = [
    ("Juvenile tilapia (mean 12.4 g) were fed the yeast at 2 or 4 g/kg.", {(2.0, "g/kg"), (4.0, "g/kg")}),
    ("Broiler chicks (initial weight 42 g) received the enzyme at 500 FTU/kg.", {(500.0, "FTU/kg")}),
    ("Preterm neonates (mean weight 1,250 g) received caffeine citrate 20 mg/kg.", {(20.0, "mg/kg")}),
    ("Fingerlings (average 3.5 g) got the probiotic at 1 g/kg.", {(1.0, "g/kg")}),
]


@pytest.mark.parametrize(("text", "doses"), BODY_WEIGHTS)
def test_a_weight_in_brackets_is_no_dose(text: str, doses: set[tuple[float, str]]) -> None:
    assert _doses(text) == doses


def test_a_mean_dose_in_brackets_stays_a_dose() -> None:
    assert _doses("Patients on metformin (mean 1.5 g) had lower HbA1c.") == {(1.5, "g")}


CUT_PRODUCTS = [
    ("She cut a quarter of a 5 mg patch (so about 1.25 mg) and the pain eased.", {(1.25, "mg")}),
    ("He used half of a 10 mg suppository each night.", {(5.0, "mg")}),
]


@pytest.mark.parametrize(("text", "doses"), CUT_PRODUCTS)
def test_a_cut_patch_gives_its_share(text: str, doses: set[tuple[float, str]]) -> None:
    assert _doses(text) == doses


def test_the_other_arms_coccidiostat_dose_is_not_the_claims() -> None:
    text = "Salinomycin at 60 mg/kg gave lower lesion scores than in birds receiving narasin at 70 mg/kg."
    assert _doses(text) == {(60.0, "mg/kg")}
