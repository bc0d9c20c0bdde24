"""NONSCHOLARLY_SOURCE: a cited reference that is a video, a podcast, a social post, a forum
thread or a bare site name with no bibliographic identity; told by its link's host, or by a
platform name in an entry that has no DOI, PMID or journal."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.model import Claim, Flag, ReferenceEntry

_DATA = Path(__file__).parent / "data"
_FORUM = re.compile(r"(^|[./])(forums?|community|boards?)([./]|$)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=1)
def _hosts() -> dict[str, str]:
    lines = (_DATA / "nonscholarly_hosts.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    lines = (_DATA / "nonscholarly_cues.tsv").read_text(encoding="utf-8").splitlines()
    kinds = dict(line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return re.compile(r"\b(" + "|".join(map(re.escape, kinds)) + r")\b", re.IGNORECASE), kinds


def url_kind(url: str) -> str | None:
    """'video', 'social' or 'forum' for such a URL, else None."""
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    where = f"{host}{parts.path}".lower()
    for known, kind in _hosts().items():
        if host == known or host.endswith(f".{known}") or where.startswith(known):
            return kind
    return "forum" if _FORUM.search(where) else None


def entry_reason(entry: ReferenceEntry) -> str | None:
    """Why an entry is not a scholarly source, or None if it may be one."""
    if entry.nonscholarly:
        return entry.nonscholarly
    kind = url_kind(entry.url) if entry.url else None
    if kind:
        return kind
    pattern, kinds = _cues()
    cue = pattern.search(entry.text) if not (entry.doi or entry.pmid or entry.venue) else None
    if cue:
        return kinds[cue.group(1).lower()]
    links_a_page = bool(entry.url and urlsplit(entry.url if "//" in entry.url else f"//{entry.url}").path.strip("/"))
    bare = not (entry.authors or entry.title or entry.doi or entry.pmid or links_a_page) and not _YEAR.search(entry.text)
    return "site name" if bare and len(entry.text.split()) <= 6 else None


def nonscholarly_flags(claim: Claim, entries: list[ReferenceEntry]) -> list[Flag]:
    flags = []
    for entry in entries:
        reason = entry_reason(entry)
        if reason:
            marker = f" [{entry.marker}]" if entry.marker else ""
            text = " ".join(_TAG.sub(" ", entry.text).split())
            flags.append(Flag("NONSCHOLARLY_SOURCE", "medium",
                              f"Cited reference{marker} is a {reason}, not a scholarly source ('{text[:80]}'); expected a journal article or trial record.",
                              found=text[:200]))
    cited_urls = {e.url for e in entries}
    for url in claim.study.urls:
        kind = url_kind(url)
        if kind and url not in cited_urls:
            flags.append(Flag("NONSCHOLARLY_SOURCE", "medium",
                              f"The claim cites a {kind} link ({url}), not a scholarly source; expected a journal article or trial record.",
                              found=url))
    return flags
