"""A cure said to come no faster: "don't cure faster", "did not heal the ulcers any sooner",
"doesn't clear the infection more quickly". The passes take "faster" and "sooner" as gain words and
read such a clause as positive; it is a null finding on the pace of cure. Beside a gain in another
clause ("might ease pain a day sooner but don't cure faster") the sentence is mixed.
"""

from __future__ import annotations

import re

_NOT_FASTER = re.compile(
    r"\b(?:do|does|did|would|will|could)\s*(?:n't|not)\s+(?:(?:actually|really|necessarily)\s+)?(?:cure|heal|clear|resolve|settle|shorten|end|kill)\b"
    r"\s+(?:[\w-]+\s+){0,3}?(?:any\s+)?(?:faster|sooner|quicker|more\s+quickly|earlier)\b"
)
_GATE = ("faster", "sooner", "quicker", "quickly", "earlier")


def cure_not_faster(lowered: str) -> tuple[int, int] | None:
    """The span of ``lowered`` denying a faster cure, or None."""
    if not any(word in lowered for word in _GATE) or "n't" not in lowered and " not " not in lowered:
        return None
    found = _NOT_FASTER.search(lowered)
    return found.span() if found else None


def with_cure_not_faster(rest: str) -> str:
    """The direction of a sentence denying a faster cure, given ``rest``, the direction read without that clause."""
    return "mixed" if rest in ("positive", "mixed") else "null" if rest in ("unknown", "null") else rest
