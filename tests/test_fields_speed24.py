"""The speed-ups of the field parsers change no value: memos return what a fresh read
gives, gates never skip a sentence the parser would have read something from."""

from dataclasses import fields as dataclass_fields

import pytest

from extractors.fields import FieldValues, analyse, learn_abbreviations

DOCUMENT = (
    "Patients were assessed with the Hamilton Rating Scale for Depression (HRSD-17). "
    "Metformin (MET) was compared with placebo."
)
SENTENCES = [
    "In 120 patients randomised to MET 500 mg or placebo, HRSD-17 scores fell significantly more with MET.",
    "Sertraline 50 mg did not improve HRSD-17 scores compared with placebo (n = 48).",
    "The trial is still recruiting.",
    "Depression is common.",
]


def _values(values: FieldValues) -> dict:
    return {f.name: getattr(values, f.name) for f in dataclass_fields(FieldValues)}


@pytest.mark.parametrize("sentence", SENTENCES)
def test_memoised_analysis_equals_a_fresh_one(sentence: str) -> None:
    abbreviations = learn_abbreviations(DOCUMENT)
    first = analyse(sentence, abbreviations)
    again = analyse(sentence, abbreviations)
    assert again is first
    assert _values(again) == _values(analyse(sentence, learn_abbreviations(DOCUMENT)))
    assert _values(again) == _values(analyse(sentence, dict(abbreviations)))  # a plain dict is never memoised


def test_memo_tells_sentences_apart() -> None:
    abbreviations = learn_abbreviations(DOCUMENT)
    values = [analyse(sentence, abbreviations) for sentence in SENTENCES]
    assert len({id(v) for v in values}) == len(SENTENCES)
    assert [v.n for v in values] == [120, 48, None, None]
    assert values[0].direction == "positive" and values[1].direction == "null"
    assert values[0].comparator == values[1].comparator == "placebo"


def test_memo_is_per_document() -> None:
    """Another document's short forms read the same sentence afresh: "MET" is metformin
    only where the document defines it."""
    sentence = "MET 500 mg was given to 30 patients versus MET 1000 mg."
    defined = analyse(sentence, learn_abbreviations(DOCUMENT))
    undefined = analyse(sentence, learn_abbreviations("No short forms here."))
    assert defined is not undefined
    assert _values(undefined) == _values(analyse(sentence))
