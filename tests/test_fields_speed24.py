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


# Gates: a substring test in front of a regex scan skips only texts the regex cannot match.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extractors.fields.comparator import _STANDARD_SHORT_FORM, _STANDARD_SHORT_FORMS  # noqa: E402
from extractors.fields.direction_clauses import _FADE_WORDS, _GAIN_FADED  # noqa: E402
from extractors.fields.direction_numbers import _RAISED_MORE, _RISING_VERBS, raised_more  # noqa: E402

_PIECES = st.sampled_from([
    "the ", "benefit ", "effects ", "improvement ", "was ", "were ", "no longer ", "no\nlonger ", "seen", "lost", "gone",
    "disappeared", "vanished", "faded", "waned", "wore off", "quickly ", "increased ", "raised ", "boosted ", "enhanced ",
    "elevated ", "hdl ", "bmd ", "lumbar spine ", "more than ", "compared with ", "versus ", "vs. ", "placebo", "baseline",
    "MTX", "HA", "5-ASA", "CsA", "alone", " ", ", ", ". ", "not ", "n't ", "12.5% ",
])
_TEXT = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=120))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_rising_verbs_gate_keeps_every_raised_more_match(text: str) -> None:
    lowered = text.lower()
    if _RAISED_MORE.search(lowered):
        assert any(verb in lowered for verb in _RISING_VERBS)
    if not any(verb in lowered for verb in _RISING_VERBS):
        assert raised_more(lowered) is None


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_fade_words_gate_keeps_every_faded_gain(text: str) -> None:
    lowered = text.lower()
    if _GAIN_FADED.search(lowered):
        assert any(word in lowered for word in _FADE_WORDS)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_short_form_scan_equals_a_test_per_short_form(text: str) -> None:
    assert bool(_STANDARD_SHORT_FORM.search(text)) == any(short in text for short in _STANDARD_SHORT_FORMS)


@pytest.mark.parametrize("text", [
    "denosumab increased lumbar spine bmd more than alendronate",
    "the supplement raised hdl compared with placebo",
    "those benefits quickly disappeared during follow-up",
    "the benefit was no longer seen at 12 months",
    "the effect wore off",
])
def test_gates_open_for_the_documented_examples(text: str) -> None:
    assert _RAISED_MORE.search(text) or _GAIN_FADED.search(text)
    assert any(word in text for word in _RISING_VERBS + _FADE_WORDS)


_ONGOING_PIECES = st.sampled_from([
    "we ", "they ", "are ", "is ", "plan ", "plans ", "plans to ", "plan\tto ", "planning ", "planned ", "plant ", "a ", "the ",
    "trial", "study", "start", "launch", "recruit ", "sign up ", "sign-ups ", "signups ", "significant ", "open", "next year ",
    "will ", "be ", "followed", "to ", " ", ", ", ". ",
])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(_ONGOING_PIECES, max_size=25).map("".join), st.text(max_size=120)))
def test_ongoing_prefilter_keeps_every_ongoing_cue(text: str) -> None:
    from extractors.fields.direction import _ONGOING_PREFILTER, _ONGOING_RE

    lowered = text.lower()
    if _ONGOING_RE.search(lowered):
        assert _ONGOING_PREFILTER.search(lowered)


@pytest.mark.parametrize(("text", "ongoing"), [
    ("We plan to start a phase 3 trial next year.", True),
    ("The company plans to launch recruitment in May.", True),
    ("Sign-ups open next week for the new study.", True),
    ("They are planning a larger trial.", True),
    ("Symptoms improved significantly with the plant extract.", False),
])
def test_parse_ongoing_reads_the_plan_and_sign_up_cues(text: str, ongoing: bool) -> None:
    from extractors.fields.direction import parse_ongoing

    assert parse_ongoing(text) is ongoing
