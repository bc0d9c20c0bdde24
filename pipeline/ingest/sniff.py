"""Which reader a document needs: content first, then extension and XML root."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from pipeline.ingest.decode import BinaryContentError
from pipeline.ingest.ris_record import looks_like_ris_record

_HEAD = 4096
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "zip archive or Office file"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0", "legacy Office file"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"RIFF", "audio/video file"),
)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# A page fragment saved as text (a copied <div> with <h4>, <br>, <b> inside): markup from its first character on.
_HTML_FRAGMENT = re.compile(rb"^\s*<(?:div|p|h[1-6]|article|section|main|table|ul|ol|span|blockquote)\b[^>]*>", re.I)
_CLOSING_TAG = re.compile(rb"</[A-Za-z][\w]*>")
_FRAGMENT_TAGS = 3  # closing tags in the head that make a fragment markup, not a line opening with "<p>"
_XML_ROOT = re.compile(rb"<(?!\?|!)([A-Za-z_][\w.:-]*)")
_HTML_EXT = {".html", ".htm", ".xhtml"}
_MEDLINE_EXT = {".nbib", ".medline"}


def sniff(raw: bytes, name: str, content_type: str | None = None) -> str:
    """Return a DocumentKind for ``raw``; raise ``BinaryContentError`` for binary data.

    ``%PDF`` wins over any name, so an ``.html`` that is really a PDF is read as PDF.
    """
    head = raw[:_HEAD]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryContentError(what)
    suffix = PurePosixPath(name.lower()).suffix
    ctype = (content_type or "").lower()
    if suffix == ".pdf" or "pdf" in ctype:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or suffix == ".xml" or ctype.endswith("xml") and "html" not in ctype:
        root = _xml_root(head)
        if root == "PubmedArticleSet" or root == "PubmedArticle":
            return "pubmed-xml"
        if root == "article":
            return "jats"
        if root == "html":
            return "html"
    if suffix in _MEDLINE_EXT or stripped.startswith(b"PMID-"):
        return "medline"
    if suffix in (".ris", ".txt", "") and looks_like_ris_record(stripped):
        return "ris"
    if suffix in _HTML_EXT or "html" in ctype or _HTML_START.match(head):
        return "html"
    if _HTML_FRAGMENT.match(head) and len(_CLOSING_TAG.findall(head)) >= _FRAGMENT_TAGS:
        return "html"
    if suffix == ".xml":
        return "xml"
    return "text"


def _xml_root(head: bytes) -> str | None:
    body = re.sub(rb"<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S)
    match = _XML_ROOT.search(body)
    return match.group(1).decode("ascii", "replace").split(":")[-1] if match else None
