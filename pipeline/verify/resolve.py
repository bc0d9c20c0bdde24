"""Which trusted record a claim is about, strongest evidence first.

Order: a DOI/PMID in the claim; the cited reference-list entry (by marker, or by the
label's author-year) and that entry's DOI/PMID, title or author-year; the label's
author-year (exact year, then +/-1 which the caller reports as a year mismatch); the
venue-year ("a 2019 study in JAMA Psychiatry"); the document's own study. Two equally
good records are never picked between: the match is ambiguous and lists both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from pipeline.model import Claim, Document, Record, ReferenceEntry
from pipeline.references.authors import surname_of
from pipeline.verify.names import doi_key, fold, same_journal, surname_key, title_key
from pipeline.verify.values import accepted_n, comparators_agree, doses_agree, measures_agree

TITLE_THRESHOLD = 90.0
_TAG = re.compile(r"<[^>]*>")
_URL_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s?#]+)")
_URL_PMID = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|pubmed\.gov/)(\d{1,9})")
_ENTRY_LEAD = re.compile(r"^[\W\d_]+")  # "1. ", "[1] ", "- " before an entry's first author


@dataclass
class Match:
    """A resolution outcome: one record, or several equally good ``candidates``."""

    method: str
    score: float
    record: Record | None = None
    candidates: list[Record] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.record is None and len(self.candidates) > 1


def _one(method: str, score: float, found: list[Record]) -> Match | None:
    if not found:
        return None
    unique = list({id(r): r for r in found}.values())
    if len(unique) == 1:
        return Match(method, score, unique[0])
    return Match(method, score, None, unique)


class RecordIndex:
    """Lookups over the trusted set by identifier, title, first author and journal."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self._doi: dict[str, Record] = {}
        self._pmid: dict[str, Record] = {}
        self._author: dict[str, list[Record]] = defaultdict(list)
        self._titles: dict[str, Record] = {}
        self._year: dict[int | None, list[Record]] = defaultdict(list)
        for record in records:
            if record.doi:
                self._doi.setdefault(doi_key(record.doi), record)
            if record.pmid:
                self._pmid.setdefault(record.pmid.strip(), record)
            if record.authors:
                self._author[surname_key(surname_of(record.authors[0]))].append(record)
            if record.title:
                self._titles.setdefault(title_key(record.title), record)
            self._year[record.year].append(record)
        self._title_keys = list(self._titles)

    def by_identifier(self, doi: str | None, pmid: str | None, urls: list[str] = ()) -> Match | None:
        """By DOI or PMID, also when they are only written into a link (doi.org/..., pubmed.ncbi.nlm.nih.gov/...)."""
        for url in urls:
            doi = doi or (m.group(1) if (m := _URL_DOI.search(url)) else None)
            pmid = pmid or (m.group(1) if (m := _URL_PMID.search(url)) else None)
        if doi and doi_key(doi) in self._doi:
            return Match("doi", 1.0, self._doi[doi_key(doi)])
        if pmid and pmid.strip() in self._pmid:
            return Match("pmid", 1.0, self._pmid[pmid.strip()])
        return None

    def by_title(self, title: str | None) -> Match | None:
        key = title_key(title)
        if len(key) < 15 or not self._title_keys:
            return None
        scored = process.extract(key, self._title_keys, scorer=fuzz.token_sort_ratio, limit=2, score_cutoff=TITLE_THRESHOLD)
        best = [(k, s) for k, s, _ in scored]
        if not best:
            return None
        if len(best) == 2 and best[0][1] - best[1][1] < 1.0:
            return _one("title", best[0][1] / 100, [self._titles[k] for k, _ in best])
        return Match("title", best[0][1] / 100, self._titles[best[0][0]])

    def by_author_year(self, surname: str | None, year: int | None, venue: str | None = None) -> Match | None:
        """Exact year first, then +/-1; a venue (or nothing) breaks ties between same-name records."""
        same_author = self._author.get(surname_key(surname), [])
        if not same_author:
            return None
        if year is None:
            return _one("author-year", 0.7, _narrow(same_author, venue))
        exact = [r for r in same_author if r.year == year]
        if exact:
            return _one("author-year", 1.0, _narrow(exact, venue))
        near = [r for r in same_author if r.year is not None and abs(r.year - year) == 1]
        return _one("author-year", 0.8, _narrow(near, venue))

    def by_venue_year(self, venue: str | None, year: int | None) -> Match | None:
        if not venue:
            return None
        pool = self.records if year is None else self._year.get(year, [])
        found = [r for r in pool if same_journal(venue, r.journal) or same_journal(venue, r.journal_abbrev)]
        return _one("venue-year", 0.9 if year else 0.6, found)

    def by_entry(self, entry: ReferenceEntry) -> Match | None:
        """A reference-list entry's record: DOI/PMID, else its title, else its first author and year."""
        return (
            self.by_identifier(entry.doi, entry.pmid, [entry.url] if entry.url else [])
            or self.by_title(entry.title)
            or (self.by_author_year(surname_of(entry.authors[0]), entry.year, entry.venue) if entry.authors and entry.year else None)
        )

    def own_study(self, document: Document) -> Match | None:
        meta = document.meta
        return (
            self.by_identifier(meta.doi, meta.pmid)
            or self.by_title(meta.title or document.title)
            or (self.by_author_year(surname_of(meta.authors[0]), meta.year, meta.journal) if meta.authors and meta.year else None)
        )


def _narrow(records: list[Record], venue: str | None) -> list[Record]:
    if len(records) > 1 and venue:
        in_venue = [r for r in records if same_journal(venue, r.journal) or same_journal(venue, r.journal_abbrev)]
        return in_venue or records
    return records


def entry_matches_label(entry: ReferenceEntry, claim: Claim) -> bool:
    """Whether an entry is the one an author-year label points at (same first author, same year).
    An entry whose authors could not be parsed is matched on how its text begins."""
    study = claim.study
    wanted = surname_key(study.first_author)
    if not wanted or (study.year is not None and entry.year != study.year):
        return False
    if entry.authors:
        return surname_key(surname_of(entry.authors[0])) == wanted
    opening = _ENTRY_LEAD.sub("", _TAG.sub(" ", entry.text))[:80]
    letters = re.sub(r"[^a-z0-9]", "", fold(opening))
    return letters.startswith((wanted, re.sub(r"[^a-z0-9]", "", fold(study.first_author or ""))))


def entries_by_marker(entries: list[ReferenceEntry]) -> dict[str, ReferenceEntry]:
    """Marker -> entry. A list with no markers at all (an HTML <ol> rendered without its
    numbers) is numbered by position, as its reader sees it."""
    if any(e.marker for e in entries):
        return {e.marker: e for e in entries if e.marker}
    return {str(i): e for i, e in enumerate(entries, start=1)}


def cited_entries(claim: Claim, entries: list[ReferenceEntry]) -> list[ReferenceEntry]:
    """The reference-list entries a claim cites: by its markers, else by its author-year or venue-year."""
    study = claim.study
    if study.markers:
        by_marker = entries_by_marker(entries)
        return [by_marker[m] for m in study.markers if m in by_marker]
    if study.first_author:
        return [e for e in entries if entry_matches_label(e, claim)][:1]
    if study.venue and study.year:
        return [e for e in entries if e.year == study.year and same_journal(study.venue, e.venue)][:1]
    return []


def _agreements(claim: Claim, record: Record) -> int:
    """How many of the claim's stated values the record confirms."""
    return sum((
        claim.n is not None and claim.n in accepted_n(record),
        any(doses_agree(c, t) for c in claim.dose for t in record.dose),
        bool(claim.comparator and record.comparator and comparators_agree(claim.comparator, record.comparator)),
        bool(claim.outcome_measures and record.outcome_measures and measures_agree(claim.outcome_measures, record.outcome_measures)),
    ))


def disambiguate(match: Match | None, claim: Claim) -> Match | None:
    """Among records that fit an attribution equally, the one alone in confirming the claim's
    own values (N, dose, comparator, outcome measures) is the study meant; otherwise it stays ambiguous."""
    if match is None or not match.ambiguous:
        return match
    scored = sorted(((_agreements(claim, r), r) for r in match.candidates), key=lambda t: -t[0])
    if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
        return Match(match.method, round(match.score * 0.9, 3), scored[0][1])
    return match


@dataclass
class Resolution:
    """Everything verification needs to know about where a claim points."""

    entries: list[ReferenceEntry]  # cited reference-list entries, in citation order
    match: Match | None = None  # the claim's record (or its ambiguity)
    label: Match | None = None  # the author-year label resolved on its own, for misattribution
    cited: Record | None = None  # the record its identifier or first cited entry points to
    others: list[Record] = field(default_factory=list)  # further records a multi-study claim cites


def resolve(claim: Claim, entries: list[ReferenceEntry], document: Document | None, index: RecordIndex | None) -> Resolution:
    study = claim.study
    resolution = Resolution(cited_entries(claim, entries))
    if index is None:
        return resolution
    entry_matches = [m for m in (index.by_entry(e) for e in resolution.entries) if m]
    if study.first_author:
        resolution.label = index.by_author_year(study.first_author, study.year, study.venue)
    cited = index.by_identifier(study.doi, study.pmid, study.urls) or (entry_matches[0] if entry_matches else None)
    resolution.cited = cited.record if cited else None
    resolution.match = disambiguate(
        cited
        or resolution.label
        or (index.by_venue_year(study.venue, study.year) if not study.first_author else None)
        or (index.own_study(document) if study.own and document is not None else None),
        claim,
    )
    named = resolution.label.record if resolution.label else None
    if named is not None and resolution.cited is not None and named is not resolution.cited:
        # Misattributed: check the claim against whichever study its values describe, the named one on a tie.
        if _agreements(claim, resolution.cited) <= _agreements(claim, named):
            resolution.match = resolution.label
    primary = resolution.match.record if resolution.match else None
    resolution.others = [m.record for m in entry_matches[1:] if m.record is not None and m.record is not primary]
    return resolution
