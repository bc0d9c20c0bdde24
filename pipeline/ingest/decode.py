"""Bytes to text without changing a character: offsets must point into the user's file."""

from __future__ import annotations

import codecs

import charset_normalizer

_SAMPLE = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never appear in text (tab, newlines, form feed and escape do).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


class BinaryContentError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; only a BOM is ever dropped, newlines stay as written.

    Order: BOM, UTF-16 without BOM (NUL bytes on one parity), UTF-8, then
    charset-normalizer, preferring cp1252/Latin-1 among its single-byte guesses.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "-bom")
            except UnicodeDecodeError as exc:
                raise BinaryContentError(f"invalid {encoding} after its byte-order mark") from exc
    sample = raw[:_SAMPLE]
    if b"\x00" in sample:
        return _decode_utf16_without_bom(raw, sample), "utf-16"
    controls = sum(1 for b in sample if b in _CONTROL)
    if sample and controls / len(sample) > 0.05:
        raise BinaryContentError(f"{controls} control bytes in the first {len(sample)} bytes")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise BinaryContentError("no text encoding fits")
    encoding = best.encoding
    if encoding not in _WESTERN and _decodes(raw, "cp1252") and best.language in ("English", "Unknown", ""):
        encoding = "cp1252"
    if encoding in _WESTERN and not _decodes(raw, encoding):
        encoding = "latin_1"
    return raw.decode(encoding), encoding


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _decode_utf16_without_bom(raw: bytes, sample: bytes) -> str:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2 or 1
    if max(even, odd) / pairs > 0.3 and min(even, odd) / pairs < 0.05 and len(raw) % 2 == 0:
        encoding = "utf-16-be" if even > odd else "utf-16-le"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise BinaryContentError(f"{sample.count(0)} NUL bytes in the first {len(sample)} bytes")
