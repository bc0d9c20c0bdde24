"""An event said to be more or less frequent with one arm, without a share: "hypoglycaemia was
more frequent with the pump", "wound infection was less common in the dressing group",
"cessation of vomiting was more frequent with ondansetron".

Whether that is a gain turns on the event (wanted or not, from ``outcome_better``; the end of a
symptom, "cessation of" or "resolution of", is wanted whatever the symptom) and on the arm (the
control's excess is the treatment's deficit)."""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL_WORD, SAFETY_NOUN

_MORE_FREQUENT = re.compile(
    r"\b(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|far\s+|slightly\s+|considerably\s+|also\s+)?(?P<way>more|less)\s+"
    r"(?:frequent|common|frequently\s+(?:seen|reported|observed))\s+(?:with|in|among|on|after)\s+"
    r"(?:the\s+|those\s+(?:given|on|taking|receiving)\s+)?(?P<arm>[\w-]+)"
)
# The end of a symptom is wanted however unwanted the symptom: "cessation of vomiting", "resolution of diarrhoea".
_ENDED = re.compile(r"\b(?:cessation|resolution|relief|disappearance|clearance|remission|freedom|stopping|abatement)\s+(?:of|from)\b")
_CLAUSE_START = re.compile(r"[.;:,]\s|\b(?:and|but|while|whereas)\s")


def event_frequency(lowered: str, comparator: str | None) -> tuple[str, tuple[int, int], bool] | None:
    """(verdict, span of the clause, whether the event is a harm) for "<event> was more frequent
    with <arm>", else None; ``lowered`` is the sentence in lower case."""
    found = _MORE_FREQUENT.search(lowered)
    if not found:
        return None
    start = max((stop.end() for stop in _CLAUSE_START.finditer(lowered, 0, found.start())), default=0)
    event = lowered[start : found.start()]
    better = "higher" if _ENDED.search(event) else outcome_better(event)
    if better is None:
        return None
    arm = found["arm"]
    control = bool(CONTROL_WORD.match(arm)) or bool(comparator and comparator.lower().split()[0] == arm)
    gain = (found["way"] == "more") == (better == "higher")
    verdict = "positive" if gain != control else "negative"
    return verdict, (start, found.end()), bool(SAFETY_NOUN.search(event))
