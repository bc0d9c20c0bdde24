"""Reference markers set as superscript digits right after a word ("placebo¹",
"MADRS²³", "84 patients¹⁴"), as PDFs and saved web pages write them.

To a regex such a digit is a word character, so "placebo¹" is not the word "placebo".
:func:`unglue_markers` blanks the marker with spaces of the same length, keeping every
offset, and leaves exponents of units alone ("mg/m²", "kg⁻¹").
"""

from __future__ import annotations

import re

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻"
_ANY = re.compile(f"[{_SUPERSCRIPTS}]")
# A run of superscripts after a letter: the letters before it are kept to tell a unit's
# exponent from a marker.
_GLUED = re.compile(rf"([^\W\d_{_SUPERSCRIPTS}]+)([{_SUPERSCRIPTS}]+)")  # superscript digits are \w, not \d
_SQUARED_UNITS = {"m", "cm", "mm", "dm", "km", "µm", "μm"}


def unglue_markers(text: str) -> str:
    """``text`` with superscript markers glued to a word replaced by spaces."""
    if text.isascii() or not _ANY.search(text):  # isascii is a flag lookup: most text has no marker to find
        return text
    return _GLUED.sub(_blank_marker, text)


def _blank_marker(match: re.Match[str]) -> str:
    word, marks = match.group(1), match.group(2)
    if marks.startswith("⁻") or (marks in ("²", "³") and word in _SQUARED_UNITS):
        return match.group(0)  # "kg⁻¹", "m²": an exponent
    return word + " " * len(marks)
