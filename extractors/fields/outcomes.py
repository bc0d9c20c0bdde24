"""Outcome measures: rating scales and clinical endpoints, mapped to their usual
abbreviation from the lexicon in ``outcomes.tsv``.

Matching is two trie regexes over the plain string rather than a spaCy PhraseMatcher:
the callers hand us table cells and CSV fields as well as sentences, and tokenising a
cell just to match it costs more than the whole regex pass (about 3 µs per sentence).
Abbreviations match case-sensitively so "CAPS" the scale is not "caps" the word; full
names match case-insensitively.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from scispacy.abbreviation import find_abbreviation
from spacy.tokenizer import Tokenizer

from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern
from extractors.fields.markers import unglue_markers
from extractors.fields.outcomes_condition import names_treated_condition
from extractors.fields.outcomes_expansion import without_inner_expansions

_NOT_AFTER = r"[\w\-/]"
_LEFT = rf"(?<!{_NOT_AFTER})"
# "PANSS-total", "HAMD-total score": a hyphen before these words joins no longer name to the abbreviation.
_RIGHT = r"(?![\w]|-(?!(?:total|scores?|subscales?|items?)\b)[A-Za-z0-9])"


_NOT_KEY = re.compile(r"[^A-Z0-9]")
_NAME_WORD_SPLIT = re.compile(r"[\s\-\u2010-\u2014]+")
_ASCII_DASH = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014"})


def _key(measure: str) -> str:
    return _NOT_KEY.sub("", measure.upper())


def _is_abbreviation(alias: str) -> bool:
    """Short forms match case-sensitively ("CAPS", not "caps"), except those that start in
    lowercase and are long enough not to be a word in any case ("hs-CRP", "painDETECT"):
    the case-sensitive scan stops at every letter that starts an abbreviation, and
    lowercase ones would stop it all over ordinary text."""
    if " " in alias or len(alias) > 14 or not any(c.isupper() or c.isdigit() for c in alias):
        return False
    return not (alias[0].islower() and len(alias) >= 5)


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str], set[str], dict[str, str], set[str]]:
    """(case-sensitive alias -> canonical, lowercased name -> canonical, canonical -> full
    name, canonicals that are also eligibility criteria, canonicals of biomarkers,
    lowercased names of endpoints -> canonical, canonicals scored as responder thresholds)."""
    exact: dict[str, str] = {}
    names: dict[str, str] = {}
    full_names: dict[str, str] = {}
    criteria: set[str] = set()
    biomarkers: set[str] = set()
    endpoint_names: dict[str, str] = {}
    responders: set[str] = set()
    for row in read_tsv("outcomes.tsv"):
        canonical, full_name = row[0], row[1]
        aliases = [a.strip() for a in row[2].split(";")] if len(row) > 2 and row[2] else []
        flags = row[3] if len(row) > 3 else ""
        name_only = "name-only" in flags
        if "criterion" in flags or "biomarker" in flags:
            criteria.add(canonical)
        if "biomarker" in flags:
            biomarkers.add(canonical)
        if "responder" in flags:
            responders.add(canonical)
        full_names.setdefault(canonical, full_name)
        for alias in [full_name, *aliases] + ([] if name_only else [canonical]):
            if not alias:
                continue
            if _is_abbreviation(alias):
                # an endpoint's plural ("AKs", "NMSCs") is the endpoint; an instrument's "s" may be a version ("DTSQs")
                plural = "endpoint" in flags and alias == canonical + "s"
                exact.setdefault(alias, canonical if "responder" in flags or plural else _version_as_written(alias, canonical))
            elif "endpoint" not in flags:
                for variant in _spelling_variants(alias.lower()):
                    names.setdefault(variant, canonical)
            else:
                endpoint_names.setdefault(alias.lower(), canonical)
    return exact, names, full_names, criteria, biomarkers, endpoint_names, responders


# Spellings authors use for the same words of a scale's name: "Hamilton Depression Ratings
# Scale", "Clinician Global Impression-Improvement", "Hamilton Rating Scale of Depression".
_SPELLINGS = (("rating scale", "ratings scale"), ("clinical global impression", "clinician global impression"),
              ("clinical global impression", "clinician's global impression"), ("scale for ", "scale of "),
              ("pittsburgh", "pittsburg"), ("mcmaster universities", "mcmaster university"),
              ("ontario and mcmaster", "ontario mcmaster"), (" and ", " & "))
# Whose impression a global rating records is written with or without the possessive: "Patient Global
# Impression of Change" and "Patient's Global Impression of Change" name one scale.
_RATERS = re.compile(r"\b(patient|physician|investigator|clinician|parent|caregiver|observer)(?:'s|s')? global\b")


def _spelling_variants(name: str) -> list[str]:
    variants = [name]
    for written, other in _SPELLINGS:
        variants += [v.replace(written, other) for v in variants if written in v]
    variants += [_RATERS.sub(r"\1's global", v) for v in variants if _RATERS.search(v)]
    return list(dict.fromkeys(variants))


def _version_as_written(alias: str, canonical: str) -> str:
    """"LSAS-SR" under LSAS stays "LSAS-SR": a short edition or rater suffix names a
    different instrument. Spellings of the canonical itself ("PHQ9") and spelled-out
    parts ("CGI-Severity") map to the canonical."""
    alias_key, canonical_key = _key(alias), _key(canonical)
    suffix = alias_key[len(canonical_key):]
    if alias_key.startswith(canonical_key) and 0 < len(suffix) <= 3:
        return alias.translate(_ASCII_DASH)
    return canonical


_EXACT, _NAMES, FULL_NAMES, _CRITERIA, _BIOMARKERS, _ENDPOINT_NAMES, _RESPONDERS = _load()
# Flag "generic": a name any instrument's result may be given in ("total symptom score"). Written in lowercase
# beside another instrument it is that instrument's score ("WURSS-21 ... no difference in total symptom score").
_GENERIC = frozenset(row[0] for row in read_tsv("outcomes.tsv") if len(row) > 3 and "generic" in row[3])
# An edition written after a known scale ("CAPS-5", "HAMD-17", "ADHD Rating Scale-IV") is
# kept: editions are different instruments, and the source names the one it used.
_EDITION = r"(?:[\-\u2010\u2011]?(?P<edition>100|\d{1,2}|IV|III|II|V)|[\-\u2010\u2011](?P<name_edition>\d{1,2}|iv|iii|ii|v))?"
# An edition after a space ("CAPS 5", "BDI II", "SCAT 5 scores") counts only where the lexicon
# lists that edition (:func:`_spaced_edition`): "HAMD 7" is a score, "BDI 2 weeks later" a time.
_SPACED_EDITION = (
    r"(?:[ \t](?P<spaced_edition>100|[1-9]\d?|IV|III|II|V)(?![.,]\d)"
    r"(?!\s*(?:[\-\u2013\u2014]|to\b|or\b|and\b|points?\b|%|weeks?\b|wks?\b|days?\b|months?\b|years?\b|hours?\b|h\b|mo\b)))?"
)
_EXACT_RE = re.compile(
    "(" + trie_pattern(_EXACT, strict_spaces=True, not_after=_NOT_AFTER) + ")" + _EDITION + _SPACED_EDITION + _RIGHT
)
# The few abbreviations led by a lowercase letter or a digit ("mRS", "eGFR", "6MWT") make a
# scan for every one stop at each "e", "m", "s" and digit, three times the cost of the scan
# for those led by a capital. The capital-led ones alone are scanned for unless the text
# holds one of the others' heads up to their first capital ("eG", "6-M"), found by looking
# for that capital and back from it.
_CAPITAL_LED_RE = re.compile(
    "(" + trie_pattern([a for a in _EXACT if "A" <= a[0] <= "Z"], strict_spaces=True, not_after=_NOT_AFTER) + ")"
    + _EDITION + _SPACED_EDITION + _RIGHT
)
_OTHER_LED_HEAD = re.compile("|".join(sorted({
    head[-1] + "(?<=" + "".join("[\\-\u2010-\u2014]" if c == "-" else re.escape(c) for c in head) + ")"
    for head in (re.match(r"[^A-Z]*[A-Z]", alias).group(0) for alias in _EXACT if not "A" <= alias[0] <= "Z")
})))
_EDITION_KEYS = frozenset(_key(alias) for alias in _EXACT) | frozenset(_key(c) for c in FULL_NAMES)
# Names are matched against the lowercased text: a case-sensitive scan is twice as fast
# as re.IGNORECASE over the same trie.
# After a full name an edition may follow any dash ("Hamilton Depression Rating Scale–17"); after
# an abbreviation an en dash more often opens a range or an aside, so there only hyphens count.
_NAME_EDITION = _EDITION.replace(r"[\-\u2010\u2011]", r"[\-\u2010-\u2014]")
_NAMES_RE = re.compile(_LEFT + "(" + trie_pattern(_NAMES) + ")" + r"(?:s|es)?" + _NAME_EDITION + _RIGHT)
_ALIAS_EDITION = re.compile(r"^(.+?)[\- ]?(\d{1,2}|IV|III|II|V|iv|iii|ii)$")
# "IBS-SSS scores over 12 months", "at least 8 weeks": a number of weeks after the scale is how long, not a value.
_NOT_A_SPAN = r"(?![\d.,]*\s*-?\s*(?:weeks?|months?|days?|years?|hours?|nights?|wk|mo)\b)"
# "a BMI of 30 or higher", "HbA1c > 7%", "LDL-C above 130 mg/dL", "(HbA1c 5.7-6.4%)": an
# inclusion criterion, not an outcome.
_CRITERION_AFTER = re.compile(
    r"\s*(?:\([^)]{0,12}\)\s*|\)\s*)?[:(\[]?\s*(?:(?:scores?|levels?|values?|concentrations?)\s+)?(?:(?:of|>|≥|<|≤|=|⩾|⩽|between|above|"
    r"below|over|under|exceeding|at\s+or\s+above|at\s+least|at\s+most|greater\s+than|less\s+than|more\s+than|>=|<=)"
    r"\s*(?:(?:less|more|greater|lower|higher)\s+than|at\s+(?:least|most)|under|over|above|below|[<>≥≤]=?)?\s*\d" + _NOT_A_SPAN +
    r"|\d+(?:[.,]\d+)?\s*%?\s*(?:[-–—]|to)\s*\d)"
)
# "patients with NYHA class II-III symptoms", "Hoehn and Yahr stage 1 to 3": a staging scale's
# class as a criterion; "improved from NYHA class III to II" is an outcome.
_CLASS_AFTER = re.compile(
    r"(?:(?:\s*(?:functional\s+)?[Cc]lass(?:es)?|\s*[Ss]tages?|(?<=[Cc]lass|[Ss]tage))\s*(?:IV|I{1,3}|[1-5])|\s*(?:IV|I{1,3}))"
    r"\b(?![.,]\d)(?:\s*(?:[-–—/]|to|or|and)\s*(?:IV|I{1,3}|[1-5])\b)?"
)
_FROM_BEFORE = re.compile(r"\b(?:from|to|into)\s+(?:the\s+)?$")
# "adults with elevated LDL-C", "patients with reduced LVEF": a criterion stated as a condition.
_CONDITION_BEFORE = re.compile(
    r"\bwith\s+(?:an?\s+)?(?:persistently\s+)?(?:elevated|high|raised|increased|low|reduced|impaired|abnormal|"
    r"uncontrolled|preserved|mildly\s+reduced)\s+(?:(?:serum|plasma|blood|baseline|fasting)\s+)?$"
)
# "patients reaching HbA1c < 7%": a threshold as the goal is an outcome.
_TARGET_BEFORE = re.compile(r"\b(?:achiev\w*|reach\w*|attain\w*|target|goal)\s+(?:an?\s+|the\s+)?$")
# A biomarker as mechanism or background: "IL-6 blockade", "an antibody targeting IL-6",
# "low vitamin D is associated with diabetes" (said of no change in it).
_MECHANISM_AFTER = re.compile(
    r"[\s\-]*(?:blockade|blockers?|blocking|inhibit\w*|antagonis\w*|antibod\w*|receptors?|pathways?|signall?ing|"
    r"genes?|genotypes?|polymorphisms?|variants?|targeted|targeting|axis|"
    r"(?:-?lowering\s+)?(?:drugs?|medications?|medicines?|agents?|pills?|tablets?))\b"
)
_MECHANISM_BEFORE = re.compile(
    r"\b(?:target(?:s|ing|ed)?|block(?:s|ing)?|inhibit(?:s|ing|ors?\s+of)?|antibod(?:y|ies)\s+(?:against|to))\s+(?:the\s+)?$"
)
# A value a dose was set by is a guide, not a result: "escalated monthly, guided by eGFR", "dosed according to
# creatinine clearance", "insulin titrated by fasting glucose".
_GUIDE_BEFORE = re.compile(
    r"\b(?:guided\s+by|according\s+to|based\s+on|titrated\s+(?:by|against|to)|dosed\s+by|adjusted\s+(?:by|to))\s+(?:the\s+|their\s+|each\s+\w+['’]s\s+)?$"
)
_ASSOCIATION = re.compile(
    r"\b(?:associated\s+with|association|links?|linked\s+(?:to|with)|linking|markers?\s+of|predict\w*|risk\s+factors?|correlat\w*|"
    r"implicated|plays?\s+a\s+role|involved\s+in|mediat\w*|drives?|driving|known\s+to)\b"
)
# What cells make or express, and studies of cells in a dish: "IL-6 secretion", "TNF-α mRNA",
# "in primary fibroblast cultures", "in vitro".
_CELL_READOUT_AFTER = re.compile(
    r"[\s\-]*(?:secretion|secreted|release|released|production|produced|expression|expressed|mrna|transcripts?|"
    r"transcription|gene\s+expression)\b"
)
_IN_VITRO = re.compile(r"\bin\s+vitro\b|\bcultur(?:e|es|ed)\b|\bcell\s+lines?\b|\bsupernatants?\b|\bex\s+vivo\b")
_CHANGE = re.compile(
    r"\b(?:reduc\w*|lower\w*|decreas\w*|increas\w*|rais\w*|improv\w*|chang\w*|fell|fall\w*|rose|rise|rising|"
    r"drop\w*|declin\w*|differ\w*|primary|secondary|outcomes?|end[\s-]?points?|effects?|affect\w*|normali[sz]\w*|"
    r"attenuat\w*|suppress\w*|boost\w*|measured|assessed|cut)\b"
)
# Instruments missing from the lexicon, named in full: "Fear of Spiders Questionnaire" -> FSQ.
_UNLISTED_RE = re.compile(
    r"(?<![\w\-])((?:(?!(?:Scale|Questionnaire|Inventory|Test|Checklist|Battery|Schedule|Interview|Survey|Task)\b)"
    r"[A-Z][\w'’]*(?:[\-\u2010-\u2014]\n?[A-Za-z][\w'’]*)*\s+(?:(?:of|the|in|and|for)\s+){0,2}){1,6}"
    r"(?:Scale|Questionnaire|Inventory|Test|Checklist|Battery|Schedule|Interview|Survey|Task))\b"
)
_ENDPOINTS_BY_KEY: dict[str, list[tuple[str, str]]] = {}
for _name, _canonical in _ENDPOINT_NAMES.items():
    _ENDPOINTS_BY_KEY.setdefault(_key(_canonical), []).append((_name, _canonical))
_ENDPOINT_CANONICALS = frozenset(_ENDPOINT_NAMES.values())
# Measures an exercise's intensity is set as a share of: "at 85% VO2max", "70 % of VO2peak", "60% of peak VO2".
_INTENSITY_ANCHORS = frozenset(("VO2max", "VO2peak", "VO2"))
_SHARE_BEFORE = re.compile(r"\d\s*%\s*(?:of\s+)?(?:(?:their|the|each\s+\w+['’]s|predicted)\s+)?(?:(?:peak|maximal|max)\s+)?$")
# Any measure a load is set as a share of, after "at": "trained at 60% of MIP", "lifting at 70% of 1RM".
_LOAD_BEFORE = re.compile(r"\bat\s+\d+(?:\.\d+)?\s*%\s*(?:of\s+)?(?:(?:their|the|each\s+\w+['’]s|predicted)\s+)?(?:(?:peak|maximal|max)\s+)?$")
# The events a participant had before entry: "with at least two previous NMSCs", "had one or more prior VTEs".
_HAD_BEFORE = re.compile(
    r"\b(?:with|had|having|has|have)\s+(?:at\s+least\s+(?:\w+\s+)?|(?:\w+\s+)or\s+more\s+|a\s+(?:history|diagnosis)\s+of\s+)"
    r"(?:previous\s+|prior\s+|earlier\s+)?$"
)
_ENDPOINT_RE = re.compile(_LEFT + "(?:" + trie_pattern(_ENDPOINT_NAMES) + ")" + r"(?:s|es)?" + _RIGHT)
_UNLISTED_HEAD = re.compile("Scale|Questionnaire|Inventory|Test|Checklist|Battery|Schedule|Interview|Survey|Task")
_NOT_NAME_WORDS = {"The", "A", "An", "This", "These", "That", "Our", "Their", "Its", "His", "Her", "Each", "Both", "In",
                   "On", "With", "And", "Of", "From", "By", "For", "Using", "All", "Total", "Mean", "Primary", "Secondary"}
_NAME_KEYS = {phrase_key(name): canonical for name, canonical in _NAMES.items()}


def canonical_measure(name: str) -> str:
    """The canonical abbreviation of a measure written out in words as one of its listed names ("Lequesne index"
    -> "LI"), or the name as given: a full name and its abbreviation are one measure. An abbreviation stays as
    written, since its edition or version ("GMFM-66", "ADHD-RS-IV") is another instrument."""
    if not any(c.islower() for c in name):
        return name
    return _NAME_KEYS.get(phrase_key(name)) or name


def _lower(text: str) -> str:
    """Lowercase without moving offsets (a few characters, like "İ", grow when lowered)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c.lower()[0] for c in text)


def _name_canonical(matched: str) -> str:
    return _NAME_KEYS[phrase_key(matched)]  # group 1: the plural "s" is outside it


def parse_outcomes(text: str, local_abbreviations: dict[str, str] | None = None) -> list[str]:
    """Canonical abbreviations of every scale or endpoint named in ``text``, in order of
    first mention. ``local_abbreviations`` (from :func:`learn_abbreviations`) adds the
    document's own short forms, e.g. {"HRSD-17": "HAMD"}."""
    text = without_inner_expansions(unglue_markers(text))
    found: list[tuple[int, int, str]] = []
    named_biomarkers: list[tuple[int, int, str]] = []
    criteria: list[tuple[int, int, str]] = []  # named only as an inclusion criterion
    for match in _NAMES_RE.finditer(_lower(text)):
        canonical = _name_canonical(match.group(1))
        if canonical in _INTENSITY_ANCHORS and _SHARE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "at 60% of peak oxygen uptake": an intensity
        if _is_criterion(canonical, text, match.start(), match.end()):
            criteria.append((match.start(), match.end(), ""))
        else:
            abbreviated = canonical not in _BIOMARKERS or _ABBREVIATION_WORD.search(text, match.start(), match.end())
            (found if abbreviated else named_biomarkers).append(
                (match.start(), match.end(), _with_edition(canonical, match))
            )
    for match in (_EXACT_RE if _OTHER_LED_HEAD.search(text) else _CAPITAL_LED_RE).finditer(text):
        canonical = _EXACT[match.group(1).translate(_ASCII_DASH)]
        end, measure = match.end(), _with_edition(canonical, match)
        if match.group("spaced_edition"):
            end, measure = _spaced_edition(match, canonical, measure)
        if _DATABASE_AFTER.match(text, end):
            continue  # "ISI/Web of Science" is where a review searched
        if _TRIAL_NAME_AFTER.match(text, end):
            continue  # "the SPEED study at St Anne's", "the PROMIS trial": a trial's name, not its instrument
        if canonical in _DEVICE_SHORT_FORMS and _names_the_device(text, match.start(), end):
            continue  # "a levonorgestrel IUS", "the IUS was inserted": the intrauterine system, not the scale
        if criteria and any(0 <= match.start() - named_end <= 3 for _, named_end, _ in criteria):
            continue  # the short form defined right after a name set as a criterion: "... Scale (HAMA)"
        if canonical in _INTENSITY_ANCHORS and _SHARE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "cycling at 85% VO2max": how hard they worked, not what was measured
        if canonical in _ENDPOINT_CANONICALS and _HAD_BEFORE.search(text, max(0, match.start() - 50), match.start()):
            continue  # "patients with at least two previous NMSCs": whom the study enrolled
        if canonical in _ENDPOINT_CANONICALS and names_treated_condition(text, match.start()):
            continue  # "treatment of postpartum haemorrhage (PPH)": the condition treated
        if _LOAD_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "trained at 60% of MIP": the training load
        if local_abbreviations and local_abbreviations.get(match.group(1), canonical) not in (canonical, measure):
            continue  # the document spelled this short form out as something else (read below, if a measure)
        if not _is_criterion(canonical, text, match.start(), end):
            found.append((match.start(), end, measure))
    if named_biomarkers:
        found += _abbreviated_biomarkers(text, named_biomarkers, found, local_abbreviations)
    if local_abbreviations:
        local_re = _local_pattern(tuple(sorted(local_abbreviations)))
        for match in local_re.finditer(text):
            canonical = local_abbreviations.get(match.group(1).translate(_ASCII_DASH))
            if canonical and _is_criterion(canonical, text, match.start(), match.end()):
                continue  # "... Hemoglobin A1c (HbA1c) between 5.7 and 6.4%": the document's short form as a criterion
            if canonical and (
                _LOAD_BEFORE.search(text, max(0, match.start() - 24), match.start())
                or canonical in _ENDPOINT_CANONICALS and names_treated_condition(text, match.start())
            ):
                continue  # "trained at 60% of MIP", "women with PPH were randomised": a load, the condition treated
            if canonical:
                if canonical == match.group(1):
                    found = _without_listed_part(text, found, match)
                found.append((match.start(), match.end(), canonical))
    if " score" in text:
        found.extend(_scored_abbreviations(text, found, criteria, local_abbreviations))
    if len(text) <= 80 and _ABBREVIATION_LIST.fullmatch(text):
        found.extend(_listed_abbreviations(text, found))
    if _UNLISTED_HEAD.search(text):
        taken = found + criteria + [(m.start(), m.end(), "") for m in _ENDPOINT_RE.finditer(_lower(text))]  # "Forced Swim Test"
        found.extend(m for m in _unlisted(text) if not any(m[0] < end and start < m[1] for start, end, _ in taken))
    found.sort(key=lambda item: (item[0], -item[1]))
    if len(found) > 1 and any(item[2] in _GENERIC for item in found):
        found = _without_generic_names(text, found)
    if found and ("aseline" in text or " age" in text or "Age" in text or "aged" in text) and _describes_the_sample(text):
        found = [item for item in found if not _BASELINE_VALUE.match(text, item[1])]
    if any(canonical in _BIOMARKERS for _, _, canonical in found):
        found = _without_background_biomarkers(text, found)
    if found and ("djust" in text or "ontrolling for" in text or "ovariate" in text):
        found = _without_covariates(text, found)
    result: list[str] = []
    covered_until = -1
    for start, end, canonical in found:
        if start < covered_until:
            continue  # "Clinical Global Impression-Improvement" is one measure, not CGI as well
        if result and 0 < start - covered_until <= 2 and text[covered_until:start].isspace() and text[start:end].islower():
            covered_until = end
            continue  # "Functional Assessment of Cancer Therapy-General quality-of-life scale": what the named one is
        if result and _extends(result[-1], canonical) and start - covered_until <= 3:
            covered_until = end
            continue  # "the 17-item Hamilton Depression Rating Scale (HAM-D)": the edition named already
        if result and (
            _extends(canonical, result[-1]) or _qualifies(canonical, result[-1]) or _names_within(canonical, result[-1])
        ) and (
            start - covered_until <= 3 or _VERSION_NAME_GAP.fullmatch(text, covered_until, start)
        ):
            # "Clinician-Administered PTSD Scale (CAPS-5)", "Revised Fibromyalgia Impact
            # Questionnaire (FIQR)": the name and the longer abbreviation it defines
            result.pop()
        covered_until = end
        if canonical not in result:
            result.append(canonical)
    return result


# A short form followed by the word for a study names the study: "the SPEED study at ...".
_TRIAL_NAME_AFTER = re.compile(r"[ \t]+(?:study|trial|studies|trials|investigators)\b")


# A short form the lexicon lacks, given a score: "PRTEE scores favoured PRP", "the NSS total score fell".
_SCORED_ABBREVIATION = re.compile(
    r"(?<![\w\-/])((?=(?:[a-z0-9\-]*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,8}[A-Za-z0-9])(?:\s+(?:total|global|sum))?[\s\-]scores?\b"
)


def _scored_abbreviations(
    text: str, found: list[tuple[int, int, str]], criteria: list[tuple[int, int, str]], local: dict[str, str] | None
) -> list[tuple[int, int, str]]:
    """Unlisted short forms that a score is reported on: an instrument's, as written. Not a
    statistic ("SMD scores"), a listed short form read only by its name, nor a short form the
    document spells out as no measure."""
    scored = []
    for match in _SCORED_ABBREVIATION.finditer(text):
        written, start, end = match.group(1), match.start(1), match.end(1)
        if written in _STATISTICS or written in FULL_NAMES or (local is not None and local.get(written) == ""):
            # a listed short form not read above is one the lexicon finds too ambiguous alone ("RMI scores")
            continue
        if any(begin < end and start < stop for begin, stop, _ in found + criteria):
            continue
        if not _is_criterion(written, text, start, end):
            scored.append((start, end, written))
    return scored


def is_generic(measure: str) -> bool:
    """Whether ``measure`` is a name any instrument's result may be given in ("total symptom score")."""
    return measure in _GENERIC


def _without_generic_names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a generic name written in lowercase when another measure is named: it is that
    measure's score, not an instrument of its own."""
    if all(item[2] in _GENERIC for item in found):
        return found
    return [item for item in found if item[2] not in _GENERIC or not text[item[0]:item[1]].islower()]


# What a model was adjusted for: "After adjusting for gender, body mass index (BMI), smoking and diabetes, ...",
# "Models were adjusted for age, sex, BMI and baseline HbA1c; ...". The list runs to the item after its "and".
_COVARIATES_START = re.compile(
    r"\b(?:adjust(?:ed|ing|ment)\s+for|controll?(?:ed|ing)\s+for|covariates?\s+(?:were|was|included|including|:))\s+",
    re.IGNORECASE,
)
_LIST_END = re.compile(r"[;.](?:\s|$)|\band\s+[^,;.]*")


def _without_covariates(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop measures named in an adjustment list: the model's covariates, not the study's outcomes."""
    spans = []
    for start in _COVARIATES_START.finditer(text):
        end = _LIST_END.search(text, start.end())
        spans.append((start.end(), end.end() if end else len(text)))
    return [item for item in found if not any(begin <= item[0] < end for begin, end in spans)]


# The words between a listed name and "(" of the longer name's own abbreviation: "Fugl-Meyer
# motor scale (FMMS)".
_NAME_TAIL = re.compile(r"(?:[\s\-\u2010-\u2014]+[A-Za-z][\w'’]*){1,3}\s*\(\s*$")


def _without_listed_part(
    text: str, found: list[tuple[int, int, str]], local: re.Match[str]
) -> list[tuple[int, int, str]]:
    """Drop a listed name that starts the name a document-defined abbreviation spells out:
    "Fugl-Meyer motor scale (FMMS)" is FMMS, not FMA as well. The name's first letter
    must start the abbreviation, so "FMA ... Berg Balance Scale (BBS)" keeps FMA."""
    abbreviation = local.group(1)
    return [
        item for item in found
        if not (
            item[1] < local.start()
            and text[item[0]].upper() == abbreviation[0].upper()
            and _NAME_TAIL.fullmatch(text, item[1], local.start())
        )
    ]


# An Outcome cell listing short forms: "OSDI, TBUT", "IPSS; Qmax; PVR", "AHI and ODI".
_LISTED = r"[A-Za-z][A-Za-z0-9\-]{1,11}"
_ABBREVIATION_LIST = re.compile(rf"\s*{_LISTED}(?:\s*(?:[,;/+]|\band\b|&)\s*(?:and\s+)?{_LISTED})+\s*\.?\s*")
_LISTED_RE = re.compile(_LISTED)


def _listed_abbreviations(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each short form of a cell that lists them, as written, when it is no known measure:
    two capitals or more ("TBUT", "Qmax" has one and is listed), not a statistic."""
    listed = []
    for match in _LISTED_RE.finditer(text):
        token = match.group(0)
        if sum(c.isupper() for c in token) < 2 or token in _STATISTICS:
            continue
        if not any(start < match.end() and match.start() < end for start, end, _ in found):
            listed.append((match.start(), match.end(), token))
    return listed


_EDITION_SUFFIX = re.compile(r"\d{1,2}|IV|III|II|V")


def add_measure(measures: list[str], measure: str) -> None:
    """Append ``measure`` unless ``measures`` holds it; a scale and its edition are one
    instrument, kept as the edition ("the 17-item Hamilton Depression Rating Scale
    (HAM-D) ... HAM-D scores" is HAMD-17 once, not HAMD-17 and HAMD)."""
    if measure in measures:
        return
    key = _key(measure)
    for i, seen in enumerate(measures):
        seen_key = _key(seen)
        if _is_edition_of(seen_key, key):
            return
        if _is_edition_of(key, seen_key):
            measures[i] = measure
            return
    measures.append(measure)


def _is_edition_of(edition_key: str, base_key: str) -> bool:
    return edition_key.startswith(base_key) and bool(_EDITION_SUFFIX.fullmatch(edition_key[len(base_key):]))


def _extends(canonical: str, shorter: str) -> bool:
    """Whether ``canonical`` is ``shorter`` with more written after it: "CAPS-5" of "CAPS",
    "FIQR" of "FIQ", "CRST" of "CRS"."""
    return canonical != shorter and _key(canonical).startswith(_key(shorter))


def _names_within(longer: str, shorter: str) -> bool:
    """Whether ``longer``'s full name contains ``shorter``'s: "Structured Interview Guide for the
    Hamilton Depression Rating Scale, SAD version (SIGH-SAD)" names one guide, not HAM-D as well."""
    outer, inner = FULL_NAMES.get(longer, ""), FULL_NAMES.get(shorter, "")
    return bool(inner) and longer != shorter and len(outer) > len(inner) and inner.lower() in outer.lower()


def _qualifies(abbreviation: str, known: str) -> bool:
    """Whether ``abbreviation`` is ``known``'s with letters before it ("CBPI" of "BPI",
    "FBPI"): a qualified version of the listed instrument, not the instrument itself."""
    written, listed = _key(abbreviation.upper()), _key(known)
    return len(written) > len(listed) and written.endswith(listed)


# "Liebowitz Social Anxiety Scale for Children and Adolescents (LSAS-CA)", "Fibromyalgia Impact
# Questionnaire-Revised (FIQR)": the version's name goes on after the listed name before its
# abbreviation.
_VERSION_NAME_GAP = re.compile(r"(?:\s+(?:for|in)\s+|[\s,\-\u2010-\u2014]+)[A-Za-z][A-Za-z ,\-\u2010-\u2014]{0,40}\(\s*")


# Scale abbreviations that also name a device or a drug's form, and the words that make them the device:
# "levonorgestrel IUS" (intrauterine system), not the Intolerance of Uncertainty Scale.
_DEVICE_SHORT_FORMS = frozenset(("IUS",))
_DEVICE_BEFORE = re.compile(
    r"(?:levonorgestrel|lng|hormonal|hormone[\s\-]releasing|progestogen|progestin|progestin[\s\-]releasing|copper|"
    r"intrauterine|mirena|kyleena|jaydess|skyla|liletta|52[\s\-]?mg|13\.5[\s\-]?mg|19\.5[\s\-]?mg)[\s\-]*$",
    re.IGNORECASE,
)
_DEVICE_AFTER = re.compile(
    r"\s*(?:was\s+|were\s+|is\s+)?(?:insertions?|inserted|placements?|placed|removals?|removed|fitted|fittings?|users?|"
    r"expulsions?|in\s+situ|devices?|for\s+(?:contraception|heavy\s+menstrual|menorrhagia|endometrial))\b",
    re.IGNORECASE,
)


def _names_the_device(text: str, start: int, end: int) -> bool:
    """Whether the short form at ``start:end`` names the device: a hormone or device word before it, or
    what is done with a device after it ("inserted", "users", "for contraception")."""
    return bool(_DEVICE_BEFORE.search(text, max(0, start - 30), start) or _DEVICE_AFTER.match(text, end)
                or re.search(r"\b(?:fitted|inserted|placed)\s+(?:with\s+)?(?:an?\s+|the\s+)?$", text[max(0, start - 30):start]))


_DATABASE_AFTER = re.compile(r"\s*[/\-]?\s*Web\s+of\s+(?:Science|Knowledge)\b", re.IGNORECASE)


def _with_edition(canonical: str, match: re.Match[str]) -> str:
    """The canonical abbreviation with the edition the text gives, whether written after
    the alias ("CAPS" + "-5") or inside a listed alias ("SRS-2", "ADHD-RS-IV")."""
    edition = (match.group("edition") or match.group("name_edition") or "").upper()
    if canonical in _RESPONDERS:
        return canonical  # "PASI 75", "EASI-90": the share reaching a threshold on the instrument
    if not edition:
        return _alias_edition(canonical, match.group(1))
    if _key(canonical).endswith(edition):
        return canonical
    return f"{canonical}-{edition}"


def _spaced_edition(match: re.Match[str], canonical: str, measure: str) -> tuple[int, str]:
    """(end, measure) of an abbreviation written with a spaced edition: "CAPS 5" -> CAPS-5
    and "Conners 3" where the lexicon lists that edition, else the abbreviation alone."""
    edition = match.group("spaced_edition")
    if canonical in _RESPONDERS and edition.isdigit():
        return match.end(), canonical
    written = _key(match.group(1)) + edition
    if measure != canonical or written not in _EDITION_KEYS:
        return match.start("spaced_edition") - 1, measure
    listed = _EXACT.get(f"{match.group(1)}-{edition}") or _EXACT.get(f"{match.group(1)}{edition}")
    if listed and listed != canonical:
        return match.end(), listed  # "CAPS 5" is the separate CAPS-5 row
    if written == _key(canonical):
        return match.end(), canonical
    if written == _key(canonical) + edition.upper():
        return match.end(), f"{canonical}-{edition}"  # "HAM-D 17" -> HAMD-17
    return match.end(), _version_as_written(f"{match.group(1)}-{edition}", canonical)


def _alias_edition(canonical: str, alias: str) -> str:
    found = _ALIAS_EDITION.match(alias.translate(_ASCII_DASH))
    if not found or _key(canonical).endswith(found.group(2).upper()):
        return canonical
    base = found.group(1)
    if canonical in (_EXACT.get(base), _EXACT.get(base.upper()), _NAME_KEYS.get(phrase_key(base))):
        return f"{canonical}-{found.group(2).upper()}"
    return canonical


_ELIGIBILITY = re.compile(r"\b(?:eligib\w*|inclusion\s+criteri\w*|included\s+if|enrolled\s+if|entry\s+criteri\w*|were\s+required)\b",
                          re.IGNORECASE)


# A severity floor: "scores were 6 or greater", "a score >= 20", "at least 18"; and the same
# written before the scale ("a total score > 18 on the HAMA").
_FLOOR_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^)]{0,12}\)\s*)?(?:total\s+)?(?:scores?\s+)?(?:(?:were|was|is|are|of)\s+)?(?:all\s+)?"
    r"(?:(?:>|≥|⩾|>=)\s*\d|(?:at\s+least|greater\s+than|more\s+than|higher\s+than|above|over|exceeding)\s+\d" + _NOT_A_SPAN +
    r"|\d+(?:[.,]\d+)?\s*(?:points?\s+)?(?:or|and)\s+(?:greater|higher|more|above|over)\b|\d+\s*\+)"
)
_FLOOR_BEFORE = re.compile(
    r"(?:>|≥|⩾|>=|\bat\s+least|\bgreater\s+than|\bmore\s+than|\babove|\bover)\s*\d+(?:[.,]\d+)?\s*(?:points?\s+)?"
    r"(?:or\s+(?:greater|higher|more|above)\s+)?(?:on|in)\s+(?:the\s+)?$"
)
# Who the floor is set for: the participants at entry.
_PARTICIPANTS = re.compile(
    r"\b(?:baseline|their|subjects|participants|patients|volunteers|adults|children|adolescents|women|men|outpatients|"
    r"enroll?ed|recruited|participated|included|inclusion|those|eligib\w*|qualif\w*|requir\w*|needed|entry|screening)\b",
    re.IGNORECASE,
)


def _floor(text: str, start: int, end: int) -> bool:
    """A severity floor set for the participants next to the scale."""
    floor = (_DIGIT.search(text, end, end + 60) and _comparative(text[end : end + 80]) and _FLOOR_AFTER.match(text, end)) or (
        text.endswith(_ON_THE, max(0, start - 9), start) and _DIGIT.search(text, max(0, start - 40), start)
        and _FLOOR_BEFORE.search(text, max(0, start - 40), start))
    if not floor or _TARGET_BEFORE.search(text[max(0, start - 30) : start].lower()):
        return False
    return bool(_PARTICIPANTS.search(text) or _WITH_BEFORE.search(text, max(0, start - 30), start))


# "(people) with a MADRS score of at least 20": the floor describes who took part.
_WITH_BEFORE = re.compile(r"\bwith\s+(?:an?\s+)?(?:(?:baseline|total|screening)\s+)?$", re.IGNORECASE)
# "11 volunteers ... whose mean PSQI score was 8.07": who the participants were.
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:(?:mean|average|median|baseline|total|initial)\s+){0,2}$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _comparative(after: str) -> bool:
    """Whether the words after a scale hold what every floor of :data:`_FLOOR_AFTER` does."""
    return (
        ">" in after or "≥" in after or "⩾" in after or "+" in after or "least" in after or "greater" in after
        or "more" in after or "higher" in after or "above" in after or "over" in after or "exceed" in after
    )
_ON_THE = ("on ", "in ", "on the ", "in the ")


def _is_criterion(canonical: str, text: str, start: int, end: int) -> bool:
    """A value that can be an inclusion criterion, stated as one: a threshold after it
    (unless reaching it is the goal, "the share reaching HbA1c < 7%"), or a condition
    before it ("with elevated hs-CRP"). Any scale is one when the sentence speaks of
    eligibility ("patients with a PHQ-9 score of 10 or more were eligible"), or sets a
    severity floor for its participants ("Their PSQI scores were 6 or greater", "with a
    HAM-A score >= 20 at baseline", "a total score > 18 on the HAMA were enrolled")."""
    if _floor(text, start, end) or ("whose" in text and _WHOSE_BEFORE.search(text, max(0, start - 40), start)):
        return True
    if "(" in text[max(0, start - 30) : start] and _entry_range_in_brackets(text, start, end):
        return True
    if canonical not in _CRITERIA:
        return bool(_CRITERION_AFTER.match(text, end)) and _ELIGIBILITY.search(text) is not None
    before = text[max(0, start - 40) : start].lower()
    if _CONDITION_BEFORE.search(before):
        return True
    if _CLASS_AFTER.match(text, end) and not _FROM_BEFORE.search(before[-12:]):
        return not _TARGET_BEFORE.search(before[-30:])
    return bool(_CRITERION_AFTER.match(text, end)) and not _TARGET_BEFORE.search(before[-30:])


# Who took part, right before the bracket that states their severity: "adults with relapsing MS (EDSS 1.0–5.5)".
_WHO_BEFORE_BRACKET = re.compile(
    r"\b(?:with|adults|patients|participants|subjects|children|adolescents|women|men|outpatients|inpatients|people|"
    r"volunteers|individuals)\b[^()]{0,60}$",
    re.IGNORECASE,
)


def _entry_range_in_brackets(text: str, start: int, end: int) -> bool:
    """A scale with a range or threshold inside the bracket that follows who took part: their
    severity at entry ("132 adults with MS (EDSS 1.0–5.5)", "with dementia (MMSE 18–26)")."""
    opening = text.rfind("(", max(0, start - 30), start)
    if opening < 0 or ")" in text[opening:start] or not _CRITERION_AFTER.match(text, end):
        return False
    return bool(_WHO_BEFORE_BRACKET.search(text, max(0, opening - 80), opening))


# "Baseline characteristics: mean age 40.3 (SD 13.1); ...; BMI 29.5 (SD 8.0)", "a mean baseline HAMD of
# 24": a measure's value describing who took part, in a sentence that reports no change or comparison.
_SAMPLE_WORDS = re.compile(r"\bbaseline\b|\b(?:mean|median|average)\s+(?:\(\s*SD\s*\)\s+)?age\b|\baged\s+\d", re.IGNORECASE)
_RESULT_WORDS = re.compile(
    r"\b(?:chang\w*|improv\w*|reduc\w*|decreas\w*|increas\w*|declin\w*|fell|fall|rose|drop\w*|lower\w*|higher|greater|"
    r"differ\w*|versus|vs|compared|than|effects?|signific\w*|endpoint|end\s+of|follow[\s-]?up|post[\s-]?treatment|after|"
    r"weeks?\s+\d+|months?\s+\d+|from|respon\w*|remission|favou?r\w*)\b",
    re.IGNORECASE,
)
_BASELINE_VALUE = re.compile(
    r"\s*(?:\([A-Za-z0-9\-]{1,12}\)\s*)?(?:(?:total\s+)?scores?\s+)?(?:(?:was|were|of|=|:)\s*)?(?:a\s+mean\s+of\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:kg\s*/\s*m(?:2|²)|%|points?)?\s*(?:$|[;,.)]|\(\s*(?:SD|sd|s\.d\.|±)?\s*=?\s*\d|±|and\b)"
)


def _describes_the_sample(text: str) -> bool:
    """Whether ``text`` describes the participants at entry (baseline, mean age) and
    reports no change, comparison or response."""
    return bool(_SAMPLE_WORDS.search(text)) and not _RESULT_WORDS.search(text)


_OUTCOME_WORD = re.compile(r"\b(?:outcomes?|end[\s\-]?points?)\b", re.IGNORECASE)
# "LDL cholesterol", "systolic BP": a name that carries the abbreviation.
_ABBREVIATION_WORD = re.compile(r"\b(?=\w*[A-Z]\w*[A-Z0-9])\w+")


def _abbreviated_biomarkers(
    text: str,
    named: list[tuple[int, int, str]],
    abbreviated: list[tuple[int, int, str]],
    local_abbreviations: dict[str, str] | None,
) -> list[tuple[int, int, str]]:
    """Keep a biomarker named only in words ("lowered fasting triglyceride levels") just where
    the text reports measured outcomes: it writes an outcome's abbreviation ("fasting glucose,
    HbA1c and triglycerides fell"), calls it an outcome ("secondary outcomes include body
    mass index"), or the document defines its abbreviation."""
    if abbreviated or _OUTCOME_WORD.search(text):
        return named
    learned = set((local_abbreviations or {}).values())
    return [item for item in named if item[2] in learned]


# "hepatic triglyceride content", "liver TG", "intramyocellular lipid": the amount in a tissue
# is another endpoint than the blood value the lexicon lists.
_TISSUE_BEFORE = re.compile(
    r"\b(?:hepatic|liver|intrahepatic|intramyocellular|muscle|myocardial|cardiac|adipose|tissue)\s+$"
)
_TISSUE_AFTER = re.compile(r"\s+(?:content|accumulation|deposition|stores)\b")


def _without_background_biomarkers(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop biomarkers named as a drug's target, as background, as a tissue's content or as
    what cells made: "IL-6 blockade", "an antibody targeting IL-6", "low vitamin D is
    associated with diabetes", "hepatic triglyceride content", "IL-6 secretion" by
    cultured fibroblasts (a laboratory readout, not a study's outcome measure)."""
    lowered = _lower(text)
    background = bool(_ASSOCIATION.search(lowered)) and not _CHANGE.search(lowered)
    in_vitro = bool(_IN_VITRO.search(lowered))
    kept = []
    for start, end, canonical in found:
        if canonical in _BIOMARKERS and (
            background
            or _TISSUE_BEFORE.search(lowered, max(0, start - 20), start)
            or _TISSUE_AFTER.match(lowered, end)
            or _MECHANISM_AFTER.match(lowered, end)
            or _MECHANISM_BEFORE.search(lowered, max(0, start - 30), start)
            or _GUIDE_BEFORE.search(lowered, max(0, start - 30), start)
            or _CELL_READOUT_AFTER.match(lowered, end)
            or in_vitro
        ):
            continue
        kept.append((start, end, canonical))
    return kept


# Instruments that rate the studies or make the diagnosis, never a study's outcome.
_NOT_AN_OUTCOME = re.compile(
    r"Newcastle|Ottawa|Jadad|Risk\s+of\s+Bias|Quality\s+Assessment|Diagnostic\s+Interview|Structured\s+Clinical\s+Interview|"
    r"Neuropsychiatric\s+Interview|Statistical|Diagnostic\s+and\s+Statistical|"
    # statistical tests analyse the outcomes: "the Mc Nemar Test", "Mann-Whitney U Test", "Fisher's Exact Test"
    r"Mc\s?Nemar|Chi[\s\-]?Squared?|Fisher['’]?s?\s+Exact|Mann[\s\-]+Whitney|Wilcoxon|Kruskal|Student['’]?s?\s+t\b|"
    r"Kolmogorov|Shapiro|Friedman|Tukey|Bonferroni|Log[\s\-]?Rank|Levene|Cochran|Scheff|Dunnett|Duncan|Mantel|Hosmer|"
    r"(?:Paired|Independent|One|Two)[\s\-]+Samples?\s+[tTzZ]\b|\b[tTzZ][\s\-]Test|Post[\s\-]?Hoc|Welch|Sidak|Durbin|Breusch",
    re.IGNORECASE,
)


def _unlisted(text: str) -> list[tuple[int, int, str]]:
    """Instruments named in full that the lexicon lacks, abbreviated by their initials."""
    found = []
    for match in _UNLISTED_RE.finditer(text):
        words = _NAME_WORD_SPLIT.split(match.group(1))
        start = match.start()
        while words and words[0] in _NOT_NAME_WORDS:
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        initials = "".join(w[0] for w in words if w[:1].isupper() or w[:1].isdigit())
        # two initials ("Anxiety Inventory" -> "AI") are a fragment of a longer name, seven or
        # more ("MOSSFHS") no abbreviation anyone uses
        if len(words) >= 2 and 3 <= len(initials) <= 6 and not _NOT_AN_OUTCOME.search(match.group(1)):
            shortened = _shortened_listed_name(" ".join(words))
            written = _WRITTEN_ABBREVIATION.match(text, match.end()) if "(" in text[match.end():match.end() + 50] else None
            if shortened is None and written and written.group(1)[0] == initials[0]:
                # "Zanarini Rating Scale for BPD (ZAN-BPD)": the short form the text defines, not the initials
                found.append((start, written.end(1), written.group(1).translate(_ASCII_DASH)))
            elif shortened is None:
                found.append((start, match.end(), initials))
            elif shortened:
                found.append((start, match.end(), shortened))
    return found


# The short form written after an unlisted name, past a few words that finish the name: "... Scale for BPD (ZAN-BPD)".
_WRITTEN_ABBREVIATION = re.compile(
    r"(?:\s+(?:for|in|of)\s+[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})?\s*\(\s*([A-Z][A-Za-z0-9\-\u2010-\u2014]{1,13}[A-Za-z0-9])\s*[);,]")


def _shortened_listed_name(name: str) -> str | None:
    """A listed name cut short ("Hamilton Rating Scale" of "... for Depression"): its
    canonical when only one listed name starts so, "" when several do (no made-up
    "HRS"), None when it is no listed name's start."""
    key = phrase_key(name) + " "
    canonicals = {canonical for listed, canonical in _NAME_KEYS.items() if listed.startswith(key)}
    if not canonicals:
        return None
    return canonicals.pop() if len(canonicals) == 1 else ""


@lru_cache(maxsize=256)
def _local_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(" + trie_pattern(abbreviations, strict_spaces=True, not_after=_NOT_AFTER) + ")" + _RIGHT)


_PAREN_ABBREVIATION = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9\-&+()]{0,14}?[A-Za-z0-9+)]?)\s*[;,)]")
_SCALE_HEAD = re.compile(
    r"\b(?:scale|inventory|questionnaire|index|test|battery|checklist|schedule|assessment|examination|"
    r"interview|rating|score|measure|survey|profile|task|challenge|clamp|evaluation)\s*$",
    re.IGNORECASE,
)


# The last word of a measured endpoint's name: "tear break-up time", "sleep-onset latency",
# "RSV lower respiratory tract disease". Its abbreviation, defined in the document, names it.
_ENDPOINT_HEAD = re.compile(
    r"\b(?:time|latency|rate|ratio|duration|volume|pressure|thickness|height|depth|diameter|area|flow|days|episodes|frequency|"
    r"distance|threshold|clearance|velocity|length|count|incidence|stay|"
    r"(?P<condition>disease|events|illness|infections?|injury|infarction|exacerbations?|attacks|relapses?|"
    r"(?:re)?admissions?|hospitali[sz]ations?|seizures|fractures|falls|thrombo(?:embolism|sis)))\s*$",
    re.IGNORECASE,
)
# "time to symptom resolution", "time in therapeutic range"
_TIME_TO = re.compile(r"\btime\s+(?:to|in|until)\s+(?:[\w\-]+\s+){0,4}[\w\-]+\s*$", re.IGNORECASE)
# Statistics and trial terms, never a measure: "hazard ratio (HR)", "response rate (RR)".
_STATISTICS = frozenset((
    "HR", "RR", "OR", "CI", "SD", "SE", "SEM", "MD", "SMD", "WMD", "NNT", "NNH", "ARR", "RRR", "IRR", "PR", "AUC",
    "ICC", "ES", "PS", "IQR", "AE", "AEs", "SAE", "SAEs", "ITT", "RCT", "FDR", "NS", "LS", "LSM",
    "QoL", "QOL", "HRQoL", "HRQOL", "PRO", "PROs", "PROM", "PROMs", "TEAE", "TEAEs", "ADR", "ADRs", "LOCF", "MMRM",
    "ANCOVA", "ANOVA",
))
# A disease or events as the endpoint: what is prevented, reduced or counted ("efficacy against
# RSV lower respiratory tract disease (RSV-LRTD)"), not whom the study enrolled ("adults with
# chronic kidney disease (CKD)").
_ENDPOINT_CUE = re.compile(
    r"\b(?:against|incidence|risks?|prevent\w*|reduc\w*|rates?|occurrence|end\s?-?points?|outcomes?|efficacy|protect\w*|"
    r"cases|episodes|first|recurrence|hospitali[sz]\w*)\b",
    re.IGNORECASE,
)


_CONDITION_WORDS = re.compile(r"\b(?:with|without|due\s+to|secondary\s+to)\b", re.IGNORECASE)


def _defines_an_endpoint(abbreviation: str, before: str) -> bool:
    """Whether the words before "(ABBR)" spell out a measured endpoint: a name ending in an
    endpoint head word, or "time to ..."; a disease or events only where the text counts or
    prevents them."""
    if abbreviation in _STATISTICS:
        return False
    long_form = _long_form(abbreviation, before)
    if not long_form or _CONDITION_WORDS.search(long_form):
        return False  # "heart failure with preserved ejection fraction (HFpEF)" is whom a study enrolled
    head = _ENDPOINT_HEAD.search(long_form)
    if not head:
        time_to = _TIME_TO.search(before)
        return bool(time_to) and long_form.lower() in time_to.group(0).lower()
    if not head.group("condition"):
        return True
    before = _LINE_END_DASH.sub(r"\1", before)
    start = before.rfind(long_form)
    if _HAVING_BEFORE.search(before, max(0, start - 40), max(0, start)):
        return False  # "patients with chronic obstructive pulmonary disease (COPD)": whom the study enrolled
    return bool(_ENDPOINT_CUE.search(before[max(0, start - 80) : max(0, start)] + " " + long_form[: head.start()]))


# The condition a study's participants have: "adults with (severe) ...", "children having ...".
_HAVING_BEFORE = re.compile(r"\b(?:with|without|having|had|has|have)\s+(?:(?:an?|the)\s+)?(?:[a-z\-]+\s+)?$", re.IGNORECASE)


# Head words of an instrument's name that may stand before its last word.
_INSTRUMENT_WORD = re.compile(
    r"\b(?:Scale|Inventory|Questionnaire|Index|Checklist|Record|Diary|Battery|Interview|Rating|Survey|Profile)\b"
)


def learn_abbreviations(text: str) -> dict[str, str]:
    """Document-local short forms introduced as "Full Name (ABBR)".

    A full name from the lexicon maps its local abbreviation to the lexicon's one
    ("Hamilton Rating Scale for Depression (HRSD-17)" -> {"HRSD-17": "HAMD"}); an
    unknown instrument whose name ends in Scale/Inventory/Questionnaire/... keeps its
    own abbreviation, so later mentions in tables are still recognised as outcomes.
    Candidates come from a regex rather than scispaCy's AbbreviationDetector, which
    would tokenise the whole document; an unknown instrument's pair is then confirmed
    with scispaCy's Schwartz-Hearst alignment on just the words before it.
    """
    learned: dict[str, str] = {}
    undecided: list[tuple[str, int, int, str]] = []  # (short form, where its bracket opens and closes, the words before)
    if ";" in text:
        _learn_legend(text, learned)
    if "(" not in text:
        return learned
    text = without_inner_expansions(text)
    for match in _PAREN_ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if not any(c.isupper() for c in abbreviation):
            continue
        before = text[max(0, match.start() - 160) : match.start()].rstrip()
        if abbreviation not in _EXACT and (named := _endpoint_named(abbreviation, before)):
            learned[abbreviation] = named  # "spherical equivalent (SE)": a listed endpoint's own short form
            continue
        if abbreviation in _EXACT:
            known = _known_name_ending_at(before)
            if _EXACT[abbreviation] in _BIOMARKERS and known == _EXACT[abbreviation]:
                learned[abbreviation] = _EXACT[abbreviation]  # "blood pressure (BP)": later "blood pressure" counts
            elif known is None and (long_form := _redefined(abbreviation, before)):
                # "gingival stain index (GSI)" is the document's own index, no Global Severity Index;
                # "a Bacillus-based probiotic (BP)" is no measure at all
                learned[abbreviation] = abbreviation if _SCALE_HEAD.search(long_form) or _ENDPOINT_HEAD.search(long_form) else ""
            continue
        known = _known_name_ending_at(before)
        if known and _qualifies(abbreviation, known):
            # "Canine Brief Pain Inventory (CBPI)": a qualifier before the listed name makes
            # another instrument, reported under its own abbreviation, never cut to "BPI"
            learned[abbreviation] = abbreviation
        elif known:
            edition = _ALIAS_EDITION.match(abbreviation.translate(_ASCII_DASH))
            if edition and not _key(known).endswith(edition.group(2).upper()):
                known = f"{known}-{edition.group(2).upper()}"
            learned[abbreviation] = known
        elif _NOT_AN_OUTCOME.search(before[-80:]) and _NOT_AN_OUTCOME.search(_long_form(abbreviation, before) or before[-80:]):
            continue  # the name is a statistical test or a diagnostic interview; "statistically significant" before it is not
        elif _SCALE_HEAD.search(before) and _defines(abbreviation, before):
            learned[abbreviation] = abbreviation
        elif (head := _ENDPOINT_HEAD.search(before) or _TIME_TO.search(before)) and _defines_an_endpoint(abbreviation, before) and not (
                "pressure" in before[-30:] and _VENTILATION_PRESSURE.search(before)):
            if head.re is _ENDPOINT_HEAD and head.group("condition") and _is_enrolled_condition(text, abbreviation):
                continue  # "recurring urinary tract infection (UTI) among women presenting with an acute UTI"
            learned[abbreviation] = abbreviation  # "tear break-up time (TBUT)", "sleep-onset latency (SOL)"
        elif _INSTRUMENT_WORD.search(before[-120:]) and _instrument_long_form(abbreviation, before):
            learned[abbreviation] = abbreviation  # "Prospective Record of the Impact and Severity of Menstruation (PRISM)"
        elif _COUNTED_AFTER.match(text, match.end()) and abbreviation not in _STATISTICS and _defines(abbreviation, before) and not (
                _HAD_LONG_FORM.search(before, max(0, len(before) - 80))):
            learned[abbreviation] = abbreviation  # "the number of rhythmic masticatory muscle activity (RMMA) episodes per hour"
        elif abbreviation not in _STATISTICS:
            undecided.append((abbreviation, match.start(), match.end(), before))
    if undecided and _DECLARED_WORD.search(text):
        _learn_declared(text, undecided, learned)
    return learned


# Where a text names its outcomes: "The primary outcome was ...", "Main outcome measures were ...", "Secondary
# endpoints included ...". What that sentence spells out with a short form is a measure, whatever its head word.
_DECLARED_WORD = re.compile(r"(?:primary|secondary|main|principal|outcome|end[\s\-]?point)", re.IGNORECASE)
_DECLARED_BEFORE = re.compile(
    r"\b(?:(?:co-?primary|primary|secondary|main|principal|key)\s+(?:efficacy\s+)?(?:outcomes?|end[\s\-]?points?|outcome\s+measures?)"
    r"|outcome\s+measures?)\s*(?:was|were|is|are|included?|includes|comprised|consisted\s+of|:)\s",
    re.IGNORECASE,
)
# "... (TF) was secondary", "... (SOL) was the primary endpoint"
_DECLARED_AFTER = re.compile(
    r"\s*(?:was|were|is|are|served\s+as)\s+(?:the\s+|a\s+|our\s+)?(?:co-?primary|primary|secondary|main|principal|key)"
    r"(?:\s+(?:efficacy\s+)?(?:outcomes?|end[\s\-]?points?|outcome\s+measures?|measures?|variables?)\b|(?=\s*[.;,]))",
    re.IGNORECASE,
)
# Whom the study enrolled, named in the same sentence: "... at 12 weeks in adults with chronic kidney disease (CKD)".
_ENROLLED_BETWEEN = re.compile(r"\b(?:with|without|having|among)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)|\n")


def _learn_declared(text: str, undecided: list[tuple[str, int, int, str]], learned: dict[str, str]) -> None:
    """Learn the short forms the text declares as outcomes: spelled out in the sentence that
    names the outcomes ("The primary outcome was change in best-corrected visual acuity
    (BCVA)"), listed there after being spelled out elsewhere ("Optical coherence tomography
    (OCT) ... The main outcome measures were OCT and ..."), or stated as one right after
    ("trachomatous inflammation (TF) was secondary")."""
    spans = []
    for cue in _DECLARED_BEFORE.finditer(text):
        end = _SENTENCE_END.search(text, cue.end())
        spans.append((cue.end(), end.start() if end else len(text)))
    for abbreviation, start, end, before in undecided:
        if abbreviation in learned:
            continue
        inside = any(
            begin <= start < stop and not _ENROLLED_BETWEEN.search(text, begin, start) for begin, stop in spans
        ) or any(
            re.search(rf"(?<![\w\-(]){re.escape(abbreviation)}(?![\w\-])", text[begin:stop]) for begin, stop in spans
        )
        if (inside or _DECLARED_AFTER.match(text, end)) and _defines(abbreviation, before) and not (
                _is_enrolled_condition(text, abbreviation) or _HAD_LONG_FORM.search(before, max(0, len(before) - 80))):
            learned[abbreviation] = abbreviation


# A counted or timed measure whose head word follows the short form: "... (RMMA) episodes per hour",
# "... (PVC) burden", "... (SWA) duration".
_HAD_LONG_FORM = re.compile(r"\b(?:with|without|having|had|has|have)\s+(?:[\w\-]+\s+){0,5}[\w\-]+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s*(?:episodes|bursts|counts?|frequency|burden|duration|amplitude|latency|index)\b", re.IGNORECASE)


# Words any instrument's or endpoint's name may hold: sharing only these, two names are different things.
_GENERIC_NAME_WORDS = frozenset((
    "scale", "score", "scores", "index", "inventory", "questionnaire", "test", "rating", "survey", "assessment", "of", "the",
    "and", "for", "in", "on", "to", "a", "total", "level", "levels", "rate", "count", "measure", "system", "product",
))
_NAME_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _words_by_canonical() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for name, canonical in [*_NAMES.items(), *_ENDPOINT_NAMES.items(), *((n.lower(), c) for c, n in FULL_NAMES.items())]:
        words.setdefault(canonical, set()).update(_NAME_WORD.findall(name))
    return {canonical: frozenset(w - _GENERIC_NAME_WORDS) for canonical, w in words.items()}


def _redefined(abbreviation: str, before: str) -> str | None:
    """The long form when the document spells a listed short form out as something else:
    "gingival stain index (GSI)" (not the Global Severity Index), "insulin sensitivity index
    (ISI)" (not the Insomnia Severity Index), "a Bacillus-based probiotic (BP)". Then the short
    form names that thing all through the document. Names that share a telling word with the
    listed one ("Hamilton Anxiety Scale (HAM-A)") are a spelling of it, not another thing."""
    listed = _words_by_canonical().get(_EXACT[abbreviation])
    if not listed:
        return None  # a version kept as written ("LSAS-SR"): its words are its base instrument's, not compared
    long_form = _long_form(abbreviation, before)
    if not long_form or len(long_form) < 6:
        return None
    words = set(_NAME_WORD.findall(_lower(long_form))) - _GENERIC_NAME_WORDS
    return long_form if words and not words & listed else None


# "continuous positive airway pressure (CPAP)", "positive end-expiratory pressure (PEEP)": a pressure given, not measured.
_VENTILATION_PRESSURE = re.compile(r"(?:positive|negative)\s+(?:[\w\-]+\s+){0,2}?(?:end[\s\-])?(?:airway|expiratory)\s+pressure\s*$", re.IGNORECASE)


def _is_enrolled_condition(text: str, abbreviation: str) -> bool:
    """Whether the document says its participants have the condition ``abbreviation``
    names ("women presenting with an acute UTI", "patients with at least two episodes of
    CDI"): then it is whom the study enrolled, not a measured endpoint."""
    return re.search(
        r"\b(?:with|having|had|has|have)\s+(?:an?\s+|the\s+|at\s+least\s+\w+\s+(?:episodes?|bouts?)\s+of\s+)?"
        r"(?:[a-z\-]+\s+)?" + re.escape(abbreviation) + r"(?![\w\-])",
        text,
    ) is not None


# A table legend spelling out short forms: "AL, axial length; SE, spherical equivalent; DIMS, ...",
# "HAMD = Hamilton Depression Rating Scale; ...".
_LEGEND_ENTRY = re.compile(
    r"(?:^|(?<=[;.:†‡*])|(?<=\n))[ \t]*(?P<abbreviation>[A-Za-z][A-Za-z0-9\-]{0,9})[ \t]*(?:,|=|:)[ \t]*"
    r"(?P<name>[A-Za-z][A-Za-z0-9'’ \-]{2,60}?)[ \t]*(?=;|\.(?:\s|$)|\n|$)"
)


# Where a legend goes on: "; SE, spherical", "; SE = spherical" (a scan led by the literal ";").
_LEGEND_HIT = re.compile(r";[ \t]*[A-Za-z][A-Za-z0-9\-]{0,9}[ \t]*[,=:][ \t]*[A-Za-z]")


def _learn_legend(text: str, learned: dict[str, str]) -> None:
    """Short forms a legend defines for listed measures or endpoints ("AL, axial length;
    SE, spherical equivalent"): the abbreviation must be the listed one, or the name a
    listed measure's (then the legend's short form maps to it)."""
    done = -1
    for hit in _LEGEND_HIT.finditer(text):
        if hit.start() < done:
            continue
        start = max(text.rfind("\n", 0, hit.start()) + 1, hit.start() - 300)
        end = text.find("\n", hit.end())
        done = end = len(text) if end < 0 else min(end, hit.end() + 300)
        _learn_legend_line(text, start, end, learned)


def _learn_legend_line(text: str, start: int, end: int, learned: dict[str, str]) -> None:
    for match in _LEGEND_ENTRY.finditer(text, start, end):
        abbreviation, name = match.group("abbreviation"), match.group("name")
        if abbreviation in _EXACT or abbreviation in learned or not any(c.isupper() for c in abbreviation):
            continue
        key = phrase_key(name)
        endpoint = _ENDPOINT_NAMES.get(name.lower())
        if endpoint and _key(endpoint) == _key(abbreviation):
            learned[abbreviation] = endpoint
        elif key in _NAME_KEYS and abbreviation[0].upper() == name[0].upper():
            learned[abbreviation] = _NAME_KEYS[key]


def _endpoint_named(abbreviation: str, before: str) -> str | None:
    """The listed endpoint whose name ends ``before`` and whose short form is
    ``abbreviation``: "spherical equivalent (SE)" (SE is no standard error here)."""
    names = _ENDPOINTS_BY_KEY.get(_key(abbreviation))
    if not names:
        return None
    lowered = before.lower()
    for name, canonical in names:
        if lowered.endswith(name):
            start = len(lowered) - len(name)
            if start == 0 or not lowered[start - 1].isalnum():
                return canonical
    return None


def _known_name_ending_at(before: str) -> str | None:
    best: str | None = None
    for match in _NAMES_RE.finditer(_lower(before)):
        if match.end() == len(before):
            best = _name_canonical(match.group(1))
    return best


def _defines(abbreviation: str, before: str) -> bool:
    """Whether the words just before "(ABBR)" spell it out, by scispaCy's Schwartz-Hearst
    alignment over the same window its AbbreviationDetector uses; this rejects
    "(see Table 2)"-style parentheses and unrelated words before a real short form."""
    return _long_form(abbreviation, before) is not None


def _instrument_long_form(abbreviation: str, before: str) -> bool:
    """Whether the spelled-out name of "(ABBR)" is an instrument whose head word is not
    last: "Prospective Record of the Impact and Severity of Menstruation"."""
    long_form = _long_form(abbreviation, before)
    return bool(long_form and len(abbreviation) >= 3 and _INSTRUMENT_WORD.search(long_form))


# "Fahn–\nTolosa–Marín": a name hyphenated at a PDF line end.
_LINE_END_DASH = re.compile(r"([\-\u2010-\u2014])[ \t]*\n\s*")


def _long_form(abbreviation: str, before: str) -> str | None:
    before = _LINE_END_DASH.sub(r"\1", before)
    doc = _tokenizer()(f"{before} ({abbreviation})")
    opening = max(i for i, token in enumerate(doc) if token.text == "(")
    short_form = doc[opening + 1 : len(doc) - 1]
    if not len(short_form):
        return None
    window = min(len(abbreviation) + 5, len(abbreviation) * 2)
    _, long_form = find_abbreviation(doc[max(0, opening - window) : opening], short_form)
    return long_form.text if long_form is not None else None


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer
