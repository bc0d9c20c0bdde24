"""MEDLINE/PubMed text exports (``.nbib``, ``.medline``), read with Biopython's Medline parser.

Biopython accepts any line, so each blank-line-separated record is checked for the
``TAG - value`` / continuation shape first; a record that breaks it is skipped with its line.
"""

from __future__ import annotations

import io
import re

from Bio import Medline

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors
from pipeline.references.errors import Parsed

_TAG_LINE = re.compile(r"^[A-Z][A-Z0-9]{1,3} {0,3}- ")
_CONTINUATION = re.compile(r"^ {6}\S")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_GENERIC_TYPES = {"Journal Article", "English Abstract", "Research Support, Non-U.S. Gov't"}


def looks_like(text: str) -> bool:
    return text.lstrip("\ufeff \r\n").startswith("PMID-")


def _chunks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line-separated records with the 1-based line each starts on."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            chunks.append((start, current))
            current = []
    if current:
        chunks.append((start, current))
    return chunks


def _doi(entry: dict) -> str | None:
    for value in [entry.get("LID", ""), *entry.get("AID", [])]:
        if value.endswith("[doi]"):
            return value[: -len("[doi]")].strip().lower()
    return None


def _record(entry: dict, source_file: str) -> Record:
    year = _YEAR.search(entry.get("DP", ""))
    names = entry.get("AU") or [authors.from_inverted(name) for name in entry.get("FAU", [])]
    types = [t for t in entry.get("PT", []) if t not in _GENERIC_TYPES]
    return Record(
        id="",
        source_file=source_file,
        authors=list(names),
        year=int(year.group(1)) if year else None,
        title=entry.get("TI"),
        journal=entry.get("JT"),
        journal_abbrev=entry.get("TA"),
        volume=entry.get("VI"),
        issue=entry.get("IP"),
        pages=entry.get("PG"),
        doi=_doi(entry),
        pmid=entry.get("PMID"),
        pmcid=entry.get("PMC"),
        study_type=types[0] if types else None,
        abstract=entry.get("AB"),
    )


def parse(text: str, source_file: str) -> Parsed:
    parsed = Parsed()
    for start, lines in _chunks(text):
        bad = next((i for i, line in enumerate(lines) if not (_TAG_LINE.match(line) or (i and _CONTINUATION.match(line)))), None)
        if bad is not None:
            parsed.skipped.append(SkippedRecord(start + bad, f"not a MEDLINE field line: {lines[bad][:60]!r}"))
            continue
        entry = Medline.read(io.StringIO("\n".join(lines) + "\n"))
        if not entry.get("PMID") and not entry.get("TI"):
            parsed.skipped.append(SkippedRecord(start, "MEDLINE record has neither PMID nor TI"))
            continue
        parsed.records.append(_record(entry, source_file))
    return parsed
