"""The identifiers a study's own page prints about itself, added to what its reader found.

A page recognised as one study (citation tags, a saved abstract page) often names its study
in more places than the reader that recognised it looked: a "DOI:" or "PMID:" on the
citation line above the abstract or on a line just after it, a "How to cite:" or "Source:"
reference under the abstract, PubMed's "<Author> et al. <Journal>. <year>" line, PMC's
"<Journal> logo / Link to <Journal>" masthead over its ". <year> <date>;<volume>" line. Each
fills only a field still empty: what the page's own reader found stays.
"""

from __future__ import annotations

import re

from extractors.reflist import parse_entry
from pipeline.ingest.names import format_author
from pipeline.model import Block, DocumentMeta

_HEAD = 15  # blocks above the abstract searched (title, byline, citation line, masthead)
_AFTER = 6  # blocks after the abstract searched (keywords, a citation line, an identifiers line)
_DOI = re.compile(r"(?:\bdoi\s*:?\s*|doi\.org/)(10\.\d{4,9}/[^\s;,<>\"]+)", re.I)
_PMID = re.compile(r"\bPMID\s*:?\s*(\d{5,9})\b")
_PMID_CLOSING = re.compile(r"\bPMID\s*:?\s*(\d{5,9})\)?\.?\s*$")  # an abstract copied with its PubMed line on its end
# A labelled reference of the page's own study: "How to cite: ...", "Cite this article as: ...", "Source : ...".
_CITE_LABEL = re.compile(r"\W{0,3}(?:how\s+to\s+cite(?:\s+this\s+(?:article|paper))?|cite\s+(?:this\s+(?:article|paper)\s+)?as|"
                         r"citation|source|reference|original\s+(?:article|paper|study|research)|full\s+citation)\s*:\s*(?=\S)", re.I)
# "D. Fritsch et al., 2010. <Title>. J. Vet. Int. Med. 24: 1020-1026": a news page's source line.
_INITIAL_ETAL_YEAR = re.compile(
    r"(?:[A-Z]\.\s?){1,3}(?P<author>[A-Z][\w'’-]+)\s+et\s+al\.?,?\s+\(?(?P<year>(?:19|20)\d{2})\)?\.\s+[^\n]{10,300}?[.?]\s+"
    r"(?P<journal>[A-Z][A-Za-z.&' ]{2,80}?)\.?\s+\d{1,4}\s*(?:\(\d+\))?\s*:\s*[A-Za-z]?\d")
# PubMed's short citation: "Lauren B Marangell et al. Am J Psychiatry. 2003 May."
_PUBMED_SHORT = re.compile(r"^(?:[A-Z][\w'’-]*\.?\s+){1,4}et\s+al\.\s+(?P<journal>[A-Z][^.\n]{1,80})\.\s+(?P<year>(?:19|20)\d{2})\b")
# PubMed's source line over an abstract: "Eur J Pain. 2019 Mar 4;23(3):512-20.", "Iran J Ophthalmol. Spring 2016;5(1):32-38.".
_PUBMED_SOURCE = re.compile(r"^(?P<journal>[A-Z][A-Za-z&'’ ]{1,100}?)\.\s+(?:(?:Spring|Summer|Autumn|Fall|Winter)\s+)?"
                            r"(?P<year>(?:19|20)\d{2})(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d")
# PMC's masthead: "Medicine logoLink to Medicine" over ". 2019 Sep 13;98(37):e17186".
_LOGO_LINK = re.compile(r"\blogo\s*link\s+to\s+(?P<journal>[A-Z][^\n.;]{1,100}?)\s*$", re.I)
_DATE_LINE = re.compile(r"^\.\s+(?P<year>(?:19|20)\d{2})\b")


def complete_identity(text: str, blocks: list[Block], meta: DocumentMeta) -> None:
    """Fill ``meta``'s empty DOI, PMID, journal, year and first author from the lines around its abstract."""
    if meta.abstract_start is None or meta.abstract_end is None:
        return
    start, end = meta.abstract_start, meta.abstract_end
    head = [b for b in blocks if b.end <= start][-_HEAD:]
    after = [b for b in blocks if b.start >= end][:_AFTER]
    cited = [b for b in blocks if start <= b.start and b.end <= end and _CITE_LABEL.match(text, b.start, b.end)]
    lines = [" ".join(text[b.start:b.end].split()) for b in head + cited + after]  # a reference the abstract ran on over
    for i, line in enumerate(lines):
        _from_line(meta, line, lines[i + 1] if i + 1 < len(lines) else "")
    last = next((b for b in reversed(blocks) if b.start < end and b.end <= end), None)
    closing = _PMID_CLOSING.search(text, last.start, end) if last is not None and "PMID" in text[last.start:end] else None
    if closing and not meta.pmid:
        meta.pmid = closing.group(1)


def _from_line(meta: DocumentMeta, line: str, following: str) -> None:
    cited = _CITE_LABEL.match(line)
    if cited:
        _from_reference(meta, line[cited.end():])
    if not meta.doi and (doi := _DOI.search(line)):
        meta.doi = doi.group(1).rstrip(".")
    if not meta.pmid and (pmid := _PMID.search(line)):
        meta.pmid = pmid.group(1)
    if not meta.journal and (short := _PUBMED_SHORT.match(line)):
        meta.journal, meta.year = short.group("journal").strip(), meta.year or int(short.group("year"))
    if not meta.journal and (source := _PUBMED_SOURCE.match(line)):
        meta.journal, meta.year = source.group("journal").strip(), meta.year or int(source.group("year"))
    if not meta.journal and (logo := _LOGO_LINK.search(line)) and (dated := _DATE_LINE.match(following)):
        meta.journal, meta.year = logo.group("journal").strip(), meta.year or int(dated.group("year"))


def _from_reference(meta: DocumentMeta, reference: str) -> None:
    """The parts of the page's own reference its reader left empty."""
    entry = parse_entry(reference, 0, len(reference), None, "")
    author, year, journal = entry.first_author, entry.year, entry.venue
    if not (author and journal) and (source := _INITIAL_ETAL_YEAR.match(reference)):
        author, year, journal = source.group("author"), int(source.group("year")), source.group("journal").strip()
    if not (author and year and journal):
        return  # not a whole reference: a "Source:" line naming a website
    meta.journal = meta.journal or journal
    meta.year = meta.year or year
    meta.doi = meta.doi or entry.doi
    if not meta.authors:
        meta.authors = [format_author(author)]
