"""Whether a claim's attribution holds up: UNSUPPORTED_CITATION, UNCITED_CLAIM,
MISATTRIBUTION, and AMBIGUOUS_REFERENCE (an attribution two trusted records fit equally)."""

from __future__ import annotations

from pipeline.model import Claim, Flag, ReferenceEntry, Study
from pipeline.references.authors import surname_of
from pipeline.verify.context import REGISTRY_ID
from pipeline.verify.names import surname_key
from pipeline.verify.resolve import Resolution, entries_by_marker


def describe(study: Study) -> str:
    """The attribution as the source wrote it, on one line, for messages."""
    return " ".join(_described(study).split()) or "the cited study"


def _described(study: Study) -> str:
    if study.label:
        return study.label
    if study.first_author:
        return f"{study.first_author} ({study.year})" if study.year else study.first_author
    if study.markers:
        return "".join(f"[{m}]" for m in study.markers)
    return study.doi or (f"PMID {study.pmid}" if study.pmid else "the cited study")


def has_attribution(claim: Claim) -> bool:
    """Any pointer to a source at all, a registry ID (also one only written in the evidence) or a link included."""
    study = claim.study
    return study.attributed or bool(study.registry_ids or study.urls or study.venue) or bool(REGISTRY_ID.search(claim.evidence.text))


def uncited_flag(claim: Claim) -> Flag | None:
    """A claim with an N, a dose or a finding, and nothing saying where it comes from
    (in a comment thread too: an anecdote with numbers is still uncited)."""
    substantive = claim.n is not None or bool(claim.dose) or claim.direction != "unknown"
    if not substantive or has_attribution(claim):
        return None
    what = "an N" if claim.n is not None else "a dose" if claim.dose else "an efficacy finding"
    return Flag("UNCITED_CLAIM", "medium", f"This claim states {what} but cites no study; expected a reference for it.")


def _names_a_study(study: Study) -> bool:
    """An attribution that should be findable: author-year, venue-year or a descriptive label
    (a DOI, PMID or registry ID is an identity in itself)."""
    return bool(study.first_author or study.venue or (study.label and not (study.doi or study.pmid or study.registry_ids or study.urls)))


def unsupported_flag(claim: Claim, resolution: Resolution, entries: list[ReferenceEntry], trusted: bool) -> Flag | None:
    """An attribution that points at nothing: a marker with no reference-list entry, or an
    author-year / venue-year found neither in the reference list nor the trusted set."""
    study = claim.study
    if study.own:
        return None
    if study.markers:
        listed = entries_by_marker(entries)
        missing = [m for m in study.markers if m not in listed]
        if not missing:
            return None
        where = "the document's reference list" if entries else "any reference list (the document has none)"
        return Flag("UNSUPPORTED_CITATION", "high",
                    f"Citation marker {', '.join(f'[{m}]' for m in missing)} matches no entry in {where}.", found=missing)
    if not _names_a_study(study) or resolution.entries:
        return None
    if trusted:
        if resolution.match is not None:
            return None
        where = "the document's reference list or the trusted set" if entries else "the trusted set (the document has no reference list)"
    elif entries:
        return None
    else:
        where = "any reference list (the document has none); no trusted set was given"
    return Flag("UNSUPPORTED_CITATION", "high", f"Attribution '{describe(study)}' matches nothing in {where}.", found=describe(study))


def misattribution_flag(claim: Claim, resolution: Resolution) -> Flag | None:
    """The author-year label and the cited reference-list entry name different studies."""
    study = claim.study
    if not study.first_author or not study.markers or not resolution.entries:
        return None
    label = surname_key(study.first_author)
    listed = [e for e in resolution.entries if e.authors]
    if listed and not any(label in {surname_key(surname_of(a)) for a in e.authors} for e in listed):
        entry = listed[0]
        return Flag("MISATTRIBUTION", "high",
                    f"Attributed to {describe(study)}, but the cited reference [{entry.marker}] is by {surname_of(entry.authors[0])}"
                    f"{f' ({entry.year})' if entry.year else ''}.",
                    expected=surname_of(entry.authors[0]), found=study.first_author,
                    reference_id=resolution.cited.id if resolution.cited else None)
    cited = resolution.cited
    named = resolution.label.record if resolution.label else None
    if cited is not None and named is not None and named is not cited and named not in resolution.others:
        return Flag("MISATTRIBUTION", "high",
                    f"Attributed to {describe(study)} (trusted record {named.id}), but the cited reference points to trusted record {cited.id}.",
                    expected=cited.id, found=named.id, reference_id=cited.id)
    return None


def ambiguity_flag(claim: Claim, resolution: Resolution) -> Flag | None:
    match = resolution.match
    if match is None or not match.ambiguous:
        return None
    ids = ", ".join(r.id for r in match.candidates)
    return Flag("AMBIGUOUS_REFERENCE", "low",
                f"Attribution '{describe(claim.study)}' fits {len(match.candidates)} trusted records equally ({ids}); it was checked against none.",
                found=describe(claim.study))
