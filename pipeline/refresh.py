"""Incremental refresh: decide which ingested documents need extraction this run.

A document whose content hash matches the previous run into the same output folder
keeps its stored extraction result and is reported as ``skipped``; everything else is
extracted again. Verification always runs over every claim, because the trusted set
or another document may have changed even when this one did not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.model import Document, DocumentResult, Verification

StoredResult = tuple[Document, DocumentResult]


@dataclass
class RefreshPlan:
    documents: list[Document]  # every document of this run, in input order
    to_extract: list[Document]  # new, changed, or previously failed
    reused: dict[str, DocumentResult] = field(default_factory=dict)  # by doc_id
    changes: dict[str, list[str]] = field(default_factory=dict)


def compare_hashes(current: dict[str, str], previous: dict[str, str]) -> dict[str, list[str]]:
    """new / changed / unchanged / removed doc_ids, each sorted."""
    return {
        "new": sorted(d for d in current if d not in previous),
        "changed": sorted(d for d in current if d in previous and previous[d] != current[d]),
        "unchanged": sorted(d for d in current if previous.get(d) == current[d]),
        "removed": sorted(d for d in previous if d not in current),
    }


def plan_refresh(
    documents: list[Document],
    previous: dict[str, str],
    load: Callable[[str], StoredResult | None],
) -> RefreshPlan:
    """Split this run's documents into those to extract and those whose stored result stands.

    ``previous`` maps doc_id to the sha256 seen last run; ``load`` fetches a stored result.
    Documents that failed last time are always retried: the failure may have been transient
    (a URL that timed out) and retrying costs little.
    """
    changes = compare_hashes({d.doc_id: d.sha256 for d in documents}, previous)
    unchanged = set(changes["unchanged"])
    to_extract: list[Document] = []
    reused: dict[str, DocumentResult] = {}
    planned: list[Document] = []
    for document in documents:
        stored = load(document.doc_id) if document.doc_id in unchanged and document.status == "ok" else None
        if stored is None or stored[0].status != "ok":
            planned.append(document)
            to_extract.append(document)
            continue
        planned.append(dataclasses.replace(document, status="skipped"))
        reused[document.doc_id] = _without_verification(stored[1])
    return RefreshPlan(documents=planned, to_extract=to_extract, reused=reused, changes=changes)


def _without_verification(result: DocumentResult) -> DocumentResult:
    """A stored result with last run's verdicts cleared, ready to be verified afresh."""
    for claim in result.claims:
        claim.verification = Verification()
        claim.flags = []
    return result
