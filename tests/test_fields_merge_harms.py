"""A sentence reporting harms alone (no more common than in the other arm, or more common)
is a claim's finding only when no other sentence of the claim states one: beside an
efficacy finding it would make that finding mixed or negative."""

import pytest

from text_claims import text_claims as _claims

_BESIDE_EFFICACY = [
    ("In a trial of 212 adults with type 2 diabetes, tirzepatide lowered HbA1c more than placebo (Okafor et al., 2023). "
     "Adverse events were not more common with tirzepatide than with placebo.", "positive"),
    ("Lindqvist et al. (2019) randomised 310 adults with migraine to erenumab or placebo; monthly migraine days did not "
     "differ at week 12. Side effects were no more frequent with erenumab than with placebo.", "null"),
    ("In 88 children with eczema, the cream reduced EASI scores compared with vehicle [4]. Withdrawals were not "
     "significantly more common with the cream than with vehicle.", "positive"),
    ("Duloxetine 60 mg once daily was non-inferior to pregabalin on pain severity in 288 patients (Marangoni et al., 2019). "
     "Nausea was more common with duloxetine (18% vs 7%).", "null"),
    ("In 150 adults with hidradenitis, the antibody reduced abscess counts more than placebo [3]. Serious infections were "
     "reported in 4% and 1%.", "positive"),
    ("Rahman et al. (2021) found that ginger shortened labour pain scores compared with placebo in 120 women. The rate of "
     "heartburn and dizziness was higher with ginger.", "positive"),
    ("In 90 adults with vitiligo [8], the JAK inhibitor cream improved repigmentation more than vehicle. Burning and "
     "erythema, however, were reported in 14% of patients using it compared with 3% on vehicle.", "positive"),
]
_ALONE = [
    "In 140 smokers, adverse events were not significantly more common with cytisine than with placebo (Brandt 2021).",
    "Across 6 trials of 2,400 patients [7], serious adverse events were no more frequent with the biologic than with placebo.",
]
_HARM_ALONE_NEGATIVE = [
    "In 96 older adults (Kaur 2018), falls were not reduced, and dizziness was more common with the drug than with placebo.",
    "Weight gain was greater with olanzapine than with aripiprazole in 240 adolescents (Ostrowski et al., 2017).",
]


@pytest.mark.parametrize(("text", "direction"), _BESIDE_EFFICACY)
def test_harms_no_more_common_give_way_to_the_efficacy_finding(text: str, direction: str) -> None:
    (claim,) = _claims(text)
    assert claim.direction == direction


@pytest.mark.parametrize("text", _ALONE)
def test_harms_no_more_common_alone_are_a_null_finding(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.direction == "null"


@pytest.mark.parametrize("text", _HARM_ALONE_NEGATIVE)
def test_a_harm_the_claim_reports_with_no_efficacy_sentence_still_counts(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.direction == "negative"
