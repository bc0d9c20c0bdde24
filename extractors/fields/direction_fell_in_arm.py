"""An outcome that fell in the treated arm, or against the control, said intransitively (or one the
polarity lexicon knows, risen in the treated arm, or a wanted outcome more common with it):
"night-time pillow wetting fell with hyoscine", "CMPS-SF scores were lower at 12 and 24 h with
ketamine", "fasting plasma glucose dropped compared with people given a placebo drink", "in the
higher-risk subgroup the decline was 41% slower", and, in a sentence that names the control, "muscle
soreness ratings were lower".

The passes read a treatment that *reduced* something as a gain whatever it reduced; the same
finding with the outcome as the subject was read only for the outcomes their vocabularies know,
so a scale or a complaint they did not know left the claim unknown, and beside a null clause
("... but rescue analgesia rates did not differ") the claim read null instead of mixed. Here an
outcome that fell is a gain unless the polarity lexicon says it should rise, and outcomes whose
sense depends on the patient (weight, intake, growth) are left to the lexicon alone.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL, CONTROL_WORD

_FELL = (
    r"(?:fell|dropped|declined|decreased|dipped|shrank|went\s+down|"
    r"(?:was|were)\s+(?:significantly\s+|markedly\s+|substantially\s+|also\s+)?(?:lower|reduced|decreased|smaller|fewer))"
)
_SIZE = r"(?:\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*(?:%|percent|points?|mm|units?))?"
_WHEN = r"(?:\s+(?:at|by|over|after|from|within|during)\s+(?!(?:the\s+)?[\w-]+\s+(?:group|arm)\b)[^,;]{1,25}?)?"
_TREATED_ARM = r"\s+(?:with|on|after|under|among\s+(?:those\s+)?(?:given|on|taking)|in\s+the)\s+(?:the\s+)?(?P<arm>[\w-]+)"
_AGAINST = rf"\s*,?\s+(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than(?:\s+with)?)\s+(?:those\s+|people\s+|patients\s+|participants\s+)?(?:(?:given|on|taking|receiving|in)\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?P<control>{CONTROL})\b"
# The outcome: up to six words ending at the verb, no clause or negation inside it.
_WHAT = r"(?<![\w()/.'-])(?P<what>(?:(?!(?:and|but|or|not|no|both|whereas|while)\b)[\w()/.'-]+\s+){0,5}?(?!(?:and|but|or|not|no|both)\b)[\w()/.'-]+)\s+"
_FELL_IN_ARM = re.compile(_WHAT + _FELL + _SIZE + _WHEN + rf"(?:{_AGAINST}|{_TREATED_ARM}|(?P<bare>(?=\s*(?:[.;]|$))))")
_ALSO_IN_OTHER_ARM = re.compile(r"\balso\s+(?:fell|dropped|declined|decreased|improved)\b|\b(?:similar|comparable|both)\b")
_NO_ARM = frozenset({"time", "age", "baseline", "each", "all", "both"})
# Levels and markers, which the readers weigh against the clinical outcomes ("CRP fell, but survival did not improve" is null).
_MARKER = re.compile(
    r"\b(?:c-reactive|crp|hs-crp|interleukin[\w-]*|il-?\d+\w*|tnf[\w-]*|cortisol|bdnf|homocysteine|markers?|biomarkers?|"
    r"tsh|t3|t4|ft4|thyro\w*|hormones?|levels?|concentrations?)\b"
)
_SAME_OUTCOME_AGAIN = re.compile(r"\bnumerically\b|\bnot\s+(?:significantly|statistically)\b")
_OTHER_ARM_FELL = re.compile(r"(?:\s+[\w-]+){0,2}\s*,?\s+(?:and|vs\.?|versus|compared\s+with)\s+(?:by\s+)?(?:about\s+)?[\d.]+")
# Less of an outcome in the treated arm: "the MANE questionnaire showed less delayed nausea by day 5 in the acupressure arm".
_LESS_IN_ARM = re.compile(
    r"\b(?:showed|had|reported|saw|experienced|found)\s+(?:significantly\s+|markedly\s+)?(?:less|fewer|lower)\s+(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?:\s+(?:by|at|over|after|on)\s+[^,;]{1,20}?)?\s+(?:in|with|among|for)\s+the\s+(?P<arm>[\w-]+)\s+(?:arm|group)\b"
)
# An outcome the lexicon knows, risen in the treated arm: "gait velocity rose by 25% in the cued group".
_ROSE_IN_ARM = re.compile(
    _WHAT + r"(?:rose|increased|climbed|went\s+up|improved)" + _SIZE + _WHEN + _TREATED_ARM
)
# A wanted outcome more common with the treated arm: "cessation of vomiting within 4 hours was more frequent with ondansetron".
_WANTED_MORE_COMMON = re.compile(
    r"\b(?:cessation|resolution|response|remission|cure|clearance|healing|success|recovery|abstinence)\b[^.;]{0,40}?\s(?:was|were)\s+"
    r"(?:significantly\s+|markedly\s+)?more\s+(?:frequent|common)\s+(?:with|in|among|on|after)\s+(?:the\s+)?(?P<arm>[\w-]+)"
)
# A decline or progression slowed: the gain is the slowing.
_SLOWER_DECLINE = re.compile(
    r"\b(?:decline|progression|deterioration|worsening|loss)\s+(?:was|were)\s+(?:about\s+|roughly\s+)?(?:[\d.]+\s*%\s+)?(?:significantly\s+)?slower\b"
)
# Outcomes whose wanted direction depends on who was treated (a cachectic patient's weight, a calf's intake).
_EITHER_WAY = re.compile(r"\b(?:weight|intake|appetite|growth|gain|yield|consumption|temperature|rate)\b")
_NOT_AN_OUTCOME = re.compile(rf"\b(?:{CONTROL}|group|arm|dose|doses|difference|change|number\s+of\s+(?:patients|participants))\b")
_GATE = ("fell", "dropped", "declined", "decreased", "dipped", "shrank", "went down", "lower", "reduced", "smaller", "slower", "less", "fewer",
         "rose", "increased", "climbed", "went up", "more frequent", "more common")


def _not_the_treated_arms(lowered: str, found: re.Match[str]) -> bool:
    """Whether the change ``found`` is no finding of the treated arm: each arm's own change ("fell by
    17.4 points with bilastine and 16.1 points with fexofenadine", "also fell in the waitlist group"),
    the control's own ("Pain fell during the placebo phase"), a change with time ("decreased with
    time"), or a level, which the readers weigh against the clinical outcomes."""
    arm = found.groupdict().get("arm")
    return bool(
        _OTHER_ARM_FELL.match(lowered, found.end()) or _ALSO_IN_OTHER_ARM.search(lowered, found.end())
        or (found.groupdict().get("control") is None and CONTROL_WORD.search(found.group(0)))
        or arm in _NO_ARM or _MARKER.search(found["what"])
    )


# The control arm's own rise after the treated arm's: "compared with about 10% in the placebo group".
_CONTROL_ROSE = re.compile(
    rf"(?:\s+(?:group|arm))?\s*,?\s+(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?P<size>[\d.]+)\s*(?:%|percent|points?|mm|units?)?"
    rf"\s+(?:in|with|on|among)\s+(?:the\s+|those\s+(?:given|on|taking)\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
)
_NUMBER = re.compile(r"[\d.]+")


def _rose_more_than_control(lowered: str, found: re.Match[str]) -> bool | None:
    """Whether the treated arm's rise ``found`` was clearly larger than the control arm's told right
    after it ("rose by 40% in the oil group compared with 10% in the placebo group"); None when no
    control's rise follows, or the two are close."""
    control = _CONTROL_ROSE.match(lowered, found.end())
    sizes = _NUMBER.findall(found.group(0)[len(found["what"]):])
    if control is None or not sizes:
        return None
    try:
        treated, untreated = float(sizes[0]), float(control["size"])
    except ValueError:
        return None
    if treated >= 1.2 * untreated + 1:
        return True
    if untreated >= 1.2 * treated + 1:
        return False
    return None


def fell_in_arm(lowered: str) -> tuple[str, tuple[int, int]] | None:
    """positive (or negative, for an outcome the lexicon says should rise) for an outcome that fell
    with the treatment, and the span saying so; None when the sentence says no such thing."""
    if not any(word in lowered for word in _GATE):
        return None
    if slower := _SLOWER_DECLINE.search(lowered):
        return "positive", slower.span()
    if "more " in lowered and (wanted := _WANTED_MORE_COMMON.search(lowered)) and not CONTROL_WORD.match(wanted["arm"]):
        return "positive", wanted.span()
    if (less := _LESS_IN_ARM.search(lowered)) and not CONTROL_WORD.match(less["arm"]) and not _MARKER.search(less["what"]):
        return ("negative" if outcome_better(less["what"]) == "higher" else "positive"), less.span()
    for found in _ROSE_IN_ARM.finditer(lowered) if ("rose" in lowered or "increased" in lowered or "climbed" in lowered or "went up" in lowered) else ():
        if (better := outcome_better(found["what"])) is None:
            continue
        if not _not_the_treated_arms(lowered, found):
            return ("positive" if better == "higher" else "negative"), found.span()
        if (rose_more := _rose_more_than_control(lowered, found)) is not None:
            return ("positive" if rose_more == (better == "higher") else "negative"), found.span()
    for found in _FELL_IN_ARM.finditer(lowered):
        what = found["what"]
        if _not_the_treated_arms(lowered, found) or _NOT_AN_OUTCOME.search(what):
            continue
        if (later := lowered[found.end():]) and _SAME_OUTCOME_AGAIN.search(later) and what.split()[-1] in later:
            continue  # the same outcome judged again: "Pain fell with the cream, but pain scores were numerically lower and ..."
        if found["bare"] is not None and not CONTROL_WORD.search(lowered):
            continue  # lower than what? A clause with no arm is a comparison only beside a control named
        better = outcome_better(what)
        if better is None and _EITHER_WAY.search(what):
            continue
        return ("negative" if better == "higher" else "positive"), found.span()
    return None
