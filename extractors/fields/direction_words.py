"""The words both readers of a finding's direction share: control arms, the harms a
treatment should lower, verbs of gain. ``direction`` reads cue phrases with them,
``direction_numbers`` the arms' numbers."""

from __future__ import annotations

import re

CONTROL = (
    r"(?:placebo|pbo(?![a-z])|control|controls|comparator|wait-?\s?list|waiting\s+list|usual\s+care|tau|sham|vehicle|"
    r"standard\s+care|treatment\s+as\s+usual|no-treatment|comparison\s+(?:group|arm|condition)s?|"
    r"(?:avoidance|observation|untreated|no-intervention)\s+(?:group|arm|cohort)s?|untreated\s+(?:controls?|animals|rats|mice|patients))"
)
# What a treatment should lower, and what it should raise: raising the one is a harm,
# raising the other a benefit. Immobility is a rodent's despair in the forced swim and tail suspension tests;
# hot flushes and night sweats the menopause's symptoms; malaria what a preventive antimalarial lowers.
HARMS = (
    r"(?:anxiety|depressi\w*|pain|symptoms?|distress|insomnia|craving|cravings|relapses?|psycho(?:sis|tic\s+symptoms)|agitation|"
    r"suicid\w*|mortality|headaches?|migraines?|panic|nightmares|irritability|mania|manic\s+\w+|fatigue|nausea|seizures?|falls|"
    r"weight\s+gain|immobility|hot\s+(?:flush|flash)(?:es)?|night\s+sweats|malaria)"
)
# Scales of illness: a higher score is worse.
SYMPTOM_SCALES = r"(?:hamd|ham-d|hama|madrs|panss|phq-?9?|gad-?7?|bdi|isi|psqi|pdss|ybocs|y-bocs|lsas|caps|thi|midas|adas|cdr)"
# Harms beyond the symptoms: events, markers of injury, scales of illness. More of them is no gain.
HARM_WORDS = (
    rf"(?:{HARMS}|risk|odds|incidence|adverse|side|events?|stroke|deaths?|hospitali\w*|admissions?|fractures?|infections?|complications?|"
    r"bleeding|weight\s+gain|blood\s+pressure|creatinine|urea|toxicity|injury|damage|inflammation|dropouts?|discontinu\w*|withdraw\w*|"
    r"attrition|failure|recurrences?|readmissions?|reoperations?|re-?treatment|rescue|hypotension|hypoglyc\w*|"
    r"ldl(?:-c)?|(?<!hdl\s)(?<!hdl-)cholesterol|triglycerides?|"  # "increased LDL more than placebo": a harm raised
    rf"severity|{SYMPTOM_SCALES}|scores?)\b"
)
# Side effects the passes' harm words leave out.
SIDE_EFFECTS = (
    r"(?:nosebleeds?|epistaxis|vomiting|(?:daytime\s+)?(?:somnolence|sleepiness)|diarrh(?:o)?ea|rash(?:es)?|itch(?:ing)?|dizziness|drowsiness|sedation|bruising|hallucinations|"
    r"constipation|cramps?|palpitations|hypoxia|ear\s+fullness|sore\s+throats?|burning|stinging|tingling|pa?raesthesias?|paresthesias?|irritation|swelling|"
    r"blurred\s+vision|blurring|dry\s+mouth|confusion|tremors?|weakness|insomnia|weight\s+loss|hair\s+loss|hypokalaemia|hypokalemia|restlessness|agitation|vocali[sz]ation|bloat(?:ing)?|loose\s+stools|(?:gi|gastrointestinal|stomach|tummy)\s+upsets?)\b"
)
# Events a treatment should put off: a longer time to one is the gain ("prolonged the time to first relapse").
DELAYED_EVENT = (
    r"time\s+to\s+(?:the\s+)?(?:first\s+|next\s+|a\s+)?(?:[\w-]+\s+)?(?:relapse|recurrence|progression|exacerbation|readmission|rehospitali[sz]ation|"
    r"hospitali[sz]ation|death|treatment\s+failure|failure|seizure|attack|episode|amputation|fracture|infection|dementia|dialysis|worsening|deterioration|"
    r"loss\s+of\s+(?:efficacy|effect|response|control))s?\b"
)
# Durations a treatment should shorten: a longer one is the harm ("prolonged length of stay", "sleep latency was longer").
LONG_IS_WORSE = (
    r"(?:(?:length\s+of\s+(?:hospital\s+|icu\s+)?stay|(?:healing|heal|recovery|wound\s+healing|wound\s+closure)\s+times?|(?:hospital|icu)\s+stays?|(?:sleep(?:[\s-]+onset)?\s+)?latency|"
    r"time\s+to\s+(?:sleep\s+onset|falling\s+asleep|fall\s+asleep|healing|wound\s+(?:healing|closure)|recovery|resolution|symptom\s+resolution|discharge|cure|clearance|"
    r"ambulation|extubation|stone\s+passage|pain\s+relief|(?:first\s+)?flatus|(?:first\s+)?(?:bowel\s+movement|stool|defecation)|return\s+of\s+bowel\s+function)|duration\s+of\s+(?:hospital\s+stay|illness|symptoms|diarrh(?:o)?ea|fever|ventilation|labou?r|(?:the\s+)?colds?)))"
)
# Verbs of gain, as one trie (a flat alternation of a hundred words is much slower to scan).
GAIN_VERBS = (
    "reduced", "reduces", "reduce", "reducing", "improved", "improves", "improve", "improving", "decreased",
    "decreases", "decrease", "enhanced", "enhances", "enhance", "alleviated", "attenuated", "ameliorated", "accelerated",
    "boosted", "boost", "boosts", "augmented", "facilitated", "relieved", "relieves", "relieve", "relieving", "lowered", "normalised", "normalized", "reversed",
    "prevented", "restored", "rescued", "abolished", "shortened", "speeded", "sped", "ease", "eases", "eased",
    "helped", "helps", "cured", "curbed", "curbs", "calmed", "calms", "quelled", "tamed", "soothed", "sharpened",
    "lessened", "dampened", "blunted", "halted", "slashed", "slashes", "halves", "shorten", "shortens", "trimmed",
    "trims", "shrank", "shrunk", "shrinks", "mitigated", "mitigates", "counteracted", "counteracts", "lightened",
    "brightened", "strengthened", "stabilised", "stabilized", "hastened", "hastens", "diminished", "diminishes",
    "suppressed", "suppresses", "ameliorates", "alleviates", "attenuates",
)
# A good outcome lost, an event like a relapse: "32% lost response vs 61% on placebo", "loss of remission".
LOST_GOOD = re.compile(
    r"\b(?:lost|loss\s+of|losing|lose|loses)\s+(?:their\s+|its\s+|the\s+|(?:therapeutic|clinical|treatment|initial)\s+)*"
    r"(?:response|remission|efficacy|benefit|effect|responder\s+status)\b"
)


def as_relapse(lowered: str) -> str:
    """``lowered`` with each lost good outcome written as the relapse it is (same length)."""
    if "los" not in lowered:
        return lowered
    return LOST_GOOD.sub(lambda found: "relapse".ljust(len(found.group(0))), lowered)

# Which way a duration named should move: "time to relapse" up, "length of stay" down (None: no such duration named).
_DELAYED_EVENT_RE = re.compile(DELAYED_EVENT)
_LONG_IS_WORSE_RE = re.compile(LONG_IS_WORSE)


# A process's values given as durations are its time ("healing 4.6 v 5.2 d", "recovery 9 vs 13 days"): shorter is better.
_TIMED_PROCESS_RE = re.compile(
    r"\b(?:healing|healed|recovery|resolution|clearance|cure|relief|crusting|defervescence|re-?epitheliali[sz]ation)\b[^.;\d]{0,20}"
    r"\d+(?:\.\d+)?\s*(?:d|days?|h|hrs?|hours?|wks?|weeks?)?\s*(?:v|vs\.?|versus)\s*\d+(?:\.\d+)?\s*(?:d|days?|h|hrs?|hours?|wks?|weeks?)\b"
)
_PROCESS_WORDS = ("heal", "recover", "resolution", "clearance", "cure", "relief", "crusting", "defervescence", "epitheliali")


def duration_better(lowered: str) -> str | None:
    """"higher" for a time to an event put off, "lower" for a duration to shorten, None otherwise."""
    if "time" not in lowered and "stay" not in lowered and "latency" not in lowered and "duration" not in lowered:
        if any(word in lowered for word in _PROCESS_WORDS) and _TIMED_PROCESS_RE.search(lowered):
            return "lower"
        return None
    if _DELAYED_EVENT_RE.search(lowered):
        return "higher"
    return "lower" if _LONG_IS_WORSE_RE.search(lowered) else None


SPACE_RUN = re.compile(r"\s+")
# A control arm named in a clause or an arm's name, where "tau" must be treatment as usual, not the protein ("the low
# tau group", "tau PET", "p-tau"); the passes' cues keep the plain alternation, which is faster to scan.
CONTROL_WORD = re.compile(CONTROL.replace(
    "|tau|",
    r"|(?<!low\s)(?<!high\s)(?<!p-)(?<!total\s)(?<!baseline\s)tau(?!\s+(?:levels?|pet|protein|burden|tangles|pathology|deposition|load|status|subgroups?|positiv\w*))|",
))



def names_control(words: str, comparator: str | None = None) -> bool:
    """The control arm named in ``words``: a control word, or the claim's own comparator ("larger improvements than sertraline")."""
    return bool(CONTROL_WORD.search(words)) or bool(comparator and comparator.lower() in words)


def control_first(first: str, second: str, comparator: str | None = None) -> bool:
    """Whether of two arms named the ``first`` is the control: a control word decides before the
    claim's comparator, which a reader may have taken from the treated arm ("placebo ... than the memantine group")."""
    if CONTROL_WORD.search(first) or CONTROL_WORD.search(second):
        return bool(CONTROL_WORD.search(first)) and not CONTROL_WORD.search(second)
    return names_control(first, comparator) and not names_control(second, comparator)


def blank_match(match: re.Match[str]) -> str:
    """The match as a gap of its length, a space at each end and between them a mark no word or space pattern takes:
    later cues cannot reuse its words, nor read the words either side of it as neighbours ("extended dosing [did not
    enhance] abstinence"), and offsets stay."""
    length = len(match.group(0))
    return " " + _GAP * (length - 2) + " " if length > 2 else " " * length


_GAP = "\x00"

# What a safety report is about (a claim's direction comes from its efficacy outcomes, not these).
SAFETY_NOUN = re.compile(
    r"\b(?:adverse\s+(?:drug\s+)?(?:events?|effects?|reactions?)|side[\s-]*effects?|ill[\s-]+effects?|tolerability|safety|toxicity|"
    r"pulse\s+rate|vital\s+signs|(?:te|tr)?aes?)\b"
)
