"""Ingest a page saved to disk, read the own-study abstract ingest found on it, or its claims."""

from pathlib import Path

from extractors import extract
from pipeline.ingest import ingest
from pipeline.model import Claim, Document


def ingest_page(tmp_path: Path, page: str, name: str = "page.txt") -> Document:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return ingest(str(path))


def own_abstract(doc: Document) -> str:
    meta = doc.meta
    assert meta.is_study and meta.abstract_start is not None and meta.abstract_end is not None
    return doc.text[meta.abstract_start:meta.abstract_end]


def page_claims(tmp_path: Path, page: str, name: str = "page.txt") -> list[Claim]:
    """The claims extracted from ``page`` saved as ``name`` (its suffix picks the reader)."""
    (result,) = extract([ingest_page(tmp_path, page, name)])
    return result.claims
