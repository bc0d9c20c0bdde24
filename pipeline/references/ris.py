"""RIS exports (``.ris``), each record read with rispy.

rispy silently drops what it cannot place, so the file is first cut into ``TY`` ... ``ER``
records by line; a record with no ``ER`` or no bibliographic identity is skipped with its line.
"""

from __future__ import annotations

import re

import rispy

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors
from pipeline.references.errors import Parsed
from pipeline.references.identity import NOTED_DOI, NOTED_PMID

_START = re.compile(r"^TY  - ")
_END = re.compile(r"^ER  -")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PMID = re.compile(r"(?:PMID:?\s*)?(\d{5,9})$")


def looks_like(text: str) -> bool:
    return bool(_START.match(text.lstrip("\ufeff \r\n")))


def _chunks(text: str) -> tuple[list[tuple[int, str]], list[SkippedRecord]]:
    complete: list[tuple[int, str]] = []
    broken: list[SkippedRecord] = []
    start, lines = 0, []
    for number, line in enumerate(text.splitlines(), start=1):
        if _START.match(line):
            if lines:
                broken.append(SkippedRecord(start, "RIS record has no 'ER  -' end tag"))
            start, lines = number, [line]
        elif lines:
            lines.append(line)
            if _END.match(line):
                complete.append((start, "\n".join(lines)))
                lines = []
        elif line.strip():
            broken.append(SkippedRecord(number, f"text outside any RIS record: {line[:60]!r}"))
    if lines:
        broken.append(SkippedRecord(start, "RIS record has no 'ER  -' end tag"))
    return complete, broken


def _first(entry: dict, *keys: str) -> str | None:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            return str(value).strip()
    return None


def _elsewhere(entry: dict, pattern: re.Pattern[str]) -> str | None:
    """An identifier written into a link or a note (Zotero and EndNote put PMIDs and DOIs there)."""
    for key in ("urls", "note", "notes", "custom1", "custom2", "custom5"):
        values = entry.get(key) or []
        for value in values if isinstance(values, list) else [values]:
            if found := pattern.search(str(value)):
                return found.group(1)
    return None


def _record(entry: dict, source_file: str) -> Record:
    year = _YEAR.search(_first(entry, "year", "publication_year", "date") or "")
    pmid = _PMID.match(_first(entry, "accession_number") or "")
    first, last = _first(entry, "start_page"), _first(entry, "end_page")
    names = entry.get("authors") or entry.get("first_authors") or []
    doi = _first(entry, "doi") or _elsewhere(entry, NOTED_DOI)
    return Record(
        id="",
        source_file=source_file,
        authors=[authors.from_any(name) for name in names],
        year=int(year.group(1)) if year else None,
        title=_first(entry, "title", "primary_title"),
        journal=_first(entry, "secondary_title", "journal_name", "alternate_title3"),
        journal_abbrev=_first(entry, "alternate_title1", "alternate_title2"),
        volume=_first(entry, "volume"),
        issue=_first(entry, "number"),
        pages=f"{first}-{last}" if first and last else first,
        doi=doi.lower() if doi else None,
        pmid=pmid.group(1) if pmid else _elsewhere(entry, NOTED_PMID),
        abstract=_first(entry, "abstract", "notes_abstract"),
    )


def parse(text: str, source_file: str) -> Parsed:
    chunks, broken = _chunks(text)
    parsed = Parsed(skipped=broken)
    for start, chunk in chunks:
        entries = rispy.loads(chunk)
        record = _record(entries[0], source_file) if entries else None
        if record is None or not (record.title or record.authors or record.doi or record.pmid):
            parsed.skipped.append(SkippedRecord(start, "RIS record has no title, authors, DOI or PMID"))
        else:
            parsed.records.append(record)
    parsed.skipped.sort(key=lambda s: s.line or 0)
    return parsed
