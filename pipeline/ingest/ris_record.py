"""A RIS record saved as a document ("TY - JOUR", "T1 - ...", "AB - ..."), laid out like a PubMed record.

Reference managers and publisher pages export an article's citation and abstract as RIS; users
save it as a ``.ris`` or ``.txt`` file and hand it over as a document. Read as plain text its
tags would be prose and its abstract no study's own. Tags are read leniently (one or two spaces
around the dash, no closing ``ER``), since pages reflow them.
"""

from __future__ import annotations

import re

from pipeline.ingest.record import LaidOut, StudyRecord, citation_text, lay_out
from pipeline.references.authors import from_any

_TAG_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])\s{1,2}-(?:\s(?P<value>.*))?$")
_START = re.compile(rb"^TY\s{1,2}-\s")
_ABSTRACT_TAG = re.compile(rb"^(?:AB|N2)\s{1,2}-\s", re.MULTILINE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def looks_like_ris_record(head: bytes) -> bool:
    """Whether a text file opens on a RIS record that carries an abstract."""
    return bool(_START.match(head)) and bool(_ABSTRACT_TAG.search(head))


def read_ris_record(text: str) -> LaidOut:
    records = [_study(fields) for fields in _records(text)]
    if not records:
        raise ValueError("RIS text holds no record")
    return lay_out(records)


def _records(text: str) -> list[dict[str, list[str]]]:
    """Each record's tags and values, a line without a tag continuing the value above it."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    last: str | None = None
    for line in text.lstrip("\ufeff").splitlines():
        found = _TAG_LINE.match(line.rstrip())
        if found and found["tag"] == "TY":
            current, last = {}, None
            records.append(current)
        elif found and current is not None:
            if found["tag"] == "ER":
                current, last = None, None
                continue
            last = found["tag"]
            current.setdefault(last, []).append((found["value"] or "").strip())
        elif current is not None and last and line.strip():
            current[last][-1] = f"{current[last][-1]} {line.strip()}"
    return [r for r in records if r]


def _first(fields: dict[str, list[str]], *tags: str) -> str:
    return next((values[0] for tag in tags if (values := fields.get(tag)) and values[0]), "")


def _study(fields: dict[str, list[str]]) -> StudyRecord:
    year = _YEAR.search(_first(fields, "PY", "Y1", "DA"))
    year_number = int(year.group(1)) if year else None
    pages = "-".join(p for p in (_first(fields, "SP"), _first(fields, "EP")) if p)
    return StudyRecord(
        title=" ".join(_first(fields, "TI", "T1").split()),
        authors=[from_any(name) for tag in ("AU", "A1") for name in fields.get(tag, []) if name],
        journal=_first(fields, "JO", "JF", "T2", "JA", "J2"),
        year=year_number,
        citation=citation_text(year_number, _first(fields, "VL"), _first(fields, "IS"), pages),
        doi=_first(fields, "DO") or None,
        abstract=[" ".join(_first(fields, "AB", "N2").split())] if _first(fields, "AB", "N2") else [],
    )
