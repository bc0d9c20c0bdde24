"""BibTeX (``.bib``), read with bibtexparser v2; its failed blocks become skipped records."""

from __future__ import annotations

import re

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors
from pipeline.references.errors import Parsed
from pipeline.references.identity import NOTED_DOI, NOTED_PMID

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def looks_like(text: str) -> bool:
    return bool(re.search(r"^\s*@\w+\s*\{", text, re.MULTILINE))


def _noted(fields: dict[str, str], pattern: re.Pattern[str]) -> str:
    """An identifier written into a link or a note, as reference managers often export PMIDs and DOIs."""
    for key in ("url", "note", "annote", "howpublished"):
        if found := pattern.search(fields.get(key, "")):
            return found.group(1)
    return ""


def _record(fields: dict[str, str], source_file: str) -> Record:
    year = _YEAR.search(fields.get("year", "") or fields.get("date", ""))
    pubmed_eprint = fields.get("eprinttype", "").strip().lower() in ("pubmed", "pmid")
    pmid = (fields.get("pmid", "") or (fields.get("eprint", "") if pubmed_eprint else "") or _noted(fields, NOTED_PMID)).strip()
    doi = (fields.get("doi", "") or _noted(fields, NOTED_DOI)).strip()
    return Record(
        id="",
        source_file=source_file,
        authors=[authors.from_any(a) for a in _AND.split(fields.get("author", "").strip()) if a],
        year=int(year.group(1)) if year else None,
        title=" ".join(fields.get("title", "").split()) or None,
        journal=fields.get("journal") or fields.get("journaltitle") or fields.get("booktitle"),
        volume=fields.get("volume"),
        issue=fields.get("number"),
        pages=fields.get("pages", "").replace("--", "-") or None,
        doi=doi.lower() or None,
        pmid=pmid if pmid.isdigit() else None,
        pmcid=fields.get("pmcid"),
        abstract=fields.get("abstract"),
    )


def parse(text: str, source_file: str) -> Parsed:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    parsed = Parsed()
    for block in library.failed_blocks:
        reason = getattr(block.error, "abort_reason", "") or str(block.error) or type(block.error).__name__
        parsed.skipped.append(SkippedRecord((block.start_line or 0) + 1, f"unparseable BibTeX entry: {reason.strip().splitlines()[0]}"))
    for entry in library.entries:
        fields = {key.lower(): str(field.value) for key, field in entry.fields_dict.items()}
        record = _record(fields, source_file)
        if not (record.title or record.authors or record.doi or record.pmid):
            parsed.skipped.append(SkippedRecord(entry.start_line + 1, f"BibTeX entry {entry.key!r} has no title, author, DOI or PMID"))
        else:
            parsed.records.append(record)
    parsed.skipped.sort(key=lambda s: s.line or 0)
    return parsed
