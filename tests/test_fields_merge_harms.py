"""Harms no more common than in the other arm are a claim's finding only when no other
sentence of the claim states one: beside an efficacy finding they would make it mixed."""

import pytest

from text_claims import text_claims as _claims

_BESIDE_EFFICACY = [
    ("In a trial of 212 adults with type 2 diabetes, tirzepatide lowered HbA1c more than placebo (Okafor et al., 2023). "
     "Adverse events were not more common with tirzepatide than with placebo.", "positive"),
    ("Lindqvist et al. (2019) randomised 310 adults with migraine to erenumab or placebo; monthly migraine days did not "
     "differ at week 12. Side effects were no more frequent with erenumab than with placebo.", "null"),
    ("In 88 children with eczema, the cream reduced EASI scores compared with vehicle [4]. Withdrawals were not "
     "significantly more common with the cream than with vehicle.", "positive"),
]
_ALONE = [
    "In 140 smokers, adverse events were not significantly more common with cytisine than with placebo (Brandt 2021).",
    "Across 6 trials of 2,400 patients [7], serious adverse events were no more frequent with the biologic than with placebo.",
]


@pytest.mark.parametrize(("text", "direction"), _BESIDE_EFFICACY)
def test_harms_no_more_common_give_way_to_the_efficacy_finding(text: str, direction: str) -> None:
    (claim,) = _claims(text)
    assert claim.direction == direction


@pytest.mark.parametrize("text", _ALONE)
def test_harms_no_more_common_alone_are_a_null_finding(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.direction == "null"
