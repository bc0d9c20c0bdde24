"""A sentence that only says other studies agreed with the one just told takes that
study's direction; it states none of its own."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _claims(*paragraphs):
    text, blocks = "", []
    for body in paragraphs:
        blocks.append(Block(len(text), len(text) + len(body), "main"))
        text += body + "\n\n"
    (result,) = extract([Document("doc-a", "doc.md", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())])
    return result.claims


POSITIVE = "In a trial of 90 adults, zinc 20 mg shortened colds versus placebo [3]."
NULL = "In a trial of 90 adults, zinc 20 mg did not shorten colds compared with placebo (Hale 2015)."


@pytest.mark.parametrize("first, agreeing, direction", [
    (POSITIVE, "Several smaller trials from Norway and Chile reached similar conclusions.[4][5]", "positive"),
    (POSITIVE, "Two later RCTs confirmed these findings [4,5].", "positive"),
    (POSITIVE, "Similar results were later reported in children (Osei 2018).", "positive"),
    (POSITIVE, "A Danish group found comparable benefits in older adults [6].", "positive"),
    (NULL, "This null result was since replicated in a 2019 trial of 200 adults (Berg 2019).", "null"),
    (NULL, "Two further trials came to the same conclusion (Osei 2018; Lind 2020).", "null"),
])
def test_agreement_takes_the_direction_of_the_claim_before(first, agreeing, direction):
    before, after = _claims(f"{first} {agreeing}")
    assert before.direction == direction and after.direction == direction
    assert after.evidence.text == agreeing


@pytest.mark.parametrize("paragraphs", [
    [f"{POSITIVE} A later trial failed to replicate these findings [4]."],
    [f"{POSITIVE} Two later RCTs did not confirm these findings [4,5]."],
    [POSITIVE, "Two later RCTs confirmed these findings [4,5]."],  # another paragraph
    [f"{POSITIVE} A separate trial of 40 adults reported its results last year [6]."],
])
def test_no_agreement_or_another_paragraph_takes_nothing(paragraphs):
    claims = _claims(*paragraphs)
    assert claims[-1].direction != "positive"


@pytest.mark.parametrize("before, opposing, direction", [
    (NULL, "An older trial reported the opposite, but it had no control group (Osei 2011).", "positive"),
    (POSITIVE, "A later trial found the reverse in children [4].", "negative"),
    (NULL, "A Swedish trial reached the opposite conclusion (Lind 2019).", "positive"),
])
def test_a_study_reporting_the_opposite_takes_the_opposite_direction(before, opposing, direction):
    for paragraphs in ([f"{before} {opposing}"], [before, opposing]):  # the same paragraph or the next one
        assert _claims(*paragraphs)[-1].direction == direction
