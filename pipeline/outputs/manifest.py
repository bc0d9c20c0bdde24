"""``manifest.json``: what a run read, with which versions, what it found and what changed.

The shape is fixed by SPEC.md; ``versions`` are filled from the installed packages for
any the flow did not set itself.
"""

from __future__ import annotations

import json
import platform
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.model import Run
from pipeline.outputs.atomic import write_text

VERSIONED_PACKAGES = ("litclaims", "spacy", "scispacy", "prefect", "prefect-dask", "dask", "pdfplumber", "lxml")


def installed_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in VERSIONED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "unknown"
    return versions


def run_counts(run: Run) -> dict[str, int]:
    claims = run.claims
    return {
        "documents": len(run.documents),
        "ok": sum(d.status == "ok" for d in run.documents),
        "failed": sum(d.status == "failed" for d in run.documents),
        "skipped": sum(d.status == "skipped" for d in run.documents),
        "claims": len(claims),
        "flags": sum(len(c.flags) for c in claims),
    }


def build_manifest(run: Run) -> dict[str, Any]:
    return {
        "started_at": run.started_at,
        "finished_at": run.finished_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": list(run.command),
        "versions": installed_versions() | run.versions,
        "inputs": [
            {"source": d.source, "doc_id": d.doc_id, "sha256": d.sha256, "status": d.status}
            for d in run.documents
        ],
        "references": [f.to_dict() for f in run.reference_files],
        "counts": run_counts(run),
        "changes": {key: list(run.changes.get(key, [])) for key in ("new", "changed", "unchanged", "removed")},
        "timings": dict(run.timings),
    }


def write_manifest(path: Path, run: Run) -> None:
    write_text(path, json.dumps(build_manifest(run), indent=2, ensure_ascii=False) + "\n")
