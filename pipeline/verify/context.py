"""Checks on where a claim stands: ANECDOTAL_CONTEXT (comment threads, testimonials) and
UNREGISTERED_TRIAL (an ongoing or planned trial with no registry ID)."""

from __future__ import annotations

import re

from extractors.attribution import REGISTRY_ID as REGISTRY_ID_PATTERN
from pipeline.model import Claim, Flag

# Any registry's ID, or an EU trial number without its "EudraCT" (the extractor's list, any case).
REGISTRY_ID = re.compile(rf"{REGISTRY_ID_PATTERN}|\b\d{{4}}-\d{{6}}-\d{{2}}\b", re.IGNORECASE)


def anecdotal_flag(claim: Claim) -> Flag | None:
    if claim.context != "comment":
        return None
    return Flag("ANECDOTAL_CONTEXT", "medium",
                "This claim stands in a user comment, not in the document's body; treat it as an anecdote, not evidence.")


def page_registry_id(text: str) -> str | None:
    """The one registry ID a trial's own record page shows in a field of its own ("Identifiers"
    then "NCT02597231", "NCT Number: NCT02597231"); None when the page names several trials
    or cites its only ID inside a sentence (a recruiting page citing an earlier trial)."""
    found = {m.group(0).upper(): m for m in REGISTRY_ID.finditer(text)}
    if len(found) != 1:
        return None
    match = next(iter(found.values()))
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end != -1 else len(text)]
    label = (line[: match.start() - line_start] + line[match.end() - line_start :]).split()
    return match.group(0) if len(label) <= 4 and not line.rstrip().endswith(".") else None


def unregistered_flag(claim: Claim, document_text: str = "") -> Flag | None:
    """An ongoing trial described without its registry ID, in the claim or, on the trial's
    own record page, in the page's identifier field."""
    if not claim.ongoing_trial or claim.study.registry_ids or REGISTRY_ID.search(claim.evidence.text):
        return None
    if page_registry_id(document_text):
        return None
    return Flag("UNREGISTERED_TRIAL", "medium",
                "This ongoing or planned trial is described without a registry identifier; expected a registry number (NCT, ISRCTN, EudraCT or another WHO primary registry).")
