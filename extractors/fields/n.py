"""Sample size: "N = 84", "(n=31)", "84 adults", "Forty-two patients", per-arm counts
summed ("21 were randomised to drug and 20 to placebo"), with randomized, enrolled,
completed and analysed counts kept apart in ``n_detail``.

Everything is matched on the lowercased text (case-sensitive scans of a lowercased
string are about twice as fast as re.IGNORECASE); only "N =" versus "n =" looks at case.
Numbers are accepted only in a sample-size frame — next to a population noun, an
enrolment verb or "n =" — so years, doses, ages, durations, percentages and counts of
studies never become N by themselves.
"""

from __future__ import annotations

import re

from extractors.fields.lexicon import trie_pattern
from extractors.fields.markers import unglue_markers
from extractors.fields.numbers import DIGITS, WORDS, to_int, to_number
from extractors.per_document import per_document

_NUMBER = rf"(?P<num>{DIGITS}|\b{WORDS}\b)"
_NOUN_WORDS = (  # singular or plural
    "patient", "participant", "subject", "adult", "adolescent", "youth", "teenager", "individual", "person",
    "volunteer", "male", "female", "veteran", "outpatient", "out-patient", "inpatient", "in-patient", "student",
    "smoker", "drinker", "user", "infant", "neonate", "newborn", "mother", "resident", "employee", "worker",
    "athlete", "soldier", "service member", "respondent", "caregiver", "carer", "survivor", "donor", "recipient",
    "rat", "kid", "teen", "client", "buyer", "dieter", "hairdresser", "apprentice",
    "racehorse", "horse owner", "dog owner", "cat owner",
)
_PLURAL_NOUNS = (  # a singular would be a modifier ("a pilot study", "case reports")
    "children", "child", "people", "men", "women", "boys", "girls", "families", "couples", "dyads", "nurses",
    "physicians", "clinicians", "twins", "cases", "controls", "completers", "enrollees", "mice", "mouse", "animals",
    "dogs", "monkeys", "primates", "pigs", "piglets", "rabbits", "hamsters", "gerbils", "zebrafish", "larvae",
    "healthy controls", "personnel", "crew", "staff", "teachers", "runners", "cyclists", "swimmers", "seniors",
    "retirees", "pilots", "drivers", "firefighters", "officers", "prisoners", "inmates", "refugees", "migrants",
    "pairs", "fathers", "parents", "toddlers", "preschoolers", "schoolchildren", "pupils", "undergraduates",
    "elderly", "nursing home residents", "probands", "sufferers", "trainees", "pregnancies", "pregnant women",
    "babies", "players", "marathoners", "footballers", "rowers", "triathletes", "sprinters", "weightlifters",
    "powerlifters", "bodybuilders", "dancers", "climbers", "skiers", "golfers", "boxers", "wrestlers", "recruits",
    "cadets", "surgeons", "dentists", "pharmacists", "musicians", "gamers", "vapers", "midwives", "paramedics",
    "non-smokers", "nonsmokers", "ex-smokers", "insomniacs", "non-insomniacs", "asthmatics", "diabetics", "non-diabetics",
    "epileptics", "migraineurs", "hypertensives", "dyslexics", "amputees", "snorers", "stutterers",
    "cats", "horses", "ponies", "cattle", "cows", "calves", "heifers", "steers", "bulls", "sheep", "ewes", "lambs", "goats",
    "sows", "gilts", "chickens", "hens", "birds", "ducks", "turkeys", "beagles", "retrievers", "terriers", "spaniels",
    "shepherds", "greyhounds", "collies", "poodles", "dachshunds", "huskies", "bulldogs", "canines", "felines", "mares",
    "foals", "geldings", "stallions", "thoroughbreds", "dairy cows", "puppies", "kittens", "dams",
    "broilers", "chicks", "pullets", "cockerels", "quails", "geese", "poults",
    "ferrets", "guinea pigs", "macaques", "marmosets", "baboons", "rodents", "minipigs", "donkeys", "mules", "camels",
    "alpacas", "llamas", "buffaloes", "deer", "riders", "jockeys", "hikers", "divers", "mountaineers", "gymnasts", "skaters",
    "farmers", "miners",
)
# A trie of the nouns: it is tried after every count and its modifiers.
_NOUN = "(?:" + trie_pattern([w for word in _NOUN_WORDS for w in (word, word + "s")] + list(_PLURAL_NOUNS), strict_spaces=True) + ")"
# A citation's digits glued to the counted noun when a PDF flattened the superscript: "with 402 participants4 concluded".
_LETTER_DIGIT = re.compile(r"[a-z]\d")
_GLUED_MARKER = re.compile(rf"(?<=\d\s)({_NOUN})(\d{{1,2}}(?:[,\u2013-]\d{{1,2}})*)(?![\w.])")
_BLOCKED = (
    r"(?:(?:weeks?|days?|months?|years?)(?![\-‐]old)|hours?|minutes?|mg|trials?|studies|study|rcts?|sessions?|times|of|in|"
    r"with|and|or|to|per|at|from|for|were|was|the|a|an|who|had|than|doses?|groups?|arms?|sites?|centres?|"
    r"centers?|countries|hospitals|clinics|units|wards|practices|schools|farms|pens|visits|items|points|cycles|articles|papers|reports|"
    r"publications|datasets|cohorts|records|samples|references|percent|on|by|across|into|received|million|"
    r"billion|thousand|millions|thousands|hundreds|worldwide)"
)
# Up to six words, commas between them: "60 stressed but otherwise healthy adults", "45 older, sedentary women".
# "type 2 diabetes among participants": a preposition or conjunction ends the modifiers.
_MOD_BLOCKED = r"(?:among|amongst|after|before|during|without|within|between|under|via|through|because|since|whereas|while|when|if|like)"
# "study" before the people it enrolled: "Forty-six study subjects", "120 trial participants".
_STUDY_PEOPLE = r"(?:study|trial)(?=\s+(?:subjects|participants|patients|volunteers)\b)"
# A breed or strain code is one modifier: "240 Cobb 500 broilers", "60 Hy-Line 36 pullets".
_STRAIN = r"(?:ross|cobb|hubbard|hy-line|lohmann|isa|arbor\s+acres)\s+(?:[a-z]-?)?\d{1,3}"
# Two modifiers may be joined: "120 overweight and obese individuals" (not after a plural: "3 natural
# treatments and eligible patients").
# "64 type 2 diabetic patients": a disease's type or grade is one modifier, its number no count.
_TYPE_OF = r"(?:type|grade|stage|class)\s+(?:[1-4]|iv|i{1,3})(?![\w.])"
# An age is one modifier, its number no count: "24 8-week-old mice", "480 day-old chicks", "40 one-day-old broilers".
_AGED = r"(?:\d{1,3}|[a-z]+)[\-‐](?:days?|weeks?|months?|years?)[\-‐]olds?(?![\w\-])"
_MOD = (rf"(?:(?:{_STRAIN}|{_STUDY_PEOPLE}|{_TYPE_OF}|{_AGED}|(?!(?:{_BLOCKED}|{_MOD_BLOCKED})\b)[a-z][a-z'’\-]*)"
        rf"(?:(?<![^u]s)\s+(?:and|or)(?=\s+[a-z]))?,?\s+){{0,6}}")
# "three human volunteer studies", "two patient trials": the noun describes studies counted.
_STUDY_NOUN_AFTER = r"(?!\s+(?:stud(?:y|ies)|trials?|rcts?|experiments?|papers?|reports?|surveys?|cohorts?|clinics?|hospitals?|cent(?:re|er)s?|sites?|practices?|wards?)\b)"
_COUNT = rf"{_NUMBER}\+?\s+{_MOD}{_NOUN}\b{_STUDY_NOUN_AFTER}"  # "2,500+ adults": at least, read as the number

# "84 adults with panic disorder were randomized": who they were, between count and verb.
_QUALIFIER = (
    r"(?:(?:with|who\s+had|who\s+have|who\s+met|meeting|diagnosed\s+with|suffering\s+from|from|aged|in(?!\s+the\b))\s+"
    # a new count of people ends it: "300 patients with UC, 62 patients were randomized"
    rf"(?:(?!were\b|was\b|\d[\d,]*\s+{_MOD}{_NOUN}\b)[\w'’\-/,]+\s+){{1,6}}?)"
)
# Markdown emphasis around the letter, escaped or not: "*n* = 1,047", "_N_ = 84", "\\*n\\* = 40".
_EMPHASIS = r"(?:\\?[*_]){0,2}"
_EQ_RE = re.compile(rf"(?<![\w.]){_EMPHASIS}(?P<letter>[Nn]){_EMPHASIS}\s*(?:=|:|＝)\s*{_NUMBER.replace('(?P<num>', '(?P<eqnum>')}"
                    r"(?!\s*(?:studies|trials|rcts|articles|%))")
_COUNT_RE = re.compile(r"(?<![\w.,\[\-^/])" + _COUNT)
_RANDOMIZED = r"(?:randomi[sz]ed|randomly\s+assigned|randomly\s+allocated|assigned|allocated)"
_ENROLLED = r"(?:enrolled|recruited|included|studied|screened\s+and\s+enrolled)"
_AFTER_VERB_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?:of\s+(?:them|these|those)\s+)?(?:{_MOD}{_NOUN}\s+{_QUALIFIER}?)?(?:\([^)]{{0,40}}\)\s+)?(?:(?:who\s+)?(?:were|was|had\s+been)\s+)?"
    rf"(?:subsequently\s+|then\s+|successfully\s+|ultimately\s+|finally\s+)?(?:(?:were\s+)?(?:eligible|qualified|(?:met|fulfill?ed|satisfied)\s+(?:the\s+|all\s+)?(?:inclusion\s+|eligibility\s+|study\s+)?criteria)\s+and\s+(?:were\s+)?)?"
    rf"(?P<verb>included\s+in\s+the\s+(?:[\w\-]+\s+){{0,3}}analys[ie]s|{_RANDOMIZED}|underwent\s+randomi[sz]ation|"
    rf"(?:agreed|consented)\s+to\s+(?:be\s+randomi[sz]ed|participate|take\s+part)|consented(?!\s+to\b)|{_ENROLLED}|"
    rf"completed|finished|analy[sz]ed|evaluable)\b"
)
# "six randomized, placebo-controlled studies", "17 randomized trials were eligible": there
# the verb describes the studies counted, not people.
# Every verb of _AFTER_VERB_RE holds one of these: without any, it is not tried.
_AFTER_VERB_STEMS = ("includ", "random", "assign", "allocat", "underwent", "agreed", "consented", "enrolled", "recruited",
                     "studied", "completed", "finished", "analy", "evaluable")
_STUDIES_AFTER = re.compile(
    r"(?:[\s,]+(?!(?:to|into|in|were|was|by|at|for|from|with|of|the|this|that|these|its|their|a|an|all|each)\b)[a-z][\w\-]*){0,3}?[\s,]+"
    r"(?:trials?|stud(?:y|ies)|rcts?|articles|papers|reports|publications|records|comparisons|datasets)\b"
    r"(?!\s+(?:participants|patients|subjects|population|sample|volunteers))"  # "One randomised double-blind study"
)
# "356 partial responders", "624 responders were switched", "randomised 210 remitters": a plain
# "40 responders" is an outcome count, but a qualifier that describes who was enrolled, or an
# enrolment verb, makes them the people studied.
_RESPONDERS_RE = re.compile(
    rf"(?:\b(?P<before>randomi[sz]ed|re-?randomi[sz]ed|enroll?ed|recruited|switched|assigned|allocated)\s+(?:a\s+total\s+of\s+)?)?"
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+"
    # what they did not respond to, before the qualifier: "73 serotonin reuptake inhibitor (SRI) nonresponders"
    r"(?:(?:(?:[a-z][\w-]*|\([\w-]{1,12}\))\s+){1,4}?(?=(?:partial|inadequate|incomplete|insufficient|suboptimal|poor|non-?)\s*(?:responders|remitters)))?"
    r"(?P<qual>(?:partial|inadequate|incomplete|insufficient|suboptimal|poor|non-?)\s*)?"
    r"(?:responders|remitters)\b(?:\s+\([^)]{0,40}\))?"
    r"(?:\s+(?:who\s+)?(?:were|had\s+been)\s+(?:then\s+|subsequently\s+|next\s+)?"
    r"(?P<verb>re-?randomi[sz]ed|randomi[sz]ed|randomly\s+(?:re)?assigned|assigned|allocated|switched|enrolled|recruited|included))?"
)
# "12 were included in the meta-analysis": studies, not people.
_REVIEW_AFTER = re.compile(r"\s+in\s+(?:the|this|our)\s+(?:[\w\-]+\s+){0,2}?(?:meta-?\s?analys[ie]s|review|synthesis)\b")
# "randomized 6- to 17-year-olds", "enrolled 8-year-old children": an age, not a count.
_AGE_AFTER = r"[\-–‐]\s*(?:to|and)\s+\d|[\-–‐]?\s*(?:years?|yrs?)[\s\-–‐]*olds?\b|[\-–‐](?:year|yr|month)\b"
_BEFORE_VERB_RE = re.compile(
    rf"\b(?P<verb>randomi[sz](?:ed|ing)|randomly\s+(?:assigned|allocated)|enroll?(?:ed|ing)|recruit(?:ed|ing)|included|analy[sz]ed|"
    rf"completed\s+by|a\s+total\s+of|total\s+of|sample\s+(?:size\s+)?of|cohort\s+of|total\s+sample\s+of|"
    rf"sample\s+comprised|compris(?:ed|ing)|consisted\s+of|involving|involved|(?:total\s+)?sample\s+size(?=\s*:)|data\s+(?:from|on))"
    rf"(?:\s*:\s*(?:\*\*\s*)?|\s+)(?:a\s+total\s+of\s+|data\s+from\s+|only\s+|"
    rf"all\s+|approximately\s+|about\s+|nearly\s+|over\s+|more\s+than\s+)?{_NUMBER}"
    # "a cohort of 1.2 million adults", "data from 2.3 million people": registers count in millions
    rf"(?P<million>\s+million(?=\s+{_MOD}{_NOUN}\b))?"
    # "randomized 150 of them" counts people, "randomized 3 of 4 trials" does not
    rf"(?!\s*(?:%|(?!of\s+(?:them|these|those)\b){_BLOCKED}\b|[\-–]?\s*(?:mg|g|ml)\b)|{_AGE_AFTER})"
)
# "Vit-D: 203 Placebo: 213 Total: 416", "Drug = 40, Sham = 38, Total = 78": each arm's count under its
# label, then the total the cell states (summing the arms and the total would count everyone twice).
_ARMS_THEN_TOTAL_RE = re.compile(
    rf"(?:[a-z][\w\-+ ]{{0,20}}\s*[:=]\s*\d[\d,]*[\s,;|]+){{2,}}total\s*[:=]\s*{_NUMBER}(?![\d.,]|\s*%)")
_TOTAL_LABEL_RE = re.compile(r"total\s*[:=]")
# "the treatment group included", "the placebo arm comprised", "group B enrolled": the subject is one arm.
_GROUP_SUBJECT_BEFORE = re.compile(r"\b(?:group|arm)(?:\s+[a-z1-9])?\s+$")
_BEFORE_VERB_STEMS = ("random", "enrol", "recruit", "includ", "analy", "complet", "total", "sample", "cohort", "compris",
                      "consist", "involv", "data")
# Registry fields: "Actual Enrollment: 525", "Enrollment (Actual): 431", "No. of subjects: 520".
_REGISTRY_FIELD_RE = re.compile(
    rf"\b(?P<verb>enroll?ment(?:\s*\((?:actual|estimated|anticipated|participants|patients|subjects)\))?|"
    rf"(?:number|no\.)\s+of\s+(?:participants|subjects|patients)(?=\s*:|\s+\d[\d,]*\s*(?:$|\n))|"
    # "Target Recruitment: 12", "Target sample size 60", and a record that puts the value on the next line
    rf"(?:target|planned|intended)\s+(?:recruitment|enrol?lment|sample\s+size)(?:\s*\((?:participants|patients|subjects)\))?"
    rf"(?:\s*\n\s*[\-•*]\s*(?=\d))?)\s*:?\s*(?:\|\s*)?{_NUMBER}(?!\s*(?:%|{_BLOCKED}\b))"
)
# A label line of a study summary: "Participants: 120", "**Number of subjects:** 45",
# "Sample size 120", "- Subjects - 52", "Total participants: 120", a pipe-table field row
# "| Number of Subjects | 11 |", "| Enrollment | 39 |".
_LABEL_LINE_RE = re.compile(
    r"[\s>*\-•|]*(?:\*\*|__)?(?P<verb>(?:total\s+)?(?:(?:number|no\.)\s+of\s+)?(?:participants|subjects|patients)|sample(?:\s+size)?|total\s+n"
    r"|enrol?lment(?:\s*\((?:actual|estimated|anticipated)\))?(?=\s*\|))"
    rf"(?:\s*\((?:n|no\.?|number)\))?(?:\*\*|__)?\s*(?:[:\-–|]|(?=\d))\s*(?:\*\*|__)?\s*{_NUMBER}(?!\s*(?:%|{_BLOCKED}\b|[\-–]?\s*(?:mg|g|ml)\b|[\-–]\s*\d|[\d:/]|[.,]\d))"
)
# A survey's sample named by who buys or reads: "a customer survey of 1,200 buyers", "we polled 800 readers",
# "surveyed 2,000 members". Those nouns count people only after a survey word ("trusted by 50,000 customers" counts
# no sample).
_SURVEYED = r"(?:buyers|customers|consumers|shoppers|purchasers|members|readers|subscribers|users|owners|clients|visitors|households|listeners|viewers|followers)"
_SURVEY_RE = re.compile(
    rf"\b(?P<verb>survey(?:ed)?|polled|poll|interviewed|panel)\s+(?:of\s+|among\s+)?(?:nearly\s+|over\s+|about\s+|almost\s+|"
    rf"more\s+than\s+|some\s+|approximately\s+)?{_NUMBER}\s+{_MOD}{_SURVEYED}\b"
)  # (and a vendor's "panel of 18 customers who took two capsules daily")
# "Patients (113) received either capsaicin or vehicle": the sample's size in brackets after its noun.
_BRACKETED_SAMPLE_GATE = re.compile(r"\(\s*\d[\d,]*\s*\)\s+(?:were\s+|was\s+)?(?:receiv|random|enrol|includ|took|particip|complet|underw|assign|allocat)")
_BRACKETED_SAMPLE_RE = re.compile(
    rf"(?<![\w\-])(?P<verb>{_NOUN})\s*\(\s*{_NUMBER}\s*\)\s+(?:were\s+|was\s+)?"
    r"(?:received|receiving|randomi[sz]ed|randomly|enrolled|included|took\s+part|participated|completed|underwent|assigned|allocated)\b"
)
# What a total counts when it is not people: "a total of 427 wrist fractures", "involving 240 knee replacements".
_UNITS_AFTER = re.compile(
    # "a total of 10^10 organisms/day", "10 billion viable bacteria": a probiotic's count of microbes
    r"(?:\s*(?:\^|\*\*)\s*\d{1,2})?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:organisms|bacteria|microbes|cfus?|colony|spores|"
    r"fractures|eyes|knees|hips|teeth|lesions|wounds|ulcers|feet|joints|implants|procedures|"
    r"operations|surgeries|replacements|episodes|cycles|embryos|oocytes|specimens|prescriptions|admissions|encounters|"
    r"consultations|images|scans|tumou?rs|nodules|injections|deliveries|limbs|hands|shoulders|ankles|"
    # clusters: "randomised 32 primary schools (2,140 pupils)" counts the pupils
    r"schools|practices|clinics|hospitals|villages|communities|clusters|classes|classrooms|pharmacies|districts|wards|"
    r"(?:nursing|care)\s+homes)\b"
)
# A bracket with a percentage ("22 patients (73%) in the X group") marks responders or
# events, never an arm.
# "43 women who were randomly assigned to X": a relative clause; "349 were assigned omega-3": the arm
# named straight after the verb, as news writing has it.
_ARM_HEAD = (
    rf"(?:\s+{_MOD}{_NOUN})?(?:\s+\([^)%]{{0,30}}\))?\s+(?:(?:who\s+)?(?:were|was|had\s+been)\s+)?"
    rf"(?:(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+(?:to|into)|(?:randomly\s+)?(?:assigned|allocated)(?=\s+[a-z])"
    rf"|received|receiving|took|got|given|on|"
    rf"(?:were\s+)?(?:in|into)\s+the)\b"
)
_ARM_FIRST_RE = re.compile(rf"(?<![\w.,\[\-^/]){_NUMBER}{_ARM_HEAD}")
# The first arm after its randomising verb: "randomised 50 patients to X, 49 to Y and 48 to Z", "allocated
# 21 young people aged 8-17 to X and 20 to placebo" (the verb stands before the count, not after it).
_VERB_ARM_FIRST_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}(?:\s+{_MOD}{_NOUN})?(?:\s+aged\s+\d{{1,2}}\s*(?:[-–]|to)\s*\d{{1,2}}(?:\s+(?:years|months))?)?"
    r"(?:\s+with\s+(?:[a-z][\w'’\-]*\s+){0,3}?[a-z][\w'’\-]*)?\s+to\b")
_ARM_VERB_BEFORE = re.compile(r"\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+$")
# "... and 30 had no analgesic", "and 12 were left untreated": an untreated arm counted after the treated one.
_UNTREATED_ARM = (
    r"(?:(?:had|received|got|given)\s+no\s+(?:[a-z\-]+\s+)?(?:treatment|therapy|intervention|analgesi[ac]\w*|supplement\w*|"
    r"additives?|medication|drugs?|injections?|vaccin\w*|an(?:a)?esthe\w*|prophylaxis|antibiotics?|probiotics?|dressings?|"
    r"footbaths?|training|exercise)|(?:left\s+|went\s+)?untreated|served\s+as(?:\s+untreated)?\s+controls?)"
)
_ARM_TAIL = (
    rf"(?:\s+{_MOD}{_NOUN})?(?:\s+\([^)%]{{0,30}}\))?(?:\s+(?:(?:who\s+)?(?:were|was|had\s+been)\s+|who\s+(?=received|took|got))?"
    rf"(?:(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+)?(?:to|into|received|receiving|took|got|given|on|in\s+the|{_UNTREATED_ARM})\b)"
)
_ARM_NEXT_RE = re.compile(
    # "... sooner than 38 similar patients who received usual care": the comparison's other arm ("more than 38" is a bound)
    rf"(?:,|;|\band|\bas\s+well\s+as|\bwhile|\bwhereas|\bwith|\bvs\.?|\bversus|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)\bthan)\s+"
    rf"(?:the\s+remaining\s+|another\s+)?{_NUMBER}{_ARM_TAIL}"
)
# "83 were assigned to X ...; the remaining 72 participants were assigned to control": the
# other arm in the next clause of the sentence, named as the rest.
_ARM_REST_RE = re.compile(rf"[;,]\s+(?:and\s+|while\s+)?(?:the\s+(?:remaining|other)|another)\s+{_NUMBER}{_ARM_TAIL}")
_STAFF_NOUNS = ("physicians", "clinicians", "doctors", "nurses", "gps", "practitioners", "surgeons", "investigators", "raters",
                "assessors", "therapists", "pharmacists", "dentists", "midwives", "psychologists", "psychiatrists",
                "paramedics", "staff", "teachers", "coaches", "trainers", "instructors", "dietitians", "dieticians")
_BY_BEFORE = re.compile(r"\bby\s+(?:a\s+total\s+of\s+|some\s+|about\s+|over\s+)?$")
_DROPPED_OUT_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:were|was)\s+(?:lost\s+to\s+follow|excluded|withdrawn|removed)|dropped\s+out|withdrew|discontinued|"
    r"died|did\s+not\s+(?:complete|finish|return))")
# Between the first arm and the next, the first arm's count had an event: a harm or outcome count, not arm sizes.
_EVENT_BETWEEN_ARMS = re.compile(r"\b(?:had|developed|experienced|suffered)\s+(?!been\b|(?:significantly\s+|much\s+)?(?:better|worse|higher|lower|greater|larger|smaller)\b)")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
# "19 memantine + 18 placebo": counts glued to arm names, one arm a control.
_ARM_CONTROL = r"(?:placebo|sham|controls?|wait-?\s?list|waitlist|vehicle|usual\s+care|tau)"
_NAMED_ARM = r"(?:(?:on|with|taking|receiving|given)\s+)?[a-z][\w\-]*"
_NAMED_ARMS_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?P<first>{_NAMED_ARM})\s*(?:\+|,|and|vs\.?|versus|/)\s*"
    + _NUMBER.replace("(?P<num>", "(?P<second>")
    + rf"\s+(?P<last>{_NAMED_ARM})\b"
)
# Each arm's share counted out of its size: "9 of 12 on beta-alanine versus 1 of 12 on placebo" is 24 people, and so is
# "6 of 12 users compared with 1 of 12 on placebo".
_ARM_PEOPLE = r"(?:(?:patients|participants|subjects|people|adults|children|women|men|animals|dogs|cats|horses)\s+)?(?:on|in|with|given|receiving|taking|treated\s+with)\s+"
_DENOMINATOR_ARMS_RE = re.compile(
    rf"\b(?P<k1>\d+)\s+(?:of|out\s+of)\s+(?P<n1>\d+)\s+(?:{_ARM_PEOPLE}(?:[^,;.]|\.\d){{1,40}}?|(?:[a-z]+\s+)?(?=(?:versus|vs\.?|compared)\b))?,?\s*"
    rf"(?:versus|vs\.?|compared\s+(?:with|to)|against|and|but\s+only|while)\s+(?P<k2>\d+)\s+(?:of|out\s+of)\s+(?P<n2>\d+)\s+{_ARM_PEOPLE}"
)
# A treated group compared with another counted the same way: "gave selegiline to 44 senior dogs and compared them
# with 40 untreated dogs", "44 treated dogs were compared with 40 controls", "compared 44 treated dogs with 40 controls".
# (The name says "compared"; a treated group beside its controls is read the same way.)
_SECOND_GROUP = _NUMBER.replace("(?P<num>", "(?P<second>") + rf"\s+(?:[a-z][\w'-]*\s+){{0,3}}?(?:{_NOUN}|controls?)\b"
_COMPARED_GROUPS_RES = (
    re.compile(rf"{_NUMBER}\s+(?:[a-z][\w'-]*\s+){{0,3}}?{_NOUN}\b[^.;,\d]{{0,40}}?\bcompared\s+(?:them\s+|it\s+)?(?:with|to|against)\s+{_SECOND_GROUP}"),
    re.compile(rf"\bcompared\s+{_NUMBER}\s+(?:[a-z][\w'-]*\s+){{0,3}}?{_NOUN}\s+(?:with|to|against)\s+{_SECOND_GROUP}"),
    # "gave exenatide to 20 patients ... while 24 controls continued their usual medication"
    re.compile(rf"{_NUMBER}\s+(?:[a-z][\w'-]*\s+){{0,3}}?{_NOUN}\b[^.;\d]{{0,80}}?\b(?:while|whereas)\s+"
               + _NUMBER.replace("(?P<num>", "(?P<second>") + r"\s+(?:(?:untreated|matched|age-matched|healthy)\s+)?controls\b"),
)
# What each of those needs before its second group's count, found in one scan behind a literal: most comparisons
# name no second count ("was compared with placebo"), and each pattern's search tries a count at every word (60 us).
_SECOND_COUNT = re.compile(r"(?:compared\s+(?:(?:them\s+|it\s+)?(?:with|to|against)\s+)?|while\s+|whereas\s+)" + _NUMBER)
# "(40 patients)", "(n=19)", "(n = 41)" after each arm's name.
_BRACKETED_COUNT_RE = re.compile(
    rf"\(\s*{_NUMBER}\s+{_MOD}{_NOUN}\s*\)|[(\[]\s*{_EMPHASIS}n{_EMPHASIS}\s*[=:＝]\s*{_NUMBER.replace('(?P<num>', '(?P<eqn>')}\s*[)\]]"
)
# Between "(" or one arm's size and the next size: "; placebo: ", ", drug ", " vs. placebo, ".
_ARM_LABEL_GAP = re.compile(r"\s*(?:[,;]|\bvs\.?|\bversus)?\s*(?:[a-z][\w\-+]*\s*){0,3}[:,]?\s*")
# "or a comparable but sedentary attention control program": up to seven words name the next arm.
# An arm may be named by its dose: "1 g/day (n=20), 2 g/day (n=20), or placebo (n=19)".
_BRACKET_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:or|and|versus|vs\.?)\s+)"
    r"(?!of\s+(?:which|whom|these|them|those)\b|including\b|includ\w+\s|among\s+(?:them|these|whom)\b)"  # a subset of the first
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?:[a-z][\w\-]*|\d[\d.]*\s*(?:mg|g|mcg|µg|ug|iu|ml)(?:/(?:kg|day|d))?(?![\w/]))(?:\s+[\w\-]+){0,6}\s*"
)
_ARM_CONTROL_RE = re.compile(rf"\b{_ARM_CONTROL}\b")
_GROUP_WORD_AFTER = re.compile(r"\s+(?:groups?|arms?|conditions?)\b")  # "one control and four dose groups" counts groups
_ARM_UNIT = r"(?:groups?|arms?|conditions?|cohorts?|treatment\s+arms?|study\s+arms?)"
_ARM_COUNT_WORD = r"(?P<k>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[2-9])"
# "29 were allocated to each arm", "n = 29 per group", "40 patients in each of the three groups",
# "six in each drug (D) or placebo (P) group": the arms named before the group word are counted.
_ARM_NAME = r"[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*)?(?:\s+\([^()]{1,12}\))?"
_PER_ARM_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?:{_MOD}{_NOUN}\s+)?(?:\([^)]{{0,30}}\)\s+)?(?:(?:were|was)\s+)?"
    rf"(?:(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated|enrolled|included|recruited|studied|used|tested|"
    rf"housed|treated)\s+)?"
    rf"(?:per|in\s+each|to\s+each|for\s+each|into\s+each|each)\s+(?:of\s+(?:the\s+)?{_ARM_COUNT_WORD}\s+"
    rf"|(?:of\s+the\s+|the\s+)?(?P<names>{_ARM_NAME}(?:,?\s+(?:or|and|&)\s+{_ARM_NAME}|,\s+{_ARM_NAME}){{1,4}})\s+)?{_ARM_UNIT}\b"
)
_ARM_NAME_SPLIT = re.compile(r",?\s+(?:or|and|&)\s+|,\s+")
# "each of the three groups included 20 participants"
_EACH_ARM_HAD_RE = re.compile(
    rf"\beach\s+(?:of\s+(?:the\s+)?{_ARM_COUNT_WORD}\s+)?{_ARM_UNIT}\s+(?:included|comprised|had|contained|enrolled|"
    rf"consisted\s+of|of|with)\s+{_NUMBER}"
)
_ARM_COUNT_RE = re.compile(
    rf"\b{_ARM_COUNT_WORD}[\s\-]+(?:parallel[\s\-]+|treatment[\s\-]+|study[\s\-]+)?(?:arms?|groups|conditions)\b"
    rf"|\b(?:between|across)\s+(?:the\s+)?{_ARM_COUNT_WORD.replace('?P<k>', '?P<k2>')}\s+(?:arms|groups|conditions)\b"
)
_ARM_LIST_RE = re.compile(
    r"\b(?:randomi[sz]ed|assigned|allocated|received|receiving|given|to)\s+(?:to\s+)?"
    r"(?P<list>[a-z][^.;()]{0,100}?\s(?:or|versus|vs\.?)\s[^.;(),]{1,40}?)(?=\s*[(.;,]|\s+(?:for|at|during|over|per|daily)\b|$)"
    r"|\((?P<plist>[a-z][\w\- ]{0,30}(?:,\s*[a-z][\w\- ]{0,30}){1,4})\)"
    r"|\bin\s+the\s+(?P<glist>[a-z][^.;()]{0,80}?\s(?:and|or)\s[\w\- ]{1,30}?)\s+(?:groups|arms|conditions)\b"
)
_ARM_LIST_SPLIT = re.compile(r",\s*(?:or\s+|and\s+)?|\s+(?:or|and|versus|vs\.?)\s+")
_EQUALS_BEFORE = re.compile(rf"\bn{_EMPHASIS}\s*[=:＝]\s*$")
# The other arms' sizes listed before the last one's "per arm": "40, 38 and 42 per arm", "(50/49/51 per group)".
_SIZES_BEFORE_PER_ARM = re.compile(r"(?<![\w.,])\d{1,5}(?:\s*(?:,|/)\s*\d{1,5})*\s*(?:,?\s*(?:and|&)|/)\s*$")
_PER_GROUP_RE = re.compile(r"each|(?:/|per)\s*(?:group|arm)")
_ARM_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12}
# "divided into ten groups (n=6)", "five groups of (containing) eight mice": groups times their size
# ("two groups (n = 40)" may as well be the total, so the bracket needs three groups or "each").
_PER_GROUP = r"(?:each|(?:/|per)\s*(?:group|arm))"
_GROUPS_OF_RE = re.compile(
    rf"\b{_ARM_COUNT_WORD}\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:groups|arms|cohorts)\s*"
    rf"(?:\(\s*{_EMPHASIS}n{_EMPHASIS}\s*[=:＝]\s*{_NUMBER}(?:\s*{_NOUN})?(?:\s*{_PER_GROUP})?\s*\)"
    rf"|\(\s*{_NUMBER.replace('(?P<num>', '(?P<per>')}\s*{_NOUN}\s*{_PER_GROUP}\s*\)"  # "(6 rats/group)"
    rf"|(?:of|containing|comprising|with)\s+{_NUMBER.replace('(?P<num>', '(?P<size>')}\s+(?:{_MOD}{_NOUN}|each)\b)"
)

# "8 pens of 10 pigs", "6 replicates of 20 birds each", "12 cages of 5 mice": animals counted by their housing.
_HOUSED_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?:replicate\s+)?(?:pens|cages|replicates|litters|tanks|hutches|stalls|paddocks)\s+"
    rf"(?:of|with|containing|holding|each\s+(?:with|of|holding|containing))\s+"
    + _NUMBER.replace("(?P<num>", "(?P<each>") + rf"\s+{_MOD}{_NOUN}\b"
)
# "12 men and 14 women": one sample of 26 described by sex.
# "62 female and 59 male subjects completed the study": the sum keeps the verb's role.
_SEX = r"(?:men|women|boys|girls|males?|females?)"
_SEXES_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?:{_MOD})?{_SEX}(?:\s+{_NOUN})?\s+and\s+"
    + _NUMBER.replace("(?P<num>", "(?P<second>")
    + rf"\s+(?:{_MOD})?{_SEX}\b(?:\s+{_NOUN}\b)?"
    rf"(?:\s+(?:who\s+)?(?:(?:were|was|had\s+been)\s+)?(?P<verb>{_RANDOMIZED}|{_ENROLLED}|completed|finished|analy[sz]ed)\b)?"
)
# "40 insomniacs and 40 non-insomniacs", "52 smokers and 48 nonsmokers": a group and its complement are one sample.
_COMPLEMENT_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?P<who>[a-z]{{3,}})\s+and\s+"
    + _NUMBER.replace("(?P<num>", "(?P<second>") + r"\s+non-?(?P=who)\b"
)
_PART_OF_RE = re.compile(
    rf"(?<![\w.,\[\-^/]){_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+|those\s+)?"
    + _NUMBER.replace("(?P<num>", "(?P<whole>")
    + rf"(?P<noun>\s+{_MOD}{_NOUN})?(?:\s+\([^)]{{0,30}}\))?[\s,]+(?:(?:who\s+)?(?:were|was|had\s+been)\s+)?"
    rf"(?:(?:initially\s+)?(?:randomi[sz]ed|enrolled|recruited|treated|included)[\s,]+)?"
    rf"(?:(?:who\s+)?(?:were|was|had)\s+)?(?P<verb>completed|finished|analy[sz]ed|evaluable|included\s+in\s+the\s+analys[ie]s)?"
)
# "(n = 2,169, 3,548, and 192, respectively)": one size per group named before.
_LIST_NUMBER_RE = re.compile(DIGITS)
# "n = 40, 38 and 41, respectively", and the same list closing its bracket: "(n = 40, 38, 41 and 39)",
# "(n = 41, 40, 38 and 41; 160 in total)".
_RESPECTIVELY_RE = re.compile(
    rf"(?P<list>(?:\s*,\s*{DIGITS})*\s*,?\s*(?:and|&)\s+{DIGITS})\s*,?\s*(?:respectively|(?=[)\];]))"
    rf"|(?P<commas>(?:\s*,\s*{DIGITS}){{2,}})\s*(?=[)\];])"
)
# "(n = 40, 38 and 41 active; 39 placebo)", "(n = 61, 60 and 62 on drug; 59 on placebo)": the active arms'
# sizes under one label, then the control arm's after a semicolon.
_LABELLED_ARMS_RE = re.compile(
    rf"(?P<list>(?:\s*,\s*{DIGITS})*\s*,?\s*(?:(?:and|&)\s+{DIGITS})?)\s+(?:on\s+|in\s+|with\s+|taking\s+|receiving\s+)?"
    rf"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,2}}\s*[;,]\s*(?P<control>{DIGITS})\s+(?:on\s+|in\s+|with\s+|taking\s+|receiving\s+)?"
    r"(?:the\s+)?(?:placebo|sham|controls?|saline|vehicle|usual\s+care|wait-?\s?list|no\s+treatment|untreated)\b"
    r"(?:\s+[a-z][\w\-]*){0,2}\s*(?=[)\]])"
)
# "82, 70, and 70 patients in each group, respectively", "30 and 32 adults, respectively": one
# size per group, listed before the people counted.
_LISTED_COUNTS_RE = re.compile(
    rf"(?<![\w.,\[\-^/])(?P<list>{DIGITS}(?:\s*,\s*{DIGITS})*\s*,?\s*(?:and|&)\s+{DIGITS})\s+{_MOD}{_NOUN}\b"
    rf"|\b(?:group|sample|arm)\s+sizes?\s+(?:were|was|of|:)\s+(?P<sizes>{DIGITS}(?:\s*,\s*{DIGITS})*\s*,?\s*(?:and|&)\s+{DIGITS})"
)
# "randomised 40, 38 and 41 participants to 1, 2 or 4 mg", "allocated 55 and 52 women to ...": the verb that
# shares people out before the list says each size is one arm's.
_ALLOCATED_BEFORE = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:a\s+total\s+of\s+|respectively\s+)?$")
_SIZES_JOINED = re.compile(r"\d,?\s(?:and|&)\s\d")  # "40, 38 and 41": what a list of sizes needs
_ALLOCATED_AFTER = re.compile(
    r"\s+(?:were\s+|had\s+been\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:to|into|between)\b")
_EACH_GROUP_AFTER = re.compile(r"\s+(?:(?:were\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|included)\s+)?(?:in|per|to|into)\s+each\s+(?:group|arm)")
_STUDIES_LISTED = re.compile(r"\b(?:two|three|four|both|several|\d)\s+(?:[\w-]+\s+){0,3}?(?:trials|studies|cohorts|rcts)\b")
_GROUP_WORD = re.compile(r"\b(?:groups?|arms?)\b")
_EACH_ARM_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:on|in|per|to|for)\s+(?:each|every)\s+(?:group|arm)\b")
_EXCLUDED_BEFORE = re.compile(r"exclu|discard|remov|duplicat|ineligib|not\s+eligible|did\s+not\s+meet|withdr|lost\s+to")
_EVENT_AFTER = re.compile(
    r"(?:\s*\([^)]{0,60}\))?(?:\s+(?:in|on|from|of|receiving|taking)\s+(?:the\s+)?[^,;.()]{1,40}?\s+(?:group|arm)s?"
    r"|\s+(?:in\s+those\s+|of\s+those\s+)?(?:taking|receiving|given|on)\s+[\w\-]+(?:\s*\([^)]{0,30}\))?)?"
    r"\s+(?:(?:had|have|were|was)\s+)?"  # not "who": "67 patients who had responded" is the sample
    r"(?:responded|remitted|relapsed|dropped\s+out|discontinued|withdrew|withdrawn|died|lost\s+to\s+follow[\s-]?up"
    r"|(?:showed|reported|experienced|had|achieved|developed)\s+(?:an?\s+|any\s+)?(?:[\w\-]+\s+)?"
    r"(?:response|remission|relapse|adverse|side[\s-]effects?))\b"
)
# "to the supplement group", "to 90-minute hatha yoga practice groups": one arm's ("to two groups" is all of them).
_ONE_ARM_AFTER = re.compile(
    r"\s+(?:to|into)\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:group|arm)\b"
    r"|(?!(?:two|three|four|five|six|both|either|each|one|separate|different|[2-6])\b)(?:[\w\-]+\s+){1,4}?groups\b)")
_OTHER_ARM = re.compile(r"\b(?:or|and|versus|vs)\b")
_RANDOMIZED_PHASE_AFTER = re.compile(
    r"\s+(?:who\s+)?(?:(?:were|was)\s+)?(?:in|entered|entering|continued\s+into|enrolled\s+in)\s+the\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:double[\s-]blind(?:ed)?|randomi[sz]ed|placebo[\s-]controlled)\s+(?:[\w\-]+\s+)?(?:phase|period|stage|part)\b"
)
_DIGIT_RE = re.compile(r"\d")
_NEXT_WORD = re.compile(r"\s*[\w\-]+")
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")
# "905 patients (72% women, median age 60)": a bracket that describes the sample's make-up is no share.
_SHARE_AFTER = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*%(?!\s*(?:women|men|females?|males?|girls|boys|white|black|caucasian)\b)")
# Every frame but "n = 84" holds one of these at a word start: a population noun, an
# enrolment or arm verb, an arm or control word, "per"/"each". One scan of them skips the
# number patterns for the many sentences whose numbers are years, doses or percentages.
_CUE_WORDS = (
    *_NOUN_WORDS, *_PLURAL_NOUNS, "randomi", "randomly", "assign",
    "allocat", "enrol", "recruit", "includ", "studied", "screened", "complet", "finish", "analy", "evaluable",
    "total", "sample", "cohort", "compris", "consist", "involv", "received", "receiving", "took", "got", "group",
    "arm", "condition", "placebo", "sham", "wait", "vehicle", "usual", "tau", "per", "each", "agreed", "consented",
    "underwent", "responders", "remitters",
)
# "a 90-patient trial", "a 1,200-woman cohort", "the 40-child pilot": the sample written as the study's size.
_SIZED_NOUN = "(?:" + "|".join((*_NOUN_WORDS, "woman", "man", "child", "baby", "people")) + ")"
_STUDY_WORD_RE = re.compile(r"trial|stud|cohort|pilot|rct")
_SIZED_STUDY_RE = re.compile(
    rf"(?<![\w.,\-])(?P<num>{DIGITS})[\-\u2010\u2011]{_SIZED_NOUN}\s+(?:[a-z\-]+\s+){{0,3}}?(?:trials?|stud(?:y|ies)|rcts?|cohorts?|pilots?)\b")
_CUE_RE = re.compile(r"(?<![a-z])(?:" + trie_pattern(_CUE_WORDS, strict_spaces=True) + ")")
# "Adults ( | n | = 50)": a copy of a table that set the italic n apart as a cell of its own; kept at its length.
_CELLED_N = re.compile(r"\|\s*([Nn])\s*\|\s*[=＝]")
_NUMBERED_ARM_N = re.compile("(?<![\\w.])([Nn])[12\u2081\u2082](?=\\s*[=:\uff1d])")
_EQ_GATE = re.compile(rf"(?<![\w.]){_EMPHASIS}n{_EMPHASIS}\s*[=:＝]")
_DIGIT_RUN_RE = re.compile(r"\d+")
_RATIO_AFTER = re.compile(r"\s*[:/]\s*(?:\d|group|arm)")
# Unit words start most teens ("sixteen"); "thirteen" and "fifteen" are listed themselves.
_NUMBER_WORD_RE = re.compile(trie_pattern((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fifteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
), strict_spaces=True))
_NUMBER_RE = re.compile(rf"(?<![\w.,\[\-^/]){_NUMBER}")
# A number followed by a unit, a duration, a percent sign, a closing bracket or the next
# number of a list counts no one, nor does one with no count cue in the words after it:
# no count pattern is tried there.
_NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:%|[-–]?\s*(?:mg|g|µg|μg|ug|mcg|ng|iu|ml|kg|ma|hz)\b|(?:(?:weeks?|days?|months?|years?)(?![\-‐]old)|hours?|hrs?|h|minutes?|"
    r"mins?|seconds?|times)\b|[)\]/:;]|\.\d|,\s*\d)"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|our|his|her)\s+$|\w['’]s?\s+$")  # or a possessive: "Ferreira's 2021 registry analysis"
_STUDY_AFTER_YEAR = re.compile(r"\s+(?:[\w-]+,?\s+){0,3}?(?:stud(?:y|ies)|trials?|reviews?|meta-analys[ie]s|analys[ie]s|"
                               r"surveys?|papers?|reports?|rcts?|cohorts?|audits?|series)\b")
_YEAR_CONTEXT = re.compile(
    r"(?:\bin|since|during|until|from|by|circa|between|and|published|:"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?|\b(?:spring|summer|autumn|fall|winter)|\bet\.?\s*al\.?,?)\s*$"
)  # "from January 2020 to January 2021 were randomly assigned": a date; "Iwamoto et al. 2019": a citation's year
# A year-like number as a study's subject, its verb then counting the people: "Smith 2019 randomised 201 adults".
_YEAR_THEN_COUNT = re.compile(
    r"\s+(?:randomi[sz]ed|enrolled|recruited|studied|followed|treated|assigned|allocated|tested|gave)\s+(?:a\s+total\s+of\s+)?\d")
# "1 in 68 children", "2 in 3 participants", "1:68 children" (a prevalence, not "Group 1: 68 patients"); "an IPSS of at
# least 13", "a PSQI score above 5", "HbA1c ≥ 7" (an eligibility threshold counts no one).
_AGE_CONTEXT = re.compile(r"(?:\b(?:one|1)\s+(?:in|out\s+of|of(?=\s+every))\s+(?:every\s+)?|\bevery\s+|(?:[^\w\s\-.]\s*|\b(?:that|about|nearly|almost|roughly|around|only|just|some|than|were|was|are|is|and|or)\s+)(?:[2-9]|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?|(?<![\w.,:])1[:/](?!\s)|\bat\s+(?:least|most)|[≥≤<>]=?|=[<>]|"
                          r"\b(?:above|below|greater\s+than|less\s+than|higher\s+than|lower\s+than|exceeding|scores?\s+of)|aged?|ages|age\s+range|years?\s+old|mean\s+age(?:\s+of)?|\[|\^|p\s*[<=>]|ci)\s*$")
# "24 or more points", "50 or older": a threshold too.
_THRESHOLD_AFTER = re.compile(r"\s*(?:or\s+(?:more|higher|above|greater|less|lower|below|older|younger)|\+?\s*points?)\b")
# "between 18 and 65", "from 18 to 65": the start of a range; "data from 3,421 participants" counts people.
_RANGE_START = re.compile(r"\b(?:between|from)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:to|and|-|–)\s*\d")
_ROLE_BEFORE_EQ = [
    (re.compile(r"(?:complet\w*|finished)[^=]{0,25}$"), "completed"),
    (re.compile(r"(?:analy[sz]\w*|itt|intention[\s-]to[\s-]treat|per[\s-]protocol|evaluable)[^=]{0,25}$"), "analysed"),
    (re.compile(r"randomi[sz]\w*[^=]{0,15}$"), "randomized"),
    (re.compile(r"(?:enroll?\w*|recruit\w*)[^=]{0,15}$"), "enrolled"),
]


_ODD = re.compile(r"(\d)-odd\b")


@per_document(maxsize=4096)
def parse_n(text: str) -> tuple[int | None, dict]:
    """(N, detail): N is the randomized or enrolled total when stated, else the total
    studied; ``detail`` keeps "randomized", "enrolled", "completed", "analysed",
    "arms" (with "text", the words that gave the arms). Kept for the document (callers
    read the detail, never change it): a sentence read ahead is asked again whether it
    may stand alone (377 of 4,309 calls on the benchmark's dense text)."""
    text = unglue_markers(text)
    if _LETTER_DIGIT.search(text):
        text = _GLUED_MARKER.sub(lambda found: found.group(1) + " " * len(found.group(2)), text)  # "402 participants4": a flattened citation
    if "-odd" in text:
        text = _ODD.sub(lambda found: found.group(1) + " " * 4, text)  # "2,700-odd patients": about 2,700, kept at its length
    if "\u03ed" in text:
        text = text.replace("\u03ed", "=")  # OCR of a PDF's '=' glyph: "(n \u03ed 12)"
    if "n1" in text or "n2" in text or "n\u2081" in text or "n\u2082" in text:
        text = _NUMBERED_ARM_N.sub(r"\1 ", text)  # "(n1 = 40, n2 = 38)": each arm's size, kept at its length
    if "|" in text and ("n |" in text or "N |" in text):
        text = _CELLED_N.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1) - 1) + "=", text)
    lowered = text.lower()
    if len(lowered) != len(text):
        return None, {}
    detail: dict = {}
    used: list[tuple[int, int]] = []
    totals: list[int] = []

    # Every pattern but "randomized 84 ..." starts at a number, so try them only there.
    if not _DIGIT_RE.search(lowered) and not _NUMBER_WORD_RE.search(lowered):
        return None, {}
    equals = ("=" in lowered or ":" in lowered or "＝" in lowered) and bool(_EQ_GATE.search(lowered))
    surveyed = ("survey" in lowered or "poll" in lowered or "interviewed" in lowered or "panel" in lowered) and bool(_SURVEY_RE.search(lowered))
    if not (equals or surveyed or _CUE_RE.search(lowered)):
        return None, {}  # numbers, but no one counted: years, doses, percentages
    starts = _number_starts(lowered)
    before_verbs = _holds_any(lowered, _BEFORE_VERB_STEMS)
    registry = (
        ("enrolment" in lowered or "enrollment" in lowered) and (":" in lowered or "enrol" in lowered)
    ) or "number of" in lowered or "no. of" in lowered or "target " in lowered or "planned " in lowered or "intended " in lowered
    label = _LABEL_LINE_RE.match(lowered)
    slashed = "/" in lowered and ("group" in lowered or " arm" in lowered or equals)  # "10/10/9 per group", "n = 12/11"
    bracketed = "(" in lowered and bool(_BRACKETED_SAMPLE_GATE.search(lowered))
    if not (starts or equals or before_verbs or registry or label or slashed or surveyed or bracketed or "sizes" in lowered):
        return None, {}
    listed_arms = "respectively" in lowered or "each" in lowered or (
        (" and " in lowered or " & " in lowered) and ("random" in lowered or "assign" in lowered or "allocat" in lowered)
        and bool(_SIZES_JOINED.search(lowered)))
    if listed_arms and (studies := _sizes_of_studies(lowered)):
        detail["total"] = studies[0]
        used.append(studies[1])
    arms, arms_span = _listed_arms(lowered) if listed_arms else ([], (0, 0))
    if not arms:
        arms, arms_span = _arms(lowered, starts)
        if not arms and arms_span[1]:
            used.append(arms_span)
    if not arms and lowered.count("(") + lowered.count("[") >= 2:
        arms, arms_span = _bracketed_arms(lowered)
    if not arms:
        arms, arms_span = _equal_arms(lowered, starts)
    if not arms and ("compared" in lowered or "controls" in lowered):
        arms, arms_span = _compared_groups(lowered)
    if not arms and " of " in lowered:
        arms, arms_span = _denominator_arms(lowered)
    if not arms and slashed:
        arms, arms_span = _slash_arms(lowered)
    if arms:
        detail["arms"] = arms
        detail["text"] = text[arms_span[0] : arms_span[1]]
        used.append(arms_span)

    label_of_total = _TOTAL_LABEL_RE.search(lowered) if "total" in lowered else None
    stated = _ARMS_THEN_TOTAL_RE.search(
        lowered, max(0, label_of_total.start() - 120), label_of_total.end() + 30) if label_of_total else None
    if stated and (value := _count(stated.group("num"), lowered, stated.start("num"))):
        detail["total"] = value
        used.append(stated.span())
    for match in _anchored(_PART_OF_RE, lowered, starts):
        whole = _count(match.group("whole"), lowered, match.start("whole"))
        part = _count(match.group("num"), lowered, match.start("num"))
        if whole is None or part is None or part > whole or _inside(match.start(), used):
            continue
        if not (match.group("noun") or match.group("verb")):
            continue  # "3 of 4 trials", "one of two sites"
        totals.append(whole)
        if match.group("verb"):
            detail.setdefault(_verb_role(match.group("verb")), part)
        used.append(match.span())

    eq_matches = list(_EQ_RE.finditer(text)) if equals else []
    if not arms and len(eq_matches) >= 2:
        arms, arms_span = _bracket_of_arms(lowered, eq_matches)
        if arms:
            detail["arms"] = arms
            detail["text"] = text[arms_span[0] : arms_span[1]]
            totals.append(sum(arms))
            used.append(arms_span)
    eq_values: list[tuple[str, int, str]] = []  # (letter, value, role)
    first_eq = None
    for match in eq_matches:
        value = _count(match.group("eqnum"), lowered, match.start("eqnum"))
        if value is None or _inside(match.start(), used) or _excluded_count(lowered, match.start()):
            continue
        if _EQ_RANGE_AFTER.match(lowered, match.end()):
            continue  # "(n = 8–10 per group)": a range of group sizes, no total
        listed = _RESPECTIVELY_RE.match(lowered, match.end())
        if listed:
            values = [value, *(to_int(m.group(0)) or 0 for m in _LIST_NUMBER_RE.finditer(listed.group("list") or listed.group("commas")))]
            if all(values):
                detail.setdefault("arms", values)
                totals.append(sum(values))
                used.append((match.start(), listed.end()))
                continue
        labelled = _LABELLED_ARMS_RE.match(lowered, match.end()) if ";" in lowered or "," in lowered else None
        if labelled:
            values = [value, *(to_int(m.group(0)) or 0 for m in _LIST_NUMBER_RE.finditer(labelled.group("list"))),
                      to_int(labelled.group("control")) or 0]
            if all(values):
                detail.setdefault("arms", values)
                totals.append(sum(values))
                used.append((match.start(), labelled.end()))
                continue
        role = _role_before(lowered[max(0, match.start() - 40) : match.start()])
        eq_values.append((match.group("letter"), value, role))
        first_eq = match.start() if first_eq is None else first_eq
    if first_eq is not None and _everyone_in_every_arm(lowered, first_eq, eq_values):
        detail.setdefault("total", eq_values[0][1])
        eq_values = []
    _resolve_eq(eq_values, detail, totals)

    sexes = ("men" in lowered or "male" in lowered or "boys" in lowered or "girls" in lowered) and "and" in lowered
    for match in _anchored(_SEXES_RE, lowered, starts) if sexes else ():
        first = _count(match.group("num"), lowered, match.start("num"))
        second = _count(match.group("second"), lowered, match.start("second"))
        if first and second and not _inside(match.start(), used):
            if match.group("verb"):
                detail.setdefault(_verb_role(match.group("verb")), first + second)
            else:
                totals.append(first + second)
            used.append(match.span())
    for match in _anchored(_COMPLEMENT_RE, lowered, starts) if " non" in lowered else ():
        first = _count(match.group("num"), lowered, match.start("num"))
        second = _count(match.group("second"), lowered, match.start("second"))
        if first and second and not _inside(match.start(), used):
            totals.append(first + second)
            used.append(match.span())
    after_verbs = _holds_any(lowered, _AFTER_VERB_STEMS)
    for match in _anchored(_AFTER_VERB_RE, lowered, starts) if after_verbs else ():
        if _inside(match.start(), used) or _counts_studies(lowered, match):
            continue
        value = _count(match.group("num"), lowered, match.start("num"))
        if value is not None:
            role = _verb_role(match.group("verb"))
            if role == "randomized" and _one_arm(lowered, match.end()):
                role = "arm"  # "83 were assigned to the supplement group": one arm, the others elsewhere
            detail.setdefault(role, value)
            used.append(match.span())
    for match in _RESPONDERS_RE.finditer(lowered) if "responders" in lowered or "remitters" in lowered else ():
        verb = match.group("verb") or match.group("before")
        value = _count(match.group("num"), lowered, match.start("num"))
        if value is None or _inside(match.start("num"), used) or not (verb or match.group("qual")):
            continue
        if verb:
            detail.setdefault("enrolled" if verb.startswith(("enrol", "recruit", "includ")) else "randomized", value)
        else:
            totals.append(value)
        used.append(match.span())
    for match in _SIZED_STUDY_RE.finditer(lowered) if "-" in lowered and _STUDY_WORD_RE.search(lowered) else ():
        value = _count(match.group("num"), lowered, match.start("num"))
        if value is not None and not _inside(match.start(), used):
            totals.append(value)
            used.append(match.span())
    group_sizes: list[int] = []
    for match in [
        *(_BEFORE_VERB_RE.finditer(lowered) if before_verbs else ()),
        *(_REGISTRY_FIELD_RE.finditer(lowered) if registry else ()),
        *([label] if label else []),
        *(_SURVEY_RE.finditer(lowered) if surveyed else ()),
        *(_BRACKETED_SAMPLE_RE.finditer(lowered) if bracketed else ()),
    ]:
        if _inside(match.start("num"), used) or _STUDIES_AFTER.match(lowered, match.end("num")):
            continue  # "we included 24 randomized controlled trials"
        if _UNITS_AFTER.match(lowered, match.end("num")):
            continue  # "416 women who had a total of 427 wrist fractures": the units, not the people
        if match.group("verb").startswith(("includ", "involv", "compris", "consist")) and _REGIMEN_BEFORE.search(
                lowered, max(0, match.start() - 40), match.start()) and not _PEOPLE_AFTER.match(lowered, match.end("num")):
            continue  # "Both regimens included 1 proton pump inhibitor": what was given, not who
        value = _count(match.group("num"), lowered, match.start("num"))
        if match.re is _BEFORE_VERB_RE and match.group("million"):
            value = _millions(match.group("num"))
        if value is not None:
            role = _verb_role(match.group("verb"))
            if match.re is _BEFORE_VERB_RE and _GROUP_SUBJECT_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                group_sizes.append(value)  # "the placebo group included 31 patients": one arm's size, not the sample's
                used.append(match.span())
                continue
            if role == "total" and _counts_a_subset(lowered, match.start("num")):
                continue  # "a total of 14 patients (46.7%) ... reported adverse effects"
            if role == "total":
                totals.append(value)
            else:
                detail.setdefault(role, value)
            used.append(match.span())
    if len(group_sizes) >= 2 and not arms:
        arms = detail["arms"] = group_sizes  # "the drug group included 33 and the placebo group 31 patients"
    elif group_sizes:
        detail.setdefault("arm", group_sizes[0])
    housed = "pens" in lowered or "cages" in lowered or "replicates" in lowered or "litters" in lowered or "tanks" in lowered
    for match in _anchored(_HOUSED_RE, lowered, starts) if housed else ():
        pens = _count(match.group("num"), lowered, match.start("num"))
        each = _count(match.group("each"), lowered, match.start("each"))
        if pens and each and not _inside(match.start(), used):
            totals.append(pens * each)  # "8 pens of 10 pigs": 80 pigs
            used.append(match.span())
    for match in _anchored(_COUNT_RE, lowered, starts):
        if _inside(match.start(), used):
            continue
        value = _count(match.group("num"), lowered, match.start("num"))
        if value is None or _subset_share(lowered, match.end()) or _counts_an_event(lowered, match.end()):
            continue
        if match.group(0).endswith(_STAFF_NOUNS) and _BY_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
            continue  # "observed for 60 days by 33 physicians", "delivered by 12 therapists": who ran the study
        if _RANDOMIZED_PHASE_AFTER.match(lowered, match.end()):
            detail.setdefault("randomized", value)  # "the 223 patients in the double-blind phase"
        else:
            totals.append(value)

    if "(" in lowered and ("complet" in lowered or "analy" in lowered or "evaluab" in lowered or "finish" in lowered):
        for cell in _CELL_COMPLETERS_RE.finditer(lowered):
            whole, part = _count(cell.group("num"), lowered, cell.start("num")), _count(cell.group("part"), lowered, cell.start("part"))
            if whole and part and whole > part:
                detail.setdefault("enrolled", whole)  # "| 64 (58 completed) |": the cell's count is who started
                break
    stated_total = max([*totals, detail.get("randomized") or 0, detail.get("enrolled") or 0])
    if arms and len(arms) == 2 and arms[0] == arms[1] and stated_total and "arms" in detail:
        # "90 children (n = 30 per arm)": the total tells how many equal arms there were, when the text does not
        arm_count, rest = divmod(stated_total, arms[0])
        if not rest and 3 <= arm_count <= 6:
            arms = detail["arms"] = [arms[0]] * arm_count
    n = (
        detail.get("randomized")
        or detail.get("enrolled")
        or detail.get("total")
        or (sum(arms) if arms else None)
        or (max(totals) if totals else None)
        or detail.get("completed")
        or detail.get("analysed")
        or detail.get("arm")
    )
    return n, detail


# A table cell that holds a count and, in brackets, the completers or analysed among them: "| 64 (58 completed) |".
_CELL_COMPLETERS_RE = re.compile(
    r"(?:^|[|\t])\s*(?P<num>\d[\d,]*)\s*\(\s*(?P<part>\d[\d,]*)\s+(?:completed|finished|analy[sz]ed|evaluable)\b[^()|\t]{0,20}\)\s*(?=$|[|\t])")


def _millions(number: str) -> int | None:
    """"1.2" before "million": 1,200,000."""
    value = to_number(number)
    return round(value * 1_000_000) if value else None


def _number_starts(lowered: str) -> list[int]:
    """Where counts may start: digit runs and number words, each confirmed by the full
    number pattern in place (scanning the whole text with it is several times slower)."""
    candidates = [m.start() for m in _DIGIT_RUN_RE.finditer(lowered)]
    words = [m.start() for m in _NUMBER_WORD_RE.finditer(lowered)]
    if words:  # a digit and a letter never start at one place: no duplicates to drop
        candidates = sorted(candidates + words)
    starts = []
    for start in candidates:
        number = _NUMBER_RE.match(lowered, start)
        if number and not _NOT_A_COUNT_AFTER.match(lowered, number.end()) and _CUE_RE.search(lowered, number.end(), number.end() + 80):
            starts.append(start)
    return starts


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``lowered`` (a plain loop: any() over a generator
    costs more than the substring tests it runs, on every sentence)."""
    for word in words:
        if word in lowered:
            return True
    return False


def _anchored(pattern: re.Pattern[str], lowered: str, starts: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that begin at one of ``starts``."""
    found: list[re.Match[str]] = []
    end = -1
    for start in starts:
        if start < end:
            continue
        match = pattern.match(lowered, start)
        if match:
            found.append(match)
            end = match.end()
    return found


def _arms(lowered: str, starts: list[int]) -> tuple[list[int], tuple[int, int]]:
    """Per-arm counts stated together: "11 received X and 12 received placebo", "randomised 50
    to X, 49 to Y and 48 to Z"."""
    firsts = _anchored(_ARM_FIRST_RE, lowered, starts)
    if "random" in lowered or "assign" in lowered or "allocat" in lowered:
        firsts += [match for match in _anchored(_VERB_ARM_FIRST_RE, lowered, starts)
                   if _ARM_VERB_BEFORE.search(lowered, max(0, match.start() - 25), match.start())]
        firsts.sort(key=lambda match: match.start())
    for first in firsts:
        value = _count(first.group("num"), lowered, first.start("num"))
        if value is None:
            continue
        if _ALL_GROUPS_AFTER.match(lowered, first.end("num")) or (
                " or " in lowered and (first.re is _VERB_ARM_FIRST_RE or _RANDOMISED_HEAD.search(first.group(0)))
                and _ALTERNATIVES_AFTER.match(lowered, first.end())):
            continue  # "196 participants were randomised to the three groups / to drug or placebo, and 178 took ...": the total, then a subset
        arms = [value]
        end = first.end()
        while True:
            clause_end = _clause_end(lowered, end)
            # the next arm starts within 90 characters; its own words may run past them
            following = _ARM_NEXT_RE.search(lowered, end, min(clause_end, end + 150))
            if following and following.start() - end > 90:
                following = None
            if not following and ("remaining" in lowered or "other" in lowered):
                sentence_end = _SENTENCE_END.search(lowered, end)
                following = _ARM_REST_RE.search(lowered, end, min(sentence_end.start() if sentence_end else len(lowered), end + 250))
            if not following:
                break
            next_value = _count(following.group("num"), lowered, following.start("num"))
            if next_value is None or _EACH_ARM_AFTER.match(lowered, following.end("num")):
                break  # "Sixty-six adults took part, 33 on each arm": the total, then each arm's share of it
            if len(arms) == 1 and _EVENT_BETWEEN_ARMS.search(lowered, first.end(), following.start()):
                # "four infants given X had bronchospasm, compared with two given Y": who had a harm, a span no sample is read in
                return [], (first.start(), following.end())
            arms.append(next_value)
            end = following.end()
        if len(arms) >= 2 and _DROPPED_OUT_AFTER.match(lowered, end, _clause_end(lowered, end)):
            return [], (0, 0)  # "3 in the aloe group and 2 in the control group were lost to follow-up": who left
        if len(arms) >= 2:
            last_word = _NEXT_WORD.match(lowered, end)
            return arms, (first.start(), last_word.end() if last_word else end)
    return [], (0, 0)


def _listed_arms(lowered: str) -> tuple[list[int], tuple[int, int]]:
    """"There were 82, 70, and 70 patients in each group, respectively": a list of sizes
    before the people counted, one per group ("respectively" or "in each group" says so)."""
    for match in _LISTED_COUNTS_RE.finditer(lowered):
        sentence_end = _SENTENCE_END.search(lowered, match.end())
        rest = lowered[match.end() : sentence_end.start() if sentence_end else len(lowered)]
        if "respectively" not in rest and not _EACH_GROUP_AFTER.match(lowered, match.end()) and not (
                match.group("list") and (_ALLOCATED_BEFORE.search(lowered, max(0, match.start() - 40), match.start())
                                         or _ALLOCATED_AFTER.match(lowered, match.end()))):
            continue
        if _subset_share(lowered, match.end()) or _counts_an_event(lowered, match.end()):
            continue  # "12, 15 and 20 patients (30%) responded, respectively"
        if _sizes_of_studies(lowered):
            continue  # "two trials, in 240 and 188 patients respectively": one size per study, not per arm
        listed = "list" if match.group("list") else "sizes"
        counts = [_count(number.group(0), lowered, number.start() + match.start(listed))
                  for number in _LIST_NUMBER_RE.finditer(match.group(listed))]
        if len(counts) >= 2 and all(counts):
            return [c for c in counts if c], match.span()
    return [], (0, 0)


def _sizes_of_studies(lowered: str) -> tuple[int, tuple[int, int]] | None:
    """"Two vehicle-controlled trials, in 240 and 188 patients respectively": one size per study. The
    claim's N is the first stated, and the span that states them all."""
    if "respectively" not in lowered or not _STUDIES_LISTED.search(lowered) or _GROUP_WORD.search(lowered):
        return None
    found = _LISTED_COUNTS_RE.search(lowered)
    if not found or not found.group("list"):
        return None
    first = _LIST_NUMBER_RE.search(found.group("list"))
    value = _count(first.group(0), lowered, first.start() + found.start("list")) if first else None
    return (value, found.span()) if value else None


def _bracketed_arms(lowered: str) -> tuple[list[int], tuple[int, int]]:
    """"ketamine (40 patients) or midazolam (38 patients)", "to exercise (n=19) or a
    comparable control program (n=16)": a count in brackets after each arm's name, the
    arms joined by "or", "and", "versus" or commas."""
    found = list(_BRACKETED_COUNT_RE.finditer(lowered))
    for first, second in zip(found, found[1:]):
        if _BRACKET_JOIN.fullmatch(lowered, first.end(), second.start()):
            group = [first, second]
            for following in found[found.index(second) + 1 :]:
                if not _BRACKET_JOIN.fullmatch(lowered, group[-1].end(), following.start()):
                    break
                group.append(following)
            counts = [_count(m.group("num"), lowered, m.start("num")) if m.group("num")
                      else _count(m.group("eqn"), lowered, m.start("eqn")) for m in group]
            if all(counts) and not _excluded_count(lowered, first.start()):
                return [c for c in counts if c], (group[0].start(), group[-1].end())
    return [], (0, 0)


def _bracket_of_arms(lowered: str, eq_matches: list[re.Match[str]]) -> tuple[list[int], tuple[int, int]]:
    """"randomized (duloxetine: N = 205; placebo: N = 202)": one bracket listing a size per
    arm, each after the arm's name; a listed total ("total N = 407") leaves it alone."""
    for first, second in zip(eq_matches, eq_matches[1:]):
        opening = lowered.rfind("(", 0, first.start())
        if opening < 0 or ")" in lowered[opening : second.end()] or not _ARM_LABEL_GAP.fullmatch(lowered, first.end(), second.start()):
            continue
        if not _ARM_LABEL_GAP.fullmatch(lowered, opening + 1, first.start()):
            continue
        group = [m for m in eq_matches if opening < m.start() and ")" not in lowered[opening : m.end()]]
        counts = [_count(m.group("eqnum"), lowered, m.start("eqnum")) for m in group]
        if "total" in lowered[opening : group[-1].end()] or not all(counts):
            return [], (0, 0)
        closing = lowered.find(")", group[-1].end())
        return [c for c in counts if c], (opening, closing + 1 if closing >= 0 else group[-1].end())
    return [], (0, 0)


# Arm sizes written with slashes: "10/10/9 per group", "(n = 12/11)".
_SLASH_SIZES_RE = re.compile(r"(?<![\w.,/:])\d{1,4}(?:\s*/\s*\d{1,4}){1,5}(?![\d/.,%:])")
_PER_GROUP_AFTER = re.compile(r"\s*(?:per|in\s+each|each|/)\s*(?:group|arm)s?\b")


def _slash_arms(lowered: str) -> tuple[list[int], tuple[int, int]]:
    """Arm sizes joined by slashes, after "n =" or before "per group". After "n =" they must
    be alike in size: "(n = 12/40)" is 12 of 40, not two arms."""
    for match in _SLASH_SIZES_RE.finditer(lowered):
        per = _PER_GROUP_AFTER.match(lowered, match.end())
        equals = _EQUALS_BEFORE.search(lowered, max(0, match.start() - 12), match.start())
        if not (per or equals):
            continue
        sizes = [int(size) for size in re.split(r"\s*/\s*", match.group(0))]
        if per or min(sizes) * 2 >= max(sizes):
            return sizes, (equals.start() if equals else match.start(), per.end() if per else match.end())
    return [], (0, 0)


def _compared_groups(lowered: str) -> tuple[list[int], tuple[int, int]]:
    """A treated group and the group it was compared with, each counted: "44 dogs ... compared them with 40 controls"."""
    if not _SECOND_COUNT.search(lowered):
        return [], (0, 0)
    groups = next(filter(None, (pattern.search(lowered) for pattern in _COMPARED_GROUPS_RES)), None)
    if groups is None:
        return [], (0, 0)
    first, second = _count(groups["num"], lowered, groups.start("num")), _count(groups["second"], lowered, groups.start("second"))
    return ([first, second], groups.span()) if first and second else ([], (0, 0))


def _denominator_arms(lowered: str) -> tuple[list[int], tuple[int, int]]:
    """The arms' sizes under their shares: "9 of 12 on beta-alanine versus 1 of 12 on placebo"."""
    shares = _DENOMINATOR_ARMS_RE.search(lowered)
    if shares is None or int(shares["k1"]) > int(shares["n1"]) or int(shares["k2"]) > int(shares["n2"]):
        return [], (0, 0)
    return [int(shares["n1"]), int(shares["n2"])], shares.span()


def _equal_arms(lowered: str, starts: list[int]) -> tuple[list[int], tuple[int, int]]:
    """Arms of one size, "29 per group" times the number of arms: stated ("two arms",
    "each of the three groups"), else the arms named ("to memantine or placebo"), else
    two, the usual design. Also counts glued to arm names: "19 memantine + 18 placebo"."""
    named_control = ("placebo" in lowered or "sham" in lowered or "control" in lowered or "wait" in lowered
                     or "vehicle" in lowered or "usual" in lowered or "tau" in lowered)
    for match in _anchored(_NAMED_ARMS_RE, lowered, starts) if named_control else ():
        first = _count(match.group("num"), lowered, match.start("num"))
        second = _count(match.group("second"), lowered, match.start("second"))
        names = match.group("first") + " " + match.group("last")
        if first and second and _ARM_CONTROL_RE.search(names) and not _GROUP_WORD_AFTER.match(lowered, match.end()):
            return [first, second], match.span()
    if "group" in lowered or "arms" in lowered or "cohorts" in lowered:
        for match in _anchored(_GROUPS_OF_RE, lowered, starts):
            name = next(name for name in ("num", "per", "size") if match.group(name))
            stated_per_group = _PER_GROUP_RE.search(match.group(0)) is not None
            # "(n = 6/group)" is no ratio here: the groups are counted right before it
            per_arm = to_int(match.group(name)) if stated_per_group else _count(match.group(name), lowered, match.start(name))
            groups = _arm_count(lowered, match.group("k"))
            each = name != "num" or groups >= 3 or stated_per_group
            if per_arm and each:
                return [per_arm] * groups, match.span()
    if "per" not in lowered and "each" not in lowered:
        return [], (0, 0)
    per_arm, span, stated = None, (0, 0), None
    for match in _anchored(_PER_ARM_RE, lowered, starts):
        per_arm, span, stated = _count(match.group("num"), lowered, match.start("num")), match.span(), match.group("k")
        if match.group("names"):
            stated = str(len(_ARM_NAME_SPLIT.split(match.group("names"))))
        equals = _EQUALS_BEFORE.search(lowered, max(0, span[0] - 6), span[0])
        if equals:
            span = (equals.start(), span[1])  # "n = 29 per group" is not also a total of 29
        break
    if per_arm is None and "each" in lowered:
        match = _EACH_ARM_HAD_RE.search(lowered)
        if match:
            per_arm, span, stated = _count(match.group("num"), lowered, match.start("num")), match.span(), match.group("k")
    if not per_arm:
        return [], (0, 0)
    listed = _SIZES_BEFORE_PER_ARM.search(lowered, max(0, span[0] - 40), span[0]) if stated is None else None
    sizes = [to_int(m.group(0)) or 0 for m in _LIST_NUMBER_RE.finditer(listed.group(0))] if listed else []
    if sizes and all(0 < size < 1900 for size in sizes):
        return [*sizes, per_arm], (listed.start(), span[1])  # "(n = 40, 38 and 42 per arm)": three arms of their own sizes
    return [per_arm] * _arm_count(lowered, stated), span


def _arm_count(lowered: str, stated: str | None) -> int:
    if stated:
        return _ARM_COUNTS.get(stated) or int(stated)
    found = _ARM_COUNT_RE.search(lowered)
    if found:
        stated = found.group("k") or found.group("k2")
        return _ARM_COUNTS.get(stated) or int(stated)
    named = _ARM_LIST_RE.search(lowered)
    if named:
        items = [i for i in _ARM_LIST_SPLIT.split(named.group("list") or named.group("plist") or named.group("glist")) if i.strip()]
        if 2 <= len(items) <= 6:
            return len(items)
    return 2


def _clause_end(lowered: str, start: int) -> int:
    found = _CLAUSE_END.search(lowered, start)
    return found.start() if found else len(lowered)


def _everyone_in_every_arm(lowered: str, start: int, eq_values: list[tuple[str, int, str]]) -> bool:
    """A line opening with "n = 21" whose arms are each "(n = 21)" again: a crossover, where
    every participant was in every arm, so 21 in all (a table's Demographics cell)."""
    if len(eq_values) < 3 or eq_values[0][2] != "total" or lowered[:start].rstrip(" *_|\t")[-1:] not in ("", "\n"):
        return False
    return all(value == eq_values[0][1] for _, value, _ in eq_values[1:])


def _resolve_eq(eq_values: list[tuple[str, int, str]], detail: dict, totals: list[int]) -> None:
    """Sort "n = …" values into totals, roles and arms: several lowercase values with no
    stated total are arms ("drug (n = 21) vs placebo (n = 20)"); one that equals the sum
    of the others is their total."""
    plain = []
    for letter, value, role in eq_values:
        if role != "total":
            detail.setdefault(role, value)
        elif letter == "N":
            detail.setdefault("total", value)
        else:
            plain.append(value)
    if not plain:
        return
    if "total" in detail and len(plain) > 1 and sum(plain) == detail["total"]:
        detail.setdefault("arms", plain)
        return
    if len(plain) == 1 or "total" in detail:
        totals.extend(plain)
        return
    biggest = max(plain)
    rest = list(plain)
    rest.remove(biggest)
    if len(rest) >= 2 and sum(rest) == biggest:
        detail.setdefault("total", biggest)
        detail.setdefault("arms", rest)
    elif "arms" not in detail:
        detail["arms"] = plain
        detail.setdefault("total", sum(plain))
    else:
        totals.extend(plain)


def _verb_role(verb: str) -> str:
    if "analys" in verb:
        return "analysed"  # "included in the modified intention-to-treat analysis"
    first = verb.split()[0]
    if first.startswith(("randomi", "randomly", "assigned", "allocated")) or "randomi" in verb:
        return "randomized"  # also "underwent randomisation", "agreed to be randomized"
    if first.startswith(("enrol", "recruit", "includ", "studied", "screened", "agreed", "consented")):
        return "enrolled"
    if first.startswith(("complet", "finished")):
        return "completed"
    if first.startswith(("analy", "evaluable")):
        return "analysed"
    return "total"


def _role_before(before: str) -> str:
    for pattern, role in _ROLE_BEFORE_EQ:
        if pattern.search(before):
            return role
    return "total"


_PERSON_TIME_AFTER = re.compile(
    r"[\s\-]*(?:child|children|patient|patients|person|persons|people|participant|participants|subject|subjects"
    r"|woman|women|man|men|animal|animals|infant|infants)[\s\-]*(?:years?|months?|weeks?|days?)\b"
)


def _count(number: str, lowered: str, start: int) -> int | None:
    """The number as a participant count, or None when its context says it is a year,
    an age, a ratio ("1:1", "10/group"), a reference marker or not a whole number."""
    value = int(number) if number.isascii() and number.isdigit() else to_int(number)  # most counts are plain digits
    if value is None and _DOT_THOUSANDS.fullmatch(number) and _PEOPLE_AFTER.match(lowered, start + len(number)):
        value = int(number.replace(".", ""))  # "1.234 patients": a full stop between thousands, as much of Europe writes it
    if value is None or value <= 0 or value > 10_000_000:
        return None
    if _RATIO_AFTER.match(lowered, start + len(number)):
        return None
    before = lowered[max(0, start - 20) : start]
    if _AGE_CONTEXT.search(before) or (_RANGE_START.search(before) and _RANGE_AFTER.match(lowered, start + len(number))):
        return None
    if _THRESHOLD_AFTER.match(lowered, start + len(number)):
        return None
    if _PERSON_TIME_AFTER.match(lowered, start + len(number)):
        return None  # "11 881 child years", "2,400 patient-years of follow-up": person-time, not people
    if 1900 <= value <= 2099 and number.isdigit() and (_YEAR_CONTEXT.search(before) or _YEAR_THEN_COUNT.match(lowered, start + len(number)) or (
            _DETERMINER_BEFORE.search(before) and _STUDY_AFTER_YEAR.match(lowered, start + len(number)))):
        if _IN_MID_SENTENCE.search(before) and _PEOPLE_RIGHT_AFTER.match(lowered, start + len(number)):
            return value  # "tested in 1961 adults": a count (but "In 2019 adults were offered", "In 2019, 450 ...": a year)
        return None  # "in 2010", "A 2010 randomized study" (but "the 2000 patients enrolled" is a count)
    if before[-1:] in (" ", "-") and (word := before[:-1].rsplit(None, 1)[-1:]) and word[0] in _LABEL_WORDS:
        return None  # "type 2 diabetic patients", "at week 12 patients ...", "grade 3 events in": a label's number
    if _STRAIN_BEFORE.search(before):
        return None  # "Ross 308 broilers", "Cobb 500 chicks": a strain code, not a count
    if value == 1 and "every" in lowered[max(0, start - 100) : start] and _NNT_ONE_BEFORE.search(lowered, max(0, start - 100), start):
        return None  # "for every three adults treated, one patient would have ...": a number needed to treat
    if ("-" in before or "–" in before or "to " in before) and _RANGE_END_BEFORE.search(before):
        return None  # "8–10 animals per group", "5 to 7 rats": a range's upper end counts no sample
    if before.endswith("per "):
        return None  # "4-13 per 1000 patients per year": a rate's denominator, no sample
    if ("need" in before or "nn" in before) and _NNT_BEFORE.search(lowered, max(0, start - 40), start):
        return None  # "a number needed to treat of 6 patients", "NNT was 6 patients": an effect size, no sample
    if "power" in lowered and _SAMPLE_SIZE_PLANNED.match(lowered, start + len(number)):
        return None  # "twenty patients per group were needed for 80% power": a plan, no one studied
    return value


_ALL_GROUPS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,5}?(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+"
                               r"(?:equally\s+)?(?:to|into|between|among)\s+(?:the\s+|one\s+of\s+(?:the\s+)?)?(?:two|three|four|five|six|2|3|4|5|6)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:groups|arms|conditions)\b")
_RANDOMISED_HEAD = re.compile(r"randomi[sz]ed|assigned|allocated")
# The arms a total was randomised to, named as alternatives: "to drug or placebo", "to either yoga, stretching or usual care".
_ALTERNATIVES_AFTER = re.compile(  # an arm may carry its dose: "to placebo, amitriptyline 25 mg or melatonin 3 mg"
    r"\s+(?:either\s+)?[a-z](?:[^.;:\d]|\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|ml|iu|%)(?![a-z])){0,80}?\s(?:or|versus|vs\.?)\s+[a-z]")
_SAMPLE_SIZE_PLANNED = re.compile(r"[^.;]{0,50}?\b(?:were|was|are|is|would\s+be)\s+(?:needed|required|necessary)\b")
_NNT_BEFORE = re.compile(r"(?:number\s+needed\s+to\s+(?:treat|harm)|\bnn[th])\b[^.;\d]{0,12}$")
# "tested in 1961 adults": "in" inside a sentence, then people. A sentence opening "In 2019 adults ..." gives a year.
_IN_MID_SENTENCE = re.compile(r"[\w,)]\s+in\s+$")
_PEOPLE_AFTER = re.compile(rf"\s+{_MOD}{_NOUN}\b")
# The people a year-like number counts, named right after it: "tested in 1961 adults", "in 2000 older women" (not "in 2000 found
# that people", "in 2008 randomly assigned depressed people": a year, then what was done in it).
_PEOPLE_RIGHT_AFTER = re.compile(rf"\s+(?:(?!(?:found|showed|reported|randomly|randomi[sz]ed|assigned|that|the|a|an|where|when|which|and|but|with|whose|among)\b)[a-z][a-z-]*\s+)?{_NOUN}\b")
_LABEL_WORDS = frozenset(("type", "grade", "stage", "class", "phase", "week", "day", "month", "visit", "wave", "part", "step",
                          "level", "cycle", "round", "figure", "fig.", "table", "section", "covid", "hiv", "hpv"))
_STRAIN_BEFORE = re.compile(r"\b(?:ross|cobb|hubbard|hy-line|lohmann|isa|arbor\s+acres)\s+(?:[a-z]-?)?$")
# What was given, as the subject of "included": "Both regimens included", "Each session involved", "The kit included".
_REGIMEN_BEFORE = re.compile(
    r"\b(?:regimens?|treatments?|therap(?:y|ies)|kits?|sessions?|programm?es?|interventions?|packs?|capsules?|tablets?|"
    r"products?|formulas?|formulations?|supplements?|diets?|protocols?|meals?|courses?|bundles?)\s+(?:each\s+|also\s+)?$"
)
_EQ_RANGE_AFTER = re.compile(r"\s*(?:[\-–—]|to\s)\s*\d")
_NNT_ONE_BEFORE = re.compile(r"\bevery\s+[^.;]{1,80},\s*$")
_RANGE_END_BEFORE = re.compile(r"\d(?:[\-–—]|\s+to\s+)$")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    for start, end in spans:  # a loop: any() over a generator costs more than the few spans it tests
        if start <= position < end:
            return True
    return False


def _excluded_count(lowered: str, start: int) -> bool:
    """"records excluded: reviews (n = 25), animal studies (n = 16)": what was left out is no sample."""
    before = lowered[max(0, start - 120) : start]
    cut = max(before.rfind(". "), before.rfind(";"))
    return bool(_EXCLUDED_BEFORE.search(before[cut + 1 :]))


def _counts_studies(lowered: str, match: re.Match[str]) -> bool:
    """"six randomized, placebo-controlled studies", "12 were included in the meta-analysis":
    a count with no people noun whose verb describes studies."""
    if _COUNT_RE.match(lowered, match.start()):
        return False  # "84 patients randomized ..." counts people whatever follows
    return bool(_STUDIES_AFTER.match(lowered, match.end()) or _REVIEW_AFTER.match(lowered, match.end()))


def _one_arm(lowered: str, end: int) -> bool:
    """Whether a randomized count went to one named group, with no other group in its clause."""
    arm = _ONE_ARM_AFTER.match(lowered, end)
    return bool(arm) and not _OTHER_ARM.search(lowered, end, _clause_end(lowered, arm.end()))


def _counts_a_subset(lowered: str, start: int) -> bool:
    """Whether the count starting at ``start`` is of responders or of those with an event."""
    count = _COUNT_RE.match(lowered, start)
    return bool(count) and (_subset_share(lowered, count.end()) or _counts_an_event(lowered, count.end()))


def _counts_an_event(lowered: str, end: int) -> bool:
    """"18 patients in the placebo group reported adverse effects", "9 children relapsed":
    those who had an event, not the sample."""
    return _EVENT_AFTER.match(lowered, end) is not None


def _subset_share(lowered: str, end: int) -> bool:
    """"12 patients (30%) responded" counts responders, not the sample."""
    return bool(_SHARE_AFTER.match(lowered[end : end + 24]))
