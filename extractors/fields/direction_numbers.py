"""Findings stated in numbers or in a table cell's first word: an arm's result against the
control's ("-21% vs -3% with placebo", "48% vs 31% responders"), a ratio or difference
with its confidence interval, an effect size, a change "from 8 to 2", "twice as many",
and a cell's leading comparative ("Lower hs-CRP at 14 d"). Which way is better comes from
the outcome named."""

from __future__ import annotations

import re

from extractors.fields.direction_estimates import may_state_estimate, read_estimate, survival_hazard
from extractors.fields.direction_polarity import moved_against_arm, outcome_better
from extractors.fields.direction_words import (CONTROL, CONTROL_WORD, GAIN_VERBS, HARM_WORDS, HARMS, SPACE_RUN, SYMPTOM_SCALES, duration_better,
                                               as_relapse, blank_match)
from extractors.fields.lexicon import trie_pattern

# A treatment should lower what harms and raise what helps; symptom scales measure
# severity, so on them (and on markers of disease) lower is better.
# Rates of an event outrank the scale that defines it ("HAMD response 52% vs 38%").
_GOOD_EVENTS = re.compile(
    r"respon|remission|remit|abstinen|\bquit|recover|success|surviv|\bcure|relief|resolution|\bresolved?\b"
    r"|\w-?free\s+(?:days?|weeks?|months?|nights?|time|periods?|intervals?|rates?)\b"  # "pain-free days", "seizure-free weeks"
    r"|\b(?:pain|symptom|headache|migraine|seizure|relapse|disease|progression|recurrence)[\s-]+(?:freedom|free\b(?!\s+of\b))|\bfreedom\s+from\b"
    r"|no\s+longer\s+(?:had|has|have|met|suffer|experienc|show|report)|stopped\s+(?:crying|smoking|drinking|using)"
    # healed or cleared: "mucosal healing 58% vs 21%", "clear or almost clear on the IGA", "complete clearance"
    r"|heal(?:ing|ed)\b|\b(?:almost|nearly|completely|fully)\s+clear\b|\bclear\s+or\s+(?:almost|nearly)\s+clear|\b(?:complete|lesion|skin)\s+clearance\b"
    r"|\brr\s*[:=]?\s*\d+(?:\.\d+)?\s*%"  # a table's "RR: 79% vs. 43%": responder rates (a risk ratio is no percentage)
    # a target reached, whatever the measure: "70% vs 55% reached a clinic blood pressure below 140/90 mmHg", "target HbA1c was met by"
    r"|\b(?:reach(?:ed|ing)?|achiev(?:ed|ing)|attain(?:ed|ing)|met)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w/.-]+\s+){0,4}?(?:below|under|less\s+than|<|≤|targets?|goals?)(?![\w-])"
    r"|\b(?:targets?|goals?)\s+(?:[\w/.()-]+\s+){0,4}?(?:was|were)\s+(?:reached|achieved|attained|met)\b"
    # an attack brought to an end: "seizures ceased in 74% ... versus 31%", "bleeding stopped in 88%"
    r"|\b(?:seizures?|convulsions?|bleeding|haemorrhage|hemorrhage|vomiting|hiccups?|itch(?:ing)?|pain|symptoms?|fever|diarrh(?:o)?ea|wheez(?:e|ing))\s+"
    r"(?:had\s+|was\s+|were\s+)?(?:ceased|stopped|terminated|abated|subsided|disappeared|settled)\b"
    r"|\b(?:seizure|convulsion|bleeding|symptom)\s+(?:cessation|termination)\b|\bcessation\s+of\s+(?:the\s+)?(?:seizures?|convulsions?|bleeding|symptoms?)\b"
)
# A responder threshold reached ("more likely to achieve 30% pain reduction", "at least 50% relief"): a ratio of
# patients reaching it is a ratio of good events, whatever the symptom named.
_RESPONDER_THRESHOLD = re.compile(
    r"\b(?:achiev\w*|attain\w*|reach\w*)\s+(?:an?\s+)?(?:at\s+least\s+(?:an?\s+)?|[≥>]=?\s*)?\d+(?:\.\d+)?\s*%\s*(?:or\s+(?:more|greater)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|relief|response)\b"
    r"|(?:\bat\s+least\s+(?:an?\s+)?|[≥]\s*)\d+(?:\.\d+)?\s*%\s*(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|relief)\b"
    r"|\b\d+(?:\.\d+)?\s*%\s+or\s+(?:more|greater)\s+(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|relief)\b"
)
# A responder threshold told as a fall: "attack frequency fell by at least half in 59% of the riboflavin group".
_HALVED_IN = re.compile(
    r"\b(?:fell|dropped|decreased|declined|was\s+reduced|were\s+reduced)\s+by\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?half\s+in\s+\d"
)
_CESSATION_OF_HARM = re.compile(r"\bcessation\s+of\s+(?:[\w-]+\s+){0,2}?(?:vomiting|diarrh\w*|bleeding|seizures?|symptoms?|pain|crying|itch\w*|cough\w*)\b")
_BAD_EVENTS = re.compile(r"relapse|mortality|death|died|hospitali|recurren|admission|stroke|infarction|fractures?|cardiovascular\s+events?|^events\b|transfusion|\bvomited\b|\bvomiting\b")  # not dropouts: no efficacy
_HIGHER_BETTER = re.compile(
    r"quality\s+of\s+life|\bqol\b|well-?being|sleep\s+(?:time|efficiency|duration)|hours\s+of\s+sleep|\bhdl|moca|mmse|fev1|"
    r"walk|volume|density|\bbmd\b|\bmip\b|\bmep\b|maximal\s+(?:inspiratory|expiratory)\s+pressure|\btst\b|total\s+sleep|strength|memory|recall|cognit|attention|learning|improv|benefit|efficacy"
    # what a lifter or athlete can do: "one-rep max on the squat", "1RM bench press", "vertical jump height"
    r"|one-?rep(?:etition)?\s+max|\b1-?rm\b|jump\s+height|vo2\s?(?:max|peak)|power\s+output"
    r"|development|bayley|\bbsid|griffiths|\bmdi\b|\bpdi\b|\biq\b"
    r"|time\s+in\s+(?:the\s+)?(?:target\s+)?(?:glucose\s+)?range|\btir\b|\b6mw[dt]\b"
    # body and blood that a treatment builds: "increased lean mass by 1.2 kg", "raised haemoglobin more than oral iron"
    r"|lean\s+(?:body\s+)?mass|muscle\s+mass|fat-free\s+mass|(?<!glycated\s)(?<!glycosylated\s)ha?emoglobin\b|ferritin|ovulation"
    r"|ejection\s+fraction|\blvef\b|\bfvc\b|peak\s+(?:expiratory\s+)?flow|lung\s+function|\be?gfr\b|milk|abstinen"
    # taking part that a programme seeks: "Higher attendance (72% vs 58%)", "completion 81% vs 64%"
    r"|attendance|adherence|compliance|uptake|engagement|retention|completion|breast-?feeding"
    # what a farm animal's ration is fed for: "Higher ADG", "NDF digestibility up 8%", "more eggs laid"
    r"|\badg\b|average\s+daily\s+(?:weight\s+)?gain|digestibilit|egg\s+production|laying\s+rate|carcass\s+yield"
)
# The symptoms and scales a treatment should lower are the harms' (direction_words), so numbers and words read one
# vocabulary; beside them, what else is better lower: counts of episodes, sleep latency, lab markers, weight.
_LOWER_BETTER = re.compile(
    rf"{HARMS}|\b{SYMPTOM_SCALES}\b|"
    r"scores?\b|severity|attacks?\b|episodes?\b|\bdays\b|drinks|cigarettes|fractures|errors?\b|mistakes\b|"
    r"exacerbations|\bcry|\bcried|crying|fuss|colic|latency|sleep\s+onset|fall\s+asleep|awaken|\bwoke\b|\bwaso\b|"
    r"\bldl|hba1c|a1c|glucose|sugar|cholesterol|triglycerid|crp|blood\s+pressure|\bbp\b|mmhg|"
    r"creatinine|\burea\b|\bbun\b|troponin|bilirubin|\balt\b|\bast\b|il-?6|tnf|\bmda\b|malondialdehyde|infarct|lesion|injur|necros|"
    r"\bdamage|oedema|edema|fibrosis|apoptos|viral\s+load|uacr|albuminuria|proteinuria|weight|bmi|"
    # beside the harms' hot flushes and malaria: "vasomotor scores", "flushes/day", "parasitaemia"
    r"flushes|flashes|vasomotor|parasit|"
    # a child's wet nights and a sleeper's wakings: "went from six wet nights a week to about one"
    r"\bwet\s+(?:nights?|beds?|days?)|bedwetting|enuresis|\baccidents\b|\bwakings?\b|"
    # blood lost, a periodontal pocket, a gout patient's urate: "blood loss 320 vs 480 mL", "probing depth 3.1 vs 3.9 mm"
    r"blood\s+loss|(?:probing|pocket)\s+(?:pocket\s+)?depth|uric\s+acid|\burate\b|"
    # mediators of inflammation and tissue breakdown an in-vitro study lowers: "Lower MMP-13 release", "reduced PGE2"
    r"\bmmp-?\d|metalloproteinase|adamts|aggrecanase|collagenase|pge-?2|prostaglandin|nitric\s+oxide|\bcox-?2|cytokine|reactive\s+oxygen"
)
DIGIT = re.compile(r"\d")
_P_VALUE = re.compile(r"p(?<![a-z]p)\s*(?:-?\s*value\s*)?(<=|>=|=|<|>|≤|≥)\s*(0?\.\d+|1(?:\.0+)?)(?![\d.]\d)")
# p-values about the groups' make-up or safety say nothing about efficacy.
NOT_EFFICACY = re.compile(r"baseline|advers|side[\s-]effect|safety|tolerab|demograph|dropout|attrition|withdraw")
_SIGNED = r"([-+\u2212\u2013]\s?)?(\d+(?:\.\d+)?)"
_ARM = r"(?:\s+(?:with|in|on|for|among|after)\s+(?:the\s+)?([\w-]+))?"
# Units of a measured result, never of a dose: lengths ("CAL gain 1.6 mm with doxycycline and 1.1 mm with placebo",
# "walked 320 m vs 250 m"), pressures and rates ("MIP rose by 19 cmH2O with IMT versus 5 cmH2O with sham") and
# concentrations per volume ("LDL 98 mg/dL vs 131 mg/dL").
_RESULT_UNIT = r"(?:\s*(?:%|points?|pts?|kg|lbs?|mm\s?hg|cm\s?h2o|kpa|bpm|mm|cm|m|metres|meters|(?:mg|g|ng|pg|µg|ug|mmol|µmol|umol|nmol)/(?:dl|l|ml))(?![a-z/]))?"
_CONTRAST_RE = re.compile(
    rf"(?<![\w.,]){_SIGNED}{_RESULT_UNIT}(?:\s*\([^()]{{0,30}}\))?{_ARM}(?:\s+(?:group|arm))?"
    rf"\s+(vs\.?|versus|v\.?|compared\s+with|against|and)\s+{_SIGNED}{_RESULT_UNIT}(?:\s*\([^()]{{0,30}}\))?{_ARM}"
)
_RATIO_RE = re.compile(
    r"(?:\b(?:a?OR|RR|a?HR|IRR)\b|(?i:odds\s+ratio|risk\s+ratio|rate\s+ratio|hazard\s+ratio|relative\s+risk))"
    r"(?i:\s+(?:for|of)\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:[=:,]\s*)?(\d+(?:\.\d+)?)\s*[(\[,;]?\s*(?:(?i:95\s*%\s*CI)\s*[:=,]?\s*)?(\d+(?:\.\d+)?)\s*(?:-|\u2013|to|,)\s*(\d+(?:\.\d+)?)"
)
_RATIO_ALONE = re.compile(
    r"(?:\b(?:a?OR|RR|a?HR|IRR)\b|(?i:odds\s+ratio|risk\s+ratio|rate\s+ratio|hazard\s+ratio|relative\s+risk))[\])]?\s*[=:,]?\s*(\d*\.\d+|\d+)(?![\d.])"
)
# Word starts checked after the first letter, so the engine scans for the first letters at C speed.
_DIFFERENCE_WORD = re.compile(r"differ|(?:s(?<!\ws)md|m(?<!\wm)d|w(?<!\ww)md)\b|effect\s+size|hedges|cohen")


# Substring tests that every match of the pattern after them needs: most sentences fail them at C speed.
def _may_state_p_value(lowered: str) -> bool:
    return "=" in lowered or "<" in lowered or ">" in lowered or "≤" in lowered or "≥" in lowered


def _may_name_baseline(lowered: str) -> bool:
    return "baseline" in lowered or "demograph" in lowered or ("mean" in lowered and "age" in lowered)


def _may_label_effect(signed: str) -> bool:
    return "=" in signed or ":" in signed or "md" in signed or "hedges" in signed or "cohen" in signed or "effect" in signed


def _may_name_difference(lowered: str) -> bool:
    """Substring tests first: the scan for the words stops at every "d", "m", "s", "e"."""
    return ("differ" in lowered or "md" in lowered or "effect" in lowered or "hedges" in lowered or "cohen" in lowered) and bool(
        _DIFFERENCE_WORD.search(lowered)
    )


_DIFFERENCE_CI = re.compile(
    r"(?:differ\w*|s(?<!\ws)md|m(?<!\wm)d|w(?<!\ww)md|effect\s+size|hedges'?\s*g|cohen'?s\s*d)[^;]{0,60}?\bci\b[\s:=,]*"
    r"(-?\d+(?:\.\d+)?)\s*(?:to|,|-)\s*(-?\d+(?:\.\d+)?)"
)
# A review row's effect size with its interval: "SMD = -0.37*** (-0.50, -0.24)", "Hedges g -0.52 [-1.30; 0.26]",
# or a short cell of the estimate alone, "-0.52 (-1.30, 0.26)".
_EFFECT_SIZE_CI = re.compile(
    r"(?:(?:s(?<!\ws)md|w(?<!\ww)md|m(?<!\wm)d|hedges'?\s*g|cohen'?s\s*d|effect\s+size|\b[gd](?=\s*[=:]))\s*[=:]?\s*|^[\s*_]*)"
    r"(-?\d*\.?\d+)\**\s*[(\[]\s*(?:95\s*%\s*ci\s*[:=,]?\s*)?(-?\d*\.?\d+)\s*(?:,|;|to)\s*(-?\d*\.?\d+)\s*[)\]]"
)
_EFFECT_LABEL = re.compile(r"smd|wmd|hedges|cohen|effect\s+size|\b[gd]\s*[=:]|\bmd\b")
_BARE_ESTIMATE_START = re.compile(r"[\s*_]*-?\d")
_BASELINE = re.compile(r"a(?<!\wa)t\s+baseline\b|b(?<!\wb)aseline\s+characteristics\b|m(?<!\wm)ean\s+age\b|d(?<!\wd)emograph")
_CONTRASTING_CLAUSE = re.compile(r"(?:w(?<!\ww)h(?:ereas|ile)|b(?<!\wb)ut|h(?<!\wh)owever|a(?<!\wa)lthough|t(?<!\wt)hough)\b")
_MINUS = ("-", "\u2212", "\u2013")
# Where a contrast can be: a comparison word right before a number. Cheap to find first.
_CONNECTOR_NUMBER = re.compile(r"(?:vs\.?|versus|v\.|compared\s+with|against|and)\s+[-+\u2212\u2013]?\s?\d")
# Numbers after "dropped by" are sizes of a fall; after "improved by", sizes of a gain.
# (not a fall denied, nor one whose numbers in brackets are the levels: "eczema was not reduced (23% vs 25%)")
_FELL_BY = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!\bno\s)\b(?:dropped|fell|fallen|decreased|reduced|declined|lowered|cut|lost|loss|reductions?|decreases?|declines?|drops?|falls?)\b"
    r"(?!\s*\()(?:[^.;]|\.\d)*$|\d\s*(?:%|points?)?\s*(?:fewer|less)\b(?:[^.;]|\.\d)*$"
)
_FEWER_AFTER = re.compile(r"\s*(?:%|percent|points?)?\s*(?:fewer|less|lower)\b")  # the number a fall: "2.7 fewer headache days"
# not weight gained; nor a gain told in a clause before the numbers' own ("improved more with X, and admissions were fewer (14% vs 29%)")
_IMPROVED_BY = re.compile(
    r"\b(?:improved|improvements?|(?<!weight\s)gains?|gained(?!\s+(?:\w+\s+)?weight))\b(?:[^.;,]|\.\d|,(?!\s+(?:and|but|while|whereas)\s))*$"
)
_CLAUSE_END = re.compile(r"[,;]\s|\.(?!\d)")
_CLAUSE_OPENING = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s")
_CONTROL_BEFORE = re.compile(rf"\b{CONTROL}\s*[:=]?\s*$")
_NUMBER_WORDS = {word: index for index, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"none": 0}  # "from 5 accidents a day to none"
_COUNT = r"(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + ")"
# "went from about eight migraine days a month to three", "my PHQ-9 went from 22 to 9":
# a change over time, read by what changed (a unit after the second number makes it a dose being raised).
_FROM_TO_RE = re.compile(
    # a commenter's own course: "took me from six attacks a day to about one", "got my dog from 3 seizures a week to none"
    r"\b(?:went|dropped|fell|came|got|rose|climbed|improved|changed|(?:took|brought|got)\s+(?:me|him|her|us|them|my\s+[\w-]+))\s+(?:down\s+|up\s+)?from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|like\s+|~\s?)?"
    + _COUNT + r"\b([^.;:]{0,40}?)\s+to\s+(?:about\s+|around\s+|just\s+|only\s+|under\s+|below\s+|like\s+|~\s?)?" + _COUNT
    + r"(?!\s*(?:mg|g|mcg|µg|ug|iu|ml|units?)\b)"
)


def read_numbers(text: str, lowered: str, measure: str, names_control: bool) -> tuple[set[str], str | None]:
    """What the numbers of a finding say when its words may not: p-values that are all
    non-significant ("p = 0.41"), a ratio whose confidence interval spans 1; and apart, an
    arm's result against a control's ("-21% vs -3% with placebo", "48% vs 31% responders"),
    which a null statement beside it may claim as its own."""
    found: set[str] = set()
    p_values = _P_VALUE.findall(lowered) if _may_state_p_value(lowered) else []
    if p_values and not NOT_EFFICACY.search(lowered) and all(
        op in ("=", ">", ">=", "≥") and float(value) >= 0.05 for op, value in p_values
    ):
        found.add(_no_difference(lowered))
    may_state_ratio = _may_state_ratio(text, lowered)
    ratio = _RATIO_RE.search(text) if may_state_ratio else None
    if ratio:
        estimate, low, high = (float(group) for group in ratio.groups())
        better = "higher" if _RESPONDER_THRESHOLD.search(lowered) else _better_when(lowered + measure, both_fell=False, ratio=True)
        if survival_hazard(ratio.group(0), lowered + measure):
            better = "lower"
        if low <= 1 <= high:
            found.add(_no_difference(lowered))
        elif low <= estimate <= high and better:
            found.add("positive" if (estimate > 1) == (better == "higher") else "negative")
    elif may_state_ratio and not p_values and (_BAD_EVENTS.search(lowered) or _GOOD_EVENTS.search(lowered)):
        # a ratio of events with no interval or p-value: "stroke 16.8% vs 19.1% (rate ratio 0.86)"
        alone = _RATIO_ALONE.search(text)
        better = _better_when(lowered + measure, both_fell=False, ratio=True) if alone else None
        if better and float(alone.group(1)) != 1:
            found.add("positive" if (float(alone.group(1)) > 1) == (better == "higher") else "negative")
    elif _may_name_difference(lowered) or (len(lowered) < 40 and "(" in lowered):
        signed = lowered.replace("\u2212", "-").replace("\u2013", "-")
        difference = _DIFFERENCE_CI.search(signed) if "ci" in signed else None
        if difference and float(difference.group(1)) <= 0 <= float(difference.group(2)):
            found.add(_no_difference(lowered))  # "mean difference 0.4 (95% CI -1.2 to 2.0)"
        elif "(" in signed or "[" in signed:
            effect = _effect_size(signed, measure)
            if effect:
                found.add(effect)
    if not found and may_state_estimate(text):  # the labels and interval spellings the readers above miss, and a ratio's outcome unnamed
        estimate = read_estimate(text, measure, lambda words, ratio: _better_when(words, both_fell=False, ratio=ratio) or (None if ratio else outcome_better(words)))
        if estimate:
            found.add(estimate)
    contrast = None
    if ("similar" in lowered or "comparab" in lowered or "equivalent" in lowered or "identical" in lowered) and _SAID_ALIKE.search(lowered):
        return found, "nonsignificant"  # "similar success rates, 41% vs 44%": the writer reads the gap as none
    if not _may_name_baseline(lowered) or not _BASELINE.search(lowered):
        contrast = _contrast(lowered, measure) if _CONNECTOR_NUMBER.search(lowered) else None
        if not contrast and names_control and not NOT_EFFICACY.search(lowered):
            contrast = _arm_quantities(lowered, measure)
    return found, contrast


# The arms called alike right before their numbers: "similar success rates, 41% vs 44%", "were comparable (62% vs 60%)".
_SAID_ALIKE = re.compile(
    r"\b(?:similar|comparable|equivalent|identical)(?:\s+[\w-]+){0,4}?\s*[,:(]\s*[\u2212-]?\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus|and|compared)\s"
)


def _effect_size(signed: str, measure: str) -> str | None:
    """An effect size and its interval: spanning 0 is no difference; clear of 0 it is the
    treatment's effect, read by the outcome's side when known, else a benefit (reviews
    report the effects of the treatments they review). A bare estimate must be a
    difference (below 0 somewhere), not a ratio."""
    if not ((_may_label_effect(signed) and _EFFECT_LABEL.search(signed)) or (len(signed) < 40 and _BARE_ESTIMATE_START.match(signed))):
        return None
    found = _EFFECT_SIZE_CI.search(signed)
    if not found:
        return None
    estimate, low, high = (float(value) for value in found.groups())
    labelled = not found.group(0).lstrip(" *_").startswith(found.group(1))
    if not labelled and low >= 0:
        return None
    if not low <= estimate <= high:
        return None
    if low <= 0 <= high:
        return "nonsignificant"
    better = _better_when(measure, both_fell=False) if measure else None
    if not better:
        return "positive"
    return "positive" if (estimate > 0) == (better == "higher") else "negative"


def _no_difference(lowered: str) -> str:
    """A non-significant statistic settles a sentence with one finding; beside a contrasting
    clause ("..., whereas the KCCQ improved more") it is that clause's null half."""
    return "null" if _CONTRASTING_CLAUSE.search(lowered) else "nonsignificant"


def _may_state_ratio(text: str, lowered: str) -> bool:
    return "OR" in text or "RR" in text or "HR" in text or "ratio" in lowered or "relative risk" in lowered


def _contrast(lowered: str, measure: str) -> str | None:
    """An arm's result against another's: the first is the intervention's unless the
    first names a control ("placebo 12% vs drug 30%" reads the other way round)."""
    match = _CONTRAST_RE.search(lowered)
    if not match:
        return None
    sign1, first, arm1, connector, sign2, second, arm2 = match.groups()
    if connector == "and" and not (arm1 and arm2):
        return None  # "and" joins two arms' results only when both are named: "14.1 with the drug and 9.2 with placebo"
    if not arm1 and _CONTROL_BEFORE.search(lowered, 0, match.start()):
        arm1 = "placebo"  # "placebo 12% vs 30% with the drug": named before its number
    first_value = -float(first) if sign1 and sign1.strip() in _MINUS else float(first)
    second_value = -float(second) if sign2 and sign2.strip() in _MINUS else float(second)
    # "lost response: 32% vs 61%" are shares, not falls; a column "PD reduction (mm)", "Weight loss (kg)" names the falls
    before = as_relapse(lowered[max(0, match.start() - 80) : match.start()] + (PARENTHESES.sub(" ", measure) if "(" in measure else measure))
    improved = _IMPROVED_BY.search(before)
    if not (sign1 or sign2) and not improved and (_FELL_BY.search(before) or _FEWER_AFTER.match(lowered, match.end(2))):
        first_value, second_value = -first_value, -second_value  # "dropped by 41.6% ... compared with 15.8%", "2.7 fewer headache days, compared to 2.2"
    first_control = bool(arm1 and CONTROL_WORD.match(arm1))
    second_control = bool(arm2 and CONTROL_WORD.match(arm2))
    if first_control and not second_control:
        active, control = second_value, first_value
    elif arm1 and arm2 and not second_control:
        return None  # two active arms (or two controls): whose finding?
    else:
        active, control = first_value, second_value
    if active == control:
        return "nonsignificant"  # no difference outweighs a word of gain ("Responders 40% vs 40%")
    # a bare "scores" says nothing of which way is better ("Scores at week 24 were 21.2 for spironolactone and 17.4 for placebo")
    # which way is better is read first in the numbers' own clause ("18% vs 10% were abstinent"): a later clause
    # ("..., and more patients reported relief") is another finding
    clause_end = _CLAUSE_END.search(lowered, match.end())
    # from the last clause break before the numbers ("haemoglobin was higher ..., and fewer women required transfusion (1.1% vs 3.4%)")
    clause_start = max((found.end() for found in _CLAUSE_OPENING.finditer(lowered, 0, match.start())), default=0)
    own_clause = lowered[clause_start: clause_end.start()] if clause_end else lowered[clause_start:]
    better = "higher" if improved else (
        _better_when(_SCORE_WORD.sub(" ", own_clause) + measure, both_fell=first_value < 0 and second_value < 0)
        or _better_when(_SCORE_WORD.sub(" ", lowered) + measure, both_fell=first_value < 0 and second_value < 0)
    )
    if not better and states_significance(lowered):
        better = outcome_better(lowered + measure)  # "Infection 8% vs 15% (p = 0.03)": a significant difference, read by the lexicon
    if not better:
        return None
    return "positive" if (active > control) == (better == "higher") else "negative"


# "the average crying time was 90 minutes a day with placebo compared to 35 minutes for
# those who took the drops", "Total sleep time was 374 minutes for placebo, 415 minutes for
# the low dose": quantities of one unit, each in its own clause of the comparison, one
# clause naming the control arm.
_QUANTITY_RE = re.compile(
    r"(?<![\w.,])(?<![\w.,)]-)(\d+(?:\.\d+)?)\s*(?:"
    r"(%|percent|per\s+cent|minutes?|mins?|hours?|hrs?|points?|pts?|times)(?![\w])(?!\s*(?:ci|confidence))(?!\s+(?:relative|absolute)\b)"
    r"(?!\s+(?:earlier|sooner|later|longer|shorter|faster|slower|more|less|fewer)\s+than\b)"  # a difference, not one arm's
    r"|(?:out\s+)?of\s+(\d+)(?!\s*(?:mg|g|mcg|ug|µg|iu|ml|weeks?|months?|days?|years?|studies|trials)\b))"  # "42 of 100 patients": a share
)
_BARE_AFTER_CONNECTOR = re.compile(
    r"\b(?:versus|vs\.?|compared\s+(?:to|with)|and|while)\s+(?:about\s+|around\s+|only\s+)?(\d+(?:\.\d+)?)(?=\s+(?:for|with|in|on|among|after)\s)"
)
_SPREAD = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?")  # "38 ± 12 min": the spread, not a second value
_UNITS = {"%": "%", "percent": "%", "per cent": "%", "min": "min", "mins": "min", "minute": "min", "minutes": "min",
          "hour": "h", "hours": "h", "hr": "h", "hrs": "h", "point": "pt", "points": "pt", "pt": "pt", "pts": "pt", "times": "times"}
_ARM_BREAK = re.compile(
    r"\bcompared\s+(?:to|with)\b|\bin\s+comparison\s+(?:to|with)\b|\brelative\s+to\b|\bversus\b|\bvs\b\.?|\bwhile\b|\bwhereas\b|[,;]|\band\b"
)
# A transitive verb's object may stand between it and the size: "reduced the frequency of migraines by 41.6%".
_OBJECT_THEN_BY = r"(?:(?:[\w()/-]+\s+){1,6}?by\s+)"
_FALL_BEFORE = re.compile(
    r"\b(?:fell|fallen|dropped|decreased|reduced|declined|lost|lowered|cut|down|reductions?|decreases?|drops?|falls?|declines?|loss)\s+"
    rf"(?:by\s+|was\s+|were\s+|of\s+|(?<=[dt]\s){_OBJECT_THEN_BY})?(?:an?\s+)?(?:average\s+|mean\s+|median\s+)?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)
_RISE_BEFORE = re.compile(
    r"\b(?:rose|risen|increased|gained|up|climbed|improved|increases?|rises?|gains?|improvements?)\s+"
    rf"(?:by\s+|(?<=d\s){_OBJECT_THEN_BY})?(?:an?\s+)?(?:average\s+|mean\s+|median\s+)?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)
_FALL_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:less|fewer|lower|shorter|reductions?|decreases?|drops?|falls?|declines?)\b")
_RISE_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:more|higher|longer|increases?|rises?|gains?|improvements?)\b")
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm|patients|participants|subjects|people|children|infants|women|men|adults|users|recipients)\b")
_SHARE_IMPROVED = re.compile(
    r"\b(?:halved|responded|remitted|recovered|no\s+longer|achieved|reached|became\s+(?:free|abstinent|desensiti[sz]ed|tolerant)|"
    r"tolerated|passed|"
    + trie_pattern(GAIN_VERBS, strict_spaces=True) + r")(?![\w-])"
)
# The gain a share of the arm reached, its threshold: "had a 30% reduction in pain", "a reduction of at least 50%".
_SHARE_THRESHOLD = re.compile(
    r"\b(?:had|achieved|experienced|reported|showed|reached|attained)\s+(?:an?\s+|at\s+least\s+(?:an?\s+)?|[≥>]\s*)?\d+(?:\.\d+)?\s*%\s*(?:or\s+(?:more|greater)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|drops?|relief|response)\b"
    r"|\b(?:had|achieved|experienced|reported|showed|reached|attained)\s+an?\s+(?:reductions?|improvements?|decreases?|drops?)\s+of\s+(?:at\s+least\s+)?\d+(?:\.\d+)?\s*%"
    # "the proportion of patients with a greater-than-50% reduction in migraine days was 54.4% with melatonin, ..."
    r"|\b(?:with|achieving|reaching|who\s+(?:had|achieved|reached))\s+(?:an?\s+)?(?:greater[\s-]than[\s-]|more[\s-]than[\s-]|at\s+least\s+(?:an?\s+)?|[≥>]\s*)"
    r"\d+(?:\.\d+)?\s*%\s*(?:or\s+(?:more|greater)\s+)?(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|drops?|relief|response)\b"
)
_SCORE_WORD = re.compile(r"\bscores?\b")  # says nothing of which way is better ("quality-of-life scores")


def _as_spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _arm_quantities(lowered: str, measure: str) -> str | None:
    quantities: dict[str, list[tuple[float, int, int]]] = {}
    if "±" in lowered or "+" in lowered:
        lowered = _SPREAD.sub(_as_spaces, lowered)  # "38 ± 12 min": the mean's unit follows it across the spread
    threshold = "%" in lowered and bool(_SHARE_THRESHOLD.search(lowered))
    if threshold:  # "52% of the sham group and 31% of the acupuncture group had a 30% reduction": the threshold is no arm's share
        lowered = _SHARE_THRESHOLD.sub(blank_match, lowered)
    for found in _QUANTITY_RE.finditer(lowered):
        count, unit, total = found.groups()
        if total:
            if not float(total):
                continue
            value, unit = 100 * float(count) / float(total), "%"
        else:
            value, unit = float(count), _UNITS[SPACE_RUN.sub(" ", unit)]
        quantities.setdefault(unit, []).append((value, found.start(), found.end()))
    unit, compared = max(quantities.items(), key=lambda item: len(item[1]), default=("", []))
    if len(compared) == 1:  # "50 minutes a day versus 90 for placebo": the second number takes the first's unit
        compared += [(float(found.group(1)), found.start(1), found.end(1)) for found in _BARE_AFTER_CONNECTOR.finditer(lowered)]
        compared.sort(key=lambda quantity: quantity[1])
    if len(compared) < 2:
        return None
    unit_is_share = unit == "%" and any(_SHARE_OF.match(lowered, end) for _, _, end in compared)
    breaks = [0] + [b for found in _ARM_BREAK.finditer(lowered) for b in found.span()] + [len(lowered)]
    arms: list[tuple[bool, float]] = []  # (in the control arm's clause, the value)
    signs: list[int | None] = []  # -1 a fall ("fell by 25%", "30 percent less"), 1 a rise
    clauses: set[int] = set()
    split_at = _parenthesis_split(lowered, compared)
    for value, start, end in compared:
        low = max(b for b in breaks if b <= start)
        high = min(b for b in breaks if b >= end)
        if low in clauses:
            return None  # two quantities in one clause ("from 40% to 20%"): not one per arm
        clauses.add(low)
        clause = lowered[low:high]
        before, after = lowered[low:start], lowered[end : min(high, end + 30)]
        sign = -1 if _FALL_BEFORE.search(before) or _FALL_AFTER.match(after) else 1 if _RISE_BEFORE.search(before) or _RISE_AFTER.match(after) else None
        if start and lowered[start - 1] in _MINUS and not unit_is_share:
            value, sign = -value, 1  # "a mean weight change of −14.9% ..., compared with −2.4% on placebo": the change's own sign
        signs.append(sign)
        arms.append((start > split_at if split_at is not None else bool(CONTROL_WORD.search(clause)), value))
    stated = {sign for sign in signs if sign is not None}
    if len(stated) > 1 and not all(signs):
        return None
    values = [(control, value * (signs[i] or next(iter(stated), 1))) for i, (control, value) in enumerate(arms)]
    controls = [value for control, value in values if control]
    actives = [value for control, value in values if not control]
    if len(controls) != 1 or not actives:
        return None
    if (threshold and unit == "%") or (unit_is_share and _SHARE_IMPROVED.search(lowered)):
        better = "higher"  # "59% of the drug group at least halved their attacks": a share of responders
    else:
        better = _better_when(_SCORE_WORD.sub(" ", lowered) + measure, both_fell=all(value < 0 for _, value in values))
    differences = [value - controls[0] for value in actives]
    if not better or not (all(d > 0 for d in differences) or all(d < 0 for d in differences)):
        return None
    return "positive" if (differences[0] > 0) == (better == "higher") else "negative"


# Every arm's number in one parenthesis after the sentence set the treatment against the control:
# "lowered LDL versus placebo (-38% and -41% vs -3%)": the numbers keep the sentence's order.
_PARENTHESIS_VS = re.compile(r"\(([^()]*?)\b(?:vs\.?|versus)\s[^()]*\)")
_SET_AGAINST_CONTROL_BEFORE = re.compile(rf"\b(?:versus|vs\.?|compared\s+(?:to|with)|relative\s+to|than|over)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{CONTROL_WORD.pattern}")


def _parenthesis_split(lowered: str, compared: list[tuple[float, int, int]]) -> int | None:
    """Where a parenthesis holding every arm's number turns from the treated arms to the
    control's, when the sentence named the control second and the parenthesis names no arm."""
    if "(" not in lowered:
        return None
    for found in _PARENTHESIS_VS.finditer(lowered):
        if not all(found.start() < start and end < found.end() for _, start, end in compared):
            continue
        if CONTROL_WORD.search(found.group(0)) or not _SET_AGAINST_CONTROL_BEFORE.search(lowered, 0, found.start()):
            return None
        return found.end(1)
    return None


# "twice as likely to remit", "three times as high": a multiple of the other arm's.
# "half as likely to relapse": a fraction of it.
_TIMES_AS = re.compile(
    r"\b(?:(twice|(?:two|three|four|\d+(?:\.\d+)?)\s*(?:-\s*)?times)|(half|(?:a|one)[\s-]third|(?:a|one)[\s-]quarter))\s+"
    r"(?:as\s+)?(?:high|likely|many|much|often|great|common)"
    # how much was taken, no outcome: "non-inferior while using half as many tablets"
    r"(?!\s+(?:[\w-]+\s+)?(?:tablets|pills|doses|capsules|injections|infusions|visits|sachets|applications|sessions)\b)"
)


# A table cell that relates the arms by a sign: "PDI: INT (92 ± 12) > CTRL (84 ± 11)", "HAMD: A < B", either arm
# named first. "=" says no difference only where the table's note says so, which the table reader checks.
_TREATED_ARM = r"int|intervention|treatment|treated|tx|active|experimental|exp|supplement(?:ed)?|verum|drug|a"
_CONTROL_ARM = r"ctrl|ctl|control|controls|placebo|pbo|plc|c|b|sham|usual\s+care|tau"
_ARM_RELATION = re.compile(
    rf"(?<![\w.])(?:({_TREATED_ARM})|({_CONTROL_ARM}))(?![\w.])[^=<>≈≤≥;|\t\n]{{0,40}}?([=≈<>≤≥])\s*(?:({_CONTROL_ARM})|({_TREATED_ARM}))(?![\w.])"
)


def arm_relations(lowered: str, measure: str) -> set[str]:
    """"INT > CTRL" -> positive when higher is better for the outcome named before it (or
    the row's), negative when lower is."""
    found: set[str] = set()
    start = 0
    for relation in _ARM_RELATION.finditer(lowered):
        treated_first, control_first, sign, control_second, treated_second = relation.groups()
        if (treated_first and control_second) or (control_first and treated_second):
            better = _better_when(lowered[start : relation.start()] + measure, both_fell=False) if sign in "<>≤≥" else None
            if better:
                treated_higher = (sign in ">≥") == bool(treated_first)
                found.add("positive" if treated_higher == (better == "higher") else "negative")
        start = relation.end()
    return found


def times_as(lowered: str, measure: str) -> str | None:
    found = _TIMES_AS.search(lowered)
    if not found:
        return None
    if found.group(0).endswith(("many", "likely")) and _GAIN_AHEAD.match(lowered, found.end()):
        better = "higher"  # "twice as many children ... experienced a relevant decrease in severity scores": people with a gain
    else:
        better = _better_when(lowered + measure, both_fell=False)
    if better is None:
        return None
    return "positive" if (better == "higher") == bool(found.group(1)) else "negative"


_GAIN_AHEAD = re.compile(
    r"[^.;()]{0,120}?\b(?:decreases?|reductions?|improvements?|relief|respon\w*|remission|remitted|improved|recovered|benefit(?:ed|ted)?)\b"
)


def from_to(lowered: str, measure: str) -> str | None:
    match = _FROM_TO_RE.search(lowered)
    if not match:
        return None
    before, what, after = match.groups()
    start, end = (_NUMBER_WORDS[n] if n in _NUMBER_WORDS else float(n) for n in (before, after))
    if match.group(0).startswith("improved") and start != end:
        return "positive"  # "DLQI improved from 9.1 to 4.3": the writer says which way was better
    better = _better_when(lowered[max(0, match.start() - 60) : match.end() + 30] + measure, both_fell=False)
    if start == end or not better:
        return None
    return "positive" if (end > start) == (better == "higher") else "negative"


# Each arm's baseline and end value: "fell from 8.4% to 7.1% with tirzepatide versus 8.3% to 8.0% with placebo",
# "dropped from 16 to 8 in the app group and from 16 to 13 in the control group".
_PAIRED_CHANGE = re.compile(
    r"\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|[a-z/]{1,8})?\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|[a-z/]{1,8})?\s+(?:with|in|on|for|among|after)\s+(?:the\s+)?([\w-]+)"
    r"(?:\s+(?:group|arm|patients|participants))?\s*,?\s+(?:versus|vs\.?|compared\s+with|and|but|while|whereas)\s+(?:from\s+)?"
    r"(\d+(?:\.\d+)?)\s*(?:%|[a-z/]{1,8})?\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|[a-z/]{1,8})?\s+(?:with|in|on|for|among|after)\s+(?:the\s+)?([\w-]+)"
)


def paired_change(lowered: str, measure: str, comparator: str | None = None) -> str | None:
    """Which arm's baseline-to-end change went further the better way, when each arm's
    pair of values is given and one arm is the control or the ``comparator`` named:
    positive, negative, or None."""
    match = _PAIRED_CHANGE.search(lowered)
    if not match:
        return None
    start, end, first, other_start, other_end, second = match.groups()
    compared = comparator.lower().split()[0] if comparator else None

    def is_control(arm: str) -> bool:
        return bool(CONTROL_WORD.fullmatch(arm)) or arm == compared

    if is_control(first) and not is_control(second):
        treated, control = (float(other_start), float(other_end)), (float(start), float(end))
    elif is_control(second) and not is_control(first):
        treated, control = (float(start), float(end)), (float(other_start), float(other_end))
    else:
        return None
    better = _better_when(lowered[max(0, match.start() - 60) : match.start()] + measure, both_fell=treated[1] < treated[0] and control[1] < control[0])
    if not better:
        return None
    sign = 1 if better == "higher" else -1
    treated_gain, control_gain = sign * (treated[1] - treated[0]), sign * (control[1] - control[0])
    if treated_gain == control_gain:
        return None
    return "positive" if treated_gain > control_gain else "negative"


def _better_when(lowered: str, both_fell: bool, ratio: bool = False) -> str | None:
    """"higher" or "lower": which way the outcome named in ``lowered`` should move. Changes
    that fell in both arms ("-4.1 vs -1.2") are reductions sought; None when unsure. A
    duration's own values ("time to relapse 14 vs 8 months") move the other way from its
    event's, which a ``ratio`` (a hazard ratio of the event) is about."""
    duration = None if ratio else duration_better(lowered)
    if duration:
        return duration
    lowered = as_relapse(lowered)
    if "cessation" in lowered:
        lowered = _CESSATION_OF_HARM.sub("resolution", lowered)  # "cessation of vomiting within 4 hours": the harm's end is sought
    if "half" in lowered and _HALVED_IN.search(lowered):
        return "higher"  # "fell by at least half in 59% of the riboflavin group": shares of responders
    good_event, bad_event = _GOOD_EVENTS.search(lowered), _BAD_EVENTS.search(lowered)
    if good_event or bad_event:
        return None if good_event and bad_event else "higher" if good_event else "lower"
    higher, lower = _HIGHER_BETTER.search(lowered), _LOWER_BETTER.search(lowered)
    if higher and not lower:
        return "higher"
    if lower and not higher:
        return "lower"
    return "lower" if both_fell and not higher else None


def moved_more(lowered: str) -> tuple[str, tuple[int, int]] | None:
    """positive or negative for an outcome moved against the control arm, read by what it
    measures ("Ferritin rose more with 120 mg than with placebo", "Blood loss was 30% higher
    with the drug than with placebo"), and the span saying so; None when the sentence says
    no such thing or the outcome's sense is unknown."""
    moved = moved_against_arm(lowered)
    if not moved:
        return None
    up, what, span = moved
    # "Schirmer scores": the score says nothing, Schirmer does; the lexicon where the readers' own words are silent
    better = _better_when(_SCORE_WORD.sub(" ", what), both_fell=False) or outcome_better(what)
    if not better:
        return None
    return ("positive" if up == (better == "higher") else "negative"), span


# A cell or fragment that opens with a comparative: "Lower MIDAS scores", "No change at
# 12 weeks; lower at 24 weeks", "Better at post-treatment, not at follow-up".
_LEADING_RE = re.compile(
    r"(?:^|[;,]|\bbut\b)[\s*_]*(lower|reduced|decreased|less|fewer|smaller|shorter|higher|increased|greater|more|raised|"
    r"elevated|better|improved)\b([^;,]*)"
)
# The outcome before its comparative: "Creatinine lower at 24 h, not at 72 h", "HbA1c reduced vs control".
_OUTCOME_THEN_COMPARATIVE = re.compile(
    r"(?:^|[;,]|\bbut\b)[\s*_]*((?!(?:was|were|is|are|not|no|significantly|much|slightly|the|a|an|and|or|it|this|that)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:was|were|is|are|not|no)\b)[a-z][\w-]*)?)\s+(lower|reduced|decreased|higher|increased|better|improved)\b"
    r"(?=\s+(?:at|by|after|in|on|with|vs\.?|versus)\b|\s*(?:$|[;,(]))([^;,]*)"
)
_CHANGE_NOUN = re.compile(r"\b(?:reductions?|decreases?|declines?|drops?|falls?|improvements?|gains?|benefits?|relief|changes?|increases?|rises?)\b")
_BARE_COMPARATIVE = re.compile(r"\s*(?:$|(?:at|by|after|in|on|from|with|vs\.?|than|over|during)\b)")
_LOWERING = frozenset({"lower", "reduced", "decreased", "less", "fewer", "smaller", "shorter"})
# A raised rate whose good or bad side no lexicon knows ("Higher expulsion rate (83% vs 64%)"): a gain
# against the comparator, unless the rate is of a harm.
_RAISING_RATE = frozenset({"higher", "increased", "greater"})
RATE_NOUN = re.compile(r"\b(?:rates?|success|proportion|percentage)\b")
HARM_WORD = re.compile(HARM_WORDS)
# A comparative of a loss or decline: "Less bone loss at the lumbar spine (BMD)", "Greater cartilage volume loss" (not weight
# or fat lost, which a trial may want).
_LOSS_STEMS = ("loss", "decl", "atroph", "erosion", "narrow", "progress", "deterior", "damage")
_LOSS_FIRST = re.compile(r"\s*(?:(?!weight\b|fat\b|body\b)[a-z][\w-]*\s+){0,3}?(?:loss|decline|atrophy|erosions?|narrowing|progression|deterioration|damage)\b")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|may|might|can|could|should|did|does|do)\b|^\s*-?\s*doses?\b|^\s*dosage")


_MEASURE_QUALIFIER = frozenset({"peak", "mean", "median", "average", "total", "overall", "daily", "weekly", "maximum", "max",
                                "score", "scores", "the", "a"})
PARENTHESES = re.compile(r"\([^()]*\)")


def _names_measure(rest: str, measure: str) -> bool:
    """Whether ``rest`` only names the row's own outcome ("peak OMAS (p=0.03)" in a row about OMAS)."""
    words = PARENTHESES.sub(" ", rest).split()
    measure_words = set(measure.split())
    return bool(words) and bool(measure_words) and any(w in measure_words for w in words) and all(
        w in measure_words or w in _MEASURE_QUALIFIER for w in words
    )


# A cell that is one signed change: "+2.1 days/week", "+42 min", "−0.6%".
_LONE_SIGNED = re.compile(r"^[\s*_]*([-+\u2212\u2013])\s?\d+(?:\.\d+)?\s*(?:%|[a-z][a-z/\-]*(?:\s+[a-z][a-z/\-]*)?)?[\s*_]*(?:\([^()]*\))?[\s*_]*$")
# A cell clause that names its outcome beside one signed change: "TIR +11 percentage points", "HbA1c −0.5%",
# "Systolic BP −6 mmHg", "−44% hot flush frequency", "-30% migraine days" (after a share or points only: "+2.1 days/week" is a unit).
_NAMED_SIGNED = re.compile(
    r"^[\s*_]*(?P<before>(?:[a-z]|\d[a-z])[\w/-]*(?:\s+[a-z][\w/-]*){0,3}\s*[:=]?\s*)?(?P<sign>[-+\u2212\u2013])\s?\d+(?:\.\d+)?\s*"
    r"(?:(?P<unit>%|percent(?:age)?\s+points?|points?|pts?|pp)(?P<after>(?:\s+[a-z][\w/-]*){0,4})"
    r"|(?:mm\s?hg|kg|lbs?|ml|m|cm|mg/dl|mmol/l|mmol/mol|min(?:utes)?|h(?:ours)?)?(?:\s*/\s*(?:day|d|week|wk|month|mo|year|night))?(?![\w/]))"
    r"[\s*_]*(?:\((?P<paren>[^()]*)\))?[\s*_]*$"
)
_INTERVAL = re.compile(r"([-\u2212\u2013]?\s?\d+(?:\.\d+)?)\s*(?:to|,|\u2013|\s-\s|(?<=\d)-(?=[\d\u2212]))\s*([-\u2212\u2013]?\s?\d+(?:\.\d+)?)")


def _lone_signed(lowered: str, measure: str) -> str | None:
    found = _LONE_SIGNED.match(lowered)
    better = _better_when(measure, both_fell=False) if found and measure else None
    if not better:
        return None
    return "positive" if (found.group(1) == "+") == (better == "higher") else "negative"


def _named_signed(clause: str, measure: str) -> str | None:
    """A signed change read by the outcome the clause names itself, else by the row's."""
    found = _NAMED_SIGNED.match(clause)
    if not found or not (found["before"] or found["after"]):
        return None
    interval = _INTERVAL.search(found["paren"]) if found["paren"] else None
    if interval:
        low, high = (float(SPACE_RUN.sub("", bound).replace("\u2212", "-").replace("\u2013", "-")) for bound in interval.groups())
        if low <= 0 <= high:
            return "nonsignificant"  # "HAMD −0.3 (−0.8 to 0.2)": the interval spans no change
    better = _better_when(f"{found['before'] or ''} {found['after'] or ''}", both_fell=False) or (
        _better_when(measure, both_fell=False) if measure else None)
    if not better:
        return None
    return "positive" if (found["sign"] == "+") == (better == "higher") else "negative"


# A time window after a comparative, when the outcome was measured: "in days 0-14", "from day 15 to 42", "during weeks 1-4".
_TIME_WINDOW = re.compile(
    r"\b(?:in|during|over|from|at|by|after|until|through|between|on)\s+(?:the\s+)?(?:first\s+|last\s+|final\s+)?(?:days?|weeks?|months?)\s+"
    r"\d+(?:\s*(?:[-\u2013\u2014]|to|and|through)\s*\d+)?"
)


def leading_comparatives(lowered: str, measure: str) -> set[str]:
    found: set[str] = set()
    signed = _lone_signed(lowered, measure) if len(lowered) < 30 else None
    if signed:
        found.add(signed)
    if ("+" in lowered or "-" in lowered or "\u2212" in lowered or "\u2013" in lowered) and len(lowered) < 80:
        found.update(named for clause in lowered.split(";") if (named := _named_signed(clause, measure)))
    leading = _LEADING_RE.findall(lowered)
    if len(lowered) < 60 and ("lower" in lowered or "higher" in lowered or "creased" in lowered or "reduced" in lowered or "better" in lowered
                              or "improved" in lowered):
        leading += [(word, f" {outcome}{rest}") for outcome, word, rest in _OUTCOME_THEN_COMPARATIVE.findall(lowered)]
    for word, rest in leading:
        if _FINITE_VERB.search(rest) or _CHANGE_NOUN.search(rest) or CONTROL_WORD.search(rest):
            continue  # a sentence or "greater reduction", read by the passes, or a dose ("higher doses")
        if word in ("better", "improved"):
            found.add("positive")
            continue
        if "day" in rest or "week" in rest or "month" in rest:
            rest = _TIME_WINDOW.sub(" ", rest)  # "in days 0-14" is when, not what: the days are no outcome to lower
        better = "lower" if any(stem in rest for stem in _LOSS_STEMS) and _LOSS_FIRST.match(rest) else _better_when(rest + measure, both_fell=False)
        if word in _LOWERING:
            if better:
                found.add("negative" if better == "higher" else "positive")
            elif _BARE_COMPARATIVE.match(rest) or _names_measure(rest, measure):
                found.add("positive")  # "lower at 24 weeks", "Lower peak OMAS": the row's outcome, which a treatment lowers
        elif better:
            found.add("positive" if better == "higher" else "negative")
        elif word in _RAISING_RATE and RATE_NOUN.search(rest) and not HARM_WORD.search(rest):
            found.add("positive")
        elif word in _RAISING_RATE and len(lowered) < 25 and 1 <= len(rest.split()) <= 2 and not HARM_WORD.search(rest):
            found.add("positive")  # a cell naming one thing raised that no lexicon knows ("Higher HbF"): the row's gain
    return found




# Two arms' values, then the arms, in order: "The mean change in UPDRS motor score was 0.3 and 3.2 in the high-intensity
# and usual-care groups, respectively", "relapse rates of 12% and 30% in the lithium and placebo arms".
_ARM_PAIR = re.compile(
    r"(?<![\w.])([-+\u2212\u2013]?\d+(?:\.\d+)?)\s*(%|points?)?\s+and\s+([-+\u2212\u2013]?\d+(?:\.\d+)?)\s*(%|points?)?\s+(?:in|for|with|among|on)\s+"
    r"(?:the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+and\s+(?:the\s+|in\s+the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+?)\s+(?:groups|arms|cohorts|conditions|participants|patients)\b"
)


def arm_pair(lowered: str, measure: str) -> str | None:
    """The treated arm's value against the control's, named in the same order as the values."""
    found = _ARM_PAIR.search(lowered)
    if not found:
        return None
    first, _, second, _, arm1, arm2 = found.groups()
    first_control = bool(CONTROL_WORD.search(arm1.replace("-", " ")))
    second_control = bool(CONTROL_WORD.search(arm2.replace("-", " ")))
    if first_control == second_control:
        return None  # two active arms, or two controls: whose finding?
    values = [float(value.replace("\u2212", "-").replace("\u2013", "-")) for value in (first, second)]
    unsigned = first[0].isdigit() and second[0].isdigit()  # signed changes keep their signs
    if unsigned and _FALL_BEFORE.search(lowered, max(0, found.start() - 60), found.start()) or _FELL_BY.search(lowered[max(0, found.start() - 60) : found.start()]):
        values = [-value for value in values]  # "fell by 2.1 and 0.9 points": falls
    active, control = (values[1], values[0]) if first_control else (values[0], values[1])
    better = _better_when(lowered[: found.start()] + measure, both_fell=all(value < 0 for value in values))
    if not better or active == control:
        return None
    return "positive" if (active > control) == (better == "higher") else "negative"


# A gain said against the comparator by a verb of rising: "denosumab increased lumbar spine BMD more than alendronate",
# "raised HDL compared with placebo"; which way is better comes from the outcome between.
_RAISED_MORE = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:increased|raised|boosted|enhanced|elevated)\s+(?P<what>(?:[\w/-]+(?:\.\d+)?%?\s+){1,12}?)"
    r"(?:more\s+than|(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?!baseline))\b"
)


# The verbs of rising one of which every _RAISED_MORE match holds: without one the scan is skipped.
_RISING_VERBS = ("increased", "raised", "boosted", "enhanced", "elevated")


def raised_more(lowered: str) -> str | None:
    """positive when what rose more than the comparator is better higher, negative when lower."""
    if not any(verb in lowered for verb in _RISING_VERBS):
        return None
    found = _RAISED_MORE.search(lowered)
    better = _better_when(found["what"], both_fell=False) if found else None
    if not better:
        return None
    return "positive" if better == "higher" else "negative"


def states_significance(clause: str) -> bool:
    """Whether the clause's p-values are all below 0.05 ("−18% at 80 mg (p = 0.04)"), about efficacy."""
    lowered = clause.lower()
    p_values = _P_VALUE.findall(lowered) if _may_state_p_value(lowered) and not NOT_EFFICACY.search(lowered) else []
    return bool(p_values) and all(op in ("<", "<=", "≤", "=") and float(value) < 0.05 for op, value in p_values)


# A terse cell's signed difference from the control arm: "Bench-press strength +6.1 kg vs placebo", "HbA1c −0.4% vs control".
_SIGNED_VS_CONTROL = re.compile(
    r"(?P<what>(?:[a-z][\w-]*\s+){1,4}?)(?P<sign>[+−]|(?<=\s)-)\s?\d[\d.,]*\s*(?:%|[a-z/µ]+\s+)?\s*"
    rf"(?:vs\.?|versus|relative\s+to|compared\s+(?:with|to))\s+(?:the\s+)?{CONTROL}\b"
)


def signed_vs_control(lowered: str, measure: str = "") -> str | None:
    """positive when the signed difference moves the outcome named before it the right way, negative when the wrong way.
    A cell that opens on the difference ("−6.1 mmHg vs placebo") is about ``measure``, its row's outcome."""
    found = _SIGNED_VS_CONTROL.search(lowered)
    if found is None and measure.strip() and lowered.lstrip()[:1] in "+−-":
        found = _SIGNED_VS_CONTROL.search(f"{measure.strip()} {lowered.lstrip()}")
    better = _better_when(found["what"], both_fell=False) if found else None
    if not better:
        return None
    return "positive" if (found["sign"] == "+") == (better == "higher") else "negative"


# An outcome that stood lower or higher at a time point, no arm named: the comparison of the arms, read by the outcome
# ("attack frequency was lower at 4 weeks", "relapse rates were lower at one year", "FEV1 was higher at week 12").
_STOOD_AT_TIME = re.compile(
    r"(?:^|[;,:]\s*|\b(?:and|but)\s+)(?:the\s+)?(?P<what>(?:(?!baseline\b|was\b|were\b)[a-z][\w-]*\s+){1,4}?)(?:was|were)\s+(?:significantly\s+|markedly\s+)?"
    r"(?P<way>lower|higher|reduced|smaller|greater)\s+(?:at|by|after)\s+(?:week|wk|day|month|year|\d|one|two|three|four|six|twelve|the\s+end)"
)
_STOOD_WAYS = ("lower", "higher", "reduced", "smaller", "greater")  # one of which ``_STOOD_AT_TIME`` needs
# The same in a terse cell, with no verb: "SCORAD lower at 6 mo, not 12 mo", "Lower soreness at 24 h, gone by 48 h".
_STOOD_AT_TIME_TERSE = re.compile(
    r"^\W*(?:(?P<what>(?:(?!baseline\b|was\b|were\b|is\b|are\b)[a-z][\w-]*\s+){1,3}?)(?P<way>lower|higher|reduced|smaller|greater)\s+"
    # "greater pain improvement" names a change, which the passes read, not a level
    r"|(?P<way_first>lower|higher|reduced|smaller|greater|less)\s+(?P<what_after>(?:(?!(?:improvement|reduction|change|gain|relief|decrease|increase|fall|rise|drop)s?\b)[a-z][\w-]*\s+){1,3}?))"
    r"(?:at|by|after)\s+(?:week|wk|day|month|year|\d|one|two|three|four|six|twelve|the\s+end)"
)
_TERSE_CHARS = 60


def stood_at_time(lowered: str) -> str | None:
    """positive or negative for an outcome lower or higher at a time point with no arm named; None when its sense is unknown."""
    if " at " not in lowered and " by " not in lowered and " after " not in lowered:
        return None
    if not any(way in lowered for way in _STOOD_WAYS + ("less",)):
        return None
    found = _STOOD_AT_TIME.search(lowered) or (_STOOD_AT_TIME_TERSE.search(lowered) if len(lowered) < _TERSE_CHARS else None)
    if found and CONTROL_WORD.search(lowered, found.end(), found.end() + 60):
        return None  # "higher at week 8 with placebo": the control arm's, the cue passes' to read
    what = found and (found["what"] or found.groupdict().get("what_after"))
    better = (_better_when(_SCORE_WORD.sub(" ", what), both_fell=False) or outcome_better(what)) if found else None
    if not better:
        return None
    way = found["way"] or found["way_first"]
    return "positive" if (way in ("lower", "reduced", "smaller", "less")) == (better == "lower") else "negative"
