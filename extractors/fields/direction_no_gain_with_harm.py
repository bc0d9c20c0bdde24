"""A treatment no better than its comparator that also brought a harm: "no better than saline,
and more nosebleeds", "zero difference, and it gave me splitting headaches, so I stopped",
"did not shorten stay and caused more wound infections", "improved similarly, but somnolence was twice as
common with hydroxyzine", "had more drowsiness and two falls, while sleep was no better". The passes read the first clause as
null; with the harm beside it the finding is ``negative``: nothing gained, something lost.

A harm *as frequent* ("no more nausea") or one named without an excess ("headaches were
similar") leaves the null, and so does a harm the comparator brought.
"""

from __future__ import annotations

import re

from extractors.fields.direction_harm_excess import HARM
from extractors.fields.direction_own_reports import reports_harm
from extractors.fields.direction_words import CONTROL, HARM_WORDS, HARMS, SIDE_EFFECTS

_NO_GAIN = (
    r"(?:no\s+better|not\s+(?:any\s+)?better|no\s+more\s+effective|not\s+more\s+effective|no\s+different|(?:zero|no)\s+(?:real\s+)?difference|"
    r"did\s*(?:not|n't)\s+(?:help|work|improve|reduce|shorten|speed|change|differ)|made\s+no\s+difference|did\s+nothing|no\s+benefit|no\s+effect|"
    r"no\s+improvement|not\s+(?:significantly\s+)?superior|no\s+(?:better|greater)\s+(?:[\w-]+\s+){1,3}?than|"
    r"no\s+(?:[\w-]+\s+)?change)"  # a terse cell's "no NCV change"
)
# The harm in excess, after the null clause: "..., and more nosebleeds", "but caused more vomiting", "with extra bleeding".
_MORE_HARM = re.compile(
    rf"\b{_NO_GAIN}\b[^.;]{{0,80}}?(?:(?:,\s*|\s)(?:and|but|plus|with|while|yet)\s+|;\s*)(?:it\s+|they\s+|patients\s+|participants\s+)?"
    r"(?:(?:caused|causing|gave|brought|led\s+to|produced|had|reported|suffered|got|with)\s+)?(?:(?:significantly|slightly|many|far|a\s+lot)\s+)?"
    rf"(?:(?:more|extra|additional|(?:an?\s+)?(?:higher|greater)\s+(?:rates?|incidence|frequency|risk)\s+of|excess)\s+(?:[\w-]+\s+){{0,2}}?|more\s+(?:[\w-]+\s+)?(?:patients|participants|people|children|animals)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:reported|had|developed|experienced|suffered)\s+(?:[\w-]+\s+)?)(?:{HARM_WORDS}|{SIDE_EFFECTS})"
)
# The harm said more frequent with the treatment after the null: "not superior to saline in two trials, and neck weakness was
# more frequent with toxin" (not "with placebo": the comparator's harm).
_NO_GAIN_THEN_HARM_WITH = re.compile(
    rf"\b{_NO_GAIN}\b[^.;]{{0,120}}?(?:,\s*|\s)(?:and|but|while|yet)\s+(?:[\w-]+\s+){{0,3}}?(?:{HARM_WORDS}|{SIDE_EFFECTS})\s*(?:was|were)\s+"
    r"(?:significantly\s+|much\s+|far\s+)?more\s+(?:common|frequent|often\s+reported)\s+(?:with|on|in|among|after)\s+"
    r"(?!(?:the\s+)?(?:placebo|sham|vehicle|control|usual|saline|no\s+treatment)\b)"
)
# Equal gains, then a harm more common with the treatment: "Itch improved similarly in both groups, but daytime somnolence
# was twice as common with hydroxyzine" (not with a control: "as common with placebo" is the comparator's harm).
_ALIKE_THEN_HARM = re.compile(
    r"(?:\b(?:improved|fell|declined|decreased|rose|increased|changed)\s+(?:similarly|equally|to\s+a\s+similar\s+extent|by\s+similar\s+amounts)\b"
    r"|\b(?:efficacy|effectiveness|benefits?|responses?|improvements?)\s+(?:was|were)\s+(?:similar|comparable|equal)\b)"
    r"[^.;]{0,60}?\b(?:but|while|yet|although|though|whereas)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{HARM_WORDS}|{SIDE_EFFECTS})\s*(?:was|were)\s+(?:about\s+|nearly\s+|almost\s+)?(?:twice|three\s+times|\d+(?:\.\d+)?\s*times|(?:much\s+|significantly\s+)?more)\s+"
    r"(?:as\s+)?(?:common|frequent|likely|often)\s+(?:with|on|in|among|after)\s+(?!(?:the\s+)?(?:placebo|sham|vehicle|control|usual|no\s+treatment))"
)
# The harm first, then the null: "residents taking doxepin had more next-day drowsiness and two falls, while sleep quality
# was no better than with placebo".
_HARM_THEN_NO_GAIN = re.compile(
    rf"\b(?:had|has|have|caused|reported|experienced|suffered|brought|showed|found)\s+(?:significantly\s+|far\s+)?more\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{HARM_WORDS}|{SIDE_EFFECTS})[^.;]{{0,80}}?,?\s+(?:while|whereas|but|and|yet|with)\s+[^.;]{{0,80}}?\b{_NO_GAIN}\b"
)
# A symptom scored worse in the treated arm after the null: "no better than epidural analgesia ..., and pain scores on
# the NRS were higher in the lidocaine group" (not "higher in the placebo group": the comparator's).
_NO_GAIN_THEN_WORSE = re.compile(
    rf"\b{_NO_GAIN}\b[^.;]{{0,120}}?,?\s+(?:and|but|while|yet)\s+(?:[\w-]+\s+){{0,3}}?(?:{HARMS})\s+(?:scores?\s+|ratings?\s+)?"
    r"(?:[\w()-]+\s+){0,8}?(?:was|were)\s+(?:significantly\s+|slightly\s+)?(?:higher|worse|greater)\s+(?:in|with|among|on)\s+(?:the\s+)?"
    r"(?!(?:the\s+)?(?:placebo|sham|vehicle|control|usual|saline|epidural)\b)"
)
# Equal gains, then a harm the treatment caused in excess: "was slower but equally effective by week 8 and caused more vomiting".
_EQUAL_THEN_MORE_HARM = re.compile(
    r"\b(?:equally\s+effective|as\s+effective\s+as|no\s+less\s+effective|non-?inferior)\b[^.;]{0,60}?\b(?:and|but|while|yet|although|though)\s+"
    r"(?:it\s+|they\s+)?(?:caused|produced|brought|led\s+to|had|gave)\s+(?:significantly\s+|far\s+|much\s+)?more\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{HARM_WORDS}|{SIDE_EFFECTS})"
)
_GATE = ("more ", "extra ", "additional ", "excess ", "higher ", "greater ")
# A clause of its own adding a harm in excess, in shapes the patterns above do not take: "but was associated with more major
# haemorrhage", "and more people on the oil dropped out because of dizziness", "although scalp irritation was commoner with the
# stronger solution", "kidney stones, however, were 17% more common", "and toxicity was approximately doubled".
_CLAUSE_BREAK = re.compile(r",?\s+(?:and|but|while|whereas|although|though|yet)\s+|[;.]\s+")
_EXCESS = re.compile(r"\b(?:more|higher|greater|increased|excess|extra|commoner|doubled|tripled|twice|elevated)\b")
# (a clause about who was studied, "in a subgroup at higher risk of dementia", or one that slowed a decline, adds no harm)
_NOT_EXCESS = re.compile(r"\b(?:no|not|n't|nor|fewer|less|lower|reduc\w*|decreas\w*|improv\w*|similar|comparable|baseline|relief|"
                         r"slower|slowed|at\s+(?:higher|greater|increased|high)\s+risk)\b|n't\b")
_ALIKE = re.compile(r"\bnon-?inferior|\bequally\b|\bas\s+effective\s+as\b|\bsimilar|\bcomparabl|\bequivalen|\bjust\s+as\b|\bsame\b")
_NAMED_HARM = re.compile(rf"\b(?:{HARM_WORDS}|{SIDE_EFFECTS}|withdrew|dropped\s+out|drop-?outs?)")
_CONTROL_ARM_HARM = re.compile(rf"\b(?:with|in|on|among|for|receiving|given|taking)\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL}\b")


def harm_beside_no_gain(lowered: str, comparator: str | None = None) -> bool:
    """Whether ``lowered``, whose finding reads null, adds a harm the treatment brought (not ``comparator``'s)."""
    if any(word in lowered for word in _GATE) and (
            _MORE_HARM.search(lowered) or _HARM_THEN_NO_GAIN.search(lowered) or _NO_GAIN_THEN_HARM_WITH.search(lowered)):
        return True
    return worse_beside_no_gain(lowered) or reports_harm(lowered) or _harm_clause(lowered, comparator)


def _harm_clause(lowered: str, comparator: str | None = None) -> bool:
    """Whether a clause after the first names a harm in excess with the treatment (not the control's, nor
    the active comparator's: "but vomiting was commoner with doxycycline")."""
    if not any(word in lowered for word in ("more", "higher", "greater", "increased", "excess", "extra", "commoner", "doubled", "tripled", "twice", "elevated")):
        return False
    if _ALIKE.search(lowered):
        return False  # arms alike in efficacy, not a treatment that failed: the harm beside it is read by harm_beside_equal_gains
    for clause in _CLAUSE_BREAK.split(lowered)[1:]:
        if _EXCESS.search(clause) and (_NAMED_HARM.search(clause) or HARM.search(clause)) and not _NOT_EXCESS.search(clause) and not (
                " than " not in clause and (_CONTROL_ARM_HARM.search(clause) or (comparator and comparator.lower() in clause))):
            return True
    return False


def worse_beside_no_gain(lowered: str) -> bool:
    """Whether ``lowered`` says the treatment was no better and then scored a symptom worse in its own arm
    ("no better than epidural analgesia, and pain scores were higher in the lidocaine group"): the passes may read
    the second clause as a finding of its own, so this is asked of a mixed reading too."""
    return ("higher" in lowered or "worse" in lowered or "greater" in lowered) and bool(_NO_GAIN_THEN_WORSE.search(lowered))


def harm_beside_equal_gains(lowered: str) -> bool:
    """Whether ``lowered`` says the arms gained alike and then that a harm was more common with the treatment."""
    return ("similar" in lowered or "equal" in lowered or "comparable" in lowered) and bool(_ALIKE_THEN_HARM.search(lowered)) or (
        ("effective" in lowered or "inferior" in lowered) and bool(_EQUAL_THEN_MORE_HARM.search(lowered)))
