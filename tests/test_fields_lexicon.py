"""word_starts_after_letter: a faster spelling of a regex that must find exactly the same matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fields import direction
from extractors.fields.lexicon import word_starts_after_letter


def test_moves_the_word_start_after_the_first_letter():
    assert word_starts_after_letter(r"\bno\s+effect") == r"n(?<!\wn)o\s+effect"
    assert word_starts_after_letter(r"\b(?:was|were)\s+x|\bnull\b") == r"(?:w(?<!\ww)as|w(?<!\ww)ere)\s+x|n(?<!\wn)ull\b"


def test_keeps_alternatives_of_another_shape():
    kept = [r"\bs?md", r"(?<=[;,]\s)similar", r"\b(?:a|an)\s+x", r"\b(?:no|not)?\s+x", r"[|(]\bno", r"\b\d+"]
    for pattern in kept:
        assert word_starts_after_letter(pattern) == pattern


def test_splits_only_at_top_level_bars():
    pattern = r"\bno\s+(?:a|b)[|)]x|\(\bnot\|y"
    assert word_starts_after_letter(pattern) == r"n(?<!\wn)o\s+(?:a|b)[|)]x|\(\bnot\|y"


_PASS_CUES = [direction._NULL, direction._NONSIGNIFICANT, direction._NEGATIVE, direction._STRONG_POSITIVE, direction._LIMITING]
_WORDS = sorted({word for cues in _PASS_CUES for cue in cues for word in re.findall(r"[a-z']{2,}", cue)})
# Cue words, joined by spaces, punctuation or word characters that are not a-z ("1no", "_no", "éno" start no word).
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", " ", ", ", "; ", "1", "_", "é", "-"])), min_size=1, max_size=14).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from(range(len(_PASS_CUES))))
def test_a_pass_finds_the_same_matches(text, index):
    cues = _PASS_CUES[index]
    written = re.compile(r"(?<![a-z])(?=[a-z])(?:" + "|".join(cues) + ")")
    moved = re.compile(r"(?<![a-z])(?=[a-z])(?:" + word_starts_after_letter("|".join(cues)) + ")")
    assert [m.span() for m in moved.finditer(text)] == [m.span() for m in written.finditer(text)]


def test_a_word_character_before_the_cue_still_blocks_it():
    cues = "|".join(direction._NULL)
    moved = re.compile(r"(?<![a-z])(?=[a-z])(?:" + word_starts_after_letter(cues) + ")")
    for prefix in ("1", "_", "é"):
        assert not moved.search(prefix + "no difference in pain")
        assert not moved.search(prefix + "failed to improve")
    assert moved.search("there was no difference in pain")
