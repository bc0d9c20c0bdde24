"""What one arm's patients or animals did more or less than the other's, told by the deed
itself, as paediatric, veterinary and sleep trials write it: "the probiotic group fussed
significantly more than the placebo group", "dogs on the diet scratched less than those on
the control diet", "children given the syrup coughed more often than those given placebo".

Crying, fussing, scratching, coughing, wheezing, vomiting, waking, limping and the like are
what a treatment should lessen: more of them in the treated arm is its harm, less its gain;
sleeping more is the gain. The treated arm is the one named first unless that is the
control. The passes read "significantly more" as a gain whatever was done more.
"""

from __future__ import annotations

import re

from extractors.fields.direction_words import control_first

_BAD_DEEDS = (
    "cried", "fussed", "scratched", "coughed", "wheezed", "vomited", "woke", "limped", "sneezed", "itched", "snored",
    "scoured", "licked", "chewed", "panted", "regurgitated", "wet",
)
_GOOD_DEEDS = ("slept", "fed", "smiled", "played")
_DEED = re.compile(
    r"\b(?P<deed>" + "|".join(_BAD_DEEDS + _GOOD_DEEDS) + r")\s+(?:the\s+bed\s+|up\s+|at\s+night\s+)?"
    r"(?:significantly\s+|markedly\s+|much\s+|far\s+|slightly\s+|considerably\s+|substantially\s+)?(?P<way>more|less)\s+"
    r"(?:often\s+|frequently\s+|(?:at\s+)?night\s+)?than\s+(?P<other>[^.;,]{1,60})"
)
_WORDS = _BAD_DEEDS + _GOOD_DEEDS


def _clause_start(lowered: str, position: int) -> int:
    return max(lowered.rfind(".", 0, position), lowered.rfind(";", 0, position), lowered.rfind(",", 0, position)) + 1


def deed_direction(lowered: str, comparator: str | None = None) -> tuple[str, tuple[int, int]] | None:
    """positive or negative for the treatment, and the span saying so, when one arm did a
    telling deed more or less than the other; None otherwise."""
    if " than " not in lowered or not any(word in lowered for word in _WORDS):
        return None
    found = _DEED.search(lowered)
    if not found:
        return None
    start = _clause_start(lowered, found.start())
    subject = lowered[start : found.start()]
    harm = found["deed"] in _BAD_DEEDS
    gain = (found["way"] == "less") == harm
    if control_first(subject, found["other"], comparator):
        gain = not gain
    return ("positive" if gain else "negative"), (start, found.end())
