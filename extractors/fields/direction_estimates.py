"""An effect estimate with its confidence interval, read on its own: "HR 0.72 (0.60-0.86)",
"RR 0.68 (95% CI 0.52 to 0.89)", "WMD -4.2 mmHg (95% CI -6.1 to -2.3)", "Hedges' g = 0.62
(95% CI 0.38-0.86)", "mean difference -1.8 (95% CI -2.9 to -0.7) on the pain NRS".

Review tables and abstracts state a result this way and nothing else; the older readers in
``direction_numbers`` took only some labels and interval spellings, and read a ratio only
when its outcome was known. An interval holding the null value (1 for a ratio, 0 for a
difference) is no difference. Clear of it, the estimate's side is read with the outcome the
sentence names. With no outcome named (decided here, keeping "OR 2.1 (1.3-3.4)" unknown):

- a ratio below 1 is a benefit: ratios are reported of events a treatment should prevent
  (death, relapse, progression); above 1 it stays unknown (response, or a harm?);
- a difference or standardised effect size is a benefit whatever its sign: the sign follows
  the scale and the order of subtraction, neither stated, and a review reports the effects of
  the treatments it reviews.

A hazard ratio is the event's hazard, so on a survival outcome ("HR for progression-free
survival 0.61") lower is better, whichever way the time moved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_RATIO = r"(?-i:a?HR|a?OR|a?RR|IRR)|hazard\s+ratio|odds\s+ratio|risk\s+ratio|rate\s+ratio|relative\s+risk"
_DIFFERENCE = (
    r"(?-i:S?MD|WMD)|(?:standardi[sz]ed\s+|weighted\s+|between-group\s+)?mean\s+differences?|risk\s+difference"
    r"|hedges'?\s*g|cohen'?s\s*d|effect\s+size|[gd](?=\s*[=:])"
)
_NUMBER = r"-?\d*\.?\d+"
_ESTIMATE = re.compile(
    rf"(?<![\w'-])(?:(?P<ratio>{_RATIO})|(?P<difference>{_DIFFERENCE}))(?![\w-])"
    # "HR for progression", "MD in pain scores", "Hazard ratio for relapse to heavy drinking with naltrexone 50 mg/day versus placebo"
    r"(?:\s+(?:for|of|in|on)\s+(?:the\s+)?[a-z][\w'-]*(?:\s+(?:[a-z][\w'/-]*|\d[\d.]*(?=\s+[a-z]))){0,11}?)?"
    r"(?:\s+(?:was|were|of))?\s*[=:,]?\s*"
    rf"(?P<estimate>{_NUMBER})\s*(?:[a-z%/]+(?:\s?[a-z/]+)?\s*)?"  # a unit: "-4.2 mmHg", "2.1 points"
    r"[(\[,;]\s*(?:95\s*%\s*(?:ci|confidence\s+interval)\s*[:=,]?\s*)?"
    rf"(?P<low>{_NUMBER})\s*(?:to|,|;|-)\s*(?P<high>{_NUMBER})(?![\d.])",
    re.IGNORECASE,
)
# ``_ESTIMATE``'s one-letter labels as it finds them (Hedges' "g = 0.4", Cohen's "d: 0.3").
_LETTER_LABEL = re.compile(r"(?<![\w'-])[gdGD](?=\s*[=:])")
_HAZARD = re.compile(r"a?hr\b|hazard", re.IGNORECASE)
_SURVIVAL = re.compile(r"surviv|-free\b|free\s+surviv", re.IGNORECASE)
_GAIN_WORDS = re.compile(r"\b(?:improv\w*|benefit\w*|better|favou?r\w*(?!\s+(?:the\s+)?(?:placebo|control|sham|usual)))")
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-"})


def may_state_estimate(text: str) -> bool:
    """Substring tests that every estimate needs: an interval's bracket or its name."""
    return "(" in text or "[" in text or "CI" in text or "ci" in text


def _may_name_estimate(text: str) -> bool:
    """Whether ``text`` holds a word some label of ``_ESTIMATE`` cannot match without: its case-
    insensitive scan tries every letter as a start ("g =", "d:"), so a sentence with a bracket and
    no label is left unscanned. An "=" or ":" alone ("p = 0.03", "Results:") names no estimate:
    only a one-letter label before it does."""
    if "HR" in text or "OR" in text or "RR" in text or "MD" in text:
        return True
    lowered = text.lower()
    if "ratio" in lowered or "relative" in lowered or "differen" in lowered or "hedge" in lowered or "cohen" in lowered or "effect" in lowered:
        return True
    return ("=" in text or ":" in text) and _LETTER_LABEL.search(text) is not None


def survival_hazard(label: str, context: str) -> bool:
    """Whether a ratio labelled ``label`` is a hazard ratio on a survival outcome: the hazard of
    death or progression, lower better though survival is better longer."""
    return bool(_HAZARD.match(label)) and bool(_SURVIVAL.search(context))


def read_estimate(text: str, measure: str, better_when: Callable[[str, bool], str | None]) -> str | None:
    """positive, negative or nonsignificant for the first effect estimate in ``text`` (the
    sentence, its case kept: "OR" is a ratio, "or" a word); None when there is none, its
    interval does not hold it, or its side cannot be told. ``better_when(words, ratio)`` says
    which way the outcome named in ``words`` should move ("higher", "lower" or None)."""
    signed = text if text.isascii() else text.translate(_DASHES)  # (translating ASCII text changes nothing, slowly)
    found = _ESTIMATE.search(signed) if _may_name_estimate(signed) else None
    if not found:
        return None
    estimate, low, high = (float(found[name]) for name in ("estimate", "low", "high"))
    if not low <= estimate <= high:
        return None
    ratio = bool(found["ratio"])
    null_value = 1.0 if ratio else 0.0
    if low <= null_value <= high:
        return "nonsignificant"
    context = signed.lower() + measure
    if not ratio and _GAIN_WORDS.search(context):
        return "positive"  # "Improved sleep quality (MD -1.2 ...)": the words say the gain; the sign follows a scale unnamed
    better = "lower" if ratio and survival_hazard(found["ratio"], context) else better_when(context, ratio)
    if better is None:
        if ratio:  # a hazard of reaching a time-to-event endpoint no vocabulary knows ("time to culture conversion") may be a good event's
            return "positive" if estimate < 1 and "time to" not in context else None
        return "positive"
    return "positive" if (estimate > null_value) == (better == "higher") else "negative"
