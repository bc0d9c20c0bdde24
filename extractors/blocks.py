"""Segment saved plain text / markdown into blocks and label what each block is.

Saved pages keep their menus, shop widgets, comment threads and bibliographies as
plain lines. We never delete them: each paragraph, line or table row becomes a
``Block`` over the unchanged text, labelled main / boilerplate / comments /
references / metadata from line features (vocabulary, contact patterns, section
headings, comment-thread headers, runs of short link-like lines). The vocabulary
lives in ``extractors/data/blocks_*.txt``; ``classify_block`` is shared with the
HTML reader, which adds what the DOM says.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.model import Block, BlockLabel

_DATA = Path(__file__).parent / "data"

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+·▪◦]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3})\s+")
_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z ]{2,25}:\s")  # "Correspondence: ...", "Methods: ..."
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_TERMINAL = re.compile(r"[.!?;:\"”’]\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEADING_MARKS = re.compile(r"^[#*_\s]+|[*_:\s]+$")
_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[IVX]+\.)\s+")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(
    r"(?:\b(?:tel|phone|fax|call|toll[- ]free)\b[^\d+]{0,12}\+?[\d(][\d\s().-]{6,}\d)"
    r"|(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?)"
    r"|(?:\(\d{3}\)\s?\d{3}-\d{4})|(?:\b\d{3}-\d{3}-\d{4}\b)",
    re.I,
)
_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Suite|Parkway|Pkwy)\b"
    r"|\b(?:P\.?O\.? Box|Suite \d+)\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"  # UK postcode
    r"|\b\d{4,5}\s+[A-Z][a-z]+,\s*[A-Z][a-z]+$",  # "10000 Tallinn, Estonia"
)
_DATED_LINE = re.compile(
    r"\b(?:revised|updated|published|posted|reviewed|last modified)\b.{0,40}\b(?:19|20)\d{2}\b", re.I
)
_FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]\s]+\]:")  # markdown "[^2]: Abara T, ... 2019": the note a marker points to
_TESTIMONIAL = re.compile(r"\bverified (?:buyer|customer|purchase|reviewer)\b", re.I)
_FORM_BLANK = re.compile(r"_{3,}|\[\s*\]")
# running head with page number: "12      Journal of X", "MPPB 2026; 14(1)        Page 3"
_PAGE_HEAD = re.compile(r"^(?:[Pp]age\s+)?\d{1,4}\s{3,}\S.{0,100}$|^.{1,100}\S\s{3,}(?:[Pp]age\s+)?\d{1,4}$")
_SHOP_CONTROL = re.compile(
    r"^(?:quantity|qty)\b\s*:?\s*\d{0,3}$|^buy\s+\d+,?\s+get\s+\d+\b.{0,40}$|^(?:only\s+)?\d+\s+left in stock\b.{0,30}$", re.I
)
_PAGE_OF = re.compile(r"^(?:page\s+)?\d{1,4}\s+(?:of|/)\s+\d{1,4}$", re.I)
# A pager: "Page 1 of 2   [1] 2  Next >", "« Prev  1 2 3  Next »", "Pages: 1 [2] 3": page numbers and
# the arrows between them, never a sentence.
_PAGER = re.compile(
    r"^(?:(?:page\s+\d{1,4}\s+of\s+\d{1,4}|pages?\s*:)(?:\s+|$)|(?:[«‹<]\s*)?(?:prev(?:ious)?|first)\b\s*[«‹<]?\s*)"
    r"(?:[\[(]?\d{1,4}[\])]?\s*|\.{3}\s*|…\s*)*(?:(?:next|last)\s*[>›»]*\s*){0,2}$",
    re.I,
)
_TIME_STAMP = re.compile(  # a live blog's update times: "14:05 GMT", "9.42am", "Updated 10 min ago"
    r"^(?:(?:updated|posted|published)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|AEST|AEDT|IST)?"
    r"|\d+\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago)$",
    re.I,
)
_MEETING_HEADER = re.compile(  # conference-abstract front matter: the meeting, session and abstract number
    r"\b(?:annual|scientific|international|national|european|world)\s+(?:meeting|congress|conference|symposium)\b"
    r"|\b(?:poster|oral|plenary|late-breaking)\s+(?:session|presentation|abstracts?)\b"
    r"|^abstract\s+(?:no\.?\s*)?[A-Z]{0,3}-?\d{1,5}$",
    re.I,
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
# A journal's colophon: "<Title> is published by <Publisher>", "... on behalf of the Society", an ISSN.
_COLOPHON = re.compile(
    r"^[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|for|in|on|&)){0,10}\s+is\s+(?:published|produced|issued)(?:\s+(?:monthly|quarterly|weekly|online|twice\s+a\s+year))?"
    r"\s+(?:by|for|on\s+behalf\s+of)\s"
    r"|\b[Ee]?ISSN\b:?\s*\d{4}-?\d{3}[\dXx]\b",
)
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MENU = re.compile(r"^[^.!?\d]{1,30}(?:\s+[|•·»›/>]\s+[^.!?\d]{1,30}){2,}$")
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_JOURNAL_LINE = re.compile(
    r"^[A-Z][\w .&'-]{2,80}[.,]?\s+(?:19|20)\d{2}[;,:]?\s*(?:[A-Z][a-z]{2}\s*)?(?:\d{1,2}\s*)?;?\s*\d+\s*(?:\(\S+\))?\s*:\s*[\dA-Za-z-]+"
)
_JOURNAL_LINE_PARENS = re.compile(r"^[A-Z][\w .&'-]{2,80}\s\((?:19|20)\d{2}\)\s*\d+(?:\(\d+\))?[,:]\s*\d+\s*[-–]\s*\d+\.?$")
_ARTICLE_TYPE = re.compile(
    r"(?:review|research|original|brief|short|invited)\s+(?:article|research|report|communication|paper)"
    r"|case report|editorial|commentary|letter to the editor"
    r"|randomi[sz]ed controlled trial|clinical trial|meta-analysis|systematic review|observational study",
    re.I,
)
_AFFILIATION = re.compile(
    r"\b(?:Department|Dept\.|Division|School|Faculty|Institute|University|Universit[éy]|College|Hospital|"
    r"Center|Centre|Clinic|Laboratory|Laboratories)\b"
)
# A news lede naming a university with commas around it ("A study from the University of Leeds, published
# in ..., found ...") tells a finding; an affiliation never does.
_TELLS_A_FINDING = re.compile(r"\b(?:found|finds|showed|shows|shown|suggests?|suggested|reported|reports|confirmed|concluded|"
                              r"according\s+to|published|researchers|study|trial|colleagues|randomi[sz]ed|randomly|enrolled|"
                              r"recruited)\b")
# Affiliation marks after a name: "Doe1,2", "Ribeiro²", "Demir¹*", "Khan A³".
_DIGIT = "\\d⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKS = (rf"[*†‡§]*(?:\s?[{_DIGIT}]{{1,2}}(?:[,–-][{_DIGIT}]{{1,2}})*|\[\d{{1,2}}(?:[,–-]\s?\d{{1,2}})*\]"
          rf"|\^\d{{1,2}}(?:[,–-]\d{{1,2}})*\^?)?[*†‡§]*")  # "Doe[1,2]", "Doe^1,2^": <sup> as rendered
_NAME = rf"(?:[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-zß-ÿ'’]+[{_DIGIT},*†‡§]*|[A-Z][a-zß-ÿ'’]+(?:-[A-Z]?[a-zß-ÿ'’]+)*(?:\s+[A-Z](?:\.|[a-zß-ÿ'’]+(?:-[A-Z][a-zß-ÿ'’]+)?)?){{0,2}}(?:\s+(?:van|von|de|der|den|da|di|del|la|le)){{0,2}}\s+[A-Z](?:['’]?[A-Z]|(?:a?c|[aeiou]n?)[A-Z])?[a-zß-ÿ'’-]+(?:-[A-Z](?:['’]?[A-Z]|(?:a?c|[aeiou]n?)[A-Z])?[a-zß-ÿ'’]+)?{_MARKS})"
_NAME = rf"(?:{_NAME}|(?:(?:van|von|de|der|den|da|di|del|la|le)\s){{0,2}}[A-Z][a-zß-ÿ'’-]+(?:\s[A-Z][a-zß-ÿ'’-]+)?\s[A-Z]{{1,3}}(?:\b|(?=[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§])){_MARKS})"  # or "van der Berg JH"
_DEGREE = rf"(?:,?\s*(?:PhD|MD|MSc|MS|MA|BSc|BA|RN|RD|ND|PharmD|DPhil|MBBS|MPH|MBA|DO|DrPH|FRCP|FRCPC){_MARKS})*"
_AUTHOR_LINE = re.compile(
    rf"^(?:by\s+)?(?:Dr\.?\s+)?{_NAME}{_DEGREE}(?:\s*(?:,,?|;|·|•|\||and|&)\s*(?:Dr\.?\s+)?{_NAME}{_DEGREE}){{1,}}[.,]?$"
)
_AFFILIATION_MARKED = re.compile(r"[a-zß-ÿ][\d⁰¹²³⁴⁵⁶⁷⁸⁹\[^]|[a-zß-ÿ] \d{1,2}(?=,|$)|[A-Z][⁰¹²³⁴⁵⁶⁷⁸⁹\[^]|\b(?:MD|PhD|MSc|MPH|RN|DO|MBBS)\d")


def is_author_line(text: str) -> bool:
    """A list of authors with affiliation marks ("Jane Doe1,2, Ali Khan3", "Doe J¹, Khan A²"):
    its digits are affiliations, not citations. The anchored name-list pattern goes first: it
    fails on most sentences within a few words, where the mark scan reads every letter."""
    return bool(_AUTHOR_LINE.match(text.strip()) and _AFFILIATION_MARKED.search(text))


_VOLUME_ISSUE = re.compile(r"\bvol(?:ume)?\.?\s*\d+\b.{0,30}\b(?:issue|no\.?)\s*\d+", re.I)
_PRICE = re.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d{2})?|\b\d+(?:[.,]\d{2})\s?(?:USD|EUR|GBP)\b")
# A sentence that cites or describes a study keeps its price ("... in a 2021 trial of 46
# patients (Kim et al.), so I'm holding off on spending $400 a session."): a comment, not a shop line.
_STUDY_SENTENCE = re.compile(r"\b(?:trials?|stud(?:y|ies)|et al\b|randomi[sz]ed|placebo|sham)\b.*[.!?]\W*$", re.I)
_LINK_MENU = re.compile(r"(?:\[[^\]]+\]\([^)]*\)\s*[·|•]\s*){2,}\[[^\]]+\]\([^)]*\)")
_BYLINE = re.compile(rf"^(?i:by|written by|posted by|author:)\s+(?:Dr\.?\s+)?{_NAME}\b.{{0,80}}$")  # the name keeps its capitals: "By the end of ..." is prose
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?"
_COMMENT_AUTHOR = re.compile(  # "Jane D. says:", "Sam — 3 days ago", "Post by nightowl » Tue Feb 06, 2024 11:42 pm"
    # a name of a few words, never a title that ends in "says" ("Honey for coughs: what the evidence says")
    r"^(?:(?![^:\n]*\b(?:what|how|why|the|science|research|evidence|studies|study|experts?)\s)[^:\n]{1,60}?\s+"
    r"(?:says|said|wrote|commented|replied)\s*:?"
    r"|.{1,60}?\s*[-–—|·•]\s*\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago"
    r"|(?:post|reply|comment|re:.{1,60}?)\s+by\s+\S+\s*[»|·•-].{0,60}\d{1,2}:\d{2}.{0,12})\s*$",
    re.I,
)
_COMMENT_TIMESTAMP = re.compile(  # "March 3, 2024 at 9:14 pm", "Tom — 03/02/2024 at 7:02", "#2  Noor.A   Posted 03-02-2025, 22:40"
    rf"^(?:(?:.{{1,60}}?\s+)??(?:on|(?:posted|replied|wrote)(?:\s+on)?:?|[-–—|·])\s+)?(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}([.-])\d{{1,2}}\1\d{{4}})"
    rf"\s*(?:at|@|,)?\s*\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?.{{0,30}}$",  # "... 21:47   #3": a post number after
    re.I,
)
_COMMENT_ACTION = re.compile(
    r"^(?:reply(?:\s*[·•|↓›]\s*.{0,30})?|\d*\s*(?:likes?|points?|upvotes?)|report|flag"
    r"|was this (?:review|comment|answer) helpful\?.{0,40}"
    r"|(?:\d[\d,]*|one|a|no)\s+(?:people|person|customers?|users?|readers?)\s+found this (?:helpful|useful)"
    r"|helpful(?:\s*\(\d+\))?(?:\s*[·•|]?\s*(?:report|reply|not helpful)(?:\s+abuse)?)?"
    r"|like\s*[·•|]\s*reply.{0,30}|quote|report post|permalink"
    r"|(?:(?:like|thanks|quote|reply|report)(?:\s*\(\d+\))?\s*[·•|]?\s*){2,5}"  # "Like (4)   Quote   Reply"
    r"|(?:joined|member since|posts|messages|reputation|karma)\s*:?\s*[\w ,.]{1,30}"
    r"(?:\s*[|·•]?\s*(?:posts|messages|reputation|karma|likes|location)\s*:?\s*[\w ,.]{1,30}){0,3})\s*$",  # "Joined: Feb 2021   Posts: 214"
    re.I,
)
_REVIEW_HEADER = re.compile(  # "★★★★☆ Calmer days", "Rated 4 out of 5", "Reviewed in the United Kingdom on 2 May 2025"
    r"^(?:[★☆✩✭⭐]{3,}.{0,80}|rated\s+\d(?:\.\d)?\s+out\s+of\s+5.{0,60}|reviewed\s+(?:in\s+.{1,40}\s+)?on\s+.{4,30})$",
    re.I,
)
_POSTER_LINE = re.compile(r"^(?:posted|submitted)\s+by\s+@?(?P<handle>[\w.-]{2,30})\s*(?:(?:[-–—|·•,]|\s(?:on|at)\s)\s*.{0,40})?$", re.I)
# A forum post's numbered header: "#4  night_owl | Joined Mar 2019 | Posts: 412", "#12 GranB · Member since 2020",
# "[#7] PaulR | Joined: May 2022 | Posts: 9": the post number, bare or bracketed, the poster's handle, then the
# member's stats after a bar.
# Or the rank and post count in brackets, then the date: "#3  quietstorm   (New member, 4 posts)   04-Mar-2026, 07:03".
_POST_NUMBER_LINE = re.compile(
    r"^(?:#\d{1,4}|\[#\d{1,4}\])\s+@?(?P<handle>[\w.-]{2,30})\s*(?:[|·•]\s*(?:joined|member since|posts|messages|reputation|karma)\b.{0,80}"
    r"|\((?:[a-z][a-z ]{1,24},\s*)?[\d,]+\s+posts?\)(?:\s+\d{1,2}[-/ ](?:[a-z]{3}|\d{1,2})[-/ ]\d{2,4},?(?:\s+\d{1,2}:\d{2})?)?)?$",
    re.I)
# A post's header that names it first: "Post #3  by  sunflower_77  » 03 Sep 2026, 13:40", "Reply #2 by GranB".
_NAMED_POST_LINE = re.compile(r"^(?:post|reply|comment)\s+#?\d{1,4}\s+(?:by\s+)?@?[\w.-]{2,30}\s*(?:[»|·•,:-]\s*.{0,40})?$", re.I)
_BYLINE_START = re.compile(r"^(?:posted|published|updated|written|by|last)\b", re.I)
_REF_ENTRY = re.compile(
    r"^\s*(?:(?:\[\d{1,3}\]|\d{1,3}[.)]?|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*)?[A-Z][\w'’ -]{1,40},?\s+(?:[A-Z]{1,3}|[A-Z]\.(?:\s?[A-Z]\.)*)"
    r"(?:,|\.|\s+et al\b|\s+and\b|\s+&)"
)
# A numbered entry whose authors are cut to "et al." without initials: "1. Hakim et al. A Review on ...".
_NUMBERED_ETAL_ENTRY = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s*[A-Z][\w'’-]{1,40}\s+et\.?\s+al\b")
_REF_LOCATOR = re.compile(r";\s*\d+|\d+\s*:\s*\d+|\bdoi\b|\b10\.\d{4,}/|\bpp?\.\s*\d|\bPMID\b|https?://", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A labelled field of a study summary a vendor or digest page writes under the citation it
# summarises ("Study Design: randomised, placebo-controlled", "Dose Used: 2 g/day", "Key Findings: ...").
_STUDY_SUMMARY_FIELD = re.compile(
    r"[ \t*_]*(?:(?:study\s+)?design|methodology|methods?|sample\s+size|participants|subjects|population|"
    r"controls?(?:\s+used)?|comparators?|doses?(?:\s+used)?|dosage|interventions?|(?:primary\s+|main\s+)?outcomes?|"
    r"(?:key\s+)?(?:findings?|results?)|conclusions?|statistical\s+significance(?:\s+declared)?)[ \t*_]*:[ \t*_]*\S",
    re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"https?://|\bwww\.|\b10\.\d{4,9}/", re.I)


def _lines_of(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _boilerplate_phrases() -> re.Pattern[str]:
    phrases = sorted((p.strip() for p in _lines_of("blocks_boilerplate.txt")), key=len, reverse=True)
    # Whole words only: "advertisement" is chrome, "recruited through advertisements" is a method.
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


@lru_cache(maxsize=1)
def _metadata_prefixes() -> tuple[str, ...]:
    return tuple(_lines_of("blocks_metadata.txt"))


@lru_cache(maxsize=1)
def _section_patterns() -> list[tuple[BlockLabel, re.Pattern[str]]]:
    patterns = []
    for line in _lines_of("blocks_sections.txt"):
        label, pattern = line.split("\t", 1)
        patterns.append((label, re.compile(pattern, re.I)))  # type: ignore[arg-type]
    return patterns


def section_label(heading: str) -> BlockLabel | None:
    """The label a heading gives the section under it, or None if it is no known heading."""
    text = _HEADING_NUMBER.sub("", _HEADING_MARKS.sub("", heading.strip())).strip()
    if not text or len(text) > 80:
        return None
    for label, pattern in _section_patterns():
        if pattern.fullmatch(text):
            return label
    return None


def is_comment_header(text: str) -> bool:
    """A line of a comment thread's chrome: "Jane D. says:", "March 3, 2024 at 9:14 pm", "Reply",
    "Posted by nightowl", "12 people found this helpful", a review's star line."""
    line = _unmarked(text)
    if len(line) > 120:
        return False
    if _POSTER_LINE.match(line) or _POST_NUMBER_LINE.match(line) or _NAMED_POST_LINE.match(line) or _REVIEW_HEADER.match(line):
        return True
    if _is_byline(line):
        return False
    return bool(_COMMENT_AUTHOR.match(line) or _COMMENT_TIMESTAMP.match(line) or _COMMENT_ACTION.match(line))


def starts_comment_thread(text: str, body_seen: bool = True) -> bool:
    """A commenter's name line, which opens a thread on its own (a bare timestamp does not).

    "Posted by <handle>" opens one only when the name is a user handle (garden_gran,
    keith_1957, nightowl), not a person's name as in the article's own byline, and only
    after the body began (``body_seen``): above it, it is a forum's opening post's byline."""
    line = _unmarked(text)
    if len(line) > 120:
        return False
    poster = _POSTER_LINE.match(line) or _POST_NUMBER_LINE.match(line)
    if poster:
        if not body_seen:
            return False
        handle = poster.group("handle")
        return handle.islower() or any(c.isdigit() or c == "_" for c in handle) or not handle.istitle()
    return not _is_byline(line) and bool(_COMMENT_AUTHOR.match(line))


def _is_byline(line: str) -> bool:
    """The document's own author/date line ("Posted on ... by ...", "r/x • Posted by u/y • 3 yr. ago")."""
    return bool(_BYLINE_START.match(line)) or "posted by" in line.lower()


def _unmarked(text: str) -> str:
    """Text without markdown link targets and emphasis marks."""
    return _MD_LINK.sub(r"\1", text).strip().strip("*_").strip()


def classify_block(text: str, table: bool = False) -> BlockLabel | None:
    """Label one block from its own words alone; None when nothing marks it.

    Catches call-to-action / commerce / disclaimer vocabulary, contact details,
    copyright lines, link-only and menu lines, customer testimonials, reference
    entries and bibliographic metadata lines.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if not any(c.isalnum() for c in stripped):
        return "boilerplate"  # rules, bullets and other decoration
    stripped = stripped.strip("*_ ") or stripped
    lower = stripped.lower()
    length = len(stripped)
    hits = _boilerplate_phrases().findall(lower)
    if hits and (length < 200 or len(hits) >= 2 or any(lower.startswith(p) for p in hits)):
        return "boilerplate"
    if length < 800 and stripped[1:2] == " " and len(_ROLE_BYLINE.findall(stripped)) >= 2:
        return "metadata"  # the BMJ's byline: "C J Bijkerk, general practitioner, 1 N J de Wit, associate professor ..."
    if length < 300 and (_AFFILIATION.search(stripped) or "correspond" in lower) and _is_metadata(stripped, lower):
        return "metadata"  # an affiliation with its correspondence address
    if length < 200 and (_EMAIL.search(stripped) or _PHONE.search(stripped) or _ADDRESS.search(stripped)):
        return "boilerplate"
    if length < 200 and (
        _COPYRIGHT.search(stripped) or _COLOPHON.search(stripped) or _FORM_BLANK.search(stripped)
        or (_PRICE.search(stripped) and not _STUDY_SENTENCE.search(stripped) and not _own_account(stripped))
        or (_PAGE_HEAD.match(stripped) and len(space_cells(stripped)) < 3)
        or _SHOP_CONTROL.match(stripped) or _PAGE_OF.match(stripped) or (
            _PAGER.match(stripped) and any(c.isdigit() for c in stripped))
    ):
        return "boilerplate"
    if length < 40 and _TIME_STAMP.match(stripped):
        return "metadata"
    if length < 400 and _TESTIMONIAL.search(stripped):
        return "comments"
    if length < 600 and (_FOOTNOTE_DEFINITION.match(stripped) or _is_reference_entry(stripped)):
        return "references"
    if length < 300 and not (table and _DOI.search(stripped) and len(space_cells(stripped)) >= 3) and _is_metadata(stripped, lower):
        return "metadata"  # (not a table row of studies that gives each one's DOI in a column)
    if length < 400 and "logolink to " in lower:
        return "metadata"  # PMC's masthead: "<Journal> logoLink to <Journal>" over the citation line
    if _URL_ONLY.match(stripped) or _LINK_MENU.search(stripped) or (
            length < 300 and not table and not stripped.startswith("|") and _MENU.match(stripped)):
        return "boilerplate"
    link_chars = sum(len(m.group(0)) for m in _MD_LINK.finditer(stripped))
    if link_chars and link_chars / length > 0.6:
        return "boilerplate"
    return None


# First-person words of someone telling their own treatment ("Mine was ...", "I paid ...").
_FIRST_PERSON = re.compile(r"\b(?:I|I'(?:ve|m|d)|I’(?:ve|m|d)|my|mine|me|we|our)\b")


def _own_account(text: str) -> bool:
    """Whether a short text with a price is someone's account of their own treatment told in
    sentences ("Mine was 20 mg a day. Did nothing for me. Not cheap either ($40 a month)"):
    a shop line is a fragment, not two sentences in the first person."""
    return bool(_FIRST_PERSON.search(text) and _TERMINAL_SENTENCE.search(text))


def _is_reference_entry(text: str) -> bool:
    """ "[2] Hidese S, Ogawa S, ... Nutrients. 2019;11(10):2362." and unnumbered entries like it."""
    return bool((_REF_ENTRY.match(text) or _NUMBERED_ETAL_ENTRY.match(text)) and _YEAR.search(text) and _REF_LOCATOR.search(text))


def is_prose(text: str) -> bool:
    """Running text: enough words, with the stop-word density of sentences."""
    return len(_WORD.findall(text)) >= 12 and _stopword_ratio(text) >= 0.2


def _is_metadata(text: str, lower: str) -> bool:
    if lower.startswith(_metadata_prefixes()) or ("posted by" in lower and len(text) < 150):
        return True
    if _DOI.search(text) and len(text) < 160 and not _TERMINAL_SENTENCE.search(text) and _stopword_ratio(text) < 0.15:
        return True
    if len(text) < 250 and _MEETING_HEADER.search(text) and not is_prose(text):
        return True
    if _VOLUME_ISSUE.search(text) or _JOURNAL_LINE.match(text) or _JOURNAL_LINE_PARENS.match(text) or _ARTICLE_TYPE.fullmatch(text) or _BYLINE.match(text) or (len(text) < 120 and _DATED_LINE.search(text)):
        return True
    if _AFFILIATION.search(text) and text.count(",") >= 2 and _stopword_ratio(text) <= 0.4 and not _TELLS_A_FINDING.search(text):
        return True
    return bool(_AUTHOR_LINE.match(text))


_TERMINAL_SENTENCE = re.compile(r"\b[a-z]{3,}\.\s+[A-Z]")


def _stopword_ratio(text: str) -> float:
    words = _WORD.findall(text.lower())
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


@dataclass
class _Unit:
    start: int
    end: int
    text: str
    kind: str
    group: int = 0  # which blank-line-separated group of lines it came from


def segment(text: str) -> list[_Unit]:
    """Split text into paragraphs, list items, headings, lines and table rows (in order)."""
    units: list[_Unit] = []
    group: list[tuple[int, int, str]] = []
    group_number = 0
    pos = 0
    for match in _LINE.finditer(text):
        raw = match.group(0)
        if not raw:
            break
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if "\t" in stripped:
            stripped = content.strip(" \u00a0")  # empty edge cells keep their TAB
        if stripped:
            lead = content.index(stripped)
            group.append((pos + lead, pos + lead + len(stripped), stripped, lead))
        elif group:
            units.extend(_split_group(group, group_number))
            group = []
            group_number += 1
        pos += len(raw)
    units.extend(_split_group(group, group_number))
    return units


def _split_group(lines: list[tuple[int, int, str, int]], number: int) -> list[_Unit]:
    """Lines of one blank-line-delimited group; wrapped prose lines join into one paragraph,
    the lines of a space-aligned table (and a row wrapped onto an indented line) are rows."""
    if not lines:
        return []
    if len(lines) > 1 and _RULE_LINE.match(lines[0][2]):
        # A rule over a forum post's header ("-----" then "sorcha.k   Posted 03 Jun 2025, 09:58   #4"): a
        # separator of its own, neither the start of the line below nor a line width the wrap test counts.
        start, end, line, _ = lines[0]
        return [_Unit(start, end, line, "line", number), *_split_group(lines[1:], number)]
    aligned = _space_table_lines(lines)
    rule = next((i for i, (_, _, line, _) in enumerate(lines) if i and i not in aligned and _SOLID_RULE.match(line)), None)
    if rule is not None:
        # A rule between a post's header and its body, or between a page's running footer and head
        # ("Journal 2024; 18(2)   63" / "_____" / "Author et al.   Short title"): the lines on either
        # side are separate units, neither a paragraph with the rule nor one another's wrap.
        return [*_split_group(lines[:rule], number), *_split_group(lines[rule:], number)]
    wrapped = _looks_wrapped([t for _, _, t, _ in lines])
    widest = max(len(t) for _, _, t, _ in lines)
    piped = _pipe_table_lines([t for _, _, t, _ in lines])
    units: list[_Unit] = []
    current: _Unit | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            units.append(current)
            current = None

    for index, (start, end, line, _) in enumerate(lines):
        if index in aligned:
            close()
            if aligned[index] == "continuation" and units and units[-1].kind == "table_row":
                units[-1] = _Unit(units[-1].start, end, f"{units[-1].text} {line}", "table_row", number)
            else:
                units.append(_Unit(start, end, line, "table_row", number))
            continue
        table = "\t" in line or index in piped or (line.startswith("|") and line.endswith("|") and line.count("|") >= 3)
        if table or _MD_HEADING.match(line):
            close()
            units.append(_Unit(start, end, line, "table_row" if table else "heading", number))
            continue
        if _LIST_ITEM.match(line):
            close()
            current = _Unit(start, end, line, "list_item", number)
        elif _FIELD_LINE.match(line):
            close()
            current = _Unit(start, end, line, "paragraph", number)
        elif current is None:
            current = _Unit(start, end, line, "paragraph", number)
        else:
            current = _Unit(current.start, end, f"{current.text} {line}", current.kind, number)
        if (not wrapped or _TERMINAL.search(line) or len(line) < 0.75 * widest) and not _cut_mid_sentence(lines, index):
            close()
    close()
    return units


def _cut_mid_sentence(lines: list[tuple[int, int, str, int]], index: int) -> bool:
    """A long prose line a hard wrap cut inside a sentence ("... were allocated to the" / "drug group and ...",
    "... associated symptoms," / "use of analgesics ..."): the next line goes on with it."""
    line = lines[index][2]
    if index + 1 >= len(lines) or len(line) < _HARD_WRAP or not (line[-1].islower() or line[-1] == ","):
        return False
    following = lines[index + 1][2]
    return (following[:1].islower() or line[-1] == ",") and not _LIST_ITEM.match(following) and "\t" not in following


_HARD_WRAP = 200  # characters: a shorter line ending without punctuation may be a heading or a menu entry
_MAX_COLUMNS = 12
_RULE_LINE = re.compile(r"^[-=_─━\s]{3,}$")
_BANNER_RULE = re.compile(r"[-=_─━*#~]{5,}")
_SOLID_RULE = re.compile(r"^(?:-{5,}|_{5,}|─{5,}|━{5,})$")  # one unbroken run: a separator, never a table's column rules
# Keys of a card summing up one study; a review's "Characteristics of studies" block opens
# its fields with the section word ("Methods Design: parallel", "Participants Pain condition: ...").
_STUDY_CARD_KEY = re.compile(r"^(?:(?:study|authors?|citation|reference|source|results?|key\s+findings?|findings?|"
                             r"conclusions?):|(?:methods|participants)\s+[\w ]{2,30}:|total\s+participants\s+"
                             r"(?:randomi[sz]ed|enrolled|included)\b)", re.I)
_KEY_VALUE = re.compile(r"^[A-Z][\w .'’()/-]{1,40}:\s+\S")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$")
_COLUMN_GAP = re.compile(r"[^ \t](?:  +|\t)(?=[^ \t])")  # the runs tables._SPACE_RUN splits on


def space_cells(line: str) -> list[int]:
    """Start columns of the cells of a line whose columns are separated by runs of two or
    more spaces, as PDF-saved text lays out tables (the first cell starts at 0)."""
    return [0] + [m.end() for m in _COLUMN_GAP.finditer(line)]


def _space_table_lines(lines: list[tuple[int, int, str, int]]) -> dict[int, str]:
    """Indexes of the lines of space-aligned tables: "row", or "continuation" for an indented
    line carrying on the row above ("... Lower hs-CRP" / "          at 14 days").

    A table is two or more consecutive lines of three or more cells whose columns line up
    with the first line's; justified prose with a doubled space does not line up."""
    found: dict[int, str] = {}
    index = 0
    while index < len(lines):
        header = _columns(lines[index])
        if "\t" in lines[index][2] or "|" in lines[index][2] or not 3 <= len(header) <= _MAX_COLUMNS:
            index += 1
            continue
        rows, continuations, rules = [index], [], []
        following = index + 1
        while following < len(lines) and "\t" not in lines[following][2]:
            if _RULE_LINE.match(lines[following][2]):  # "-------   -----" under the header
                rules.append(following)
                following += 1
                continue
            columns = _columns(lines[following])
            aligned = sum(any(abs(c - h) <= 2 for h in header) for c in columns[1:])
            if 3 <= len(columns) <= _MAX_COLUMNS and aligned >= max(2, (min(len(columns), len(header)) - 1) * 0.6):
                rows.append(following)
            elif len(rows) > 1 and lines[following][3] >= 8 and len(columns) <= 2 and any(
                    abs(c - h) <= 2 for c in columns for h in header[1:]):
                continuations.append(following)
            else:
                break
            following += 1
        if len(rows) >= 2:
            found.update((row, "row") for row in rows)
            found.update((line, "continuation") for line in continuations)
            found.update((line, "row") for line in rules if line < rows[-1])
            index = rows[-1] + 1 if rules and rules[-1] > rows[-1] else following
        else:
            index += 1
    return found


def _pipe_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of markdown tables written without outer pipes ("Study | N",
    "--- | ---", "Marsh 2015 | 48"): a separator row, the header above it, the rows below.
    A header a copied page wrapped over lines is all of them that together hold the
    separator's cells."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if index and "|" in lines[index - 1] and _PIPE_SEPARATOR.match(line):
            header, held, width = index - 1, _pipe_cells(lines[index - 1]), _pipe_cells(line)
            while header > 0 and held < width and "|" in lines[header - 1] and not _PIPE_SEPARATOR.match(lines[header - 1]):
                header -= 1
                held += _pipe_cells(lines[header])
            found.update(range(header if held == width else index - 1, index + 1))
            following = index + 1
            while following < len(lines) and "|" in lines[following]:
                found.add(following)
                following += 1
    return found


def _pipe_cells(line: str) -> int:
    stripped = line.strip()
    return len(stripped.removeprefix("|").removesuffix("|").split("|"))


def _columns(line: tuple[int, int, str, int]) -> list[int]:
    """Start columns of a stripped line's space-separated cells, counting its indent."""
    return [line[3] + column for column in space_cells(line[2])]


def _looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose: most non-final lines run near the wrap width without ending a sentence."""
    if len(lines) < 2:
        return False
    widest = max(len(t) for t in lines)
    if widest < 50:
        return False
    long_open = sum(len(t) >= 0.75 * widest and not _TERMINAL.search(t) for t in lines[:-1])
    if long_open * 2 < len(lines) - 1:
        return False
    return len(lines) > 2 or not lines[1][:1].isupper()


def label_text(text: str) -> list[Block]:
    """Segment ``text`` and label every block; offsets index ``text`` unchanged."""
    units = segment(text)
    labels: list[BlockLabel] = []
    kinds: list[str] = []
    mode: BlockLabel | None = None
    fresh = False  # no block yet under the current section heading
    affiliations = False  # the current section lists the authors' affiliations
    in_metadata: list[BlockLabel | None] = []  # per unit: its own label when only a metadata section labelled it
    body_seen = False  # a main paragraph came before: a poster line after it is a reply, not the opening post
    opening_byline = False  # a forum's opening post's poster line came before
    for index, unit in enumerate(units):
        kind = _refine_kind(unit)
        # (a numbered section heading, "4. References", segments as a list item)
        heading = section_label(unit.text) if kind in ("heading", "line") or kind == "list_item" and len(unit.text) <= 40 else None
        table_row = unit.kind == "table_row"
        vocab = classify_block(unit.text, table=table_row) if any(c.isalnum() for c in unit.text) or not table_row else None
        if heading is not None:
            mode = None if heading == "main" else heading
            affiliations = _AFFILIATIONS_HEADING.fullmatch(_unmarked(unit.text).strip().rstrip(":")) is not None
            fresh = True
            label: BlockLabel = heading if heading != "main" else "main"
            kind = "heading"
        elif kind == "heading":
            mode = None
            label = vocab or "main"
        elif unit.kind != "table_row" and (
            (mode == "comments" and is_comment_header(unit.text))
            or (mode is None and _opens_thread(units, index, body_seen))
        ):
            mode = "comments"
            label = "comments"
        elif vocab == "boilerplate" or (vocab in ("metadata", "references", "comments") and mode is None):
            label = vocab
        elif vocab == "references" and _FOOTNOTE_DEFINITION.match(unit.text.strip()):
            label = vocab  # "[^2]: Sato K, ..." is the page's reference list, under whatever heading it ends up
        else:
            if mode == "boilerplate" and not fresh and (_is_prose(unit) or _ruled_banner(units, index)):
                mode = None  # a widget section ends where running text resumes, or at the next ruled-off banner
            elif mode == "metadata" and affiliations and kind == "paragraph" and vocab is None and _is_prose(unit):
                mode = None  # a PubMed page's abstract follows its "Author information" list unheaded
            elif mode == "references" and _STUDY_SUMMARY_FIELD.match(unit.text) is not None:
                mode = None  # a cited study's "Design: ... / Dose: ..." summary is the page's own account of it
            label = mode or "main"
        if heading is None:
            fresh = False
        if kind in ("paragraph", "line") and ends_in_abstract_heading(unit.text):
            mode = None  # "... jane.doe@tufts.eduAbstract": the affiliation section ends, the abstract follows
        # The opening post under its poster line is the body however short ("Anyone tried X? How much?"):
        # the next poster line is a reply's.
        body_seen = body_seen or (label == "main" and kind == "paragraph" and (len(unit.text) >= BODY_LENGTH or (
            opening_byline and _TERMINAL.search(unit.text) is not None)))
        opening_byline = opening_byline or (kind == "line" and (
            (label == "metadata" and is_comment_header(unit.text)) or _POST_NUMBER_LINE.match(_unmarked(unit.text)) is not None))
        labels.append(label)
        kinds.append(kind)
        in_metadata.append((vocab if vocab in ("metadata", "references", "comments") else "main")
                           if heading is None and label == "metadata" and mode == "metadata" else None)
    _label_navigation_runs(units, kinds, labels)
    _label_field_lists(units, kinds, labels)
    _label_reference_tails(units, labels)
    _label_footnote_continuations(units, labels)
    _label_site_name(units, kinds, labels)
    running = _label_running_heads(units, kinds, labels)
    _end_metadata_at_page_breaks(labels, in_metadata, running)
    _mark_table_headers(units, kinds)
    return [Block(u.start, u.end, label, kind) for u, label, kind in zip(units, labels, kinds)]


# One author of a BMJ byline: initials, surname, then the role in lower case, the affiliation number after it.
_ROLE_BYLINE = re.compile(r"(?:^|,\s(?:\d{1,2}\s)?)(?:[A-Z]\s){1,3}(?:(?:de|van|von|der|den|da|di|le|la)\s){0,2}"
                          r"[A-Z][\w'’-]+,\s[a-z]{3,}")
_GLUED_ABSTRACT = re.compile(r"[a-z.)]Abstract$")
_AFFILIATION_WORD = re.compile(r"(?<![a-z])(?:department|division|universit\w*|hospital|institut\w*|school|college|faculty|"
                               r"cent(?:er|re)|laborator(?:y|ies))\b", re.I)


def ends_in_abstract_heading(text: str) -> bool:
    """An affiliation line that lost its line break before the "Abstract" heading ("... Boston, MA 02111,
    USA. jane.doe@tufts.eduAbstract"): the heading still ends the page's header."""
    return text.endswith("Abstract") and _GLUED_ABSTRACT.search(text) is not None and (
        "@" in text or _AFFILIATION_WORD.search(text) is not None)


_AFFILIATIONS_HEADING = re.compile(r"(?:author\s+information|(?:author\s+)?affiliations?)", re.I)


BODY_LENGTH = 80  # a paragraph this long is body text, not a forum thread's title question


def _opens_thread(units: list[_Unit], index: int, body_seen: bool) -> bool:
    """A commenter line, or a timestamp followed closely by more thread chrome. A forum's
    "Posted by <handle>" line before any body paragraph is the opening post's byline."""
    text = units[index].text
    line = _unmarked(text)
    if not body_seen and (_POSTER_LINE.match(line) or _POST_NUMBER_LINE.match(line)
                          or ("osted" in line and _COMMENT_TIMESTAMP.match(line))):
        return False  # "Posted by nightowl", "nightowl   Posted 2 Jun 2025, 21:47   #1": the opening post's byline
    if starts_comment_thread(text):
        return True
    if not is_comment_header(text):
        return False
    return any(is_comment_header(u.text) for u in units[index + 1 : index + 6])


def _refine_kind(unit: _Unit) -> str:
    if unit.kind != "paragraph":
        return unit.kind
    if len(unit.text) < 80 and not re.search(r"[.!?;,]\s*$", unit.text):
        return "line"
    return "paragraph"


def _ruled_banner(units: list[_Unit], index: int) -> bool:
    """A short capitalised line between two rule lines ("-----" / "JOURNAL CLUB" / "-----"): a
    plain-text bulletin's next section, which ends an "In this issue:" list above it."""
    if not 0 < index < len(units) - 1:
        return False
    text = _unmarked(units[index].text).strip()
    return (text.isupper() and len(_WORD.findall(text)) <= 6 and _BANNER_RULE.fullmatch(units[index - 1].text.strip()) is not None
            and _BANNER_RULE.fullmatch(units[index + 1].text.strip()) is not None)


def _is_prose(unit: _Unit) -> bool:
    return unit.kind == "table_row" or is_prose(unit.text)


def _is_navlike(unit: _Unit, kind: str) -> bool:
    if kind not in ("line", "list_item", "heading") or _MD_HEADING.match(unit.text):
        return False
    if kind == "heading" and section_label(unit.text) != "boilerplate":
        return False
    text = re.sub(r"\(\d+\)", "", _unmarked(unit.text))  # "Cart (0)"
    return len(_WORD.findall(text)) <= 5 and len(text) <= 50 and not re.search(r"\d", text)


def _label_navigation_runs(units: list[_Unit], kinds: list[str], labels: list[BlockLabel]) -> None:
    """Runs of short link-like lines (menus, breadcrumbs, footers) are boilerplate.

    Three in one paragraph group make a menu; across blank lines it takes five,
    so a menu's neighbour standing alone (a page title) is not swept in.
    """
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and labels[j] in ("main", "boilerplate") and _is_navlike(units[j], kinds[j]):
            j += 1
        per_group = Counter(units[k].group for k in range(i, j))
        if j - i >= 5 or (per_group and max(per_group.values()) >= 3):
            for k in range(i, j):
                labels[k] = "boilerplate"
        i = max(j, i + 1)


def _label_field_lists(units: list[_Unit], kinds: list[str], labels: list[BlockLabel]) -> None:
    """Three or more short "Label: value" lines in a row ("Status: Recruiting", "Sponsor:
    ...", "Estimated enrollment: 120") are a record's fields, as registry pages and spec
    sheets print them: metadata, not running text. A card summing up a study ("Study:
    Hidese 2019", "Result: ...", on the run's lines or the lines just around it) stays main: it is a claim."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and kinds[j] == "line" and labels[j] == "main" and _KEY_VALUE.match(units[j].text):
            j += 1
        # the card's own key may open or close the run on a longer line ("Study: Marino R, ... 2019;27:1123-1130.")
        if j - i >= 3 and not any(_STUDY_CARD_KEY.match(units[k].text) for k in range(max(0, i - 1), min(len(units), j + 1))):
            for k in range(i, j):
                labels[k] = "metadata"
        i = max(j, i + 1)


def _label_reference_tails(units: list[_Unit], labels: list[BlockLabel]) -> None:
    """A short line right under a reference entry that gives a year and a web address
    ("\"Valerian.\" NCCIH, Oct. 2020, www.nccih.nih.gov/health/valerian.") is the next
    entry, however loosely it is formatted."""
    for i in range(1, len(units)):
        text = units[i].text.strip()
        if (labels[i] == "main" and labels[i - 1] == "references" and len(text) < 300 and _YEAR.search(text)
                and _WEB_ADDRESS.search(text) and not is_prose(text)):
            labels[i] = "references"


def _label_footnote_continuations(units: list[_Unit], labels: list[BlockLabel]) -> None:
    """The wrapped rest of a footnote definition ("[^2]: Sato K. Title." then, on the next
    line, "Vet Immunol Cell Biol. 2023;12:201-8.") belongs to that reference entry."""
    in_footnote = False
    for i, unit in enumerate(units):
        wrapped = (in_footnote and unit.start - units[i - 1].end == 1
                   and not unit.text.lstrip().startswith(("[^", "#")) and not is_prose(unit.text))
        if wrapped:
            labels[i] = "references"
        in_footnote = wrapped or (labels[i] == "references" and _FOOTNOTE_DEFINITION.match(unit.text.lstrip()) is not None)


def _label_site_name(units: list[_Unit], kinds: list[str], labels: list[BlockLabel]) -> None:
    """A short line at the top with only page chrome around it is the site's name."""
    for i in range(min(3, len(units) - 1)):
        chrome_before = i == 0 or labels[i - 1] == "boilerplate"
        if chrome_before and labels[i + 1] == "boilerplate" and len(units[i + 1].text) <= 80 and is_site_name(units[i].text, kinds[i]):
            labels[i] = "boilerplate"


def is_site_name(text: str, kind: str = "line") -> bool:
    """Short, unpunctuated, a few words: what a logo or masthead line looks like."""
    return kind in ("line", "paragraph") and len(text) <= 40 and len(_WORD.findall(text)) <= 5 and not (
        _TERMINAL.search(text)
    )


def _label_running_heads(units: list[_Unit], kinds: list[str], labels: list[BlockLabel]) -> set[int]:
    """A short line that comes back later in the same text (a PDF running head) is boilerplate
    there; returns where those page breaks are."""
    seen: set[str] = set()
    running = set()
    for i, unit in enumerate(units):
        if kinds[i] in ("table_row", "table_header") or labels[i] == "comments" or len(unit.text) > 100:
            continue
        if unit.text in seen and any(c.isalnum() for c in unit.text):
            labels[i] = "boilerplate"
            running.add(i)
        seen.add(unit.text)
    return running


def _end_metadata_at_page_breaks(labels: list[BlockLabel], in_metadata: list[BlockLabel | None], running: set[int]) -> None:
    """A Disclosures or Funding section ends with its page: after a running head or footer
    (or other page furniture), blocks it alone labelled metadata take their own label again."""
    broken = False
    for i, own in enumerate(in_metadata):
        if i in running or labels[i] == "boilerplate":
            broken = True
        elif own is None:
            broken = broken and labels[i] != "metadata"
        elif broken:
            labels[i] = own


def _mark_table_headers(units: list[_Unit], kinds: list[str]) -> None:
    """The first row of a table is its header when its cells are mostly words."""
    in_table = False
    for i, unit in enumerate(units):
        if kinds[i] != "table_row":
            in_table = False
            continue
        if "|" in unit.text and re.fullmatch(r"[|:\-\s]+", unit.text):
            kinds[i] = "line"  # a markdown table's |---| separator row
            continue
        if _RULE_LINE.match(unit.text):
            continue  # a rule under a space-aligned table's header
        if not in_table and is_header_row(unit.text):
            kinds[i] = "table_header"
        in_table = True


def is_header_row(line: str) -> bool:
    """A table's first row is its header when its cells (TAB- or pipe-separated) are mostly words."""
    cells = [c for c in re.split(r"\t|\|" if "\t" in line or "|" in line else r"\s{2,}", line) if c.strip()]
    numeric = sum(bool(re.search(r"\d", c)) for c in cells)
    return bool(cells) and numeric <= len(cells) // 3
