"""What patients and parents report of a treatment in their own words, in comments and forums:
"saw nothing at all", "didn't notice any difference", "no change whatsoever" (null); "became more
irritable", "ended up with nosebleeds", "made my reflux worse", "had to stop because of headaches"
(negative); "his ALT is finally normal", "making more eye contact", "sleeping through" (positive).
The thread's verbs of side effects, recovery and relapse read across specialties: a harm the
treatment "gave" ("gave him awful cramps") is negative beside no gain (``reports_harm``), alone a
side effect and no finding, as the passes treat tolerability; back at an activity without the complaint
("back swimming pain-free", positive); cleared and still clear ("gone after the third course and
has stayed away", positive); fewer episodes since than before ("two flares since, after six the
year before", positive); no relief said plainly ("didn't help my nausea at all", "still had pain after a
week", "didnt budge", null). Told in plain words too: better by a share ("maybe 50% better", "half the
size it was"), relief at last ("finally sorted me out", "first full night's sleep in YEARS"), a number
or a frequency from one value to another ("his sats went from 91 to 96", "from most nights to once a
fortnight", read by what it measures), a harm the course was stopped for ("made me really nauseous,
had to stop"), nothing but a harm ("got nothing except the runs"). Both a relief and no change in
one report ("left knee felt great, right knee nothing") is mixed.

Read only where the passes found no finding. A hedge the writer adds ("could be maturity but
...") keeps the report: it is the finding the commenter states. Set phrases live in
``direction_own_reports.tsv``; the productive shapes (a worse state, a harm ended up with, a
complaint made worse; a habit counted down per day, a complaint "down", "zero flares") are read
here, each behind the exact words it needs.
"""

from __future__ import annotations

import re

from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_words import CONTROL
from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern

_ROWS = read_tsv("direction_own_reports.tsv")
_SAID = {phrase_key(phrase): direction for phrase, direction in _ROWS}
# Built from the phrases as written, not their keys: a key has lost the apostrophe "didn't" is matched by.
_PHRASE = re.compile(rf"(?<![\w-])(?:{trie_pattern(phrase for phrase, _ in _ROWS)})(?![\w-])")
_WORSE_STATE = (
    r"(?:irritable|anxious|agitated|aggressive|restless|tearful|hyper|hyperactive|moody|clingy|withdrawn|depressed|tired|sleepy|"
    r"emotional|angry|weepy|jittery|wired|lethargic|constipated|nauseous|dizzy|unsettled|snappy|defiant|violent)"
)
_WORSE = re.compile(
    rf"\b(?:became|got|grew|was|were|seemed|felt)\s+(?:even\s+|much\s+|a\s+lot\s+|far\s+|way\s+)?more\s+{_WORSE_STATE}\b"
    r"|\bended\s+up\s+(?:with|in)\s+(?:a\s+|an\s+|the\s+|bad\s+|terrible\s+|constant\s+|awful\s+|severe\s+)?"
    r"(?:nosebleeds?|rash(?:es)?|hives|headaches?|migraines?|diarrh(?:o)?ea|vomiting|stomach\s+(?:aches?|pains?|upset)|ulcers?|bruis\w*|bleeding|"
    r"palpitations|insomnia|hospital|a\s*&\s*e|the\s+er|emergency|kidney\s+stones?|gout|thrush|infections?|acne|hair\s+loss|weight\s+gain)\b"
    rf"|\bmade\s+(?:my|his|her|their|our|the)\s+(?:[\w-]+\s+){{1,2}}?(?:worse|much\s+worse|even\s+worse)\b"
    rf"|\bmade\s+(?:me|him|her|them|us)\s+(?:feel\s+)?(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+|slightly\s+)?{_WORSE_STATE}\b"  # "made me dizzy"
)

# A habit or complaint counted down per day: "gone from 25 a day to about 8", "went from using drops 20 times a day to 4".
_COUNTED_DOWN = re.compile(
    r"\b(?:gone|went|come|came|dropped|got|cut)\s+(?:down\s+)?from\s+(?:[a-z]+ing\s+(?:[\w-]+\s+){0,2}?)?(?:about\s+|around\s+|roughly\s+|over\s+)?"
    r"(?P<before>\d+)\s+(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+(?:day|night|week|month)\s+(?:down\s+)?to\s+(?:about\s+|around\s+|maybe\s+|only\s+|just\s+|roughly\s+)?"
    r"(?P<after>\d+)\b"
)
# A complaint said to be down: "the cravings are down maybe 70%", "my hot flushes are way down".
_COMPLAINT = (
    r"(?:cravings?|urges?|pain|itch(?:ing|iness)?|symptoms?|attacks?|seizures?|headaches?|migraines?|flares?|flare-ups|hot\s+fl(?:ushes|ashes)|"
    r"night\s+sweats|anxiety|nausea|reflux|swelling|tics?|cramps?|spasms?|nosebleeds?|accidents|wet\s+nights|shaking|tremors?|trembling|"
    r"wheals|hives|stiffness|spots|lesions?|breakouts?)"
)
# A complaint the remedy saw to: "sorted the bloating and breast pain", "sorted out my cramps".
_SORTED_COMPLAINT = re.compile(
    rf"\bsorted\s+(?:out\s+)?(?:the|my|his|her|their|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_COMPLAINT}|bloating|acne|spots|rash|insomnia|sleep|mood\s+swings|breast\s+pain)\b"
)
_COMPLAINT_DOWN = re.compile(
    rf"\b{_COMPLAINT}\s+(?:are|is|have\s+gone|has\s+gone|'s|'re)\s+(?:really\s+|way\s+|right\s+|well\s+|already\s+|now\s+)?down\b"
    # a complaint eased, told as where it went: "the morning stiffness went from an hour to about 15 minutes",
    # "the pain went from 'can't get off the couch' to a dull ache"
    rf"|\b{_COMPLAINT}\s+went\s+(?:right\s+)?down\b"
    rf"|\b{_COMPLAINT}\s+went\s+from\s+[^.;]{{1,60}}?\s+to\s+(?:(?:about|around|maybe|just|only)\s+)?"
    r"(?:a\s+(?:dull|mild|faint|slight|minor|small)\b|(?:almost\s+|next\s+to\s+)?nothing\b|\d+\s*(?:min(?:ute)?s?|seconds)\b)"
)
# A complaint said to be gone: "the shaking is basically gone", "my cramps are completely gone".
_COMPLAINT_GONE = re.compile(
    rf"\b{_COMPLAINT}\s+(?:is|are|was|were|'s|'re|has\s+been|have\s+been)\s+(?:basically\s+|completely\s+|totally\s+|pretty\s+much\s+|all\s+|almost\s+|nearly\s+|just\s+)?gone\b"
)
# A count of flares or lesions at nil since: "18 months now with zero patches", "not a single seizure since".
_NONE_SINCE = re.compile(
    r"\b(?:zero|not\s+(?:had\s+)?a\s+single)\s+(?:patch|flare|flare-up|seizure|attack|migraine|headache|episode|breakout|hot\s+flush|nosebleed|cold)(?:es|s)?\b"
)

# A harm the treatment gave: "gave me splitting headaches", "gave our son the worst tummy ache".
_GAVE_HARM = re.compile(
    r"\b(?:gave|gives|giving)\s+(?:me|him|her|them|us|(?:my|our|his|her|their)\s+[\w-]+)\s+(?:(?:the\s+worst|awful|terrible|horrible|bad|really|"
    r"splitting|severe|constant|a|an|such\s+a|so\s+many)\s+)*(?:headaches?|migraines?|stomach\s*aches?|tummy\s*aches?|belly\s*aches?|(?:stomach\s+|tummy\s+)?cramps?|"
    r"nightmares|diarrh(?:o)?ea|heartburn|reflux|nausea|rash(?:es)?|hives|palpitations|insomnia|nosebleeds?|the\s+runs|the\s+shakes|brain\s+fog|"
    r"mouth\s+ulcers|acne|spots|dizzy\s+spells|night\s+sweats|hot\s+flushes|jitters|the\s+jitters|a\s+racing\s+heart)\b"
)
# A state the treatment left the writer in: "left me so groggy and constipated that I quit", "made me a zombie until lunchtime".
_LEFT_ME_HARM = re.compile(
    r"\b(?:left|leaves|made|makes|got)\s+(?:me|him|her|them|us)\s+(?:so\s+|really\s+|very\s+|too\s+|extremely\s+|super\s+)?"
    r"(?:groggy|drowsy|dizzy|nauseous|sick|sleepy|foggy|constipated|jittery|shaky|agitated|irritable|exhausted|(?:like\s+)?a\s+zombie)\b"
)
# Back at an activity without the complaint: "back running 5k without pain", "back at the gym pain-free".
_BACK_WITHOUT = re.compile(
    r"\bback\s+(?:to\s+|at\s+|on\s+)?(?:[a-z]+ing|work|school|training|the\s+gym|the\s+pitch|the\s+court|my\s+bike|full\s+duties)\b[^.;]{0,40}?"
    r"(?:\bwithout\s+(?:any\s+|a\s+)?(?:pain|problems?|trouble|twinges?|symptoms?|limping|a\s+limp|discomfort)\b|\bpain[\s-]free\b|\bno\s+(?:more\s+)?pain\b)"
)
# Cleared and still clear: "clear after the second go and it's stayed that way", "gone within a week and hasn't come back".
_STAYED_CLEAR = re.compile(
    r"\b(?:clear|cleared(?:\s+up)?|gone|healed|resolved|clean)\s+(?:after|within|by|in)\b[^.;]{0,50}?"
    r"\b(?:(?:has|have|it's|it\s+has|they've|they\s+have|'s)\s+)?(?:stayed|remained|kept)\s+(?:that\s+way|clear|gone|away|clean)\b"
    r"|\b(?:clear|cleared(?:\s+up)?|gone|healed|resolved)\s+(?:after|within|by|in)\b[^.;]{0,50}?"
    r"(?:\b(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:come|been)\s+back\b|\bstill\s+(?:clear|gone|healed)\b)"
)
# No relief, said plainly: "didn't help my nausea at all", "still feel rough", "still had pain after a week".
_STILL_UNWELL = re.compile(
    r"\bdid\s*(?:n't|nt|not)\s+help\s+(?:(?:my|his|her|their|our|the)\s+(?:[\w-]+\s+){1,2}?)?(?:at\s+all|one\s+bit|whatsoever)\b"
    r"|\bstill\s+(?:feel|feels|felt|feeling)\s+(?:\w+\s+)?(?:rough|awful|terrible|rubbish|sick|ill|dreadful|lousy|the\s+same)\b"
    r"|\bstill\s+(?:had|have|has|got)\s+(?:the\s+|bad\s+|some\s+)?(?:pain|symptoms|itch(?:ing)?|discharge|a\s+cough|cough|fever|rash|nausea|diarrh(?:o)?ea|swelling)"
    r"\s+(?:after|at\s+the\s+end\s+of)\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?|courses?)\b"
)
_COUNT = {"no": 0, "none": 0, "zero": 0, "a": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twelve": 12, "a dozen": 12}
_NUMBER = r"(?:\d+|no|zero|a|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen)"
_EPISODE = (
    r"(?:[\w-]+\s+)?(?:infections?|flares?|flare-ups?|attacks?|episodes?|seizures?|migraines?|headaches?|colds?|bouts?|relapses?|"
    r"outbreaks?|breakouts?|nosebleeds?|fits|admissions?|exacerbations?|crises|stones?|uti'?s)"
)
# Fewer episodes since than before: "she's had 1 ear infection since, after 4 last winter", "two flares since starting, compared to six".
_SINCE_BEFORE = re.compile(
    rf"\b(?:had|has\s+had|have\s+had|'s\s+had|'ve\s+had)\s+(?:only\s+|just\s+)?(?P<since>{_NUMBER})\s+{_EPISODE}\b[^.;]{{0,40}}?\bsince\b[^.;]{{0,40}}?"
    rf"\b(?:after|compared\s+(?:to|with)|vs\.?|versus|against|down\s+from|from)\s+(?:about\s+|around\s+|roughly\s+)?(?P<before>{_NUMBER})\b"
)


# Better by a share or a lot: "cycles 2-4 with it were maybe 50% better", "way better", "half the size it was".
_BETTER_BY = re.compile(
    r"\b(?:\d+\s*%|half|twice|much|way|far|loads|heaps|massively|so\s+much|a\s+lot|a\s+hundred\s+times)\s+better\b(?!\s+than\s+(?:the\s+)?(?:placebo|control))"
    r"|\bhalf\s+the\s+size\b"
    r"|\b(?:way|much|far|a\s+lot|loads)\s+(?:shorter|milder|smaller|easier|quieter|calmer|less\s+(?:painful|itchy|sore|red|swollen|frequent|often|bad|severe))\b"
    r"|\b(?:quieter|milder|calmer|easier|shorter|smaller|less\s+(?:painful|itchy|sore|frequent|severe))\s+than\s+(?:it\s+was|they\s+were|before|last|the\s+first|previous|usual)\b"
)
# Relief at last, in a patient's words: "finally sorted me out", "my mouth is finally wet", "first full night's sleep in YEARS",
# "BV free the whole time", "started eating within a day", "shaved a good 40 sec off my TT", "didn't have a single loose poo".
_AT_LAST = re.compile(
    r"\bfinally\s+(?:sorted|cleared?|gone|wet|normal|sleeping|eating|working|under\s+control|better|healed|settled|regular|dry|able\s+to|back\s+to\s+normal)\b"
    r"|\bfirst\s+(?:full\s+|good\s+|proper\s+|decent\s+|whole\s+|real\s+)?night'?s?\s+sleep\s+in\s+(?:years|months|ages|forever|a\s+long\s+time)\b"
    r"|\b(?:stayed|been|was|were|is|are)\s+(?:[a-z]+[\s-])?free\s+(?:the\s+whole\s+time|ever\s+since|since|for\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?\w+\s+(?:days?|weeks?|months?|years?))\b"
    r"|\b(?:went|go|gone)\s+and\s+stayed\s+(?:gone|away)\b|\bstayed\s+gone\b"
    r"|\bstarted\s+(?:eating|feeding|sleeping|walking|talking|crawling|drinking)\s+(?:again|within|after|the\s+(?:next|same))\b"
    r"|\bshaved\s+(?:a\s+good\s+|about\s+|around\s+|nearly\s+)?\d+\s*(?:s|secs?|seconds|mins?|minutes)\s+off\b"
    r"|\bdid(?:n't|nt|\s+not)\s+have\s+a\s+single\s+(?:[\w-]+\s+){0,2}?(?:poo|stool|episode|attack|flare|seizure|nosebleed|infection|migraine|headache)\b"
)
_AT_LAST_WORDS = ("finally", "sleep", "free", "stayed", "started", "shaved", "single")
# A complaint or measure told from one number to another: "his sats went from 91 to 96", "my output went from roughly
# 1.8 litres to under a litre", "NRS fell from 7.4 to 5.1". Which way is better comes from the outcome named.
_FROM_ABOUT = r"from\s+(?:about\s+|around\s+|roughly\s+|over\s+|a\s+mean\s+of\s+)?"
_FROM_NUMBER_TO = re.compile(
    r"(?<![\w'-])(?P<what>(?:[\w'-]+\s+){1,4}?)(?:went|fell|dropped|came|come|rose|climbed|improved|decreased|declined|increased|has\s+gone|have\s+gone|is\s+down|was\s+down)"
    r"\s+(?:down\s+|up\s+)?" + _FROM_ABOUT + r"(?P<before>\d+(?:\.\d+)?)\s*(?:[a-z%/]+\s+)?"
    r"to\s+(?:about\s+|around\s+|roughly\s+|under\s+|below\s+|just\s+|only\s+|over\s+|above\s+)?(?P<after>\d+(?:\.\d+)?|a|one)\b"
)
# Its "from" and first number, in a scan led by the literal: the pattern tries each word as the start of the
# complaint named (~50 us a sentence), and most sentences with a "from" hold no number after it.
_FROM_NUMBER = re.compile(_FROM_ABOUT + r"\d")
_COMPLAINTS_LOWER = re.compile(
    r"\b(?:pain|itch\w*|output|infections?|size|seizures?|attacks?|episodes?|migraines?|headaches?|flares?|nrs|vas|score|scores|count|counts|"
    r"wees?|wetting|accidents|sweats|flushes|cravings?|urges?|spots|lesions?|warts?)\b"
)
# A complaint's frequency told from one to another: "Cramps went from most nights to once a fortnight".
_FREQUENCY = (
    (6, r"every\s+(?:single\s+)?(?:night|day)|nightly|daily|most\s+(?:nights|days)|constantly|all\s+the\s+time|several\s+times\s+a\s+day"),
    (5, r"(?:a\s+)?few\s+times\s+a\s+week|several\s+times\s+a\s+week|every\s+other\s+(?:day|night)|most\s+weeks"),
    (4, r"(?:once|twice)\s+a\s+week|weekly|(?:\d+-)?\d+\s+(?:nights|times|days)\s+a\s+week"),
    (3, r"once\s+a\s+fortnight|fortnightly|every\s+(?:two|2)\s+weeks|twice\s+a\s+month"),
    (2, r"(?:once\s+a\s+month|monthly|every\s+month)"),
    (1, r"every\s+few\s+months|(?:once|twice)\s+(?:in\s+)?(?:a|the(?:\s+whole)?)\s+year|rarely|hardly\s+ever|never"),
)
_HOW_OFTEN = "|".join(f"(?P<f{rank}_{{side}}>{words})" for rank, words in _FREQUENCY)
_FREQUENCY_FROM_TO = re.compile(
    r"\b(?:went|gone|dropped|come|came|fell|got)\s+(?:down\s+)?from\s+(?:roughly\s+|about\s+|around\s+)?(?:" + _HOW_OFTEN.format(side="a")
    + r")\s+to\s+(?:maybe\s+|about\s+|around\s+|just\s+|only\s+)?(?:" + _HOW_OFTEN.format(side="b") + r")"
)
# Nothing but a harm from it: "got nothing except the runs", "nothing but headaches".
_NOTHING_BUT_HARM = re.compile(
    r"\b(?:got|had|gave\s+me|felt|noticed)\s+nothing,?\s+(?:except|but|apart\s+from|other\s+than)\s+(?:the\s+|a\s+|bad\s+|awful\s+|terrible\s+|worse\s+|more\s+)?"
    r"(?:runs|diarrh\w*|headaches?|nausea|heartburn|reflux|cramps|bloating|wind|gas|rash(?:es)?|insomnia|nightmares|dizziness|stomach\s+(?:aches?|upset)"
    r"|stinging|burning|itching|irritation|vomiting|drowsiness|tiredness|fatigue|dry\s+mouth|side\s+effects)\b"
)


def _frequency_fell(lowered: str) -> str | None:
    """positive when a complaint's told frequency fell, negative when it rose, None when none is told."""
    found = _FREQUENCY_FROM_TO.search(lowered)
    if found is None:
        return None
    ranks = {name[1:].split("_")[1]: int(name[1:].split("_")[0]) for name, value in found.groupdict().items() if value}
    return None if ranks["a"] == ranks["b"] else "positive" if ranks["b"] < ranks["a"] else "negative"


# A complaint milder now: "the ringing definitely got quieter", "lows are shallower", "my flares have become milder".
_MILDER_WORDS = ("quieter", "shallower", "milder", "fainter", "lighter", "rarer", "shorter", "weaker")
_COMPLAINT_MILDER = re.compile(
    rf"\b(?:{_COMPLAINT}|ringing|tinnitus|lows|dips|crashes|mood\s+swings|swings|periods|flushes|nightmares|coughing|itching)\s+(?:have\s+|has\s+)?"
    r"(?:definitely\s+|really\s+|now\s+|much\s+|way\s+|a\s+lot\s+|noticeably\s+|so\s+much\s+|far\s+|a\s+bit\s+|slightly\s+)?"
    r"(?:got|gotten|become|became|are|is|were|was|feel|felt|seem|seemed)\s+"
    r"(?:definitely\s+|really\s+|now\s+|much\s+|way\s+|a\s+lot\s+|noticeably\s+|so\s+much\s+|far\s+|a\s+bit\s+|slightly\s+)?"
    r"(?:" + "|".join(_MILDER_WORDS) + r"|less\s+(?:intense|frequent|severe|painful|itchy|noticeable|often))\b"
    rf"(?!\s+(?:in|with|on|for|among)\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL})"
)
# A body that works again, or hair grown back: "she is climbing the stairs again", "my crown has visibly filled in".
_ABLE_AGAIN = re.compile(
    r"\b(?:is|are|am|was|were|'s|'re|'m)\s+(?:finally\s+|now\s+|happily\s+|back\s+)?(?:climbing|walking|running|jumping|playing|swimming|"
    r"driving|gardening|cycling|dancing|working|eating|sleeping|riding)\b[^.;]{0,30}?\bagain\b"
    r"|\b(?:crown|hair|hairline|temples|bald\s+(?:spot|patch)|patch|patches|brows|eyebrows|lashes|beard)\s+(?:has|have)\s+(?:\w+\s+)?(?<!been\s)(?:filled|grown)\s+(?:back\s+)?in\b"
)
# A function restored, in a patient's words: "libido noticeably better", "things were mostly back to normal",
# "felt normal by day two".
_RESTORED = re.compile(
    r"\b(?:libido|sex\s+drive|sleep|mood|energy|focus|appetite|memory|concentration|erections?)\s+(?:is\s+|was\s+|has\s+been\s+|got\s+|feels?\s+)?"
    r"(?:noticeably\s+|much\s+|way\s+|a\s+lot\s+|definitely\s+|far\s+|so\s+much\s+)?better\b"
    r"|\b(?:things|everything|it|libido|sleep|life)\s+(?:was|were|is|are|got|went)\s+(?:mostly\s+|almost\s+|pretty\s+much\s+|basically\s+|finally\s+)?"
    r"back\s+to\s+normal\b"
    r"|\b(?:felt|feel|feeling)\s+(?:completely\s+|totally\s+|pretty\s+much\s+|almost\s+|back\s+to\s+)?normal\s+(?:by|after|within|again)\b"
)
# A clinician's patients telling of less: "often report less odour within a fortnight".
_REPORT_LESS = re.compile(
    r"\breport(?:s|ed)?\s+(?:much\s+|far\s+|noticeably\s+)?less\s+(?:odou?r|pain|itch(?:ing)?|discomfort|stiffness|fatigue|bloating|nausea|"
    r"soreness|swelling|redness|flaking|irritation|sweating)\b"
    rf"(?![^.;]{{0,25}}?\b(?:on|with|in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL})"  # not "less itching on placebo"
)
# Nothing moved: "ours didnt budge after 2 months of the gel".
_DID_NOT_BUDGE = re.compile(r"\bdid(?:n't|nt|\s+not)\s+(?:budge|shift)\b")
# A harm, then the course stopped for it: "got really gassy and bloated on 10 billion CFU a day and we stopped after 3 days",
# "Made me really nauseous at 25 mg, had to stop after three days".
_HARM_WORD = re.compile(
    r"\b(?:nause\w*|vomit\w*|sick|diarrh\w*|loose\s+stools|headaches?|migraines?|gassy|bloat\w*|rash(?:es)?|hives|itchy|dizz\w*|cramps?|palpitations|insomnia|"
    r"jitter\w*|shaky|drows\w*|somnolen\w*|constipat\w*|heartburn|nightmares|agitat\w*|irritable|nosebleeds?|swollen|red\s+and\s+itchy)\b"
)
# The course stopped or cut back for it: "had to stop", "gave up", "had to drop back down", "quit".
_STOPPED = re.compile(
    r"\b(?:had\s+to\s+stop|we\s+stopped|i\s+stopped|so\s+(?:we|i)\s+stopped|stopped\s+(?:it\s+|them\s+|after|within)|gave\s+up|came\s+off\s+it"
    r"|had\s+to\s+(?:drop|go|come|cut)\s+(?:it\s+)?back(?:\s+down)?|so\s+i\s+quit)\b"
)


def _from_to(found: re.Match[str]) -> str | None:
    """The direction of a number told from one value to another, by what the number measures."""
    after = 1.0 if found["after"] in ("a", "one") else float(found["after"])
    before = float(found["before"])
    if after == before:
        return None
    what = found["what"]
    better = outcome_better(what) or ("lower" if _COMPLAINTS_LOWER.search(what) else None)
    if better is None:
        return None
    return "positive" if (after < before) == (better == "lower") else "negative"


def _count(word: str) -> int:
    """The number a commenter wrote, in digits or words."""
    return int(word) if word.isdigit() else _COUNT[" ".join(word.split())]


def own_report(lowered: str) -> str | None:
    """null, negative or positive for a patient's or parent's report in ``lowered``, None when it makes none."""
    found = _reports(lowered)
    if found == {"positive", "null"} and " but " in lowered:
        return "mixed"  # "the left knee felt great, but the right knee saw no change"
    return found.pop() if len(found) == 1 else None


def reports_harm(lowered: str) -> bool:
    """Whether ``lowered`` reports a harm the treatment brought, whatever else it reports ("no change, and it gave me a rash")."""
    return ("giv" in lowered or "gave" in lowered) and bool(_GAVE_HARM.search(lowered)) or (
        " me " in lowered and bool(_LEFT_ME_HARM.search(lowered))) or "negative" in _reports(lowered)


def _reports(lowered: str) -> set[str]:
    """Every direction the report in ``lowered`` states."""
    found = {_SAID[phrase_key(said.group(0))] for said in _PHRASE.finditer(lowered)}
    if ("more " in lowered or "ended up" in lowered or "made " in lowered) and _WORSE.search(lowered):
        found.add("negative")
    if "from " in lowered and " to " in lowered and (counted := _COUNTED_DOWN.search(lowered)) and "sleep" not in counted.group(0):
        found.add("positive" if int(counted["after"]) < int(counted["before"]) else "negative")
    if (" down" in lowered or "went from" in lowered) and _COMPLAINT_DOWN.search(lowered):
        found.add("positive")
    if " gone" in lowered and _COMPLAINT_GONE.search(lowered):
        found.add("positive")
    if ("zero " in lowered or "single " in lowered) and _NONE_SINCE.search(lowered):
        found.add("positive")
    if "back " in lowered and _BACK_WITHOUT.search(lowered):
        found.add("positive")
    if ("stayed" in lowered or "remained" in lowered or "kept" in lowered or " back" in lowered or "still " in lowered) and _STAYED_CLEAR.search(lowered):
        found.add("positive")
    if ("still " in lowered or " help " in lowered) and _STILL_UNWELL.search(lowered):
        found.add("null")
    if "since" in lowered and (counts := _SINCE_BEFORE.search(lowered)):
        found.add("positive" if _count(counts["since"]) < _count(counts["before"]) else "negative")
    if "better" in lowered or "half" in lowered or " than " in lowered or "way " in lowered or "much " in lowered:
        if _BETTER_BY.search(lowered):
            found.add("positive")
    if any(word in lowered for word in _AT_LAST_WORDS) and _AT_LAST.search(lowered):
        found.add("positive")
    if "from " in lowered and _FROM_NUMBER.search(lowered) and (moved := _FROM_NUMBER_TO.search(lowered)) and (course := _from_to(moved)):
        found.add(course)
    if "from " in lowered and (often := _frequency_fell(lowered)):
        found.add(often)
    if "nothing" in lowered and _NOTHING_BUT_HARM.search(lowered):
        found.add("negative")
    if "sorted" in lowered and _SORTED_COMPLAINT.search(lowered):
        found.add("positive")
    if ("er" in lowered or "less " in lowered) and ("less" in lowered or any(word in lowered for word in _MILDER_WORDS)) and (
            _COMPLAINT_MILDER.search(lowered)):  # (the words it needs spare the scan of every complaint named: 15 us)
        found.add("positive")
    if (" again" in lowered or " in" in lowered and ("again" in lowered or "filled" in lowered or "grown" in lowered)) and (
            _ABLE_AGAIN.search(lowered)):
        found.add("positive")
    if "less " in lowered and "report" in lowered and _REPORT_LESS.search(lowered):
        found.add("positive")
    if ("better" in lowered or "normal" in lowered) and _RESTORED.search(lowered):
        found.add("positive")
    if ("budge" in lowered or "shift" in lowered) and _DID_NOT_BUDGE.search(lowered):
        found.add("null")
    if ("stop" in lowered or "gave up" in lowered or "came off" in lowered or " back" in lowered or "quit" in lowered) and _STOPPED.search(lowered) and _HARM_WORD.search(lowered):
        found.add("negative")
    return found
