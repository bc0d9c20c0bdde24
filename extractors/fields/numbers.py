"""Numbers as written in papers and web pages: digits with thousands separators or
decimal commas, and spelled-out counts ("Forty-two", "one hundred and twenty").

Every field parser reads numbers through here so "1,204", "1 204" and "1.5" mean the
same thing everywhere.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Thin, narrow no-break and no-break spaces all occur as thousands separators.
_SEP = "[,\u00a0\u202f\u2009 ]"
# Atomic in effect: never ends inside a longer number ("12" is not "1" before "2 RCTs").
# A group hyphenated to a unit is a size of its own: "3 240-mL servings" is three servings, not 3240.
# Nor is a product code's number a thousands group: "CX-417 100 mg" is 100 mg of CX-417, "EGb 761
# 240 mg" 240 mg of EGb 761.
DIGITS = rf"(?:(?<![A-Za-z]-)(?<![A-Z]{{2}} )(?<![A-Z]{{2}}[a-z] )\d{{1,3}}(?:{_SEP}\d{{3}}(?!-[a-zµμ]))+|\d+(?:[.,]\d+)?|[.]\d+)(?![\d]|[.,]\d)"

_UNIT_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_WORD = "|".join(_TENS)
# "fifty-\nfive": a hyphen at a line break (PDF text, saved pages), or a soft hyphen,
# still joins the number.
_BELOW_100 = rf"(?:(?:{_TENS_WORD})(?:(?:[-\u2010\u2011\u00ad](?:\r?\n[ \t]*)?| )(?:{_UNIT_WORD}))?|{_UNIT_WORD})"
_HUNDREDS = rf"(?:(?:{_BELOW_100}|a)[ -]hundred(?:(?: and)? {_BELOW_100})?|{_BELOW_100})"
# "One thousand two hundred", "two thousand", "a thousand and fifty".
_THOUSAND = rf"[ -]thousand(?:(?:,| and)? {_HUNDREDS})?"
WORDS = rf"(?:{_HUNDREDS}(?:{_THOUSAND})?|a{_THOUSAND})"
"""A spelled-out count below a million, in lowercase (or with re.IGNORECASE); add word boundaries."""

_WORDS_RE = re.compile(rf"^{WORDS}$", re.IGNORECASE)
_GROUPED_RE = re.compile(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+")
_SEP_RE = re.compile(_SEP)
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011\u00ad]+")


def to_number(text: str) -> float | None:
    """The value of one number as written: "1,204" -> 1204, "0,5" -> 0.5, "Forty-two" -> 42."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit() or text[0] == ".":
        compact = _SEP_RE.sub("", text) if _GROUPED_RE.fullmatch(text) else text
        compact = compact.replace(",", ".")
        try:
            return float(compact)
        except ValueError:
            return None
    if not _WORDS_RE.match(text):
        return None
    return float(_words_value(text.lower()))


def to_int(text: str) -> int | None:
    """A whole count ("1 204" -> 1204), or None for decimals and non-numbers."""
    value = to_number(text)
    if value is None or value != int(value):
        return None
    return int(value)


def _words_value(text: str) -> int:
    total = 0
    current = 0
    for word in _WORD_SPLIT.split(text.replace(",", " ")):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = max(current, 1) * 1000, 0
        elif word == "a":
            current = 1
        # "and" adds nothing
    return total + current
