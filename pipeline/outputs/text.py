"""``text/<doc_id>.txt``: each document's full text exactly as ingested.

Every claim offset points into these files, so they are written as the UTF-8 bytes of
``Document.text`` with nothing translated (CRLF, lone CR and non-BMP characters all
survive). Files of documents that are no longer part of the run are deleted, so the
folder always matches ``documents.jsonl``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.model import Document
from pipeline.outputs.atomic import write_bytes

log = logging.getLogger(__name__)

TEXT_DIR = "text"


def text_path(out_dir: Path, doc_id: str) -> Path:
    return out_dir / TEXT_DIR / f"{doc_id}.txt"


def has_text_file(document: Document) -> bool:
    """An ingested document (``ok``, or ``skipped`` as unchanged since the last run) always
    gets its file, even an empty one; a failed one only if ingestion produced text."""
    return document.status != "failed" or bool(document.text)


def write_texts(out_dir: Path, documents: list[Document]) -> None:
    """Write the text file of every document that has one and delete stale ones.

    A file whose bytes are already correct is left alone, so a refresh run over a large,
    mostly unchanged corpus does not rewrite it.
    """
    text_dir = out_dir / TEXT_DIR
    text_dir.mkdir(parents=True, exist_ok=True)
    keep: set[str] = set()
    for document in documents:
        if not has_text_file(document):
            continue
        path = text_path(out_dir, document.doc_id)
        keep.add(path.name)
        # A lone surrogate cannot be UTF-8; "replace" turns each into one "?", so
        # offsets (counted in code points) still hold for everything around it.
        data = document.text.encode("utf-8", errors="replace")
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            continue
        write_bytes(path, data)
    for stale in text_dir.glob("*.txt"):
        if stale.name not in keep:
            log.debug("removing text of a document no longer in the run: %s", stale.name)
            stale.unlink(missing_ok=True)
