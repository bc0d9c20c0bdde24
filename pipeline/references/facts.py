"""A trusted record's facts: the curator's CSV columns first, otherwise its abstract.

The abstract goes through the same field extractors as the documents
(``extractors.fields``), so a record and a claim that state the same thing agree.
The extractors (spaCy and the lexicons) are imported only when a record needs them.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from types import ModuleType
from typing import get_args

from pipeline.model import Direction, Record

log = logging.getLogger(__name__)

FACT_COLUMNS = ("n_randomized", "n_completed", "dose", "dose_timing", "comparator", "outcome_measures", "finding", "direction")
DIRECTIONS = set(get_args(Direction))


def _fields() -> ModuleType:
    return importlib.import_module("extractors.fields")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


_LEADING_COUNT = re.compile(r"^(?:n\s*=\s*)?(\d[\d,]*)(?:\.0+)?(?![\d.])", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?!\d)")


def whole_number(value: str, column: str) -> int | None:
    """A CSV cell as an int, None when empty; ValueError when it does not open with a count.
    Curators annotate counts ("84 (42/42)", "n=84", "1,200", Excel's "84.0"): the count is the leading number."""
    value = value.strip()
    if not value:
        return None
    found = _LEADING_COUNT.match(value)
    if not found:
        raise ValueError(f"{column} is not a whole number: {value!r}")
    return int(found.group(1).replace(",", ""))


def year_of(value: str) -> int | None:
    """The year in a CSV year or date cell ("2015", "2015a", "2015-03-01", "Mar 2015"); ValueError when it has none."""
    if not value.strip():
        return None
    found = _YEAR.search(value)
    if not found:
        raise ValueError(f"year has no year in it: {value.strip()!r}")
    return int(found.group(1))


def _direction(value: str, fields: ModuleType) -> str:
    """A direction cell: one of the canonical words, or words the field extractor reads ("no difference")."""
    value = value.strip().lower()
    if not value or value in DIRECTIONS:
        return value
    read = fields.parse_direction(value)
    if read == "unknown":
        raise ValueError(f"direction must be one of {sorted(DIRECTIONS)}, not {value!r}")
    return read


def apply_curated(
    record: Record,
    row: dict[str, str],
    split_items: Callable[[str], list[str]] = _split,
    split_doses: Callable[[str], list[str]] = _split,
) -> None:
    """Fill ``record``'s facts from a curated CSV row; raises ValueError for a malformed cell.
    The splitters cut a cell holding several values (they depend on the file's separator)."""
    if not any(row.get(column, "").strip() for column in FACT_COLUMNS):
        return
    record.facts_from = "curated"
    record.n_randomized = whole_number(row.get("n_randomized", ""), "n_randomized")
    record.n_completed = whole_number(row.get("n_completed", ""), "n_completed")
    record.dose_timing = row.get("dose_timing", "").strip() or None
    record.finding = row.get("finding", "").strip() or None
    fields = _fields()
    direction = _direction(row.get("direction", ""), fields)
    for text in split_doses(row.get("dose", "")):
        doses = fields.parse_doses(text)
        if not doses:
            log.warning("record %s: no dose understood in %r", record.id or record.title, text)
        record.dose.extend(doses)
    comparator = row.get("comparator", "").strip()
    if comparator:
        record.comparator = fields.parse_comparator(comparator) or comparator.lower()
    for text in split_items(row.get("outcome_measures", "")):
        record.outcome_measures.extend(fields.parse_outcomes(text) or [text])
    if record.finding and not direction:
        direction = fields.parse_direction(record.finding)
    if record.dose_timing:
        record.dose = [replace(dose, timing=dose.timing or record.dose_timing) for dose in record.dose]  # parsed doses are shared
    record.direction = direction if direction and direction != "unknown" else None


def fill_from_abstract(record: Record) -> None:
    """Extract facts from the abstract of a record that has no curated facts."""
    if record.facts_from != "none" or not record.abstract:
        return
    values = _fields().extract_facts(record.abstract)
    detail = values.n_detail or {}
    record.n_randomized = detail.get("randomized", values.n)
    record.n_completed = detail.get("completed")
    record.n_analysed = detail.get("analysed")
    record.arms = list(detail.get("arms") or [])
    record.dose = list(values.dose)
    record.comparator = values.comparator
    record.outcome_measures = list(values.outcome_measures)
    record.direction = values.direction if values.direction in DIRECTIONS - {"unknown"} else None
    found = (record.n_randomized, record.dose, record.comparator, record.outcome_measures, record.direction)
    if any(found):
        record.facts_from = "abstract"
