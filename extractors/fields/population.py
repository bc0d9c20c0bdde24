"""Population or condition studied ("panic disorder", "treatment-resistant depression",
"healthy volunteers", "rats with chronic constriction injury"), from the lexicon in
``populations.tsv``; an animal species found with a model is reported together."""

from __future__ import annotations

import re

from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern
from extractors.fields.markers import unglue_markers

_NOT_AFTER = r"[\w\-]"
_LEFT = rf"(?<!{_NOT_AFTER})"
_RIGHT = r"(?![\w]|-[a-z])"


def _load() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    names: dict[str, str] = {}
    for phrase, canonical in read_tsv("populations.tsv"):
        if " " not in phrase and any(c.isupper() or c.isdigit() for c in phrase):
            exact[phrase] = canonical
        else:
            names.setdefault(phrase.lower(), canonical)
    return exact, names


_EXACT, _NAMES = _load()
_NAME_KEYS = {phrase_key(k): v for k, v in _NAMES.items()}
_EXACT_RE = re.compile("(" + trie_pattern(_EXACT, strict_spaces=True, not_after=_NOT_AFTER) + ")" + r"(?![\w])")
_NAMES_RE = re.compile(_LEFT + "(" + trie_pattern(_NAMES) + ")" + _RIGHT)
# At most one species ends at a word boundary from any start, so the trie finds what an
# alternation of the names would; starting with their first letters, it scans faster.
_SPECIES_RE = re.compile("(" + trie_pattern((
    "rat", "rats", "mice", "mouse", "rodents", "monkeys", "macaques", "primates", "dogs", "pigs", "piglets", "rabbits",
    "hamsters", "zebrafish", "guinea pigs", "marmosets", "gerbils", "sheep",
), strict_spaces=True, not_after=r"\w") + r")\b")
_SPECIES = {"rat": "rats", "mouse": "mice"}
def parse_population(text: str) -> str | None:
    """The population or condition ``text`` is about, or None."""
    text = unglue_markers(text)
    lowered = text.lower()
    found = _first(text, lowered)
    species = _SPECIES_RE.search(lowered) if _may_name_species(lowered) else None
    if not species:
        return found
    animal = _SPECIES.get(species.group(1), species.group(1))
    if found and found != "healthy volunteers":
        return f"{animal} with {found}"
    return animal


def _may_name_species(lowered: str) -> bool:
    """Substring tests for the species' stems: cheaper than the scan, which few texts need."""
    return (
        "rat" in lowered or "mice" in lowered or "mouse" in lowered or "rodent" in lowered or "monkey" in lowered
        or "macaque" in lowered or "primate" in lowered or "dog" in lowered or "pig" in lowered or "rabbit" in lowered
        or "hamster" in lowered or "zebrafish" in lowered or "marmoset" in lowered or "gerbil" in lowered
        or "sheep" in lowered
    )


def _first(text: str, lowered: str) -> str | None:
    best: tuple[int, str] | None = None
    name = _NAMES_RE.search(lowered) if len(lowered) == len(text) else None
    if name:
        best = (name.start(), _NAME_KEYS[phrase_key(name.group(1))])
    exact = _EXACT_RE.search(text)
    if exact and (best is None or exact.start() < best[0]):
        best = (exact.start(), _EXACT[exact.group(1)])
    return best[1] if best else None


# Who or what age a study took: "adults or adolescents", "men or women", "18 or older".
_PEOPLE_RE = re.compile(
    r"(?:(?:older|younger|young|elderly|pregnant|postmenopausal|healthy)\s+)?(?:adults?|adolescents?|child(?:ren)?|youths?|"
    r"teen(?:ager)?s?|infants?|toddlers?|neonates?|newborns?|boys|girls|m[ae]n|wom[ae]n|males?|females?|elderly|seniors|"
    r"older|younger|students|veterans|outpatients|inpatients|patients|participants|people|persons|individuals|volunteers|"
    r"caregivers|parents|mothers|families)\b|\d"
)


def names_people_at(lowered: str, position: int) -> bool:
    """Whether lowercased text names people, an age or a condition at ``position``: the
    second member of "adults or adolescents", "with OCD or PTSD", "aged 65 or older"."""
    return bool(_PEOPLE_RE.match(lowered, position) or _NAMES_RE.match(lowered, position))
