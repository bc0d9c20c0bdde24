"""Reference markers set as superscript digits right after a word ("placebo¹",
"MADRS²³", "84 patients¹⁴"), as PDFs and saved web pages write them, and markdown
emphasis around words and numbers ("**210** men", "2,000 mg *EPA+DHA* per day").

To a regex such a digit is a word character, so "placebo¹" is not the word "placebo",
and "**210** men" is no count followed by its noun. :func:`unglue_markers` blanks both
with spaces of the same length, keeping every offset, and leaves exponents of units
alone ("mg/m²", "kg⁻¹").
"""

from __future__ import annotations

import re

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻"
_ANY = re.compile(f"[{_SUPERSCRIPTS}]")
# A run of superscripts after a letter: the letters before it are kept to tell a unit's
# exponent from a marker.
_GLUED = re.compile(rf"([^\W\d_{_SUPERSCRIPTS}]+)([{_SUPERSCRIPTS}]+)")  # superscript digits are \w, not \d
_SQUARED_UNITS = {"m", "cm", "mm", "dm", "km", "µm", "μm"}


# "**", "__", "*", escaped "\*\*" of web exports, and a single "_" opening or closing a word
# (not the one inside "file_name").
_EMPHASIS = re.compile(r"(?:\\?\*)+|__+|(?<![\w_])_(?=\w)|(?<=\w)_(?![\w_])")


def unglue_markers(text: str) -> str:
    """``text`` with superscript markers glued to a word, and markdown emphasis, replaced by spaces."""
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_blank, text)
    if text.isascii() or not _ANY.search(text):  # isascii is a flag lookup: most text has no marker to find
        return text
    return _GLUED.sub(_blank_marker, text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_marker(match: re.Match[str]) -> str:
    word, marks = match.group(1), match.group(2)
    if marks.startswith("⁻") or (marks in ("²", "³") and word in _SQUARED_UNITS):
        return match.group(0)  # "kg⁻¹", "m²": an exponent
    return word + " " * len(marks)
