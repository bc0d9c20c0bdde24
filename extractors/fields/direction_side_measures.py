"""A gain beside a side measure that stayed put: "ADG improved; intake unchanged", "weight gain rose by
8% with feed intake unaffected", "pain fell, and adverse events were similar", "fewer malaria episodes and no excess
infections". Feed intake, safety
and tolerability unchanged beside a gain is no second finding: the gain, with no cost, is positive,
where the passes would read the unchanged measure as a null beside it (mixed).
"""

from __future__ import annotations

import re

_SIDE_MEASURE = (
    r"(?:(?:daily\s+|dry\s+matter\s+|voluntary\s+)?(?:feed\s+|food\s+|energy\s+|water\s+)?intake|feed\s+consumption|dmi|safety|tolerability|"
    r"adverse\s+(?:events?|effects?|reactions?)|side[\s-]effects?|serious\s+adverse\s+events?)"
)
_UNCHANGED = (
    r"(?:unchanged|unaffected|not\s+affected|similar|comparable|no\s+different|not\s+different|did\s*(?:n't|\s+not)\s+(?:differ|change)|"
    r"not\s+(?:significantly\s+)?(?:altered|changed)|(?:was|were)\s+(?:not\s+)?(?:significantly\s+)?(?:unchanged|unaffected|similar|comparable))"
)
# The side measure, then its standstill, in its own clause: "; intake unchanged", "with feed intake unaffected", ", and adverse events were similar".
_SIDE_UNCHANGED = re.compile(
    rf"(?:;|,|\bwith|\bwhile|\band|\bbut|\bwhereas)\s+(?:the\s+)?(?:[\w-]+\s+)?{_SIDE_MEASURE}\s+(?:(?:was|were|remained|stayed|is|are)\s+)?"
    rf"(?:(?:largely|essentially|broadly|generally|statistically)\s+)?{_UNCHANGED}\b(?:\s+(?:between|across|among|in)\s+(?:the\s+)?(?:groups|arms|treatments|both\s+\w+))?"
)
_GATE = ("intake", "consumption", "dmi", "safety", "tolerab", "adverse", "side")
# A harm that did not rise, said as its absence: "fewer malaria episodes and no excess infections", "with no increase in adverse events".
_NO_EXCESS_HARM = re.compile(
    r"(?:;|,|\bwith|\band|\bbut|\bwhile)\s+(?:there\s+(?:was|were)\s+)?no\s+(?:excess|increase|rise)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:infections?|adverse\s+(?:events?|effects?|reactions?)|side[\s-]effects?|complications?|bleed(?:ing|s)?|toxicity|hypoglyc(?:a)?emia|harms?|deaths?)\b"
)
_NO_EXCESS_GATE = ("no excess", "no increase", "no rise")


def side_measure_spans(lowered: str) -> list[tuple[int, int]]:
    """Where ``lowered`` says a side measure stayed put beside the finding."""
    spans = [found.span() for found in _NO_EXCESS_HARM.finditer(lowered)] if any(word in lowered for word in _NO_EXCESS_GATE) else []
    if any(word in lowered for word in _GATE):
        spans += [found.span() for found in _SIDE_UNCHANGED.finditer(lowered)]
    return sorted(spans)
