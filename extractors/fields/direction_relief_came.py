"""A relief a commenter says came: "the pain was gone by day 3", "it cleared in 5 days", "since then
barely any", "worked like a charm", "her numbers are back to normal now". The passes read "gone by
day 3" as a benefit lost and a different remedy's failure in the same post ("tried the home drops
first, did absolutely nothing") as the finding; the relief, read here, decides instead:

- nothing else stated, or the null belongs to an earlier, different remedy ("first", "before",
  "ended up on", "switched to"): ``positive``;
- a complaint that did not budge set against it ("bloods fine now but the fatigue didn't change"):
  ``mixed``;
- a relief that came and went ("the patches faded but came back a week later", "it clears it every
  time but it's back"), or came for one and not another ("it worked for Ella but Jack still ended
  up in NICU"): ``mixed``.

Each shape sits behind the exact words it needs; the sentence read without the relief decides.
"""

from __future__ import annotations

import re

_COMPLAINT = (
    r"(?:pain|ache|aches|itch(?:ing|iness)?|rash|redness|swelling|symptoms?|discharge|cough|fever|nausea|sickness|diarrh(?:o)?ea|"
    r"ulcers?|sores?|spots|blisters?|infection|cold\s+sores?|thrush|eczema|hives|headaches?|migraines?|cramps?|bloating|heartburn|reflux|"
    r"flare|flares|flare-ups?|limp|lameness|wheez(?:e|ing)|congestion|lice|nits|warts?|verrucas?|worms)"
)
_TIME = r"(?:day|days|week|weeks|night|nights|hours?|the\s+(?:next|second|third|following)\s+\w+|(?:a|one|two|three|four|five|\d+)\s+(?:hours?|days?|weeks?|doses?))"
# A complaint gone or cleared by a time: "the pain was gone by day 3", "it cleared in 5 days", "ulcers healed within a week".
# A pronoun only with a verb of healing: "it was gone by week 12" may be a benefit lost.
_CLEARED_BY = re.compile(
    rf"(?:\b{_COMPLAINT}\s+(?:(?:was|were|had|has|have|is|are)\s+)?(?:(?:all|completely|totally|basically|pretty\s+much|almost)\s+)?"
    r"(?:gone|cleared(?:\s+up)?|clear|healed|resolved|settled|went\s+away|disappeared|normali[sz]ed|stopped)"
    r"|\b(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:(?:all|completely|totally)\s+)?(?:cleared(?:\s+up)?|healed|resolved|settled)"
    # a pronoun gone by a day counted out is a course's relief, not a trial's benefit lost by week 12
    r"|\b(?:it|they)\s+(?:was|were)\s+(?:(?:all|completely|totally)\s+)?gone(?=\s+by\s+day\s+\d))"
    r"(?:\s+(?:by|in|within|after)\s+(?:about\s+|around\s+|just\s+|only\s+)?"
    rf"(?:\d+\s+|a\s+|one\s+|two\s+|three\s+|four\s+|five\s+)?{_TIME}\b|\s+overnight\b)"
)
# Barely any since: "since then barely any", "hardly any flares since".
_BARELY_SINCE = re.compile(
    r"\bsince\s+(?:then|starting|adding|switching|i\s+(?:started|added|switched))\b[^.;]{0,25}?\b(?:barely|hardly|scarcely)\s+(?:any|ever)\b"
    r"|\b(?:barely|hardly|scarcely)\s+(?:any|ever\s+had\s+(?:any|one))\s+(?:[\w-]+\s+){0,2}?since\b"
)
# Praise of how it worked: "felt like magic", "worked like a charm", "worked wonders".
_PRAISED = re.compile(r"\b(?:felt|worked|works|acted)\s+like\s+(?:magic|a\s+charm|a\s+miracle)\b|\bworked\s+wonders\b")
# A result back to normal now: "bloods fine now", "her levels are back to normal now".
_FINE_NOW = re.compile(
    r"\b(?:bloods?|blood\s+tests?|levels|numbers|results|liver\s+(?:tests|enzymes|function)|counts?)\s+(?:are\s+|is\s+|were\s+|came\s+back\s+)?"
    r"(?:fine|normal|good|back\s+to\s+normal)\s+now\b"
)
_GATES = (
    (("gone", "clear", "healed", "resolved", "settled", "went away", "disappeared", "normalis", "normaliz", "stopped"), _CLEARED_BY),
    (("barely", "hardly", "scarcely"), _BARELY_SINCE),
    (("like ", "wonders"), _PRAISED),
    (("now",), _FINE_NOW),
)
# The null belongs to an earlier, different remedy: "tried the home drops first", "before that", "ended up on", "switched to".
_EARLIER_REMEDY = re.compile(r"\b(?:first|at\s+first|before\s+that|previously|ended\s+up\s+(?:on|with|using)|switched\s+to|then\s+(?:tried|got|was\s+given)|finally\s+(?:tried|got))\b")
_SET_AGAINST = re.compile(r"\bbut\b|\bthough\b|\bwhereas\b|;")


# A relief that came and went again: "It clears it every time but it's back within about 6 weeks", "worked brilliantly for
# sleepovers, but he was wet again as soon as we stopped".
_BACK_AGAIN = re.compile(
    r"\b(?:clears?|cleared|works?|worked|helps?|helped|great|brilliant\w*|fine)\b[^.;]{0,80}?\bbut\s+(?:then\s+)?(?:it'?s|it\s+is|it\s+was|they'?re|they\s+are|"
    r"he\s+was|she\s+was|he'?s|she'?s|it\s+comes|it\s+came|they\s+came|it\s+always\s+comes)\s+(?:always\s+|pretty\s+much\s+|straight\s+|right\s+)?(?:back|wet\s+again|bad\s+again)\b"
)
# A relief for one and not another, or one part and not another: "It worked for Ella but Jack still ended up in NICU",
# "Left knee felt great for about 5 months, right knee nothing at all".
_ONE_NOT_OTHER = re.compile(
    r"\b(?:worked|helped|felt\s+great|was\s+great|cleared)\s+(?:for|on|in)\s+[^.;]{1,40}?\bbut\s+[^.;]{1,30}?\bstill\s+(?:ended\s+up|needed|went|had\s+to|got)\b"
    r"|\bfelt\s+(?:great|amazing|fantastic|much\s+better)\b[^.;]{0,60}?,\s*(?:the\s+)?(?:left|right|other)\s+[\w-]+\s+(?:nothing|no\s+change|no\s+different)\b"
)


def partly_relieved(lowered: str) -> bool:
    """Whether ``lowered`` tells a relief that came and went, or came for one and not another: mixed."""
    return (" but " in lowered or "nothing" in lowered) and bool(_BACK_AGAIN.search(lowered) or _ONE_NOT_OTHER.search(lowered))


# A relief that came and went: "the patches faded but came back a week later", "cleared up, then came back".
_CAME_BACK = re.compile(
    r"\b(?:faded|cleared(?:\s+up)?|went\s+away|disappeared|improved|settled|got\s+better|healed)\s*,?\s+(?:but\s+then|but|then|and\s+then)\s+"
    r"(?:it\s+|they\s+)?(?:came|come|comes|flared)\s+(?:back|up\s+again)\b"
)


def relief_returned(lowered: str) -> bool:
    """A relief that came and then went back in ``lowered``: the course helped for a while only (mixed)."""
    return ("back" in lowered or "again" in lowered) and bool(_CAME_BACK.search(lowered))


# A relief that did not last: "worked wonders at first", "cleared in a week, for a while".
_PASSING = re.compile(r"[^.;]{0,25}?\b(?:at\s+first|initially|for\s+a\s+(?:while|bit|few\s+\w+)|to\s+begin\s+with)\b")


def relief_spans(lowered: str) -> list[tuple[int, int]]:
    """Where ``lowered`` says a relief came that lasted, each shape behind its exact words."""
    return [
        found.span() for words, pattern in _GATES if any(word in lowered for word in words) for found in pattern.finditer(lowered)
        if not _PASSING.match(lowered, found.end())
    ]


def with_relief(lowered: str, rest: str) -> str | None:
    """The direction of a sentence stating a relief, given ``rest``, the direction read without it; None to keep the passes'."""
    if rest in ("unknown", "positive"):
        return "positive"
    if rest == "null" and _EARLIER_REMEDY.search(lowered):
        return "positive"  # the failure was another remedy's, tried before
    if rest == "null" and _SET_AGAINST.search(lowered):
        return "mixed"  # "bloods fine now but the fatigue didn't change one bit"
    return None
