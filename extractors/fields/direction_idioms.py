"""Set phrases that say which way a result went without the cue words the passes read, as
journals, newsrooms, farm trials and patients write them; read on the whole sentence after
the passes and the clause rereading, each behind an exact word it cannot match without.

A verdict the sentence states outright overrides the passes:
- harms that outweighed or cancelled the benefit ("the fall in fractures was offset by an
  excess of strokes", "the risks outweighed any benefit"): negative; the benefit outweighing
  the risks: positive;
- a gain "confined to" or "limited to" some patients: mixed, some yes, some no;
- an association that "was attenuated and no longer significant after adjustment": null;
- a campaign that "backfired": negative.

Where the passes found nothing, an idiom is the finding:
- a parent's or patient's "dry 6 nights out of 7", "no more tantrums", "wish I'd started it
  sooner", "sleeping through the night": positive; "can't tell if it's doing anything", "was a
  wash", arms that "produced similar remission rates" or "grew as well as those on fishmeal":
  null; "worked for six weeks and then nothing": mixed; a number needed to harm, "the side
  effects weren't worth it", "my neurologist took me off it" or "swapped me to a different
  statin", researchers "surprised to find the opposite" of what
  they expected (another trial that "reported the opposite" is no finding of this one): negative.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL

_NEGATED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}$")

_OUTWEIGHED = re.compile(
    r"\b(?:was|were|is|are|being)\s+(?:more\s+than\s+|largely\s+|completely\s+|entirely\s+|partly\s+|partially\s+)?(?:outweighed|offset|negated|cancell?ed\s+out)\s+by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:excess|increases?|rises?|higher|more|greater|harms?|risks?|toxicit\w*|adverse|side[\s-]effects?)"
)
_HARM_OUTWEIGHS = re.compile(
    r"\b(?P<first>harms?|risks?|side[\s-]effects?|adverse\s+(?:events?|effects?)|toxicit(?:y|ies)|downsides?|benefits?)\s+(?:of\s+(?:(?!not\b|did\b|do\b|does\b|may\b|could\b)[\w-]+\s+){1,5}?)?(?:clearly\s+|far\s+|probably\s+|appear\s+to\s+|seem\s+to\s+)?"
    r"(?P<negated>(?:did|do|does|may|could|would|might)\s+not\s+|(?:did|do|does)n't\s+)?outweigh(?:ed|s)?\s+(?:the\s+|any\s+|its\s+|their\s+|potential\s+|possible\s+|modest\s+)*(?:[\w-]+\s+)?(?P<second>benefits?|harms?|risks?|gains?)\b"
)
_CONFINED = re.compile(
    r"\b(?:benefits?|effects?|improvements?|reductions?|gains?|advantages?|responses?|protection)\b[^.;]{0,60}?\b(?:was|were|appeared|seemed|remained)\s+"
    r"(?:\w+\s+)?(?:confined|limited|restricted)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:patients|participants|people|women|men|children|adults|infants|subjects|individuals|those|subgroups?|carriers|smokers|non-?smokers|users|cases)\b"
)
_ATTENUATED = re.compile(
    r"\b(?:attenuated|disappeared|vanished|(?:was|were|became)\s+no\s+longer\s+(?:statistically\s+)?significant|became\s+(?:statistically\s+)?non-?significant)\b"
    r"[^.;]{0,80}?\b(?:after|upon|on|with|following|once)\s+(?:\w+\s+){0,2}?(?:adjust\w*|controlling|accounting|multivariable|multivariate|covariates?)"
)
_STILL_SIGNIFICANT = re.compile(r"\b(?:remained|still|persisted|stayed)\s+(?:\w+\s+)?(?:significant|robust)")
_BACKFIRED = re.compile(r"\bbackfir(?:ed|es)\b")

_DRY_NIGHTS = re.compile(r"\bdry\s+(?:\d+|one|two|three|four|five|six|seven|most|every|all)\s+(?:nights?|days?)\b|\bdry\s+(?:at\s+night|every\s+night|all\s+night|most\s+nights)\b")
_NO_MORE = re.compile(
    r"\bno\s+more\s+(?:[\w-]+\s+)?(?:meltdowns?|tantrums?|nightmares?|night\s+terrors|accidents|headaches|migraines|flare-?ups|flares|attacks|seizures|fits|"
    r"bed-?wetting|wet\s+(?:beds|nights)|panic\s+attacks|hot\s+(?:flushes|flashes)|heartburn|cramps|reflux|sleepless\s+nights|itching|scratching|"
    r"night\s+sweats|cold\s+sores|breakouts|hives|colic|screaming|vomiting|nosebleeds)\b(?![^.;!]{0,30}\bthan\b)"
)
_STARTED_SOONER = re.compile(
    r"\bwish\s+(?:i|we|he|she)(?:'d|\s+had|\s+would\s+have)\s+(?:started|tried|begun|switched|found|done|gone)\s+(?:[\w-]+\s+){0,4}?(?:sooner|earlier|years\s+ago|ages\s+ago|long\s+ago)\b"
)
_THROUGH_THE_NIGHT = re.compile(r"\b(?:sleeping|slept|sleeps|sleep)\s+through\s+(?:the\s+night|most\s+nights|every\s+night)\b")
_CANT_TELL = re.compile(
    r"\b(?:hard|difficult|too\s+early|impossible)\s+to\s+say\b(?!\s+(?:how|enough))|\b(?:can't|cannot|can\s+not|couldn't|could\s+not|can’t|couldn’t|hard\s+to|impossible\s+to|too\s+early\s+to)\s+(?:really\s+|honestly\s+|yet\s+)?tell\s+(?:if|whether|any|a\s+difference|the\s+difference)\b"
)
_A_WASH = re.compile(r"\b(?:was|were|is|proved|turned\s+out\s+to\s+be|ended\s+up|essentially|basically|been)\s+(?:\w+\s+)?a\s+wash\b")
_SIMILAR_RESULTS = re.compile(
    r"\b(?:produced|yielded|achieved|showed|had|gave|led\s+to|resulted\s+in)\s+(?:\w+\s+)?(?:similar|comparable|equivalent|identical|equal)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rates?|scores?|outcomes?|results?|efficacy|improvements?|reductions?|benefits?|gains?|responses?)\b"
)
_NOT_WORTH_IT = re.compile(
    r"\b(?:side[\s-]effects?|nausea|headaches|dizziness|weight\s+gain|brain\s+fog|fatigue|insomnia|cramps|diarrh\w+|rash)\s+(?:just\s+|really\s+|simply\s+)?(?:were|was|are|is)(?:n't|n’t|\s+not|\s+never)\s+worth\s+(?:it|the)\b"
)
_TAKEN_OFF = re.compile(
    r"\b(?:doctor|doc|gp|consultant|nurse|specialist|vet|\w+olog(?:ist|y)|p(?:a)?ediatrician|psychiatrist|surgeon|pharmacist)\s+(?:\w+\s+)?"
    r"(?:(?:took|has\s+taken|had\s+to\s+take|pulled|stopped|switched)\s+(?:me|him|her|us|them|my\s+\w+)\s+off\b"
    r"|(?:swapped|switched|moved|changed)\s+(?:me|him|her|us|them|my\s+\w+)\s+(?:to|onto|over\s+to)\s+(?:a\s+)?(?:different|another|other|new)\b)"
)
# A gain that lasted a while, then nothing: "worked great for about six weeks and then nothing".
_WORKED_THEN_STOPPED = re.compile(
    r"\b(?:worked|helped)\s+(?:\w+\s+){0,2}?for\s+(?:about\s+|around\s+|maybe\s+|roughly\s+)?(?:a\s+couple\s+of|a\s+few|a|an|one|two|three|four|five|six|seven|eight|\d+)\s+"
    r"(?:days?|weeks?|months?)\s*,?\s+(?:and\s+)?then\s+(?:nothing|stopped|wore\s+off|quit|just\s+stopped|nada|zilch)\b"
)
# Arms alike in so many words: "fish fed the insect meal grew as well as those on fishmeal".
_AS_WELL_AS = re.compile(
    r"\b(?:grew|performed|did|fared|worked|healed|recovered|gained)\s+(?:just\s+|equally\s+|about\s+)?as\s+well\s+as\s+(?:those|the|with|on|in|birds|animals|patients|fish|pigs)\b"
)
_HARM_NUMBER = re.compile(r"\b(?:number\s+needed\s+to\s+harm|nnh)\b\s*(?:\([^()]{0,10}\)\s*)?(?:was|of|=|:|,)?\s*(?:about\s+|only\s+)?\d")
# A listed outcome that stood lower or higher in the treated arm, the untreated one implied: "Feed conversion ratio was
# lower in the treated pens", "Itch scores were lower in the supplemented group".
_STOOD_IN_TREATED = re.compile(
    r"^(?P<what>(?:[\w()/.:'-]+\s+){1,6}?)(?:was|were)\s+(?:significantly\s+|markedly\s+|consistently\s+)?(?P<stood>lower|higher|reduced|greater|better|worse)\s+"
    r"(?:in|among|for|with)\s+(?:the\s+|all\s+)?(?:treated|supplemented|vaccinated|intervention|active[\s-]treatment)\s+(?:[\w-]+\s+)?"
    r"(?:groups?|arms?|pens?|birds|animals|pigs|piglets|cows|calves|lambs|fish|rats|mice|patients|participants|children|cohort)\b(?![^.;]{0,40}\b(?:than|compared|versus|vs)\b)"
)
# A trend that "failed to be significant" is a null of its own: beside a significant gain the sentence is mixed, alone null.
_TREND_FAILED = re.compile(
    r"\b(?:tended|trended)\s+(?:to|towards?)\s+[^.;]{1,80}?\b(?:but|yet|though|although|,)\s+(?:this\s+|it\s+|they\s+)?"
    r"(?:failed\s+to|did\s+not|didn't|did\s+not\s+quite)\s+(?:be|become|reach|achieve|attain)\s+(?:statistical(?:ly)?\s+)?significan\w*"
)
# Recovery or relief twice as fast: "recovered twice as quickly as those on placebo", "relief came three times as fast".
_TIMES_AS_FAST = re.compile(
    r"\b(?:recovered|healed|responded|improved|resolved|cleared|remitted|relief\s+(?:came|arrived)|got\s+better|felt\s+better)\s+"
    r"(?:about\s+|nearly\s+|almost\s+)?(?:twice|three\s+times|four\s+times|[\d.]+\s+times)\s+as\s+(?:fast|quickly|rapidly|soon)\b"
)
# Endurance against the control: "cycled 92 seconds longer than when they were given the placebo", "ran 8% further than with placebo".
_LASTED_LONGER = re.compile(
    r"\b(?:lasted|kept\s+going|keep\s+going|cycled|cycle|ran|run|walked|walk|swam|exercised|exercise|held\s+out|persisted)\s+(?:for\s+)?(?:an?\s+)?"
    r"(?:(?:average\s+of\s+|extra\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|seconds?|secs?|s|minutes?|mins?|metres|meters|m|km)\s+|significantly\s+|much\s+)?"
    r"(?:longer|further|farther)\s+than\s+(?:when\s+(?:they|he|she|we|i|participants)\s+(?:were\s+given|took|had|received|drank|used|were\s+on)\s+|with\s+|on\s+|after\s+)?"
    rf"(?:the\s+|a\s+)?{CONTROL}"
)
# A farm animal sent off heavier: "calves on the supplement weaned 12 kg heavier".
_HEAVIER_ANIMALS = re.compile(
    r"\b(?:calves|steers|heifers|cattle|lambs|kids|piglets|pigs|broilers|birds|chicks|fish|fingerlings|rabbits)\b[^.;]{0,60}?\b"
    r"(?:weaned|finished|marketed|slaughtered|were|grew|ended|came\s+out)\s+(?:about\s+|on\s+average\s+)?(?:[\d.,]+\s*(?:kg|g|lb|lbs|pounds|%|percent)\s+)?"
    r"(?:significantly\s+)?heavier\b"
)
_THE_OPPOSITE = re.compile(r"\b(?:found|find|finding|showed|saw|observed|seen|was|reported)\s+(?:just\s+|exactly\s+|quite\s+)?the\s+opposite\b")


def _stated(found: re.Match[str] | None, lowered: str) -> bool:
    """A match not negated just before it ("did not outweigh")."""
    return found is not None and not _NEGATED.search(lowered, max(0, found.start() - 30), found.start())


def idiom_direction(text: str, direction: str, read: Callable[[str], str]) -> str:
    """``direction`` as the passes read ``text``, corrected or supplied by the idioms above;
    ``read`` reads a sentence with some of its clauses blanked."""
    lowered = text.lower()
    if direction == "mixed" and ("tended" in lowered or "trended" in lowered) and "signific" in lowered and (trends := list(_TREND_FAILED.finditer(lowered))):
        blanked = text
        for found in trends:
            blanked = blanked[: found.start()] + " " * (found.end() - found.start()) + blanked[found.end() :]
        rest = read(blanked)
        direction = "mixed" if rest == "positive" else "null" if rest == "unknown" else rest
    if "outweigh" in lowered or "offset" in lowered or "negated" in lowered or "cancel" in lowered:
        if _stated(_OUTWEIGHED.search(lowered), lowered):
            return "negative"
        found = _HARM_OUTWEIGHS.search(lowered)
        if _stated(found, lowered) and found["first"].startswith("benefit") != found["second"].startswith("benefit"):
            return "positive" if found["first"].startswith("benefit") != bool(found["negated"]) else "negative"  # "did not outweigh" turns it
    if direction == "positive" and ("confined" in lowered or "limited" in lowered or "restricted" in lowered) and _CONFINED.search(lowered):
        return "mixed"
    if direction in ("positive", "mixed", "negative") and ("adjust" in lowered or "controlling" in lowered or "accounting" in lowered or "multivar" in lowered) and (
        _ATTENUATED.search(lowered) and not _STILL_SIGNIFICANT.search(lowered)
    ):
        return "null"
    if "backfir" in lowered and _BACKFIRED.search(lowered):
        return "negative"
    if direction in ("positive", "unknown") and "then" in lowered and _WORKED_THEN_STOPPED.search(lowered):
        return "mixed"
    if direction != "unknown":
        return direction
    if ("fast" in lowered or "quick" in lowered or "rapid" in lowered or "soon" in lowered) and " as " in lowered and _TIMES_AS_FAST.search(lowered):
        return "positive"
    if (" longer than" in lowered or "further than" in lowered or "farther than" in lowered) and _LASTED_LONGER.search(lowered):
        return "positive"
    if "heavier" in lowered and _HEAVIER_ANIMALS.search(lowered):
        return "positive"
    if "dry " in lowered and _DRY_NIGHTS.search(lowered):
        return "positive"
    if "no more" in lowered and _NO_MORE.search(lowered):
        return "positive"
    if "wish" in lowered and _STARTED_SOONER.search(lowered):
        return "positive"
    if "through" in lowered and _stated(_THROUGH_THE_NIGHT.search(lowered), lowered):
        return "positive"
    if ("tell" in lowered or " say" in lowered) and _CANT_TELL.search(lowered):
        return "null"
    if " wash" in lowered and _A_WASH.search(lowered):
        return "null"
    if ("similar" in lowered or "compar" in lowered or "equ" in lowered or "identical" in lowered) and _SIMILAR_RESULTS.search(lowered):
        return "null"
    if "worth" in lowered and _NOT_WORTH_IT.search(lowered):
        return "negative"
    if (" off" in lowered or "swapped" in lowered or "switched" in lowered or "moved" in lowered or "changed" in lowered) and _TAKEN_OFF.search(lowered):
        return "negative"
    if ("treated" in lowered or "supplemented" in lowered or "vaccinated" in lowered or "intervention" in lowered or "active" in lowered) and (
        stood := _STOOD_IN_TREATED.search(lowered)
    ) and (better := outcome_better(stood["what"])):
        if stood["stood"] in ("better", "worse"):
            return "positive" if stood["stood"] == "better" else "negative"
        return "positive" if (stood["stood"] in ("higher", "greater")) == (better == "higher") else "negative"
    if "as well as" in lowered and _AS_WELL_AS.search(lowered):
        return "null"
    if ("to harm" in lowered or "nnh" in lowered) and _HARM_NUMBER.search(lowered):
        return "negative"
    if "opposite" in lowered and ("surpris" in lowered or "expect" in lowered or "contrary" in lowered) and _THE_OPPOSITE.search(lowered):
        return "negative"
    return direction
