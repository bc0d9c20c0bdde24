"""Two named arms' rates or levels of an outcome, neither of them a placebo: "the cure rate was only 55% for
the generic cream compared with 91% for the branded one", "egg count reduction was 62% for ivermectin
versus 98% for moxidectin", "healing was 88% with the new dressing against 60% with gauze", "mean LDL-C was
2.1 mmol/L with alirocumab and 3.4 mmol/L with ezetimibe".

With two active arms the passes cannot tell which one the finding is about. The arm a report names
first is the one it is about, unless that arm is the comparator the claim names or a control; the
finding is positive when that arm's rate of a wanted outcome is the higher ("only" marks the lower
one, it adds nothing the numbers do not say).
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL_WORD

# (a share, or a level in a unit of its own, or a bare rate: "2.1 mmol/L with alirocumab", "0.18 with the intervention")
_RATE = (r"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+)?(?P<{0}>\d+(?:\.\d+)?)"
         r"(?:\s*(?:%|percent|per\s+cent)|\s+(?:mmol/l|mg/dl|µmol/l|umol/l|g/dl|g/l|mmhg|kg|points?|days?))?")
_ARM = r"(?:for|with|in|among|on|using|after)\s+(?:the\s+|those\s+(?:given|on|taking|receiving)\s+)?(?P<{0}>[\w-]+(?:\s+[\w.-]+){{0,6}}?)"
_PAIR = re.compile(
    r"\b(?:was|were|reached|of)\s+" + _RATE.format("a") + r"\s+" + _ARM.format("first")
    + r"\s*,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against|as\s+against|but|and|while|whereas)\s+(?:with\s+)?" + _RATE.format("b")
    + r"\s+" + _ARM.format("second") + r"(?=\s*[.,;)(]|\s+(?:at|after|by|in|over|group|arm)\b|$)"
)
# What a rate counts that a treatment should raise, when the lexicon does not list it.
_WANTED = re.compile(r"\b(?:cure|cured|clearance|cleared|healing|healed|response|responders?|remission|success|efficacy|abstinence|reduction|resolution|eradication|survival)\b")


def arm_rates_direction(lowered: str, comparator: str | None) -> str | None:
    """positive, negative or null for two named arms' rates of a wanted outcome, None when the sentence gives none."""
    if " with " not in lowered and " for " not in lowered and " in " not in lowered and " on " not in lowered:
        return None
    found = _PAIR.search(lowered)
    if not found:
        return None
    first, second = found["first"], found["second"]
    subject = re.split(r"[.;,]", lowered[: found.start()])[-1]
    better = outcome_better(subject) or ("higher" if _WANTED.search(subject) else None)
    if better is None:
        return None
    treated_first = True
    compared = (comparator or "").lower()
    if compared and (compared in first or first in compared):
        treated_first = False
    elif not (compared and (compared in second or second in compared)) and CONTROL_WORD.match(first) and not CONTROL_WORD.match(second):
        treated_first = False
    a, b = float(found["a"]), float(found["b"])
    if a == b:
        return "null"
    higher = (a > b) == treated_first
    return "positive" if higher == (better == "higher") else "negative"
