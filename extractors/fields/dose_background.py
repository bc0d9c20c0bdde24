"""The background therapy of an add-on design: the treatment both arms get is not the claim's dose.

In "adding doxycycline 40 mg to ivermectin 1% cream ... than ivermectin alone" every arm had the
cream, so only the added drug's dose is the claim's; in "doxycycline 40 mg/day + metronidazole
0.75% gel" against "metronidazole 0.75% gel alone" the gel's strength is written in the comparator's
own name. The base's dose stays when it is the only dose stated ("adding rTMS to sertraline
100 mg/day ... than sertraline alone"), and a base named without its strength in an arm set
side by side keeps it too ("metformin 500 mg plus an extract 300 mg or metformin alone").
"""

from __future__ import annotations

import re

from pipeline.model import Dose

from extractors.fields.dose import parse_doses

# "adding X to", "X added to", "X as an add-on to": what follows "to" is the base every arm had.
_ADDED_BEFORE = re.compile(r"\b(?:add(?:ing|ed|s)?|add[\s\-]on)\b[^.;:]{0,80}$", re.IGNORECASE)
_BASE_LEAD = re.compile(r"(?:(?:the|their|his|her|ongoing|stable|existing|background|usual|topical|oral|inhaled)\s+){0,2}")


def without_background_doses(text: str, doses: list[Dose], comparator: str | None) -> list[Dose]:
    """``doses`` less those of the base an add-on was given with, when the comparator is that
    base "alone" and another dose remains."""
    if len(doses) < 2 or not comparator or not comparator.endswith(" alone"):
        return doses
    base = comparator[: -len(" alone")]
    named = {(dose.value, dose.unit) for dose in parse_doses(base)} if any(c.isdigit() for c in base) else set()
    kept = [dose for dose in doses if (dose.value, dose.unit) not in named]
    if "add" in text.lower() and (start := _base_after_added_to(text, base.split()[0])) >= 0:
        kept = [dose for dose in kept if not (dose.text and start <= text.find(dose.text, start) < start + 40)]
    return kept if kept and len(kept) < len(doses) else doses


def _base_after_added_to(text: str, agent: str) -> int:
    """Where the base's name ends after "adding ... to" in ``text``, or -1."""
    for found in re.finditer(r"(?<![\w\-])" + re.escape(agent) + r"(?![\w\-])", text, re.IGNORECASE):
        lead = _BASE_LEAD_BEFORE.search(text, max(0, found.start() - 40), found.start())
        if lead and _ADDED_BEFORE.search(text, max(0, lead.start() - 80), lead.start()):
            return found.end()
    return -1


_BASE_LEAD_BEFORE = re.compile(r"\bto\s+" + _BASE_LEAD.pattern + r"$", re.IGNORECASE)
