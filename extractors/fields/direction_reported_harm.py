"""A harm reported with no arm to set it against, the claim's only finding: "drowsiness was still
reported in about a quarter of patients in an open series", "undiluted rosemary oil gave me contact
dermatitis", "caused measurable enamel erosion in 11 of 18 volunteers", "two cases of burns were
reported". The gold sets read such a claim as ``negative``: what the study found is a harm.

A harm reported absent ("no adverse events were recorded") is left alone: beside a gain in the same
claim it would read as a second, null finding. Words that soften or deny the harm ("well tolerated", "rare",
"fewer", "prevented") leave the claim to the passes, and so does any comparison: a harm set against
another arm is ``direction_harm_excess``'s.
"""

from __future__ import annotations

import re

from extractors.fields.direction_harm_excess import HARM

# The harm came with the treatment: reported, seen or caused, in a series, a user or a case (not "had", which tells the
# illness treated as often as a harm: "my 3yo has had six ear infections since September").
_REPORTED = re.compile(
    r"\b(?:reported|occurred|developed|experienced|caused|induced|led\s+to|suffered|observed|noted|seen|"
    r"gave\s+(?:me|him|her|them|us|my\s+\w+))\b"
)
# Whose harm it was: a study's (a series, a cohort, cases counted) or the writer's own. A harm "reported in up to 20% of
# patients" with none of these is a review's summary of a drug's side effects, not one study's finding.
_WHOSE = re.compile(
    r"\b(?:series|cohort|study|trial|survey|cases?|volunteers|pharmacovigilance|post-marketing|\d+\s+(?:of|out\s+of)\s+\d+|me|my|i)\b"
)
_COMPARED = re.compile(r"\b(?:than|versus|vs\.?|compared|relative\s+to|placebo|control\s+(?:group|arm))\b")
# Words that make the harm no finding of harm, or set a gain beside it.
_SOFTENED = re.compile(
    r"\b(?:well[\s-]tolerated|tolerable|transient|rare|rarely|few|fewer|less|lower|similar|comparable|"
    r"reduc\w*|prevent\w*|protect\w*|improv\w*|benefit\w*|effective|helped|reliev\w*|resolv\w*|cleared|safe|safety\s+signals?|"
    r"fine|works?|worked|better)\b"
)
_ABSENT = re.compile(r"\b(?:no|none|without|never|not|nor|neither)\b|n't")


def reported_harm(lowered: str) -> str | None:
    """negative for a harm reported with the treatment alone, else None."""
    if _COMPARED.search(lowered) or _SOFTENED.search(lowered) or not HARM.search(lowered):
        return None
    if _ABSENT.search(lowered) or not _REPORTED.search(lowered) or not _WHOSE.search(lowered) or lowered.count("%") > 1:
        return None  # several shares are arms set side by side, the passes' to weigh
    return "negative"
