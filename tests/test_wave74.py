"""Wave 74, from probe 27 (real text) after its one score and the snippet banks: the control arm's
own course told alone is no null finding of the treatment's, and what came of a commenter's
treatment, told in the next sentence of the same post, joins that post's claim."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from pipeline.model import Block, Document


def _claims(text: str, label: str = "main") -> list:
    document = Document("doc-w74", "w74.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), label, "paragraph")])
    return extract([document])[0].claims


@pytest.mark.parametrize(
    "text",
    ["There was no improvement in the children who took the placebo.", "There was no improvement in the placebo group.",
     "The placebo group showed no change."],
)
def test_the_control_arms_own_course_alone_is_no_finding(text: str) -> None:
    assert parse_direction(text, "placebo") == "unknown"


@pytest.mark.parametrize(
    "text",
    ["There was no improvement in the drug group compared with placebo.", "There was no improvement with melatonin."],
)
def test_a_null_about_the_treatment_stays_null(text: str) -> None:
    assert parse_direction(text, "placebo") == "null"


def test_a_gain_beside_the_control_arms_standstill_stays_a_gain() -> None:
    [claim] = _claims("A trial by Richardson et al. (2005) gave fish oil or placebo to 117 children. Tests given to the "
                      "children who took fish oil revealed an increase in attention. There was no improvement in the "
                      "children who took the placebo.")
    assert claim.direction == "positive"


def test_what_came_of_a_commenters_treatment_joins_the_post() -> None:
    [claim] = _claims("Folks keep saying lion's mane fixes brain fog. Took 1000mg daily for 2 months. Fog is exactly the "
                      "same.", "comments")
    assert claim.direction == "null" and claim.evidence.text.endswith("exactly the same.")


@pytest.mark.parametrize(
    "text",
    ["I put sunflower oil on her cheeks every day and the rash got worse within a fortnight. Switched to a plain "
     "ointment and it calmed down in days.",
     "We use a saline nasal spray twice a day and it seems to have helped with the congestion. Can't say if it's done "
     "anything for her ears though."],
)
def test_another_treatment_or_an_unsure_aside_stays_out(text: str) -> None:
    claims = _claims(text, "comments")
    assert claims and all("Switched" not in c.evidence.text and "Can't say" not in c.evidence.text for c in claims)
