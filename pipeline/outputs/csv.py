"""``claims.csv`` and ``flags.csv``: the claims and their flags flattened for spreadsheets.

Lists are joined with ``;`` (SPEC's separator for multiple values), missing values are
empty cells, and structured values (a flag's expected/found list, ``n_detail``) are
written as JSON so nothing is lost in the flattening.

A cell that a spreadsheet would run as a formula (text starting with ``=``, ``+``,
``-``, ``@``, tab or CR, other than a plain number) gets a leading ``'``: these
cells hold text from untrusted documents, and a spreadsheet is where editors open
them. claims.jsonl keeps every value exactly as extracted.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.model import Claim, Dose
from pipeline.outputs.atomic import atomic_open

CLAIM_COLUMNS = [
    "claim_id", "doc_id", "source", "context",
    "study_label", "study_first_author", "study_year", "study_venue", "study_markers",
    "study_doi", "study_pmid", "study_registry_ids",
    "population", "n", "n_detail", "dose", "dose_values", "dose_units",
    "comparator", "outcome_measures", "finding", "direction", "ongoing_trial",
    "evidence_text", "evidence_start", "evidence_end", "evidence_page",
    "verification_status", "reference_id", "method", "score", "flag_codes",
]  # fmt: skip

FLAG_COLUMNS = [
    "claim_id", "doc_id", "code", "severity", "message", "field", "expected", "found", "reference_id",
]  # fmt: skip


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?")


def inert(text: str) -> str:
    """The cell text with formula injection neutralised (see the module docstring)."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell(value: Any) -> str:
    """One CSV cell: empty for missing, JSON for structures, plain text otherwise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json.dumps(dataclasses.asdict(value), ensure_ascii=False, default=str)
    return str(value)


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _joined(values: Iterable[Any]) -> str:
    return ";".join(cell(v) for v in values)


def doses_text(doses: list[Dose], separator: str = ";") -> str:
    """The doses as written, joined; a list the source wrote once ("25, 50 and 100 mg",
    three Dose entries sharing that text) appears once."""
    return separator.join(dict.fromkeys(dose_text(d) for d in doses))


def dose_text(dose: Dose) -> str:
    """The dose as the source wrote it, else rebuilt from its normalised parts."""
    if dose.text:
        return dose.text
    return " ".join(part for part in (_dose_value(dose), dose.unit or "") if part)


def _dose_value(dose: Dose) -> str:
    if dose.value_max is not None:
        return f"{cell(dose.value)}-{cell(dose.value_max)}"
    return cell(dose.value)


def claim_row(claim: Claim) -> dict[str, str]:
    study, evidence, verification = claim.study, claim.evidence, claim.verification
    row: dict[str, Any] = {
        "claim_id": claim.claim_id,
        "doc_id": claim.doc_id,
        "source": claim.source,
        "context": claim.context,
        "study_label": study.label,
        "study_first_author": study.first_author,
        "study_year": study.year,
        "study_venue": study.venue,
        "study_markers": _joined(study.markers),
        "study_doi": study.doi,
        "study_pmid": study.pmid,
        "study_registry_ids": _joined(study.registry_ids),
        "population": claim.population,
        "n": claim.n,
        "n_detail": claim.n_detail or None,
        "dose": doses_text(claim.dose),
        "dose_values": _joined(_dose_value(d) for d in claim.dose),
        "dose_units": _joined(d.unit or "" for d in claim.dose),
        "comparator": claim.comparator,
        "outcome_measures": _joined(claim.outcome_measures),
        "finding": claim.finding,
        "direction": claim.direction,
        "ongoing_trial": claim.ongoing_trial,
        "evidence_text": evidence.text,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
        "evidence_page": evidence.page,
        "verification_status": verification.status,
        "reference_id": verification.reference_id,
        "method": verification.method,
        "score": verification.score,
        "flag_codes": _joined(f.code for f in claim.flags),
    }
    return {k: cell(v) for k, v in row.items()}


def flag_rows(claim: Claim) -> Iterable[dict[str, str]]:
    for flag in claim.flags:
        row = {
            "claim_id": claim.claim_id,
            "doc_id": claim.doc_id,
            "code": flag.code,
            "severity": flag.severity,
            "message": flag.message,
            "field": flag.field,
            "expected": flag.expected,
            "found": flag.found,
            "reference_id": flag.reference_id,
        }
        yield {k: cell(v) for k, v in row.items()}


def write_csv(path: Path, columns: list[str], rows: Iterable[dict[str, str]]) -> None:
    with atomic_open(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows({key: inert(value) for key, value in row.items()} for row in rows)


def write_claims_csv(path: Path, claims: Iterable[Claim]) -> None:
    write_csv(path, CLAIM_COLUMNS, (claim_row(c) for c in claims))


def write_flags_csv(path: Path, claims: Iterable[Claim]) -> None:
    write_csv(path, FLAG_COLUMNS, (row for c in claims for row in flag_rows(c)))
