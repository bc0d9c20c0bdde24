"""Author names in the one shape the model uses: ``Surname Initials`` ("van der Berg J")."""

from __future__ import annotations

import re

_INITIALS = re.compile(r"^[A-Z]{1,4}$")
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd", "3rd"}
_CORPORATE = re.compile(
    r"\b(?:Group|Collaborat\w*|Consortium|Investigators|Committee|Society|Organi[sz]ation|Association|Trialists|"
    r"Network|Team|Study|Council|Institute|Foundation|Agency|Working)\b", re.IGNORECASE)


def initials(given: str) -> str:
    """'Alice B.' -> 'AB', 'Jan-Willem' -> 'JW'."""
    return "".join(part[0].upper() for part in re.split(r"[\s.\-]+", given) if part and part[0].isalpha())


def from_parts(family: str, given: str = "") -> str:
    """Join a family name and given names as ``Surname Initials``."""
    family = " ".join(family.split())
    letters = initials(given)
    return f"{family} {letters}" if letters else family


def from_inverted(name: str) -> str:
    """'Marsh, Alice B.' or 'Marsh AB' -> 'Marsh AB' (the forms exports use)."""
    name = " ".join(name.replace("{", "").replace("}", "").split())
    if "," in name:
        family, given = name.split(",", 1)
        return from_parts(family, given)
    return name


def from_any(name: str) -> str:
    """A name as reference managers and curators write it, as ``Surname Initials``: inverted
    ('Marsh, Alice B.'), already so ('Marsh AB', 'Marsh A.B.', 'van der Berg J'), or given
    names first ('Alice B. Marsh', 'Jan van der Berg': the surname starts at the first
    lowercase particle, else it is the last word). A group author ('WHO Collaborative Group') stays as written."""
    name = " ".join(name.replace("{", "").replace("}", "").split())
    if "," in name:
        return from_inverted(name)
    tokens = name.split()
    if len(tokens) < 2 or tokens[-1] in _SUFFIXES or _CORPORATE.search(name):
        return name
    if _INITIALS.match(tokens[-1].replace(".", "")):
        return " ".join([*tokens[:-1], tokens[-1].replace(".", "")])
    cut = next((i for i, t in enumerate(tokens[:-1]) if t[:1].islower()), len(tokens) - 1)
    return from_parts(" ".join(tokens[cut:]), " ".join(tokens[:cut]))


def surname_of(author: str) -> str:
    """The surname of a ``Surname Initials`` name, keeping particles ('van der Berg J' -> 'van der Berg',
    'Smith JA Jr' -> 'Smith')."""
    tokens = author.split()
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) > 1 and _INITIALS.match(tokens[-1]):
        tokens = tokens[:-1]
    return " ".join(tokens)
