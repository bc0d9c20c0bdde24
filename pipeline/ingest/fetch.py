"""Fetch http(s) documents: bounded time, bounded size, bounded redirects, known types."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

TIMEOUT = httpx.Timeout(10.0, connect=10.0)
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("html", "pdf", "text/plain", "text/markdown", "xml")


class FetchError(ValueError):
    """The URL gave no usable document; the message is one line."""


@dataclass
class Fetched:
    body: bytes
    content_type: str
    url: str  # after redirects


def fetch(url: str, max_bytes: int) -> Fetched:
    """GET ``url`` streamed, refusing bodies over ``max_bytes`` and unsupported content types."""
    try:
        with httpx.Client(
            timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS, headers={"User-Agent": "litclaims"}
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"could not fetch {url}: HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not any(t in content_type for t in ACCEPTED_TYPES):
                raise FetchError(f"unsupported content type {content_type} at {url}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(too_large(int(declared), max_bytes))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"too large: more than {max_bytes / 1e6:.0f} MB at {url}")
                chunks.append(chunk)
            return Fetched(b"".join(chunks), content_type, str(response.url))
    except httpx.HTTPError as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise FetchError(f"could not fetch {url}: {reason}") from exc


def too_large(size: int, limit: int) -> str:
    return f"too large: {size / 1e6:.1f} MB exceeds the {limit / 1e6:.0f} MB limit"
