"""A document's own reference list: split ``references`` blocks into entries
(numbered "1." / "[1]" / "1)", bulleted, or one per line as in "Linked references"
blocks) and read each entry's authors, year, title, venue and identifiers in
Vancouver or APA style. Entries that are only a site name or a video/social/forum
link are kept and marked ``nonscholarly`` so verification can flag them."""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

from extractors.attribution import DATA, MLA_CITATION, MLA_QUOTE_STOPS, PLATFORMS as _PLATFORMS
from pipeline.model import ReferenceEntry

_HOSTS: dict[str, list[str]] = {
    category: hosts
    for category, hosts in json.loads((DATA / "nonscholarly_hosts.json").read_text(encoding="utf-8")).items()
    if not category.startswith("_")
}
_NUMBERED = re.compile(
    r"^\s*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)](?=\s|$)|\^(?P<c>\d{1,3})\b|(?P<d>\d{1,3})\s+(?=[A-Z])"
    r"|(?P<e>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^(?P<f>[\w-]{1,40})\]:)\s*"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A label a news page or newsletter puts before its one reference: "More information: Nidorf SM
# et al. ...", "Journal reference: ...", "Source: ...".
_ENTRY_LABEL = re.compile(
    r"^(?:more\s+information|further\s+information|journal\s+references?|references?|source|citation|original\s+article|"
    r"read\s+more)\s*:\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*•·▪◦‣–]\s+")
_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:references?|bibliography|linked\s+references|works\s+cited|sources?|citations?|"
    r"literature\s+cited|further\s+reading|notes|footnotes|reference\s+list)\s*:?\s*$",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(r"^\s*(?:[a-z(]|doi|PMID|PMCID|\d+[(:;]|\d+\s*[-–]\s*\d+)")
_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?\b(10\.\d{4,9}/[^\s\"<>\[\]]+)", re.IGNORECASE)
_PMID = re.compile(r"\bPMID:?\s*(\d{4,9})\b")
_PMCID = re.compile(r"\bPMCID:?\s*PMC\d+\b")
_URL = re.compile(r"\bhttps?://[^\s<>\"\]\[)]+|\bwww\.[^\s<>\"\]\[)]+")
# Each identifier with the substrings it cannot match without: most entries hold one
# identifier or none, and substring tests cost far less than the scans.
# The DOI is cut out by parse_entry itself, from the scan that found it.
_IDENTIFIERS = ((_PMID, ("PMID",)), (_PMCID, ("PMCID",)), (_URL, ("http", "www.")))
_ACCESS_NOTE = re.compile(r"\b(?:Available (?:at|from)|Accessed|Retrieved from)\b[^.]*")
_SPACES = re.compile(r"\s+")
_YEAR = r"(?:1[89]\d\d|20[0-4]\d)"
_APA_YEAR = re.compile(rf"\(({_YEAR})[a-z]?(?:,[^)]*)?\)")
# Opens on the year's first digit, looking behind from there: a pattern led by a look-behind
# has no first character to scan for and is tried at every position (four times the cost).
_ANY_YEAR = re.compile(r"(1(?<![\d/.-]1)[89]\d\d|2(?<![\d/.-]2)0[0-4]\d)[a-z]?(?![\d/])")
_APA_AUTHOR = re.compile(r"([^\s,&][^,&()]*?),\s*((?:[A-Z][a-z]?\.\s*-?\s*){1,4})(?:,\s*|\s*&\s*|\s+and\s+)*")
_VANCOUVER_NAME = r"[^\s,.\d(][^,.\d()]*?\s+[A-Z]{1,4}"
_VANCOUVER_AUTHORS = re.compile(
    rf"^(?:(?:{_VANCOUVER_NAME}|et\.?\s+al),\s*)*(?:{_VANCOUVER_NAME}(?:\s+et\.?\s+al)?|et\.?\s+al)\.?(?:\s+|$)")
_ET_AL = re.compile(r"\s+et\.?\s+al\.?$")
_VANCOUVER_AUTHOR = re.compile(r"^(?P<surname>[^\s,.\d][^,.\d]*?)\s+(?P<initials>[A-Z]{1,4})\.?$")
# Opens on the stop, looking behind for "al." and "vs." from there (scanned for at C speed).
_SEGMENT = re.compile(r"[.?!](?<!\bal[.?!])(?<!\bvs[.?!])\s+(?=\S)")
_SITE_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
_PLATFORM_NAME = "|".join(re.escape(name) for name in _PLATFORMS)
# How an entry names its medium: "[video]", "(podcast)", "[Internet video]"; "YouTube video",
# "Instagram post", "Reddit thread", "Spotify episode"; the platform as a segment of its own
# ("Berg E. Magnesium and sleep. YouTube; 2021"); "Podcast:" as a label.
_MEDIUM = re.compile(
    r"[\[(](?:online\s+|internet\s+)?(?P<label>video|podcast|audio\s+podcast|vlog)[\])]"
    rf"|\b(?P<named>{_PLATFORM_NAME})\s+(?:video|channel|post|thread|reel|story|short|live(?:stream)?|episode|clip|page)s?\b"
    rf"|(?:^|[.;]\s+)(?P<alone>{_PLATFORM_NAME})(?=\s*(?:[.;,:]|$))"
    r"|^(?P<podcast>[Pp]odcast)\s*:",
    re.IGNORECASE)
# A reference that names a site and links at most its landing page: "National Sleep Foundation
# website. www.sleepfoundation.org", "Sleep Foundation homepage (sleepfoundation.org)".
_SITE_WORD = re.compile(r"\b(?:home\s?page|website|web\s+site|landing\s+page)\b", re.IGNORECASE)
_TRAILING = ".,;:)]}'\""


def parse_reference_list(text: str, spans: list[tuple[int, int]], doc_id: str) -> list[ReferenceEntry]:
    """Every entry in the given ``references`` spans of ``text``, in order.

    Consecutive spans are read as one list, so a list split into one block per entry
    and a list in one block give the same entries."""
    lines = [line for start, end in spans for line in _lines(text, start, end)]
    numbered = any(_NUMBERED.match(text[s:e]) for s, e in lines)
    entries: list[tuple[int, int, str | None]] = []
    for start, end in lines:
        line = text[start:end]
        if _HEADING.match(line):
            continue
        number = _NUMBERED.match(line)
        if number:
            marker = next(g for g in number.groups() if g).translate(_SUPERSCRIPTS)
            entries.append((start, end, marker))
        elif entries and (numbered or _CONTINUATION.match(line)) and not _BULLET.match(line):
            entries[-1] = (entries[-1][0], end, entries[-1][2])
        else:
            entries.append((start, end, None))
    return [parse_entry(text, start, end, marker, doc_id) for start, end, marker in entries]


def parse_entry(text: str, start: int, end: int, marker: str | None, doc_id: str) -> ReferenceEntry:
    """One entry ``text[start:end]`` (marker included) with its bibliographic parts."""
    raw = text[start:end]
    body = _ENTRY_LABEL.sub("", _BULLET.sub("", _NUMBERED.sub("", raw, count=1), count=1).strip(), count=1)
    entry = ReferenceEntry(doc_id=doc_id, marker=marker, text=raw, start=start, end=end)
    # One DOI scan (the costliest pattern here) gives both the identifier and the text without it.
    dois = list(_DOI.finditer(body, _first_doi_start(body))) if "10." in body else []
    doi = dois[0] if dois else None
    pmid = _PMID.search(body) if "PMID" in body else None
    entry.doi = doi.group(1).rstrip(_TRAILING).lower() if doi else None
    entry.pmid = pmid.group(1) if pmid else None
    urls = [u.rstrip(_TRAILING) for u in _URL.findall(body)] if "http" in body or "www." in body else []
    entry.url = next((u for u in urls if "doi.org/" not in u.lower()), urls[0] if urls else None)
    plain = _without(body, dois) if dois else body
    for pattern, needs in _IDENTIFIERS:
        if any(word in plain for word in needs):
            plain = pattern.sub(" ", plain)
    if "Available" in plain or "Accessed" in plain or "Retrieved" in plain:
        plain = _ACCESS_NOTE.sub(" ", plain)
    plain = _SPACES.sub(" ", plain).strip(" .,;")
    apa_year = _APA_YEAR.search(plain)
    mla = MLA_CITATION.match(plain) if any(stop in plain for stop in MLA_QUOTE_STOPS) else None
    if mla:
        _read_mla(entry, plain, mla)
    elif apa_year:
        entry.year = int(apa_year.group(1))
        _read_apa(entry, plain, apa_year)
    else:
        any_year = _ANY_YEAR.search(plain)
        entry.year = int(any_year.group(1)) if any_year else None
        _read_vancouver(entry, plain)
    entry.nonscholarly = _nonscholarly(entry, plain)
    return entry


def _first_doi_start(body: str) -> int:
    """The earliest position a DOI match can start at: its number starts at the first "10."
    or later, and what may lead it ("https://dx.doi.org/", or "doi:" and the spaces after
    it) ends at the number. The DOI pattern has no first character to scan for and is
    tried at every position, while most entries print their DOI last."""
    first = body.find("10.")
    spaces = first - len(body[:first].rstrip())
    return max(0, first - max(_DOI_LINK_CHARS, _DOI_LABEL_CHARS + spaces))


_DOI_LINK_CHARS = len("https://dx.doi.org/")
_DOI_LABEL_CHARS = len("doi:")


def _without(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` with each match replaced by a space, as ``pattern.sub(" ", text)`` gives it."""
    pieces = []
    last = 0
    for m in matches:
        pieces.append(text[last:m.start()])
        last = m.end()
    pieces.append(text[last:])
    return " ".join(pieces)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = []
    position = start
    for line in text[start:end].split("\n"):
        stripped = line.rstrip("\r \t")
        lead = len(stripped) - len(stripped.lstrip())
        if stripped.strip():
            lines.append((position + lead, position + len(stripped)))
        position += len(line) + 1
    return lines


def _read_apa(entry: ReferenceEntry, plain: str, year: re.Match[str]) -> None:
    entry.authors = [f"{surname.strip()} {initials.replace('.', '').replace(' ', '').replace('-', '')}"
                     for surname, initials in _APA_AUTHOR.findall(plain[: year.start()])]
    segments = _segments(plain[year.end():].lstrip(". "))
    entry.title = segments[0] if segments else None
    if len(segments) > 1:
        entry.venue = re.split(r",\s*\d|\s+\d", segments[1])[0].strip(" ,*_") or None


def _read_mla(entry: ReferenceEntry, plain: str, mla: re.Match[str]) -> None:
    """"Okafor, Ngozi, et al. "<Title>." <Journal> 12.3 (2018): 45-50.": the bracketed year
    follows the volume, where an APA reading would take the pages for the title."""
    given = plain[mla.end("first"):].lstrip(", ")[:1]
    entry.authors = [f"{mla.group('first')} {given}".strip()]
    entry.year = int((mla.group("year") or mla.group("mla9_year"))[:4])
    entry.title = mla.group("title")
    entry.venue = mla.group("venue").strip(" .:")


def _read_vancouver(entry: ReferenceEntry, plain: str) -> None:
    authors = _VANCOUVER_AUTHORS.match(plain)
    if authors:
        names = (_VANCOUVER_AUTHOR.match(_ET_AL.sub("", n.strip())) for n in authors.group(0).split(","))  # "Bjornson LR et al."
        entry.authors = [f"{m.group('surname')} {m.group('initials')}" for m in names if m]
        plain = plain[authors.end():]
    segments = _segments(plain)
    if segments:
        entry.title = segments[0]
    if len(segments) > 1:
        entry.venue = re.split(r"[.;,]?\s*(?:1[89]\d\d|20[0-4]\d)", segments[1])[0].strip(" ,*_") or None


def _segments(text: str) -> list[str]:
    return [s.strip(" *_") for s in _SEGMENT.split(text) if s.strip(" *_.")]


def _nonscholarly(entry: ReferenceEntry, plain: str) -> str | None:
    if entry.url:
        host = (urlparse(entry.url if "//" in entry.url else "//" + entry.url).hostname or "").lower()
        host = host.removeprefix("www.").removeprefix("m.")
        for category in ("video", "social", "forum"):
            if _host_in(host, category) or (category == "forum" and re.search(r"(?:^|\.)forums?\.|forum", host)):
                return category
    if entry.doi or entry.pmid:
        return None
    medium = _MEDIUM.search(plain)
    if medium:  # a video or a post is cited as one, whoever made it and whenever
        label = medium.group("label") or medium.group("podcast")
        if label:
            return "video" if label.lower() in ("video", "vlog") else "podcast"
        return _PLATFORMS[next(name for name in _PLATFORMS if name.lower() == (medium.group("named") or medium.group("alone")).lower())]
    if entry.authors:
        return None
    words = plain.split()
    if not words and entry.url:
        host = (urlparse(entry.url if "//" in entry.url else "//" + entry.url).hostname or "").lower()
        return None if _host_in(host.removeprefix("www."), "scholarly") else "site name"
    if entry.year is None and (len(words) <= 3 or _SITE_DOMAIN.match(plain)):
        return "site name"
    if entry.year is None and len(words) <= 8 and _SITE_WORD.search(plain) and not _links_a_page(entry.url):
        return "site name"
    return None


def _links_a_page(url: str | None) -> bool:
    """Whether ``url`` goes past a site's landing page."""
    return bool(url and urlparse(url if "//" in url else "//" + url).path.strip("/"))


def _host_in(host: str, category: str) -> bool:
    return any(host == known or host.endswith("." + known) for known in _HOSTS[category])
