"""A contrasting clause that gives the null to the other arm: "pain fell with acupuncture, whereas
the vehicle did not differ from baseline", "gabapentin reduced pain, whereas pregabalin was no
better than placebo", "those receiving vitamin D improved; those on placebo did not". The null there is the comparator's, not a second finding of the treatment,
so the gain the first clause states stands alone."""

from __future__ import annotations

import re

from extractors.fields.direction_words import names_control

_OTHER_ARM_NULL = re.compile(
    r"(?:\b(?:whereas|while)|;)\s+(?P<subject>(?:[\w()'-]+\s+){1,10}?)"
    r"(?:(?:was|were)\s+no\s+(?:better|more\s+effective|different)\s+(?:than|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<than>placebo|control|sham|vehicle|baseline)\b"
    r"|did\s+not(?:\s+(?:significantly\s+)?(?:differ|change|improve|increase|decrease|fall|rise|budge)\b|(?=\s*(?:[.;]|$)))"
    r"|(?:showed|had)\s+no\s+(?:significant\s+|meaningful\s+)?(?:change|improvement|effect|benefit)\b"
    r"|remained\s+(?:unchanged|stable)\b)"
)
_CLAUSE_START = re.compile(r"[.;:,]\s|\bthat\s")
_GENERIC = re.compile(r"^(?:it|they|this|these|the\s+(?:drug|treatment|intervention|supplement|therapy|effect|benefit|difference)s?)\b")


def other_arm_null_span(lowered: str, comparator: str | None) -> tuple[int, int] | None:
    """The span of a closing "whereas <other arm> <null>" clause, else None; ``lowered`` is the
    sentence in lower case. The other arm is a control word or the claim's comparator, or an arm
    judged against placebo that the clause before does not name."""
    found = _OTHER_ARM_NULL.search(lowered)
    if not found:
        return None
    subject = found["subject"].strip()
    if _GENERIC.match(subject):
        return None  # "whereas the effect did not last": the treatment's own null
    if not names_control(subject, comparator):
        close = len(lowered[: found.start()].rstrip(",; "))
        before = lowered[max((stop.end() for stop in _CLAUSE_START.finditer(lowered, 0, close)), default=0) : close]
        head = subject.split()[-1]
        if not found["than"] or found["than"] == "baseline" or head in before:
            return None
    stops = [at for at in (lowered.find(".", found.end()), lowered.find(";", found.end())) if at != -1]
    return found.start(), min(stops, default=len(lowered))  # a between-group null after ";" is the finding's own
