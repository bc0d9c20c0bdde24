"""A paragraph opening on the result just told, followed up ("The advantage was no longer
significant at 12 months"), goes on with the study before it, as PDF text often breaks a
paragraph at a line that ends a sentence."""

import pytest

from text_claims import text_claims as _claims

_STUDY = ("Kowalczyk et al. (2018) randomised 160 patients after hip fracture surgery to supervised home exercise or usual "
          "care; the exercise group walked faster and scored higher on the SPPB at 6 months.\n")


@pytest.mark.parametrize("follow_up", [
    "The advantage was no longer significant at 12 months (p = 0.18).",
    "The benefit disappeared after the programme ended.",
    "The effect did not persist at one year.",
    "This improvement was not maintained at 12 months.",
])
def test_the_follow_up_joins_the_study_and_makes_it_mixed(follow_up: str) -> None:
    (claim,) = _claims(_STUDY + follow_up)
    assert claim.evidence.text.endswith(follow_up) and claim.direction == "mixed"


def test_a_new_study_after_it_is_its_own_claim() -> None:
    claims = _claims(_STUDY + "Ng and Abbott (2020) randomised 86 patients to protein supplements or usual care.")
    assert len(claims) == 2
