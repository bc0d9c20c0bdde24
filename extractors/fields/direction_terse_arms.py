"""Terse result cells and summaries that set one arm's change against the other's, as review
tables, product pages and registries write them:

- a wanted event reached so many days "sooner", "earlier" or "faster" ("fever resolved 1.5 days
  sooner (p=0.01)", "lambs recovered two days earlier than untreated lambs"): the treatment's
  gain; reached "later" or "more slowly" than the other arm: its loss. The passes read a
  recovery word alone as a gain, so a later one must be told here;
- one arm's change beside "no change with" (in, on, among) the comparator ("HbA1c fell from 8.1
  to 7.2; no change with metformin"): the comparator standing still is the contrast that makes
  the change a gain, not a second, null finding;
- a gain beside a second measure that stayed "similar" or "comparable" ("fewer exacerbations
  (0.8 vs 1.5) but lung function similar"): one yes and one no, mixed; harms, tolerability,
  costs or adherence that were similar are no second efficacy finding and leave the gain standing.
"""

from __future__ import annotations

import re

from extractors.fields.direction_words import CONTROL, CONTROL_WORD, SAFETY_NOUN

_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)"
_REACHED = (
    r"resolved|healed|recovered|cleared|remitted|closed|subsided|disappeared|abated|improved|"
    r"returned\s+to\s+(?:work|school|normal\s+activit(?:y|ies)|training|play|baseline)|(?:were|was)\s+discharged|discharged|weaned|extubated"
)
_SOONER = re.compile(
    rf"\b(?P<reached>{_REACHED})\s+(?:on\s+average\s+|a\s+median\s+of\s+|a\s+mean\s+of\s+|about\s+|nearly\s+|almost\s+|some\s+)?{_AMOUNT}\s*{_UNIT}\s+"
    r"(?P<when>sooner|earlier|faster|quicker|more\s+quickly|later|more\s+slowly|slower)\b(?P<rest>[^.;]{0,60})"
)
_AGAINST = re.compile(r"\bthan\b|\b(?:group|arm|cohort)\b")

_NO_CHANGE = r"no\s+(?:significant\s+|meaningful\s+|measurable\s+|such\s+)?(?:change|changes|effect|difference\s+from\s+baseline)|unchanged"
_ARM_NOUN = r"(?:\s+(?:group|arm|cohort|alone|only))?"

_ALIKE = re.compile(
    r"(?:\bbut|;|\bwhile|\bwhereas)\s+(?P<measure>(?:(?!but\b|and\b|not\b|no\b)[\w()/%-]+\s+){1,4}?)(?:(?:was|were|remained|stayed)\s+)?"
    r"(?:similar|comparable|alike|unchanged|no\s+different|equivalent)(?:\s+(?:between|across|in\s+both|for\s+both)\s+(?:the\s+)?(?:groups|arms))?\s*(?:[.;)]|$)"
)
# What the trial ran on rather than what it measured: similar costs or adherence are no second finding.
_NOT_OUTCOME = re.compile(
    r"\b(?:costs?|adherence|compliance|attendance|drop-?outs?|withdrawals?|retention|uptake|engagement|baseline|demographics?|characteristics|follow-?up)\b"
)


def sooner_direction(lowered: str) -> str | None:
    """positive when a wanted event came so many days sooner, negative when later against another
    arm, turned when the arm named is the control, else None; ``lowered`` is the sentence in lower case."""
    found = _SOONER.search(lowered)
    if not found:
        return None
    later = found["when"] in ("later", "more slowly", "slower")
    if later and not _AGAINST.search(found["rest"]):
        return None
    in_control = bool(CONTROL_WORD.search(found["rest"].split(" than ")[0]))  # "... sooner in the placebo group"
    return "negative" if later != in_control else "positive"


def comparator_unchanged_spans(lowered: str, comparator: str | None) -> list[tuple[int, int]]:
    """The spans of "no change with <comparator>" clauses, the comparator being the claim's or a
    control word; empty when there is none."""
    arms = [CONTROL]
    if comparator and len(comparator) > 2:
        arms.append(re.escape(comparator.lower()))
    pattern = re.compile(rf"\b(?:{_NO_CHANGE})\s+(?:with|in|on|among|for|after)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{'|'.join(arms)}){_ARM_NOUN}\b")
    return [found.span() for found in pattern.finditer(lowered)]


def alike_measure_span(lowered: str) -> tuple[int, int] | None:
    """The span of a closing "but <measure> similar" clause naming an efficacy measure, else None."""
    found = _ALIKE.search(lowered)
    if not found or SAFETY_NOUN.search(found["measure"]) or _NOT_OUTCOME.search(found["measure"]) or found["measure"].strip() in ("they", "results", "outcomes", "both", "the groups", "groups", "arms"):
        return None
    return found.span()
