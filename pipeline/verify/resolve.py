"""Which trusted record a claim is about, strongest evidence first.

Order: a DOI/PMID in the claim; the cited reference-list entry (by marker, or by the
label's author-year) and that entry's DOI/PMID, title or author-year; the label's
author-year (exact year, then +/-1 which the caller reports as a year mismatch); the
venue-year ("a 2019 study in JAMA Psychiatry"); the document's own study. Two equally
good records are never picked between: the match is ambiguous and lists both.

A label citing several studies by author-year ("(Smith et al., 2013; Lee 2015)") has each
author-year resolved; the claim is checked against the record whose values it matches best
(the first on a tie), the others count as further cited records. A label naming exactly two
authors ("Smith and Lee (2015)") also uses the second to tell same-name records apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extractors.attribution import find_attributions
from pipeline.model import Claim, Document, DocumentMeta, Record, ReferenceEntry, Study
from pipeline.references.authors import surname_of
from pipeline.verify.names import doi_key, fold, same_journal, surname_key, title_key
from pipeline.verify.values import accepted_n, comparators_agree, doses_agree, measures_agree

TITLE_THRESHOLD = 90.0
_TAG = re.compile(r"<[^>]*>")
_URL_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s?#]+)")
_URL_PMID = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|pubmed\.gov/)(\d{1,9})")
_ENTRY_LEAD = re.compile(r"^[\W\d_]+")  # "1. ", "[1] ", "- " before an entry's first author
_COAUTHOR = re.compile(r"^\s*(?:and|&)\s+((?:[a-z]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+)(?!\s+(?:et\s+al|and|&|,))")


@dataclass(frozen=True)
class AuthorYear:
    """One author-year a label names; ``coauthor`` only when it names exactly two authors."""

    surname: str
    year: int | None
    coauthor: str | None = None


def _coauthor(text: str, first: str) -> str | None:
    at = text.find(first)
    found = _COAUTHOR.match(text[at + len(first):]) if at >= 0 else None
    return found.group(1) if found else None


def author_years(study: Study) -> list[AuthorYear]:
    """Every author-year the study's label names, the study's own first author and year first."""
    if not study.first_author:
        return []
    hits = [a for a in find_attributions(study.label) if a.kind == "author-year" and a.first_author] if study.label else []
    names = [AuthorYear(a.first_author, a.year, _coauthor(a.text, a.first_author)) for a in hits]
    key = surname_key(study.first_author)
    same = next((n for n in names if surname_key(n.surname) == key), None)
    first = AuthorYear(study.first_author, study.year, same.coauthor if same else None)
    return [first, *(n for n in names if (surname_key(n.surname), n.year) != (key, first.year) and n is not same)]


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

    def by_author_year(self, surname: str | None, year: int | None, venue: str | None = None, coauthor: str | None = None) -> Match | None:
        """Exact year first, then +/-1; a named second author or the venue breaks ties between same-name records."""
        same_author = _with_coauthor(self._author.get(surname_key(surname), []), coauthor)
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

    def own_study(self, claim: Claim, document: Document) -> Match | None:
        """The record of the study a document (or one record of a multi-record export) is."""
        meta = study_meta(claim, document)
        title = meta.title or (None if document.studies else document.title)
        return (
            self.by_identifier(meta.doi, meta.pmid)
            or self.by_title(title)
            or (self.by_author_year(surname_of(meta.authors[0]), meta.year, meta.journal) if meta.authors and meta.year else None)
        )


def study_meta(claim: Claim, document: Document) -> DocumentMeta:
    """The DocumentMeta of an own-study claim: in an export of several records (``document.studies``)
    the record with the claim's PMID/DOI, else the one whose abstract holds the claim; never
    the export as a whole."""
    if not document.studies:
        return document.meta
    study = claim.study
    for meta in document.studies:
        if (study.pmid and meta.pmid == study.pmid) or (study.doi and doi_key(meta.doi) == doi_key(study.doi)):
            return meta
    start = claim.evidence.start
    for meta in document.studies:
        if meta.abstract_start is not None and meta.abstract_end is not None and meta.abstract_start <= start < meta.abstract_end:
            return meta
    return DocumentMeta()


def _with_coauthor(records: list[Record], coauthor: str | None) -> list[Record]:
    if len(records) > 1 and coauthor:
        key = surname_key(coauthor)
        named = [r for r in records if len(r.authors) > 1 and surname_key(surname_of(r.authors[1])) == key]
        return named or records
    return records


def _narrow(records: list[Record], venue: str | None) -> list[Record]:
    if len(records) > 1 and venue:
        in_venue = [r for r in records if same_journal(venue, r.journal) or same_journal(venue, r.journal_abbrev)]
        return in_venue or records
    return records


def entry_matches_label(entry: ReferenceEntry, name: AuthorYear) -> bool:
    """Whether an entry is the one an author-year points at (same first author, same year, and
    the same second author when the label names one). An entry whose authors could not be
    parsed is matched on how its text begins."""
    wanted = surname_key(name.surname)
    if not wanted or (name.year is not None and entry.year != name.year):
        return False
    if entry.authors:
        second = surname_key(surname_of(entry.authors[1])) if len(entry.authors) > 1 else None
        if name.coauthor and second and second != surname_key(name.coauthor):
            return False
        return surname_key(surname_of(entry.authors[0])) == wanted
    opening = _ENTRY_LEAD.sub("", _TAG.sub(" ", entry.text))[:80]
    letters = re.sub(r"[^a-z0-9]", "", fold(opening))
    return letters.startswith((wanted, re.sub(r"[^a-z0-9]", "", fold(name.surname))))


def entries_by_marker(entries: list[ReferenceEntry]) -> dict[str, ReferenceEntry]:
    """Marker -> entry. A list with no markers at all (an HTML <ol> rendered without its
    numbers) is numbered by position, as its reader sees it."""
    if any(e.marker for e in entries):
        return {e.marker: e for e in entries if e.marker}
    return {str(i): e for i, e in enumerate(entries, start=1)}


def cited_entries(claim: Claim, entries: list[ReferenceEntry], names: list[AuthorYear] | None = None) -> list[ReferenceEntry]:
    """The reference-list entries a claim cites: by its markers, else by each of its author-years
    (``names``, default: all its label names), else by its venue-year."""
    study = claim.study
    if study.markers:
        by_marker = entries_by_marker(entries)
        return [by_marker[m] for m in study.markers if m in by_marker]
    if study.first_author:
        found = (next((e for e in entries if entry_matches_label(e, name)), None) for name in names or author_years(study))
        return list({id(e): e for e in found if e is not None}.values())
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
    year: int | None = None  # the year the source gives for the matched record


def _best_of(matches: list[tuple[AuthorYear, Match]], claim: Claim) -> tuple[AuthorYear, Match, list[Record]] | None:
    """Among the records a label's author-years resolve to, the one whose values the claim matches
    best (the first cited on a tie), with the rest; an ambiguous match only when none resolved."""
    resolved = [(name, m) for name, m in matches if m.record is not None]
    if not resolved:
        return (matches[0][0], matches[0][1], []) if matches else None
    best = max(resolved, key=lambda pair: _agreements(claim, pair[1].record))
    others = [m.record for _, m in resolved if m.record is not best[1].record]
    return best[0], best[1], list({id(r): r for r in others}.values())


def _by_author_years(claim: Claim, names: list[AuthorYear], entries: list[ReferenceEntry], index: RecordIndex) -> list[tuple[AuthorYear, Match]]:
    """Each author-year's record: through its reference-list entry when the document lists it, else the trusted set."""
    found = []
    for name in names:
        entry = next((e for e in entries if entry_matches_label(e, name)), None)
        match = (index.by_entry(entry) if entry else None) or index.by_author_year(name.surname, name.year, claim.study.venue, name.coauthor)
        if match is not None:
            found.append((name, disambiguate(match, claim)))
    return found


def resolve(claim: Claim, entries: list[ReferenceEntry], document: Document | None, index: RecordIndex | None) -> Resolution:
    study = claim.study
    names = author_years(study)
    resolution = Resolution(cited_entries(claim, entries, names), year=study.year)
    if index is None:
        return resolution
    if names:
        first = names[0]
        resolution.label = index.by_author_year(first.surname, first.year, study.venue, first.coauthor)
    identified = index.by_identifier(study.doi, study.pmid, study.urls)
    if study.own and document is not None:
        resolution.match = disambiguate(identified or index.own_study(claim, document) or resolution.label, claim)
        resolution.cited = identified.record if identified else None
        return resolution
    if names and not study.markers and not identified:
        best = _best_of(_by_author_years(claim, names, resolution.entries, index), claim)
        if best is not None:
            name, resolution.match, resolution.others = best
            resolution.year = name.year
            resolution.cited = resolution.match.record
        return resolution
    entry_matches = [m for m in (index.by_entry(e) for e in resolution.entries) if m]
    cited = identified or (entry_matches[0] if entry_matches else None)
    resolution.cited = cited.record if cited else None
    resolution.match = disambiguate(
        cited or resolution.label or (index.by_venue_year(study.venue, study.year) if not study.first_author else None),
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
