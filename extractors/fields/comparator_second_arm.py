"""The other arm of a comparison told without a comparison word the main reader takes:
results given arm by arm ("0.18 with the intervention and 0.39 with interferon beta-1a"),
arms that "did not differ between A and B" or "A and B did not differ", and an arm set
against by a verdict ("beat sleep hygiene education", "performed about the same as 20 mg
of fluoxetine", "than those receiving sterile water"), tested against ("testing two cups
a day against peppermint tea") or used as the control ("used group-based pain education as the control").

Each finder returns the words that open the other arm; the comparator reader makes them a
canonical comparator, or nothing when they name no arm. Read only when that reader found
none, so these shapes never override a comparison stated outright.
"""

from __future__ import annotations

import re

_NUMBER = r"\d[\d.,]*\s*(?:%|[a-z]+(?:/[a-z]+)?)?"
_BRACKET = r"(?:\s*\([^()]{0,60}\))?"
# "0.18 with the intervention and 0.39 with interferon beta-1a", "56% with the topical oxygen device and 27% with standard
# dressings", "97% (95% CI 93-99) with the 8-week regimen and 98% with the 12-week regimen".
_RESULTS_BY_ARM = re.compile(
    rf"\b{_NUMBER}{_BRACKET}\s+(?:with|on|in|after)\s+(?:the\s+)?[^;]{{2,80}}?,?\s+(?:and|versus|vs\.?)\s+{_NUMBER}{_BRACKET}\s+"
    r"(?:with|on|in|after)\s+(?P<arm>(?:the\s+)?[a-z][^;]{1,60})"
)
# "did not differ between dapaglimet 10 mg and sitagliptin 100 mg", "no difference between patients assigned to X and
# those assigned to Y".
_BETWEEN = re.compile(
    r"\b(?:differ(?:ed|ences?)?|similar|comparable|equivalent|alike)\b[^.;]{0,50}?\bbetween\s+(?!(?:the\s+)?(?:groups|arms|doses)\b)"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){2,80}?\s+and\s+(?:(?:those|patients|participants|people|children|women|men)\s+)?"
    r"(?:(?:assigned|allocated|randomi[sz]ed)\s+to\s+|(?:given|on|receiving|taking)\s+)?(?P<arm>[a-z][^;]{1,60})"
)
# "Topical ivermectin 1% cream and oral doxycycline 40 mg did not differ in ...", "X and Y were equally effective".
_PAIR_ALIKE = re.compile(
    r"^\W*(?:[\w%.-]+\s+){1,6}?and\s+(?P<arm>(?:[\w%./-]+\s+){1,6}?)(?:did\s+not\s+differ|were\s+(?:equally|similarly)\s+"
    r"(?:effective|efficacious|good)|(?:produced|gave|showed|had|achieved)\s+(?:comparable|similar|equal)\b)"
)
# A verdict set against the other arm: "beat sleep hygiene education", "outperformed relaxation training", "performed
# about the same as 20 mg of fluoxetine", "was superior to intravenous opioids", "more attacks ... than air".
_VERDICT = re.compile(
    r"\b(?:beat|beats|outperformed|outperforms|superior\s+to|inferior\s+to|(?:about|roughly|much|exactly)\s+the\s+same\s+as|"
    r"(?:as|just\s+as)\s+(?:good|well|effective|effectively)\s+as|"
    r"(?:more|fewer|less|lower|higher|better|worse|greater|longer|shorter)\s+(?:[\w-]+\s+){0,6}?than)\s+(?P<arm>(?!(?:expected|usual|before|baseline|that|this|it)\b)(?:\d[\d.,]*\s*(?:mg|g|mcg|µg|iu|%)\s+(?:of\s+)?)?[a-z][^;]{1,60})"
)

# An arm a treatment was tested against: "a team testing two cups a day against peppermint tea found no difference".
_TESTED_AGAINST = re.compile(
    r"\b(?:tested|testing|trialled|trialed|trialling|pitted|pitting|compared|comparing)\s+(?:(?!against\b)[\w%/.,()-]+\s+){0,8}?against\s+"
    r"(?P<arm>(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}?)(?=\s*(?:[,;.()]|$)|\s+(?:found|showed|reported|and|but|in|for|over|with|among|at|during|was|were|did)\b)"
)

# An arm named as the control outright: "a trial of 206 adults that used group-based pain education as the control".
_USED_AS_CONTROL = re.compile(
    r"\b(?:used|using|uses|chose|with)\s+(?P<arm>(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,4}?)\s+as\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:active\s+)?(?:control|comparator|comparison)(?:\s+(?:arm|group|condition|treatment))?\b"
)

_VERDICT_WORDS = (" than ", "beat", "outperform", "superior", "inferior", " as ")


def second_arm(lowered: str) -> str | None:
    """The words opening the other arm of a comparison ``lowered`` tells by its results, by
    "between", by a pair said alike, or by a verdict; None when it tells none of these."""
    if " and " in lowered:
        for pattern in (_RESULTS_BY_ARM, _BETWEEN, _PAIR_ALIKE):
            if found := pattern.search(lowered):
                return found["arm"]
    if any(word in lowered for word in _VERDICT_WORDS) and (found := _VERDICT.search(lowered)):
        return found["arm"]
    if " against " in lowered and (found := _TESTED_AGAINST.search(lowered)):
        return found["arm"]
    if " as " in lowered and (found := _USED_AS_CONTROL.search(lowered)):
        return found["arm"]
    return None
