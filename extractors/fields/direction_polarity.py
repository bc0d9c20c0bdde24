"""Which way an outcome should move, from what it measures (``outcome_polarity.tsv``:
ferritin and six-minute walk distance up, axial elongation and gingival bleeding down).

The direction readers' own vocabularies (``direction_words``, ``direction_numbers``) know
the common symptoms, scales and events; outcomes of other specialties they do not know
left "Ferritin rose more with 120 mg than with placebo" unknown. This lexicon is read only
where those vocabularies are silent, so it adds findings and never overturns one."""

from __future__ import annotations

import re

from extractors.fields.direction_words import CONTROL, CONTROL_WORD, HARMS
from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern
from extractors.fields.outcomes import parse_outcomes

_ROWS = read_tsv("outcome_polarity.tsv")
_BETTER = {phrase_key(term): better for term, better, _family in _ROWS}
# Patterns are built from the terms as written, not their keys: a key has lost the apostrophe "crohn's" is matched by.
_TERMS = trie_pattern(term for term, *_rest in _ROWS)
_OUTCOME = re.compile(r"(?<![\w-])(?:" + _TERMS + r")(?![\w-])")


def outcome_better(lowered: str) -> str | None:
    """"higher" or "lower" when every listed outcome named in ``lowered`` agrees, else None. A scale
    written out by its full name is read as its abbreviation ("the Yale-Brown Obsessive Compulsive
    Scale" as Y-BOCS), so the two lexicons need not list it twice."""
    senses = {_BETTER[phrase_key(found.group(0))] for found in _OUTCOME.finditer(lowered)}
    if not senses and any(word in lowered for word in _NAMED_MEASURE_WORDS):
        senses = {better for name in parse_outcomes(lowered) if (better := _BETTER.get(phrase_key(name.lower())))}
    return senses.pop() if len(senses) == 1 else None


# Words a measure's full name nearly always holds: only text with one is worth the outcome lexicon's scan.
_NAMED_MEASURE_WORDS = ("scale", "inventory", "questionnaire", "index", "rating", "assessment", "checklist", "schedule", "score")


_ADVERB = r"(?:significantly\s+|markedly\s+|substantially\s+|much\s+|far\s+|considerably\s+|slightly\s+)?"
# The subject starts where a run of its word characters does: a match inside a run would
# start at the run's first character too, so the scan skips the rest of each word (~4x faster).
_SUBJECT = r"(?<![\w()/.:'-])(?P<what>(?:[\w()/.:'-]+\s+){1,6}?)"
_ARM = r"\s+(?:with|in|on|among|after|for|using)\s+(?:the\s+|those\s+(?:given|on|receiving)\s+)?(?P<arm>[\w-]+)"
# The control set against the treated arm: two active arms compared leave whose finding it is unsaid.
_AGAINST_CONTROL = rf"(?:(?:significantly\s+)?more\s+than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than)\s+(?:with\s+|in\s+|on\s+|after\s+|for\s+)?(?:the\s+|a\s+|those\s+(?:given|on|receiving)\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
# An outcome that moved further in one arm, or stood higher in it: "Ferritin rose more with 120 mg than with placebo",
# "Blood loss was 30% higher with the drug than with placebo", "axial elongation was greater with placebo".
_MOVED_IN_ARM = re.compile(
    rf"{_SUBJECT}(?:(?P<moved>rose|increased|went\s+up|climbed|grew|fell|decreased|declined|dropped|went\s+down)\s+{_ADVERB}more"
    rf"|(?:was|were)\s+(?:(?:about\s+|nearly\s+)?[\d.]+\s*(?:%|percent|percentage\s+points|points?|g|kg|mm|ml|m|days?|hours?)\s+|{_ADVERB})"
    rf"(?P<stood>higher|greater|larger|lower|smaller|less)){_ARM}(?P<against>\s+(?:[\w-]+\s+){{0,3}}?{_AGAINST_CONTROL})?"
)
# A treatment that moved an outcome against the control: "Cranberry cut UTI recurrence compared with placebo",
# "the spray increased gingival bleeding compared with placebo". Verbs of lowering other than "cut" are the
# positive pass's, whatever was lowered; only rising verbs and "cut" are read here.
_MOVED_OUTCOME = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?P<verb>increased|raised|boosted|elevated|worsened|cut)\s+(?:the\s+)?"
    r"(?:(?:rates?|incidence|frequency|number|levels?|risk)\s+of\s+)?(?P<what>(?:[\w()/.:'-]+\s+){0,5}?[\w()/.:'-]+)\s+" + _AGAINST_CONTROL
)
# An outcome that rose against the control: "Dyskinesia increased compared with placebo" (one that fell is the positive pass's).
_WENT_AGAINST_CONTROL = re.compile(rf"{_SUBJECT}(?P<verb>rose|increased|climbed|went\s+up)\s+{_ADVERB}{_AGAINST_CONTROL}")
# Words that make the span more than one outcome moved one way: a change as its subject ("weight loss was greater"), a
# harm of safety, not efficacy ("complications"), or a second clause ("grip strength but not gait speed", "TSH decreased and T4").
_NOT_AN_OUTCOME = re.compile(
    r"(?<!blood\s)(?<!water\s)\bloss\b|\b(?:reductions?|declines?|decreases?|drops?|falls?|changes?|improvements?|differences?|"
    r"complications?|adverse|side|toxicity|and|but|or|nor|not|no|rose|fell|increased|decreased|declined|dropped|improved|worsened)\b|n't"
)
_UP = frozenset({"rose", "increased", "climbed", "grew", "higher", "greater", "larger", "raised", "boosted", "elevated", "worsened"})
_AGAINST = ("than", "compared", "versus", " vs", "relative")
# Substrings one of which every match needs: most sentences with a comparison fail them at C speed.
_STOOD = ("higher", "greater", "larger", "lower", "smaller", "less")
_MOVED = ("rose", "increased", "went ", "climbed", "grew", "fell", "decreased", "declined", "dropped", "raised", "boosted", "elevated",
          "worsened", "cut") + _STOOD


def moved_against_arm(lowered: str) -> tuple[bool, str, tuple[int, int]] | None:
    """Whether the treated arm's outcome went up (True) or down against the control's, the
    words naming that outcome, and the span saying so; None when the sentence says no such thing."""
    if not any(word in lowered for word in _AGAINST) or not any(word in lowered for word in _MOVED) or not CONTROL_WORD.search(lowered):
        return None
    found = _MOVED_IN_ARM.search(lowered) if "more" in lowered or any(word in lowered for word in _STOOD) else None
    if found and (found["against"] or CONTROL_WORD.fullmatch(found["arm"])) and not _NOT_AN_OUTCOME.search(found["what"]):
        up = (found["moved"] or found["stood"]).split()[0] in _UP
        if CONTROL_WORD.fullmatch(found["arm"]):
            up = not up  # "greater with placebo": the treated arm's was the smaller
        return up, found["what"], found.span()
    found = _MOVED_OUTCOME.search(lowered) or _WENT_AGAINST_CONTROL.search(lowered)
    if not found or _NOT_AN_OUTCOME.search(found["what"]):
        return None
    return found["verb"] in _UP, found["what"], found.span()


# A treatment that raised a listed outcome, no control named: "Tamsulosin increased stone passage", "boosted seroconversion",
# "increased the rate of stone clearance", "creatine can increase sports performance". A gain within the treated arm with
# no comparison stated is the gain it shows.
_RAISED_OUTCOME = re.compile(
    # a verb after its subject, not an adjective: "Increased daytime sleepiness was common", "patients with raised ferritin"
    r"(?<=[\w)]\s)(?<!\bnot\s)(?<!n't\s)(?<!never\s)(?<!\bno\s)(?<!\bwith\s)(?<!\bat\s)(?<!mildly\s)(?<!moderately\s)(?<!slightly\s)(?<!persistently\s)(?<!\bof\s)(?<!\band\s)(?<!\bor\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bby\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bto\s)"
    r"\b(?:increased|raised|boosted|enhanced|doubled|(?:(?<=can\s)|(?<=may\s)|(?<=could\s)|(?<=might\s)|(?<=will\s))(?:increase|raise|boost|enhance))\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:rates?|odds|chances?|likelihood|proportion)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?P<what>" + _TERMS + r")(?![\w-])"
    r"(?!\s*(?:levels?|concentrations?|status)\b)"  # "raised 25(OH)D levels": the level of what was given, no finding
)

# A treatment tied to a level of an outcome, no arm named: "potassium supplements were associated with lower blood
# pressure", "the diet resulted in fewer seizures", "use was linked to a higher response rate".
_TIED_LEVEL = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)\b(?:(?:was|were|is|are|been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:associated|linked)\s+(?:with|to)|resulted\s+in|results\s+in|led\s+to|leads\s+to)\s+"
    r"(?:an?\s+|the\s+)?(?:significantly\s+|markedly\s+|substantially\s+|much\s+|slightly\s+)?(?P<way>lower|less|fewer|reduced|decreased|higher|greater|more|increased)\s+"
    r"(?P<measure>(?:rates?|odds|risks?|levels?|incidence|likelihood|frequency|severity)\s+of\s+)?(?P<what>[^,.;:()]{1,50})"
)
_HARM = re.compile(rf"^(?:[\w'-]+\s+){{0,2}}?{HARMS}\b")
_LESS = frozenset({"lower", "less", "fewer", "reduced", "decreased"})
_CHANGE_NOUN = re.compile(r"\b(?:reductions?|improvements?|decreases?|increases?|declines?|gains?|falls?|drops?|rises?|changes?|relief)\b")
_RISK_OF = re.compile(r"(?:risks?|odds|hazards?)\b")  # what a risk factor is tied to, read by the passes


def tied_level(lowered: str) -> str | None:
    """positive or negative for a treatment tied to a lower or higher level of an outcome whose better way is known;
    None when the sentence says no such thing, a control arm is the subject or the outcome is unlisted."""
    if "associated" not in lowered and "linked" not in lowered and "led to" not in lowered and "result" not in lowered:
        return None
    found = _TIED_LEVEL.search(lowered)
    if not found or CONTROL_WORD.search(lowered, max(0, found.start() - 40), found.start()):
        return None
    what = found["what"].split(" than ")[0]
    if _CHANGE_NOUN.search(what) or _RISK_OF.match(found["measure"] or what):
        return None  # "associated with greater reductions in insomnia severity": a change, which the passes read
    better = "lower" if _HARM.search(what) else outcome_better(what)
    if better is None:
        return None
    return "positive" if (found["way"] in _LESS) == (better == "lower") else "negative"


# A fall in a measure named at length, no other arm set against it: "had shown a fall in the International Cooperative
# Ataxia Rating Scale (ICARS) over 8 weeks", "a larger fall in the Yale-Brown Obsessive Compulsive Scale with ondansetron".
_FELL_IN = re.compile(
    r"(?<!\bno\s)(?<!not\s)(?<!without\s)\b(?:falls?|drops?|reductions?|decreases?|declines?)\s+in\s+(?:the\s+|mean\s+|median\s+|total\s+)*"
    r"(?P<what>[^,.;:]{3,80}?)(?=\s+(?:with|in|on|among|at|after|over|from|for|by|during|across)\b|\s*[,.;:\[]|$)"
)


def fell_in_named_measure(lowered: str) -> str | None:
    """positive for a fall in a measure that should fall, named at length (see ``_NAMED_MEASURE_WORDS``); None when the
    sentence says no such thing, sets the fall against another arm or the measure should rise (left to the passes)."""
    if " in " not in lowered or " than " in lowered or not any(word in lowered for word in _NAMED_MEASURE_WORDS):
        return None
    found = _FELL_IN.search(lowered)
    if not found or CONTROL_WORD.search(lowered, found.end(), found.end() + 60):
        return None
    return "positive" if outcome_better(found["what"]) == "lower" else None


# A level in a body fluid is a marker, which parse_direction weighs against the clinical outcomes: "raised serum ferritin but
# did not improve fatigue" is null.
_MEASURED_LEVEL = re.compile(r"\b(?:serum|plasma|blood|urinary|urine|circulating|salivary)\b")


def raised_outcome(lowered: str) -> str | None:
    """positive when what the treatment raised is better higher, negative when better lower, None when no listed outcome."""
    if not ("increase" in lowered or "raise" in lowered or "boost" in lowered or "enhance" in lowered or "doubled" in lowered):
        return None
    found = _RAISED_OUTCOME.search(lowered)
    if not found or _MEASURED_LEVEL.search(found.group(0)):
        return None
    return "positive" if _BETTER[phrase_key(found["what"])] == "higher" else "negative"


# A treatment that brought more or less of a listed outcome than another arm did: "produced 1.9 kg more energy-corrected
# milk per day than herd-mates", "caused more abdominal cramping than enemas", "no more treatment successes than usual care".
_MORE_OF_OUTCOME = re.compile(
    # a result cell may open on the comparison: "19% more repetitions than placebo"
    r"(?:\b(?:produced|caused|gave|yielded|achieved|reported|had|showed|saw|led\s+to|resulted\s+in)\s+|^[\s*_]*(?=[\d.]+\s*%\s+[a-z]))(?P<no>no\s+)?"
    r"(?:(?:about\s+|nearly\s+)?[\d.]+\s*(?:%|percent|[a-z]{1,3}\b)\s+)?(?:significantly\s+|markedly\s+|far\s+|slightly\s+)?"
    r"(?P<way>more|fewer|less|greater|higher|lower)\s+(?P<what>(?:[\w()/.,'-]+\s+){1,12}?)than\b"
)
_MORE = frozenset({"more", "greater", "higher", "larger"})


def more_of_outcome(lowered: str) -> tuple[str, tuple[int, int]] | None:
    """positive, negative or null for a listed outcome the treated arm had more or less of than another arm,
    with the span saying so; None when the sentence says no such thing or a control arm is the one that had it."""
    if " than" not in lowered:
        return None
    found = _MORE_OF_OUTCOME.search(lowered)
    if not found or (better := outcome_better(found["what"])) is None or CONTROL_WORD.search(lowered, max(0, found.start() - 40), found.start()):
        return None
    if found["no"]:
        return "null", found.span()
    return ("positive" if (found["way"] in _MORE) == (better == "higher") else "negative"), found.span()


# A listed outcome that stood a stated amount higher or lower, no arm named after it: "Milk yield was 1.8 kg/day higher
# over the first 60 days", "CAL gain was 0.4 mm greater". The comparison is the study's own, treated against control.
_STOOD_APART = re.compile(
    rf"{_SUBJECT}(?:was|were)\s+(?:about\s+|nearly\s+|on\s+average\s+)?[\d.]+\s*(?:%|percent|percentage\s+points|points?|[a-z]{{1,3}}(?:/d(?:ay)?)?)\s+"
    # no arm after it but the treated one: "2.4 points lower with gel" (not "higher with the drug than with diet", the
    # arms' comparison, read by moved_against_arm, nor "lower in the placebo group")
    r"(?P<way>higher|greater|larger|lower|smaller|less)\b(?!\s+than\b|\s+(?:in|among|for|on)\b|\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?"
    + CONTROL + r"\b|\s+with\b[^.;]{0,40}?\b(?:than|compared|versus|vs)\b)"
)


def stood_apart(lowered: str) -> tuple[str, tuple[int, int]] | None:
    """positive or negative for a listed outcome stated to stand an amount apart, with the span saying so; None
    when the sentence says no such thing, the measure is unlisted or it is a baseline difference."""
    if not any(word in lowered for word in _STOOD) or "baseline" in lowered:
        return None
    found = _STOOD_APART.search(lowered)
    if not found or _NOT_AN_OUTCOME.search(found["what"]) or (better := outcome_better(found["what"])) is None:
        return None
    return ("positive" if (found["way"] in _MORE) == (better == "higher") else "negative"), found.span()


# A listed outcome set against the control with the treated arm left implied: "response rates were higher than
# with placebo", "relapse was less common than on placebo".
_STOOD_AGAINST_CONTROL = re.compile(
    rf"{_SUBJECT}(?:was|were)\s+{_ADVERB}(?P<way>higher|greater|larger|lower|smaller|less|more\s+(?:frequent|common)|less\s+(?:frequent|common))\s+"
    rf"than\s+(?:with\s+|in\s+|on\s+|among\s+|for\s+|after\s+)?(?:the\s+|those\s+(?:given|on|receiving)\s+)?(?:[\w-]+\s+)?{CONTROL}\b"
)
# A listed outcome reached more or less often than with another arm: "reported complete or partial response more often
# than with placebo", "caused drowsiness or hypotension in a third, more often than haloperidol".
_MORE_OFTEN_THAN = re.compile(
    r"\b(?:reported|had|achieved|showed|caused|produced|reached|experienced|induced)\s+(?P<what>(?:[\w()/.,'-]+\s+){1,8}?)"
    r"(?P<way>more|less)\s+(?:often|frequently|commonly)\s+than\b"
)
_CLAUSE_OPENING = re.compile(r"\b(?:that|and|but|which|whereas|while|found|showed|reported)\s+")


def set_against_other_arm(lowered: str) -> str | None:
    """positive or negative for a listed outcome stated against another arm with the treated arm implied ("were
    higher than with placebo") or reached more or less often than with it; None otherwise."""
    if " than" not in lowered:
        return None
    if found := _STOOD_AGAINST_CONTROL.search(lowered):
        up = found["way"].startswith(("higher", "greater", "larger", "more"))
        what = _CLAUSE_OPENING.split(found["what"])[-1]  # "... and found that response rates": the subject after its clause's opening
    elif found := _MORE_OFTEN_THAN.search(lowered):
        up = found["way"] == "more"
        what = found["what"].replace(" or ", " ")  # "drowsiness or hypotension": either harm
    else:
        return None
    if _NOT_AN_OUTCOME.search(what) or (better := outcome_better(what)) is None:
        return None
    return "positive" if up == (better == "higher") else "negative"
