"""Curated CSV reference sets with the SPEC.md columns (``;`` separates values inside a cell)."""

from __future__ import annotations

import csv
import io
import re

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors, facts
from pipeline.references.errors import Parsed, ReferenceFileError

IDENTITY_COLUMNS = {"id", "authors", "title", "doi", "pmid"}


def looks_like(text: str) -> bool:
    header = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    return "," in header and bool(IDENTITY_COLUMNS & {c.strip() for c in header.split(",")})


def _record(row: dict[str, str], source_file: str) -> Record:
    doi = row.get("doi", "").strip().lower()
    doi = re.sub(r"^https?://(dx\.)?doi\.org/", "", doi)
    pmid = row.get("pmid", "").strip()
    if pmid and not pmid.isdigit():
        raise ValueError(f"pmid is not numeric: {pmid!r}")
    record = Record(
        id=row.get("id", "").strip(),
        source_file=source_file,
        authors=[authors.from_inverted(a) for a in row.get("authors", "").split(";") if a.strip()],
        year=facts.whole_number(row.get("year", ""), "year"),
        title=row.get("title", "").strip() or None,
        journal=row.get("journal", "").strip() or None,
        volume=row.get("volume", "").strip() or None,
        issue=row.get("issue", "").strip() or None,
        pages=row.get("pages", "").strip() or None,
        doi=doi or None,
        pmid=pmid or None,
        pmcid=row.get("pmcid", "").strip() or None,
        study_type=row.get("study_type", "").strip() or None,
        condition=row.get("condition", "").strip() or None,
        abstract=row.get("abstract", "").strip() or None,
    )
    facts.apply_curated(record, row)
    return record


def parse(text: str, source_file: str) -> Parsed:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    if not columns & IDENTITY_COLUMNS:
        raise ReferenceFileError(f"{source_file}: CSV header names none of the columns id, authors, title, doi, pmid")
    parsed = Parsed()
    line = reader.line_num
    for raw in reader:
        start, line = line + 1, reader.line_num
        if None in raw:
            parsed.skipped.append(SkippedRecord(start, "CSV row has more cells than the header"))
            continue
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
        if not any(row.get(c, "").strip() for c in IDENTITY_COLUMNS):
            parsed.skipped.append(SkippedRecord(start, "CSV row has no id, authors, title, DOI or PMID"))
            continue
        try:
            parsed.records.append(_record(row, source_file))
        except ValueError as error:
            parsed.skipped.append(SkippedRecord(start, f"CSV row skipped: {error}"))
    return parsed
