"""Outcome measures: rating scales and clinical endpoints, mapped to their usual
abbreviation from the lexicon in ``outcomes.tsv``.

Matching is two trie regexes over the plain string rather than a spaCy PhraseMatcher:
the callers hand us table cells and CSV fields as well as sentences, and tokenising a
cell just to match it costs more than the whole regex pass (about 3 µs per sentence).
Abbreviations match case-sensitively so "CAPS" the scale is not "caps" the word; full
names match case-insensitively.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.fields.lexicon import read_tsv, trie_pattern

_LEFT = r"(?<![\w\-/])"
_RIGHT = r"(?![\w]|-[A-Za-z0-9])"


def _is_abbreviation(alias: str) -> bool:
    return " " not in alias and len(alias) <= 14 and any(c.isupper() or c.isdigit() for c in alias)


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(case-sensitive alias -> canonical, lowercased name -> canonical, canonical -> full name)."""
    exact: dict[str, str] = {}
    names: dict[str, str] = {}
    full_names: dict[str, str] = {}
    for row in read_tsv("outcomes.tsv"):
        canonical, full_name = row[0], row[1]
        aliases = [a.strip() for a in row[2].split(";")] if len(row) > 2 and row[2] else []
        name_only = len(row) > 3 and "name-only" in row[3]
        full_names.setdefault(canonical, full_name)
        for alias in [full_name, *aliases] + ([] if name_only else [canonical]):
            if not alias:
                continue
            if _is_abbreviation(alias):
                exact.setdefault(alias, canonical)
            else:
                names.setdefault(alias.lower(), canonical)
    return exact, names, full_names


_EXACT, _NAMES, FULL_NAMES = _load()
_EXACT_RE = re.compile(_LEFT + "(" + trie_pattern(_EXACT, strict_spaces=True) + ")" + _RIGHT)
# Names are matched against the lowercased text: a case-sensitive scan is twice as fast
# as re.IGNORECASE over the same trie.
_NAMES_RE = re.compile(_LEFT + "(" + trie_pattern(_NAMES) + ")" + _RIGHT)
_SPACES = re.compile(r"[\s\-\u2010-\u2014]+")
_ASCII_DASH = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014"})
_NAME_KEYS = {_SPACES.sub(" ", name): canonical for name, canonical in _NAMES.items()}


def _lower(text: str) -> str:
    """Lowercase without moving offsets (a few characters, like "İ", grow when lowered)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c.lower()[0] for c in text)


def _name_canonical(matched: str) -> str:
    return _NAME_KEYS[_SPACES.sub(" ", matched.lower())]


def parse_outcomes(text: str, local_abbreviations: dict[str, str] | None = None) -> list[str]:
    """Canonical abbreviations of every scale or endpoint named in ``text``, in order of
    first mention. ``local_abbreviations`` (from :func:`learn_abbreviations`) adds the
    document's own short forms, e.g. {"HRSD-17": "HAMD"}."""
    found: list[tuple[int, int, str]] = []
    for match in _NAMES_RE.finditer(_lower(text)):
        found.append((match.start(), match.end(), _name_canonical(match.group(1))))
    for match in _EXACT_RE.finditer(text):
        found.append((match.start(), match.end(), _EXACT[match.group(1).translate(_ASCII_DASH)]))
    if local_abbreviations:
        local_re = _local_pattern(tuple(sorted(local_abbreviations)))
        for match in local_re.finditer(text):
            canonical = local_abbreviations.get(match.group(1).translate(_ASCII_DASH))
            if canonical:
                found.append((match.start(), match.end(), canonical))
    found.sort(key=lambda item: (item[0], -item[1]))
    result: list[str] = []
    covered_until = -1
    for start, end, canonical in found:
        if start < covered_until:
            continue  # "Clinical Global Impression-Improvement" is one measure, not CGI as well
        covered_until = end
        if canonical not in result:
            result.append(canonical)
    return result


@lru_cache(maxsize=256)
def _local_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_LEFT + "(" + trie_pattern(abbreviations, strict_spaces=True) + ")" + _RIGHT)


_PAREN_ABBREVIATION = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9\-&+()]{0,14}?[A-Za-z0-9+)]?)\s*[;,)]")
_SCALE_HEAD = re.compile(
    r"\b(?:scale|inventory|questionnaire|index|test|battery|checklist|schedule|assessment|examination|"
    r"interview|rating|score|measure|survey|profile|task)\s*$",
    re.IGNORECASE,
)


def learn_abbreviations(text: str) -> dict[str, str]:
    """Document-local short forms introduced as "Full Name (ABBR)".

    A full name from the lexicon maps its local abbreviation to the lexicon's one
    ("Hamilton Rating Scale for Depression (HRSD-17)" -> {"HRSD-17": "HAMD"}); an
    unknown instrument whose name ends in Scale/Inventory/Questionnaire/... keeps its
    own abbreviation, so later mentions in tables are still recognised as outcomes.
    Plain regex rather than scispaCy's AbbreviationDetector: that needs a tokenised
    Doc of the whole document and, with a blank pipeline, still only proposes pairs
    that we would have to look up here anyway.
    """
    learned: dict[str, str] = {}
    if "(" not in text:
        return learned
    for match in _PAREN_ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if not any(c.isupper() for c in abbreviation) or abbreviation in _EXACT:
            continue
        before = text[max(0, match.start() - 160) : match.start()].rstrip()
        known = _known_name_ending_at(before)
        if known:
            learned[abbreviation] = known
        elif _SCALE_HEAD.search(before) and _initials_fit(abbreviation, before):
            learned[abbreviation] = abbreviation
    return learned


def _known_name_ending_at(before: str) -> str | None:
    best: str | None = None
    for match in _NAMES_RE.finditer(_lower(before)):
        if match.end() == len(before):
            best = _name_canonical(match.group(1))
    return best


def _initials_fit(abbreviation: str, before: str) -> bool:
    """The abbreviation's first letter starts one of the few words just before it —
    enough to reject "(see Table 2)"-style parentheses without a full alignment."""
    letters = [c for c in abbreviation if c.isalpha()]
    if not letters:
        return False
    words = re.findall(r"[A-Za-z]+", before)[-8:]
    return any(word[0].lower() == letters[0].lower() for word in words)
