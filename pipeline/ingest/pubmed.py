"""PubMed XML and MEDLINE text records laid out as readable documents.

Each record becomes: title, authors line, journal/year/DOI line (metadata blocks),
then the abstract (main blocks, structured section labels kept as written).
A file with one record also gets its DocumentMeta; several records are read in
order but describe no single study.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from Bio import Medline

from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.names import parse_year
from pipeline.ingest.xmlparse import XmlError, child, children, local, parse_xml, text_of
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
    meta = metas[0] if len(metas) == 1 else DocumentMeta()
    title = records[0].title if records else None
    return LaidOut(builder.text, builder.blocks, title or None, meta)


def read_pubmed_xml(raw: bytes) -> LaidOut:
    root = parse_xml(raw)
    articles = [root] if local(root) == "PubmedArticle" else children(root, "PubmedArticle")
    if not articles:
        raise XmlError("PubMed XML holds no PubmedArticle")
    return lay_out([_pubmed_record(a) for a in articles])


def _pubmed_record(article) -> StudyRecord:  # noqa: ANN001 - an lxml element
    citation = child(article, "MedlineCitation")
    art = child(citation, "Article")
    journal = child(art, "Journal")
    issue = child(journal, "JournalIssue")
    pub_date = child(issue, "PubDate")
    year = parse_year(text_of(child(pub_date, "Year")) or text_of(child(pub_date, "MedlineDate")))
    authors = []
    for author in children(child(art, "AuthorList"), "Author"):
        last, initials = text_of(child(author, "LastName")), text_of(child(author, "Initials"))
        name = f"{last} {initials}".strip() or text_of(child(author, "CollectiveName"))
        if name:
            authors.append(name)
    volume, number = text_of(child(issue, "Volume")), text_of(child(issue, "Issue"))
    pages = text_of(child(child(art, "Pagination"), "MedlinePgn"))
    ids = {i.get("IdType"): text_of(i) for i in children(child(child(article, "PubmedData"), "ArticleIdList"), "ArticleId")}
    doi = next((text_of(e) for e in children(art, "ELocationID") if e.get("EIdType") == "doi"), None) or ids.get("doi")
    abstract = []
    for part in children(child(art, "Abstract"), "AbstractText"):
        label = part.get("Label")
        body = text_of(part)
        abstract.append(f"{label}: {body}" if label and body else body)
    return StudyRecord(
        title=text_of(child(art, "ArticleTitle")),
        authors=authors,
        journal=text_of(child(journal, "ISOAbbreviation")) or text_of(child(journal, "Title")),
        year=year,
        citation=_citation(year, volume, number, pages),
        doi=doi or None,
        pmid=text_of(child(citation, "PMID")) or ids.get("pubmed") or None,
        pmcid=ids.get("pmc") or None,
        abstract=[a for a in abstract if a],
    )


def _citation(year: int | None, volume: str, issue: str, pages: str) -> str:
    text = str(year or "")
    if volume:
        text += f";{volume}"
    if issue:
        text += f"({issue})"
    if pages:
        text += f":{pages}"
    return text


def read_medline(text: str) -> LaidOut:
    records = [_medline_record(r) for r in Medline.parse(io.StringIO(text)) if r]
    if not records:
        raise ValueError("MEDLINE text holds no record")
    return lay_out(records)


def _medline_record(record: dict) -> StudyRecord:
    year = parse_year(record.get("DP"))
    doi = next(
        (i.split(" ")[0] for i in [*_as_list(record.get("LID")), *_as_list(record.get("AID"))] if i.endswith("[doi]")),
        None,
    )
    pmc = record.get("PMC")
    return StudyRecord(
        title=" ".join(str(record.get("TI", "")).split()),
        authors=_as_list(record.get("AU")),
        journal=record.get("TA") or record.get("JT") or "",
        year=year,
        citation=_citation(year, record.get("VI", ""), record.get("IP", ""), record.get("PG", "")),
        doi=doi,
        pmid=record.get("PMID") or None,
        pmcid=pmc if isinstance(pmc, str) else None,
        abstract=[" ".join(str(record["AB"]).split())] if record.get("AB") else [],
    )


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
