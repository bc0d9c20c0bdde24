"""Bibliographic records (PubMed, MEDLINE, JATS front matter) laid out as document text.

Each record becomes: title, authors line, journal/year/DOI line (metadata blocks),
then the abstract (main blocks, structured section labels kept as written). A file
with one record gets its DocumentMeta as ``meta``; a file with several is laid out in
order and lists each record's DocumentMeta (with its own abstract offsets) as
``studies``, leaving ``meta`` empty, since the file as a whole is no single study.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.ingest.builder import TextBuilder
from pipeline.model import Block, DocumentMeta


@dataclass
class StudyRecord:
    """One bibliographic record as read from PubMed XML, MEDLINE or JATS front matter."""

    title: str = ""
    authors: list[str] = field(default_factory=list)  # "Surname Initials"
    journal: str = ""
    year: int | None = None
    citation: str = ""  # "2015;76(3):123-9"
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    abstract: list[str] = field(default_factory=list)  # paragraphs, section labels kept


@dataclass
class LaidOut:
    text: str
    blocks: list[Block]
    title: str | None
    meta: DocumentMeta
    studies: list[DocumentMeta] = field(default_factory=list)  # one per record when there are several


def lay_out_record(builder: TextBuilder, record: StudyRecord) -> DocumentMeta:
    """Append one record's header and abstract; return its meta with abstract offsets."""
    builder.add(record.title, "metadata", "heading")
    if record.authors:
        builder.add(", ".join(record.authors) + ".", "metadata", "line")
    source = ". ".join(p for p in (record.journal, record.citation) if p)
    ids = [f"doi: {record.doi}" if record.doi else "", f"PMID: {record.pmid}" if record.pmid else ""]
    builder.add(". ".join(p for p in (source, *ids) if p).strip() + ".", "metadata", "line")
    abstract = [b for b in (builder.add(p, "main") for p in record.abstract) if b is not None]
    return DocumentMeta(
        title=record.title or None,
        authors=list(record.authors),
        year=record.year,
        journal=record.journal or None,
        doi=record.doi,
        pmid=record.pmid,
        pmcid=record.pmcid,
        abstract_start=abstract[0].start if abstract else None,
        abstract_end=abstract[-1].end if abstract else None,
    )


def lay_out(records: list[StudyRecord]) -> LaidOut:
    builder = TextBuilder()
    metas = [lay_out_record(builder, record) for record in records]
    title = records[0].title if records else None
    if len(metas) == 1:
        return LaidOut(builder.text, builder.blocks, title or None, metas[0])
    return LaidOut(builder.text, builder.blocks, title or None, DocumentMeta(), metas)


def citation_text(year: int | None, volume: str, issue: str, pages: str) -> str:
    """ "2015;76(3):123-9" from its parts (empty parts left out)."""
    text = str(year or "")
    if volume:
        text += f";{volume}"
    if issue:
        text += f"({issue})"
    if pages:
        text += f":{pages}"
    return text
