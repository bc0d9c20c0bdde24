"""What patients and parents report of a treatment in their own words, in comments and forums:
"saw nothing at all", "didn't notice any difference", "no change whatsoever" (null); "became more
irritable", "ended up with nosebleeds", "made my reflux worse", "had to stop because of headaches"
(negative); "his ALT is finally normal", "making more eye contact", "sleeping through" (positive).

Read only where the passes found no finding. A hedge the writer adds ("could be maturity but
...") keeps the report: it is the finding the commenter states. Set phrases live in
``direction_own_reports.tsv``; the productive shapes (a worse state, a harm ended up with, a
complaint made worse; a habit counted down per day, a complaint "down", "zero flares") are read
here, each behind the exact words it needs.
"""

from __future__ import annotations

import re

from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern

_SAID = {phrase_key(phrase): direction for phrase, direction in read_tsv("direction_own_reports.tsv")}
_PHRASE = re.compile(rf"(?<![\w-])(?:{trie_pattern(_SAID)})(?![\w-])")
_WORSE_STATE = (
    r"(?:irritable|anxious|agitated|aggressive|restless|tearful|hyper|hyperactive|moody|clingy|withdrawn|depressed|tired|sleepy|"
    r"emotional|angry|weepy|jittery|wired|lethargic|constipated|nauseous|dizzy|unsettled|snappy|defiant|violent)"
)
_WORSE = re.compile(
    rf"\b(?:became|got|grew|was|were|seemed|felt)\s+(?:even\s+|much\s+|a\s+lot\s+|far\s+|way\s+)?more\s+{_WORSE_STATE}\b"
    r"|\bended\s+up\s+(?:with|in)\s+(?:a\s+|an\s+|the\s+|bad\s+|terrible\s+|constant\s+|awful\s+|severe\s+)?"
    r"(?:nosebleeds?|rash(?:es)?|hives|headaches?|migraines?|diarrh(?:o)?ea|vomiting|stomach\s+(?:aches?|pains?|upset)|ulcers?|bruis\w*|bleeding|"
    r"palpitations|insomnia|hospital|a\s*&\s*e|the\s+er|emergency|kidney\s+stones?|gout|thrush|infections?|acne|hair\s+loss|weight\s+gain)\b"
    rf"|\bmade\s+(?:my|his|her|their|our|the)\s+(?:[\w-]+\s+){{1,2}}?(?:worse|much\s+worse|even\s+worse)\b"
)

# A habit or complaint counted down per day: "gone from 25 a day to about 8", "went from using drops 20 times a day to 4".
_COUNTED_DOWN = re.compile(
    r"\b(?:gone|went|come|came|dropped|got|cut)\s+(?:down\s+)?from\s+(?:[a-z]+ing\s+(?:[\w-]+\s+){0,2}?)?(?:about\s+|around\s+|roughly\s+|over\s+)?"
    r"(?P<before>\d+)\s+(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+(?:day|night|week|month)\s+(?:down\s+)?to\s+(?:about\s+|around\s+|maybe\s+|only\s+|just\s+|roughly\s+)?"
    r"(?P<after>\d+)\b"
)
# A complaint said to be down: "the cravings are down maybe 70%", "my hot flushes are way down".
_COMPLAINT_DOWN = re.compile(
    r"\b(?:cravings?|urges?|pain|itch(?:ing|iness)?|symptoms?|attacks?|seizures?|headaches?|migraines?|flares?|flare-ups|hot\s+fl(?:ushes|ashes)|"
    r"night\s+sweats|anxiety|nausea|reflux|swelling|tics?)\s+(?:are|is|have\s+gone|has\s+gone|'s|'re)\s+(?:really\s+|way\s+|right\s+|well\s+)?down\b"
)
# A count of flares or lesions at nil since: "18 months now with zero patches", "not a single seizure since".
_NONE_SINCE = re.compile(
    r"\b(?:zero|not\s+(?:had\s+)?a\s+single)\s+(?:patch|flare|flare-up|seizure|attack|migraine|headache|episode|breakout|hot\s+flush|nosebleed|cold)(?:es|s)?\b"
)


def own_report(lowered: str) -> str | None:
    """null, negative or positive for a patient's or parent's report in ``lowered``, None when it makes none."""
    found = {_SAID[phrase_key(said.group(0))] for said in _PHRASE.finditer(lowered)}
    if ("more " in lowered or "ended up" in lowered or "made " in lowered) and _WORSE.search(lowered):
        found.add("negative")
    if "from " in lowered and " to " in lowered and (counted := _COUNTED_DOWN.search(lowered)) and "sleep" not in counted.group(0):
        found.add("positive" if int(counted["after"]) < int(counted["before"]) else "negative")
    if " down" in lowered and _COMPLAINT_DOWN.search(lowered):
        found.add("positive")
    if ("zero " in lowered or "single " in lowered) and _NONE_SINCE.search(lowered):
        found.add("positive")
    return found.pop() if len(found) == 1 else None
