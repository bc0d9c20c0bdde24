"""Records that flow between litclaims stages.

Plain dataclasses with no I/O and no imports from the rest of litclaims, so every
stage (and every test) can build and read them directly. Field names follow
shared/SPEC.md; ``to_dict`` gives the exact JSON shape that SPEC.md documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

BlockLabel = Literal["main", "boilerplate", "comments", "references", "metadata"]
DocumentKind = Literal["html", "pdf", "text", "pubmed-xml", "jats", "medline", "ris"]
DocumentStatus = Literal["ok", "failed", "skipped"]
ClaimContext = Literal["prose", "table", "abstract", "comment", "reference_list"]
Direction = Literal["positive", "null", "negative", "mixed", "unknown"]
VerificationStatus = Literal["verified", "contradicted", "unverifiable", "uncited", "not_checked"]
Severity = Literal["high", "medium", "low"]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Serialisable:
    """``to_dict`` gives the record as plain JSON-ready values, in SPEC.md's shape."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


def surname(author: str) -> str:
    """The surname of an author written "Surname Initials"."""
    return author.split(" ")[0]


@dataclass
class Block(Serialisable):
    """A labelled span of a document's text: ``text[start:end]``.

    Blocks tile the text of a document in order; gaps between them (blank lines)
    belong to no block. ``kind`` says what shape the span has (``paragraph``,
    ``heading``, ``list_item``, ``table_row``, ``table_header``, ``caption``,
    ``line``), ``label`` what role it plays.
    """

    start: int
    end: int
    label: BlockLabel
    kind: str = "paragraph"
    page: int | None = None


@dataclass
class Page:
    """One PDF page's span of the document text (1-based ``number``)."""

    number: int
    start: int
    end: int


@dataclass
class DocumentMeta:
    """Bibliographic identity of the document's own study, when the document is one
    (an abstract page, a PubMed record, a JATS article)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)  # "Surname Initials"
    year: int | None = None
    journal: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    abstract_start: int | None = None  # offsets of the abstract in Document.text
    abstract_end: int | None = None
    abstract_only: bool = False  # the document is one study's abstract and nothing else, with no title line
    quoted: bool = False  # the abstract is quoted on a shop or blog page: a cited study's claim, not the page's own

    @property
    def is_study(self) -> bool:
        """A titled record that names its authors or an identifier, or that holds its
        abstract; or an untitled abstract that is the whole document."""
        return bool(self.title and (self.authors or self.doi or self.pmid or self.abstract_start is not None)) or (
            self.abstract_only and self.abstract_start is not None)


@dataclass
class Document:
    """One ingested source. ``text`` is the full text, boilerplate included, exactly
    as written to ``text/<doc_id>.txt``; every offset anywhere points into it."""

    doc_id: str
    source: str
    kind: str
    sha256: str
    text: str = ""
    title: str | None = None
    status: DocumentStatus = "ok"
    error: str | None = None
    blocks: list[Block] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    # A document holding several records (a MEDLINE or PubMed export of several
    # articles) lists each one here, with its own abstract offsets; ``meta`` then
    # stays empty, since the document as a whole is no single study.
    studies: list[DocumentMeta] = field(default_factory=list)

    @property
    def boilerplate_chars(self) -> int:
        return sum(b.end - b.start for b in self.blocks if b.label == "boilerplate")

    def page_at(self, offset: int) -> int | None:
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None


@dataclass
class ReferenceEntry(Serialisable):
    """One entry of a document's own reference list (bibliography, linked references)."""

    doc_id: str
    marker: str | None  # "7" for "[7]" / "7." entries; None for unnumbered entries
    text: str  # exact entry text == document.text[start:end]
    start: int
    end: int
    authors: list[str] = field(default_factory=list)  # "Surname Initials" where parseable
    year: int | None = None
    title: str | None = None
    venue: str | None = None
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    nonscholarly: str | None = None  # why it is not a scholarly source ("video", "social", "site name"), else None

    @property
    def first_author(self) -> str | None:
        return surname(self.authors[0]) if self.authors else None


@dataclass
class Study:
    label: str | None = None  # attribution as written: "Marsh et al. (2015)", "[7]", "a 2019 study in JAMA"
    first_author: str | None = None
    year: int | None = None
    venue: str | None = None
    markers: list[str] = field(default_factory=list)
    doi: str | None = None
    pmid: str | None = None
    registry_ids: list[str] = field(default_factory=list)  # NCT01234567, ISRCTN..., EudraCT 2015-000000-00
    urls: list[str] = field(default_factory=list)
    own: bool = False  # the document's own study (abstract page, PubMed record)

    @property
    def attributed(self) -> bool:
        return bool(self.label or self.first_author or self.markers or self.doi or self.pmid or self.own)


@dataclass
class Dose:
    value: float | None  # normalised; for a range, the low end (see value_max)
    unit: str | None  # normalised: mg, g, ug, mg/kg, mg/day, g/day, ug/kg, IU, ml, ...
    per: str | None = None  # "day", "kg", "session", ...
    schedule: str | None = None  # daily, twice daily, once weekly, single dose, titrated, ...
    timing: str | None = None  # "1 hour before session", "immediately after", ...
    text: str = ""  # the source words
    value_max: float | None = None  # upper end of a range ("50 - 250 mg")


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    page: int | None = None


@dataclass
class Verification:
    status: VerificationStatus = "not_checked"
    reference_id: str | None = None
    method: str | None = None  # doi | pmid | marker | author-year | title | venue-year | own-study
    score: float | None = None
    candidates: list[str] = field(default_factory=list)  # record ids when resolution was ambiguous


@dataclass
class Flag:
    code: str
    severity: Severity
    message: str
    field: str | None = None
    expected: Any = None
    found: Any = None
    reference_id: str | None = None


@dataclass
class Claim(Serialisable):
    claim_id: str
    doc_id: str
    source: str
    context: ClaimContext
    evidence: Evidence
    study: Study = field(default_factory=Study)
    population: str | None = None
    n: int | None = None
    n_detail: dict[str, Any] = field(default_factory=dict)  # {"randomized": 41, "completed": 38, "arms": [21, 20]}
    dose: list[Dose] = field(default_factory=list)
    comparator: str | None = None
    outcome_measures: list[str] = field(default_factory=list)
    finding: str | None = None
    direction: Direction = "unknown"
    ongoing_trial: bool = False  # "now recruiting", "is under way", "planned trial"
    verification: Verification = field(default_factory=Verification)
    flags: list[Flag] = field(default_factory=list)


@dataclass
class Record(Serialisable):
    """One entry of the trusted reference set, with its trusted facts."""

    id: str
    source_file: str = ""
    authors: list[str] = field(default_factory=list)  # "Surname Initials"
    year: int | None = None
    title: str | None = None
    journal: str | None = None
    journal_abbrev: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    study_type: str | None = None
    condition: str | None = None
    n_randomized: int | None = None
    n_completed: int | None = None
    n_analysed: int | None = None
    arms: list[int] = field(default_factory=list)
    dose: list[Dose] = field(default_factory=list)
    dose_timing: str | None = None
    comparator: str | None = None
    outcome_measures: list[str] = field(default_factory=list)
    finding: str | None = None
    direction: Direction | None = None
    abstract: str | None = None
    facts_from: Literal["curated", "abstract", "none"] = "none"

    @property
    def first_author(self) -> str | None:
        return surname(self.authors[0]) if self.authors else None


@dataclass
class SkippedRecord:
    line: int | None
    error: str


@dataclass
class ReferenceFile(Serialisable):
    """What one ``--references`` file contributed (for the manifest)."""

    path: str
    sha256: str
    format: str  # medline | pubmed-xml | ris | bibtex | csl-json | csv
    records: int
    skipped: list[SkippedRecord] = field(default_factory=list)


@dataclass
class DocumentResult:
    """Everything extraction found in one document."""

    doc_id: str
    claims: list[Claim] = field(default_factory=list)
    references: list[ReferenceEntry] = field(default_factory=list)
    error: str | None = None  # set when extraction itself failed on this document


@dataclass
class Run:
    """One run of the pipeline, as the output writers see it."""

    command: list[str]
    started_at: str
    finished_at: str | None = None
    documents: list[Document] = field(default_factory=list)
    results: dict[str, DocumentResult] = field(default_factory=dict)  # by doc_id
    records: list[Record] = field(default_factory=list)
    reference_files: list[ReferenceFile] = field(default_factory=list)
    changes: dict[str, list[str]] = field(
        default_factory=lambda: {"new": [], "changed": [], "unchanged": [], "removed": []}
    )
    timings: dict[str, float] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)

    @property
    def claims(self) -> list[Claim]:
        return [c for d in self.documents for c in self.results.get(d.doc_id, DocumentResult(d.doc_id)).claims]


def claim_id_for(doc_id: str, start: int, end: int) -> str:
    """Stable claim id: the same document and span give the same id on every run."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]
