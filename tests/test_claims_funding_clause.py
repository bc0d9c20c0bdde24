"""A sentence that only adds who funded the trial, in a clause after something else it says
("The blankets cost about 1,200 pounds each, and the trial was funded by ..."), is no claim."""

import pytest

from text_claims import text_claims as _claims

_TRIAL = "The HOMELIGHT trial randomly assigned 412 newborns to home or hospital phototherapy, and home treatment was non-inferior.\n\n"


@pytest.mark.parametrize("aside", [
    "The blankets cost about 1,200 pounds each, and the trial was funded by the National Institute for Health and Care Research.",
    "Recruitment took two years; the study was sponsored by the Wellcome Trust.",
    "Each device costs 300 dollars, and the research was supported by the National Institutes of Health.",
])
def test_a_funding_clause_after_an_aside_is_no_claim(aside: str) -> None:
    assert len(_claims(_TRIAL + aside)) == 1


def test_a_finding_with_a_funding_clause_stays_a_claim() -> None:
    claims = _claims(_TRIAL + "Readmission fell from 5% to 2% in 300 infants, and the trial was funded by the NIHR.")
    assert len(claims) == 2 and claims[1].direction == "positive"
