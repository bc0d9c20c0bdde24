"""The other arm as news stories and plain summaries write it, without the words of a methods section.

A reporter sets two arms side by side in everyday syntax: "treated with ketamine rather than
fentanyl", "3 days with ibuprofen compared with 5 days with paracetamol", "no difference in stay
between methadone and morphine", "Thirty were given metformin and 30 received insulin". The second
arm named is the comparator; each form is read only where both sides name a treatment, so
"rather than taking it alone" or "between men and women" names none. Two arms of one kind of therapy
that no lexicon lists count too when they share their head noun and differ before it ("between
exoskeleton walking and therapist-assisted walking", "compared ... exoskeleton-assisted gait training
with the same number of sessions of conventional gait training").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "treated with X rather than Y", "given X instead of Y": the arm the people did not get.
_RATHER_THAN = re.compile(
    r"\b(?:treated|given|received|receiving|managed|took|taking|got|getting|randomi[sz]ed\s+to|assigned\s+to|allocated\s+to)\s+"
    r"(?:with\s+)?(?:an?\s+|the\s+)?(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:rather\s+than|instead\s+of)\s+(?:with\s+)?"
)
# "9 days with X compared with 15 days with Y", "a median of 4 hours on X versus 7 hours on Y": a
# result told with each arm after it.
_AMOUNT_WITH_ARM = re.compile(
    r"\b\d[\d.,]*\s*(?:%|[a-z]+)\s+(?:with|on|using|after)\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+"
    r"(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:a\s+median\s+of\s+|an?\s+(?:average|mean)\s+of\s+)?"
    r"\d[\d.,]*\s*(?:%|[a-z]+)\s+(?:with|on|using|after)\s+"
)
# "no difference in length of stay between X and Y", "did not differ between X and Y".
_NO_DIFFERENCE_BETWEEN = re.compile(
    r"\b(?:no\s+(?:(?:statistically\s+)?significant\s+|meaningful\s+|clear\s+|real\s+)?differences?|(?:did\s+not|didn't)\s+differ)"
    r"\s+(?:[^.;:]{0,60}?\s)?between\s+(?:the\s+)?(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:groups?\s+)?and\s+(?:the\s+)?"
)
_COUNT = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
          r"seventy|eighty|ninety|a\s+hundred)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?")
# "Forty were given X and 40 received Y", "30 children got X, while 30 took Y": two counted arms.
_COUNTED_ARMS = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z]+\s+)?(?:were\s+given|were\s+treated\s+with|received|got|took)\s+(?:an?\s+|the\s+)?"
    r"(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    # (a dose's decimal point is no sentence end: "21 received firocoxib 0.1 mg/kg once daily and 21 received ...")
    rf"(?:\s+(?:[^.;:]|\.(?=\d)){{0,60}}?)?,?\s+(?:and|while|whereas)\s+(?:the\s+(?:other|remaining)\s+)?{_COUNT}\s+(?:[a-z]+\s+)?"
    r"(?:were\s+given|were\s+treated\s+with|received|got|took)\s+(?:an?\s+|the\s+)?"
)
# "found PEG 3350 and lactulose equally effective", "oclacitinib and prednisolone 0.5 mg/kg produced similar reductions":
# two arms named as one subject, their results alike. The match ends where the second arm starts; the first is read
# back from the "and".
_ALIKE_PAIR = re.compile(
    r"\s+and\s+(?=[a-z][\w\-]*(?:\s+(?!(?:because|which|that|who|when|while|as|since|if|both|they|it)\b)[\w\-.%/]+){0,4}?\s+(?:(?:were|was|are|proved|produced|gave|yielded|achieved|showed|had|cleared|"
    r"reduced|improved|relieved|lowered|worked|performed)\s+(?:[\w-]+\s+){0,3}?)?(?:equally|similar(?:ly)?|the\s+same|comparabl[ey]|identical(?:ly)?)\b)"
)
# "compared 36 sessions of X with the same number of sessions of Y": the arms of one kind of therapy set side by side.
_COMPARED_WITH = re.compile(
    r"\bcompared\s+(?:\d+\s+(?:sessions?|weeks?|months?|days?|hours?)\s+of\s+)?(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+"
    r"(?:with|to|against)\s+(?:the\s+same\s+(?:number|amount|dose|duration)\s+of\s+(?:sessions?\s+of\s+)?|(?:an?|the)\s+)?"
)
_SAME_KIND_GATES = (("differ",), _NO_DIFFERENCE_BETWEEN), (("compared",), _COMPARED_WITH)
_ARM_WORDS = re.compile(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}")
_NOT_HEAD = frozenset(("groups", "group", "arms", "arm", "patients", "participants", "people", "adults", "children", "women", "men",
                       "the", "a", "an", "and", "or", "in", "of", "at", "for", "on", "after", "over", "during"))
_ALIKE_WORDS = ("equally", "similar", "the same", "comparab", "identical")
_WORD_BEFORE = re.compile(r"\w[\w\-.%/]*\s+$")
_GATES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("rather than", "instead of"), _RATHER_THAN),
    (("compared with", "compared to", "versus", " vs", "against"), _AMOUNT_WITH_ARM),
    (("differ",), _NO_DIFFERENCE_BETWEEN),
    ((" received ", " got ", " took ", " were given ", " were treated "), _COUNTED_ARMS),
)


def plain_arm(lowered: str, treatment_at: Callable[[str], str | None]) -> str | None:
    """The second arm of a plain-language comparison, when ``treatment_at`` reads a treatment
    at the start of both arms ("oral morphine" as "morphine") and they differ."""
    for cues, pattern in _GATES:
        if not any(cue in lowered for cue in cues):
            continue
        for found in pattern.finditer(lowered):
            first = treatment_at(lowered[found.start("first"):found.start("first") + 80])
            second = treatment_at(lowered[found.end():found.end() + 80])
            if first and second and first != second:
                return second
    if " and " in lowered and any(word in lowered for word in _ALIKE_WORDS) and (alike := _alike_pair(lowered, treatment_at)):
        return alike
    return _same_kind(lowered)


def _same_kind(lowered: str) -> str | None:
    """The second of two arms of one kind of therapy: both phrases end on the same head noun ("walking", "gait
    training") and differ before it."""
    for cues, pattern in _SAME_KIND_GATES:
        if not any(cue in lowered for cue in cues):
            continue
        for found in pattern.finditer(lowered):
            first = found.group("first").split()
            second_words = _ARM_WORDS.match(lowered, found.end())
            if len(first) < 2 or not second_words:
                continue  # one word names no kind of therapy ("between men and women")
            second = second_words.group(0).split()
            for size in range(len(second), 1, -1):
                arm = second[:size]
                if arm[-1] == first[-1] and arm[-1] not in _NOT_HEAD and len(arm[-1]) >= 4 and arm[:-1] != first[:-1]:
                    return " ".join(arm)
    return None


def _alike_pair(lowered: str, treatment_at: Callable[[str], str | None]) -> str | None:
    """The second of two arms whose results the sentence calls alike, when a treatment is named
    within the three words before the "and" and another right after it."""
    for found in _ALIKE_PAIR.finditer(lowered):
        second = treatment_at(lowered[found.end():found.end() + 80])
        if not second:
            continue
        end = found.start() + 1  # past the space before "and"
        for _ in range(3):  # "local puva and", "peg 3350 and": the arm may start one, two or three words back
            word = _WORD_BEFORE.search(lowered, max(0, end - 40), end)
            if not word:
                break
            end = word.start()
            first = treatment_at(lowered[end:found.start() + 1])
            if first and first != second:
                return second
    return None
