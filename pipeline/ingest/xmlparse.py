"""Safe XML parsing for PubMed and JATS files: no entities resolved, no network, no DTDs."""

from __future__ import annotations

import re

import lxml.etree as etree

_SPACE = re.compile(r"\s+")


class XmlError(ValueError):
    """XML that cannot be parsed even leniently; the message is one line."""


def parse_xml(raw: bytes) -> etree._Element:
    """Parse strictly; if that fails (e.g. HTML entities with no DTD), parse leniently."""
    options = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(raw, etree.XMLParser(**options))
    except etree.XMLSyntaxError as strict_error:
        root = etree.fromstring(raw, etree.XMLParser(recover=True, **options))
        if root is None:
            raise XmlError(f"malformed XML: {' '.join(str(strict_error).split())[:160]}") from strict_error
        return root


def local(element: etree._Element) -> str:
    """Tag name without namespace ('' for comments and processing instructions)."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def text_of(element: etree._Element | None, joiner: str = "") -> str:
    """All text inside ``element``, whitespace collapsed."""
    if element is None:
        return ""
    return _SPACE.sub(" ", joiner.join(element.itertext())).strip()


def child(element: etree._Element | None, *path: str) -> etree._Element | None:
    """First descendant along ``path`` of local names (namespace-agnostic)."""
    current = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if local(c) == name), None)
    return current


def children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [c for c in element if local(c) == name] if element is not None else []
