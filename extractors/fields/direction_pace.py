"""How fast a disease went its own way in one arm: "faster progression in the vitamin E group",
"cognitive decline was more rapid in those given the supplement", "myopia progressed more slowly with
the drops than with placebo".

A faster course of a disease is a loss, a slower one a gain, and both turn when the arm named is the
control ("more rapid decline in the placebo group" is the treatment's gain). "Faster" alone is a gain
word to the passes (faster recovery, faster healing), so this reading, when it finds one, stands over
theirs. A decline "in" a measure takes its sense from the measure ("a more rapid decline in HbA1c" is a
gain, in eGFR a loss); one the lexicon does not know is left to the passes.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL, CONTROL_WORD

_FAST = r"faster|quicker|more\s+rapid(?:ly)?|more\s+quickly|accelerated|speedier"
_SLOW = r"slower|more\s+slowly|less\s+rapid(?:ly)?|less\s+quickly|slowed|decelerated"
_COURSE = r"progression|decline|deterioration|worsening|progressed|declined|deteriorated|worsened"
_PACE = re.compile(
    rf"\b(?:(?P<pace>{_FAST}|{_SLOW})\s+(?:[\w-]+\s+)?(?P<course>{_COURSE})"
    rf"|(?P<course2>{_COURSE})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:significantly\s+|markedly\s+|somewhat\s+|much\s+|slightly\s+)?(?P<pace2>{_FAST}|{_SLOW}))\b"
)
_MEASURE = re.compile(r"\s+(?:in|of)\s+(?P<what>(?:[\w()/.-]+\s+){0,3}?[\w()/.-]+)(?=\s+(?:in|with|among|on|than|for|was|were|after|over|during)\b|[.,;)]|$)")
_ARM = re.compile(r"^[^.;]{0,60}?(?<!compared\s)(?<!relative\s)\b(?:in|with|among|on|for)\s+(?:the\s+|those\s+(?:given|on|taking|receiving|who\s+\w+)\s+)?(?P<arm>[\w-]+(?:\s+[\w-]+)?)")
_THAN = re.compile(rf"^[^.;]{{0,80}}?\b(?:than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:with\s+|in\s+|on\s+|among\s+)?(?:the\s+|those\s+(?:given|on|taking|receiving)\s+)?(?:[\w-]+\s+)?{CONTROL}\b")
_CONTROL_ARM_BEFORE = re.compile(rf"(?<!compared\s)(?<!relative\s)(?<!as\s)\b(?:in|among|with|on)\s+(?:the\s+)?{CONTROL}\b")
_DENIED = re.compile(r"\b(?:not|no|never|neither|nor)\b|n't")
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|no|never|without|nor|neither)\b|n't)[^.;,]*$")
_GATE = ("progress", "decline", "deteriorat", "worsen")
_PACE_WORDS = ("fast", "quick", "rapid", "slow", "accelerat", "speed")


def pace_direction(lowered: str) -> tuple[str, tuple[int, int]] | None:
    """positive or negative for a disease's pace said of one arm, and the span saying it; None when the sentence says none."""
    if not any(word in lowered for word in _GATE) or not any(word in lowered for word in _PACE_WORDS):
        return None
    found = _PACE.search(lowered)
    if not found or _DENIED.search(found.group(0)) or _DENIED_BEFORE.search(lowered, max(0, found.start() - 50), found.start()):
        return None  # "progression was not slower", "not associated with accelerated progression"
    fast = re.match(_FAST, found["pace"] or found["pace2"]) is not None
    course = found["course"] or found["course2"]
    if found["course"] and course.startswith("declin") and (measure := _MEASURE.match(lowered, found.end())):
        sense = outcome_better(measure["what"])
        if sense is None:
            return None
        fast = fast == (sense == "higher")  # a fast fall of what should be low is a gain
    rest = lowered[found.end() :]
    before = re.split(r"[.;]", lowered[: found.start()])[-1]
    if not _THAN.match(rest) and (
        ((arm := _ARM.match(rest)) and CONTROL_WORD.match(arm["arm"])) or _CONTROL_ARM_BEFORE.search(before)
    ):
        fast = not fast  # the control arm's course: "more rapid decline in the placebo group"
    return ("negative" if fast else "positive"), found.span()
