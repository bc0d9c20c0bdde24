"""Withdrawal and step-down trials: the control arm keeps taking the drug people were already on
("randomised to step down to 10 mg or continued 20 mg", "relapse was commoner than in those who
continued levothyroxine", "stopping X was non-inferior to staying on X"). "Continued" is how the
arm is described, never what it got: the comparator is the drug kept, and when the arm is named
only by its dose, the drug is the one named earlier in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CONTINUED_GATE = ("continu", "stayed on", "staying on", "remained on", "remaining on", "kept taking", "kept on")
_KEPT_ARM = re.compile(
    r"\b(?:or|versus|vs\.?|than|against|compared\s+(?:with|to)|as\s+in|(?:non-?)?inferior\s+to|superior\s+to|equivalent\s+to)\s+"
    r"(?:(?:those|patients|participants|people|women|men|children|adults|dogs|cats|animals)\s+(?:who|that)\s+)?"
    r"(?:continued|continuing|continuation\s+of|stayed\s+on|staying\s+on|remained\s+on|remaining\s+on|kept\s+taking|kept\s+on)\s+"
    r"(?:(?:on|with|taking|their|the|usual|same|current|full[\s\-]dose|maintenance)\s+)*"
)
_DUMMY = re.compile(r"\b(?:placebo|sham|dummy|vehicle)\b")
_DOSE_ONLY = re.compile(r"\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|ug|iu|units?|ml)\b")


def continued_arm(lowered: str, drug_at: Callable[[str], str | None], first_drug_in: Callable[[str], str | None]) -> str | None:
    """The drug a "continued" arm kept taking: ``drug_at`` reads a drug at the start of a
    text, ``first_drug_in`` the first drug named anywhere in one; None when no drug is named."""
    if _DUMMY.search(lowered):
        return None  # "either continued pregabalin or placebo": the drug kept is the tested arm of a withdrawal trial
    for kept in _KEPT_ARM.finditer(lowered):
        rest = lowered[kept.end():kept.end() + 80]
        if (drug := drug_at(rest)) is not None:
            return drug
        if _DOSE_ONLY.match(rest):
            return first_drug_in(lowered[:kept.start()])  # "on long-term omeprazole ... or continued 20 mg"
    return None
