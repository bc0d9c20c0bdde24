"""Lexicon files and the trie-shaped regexes that match them.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every
position, so a flat alternation of hundreds of phrases costs hundreds of attempts per
character. Folding the phrases into a prefix trie first ("hamilton (?:anxiety|depression)
...") lets the engine drop every branch after one character, which keeps a 500-phrase
lexicon at a few microseconds per sentence on plain strings — no Doc needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).parent


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon next to this module; '#' lines and blanks skipped."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def trie_pattern(phrases: Iterable[str], strict_spaces: bool = False, not_after: str | None = None) -> str:
    """One regex (no groups) matching any of ``phrases`` literally, longest first.

    A space or hyphen in a phrase matches any run of whitespace or hyphen-like dashes,
    so "wait list", "wait-list", "wait‐list" and a line-wrapped "wait\\nlist" are the
    same phrase; an apostrophe may be curly or missing. With ``strict_spaces``
    (abbreviations) a space is a space and a hyphen any hyphen-like dash, so "Y‐BOCS"
    (U+2010, common in PubMed) is "Y-BOCS". :func:`phrase_key` maps what a loose
    pattern matched back to the phrase it came from.

    With ``not_after``, a character class (``r"[\\w\\-]"``), no phrase matches right after
    such a character. The check follows each phrase's first character, so the pattern
    starts with the set of first characters, which the engine scans for at C speed: for
    abbreviations, capitals in mostly lowercase text, that halves the cost of a
    leading look-behind.
    """
    trie: dict = {}
    for phrase in phrases:
        if not strict_spaces:
            phrase = re.sub(r"[\s\-]+", " ", phrase)
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    special = _STRICT if strict_spaces else _LOOSE
    if not_after is None:
        return _node_pattern(trie, special)
    if "" in trie or any(char in special for char in trie):  # a first "character" that may span several
        return f"(?<!{not_after})" + _node_pattern(trie, special)
    guard = rf"(?<!{not_after}[\s\S])"
    return "(?:" + "|".join(re.escape(char) + guard + _node_pattern(child, special) for char, child in sorted(trie.items())) + ")"


_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014"
_KEY_SPACES = re.compile(r"[\s\-\u2010-\u2014]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


def phrase_key(text: str) -> str:
    """The lookup key of a lexicon phrase or of what a loose trie pattern matched:
    lowercased, spaces and dashes as one space, apostrophes dropped (translated only when it
    holds one: translating costs more than the rest, even when nothing changes)."""
    key = _KEY_SPACES.sub(" ", text.lower())
    return key.translate(_APOSTROPHES) if "'" in key or "`" in key or not key.isascii() else key

# An apostrophe is optional and of any kind: "Children's", "Children’s", "Childrens".
_LOOSE = {" ": rf"[\s{_DASHES}]+", "-": rf"[\s{_DASHES}]+", "'": "['\u2019\u2018`]?"}
_STRICT = {" ": r"\s+", "-": rf"[{_DASHES}]"}


def _node_pattern(node: dict, special: dict[str, str]) -> str:
    ends_here = "" in node
    branches = [
        (special.get(char) or re.escape(char)) + _node_pattern(child, special)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    if len(branches) > 1 and not ends_here:
        return body
    return body + "?" if ends_here else body


class CaselessPattern:
    """A case-insensitive regex whose ``found`` answers whether it occurs in a text.

    ``re.IGNORECASE`` doubles the cost of a scan; ASCII text is instead lowercased and
    scanned case-sensitively, which finds exactly the same matches. Text outside ASCII
    keeps the IGNORECASE scan: there case folding and lowercasing part ways ("ſ" matches
    "s" but lowercases to itself). The pattern's literals must be lowercase.
    """

    def __init__(self, pattern: str) -> None:
        if any(char.isupper() for char in re.sub(r"\\.", "", pattern)):
            raise ValueError(f"a caseless pattern's literals must be lowercase: {pattern[:60]!r}")
        self._lowered = re.compile(pattern)
        self._caseless = re.compile(pattern, re.IGNORECASE)

    def found(self, text: str) -> bool:
        if text.isascii():
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None


def word_starts_after_letter(pattern: str) -> str:
    """``pattern`` with each top-level alternative's leading ``\\b`` before a letter moved
    after that letter (``\\bno\\s`` -> ``n(?<!\\wn)o\\s``); a group of words after the
    ``\\b`` gets the check in each word. Same matches: before a letter ``\\b`` means no
    word character before it. An alternative that starts with a literal is skipped by the
    engine after one comparison when its letter is not there, while one that starts with
    ``\\b`` is entered at every word; in a long alternation of word cues that halves the
    scan. Alternatives of another shape are kept as written.
    """
    return "|".join(_checked_after_letter(alternative) for alternative in _top_level_alternatives(pattern))


def by_first_letter(pattern: str) -> str:
    """``pattern``, an alternation of cues matched at a letter, rewritten so that at each
    letter only the cues that can start with it are tried, in their order.

    The engine enters every cue that opens with a look-behind or ``\\b`` at every word. Here
    the letters are split into a few ranges, each behind a look-ahead for its letters
    (``(?=[a-f])(?:...)``), and split again down to the letters that share one list of cues,
    so a word costs a handful of one-character look-aheads and the few cues of its letter
    (measured 1.2-2x faster than one look-ahead per run of cues on the long lists, slower on
    the short ones, hence per pass). A cue goes under every letter it can start with, and
    under all of them when that is unknown: at each position the cues that can match are
    tried in their order, so the matches are the flat alternation's.
    """
    alternatives = _top_level_alternatives(pattern)
    letters_of = []
    for alternative in alternatives:
        first, can_be_empty = _first_letters(alternative)
        letters_of.append(_LETTERS if first is None or can_be_empty else frozenset(first))
    letters_by_cues: dict[tuple[int, ...], str] = {}
    for letter in sorted(_LETTERS):
        cues = tuple(index for index, letters in enumerate(letters_of) if letter in letters)
        if cues:
            letters_by_cues[cues] = letters_by_cues.get(cues, "") + letter
    leaves = sorted((letters, "|".join(alternatives[index] for index in cues)) for cues, letters in letters_by_cues.items())
    return _letter_ranges(leaves)


def _letter_ranges(leaves: list[tuple[str, str]], fan: int = 4) -> str:
    """The leaves' (letters, cues) behind at most ``fan`` look-aheads per level."""
    if len(leaves) == 1:
        return leaves[0][1]
    size = -(-len(leaves) // fan)
    parts = [leaves[start : start + size] for start in range(0, len(leaves), size)]
    return "|".join(
        "(?=[" + "".join(letters for letters, _ in part) + "])(?:" + _letter_ranges(part, fan) + ")" for part in parts
    )


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_QUANTIFIER = re.compile(r"(?:[?*+]|\{(\d*)(?:,\d*)?\})\??")


def _first_letters(pattern: str) -> tuple[set[str] | None, bool]:
    """The letters a match of ``pattern`` can start with (None: unknown) and whether it can
    match nothing, read through look-arounds, ``\\b``, literal letters and ``(?:...)`` groups."""
    while True:
        if pattern.startswith(r"\b"):
            pattern = pattern[2:]
        elif pattern.startswith(("(?<!", "(?<=", "(?=", "(?!")):
            pattern = pattern[_group_end(pattern) + 1 :]
        else:
            break
    if not pattern:
        return set(), True
    if "a" <= pattern[0] <= "z":
        letters, can_be_empty, rest = {pattern[0]}, *_quantified(pattern, 1)
    elif pattern.startswith("(?:"):
        end, letters, inner_empty = _group_end(pattern), set(), False
        for alternative in _top_level_alternatives(pattern[3:end]):
            first, empty = _first_letters(alternative)
            if first is None:
                return None, False
            letters |= first
            inner_empty |= empty
        can_be_empty, rest = _quantified(pattern, end + 1)
        can_be_empty |= inner_empty
    else:
        return None, False
    if not can_be_empty:
        return letters, False
    more, empty = _first_letters(rest)
    return (None, False) if more is None else (letters | more, empty)


def _quantified(pattern: str, position: int) -> tuple[bool, str]:
    """Whether the quantifier at ``position`` (if any) allows no repeat, and the pattern after it."""
    quantifier = _QUANTIFIER.match(pattern, position)
    if not quantifier:
        return False, pattern[position:]
    optional = quantifier.group(0)[0] in "?*" or (quantifier.group(0)[0] == "{" and (quantifier.group(1) or "0") == "0")
    return optional, pattern[quantifier.end() :]


def _checked_after_letter(alternative: str) -> str:
    if alternative.startswith(r"\b"):
        moved = _word_with_check(alternative[2:])
        if moved:
            return moved
    return alternative


def _word_with_check(pattern: str) -> str | None:
    """``pattern``, which must start a word, with the check after its first letter; None
    when it does not start with a plain letter or a group of such words."""
    if len(pattern) > 1 and "a" <= pattern[0] <= "z" and pattern[1] not in "?*+{":
        return pattern[0] + rf"(?<!\w{pattern[0]})" + pattern[1:]
    if pattern.startswith("(?:"):
        end = _group_end(pattern)
        if pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return None
        words = [_word_with_check(word) for word in _top_level_alternatives(pattern[3:end])]
        if all(words):
            return "(?:" + "|".join(words) + ")" + pattern[end + 1 :]
    return None


def _regex_tokens(pattern: str) -> Iterable[tuple[int, str]]:
    """(position, token) of ``pattern``: an escape, a character class or one character."""
    position = 0
    while position < len(pattern):
        if pattern[position] == "\\":
            end = position + 2
        elif pattern[position] == "[":
            end = position + 1
            end += pattern[end : end + 1] == "^"
            end += pattern[end : end + 1] == "]"  # a "]" first in a class is literal
            while pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            end += 1
        else:
            end = position + 1
        yield position, pattern[position:end]
        position = end


def _top_level_alternatives(pattern: str) -> list[str]:
    alternatives, depth, start = [], 0, 0
    for position, token in _regex_tokens(pattern):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            alternatives.append(pattern[start:position])
            start = position + 1
    alternatives.append(pattern[start:])
    return alternatives


def _group_end(pattern: str) -> int:
    """The position of the ")" closing the group that opens ``pattern``."""
    depth = 0
    for position, token in _regex_tokens(pattern):
        depth += (token == "(") - (token == ")")
        if depth == 0:
            return position
    raise ValueError(f"unbalanced group: {pattern[:60]!r}")
