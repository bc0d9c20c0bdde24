"""A trusted record's facts: the curator's CSV columns first, otherwise its abstract.

The abstract goes through the same field extractors as the documents
(``extractors.fields``), so a record and a claim that state the same thing agree.
The extractors (spaCy and the lexicons) are imported only when a record needs them.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
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


def whole_number(value: str, column: str) -> int | None:
    """A CSV cell as an int (thousands commas allowed), None when empty; ValueError otherwise."""
    value = value.strip().replace(",", "")
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"{column} is not a whole number: {value!r}")
    return int(value)


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
    direction = row.get("direction", "").strip().lower()
    if direction and direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {sorted(DIRECTIONS)}, not {direction!r}")
    fields = _fields()
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
        for dose in record.dose:
            dose.timing = dose.timing or record.dose_timing
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
