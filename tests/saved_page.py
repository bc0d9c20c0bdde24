"""Ingest a page saved as text, and read the own-study abstract ingest found on it."""

from pathlib import Path

from pipeline.ingest import ingest
from pipeline.model import Document


def ingest_page(tmp_path: Path, page: str) -> Document:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    return ingest(str(path))


def own_abstract(doc: Document) -> str:
    meta = doc.meta
    assert meta.is_study and meta.abstract_start is not None and meta.abstract_end is not None
    return doc.text[meta.abstract_start:meta.abstract_end]
