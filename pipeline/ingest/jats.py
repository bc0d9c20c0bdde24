"""JATS articles: front matter and abstract as for PubMed, then body, tables and ref-list.

Body sections become heading and paragraph blocks (main), tables TAB rows,
figure and table captions caption blocks, and each ref-list entry one
references block, written as a person would read it ("1. Marsh AB, Okafor C. Title.
Journal. 2015;76(3):123-9."). A bibliography cross-reference holding a bare number
is written as a bracketed marker ("studied[1]"), as in the HTML reader.
"""

from __future__ import annotations

import re

import lxml.etree as etree

from extractors.blocks import classify_block
from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.names import format_author, parse_year
from pipeline.ingest.record import LaidOut, StudyRecord, citation_text, lay_out_record
from pipeline.ingest.xmlparse import XmlError, child, children, local, parse_xml, text_of
from pipeline.model import BlockLabel

_NAME_TAGS = frozenset({"name", "string-name"})
_BARE_NUMBER = re.compile(r"\d{1,3}(?:\s*[,–-]\s*\d{1,3})*")
_SPACE = re.compile(r"\s+")
_SEPARATORS = re.compile(r"\s*[,–-]?\s*")
_OPEN_BRACKETS = re.compile(r"[\[(][\d\s,;–-]*$")  # the author's own "[" or "(", maybe with numbers already in it
_SKIP = frozenset({"title", "p", "table-wrap", "fig", "ref-list", "disp-formula", "label", "caption", "list-item"})


def read_jats(raw: bytes) -> LaidOut:
    root = parse_xml(raw)
    if local(root) != "article":
        raise XmlError(f"not a JATS article (root <{local(root)}>)")
    front = child(root, "front")
    builder = TextBuilder()
    meta = lay_out_record(builder, _front_record(front))
    body = child(root, "body")
    if body is not None:
        _add_body(builder, body)
    for ref_list in root.iter("{*}ref-list"):
        _add_ref_list(builder, ref_list)
    return LaidOut(builder.text, builder.blocks, meta.title, meta)


def _front_record(front: etree._Element | None) -> StudyRecord:
    journal_meta = child(front, "journal-meta")
    article_meta = child(front, "article-meta")
    journal = text_of(child(journal_meta, "journal-title-group", "journal-title")) or text_of(
        child(journal_meta, "journal-title")
    )
    authors = []
    for group in children(article_meta, "contrib-group"):
        for contrib in children(group, "contrib"):
            if contrib.get("contrib-type", "author") != "author":
                continue
            name = child(contrib, "name")
            if name is not None:
                given = text_of(child(name, "given-names"))
                authors.append(format_author(f"{text_of(child(name, 'surname'))}, {given}" if given else text_of(name)))
            elif child(contrib, "collab") is not None:
                authors.append(text_of(child(contrib, "collab")))
    ids = {e.get("pub-id-type"): text_of(e) for e in children(article_meta, "article-id")}
    years = [parse_year(text_of(child(d, "year"))) for d in children(article_meta, "pub-date")]
    year = next((y for y in years if y), None)
    pages = "-".join(p for p in (text_of(child(article_meta, "fpage")), text_of(child(article_meta, "lpage"))) if p)
    abstract = []
    for element in children(article_meta, "abstract"):
        abstract.extend(_abstract_paragraphs(element))
    return StudyRecord(
        title=text_of(child(article_meta, "title-group", "article-title")),
        authors=authors,
        journal=journal,
        year=year,
        citation=citation_text(
            year, text_of(child(article_meta, "volume")), text_of(child(article_meta, "issue")), pages
        ),
        doi=ids.get("doi") or None,
        pmid=ids.get("pmid") or None,
        pmcid=ids.get("pmcid") or ids.get("pmc") or None,
        abstract=abstract,
    )


def _abstract_paragraphs(abstract: etree._Element) -> list[str]:
    """Structured abstracts keep their section titles as "Title: text"."""
    paragraphs = []
    for element in abstract:
        name = local(element)
        if name == "p":
            paragraphs.append(text_of(element))
        elif name == "sec":
            title = text_of(child(element, "title"))
            body = " ".join(text_of(p) for p in children(element, "p"))
            paragraphs.append(f"{title}: {body}" if title and body else title or body)
    return [p for p in paragraphs if p]


def _add_body(builder: TextBuilder, body: etree._Element) -> None:
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        name = local(element)
        if name not in _SKIP:
            continue
        walker.skip_subtree()
        if name == "title":
            text = text_of(element)
            builder.add(text, classify_block(text) or "main", "heading")
        elif name in ("p", "list-item"):
            text = _prose(element)
            builder.add(text, _main_or_vocab(text), "paragraph" if name == "p" else "list_item")
        elif name in ("table-wrap", "fig"):
            _add_figure_or_table(builder, element)


def _main_or_vocab(text: str) -> BlockLabel:
    return "boilerplate" if classify_block(text) == "boilerplate" else "main"


def _add_figure_or_table(builder: TextBuilder, element: etree._Element) -> None:
    caption = " ".join(p for p in (text_of(child(element, "label")), text_of(child(element, "caption"))) if p)
    builder.add(caption, "main", "caption")
    first = True
    for row in element.iter("{*}tr", "tr"):
        cells = [text_of(c, " ") for c in row if local(c) in ("td", "th")]
        if not any(cells):
            continue
        header = all(local(c) == "th" for c in row if local(c) in ("td", "th"))
        header = header or any(local(a) == "thead" for a in row.iterancestors())
        builder.add("\t".join(cells), "main", "table_header" if header else "table_row", sep="\n\n" if first else "\n")
        first = False
    for foot in element.iter("{*}table-wrap-foot"):
        builder.add(text_of(foot, " "), "main", "paragraph")


def _add_ref_list(builder: TextBuilder, ref_list: etree._Element) -> None:
    builder.add(text_of(child(ref_list, "title")) or "References", "references", "heading")
    for ref in children(ref_list, "ref"):
        label = text_of(child(ref, "label"))
        holder = child(ref, "citation-alternatives")  # one citation written several ways: read one
        holder = ref if holder is None else holder
        citation = child(holder, "mixed-citation")
        if citation is not None:
            text = _mixed_citation(citation)
        else:
            element_citation = child(holder, "element-citation")
            text = _element_citation(element_citation) if element_citation is not None else ""
        text = text or text_of(ref, " ")
        if label and not text.startswith(label):
            text = f"{label}. {text}" if label.isdigit() else f"{label} {text}"
        builder.add(text, "references", "list_item")


def _person(name: etree._Element) -> str:
    """<name><surname>Marsh</surname><given-names>Anna B.</given-names></name> -> "Marsh AB"."""
    surname, given = text_of(child(name, "surname")), text_of(child(name, "given-names"))
    if not surname:
        return text_of(name, " ")
    if not given or re.fullmatch(r"[A-Z]{1,4}", given):
        return f"{surname} {given}".strip()
    return format_author(f"{surname}, {given}")


def _mixed_citation(citation: etree._Element) -> str:
    """The citation's own punctuation kept; names rendered, and parts the XML runs together spaced.

    A mixed-citation with no punctuation between its parts is written like an element-citation."""
    if not any((text or "").strip() for text in (citation.text, *(e.tail for e in citation))):
        return _element_citation(citation)
    parts: list[str] = []

    def add(text: str | None, gap: str = " ") -> None:
        if parts and parts[-1].endswith(".") and text.startswith("."):
            text = text[1:]  # "<etal/>." after the "et al." we wrote
        if not text:
            return
        if parts and parts[-1][-1:].isalnum() and text[:1].isalnum():
            parts.append(gap)
        parts.append(text)

    add(citation.text)
    for element in citation:
        name = local(element)
        if name == "person-group":
            names = [_person(n) for n in element if local(n) in _NAME_TAGS]
            etal = any(local(n) == "etal" for n in element)
            add(", ".join(names) + (", et al." if etal else ""))
            add(element.tail, ". ")
            continue
        if name in _NAME_TAGS:
            add(_person(element), ", ")
        elif name == "etal":
            add("et al.", ", ")
        elif name:
            add(text_of(element, " "))
        add(element.tail, ". " if name == "etal" else " ")
    return _SPACE.sub(" ", "".join(parts)).strip()


def _element_citation(citation: etree._Element) -> str:
    """An element-citation has no punctuation of its own: "Authors. Title. Source. Year;Vol(Issue):pages."."""
    names = [_person(n) for group in children(citation, "person-group") for n in group if local(n) in _NAME_TAGS]
    names += [_person(n) for n in citation if local(n) in _NAME_TAGS]
    etal = any(local(n) == "etal" for group in children(citation, "person-group") for n in group)
    authors = ", ".join(names) + (", et al" if etal else "")
    title = text_of(child(citation, "article-title")) or text_of(child(citation, "chapter-title"))
    pages = "-".join(p for p in (text_of(child(citation, "fpage")), text_of(child(citation, "lpage"))) if p)
    locator = citation_text(
        parse_year(text_of(child(citation, "year"))), text_of(child(citation, "volume")), text_of(child(citation, "issue")), pages
    )
    ids = [f"doi: {text_of(e)}" if e.get("pub-id-type") == "doi" else f"PMID: {text_of(e)}" for e in children(citation, "pub-id")
           if e.get("pub-id-type") in ("doi", "pmid")]
    parts = [authors, title, text_of(child(citation, "source")), locator, *ids]
    return " ".join(p.rstrip(".") + "." for p in parts if p)


def _prose(element: etree._Element) -> str:
    """A paragraph's text, with bibliography cross-references holding bare numbers bracketed.

    Adjacent ones join: "<xref>1</xref>,<xref>2</xref>" -> "[1,2]"."""
    parts: list[str] = []
    marker: int | None = None  # index in parts of the last bracketed marker, while only separators follow it
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, inner in walker:
        if event == "end":
            if inner is not element:
                parts.append(inner.tail or "")
                if marker is not None and not _SEPARATORS.fullmatch("".join(parts[marker + 1 :])):
                    marker = None
            continue
        if inner is element or not isinstance(inner.tag, str):
            parts.append(inner.text if inner is element and inner.text else "")
            continue
        if local(inner) != "xref" or inner.get("ref-type") != "bibr":
            parts.append(inner.text or "")
            continue
        walker.skip_subtree()
        label = text_of(inner)
        if not _BARE_NUMBER.fullmatch(label):
            parts.append(label)
        elif marker is not None:
            separator = _SPACE.sub("", "".join(parts[marker + 1 :])) or ","
            parts[marker + 1 :] = []
            parts[marker] = f"{parts[marker][:-1]}{separator}{_SPACE.sub('', label)}]"
        elif _OPEN_BRACKETS.search("".join(parts)):
            parts.append(label)  # "[<xref>1</xref>,<xref>2</xref>]" is "[1,2]" as written
        else:
            parts.append(f"[{_SPACE.sub('', label)}]")
            marker = len(parts) - 1
    return _SPACE.sub(" ", "".join(parts)).strip()
