"""The per-batch work that Prefect tasks run, as plain functions.

Kept out of ``pipeline/flows.py`` so that a Dask worker unpickles a task by reference
to these functions; each process (the local one, or every Dask worker) builds its
single spaCy pipeline once, on first use, through ``extractors.pipeline.shared_nlp``.
"""

from __future__ import annotations

import logging
import threading

import extractors
from extractors.pipeline import shared_nlp
from pipeline.ingest import ingest
from pipeline.model import Document, DocumentResult

log = logging.getLogger(__name__)
_nlp_lock = threading.Lock()


def ingest_documents(sources: list[str]) -> list[Document]:
    return [ingest(source) for source in sources]


def extract_documents(documents: list[Document]) -> list[DocumentResult]:
    """Extract a batch; if the batch fails, retry document by document so one bad
    document is recorded as failed instead of sinking the others."""
    # A Dask worker with several threads shares one pipeline, so calls take turns.
    with _nlp_lock:
        try:
            return extractors.extract(documents, nlp=shared_nlp())
        except Exception:
            log.warning("extraction failed on a batch of %d documents; retrying one by one", len(documents))
        return [_extract_one(document) for document in documents]


def _extract_one(document: Document) -> DocumentResult:
    try:
        return extractors.extract([document], nlp=shared_nlp())[0]
    except Exception as error:  # any bug or pathological input: keep the run going, say why
        log.warning("extraction failed on %s", document.source, exc_info=True)
        reason = f"extraction failed: {type(error).__name__}: {error}".splitlines()[0][:300]
        return DocumentResult(document.doc_id, error=reason)
