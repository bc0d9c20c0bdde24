"""Author names and dates as the shared model writes them ("Surname Initials", a year)."""

from __future__ import annotations

import re

from extractors.attribution import word_list

_PARTICLE_ROWS = [row.split("\t") for row in word_list("surname_particles.tsv")]
_PARTICLES = frozenset(row[0] for row in _PARTICLE_ROWS)
_GIVEN_NAMES = frozenset(row[0] for row in _PARTICLE_ROWS if row[1:] == ["given"])  # "Al Gore", "Ben Goldacre"
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")


def format_author(name: str) -> str:
    """ "Marsh, Anna B." / "Anna B. Marsh" / "Marsh AB" -> "Marsh AB"."""
    name = re.sub(r"\s+", " ", name).strip().strip(",;")
    if "," in name:
        surname, given = (part.strip() for part in name.split(",", 1))
    else:
        tokens = name.split(" ")
        if len(tokens) >= 2 and re.fullmatch(r"[A-Z]{1,3}", tokens[-1]):
            return name  # already "Surname Initials"
        cut = len(tokens) - 1
        while cut > 0 and tokens[cut - 1].lower() in _PARTICLES and not (cut == 1 and tokens[0].lower() in _GIVEN_NAMES):
            cut -= 1
        surname, given = " ".join(tokens[cut:]), " ".join(tokens[:cut])
    initials = "".join(part[0].upper() for part in re.split(r"[\s.\-]+", given) if part and part[0].isalpha())
    return f"{surname} {initials}".strip()


def parse_year(text: str | None) -> int | None:
    match = _YEAR.search(text or "")
    return int(match.group(1)) if match else None
