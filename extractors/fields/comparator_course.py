"""Same-drug strategy trials: one drug given for a shorter course or at an escalated dose,
against the usual course or a fixed dose of the same drug ("three days of amoxicillin versus
seven", "dose escalation or fixed-dose allopurinol"). The drug name alone would hide what
the control arm got, so the comparator carries its course length or dosing strategy:
"7-day amoxicillin", "3-day standard-dose amoxicillin", "fixed-dose allopurinol".
"""

from __future__ import annotations

import re

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "fourteen": 14, "twenty-one": 21, "twenty-eight": 28}
_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_LEVEL = r"(?:(?P<level>high|standard|low|usual|double|single)[\s\-]dose\s+)?"
_COURSE_CUE = r"(?:or|versus|vs\.?|compared\s+with|compared\s+to|than|to|as\s+\w+\s+as|with)"
_NOT_AGENTS = {"treatment", "therapy", "dosing", "the", "a", "an", "follow-up", "age", "life", "hospital", "admission"}
# "three days of amoxicillin ... versus seven days (of standard dosing)", "... as well as a full week".
_COURSE_PAIR = re.compile(
    rf"\b(?P<n1>{_NUMBER})[\s\-]+days?\s+of\s+{_LEVEL}(?P<agent>[a-z][\w\-]{{3,}})\b[^.;:]{{0,160}}?\b{_COURSE_CUE}\s+"
    rf"(?:(?:a|the)\s+(?:full\s+)?(?P<week>week)\b|(?P<n2>{_NUMBER})[\s\-]+days?\b"
    r"(?:\s+of\s+(?P<standard>standard|usual|normal|conventional)[\s\-](?:dosing|dose|doses)\b)?)")
# "dose escalation or fixed-dose allopurinol", "titrated to target versus a fixed dose of colchicine".
_FIXED_DOSE = re.compile(r"\bfixed[\s\-]dos(?:e|ed|ing)\s+(?:of\s+)?(?P<agent>[a-z][\w\-]{3,})\b")
_ESCALATION_GATE = ("escalat", "titrat", "treat-to-target", "treat to target")


def _days(number: str) -> int:
    return int(number) if number.isdigit() else _NUMBER_WORDS[number]


def course_comparator(lowered: str) -> str | None:
    """The control arm of a same-drug course-length or dose-strategy comparison, named with
    its course or strategy; None when the sentence is no such comparison."""
    if "day" in lowered and (pair := _COURSE_PAIR.search(lowered)) and pair.group("agent") not in _NOT_AGENTS:
        days = 7 if pair.group("week") else _days(pair.group("n2"))
        if days == _days(pair.group("n1")):
            return None
        level = pair.group("level")
        if pair.group("standard") or (level and level in {"standard", "usual"}):
            level_name = "standard-dose "
        else:
            level_name = ""
        return f"{days}-day {level_name}{pair.group('agent')}"
    if "fixed" in lowered and any(cue in lowered for cue in _ESCALATION_GATE) and (fixed := _FIXED_DOSE.search(lowered)):
        if fixed.group("agent") not in _NOT_AGENTS:
            return "fixed-dose " + fixed.group("agent")
    return None
