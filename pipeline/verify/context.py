"""Checks on where a claim stands: ANECDOTAL_CONTEXT (comment threads, testimonials) and
UNREGISTERED_TRIAL (an ongoing or planned trial with no registry ID)."""

from __future__ import annotations

import re

from pipeline.model import Claim, Flag

REGISTRY_ID = re.compile(
    r"\bNCT\d{8}\b|\bISRCTN\s?\d{8}\b|\bEudraCT[:\s]*(?:No\.?\s*)?\d{4}-\d{6}-\d{2}\b|\b\d{4}-\d{6}-\d{2}\b"
    r"|\bACTRN\d{14}\b|\bChiCTR[-\w]*\d+\b|\bDRKS\d{8}\b|\bCTRI/\d{4}/\d+/\d+\b|\bNTR\d{3,5}\b"
    r"|\bUMIN\d{9}\b|\bjRCT[a-z]?\d{7,10}\b|\bIRCT\d{8,}N\d+\b|\bPACTR\d{15}\b|\bKCT\d{7}\b|\bTCTR\d{11}\b"
    r"|\bRBR-\w{6,8}\b|\bSLCTR/\d{4}/\d{3}\b|\bNL\d{4,5}\b|\bEUCTR\d{4}-\d{6}-\d{2}\b",
    re.IGNORECASE,
)


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
