"""CROSS_DOC_CONFLICT: two documents of one run report the same study with a different
N (a completer or analysed count below the other's N is no conflict), dose or direction. The same study means the same resolved record, or for unresolved
claims the same normalised first author and year."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.model import Claim, Dose, Flag, Record, ReferenceEntry
from pipeline.references.authors import surname_of
from pipeline.verify.names import surname_key
from pipeline.verify.values import DIRECTED, accepted_n, dose_text, doses_agree


_SHOWN = {"n": "N", "dose": "Dose", "direction": "Direction"}


@dataclass
class StudyClaim:
    """A claim about exactly one study, with the key that names that study across documents."""

    claim: Claim
    key: str  # the record id, or normalised "surname:year"
    name: str  # how messages name the study: the record id, or "Surname year"
    record: Record | None


def study_claim(claim: Claim, record: Record | None, entries: list[ReferenceEntry]) -> StudyClaim | None:
    """Name the claim's study: its resolved record, else first author and year, each taken from
    the label or else the cited entry; None when the study cannot be named."""
    if record is not None:
        return StudyClaim(claim, record.id, record.id, record)
    entry = entries[0] if entries else None
    surname = claim.study.first_author or (surname_of(entry.authors[0]) if entry and entry.authors else None)
    year = claim.study.year or (entry.year if entry else None)
    if not surname or not year:
        return None
    return StudyClaim(claim, f"{surname_key(surname)}:{year}", f"{surname} {year}", None)


def _n_values(claim: Claim) -> set[int]:
    detail = [v for v in claim.n_detail.values() if isinstance(v, int)]  # randomized, enrolled, completed, analysed...
    arms = [v for v in claim.n_detail.get("arms", []) if isinstance(v, int)]
    return {claim.n, *detail, *arms, *([sum(arms)] if arms else [])} - {None}


def _subset_of(a: Claim, b: Claim) -> bool:
    """``a`` counts only completers or an analysed set, fewer than ``b``'s N: both can be true."""
    kinds = ("completed", "analysed")
    only_subset = any(a.n_detail.get(k) == a.n for k in kinds) and not any(a.n_detail.get(k) == a.n for k in ("randomized", "enrolled"))
    return only_subset and a.n is not None and b.n is not None and a.n < b.n


def _doses_conflict(a: list[Dose], b: list[Dose]) -> bool:
    verdicts = [doses_agree(x, y) for x in a for y in b]
    return any(v is not None for v in verdicts) and not any(verdicts)


def _differences(a: Claim, b: Claim, record: Record | None) -> list[tuple[str, object, object]]:
    """(field, value in a, value in b) for each field the two claims disagree on; two values
    the trusted record both gives (randomized and completed N, two doses) do not disagree."""
    found: list[tuple[str, object, object]] = []
    trusted_n = accepted_n(record) if record else set()
    if (a.n is not None and b.n is not None and a.n not in _n_values(b) and b.n not in _n_values(a) and not {a.n, b.n} <= trusted_n
            and not _subset_of(a, b) and not _subset_of(b, a)):
        found.append(("n", a.n, b.n))
    trusted_doses = record.dose if record else []
    both_trusted = trusted_doses and not _doses_conflict(a.dose, trusted_doses) and not _doses_conflict(b.dose, trusted_doses)
    if _doses_conflict(a.dose, b.dose) and not both_trusted:
        found.append(("dose", dose_text(a.dose), dose_text(b.dose)))
    if a.direction in DIRECTED and b.direction in DIRECTED and a.direction != b.direction:
        found.append(("direction", a.direction, b.direction))
    return found


def conflict_flags(claims: list[StudyClaim]) -> None:
    """Add a flag to each claim for each field another document reports differently (first such document)."""
    groups: dict[str, list[StudyClaim]] = defaultdict(list)
    for item in claims:
        groups[item.key].append(item)
    for group in groups.values():
        for item in group:
            flagged: set[str] = set()
            for other in group:
                if other.claim.doc_id == item.claim.doc_id:
                    continue
                for field, mine, theirs in _differences(item.claim, other.claim, item.record):
                    if field in flagged:
                        continue
                    flagged.add(field)
                    item.claim.flags.append(Flag(
                        "CROSS_DOC_CONFLICT", "medium",
                        f"{_SHOWN[field]} given as {mine} here; document {other.claim.doc_id} reports {theirs} for the same study ({item.name}).",
                        field=field, expected=theirs, found=mine, reference_id=item.record.id if item.record else None))
