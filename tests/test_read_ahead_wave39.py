"""Reading a document's sentences ahead, field by field, changes when the fields are
parsed, never what they hold nor which claims the document makes."""

from __future__ import annotations

import pytest

from extractors import claims, extract, fields
from pipeline.model import Block, Document

SENTENCES = [
    "In a trial of 212 adults with chronic migraine, erenumab 70 mg monthly cut migraine days more than placebo [3].",
    "Smith et al. (2019) randomized 48 children with atopic dermatitis to dupilumab or placebo and found no difference in EASI.",
    "Patients given 5 mg of apixaban had fewer strokes than those on warfarin.",
    "The nursing home study of 80 residents is still recruiting.",
    "Many clinicians discuss sleep hygiene with their patients.",
]


def test_reading_ahead_parses_every_on_demand_field_as_a_later_read_would():
    abbreviations = fields.learn_abbreviations(" ".join(SENTENCES))
    values = [fields.analyse(text, abbreviations) for text in SENTENCES]
    fields.read_on_demand_fields(values)
    for text, value in zip(SENTENCES, values):
        assert {"outcome_measures", "population", "direction", "ongoing_trial"} <= vars(value).keys()
        fresh = fields.analyse(text)  # no memo: every field parsed on its own read
        assert (value.outcome_measures, value.population, value.direction, value.ongoing_trial) == (
            fresh.outcome_measures, fresh.population, fresh.direction, fresh.ongoing_trial)


def _document(paragraphs: list[tuple[str, str]]) -> Document:
    text, blocks = "", []
    for body, label in paragraphs:
        blocks.append(Block(len(text), len(text) + len(body), label, "paragraph"))
        text += body + "\n\n"
    return Document("doc-ahead", "ahead.txt", "text", "0" * 64, text=text, blocks=blocks)


DOCUMENTS = [
    _document([(" ".join(SENTENCES[:3]), "main"), (" ".join(SENTENCES[3:]), "main")]),
    _document([("Background on statins and their use in primary prevention.", "main"),
               ("In the JUPITER trial (n = 17,802), rosuvastatin 20 mg lowered LDL cholesterol by 50% versus placebo. "
                "Adverse events were mild.", "main"),
               ("I take 300 mg of magnesium every night and it helped my cramps a lot.", "comments")]),
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=["review", "page with comments"])
def test_claims_are_the_same_without_reading_ahead(document, monkeypatch):
    ahead = [c.to_dict() for c in extract([document])[0].claims]
    monkeypatch.setattr(claims, "_read_ahead", lambda plan, parsed, abbreviations: None)
    assert ahead == [c.to_dict() for c in extract([document])[0].claims]
    assert ahead  # the documents do make claims
