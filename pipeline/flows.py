"""The litclaims Prefect flow.

The flow only batches, calls the plain stage functions and persists the run; the
stages themselves (ingest, extract, verify, write) are importable and testable without
Prefect. Documents travel in batches, never one task per document: Prefect costs
milliseconds per task locally and far more on Dask, while a batch amortises both the
task overhead and the spaCy pipeline start-up.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import Task
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline import batches
from pipeline.ingest import discover, mark_repeated_lines
from pipeline.model import Document, DocumentResult, Run
from pipeline.outputs import write_run
from pipeline.references import load_references
from pipeline.refresh import plan_refresh
from pipeline.state import StateStore
from pipeline.task_runner import InPlaceTaskRunner
from pipeline.verify import verify

T = TypeVar("T")

DEFAULT_BATCH_SIZE = 25

ingest_batch = task(batches.ingest_documents, name="ingest-batch", cache_policy=NO_CACHE)
extract_batch = task(batches.extract_documents, name="extract-batch", cache_policy=NO_CACHE)


def batched(items: Sequence[T], size: int, parallelism: int = 4) -> Iterator[list[T]]:
    """Batches of at most ``size``, but enough of them to keep ``parallelism`` workers busy."""
    size = max(1, min(size, math.ceil(len(items) / parallelism)))
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _run_stage(stage: Task, inputs: list[list], label: str, show_progress: bool) -> list[Any]:
    """Run a stage over batches on the flow's task runner, keeping batch order, with a progress bar on long runs.

    The bar advances as each batch finishes: during ``submit`` itself for the in-place
    runner, later for Dask.
    """
    if not show_progress:
        return [future.result() for future in [stage.submit(batch) for batch in inputs]]
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        bar = progress.add_task(label, total=len(inputs))
        futures = []
        for batch in inputs:
            future = stage.submit(batch)
            future.add_done_callback(lambda _: progress.advance(bar))
            futures.append(future)
        return [future.result() for future in futures]


@flow(name="litclaims", task_runner=InPlaceTaskRunner(), validate_parameters=False)
def litclaims_flow(
    sources: list[str],
    references: list[str],
    out: str,
    command: list[str] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    show_progress: bool = False,
) -> dict[str, Any]:
    """Ingest, extract, verify and report one run into ``out``; returns the run's counts."""
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)

    tick = time.perf_counter()
    locations = discover(sources)
    ingested = _run_stage(ingest_batch, list(batched(locations, batch_size)), "Ingesting", show_progress)
    documents = [d for batch in ingested for d in batch]
    mark_repeated_lines(documents)
    timings["ingest_s"] = time.perf_counter() - tick

    with StateStore(out_dir) as store:
        plan = plan_refresh(documents, store.previous_hashes(), store.load)

        tick = time.perf_counter()
        extracted = _run_stage(extract_batch, list(batched(plan.to_extract, batch_size)), "Extracting", show_progress)
        results = dict(plan.reused)
        results.update({r.doc_id: r for batch in extracted for r in batch})
        for index, document in enumerate(plan.documents):
            result = results.setdefault(document.doc_id, DocumentResult(document.doc_id))
            if result.error:
                plan.documents[index] = mark_failed(document, result.error)
        timings["extract_s"] = time.perf_counter() - tick

        tick = time.perf_counter()
        records, reference_files = load_references([Path(p) for p in references]) if references else (None, [])
        ordered = [results[d.doc_id] for d in plan.documents]
        verify(ordered, records, plan.documents)
        timings["verify_s"] = time.perf_counter() - tick

        run = Run(
            command=command or ["litclaims", "run", *sources],
            started_at=started_at,
            documents=plan.documents,
            results=results,
            records=records or [],
            reference_files=reference_files,
            changes=plan.changes,
        )
        extracted_ids = {d.doc_id for d in plan.to_extract}
        for document in plan.documents:
            if document.doc_id in extracted_ids:
                store.save(document, results[document.doc_id])
        store.remove(plan.changes["removed"])
        timings["total_s"] = time.perf_counter() - clock
        run.timings = {k: round(v, 3) for k, v in timings.items()}
        run.finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_run(out_dir, run)

    return summarise(run)


def mark_failed(document: Document, error: str) -> Document:
    return dataclasses.replace(document, status="failed", error=error)


def summarise(run: Run) -> dict[str, Any]:
    statuses = [d.status for d in run.documents]
    claims = run.claims
    return {
        "documents": len(statuses),
        "ok": statuses.count("ok"),
        "failed": statuses.count("failed"),
        "skipped": statuses.count("skipped"),
        "claims": len(claims),
        "flags": sum(len(c.flags) for c in claims),
        "changes": {k: len(v) for k, v in run.changes.items()},
    }


def dask_flow(address: str | None = None, n_workers: int = 2):
    """The same flow on Dask: an existing cluster at ``address``, or a local cluster of processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        # silence_logs: a worker still heartbeating while the local cluster shuts down logs a
        # "Failed to communicate with scheduler" traceback at ERROR; task failures still reach the flow.
        runner = DaskTaskRunner(
            cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None,
                            "silence_logs": logging.CRITICAL}
        )
    return litclaims_flow.with_options(task_runner=runner)
