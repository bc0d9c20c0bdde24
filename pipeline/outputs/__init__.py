"""Write every output file of SPEC.md for one run.

Each file is replaced atomically, so an interrupted run leaves the previous run's file
(never a half-written one). The manifest is written last: when it is there and new, the
rest of the run's files are too.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from pipeline.model import Run
from pipeline.outputs.atomic import remove_temporaries
from pipeline.outputs.csv import write_claims_csv, write_flags_csv
from pipeline.outputs.jsonl import write_claims, write_documents
from pipeline.outputs.manifest import write_manifest
from pipeline.outputs.report import write_report
from pipeline.outputs.text import TEXT_DIR, write_texts

__all__ = ["write_run"]

log = logging.getLogger(__name__)


def write_run(out_dir: Path, run: Run) -> None:
    """Write documents.jsonl, claims.jsonl, claims.csv, flags.csv, report.html,
    text/<doc_id>.txt and manifest.json into ``out_dir``.

    Adds ``write_s`` to ``run.timings`` (unless the flow measured it itself), so the
    manifest reports how long writing took.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for directory in (out_dir, out_dir / TEXT_DIR):
        remove_temporaries(directory)
    claims = run.claims
    write_texts(out_dir, run.documents)
    write_documents(out_dir / "documents.jsonl", run.documents, run.results)
    write_claims(out_dir / "claims.jsonl", claims)
    write_claims_csv(out_dir / "claims.csv", claims)
    write_flags_csv(out_dir / "flags.csv", claims)
    write_report(out_dir / "report.html", run)
    if "write_s" not in run.timings:
        run.timings["write_s"] = round(time.perf_counter() - started, 3)
        if "total_s" in run.timings:  # the flow's total stops where writing starts
            run.timings["total_s"] = round(run.timings["total_s"] + run.timings["write_s"], 3)
    write_manifest(out_dir / "manifest.json", run)
    log.info("wrote %d documents and %d claims to %s", len(run.documents), len(claims), out_dir)
