"""An abstract quoted on a page that is not the study's own: a shop's product page or a blog post
that pastes a paper's abstract ("The research behind it / <title>. <Journal>, 2012. / Background: ...
Results: ...") or puts it in quotation marks.

Its labels make it look like an abstract page, but the page only cites the study: the abstract is
that study's claim in prose, attributed to what the page names beside it (the citation line above
or below: title, authors, journal, year, DOI), never the page's own study. Real abstract pages keep
their reading: a publisher's paywall ("Buy article PDF", "Access options") is no shop.
"""

from __future__ import annotations

import re

from extractors.reflist import parse_entry
from pipeline.model import Block, DocumentMeta

# A shop's marks: a price, a cart, a checkout, stock and shipping lines.
_SHOP = re.compile(r"(?:[$£€]|\b(?:USD|EUR|GBP)\s?)\d{1,4}(?:[.,]\d\d)?\b|\badd\s+to\s+(?:cart|basket|bag)\b|\bbuy\s+now\b|"
                   r"\bshop\s+now\b|\bcheckout\b|\bin\s+stock\b|\bfree\s+(?:shipping|delivery)\b|\bsubscribe\s*(?:&|and)\s*save\b",
                   re.I)
# A blog's marks: its comment form, its post line.
_BLOG = re.compile(r"\bleave\s+a\s+(?:reply|comment)\b|\bposted\s+(?:by|on|in)\s", re.I)
# A journal's paywall, which sells the article itself: the page is still the study's own.
_PAYWALL = re.compile(r"\b(?:buy|purchase|rent)\s+(?:this\s+)?(?:article|pdf|chapter|issue|access)\b|\baccess\s+options\b|"
                      r"\binstitutional\s+(?:access|login)\b", re.I)
_OPEN_QUOTE = re.compile(r"\s*[“\"«„]")
_CLOSE_QUOTES = ("”", "\"", "»", "“")
_NEAR = 2  # paragraphs above or below the abstract searched for its citation


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the abstract ``text[start:end]`` stands quoted on another kind of page: it opens with a
    quotation mark, or the page around it carries a shop's or a blog's marks and no journal paywall."""
    if _OPEN_QUOTE.match(text, start):
        return True
    outside = f"{text[:start]}\n{text[end:]}"
    return bool((_SHOP.search(outside) or _BLOG.search(outside)) and not _PAYWALL.search(outside))


def quoted_meta(text: str, blocks: list[Block], meta: DocumentMeta) -> DocumentMeta:
    """The quoted abstract's study, named by the citation beside it (the nearest paragraph above or
    below with a year and a title or journal); the page's own title, a product's or a section's, is not it."""
    start, end = meta.abstract_start or 0, meta.abstract_end or 0
    main = [b for b in blocks if b.label != "boilerplate" and b.kind in ("paragraph", "line", "list_item")]
    if _OPEN_QUOTE.match(text, start):  # the quotation ends at its closing mark, whatever the page reader took in after it
        end = next((b.end for b in main if start <= b.start < end and text[b.start:b.end].rstrip().endswith(_CLOSE_QUOTES)), end)
    above = [b for b in main if b.end <= start][-_NEAR:][::-1]
    below = [b for b in main if b.start >= end][:_NEAR]
    for block in [*above, *below]:
        entry = parse_entry(text, block.start, block.end, None, "")
        if entry.year and (entry.venue or entry.title) and (entry.venue or entry.authors or entry.doi or entry.pmid):
            if block.start >= end:  # a citation under the quotation names its study, which the claim carries
                block.label = "metadata"  # (one above is the page's citation header, which the page reader labels)
            return DocumentMeta(title=entry.title, authors=list(entry.authors), year=entry.year, journal=entry.venue,
                                doi=entry.doi or meta.doi, pmid=entry.pmid or meta.pmid,
                                abstract_start=start, abstract_end=end, quoted=True)
    return DocumentMeta(title=meta.title, year=meta.year, journal=meta.journal, doi=meta.doi, pmid=meta.pmid,
                        abstract_start=start, abstract_end=end, abstract_only=True, quoted=True)
