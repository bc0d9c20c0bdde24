"""Words that tell a sentence may state a claim, tested before any field is read: the
general cue (a digit, a study or efficacy word) and a commenter's report of their own
experience ("worked for me", "no difference for me"); and ``GatedPattern``, a costly
case-insensitive pattern behind the words it cannot match without."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.attribution import word_list
from extractors.fields.lexicon import CaselessPattern, trie_pattern


@dataclass(frozen=True)
class GatedPattern:
    """A case-insensitive ``pattern`` searched only in text holding one of ``needs``
    (lowercase words every match contains): most sentences hold none, and substring
    tests cost far less than the scan. Text outside ASCII is always searched, since
    there case folding and lowercasing part ways ("ſ" matches "s")."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]

    def search(self, text: str) -> re.Match[str] | None:
        if not text.isascii():
            return self.pattern.search(text)
        lower = text.lower()
        for word in self.needs:
            if word in lower:
                return self.pattern.search(text)
        return None


@dataclass(frozen=True)
class NumberOrWord:
    """Whether a text holds a digit (or a superscript citation digit) or one of ``words``.
    The digits are looked for first, in a scan for one character class: most sentences
    that state a claim hold a number, and then the word trie never runs."""

    words: CaselessPattern

    def found(self, text: str) -> bool:
        return _DIGIT.search(text) is not None or self.words.found(text)


_DIGIT = re.compile(r"[\d¹²³⁴⁵⁶⁷⁸⁹]")
# Cue lists are folded into prefix tries: a flat alternation of 50 words is tried word by
# word at every position and cost more than the field parsers it is meant to spare.
CLAIM_CUE = NumberOrWord(CaselessPattern(r"\b" + trie_pattern(word_list("claim_cues.txt"))))
COMMENT_CUE = CaselessPattern(trie_pattern(word_list("comment_cues.txt")))

# One study the page goes on to tell, announced by itself ("In one study, ...", "Another trial measured ...",
# "A second study gave ..."), not studies in general ("Other studies have ...").
ONE_STUDY_ANNOUNCED = re.compile(
    r"^\W*(?:in\s+)?(?:another|one|a\s+(?:second|third|further|separate|later|subsequent|different))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:study|trial|RCT|experiment)\b", re.IGNORECASE)
