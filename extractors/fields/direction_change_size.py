"""One arm's change set against the other's by its size, as clinicians, agronomists and dentists
write it: "a larger fall in HAM-A scores than placebo", "a greater rise in antibody titres than
with the licensed vaccine", "a smaller decrease in pocket depth with the laser than with scaling",
and as tables and results sections do: "Greater fall in HAM-A vs placebo", "The reduction in HAM-D
was smaller with the herb than with placebo".

The passes read "greater reduction" as a gain whatever fell, and know nothing of a "rise" or a
"smaller" change. Here the size word, the way the measure moved and which way that measure
should move (``outcome_polarity.tsv``) are read together: a larger fall of a measure that
should fall is the treatment's gain, a smaller one its loss, a larger rise of one that should
fall its harm. An improvement is wanted whatever it measures. The arm named first is the
treatment's unless it is the control ("the placebo group had a larger fall ... than the drug
group"); where the measure's sense is unknown nothing is said.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import control_first

_SIZES = ("larger", "greater", "bigger", "smaller", "lesser", "steeper", "sharper")
# What the change is set against: "than placebo", and as tables and abstracts write it, "vs placebo", "compared with placebo".
_AGAINST = r"(?:than|vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s+"
_AGAINST_WORDS = (" than ", " vs", " versus ", "compared ", "relative to ")
_SECOND = (
    r"(?:with\s+|in\s+|on\s+|among\s+|after\s+|for\s+|from\s+)?(?:the\s+|a\s+|those\s+(?:given|on|receiving|in|taking)\s+)?"
    r"(?P<second>(?:[\w-]+\s+){0,3}[\w-]+)"
)
_SIZED_CHANGE = re.compile(
    r"\b(?P<size>larger|greater|bigger|smaller|lesser|steeper|sharper)\s+(?:mean\s+|average\s+|median\s+|overall\s+)?"
    r"(?P<named>(?!(?:mean|average|median|overall)\s)(?:[\w()/.'-]+\s+){1,2}?(?=(?:falls?|drops?|declines?|decreases?|reductions?|rises?|increases?)\s+(?:than|vs|versus)\b))?"  # "smaller HbA1c fall than metformin"
    r"(?P<change>falls?|drops?|declines?|decreases?|reductions?|rises?|increases?|gains?|improvements?)\b"
    r"(?:\s+(?:in|of)\s+(?P<what>(?:[\w()/.'-]+\s+){0,5}?[\w()/.'-]+))?"
    r"(?P<first>\s+(?:with|in|on|among|for|after|using|from)\s+[^.;,]{1,50}?)?"
    rf"\s+{_AGAINST}{_SECOND}"
)
# The change named before its size: "The reduction in HAM-D was smaller with the herb than with placebo".
_CHANGE_WAS_SIZED = re.compile(
    r"\b(?P<change>falls?|drops?|declines?|decreases?|reductions?|rises?|increases?|gains?|improvements?)\s+(?:in|of)\s+"
    r"(?P<what>(?:[\w()/.'-]+\s+){0,4}?[\w()/.'-]+)\s+(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|far\s+|considerably\s+)?"
    r"(?P<size>larger|greater|bigger|smaller|lesser|steeper|sharper)"
    r"(?P<first>\s+(?:with|in|on|among|for|after|using|from)\s+[^.;,]{1,50}?)?"
    rf"\s+{_AGAINST}{_SECOND}"
)
_WITHIN_ARM = re.compile(r"(?:baseline|pre-?treatment|pre-?intervention|before|entry|enrol?ment|the\s+start)\b")
_DENIED = re.compile(r"\b(?:no|not|never|without|nor)\s+(?:[\w-]+\s+){0,3}$|n't\s+(?:[\w-]+\s+){0,3}$")
_FALLS = ("fall", "drop", "decline", "decrease", "reduction")
_RISES = ("rise", "increase", "gain")


def _clause_start(lowered: str, position: int) -> int:
    return max(lowered.rfind(".", 0, position), lowered.rfind(";", 0, position)) + 1


def sized_change(lowered: str, comparator: str | None = None) -> tuple[str, tuple[int, int]] | None:
    """positive or negative for the treatment (null when the larger change is denied), and the span
    saying so; None when the sentence sets no change against another by its size, or the measure's
    sense is unknown."""
    if not any(word in lowered for word in _AGAINST_WORDS) or not any(size in lowered for size in _SIZES):
        return None
    found = _SIZED_CHANGE.search(lowered) or _CHANGE_WAS_SIZED.search(lowered)
    if not found:
        return None
    if _WITHIN_ARM.match(found["second"]):
        return None  # "greater improvement compared with baseline": a change within the arm, no arm against another
    if _DENIED.search(lowered, max(0, found.start() - 60), found.start()):
        return "null", (found.start(), found.end())  # "no greater fall in blood pressure than with placebo"
    change = found["change"]
    start = _clause_start(lowered, found.start())
    size_first = found.re is _SIZED_CHANGE  # "a larger fall in X than", not "the fall in X was larger"
    subject = lowered[start : found.start()] if size_first else ""
    named = found["named"] if size_first else None
    if change.startswith("improvement"):
        wanted = True
    else:
        better = outcome_better(found["what"] or named or "") or outcome_better(subject)  # "a bigger increase in the supplemented cows"
        if better is None:
            return None
        wanted = (better == "lower") == change.startswith(_FALLS)
    larger = found["size"] not in ("smaller", "lesser")
    first_arm = (found["first"] or "") + " " + subject
    treated_first = not control_first(first_arm, found["second"], comparator)
    gain = (larger == wanted) == treated_first
    return ("positive" if gain else "negative"), (start, found.end())


# One arm gained more of what it should build: "the fenugreek group gained more bench-press strength",
# "patients on the drug gained more lean mass than those on placebo".
_GAINED_MORE = re.compile(
    r"\b(?:gained|built|developed|put\s+on)\s+(?:significantly\s+|much\s+|far\s+|considerably\s+)?more\s+"
    r"(?P<what>(?:[\w-]+\s+){0,3}?(?:strength|muscle|muscle\s+mass|lean\s+mass|lean\s+body\s+mass|bone|bone\s+density|endurance|power|fitness|vocabulary|skills?))\b"
)


def gained_more(lowered: str, comparator: str | None = None) -> tuple[str, tuple[int, int]] | None:
    """positive (negative with the control arm as the subject) and the span saying so, when an arm
    gained more of a capacity it should build; None otherwise."""
    if "more " not in lowered or not (found := _GAINED_MORE.search(lowered)):
        return None
    start = _clause_start(lowered, found.start())
    after = lowered[found.end() : found.end() + 60]
    control_subject = control_first(lowered[start : found.start()], after.split(" than ", 1)[1] if " than " in after else "", comparator)
    return ("negative" if control_subject else "positive"), (start, found.end())
