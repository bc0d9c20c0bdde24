"""Ingest: find documents, read every supported kind into a ``Document`` with labelled blocks.

``ingest`` never raises for bad input: a document that cannot be read comes back
with ``status="failed"`` and a one-line ``error``. Inputs larger than
``DEFAULT_MAX_BYTES`` (25 MB) fail with "too large" instead of being read, which
keeps memory and time per document bounded (a 50 MB page is refused in
milliseconds, its sha256 still recorded).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from extractors.blocks import label_text
from pipeline.ingest.abstract_page import abstract_page_meta
from pipeline.ingest.decode import BinaryContentError, decode
from pipeline.ingest.discover import DOCUMENT_EXTENSIONS, SourceError, discover
from pipeline.ingest.fetch import FetchError, fetch, too_large
from pipeline.ingest.html import read_html
from pipeline.ingest.ids import doc_id_for, is_url
from pipeline.ingest.jats import read_jats
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.pubmed import read_medline, read_pubmed_xml
from pipeline.ingest.ris_record import read_ris_record
from pipeline.ingest.repeated import mark_repeated_lines
from pipeline.ingest.sniff import sniff
from pipeline.model import Block, Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_EXTENSIONS",
    "SourceError",
    "discover",
    "ingest",
    "mark_repeated_lines",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25_000_000
_KIND_BY_SUFFIX = {".pdf": "pdf", ".html": "html", ".htm": "html", ".nbib": "medline", ".medline": "medline"}
_TITLE_MAX = 200


def ingest(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file or URL into a Document; failures are returned, never raised."""
    name = urlsplit(source).path if is_url(source) else Path(source).name
    document = Document(doc_id=doc_id_for(source), source=source, kind=_kind_from_name(name), sha256="")
    content_type = None
    try:
        if is_url(source):
            fetched = fetch(source, max_bytes)
            raw, content_type, name = fetched.body, fetched.content_type, urlsplit(fetched.url).path
        else:
            path = Path(source)
            if path.exists() and not path.is_file():
                return _fail(document, f"not a regular file: {source}")
            size = path.stat().st_size
            if size > max_bytes:
                document.sha256 = _file_sha256(path)
                return _fail(document, too_large(size, max_bytes))
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)  # the file may grow after stat
            if len(raw) > max_bytes:
                document.sha256 = _file_sha256(path)
                return _fail(document, too_large(path.stat().st_size, max_bytes))
    except FetchError as exc:
        return _fail(document, str(exc))
    except OSError as exc:
        return _fail(document, f"could not read {source}: {exc.strerror or exc}")
    document.sha256 = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return _fail(document, "empty file" if not raw else "no text (whitespace only)")
    try:
        document.kind = sniff(raw, name, content_type)
        _read_into(document, raw)
    except BinaryContentError as exc:
        return _fail(document, f"binary content ({exc})")
    except (ValueError, LookupError) as exc:
        return _fail(document, _one_line(str(exc)) or type(exc).__name__)
    except Exception as exc:  # a reader bug must not stop the run; record it with its type
        log.warning("unexpected error reading %s", source, exc_info=True)
        return _fail(document, f"could not read {document.kind}: {type(exc).__name__}: {_one_line(str(exc))}")
    if not document.text.strip():
        return _fail(document, "no text found")
    return document


def _read_into(document: Document, raw: bytes) -> None:
    kind = document.kind
    if kind == "pdf":
        result = read_pdf(raw)
        document.text, document.blocks, document.pages = result.text, result.blocks, result.pages
        document.title = result.title or _first_title(result.text, result.blocks)
    elif kind == "html":
        page = read_html(raw)
        document.text, document.blocks, document.title, document.meta = page.text, page.blocks, page.title, page.meta
    elif kind in ("pubmed-xml", "jats", "medline", "ris"):
        laid = (read_pubmed_xml(raw) if kind == "pubmed-xml" else read_jats(raw) if kind == "jats"
                else read_medline(decode(raw)[0]) if kind == "medline" else read_ris_record(decode(raw)[0]))
        document.text, document.blocks, document.title, document.meta = laid.text, laid.blocks, laid.title, laid.meta
        document.studies = laid.studies
    elif kind == "text":
        document.text = decode(raw)[0]
        document.blocks = label_text(document.text)
        document.meta = abstract_page_meta(document.text, document.blocks)
        document.title = document.meta.title or _first_title(document.text, document.blocks)
    else:
        raise ValueError("unsupported XML document (neither PubMed nor JATS)")


def _first_title(text: str, blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.label in ("main", "metadata") and block.kind in ("heading", "line", "paragraph"):
            title = text[block.start : block.end].lstrip("#* ").rstrip("*_ ").strip()
            return title if 0 < len(title) <= _TITLE_MAX and block.kind != "paragraph" else None
    return None


def _kind_from_name(name: str) -> str:
    return _KIND_BY_SUFFIX.get(PurePosixPath(name.lower()).suffix, "text")


def _fail(document: Document, reason: str) -> Document:
    log.info("%s failed: %s", document.source, reason)
    document.status, document.error = "failed", _one_line(reason)
    document.text, document.blocks, document.pages = "", [], []
    return document


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
