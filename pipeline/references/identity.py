"""One trusted record per study, each with its id (convention 6).

The same study often arrives twice (a MEDLINE export beside a curated CSV): records that
share a PMID or DOI are merged, so resolution never sees two equally good candidates for one
study. Ids: the CSV ``id`` when given, else ``pmid:<PMID>``, else ``doi:<doi>``, else
``<FirstAuthorSurname><year>`` with a/b/c suffixes when several records share it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections import defaultdict

from pipeline.model import Record
from pipeline.references.authors import surname_of

log = logging.getLogger(__name__)

# A PMID or DOI written into a link or a note, where reference managers often put them.
NOTED_PMID = re.compile(r"(?:\bPMID:?\s*|pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{5,9})\b", re.IGNORECASE)
NOTED_DOI = re.compile(r"(?:doi\.org/|\bdoi:?\s*)(10\.\d{4,9}/[^\s\"<>{}]+?)[.,;]?(?:\s|$)", re.IGNORECASE)

_FACTS = ("n_randomized", "n_completed", "n_analysed", "arms", "dose", "dose_timing", "comparator",
          "outcome_measures", "finding", "direction", "facts_from")


def _absorb(target: Record, other: Record) -> None:
    """Fill what ``target`` lacks from ``other``; curated facts beat none."""
    facts_too = target.facts_from == "none" and other.facts_from != "none"
    for f in dataclasses.fields(Record):
        if f.name in _FACTS and not facts_too:
            continue
        if f.name not in _FACTS and getattr(target, f.name):
            continue
        setattr(target, f.name, getattr(other, f.name))


def clean_doi(doi: str | None) -> str | None:
    """A DOI as a bare lowercase '10.x/y', however the export wrote it ('https://doi.org/...', 'doi: ...')."""
    if not doi:
        return None
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi.strip().lower())
    return doi.rstrip(".,;") or None


def merge_duplicates(records: list[Record]) -> list[Record]:
    """Merge records that share a PMID or DOI, keeping the first one's place."""
    kept: list[Record] = []
    by_key: dict[str, Record] = {}
    for record in records:
        keys = [k for k in (f"pmid:{record.pmid}" if record.pmid else "", f"doi:{record.doi}" if record.doi else "") if k]
        target = next((by_key[k] for k in keys if k in by_key), None)
        if target is None:
            kept.append(record)
            target = record
        else:
            log.info("merged duplicate trusted record %s from %s", keys[0], record.source_file)
            # A curated CSV id names the study for the user; it wins over a derived one.
            id_given = target.id or record.id
            _absorb(target, record)
            target.id = id_given
        for k in keys:
            by_key.setdefault(k, target)
    return kept


def _surname_key(record: Record) -> str:
    surname = surname_of(record.authors[0]) if record.authors else "Anon"
    folded = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", folded) or "Anon"


def assign_ids(records: list[Record]) -> None:
    derived: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.id:
            continue
        if record.pmid:
            record.id = f"pmid:{record.pmid}"
        elif record.doi:
            record.id = f"doi:{record.doi.lower()}"
        else:
            derived[f"{_surname_key(record)}{record.year or 'nd'}"].append(record)
    taken = {r.id for r in records if r.id}
    for base, group in derived.items():
        if len(group) == 1 and base not in taken:
            group[0].id = base
            continue
        letters = (chr(ord("a") + i) if i < 26 else str(i) for i in range(len(group) + 26))
        for record in group:
            record.id = next(candidate for candidate in (base + letter for letter in letters) if candidate not in taken)
            taken.add(record.id)
