"""The condition a trial treats, written with the abbreviation of an endpoint: "first-line
treatment of postpartum haemorrhage (PPH)", "women with PPH were randomised". A prevention
trial counts the event ("tranexamic acid cut the PPH rate"); a treatment trial enrols
people who already had it, so there it names whom the study is about, not what it measured.
"""

from __future__ import annotations

import re

_PEOPLE = r"(?:women|patients|participants|adults|children|infants|men|mothers|people|subjects|cases|those)"
# Words between the trigger and "(" of the abbreviation are the condition's name; a change verb
# among them means the name is the result ("treatment of anaemia reduced postpartum haemorrhage (PPH)").
_NAME_WORD = r"(?!(?:reduc|lower|prevent|decreas|increas|cut|halv|improv|avoid|fewer)\w*\b)[A-Za-z][\w\-'’]*\s+"
_TREATED_BEFORE = re.compile(
    r"\b(?:(?:first|second)[\s\-]line\s+)?(?:treatment|management|treat|treating|treated|managing|manage)\s+(?:of\s+|for\s+)?"
    rf"(?:(?:{_NAME_WORD}){{1,4}}\(\s*|(?:an?\s+|the\s+|their\s+)?(?:primary|secondary|severe|acute|mild|moderate|established|"
    r"active|refractory|persistent|recurrent)?\s*)$",
    re.IGNORECASE,
)
_PEOPLE_WITH_BEFORE = re.compile(
    rf"\b{_PEOPLE}\s+(?:with|presenting\s+with|diagnosed\s+with|who\s+(?:had|have)|having)\s+"
    rf"(?:(?:{_NAME_WORD}){{1,4}}\(\s*|(?:an?\s+)?(?:primary|secondary|severe|acute|mild|moderate|established|active|"
    r"refractory|persistent|recurrent)?\s*)$",
    re.IGNORECASE,
)
# "the proportion of women with PPH", "fewer patients who had PPCs": the people with the event are counted.
_COUNTED_BEFORE = re.compile(
    r"\b(?:proportions?|numbers?|percentages?|shares?|rates?|incidence|risk|odds|fewer|more|less|no|number\s+of)\s+(?:of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def names_treated_condition(text: str, start: int) -> bool:
    """Whether the endpoint abbreviation at ``start`` names the condition the study treats."""
    window_start = max(0, start - 80)
    if _TREATED_BEFORE.search(text, window_start, start):
        return True
    people = _PEOPLE_WITH_BEFORE.search(text, window_start, start)
    return bool(people) and not _COUNTED_BEFORE.search(text, max(0, people.start() - 30), people.start())
