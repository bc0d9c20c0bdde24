"""Double-dummy designs: each arm takes its own treatment plus a dummy of the other's
("light plus a placebo capsule, or fluoxetine plus an inactive light box"). The dummies
only keep the blind; the comparator is the other arm's active treatment, so the dummy
halves are cut before the arms are read.
"""

from __future__ import annotations

import re

_DUMMY_WORDS = ("placebo", "sham", "inactive", "inert", "dummy", "deactivated", "detuned", "matching")
# "plus a placebo capsule", "with matching placebo tablets", "+ sham acupuncture", "and an inactive light device":
# the joiner, the dummy's qualifier and up to three words naming its form, up to where the arm ends.
_DUMMY_HALF = re.compile(
    r"\s*,?\s*(?:plus|with|and|\+)\s+(?:(?:an?|the|matching|identical|look-?alike)\s+){0,2}"
    r"(?:placebo|sham|inactive|inert|dummy|deactivated|detuned)\b(?:[\s\-]+(?!(?:or|for|versus|vs|and|to|in|at|during|until|daily|"
    r"twice|once|each|every)\b)[a-z][\w\-]*){0,3}"
    r"(?=\s*(?:[,;.()]|\bor\b|\bfor\b|\bversus\b|\bvs\b|\bdaily\b|\btwice\b|\bonce\b|\beach\b|\bevery\b|$))",
    re.IGNORECASE,
)


def without_dummy_halves(text: str) -> str | None:
    """``text`` with the dummy half of each arm cut out, when at least two arms carry one
    (a double-dummy design); None when it is no such design, so a single "plus placebo"
    arm (an add-on trial, where placebo is the comparator) is left alone."""
    lowered = text.lower()
    if sum(lowered.count(word) for word in _DUMMY_WORDS) < 2:
        return None
    halves = list(_DUMMY_HALF.finditer(text))
    if len(halves) < 2:
        return None
    return _DUMMY_HALF.sub("", text)
