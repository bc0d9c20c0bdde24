"""The per-batch work that Prefect tasks run, as plain functions.

Kept out of ``pipeline/flows.py`` so that a Dask worker unpickles a task by reference
to these functions, and so each process (the local one, or every Dask worker) builds
its single spaCy pipeline once on first use.
"""

from __future__ import annotations

import functools
import threading

import extractors
from extractors.pipeline import build_nlp
from pipeline.ingest import ingest
from pipeline.model import Document, DocumentResult

_nlp_lock = threading.Lock()


@functools.cache
def shared_nlp():
    return build_nlp()


def ingest_documents(sources: list[str]) -> list[Document]:
    return [ingest(source) for source in sources]


def extract_documents(documents: list[Document]) -> list[DocumentResult]:
    # Local runs use a thread pool over one shared pipeline, so calls take turns.
    with _nlp_lock:
        return extractors.extract(documents, nlp=shared_nlp())
