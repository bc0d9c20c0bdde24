"""HTML pages: text built once from the DOM, one block per block-level element.

Labels come first from the DOM (nav/header/footer/aside/form, class and id tokens
such as comment, share, cookie, sidebar, references, schema.org comment/review
markup, repeated forum posts) and from section headings, then from the same
vocabulary the plain-text labeller uses.

A few elements are rendered rather than just read: ``<pre>`` (or a block styled
``white-space: pre``) keeps its lines (a pasted TSV table becomes table rows), a ``<sup>`` or ``#ref`` link holding only a
citation number becomes a bracketed marker ("weeks.<sup>2</sup>" -> "weeks.[2]"),
and items of a numbered reference list keep their number ("1. Marsh AB ...").

The walk is iterative (lxml ``iterwalk``), so deeply nested pages cannot exhaust the
Python stack; pages nested deeper than libxml2 parses fall back to a flat, tag-by-tag
reading.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import lxml.etree as etree
import lxml.html

from extractors.blocks import (
    BODY_LENGTH,
    classify_block,
    is_header_row,
    is_prose,
    is_site_name,
    label_text,
    section_label,
    starts_comment_thread,
)
from pipeline.ingest.abstract_page import abstract_page_meta
from pipeline.ingest.own_identity import complete_identity
from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.decode import decode
from pipeline.ingest.names import format_author, parse_year
from pipeline.model import Block, BlockLabel, DocumentMeta

log = logging.getLogger(__name__)

DROP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "canvas"})
BLOCK_TAGS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section",
        "article", "header", "footer", "nav", "aside", "main", "form", "figure", "figcaption", "caption",
        "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "address", "fieldset", "details", "summary",
        "hr", "br", "body", "html", "label", "legend", "option", "button", "td", "th",
    }
)  # fmt: skip
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
KIND_BY_TAG = {"li": "list_item", "dt": "list_item", "dd": "list_item", "figcaption": "caption", "caption": "caption"}
TAG_LABELS: dict[str, BlockLabel] = {"nav": "boilerplate", "footer": "boilerplate", "aside": "boilerplate", "form": "boilerplate"}
TOKEN_LABELS: dict[str, BlockLabel] = {
    **dict.fromkeys(
        "comment comments commentlist disqus testimonials testimonial replies reply".split(),
        "comments",
    ),
    **dict.fromkeys(
        "nav navbar navigation menu breadcrumb breadcrumbs share sharing social cookie cookies consent gdpr banner "
        "sidebar widget related recommended footer masthead ad ads advert advertisement promo newsletter subscribe "
        "signup cart shop basket quote toolbar pagination pager skip respond popup modal disclaimer contact login "
        "search tools topbar branding logo tagline cta rating feedback metrics altmetric links actions buttons "
        "similar capture optin".split(),
        "boilerplate",
    ),
    **dict.fromkeys(
        "references reference ref refs reflist bibliography citations cited linked backmatter".split(), "references"
    ),
    **dict.fromkeys(
        "author authors byline affiliation affiliations contrib doi pubdate meta competing funding disclosure "
        "disclosures acknowledgements acknowledgments".split(),
        "metadata",
    ),
}
_REVIEW_TOKENS = frozenset({"review", "reviews"})
_REVIEWER_TOKENS = frozenset(
    {"customer", "user", "product", "rating", "ratings", "star", "stars", "buyer", "widget", "item", "list", "author"}
)
# "post", "message" and a bare "review" name a user's post only inside a thread, or when several
# siblings share the class and name who wrote them
_POST_TOKENS = frozenset({"post", "posts", "message", "msg", "review", "reviews"})
_THREAD_TOKENS = frozenset({"forum", "thread", "topic", "discussion", "discourse"})
_COMMENT_ITEMPROPS = frozenset({"comment", "review", "answer", "suggestedanswer", "acceptedanswer"})
_POSTER_TOKENS = frozenset({"author", "user", "username", "member", "avatar", "poster", "userinfo", "nickname"})
_PROFILE_HREF = re.compile(r"/(?:u|user|users|member|members|profile|profiles)/", re.I)
_COMMENT_ITEMTYPES = ("/Comment", "/Review", "/Answer", "/DiscussionForumPosting")
_NO_TOKEN_TAGS = frozenset({"html", "body", "main", "article"})
_WRAPPER_SHARE = 0.6  # an element holding this much of the page's text is a wrapper, not a widget
_TOKEN_PRIORITY: tuple[BlockLabel, ...] = ("comments", "references", "boilerplate", "metadata")
_SEPARATED_INLINE = frozenset({"a", "button", "img", "input"})
_PSEUDO_HEADING_TAGS = frozenset({"p", "div", "dt", "td", "th", "section", "article", "body", "summary"})
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre(?:-wrap)?\b", re.I)  # laid out like <pre>
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—·:]{1,2}\s+")
_CITATION_NUMBER = re.compile(r"\[?\s*(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*\]?")
_UNIT_BASE = re.compile(r"\b(?:m|cm|mm|km|nm|µm|um|kg/m|g/m|mg/m|ml/m|ft)\s*$")  # "m<sup>2</sup>" stays "m2", as units are written
_POWER_BASE = re.compile(r"(?<![\d.])10\s*$")  # "10<sup>5</sup> CFU", "3 × 10<sup>9</sup>/L"
_CITATION_HREF = re.compile(r"^#(?:ref|cite|bib|b\d|cr\d|r\d|fn|ftn|foot|note|endnote|en\d)", re.I)  # #ref-3, #cite_note-3, #B12, #CR12, #fn3
_MAX_DEPTH = 250  # libxml2 silently drops what lies deeper than 255 levels
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


@dataclass
class _Context:
    label: BlockLabel | None
    abstract: bool
    tag: str
    number: int | None = None  # an ordered-list item's number, until its first block is written


@dataclass
class HtmlResult:
    text: str
    blocks: list[Block]
    title: str | None
    meta: DocumentMeta


def read_html(raw: bytes) -> HtmlResult:
    """Parse an HTML page into text, labelled blocks, a title and citation metadata."""
    markup = _decode_html(raw)
    root = lxml.html.document_fromstring(markup) if markup.strip() else None
    if root is None:
        return HtmlResult("", [], None, DocumentMeta())
    meta = _citation_meta(root)
    title = meta.title or _meta_content(root, "og:title") or _first_text(root, "h1") or _first_text(root, "title")
    walker = _Walker(_site_names(root))
    walker.walk(root)
    if walker.max_depth >= _MAX_DEPTH:
        log.warning("HTML nested deeper than %d levels: reading it flat", _MAX_DEPTH)
        text = _flat_text(markup)
        return HtmlResult(text, label_text(text), title, meta)
    builder = walker.builder
    if walker.abstract_blocks:
        meta.abstract_start = walker.abstract_blocks[0].start
        meta.abstract_end = walker.abstract_blocks[-1].end
    if not meta.is_study:
        # no citation_* tags: read the page's own lines the way a saved abstract page is read
        span = None
        if meta.abstract_start is not None and meta.abstract_end is not None:
            span = (meta.abstract_start, meta.abstract_end)
        page_meta = abstract_page_meta(builder.text, builder.blocks, span)
        if page_meta.is_study:
            meta, title = page_meta, page_meta.title
    elif meta.abstract_start is not None:
        complete_identity(builder.text, builder.blocks, meta)  # a DOI printed on the page, not in its tags
    return HtmlResult(builder.text, builder.blocks, title, meta)


def _decode_html(raw: bytes) -> str:
    declared = _META_CHARSET.search(raw[:4096])
    text = None
    if declared and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode(raw)[0]
    return _XML_DECL.sub("", text, count=1)


class _Walker:
    """One iterative pass over the DOM, appending blocks as elements close."""

    def __init__(self, site_names: frozenset[str] = frozenset()) -> None:
        self.builder = TextBuilder()
        self._site_names = site_names
        self.abstract_blocks: list[Block] = []
        self.max_depth = 0
        self._stack: list[_Context] = [_Context(None, False, "")]
        self._buffer: list[str] = []
        self._section: BlockLabel | None = None
        self._section_level = 7
        self._section_fresh = False  # no block yet under the current section heading
        self._body_seen = False  # a main paragraph came before: a poster line after it opens a thread
        self._abstract_level: int | None = None
        self._in_table_rows = False
        self._link_depth = 0
        self._link_chars = 0  # characters of the buffer that sit inside <a>
        self._page_chars = 0

    def walk(self, root: etree._Element) -> None:
        self._page_chars = _text_length(root)
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            if event in ("comment", "pi"):
                self._take(element.tail)
            elif event == "start":
                if tag in DROP_TAGS:
                    walker.skip_subtree()  # its "end" event still comes and adds the tail
                    continue
                self.max_depth = max(self.max_depth, len(self._stack))
                if tag == "tr" and self._is_post_row(element):
                    self._flush()
                    self._stack.append(_Context("comments", False, tag))
                elif tag == "tr" and not _is_layout_row(element):
                    self._flush()
                    self._row(element)
                    walker.skip_subtree()
                    continue
                if tag in ("sup", "a") and self._take_marker(element, tag):
                    walker.skip_subtree()  # its "end" event still comes and adds the tail
                    continue
                if tag == "pre" or (tag in BLOCK_TAGS and _PRE_STYLE.search(element.get("style") or "")):
                    self._flush()
                    self._stack.append(self._context_for(element, tag))
                    self._preformatted(element)
                    walker.skip_subtree()
                    continue
                if tag in BLOCK_TAGS:
                    self._flush()
                    self._stack.append(self._context_for(element, tag))
                elif (tag in _SEPARATED_INLINE and not self._opens_bracket()) or (
                        tag == "span" and _starts_word(element.text) and self._ends_word()):
                    self._take(" ")  # adjacent links, buttons and badges are separate words
                if tag == "a":
                    self._link_depth += 1
                self._take(element.text)
            else:
                if tag in BLOCK_TAGS or (tag == "tr" and self._stack[-1].tag == "tr"):
                    self._flush(tag)
                    if len(self._stack) > 1:
                        self._stack.pop()
                if tag == "a":
                    self._link_depth = max(0, self._link_depth - 1)
                self._take(element.tail)
        self._flush()
        _label_site_name(self.builder, self._site_names)

    def _is_post_row(self, row: etree._Element) -> bool:
        """A forum laid out as a table: each row is a post (its poster in one cell, the message
        in another), so its cells are a comment's blocks, not a data row's cells."""
        if self._stack[-1].label not in (None, "main"):
            return False
        tokens = set(_TOKEN_SPLIT.split(f"{row.get('class', '')} {row.get('id', '')}".lower()))
        return _is_comment_markup(row, tokens)

    def _opens_bracket(self) -> bool:
        """Whether the text so far ends in an opening bracket or quote: "(<a>Lee 2015</a>)" is "(Lee 2015)"."""
        last = next((part for part in reversed(self._buffer) if part), "")
        return last[-1:] in ("(", "[", "{", '"', "“", "‘", "'")

    def _ends_word(self) -> bool:
        last = next((part for part in reversed(self._buffer) if part), "")
        return last[-1:].isalnum()

    def _take(self, text: str | None) -> None:
        if text:
            self._buffer.append(text)
            if self._link_depth:
                self._link_chars += len(text.strip())

    def _take_marker(self, element: etree._Element, tag: str) -> bool:
        """Write a citation-number <sup> or #ref link as "[2,3]"; False when it is no marker."""
        marker = _marker(element, tag, "".join(self._buffer[-3:]))
        if marker is None:
            return False
        self._take(marker if tag == "sup" else f" {marker}")
        return True

    def _preformatted(self, element: etree._Element) -> None:
        """A <pre> as written: lines with TABs are table rows, other text one block with its newlines."""
        lines = "".join(element.itertext()).replace("\r\n", "\n").split("\n")
        context = self._stack[-1]
        label = context.label if context.label not in (None, "main") else (self._section or "main")
        if sum("\t" in line for line in lines) < 2:
            text = "\n".join(line.rstrip() for line in lines).strip("\n")
            if text.strip():
                self.builder.add(text, "boilerplate" if classify_block(text) == "boilerplate" else label, "paragraph")
            return
        first = True
        for line in (line.strip(" \r\u00a0") for line in lines):  # an empty edge cell keeps its TAB
            if not line.strip():
                continue
            kind = "table_header" if first and is_header_row(line) else "table_row"
            self.builder.add(line, label, kind, sep="\n\n" if first else "\n")
            first = False

    def _context_for(self, element: etree._Element, tag: str) -> _Context:
        """Inherit the parent's label unless the tag or a class/id token says otherwise.

        Page wrappers (html, body, ASP.NET's page-wide <form>, a div holding most of
        the text) say nothing, whatever their classes ("has-sidebar", "wp-custom-logo").
        Inside a comment thread the tokens say nothing more: a post's author, date
        and "Reply" lines are the thread's too.
        """
        parent = self._stack[-1]
        tokens = set() if tag in _NO_TOKEN_TAGS else set(_TOKEN_SPLIT.split(f"{element.get('class', '')} {element.get('id', '')}".lower()))
        found = {TOKEN_LABELS[t] for t in tokens if t in TOKEN_LABELS}
        if tokens & _REVIEW_TOKENS and tokens & _REVIEWER_TOKENS:
            found.add("comments")
        elif parent.label in (None, "main") and _is_comment_markup(element, tokens):
            found.add("comments")
        if parent.label == "comments":
            found = set()
        if "abstract" in tokens:
            found.discard("metadata")  # <div class="abstract author">: the abstract, whatever else the theme calls it
        if tag in TAG_LABELS:
            found.add(TAG_LABELS[tag])
        if (tag == "header" or "header" in tokens) and parent.label is None and _is_page_header(element):
            found.add("boilerplate")
        label = parent.label
        for candidate in _TOKEN_PRIORITY:
            if candidate in found:
                label = candidate
                break
        if label != parent.label and self._page_chars > 500:
            if _text_length(element) > _WRAPPER_SHARE * self._page_chars:
                label = parent.label
        number = _list_number(element, tag)
        if number is None and parent.number is not None:
            number, parent.number = parent.number, None  # "<li><p>Marsh AB ...</p></li>": the <p> shows the number
        return _Context(label, parent.abstract or "abstract" in tokens, tag, number)

    def _flush(self, closing: str | None = None) -> None:
        text = _SPACE.sub(" ", "".join(self._buffer)).strip()
        link_share = self._link_chars / len(text) if text else 0.0
        self._buffer, self._link_chars = [], 0
        if not text:
            return
        context = self._stack[-1]
        tag = closing or context.tag
        kind = "heading" if tag in HEADINGS else KIND_BY_TAG.get(tag, "paragraph")
        level = HEADINGS.get(tag)
        if level is None and tag in _PSEUDO_HEADING_TAGS and len(text) <= 40 and section_label(text) is not None:
            level = 7  # a bold line standing in for a heading ("<p><b>References</b></p>")
            kind = "heading"
        label = self._label(text, kind, context, level)
        if context.number is not None and label == "references" and not re.match(r"\[?\d", text):
            text = f"{context.number}. {text}"
        context.number = None
        if label == "main" and kind != "heading" and link_share >= 0.8 and len(text.split()) <= 15:
            label = "boilerplate"  # a block that is nothing but links: menus, tag clouds, "shop now"
        self._in_table_rows = False
        block = self.builder.add(text, label, kind)
        self._body_seen = self._body_seen or (label == "main" and kind == "paragraph" and len(text) >= BODY_LENGTH)
        if block and label == "main" and kind != "heading" and (context.abstract or self._abstract_level):
            self.abstract_blocks.append(block)

    def _label(self, text: str, kind: str, context: _Context, level: int | None) -> BlockLabel:
        if level is not None:
            if self._abstract_level is not None and level <= self._abstract_level:
                self._abstract_level = None
            if self._section is not None and level <= self._section_level:
                self._section = None
            heading = section_label(text)
            if heading not in (None, "main"):
                self._section, self._section_level = heading, level
                self._section_fresh = True
            if text.strip().lower() in ("abstract", "summary") and context.label in (None, "main"):
                self._abstract_level = level
        vocab = classify_block(text)
        if level is None:
            if self._section == "boilerplate" and not self._section_fresh and vocab is None and is_prose(text):
                self._section = None  # a widget section ends where running text resumes
            self._section_fresh = False
        label = context.label if context.label not in (None, "main") else self._section
        if label == "metadata" and self._section == "comments":
            label = "comments"  # a post's byline inside a thread
        if label is None and kind != "heading" and starts_comment_thread(text, self._body_seen):
            self._section, self._section_level = "comments", 7
            label = "comments"
        label = label or "main"
        if vocab == "boilerplate" or (vocab in ("metadata", "references", "comments") and label == "main"):
            return vocab
        return label

    def _row(self, row: etree._Element) -> None:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        texts = [_SPACE.sub(" ", _cell_text(c)).strip() for c in cells]
        if not any(texts):
            return
        header = all(c.tag == "th" for c in cells) or any(a.tag == "thead" for a in row.iterancestors())
        context = self._stack[-1]
        label = context.label if context.label not in (None, "main") else (self._section or "main")
        line = "\t".join(texts)
        if classify_block(line) == "boilerplate":
            label = "boilerplate"
        sep = "\n" if self._in_table_rows else "\n\n"
        self.builder.add(line, label, "table_header" if header else "table_row", sep=sep)
        self._in_table_rows = True


def _marker(element: etree._Element, tag: str, before: str) -> str | None:
    """How a <sup> or #ref link holding only numbers is written: "[2,3]" for a citation
    (after a word, punctuation or a number: "in 2019<sup>4</sup>" must not read as 20194),
    "^5" for a power of ten ("10<sup>5</sup>"); None to write it as it stands (an
    exponent of a unit, an ordinal, a number already in brackets)."""
    if tag == "a" and not _CITATION_HREF.match(element.get("href") or ""):
        return None
    match = _CITATION_NUMBER.fullmatch("".join(element.itertext()).strip())
    if match is None or (tag == "sup" and (not before[-1:].strip() or _UNIT_BASE.search(before))):
        return None
    if before[-1:] in ("[", "("):
        return None
    number = _SPACE.sub("", match.group(1))
    if tag == "sup" and _POWER_BASE.search(before):
        return "^" + number
    return "[" + number + "]"


def _cell_text(cell: etree._Element) -> str:
    """A table cell's text, its parts separated by spaces, citation markers bracketed ("Marsh et al.[3]")."""
    raw: list[str] = []  # the cell's text as written, to judge what a <sup> follows
    out: list[str] = []
    walker = etree.iterwalk(cell, events=("start", "end"))
    for event, element in walker:
        if element is cell:
            if event == "start" and cell.text:
                raw.append(cell.text)
                out.append(cell.text)
            continue
        if event == "start":
            tag = element.tag if isinstance(element.tag, str) else ""
            marker = _marker(element, tag, "".join(raw[-3:])) if tag in ("sup", "a") else None
            if marker is not None:
                raw.append(marker)
                out.append(marker)
                walker.skip_subtree()
            elif tag and tag not in DROP_TAGS:
                raw.append(element.text or "")
                out.append(f" {element.text or ''}")
            else:
                walker.skip_subtree()
        else:
            raw.append(element.tail or "")
            out.append(f" {element.tail}" if element.tail else "")
    return "".join(out)


def _is_comment_markup(element: etree._Element, tokens: set[str]) -> bool:
    """schema.org comment/review/answer markup, or a forum post among its siblings or in a thread."""
    if (element.get("itemprop") or "").strip().lower() in _COMMENT_ITEMPROPS:
        return True
    if (element.get("itemtype") or "").rstrip("/").endswith(_COMMENT_ITEMTYPES):
        return True
    if not tokens & _POST_TOKENS or tokens & {"content", "body", "title", "header"}:
        return False
    if tokens & _THREAD_TOKENS:
        return True
    parent = element.getparent()
    if parent is None:
        return False
    ancestors = " ".join(f"{a.get('class', '')} {a.get('id', '')}" for a in element.iterancestors()).lower()
    if set(_TOKEN_SPLIT.split(ancestors)) & _THREAD_TOKENS:
        return True
    same_class = sum(1 for c in parent if isinstance(c.tag, str) and c.get("class") == element.get("class"))
    return same_class >= 2 and _names_a_poster(element)


def _names_a_poster(element: etree._Element) -> bool:
    """A post names who wrote it (a live blog's repeated updates do not)."""
    for inner in element.iter():
        if not isinstance(inner.tag, str):
            continue
        if set(_TOKEN_SPLIT.split(f"{inner.get('class', '')} {inner.get('itemprop', '')}".lower())) & _POSTER_TOKENS:
            return True
        if inner.tag == "a" and _PROFILE_HREF.search(inner.get("href") or ""):
            return True
    return False


def _list_number(element: etree._Element, tag: str) -> int | None:
    """The number an <ol> shows for this <li> (honouring start= and value=), else None."""
    parent = element.getparent()
    if tag != "li" or parent is None or parent.tag != "ol":
        return None
    number = _int(parent.get("start"), 1) - 1
    for item in parent:
        if isinstance(item.tag, str) and item.tag == "li":
            number = _int(item.get("value"), number + 1)
        if item is element:
            return number
    return None


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default


def _starts_word(text: str | None) -> bool:
    """Capitalised or numeric: a new word ("Non-GMO</span><span>Made"), not a word's middle."""
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _text_length(element: etree._Element) -> int:
    """Characters of visible-ish text under ``element`` (whitespace not counted)."""
    return sum(len(t) - t.count(" ") - t.count("\n") for t in element.itertext())


def _label_site_name(builder: TextBuilder, site_names: frozenset[str]) -> None:
    """A short block at the top with only page chrome around it is the site's name or logo text,
    and so is any non-heading block that is exactly the name the page's <title> or og:site_name
    gives (a heading may be the page's own title, which the <title> also holds)."""
    blocks, text = builder.blocks, builder.text
    for block in blocks:
        short = block.end - block.start <= 60
        if block.label == "main" and block.kind != "heading" and short and text[block.start : block.end].lower() in site_names:
            block.label = "boilerplate"
    for i in range(min(3, len(blocks) - 1)):
        chrome_before = i == 0 or blocks[i - 1].label == "boilerplate"
        if chrome_before and blocks[i + 1].label == "boilerplate" and blocks[i].kind != "heading":
            if is_site_name(text[blocks[i].start : blocks[i].end]):
                blocks[i].label = "boilerplate"


def _site_names(root: etree._Element) -> frozenset[str]:
    """The site's name as the page states it: og:site_name, application-name, and the
    shorter parts of a "Page title | Site name" <title>."""
    names = {_meta_content(root, "og:site_name") or "", _meta_content(root, "application-name") or ""}
    title = _first_text(root, "title") or ""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) > 1:
        names.update(p for p in parts if p != max(parts, key=len))
    return frozenset(n.lower() for n in names if 3 <= len(n) <= 60)


def _is_layout_row(row: etree._Element) -> bool:
    """The only row of its table: page layout, read as ordinary blocks rather than a data table."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return False
    return sum(1 for r in table.iter("tr") if next(r.iterancestors("table"), None) is table) == 1


def _meta_content(root: etree._Element, name: str) -> str | None:
    values = _meta_values(root, name)
    return values[0] if values else None


def _meta_values(root: etree._Element, name: str) -> list[str]:
    values = []
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = _SPACE.sub(" ", meta.get("content") or "").strip()
        if key == name and content:
            values.append(content)
    return values


def _first_text(root: etree._Element, tag: str) -> str | None:
    for element in root.iter(tag):
        text = _SPACE.sub(" ", " ".join(element.itertext())).strip()
        if text:
            return text
    return None


def _citation_meta(root: etree._Element) -> DocumentMeta:
    authors = _meta_values(root, "citation_author") or [
        a for value in _meta_values(root, "citation_authors") for a in value.split(";")
    ]
    date = _meta_content(root, "citation_publication_date") or _meta_content(root, "citation_date")
    doi = _meta_content(root, "citation_doi")
    if doi:
        doi = re.sub(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "", doi, flags=re.I)
    return DocumentMeta(
        title=_meta_content(root, "citation_title"),
        authors=[format_author(a) for a in authors if a.strip()],
        year=parse_year(date),
        journal=_meta_content(root, "citation_journal_title"),
        doi=doi,
        pmid=_meta_content(root, "citation_pmid"),
    )


def _is_page_header(element: etree._Element) -> bool:
    """A site header (logo, menus), not an article's header holding its title."""
    if any(a.tag in ("article", "main") for a in element.iterancestors()):
        return False
    return next(element.iter("h1"), None) is None


class _FlatReader(HTMLParser):
    """Tag-by-tag reading for pages too deep for a tree: block tags start new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _flat_text(markup: str) -> str:
    reader = _FlatReader()
    reader.feed(markup)
    reader.close()
    paragraphs = (_SPACE.sub(" ", p).strip() for p in re.split(r"\n\n", "".join(reader.parts)))
    return "\n\n".join(p for p in paragraphs if p)
