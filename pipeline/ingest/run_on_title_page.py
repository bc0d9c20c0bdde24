"""A PDF's first page extracted as one long line: the title page and the abstract run together.

PDF text layers often lose every line break of the first page, so journal line, title,
authors with their affiliation marks, addresses, "Received/Accepted" dates and the abstract
arrive as one paragraph:

    ORIGINAL RESEARCH Journal of Renal Nutrition 2019; 29 (4): 301-9 <Title> Maria Lindahl1,
    Tomasz Wrobel2 1 Department of Nephrology, ... Abstract. <abstract> Key words: ...

    nutrients Article <Title> Liane Okoro 1 , ... Received: 7 August 2019; Accepted: ...
    Abstract: <abstract> Keywords: ...

The page is one study's own when, before its "Abstract" label, the head names the journal
(a volume/issue locator with its year, or the journal's name before an "Article" type word),
an institution (the affiliations) and authors with affiliation marks. The abstract runs to
the keywords or to the paper's Introduction. This module reads the head; whether the study
is the page's own (not a narrative review) is decided by the caller.
"""

from __future__ import annotations

import re

from pipeline.ingest.names import format_author
from pipeline.model import DocumentMeta

_MIN_LENGTH = 600  # a title page and an abstract
_HEAD_REACH = 2500  # the "Abstract" label sits within this many characters of the line's start
_ABSTRACT_LABEL = re.compile(r"\s(?:Abstract|ABSTRACT|Summary|SUMMARY)\s*[.:]?\s+(?=[A-Z])")
_INSTITUTION = re.compile(r"\b(?:Department|Dept\.|Division|Universit[a-zé]+|Hospital|Institut[a-z]*|Faculty|School\s+of|"
                          r"College|Cent(?:er|re)|Clinic|GmbH|Inc\.|Ltd\.?)\b")
_ARTICLE_TYPE = r"(?:(?:ORIGINAL|RESEARCH|CLINICAL|BRIEF|SHORT)\s+(?:ARTICLE|RESEARCH|REPORT|COMMUNICATION|PAPER|TRIAL)|" \
                r"(?:Original|Research|Clinical|Brief|Short)\s+(?:[Aa]rticle|[Rr]esearch|[Rr]eport|[Cc]ommunication|[Pp]aper|[Tt]rial)|" \
                r"ARTICLE|Article)"
# "<TYPE> Journal of Renal Nutrition 2019; 29 (4): 301-9 " or "... Nutrients 2019, 11, 2494; "
_LOCATOR_HEAD = re.compile(
    rf"^(?:{_ARTICLE_TYPE}\s+)?(?P<journal>[A-Za-z][A-Za-z&.,'’ -]{{2,90}}?)\.?\s+(?P<year>(?:19|20)\d{{2}})\s*[;,]\s*"
    r"(?:[Vv]ol\.?\s*)?\d{1,4}\s*(?:\(\s*[\w-]{1,9}\s*\))?\s*[:,]\s*(?:[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?)[.;]?\s+")
# "nutrients Article " : the journal's name then the article type, as MDPI's first pages print it
_TYPE_HEAD = re.compile(rf"^(?P<journal>[A-Za-z][A-Za-z&'’ -]{{2,60}}?)\s+{_ARTICLE_TYPE}\s+(?=[A-Z])")
_DATE_YEAR = re.compile(r"\b(?:Published|Accepted|Received)(?:\s+online)?\s*:?\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?"
                        r"((?:19|20)\d{2})\b")
_LOWER = "a-zß-ÿĀ-ſ'’"  # Latin-1 and Latin Extended-A letters ("Talaslıoglu", "Wróbel", "Łukasz")
_WORD = rf"[A-ZÀ-ÞĀ-Ž][{_LOWER}]+(?:-[A-ZÀ-ÞĀ-Ž][{_LOWER}]+)?"
_NAME = rf"{_WORD}(?:\s[A-Z]\.)?(?:\s{_WORD})?(?:\s(?:van|von|de|der|den|da|di|del|la|le)){{0,2}}\s[A-ZÀ-ÞĀ-Ž][{_LOWER}A-ZÀ-Þ-]+"
_MARKED_AUTHOR = re.compile(rf"(?P<name>{_NAME})\s?(?:\d{{1,2}}(?:\s?,\s?(?:\d{{1,2}}|\*))*|\*)(?=\s*(?:,|and\s|\s[A-Z\d*]))")
_ABSTRACT_END = re.compile(r"\s(?:Key\s?words|KEY\s?WORDS|Keywords)\s*[:.]|\s(?:1\.?\s+)?(?:Introduction|INTRODUCTION)\s+(?=[A-Z])")


def run_on_title_page_meta(text: str, start: int, end: int) -> DocumentMeta | None:
    """The title page's identity and the abstract's offsets when ``text[start:end]`` is a
    first page run together on one line, else None."""
    if end - start < _MIN_LENGTH:
        return None
    label = _ABSTRACT_LABEL.search(text, start, min(end, start + _HEAD_REACH))
    if label is None or label.start() - start < 100:
        return None
    head = " ".join(text[start:label.start()].split())
    if not _INSTITUTION.search(head):
        return None
    lead = _LOCATOR_HEAD.match(head) or _TYPE_HEAD.match(head)
    if lead is None:
        return None
    affiliation = _INSTITUTION.search(head, lead.end())
    authors = list(_MARKED_AUTHOR.finditer(head, lead.end(), affiliation.start() if affiliation else len(head)))
    if not authors:
        return None
    first = authors[0].group("name").split(" ")
    # a title in title case runs into a first author of two words ("... Blind Study Liane Bolke 1")
    title_end = authors[0].start() + (len(first[0]) + 1 if len(first) > 2 else 0)
    names = [" ".join(first[1:] if len(first) > 2 else first)] + [a.group("name") for a in authors[1:]]
    title = head[lead.end():title_end].strip(" ,;.")
    if len(title) < 20:
        return None
    year = lead.group("year") if "year" in lead.groupdict() else None
    dated = _DATE_YEAR.search(head)
    closing = _ABSTRACT_END.search(text, label.end(), end)
    return DocumentMeta(
        title=title,
        authors=[format_author(name) for name in names],
        year=int(year or dated.group(1)) if (year or dated) else None,
        journal=" ".join(lead.group("journal").split()).strip(" ,.") or None,
        abstract_start=label.end(),
        abstract_end=closing.start() if closing else end,
    )
