"""A trial registry record names its control in its intervention list ("Dietary
Supplement: Placebo") when its summary does not."""

import pytest

from text_claims import text_claims as _claims

_RECORD = """ClinicalTrials.gov Identifier: NCT01234567
Omega-3 Fatty Acids for Dry Eye in Older Adults

Brief Summary:
This study will test whether daily fish oil capsules improve tear film stability in adults over 60 with dry eye.

Condition Intervention
Dry Eye Disease
Dietary Supplement: fish oil capsules
{control}

Study Type: Interventional
Allocation: Randomized
Masking: Double
Enrollment: 240
Status: Completed
"""


@pytest.mark.parametrize(("line", "comparator"), [
    ("Dietary Supplement: Placebo", "placebo"),
    ("Drug: Placebo oral capsule", "placebo"),
    ("Device: Sham device", "sham"),
])
def test_the_intervention_list_names_the_control(line: str, comparator: str) -> None:
    (claim,) = _claims(_RECORD.format(control=line))
    assert (claim.n, claim.comparator) == (240, comparator)


def test_a_second_active_intervention_is_no_control() -> None:
    (claim,) = _claims(_RECORD.format(control="Drug: cyclosporine eye drops"))
    assert claim.comparator is None
