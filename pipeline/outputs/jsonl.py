"""``documents.jsonl`` and ``claims.jsonl``: one JSON object per line.

Lines are written with ``ensure_ascii=False`` (UTF-8, readable evidence text); JSON's
own escaping keeps a newline inside a value from ever splitting a line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.model import Claim, Document, DocumentResult
from pipeline.outputs.atomic import atomic_open


def document_row(document: Document, result: DocumentResult | None) -> dict[str, Any]:
    """The SPEC fields of one document, plus pages, references and chars per block label."""
    label_chars: Counter[str] = Counter()
    for block in document.blocks:
        label_chars[block.label] += block.end - block.start
    return {
        "doc_id": document.doc_id,
        "source": document.source,
        "sha256": document.sha256,
        "kind": document.kind,
        "title": document.title,
        "status": document.status,
        "error": document.error,
        "chars": len(document.text),
        "boilerplate_chars": document.boilerplate_chars,
        "claims": len(result.claims) if result else 0,
        "references": len(result.references) if result else 0,
        "pages": len(document.pages),
        "label_chars": dict(sorted(label_chars.items())),
    }


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with atomic_open(path) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str))
            handle.write("\n")


def write_documents(path: Path, documents: list[Document], results: dict[str, DocumentResult]) -> None:
    write_jsonl(path, (document_row(d, results.get(d.doc_id)) for d in documents))


def write_claims(path: Path, claims: Iterable[Claim]) -> None:
    write_jsonl(path, (claim.to_dict() for claim in claims))
