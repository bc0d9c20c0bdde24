"""What the claim scorers share: pinning gold evidence in a document, pairing gold
and predicted claims by overlap, and counting agreements."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pipeline.model import Claim


class GoldError(ValueError):
    """The gold itself is unusable (fix the gold, not the scorer)."""


T = TypeVar("T")


class GoldSpan(Protocol):
    evidence: str
    start: int
    end: int


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path, build: Callable[[dict[str, Any]], T]) -> list[T]:
    """One ``build(record)`` per line of a gold.jsonl; a malformed line is a GoldError naming it."""
    built = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            built.append(build(json.loads(line)))
        except (ValueError, KeyError, TypeError) as error:
            raise GoldError(f"{path}:{lineno}: {type(error).__name__}: {error}") from error
    return built


def evidence_problem(doc_name: str, evidence: str, text: str) -> str | None:
    """Why ``evidence`` cannot pin a gold claim in ``text`` (it must occur exactly once), or None."""
    count = text.count(evidence)
    if count == 1:
        return None
    where = "not found" if count == 0 else f"found {count} times"
    return f"{doc_name}: gold evidence {evidence!r} {where} in the ingested text"


def locate_evidence(doc_name: str, claims: Sequence[GoldSpan], text: str) -> None:
    """Pin each gold claim to the one place its evidence string occurs in ``text``."""
    for claim in claims:
        if problem := evidence_problem(doc_name, claim.evidence, text):
            raise GoldError(problem)
        claim.start = text.index(claim.evidence)
        claim.end = claim.start + len(claim.evidence)


def match_by_overlap(gold: Sequence[GoldSpan], predicted: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, greatest character overlap first."""
    candidates = [
        (overlap, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if (overlap := min(g.end, p.evidence.end) - max(g.start, p.evidence.start)) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs, used_gold, used_predicted = [], set(), set()
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_predicted.add(pi)
    return sorted(pairs)
