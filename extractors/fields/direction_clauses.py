"""Findings that hang on how a sentence's clauses relate, read on the whole sentence after
the cue passes of ``direction`` (each check opens only on a substring it needs):

- a harm more frequent with the treatment is the finding, negative, in a sentence reporting
  safety that sets it against the comparator ("The most common adverse events were ...; liver
  enzyme elevations were more frequent with zelivirsen than with placebo (2% vs 1%)"), or beside
  a null result ("continence improved similarly, but infections were more common with toxin");
  elsewhere the harm's clause is no finding, as safety is ("Diarrhoea was more frequent with
  magnesium (14% vs 5%)" leaves an abstract's gains alone);
- a share apart in the treated arm ("23% lower in the nicotinamide group compared to placebo",
  "a 23 percent lower rate of new skin cancers compared with placebo", "falls were 20% higher in
  the vitamin D group"): read by what it is a share of (lower of a bad outcome is positive);
- the gain matched by the control ("improves symptoms, as does placebo"), or made in both arms
  with none ahead ("Both groups also showed substantial improvements"): null; a win over placebo
  beside non-inferiority to an active drug: positive; what an effect needs ("Effect requires a
  bioavailability-enhanced form"), who was not blinded, a control arm of "no change in
  treatment", what an analysis assumed: no finding;
- more of something good produced than the other arm ("produced higher fetal haemoglobin than
  fixed dosing"), a decline slower with the treatment ("it was slower with the hearing
  intervention"), growth of a pathogen or tumour inhibited ("inhibited C. acnes growth in
  vitro"): positive, mixed beside a null; a short cell of parity ("Similar continence"): null;
- scores that went back once the treatment stopped ("improved during the 16 weeks, but worsened
  once the participants stopped taking the mushroom") say it works while taken: that clause is
  no finding and the gain stays positive. Where the claim's own result is the fade, the
  between-group benefit lost ("the benefit, however, faded within 12 weeks after the drug was
  stopped", "not sustained at 12 months"), the passes read mixed, and a fade alone ("those
  benefits quickly disappeared during follow-up", "the benefit was no longer seen") is null.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.fields.direction_words import CONTROL, HARM_WORDS, SAFETY_NOUN

_GOOD_SUBJECT = re.compile(
    r"respon|remission|remit|improv|recover|abstinen|success|surviv|\bcure|relief|resolution|benefit|-free|\bfree\b|heal|clear|\bquit|"
    r"adheren|retention|satisf|quality\s+of\s+life|reduc|decreas|fewer|lower|expuls|passage|passed"
)
# What a harm clause's subject names: a harm, an adverse event, a laboratory abnormality.
_HARM_SUBJECT = re.compile(
    HARM_WORDS + r"|stain|discolou?r|taste\s+disturbance|dysgeusia|irritation|tremor|itch|zoster|herpes|shingles|cancers?\b|tumou?rs?\b|malignan|lymphoma|thrombo|embol|pneumonia|tubercul|sepsis|elevat|catheteri|vomit|diarrh|rash|dizz|reactions?\b|bleed|constipat|somnolen|drows|sedat|dry\s+mouth|hypoglyc|abnormalit|upsets?\b|complaints?\b|problems?\b"
)
# A disease or event, not a passing side effect, whose excess against another arm is a finding of its own.
_SERIOUS_HARM = re.compile(
    r"zoster|herpes|shingles|cancers?\b|malignan|lymphoma|thrombo|embol|infarction|pneumonia|tubercul|sepsis|fractures?\b|infections?\b|"
    r"deaths?\b|mortality|strokes?\b|cardiovascular\s+events?|hospitali[sz]ation"
)
# The harm set against the comparator in so many words: "than with placebo", "(2% vs 1%)".
# A sentence reporting safety, where the harm is the finding: "The most common adverse events were ...; ...".
_COMPARED = re.compile(r"\bthan\b|\bvs\b|\bversus\b|\bcompared\b|\d\s*%[^.;]{0,20}?\d\s*%")
_CLAUSE_OPENING = re.compile(r"[.;:]\s|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b|\balthough\b|,\s+and\b")
_CLAUSE_CLOSING = re.compile(r"[.;](?!\d)|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b|,\s+and\s+there\s+(?:was|were)\b")

_HARM_MORE = re.compile(
    r"\b(?:was|were|occurred|developed|appeared|reported|seen|observed|happened)\s+(?!no\b|not\b|never\b)(?:\w+\s+)?"
    r"more\s+(?:frequent(?:ly)?|common(?:ly)?|often)\s+(?:with|in|among|on|after|for|following|using|during)\s+"
    rf"(?!(?:the\s+|those\s+(?:on|given|receiving)\s+)?(?:\w+\s+)?{CONTROL})"
)
# The words one of which every _HARM_MORE or _ARM_HAD_MORE match holds.
_HARM_MORE_WORDS = ("frequent", "common", "often", "had more", "reported more", "experienced more", "developed more", "showed more", "suffered more")
# The treated arm had more of a harm, the harm after the verb: "but chlorhexidine users had more tooth staining (38% v. 6%)",
# "patients on the drug reported more dizziness" (not the control arm's: "placebo recipients had more attacks").
_ARM_HAD_MORE = re.compile(
    r"\b(?:(?P<arm>(?!(?:but|and|whereas|while|however|yet|the|all|both|more|many|most|some)\b)[\w-]+)\s+(?:users|patients|participants|recipients|group|arm|children|women|men|dogs)"
    r"|(?:users|patients|participants|recipients|children|women|men|dogs|those)\s+(?:on|given|taking|receiving|using)\s+(?:the\s+)?(?P<given>[\w-]+))\s+"
    r"(?:had|reported|experienced|developed|showed|suffered)\s+(?:significantly\s+|markedly\s+|much\s+)?more\s+(?P<harm>[\w-]+(?:\s+(?!and\b|or\b|than\b)[\w-]+){0,2})"
)
# A share more or less in the treated arm: "Incidence of all new NMSCs 23% lower in the nicotinamide group compared to
# placebo" (the clause's subject tells whether lower is better), "a 23 percent lower rate of new skin cancers compared
# with placebo" (the object does).
_PERCENT_APART = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?P<comparative>lower|fewer|less|reduced|smaller|higher|greater|more|increased)\s+(?:in|with|among|for|on)\s+"
    rf"(?!(?:the\s+)?(?:\w+\s+)?{CONTROL})(?=[^.;]{{0,80}}?{CONTROL})"  # set against a control, not another drug
)
_PERCENT_OF = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?P<comparative>lower|reduced|smaller|higher|greater|increased)\s+"
    r"(?:risks?|rates?|incidence|odds|likelihood|hazard|chances?|prevalence|frequency|numbers?)\s+of\s+(?P<object>(?:[\w-]+\s+){0,4}?[\w-]+)"
    rf"(?=[^.;]{{0,60}}?\b(?:compared|than|versus|vs)\b[^.;]{{0,20}}?{CONTROL})"
)
_LOWERING = frozenset({"lower", "fewer", "less", "reduced", "smaller"})
# Bad events beyond the harms' words: what a preventive treatment should lower.
_BAD_EVENT = re.compile(
    HARM_WORDS + r"|cancers?\b|carcinoma|tumou?rs?\b|lesions?\b|caries|exacerbations?\b|attacks?\b|episodes?\b|falls?\b|fractures?\b"
)


def _percent_verdict(comparative: str, about: str) -> str | None:
    """Which way a share apart reads, from what it is a share of (``about``)."""
    good = _GOOD_SUBJECT.search(about)
    if comparative in _LOWERING:
        return "negative" if good else "positive"
    if good:
        return "positive"
    return "negative" if _BAD_EVENT.search(about) else None
_STOPPED = (
    r"(?:stop\w*|discontinu\w*|ceas\w*|withdr[ae]w\w*|quit\w*|came\s+off|coming\s+off|went\s+off|finish\w*|ended|end\s+of\s+(?:the\s+)?"
    r"(?:treatment|therapy|trial|study|supplementation|intervention))"
)
# Scores or symptoms back where they were once the treatment stopped: "worsened once the participants stopped
# taking the mushroom", "symptoms returned after the drug was discontinued" (not "the benefit faded after ...").
_RETURN_WORDS = r"(?:worsened|returned|came\s+back|went\s+back|reverted|deteriorated|recurred|rebounded)"
_FADE_AFTER_STOPPING = re.compile(
    rf"\b{_RETURN_WORDS}\b[^.;]{{0,80}}?\b(?:after|once|when|upon|following|\w+\s+(?:weeks?|months?)\s+after)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?{_STOPPED}"
    rf"|\b(?:after|once|when|upon|following)\s+(?:[\w-]+\s+){{0,4}}?{_STOPPED}[^.;]{{0,80}}?\b{_RETURN_WORDS}\b"
)
# A commenter's own gain that ended: symptoms back when they stopped ("cut my attacks in half, but they came straight
# back when I tapered"), or the remedy that stopped working ("worked for a month, then stopped working"). A trial's washout
# shows the drug works while taken; one person's course that ended where it began is a gain that did not last.
_OWN_GAIN_ENDED = re.compile(
    r"\b(?:worsened|returned|came\s+(?:straight\s+|right\s+|all\s+)?back|went\s+back|recurred|rebounded|relapsed)\b[^.;]{0,40}?"
    r"\b(?:when|once|after|as\s+soon\s+as)\s+(?:i|we)\s+(?:\w+\s+)?(?:stop\w*|taper\w*|quit\w*|came\s+off|went\s+off|finish\w*|ran\s+out|wean\w*|dropped)"
    r"|\b(?:then|but|until|before|and)\s+(?:it\s+|they\s+|that\s+|he\s+|she\s+)?(?:just\s+|suddenly\s+|eventually\s+|gradually\s+|completely\s+)?"
    r"(?:stopped|quit|ceased)\s+(?:working|helping|doing\s+anything)\b"
    r"|\b(?:then|but|until|and)\s+(?:it\s+|they\s+|that\s+)?(?:just\s+|eventually\s+|gradually\s+)?(?:pooped|petered|fizzled)\s+out\b"
)
# A gain referred back to that faded: "those benefits quickly disappeared during follow-up", "the benefit was no longer
# seen". Alone it is the claim's null result (beside the gain in the claim's other sentences: mixed); its noun is no gain.
_GAIN_FADED = re.compile(
    r"\b(?:the|those|these|this|that|its|their|any|such)\s+(?:[\w-]+\s+)?(?:benefits?|effects?|gains?|improvements?|advantages?|protection)\s+"
    r"(?:\w+\s+)?(?:disappeared|vanished|faded|waned|wore\s+off|(?:was|were|had\s+been)\s+(?:no\s+longer\s+(?:seen|evident|present|observed|apparent|significant|detectable|there)|lost|gone))\b"
)
# The words of fading one of which every _GAIN_FADED match holds ("wore off", "no longer seen").
_FADE_WORDS = ("disappeared", "vanished", "faded", "waned", "wore", "longer", "lost", "gone")
# The between-group gain itself lost: the claim's own result is the fade (mixed, read by the passes).
_GAIN_NOUN = re.compile(r"\b(?:benefits?|effects?|gains?|improvements?|advantages?|differences?|protection)\b")

# More of something good produced than the other arm: "produced higher fetal haemoglobin than fixed dosing",
# "regained more movement than those given standard therapy alone" (a harm's rise is read by the passes).
_PRODUCED_MORE = re.compile(
    r"\b(?:produced|achieved|regained|recovered|attained|yielded|reached|restored|induced|generated)\s+(?:significantly\s+|markedly\s+|much\s+|substantially\s+)?"
    r"(?:higher|more|greater|better|larger)\s+(?P<object>(?:[\w-]+\s+){0,3}?)than\b"
)
# More of a harm caused than the other arm: "caused greater cartilage volume loss than saline", "led to more
# cardiovascular events than alendronate" (not weight or fat lost or gained, which a trial may want).
_CAUSED_MORE = re.compile(
    r"\b(?:caused|causes|produced|produces|led\s+to|leads\s+to|resulted\s+in|results\s+in|induced|induces|(?:was|were)\s+associated\s+with)\s+"
    r"(?:significantly\s+|markedly\s+|much\s+|substantially\s+|slightly\s+)?(?:greater|more|larger|faster|higher)\s+(?P<object>(?:[\w-]+\s+){0,4}?)than\b"
)
_HARM_OBJECT = re.compile(
    _HARM_SUBJECT.pattern + r"|(?<!weight\s)(?<!fat\s)(?<!body\s)\bloss\b|\bdecline\b|\batrophy\b|\berosions?\b|\bnarrowing\b|\bprogression\b|\bdeterioration\b"
)
# A process of decline slower with the treatment: "cognitive decline ... was slower with the hearing intervention".
_DECLINE = re.compile(r"\b(?:decline|progression|deterioration|worsening|loss|atrophy)\b")
_SLOWER_WITH = re.compile(
    r"\b(?:was|were|is|are)\s+(?:significantly\s+|markedly\s+|much\s+|somewhat\s+)?slower\s+(?:with|in|on|among|for|after)\s+"
    rf"(?!(?:the\s+)?(?:\w+\s+)?{CONTROL})"
)
# A cell of parity: "Similar continence", "Comparable pain relief", "No difference in SPPB".
_PARITY_CELL = re.compile(r"[\s*_-]*(?:similar|comparable|equivalent|equal|no\s+(?:significant\s+)?difference)\b")
# A laboratory finding against a pathogen or tumour: "inhibited C. acnes growth in vitro".
_INHIBITED_GROWTH = re.compile(
    r"\b(?:inhibit(?:ed|s)|suppress(?:ed|es)|block(?:ed|s)|reduc(?:ed|es)|impair(?:ed|s))\s+(?:[\w*.-]+\s+){0,4}?"
    r"(?:growth|proliferation|replication|viability|biofilm\s+formation|biofilms?|colonisation|colonization|invasion|metastasis)\b"
)

# The control matched the gain: "appears to significantly improve symptoms, as does placebo".
_AS_DOES_CONTROL = re.compile(rf"\bas\s+(?:does|did|do)\s+(?:the\s+|those\s+(?:of|in|on|given)\s+(?:the\s+)?)?(?:\w+\s+)?{CONTROL}\b")
# Gains in both arms with nothing setting one ahead: "substantial improvements ... for both peppermint oil (90.8) and
# placebo (100.3)", "Both groups also showed substantial improvements on secondary endpoints".
_BOTH_ARMS = re.compile(rf"\bboth\s+(?:the\s+)?(?:groups|arms|conditions|cohorts|treatments|(?:[\w-]+\s+){{1,4}}?(?:\([^()]*\)\s*)?and\s+(?:the\s+)?{CONTROL})\b")
_GAIN_WORD = re.compile(r"\b(?:improv\w*|gains?|reduc\w*|decreas\w*|benefit\w*|relie\w*)")
_ONE_AHEAD = re.compile(r"\b(?:more|greater|larger|bigger|better|superior|faster|than|versus|vs|compared|favou?r\w*|only)\b")
# Non-inferiority to an active drug beside a win over placebo: "significantly reduced pain vs placebo and were
# non-inferior to ibuprofen" is the placebo win (non-inferiority alone stays null).
_NON_INFERIOR = re.compile(r"(?:\band\s+|,\s*)?(?:(?:was|were|is|are|proved|appeared)\s+)?(?:also\s+)?\bnon-?\s?inferior\s+to\b[^.;]*")
# What an effect needs, no finding: "Effect requires a bioavailability-enhanced form".
_CONDITION = re.compile(r"\b(?:effects?|benefits?|efficacy|responses?|absorption)\s+(?:may\s+|might\s+|probably\s+)?(?:requires?|depends?\s+on|needs?|relies\s+on)\b[^.;]*")

# Who was blinded, a design statement: "Neither family nor investigators were blinded to the treatment assignment".
_BLINDING = re.compile(
    r"\b(?:neither|nor|no|not)\s+(?:[\w-]+\s+){0,5}?(?:was|were|is|are)\s+(?:\w+\s+)?blinded\b[^.;,]*|\b(?:was|were|is|are)\s+not\s+blinded\b[^.;,]*"
)

# Method statements, no finding: the control arm described as "no change in treatment", an analysis "assuming there was no
# substantial seizure reduction in children who dropped out".
_NO_CHANGE_ARM = re.compile(
    r"\bno\s+change\s+in\s+(?:their\s+|the\s+)?(?:current\s+|usual\s+|existing\s+)?(?:treatment|therapy|medications?|management|care|regimen)\b"
    r"(?!\s+(?:outcomes?|effects?|response|success|failure|satisfaction))"
)
_ASSUMING = re.compile(r"\bassum(?:ing|ed|es)\b(?:\s+that)?[^.;]*")


def _clause_span(lowered: str, start: int, end: int) -> tuple[int, int]:
    opening = 0
    for found in _CLAUSE_OPENING.finditer(lowered, 0, start):
        opening = found.end()
    closing = _CLAUSE_CLOSING.search(lowered, end)
    return opening, closing.start() if closing else len(lowered)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def reread(text: str, direction: str, read: Callable[[str], str]) -> str:
    """``direction`` as the passes read ``text``, corrected for the clause families above;
    ``read`` reads a sentence with some of its clauses blanked."""
    lowered = text.lower()
    if "more" in lowered and direction != "negative" and any(word in lowered for word in _HARM_MORE_WORDS):
        harms = []
        for found in _HARM_MORE.finditer(lowered):
            start, end = _clause_span(lowered, found.start(), found.end())
            subject = lowered[start : found.start()]
            if _HARM_SUBJECT.search(subject) and not _GOOD_SUBJECT.search(subject):
                harms.append((start, end, bool(_COMPARED.search(lowered, found.end(), end))))
        for found in _ARM_HAD_MORE.finditer(lowered):
            if _HARM_SUBJECT.search(found["harm"]) and not _GOOD_SUBJECT.search(found["harm"]) and not re.match(CONTROL, found["arm"] or found["given"]):
                start, end = _clause_span(lowered, found.start(), found.end())
                harms.append((start, end, bool(_COMPARED.search(lowered, found.end(), end))))
        if harms:
            rest = read(_blank(text, [(start, end) for start, end, _ in harms]))
            if rest == "null" or (rest in ("unknown", "negative") and SAFETY_NOUN.search(lowered) and any(compared for _, _, compared in harms)):
                return "negative"
            if rest == "unknown" and any(_SERIOUS_HARM.search(lowered, start, end) and " than " in lowered[start:end] for start, end, _ in harms):
                return "negative"  # "herpes zoster was more frequent with JAK inhibitors than with adalimumab": a harm the finding itself
            return rest
    if direction == "unknown" and ("%" in lowered or "percent" in lowered):
        for found in _PERCENT_APART.finditer(lowered):
            verdict = _percent_verdict(found["comparative"], lowered[_clause_span(lowered, found.start(), found.end())[0] : found.start()])
            if verdict:
                return verdict
        for found in _PERCENT_OF.finditer(lowered):
            verdict = _percent_verdict(found["comparative"], found["object"])
            if verdict:
                return verdict
    if direction in ("mixed", "positive") and any(word in lowered for word in _FADE_WORDS) and _GAIN_FADED.search(lowered):
        fades = [_clause_span(lowered, found.start(), found.end()) for found in _GAIN_FADED.finditer(lowered)]
        if read(_blank(text, fades)) == "unknown":
            return "null"
    if direction in ("mixed", "null") and ("stop" in lowered or "discontinu" in lowered or "ceas" in lowered or "withdr" in lowered
                                           or "quit" in lowered or "off" in lowered or "finish" in lowered or "ended" in lowered or "end of" in lowered):
        fades = []
        for found in _FADE_AFTER_STOPPING.finditer(lowered):
            start, end = _clause_span(lowered, found.start(), found.end())
            if not _GAIN_NOUN.search(lowered, start, end):
                fades.append((start, end))
        if fades:
            return read(_blank(text, fades))
    if direction == "positive" and (" i " in lowered or " we " in lowered or "stopped" in lowered or "quit" in lowered or "ceased" in lowered
                                    or " out" in lowered) and (
        _OWN_GAIN_ENDED.search(lowered)
    ):
        return "mixed"
    if direction in ("positive", "mixed") and " as d" in lowered and _AS_DOES_CONTROL.search(lowered):
        return "null"  # the gain matched by the control
    if direction == "positive" and "both" in lowered and not _ONE_AHEAD.search(lowered):
        both = _BOTH_ARMS.search(lowered)
        if both and _GAIN_WORD.search(lowered):
            return "null"  # every arm gained, none ahead
    if direction in ("mixed", "null") and "inferior" in lowered and re.search(CONTROL, lowered):
        blanked, count = _NON_INFERIOR.subn(lambda found: " " * len(found.group(0)), text.lower())
        if count and read(blanked) == "positive":
            return "positive"
    if direction != "unknown" and "blinded" in lowered:
        blinding = [(_clause_span(lowered, found.start(), found.end())[0], found.end()) for found in _BLINDING.finditer(lowered)]
        if blinding:
            return read(_blank(text, blinding))
    if direction != "unknown" and ("no change in" in lowered or "assum" in lowered):
        methods = [found.span() for found in _NO_CHANGE_ARM.finditer(lowered)] + [found.span() for found in _ASSUMING.finditer(lowered)]
        if methods:
            return read(_blank(text, methods))
    if direction != "unknown" and ("requir" in lowered or "depend" in lowered or "need" in lowered or "relies" in lowered):
        conditions = [found.span() for found in _CONDITION.finditer(lowered)]
        if conditions:
            return read(_blank(text, conditions))
    if direction in ("unknown", "positive") and " than" in lowered and ("greater" in lowered or "more" in lowered or "larger" in lowered or "faster" in lowered
                                                                     or "higher" in lowered):
        harms = [(found.start(), _clause_span(lowered, found.start(), found.end())[1]) for found in _CAUSED_MORE.finditer(lowered)
                 if _HARM_OBJECT.search(found["object"]) and not _GOOD_SUBJECT.search(found["object"]) and "weight" not in found["object"]
                 and not re.search(CONTROL, lowered[_clause_span(lowered, found.start(), found.end())[0] : found.start()])]
        if harms:
            rest = read(_blank(text, harms))
            return rest if rest in ("positive", "mixed") else "negative"  # beside a gain the harm is safety; alone, the finding
    if direction in ("unknown", "null") and " than" in lowered and ("higher" in lowered or "more" in lowered or "greater" in lowered or "better" in lowered or "larger" in lowered):
        for found in _PRODUCED_MORE.finditer(lowered):
            start = _clause_span(lowered, found.start(), found.end())[0]
            if not _HARM_SUBJECT.search(found["object"]) and not re.search(CONTROL, lowered[start : found.start()]):
                return "positive" if direction == "unknown" else "mixed"
    if direction in ("unknown", "null") and "slower" in lowered and _DECLINE.search(lowered) and _SLOWER_WITH.search(lowered):
        return "positive" if direction == "unknown" else "mixed"  # "did not differ overall, but it was slower with X in the subgroup"
    if direction == "unknown" and len(lowered) < 40 and _PARITY_CELL.match(lowered):
        return "null"
    if direction == "unknown" and ("growth" in lowered or "prolifer" in lowered or "replicat" in lowered or "viab" in lowered or "biofilm" in lowered
                                   or "coloni" in lowered or "invasion" in lowered or "metasta" in lowered) and _INHIBITED_GROWTH.search(lowered):
        return "positive"
    return direction
