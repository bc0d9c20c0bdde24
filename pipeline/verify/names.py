"""Comparable forms of surnames, titles, DOIs and journal names.

Citations spell the same thing many ways ("van der Berg" / "Berg", "García-López" /
"Garcia Lopez", "J Psychopharmacol" / "Journal of Psychopharmacology"); every comparison
in verification goes through these keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from extractors.attribution import word_list

_PARTICLES = frozenset(row.split("\t")[0] for row in word_list("surname_particles.tsv"))
_JOURNAL_STOP = {"the", "of", "and", "for", "in", "on", "an", "a"}
_DATA = Path(__file__).parent / "data"
_UMLAUT_SPELLING = re.compile(r"(?<=[a-z])([aou])e")


def fold(text: str) -> str:
    """Lowercase ASCII with diacritics removed."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def surname_key(surname: str | None) -> str:
    """'van der Berg' -> 'berg', 'Al Chalabi' and 'Al-Chalabi' -> 'chalabi', 'García-López' -> 'garcialopez', "O'Brien" -> 'obrien',
    'Müller' and 'Mueller' -> 'muller' (German umlauts are also written as ae/oe/ue)."""
    if not surname:
        return ""
    tokens = [t for t in re.split(r"[\s]+", fold(surname).strip()) if t]
    particle, hyphen, rest = tokens[0].partition("-") if tokens else ("", "", "")
    if hyphen and rest and particle in _PARTICLES:
        tokens[:1] = [particle, rest]  # "Al-Masri" as "Al Masri"
    while len(tokens) > 1 and tokens[0].rstrip("'’") in _PARTICLES:
        tokens = tokens[1:]
    return _UMLAUT_SPELLING.sub(r"\1", re.sub(r"[^a-z0-9]", "", "".join(tokens)))


def doi_key(doi: str | None) -> str:
    if not doi:
        return ""
    doi = doi.strip().lower()
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi)
    return doi.rstrip(".,;)")


def title_key(title: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(title or "")).split())


@lru_cache(maxsize=1)
def _journal_aliases() -> dict[str, str]:
    """Journal names whose abbreviation is not a word-by-word prefix ('BMJ', 'PNAS', 'BJN')."""
    own = (_DATA / "journal_aliases.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in own if line.strip() and not line.startswith("#")]
    rows += [row.split("\t") for row in word_list("journal_acronyms.tsv")]
    return {" ".join(_journal_words(short)): " ".join(_journal_words(full)) for short, full in rows}


def _journal_words(name: str) -> list[str]:
    name = re.sub(r"\([^)]*\)", " ", fold(name))
    name = name.replace("&", " and ")
    return [w for w in re.sub(r"[^a-z0-9]+", " ", name).split() if w not in _JOURNAL_STOP]


@lru_cache(maxsize=65536)
def journal_words(name: str | None) -> list[str]:
    """A journal name as comparable words: no case, accents, punctuation, 'The'/'of', or '(Oxford, England)'."""
    words = _journal_words(name or "")
    return _journal_aliases().get(" ".join(words), " ".join(words)).split()


def same_journal(a: str | None, b: str | None) -> bool:
    """NLM abbreviations are word-by-word prefixes of the full title: 'J Psychopharmacol' ~ 'Journal of Psychopharmacology'."""
    left, right = journal_words(a), journal_words(b)
    if not left or len(left) != len(right):
        return False
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(left, right))
