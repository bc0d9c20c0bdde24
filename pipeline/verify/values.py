"""VALUE_MISMATCH: the claim's N, dose, year, comparator, outcome measures or direction
against the trusted record it resolved to.

A value is only a mismatch when no legitimate reading of the record gives it: an N may be
the randomized, completed or analysed count, one arm or the arm sum (and a claim's count of
completers or analysed below a record's randomized N that gives no such count is not wrong); a dose may be any of
the record's doses in any unit of the same kind (0.5 g = 500 mg); a direction contradicts
only between positive, null and negative; when a claim cites several studies, agreeing
with any one of them is enough; and a value (or a direction of finding) that a record's own
abstract states, when its facts were extracted from that abstract, is never contradicted by it.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from pathlib import Path

from pipeline.model import Claim, Dose, Flag, Record

# A mixed result agrees in part with both a positive and a null report of it, so only these three can contradict.
DIRECTED = {"positive", "null", "negative"}
_MASS_IN_MG = {"ng": 1e-6, "ug": 1e-3, "mcg": 1e-3, "mg": 1.0, "g": 1000.0}
_DATA = Path(__file__).parent / "data"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _dose_range(dose: Dose) -> tuple[str, float, float] | None:
    """(kind of unit, low, high) with mass in mg; a per-day rate compares with a plain amount."""
    parts = [p for p in (dose.unit or "").lower().replace("µ", "u").replace(" ", "").split("/") if p]
    if dose.value is None or not parts:
        return None
    factor = _MASS_IN_MG.get(parts[0])
    rest = [p for p in parts[1:] if p not in ("day", "d")]
    kind = "/".join(["mass" if factor else parts[0], *rest])
    factor = factor or 1.0
    high = dose.value_max if dose.value_max is not None else dose.value
    return kind, dose.value * factor, high * factor


def doses_agree(a: Dose, b: Dose) -> bool | None:
    """True/False when comparable, None when the units are of different kinds."""
    left, right = _dose_range(a), _dose_range(b)
    if left is None or right is None or left[0] != right[0]:
        return None
    tolerance = 1e-6 * max(left[2], right[2], 1.0)
    return left[1] <= right[2] + tolerance and right[1] <= left[2] + tolerance


def dose_text(doses: list[Dose]) -> str:
    return ", ".join(d.text or " ".join(p for p in (f"{d.value:g}" if d.value is not None else "", d.unit or "") if p) for d in doses)


def accepted_n(record: Record) -> set[int]:
    values = {record.n_randomized, record.n_completed, record.n_analysed, *record.arms}
    if record.arms:
        values.add(sum(record.arms))
    return {v for v in values if v}


def _unknown_subset(claim: Claim, records: list[Record]) -> bool:
    """A claim whose N is its completers or analysed set, where the records give no such count
    but a larger randomized one: nothing says it is wrong."""
    kinds = {kind for kind in ("completed", "analysed") if claim.n_detail.get(kind) == claim.n}
    if not kinds or any(claim.n_detail.get(kind) == claim.n for kind in ("randomized", "enrolled")):
        return False
    counts = {"completed": "n_completed", "analysed": "n_analysed"}
    return all(
        all(getattr(r, counts[kind]) is None for kind in kinds) and r.n_randomized is not None and claim.n < r.n_randomized
        for r in records
    )


def _n_statement(record: Record) -> tuple[int, str]:
    for value, what in ((record.n_randomized, "randomized"), (record.n_completed, "completed"), (record.n_analysed, "analysed")):
        if value:
            return value, what
    return sum(record.arms), "across its arms"


@lru_cache(maxsize=1)
def _comparator_synonyms() -> dict[str, str]:
    lines = (_DATA / "comparator_synonyms.tsv").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {_comparator_words(variant): _comparator_words(canonical) for variant, canonical in pairs}


def _comparator_words(value: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9+]", " ", value.lower()).split())


def comparator_key(value: str) -> str:
    """A comparator in one spelling: case, hyphens ('wait-list', 'treatment-as-usual') and synonyms aside."""
    value = _comparator_words(value)
    value = _comparator_synonyms().get(value, value)
    return value.removesuffix(" alone")


def comparators_agree(a: str, b: str) -> bool:
    left, right = comparator_key(a), comparator_key(b)
    return left == right or f" {left} " in f" {right} " or f" {right} " in f" {left} "


def measure_key(measure: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", measure.upper())


# An edition or variant written after a scale's name: a number ("CAPS-5", "HAMD17", "HAM-D-17"),
# a roman numeral ("BDI-II"), a form ("LSAS-SR", "CPRS-R", "CAPS-CA", "SF"). A lone other letter
# is a variant only after a long stem ("PANSS-N"); after a short one it is part of the name
# ("HAM-D" and "HAM-A" are different scales).
_EDITION = re.compile(r"(?:[-\s](?:\d{1,3}|I{1,3}|IV|VI{0,3}|R|SR|CR|SF|LF|CA|CV|TR)|(?<=[A-Z])\d{1,3})$")
_VARIANT_LETTER = re.compile(r"(?<=[A-Z0-9]{4})[-\s][A-Z]$")


def measure_family(measure: str) -> str:
    """The instrument a measure belongs to, editions and variants aside: 'CAPS-5' -> 'CAPS',
    'HAMD-17' and 'HAM-D' -> 'HAMD', 'BDI-II' -> 'BDI', 'LSAS-SR' -> 'LSAS'; 'HAM-A' stays 'HAMA'."""
    name = " ".join(measure.upper().split())
    while (shorter := _VARIANT_LETTER.sub("", _EDITION.sub("", name))) != name and measure_key(shorter):
        name = shorter
    return measure_key(name)


def measures_agree(claimed: list[str], trusted: list[str]) -> bool:
    """Any claimed measure of the same family as one of the record's (see ``measure_family``):
    a claim naming 'CAPS' checks out against a record reporting 'CAPS-5', one naming 'PSQI' does not."""
    left, right = {measure_family(m) for m in claimed}, {measure_family(m) for m in trusted}
    return bool(left & right - {""})


def _in_abstracts(records: list[Record], pattern: str) -> bool:
    """Whether an abstract-derived record's own abstract states the value after all: extraction
    may miss what an abstract says, but an abstract does not contradict itself."""
    return any(r.facts_from == "abstract" and r.abstract and re.search(pattern, r.abstract, re.IGNORECASE) for r in records)


def _abstract_finds(records: list[Record], direction: str) -> bool:
    """Whether a sentence of an abstract-derived record's abstract reports the claim's direction:
    the direction extracted from a whole abstract is its last stated finding, and a claim that
    reports another of its findings does not contradict the record."""
    fields = importlib.import_module("extractors.fields")
    return any(
        fields.parse_direction(sentence) == direction
        for r in records if r.facts_from == "abstract" and r.abstract
        for sentence in _SENTENCE_END.split(r.abstract)
    )


def _n_pattern(n: int) -> str:
    return rf"(?<![\d.,]){n}(?![\d]|\.\d|,\d)"


def _dose_pattern(doses: list[Dose]) -> str:
    parts = [rf"(?<![\d.]){d.value:g}\s*(?:-\s*|to\s*)?{re.escape(d.unit.split('/')[0])}\b" for d in doses if d.value is not None and d.unit]
    return "|".join(parts) or r"(?!)"


def _flag(field: str, severity: str, message: str, expected: object, found: object, record: Record) -> Flag:
    return Flag("VALUE_MISMATCH", severity, message, field=field, expected=expected, found=found, reference_id=record.id)


def value_mismatches(claim: Claim, record: Record, others: list[Record] | None = None, cited_year: int | None = None) -> list[Flag]:
    """Flags for each field where the claim disagrees with ``record`` (and with every other cited record).
    ``cited_year`` is the year the source gives for ``record`` when its label names several studies."""
    records = [record, *(others or [])]
    flags: list[Flag] = []
    year = cited_year or claim.study.year
    if year and record.year and year != record.year and not any(r.year == year for r in records):
        flags.append(_flag("year", "low", f"Year given as {year}; trusted record {record.id} was published in {record.year}.",
                           record.year, year, record))
    with_n = [r for r in records if accepted_n(r)]
    if (claim.n is not None and with_n and not any(claim.n in accepted_n(r) for r in with_n)
            and not _in_abstracts(with_n, _n_pattern(claim.n)) and not _unknown_subset(claim, with_n)):
        expected, what = _n_statement(with_n[0])
        flags.append(_flag("n", "high", f"N given as {claim.n}; trusted record {with_n[0].id} says {expected} {what}.",
                           expected, claim.n, with_n[0]))
    verdicts = [doses_agree(c, t) for r in records for t in r.dose for c in claim.dose]
    if any(v is not None for v in verdicts) and not any(verdicts) and not _in_abstracts(records, _dose_pattern(claim.dose)):
        with_dose = next(r for r in records if r.dose)
        flags.append(_flag("dose", "high", f"Dose given as {dose_text(claim.dose)}; trusted record {with_dose.id} says {dose_text(with_dose.dose)}.",
                           dose_text(with_dose.dose), dose_text(claim.dose), with_dose))
    with_comparator = [r for r in records if r.comparator]
    if (claim.comparator and with_comparator and not any(comparators_agree(claim.comparator, r.comparator) for r in with_comparator)
            and not _in_abstracts(with_comparator, rf"\b{re.escape(claim.comparator)}\b")):
        trusted = with_comparator[0]
        flags.append(_flag("comparator", "medium", f"Comparator given as {claim.comparator}; trusted record {trusted.id} compared against {trusted.comparator}.",
                           trusted.comparator, claim.comparator, trusted))
    with_measures = [r for r in records if r.outcome_measures]
    if (claim.outcome_measures and with_measures and not any(measures_agree(claim.outcome_measures, r.outcome_measures) for r in with_measures)
            and not _in_abstracts(with_measures, "|".join(rf"\b{re.escape(m)}\b" for m in claim.outcome_measures))):
        trusted = with_measures[0]
        flags.append(_flag("outcome_measures", "medium",
                           f"Outcome measures given as {', '.join(claim.outcome_measures)}; trusted record {trusted.id} reports {', '.join(trusted.outcome_measures)}.",
                           trusted.outcome_measures, claim.outcome_measures, trusted))
    with_direction = [r for r in records if r.direction in DIRECTED]
    if (claim.direction in DIRECTED and with_direction and not any(r.direction == claim.direction for r in with_direction)
            and not _abstract_finds(with_direction, claim.direction)):
        trusted = with_direction[0]
        flags.append(_flag("direction", "high", f"Finding reported as {claim.direction}; trusted record {trusted.id} found a {trusted.direction} result.",
                           trusted.direction, claim.direction, trusted))
    return flags
