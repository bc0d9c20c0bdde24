"""Orchestration shortcuts for speed must not change what extraction gives: fields read on
demand equal the parsers' answers, every field is there, and no passage doc is left for
the cycle collector."""

from __future__ import annotations

import dataclasses
import gc

import pytest

from extractors import extract
from extractors.cues import CLAIM_CUE
from extractors.fields import (
    FieldValues,
    analyse,
    learn_abbreviations,
    parse_direction,
    parse_ongoing,
    parse_outcomes,
    parse_population,
)
from extractors.fields.markers import unglue_markers
from pipeline.model import Document

SENTENCES = [
    "In a trial of 40 adults with insomnia, melatonin 3 mg improved PSQI scores versus placebo.",
    "Sertraline did not differ from placebo on the HAMD in 120 outpatients with major depression.",
    "A phase 3 trial of ketamine in treatment-resistant depression is currently recruiting.",
    "Many clinicians discuss sleep hygiene, e.g. in primary care vs. specialist clinics.",
    "Mice given the compound¹ showed lower anxiety than controls in the elevated plus maze.",
    "The Hamilton Rating Scale for Depression (HRSD-17) fell more with the drug than with sham",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fields_read_on_demand_equal_the_parsers_answers(sentence):
    abbreviations = learn_abbreviations("the Hamilton Rating Scale for Depression (HRSD-17) " + sentence)
    values = analyse(sentence, abbreviations)
    text = unglue_markers(sentence)
    assert values.outcome_measures == parse_outcomes(text, abbreviations)
    assert values.population == parse_population(text)
    assert values.direction == parse_direction(text, values.comparator)
    assert values.ongoing_trial == parse_ongoing(text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_field_is_there_and_a_set_field_stays_set(sentence):
    values = analyse(sentence)
    for field in dataclasses.fields(FieldValues):
        getattr(values, field.name)  # none missing, whichever way it is filled
    values.direction, values.population, values.outcome_measures = "mixed", "adults", ["BDI"]
    assert (values.direction, values.population, values.outcome_measures) == ("mixed", "adults", ["BDI"])
    fresh = analyse(sentence)
    fresh.ongoing_trial = True
    assert fresh.ongoing_trial is True


def test_extraction_leaves_no_cyclic_garbage():
    text = ("Smith et al. (2015) randomized 48 adults with panic disorder to sertraline 50 mg or placebo [3]. "
            "The effect did not persist at follow-up (Lee 2019).\n\nBackground prose without numbers.")
    docs = [Document(f"doc-{i}", f"d{i}.txt", "text", "0" * 64, text=text) for i in range(3)]
    extract(docs[:1])
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        results = extract(docs)
        gc.collect()
        garbage = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    assert results and all(r.claims for r in results)
    assert garbage == []


@pytest.mark.parametrize("text, found", [
    ("Twelve of 40 improved.", True), ("It was effective.", True), ("Treatment²", True),
    ("Many clinicians discuss sleep hygiene.", False), ("ＥＦＦＥＣＴＩＶＥ", False), ("Effective", True),
    ("Sleep and mood", False), ("n=3", True), ("١٢ patients", True),
])
def test_claim_cue_digits_or_words(text, found):
    assert CLAIM_CUE.found(text) is found
