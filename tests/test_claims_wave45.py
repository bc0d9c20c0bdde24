"""Wave 45: a result sentence and the follow-on result that says 'also' of the same trial are one claim."""

from __future__ import annotations

import pytest

from text_claims import text_claims

_FOLLOW_ONS = [
    ("After six months, 58% of children in the school-based programme had stopped wetting the bed, compared with "
     "31% of those on the waiting list.",
     "Parents' ratings of the child's self-esteem also improved more in the programme group."),
    ("By week 12, systolic pressure had fallen by 14 mmHg in the pharmacist-led clinic against 6 mmHg with usual "
     "care.",
     "Adherence to medication, measured by pill count, also improved more in the pharmacist-led group."),
    ("Two years on, 22% of the women given the vaginal pessary had delivered before 34 weeks versus 35% of those "
     "given nothing.",
     "Admissions to neonatal intensive care also decreased more in the pessary group."),
]


@pytest.mark.parametrize(("result", "follow_on"), _FOLLOW_ONS)
def test_a_result_followed_by_one_that_says_also_is_one_claim(result: str, follow_on: str) -> None:
    (claim,) = text_claims(f"{result} {follow_on}\n")
    assert claim.evidence.text == f"{result} {follow_on}"


def test_a_follow_on_after_a_sentence_that_reports_no_result_stands_alone() -> None:
    text = ("The hospital opened a new stroke unit in 2019. Mortality at 30 days also improved more in the thrombolysis "
            "group than in the control group.\n")
    claims = text_claims(text)
    assert [c.evidence.text for c in claims] == [text.split(". ", 1)[1].strip()]
