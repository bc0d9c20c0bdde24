"""A harm more frequent with the treatment than with the control, stated as the finding:
"a higher rate of severe ROP with EPO than with placebo (9.8% vs 6.1%)", "an increased
incidence of atrial fibrillation with omega-3 than with corn oil", "transaminase elevations in
13% of children on the drug versus 1% on placebo". Such a claim is ``negative``.

The gold sets' convention, which this keeps: a harm in excess with the treatment is negative
("orthostatic dizziness was more frequent with prazosin (23% vs 10%)"), a harm not more
common is null (``tells_harms_only``), and a harm *less* frequent with the treatment is left
to the passes (an outcome the treatment was given to prevent is its gain, a side effect's
frequency beside a finding is no finding), so this reader answers only the excess.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL, CONTROL_WORD, HARM_WORDS, SIDE_EFFECTS
from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern

_LISTED = trie_pattern({phrase_key(term) for term, *_rest in read_tsv("direction_harm_excess.tsv")})
HARM = re.compile(
    rf"(?<![\w-])(?:{_LISTED})(?![\w-])"
    r"|\b(?:adverse|side[\s-]effects?|complications?|infections?|bleeding|toxicit(?:y|ies)|injur(?:y|ies)|relapses?|recurrences?|readmissions?)\b"
)
# Words that make the named outcome a gain, whatever it counts: "greater reduction in falls", "more pain relief".
_GAIN = re.compile(r"\b(?:reduc\w*|improv\w*|relief|decreas\w*|fall|drop|declines?|control|resolution|protection|prevent\w*|free|cessation|avoid\w*|recover\w*)\b")
_ARM_WORD = r"(?:with|in|on|among|after|for|using|receiving|given|taking)"
# "a higher rate of severe ROP with EPO than with placebo", "more falls in the treated group than in controls".
_MORE_OF_THAN = re.compile(
    r"\b(?:higher|greater|increased|excess|more)\s+(?:(?:rates?|incidence|risk|frequency|number|proportion|odds|occurrence)\s+of\s+)?"
    rf"(?P<harm>(?:[\w-]+\s+){{0,4}}?)(?P<arm_word>{_ARM_WORD})\s+(?P<arm>[^.;]{{1,60}}?)\s+than\s+(?:{_ARM_WORD}\s+)?(?:the\s+|those\s+(?:on|given|receiving)\s+)?"
    rf"(?:[\w-]+\s+)?(?P<control>{CONTROL})\b"
)
# The treated named first: "dogs on the NSAID had a greater risk of gastrointestinal bleeding than those on placebo".
_ARM_HAD_MORE = re.compile(
    rf"\b(?:on|given|taking|receiving|treated\s+with)\s+(?P<arm>[^.;]{{1,40}}?)\s+(?:had|showed|experienced|developed|suffered)\s+(?:a\s+|an\s+)?(?:significantly\s+)?"
    r"(?:higher|greater|increased|excess|more)\s+(?:(?:rates?|incidence|risk|frequency|number|odds)\s+of\s+)?(?P<harm>(?:[\w-]+\s+){1,4}?)than\s+"
    rf"(?:those|patients|participants|people|children|infants|animals|dogs|cats|mice|rats|the\s+[\w-]+)\s+(?:on|given|taking|receiving|in\s+the)\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
)
# The treated arm left implied: "Headache was more frequent than with placebo", "Flatulence and nausea were the
# commonest adverse effects, more frequent than with placebo".
_MORE_FREQUENT_THAN_CONTROL = re.compile(
    r"(?P<harm>(?:[\w-]+\s+){1,4}?)(?:was|were)\s+(?:the\s+(?:commonest|most\s+common|most\s+frequent(?:ly\s+reported)?)\s+[^.;,]{1,40},\s+)?"
    r"(?:significantly\s+|slightly\s+|somewhat\s+|much\s+|far\s+)?(?:more\s+(?:frequent|common)|commoner)\s+than\s+(?:with\s+|on\s+|in\s+|among\s+|after\s+)?"
    rf"(?:the\s+|those\s+(?:on|given|receiving|taking)\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
)
# The same with the arm left out or named as the active one, beside a gain: "..., but dry mouth and mydriasis were more
# frequent with active treatment", "..., but dizziness was more common."
_MORE_COMMON_UNNAMED = re.compile(
    r"(?P<harm>(?:[\w-]+\s+){1,4}?)(?:was|were)\s+(?:significantly\s+|slightly\s+|somewhat\s+|much\s+|far\s+|also\s+)?(?:more\s+(?:frequent|common)|commoner)"
    r"(?:\s+(?:with|in|on|among|after)\s+(?:the\s+)?(?:active|treated|treatment|intervention|drug)\b(?:\s+[\w-]+){0,2})?\s*(?=[.;)]|$)"
)
_SIDE_EFFECT = re.compile(rf"\b{SIDE_EFFECTS}|\b(?:dry\s+mouth|mydriasis|loose\s+stools|nausea)\b")
# A crossover's phases or a no-treatment arm set against the treated: "reported headache and heartburn noticeably more often
# during the 1,000 mg phase than during the placebo phase", "band wearers reported more wrist swelling than patients who wore nothing".
_MORE_OFTEN_DURING = re.compile(
    r"(?P<harm>(?:[\w-]+\s+){1,5}?)(?:noticeably\s+|significantly\s+|much\s+|far\s+|slightly\s+)?more\s+(?:often|frequently)\s+"
    r"(?:during|with|on|in|after|while\s+on)\s+(?P<arm>[^.;]{1,40}?)\s+than\s+(?:during|with|on|in|after)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"{CONTROL}\b"
)
# The treated arm had more of a harm, the other arm named before: "..., and the cued group had more near-falls over 8 weeks".
_ARM_GROUP_HAD_MORE = re.compile(
    r"\bthe\s+(?P<arm>[\w-]+)\s+(?:group|arm)\s+(?:had|showed|experienced|reported|suffered)\s+(?:significantly\s+|markedly\s+)?more\s+"
    r"(?P<harm>(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:over|during|in|at|by|after|than)\b|\s*[.;,(\[]|$)"
)
_MORE_THAN_UNTREATED = re.compile(
    r"\b(?:reported|had|experienced|developed|showed)\s+more\s+(?P<harm>(?:[\w-]+\s+){1,5}?)than\s+"
    r"(?:those|patients|people|participants|children|women|men|animals|dogs|cats)\s+(?:who\s+)?(?:wore|received|got|took|had|given|used)\s+"
    r"(?:nothing|no\s+[\w-]+|none)\b"
)
# "transaminase elevations in 13% of children on CBD versus 1% on placebo".
_SHARES = re.compile(
    r"(?P<harm>(?:[\w-]+\s+){1,4}?)(?:(?:occurred|was\s+seen|were\s+seen|was\s+reported|were\s+reported|developed)\s+)?in\s+"
    r"(?P<treated>\d+(?:\.\d+)?)\s*%\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:on|given|taking|receiving|treated\s+with|in\s+the|with)\s+(?P<arm>[^.;%]{1,50}?)\s*,?\s+"
    rf"(?:versus|vs\.?|compared\s+(?:with|to)|against|and)\s+(?P<control_share>\d+(?:\.\d+)?)\s*%\s+(?:of\s+(?:[\w-]+\s+){{0,3}}?)?(?:on|given|taking|receiving|with|in|of)\s+"
    rf"(?:the\s+|those\s+(?:on|given|receiving)\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
)


def _names_harm(words: str) -> bool:
    """Whether ``words`` name a harm: a listed adverse effect, a harm word, or an outcome best lower."""
    return not _GAIN.search(words) and (bool(HARM.search(words)) or outcome_better(words) == "lower")


def harm_beside_gain(lowered: str) -> tuple[int, int] | None:
    """The span of a harm said to be more common with the treatment, the control's rate unstated or
    "than with placebo": beside a gain it makes the finding mixed. None when there is none."""
    for pattern in (_MORE_FREQUENT_THAN_CONTROL, _MORE_COMMON_UNNAMED):
        found = pattern.search(lowered)
        harm = found["harm"] if found else ""
        if found and (_names_harm(harm) or _SIDE_EFFECT.search(harm) and "weight" not in harm) and not CONTROL_WORD.search(harm):
            return found.span()
    return None


def harm_in_excess(lowered: str) -> bool:
    """Whether ``lowered`` states a harm clearly more frequent with the treatment than with the control."""
    if " than " in lowered and (found := _MORE_OF_THAN.search(lowered)) and _names_harm(found["harm"]) and not CONTROL_WORD.search(found["arm"]):
        return True
    if " than " in lowered and (found := _ARM_HAD_MORE.search(lowered)) and _names_harm(found["harm"]) and not CONTROL_WORD.search(found["arm"]):
        return True
    if " than " in lowered and (found := _MORE_FREQUENT_THAN_CONTROL.search(lowered)) and _names_harm(found["harm"]) and not CONTROL_WORD.search(found["harm"]):
        return True
    if " more " in lowered and (found := _ARM_GROUP_HAD_MORE.search(lowered)) and not CONTROL_WORD.match(found["arm"]) and (
            _names_harm(found["harm"] + " ") or _SIDE_EFFECT.search(found["harm"])):
        return True
    if " than " in lowered and " more " in lowered:
        for pattern in (_MORE_OFTEN_DURING, _MORE_THAN_UNTREATED):
            found = pattern.search(lowered)
            if found and (_names_harm(found["harm"]) or _SIDE_EFFECT.search(found["harm"])) and not CONTROL_WORD.search(found["harm"]):
                return True
    if "%" in lowered and (shares := _SHARES.search(lowered)):
        treated, control = float(shares["treated"]), float(shares["control_share"])
        return treated >= 1.5 * control + 1 and _names_harm(shares["harm"]) and not CONTROL_WORD.search(shares["arm"])
    return False


# The control arm had more of the harm: "the placebo group had more seizures than the levetiracetam group", "the control arm
# reported more falls than those given vitamin D", "the placebo group had more headaches." The treatment spared it: a gain.
_CONTROL_HAD_MORE = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+)?(?P<control>{CONTROL})\s+(?:group|arm|patients|participants|animals|dogs|cats)\s+(?:had|showed|experienced|reported|suffered|developed)\s+"
    r"(?:significantly\s+|markedly\s+|far\s+|many\s+)?more\s+(?P<harm>(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+than\s+(?:the\s+|those\s+)?|\s*(?:[,.;]|$))"
)


def control_had_more_harm(lowered: str) -> bool:
    """Whether ``lowered`` says the control arm had more of a harm than the treated arm."""
    found = _CONTROL_HAD_MORE.search(lowered)
    return found is not None and _names_harm(found["harm"] + " ")


# A harm or side effect named anywhere in a clause.
NAMES_HARM = re.compile(rf"\b(?:{HARM_WORDS}|{SIDE_EFFECTS})")

# A harm more frequent in a named arm: "somnolence was more frequent with guanfacine (38% vs 12%)", or shares set side by
# side: "maternal side effects, mostly flushing, occurred in 24% versus 5%".
_HARM_MORE_IN_ARM = re.compile(
    r"(?P<harm>(?:[\w-]+\s+){1,4}?)(?:was|were)\s+(?:reported\s+|observed\s+|seen\s+)?(?:significantly\s+|much\s+|far\s+)?"
    r"(?:more\s+(?:often|frequent(?:ly)?|common(?:ly)?)|commoner)\s+(?:with|in|on|among|for)\s+(?P<arm>[^,;.()]{1,50})"
)
_EVERY_ARM = re.compile(r"(?:the\s+)?(?:both|all|either|each|every)\b")
_HARM_SHARES_SIDE_BY_SIDE = re.compile(
    r"(?P<harm>(?:[\w-]+[\s,]+){1,6}?)(?:occurred|were\s+reported|was\s+reported|were\s+seen)\s+in\s+(?P<treated>\d+(?:\.\d+)?)\s*%\s+"
    r"(?:versus|vs\.?|compared\s+with)\s+(?P<control>\d+(?:\.\d+)?)\s*%"
)


def harm_more_in_treated_arm(lowered: str) -> bool:
    """Whether ``lowered`` says a harm was more frequent with the treatment than with the control."""
    if found := _HARM_MORE_IN_ARM.search(lowered):
        return bool(NAMES_HARM.search(found["harm"])) and not CONTROL_WORD.search(found["arm"]) and not _EVERY_ARM.match(found["arm"])
    if found := _HARM_SHARES_SIDE_BY_SIDE.search(lowered):
        return bool(NAMES_HARM.search(found["harm"])) and float(found["treated"]) >= 1.5 * float(found["control"]) + 1
    return False
