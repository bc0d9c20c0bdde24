"""Comparator: what the intervention was compared against, in canonical form
("placebo", "waitlist", "treatment as usual", "no treatment", "sham",
"attention control", "vehicle", an active drug's generic name, "<therapy> alone").

What follows an explicit comparison word ("versus", "compared with", "than", ...) wins;
otherwise the first comparator phrase anywhere in the text ("placebo-controlled").
"""

from __future__ import annotations

import re

from extractors.fields.lexicon import read_tsv, trie_pattern

_LEFT = r"(?<![\w\-])"
_RIGHT = r"(?![\w])"


def _load() -> tuple[dict[str, str], dict[str, str]]:
    controls = {row[0].lower(): row[1] for row in read_tsv("comparators.tsv")}
    drugs: dict[str, str] = {}
    for row in read_tsv("drugs.tsv"):
        generic = row[0].lower()
        for name in [row[0], *(row[1].split(";") if len(row) > 1 else [])]:
            if name.strip():
                drugs.setdefault(name.strip().lower(), generic)
    return controls, drugs


_CONTROLS, _DRUGS = _load()
_SPACES = re.compile(r"[\s\-\u2010-\u2014]+")
_CONTROL_KEYS = {_SPACES.sub(" ", k): v for k, v in _CONTROLS.items()}
_DRUG_KEYS = {_SPACES.sub(" ", k): v for k, v in _DRUGS.items()}
_CONTROL_RE = re.compile(_LEFT + "(" + trie_pattern(_CONTROLS) + ")" + _RIGHT)
_DRUG_RE = re.compile(_LEFT + "(" + trie_pattern(_DRUGS) + ")" + _RIGHT)
_ALONE_RE = re.compile(
    r"((?:[a-z0-9][\w\-']*\s+){0,3}[a-z0-9][\w\-']*)\s+(?:alone|monotherapy)\b(?!\s+(?:or|and)\s+(?:in\s+)?combination)"
)
_COMPARISON_RE = re.compile(
    r"\b(?:versus|vs\.?|v\.|compared\s+(?:with|to|against)|in\s+comparison\s+(?:with|to)|comparison\s+(?:with|to)|"
    r"relative\s+to|than|against|over|or|and|to)\s+"
)
_STRONG_COMPARISON_RE = re.compile(r"\b(?:versus|vs\.?|compared|comparison|relative\s+to|than)\b")
_PREFILTER = re.compile(trie_pattern((
    "placebo", "vs", "versus", "compar", "than", "control", "wait", "usual", "standard", "tau", "cau", "sham",
    "alone", "monotherapy", "relative", "against", "treatment", "untreated", "intervention", "vehicle", "saline",
    "pill", "routine", "assessment",
), strict_spaces=True))
_DETERMINERS = {"the", "a", "an", "with", "of", "to", "than", "versus", "vs", "or", "and", "in", "plus", "received", "receiving"}
_GENERIC_DRUG = re.compile(
    r"[a-z]{4,}(?:tine|pine|pram|xetine|faxine|azepam|azolam|pramine|triptyline|idone|apine|iprazole|amide|"
    r"gliptin|gliflozin|glutide|statin|sartan|pril|olol|dipine|mab|cept|tinib|vir|cillin|mycin|oxacin|"
    r"prazole|setron|zepam|barbital|afil|lukast|terol|sonide|asone|olone|etine|oxetine|ipramine)"
)


def parse_comparator(text: str) -> str | None:
    """The canonical comparator named in ``text``, or None when it names none."""
    lowered = text.lower()
    if not _PREFILTER.search(lowered):
        return None
    control = _CONTROL_RE.search(lowered)
    alone = _alone(lowered)
    if control or alone or _DRUG_RE.search(lowered) or _STRONG_COMPARISON_RE.search(lowered):
        for match in _COMPARISON_RE.finditer(lowered):
            word = match.group(0).split()[0]
            target = lowered[match.end() : match.end() + 70]
            found = _canonical_at_start(target, strict=word in ("or", "and", "to", "over"))
            if found:
                return found
    if control and (not alone or control.start() < alone[1]):
        return _CONTROL_KEYS[_SPACES.sub(" ", control.group(1))]
    return alone[0] if alone else None


def _canonical_at_start(target: str, strict: bool) -> str | None:
    """The comparator that a comparison phrase's object names: "placebo", "sertraline",
    "exposure therapy alone", "cbt plus placebo" (-> placebo), "a wait-list control"."""
    target = re.split(r"[,;:.()\[\]]|\bwhich\b|\bwho\b|\bwith\b|\bin\b(?!\s+combination)", target, maxsplit=1)[0]
    words = target.split()
    while words and words[0] in ("a", "an", "the", "matched", "matching", "identical", "inert", "either", "active", "oral", "those", "participants", "patients", "given", "receiving", "on"):
        words = words[1:]
    head = " ".join(words)
    if not head:
        return None
    control = _CONTROL_RE.search(head)
    if control and (not strict or control.start() == 0 or "plus" in head[: control.start()]):
        return _CONTROL_KEYS[_SPACES.sub(" ", control.group(1))]
    alone = _alone(head)
    if alone and alone[1] == 0:
        return alone[0]
    if strict:
        return None  # "randomised to sertraline" names the intervention, not the comparator
    drug = _DRUG_RE.match(head)
    if drug:
        return _DRUG_KEYS[_SPACES.sub(" ", drug.group(1))]
    if _GENERIC_DRUG.fullmatch(words[0].strip("*_")):
        return words[0].strip("*_")
    return None


def _alone(lowered: str) -> tuple[str, int] | None:
    """("exposure therapy alone", start) for "… compared with exposure therapy alone"."""
    if "alone" not in lowered and "monotherapy" not in lowered:
        return None
    for match in _ALONE_RE.finditer(lowered):
        words = match.group(1).split()
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        if words and not any(w in ("this", "that", "not", "which", "was", "were", "is") for w in words):
            keep = _therapy_words(words)
            offset = match.start(1) + match.group(1).find(keep[0]) if keep else match.start(1)
            return " ".join(keep) + " alone", offset
    return None


def _therapy_words(words: list[str]) -> list[str]:
    """The treatment's own name from the words before "alone": "received CBT" -> ["cbt"]."""
    for i, word in enumerate(words):
        if word in _DETERMINERS or word.endswith(("ed", "ing")) and word not in ("training",):
            return _therapy_words(words[i + 1 :]) if i + 1 < len(words) else words[i:]
    return words
