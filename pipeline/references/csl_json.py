"""CSL-JSON (``.json``): an array of CSL items, as Zotero and citation tools export them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors
from pipeline.references.errors import Parsed, ReferenceFileError
from pipeline.references.identity import NOTED_DOI, NOTED_PMID

_TAGS = re.compile(r"<[^>]+>")


def looks_like(text: str) -> bool:
    head = text.lstrip("\ufeff \r\n\t")
    return head.startswith("[") or head.startswith("{")


def _items(text: str, source_file: str) -> Iterator[tuple[int, Any]]:
    """Each top-level array item with the line it starts on (json.loads gives no lines)."""
    decoder = json.JSONDecoder()
    text = text.lstrip("\ufeff")
    at = len(text) - len(text.lstrip())
    if text[at : at + 1] == "{":  # a single item
        try:
            yield text.count("\n", 0, at) + 1, json.loads(text)
        except json.JSONDecodeError as error:
            raise ReferenceFileError(f"{source_file}: invalid JSON at line {error.lineno}: {error.msg}") from None
        return
    if text[at : at + 1] != "[":
        raise ReferenceFileError(f"{source_file}: CSL-JSON must be an array of items")
    at += 1
    while True:
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text):
            raise ReferenceFileError(f"{source_file}: CSL-JSON array is not closed")
        if text[at] == "]":
            return
        try:
            item, end = decoder.raw_decode(text, at)
        except json.JSONDecodeError as error:
            raise ReferenceFileError(f"{source_file}: invalid JSON at line {error.lineno}: {error.msg}") from None
        yield text.count("\n", 0, at) + 1, item
        at = end


def _year(item: dict) -> int | None:
    for key in ("issued", "published-print", "published-online"):
        parts = (item.get(key) or {}).get("date-parts") or [[]]
        if parts and parts[0] and str(parts[0][0]).isdigit():
            return int(parts[0][0])
    raw = str((item.get("issued") or {}).get("raw", ""))
    match = re.search(r"\b(1[89]\d\d|20\d\d)\b", raw)
    return int(match.group(1)) if match else None


def _name(person: dict) -> str:
    family = " ".join(p for p in (person.get("non-dropping-particle"), person.get("family")) if p)
    return authors.from_parts(family, person.get("given", "")) if family else person.get("literal", "")


def _found(pattern: re.Pattern[str], text: str) -> str:
    """A PMID or DOI written into the item's note or URL (Zotero keeps 'PMID: ...' in the note)."""
    match = pattern.search(text)
    return match.group(1) if match else ""


def _record(item: dict, source_file: str) -> Record:
    noted = f"{item.get('note') or ''} {item.get('URL') or ''}"
    doi = str(item.get("DOI") or _found(NOTED_DOI, noted)).strip()
    pmid = str(item.get("PMID") or _found(NOTED_PMID, noted)).strip()
    abstract = item.get("abstract")
    return Record(
        id="",
        source_file=source_file,
        authors=[n for n in (_name(p) for p in item.get("author") or [] if isinstance(p, dict)) if n],
        year=_year(item),
        title=item.get("title"),
        journal=item.get("container-title"),
        journal_abbrev=item.get("container-title-short") or item.get("journalAbbreviation"),
        volume=str(item["volume"]) if item.get("volume") else None,
        issue=str(item["issue"]) if item.get("issue") else None,
        pages=item.get("page"),
        doi=doi.lower() or None,
        pmid=pmid if pmid.isdigit() else None,
        pmcid=item.get("PMCID"),
        abstract=_TAGS.sub("", abstract) if isinstance(abstract, str) else None,
    )


def parse(text: str, source_file: str) -> Parsed:
    parsed = Parsed()
    for line, item in _items(text, source_file):
        if not isinstance(item, dict):
            parsed.skipped.append(SkippedRecord(line, f"CSL-JSON item is a {type(item).__name__}, not an object"))
            continue
        try:
            record = _record(item, source_file)
        except (AttributeError, TypeError, ValueError) as error:
            parsed.skipped.append(SkippedRecord(line, f"CSL-JSON item has a malformed field: {error}"))
            continue
        if not (record.title or record.authors or record.doi or record.pmid):
            parsed.skipped.append(SkippedRecord(line, "CSL-JSON item has no title, author, DOI or PMID"))
        else:
            parsed.records.append(record)
    return parsed
