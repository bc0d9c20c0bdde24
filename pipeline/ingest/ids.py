"""Document ids: stable for the same locator, readable from the name (convention 1)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

_NON_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 40


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def slug(name: str) -> str:
    """Lowercase ``[a-z0-9-]`` form of a name, at most 40 chars; "doc" when nothing is left."""
    text = _NON_SLUG.sub("-", name.lower()).strip("-")
    return text[:SLUG_MAX].strip("-") or "doc"


def locator_for(source: str) -> str:
    """The URL as given, or the absolute resolved path of a file."""
    return source if is_url(source) else str(Path(source).resolve())


def doc_id_for(source: str) -> str:
    """``<slug>-<first 10 hex of sha1(locator)>``: file stem, or a URL's last path segment."""
    locator = locator_for(source)
    if is_url(source):
        parts = urlsplit(source)
        name = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.hostname or ""
    else:
        name = Path(source).stem
    return f"{slug(name)}-{hashlib.sha1(locator.encode()).hexdigest()[:10]}"
