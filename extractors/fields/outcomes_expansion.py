"""An acronym spelled out in brackets inside an instrument's name: "MASCC (Multinational
Association for Supportive Care in Cancer) Antiemesis Tool", "EORTC (European Organisation
for Research and Treatment of Cancer) QLQ-C30", "the WHO (World Health Organization)
Disability Assessment Schedule". The bracket splits the name the lexicon lists, so it is
cut before the names are matched.
"""

from __future__ import annotations

import re

# The bracket opens right after a run of capitals and is followed by the rest of a name (a capital).
_EXPANSION = re.compile(r" \((?P<words>[A-Z][a-z][^()]{6,100}?)\)(?= [A-Z])")
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])(?P<acronym>[A-Z][A-Z&]{1,7})$")
_CAPITALISED = re.compile(r"\b[A-Z]")


def without_inner_expansions(text: str) -> str:
    """``text`` with each bracketed expansion of the acronym before it cut out; the
    bracket must spell the acronym out (its capitalised words start with the acronym's
    first letter and are at least as many as its letters less one), so a bracket that
    does not spell it ("HADS (Zigmond 1983) Anxiety subscale") stays."""
    if " (" not in text:
        return text
    cuts = []
    for match in _EXPANSION.finditer(text):
        acronym = _ACRONYM_BEFORE.search(text, max(0, match.start() - 9), match.start())
        if not acronym:
            continue
        initials = "".join(c.group(0) for c in _CAPITALISED.finditer(match.group("words")))
        letters = acronym.group("acronym").replace("&", "")
        if initials[:1] == letters[0] and len(initials) >= len(letters) - 1:
            cuts.append((match.start(), match.end()))
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    return text
