"""A measure's change set against the control in a table cell's or a digest's shorthand:
"AK count down 13% vs placebo", "BBS up 4 points versus usual care", "lesion count fell 30%
compared with vehicle", "weight gain +11 kg vs controls", "HbA1c lower vs placebo". Whether the treated did better depends on which way the measure
should move, so only measures the polarity lexicon knows are read (``outcome_polarity.tsv``);
the rest stay unknown."""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL

# The measure named before its change (a cell's words, not a sentence's: no "not"), and the control after it.
_MEASURE = r"(?<![\w()/.'-])(?P<what>(?:[\w()/.'-]+\s+){0,4}?[\w()/.'-]+)\s+"
_AGAINST_CONTROL = r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?" + CONTROL + r"\b"
_CHANGE_WORD = r"(?:down|up|fell|rose|dropped|declined|decreased|increased|climbed)"
_TERSE_CHANGE = re.compile(
    _MEASURE + r"(?:(?P<way>" + _CHANGE_WORD + r")\s+"
    r"(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+)?|(?P<sign>[+−-]))[\d.]+\s*(?:%|percent|[a-z][a-z/]{0,5})?\s*,?\s*"
    r"(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to|over)" + _AGAINST_CONTROL
)
# The same without the size: "HbA1c lower vs placebo", "TT4 higher than with vehicle".
_COMPARED_WORD = r"(?:lower|higher|reduced|increased)"
_TERSE_COMPARED = re.compile(
    _MEASURE + r"(?:(?:was|were)\s+)?(?:significantly\s+|markedly\s+)?"
    r"(?P<way>" + _COMPARED_WORD + r")\s+(?:vs\.?|versus|than(?:\s+with)?|compared\s+(?:with|to)|relative\s+to)" + _AGAINST_CONTROL
)
# What each of the two needs after the measure's last word, in one scan that spares most sentences theirs:
# the measure's scan tries every word as its start (80 us a sentence).
_CHANGE_NAMED = re.compile(
    r"\s(?:" + _CHANGE_WORD + r"\s|[+−-][\d.])|\s" + _COMPARED_WORD + r"\s+(?:vs|versus|than|compared|relative)"
)
_UP = frozenset(["up", "rose", "increased", "climbed", "higher"])
_NEGATED = re.compile(r"\b(?:not|no|n't|never)\b")


def terse_change(lowered: str) -> str | None:
    """positive or negative for a listed measure moved against the control, else None."""
    if not (" vs" in lowered or "versus" in lowered or "compared" in lowered or "relative" in lowered or " over " in lowered or " than " in lowered):
        return None
    if not _CHANGE_NAMED.search(lowered):
        return None
    found = _TERSE_CHANGE.search(lowered) or _TERSE_COMPARED.search(lowered)
    if found is None or _NEGATED.search(found["what"]) or (better := outcome_better(found["what"])) is None:
        return None
    rose = found["way"] in _UP if found["way"] else found["sign"] == "+"
    return "positive" if rose == (better == "higher") else "negative"
