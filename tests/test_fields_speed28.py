"""Cues regrouped by their first letter (lexicon.by_first_letter) match exactly what the
flat alternation matches: same spans, same blanking, whatever the sentence."""

import re

import pytest

from extractors.fields import direction
from extractors.fields.lexicon import _first_letters, by_first_letter

SENTENCES = [
    "Mortality was higher with dexamethasone than with usual care in ventilated adults.",
    "Fluoxetine did not reduce panic attacks; remission rates were similar in both arms.",
    "In the knee osteoarthritis trial, pain scores fell more with placebo, and no significant difference was seen.",
    "Asthma exacerbations increased the risk of admission, whereas symptoms disappeared in the budesonide arm.",
    "The primary outcome was not met; hospital stays were longer in the early-surgery group.",
    "Children given zinc had shorter diarrhoea episodes, but neither dose slowed weight loss.",
]


@pytest.mark.parametrize("pattern", [
    r"\bno\s+(?:effect|benefit)\b|(?<!not\s)\bmore\s+deaths\b|\b(?:had\s+)?(?:faded|waned)\b",
    r"(?:very\s+)?(?:large|small)\s+effect|(?<=;\s)[\w-]+\s+similar|\bnone\b",
])
def test_a_dispatched_alternation_matches_like_the_flat_one(pattern: str) -> None:
    flat = re.compile(r"(?<![a-z])(?=[a-z])(?:" + pattern + ")")
    grouped = re.compile(r"(?<![a-z])(?=[a-z])(?:" + by_first_letter(pattern) + ")")
    for text in ["the drug had no effect; arms similar, very small effect", "more deaths; none had faded", "it waned"]:
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in grouped.finditer(text)]


@pytest.mark.parametrize("cue, letters", [
    (r"(?<!not\s)\bmore\s+deaths", ({"m"}, False)),
    (r"\b(?:had\s+)?(?:faded|waned)", ({"h", "f", "w"}, False)),
    (r"(?:very\s+)*large", ({"v", "l"}, False)),
    (r"[\w-]+\s+similar", (None, False)),
    (r"(?:a|b)?", ({"a", "b"}, True)),
])
def test_first_letters_of_a_cue(cue: str, letters: tuple) -> None:
    assert _first_letters(cue) == letters


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_dispatched_passes_blank_what_the_flat_ones_blank(sentence: str) -> None:
    lowered = sentence.lower()
    for flat_cues, letter_first in ((direction._NEGATIVE, True), (direction._NULL, True), (direction._IGNORE, False), (direction._NEGATIVE_CONTROL, False)):
        flat = direction._cues(flat_cues, letter_first=letter_first)
        grouped = direction._cues(flat_cues, letter_first=letter_first, dispatch=True)
        assert flat.subn("#", lowered) == grouped.subn("#", lowered)
