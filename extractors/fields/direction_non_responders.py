"""The share of one cohort that did not respond, beside the share that did: "58% had at least a
50% fall in seizures, while 30% reported no benefit", "two thirds improved, and the rest showed
no change". A response rate short of everyone is how a gain is reported, not a second outcome
that failed, so the non-responders' clause is no null finding."""

from __future__ import annotations

import re

from extractors.fields.regex_needs import LiteralGate

_SHARE = (
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|(?:one|a|two)[\s-](?:third|quarter|fifth|half)s?|half|"
    r"the\s+(?:rest|remainder|others)|others|(?:the\s+)?remaining\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|patients|participants|children|animals|dogs|cats|women|men))"
)
_NON_RESPONDERS = re.compile(
    rf"\b(?:the\s+)?{_SHARE}\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:reported|had|showed|experienced|saw|noticed|gained|derived)\s+no\s+(?:\w+\s+)?(?:benefit|response|improvement|change|effect)\b"
    r"|\b(?:the\s+)?" + _SHARE + r"\s+(?:did\s+not|didn't|failed\s+to)\s+respond\b"
)
# The words it cannot match without (what was missed, "benefit", "response", "change" ..., or
# "respond"), read from the pattern and found in one scan: the pattern itself tries a share at
# every word (~55 us a sentence), and most sentences hold none.
_MAY_HOLD_NON_RESPONDERS = LiteralGate([_NON_RESPONDERS.pattern])
_CLAUSE_END = re.compile(r"[.;]|,\s*(?:and|but|while|whereas)\b")
_ARMS_SET_AGAINST = re.compile(r"\b(?:than|versus|vs\.?|compared)\b")


def non_responder_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans of clauses giving the share that did not respond, unless they set arms against
    each other ("no response in 40% on placebo vs 20%"); ``lowered`` is the text in lower case."""
    spans = []
    if not _MAY_HOLD_NON_RESPONDERS.may_match(lowered):
        return spans
    for found in _NON_RESPONDERS.finditer(lowered):
        end = _CLAUSE_END.search(lowered, found.end())
        span = (found.start(), end.start() if end else len(lowered))
        if not _ARMS_SET_AGAINST.search(lowered, *span):
            spans.append(span)
    return spans
