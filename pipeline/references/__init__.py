"""Trusted reference sets: load MEDLINE, PubMed XML, RIS, BibTeX, CSL-JSON and CSV exports.

``load_references`` is the one entry point: it decodes each file, picks its parser by
extension or content, merges duplicate studies, assigns ids and fills each record's facts.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from types import ModuleType

from pipeline.model import Record, ReferenceFile
from pipeline.references import bibtex, csl_json, csv_table, facts, medline, pubmed_xml, ris
from pipeline.references.errors import ReferenceFileError
from pipeline.references.identity import assign_ids, clean_doi, merge_duplicates

__all__ = ["ReferenceFileError", "load_references"]

log = logging.getLogger(__name__)

_BY_EXTENSION: dict[str, tuple[str, ModuleType]] = {
    ".nbib": ("medline", medline),
    ".medline": ("medline", medline),
    ".ris": ("ris", ris),
    ".bib": ("bibtex", bibtex),
    ".json": ("csl-json", csl_json),
    ".csv": ("csv", csv_table),
    ".tsv": ("csv", csv_table),
}
# Sniffing order for other extensions (.txt, .xml, none): the most specific shapes first.
_BY_CONTENT: list[tuple[str, ModuleType]] = [
    ("medline", medline), ("pubmed-xml", pubmed_xml), ("ris", ris), ("bibtex", bibtex),
    ("csl-json", csl_json), ("csv", csv_table),
]


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise ReferenceFileError(f"{path}: binary file, not a reference export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Exports that are not UTF-8 are in practice Windows-1252 (Excel CSV, old EndNote RIS).
        return data.decode("cp1252", errors="replace")


def _format(path: Path, text: str) -> tuple[str, ModuleType]:
    known = _BY_EXTENSION.get(path.suffix.lower())
    if known:
        return known
    for name, module in _BY_CONTENT:
        if module.looks_like(text):
            return name, module
    raise ReferenceFileError(f"{path}: unknown reference format (expected MEDLINE, PubMed XML, RIS, BibTeX, CSL-JSON or CSV)")


def load_file(path: Path) -> tuple[list[Record], ReferenceFile]:
    """Parse one file; raises ReferenceFileError when nothing in it is usable."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReferenceFileError(f"{path}: cannot read ({error.strerror or error})") from None
    text = _decode(path, data)
    name, module = _format(path, text)
    parsed = module.parse(text, str(path))
    for skipped in parsed.skipped:
        log.warning("%s:%s: %s", path, skipped.line, skipped.error)
    if not parsed.records:
        detail = f"; first problem at line {parsed.skipped[0].line}: {parsed.skipped[0].error}" if parsed.skipped else ""
        raise ReferenceFileError(f"{path}: no usable {name} records{detail}")
    sha = hashlib.sha256(data).hexdigest()
    return parsed.records, ReferenceFile(str(path), sha, name, len(parsed.records), parsed.skipped)


def load_references(paths: list[Path]) -> tuple[list[Record], list[ReferenceFile]]:
    """Load every trusted reference file; the records are merged by PMID/DOI and carry their facts."""
    records: list[Record] = []
    files: list[ReferenceFile] = []
    for path in paths:
        loaded, info = load_file(Path(path))
        records.extend(loaded)
        files.append(info)
    for record in records:
        record.doi = clean_doi(record.doi)
    records = merge_duplicates(records)
    assign_ids(records)
    for record in records:
        facts.fill_from_abstract(record)
    return records, files
