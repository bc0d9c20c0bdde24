"""Curated CSV reference sets with the SPEC.md columns.

Curators' spreadsheets arrive in more shapes than SPEC.md's: the column separator may be
``,``, ``;`` (Excel in locales with a decimal comma) or a tab, and headers come in any case
and spacing ("N Randomized", "N_Randomized"). The separator is the one under which the
header names the most known columns; headers are folded to SPEC names.

Several values inside one cell (authors, doses, outcome measures) are separated by ``;``
as SPEC.md says. In a ``;``-separated file an unquoted cell cannot hold ``;``, so there
authors and outcome measures may also be separated by ``,`` or ``|`` and doses by ``|``
(a comma in a dose there is a decimal comma: ``0,5 g`` = 0.5 g). A ``;`` in a quoted cell
is still a value separator in every file.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors, facts
from pipeline.references.errors import Parsed, ReferenceFileError

IDENTITY_COLUMNS = {"id", "authors", "title", "doi", "pmid"}
KNOWN_COLUMNS = IDENTITY_COLUMNS | {
    "year", "journal", "volume", "issue", "pages", "pmcid", "study_type", "condition", "n_randomized",
    "n_completed", "dose", "dose_timing", "comparator", "outcome_measures", "finding", "direction", "abstract",
}
_DELIMITERS = (",", "\t", ";")  # on a tie the earlier wins: a comma file may hold ';' inside its cells
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    lines = (Path(__file__).parent / "data" / "csv_columns.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line.strip() and not line.startswith("#"))


def column_name(header: str) -> str:
    """A header cell as its SPEC column name: 'N Randomized' -> 'n_randomized', 'Outcomes' -> 'outcome_measures'."""
    name = "_".join(re.findall(r"[a-z0-9]+", header.lower()))
    return _aliases().get(name, name)


def _header_line(text: str) -> str:
    return next((line for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")


def _known(header: str, delimiter: str) -> set[str]:
    cells = next(csv.reader([header], delimiter=delimiter), [])
    return {column_name(c) for c in cells} & KNOWN_COLUMNS


def sniff_delimiter(text: str) -> str:
    """The separator under which the header row names the most SPEC columns."""
    header = _header_line(text)
    return max(_DELIMITERS, key=lambda d: len(_known(header, d)))


def looks_like(text: str) -> bool:
    header = _header_line(text)
    return any(_known(header, d) & IDENTITY_COLUMNS and d in header for d in _DELIMITERS)


@dataclass(frozen=True)
class CellValues:
    """How one file separates several values inside a cell (see the module docstring)."""

    delimiter: str

    def items(self, cell: str) -> list[str]:
        pattern = r"[;,|]" if self.delimiter == ";" else r";"
        return [part.strip() for part in re.split(pattern, cell) if part.strip()]

    def doses(self, cell: str) -> list[str]:
        if self.delimiter != ";":
            return self.items(cell)
        return [part.strip() for part in re.split(r"[;|]", _DECIMAL_COMMA.sub(".", cell)) if part.strip()]


def _record(row: dict[str, str], source_file: str, cells: CellValues) -> Record:
    doi = row.get("doi", "").strip().lower()
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi)
    pmid = re.sub(r"^pmid:?\s*|\.0+$", "", row.get("pmid", "").strip(), flags=re.IGNORECASE)
    if pmid and not pmid.isdigit():
        raise ValueError(f"pmid is not numeric: {pmid!r}")
    record = Record(
        id=row.get("id", "").strip(),
        source_file=source_file,
        authors=[authors.from_any(a) for a in cells.items(row.get("authors", ""))],
        year=facts.year_of(row.get("year", "")),
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
    facts.apply_curated(record, row, cells.items, cells.doses)
    return record


def parse(text: str, source_file: str) -> Parsed:
    delimiter = sniff_delimiter(text)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    columns = {column_name(c or "") for c in reader.fieldnames or []}
    if not columns & IDENTITY_COLUMNS:
        raise ReferenceFileError(f"{source_file}: CSV header names none of the columns id, authors, title, doi, pmid")
    cells = CellValues(delimiter)
    parsed = Parsed()
    line = reader.line_num
    for raw in reader:
        start, line = line + 1, reader.line_num
        if None in raw:
            parsed.skipped.append(SkippedRecord(start, "CSV row has more cells than the header"))
            continue
        row: dict[str, str] = {}
        for key, value in raw.items():
            name = column_name(key or "")
            if (value or "").strip() or name not in row:  # two headers for one column: the filled cell wins
                row[name] = value or ""
        if not any(row.get(c, "").strip() for c in IDENTITY_COLUMNS):
            parsed.skipped.append(SkippedRecord(start, "CSV row has no id, authors, title, DOI or PMID"))
            continue
        try:
            parsed.records.append(_record(row, source_file, cells))
        except ValueError as error:
            parsed.skipped.append(SkippedRecord(start, f"CSV row skipped: {error}"))
    return parsed
