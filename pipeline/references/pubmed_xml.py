"""PubMed XML (``PubmedArticleSet``), read with lxml with DTD loading and network access off."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.model import Record, SkippedRecord
from pipeline.references import authors
from pipeline.references.errors import Parsed, ReferenceFileError

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_GENERIC_TYPES = {"Journal Article", "English Abstract"}


def looks_like(text: str) -> bool:
    return "<PubmedArticleSet" in text[:5000]


def _text(node: etree._Element | None) -> str | None:
    if node is None:
        return None
    value = " ".join("".join(node.itertext()).split())
    return value or None


def _authors(article: etree._Element) -> list[str]:
    names = []
    for author in article.iterfind(".//AuthorList/Author"):
        family = _text(author.find("LastName")) or _text(author.find("CollectiveName"))
        if not family:
            continue
        letters = _text(author.find("Initials"))
        names.append(f"{family} {letters}" if letters else authors.from_parts(family, _text(author.find("ForeName")) or ""))
    return names


def _abstract(article: etree._Element) -> str | None:
    parts = []
    for node in article.iterfind(".//Abstract/AbstractText"):
        body = _text(node)
        if body:
            label = node.get("Label")
            parts.append(f"{label}: {body}" if label else body)
    return " ".join(parts) or None


def _record(node: etree._Element, source_file: str) -> Record:
    date = node.find(".//Article/Journal/JournalIssue/PubDate")
    year = _YEAR.search(" ".join(date.itertext())) if date is not None else None
    ids = {i.get("IdType"): _text(i) for i in node.iterfind(".//PubmedData/ArticleIdList/ArticleId")}
    doi = ids.get("doi") or _text(node.find(".//Article/ELocationID[@EIdType='doi']"))
    types = [t for t in (_text(p) for p in node.iterfind(".//PublicationTypeList/PublicationType")) if t not in _GENERIC_TYPES]
    return Record(
        id="",
        source_file=source_file,
        authors=_authors(node),
        year=int(year.group(1)) if year else None,
        title=_text(node.find(".//Article/ArticleTitle")),
        journal=_text(node.find(".//Article/Journal/Title")),
        journal_abbrev=_text(node.find(".//MedlineJournalInfo/MedlineTA")) or _text(node.find(".//Article/Journal/ISOAbbreviation")),
        volume=_text(node.find(".//Article/Journal/JournalIssue/Volume")),
        issue=_text(node.find(".//Article/Journal/JournalIssue/Issue")),
        pages=_text(node.find(".//Article/Pagination/MedlinePgn")),
        doi=doi.lower() if doi else None,
        pmid=_text(node.find("MedlineCitation/PMID")),
        pmcid=ids.get("pmc"),
        study_type=types[0] if types else None,
        abstract=_abstract(node),
    )


def parse(text: str, source_file: str) -> Parsed:
    parser = etree.XMLParser(no_network=True, load_dtd=False, resolve_entities=False, huge_tree=False)
    try:
        # The text is already decoded, so its encoding declaration no longer applies.
        root = etree.fromstring(_DECLARATION.sub("", text.lstrip("\ufeff")), parser)
    except etree.XMLSyntaxError as error:
        raise ReferenceFileError(f"{source_file}: not well-formed PubMed XML ({error})") from None
    parsed = Parsed()
    for node in root.iter("PubmedArticle"):
        record = _record(node, source_file)
        if not record.pmid and not record.title:
            parsed.skipped.append(SkippedRecord(node.sourceline, "PubmedArticle has neither PMID nor ArticleTitle"))
        else:
            parsed.records.append(record)
    return parsed
