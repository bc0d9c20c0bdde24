"""The words a regex cannot match without, read from its parse tree.

A pass of cue regexes over a sentence costs tens of microseconds even when nothing
matches, and most sentences lack some word that every cue needs ("more likely to die"
needs "likely" and one of "die", "relapse", ...). :class:`LiteralGate` finds those words in
every cue of a list once, at import, and answers with one scan whether a text holds, for
some cue, one word of each set that cue needs: when it does not, no cue can match and the
pass can be skipped with the same result. The words come from the cues themselves, so a
cue added later is gated by its own words and the gate cannot drop a match.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parse tree's opcodes (Python 3.11+)
from re import _parser as sre_parse

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _selectivity(words: frozenset[str]) -> float:
    """Roughly how often a text holds one of ``words``: short words are common."""
    return sum(4.0 ** -min(len(word), 8) for word in words)


def _no_letter(op: object, argument: object) -> bool:
    """Whether the node matches one character that is never a lowercase ASCII letter."""
    if op is sre.LITERAL:
        return chr(argument) not in _LETTERS
    if op is not sre.IN:
        return False
    for kind, value in argument:
        if kind is sre.LITERAL and chr(value) in _LETTERS:
            return False
        if kind is sre.RANGE and value[0] <= ord("z") and value[1] >= ord("a"):
            return False
        if kind is sre.CATEGORY and value not in (sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT):
            return False
        if kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):  # a negated class
            return False
    return True


def needed_words(pattern: str) -> list[frozenset[str]]:
    """Sets of words such that every match of ``pattern`` holds, at the start of a word
    (after no lowercase ASCII letter), one word of each set (none for a case-insensitive
    pattern)."""
    parsed = sre_parse.parse(pattern)
    return [] if parsed.state.flags & re.IGNORECASE else _needs(parsed, False)[0]


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_WORD_START_MARKS = (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)


def _needs(items: sre_parse.SubPattern | list, word_start: bool) -> tuple[list[frozenset[str]], bool]:
    """The sets of words the parsed ``items`` need (see :func:`needed_words`) and whether
    what follows them starts a word; ``word_start``: whether what they match starts one.

    A word is a run of literal characters that starts with a letter where a word starts:
    after ``\\b``, ``(?<!\\w)``, a space, a digit or punctuation (a run's leading
    non-letters are dropped: " than" is "than"). A group that must match adds its own sets;
    an alternation adds one set, the union of its branches' most selective sets (none when
    a branch needs nothing). Look-arounds and ``\\b`` match no characters, so a run goes on
    past them (a look-ahead's words count: its text must be there too). Anything else ends
    a run, and anything optional or case-insensitive needs nothing."""
    sets: list[frozenset[str]] = []
    run, anchored = "", word_start  # the run so far, and whether it starts a word
    for op, argument in items:
        if op is sre.LITERAL or (op is sre.IN and len(argument) == 1 and argument[0][0] is sre.LITERAL):
            char = chr(argument if op is sre.LITERAL else argument[0][1])
            if run or char in _LETTERS:
                anchored = anchored if run else word_start
                run += char
            word_start = char not in _LETTERS
            continue
        if op is sre.AT:
            if argument in _WORD_START_MARKS and not run:
                word_start = True  # before a letter, \b means no letter before it
            continue
        if op is sre.ASSERT_NOT:
            if argument[0] == -1 and len(argument[1]) == 1 and not run and _letter_class(*argument[1][0]):
                word_start = True  # "(?<!\w)", "(?<![a-z])"
            continue
        if run and anchored:
            sets.append(frozenset({_first_word(run)}))
        run = ""
        if op is sre.ASSERT:
            if argument[0] == 1:  # a look-ahead's text starts where it stands
                sets += _needs(argument[1], word_start)[0]
            continue
        if op is sre.SUBPATTERN and not argument[1] & re.IGNORECASE:
            inner, word_start = _needs(argument[3], word_start)
            sets += inner
        elif op is sre.BRANCH:
            branches = [_needs(branch, word_start) for branch in argument[1]]
            if all(inner for inner, _ in branches):
                sets.append(frozenset().union(*(min(inner, key=_selectivity) for inner, _ in branches)))
            word_start = all(after for _, after in branches)
        elif op in _REPEATS:
            inner, after = _needs(argument[2], word_start)
            if argument[0] >= 1:
                sets += inner
                word_start = after
            else:  # none at all, or some ending where the body ends
                word_start = word_start and after
        else:
            word_start = _no_letter(op, argument)
    if run and anchored:
        sets.append(frozenset({_first_word(run)}))
    return sets, word_start


_SECOND_WORD = re.compile(r"(?<![a-z])[a-z]")


def _first_word(run: str) -> str:
    """``run`` up to where a second word starts ("n't have" -> "n'"): a scan that takes the
    longest word at each word start then finds every word, none starting inside another."""
    second = _SECOND_WORD.search(run, 1)
    return run[: second.start()] if second else run


def _letter_class(op: object, argument: object) -> bool:
    """Whether the node is a class holding every lowercase ASCII letter ("\\w", "[a-z]")."""
    return op is sre.IN and all(kind is not sre.NEGATE for kind, _ in argument) and any(
        (kind is sre.CATEGORY and value == sre.CATEGORY_WORD) or (kind is sre.RANGE and value[0] <= ord("a") and value[1] >= ord("z"))
        for kind, value in argument
    )


class LiteralGate:
    """Whether a text may hold a match of any of ``patterns`` (exact: False means none can
    match), found with one scan for the words they need at the starts of words."""

    def __init__(self, patterns: list[str]) -> None:
        needs: list[tuple[frozenset[str], ...]] | None = []
        for pattern in patterns:
            sets = needed_words(pattern)
            if not sets:  # a cue that needs no word: any text may match
                needs = None
                break
            needs.append(tuple(set(sets)))
        sets = sorted({words for cue in needs or () for words in cue}, key=sorted)
        words = sorted({word for words in sets for word in words})
        # each set is a bit; a word found sets the bits of the sets of the words it starts with
        self._bits = {word: sum(1 << index for index, words in enumerate(sets) if any(word.startswith(needed) for needed in words)) for word in words}
        self._cues = None if needs is None else sorted({sum(1 << sets.index(words) for words in cue) for cue in needs})
        self._scan = re.compile("(?<![a-z])" + _trie(words)) if words else None  # at each word start the longest word

    def may_match(self, text: str) -> bool:
        if self._cues is None:
            return True
        found = 0
        for word in self._scan.findall(text):
            found |= self._bits[word]
        return any(found & cue == cue for cue in self._cues)


def _trie(words: list[str]) -> str:
    """An alternation of ``words``, longest first, folded into a prefix trie (the engine tries one character per branch)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
