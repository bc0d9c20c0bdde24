"""Cross-document boilerplate: short lines that a site repeats on many of its pages."""

from __future__ import annotations

import os
from collections import defaultdict
from urllib.parse import urlsplit

from pipeline.ingest.ids import is_url
from pipeline.model import Document

MIN_DOCUMENTS = 3
SHORT_BLOCK = 200  # characters; longer blocks are content even when quoted twice


def site_of(source: str) -> str:
    """The URL host, or the parent directory of a file."""
    if is_url(source):
        return urlsplit(source).hostname or source
    return os.path.dirname(os.path.abspath(source))


def mark_repeated_lines(documents: list[Document]) -> None:
    """Relabel as boilerplate each short main block whose exact text is in >= 3 documents of one site."""
    by_site: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        if document.status == "ok":
            by_site[site_of(document.source)].append(document)
    for site_documents in by_site.values():
        if len(site_documents) < MIN_DOCUMENTS:
            continue
        seen_in: dict[str, set[str]] = defaultdict(set)
        for document in site_documents:
            for block in document.blocks:
                if block.label == "main" and block.end - block.start <= SHORT_BLOCK:
                    seen_in[document.text[block.start : block.end]].add(document.doc_id)
        repeated = {text for text, ids in seen_in.items() if len(ids) >= MIN_DOCUMENTS}
        if not repeated:
            continue
        for document in site_documents:
            for block in document.blocks:
                if block.label == "main" and document.text[block.start : block.end] in repeated:
                    block.label = "boilerplate"
