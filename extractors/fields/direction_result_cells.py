"""A table's result cell of measures and numbers, read measure by measure: "Daily gain +4.8%, FCR 1.72
vs 1.79", "ADG +6.2%, FCR 1.61 vs 1.68 (P<0.05)", "PASI -6.1 points, itch lower", "Milk yield +1.9 kg/d,
SCC NS".

Farm, dermatology and dental tables state a finding as a list of measures, each with a signed change
or the treated arm's value against the control's (treated first, as such cells write them). Whether a
number is a gain depends on the measure: a lower feed conversion ratio or plaque index is better, a
higher daily gain or milk yield is. The passes read the cell's numbers without knowing which measure
each belongs to ("gain" beside "1.72 vs 1.79" read as less gain), so a cell that parses whole is read
here instead. A cell with a measure the polarity lexicon does not know is left to the passes.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL_WORD
from extractors.fields.lexicon import trie_pattern

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"(?:\s*(?:%|percent|pp|points?|pts|kg(?:/d(?:ay)?)?|g(?:/d(?:ay)?)?|mm|ml|l/d|units?|d|days))?"
_P_VALUE = r"(?:\s*[(\[]?\s*p\s*[<=≤]\s*0?\.\d+\s*[)\]]?|\s*\*+)?"
_WHAT = r"(?P<what>[a-z][\w:/()'-]*(?:\s+[\w:/()'-]+){0,4}?)"
_PART = re.compile(
    rf"^\s*{_WHAT}\s*(?::\s*)?(?:"
    rf"(?<![\w-])(?P<sign>[+−–-])\s*{_NUMBER}{_UNIT}{_P_VALUE}"
    rf"|(?P<a>{_NUMBER}){_UNIT}\s+(?:vs\.?|versus|v\.?)\s+(?P<b>{_NUMBER}){_UNIT}(?P<ns>\s*[(\[]?\s*(?:ns|n\.s\.?|p\s*[>=≥]\s*0?\.(?:0[5-9]|[1-9])\d*)\s*[)\]]?)?{_P_VALUE}"
    rf"|(?<![\w-])(?P<word>lower|higher|reduced|increased|improved|better|worse|up|down){_P_VALUE}"
    rf"|(?<![\w-])(?P<moved>up|down|higher|lower|increased|reduced)\s+(?:by\s+)?{_NUMBER}{_UNIT}{_P_VALUE}"
    r"|(?<![\w-])(?P<alike>ns|n\.s\.?|unchanged|no\s+change|no\s+difference|similar|unaffected))\s*$"
)
# The measure after its verdict: "Lower rectal temperature", "Less regrowth than steroid", "Smaller cortisol rise after exercise",
# "Poorer FCR with tannin".
_LEADING = re.compile(
    r"^\s*(?P<word>lower|higher|less|more|greater|fewer|smaller|larger|bigger|longer|shorter|reduced|increased|poorer|worse|better)\s+(?P<what>[a-z][\w/'-]*(?:\s+[\w/'-]+){0,3}?)"
    r"(?:\s+(?P<tail>than|vs\.?|versus|after|during|at|over|by|with)\s+(?P<arm>[\w\s'.-]{1,40})|\s+(?:on|in)\s+(?:the\s+)?treated\s+(?:side|patches|areas?))?"
    + _P_VALUE + r"\s*$"
)
_UP = ("higher", "increased", "improved", "better", "up", "more", "greater", "larger", "bigger", "longer")


def _verdict(part: str) -> str | None:
    """gain, loss or alike for one measure's cell part; None for a part of another shape or one
    whose measure the lexicon does not know."""
    found = _PART.match(part) or _LEADING.match(part)
    if not found:
        return None
    if found.re is _LEADING:
        if found["word"] in ("poorer", "worse", "better"):
            gain = found["word"] == "better"  # "Poorer FCR with tannin", whatever FCR's sense
        elif (better := outcome_better(found["what"])) is None:
            return None
        else:
            gain = (found["word"] in _UP) == (better == "higher")
        if found["tail"] == "with" and CONTROL_WORD.match(found["arm"].removeprefix("the ")):
            gain = not gain  # "Worse pain with placebo": the control's
        return "gain" if gain else "loss"
    if found["alike"] or found["ns"]:
        return "alike"
    if found["word"] in ("improved", "better", "worse"):
        return "gain" if found["word"] != "worse" else "loss"
    better = outcome_better(found["what"])
    if better is None:
        return None
    if found["sign"]:
        up = found["sign"] == "+"
    elif found["word"] or found["moved"]:
        up = (found["word"] or found["moved"]) in _UP
    elif float(found["a"]) == float(found["b"]):
        return "alike"
    else:
        up = float(found["a"]) > float(found["b"])
    return "gain" if up == (better == "higher") else "loss"


# The words a result cell holds besides "vs" and signs, as a trie behind one look-behind: as a flat
# alternation beside "vs" and the signs, every branch was tried at every position, twice the cost
# on a sentence that holds none of them (most sentences it is asked of).
_CELL_WORDS = re.compile(r"(?<!\w)(?:" + trie_pattern((
    "ns", "lower", "higher", "less", "more", "greater", "fewer", "smaller", "larger", "bigger", "longer", "shorter", "reduced",
    "increased", "unchanged", "up", "down", "poorer", "worse", "better"), strict_spaces=True) + r")\b")


def _may_be_cell(lowered: str) -> bool:
    return "vs" in lowered or "+" in lowered or "−" in lowered or "-" in lowered or _CELL_WORDS.search(lowered) is not None


def cell_direction(lowered: str) -> str | None:
    """positive, negative, mixed or null for a result cell that parses measure by measure, else None."""
    if len(lowered) > 140 or not _may_be_cell(lowered):
        return None
    parts = [part for part in re.split(r"[,;]\s+|;", lowered.rstrip(". ")) if part.strip()]
    if not 1 <= len(parts) <= 5 or len(parts) == 1 and not _LEADING.match(parts[0]):
        return None
    verdicts = set()
    for part in parts:
        verdict = _verdict(part)
        if not verdict:
            return None  # a part of another shape, or a measure whose sense the lexicon does not know
        verdicts.add(verdict)
    if "gain" in verdicts and "loss" in verdicts or "gain" in verdicts and "alike" in verdicts:
        return "mixed"
    if verdicts == {"gain"}:
        return "positive"
    if "loss" in verdicts:
        return "negative"
    return "null" if verdicts == {"alike"} else None
