"""The control arm as the subject of "more likely" or "less likely": "Patients given placebo were
more likely to achieve remission", "those on placebo were less likely to relapse than those on the
drug", "children in the control group were more likely to be hospitalised".

The passes read "more likely to respond" as a gain and "more likely to relapse" as a harm, whoever
was more likely. Where the clause's subject is the control arm and the treatment is not named as
the control after it, what the control arm was more likely to do is the treatment's loss, and
what it was less likely to do the treatment's gain. A treatment as the subject is the passes'.
"""

from __future__ import annotations

import re

from extractors.fields.direction_words import CONTROL

# A good end: a response, a remission, recovery or healing, a tolerated allergen.
_GOOD = (
    r"(?:respond|remit|recover|heal|improve|survive|tolerate|quit|walk\s+independently|return\s+to\s+(?:work|school|sport)"
    r"|(?:achieve|attain|reach|experience|show)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:remission|response|recovery|improvement|abstinence|cure|healing|clearance)"
    r"|(?:be|stay|remain)\s+(?:in\s+remission|abstinent|free\s+of|[\w-]+-free|cured|well|healed|discharged|seizure\s+free|symptom\s+free))\b"
)
# A bad end: a relapse, a death, an admission, a harm.
_BAD = (
    r"(?:relapse|die|drop\s+out|discontinue|withdraw|deteriorate|progress|fall|fracture|attempt\s+suicide"
    r"|(?:be|become|get)\s+(?:re)?(?:hospitali[sz]ed|admitted|readmitted|infected|ill|sick|confused|delirious|dehydrated)"
    r"|(?:need|needed|require|use)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:rescue|surgery|transfusion|intubation|ventilation|admission|antibiotics|medication)"
    r"|(?:develop|report|experience|suffer|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:adverse|side\s+effects?|nausea|headaches?|diarrh(?:o)?ea|rash|infections?|exacerbations?|complications?|events?))\b"
)
_LIKELY = re.compile(
    r"\b(?:was|were|being)\s+(?:significantly\s+|far\s+|much\s+)?(?P<way>more|less|(?:about\s+|nearly\s+)?(?:twice|three\s+times|[\d.]+\s+times)\s+as)\s+likely\s+"
    rf"(?:(?:than|as)\s+[^.;]{{1,40}}?\s+)?to\s+(?:(?P<good>{_GOOD})|(?P<bad>{_BAD}))"
)
# The control named as a whole arm: "placebo-controlled" or "sham-matched" names the design, not the arm.
_CONTROL_ARM = re.compile(rf"\b{CONTROL}\b(?!-(?:controlled|matched|adjusted|comparison))")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\b(?:but|whereas|while|although|however)\b")


def control_arm_likely(lowered: str) -> str | None:
    """positive or negative where the control arm is the subject of "more/less likely to <end>",
    else None; ``lowered`` is the sentence in lower case."""
    found = _LIKELY.search(lowered)
    if not found:
        return None
    clause_start = max((brk.end() for brk in _CLAUSE_BREAK.finditer(lowered, 0, found.start())), default=0)
    if not _CONTROL_ARM.search(lowered, clause_start, found.start()):
        return None
    sentence_end = min((at for at in (lowered.find(".", found.end()), lowered.find(";", found.end())) if at != -1), default=len(lowered))
    if _CONTROL_ARM.search(lowered, found.end(), sentence_end) or _CLAUSE_BREAK.search(lowered, found.end(), sentence_end):
        return None  # both sides name a control, or a second clause may state another finding
    control_did_better = (found["way"] != "less") == bool(found["good"])
    return "negative" if control_did_better else "positive"
