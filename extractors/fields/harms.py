"""Sentences that report harms alone: "Nausea was more common with duloxetine (18% vs 7%)",
"Adverse events were not more common with X than with placebo". A claim's direction is
its efficacy finding; such a sentence decides it only when no other sentence states one."""

from __future__ import annotations

import re

from extractors.fields.direction import tells_harms_only

# A sentence led by a harm: what it goes on to say is how often that harm occurred.
_LED_BY_HARM = re.compile(
    r"^\W*(?:(?:the\s+)?(?:overall\s+)?(?:rates?|incidence|frequency|risk|proportion|number|occurrence)\s+of\s+)?"
    # who had one: "the proportion of subjects reporting ≥1 treatment-related adverse event"
    r"(?:(?:subjects|patients|participants|children|adults)\s+(?:reporting|with|experiencing|having)\s+(?:≥\s*1|>=\s*1|at\s+least\s+one|one\s+or\s+more|any)\s+)?"
    r"(?:(?:any|mild|moderate|severe|serious|transient|treatment-(?:emergent|related)|drug-related|common|"
    r"gastrointestinal|local|systemic|injection-site)\s+){0,3}"
    r"(?:adverse\s+(?:drug\s+|health\s+|clinical\s+)?(?:events?|effects?|reactions?)|side[\s-]*effects?|(?:te|tr|s)?aes?\b|nausea|vomiting|dizziness|"
    r"headaches?|diarrh(?:o)?ea|constipation|somnolence|drowsiness|sedation|fatigue|dry\s+mouth|weight\s+gain|rash(?:es)?|"
    r"hypoglyc(?:a)?emi(?:a|c\s+episodes)|injection-site\s+reactions?|upset|discontinuations?|withdrawals?|dropouts?|"
    r"infections?|insomnia|agitation|akathisia|tremor|pruritus|itching|irritation|burning|stinging|erythema|dryness|peeling)\b"
    r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:and|or|,)\s+[\w-]+){0,3}(?:,\s+(?:however|though|in\s+turn|meanwhile),)?\s+"
    r"(?:was|were|are|is|occurred|did|had|led|caused|affected|appeared|remained|"
    r"(?:was|were)\s+(?:reported|observed|seen|noted|recorded|more|less|similar|comparable|rare|uncommon|common|frequent|higher|lower))",
    re.IGNORECASE,
)


def reports_harms_only(text: str) -> bool:
    """Whether ``text`` reports how often harms occurred and nothing else of the study."""
    return bool(_LED_BY_HARM.match(text)) or tells_harms_only(text)
