"""Wave 39: an event said to be more or less frequent with one arm; the other arm's own null in a
contrasting clause; the share of a cohort that did not respond, beside the share that did."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        # neurology: a second active arm judged against placebo in the contrasting clause
        ("Gabapentin reduced pain scores, whereas pregabalin was no better than placebo.", "pregabalin", "positive"),
        ("Topiramate cut migraine days, whereas propranolol was no better than placebo.", None, "positive"),
        # the control group's own standstill
        ("Exacerbations fell with azithromycin, while the placebo group showed no change.", None, "positive"),
        # the treatment itself named again, or a pronoun: its own null at another time point
        ("Gabapentin reduced pain scores at 4 weeks, whereas gabapentin was no better than placebo at 12 weeks.", "placebo", "mixed"),
        ("Gabapentin reduced pain scores at 4 weeks, whereas it was no better than placebo at 12 weeks.", "placebo", "mixed"),
        # a second outcome of the same arm that did not move stays a second finding
        ("Sleep latency improved with melatonin, while total sleep time did not change.", "placebo", "mixed"),
    ],
)
def test_the_other_arms_null_in_a_contrasting_clause(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paediatric neurology: a responder share and the share with no benefit
        ("Of the children, 58% had at least a 50% fall in seizure frequency, while 30% reported no benefit.", "positive"),
        # veterinary dermatology: the rest of the cohort
        ("Two thirds of the dogs improved on the diet, and the rest showed no change.", "positive"),
        # rheumatology: the remaining share did not respond
        ("Pain scores fell in 70% of patients after the injection; the remaining 30% did not respond.", "positive"),
        # a second outcome that failed is still a second finding
        ("Of the women, 62% had fewer hot flushes, but sleep quality did not improve.", "mixed"),
    ],
)
def test_the_share_that_did_not_respond_is_part_of_a_response_rate(text: str, expected: str) -> None:
    assert parse_direction(text) == expected
