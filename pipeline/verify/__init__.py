"""Verification: resolve each claim to a trusted record and raise every SPEC flag.

``verify`` fills ``Claim.verification`` and ``Claim.flags`` in place. With no trusted set
(``records is None``) the checks that need none still run and attributed claims are
``not_checked``.

Severities: high for what makes a claim wrong or baseless (VALUE_MISMATCH on n, dose or
direction, MISATTRIBUTION, UNSUPPORTED_CITATION); medium for what needs an editor's look
(VALUE_MISMATCH on comparator or outcome measures, UNCITED_CLAIM, NONSCHOLARLY_SOURCE,
ANECDOTAL_CONTEXT, UNREGISTERED_TRIAL, CROSS_DOC_CONFLICT); low for a year off by one and
AMBIGUOUS_REFERENCE (an attribution that two trusted records fit equally; added to SPEC's codes).
"""

from __future__ import annotations

import logging

from pipeline.model import Claim, Document, DocumentResult, Flag, Record, Verification
from pipeline.verify.citations import (
    ambiguity_flag,
    has_attribution,
    misattribution_flag,
    uncited_flag,
    unsupported_flag,
)
from pipeline.verify.conflicts import StudyClaim, conflict_flags, study_claim
from pipeline.verify.context import anecdotal_flag, unregistered_flag
from pipeline.verify.resolve import RecordIndex, Resolution, resolve
from pipeline.verify.sources import nonscholarly_flags
from pipeline.verify.values import value_mismatches

__all__ = ["verify"]

log = logging.getLogger(__name__)

_CONTRADICTING = {"VALUE_MISMATCH", "MISATTRIBUTION"}


def _status(claim: Claim, resolution: Resolution, flags: list[Flag], trusted: bool) -> Verification:
    match = resolution.match
    record = match.record if match else None
    verification = Verification(
        reference_id=record.id if record else None,
        method=match.method if match else None,
        score=round(match.score, 3) if match else None,
        candidates=[r.id for r in match.candidates] if match and match.ambiguous else [],
    )
    if not has_attribution(claim):
        verification.status = "uncited"
    elif not trusted:
        verification.status = "not_checked"
    elif record is None:
        verification.status = "unverifiable"
    elif any(f.code in _CONTRADICTING for f in flags):
        verification.status = "contradicted"
    else:
        verification.status = "verified"
    return verification


def _check(claim: Claim, result: DocumentResult, document: Document | None, index: RecordIndex | None) -> Resolution:
    resolution = resolve(claim, result.references, document, index)
    record = resolution.match.record if resolution.match else None
    checks: list[Flag | None] = [
        uncited_flag(claim),
        unsupported_flag(claim, resolution, result.references, index is not None),
        misattribution_flag(claim, resolution),
        ambiguity_flag(claim, resolution),
        anecdotal_flag(claim),
        unregistered_flag(claim, document.text if document else ""),
    ]
    flags = [f for f in checks if f is not None]
    flags += nonscholarly_flags(claim, resolution.entries)
    if record is not None:
        flags += value_mismatches(claim, record, resolution.others, resolution.year)
    claim.flags = flags
    claim.verification = _status(claim, resolution, flags, index is not None)
    return resolution


def verify(results: list[DocumentResult], records: list[Record] | None, documents: list[Document]) -> None:
    """Fill every claim's verification and flags; ``records`` None skips the trusted-set checks."""
    index = RecordIndex(records) if records is not None else None
    by_id = {d.doc_id: d for d in documents}
    study_claims: list[StudyClaim] = []
    for result in results:
        for claim in result.claims:
            if claim.context == "reference_list":
                continue
            resolution = _check(claim, result, by_id.get(result.doc_id), index)
            one_study = not resolution.others and not (resolution.match and resolution.match.ambiguous)
            named = study_claim(claim, resolution.match.record if resolution.match else None, resolution.entries)
            if one_study and named is not None:
                study_claims.append(named)
    conflict_flags(study_claims)
    claims = [c for r in results for c in r.claims]
    log.info("verified %d claims; %d flags", len(claims), sum(len(c.flags) for c in claims))
