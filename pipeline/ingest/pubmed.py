"""PubMed XML and MEDLINE text exports read into bibliographic records and laid out as text."""

from __future__ import annotations

import io
import re

import lxml.etree as etree
from Bio import Medline

from extractors.attribution import word_list
from pipeline.ingest.names import parse_year
from pipeline.ingest.record import LaidOut, StudyRecord, citation_text, lay_out
from pipeline.ingest.xmlparse import XmlError, child, children, local, parse_xml, text_of


def read_pubmed_xml(raw: bytes) -> LaidOut:
    root = parse_xml(raw)
    articles = [root] if local(root) == "PubmedArticle" else children(root, "PubmedArticle")
    if not articles:
        raise XmlError("PubMed XML holds no PubmedArticle")
    return lay_out([_pubmed_record(a) for a in articles])


def _pubmed_record(article: etree._Element) -> StudyRecord:
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
        citation=citation_text(year, volume, number, pages),
        doi=doi or None,
        pmid=text_of(child(citation, "PMID")) or ids.get("pubmed") or None,
        pmcid=ids.get("pmc") or None,
        abstract=[a for a in abstract if a],
    )


# A field tag inside a line ("... DP - 2014 Jun TI - Lavender oil ... AB - The anxiolytic ..."): a
# web copy of an export whose line breaks were collapsed into spaces.
_INLINE_TAG = re.compile(r"[ \t]+(%s)[ \t]*-[ \t]" % "|".join(word_list("medline_tags.txt")))
_FLATTENED_TAGS = 3  # tags on the first line that make it a collapsed record, not a long title


def read_medline(text: str) -> LaidOut:
    records = [_medline_record(r) for r in Medline.parse(io.StringIO(_unflattened(text))) if r]
    if not records:
        raise ValueError("MEDLINE text holds no record")
    return lay_out(records)


def _unflattened(text: str) -> str:
    """The export with each field on its own line again, when a web page ran its fields
    together on one line (Bio.Medline reads only the tag that opens a line)."""
    first_line = text.lstrip().split("\n", 1)[0]
    if len(_INLINE_TAG.findall(first_line)) < _FLATTENED_TAGS:
        return text
    return _INLINE_TAG.sub(lambda tag: f"\n{tag.group(1):<4}- ", text.lstrip())


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
        citation=citation_text(year, record.get("VI", ""), record.get("IP", ""), record.get("PG", "")),
        doi=doi,
        pmid=record.get("PMID") or None,
        pmcid=pmc if isinstance(pmc, str) else None,
        abstract=[" ".join(str(record["AB"]).split())] if record.get("AB") else [],
    )


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
