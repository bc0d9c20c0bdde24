"""The state of the last run into an output folder, for incremental refresh runs.

One SQLite file (``<out>/state.sqlite``) maps each doc_id to the sha256 it had and to
its stored Document and DocumentResult, so a re-run extracts only new or changed
documents and reuses the rest. Documents and results are stored as zlib-compressed
JSON of their dataclasses: the full text can be large, and JSON keeps the store
readable by any tool and tolerant of fields added to the model later (unknown keys are
ignored, missing ones take their defaults).

Results are tagged with the litclaims version that produced them; ``load`` ignores a
result from another version, so an upgrade re-extracts unchanged documents with the new
extractors while ``changes`` still reports them as unchanged.

Writes made inside ``with StateStore(out) as store:`` are committed together when the
block ends without an error and rolled back otherwise, so a crashed run never leaves a
half-updated state behind.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import types
import typing
import zlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from pipeline.model import Document, DocumentResult

T = TypeVar("T")

log = logging.getLogger(__name__)

STATE_FILE = "state.sqlite"
SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id   TEXT PRIMARY KEY,
    sha256   TEXT NOT NULL,
    status   TEXT NOT NULL,
    version  TEXT NOT NULL,
    document BLOB NOT NULL,
    result   BLOB NOT NULL
)
"""


class StateStore:
    """SQLite-backed store of the previous run's documents and extraction results."""

    def __init__(self, out_dir: Path, version: str | None = None) -> None:
        self.path = Path(out_dir) / STATE_FILE
        self.version = version if version is not None else _installed_version()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            # The store is only a cache of the last run: a damaged one costs a full
            # re-extraction, never the run.
            log.warning("state store %s is unreadable (%s); starting afresh", self.path, error)
            self.path.replace(self.path.with_name(STATE_FILE + ".damaged"))
            self._db = self._open()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self._db.commit()
        else:
            self._db.rollback()
        self.close()

    def close(self) -> None:
        self._db.close()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA_VERSION:
                # A store written by another layout is only a cache: start afresh.
                db.execute("DROP TABLE IF EXISTS documents")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute(_SCHEMA)
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def previous_hashes(self) -> dict[str, str]:
        """doc_id -> sha256 of every document stored by the last run."""
        return dict(self._db.execute("SELECT doc_id, sha256 FROM documents"))

    def load(self, doc_id: str) -> tuple[Document, DocumentResult] | None:
        row = self._db.execute(
            "SELECT document, result FROM documents WHERE doc_id = ? AND version = ?", (doc_id, self.version)
        ).fetchone()
        if row is None:
            return None
        return document_from_dict(_unpack(row[0])), result_from_dict(_unpack(row[1]))

    def save(self, document: Document, result: DocumentResult) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO documents (doc_id, sha256, status, version, document, result)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                document.doc_id,
                document.sha256,
                document.status,
                self.version,
                _pack(to_dict(document)),
                _pack(to_dict(result)),
            ),
        )

    def remove(self, doc_ids: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM documents WHERE doc_id = ?", ((d,) for d in doc_ids))

    def changes(self, current: dict[str, str]) -> dict[str, list[str]]:
        """Compare this run's doc_id -> sha256 with the stored one: new, changed,
        unchanged and removed doc_ids, each sorted."""
        previous = self.previous_hashes()
        return {
            "new": sorted(d for d in current if d not in previous),
            "changed": sorted(d for d in current if d in previous and previous[d] != current[d]),
            "unchanged": sorted(d for d in current if previous.get(d) == current[d]),
            "removed": sorted(d for d in previous if d not in current),
        }


def _installed_version() -> str:
    try:
        return metadata.version("litclaims")
    except metadata.PackageNotFoundError:
        return "unknown"


def _pack(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8", errors="surrogatepass"))


def _unpack(blob: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(blob).decode("utf-8", errors="surrogatepass"))


def to_dict(obj: Any) -> dict[str, Any]:
    """A dataclass (and everything nested in it) as plain JSON-ready values."""
    return dataclasses.asdict(obj)


def document_from_dict(data: dict[str, Any]) -> Document:
    return from_dict(Document, data)


def result_from_dict(data: dict[str, Any]) -> DocumentResult:
    return from_dict(DocumentResult, data)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild dataclass ``cls`` from ``to_dict`` output, nested dataclasses included."""
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    return cls(**{key: _convert(hints[key], value) for key, value in data.items() if key in names})


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


_HINTS: dict[type, dict[str, Any]] = {}


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_dict(tp, value)
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = get_args(tp) or (Any,)
        return [_convert(item, v) for v in value]
    if origin is dict:
        _, item = get_args(tp) or (Any, Any)
        return {k: _convert(item, v) for k, v in value.items()}
    return value
