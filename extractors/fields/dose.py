"""Doses: values, lists and ranges with their unit, schedule and timing.

"10 and 20 mg/kg" gives two doses, "50 - 250 mg" one dose with ``value_max``; units are
normalised to the shared vocabulary (mg, g, ug, ng, IU, ml, mg/kg, ug/kg, g/kg, mg/day,
g/day, ug/day, mg/kg/day, mg/m2). Concentrations ("10 mg/ml", "mg/dL") are not doses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.model import Dose

from extractors.fields.comparator import drug_mentions
from extractors.fields.lexicon import trie_pattern
from extractors.fields.markers import unglue_markers
from extractors.fields.numbers import DIGITS, WORDS, to_number
from extractors.per_document import per_document

_MASS = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "milligramme": "mg", "milligrammes": "mg",
    "g": "g", "gram": "g", "grams": "g", "gm": "g", "gramme": "g", "grammes": "g",
    "µg": "ug", "μg": "ug", "ug": "ug", "mcg": "ug", "microgram": "ug", "micrograms": "ug", "microgramme": "ug",
    "microgrammes": "ug",
    "ng": "ng", "nanogram": "ng", "nanograms": "ng", "nanogramme": "ng", "nanogrammes": "ng",
    "iu": "IU", "ius": "IU", "international units": "IU", "international unit": "IU",
    "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "µmol": "umol", "μmol": "umol", "umol": "umol", "micromol": "umol", "micromole": "umol", "micromoles": "umol",
    "mmol": "mmol", "millimol": "mmol", "millimole": "mmol", "millimoles": "mmol",
    "meq": "meq", "milliequivalent": "meq", "milliequivalents": "meq",
    # Insulin, heparin and toxin units: "10 units at bedtime", "80 U/kg" (a unit of insulin is an IU).
    "u": "IU", "unit": "IU", "units": "IU",
    # Drops of a liquid product taken by the drop: "5 drops a day" of a probiotic or vitamin D.
    "drop": "drops", "drops": "drops",
    # A feed enzyme's activity as the feed is dosed: "1,500 FTU/kg" of phytase (per kg of feed, not of body weight).
    "ftu": "FTU", "ftus": "FTU", "fyt": "FYT",
    "%": "%", "percent": "%", "per cent": "%",  # a strength (see _STRENGTH_RE)
    # A feed additive's rate per tonne of feed (see _PER_TONNE_RE).
    "kg/t": "kg/t", "kg/tonne": "kg/t", "kg per tonne": "kg/t", "kg/ton": "kg/t", "kg per ton": "kg/t",
    "g/t": "g/t", "g/tonne": "g/t", "g per tonne": "g/t", "g/ton": "g/t", "g per ton": "g/t",
}
_BASE = (
    r"(?:[µμu]mol|mmol|m[Ee]q|[Mm]illiequivalents?|[Mm]icromol(?:es?)?|[Mm]illimol(?:es?)?|[Mm]illigram(?:me)?s?|[Mm]icrogram(?:me)?s?|[Nn]anogram(?:me)?s?|[Gg]ram(?:me)?s?|[Ii]nternational\s+[Uu]nits?|[Mm]illilit(?:re|er)s?"
    r"|[Mm][Gg]|mcg|MCG|[µμu]g|ng|gm|g|IUs|IU|iu|m[lL]|ML|FTUs?|FYT|U(?=\s*/\s*(?:kg|h)\b|\s+(?:of|at|daily|once|twice|per|inject\w*|IV|SC|SQ|IM|s\.?c\.?|i\.?v\.?|i\.?m\.?)\b"
    r"|\s+[A-Za-z]*(?:[Bb]otulinum|[Tt]oxin|[Bb]otox|[Dd]ysport|[Xx]eomin|[Ii]nsulin|[Hh]eparin))|[Uu]nits?"  # "300 U onabotulinumtoxinA"
    # a toxin's units glued to the number and given per injection site: "20u per side", "10u in each temple"
    r"|u(?=\s*(?:per|each|a|in\s+each|into\s+each)\s+(?:side|muscle|masseter|temple|site|cheek)s?\b)"
    # drops counted out on a schedule: "5 drops a day", "10 drops twice daily" (not "drops in blood pressure", nor
    # "1 eye drop of atropine 0.01%", whose strength is the dose); where they go or of what may come between: "3 drops
    # in each ear twice daily", "2 drops of the combination three times a day"
    r"|drops?(?=(?:\s+(?:of|in|into|to)\s+(?:the|each|both|his|her|my|their|your|affected)(?:\s+(?!pressure\b|levels?\b)[a-z]+){1,3}?,?)?\s+(?:a\s+(?:day|night)|daily|per\s+day|once|twice|three\s+times|nightly|each\s+(?:day|night|morning|evening)|"
    r"every\s+\w+|at\s+bedtime)))"
)
_DAY = r"(?:die|d|day|24\s*h)"  # "die": Latin and Italian for a day ("480 mg/die")
# An infusion's rate: "0.5 µg/kg/min", "0.1 mcg/kg/h", "2 mg/h", "mg·kg−1·h−1".
_RATE = r"(?:min(?:ute)?|h(?:ou)?r?)(?![a-z])"
# Hyphens and dashes as web pages and PubMed write them: "1‐mg" (U+2010), "10‒20 mg" (U+2012), "10−20" (U+2212).
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH = "\\" + _DASHES  # for a character class
_INVERSE = rf"(?:[{_DASH}⁻]1|⁻¹)"
# "/", "per", a middle dot (·, ⋅ or ∙), or a full stop before an inverse unit ("mg.kg-1").
_OVER = r"(?:/|per\s|[·⋅∙]|\.(?=\s*(?:kg|d|day)\s*" + _INVERSE + r"))"
# Denominators, longest first: "/kg/day", "mg·kg−1·day−1", "per kg per day", "/day", "a day".
# "mg/kg body weight/day", "mg/kg/bw", "mg/kg b.wt": body weight written after the kg.
_BODY_WEIGHT = r"(?:\s*/?\s*(?:of\s+)?(?:body[\s-]*weight|b\.?\s?wt?\.?|BW)(?![a-z]))?"
_PER = (
    # "mg/kg/dose", "mg/kg per dose": the weight-based amount of each dose, no rate
    r"(?:\s*" + _OVER + r"\s*(?:kg|kilograms?)" + _INVERSE + r"?" + _BODY_WEIGHT + r"\s*(?:" + _OVER + r"\s*(?:" + _DAY + "|" + _RATE + r"|dose\b)" + _INVERSE + r"?)?"
    r"|\s*kg" + _INVERSE + r"(?:\s*[·⋅∙.]?\s*(?:" + _DAY + "|" + _RATE + ")" + _INVERSE + r")?"
    # "mg/m2", "mg/m²", "mg/m^2", "mg/sq m", "mg m-2", "mg·m⁻²": per square metre of body surface
    r"|\s*/\s*(?:m(?:2|²|\^2|\s2(?![\d.,]))|sq\.?\s*m)(?![\w])|\s*per\s+(?:square\s+met(?:re|er)|m2|m²|sq\.?\s*m)|\s*[·⋅∙]?\s*m(?:[{_DASH}]2|⁻²)".replace("{_DASH}", _DASH)
    + r"|\s*" + _OVER + r"\s*(?:" + _DAY + "|" + _RATE + ")" + _INVERSE + r"?|\s+a\s+day"
    # a weekly amount, as a patch or a weekly injection delivers it: "1.5 mg/week", "2.4 mg per week"
    r"|\s*(?:/|per\s)\s*(?:week|wk)(?![a-z]))"
)
_NUM = rf"(?:{DIGITS})"
# "10 and 20", "10, 20, or 40" (a list must end in and/or, so in "aged 18-65, 50 mg" only
# 50 mg is a dose), or a range "50 - 250", "50 mg to 250 mg", "0.5 to 1".
# "1-, 2-, 3-, and 4-mg doses": a hyphen left hanging before the next number of a list.
_SUSPENDED = rf"(?:[{_DASH}](?=\s*(?:,|and\b|or\b|&)))?"
# "28 (n=11), 56 (n=11) or 84 mg": each dose's arm sized after it.
_ARM_SIZE = r"(?:\s*\(\s*[nN]\s*=\s*\d+\s*\))"
_NUMS = (
    rf"(?<=[Bb]etween\s){_NUM}\s*{_BASE}\s*and\s*{_NUM}"  # "between 50 mg and 100 mg"
    rf"|{_NUM}{_SUSPENDED}{_ARM_SIZE}?(?:\s*,\s*{_NUM}{_SUSPENDED}{_ARM_SIZE}?)+\s*,?\s*(?:and|or|&)\s*{_NUM}"
    # "(50, 100, 150 mg/kg)", "(50; 100; 150 mg/kg)", "doses of 5, 10, 20 mg", "at 50, 100, 150 mg/kg": a
    # list without "and" inside brackets or after "doses of" or "at"; "50/100/150 mg" anywhere
    rf"|(?:(?<=\()|(?<=doses\sof\s)|(?<=dosages\sof\s)|(?<=levels\sof\s)|(?<=\sat\s)){_NUM}(?:\s*[,;]\s*{_NUM})+"
    rf"|{_NUM}(?:\s*/\s*{_NUM}){{2,}}"
    rf"|{_NUM}(?:\s*{_BASE})?\s*(?:to|[{_DASH}])\s*{_NUM}"
    rf"|{_NUM}{_SUSPENDED}\s*(?:and|or|/|&)\s*{_NUM}"
    rf"|{_NUM}\s+(?:vs\.?|versus|v\.?)\s+{_NUM}"  # "10 vs 20 mg/kg/day": two doses set against each other
    rf"|{_NUM}"
)
# "(10 mg/2 mg)": two components' doses in one slash pair; "400 mgMagnesium": a unit glued to the next word.
# ("10 mg/100 g" stays a dose per mass of body weight.)
# a unit glued to its schedule on a scraped page ("500mgtwice daily", "5mgdaily") still ends there
_UNIT_END = r"(?:/(?!\s*(?:once|twice|thrice|daily|nightly)\b)(?!(?!\s*(?:1|10|100|1000)\s*(?:g|m[lL])\b)\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|ug|IU)\b)|(?!(?:once|twice|thrice|daily|nightly)\b)(?![A-Z][a-z])\w)"
_DOSE_RE = re.compile(
    # "randomised 1:1 to 60 mg": an allocation ratio's number is no dose; "3x110 mg/day": three doses of 110 mg
    rf"(?:(?<![\w.,])|(?<=\d[x×]))(?<!\d:)(?P<nums>{_NUMS})(?:\s*|[{_DASH}])(?P<base>{_BASE})(?P<per>{_PER})?"
    # not a concentration or lab value ("10 mg/ml", "mg/dL", "mg per litre", "5 mg%"), nor a rate per tonne of feed
    rf"(?!\s*(?:/|per\s)\s*(?:m?l\b|d[lL]|L\b|mL|litre|liter|dl|mol\b|t\b|tonnes?\b|tons?\b)|\s*%|{_UNIT_END})"
)
# A dose's last digit and its unit, as ``_DOSE_RE`` joins them: no dose starts after the last of these.
_DIGIT_THEN_UNIT = re.compile(rf"\d(?:\s*|[{_DASH}])(?:{_BASE})")
# "1 × 10⁹ CFU", "10^9 CFU", "10 billion CFU/day", "5 x 10(10) colony-forming units": a probiotic's count.
# A copy that lost the superscript ("5 × 109 CFU", "1 x 1010 cfu") keeps the exponent glued to
# the 10; after a multiplication sign no one writes 109 or 1010 as a plain factor.
_POWER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_CFU_RE = re.compile(
    rf"(?<![\w.,/^])(?:(?P<nums>{_NUM}(?:\s*(?:to|[{_DASH}])\s*{_NUM})?)\s*)?"
    rf"(?P<scale>(?:[x×*·]\s*)?10\s*(?:(?:\^|\*\*)\s*\(?(?P<exp>\d{{1,2}})\)?|\((?P<paren>\d{{1,2}})\)|(?P<power>[{_POWER}]{{1,2}}))"
    rf"|[x×*·]\s*10(?P<flat>[6-9]|1[0-3])(?![\d.,])|[eE](?P<e>\d{{1,2}})|billion|bn|million)?"
    rf"\s*(?P<base>CFUs?|cfus?|[Cc]olony[\s-]+[Ff]orming\s+[Uu]nits?)(?P<per>{_PER})?"
    r"(?!\s*(?:/|per\s)\s*(?:g\b|grams?|m?l\b|mL))"
)
# Concentrations a cell or tissue experiment applied: "at 10–100 µM", "5 µg/mL of the extract".
_IN_VITRO_RE = re.compile(
    rf"(?<![\w.,/])(?P<nums>{_NUM}(?:\s*(?:to|[{_DASH}])\s*{_NUM})?)\s*(?P<base>[nµμu]M|mM|(?:mg|µg|μg|ug|ng)\s*/\s*m[lL])(?![\w/])(?P<per>(?!))?"
)
# A strength is a topical's or an eye drop's dose: "atropine 0.01%", "0.12% chlorhexidine mouthwash", "a 5% gel",
# "the 0.02% dose". A percentage is a strength only beside a listed drug or a formulation word (see
# :func:`_strength_matches`); a result's percentage ("fell by 40%", "in 38% v. 6%") is never one.
_STRENGTH_RE = re.compile(rf"(?<![\w.,/:±])(?P<nums>{_NUM})\s?(?P<base>%|per\s?cent\b)(?P<per>(?!))?")
_FORMULATION = (
    r"(?:eye[\s-]?drops?|drops|creams?|gels?|ointments?|foams?|solutions?|rinses?|mouth\s?washes|mouth\s?wash|sprays?|"
    # a skin plaster or a transdermal "system", a vaginal or rectal form, an implant
    r"plasters?|systems?|pessar(?:y|ies)|suppositor(?:y|ies)|enemas?|implants?|"
    r"patch(?:es)?|varnish(?:es)?|shampoos?|lotions?|suspensions?|emulsions?|washes|wash|pastes?|toothpastes?|"
    r"dentifrices?|lozenges?|swabs?|roll-?ons?|emollients?|moisturi[sz]ers?|sticks?|soaks?|"
    # a maker's own words for its product: "our 5% formula", "a 10% serum", "the 2% balm"
    r"formulas?|formulations?|serums?|balms?|salves?|tinctures?|liniments?|(?:the\s+)?dos(?:e|es|age)(?!\s+(?:reduction|escalation|adjustment|increase|decrease)s?\b))"
)
# After the number: up to two words (the drug, "w/v", "topical") and then the formulation, or a listed drug at once.
_FORMULATION_AFTER = re.compile(rf"\s*,?\s*(?:\(?w/[vw]\)?\s*)?(?:(?!(?:of|in|on|at|to|for|with|using|from|than|the|an?|who|were|was|had|vs|versus|and|or|patients|participants)\b)[A-Za-z][\w\-]*\s+){{0,2}}?{_FORMULATION}\b", re.IGNORECASE)
# "0.3% of the diet", "at 5% inclusion": a feed's inclusion rate is the dose of a feeding trial.
_INCLUSION_AFTER = re.compile(r"\s*(?:(?:dietary\s+)?inclusion\b|(?:of|in)\s+the\s+(?:basal\s+|starter\s+|total\s+)?(?:diets?|feed|rations?)\b)", re.IGNORECASE)
# "1.5 kg/t of betaine", "500 g per tonne of feed": an additive dosed by the tonne of feed.
_PER_TONNE_RE = re.compile(rf"(?<![\w.,/])(?P<nums>{_NUM})\s?(?P<base>k?g(?:/|\s+per\s+)(?:t|tonnes?|tons?)(?![\w/]))(?P<per>(?!))?")
# "0.12% twice daily", "0.2% at bedtime": a strength with its schedule (a table's dose cell), and a cell opening
# "0.2% for 2 weeks".
_SCHEDULE_AFTER = re.compile(
    r"\s+(?:once|twice|thrice|three\s+times|four\s+times|nightly|daily|every|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|at\s+bedtime)\b"
    , re.IGNORECASE)
_FOR_A_SPAN_AFTER = re.compile(r"\s+for\s+\d+\s+(?:days?|weeks?|months?)\b", re.IGNORECASE)
_CELL_START_BEFORE = re.compile(r"(?:^|[\t|\n])\s*$")
# "a diet supplemented with 0.3% egg powder", "feed containing 2% seaweed": the rate at which the feed carried it.
_INCLUSION_DIRECT_BEFORE = re.compile(r"\b(?:supplemented|containing|enriched|fortified|diets?\s+with)\s+(?:with\s+)?$", re.IGNORECASE)
_INCLUSION_BEFORE = re.compile(r"\b(?:fed|feed|feeding|dietary|supplement\w*|includ\w*|inclusion|added|adding|diets?\s+(?:containing|with))\b[^.;]{0,40}$", re.IGNORECASE)
# "reduced by 40%", "in 38%", "35% of patients", "4.0% vs 9.1%", "50% less": a result's share.
_SHARE_AFTER = re.compile(r"\s*(?:of\s+(?!the\s+(?:basal\s+|starter\s+|total\s+)?(?:diets?|feed|rations?)\b)|vs\.?\s|versus\s|v\.\s|[,;]?\s*(?:95|CI)|(?:less|more|lower|higher|fewer|greater|reductions?|decreases?|increases?|improvements?|response|responders?|risk)\b)", re.IGNORECASE)
# "72% vs fusidic acid 61%", "reduced by 30%", "± 5%": the second of two arms' shares, a change or a spread.
# "with at least 60% EPA": a threshold of a product's make-up.
_SHARE_BEFORE = re.compile(
    r"(?:\d\s?%\s*(?:vs\.?|versus|v\.)\s+[^\d%.;]{0,30}|\bby\s+|±\s*|[<>≤≥]\s*"
    r"|\b(?:at\s+least|more\s+than|less\s+than|over|under|up\s+to|above|below|compared\s+(?:with|to))\s+)$", re.IGNORECASE)
# "atropine 0.01% or 0.05%": the later strengths of a list.
_STRENGTH_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+|to\s+|[-\u2013]\s*)")
_MOLAR = re.compile(r"\d\s?[nµμum]M\b")
_IN_VITRO = re.compile(
    r"in[\s-]?vitro|\bcells?\b|cell[\s-]lines?|\bcultur|fibroblasts|keratinocytes|macrophages|neurons|organoids|embryos|"
    r"hepatocytes|cardiomyocytes|\bincubat|explants|spheroids|microglia|astrocytes|myotubes|adipocytes|biofilms?\b",
    re.IGNORECASE,
)
# "an IC50 of 5 µM", "plasma levels of 2 µg/mL", "MIC 4 µg/mL": a measured value, not what was applied.
_MEASURED_BEFORE = re.compile(
    r"(?:\b[IEL][CD]\s*[\-_]?50|\bMI[CB]s?\d*|\bMBC|\bK[dim]\b|\bplasma|\bserum|\bC\s*max|\bpeak|\btrough|\blevels?\b|half[\s-]maximal)"
    r"[^.;]{0,30}$",
)
# "(by 58% at 10 µM)", "a 3-fold rise at 5 µM": the concentration where a result was read, not the one dosed.
# "at 0.1, 1 or 10 µM": the last of a concentration series, read only as a whole or not at all.
_LIST_TAIL_BEFORE = re.compile(r"\d\s*(?:,|;|,?\s*(?:and|or|&))\s*$")
_EFFECT_AT_BEFORE = re.compile(r"(?:%|-?fold)[^.;,()\d]{0,20}?\bat\s+$")
_JOIN = rf"(?:\s*(?:,\s*(?:and|or|&)?|and|or|&|to|vs\.?|versus|v\.?|[{_DASH}]|/)\s*)"
_PREFILTER = re.compile(rf"\d[\s{_DASH}]*(?:[mMµμunU]|g\b|IU|iu|gm|gram|micro|nano|[Ii]nter|[Mm]illi|FTU|FYT|drops?\b)")
# "ten mg/kg", "one milligram": a spelled-out value, tried only when a word stands right before a unit.
_WORD_UNIT_GATE = re.compile(r"[a-z][\s-](?:mg|[Mm]illigram(?:me)?s?|[Mm]icrogram(?:me)?s?|mcg|[Gg]ram(?:me)?s?|IU|[Ii]nternational|m[lL])\b")

_WORD_DOSE_RE = re.compile(
    rf"(?<![\w.,/])(?P<nums>(?i:{WORDS}))(?:\s+|-)(?P<base>{_BASE})(?P<per>{_PER})?"
    r"(?!\s*(?:/|per\s)\s*(?:m?l\b|d[lL]|L\b|mL|litre|liter|dl)|\s*%|[\w/])"
)
# "200 mg/kg silymarin (positive control)", "the reference drug diclofenac 10 mg/kg": not the
# studied intervention's dose.
_POSITIVE_CONTROL = re.compile(r"positive[\s-]+control|reference\s+(?:drug|standard|compound)|standard\s+(?:[a-z\-]+\s+)?drugs?\b", re.IGNORECASE)
_SPLIT = re.compile(rf"({_NUM})(?:\s*{_BASE})?|{_JOIN}")
_FIGURE = re.compile(r"\b(?:fig(?:ure)?s?\.?|table|panel|step|supplementary|appendix|section)\s*$", re.IGNORECASE)

_SCHEDULES = [
    # Prescription Latin as clinicians write it ("o.d.", "mane", "tds", "qHS") and hourly intervals ("q12h",
    # "every 8 hours"), each read by :func:`_schedule_label`.
    (r"(?:o\.d|q\.?a\.?m|q\.?h\.?s|t\.?d\.?s|q\.?d\.?s)\.?(?!\w)|mane\b|nocte\b", "latin"),
    (r"(?:q\.?\s?|every\s+)(?:24|12|8|6)\s?h(?:rs?|ours?)?\b", "hourly"),
    (r"once[\s-]+(?:a[\s-]+|per\s+)?da(?:y|ily)|once[\s-]daily|\bq\.?d\.?\b|\bqd\b|every\s+morning", "once daily"),
    # "x2 a day", "× 2 daily": a count of doses a day written with a multiplication sign
    (r"twice[\s-]+(?:a[\s-]+|per\s+)?da(?:y|ily)|two\s+times\s+(?:a\s+|per\s+)?da(?:y|ily)|\bb\.?i\.?d\.?(?!\w)|[x×]\s?2\s+(?:a\s+|per\s+)?da(?:y|ily)", "twice daily"),
    (r"three\s+times\s+(?:a\s+|per\s+)?da(?:y|ily)|thrice\s+daily|\bt\.?i\.?d\.?(?!\w)", "three times daily"),
    (r"four\s+times\s+(?:a\s+|per\s+)?da(?:y|ily)|\bq\.?i\.?d\.?(?!\w)", "four times daily"),
    (r"twice[\s-]+(?:a[\s-]+)?week(?:ly)?", "twice weekly"),
    (r"once[\s-]+(?:a[\s-]+)?week(?:ly)?|\bweekly\b|every\s+week", "once weekly"),
    (r"every\s+other\s+day|alternate\s+days", "every other day"),
    (r"single[\s-]+(?:oral\s+|intravenous\s+|i\.?v\.?\s+)?(?:dose|administration|session|dosing)|\bsingle\b|one[\s-]+time\s+dose|once\s+only", "single dose"),
    (r"\btitrat\w*|flexibl[ey][\s-]+dos\w*|flexible[\s-]+dose", "titrated"),
    (r"as[\s-]+needed|\bp\.?r\.?n\.?(?!\w)|on[\s-]+demand", "as needed"),
    (r"\bdaily\b|\bper\s+day\b|\ba\s+day\b|\beach\s+day\b|\bevery\s+day\b|\bnightly\b|\bat\s+bedtime\b", "daily"),
]
# One scan for all schedules: the one nearest the dose wins, and at one position the
# more specific ("once daily") before the general ("daily"). The schedule, timing and
# clause scans run over lowercased windows, starting only at word starts: against
# re.IGNORECASE and a plain alternation that is about six times faster.
_WORD_START = r"(?<![a-z])(?=[a-z])"
_SCHEDULE_LABELS = {f"s{i}": label for i, (_, label) in enumerate(_SCHEDULES)}
_SCHEDULE_RE = re.compile(_WORD_START + "(?:" + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_SCHEDULES)) + ")")
# Written before the dose: "a single 100 mg dose", "titrated to 200 mg".
_SCHEDULE_BEFORE_RE = re.compile(
    _WORD_START + "(?:" + "|".join(f"(?P<s{i}>{p})" for i, (p, label) in enumerate(_SCHEDULES)
                                   if label in ("single dose", "titrated", "once weekly", "daily")) + ")"
)
_AMOUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|half\s+an?|an?)"
_TIME_UNIT = r"(?:h|hrs?|hours?|min|mins|minutes?|days?|weeks?)"
_TARGET = (
    r"(?:(?:the|each|every|a|an|their|every)\s+)?(?:(?:first|second|last|final|next|treatment|therapy|"
    r"exposure|training|test(?:ing)?|imaging|extinction|psychotherapy|cbt)\s+)?"
    r"(?:sessions?|exposures?|training|therapy|testing|tests?|scanning|scans?|imaging|extinction|surgery|meals?|bedtime|"
    r"dosing|retrieval|conditioning|learning|psychotherapy|cbt|treatment|tasks?|challenges?|procedures?|sleep|"
    r"interviews?|assessments?|reactivation|recall|infusions?)\b"
)
_TIMING_RE = re.compile(
    r"(?<![a-z0-9])(?=[a-z0-9])(?:"
    rf"\b{_AMOUNT}[\s-]*{_TIME_UNIT}\s+(?:before|prior\s+to|after|following|post|pre)(?:\s+{_TARGET})?"
    rf"|\bimmediately\s+(?:before|after|following|prior\s+to)(?:\s+{_TARGET})?"
    r"|\bpre[\s-]*(?:or|/|and)\s*post[\s-]*(?:session|exposure|training)s?"
    r"|\b(?:pre|post)[\s-](?:session|exposure|training|extinction)s?"
    rf"|\b(?:before|after|prior\s+to|following)\s+{_TARGET})"
)
_WINDOW = 90
_TIMING_WORDS = ("before", "after", "prior", "following", "pre", "post")
_CLAUSE_END = re.compile(r"[.!?](?:\s+[A-Z(\[]|\s*$)|;|(?<![a-z])(?:whereas|while|compared|versus|vs)\b")
_NUMBER_START = re.compile(r"\.?\d+")  # runs of digits; a lookbehind here costs more than the check below
# "10 mg in 1 mL", and a solubility: "one gram dissolves in 20.8 ml of water" (not "5 g dissolved in 250 ml", a dose
# as it was taken).
_PREPARATION_AFTER = re.compile(
    r"\s+(?:of\s+[\w\-]+\s+)?(?:(?:dissolves|is\s+soluble)\s+)?(?:in|per)\s+\d+(?:\.\d+)?\s*(?:m[lL]|[µμu][lL]|L)\b")
_SOLVENT_BEFORE = re.compile(r"(?:dissolv\w*|reconstitut\w*|dilut\w*|solution|stock|\bin)\s+[^.;]{0,20}$", re.IGNORECASE)
# "5 grams of creatine a day", "2,000 mg EPA+DHA per day", "(900 mg) per day": the day
# written after the substance (not after a schedule word: "50 mg twice per day", "30 g of the
# supplement twice a day").
_SUBSTANCE_PER_DAY = re.compile(
    r"(?:\s*\)|\s*\([^()]{0,30}\)|\s+of(?:\s+(?!(?:once|twice|thrice|times)\b)[\w\-+]+){1,3}?|(?:\s+(?!(?:once|twice|thrice|times|two|three|four|in|for|and|or|to|at|with|was|were|[x×]\s?\d)\b)"
    r"[\w\-+]+){1,3}?)?"
    r"(?:\s+(?:a|per|each)\s+day\b|\s*/\s*d(?:ay)?\b)",
    re.IGNORECASE,
)
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")
_BODY_MASS_AFTER = re.compile(r"\s*(?:of\s+)?(?:body[\s-]*weight|bw\b|b\.\s?w\.)", re.IGNORECASE)
# "mice (20-25 g)", "rats weighing 250 g", "body weight 180–220 g", "200 ± 20 g": an animal's
# weight (or its spread), not a dose.
_BODY_MASS_BEFORE = re.compile(
    r"(?:\bweigh\w*\s*:?\s*(?:of\s+|between\s+|about\s+|approximately\s+|around\s+|from\s+|~\s*)?"
    r"|\b(?:mice|mouse|rats?|animals|hamsters|gerbils|rabbits|piglets|pigs|dogs|males|females|pups)\s*(?:\(|,)\s*(?:[^()]{0,25}[,;]\s*)?"
    # "juvenile shrimp (mean 1.1 g)", "broiler chicks (initial weight 42 g)", "neonates (average 1,850 g)"
    r"|\b(?:juveniles?|larvae|fingerlings|fry|post-?larvae|hatchlings|chicks|broilers|birds|hens|fish|shrimps?|prawns|"
    r"neonates|newborns|infants|calves|lambs|kids|weanlings|weaners)\b[^()]{0,30}\(\s*(?:(?:mean|average|median|initial|starting)\s+)?"
    r"(?:(?:body\s+)?weight\s*(?:of\s*)?[:=]?\s*)?(?:~\s*)?"
    r"|±\s*"
    r"|\b(?:lost|gained|losing|gaining|loss\s+of|gain\s+of)\s+(?:(?:an?\s+)?(?:average|mean|median)\s+(?:of\s+)?|about\s+|around\s+|up\s+to\s+)?)$",  # "lost 900 g": weight, not a dose
    re.IGNORECASE,
)
_SPREAD_BEFORE = re.compile(r"\d\s*±\s*$")
# How a patch, implant or device gives out its labelled dose: the amount released is no second dose.
_RELEASED_BEFORE = re.compile(
    r"\b(?:releas(?:es|ed|ing)|deliver(?:s|ed|ing))\s+(?:(?:about|around|approximately|roughly|some|nearly|up\s+to|~)\s+)?$",
    re.IGNORECASE)
# "or continued 20 mg", "than those who continued on 75 mg of X": the control arm of a step-down or withdrawal trial.
_KEPT_ARM_BEFORE = re.compile(
    r"\b(?:or|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:(?:those|patients|participants|people)\s+who\s+)?"
    r"(?:continued|continuing|continuation\s+of)\s+(?:(?:on|with|taking|their|the|usual|same|current)\s+)*(?:[a-z][\w\-]+\s+)?$",
    re.IGNORECASE)
# "than those taking only 400 IU", "compared with children given just 5 mg": "only" marks the other arm's smaller amount.
_LESSER_ARM_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:took|taking|received|receiving|given|getting|got|on|used|using)\s+(?:only|just|merely)\s+$", re.IGNORECASE)
# "take 10 mg at night, not 30 mg once a day", "rather than 10 mg": a dose the text turns down.
_REJECTED = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# "active placebo doses of 25-40 mg", "an active placebo (diphenhydramine 25 mg)": the control arm's dose.
# "the placebo group was given five grams of olive oil", "the placebo arm received 10 ml of saline": what the
# placebo arm took is the placebo's amount.
_PLACEBO_DOSE = re.compile(
    r"placebo\s+(?:dos(?:e|es|ing|age)\s+(?:of\s+)?|\(\s*(?:[\w\-]+\s+){0,2}"
    r"|(?:group|arm)s?\s+(?:was\s+|were\s+)?(?:given|received|took|got|consumed|drank|ingested)\s+(?:an?\s+|the\s+)?"
    r"(?:identical\s+|matching\s+|equal\s+)?)$", re.IGNORECASE)
# "or a control of 3136 mg of linoleic acid", "a placebo containing 1 g of olive oil": the control's amount.
_CONTROL_AMOUNT_BEFORE = re.compile(r"\b(?:placebo|control)\s+(?:of|containing)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "25 mg \"placebo\" riboflavin", "a 50 mg 'placebo' dose": a low dose that served as the placebo.
_PLACEBO_AFTER = re.compile(r"\s*[\"“'‘]placebo[\"”'’]")
_QUOTED_PLACEBO_BEFORE = re.compile(r"[\"“'‘]placebo[\"”'’]\s+$")  # 'the "placebo" 25 mg dose'
# "... lower than the dose used for addiction (50 mg per day)": a dose the study's is set against.
_COMPARED_DOSE = re.compile(
    r"\b(?:than|below|above|compared\s+(?:with|to))\s+(?:that\s+|those\s+|the\s+)?(?:[\w\-]+\s+){0,2}dos(?:e|es|age)\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)
# The agent that makes an animal model ("an injection of cisplatin (7 mg/kg)", "STZ (60 mg/kg)",
# "scopolamine 1 mg/kg to induce amnesia"): its dose is not the tested treatment's.
_INDUCERS = (
    "scopolamine", "cisplatin", "streptozotocin", "stz", "lipopolysaccharide", "lps", "mptp", "6-ohda", "reserpine",
    "pentylenetetrazole", "pentylenetetrazol", "ptz", "kainic acid", "kainate", "mk-801", "dizocilpine", "carrageenan",
    "alloxan", "d-galactose", "aluminium chloride", "aluminum chloride", "alcl3", "ccl4", "carbon tetrachloride",
    "bleomycin", "monocrotaline", "isoproterenol", "isoprenaline", "l-name", "rotenone", "cuprizone", "cerulein",
    "caerulein", "thioacetamide", "d-galactosamine", "trimethyltin", "kainic",
)
_INDUCER_BEFORE = re.compile(
    r"(?:" + trie_pattern(_INDUCERS, not_after=r"[\w\-]") + r")"
    r"(?:\s+(?:\w+\s+){0,1}?)?\s*[(,:]?\s*(?:at\s+|of\s+)?(?:an?\s+)?(?:(?:single\s+)?dose\s+of\s+)?$",
    re.IGNORECASE,
)
# "has been used with apparent safety ... in doses of 300-600 milligrams", "typical doses range
# from 200 to 400 mg", "the recommended daily intake is 15 mg": what is generally done, not
# what a study gave. :data:`_DOSE_DEFINED` reads the same of a dose defined in the present tense
# ("a therapeutic dose of X is between 200 and 600 mg"; "the effective dose was 5 mg" reports a study).
_GENERAL_DOSE = re.compile(
    r"\b(?:(?:used|taken|given)\s+(?:safely|with\s+(?:apparent\s+|reasonable\s+)?safety)|considered\s+safe|"
    r"typical(?:ly)?\s+(?:doses?|dosages?|intakes?|amounts?)|(?:doses?|dosages?|amounts?)\s+(?:are\s+|is\s+)?(?:typically|usually|commonly|generally)\s+"
    r"(?:range|used|taken|given|between|from|around|about)|(?:is|are)\s+(?:usually|typically|commonly|generally)\s+(?:taken|used|given|dosed)|recommended\s+(?:daily\s+)?(?:doses?|dosages?|intakes?|allowances?|amounts?)\s+(?:is|are|of|range))"
    r"\b[^.;]{0,45}$",
    re.IGNORECASE,
)
_DOSE_DEFINED = re.compile(
    r"\b(?:usual|standard|therapeutic|effective|normal|common|conventional|average|suggested)\s+(?:daily\s+)?(?:doses?|dosages?|dosing)"
    r"(?:\s+(?:of|for)\s+[\w\- ]{1,30}?)?\s+(?:taken\s+|used\s+)?(?:is|are|ranges?|lies|varies)"
    r"(?:\s+(?:usually|typically|generally))?(?:\s+(?:between|from|about|around|approximately|roughly|up\s+to))?\s+$",
    re.IGNORECASE,
)
# Doses no study gave: the writer's own advice ("I would recommend starting anywhere from
# 400 mg", "we suggest starting at", "Take 200 mg at night", "you can start with", "most
# people take") and a ceiling ("the maximum
# recommended dose is", "should not exceed"). "sertraline (up to 200 mg/day)" and
# "titrated to a maximum of" stay doses: they say what a trial gave.
_ADVICE = re.compile(
    r"(?:\b(?:I|we|I'd|we'd|experts?|doctors?|physicians?|clinicians?|guidelines?|practitioners?)\s+"
    r"(?:would\s+|usually\s+|generally\s+|typically\s+|strongly\s+|often\s+|always\s+)?"
    r"(?:recommend|suggest|advise|advocate)\w*|\bmy\s+(?:recommendation|advice|suggestion)"
    r"|^\W*(?:take|try|start\s+(?:with|at|on)|begin\s+(?:with|at)|aim\s+for)"  # an imperative: "Take 200 mg at night"
    r"|\byou\s+(?:should|can|could|may|might|need\s+to|want\s+to|will\s+want\s+to)\s+(?:\w+\s+)?(?:take|start|use|try|begin)"
    r"|\b(?:most|many|some)\s+(?:people|adults|patients|users|practitioners|doctors|clinicians)\s+(?:usually\s+|typically\s+)?(?:take|use|need|start)"
    r"|\bmaximum\s+(?:recommended|safe|tolerable|allowable|permitted)\s+(?:daily\s+)?(?:doses?|dosages?|intakes?|amounts?)"
    r"|\b(?:upper\s+(?:tolerable\s+)?(?:intake\s+)?limit|ceiling)\b|\b(?:should|must|do|does|never)\s+(?:not\s+)?exceed)"
    r"\b[^.;]{0,45}$",
    re.IGNORECASE,
)
# A tolerability or safety bound ("well tolerated at doses less than 300 mg per day", "safe
# up to", "doses up to 300 mg were well tolerated"): a study's claim only when nothing else
# is (see :func:`read_doses`).
_BOUND = re.compile(
    r"\b(?:tolerated|tolerable|safe|safely|safety)\b[^.;\d]{0,30}?\b(?:up\s+to|less\s+than|lower\s+than|below|under|"
    r"as\s+high\s+as|not\s+exceeding|of\s+no\s+more\s+than)\s*$",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:(?:is|are|was|were|has\s+been|have\s+been|be)\s+(?:generally\s+|usually\s+|very\s+)?(?:well[\s-]+)?(?:tolerated|safe)\b)", re.IGNORECASE)
# The absolute cap bracketed after a weight-based dose: "50 mg/kg (maximum 2 g)", "10 mg/kg (max. 400 mg)",
# "15 mg/kg (up to a maximum of 1 g)", "0.6 mg/kg (not exceeding 16 mg)".
_CAP_BEFORE = re.compile(
    r"(?:/\s*kg|\bper\s+kg|\bkg[-−⁻]1)(?:/\s*\w+|\s+(?:per|a|each)\s+\w+)?\s*\(\s*(?:max(?:imum|\.)?(?:\s+(?:dose|of))?"
    r"|up\s+to\s+(?:a\s+)?max(?:imum|\.)?(?:\s+of)?|not\s+(?:to\s+)?exceed(?:ing)?)\s*:?\s*$",
    re.IGNORECASE,
)
# A dose restated in brackets as a chemical amount, "600 mg (24 mmol)", "1080 mg (10 mEq)", "400 mg (i.e. 10.8
# mmol)", or capped there, "1 g (maximum 3 g)": one dose, not two. (The dev set keeps both of "400 IU (10 µg)" and
# of "1 g twice daily (2000 mg/day)", and holdout 7 both of "0.1 mg/kg (up to 5 mg)".)
_RESTATED_BETWEEN = re.compile(
    # "140 ml of beetroot juice (~8 mmol nitrate)": the product's name may stand between the dose and its restatement
    r"(?:\s+(?:of\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})?"
    r"\s*\(\s*(?:(?P<cap>max(?:imum|\.)?(?:\s+of)?|not\s+exceeding)"
    r"|(?:about|approx(?:imately|\.)?|around|roughly|ca\.|~|≈|=|i\.e\.,?|equivalent\s+to|equal\s+to|equals))?\s*",
    re.IGNORECASE,
)
_MOLAR_BASES = ("mmol", "µmol", "μmol", "umol", "meq", "millimol", "micromol", "milliequivalent")
_BOUND_BEFORE = re.compile(r"\b(?:up\s+to|as\s+high\s+as|less\s+than|below)\s+$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_PER_DAY = re.compile(r"(?<![a-z])(?:die|d|day|24\s*h)\b|\ba day\b")
_PER_RATE = re.compile(r"(?<![a-z])(?:min|h)")
_IMPERATIVE = re.compile(r"\W*(?:take|try|start|begin|aim)\b", re.IGNORECASE)
_HANGING_HYPHEN = re.compile(rf"(?<=\d)[{_DASH}](?=\s*(?:,|and\b|or\b|&))")
_ARM_SIZE_RE = re.compile(_ARM_SIZE)
# "One gram ground cinnamon is about 3/4 teaspoon", "1 tsp is roughly 2.6 g", "the 500 mg
# equaled less than one teaspoon": an amount set equal to a kitchen measure is a conversion, no dose.
_KITCHEN = r"(?:teaspoons?|tsps?|tablespoons?|tbsps?|cups?|spoonfuls?|pinch(?:es)?)\b"
_EQUALS = r"(?:\b(?:is|are|was|were|equals?|equal(?:l)?ed|equates\s+to|amounts?\s+to|corresponds?\s+to|(?:is\s+)?equivalent\s+to|weighs?)\b|=|≈)"
_MEASURE_AFTER = re.compile(rf"[^.;()\d]{{0,30}}?{_EQUALS}[^.;()]{{0,25}}?\b{_KITCHEN}", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    rf"\b{_KITCHEN}[^.;()\d]{{0,25}}?{_EQUALS}\s*(?:about|roughly|approximately|around|nearly|~)?\s*$", re.IGNORECASE
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# The substance named between an amount and its body-weight denominator: "15 ml juice/kg", "1.2 g protein per kg per day".
_NAMED_PER_KG_AFTER = re.compile(
    r"\s+(?:of\s+)?(?!(?:in|of|per|and|or|to|the|a|an|at|for|with|was|were|is)\b)[A-Za-z][\w\-]*"
    r"(?:\s+(?!(?:in|of|per|and|or|to|the|a|an|at|for|with|was|were|is)\b)[A-Za-z][\w\-]*)?"
    r"(?P<per>\s*(?:/|per\s)\s*kg\b(?:\s*(?:/|per\s)\s*(?:d|day)\b)?)"
    r"(?!\s*(?:of\s+)?(?:the\s+)?(?:complete\s+|basal\s+|starter\s+)?(?:feed|diets?|rations?|premix|DM)\b)")  # not a feed's inclusion rate
_MASS_OVER_BEFORE = re.compile(r"\d\s*(?:mg|g|mcg|µg|μg|ug|IU|units?)\s*/\s*$", re.IGNORECASE)
# Each amount of a list named by its component: "6.4 g beta-alanine, 21 g creatine per day".
_NAMED_LIST_JOIN = re.compile(
    r"\s+(?:of\s+)?(?!(?:was|were|is|are|at|for|in|on|then|daily|twice|once|thrice|weekly|nightly|every|each|per|a|the|and|or)\b)"
    r"[A-Za-z][\w\-+]*(?:\s+(?!(?:was|were|is|are|at|for|in|on|then|daily|twice|once|per|and|or)\b)[A-Za-z][\w\-+]*){0,2}"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"\s*(?:,|or|and|&|to|,\s*or|,\s*and|,\s*&)\s*$")


def parse_doses(text: str) -> list[Dose]:
    """Every dose stated in ``text``, a tolerability bound only when nothing else; empty
    when it states none."""
    given, bounds = read_doses(text)
    return given or bounds


# The day written first: "Per day, 20 g of ...", "each day a total of 3 g": the amount is a daily total
# (not "daily" alone, "a daily dose of 500 mg", nor "twice a day, 5 mg": schedules, like "500 mg daily").
_DAY_FIRST = re.compile(r"(?<!once\s)(?<!twice\s)(?<!thrice\s)(?<!times\s)\b(?:per|each|a)\s+day\s*[,:]?\s*(?:(?:a\s+total\s+of|in\s+total|about|approximately|around)\s+)?$",
                        re.IGNORECASE)


@per_document(maxsize=4096)
def read_doses(text: str) -> tuple[list[Dose], list[Dose]]:
    """The doses ``text`` states as given, and apart from them the tolerability or safety
    bounds it states ("well tolerated at doses up to 1 g/day"): such a bound is the claim's
    only dose in a safety statement, and no dose beside a dose a study gave. Kept for the
    document, so callers copy a dose before changing it: a table's Dose column repeats its
    cells down the rows, and a sentence read ahead is asked again whether it may stand
    alone (757 of 4,309 calls on the benchmark's dense text)."""
    digits = bool(_PREFILTER.search(text))
    spelled = _may_spell_a_value(text) and bool(_WORD_UNIT_GATE.search(text))
    cfu = "CFU" in text or "cfu" in text or "olony" in text
    strength = "%" in text or "per" in text and _STRENGTH_GATE.search(text) is not None
    tonne = "g/t" in text or "tonne" in text or "per ton" in text
    if not (digits or spelled or cfu or strength or tonne):
        return [], []
    words = text = unglue_markers(text)
    if "·" in text:
        text = _MIDDLE_DOT_DECIMAL.sub(".", text)  # "12·9 mmol", the Lancet's decimal point (same length: offsets hold)
    matches = _dose_matches(text) if digits else []
    if spelled:
        matches = sorted(matches + list(_WORD_DOSE_RE.finditer(text)), key=lambda m: m.start())
    extra = _concentration_matches(text, matches, digits, cfu)
    if strength:
        extra += _strength_matches(text)
    if tonne:
        extra += _PER_TONNE_RE.finditer(text)
    if extra:
        matches = sorted(matches + extra, key=lambda m: m.start())
    if not matches:
        return [], []
    doses: list[Dose] = []
    bounds: list[Dose] = []
    controls = "ontrol" in text or "eference" in text or "tandard" in text
    compared = "dos" in text or "Dos" in text
    placebo = "lacebo" in text
    general = "safe" in text or "ypical" in text or "ecommended" in text or "ally" in text
    defined = compared and (" is " in text or " are " in text)
    imperative = bool(_IMPERATIVE.match(text))
    challenge = "hallenge" in text or "HALLENGE" in text
    bounded = "olerat" in text or "safe" in text
    kitchen = "poon" in text or "tsp" in text or "Tsp" in text or "TSP" in text or "bsp" in text or "cup" in text or "pinch" in text
    shared = "all " in text or "All " in text or "oth " in text or "ach " in text or "very" in text  # every, Every
    brackets = "(" in text
    released = "elease" in text or "eliver" in text
    kept = "ontinu" in text
    lesser = "only " in text or "just " in text or "merely " in text
    restated_until = -1
    for i, match in enumerate(matches):
        if brackets:
            restating = _RESTATED_BETWEEN.fullmatch(text, matches[i - 1].end(), match.start()) if i and match.start() > restated_until else None
            if restating and (restating.group("cap") or match.group("base").lower().startswith(_MOLAR_BASES)):
                closing = text.find(")", match.start())
                restated_until = closing if closing >= 0 else len(text)
            if match.start() < restated_until:
                continue  # "600 mg (24 mmol)": the bracket restates the dose before it
        if _FIGURE.search(text[max(0, match.start() - 16) : match.start()]) or _preparation(text, match):
            continue
        if shared and _given_to_everyone(text, match):
            continue  # "All participants also took aspirin 150 mg": a co-intervention every arm had, not the claim's dose
        if "+" in text or "plus" in text:
            if _ADDED_AGENT_BEFORE.search(text, max(0, match.start() - 12), match.start()) and _NAMED_AFTER.match(text, match.end()):
                continue  # "200 mg + 100 mg caffeine": the second, named agent is added to the product's own dose
        if _REJECTED.search(text, max(0, match.start() - 20), match.start()):
            continue
        if i and lesser and _LESSER_ARM_BEFORE.search(text, max(0, match.start() - 70), match.start()):
            continue  # "compared to women taking only 400 IU": the smaller amount the other arm took
        if kept and _KEPT_ARM_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "step down to 10 mg or continued 20 mg": the dose the control arm kept taking
        if i and released and _RELEASED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the 1.5 mg patch ... releases about 1 mg over three days": what the product named before gives out
        if "kg" in text and _CAP_BEFORE.search(text, max(0, match.start() - 45), match.start()):
            continue  # "50 mg/kg (maximum 2 g)": the cap on a weight-based dose, not a dose of its own
        if challenge and _challenge_dose(text, match):
            continue  # "a 1000 mg challenge", "oral food challenge with 4 g peanut protein": a test, not the dose given
        if kitchen and (_MEASURE_AFTER.match(text, match.end()) or _MEASURE_BEFORE.search(text, max(0, match.start() - 45), match.start())):
            continue
        if (controls and _positive_control(text, matches, i)) or (
            compared and _COMPARED_DOSE.search(text, max(0, match.start() - 70), match.start())
        ) or ((controls or placebo) and _CONTROL_AMOUNT_BEFORE.search(text, max(0, match.start() - 25), match.start())
        ) or (placebo and (_PLACEBO_DOSE.search(text, max(0, match.start() - 40), match.start()) or _PLACEBO_AFTER.match(text, match.end())
                           or _QUOTED_PLACEBO_BEFORE.search(text, max(0, match.start() - 12), match.start()))) or (
            general and _GENERAL_DOSE.search(text, max(0, match.start() - 90), match.start())
        ) or (defined and _DOSE_DEFINED.search(text, max(0, match.start() - 80), match.start())) or (_may_advise(text[max(0, match.start() - 90) : match.start()], imperative)
              and _ADVICE.search(text, max(0, match.start() - 90), match.start())):
            continue
        into = bounds if bounded and _bound(text, match) else doses
        window_end = min(matches[i + 1].start() if i + 1 < len(matches) else len(text), match.end() + _WINDOW)
        after = _clause(text[match.end() : window_end])
        before = text[max(0, match.start() - 30) : match.start()]
        schedule, schedule_end = _schedule(after, before)
        timing, timing_end = _timing(after)
        source_end = match.end() + max(schedule_end, timing_end)
        source = words[match.start() : source_end]
        unit, per = _unit(match.group("base"), match.group("per"))
        if "±" in before and _SPREAD_BEFORE.search(before):
            continue  # "68 ± 19 mg": the spread of a mean dose, not a dose
        if unit == "g" and per is None and (
            _BODY_MASS_BEFORE.search(text, max(0, match.start() - 40), match.start()) or _BODY_MASS_AFTER.match(text, match.end())
        ):
            continue
        if len(matches) > 1 and ("sual" in text or "tandard" in text or "onventional" in text) and _USUAL_BEFORE.search(
                text, max(0, match.start() - 30), match.start()):
            continue  # "either the usual 500 FTU/kg or a superdose of 1,500 FTU/kg": the control arm's dose
        if unit in ("g", "ml", "g/day", "ml/day") and _measured(text, match):
            continue
        if unit == "ml" and per is None and i and _MASS_OVER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Synvisc-One (48 mg / 6 ml)": the volume that holds the mass before it, not a dose of its own
        if ("or to" in text or "ersus" in text or "vs" in text or "ompared" in text or "than" in text) and _other_arms_dose(text, match):
            continue
        if per and per.startswith("kg") and _INDUCER_BEFORE.search(text, max(0, match.start() - 45), match.start()):
            continue
        if unit == "IU" and match.group("base")[:1] in "uU" and not _units_of_a_drug(text, match):
            continue
        if per is None and "kg" in after and (per_kg := _NAMED_PER_KG_AFTER.match(after)):
            unit, per = _unit(match.group("base"), per_kg.group("per"))  # "15 ml juice/kg", "1.2 g protein per kg per day"
        if per is None and unit != "%" and (
            (("day" in after or "/d" in after or "DAY" in after) and _SUBSTANCE_PER_DAY.match(after))
            or ("day" in before or "Day" in before) and _DAY_FIRST.search(before)
        ):
            unit, per = f"{unit}/day", "day"  # "5 grams of creatine a day", "Per day, 20 g of beta-alanine"
        between = _BETWEEN_BEFORE.search(text, max(0, match.start() - 9), match.start()) is not None
        if match.re is _CFU_RE:
            scale = _cfu_scale(match)
            values = [(v * scale, m * scale if m else None) for v, m in _values(match.group("nums") or "1", between)]
        else:
            values = _values(match.group("nums"), between)
            mixed = _mixed_range(match.group("nums"), unit) if "g" in match.group("nums") else None
            if mixed:
                unit, values = mixed
        if values and " to " in (match.group("nums") or "") and _allocated_count(text, match, values):
            values = [(values[-1][1] or values[-1][0], None)]  # "(51 to 10 mg/kg, 50 to 20 mg/kg and 51 to placebo)": 51 infants went to 10 mg/kg
        if "alf" in text or "uarter" in text:
            share = _SPLIT_TABLET_BEFORE.search(text, max(0, match.start() - 25), match.start())
            if share and _TABLET_AFTER.match(text, match.end()):
                fraction = 0.5 if "alf" in share.group(0) else 0.25
                values = [(value * fraction, value_max * fraction if value_max else None) for value, value_max in values]
        for value, value_max in values:
            into.append(
                Dose(value=value, unit=unit, per=per, schedule=schedule, timing=timing, text=source, value_max=value_max)
            )
    if len(doses) > 1 and ("tart" in text or "nitiat" in text or "egan" in text or "egin" in text or "egun" in text or "ommenc" in text
                           or " from " in text):
        doses = _titrated_ranges(doses, text)
    return _shared_denominators(doses, text), bounds


# "started at 500 mg and increased up to 2,500 mg a day": one dose titrated over a range.
_STARTED_AT = re.compile(
    r"\b(?:start(?:ed|ing)?|initiat(?:ed|ing)|beg(?:an|un|inning)|commenc(?:ed|ing))\s+(?:at|on|with)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:initial|starting)\s+)?(?:dose\s+of\s+)?(?:[a-z][a-z\-]{3,}\s+)?$"
    # "titrated LDN from 0.75 mg up to 6 mg", "escalated the dose from 25 mg to 200 mg": the start after "from"
    r"|\b(?:titrat(?:ed|ing)|escalat(?:ed|ing)|increas(?:ed|ing)|up-?titrat(?:ed|ing))\s+(?:[\w\-]+\s+){0,3}?from\s+$",
    re.IGNORECASE,
)
# What joins a titration's start to its end after "from": "from 0.75 mg up to 6 mg", "from 25 to 200 mg".
_FROM_TO = re.compile(r"\s*(?:up\s+)?to\s+(?:a\s+(?:maximum|target)\s+of\s+)?$", re.IGNORECASE)
_INCREASED_TO = re.compile(
    r"\s*,?\s*(?:and\s+|then\s+|before\s+being\s+)?(?:(?:this|it|the\s+dose)\s+)?(?:was\s+|were\s+|is\s+)?(?:then\s+)?(?:gradually\s+|slowly\s+|progressively\s+|weekly\s+)?"
    r"(?:increased|titrated|escalated|up-?titrated|raised|stepped\s+up|rising|increasing|titrating|escalating)"
    r"(?:\s+(?:weekly|gradually|as\s+tolerated|every\s+\w+\s+\w+|over\s+\w+\s+\w+))?\s+(?:up\s+)?to\s+"
    r"(?:an?\s+|the\s+)?(?:(?:maximum|target|max(?:imal)?|final)\s+(?:dose\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)


_AMOUNT_WRITTEN = re.compile(r"[\d.,]+\s*[^\s\d]+")


# "51 to 10 mg/kg": a whole count of participants allocated to a dose, told in a list of such
# allocations. It reads as one when the sentence also allocates a count to the control ("and 12 to
# placebo"), or when it exceeds the dose (a range ascends) beside another allocation ("40 to 5 mg
# and 38 to 10 mg"). Only a list's item counts: "doses of 10 to 20 mg", "from 30 to 5 mg" stay.
_COUNT_TO = re.compile(r"\b\d[\d,]*\s+to\s+(?=\S)")
_ALLOCATION_BEFORE = re.compile(r"(?:[(,;]|\band|\brandomi[sz]ed|\bassigned|\ballocated)\s*$", re.IGNORECASE)
_COUNT_TO_CONTROL = re.compile(
    r"\b\d[\d,]*\s+to\s+(?:the\s+)?(?:placebo|vehicle|sham|control|usual\s+care|standard\s+care|no\s+treatment)\b", re.IGNORECASE)


def _allocated_count(text: str, match: re.Match[str], values: list[tuple[float, float | None]]) -> bool:
    """Whether the first of two numbers joined by "to" counts the participants given the second
    dose rather than starting a range or a taper, so the dose is the second number alone."""
    if len(values) > 2 or not _COUNT_TO.match(match.group("nums")) or not values[0][0].is_integer():
        return False
    if not _ALLOCATION_BEFORE.search(text, max(0, match.start() - 14), match.start()):
        return False
    if _COUNT_TO_CONTROL.search(text):
        return True
    second = values[0][1] if values[0][1] is not None else values[-1][0]
    return values[0][0] > second and len(_COUNT_TO.findall(text)) > 1


def _titrated_ranges(doses: list[Dose], text: str) -> list[Dose]:
    """A starting dose without its own schedule and the dose it was increased to, one range with the
    later dose's unit: "started at 500 mg and increased up to 2,500 mg a day" is 500-2,500 mg/day. A
    starting dose with its own schedule ("2.5 mg once daily, increased to 5 mg twice daily") stays apart."""
    merged: list[Dose] = []
    for dose in doses:
        start = merged[-1] if merged else None
        if start is not None and start.value_max is None and dose.value_max is None and start.schedule in (None, "titrated") and (
                dose.unit == start.unit or (dose.unit or "").startswith(f"{start.unit}/")) and dose.value > start.value:
            start_at = text.find(start.text)
            between_end = text.find(dose.text, start_at + len(start.text))
            amount = _AMOUNT_WRITTEN.match(text, start_at) if start_at >= 0 else None  # the dose without its schedule
            started = _STARTED_AT.search(text, max(0, start_at - 40), start_at) if amount and between_end >= 0 else None
            if started and (_INCREASED_TO.fullmatch(text, amount.end(), between_end) or (
                    started.group(0).lower().endswith("from ") and _FROM_TO.fullmatch(text, amount.end(), between_end))):
                start.value_max, start.unit, start.per, start.schedule = dose.value, dose.unit, dose.per, dose.schedule
                continue
        merged.append(dose)
    return merged


# A co-intervention every arm had: "All participants also took aspirin 150 mg", "both groups received vitamin D
# 800 IU daily", "; all received buprenorphine 0.03 mg/kg", "aspirin 75 mg was given to all women".
_EVERYONE_BEFORE = re.compile(
    r"\b(?:(?:all|both|every|each)\b(?:\s+[\w\-]+){0,3}?\s+also|(?:both|all|each)\s+(?:groups?|arms?)(?:\s+also)?"
    r"|(?:all|both|every|each)\b(?:\s+[\w\-]+){0,3}?(?=\s+continued)"
    r"|(?<=[;,]\s)all)\s+"  # after the arms: "... or saline 2 h before surgery; all received buprenorphine 0.03 mg/kg"
    r"(?:took|take|taking|received|receive|receiving|were\s+given|was\s+given|got|continued|used|had)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
_EVERYONE_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:(?:was|were)\s+also\s+(?:given|prescribed|administered|continued)|"
    r"(?:\b(?:to|in)\s+(?:both|all|each)\s+(?:groups?|arms?)))\b",
    re.IGNORECASE,
)


def _given_to_everyone(text: str, match: re.Match[str]) -> bool:
    before = max(0, match.start() - 90)
    return bool(_EVERYONE_BEFORE.search(text, before, match.start()) or _EVERYONE_AFTER.match(text, match.end()))


# "200 mg + 100 mg caffeine": a dose joined by a plus to the dose before it ...
_ADDED_AGENT_BEFORE = re.compile(r"\d\s*(?:mg|g|mcg|µg|μg|ug|IU|ml|mL)\s*(?:\+|plus)\s*$")
# ... and followed by the name of the agent added.
_NAMED_AFTER = re.compile(r"\s+(?!daily\b|twice\b|once\b|per\b|a\s+day\b|each\b|every\b)[A-Za-z][a-z\-]{3,}")


def add_dose(doses: list[Dose], dose: Dose, earlier: int = 0) -> None:
    """Append ``dose`` unless ``doses`` already holds it. A dose in per-day form and the bare
    one of the same value ("a dosage of 50 mg/day ... 50 mg riboflavin had no effect") are
    one dose written twice when the first of them is among the ``earlier`` entries (from
    earlier sentences): the per-day form is kept in the first one's place. Within one
    sentence both forms are kept as written ("0.5, 1 or 2 mg/day ...; the 1 mg dose")."""
    for i, seen in enumerate(doses):
        if (dose.value, dose.value_max) != (seen.value, seen.value_max):
            continue
        if dose.unit == seen.unit:
            return
        if i >= earlier:
            continue
        if seen.unit == f"{dose.unit}/day":
            return
        if dose.unit == f"{seen.unit}/day":
            doses[i] = dose
            return
    doses.append(dose)


def _shared_denominators(doses: list[Dose], text: str) -> list[Dose]:
    """"250 mg or 600 mg a day", "56 mg or 84 mg twice weekly": a denominator, schedule or
    timing written once after a list covers every dose in it."""
    for earlier, later in reversed(list(zip(doses, doses[1:]))):
        if earlier.text == later.text:
            continue
        between = text[text.find(earlier.text) + len(earlier.text) : text.find(later.text)]
        if not _LIST_JOIN.match(between):
            if earlier.per is None and earlier.schedule is None and _NAMED_LIST_JOIN.fullmatch(between):
                if later.per and earlier.unit and later.unit and later.unit.startswith(earlier.unit + "/"):
                    earlier.unit, earlier.per = later.unit, later.per  # "2 g EPA and 1 g DHA per day"
            continue
        if earlier.per is None and later.per and earlier.unit and later.unit and later.unit.startswith(earlier.unit + "/"):
            earlier.unit, earlier.per = later.unit, later.per
        earlier.schedule = earlier.schedule or later.schedule
        earlier.timing = earlier.timing or later.timing
    return doses


# What is dosed in units: "10 units of insulin glargine", "100 units of onabotulinumtoxinA", "vitamin D 1,000 units".
_UNIT_DOSED = re.compile(
    r"insulin|heparin|parin\b|toxin|botox|dysport|xeomin|oxytocin|vasopressin|epoetin|erythropoietin|penicillin|"
    r"streptokinase|urokinase|hyaluronidase|factor\s+(?:viii|ix)|vitamin|calciferol|interferon|"
    r"phytase|xylanase|protease|amylase|glucanase|mannanase|cellulase|lipase|enzyme", re.IGNORECASE)
# "14 units of alcohol a week", "2 units of packed red cells", "in 12 units": units that are no dose.
_NOT_DOSED_UNITS = re.compile(
    r"\s*(?:of\s+)?(?:[\w\-]+\s+){0,2}?(?:alcohol|blood|red\s+(?:blood\s+)?cells|rbcs?|prbcs?|platelets|plasma|beds?|housing|"
    r"homes?|wards?|apartments?|dwellings?)\b", re.IGNORECASE)


# "HOMA-IR fell by 0.6 units more", "scores 2 units lower": a change measured in a scale's units.
_CHANGE_BEFORE = re.compile(r"\b(?:by|fell|rose|dropped|improved|reduced|increased|decreased|changed|differ\w*)\s+"
                            r"(?:about\s+|approximately\s+|nearly\s+|~\s*)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s+(?:more|less|higher|lower|greater|fewer|larger|smaller|better|worse)\b", re.IGNORECASE)


_PER_SITE_AFTER = re.compile(r"\s*(?:per|each|a|in\s+each|into\s+each|into\s+the)\s+(?:side|muscle|masseter|temple|site|cheek)s?\b",
                             re.IGNORECASE)


def _units_of_a_drug(text: str, match: re.Match[str]) -> bool:
    """"Units" or "U" dose an agent measured in units (insulin, heparin, a toxin, vitamin D)
    or a listed drug named beside them; units of alcohol, of blood or of a hospital do not,
    nor does a change measured in units."""
    if _NOT_DOSED_UNITS.match(text, match.end()) or "lcohol" in text[max(0, match.start() - 60) : match.start()]:
        return False
    if _CHANGE_AFTER.match(text, match.end()) or _CHANGE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return False
    if _PER_SITE_AFTER.match(text, match.end()):
        return True  # "25 units each side", "20u per side": a toxin's units given per injection site
    window = text[max(0, match.start() - 80) : match.end() + 60]
    return bool(_UNIT_DOSED.search(window) or drug_mentions(window.lower()))


def _concentration_matches(text: str, matches: list[re.Match[str]], digits: bool, cfu: bool) -> list[re.Match[str]]:
    """Doses written as a count or a concentration: a probiotic's colony-forming units, and
    what a cell experiment applied ("10 µM")."""
    found: list[re.Match[str]] = []
    if cfu:
        # "10 11 CFU", "1010 CFU": an exponent lost with its superscript is not read
        found += [m for m in _CFU_RE.finditer(text) if (m.group("scale") and (m.group("nums") or not m.group("flat")))
                  or (m.group("nums") and _cfu_count(m.group("nums")))]
    if digits and _may_state_a_concentration(text) and _IN_VITRO.search(text):
        found += [m for m in _IN_VITRO_RE.finditer(text) if not _MEASURED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                  and not _EFFECT_AT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                  and not _LIST_TAIL_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    elif digits and ("/mL" in text or "/ml" in text):
        found += [m for m in _IN_VITRO_RE.finditer(text) if m.group("base")[0] in "mµμu" and _injected_strength(text, m.start())]
    taken = [(m.start(), m.end()) for m in matches]
    return [m for m in found if not any(start < m.end() and m.start() < end for start, end in taken)]


# "half of a 1 mg tablet", "a quarter of a 20 mg pill": the dose taken is the share of the tablet's strength.
_SPLIT_TABLET_BEFORE = re.compile(r"\b(?:(?:a|one)\s+)?(?:half|quarter)\s+(?:of\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE)
# A patch or suppository is cut like a tablet: "a quarter of a 5 mg patch" is 1.25 mg.
_TABLET_AFTER = re.compile(r"[\s\-]*(?:tablets?|pills?|caplets?|scored\s+tablets?|patch(?:es)?|suppositor(?:y|ies))\b", re.IGNORECASE)
_USUAL_BEFORE = re.compile(r"\b(?:the|their)\s+(?:usual|standard|conventional)\s+(?:dose\s+(?:of\s+)?)?$", re.IGNORECASE)
# "blood loss was 1,012 ml", "a margin of 150 ml", "(difference 26 ml", "birth weight < 1500 g", "ADG (428g)":
# a volume or mass measured as an outcome or set as a limit, not given (not the arms a difference is between:
# "no difference between quercetin 1 g/day and placebo").
_MEASURED_NOUN = (r"\b(?:loss|losses|lost|bleeding|drainage|output|margin|difference(?!\s+(?:between|with|versus|vs\.?)\s)|volumes?|weights?|weigh\w*|gain(?:ed|s)?|"
                  r"ADG|ADFI|yields?|residual)\b(?!-)")  # not "a weight-based dose of 1 g"
_MEASURED_AMOUNT_BEFORE = re.compile(
    rf"(?:{_MEASURED_NOUN}[^.;\d]{{0,30}}|[<>≤≥]\s*|\b(?:less|more)\s+than\s+|\b(?:at\s+least|under|below|over|above)\s+)$", re.IGNORECASE)
_MEASURED_CLAUSE = re.compile(rf"{_MEASURED_NOUN}[^.;]{{0,80}}$", re.IGNORECASE)
_TAKEN_AT = re.compile(r"\b(?:at|took|taking|given|received|receiving)\s+$", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"\s+(?:in|with|for)\s+the\s+(?:[\w\-]+\s+){1,2}?(?:group|arm)s?\b", re.IGNORECASE)


def _measured(text: str, match: re.Match[str]) -> bool:
    """A volume or mass an outcome or a limit: after a measured noun ("blood loss was", "a
    margin of", "< "), or a group's value in a clause about one ("986 ml in the intravenous group").
    An amount taken is given whatever came before: "no difference for me after two months at 15 g daily"."""
    if _TAKEN_AT.search(text, max(0, match.start() - 12), match.start()):
        return False
    if _MEASURED_AMOUNT_BEFORE.search(text, max(0, match.start() - 45), match.start()):
        return True
    return bool(_GROUP_AFTER.match(text, match.end()) and _MEASURED_CLAUSE.search(text, max(0, match.start() - 100), match.start()))


# "randomised to 1.95 g of oral TXA ... or to 1 g of intravenous TXA", "took 100 mg of CoQ10 versus those who
# took 400 IU of vitamin E": the other arm's dose, when what follows it names a route or an agent the claim's
# own arm did not.
_OTHER_ARM_BEFORE = re.compile(
    r"(?:\bor\s+to|\b(?:versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:those|people|patients|participants|subjects|women|men|"
    r"children|adults|users|animals)\s+(?:who\s+)?(?:took|received|were\s+given|given|taking|receiving|used|using|on))"
    r"\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_ROUTES = ("oral", "orally", "intravenous", "intravenously", "iv", "intramuscular", "im", "subcutaneous", "topical",
           "sublingual", "intranasal", "inhaled", "rectal", "vaginal", "buccal", "transdermal")
_ROUTE_RE = re.compile(r"\b(?:" + "|".join(_ROUTES) + r")\b", re.IGNORECASE)
_ARM_WORDS_AFTER = re.compile(r"[^.;,]{0,40}")


def _other_arms_dose(text: str, match: re.Match[str]) -> bool:
    before_start = max(0, match.start() - 60)
    found = _OTHER_ARM_BEFORE.search(text, before_start, match.start())
    if not found:
        return False
    own, other = text[max(0, found.start() - 150) : found.start()].lower(), _ARM_WORDS_AFTER.match(text, match.end()).group(0).lower()
    routes, own_routes = {r.group(0) for r in _ROUTE_RE.finditer(other)}, {r.group(0) for r in _ROUTE_RE.finditer(own)}
    if routes and own_routes and not routes & own_routes:
        return True  # two routes of one drug
    if not (_OWN_AGENT.search(own) or drug_mentions(own)):
        return False  # "to 10 mg or to 20 mg of melatonin": two doses of one agent
    agent = _AGENT_AFTER.match(other)
    return any(name not in own for _, _, name in drug_mentions(other)) or bool(agent and agent.group(1) not in own)


_OWN_AGENT = re.compile(r"\d\s*[a-zA-Zµμ]+\s+of\s+[A-Za-z]")
_AGENT_AFTER = re.compile(r"\s*(?:\([^()]{0,10}\)\s*)?of\s+(?:the\s+)?([a-z][\w\-]{2,})")


_MASS_SCALE = {"ng": 1e-6, "ug": 1e-3, "mg": 1.0, "g": 1e3}
_MIXED_RANGE = re.compile(rf"(?P<low>{_NUM})\s*(?P<base>{_BASE})\s*(?:to|[{_DASH}])\s*(?P<high>{_NUM})")


def _mixed_range(nums: str, unit: str) -> tuple[str, list[tuple[float, float | None]]] | None:
    """"125 mg–5 g": a range whose ends have their own units, given in the smaller one
    (125–5,000 mg), not read as 125 g and 5 g."""
    found = _MIXED_RANGE.fullmatch(nums)
    if not found:
        return None
    low_unit, high_unit = _MASS.get(found.group("base").lower()), unit.split("/", 1)[0]
    low, high = to_number(found.group("low")), to_number(found.group("high"))
    if low_unit == high_unit or low_unit not in _MASS_SCALE or high_unit not in _MASS_SCALE or low is None or high is None:
        return None
    smaller = min(low_unit, high_unit, key=_MASS_SCALE.__getitem__)
    low, high = low * _MASS_SCALE[low_unit] / _MASS_SCALE[smaller], high * _MASS_SCALE[high_unit] / _MASS_SCALE[smaller]
    return smaller + unit[len(high_unit):], [(round(low, 6), round(high, 6))]


def _strength_matches(text: str) -> list[re.Match[str]]:
    """Percentages that are strengths: beside a listed drug ("atropine 0.01%", "0.12%
    chlorhexidine") or a formulation word ("a 5% gel", "the 0.02% dose"), or a feed's
    inclusion rate ("0.3% of the diet" where it was fed or added)."""
    found: list[re.Match[str]] = []
    drugs = cache(lambda: drug_mentions(text.lower()))  # read once, and only if a percentage needs them
    pending: list[re.Match[str]] = []  # a list's percentages not (yet) read as strengths
    for match in _STRENGTH_RE.finditer(text):
        value = to_number(match.group("nums"))
        if value is None or not 0 < value <= 100 or _SHARE_AFTER.match(text, match.end()) or (
            _SHARE_BEFORE.search(text, max(0, match.start() - 45), match.start())
        ):
            continue
        if pending and not _STRENGTH_LIST_JOIN.fullmatch(text, pending[-1].end(), match.start()):
            pending = []
        if _strength_here(text, match, found, drugs):
            found.extend((*pending, match))  # "5% or 10% gel": the list's earlier strengths are the gel's too
            pending = []
        else:
            pending.append(match)
    return found


def _strength_here(text: str, match: re.Match[str], found: list[re.Match[str]],
                   drugs: Callable[[], list[tuple[int, int, str]]]) -> bool:
    """Whether this percentage is a strength by what is written right around it; ``drugs``
    gives the text's drug mentions."""
    if (found and _STRENGTH_LIST_JOIN.fullmatch(text, found[-1].end(), match.start())) or _FORMULATION_AFTER.match(text, match.end()) or (
        _FORMULATION_BEFORE.search(text, max(0, match.start() - 24), match.start())) or (
        _INCLUSION_DIRECT_BEFORE.search(text, max(0, match.start() - 30), match.start())) or _SCHEDULE_AFTER.match(text, match.end()) or (
        _FOR_A_SPAN_AFTER.match(text, match.end()) and _CELL_START_BEFORE.search(text, max(0, match.start() - 4), match.start())) or (
        _INCLUSION_AFTER.match(text, match.end()) and _INCLUSION_BEFORE.search(text, max(0, match.start() - 50), match.start())
    ):
        return True
    after = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
    return any(start == after or (end <= match.start() and _NAME_THEN_STRENGTH.fullmatch(text, end, match.start()))
               for start, end, _ in drugs())


_STRENGTH_GATE = re.compile(r"\d\s?per\s?cent\b")
# The formulation named right before its strength: "Propolis gel 2.5%", "hydroquinone cream 4%".
_FORMULATION_BEFORE = re.compile(rf"\b{_FORMULATION}(?:\s+(?:microspheres?|usp|bp|pump|topical))?\s*$", re.IGNORECASE)  # "gel microsphere 0.04%"
_NAME_THEN_STRENGTH = re.compile(r"\s*(?:\(\s*)?")


# An injection's strength is its dose: "triamcinolone acetonide 5 mg/mL", "injected 40 mg/ml into each keloid";
# a level measured in blood or a cell experiment's concentration is not one.
_INJECTED_BEFORE = re.compile(r"\b(?:inject\w*|intralesional|intra-?articular|infiltrat\w*)\b[^.;]{0,60}$", re.IGNORECASE)
_NAME_TAIL = re.compile(r"(?:\s+(?:acetonide|hexacetonide|acetate|sodium|phosphate))?\s*\(?\s*$")


def _injected_strength(text: str, start: int) -> bool:
    """Whether the concentration at ``start`` is what was injected: written right after a listed drug's name, or
    after an injection is named, and not after a measured level."""
    before = text[max(0, start - 80) : start]
    if _MEASURED_BEFORE.search(before[-40:]):
        return False
    drugs = drug_mentions(before.lower())
    return bool(drugs and _NAME_TAIL.fullmatch(before, drugs[-1][1])) or bool(_INJECTED_BEFORE.search(before))


def _may_state_a_concentration(text: str) -> bool:
    """Whether a unit of :data:`_IN_VITRO_RE` is written, far cheaper than the scan for a cell experiment."""
    return ("M" in text and _MOLAR.search(text) is not None) or "/mL" in text or "/ml" in text


def _cfu_count(nums: str) -> bool:
    """A count written in full digits ("10,000,000,000 CFU"): a probiotic dose is never below a million."""
    value = to_number(nums.split()[0]) if nums.split() else None
    return value is not None and value >= 1e6


def _cfu_scale(match: re.Match[str]) -> float:
    scale = (match.group("scale") or "").lower()
    exponent = match.group("exp") or match.group("paren") or match.group("power") or match.group("e") or match.group("flat")
    if exponent:
        return 10.0 ** int(exponent.translate(_SUPERSCRIPTS))
    return 1e9 if scale in ("billion", "bn") else 1e6 if scale == "million" else 1.0


_SUPERSCRIPTS = str.maketrans(_POWER, "0123456789")


def _written_unit(base: str) -> str:
    """"CFU", "uM", "ug/mL": units of counts and concentrations, kept as written."""
    if base[0] in "Cc":
        return "CFU"
    return _SPACES.sub("", base).replace("µ", "u").replace("μ", "u").replace("mL", "ml").replace("ml", "mL")


def _may_advise(before: str, imperative: bool) -> bool:
    """Substring tests for the words of :data:`_ADVICE` in the words ``before`` a dose,
    written out (a generator over a tuple of them costs three times as much); an
    imperative at the start of the text is found once per text."""
    return imperative or (
        "ecommend" in before or "uggest" in before or "dvi" in before or "dvocat" in before or "you" in before
        or "You" in before or "ost " in before or "any " in before or "ome " in before or "aximum" in before
        or "xceed" in before or "pper" in before or "eiling" in before
    )


def _may_spell_a_value(text: str) -> bool:
    """Substring tests for a unit, far cheaper than the scan for a word before one."""
    return "mg" in text or "gram" in text or "IU" in text or "nternational" in text or "ml" in text or "mL" in text


def _bound(text: str, match: re.Match[str]) -> bool:
    if _BOUND.search(text, max(0, match.start() - 60), match.start()):
        return True
    return bool(_BOUND_BEFORE.search(text, max(0, match.start() - 12), match.start()) and _BOUND_AFTER.match(text, match.end()))


_CHALLENGE_AFTER = re.compile(r"[\s\-]*(?:[a-z]+[\s\-]+){0,3}?(?:re)?challenges?\b", re.IGNORECASE)
_CHALLENGE_BEFORE = re.compile(
    r"challenges?\s+(?:test\s+)?(?:with|of|using|to|at)\s+(?:up\s+to\s+|a\s+(?:cumulative\s+)?(?:dose\s+of\s+)?|cumulative\s+)?$",
    re.IGNORECASE,
)


def _challenge_dose(text: str, match: re.Match[str]) -> bool:
    """A dose that is a test or challenge dose ("a 1000 mg challenge", "a food challenge
    with 4 g peanut protein", "challenged ... up to 300 mg"), not the intervention's dose."""
    before = text[max(0, match.start() - 50) : match.start()]
    return bool(_CHALLENGE_AFTER.match(text, match.end()) or _CHALLENGE_BEFORE.search(before))


def _positive_control(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """A dose named as the positive control just before or after it, within its clause."""
    start, end = matches[i].start(), matches[i].end()
    before_start = max(matches[i - 1].end() if i else 0, start - 40)
    after_end = min(matches[i + 1].start() if i + 1 < len(matches) else len(text), end + 40)
    before, after = _clause_before(text[before_start:start]), _clause(text[end:after_end])
    after = after.split(" and ", 1)[0].split(" or ", 1)[0]  # "(100, 200 & 400 mg/kg) and standard drug diazepam"
    return bool(_POSITIVE_CONTROL.search(before) or _POSITIVE_CONTROL.search(after))


def _clause_before(before: str) -> str:
    cut = max(before.rfind(";"), before.rfind(". "), before.rfind(" or "), before.rfind(" and "))
    return before[cut + 1 :] if cut >= 0 else before


def _dose_matches(text: str) -> list[re.Match[str]]:
    """Dose matches, tried only where a number starts (a scan of the whole text with the
    full pattern costs several times more)."""
    found: list[re.Match[str]] = []
    end = 0
    last = -1  # the numbers after the last one a unit follows (years, p values, citations) are not tried
    for unit in _DIGIT_THEN_UNIT.finditer(text):
        last = unit.start()
    for start in _NUMBER_START.finditer(text):
        position = start.start()
        if position > last:
            break
        if position < end or (position and text[position - 1] in ".,0123456789"):
            continue
        if position and text[position - 1] == "/" and not (found and found[-1].end() == position - 1):
            continue  # after a slash only the second dose of a pair ("10 mg/2 mg")
        match = _DOSE_RE.match(text, position)
        if match:
            found.append(match)
            end = match.end()
    return found


_PACKAGE_AFTER = re.compile(
    r"[\s\-]*(?:[A-Za-z]+\s+)?(?:tubes?|bottles?|jars?|tubs?|pots?|packs?|packets?|boxes|box|containers?|cans?|cartons?|"
    r"bags?|canisters?|pouches?)\b", re.IGNORECASE)


_CONSUMED_BEFORE = re.compile(
    r"\b(?:drank|drink|drinking|ingest(?:ed|ing)?|consum(?:ed|ing))\s+"
    r"(?:(?:an?|one|two|three|four|\d)\s+)?$", re.IGNORECASE)


def _preparation(text: str, match: re.Match[str]) -> bool:
    """Making up a solution is not dosing: "dissolve 10 mg in 1 mL DMSO"."""
    if _PREPARATION_AFTER.match(text, match.end()):
        return True
    if _PACKAGE_AFTER.match(text, match.end()):
        # "a precoded 100 g tube", "a 250 ml bottle": what it came in, not what was taken; but "drank two 355 mL
        # bottles of juice": the package drunk is the dose
        return not _CONSUMED_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return match.group("base").lower() in ("ml", "ul", "µl") and bool(_SOLVENT_BEFORE.search(text[max(0, match.start() - 40) : match.start()]))


def _clause(after: str) -> str:
    """The words that still describe this dose: up to the end of its sentence or clause."""
    cut = _CLAUSE_END.search(after)
    return after[: cut.start()] if cut else after


def _schedule(after: str, before: str) -> tuple[str | None, int]:
    found = _SCHEDULE_RE.search(after.lower())
    if found:
        return _schedule_label(found), found.end()
    found = _SCHEDULE_BEFORE_RE.search(before.lower())
    if found:
        return _SCHEDULE_LABELS[found.lastgroup], 0
    return None, 0


_LATIN = {"od": "once daily", "qam": "once daily", "mane": "once daily", "qhs": "daily", "nocte": "daily",
          "tds": "three times daily", "qds": "four times daily"}
_HOURLY = {"24": "once daily", "12": "twice daily", "8": "three times daily", "6": "four times daily"}
_NOT_DIGIT = re.compile(r"\D")


def _schedule_label(found: re.Match[str]) -> str:
    label = _SCHEDULE_LABELS[found.lastgroup]
    if label == "latin":
        return _LATIN[found.group(0).replace(".", "")]
    if label == "hourly":
        return _HOURLY[_NOT_DIGIT.sub("", found.group(0))]
    return label


def _timing(after: str) -> tuple[str | None, int]:
    lowered = after.lower()
    found = _TIMING_RE.search(lowered) if any(word in lowered for word in _TIMING_WORDS) else None
    if not found:
        return None, 0
    return _SPACES.sub(" ", after[found.start() : found.end()]).strip(), found.end()


def _unit(base: str, per: str | None) -> tuple[str, str | None]:
    unit = _MASS.get(_SPACES.sub(" ", base.lower())) or _written_unit(base)
    if not per:
        return unit, None
    per_text = per.lower()
    has_kg = "kg" in per_text or "kilo" in per_text
    has_day = bool(_PER_DAY.search(per_text))
    compact = per_text.replace(" ", "")
    if "m2" in compact or "m²" in compact or "square" in compact or "m^2" in compact or "sq" in compact or "m-2" in compact or "m⁻²" in compact:
        return f"{unit}/m2", "m2"
    rate = _PER_RATE.search(per_text) if not has_day else None
    if rate:
        time = "min" if rate.group(0).startswith("m") else "h"
        return (f"{unit}/kg/{time}", f"kg/{time}") if has_kg else (f"{unit}/{time}", time)
    if has_kg and has_day:
        return f"{unit}/kg/day", "kg/day"
    if has_kg:
        return f"{unit}/kg", "kg"
    if "w" in per_text and not has_day:
        return f"{unit}/week", "week"
    return f"{unit}/day", "day"


def _values(nums: str, between: bool = False) -> list[tuple[float, float | None]]:
    """("10 and 20") -> [(10, None), (20, None)]; ("50 - 250") -> [(50, 250)]; after
    "between", ("5 and 10") -> [(5, 10)]."""
    if "," in nums or "and" in nums or "or" in nums or "&" in nums:
        nums = _HANGING_HYPHEN.sub("", nums)  # "1-, 2- and 4" is a list, not a range
    if "(" in nums:
        nums = _ARM_SIZE_RE.sub("", nums)  # "28 (n=11), 56 (n=11) or 84"
    parts = [(m.group(1), m.group(0)) for m in _SPLIT.finditer(nums)]
    numbers: list[float] = []
    joins: list[str] = []
    for number, whole in parts:
        if number is not None:
            value = to_number(number)
            if value is not None:
                numbers.append(value)
        else:
            joins.append(whole.strip().lower())
    if not numbers:
        value = to_number(nums)  # spelled out: "ten"
        return [(value, None)] if value else []
    range_joins = (*_DASHES, "to", "and") if between else (*_DASHES, "to")
    if len(numbers) == 2 and joins and joins[0] in tuple(_DASHES) and numbers[0].is_integer() and 1900 <= numbers[0] <= 2099 and numbers[1] < 100:
        return [(numbers[1], None)]  # "Papakostas 2012 — 15 mg/day": a citation's year, then the dose
    if len(numbers) == 2 and joins and joins[0] in range_joins and numbers[0] < numbers[1]:
        return [(numbers[0], numbers[1])]
    # "0, 0.25 and 0.5 mg/kg": the 0 is the vehicle group, not a dose
    return [(n, None) for n in numbers if n or len(numbers) == 1]
