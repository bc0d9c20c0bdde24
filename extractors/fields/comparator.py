"""Comparator: what the intervention was compared against, in canonical form
("placebo", "waitlist", "treatment as usual", "no treatment", "sham",
"attention control", "vehicle", an active drug's generic name, "<therapy> alone").

What follows an explicit comparison word ("versus", "compared with", "than", ...) wins;
otherwise the first comparator phrase anywhere in the text ("placebo-controlled").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.fields.comparator_second_arm import second_arm
from extractors.fields.comparator_continued import CONTINUED_GATE, continued_arm
from extractors.fields.comparator_double_dummy import without_dummy_halves
from extractors.fields.comparator_course import course_comparator
from extractors.fields.comparator_plain_arms import plain_arm
from extractors.fields.comparator_saline import saline_active_control
from extractors.fields.lexicon import phrase_key, read_tsv, trie_pattern
from extractors.fields.markers import unglue_markers
from extractors.fields.numbers import WORDS
from extractors.fields.population import names_people_at

_LEFT = r"(?<![\w\-])"
_RIGHT = r"(?![\w])"


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    controls: dict[str, str] = {}
    named_arms: dict[str, str] = {}
    for row in read_tsv("comparators.tsv"):
        (named_arms if len(row) > 2 and row[2] == "named-arm" else controls)[row[0].lower()] = row[1]
    drugs: dict[str, str] = {}
    short_forms: dict[str, str] = {}
    for row in read_tsv("drugs.tsv"):
        generic = row[0].lower()
        for name in [row[0], *(row[1].split(";") if len(row) > 1 else [])]:
            if name.strip():
                drugs.setdefault(name.strip().lower(), generic)
        for short in row[2].split(";") if len(row) > 2 else []:
            short_forms[short.strip()] = generic
    return controls, drugs, short_forms, named_arms


_CONTROLS, _DRUGS, _STANDARD_SHORT_FORMS, _NAMED_ARMS = _load()
"""The field's standard short forms of drugs as written ("MTX": "methotrexate"), read only by this parser:
as words of their own ("HA", "ASA") they would name other things anywhere else."""
# Any of them written in a text: one scan instead of a substring test per short form.
_STANDARD_SHORT_FORM = re.compile("|".join(map(re.escape, _STANDARD_SHORT_FORMS)))
CONTROLS = frozenset(_CONTROLS.values())
"""The canonical control comparators (placebo, waitlist, ...), as opposed to active ones."""
_CONTROL_KEYS = {phrase_key(k): v for k, v in _CONTROLS.items()}
_DRUG_GENERICS = frozenset(_DRUGS.values())
_DRUG_KEYS = {phrase_key(k): v for k, v in _DRUGS.items()}
_CONTROL_RE = re.compile(_LEFT + "(" + trie_pattern(_CONTROLS) + ")" + _RIGHT)
# A management strategy as the other arm ("observation", "expectant management", "artificial tears"): named as
# written wherever a comparison word introduces it, but no control, and never taken from text outside a comparison
# ("an observation period").
_NAMED_ARM_KEYS = {phrase_key(k): v for k, v in _NAMED_ARMS.items()}
_NAMED_ARM_INITIALS = frozenset(name[0] for name in _NAMED_ARMS)
_NAMED_ARM_RE = re.compile(
    "(" + trie_pattern(_NAMED_ARMS) + r")(?:\s+(?:only|groups?|arms?|approach|policy|strategy|strategies))?"
)
_DRUG_RE = re.compile(_LEFT + "(" + trie_pattern(_DRUGS) + ")" + _RIGHT)
_ALONE_RE = re.compile(
    # a strength keeps its decimal point and per cent sign in the arm's name: "metronidazole 0.75% gel alone"
    r"((?:(?!alone\b|monotherapy\b)(?:\d+(?:\.\d+)?%|[a-z0-9][\w\-']*)\s+){0,3}[a-z0-9][\w\-']*)\s+(?:alone|monotherapy)\b"
    r"(?!\s+(?:or|and)\s+(?:in\s+)?combination)"
)
# What introduces the comparator, by how much it says: a "phrase" comparison names the
# comparator whatever it is ("versus sleep hygiene education"), an equivalence names a
# control, a drug or a therapy ("comparable to full CBT"), a "drug" one names a control
# or an active drug ("than midazolam", "compared in a pragmatic trial with sertraline"),
# a "control" one only a control ("to CBT or placebo": the drug after "to" is the
# intervention).
_COMPARISON_RE = re.compile(
    r"\b(?:(?P<phrase>versus|vs\.?|v\.|compared\s+(?:[\w\-/.()%]+\s+){0,3}?(?:with|to|against)(?!\s+head\b)|(?:in\s+)?comparison\s+(?:with|to)|"
    r"relative\s+to|head[\s-]to[\s-]head\s+(?:[\w\-]+\s+){0,2}?(?:with|against|versus|vs\.?)|or\s+(?:to\s+)?(?:the\s+|an?\s+)?active\s+(?:control|comparator)|"
    r"comparing\s+(?:[\w\-/.]+\s+){1,2}?(?:with|to|against|versus|vs\.?)|active\s+(?:control|comparator)(?:\s+of)?(?=\s)|"
    # a planned comparison names its other arm whatever it is: "to compare a hydrolysed diet with a standard intestinal diet"
    r"compare\s+(?:[\w\-/.()]+\s+){1,4}?(?:with|to|against|versus|vs\.?)|"
    r"(?:comparison|control)\s+(?:group|arm|condition)s?,?\s+(?:which|who|that)\s+(?:did|received|got|attended|underwent|performed|took\s+part\s+in|(?:was|were)\s+given))"
    r"|(?P<therapy>comparability\s+(?:of\s+(?:[\w\-]+\s+){1,3}?)?(?:to|with)|(?:non-?\s?)?inferior\s+to|as\s+(?:effective(?:ly)?|efficacious(?:ly)?|good|safe|well[\s\-]tolerated|safe\s+and\s+effective|safely\s+and\s+effectively)\s+as|as\s+much\s+as|as\s+(?:often|frequently|reliably|quickly|rapidly)\s+as|(?:similar|same|comparable)\s+(?:extent|degree)\s+as|(?:same|similar|comparable)\s+(?:proportion|number|share|percentage|rate)\s+of\s+(?:[\w\-]+\s+){1,3}?as|as\s+(?:much|many|large|great)\s+(?:[\w\-]+\s+){1,3}?as|similarly\s+to|equivalent\s+to|similar\s+(?:[\w\-]+\s+){0,2}?to|comparable\s+to|differ(?:s|ed)?\s+(?:(?:significantly|much|materially)\s+)?from|(?:(?<=\bno\s)|(?<=\bnot\s)|(?<=\bnot\ssignificantly\s))different\s+from)"
    r"|(?P<drug>than,?|against|superior\s+to|superiority\s+over|as\s+well\s+as|as\s+well\s+on\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+as|beyond|beat|beats|out-?perform(?:ed|s|ing)?|over|"
    r"compared\s+(?:[\w\-/.%]+\s+){4,6}?(?:with|to|against)(?!\s+head\b)|"
    # the treatment's dose told aside: "compared inhaled ciclesonide, 2,740 mcg twice daily via a spacer device, with oral dexamethasone"
    r"compared\s+(?:[\w\-/.%]+\s+){0,2}?[\w\-/.%]+,\s+(?:[^;.]|\.\d){1,60}?,\s+(?:with|to|against)(?!\s+head\b)|comparing\s+(?:[\w\-/.]+\s+){3,4}?(?:with|to|against|versus)|"
    r"comparing\s+(?:[\w\-]+\s+){1,3}?and|"
    r"comparison\s+of\s+(?:[\w\-/.%]+\s+){1,4}?(?:with|to|against|versus|vs\.?))"
    r"|(?P<control>or|and|to|plus))\s+"
)
_NAMING_COMPARISON_RE = re.compile(_COMPARISON_RE.pattern.replace("|(?P<control>or|and|to|plus)", ""))
# The words comparison phrases start with: finding these first and trying the full
# pattern only there is about twice as fast as scanning with the full pattern. "in" starts
# one only as "in comparison", so only that "in" is a start: the bare word is among the
# commonest and never starts one.
_NAMING_WORDS = (
    "versus", "vs", "v", "compared", "comparison", "relative", "head-to-head", "or", "than", "against", "non",
    "inferior", "noninferior", "superior", "superiority", "as", "equivalent", "similar", "comparable", "comparability", "beyond", "beat", "beats",
    "outperformed", "outperforms", "outperforming", "outperform", "out-performed", "out-performs", "out-performing", "out-perform", "over", "comparing", "compare", "active", "control", "much", "similarly", "differ", "differs", "differed", "head",
    "different", "same",
)
_IN_COMPARISON = r"in(?=\s+comparison)"
# These words start with most letters of the alphabet, so a scan for their first letters
# stops nearly everywhere: one look-behind for a word character up front rejects most
# positions sooner (measured 1.6x faster than the check after the first letter).
_NAMING_COMPARISON_START = re.compile(
    r"(?<!\w)(?:" + trie_pattern(_NAMING_WORDS, strict_spaces=True) + "|" + _IN_COMPARISON + r")\b"
)
_COMPARISON_START = re.compile(
    r"(?<!\w)(?:" + trie_pattern(_NAMING_WORDS + ("and", "to", "plus"), strict_spaces=True) + "|" + _IN_COMPARISON + r")\b"
)
# What a treatment gains "over" another arm: then "over" names a therapy as well as a drug.
_GAIN_BEFORE_OVER = re.compile(r"\b(?:gains?|improvements?|advantages?|benefits?|superiority|increases?|reductions?)\b[^.;:]*$")
# What did "as well as" the other arm: "worked just as well as", "performed about as well as".
_WORKED_BEFORE = re.compile(r"\b(?:work(?:s|ed|ing)?|perform(?:s|ed|ing)?|did|do|does|doing|fared|helped|help)\s+"
                            r"(?:(?:just|about|almost|nearly|roughly|equally)\s+)?$")
_RANDOMISED_GATE = re.compile(r"random|assign|allocat")
# What "over" opens when it tells how long: "over 12 weeks of", "over the next six months", "over a six-month period".
_SPAN_OF_TIME = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?:next|following|first|last|past|subsequent|whole|entire|same|course\s+of)\s+)?"
    r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|many|few)?"
    r"(?:[\s\-–]+(?:to|or|[\d.,]+|two|three|four|six|twelve))?[\s\-]*(?:weeks?|months?|days?|years?|hours?|nights?|decades?|time|period|course)\b"
)


_CONTROL_LISTED_FIRST = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:[\w\-]+\s+){0,3}?(?:to|into)\s+(?:a\s+|the\s+)?"
    r"control(?:\s+(?:group|arm|condition))?\s*(?:\((?P<what>[^()]{1,30})\))?\s*,\s*[^.;:]{1,60}?,?\s+or\s+"
)


# "got either the usual X or a superdose": the arm kept on the usual product is the control.
_USUAL_FIRST = re.compile(
    r"\beither\s+(?:the|their)\s+(?:usual|standard|regular|conventional|normal|current)\s+(?P<first>[^.;:()]{1,60}?)\s+or\s+"
    r"(?:an?\s+|the\s+)?(?:super|high|higher|double|extra|new|novel|experimental|enhanced|enriched)"
)
# "randomly assigned to receive a baseline food (0.8% EPA) or experimental foods": the arm named beside the
# experimental or test arms is the control, listed first.
_CONTROL_BEFORE_TEST_ARM = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:[\w\-]+\s+){0,3}?to\s+"
    r"(?:receive\s+|get\s+|be\s+fed\s+|eat\s+)?(?:either\s+)?(?:an?\s+|the\s+)?"
    r"(?P<first>[a-z][\w\-'’]*(?:\s+[a-z][\w\-'’]*){0,3}?)\s*(?:\([^()]{0,80}\)\s*)?,?\s+or\s+(?:to\s+)?(?:an?\s+|the\s+)?"
    r"(?:one\s+of\s+(?:the\s+)?(?:two|three|four|several)\s+)?(?:\w+\s+)?(?:experimental|test|investigational)\s+(?:foods?|diets?|products?|formulas?|formulations?|feeds?|"
    r"treatments?|drugs?|preparations?|supplements?|groups?|arms?)\b"
)


def _randomised_gate(lowered: str) -> bool:
    """Whether ``_RANDOMISED_GATE`` is found: a few substring tests run at C speed, several
    times faster than the regex scan."""
    return "random" in lowered or "assign" in lowered or "allocat" in lowered


# "randomised to exercise or to sertraline": the last arm of a randomisation is the comparator.
# The arms follow "to" (not the "to" of an age range, "aged 7 to 17"), so an "or" among the
# participants' diagnoses before it is not an arm.
_RANDOMISED_OR_RE = re.compile(
    r"\b(?:randomi[sz](?:ed|es?|ing)|randomly\s+(?:assign|allocat)(?:ed|s|ing)?|assigned|allocated)\b"  # "will randomise"
    r"(?!\s+(?:(?:placebo-)?controlled\s+|clinical\s+)*(?:trials|studies|RCTs)\b)"  # a review's "randomized controlled trials" randomised no one
    r"(?:(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}?(?<!\d)\s(?:to|into|between(?!\s+(?:the\s+)?ages?\b))\s)?"  # "a T-score of -2.5 or below to X or Y"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}?(?<!\d\s)\bor\s+(?:to\s+)?"  # "0.4 g/kg once daily or lactulose": a decimal goes on
)  # "at 0.5 or 1 mg/kg, or to omeprazole": an "or" between two numbers sets doses of one arm apart
# "... who had panic disorder, agoraphobia, or social phobia to receive CBT ...": that "or"
# listed the participants' diagnoses; the arms come after "to receive".
_ARMS_FOLLOW = re.compile(r"[^.;:,()]{0,40}?\bto\s+(?:receive|either|one\s+of|get|take|undergo|be\s+treated)\b")
# "5-HTP and fluoxetine showed nearly equal reductions": the second of two treatments that
# did alike is the comparator.
EQUAL_PAIR_RE = re.compile(  # the second may carry its strength: "15% azelaic acid gel and 0.75% metronidazole gel gave similar"
    r"\band\s+(?=(?:the\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:showed|produced|had|gave|yielded|resulted\s+in|led\s+to|"
    r"were|was|achieved)\s+(?:an?\s+)?(?:nearly\s+|roughly\s+|about\s+|almost\s+|very\s+|largely\s+)?"
    r"(?:equal(?:ly)?|similar(?:ly)?|comparabl[ey]|equivalent(?:ly)?|the\s+same|identical)\b)"
)
# "took 30 mg/day of saffron or fluoxetine", "received an injection every six months or daily oral
# X": after a dosed or scheduled intervention, the other arm of an "or" names a control or an active drug.
_TOOK_OR_RE = re.compile(  # a decimal point ("0.3 mg/kg") ends no clause
    r"\b(?:took|taking|received|receiving|given|treated\s+with|gave|fed|used|using)\s+(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?"
    r"(?:\d|\bevery\s|\b(?:once|twice)\s)"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\bor\s+(?:with\s+)?"
)
# "investigating whether taking ..." then no comparative after the arms: the agents of a factorial trial.
_ASKS_OF_EACH = re.compile(r"\bwhether\s+(?:or\s+not\s+)?$")
_COMPARATIVE = re.compile(r"\b(?:better|worse|more|less|fewer|superior|inferior|than|compared|versus|vs)\b")
_ALIKE_GATE = re.compile(r"equal|similar|comparable|equivalent|the same|identical")


def _alike_gate(lowered: str) -> bool:
    """Whether ``_ALIKE_GATE`` is found, by substring tests ("equal" covers "equivalent")."""
    return "equal" in lowered or "similar" in lowered or "comparable" in lowered or "equivalent" in lowered \
        or "the same" in lowered or "identical" in lowered


_TOOK_GATE = re.compile(r"\b(?:took|taking|received|receiving|given|treated|gave|fed|used|using)\b")
_PREFILTER = re.compile(trie_pattern((
    "placebo", "pbo", "vs", "versus", "compar", "than", "control", "wait", "usual", "standard", "tau", "cau", "sham",
    "alone", "monotherapy", "relative", "against", "treatment", "untreated", "intervention", "vehicle", "saline",
    "pill", "routine", "assessment", "inferior", "superior", "as effective", "as efficacious", "as good as", "as safe and",
    "as safely", "as safe as", "similar extent", "same extent", "similar degree", "same degree", "comparable extent", "comparable degree", "as well", "as often", "as frequently", "as much ", "as many ", "as large ", "as great ", "similarly to", "as reliably", "as quickly", "as rapidly", "equivalent", "similar",
    "comparable", "beyond", "beat", "outperform", "out-perform", "over", "head-to-head", "head to head", "random", "assigned", "allocated",
    "equal", "the same", "identical", "as much as", "other half", "differ from", "differs from", "differed from", "differ significantly",
    "different from",
    "differed significantly", "differ much", "differed much", "differ materially", "differed materially",
), strict_spaces=True))
_NOT_COMPARATORS = {
    "baseline", "those", "patients", "participants", "people", "subjects", "pre", "previous", "prior", "other", "others",
    "controls", "healthy", "women", "men", "children", "adults", "earlier", "before", "week", "weeks", "month", "months",
    "day", "days", "year", "years", "this", "that", "these", "its", "their", "his", "her", "normal", "each", "both",
    "all", "either", "one", "two", "historical", "population", "general", "age", "sex", "non", "users", "pretreatment",
    "post", "follow", "follow-up", "what", "how", "expected", "chance", "predicted", "literature", "reference",
    "national", "it", "them", "results", "rates", "scores", "levels", "pre-treatment", "placebo-treated", "usual",
    "standard", "group", "groups", "arm", "arms", "we", "they", "us", "many", "most", "some", "any", "no", "not",
    "medication", "medications", "drug", "drugs", "treatment", "treatments", "therapy", "therapies", "pharmacotherapy",
    "psychotherapy", "placebo-controlled", "active", "existing", "current", "conventional", "alternative",
    "none", "nil", "n/a", "na", "nothing", "open", "open-label", "uncontrolled", "condition", "conditions", "comparison",
    "comparisons", "cohort", "cohorts", "sample", "samples", "individuals", "volunteers", "counterparts", "peers",
    "intervention", "interventions", "mice", "rats", "animals", "wild-type", "littermates", "lowest", "highest", "lower",
    "higher", "wt", "naive", "naïve", "when", "where", "while", "whether", "if", "you", "he", "she", "i", "reduction",
    "reductions", "improvement", "improvements", "increase", "increases", "decrease", "decreases", "change", "changes",
    "morning", "evening", "night", "daytime", "bedtime",
    "delayed", "delayed-start", "early-start",  # the arms of a delayed-start extension, not a control's name
    "respectively",  # "(32.0% versus 3.7% respectively)": the shares' order, not an arm
}
# A named comparison that ends in one of these compares doses, strata or times, not arms:
# "a lower dose", "the lowest quintile", "the run-in period".
_NOT_ARM_HEADS = {
    "dose", "doses", "dosage", "dosages", "quintile", "quartile", "tertile", "decile", "percentile", "category",
    "categories", "level", "levels", "score", "scores", "period", "phase", "visit", "visits", "value", "values",
    # a subgroup set against another ("haemorrhagic ... compared with ischaemic stroke"), not an arm
    "stroke", "strokes", "disease", "diseases", "disorder", "disorders", "syndrome", "cancer", "cancers",
    "infarction", "failure", "injury", "injuries", "infection", "infections", "subtype", "subtypes", "subgroup",
    "subgroups", "type", "types", "events", "patients", "participants", "cases", "sites", "centres", "centers",
    "attack", "attacks", "illness", "illnesses", "tumour", "tumours", "tumor", "tumors", "lesion", "lesions",
    "diagnosis", "diagnoses",
    # a yardstick, not an arm: "compared with published norms", "than population benchmarks"
    "norm", "norms", "benchmark", "benchmarks", "projections",
}
_PHRASE_END = re.compile(
    r"[,;:.()\[\]\d%]|(?<![\w\-])(?:in|for|at|on|with|during|after|among|over|who|which|that|and|or|but|was|were|is|are|had|has|from|by|to|than|across|plus|at"
    r"|about|regarding|concerning|designed|intended|aimed|delivered|before"
    r"|of(?=\s+(?:the\s+same|equal|similar|identical|comparable|matched)\b))(?![\w\-])"  # "sessions of the same length"  # "patient education about sleep", "... designed to ..."
)
_DETERMINERS = {"the", "a", "an", "with", "of", "to", "than", "versus", "vs", "or", "and", "in", "plus", "against", "received", "receiving"}
_GENERIC_DRUG = re.compile(
    r"[a-z]{4,}(?:tine|pine|pram|xetine|faxine|azepam|azolam|pramine|triptyline|idone|apine|iprazole|amide|"
    r"gliptin|gliflozin|glutide|statin|sartan|pril|olol|dipine|mab|cept|tinib|vir|cillin|mycin|oxacin|"
    r"prazole|setron|zepam|barbital|afil|lukast|terol|sonide|asone|olone|etine|oxetine|ipramine|osin|triptan|xaban|"
    r"gatran|parin|conazole|relin|relix|prolide|dronate|paratide|gestrel|ogest|"
    # antibiotics, anaesthetics, analgesics, diuretics and cytotoxics by their stems
    r"azole|cycline|furantoin|caine|profen|coxib|fenac|tidine|semide|thiazide|platin|rubicin|taxel|fungin|penem)"
    r"|cef[a-z]{5,}"
)


_NO_COMPARATOR_CELL = re.compile(
    r"^[\s*_(]*(?:[-–—]+|(?:none|nil|n/?a|not\s+applicable|no\s+(?:control|comparator|comparison)(?:\s+(?:group|arm))?|"
    r"open[\s-]*label|uncontrolled|single[\s-]*arm|baseline|pre[\s-]*post|before[\s-]*(?:and|/)[\s-]*after|"
    r"healthy\s+(?:controls?|volunteers)|historical\s+controls?|"
    # another dose level or a period of the same people: "Low dose", "Control period", "Run-in"
    r"(?:low(?:er|est)?|fixed|high(?:er|est)?|reduced)[\s-]+doses?|dose[\s-]+(?:comparison|ranging|response)|(?:control|baseline)\s+period|"
    r"(?:run[\s-]*in|lead[\s-]*in|wash[\s-]*out|pre[\s-]*treatment)(?:\s+period)?)\b)[^\w]*(?:\(.*\))?[\s*_)]*$",
    re.IGNORECASE,
)


def drug_names_in(lowered: str) -> Iterator[re.Match[str]]:
    """Every listed drug named in lowercased text, as written (group 1). Sentence roles read
    drugs.tsv through this scan too: one compiled trie (156 KB of regex code) serves both."""
    return _DRUG_RE.finditer(lowered)


def generic_name(name: str) -> str:
    """The generic a drug's other name stands for ("Panadol", "paracetamol" -> "acetaminophen"); any other
    comparator as given. The evaluator compares arms by what they are, not by which name a writer chose."""
    return _DRUG_KEYS.get(phrase_key(name), name)


def drug_mentions(lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, generic name) of every listed drug named in lowercased text."""
    return [(m.start(), m.end(), _DRUG_KEYS[phrase_key(m.group(1))]) for m in _DRUG_RE.finditer(lowered)]


def names_a_drug_of_class(general: str, specific: str) -> bool:
    """Whether ``specific`` (a listed drug) can name the drug meant by the class
    ``general``: "versus a benzodiazepine" then "... the lorazepam group"."""
    return bool(_DRUG_CLASS.fullmatch(general)) and specific in _DRUG_GENERICS


def names_no_comparator(cell: str) -> bool:
    """A Comparator/Control cell that says there was none: "None (open label)", "—",
    "n/a", "Uncontrolled", "Baseline", "Healthy controls" (a reference group, not an arm)."""
    return not cell.strip() or bool(_NO_COMPARATOR_CELL.match(cell))


# "than control", "vs controls", "compared with the control group": a control arm named without its kind.
_BARE_CONTROL = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)\s+(?:the\s+|in\s+(?:the\s+)?)?"
    r"controls?(?:\s+(?:group|arm|birds|animals|hens|pens|cages|plots))?(?![\w\-])(?!\s+(?:diet|feed|ration|blanket|drink))"
)


def names_a_bare_control(text: str) -> bool:
    """Whether ``text`` compares with a control arm it does not describe ("Fewer cracked eggs than control"):
    a table cell whose control the document names elsewhere ("a basal diet without supplementation"), so the
    caller may take the comparator from there."""
    return "control" in text and parse_comparator(text) is None and bool(_BARE_CONTROL.search(text.lower()))


# A sentence that says which arm was the control: "HLW served as an attention-control group", "Placebo was the
# only common comparator", "Sertraline was the active comparator".
_ROLE_RE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?P<subject>[a-z][^.;:,]{0,60}?)\s+(?:served|acted|functioned|(?:was|were)\s+used)\s+as\s+(?:an?|the)\s+"
    r"(?P<kind>(?:\w+[\s\-]+){0,2}?)(?:control|comparator|comparison)(?:\s+(?:group|arm|condition|treatment))?\b"
    r"|(?:^|[.;:]\s+|,\s+)(?P<named>[a-z][^.;:,]{0,60}?)\s+(?:was|were)\s+the\s+(?:(?:only|common|active|main|sole)\s+)*"
    r"(?:control|comparator)(?:\s+(?:group|arm|condition|treatment))?\b"
)


_ROLE_CUES = ("served as", "used as", "acted as", "functioned as", " was the ", " were the ")


def states_comparator_role(text: str) -> bool:
    """Whether ``text`` says which arm was the control ("HLW served as an attention-control group"): its
    comparator outranks an arm merely named in another sentence of the claim."""
    return _comparator_role(text.lower()) is not None


def _comparator_role(lowered: str) -> str | None:
    if not (("control" in lowered or "compar" in lowered) and any(cue in lowered for cue in _ROLE_CUES)):
        return None
    role = _ROLE_RE.search(lowered)
    if not role:
        return None
    if role.group("kind") is not None:
        kind = (role.group("kind") + "control").replace("-", " ")
        named = _CONTROL_RE.search(kind.replace(" ", "-")) or _CONTROL_RE.search(kind)
        if named and named.group(1) not in ("control", "controls"):
            return _CONTROL_KEYS[phrase_key(named.group(1))]  # "an attention-control group", "a sham control"
    subject = role.group("subject") if role.group("kind") is not None else role.group("named")
    return _canonical_at_start(subject, "therapy")  # a control, a drug or a named therapy ("the same rating" is none)


def parse_comparator(text: str, drug_abbreviations: dict[str, str] | None = None) -> str | None:
    """The canonical comparator named in ``text``, or None when it names none.
    ``drug_abbreviations`` (from :func:`learn_drug_abbreviations`) spells out the
    document's own short forms of drugs ("MI vs. MET" after "metformin (MET)")."""
    if "non" in text and (absent := _WITH_AND_WITHOUT.search(text.lower())):
        return absent.group(2).replace(" ", "-")  # "the xylitol and non-xylitol groups": the arm without it
    if (" plus " in text or " with " in text or "+" in text) and (blinded := without_dummy_halves(text)) is not None:
        text = blinded  # "light plus a placebo capsule, or fluoxetine plus an inactive device": the dummies only blind
    found = _parse_comparator(text, drug_abbreviations)
    if found is None and " and " in text and ("group" in text or " arms" in text):
        found = _paired_groups(text.lower())
    if found is None and " and " in text and " to " in text and (split := _COUNTED_ARMS.search(text.lower())):
        return _canonical_at_start(split.string[split.end():split.end() + 80], "therapy")
    if found is None and " no " in text and (withheld := _COUNTED_ARM_WITHOUT.search(text.lower())):
        words = withheld.group("control").split()
        return _CONTROL_KEYS.get(phrase_key(" ".join(words))) or _CONTROL_KEYS.get(phrase_key(" ".join(words[:2])))
    if found is None and " and " in text and any(word in text for word in _TWO_DOSED_WORDS) and (
            alike := _TWO_DOSED_DRUGS.search(text.lower())) and (
            named := [generic for _, _, generic in drug_mentions(alike.group("second_led") or alike.group("second_named"))]):
        return named[0]  # "doxepin 3 mg and zolpidem 5 mg produced similar improvements": the second drug is the comparator
    if found is None and " un" in text and _UN_TREATED_ARM.search(text) and _denies_the_treatment(text.lower()):
        return "no treatment"  # "bolused flocks had fewer cases than unbolused flocks": the arm never given it
    if found is None and (arm := second_arm(text.lower())):
        if (named := _canonical_at_start(arm, "phrase")) and _is_arm_name(named):
            found = named  # "0.18 with the intervention and 0.39 with interferon beta-1a", "beat sleep hygiene education"
        elif _DESCRIBED_DRUG.match(arm) and (drugs := drug_mentions(arm)):
            found = drugs[0][2]  # "pitted hibiscus extract against the blood pressure drug lisinopril"
    if found == "no treatment" and "control diet" in (lowered := text.lower()) and _OTHER_DIET.search(lowered):
        return None  # "a therapeutic diet or a control diet": one diet against another of unstated make-up
    if found in _DRUG_GENERICS and _SALT_WORD.search(text) and (salt := re.search(
            r"(?<![\w\-])" + re.escape(found) + _WRITTEN_SALT, text.lower())):
        return salt.group(0)  # "clomiphene citrate" written as the drug's name keeps its salt
    return found


# An arm named as a drug of some kind: "the blood pressure drug lisinopril", "the antidepressant medication sertraline".
_DESCRIBED_DRUG = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:drug|medication|medicine|antidepressant|antibiotic|painkiller)\s+[a-z]")


# What a treatment is called by its kind, when no lexicon names it: "sleep hygiene education", "standard dressings".
TREATMENT_KIND_END = re.compile(r"\b(?:" + trie_pattern(row[0] for row in read_tsv("treatment_kinds.tsv")) + r")$")


def _is_arm_name(comparator: str) -> bool:
    """Whether a comparator read from words that may open anything ("than the first time") names an arm:
    a control, a listed drug, or a treatment called by its kind."""
    return comparator in CONTROLS or _DRUG_RE.fullmatch(comparator) is not None or TREATMENT_KIND_END.search(comparator) is not None


# An arm named by the treatment's participle with "un-": "unvaccinated calves", "unbolused flocks", "unsprayed plots".
_UN_TREATED_ARM = re.compile(r"(?<![\w\-])un([a-z]{3,}ed)(?![\w\-])", re.IGNORECASE)


def _denies_the_treatment(lowered: str) -> bool:
    """Whether an "un-X-ed" group faces an "X-ed" group in the same sentence, so it is the
    untreated arm rather than a description ("unexplained pain", "uncomplicated malaria")."""
    return any(re.search(r"(?<![\w\-])" + un.group(1) + r"(?![\w\-])", lowered)
               for un in _UN_TREATED_ARM.finditer(lowered))


_SALTS = ("citrate", "sulfate", "sulphate", "hydrochloride", "fumarate", "gluconate", "acetate", "maleate", "succinate",
          "tartrate", "mesylate", "besylate", "bromide")
# A drug named with its salt ("clomiphene citrate", "metoprolol succinate") keeps it; formulation words never do.
_SALT_WORD = re.compile("|".join(_SALTS), re.IGNORECASE)
_WRITTEN_SALT = r"\s+(?:" + "|".join(_SALTS) + r")(?![\w\-])"


# A sample split by counts between two arms, the second the comparator: "200 children were randomised, 100 to
# ondansetron and 100 to domperidone", "60 were assigned to meloxicam and the other 60 to carprofen".
# (the first count may name who: "Twenty-seven women were randomised to X ... and 26 to Y")
_COUNTED_ARMS = re.compile(
    rf"(?:\b\d+|\b{WORDS}\b)\s+(?:(?!to\b|and\b)[a-z][a-z-]*\s+){{0,2}}?(?:(?:were|was)\s+(?:[a-z]+\s+)?)?to\s+[^;:]{{1,80}}?\s+and\s+(?:the\s+(?:other|remaining)\s+)?"
    r"\d+\s+(?:(?:were|was)\s+(?:[a-z]+\s+)?)?to\s+"
)
# The second of two counted arms told as getting nothing: "40 calves received meloxicam and 38 had no analgesic",
# "22 patients got the splint and the other 20 received no treatment".
_COUNTED_ARM_WITHOUT = re.compile(
    r"\band\s+(?:the\s+(?:other|remaining)\s+)?\d+\s+(?:[a-z\-]+\s+){0,2}?(?:had|received|got|were\s+given|took|underwent)\s+"
    r"(?P<control>no\s+[a-z\-]+(?:\s+[a-z\-]+)?)"
)
# Two arms named by one agent given and withheld: "xylitol and non-xylitol", "fluoride and non-fluoride groups".
_WITH_AND_WITHOUT = re.compile(r"(?<![\w\-])([a-z][a-z\-]{3,})\s+(?:and|or|vs\.?|versus)\s+(non[\s\-]?\1)(?![\w\-])")
# "allocated to the ginger and mefenamic groups", "Both curcumin and mesalamine arms improved": two arms named
# side by side, the second the comparator.
_PAIRED_GROUPS = re.compile(
    r"\b(?:to|both|between)\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+(?:the\s+)?"
    r"(?P<second>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:groups|arms)\b"
)


def _paired_groups(lowered: str) -> str | None:
    """The second of two arms named as groups, when it is a control, a drug or a therapy."""
    paired = _PAIRED_GROUPS.search(lowered)
    return _canonical_at_start(paired.group("second"), "therapy") if paired else None


# A zero dose listed among the doses: "0, 250, 500 or 1000 mg/kg", "0 or 2500 ppm", "0 mg vs 5 mg".
_ZERO_DOSE_ARM = re.compile(
    r"(?<![\d.,])0\s*(?:mg|g|µg|mcg|iu|ppm|%)?(?:\s*/\s*kg)?\s*(?:,|or|and|vs\.?|versus)\s+(?:\d[\d.,]*\s*(?:mg|g|µg|mcg|iu|ppm|%)?"
    r"(?:\s*/\s*kg)?\s*(?:,|or|and)?\s+){0,5}\d[\d.,]*\s*(?:mg|g|µg|mcg|iu|ppm|%)(?![a-z])"
)
def _zero_dose_arm(lowered: str) -> bool:
    """Whether a zero dose is listed among the doses, as an arm that got none (substring tests first)."""
    return (" 0," in lowered or " 0 " in lowered or "(0," in lowered or "(0 " in lowered) and bool(
        _ZERO_DOSE_ARM.search(lowered))


# The product a biosimilar was measured against: the reference ("originator", "innovator") product of its drug.
_REFERENCE_PRODUCT = re.compile(r"\b(?:reference|originator|innovator|originat(?:ing|or)\s+(?:brand|biologic))\b")
_BIOSIMILAR_DRUG = re.compile(r"\bbiosimilars?\s+(?:(?:of|to)\s+)?")
_ONE_CODE = re.compile(r"\(?[a-z0-9][\w\-]*\)?\s+")  # "biosimilar SB5 adalimumab"


class _BiosimilarReference:
    """The drug of "biosimilar X" when the text sets it against the reference product."""

    @staticmethod
    def search(lowered: str) -> str | None:
        if not _REFERENCE_PRODUCT.search(lowered):
            return None
        for named in _BIOSIMILAR_DRUG.finditer(lowered):
            code = _ONE_CODE.match(lowered, named.end())
            drug = _DRUG_RE.match(lowered, named.end()) or (code and _DRUG_RE.match(lowered, code.end()))
            if drug:
                return _DRUG_KEYS[phrase_key(drug.group(1))]
        return None


_BIOSIMILAR_REFERENCE = _BiosimilarReference()


# A control arm named by its object: "a normal blanket", "the control blanket group", "regular insoles",
# "a non-weighted vest"; a dummy one ("an inactive device", "placebo insoles") is a sham, but a placebo
# version of what carries a drug ("a placebo patch") is the placebo.
_OBJECTS = trie_pattern(row[0] for row in read_tsv("control_objects.tsv"))
_DUMMY_QUALIFIERS = ("sham", "placebo", "inactive", "inert", "dummy", "deactivated", "detuned", "switched-off", "turned-off")
_PLAIN_QUALIFIERS = ("control", "normal", "standard", "regular", "ordinary", "plain", "usual", "conventional", "clear", "untinted", "unweighted", "non-weighted", "nonweighted", "non-heated", "unheated",
                     "single-vision", "single vision")  # myopia control set against "single-vision spectacles"
_OBJECT_WORDS = frozenset(row[0] for row in read_tsv("control_objects.tsv"))
_CARRIERS = frozenset(row[0] for row in read_tsv("control_objects.tsv") if row[1:] == ["carrier"])
_OBJECT_WORD = re.compile(_LEFT + "(?:" + _OBJECTS + ")" + _RIGHT)
_QUALIFIED_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<qualifier>{'|'.join(map(re.escape, _DUMMY_QUALIFIERS + _PLAIN_QUALIFIERS))})\s+"
    r"(?:(?P<kind>[a-z][a-z\-]{2,15})\s+)?$"
)
_ARMS_SIDE_BY_SIDE = (" or ", "compar", "versus", " vs", " than ", "random", "assign", "allocat")
_NOT_OBJECT_KINDS = {"and", "or", "of", "the", "a", "an", "to", "with", "in", "group", "arm", "care", "treatment"}


def _object_control(lowered: str) -> str | None:
    """The control object as written with its qualifier ("normal blanket"), or "sham" for a dummy one."""
    if _OBJECT_WORDS.isdisjoint(lowered.replace(",", " ").replace(".", " ").replace(")", " ").split()):
        return None  # a set look-up of the words is several times faster than scanning for the objects
    for found in _OBJECT_WORD.finditer(lowered):
        qualified = _QUALIFIED_BEFORE.search(lowered, max(0, found.start() - 40), found.start())
        if not qualified or qualified.group("kind") in _NOT_OBJECT_KINDS:
            continue
        if qualified.group("qualifier") == "placebo" and found.group(0) in _CARRIERS:
            return "placebo"  # "a placebo patch": the drug's placebo, not a dummy device
        if qualified.group("qualifier") in _DUMMY_QUALIFIERS:
            return "sham"
        if any(cue in lowered for cue in _ARMS_SIDE_BY_SIDE):  # a plain object only where arms are compared
            return lowered[qualified.start() : found.end()]
    return None


# A controlled design wanted or denied, not the study's own: "the need for a placebo-controlled trial",
# "future sham-controlled studies", "was not placebo-controlled", "without a placebo group".
_UNHAD_DESIGN = re.compile(
    r"(?:\bneed(?:s|ed)?\s+(?:for|of)|\bfuture|\bwarrant(?:s|ed|ing)?|\bcall(?:s|ed)?\s+for|\brequir(?:e|es|ed|ing)"
    r"|\brecommend(?:s|ed)?|\b(?:should|must|needs?\s+to|will\s+need\s+to)\s+be\s+(?:confirmed|tested|evaluated|examined|"
    r"replicated|studied|assessed|investigated)\s+in)\s+(?:an?\s+|the\s+|any\s+)?(?:[a-z\-]+,?\s+){0,4}?(?:placebo|sham|pbo)[\s\-]+controlled\b"
    r"|(?:\b(?:was|were|is|are|been)\s+not|\bwithout|\black(?:ed|s)?(?:\s+of)?|\babsence\s+of|\bno)\s+(?:an?\s+|any\s+)?"
    r"(?:placebo|sham|pbo)(?:[\s\-]+controlled\b|\s+(?:group|arm|control)s?\b)"
    r"|(?:placebo|sham|pbo)[\s\-]+controlled\s+(?:[a-z\-]+\s+){0,3}?(?:trials?|studies|study|research)\s+"
    r"(?:are|is|will\s+be|would\s+be)\s+(?:still\s+)?(?:needed|warranted|required|necessary)"
)
_WANTED_GATE = ("need", "future", "warrant", "call", "requir", "recommend", "should", "must")
_DENIED_GATE = ("not placebo", "not sham", "no placebo", "no sham", "without", "lack", "absence")


def _without_unhad_design(text: str, lowered: str) -> tuple[str, str]:
    """``text`` and ``lowered`` with every wanted or denied controlled design blanked out."""
    if not ("placebo" in lowered or "sham" in lowered or "pbo" in lowered):
        return text, lowered
    wanted = "controlled" in lowered and any(cue in lowered for cue in _WANTED_GATE)
    if not wanted and not any(cue in lowered for cue in _DENIED_GATE):
        return text, lowered
    spans = [m.span() for m in _UNHAD_DESIGN.finditer(lowered)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return text, lowered


# A diet named as the intervention beside the control diet.
_OTHER_DIET = re.compile(r"(?<!control )(?<!same )(?<!basal )(?<!this )(?<!that )\bdiets?\b")


# A feed or diet arm given without the additive tested: "a total mixed ration without supplement", "the basal diet with
# no additive", "milk replacer without any probiotic".
_UNSUPPLEMENTED_ARM = re.compile(
    r"\b(?:diets?|rations?|feeds?|tmr|milk\s+replacers?|drinking\s+water|concentrates?)\s+(?:without|with\s+no)\s+(?:any\s+|the\s+)?"
    r"(?:supplement(?:s|ation)?|additives?|inclusion|probiotics?|prebiotics?|enzymes?|yeast|additional\s+[\w\-]+)\b"
)

# A control arm's short label: "a control (CONT)", "versus CTRL", "Ctrl".
_CONTROL_SHORT_FORM = re.compile(r"\b(?:CONT|CON|CTRL|CTL|Ctrl)\b")
# A drug called the standard itself: "Dexamethasone is standard treatment for croup", "metformin remains the usual care".
_CALLED_STANDARD_BEFORE = re.compile(
    r"([a-z][\w\-]*)\s+(?:is|are|remains|remain|has\s+become|have\s+become)\s+(?:the\s+|a\s+)?(?:current\s+|established\s+)?$")


def _drug_called_standard(lowered: str, control: re.Match[str]) -> bool:
    """Whether a usual-care phrase only describes a named drug as the standard ("X is standard
    treatment for Y"): no arm is named by it."""
    called = _CALLED_STANDARD_BEFORE.search(lowered, max(0, control.start() - 50), control.start())
    return bool(called and _DRUG_RE.fullmatch(called.group(1)))


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# Two diets or programmes followed, one each arm: "followed a Mediterranean diet or a low-fat diet", "followed either a
# ketogenic or a low-glycaemic eating plan"; the second is the comparator (a usual diet is left to the control lexicon).
_PLAN = r"(?:diet|eating\s+plan|meal\s+plan|eating\s+pattern|programme|program|regimen)s?"
_FOLLOWED_OR = re.compile(
    rf"\bfollow(?:ed|ing|s)?\s+(?:either\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PLAN}\s+)?or\s+(?:a|an|the)\s+"
    rf"(?P<other>(?!(?:usual|normal|habitual|regular|own|control|standard)\b)(?:[\w-]+\s+){{0,3}}?{_PLAN})\b"
)


def _named_treatment(target: str) -> str | None:
    """A control or a known drug at the start of ``target``: what a plain-language arm must name."""
    return _canonical_at_start(target, "drug")


def _drug_at(text: str) -> str | None:
    """The generic name of a listed drug written at the start of ``text``."""
    drug = _DRUG_RE.match(text)
    return _DRUG_KEYS[phrase_key(drug.group(1))] if drug else None


def _first_drug_in(lowered: str) -> str | None:
    """The generic name of the first listed drug named in ``lowered``."""
    drug = _DRUG_RE.search(lowered)
    return _DRUG_KEYS[phrase_key(drug.group(1))] if drug else None


def kept_drug(lowered: str) -> str | None:
    """The drug a withdrawal or step-down trial's control arm went on taking ("or continued
    20 mg", "than those who stayed on X"): the comparator, and the same drug as the tested arm's."""
    return continued_arm(lowered, _drug_at, _first_drug_in) if any(cue in lowered for cue in CONTINUED_GATE) else None


# A study named by its active control: "the mavacoxib-controlled field study", "a meloxicam-controlled trial".
_DRUG_CONTROLLED = re.compile(r"\b(?P<drug>[a-z][a-z0-9]+)-controlled\s+(?:[\w-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|rcts?|comparisons?)\b")
# An event an outcome counts, closing a list after "or": no arm is named so.
_EVENT_NAMED = re.compile(r"\b(?:death|deaths|mortality|stroke|strokes|infarction|events?|attacks?|hospitali[sz]ations?|fractures?|relapses?|"
                          r"recurrences?|amputations?|admissions?|exacerbations?)$")


def _parse_comparator(text: str, drug_abbreviations: dict[str, str] | None) -> str | None:
    text = unglue_markers(text)
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)  # "NB\u2011UVB alone": a web page's non-breaking hyphen is a hyphen
    if drug_abbreviations:
        text = _spelled_out(text, drug_abbreviations)
    if ("CON" in text or "CT" in text or "Ctrl" in text) and _CONTROL_SHORT_FORM.search(text):
        text = _CONTROL_SHORT_FORM.sub("control", text)  # "compared with CONT": the control arm's label, read as "control"
    text, lowered = _without_unhad_design(text, text.lower())
    if " better" in lowered:
        other_did_better = _OTHER_DID_BETTER_RE.match(lowered)
        if other_did_better and _DRUG_RE.fullmatch(other_did_better.group("name")):
            return _DRUG_KEYS[phrase_key(other_did_better.group("name"))]
    if "-controlled" in lowered and (controlled := _DRUG_CONTROLLED.search(lowered)) and _DRUG_RE.fullmatch(controlled["drug"]):
        return _DRUG_KEYS[phrase_key(controlled["drug"])]  # "a meloxicam-controlled trial": the drug is the control arm
    if "biosimilar" in lowered and (reference := _BIOSIMILAR_REFERENCE.search(lowered)):
        return reference  # "biosimilar adalimumab within the margin of the reference product": the same drug
    prefiltered = _PREFILTER.search(lowered) is not None
    if (" day" in lowered or "fixed" in lowered) and (course := course_comparator(lowered)) is not None:
        return course  # "three days of amoxicillin versus seven days": the control is the same drug's other course
    if (kept := kept_drug(lowered)) is not None:
        return kept  # "step-down to 10 mg or continued 20 mg", "than those who continued levothyroxine": the drug kept
    if "saline" in lowered and (saline := saline_active_control(lowered)) is not None:
        return saline  # "hypertonic rinse or isotonic saline spray": the saline arm is a treatment, not a dummy
    if (prefiltered or " or " in lowered) and (named_object := _object_control(lowered)) is not None:
        return named_object
    if ("without" in lowered or "with no " in lowered) and _UNSUPPLEMENTED_ARM.search(lowered):
        return "no treatment"  # "a total mixed ration without supplement (control) or the same ration top-dressed with ..."
    if " or " in lowered and "follow" in lowered and (followed := _FOLLOWED_OR.search(lowered)):
        return " ".join(followed.group("other").split())  # "followed a Mediterranean diet or a low-fat diet": the second arm
    if not prefiltered and not (" or " in lowered and ("either " in lowered or _TOOK_GATE.search(lowered))):
        if (plain := plain_arm(lowered, _named_treatment)) is not None:
            return plain  # "no difference between methadone and morphine", "30 got X and 30 received Y"
        return "no treatment" if _zero_dose_arm(lowered) else None
    if _STANDARD_SHORT_FORM.search(text):
        text = _spelled_out(text, _STANDARD_SHORT_FORMS)  # "more than HA", "superior to MTX alone"
        lowered = text.lower()
    if "control" in lowered and _randomised_gate(lowered) and (first := _CONTROL_LISTED_FIRST.search(lowered)):
        # "randomized to control (water), green tea, or green tea extract": the control is the arm listed first
        what = first.group("what")
        named = _CONTROL_RE.fullmatch(what.strip()) if what else None
        return _CONTROL_KEYS[phrase_key(named.group(1))] if named else None
    if ("experimental" in lowered or "test " in lowered) and _randomised_gate(lowered) and (
            first_arm := _CONTROL_BEFORE_TEST_ARM.search(lowered)):
        return " ".join(first_arm.group("first").split())  # "a baseline therapeutic food (...) or experimental foods"
    if "either " in lowered and (usual_first := _USUAL_FIRST.search(lowered)):
        return " ".join(usual_first.group("first").split())  # "either the usual 500 FTU/kg phytase or a superdose"
    if role := _comparator_role(lowered):
        return role  # "HLW served as an attention-control group", "Placebo was the only common comparator"
    named_as = _AS_COMPARATOR_RE.search(lowered) if " as " in lowered else None
    if named_as:  # "with sertraline as the active comparator"
        found = _canonical_at_start(named_as.group(1), "drug")
        if found:
            return found
    if (" or " in lowered or " vs" in lowered or "versus" in lowered) and (paired := _schedule_pair(lowered)):
        return paired  # "biannual or annual MDA of azithromycin": the second schedule of one agent
    # "baseline tau levels", "the low tau group": the protein, written in lowercase; the
    # abbreviation of treatment as usual is written "TAU".
    control = next((m for m in _CONTROL_RE.finditer(lowered)
                    if _names_an_arm(lowered, m) and (m.group(1) != "tau" or "TAU" in text) and not _drug_called_standard(lowered, m)),
                   None)
    alone = _alone(lowered)
    if alone and not _ARMS_SET_SIDE_BY_SIDE.search(lowered):
        alone = None
    for match in _comparisons(lowered, with_controls=bool(control or alone)):
        strength = match.lastgroup or "control"
        if strength == "drug" and lowered.startswith("over ", match.start()) and _GAIN_BEFORE_OVER.search(
                lowered, max(0, match.start() - 80), match.start()):
            strength = "therapy"  # "a gain of 11 points in time in range over sensor-augmented pump therapy"
        if strength == "drug" and lowered.startswith("as well as", match.start()) and _WORKED_BEFORE.search(
                lowered, max(0, match.start() - 30), match.start()):
            strength = "phrase"  # "worked just as well as ginger": a comparison, not "and also"
        if lowered.startswith("over ", match.start()) and (
                _SPAN_OF_TIME.match(lowered, match.end()) or lowered.startswith("from ", match.end())
                or lowered[match.end():match.end() + 1].isdigit()):
            continue  # "over 12 weeks of lamotrigine titrated to 200 mg/day": how long; "crossed over from": whence; "over 70%": how many
        if strength == "control" and alone and alone[1] < match.start():
            continue  # "CBT alone and sertraline alone": the first arm named alone
        if " no " in lowered and (none := _none_of_it(lowered, match)):
            # "compared with no cooling at all", "with compression than with no compression"; but "agave nectar, a placebo or no treatment"
            return "placebo" if "placebo" in lowered and _PLACEBO_LISTED.search(lowered) else none
        if (timed := _timed_arm(lowered, match)) is not None:
            return timed  # "cooling started in the recovery room or delayed cooling": one treatment started later
        if strength != "control" and (scheduled := _schedule_arm(lowered, match)):
            return scheduled  # "non-inferior to daily iron", "60 mg on alternate days or 60 mg every day"
        if strength != "control" and (other_form := _other_form(lowered, match)):
            return other_form  # "oral TXA or intravenous TXA", "glycinate ... than magnesium oxide": the same agent
        if _between_doses(lowered, match):
            continue  # "either 25 mg or 50 mg of amitriptyline": two doses of one drug
        found = _canonical_at_start(lowered[match.end() : match.end() + 80], strength)
        if not found and strength == "drug" and not (control or alone) and lowered.startswith("than", match.start()):
            # "fewer repeat operations than ablation", "more than home-based exercise": a procedure or programme too
            found = _canonical_at_start(lowered[match.end() : match.end() + 80], "therapy")
        if found and _DOSE_LED.match(lowered, match.end()) and not _names_an_agent(found):
            continue  # "X 5 mg versus 10 mg added to ...": another dose, not a treatment called "added"
        if found and "placebo" in lowered and found not in CONTROLS and _PLACEBO_LISTED.search(lowered):
            return "placebo"  # "SAMe, escitalopram or placebo": of several comparators, the placebo
        if found and _EVENT_NAMED.search(found):
            continue  # "no reduction in heart attack, stroke, or cardiovascular death": a list of events, not arms
        if found:
            return found
    if ("other half" in lowered or "the rest" in lowered or "remaining" in lowered) and (
            other_half := _OTHER_HALF_GOT.search(lowered)) and (
            found := _canonical_at_start(lowered[other_half.end():other_half.end() + 80], "therapy")):
        return found  # "the other half got the usual school-based program"
    if (plain := plain_arm(lowered, _named_treatment)) is not None:
        return plain  # "treated with X rather than Y", "9 days with X compared with 15 days with Y"
    if control and (not alone or control.start() <= alone[1]):
        return _CONTROL_KEYS[phrase_key(control.group(1))]
    if alone:
        return alone[0]
    if _zero_dose_arm(lowered):
        return "no treatment"  # "supplemented with 0, 250, 500 or 1000 mg/kg feed": the 0 arm got none
    if (dosed := same_drug_doses(lowered)) is not None:
        return dosed
    return "no treatment" if "control" in lowered and "treated" in lowered and _untreated_model(lowered) else None


# Placebo as one arm of a list: "SAMe (1600 mg/day), escitalopram (10 mg/day), or placebo", "took a placebo, 25 mg of
# amitriptyline, or 3 mg of melatonin".
_PLACEBO_LISTED = re.compile(
    r"(?:,|\bor|\band)\s+(?:to\s+)?(?:an?\s+|the\s+|matching\s+|identical\s+)?placebo(?:\s+(?:tablets?|capsules?|pills?|groups?|arms?))?"
    r"(?=\s*(?:\([^()]{0,40}\))?\s*(?:[,.;:)]|$|\b(?:for|over|during|daily|once|twice|each|per|at|in|with|on)\b))"
    r"|\bplacebo(?:\s*\([^()]{0,40}\))?\s*(?:,(?=[^.;]{1,80}?\b(?:or|and)\b)|\s+or\s)"
)
_DOSE_AMOUNT = r"\d[\d,.]*\s*-?\s*(?:mg|g|mcg|µg|μg|ug|iu|units?|ml)(?:\s*/\s*(?:kg|day|d|m2))*(?![\w/])"
_DOSE_LED = re.compile(r"\s*(?:(?:the|a|an)\s+)?" + _DOSE_AMOUNT)
_TWO_DOSED_WORDS = ("ompar", "similar", "equal", "same", "equivalent", "different")
# Two drugs, each with its dose, set side by side: "doxepin 3 mg and zolpidem 5 mg produced similar improvements",
# "compare the efficacy of topical 4% nicotinamide and 1% clindamycin gels".
_TWO_DOSED_DRUGS = re.compile(
    rf"(?:\b(?:compare[sd]?|comparing|comparison\s+of)\b[^.;]{{0,40}}?(?:{_DOSE_AMOUNT}|\d[\d.]*\s*%)\s+(?:[a-z][\w-]+\s+){{1,3}}?and\s+(?P<second_led>(?:{_DOSE_AMOUNT}|\d[\d.]*\s*%)\s+[a-z][\w-]+(?:\s+[a-z][\w-]+){{0,2}})"
    rf"|\b[a-z][\w-]+\s+{_DOSE_AMOUNT}\s+and\s+(?P<second_named>[a-z][\w-]+\s+{_DOSE_AMOUNT})\s+(?:produced|gave|had|showed|were|was|led\s+to|resulted\s+in|yielded)\s+"
    r"(?:\w+\s+)?(?:similar|comparable|equal|equivalent|the\s+same|no\s+different))"
)
# Two doses or schedules of one drug set against each other as arms: "randomized to olanzapine 5 mg or
# 10 mg", "cholecalciferol 14,000 IU once weekly (n = 75) or 2000 IU daily", "X 5 mg versus 10 mg".
_DOSE_PAIR = re.compile(
    _DOSE_AMOUNT + r"[^.;:]{0,60}?\s(?P<join>or|versus|vs\.?|v\.|compared\s+(?:with|to)|(?:non-?)?inferior\s+to|superior\s+to|"
    r"equivalent\s+to)\s+(?:to\s+|with\s+)?(?:either\s+)?"
    r"(?:(?P<again>[a-z][a-z\-]{3,30})\s+)?" + _DOSE_AMOUNT  # "aspirin 150 mg or aspirin 75 mg": the name again
)
_DOSE_PAIR_GATE = re.compile(
    r"\d\s*-?\s*(?:mg|g|mcg|µg|μg|ug|iu|units?|ml)\b[^.;:]{0,60}?\s(?:or|versus|vs\.?|v\.|compared|(?:non-?)?inferior|superior|equivalent)\s")
_ARMS_CONTEXT = re.compile(r"\b(?:randomi[sz]\w*|randomly|assigned|allocated)\b")
_NAME_THEN_DOSE = re.compile(r"\s*(?:[a-z][a-z\-]{0,15}\s+){0,2}[(,:]?\s*$")
_DOSE_OF_DRUG = re.compile(r"\s+(?:dose\s+)?of\s+(?:oral\s+|intravenous\s+)?")
_DOSE_THEN_DRUG = re.compile(
    r"\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?:(?:once|twice)\s+)?(?:daily|weekly|nightly|a\s+day|per\s+day)?\s*(?:of\s+)?"
    r"(?:(?:oral|intravenous|iv|intramuscular|im|subcutaneous|sc|sublingual|buccal|rectal|intranasal|inhaled|topical)\s+)?"
)


def same_drug_doses(lowered: str) -> str | None:
    """The drug whose two doses or schedules are the arms ("randomized to olanzapine 5 mg or
    10 mg", "olanzapine 5 mg versus 10 mg", "14,000 IU once weekly or 2000 IU daily of
    cholecalciferol", "0.15 mg/kg (n = 412) or 0.6 mg/kg (n = 405) dexamethasone"): the drug
    is its own active comparator, named alone, and both doses are the claim's (the claim is
    the drug's, at either dose; holdouts 17-18 write "aspirin 75 mg" instead, holdout 7 and
    the tests this convention). Doses given as options ("took 25 mg or 50 mg amitriptyline",
    no randomisation and no "versus") compare nothing."""
    joined = " vs" in lowered or "versus" in lowered or " v. " in lowered or "compared" in lowered or "erior to" in lowered or (
        "equivalent to" in lowered) or (
        " or " in lowered and _randomised_gate(lowered))
    if not joined or not _DOSE_PAIR_GATE.search(lowered):
        return None
    for pair in _DOSE_PAIR.finditer(lowered):
        if pair.group("join") == "or" and not _ARMS_CONTEXT.search(lowered, 0, pair.start()):
            continue
        offset = max(0, pair.start() - 40)
        before = after = None
        for start, end, generic in drug_mentions(lowered[offset : pair.end() + 40]):
            start, end = start + offset, end + offset
            if end <= pair.start() and _NAME_THEN_DOSE.fullmatch(lowered, end, pair.start()):
                before = generic
            elif start >= pair.end() and _DOSE_THEN_DRUG.fullmatch(lowered, pair.end(), start):
                after = after or generic
            elif pair.group("join") != "or" and start < pair.start("join") and (first := _DOSE_LED.match(lowered, pair.start())) and (
                    _DOSE_OF_DRUG.fullmatch(lowered, first.end(), start)):
                before = generic  # "a 0.15 mg/kg dose of dexamethasone was non-inferior to 0.6 mg/kg"
        word = _NAME_BEFORE.search(lowered, max(0, pair.start() - 34), pair.start())
        if before is None and word and _names_the_agent(word.group(1)):
            before = word.group(1)  # "olanzapine 5 mg", "Zinc 25 mg vs. 50 mg daily"
        again = pair.group("again")
        if again and again not in ("either", "with") and (not _DRUG_RE.fullmatch(again) or _DRUG_KEYS[phrase_key(again)] != before):
            continue  # "sertraline 50 mg or paroxetine 20 mg": two drugs
        if before and after in (None, before):
            return before
        if after and not before and not (word and word.group(1) not in _BEFORE_DOSES) and not any(
                generic != after for _, _, generic in drug_mentions(lowered[pair.start() : pair.start("join")])):
            # "randomized to 25 mg or 50 mg of amitriptyline", not "Silexan 80 mg ... vs 20 mg paroxetine" nor
            # "800 µg misoprostol or 40 IU oxytocin", whose first dose names its own drug
            return after
    return None


# The same agent on another schedule: "alternate-day iron ... non-inferior to daily iron".
_SCHEDULED_AGENT = re.compile(
    r"(?:(?:the|a|an)\s+)?(daily|weekly|monthly|nightly|once[\s-]daily|twice[\s-]daily|once[\s-]weekly|alternate[\s-]day|"
    r"every[\s-]other[\s-]day)\s+([a-z][\w\-]*(?:\s+[a-z0-9](?![\w\-]))?)"
)
# An arm given only as its dose and schedule, the agent named with the first arm: "... or 60 mg every day".
_DOSED_SCHEDULE = re.compile(
    r"(?:(?:the\s+)?(?:same\s+)?(?:[\d.,]+\s*(?:mg|g|µg|μg|mcg|iu)\s+)?(?:dose\s+)?(?:(?:taken|given|used|applied)\s+)?)"
    r"(every\s+day|each\s+day|daily|once\s+(?:a|per)\s+day|every\s+week|each\s+week|weekly|once\s+(?:a|per)\s+week)\b"
)
_OTHER_SCHEDULE = re.compile(
    r"\b(?:alternate|every\s+(?:other|second|third)|weekly|once\s+(?:a|per)\s+week|twice|three\s+times|monthly|intermittent|"
    r"on[\s-]demand|as[\s-]needed|when\s+needed|prn|\d\s*(?:h|hours?|min(?:utes)?)\s+before)\b"
)
_AGENT_AFTER_DOSE = re.compile(r"\d[\d.,]*\s*(?:mg|g|µg|μg|mcg|iu)\s+(?:of\s+)?(?:elemental\s+)?([a-z][a-z\-]{2,})")
# The agent written before its dose instead: "sertraline 50 mg on demand or the same dose every day".
_AGENT_BEFORE_DOSE = re.compile(r"([a-z][a-z\-]{2,})\s+\d[\d.,]*\s*(?:mg|g|µg|μg|mcg|iu)(?![\w/])")
_NOT_SCHEDULED_AGENTS = {"dosing", "dose", "doses", "dosage", "regimen", "regimens", "administration", "schedule",
                         "schedules", "use", "intake", "injections", "injection", "infusions", "tablets", "pills"}
_SCHEDULE_NAMES = {"every day": "daily", "each day": "daily", "once a day": "daily", "once per day": "daily",
                   "every week": "weekly", "each week": "weekly", "once a week": "weekly", "once per week": "weekly"}


# An arm given none of what the other got: "no cooling at all", or "no <X>" where X is the treatment named before.
_NONE_OF = re.compile(r"\s*(?:with\s+|to\s+|receiving\s+|getting\s+|after\s+|doing\s+)?no\s+(?P<what>[a-z][\w\-]{2,})(?P<at_all>\s+(?:at\s+all|whatsoever)\b)?")


def _none_of_it(lowered: str, match: re.Match[str]) -> str | None:
    """ "no treatment" for a comparison whose other arm got none of the treatment: a subgroup
    without a condition ("compared with no diabetes") names no arm, so the thing denied must be
    the treatment named before, unless the text says "at all"."""
    none = _NONE_OF.match(lowered, match.end())
    if none is None:
        return None
    if none.group("at_all") or re.search(r"(?<![\w\-])" + re.escape(none.group("what")) + r"(?![\w\-])", lowered[:match.start()]):
        return "no treatment"
    return None


# The same treatment started at another time as the other arm: "early or delayed cooling". A deferred one is not
# given within the study ("versus deferred ART": no treatment), and "delayed treatment" is a waitlist.
_TIMED = re.compile(r"\s*(?:(?:the|an?)\s+)?(?P<when>delayed|early|immediate|late)\s+(?P<what>[a-z][\w\-]{2,})")
_TIMED_GATE = ("delayed", "early", "immediate", "late ")


def _timed_arm(lowered: str, match: re.Match[str]) -> str | None:
    """ "<when> <treatment>" when the other arm is the treatment named before, started at another time; an arm
    called only by when it starts ("delayed start") is no treatment's name."""
    if not any(word in lowered for word in _TIMED_GATE) or not (timed := _TIMED.match(lowered, match.end())):
        return None
    what = timed.group("what")
    if what in _NOT_COMPARATORS or what in _NOT_ARM_HEADS or what in ("start", "starts", "onset", "phase", "stage", "stages", "pregnancy"):
        return None
    if re.search(r"(?<![\w\-])" + re.escape(what) + r"(?![\w\-])", lowered[:match.start()]):
        return f"{timed.group('when')} {what}"
    return None


def _schedule_arm(lowered: str, match: re.Match[str] | _ArmMatch) -> str | None:
    """The comparator of two arms of one agent on different schedules: "<schedule> <agent>". The
    schedule is kept only where the text names the agent before the comparison as well."""
    if not any(word in lowered for word in ("daily", "weekly", "monthly", "nightly", "every", "each", "once", "alternate")):
        return None
    if named := _SCHEDULED_AGENT.match(lowered, match.end()):
        agent = named.group(2)
        if agent in _NOT_SCHEDULED_AGENTS or agent in _NOT_COMPARATORS:
            return None  # "once-daily dosing ... as effective as twice-daily dosing": a schedule, no agent named
        if re.search(r"(?<![\w\-])" + re.escape(agent) + r"(?![\w\-])", lowered[:match.start()]):
            return f"{named.group(1).replace('-', ' ') if ' ' in named.group(1) else named.group(1)} {agent}"
        return None
    dosed = _DOSED_SCHEDULE.match(lowered, match.end())
    if not dosed or _ALPHA_AFTER.match(lowered, dosed.end()) or not _OTHER_SCHEDULE.search(lowered, 0, match.start()):
        return None  # "aspirin 75 mg was compared with 300 mg daily": two doses, not two schedules
    agents = _AGENT_AFTER_DOSE.findall(lowered, 0, match.start())
    agent = next((a for a in reversed(agents) if a not in _SCHEDULE_WORDS and a not in _NOT_AGENT_WORDS
                  and a not in ("on", "every", "each", "once", "twice", "per", "a", "daily", "taken", "given", "used", "applied", "when", "before", "after")), None)
    if agent is None and "same" in dosed.group(0):  # "... or the same dose every day"; "or 2000 IU daily" is another dose
        agent = next((_DRUGS[a] for a in reversed(_AGENT_BEFORE_DOSE.findall(lowered, 0, match.start())) if a in _DRUGS), None)
    schedule = " ".join(dosed.group(1).split())
    return f"{_SCHEDULE_NAMES.get(schedule, schedule)} {agent}" if agent else None


# Two schedules sharing one agent written after both: "biannual or annual MDA of oral azithromycin",
# "weekly versus daily doses of vitamin D". The second schedule is the comparator, named with the agent.
_SCHEDULE_ADJECTIVE = (r"(?:annual|yearly|biannual|biennial|semi-?annual|twice[\s\-]yearly|quarterly|monthly|fortnightly|weekly|"
                       r"twice[\s\-]weekly|once[\s\-]weekly|daily|once[\s\-]daily|twice[\s\-]daily|nightly|alternate[\s\-]day)")
_SCHEDULE_PAIR = re.compile(
    rf"(?<![\w\-]){_SCHEDULE_ADJECTIVE}\s+(?:or|versus|vs\.?|and)\s+(?P<second>{_SCHEDULE_ADJECTIVE})\s+(?P<head>[^.;:]{{0,50}})"
)
_SCHEDULE_PAIR_GATE = ("annual", "yearly", "quarterly", "monthly", "weekly", "daily", "nightly", "alternate")


def _schedule_pair(lowered: str) -> str | None:
    """"<second schedule> <agent>" where two schedules share the agent named after them."""
    if not any(word in lowered for word in _SCHEDULE_PAIR_GATE):
        return None
    for pair in _SCHEDULE_PAIR.finditer(lowered):
        if agent := _DRUG_RE.search(pair.group("head")):
            return f"{' '.join(pair.group('second').replace('-', ' ').split())} {_DRUG_KEYS[phrase_key(agent.group(1))]}"
    return None


# What may follow an arm's schedule and still leave its agent unnamed: "every day for 12 weeks", not "every day of X".
_ALPHA_AFTER = re.compile(r"\s+(?:of|with)\s+[a-z]")
_ROUTE_BEFORE = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[\d.,]+\s*(?:mg|g|µg|μg|mcg|ml)(?:/kg)?\s+(?:of\s+)?)?"
    r"(oral|intravenous|intramuscular|subcutaneous|sublingual|transdermal|intranasal|inhaled|topical|rectal|iv|im)\s+"
)
_ROUTE_NAMES = {"iv": "intravenous", "im": "intramuscular"}
_ROUTE_WORDS = r"(oral|intravenous|intramuscular|subcutaneous|sublingual|transdermal|intranasal|inhaled|topical|rectal|iv|im)"
_BY_ANOTHER_ROUTE = re.compile(r"\b" + _ROUTE_WORDS + r"\b")
# The intervention's own route, just before its drug: "1.95 g of oral TXA", "Oral dexamethasone".
_ROUTE_WORD_BEFORE = re.compile(r"\b" + _ROUTE_WORDS + r"\s+$")


def _other_form(lowered: str, match: re.Match[str] | _ArmMatch) -> str | None:
    """The comparator of two arms of one agent in different forms, named with what tells it apart: its
    route ("oral tranexamic acid or intravenous tranexamic acid") or its salt ("magnesium glycinate ...
    than magnesium oxide"). Only where the text names the same agent before the comparison."""
    if route := _ROUTE_BEFORE.match(lowered, match.end()):
        drug = _DRUG_RE.match(lowered, route.end())
        if drug and _BY_ANOTHER_ROUTE.search(lowered, 0, match.start()) and (
                generic := _DRUG_KEYS[phrase_key(drug.group(1))]) in {
                found for start, _, found in drug_mentions(lowered[:match.start()])
                if (before := _ROUTE_WORD_BEFORE.search(lowered, max(0, start - 20), start)) and before.group(1) != route.group(1)}:
            return f"{_ROUTE_NAMES.get(route.group(1), route.group(1))} {generic}"
        return None
    salt = _SALT_AFTER.match(lowered, match.end())
    if salt and re.search(r"(?<![\w\-])" + salt.group("mineral") + r"\s+(?!" + salt.group("form") + r")[a-z]",
                          lowered[:match.start()]):
        return salt.group("salt")
    return None


_BEFORE_DOSES = {"either", "receive", "received", "receiving", "given", "take", "taking", "took", "with", "into", "both",
                 "assigned", "randomized", "randomised", "allocated", "compare", "compared", "comparing", "doses"}


def _names_the_agent(word: str) -> bool:
    """A word before a dose that can be the dosed agent's name: a generic drug's stem, or a
    plain word that is no verb, schedule or people ("zinc 25 mg", not "received 25 mg")."""
    if _GENERIC_DRUG.fullmatch(word):
        return True
    return (word.isalpha() and len(word) >= 4 and not word.endswith(("ed", "ing")) and word not in _BEFORE_DOSES
            and word not in _NOT_COMPARATORS and word not in _SCHEDULE_WORDS and word not in _NOT_AGENT_WORDS)


_NOT_AGENT_WORDS = {"dose", "doses", "dosage", "from", "than", "between", "about", "around", "only", "either", "were",
                    "each", "over", "under", "below", "above", "least", "most", "take", "gave", "give", "took", "also"}


def _names_an_agent(found: str) -> bool:
    return found in CONTROLS or found in _DRUG_GENERICS or bool(_GENERIC_DRUG.fullmatch(found)) or bool(_DRUG_CLASS.fullmatch(found))


# "metformin (MET)", "oseltamivir (OSV;": a listed drug and the short form the text defines for it.
_DEFINED_SHORT_FORM = re.compile(r"\(\s*([A-Z][A-Za-z0-9\-]{1,7})\s*[;,)]")
_NAME_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]{3,30})\s*$")
_TWO_WORD_NAME_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]{2,20}\s+[A-Za-z][\w\-]{3,30})\s*$")


def learn_drug_abbreviations(text: str) -> dict[str, str]:
    """Short forms the document defines for listed drugs: {"MET": "metformin"}."""
    if "(" not in text:
        return {}
    learned = {}
    for match in _DEFINED_SHORT_FORM.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 34), match.start())
        abbreviation = match.group(1)
        if not name or abbreviation.lower() in _DRUGS or abbreviation.lower() in _CONTROLS:
            continue
        written = name.group(1).lower()
        two_words = _TWO_WORD_NAME_BEFORE.search(text, max(0, match.start() - 50), match.start())
        if two_words and (both := " ".join(two_words.group(1).lower().split())) in _DRUGS:
            learned[abbreviation] = _DRUGS[both]  # "tranexamic acid (TXA)", "sodium hyaluronate (SH)"
        elif written in _DRUGS:
            learned[abbreviation] = _DRUGS[written]
        elif _GENERIC_DRUG.fullmatch(written):
            learned[abbreviation] = written  # "tamsulosin (TAM)": a generic name by its stem
    return learned


@lru_cache(maxsize=64)
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")(?![\w\-])")


def _spelled_out(text: str, names: dict[str, str]) -> str:
    """"MI vs. MET" -> "MI vs. metformin"."""
    if not any(abbreviation in text for abbreviation in names):
        return text
    return _abbreviation_pattern(tuple(names)).sub(lambda m: names[m.group(1)], text)


# "WT control, WT treated with X, AD control and AD treated with X": the disease model's
# own control group is its untreated arm (the wild-type groups are a reference).
_MODEL_CONTROL_RE = re.compile(
    r"\b(?P<model>[a-z][\w\-]{1,15})\s+control\b(?:\s+(?:group|mice|rats|animals))?[^.;]{0,80}?\b(?P=model)\s+"
    r"(?:\+\s*|treated\b|(?:group\s+)?(?:treated|given|receiving)\b)"
    r"|\b(?P<model2>[a-z][\w\-]{1,15})\s+(?:\+\s*\S+|treated\s+with\s+\S+)[^.;]{0,80}?\b(?P=model2)\s+control\b"
)
_REFERENCE_MODELS = {"wt", "wild-type", "normal", "healthy", "naive", "naïve", "sham", "vehicle", "positive", "negative"}


def _untreated_model(lowered: str) -> bool:
    return any((m.group("model") or m.group("model2")) not in _REFERENCE_MODELS for m in _MODEL_CONTROL_RE.finditer(lowered))


# "Nothing for me after 3 months. Topiramate worked better.": a drug that did better, named
# alone at the start of a sentence, is what the writer's treatment is set against.
_OTHER_DID_BETTER_RE = re.compile(
    r"\W*(?:but\s+|then\s+|however,?\s+)?(?:the\s+)?(?P<name>[a-z][\w\-]*)\s+(?:worked|works|was|is|did|helped|helps)\s+"
    r"(?:much\s+|far\s+|way\s+|a\s+lot\s+|even\s+)?better\b(?!\s+than)"
)


def _comparisons(lowered: str, with_controls: bool) -> list[re.Match[str]]:
    """Comparison phrases in order, the last arm of a randomisation counting as a phrase one.
    Without a control term in the text, "and", "or", "to" can introduce nothing, so the
    scan skips them."""
    pattern = _COMPARISON_RE if with_controls else _NAMING_COMPARISON_RE
    found: list = []
    end = -1
    for start in (_COMPARISON_START if with_controls else _NAMING_COMPARISON_START).finditer(lowered):
        if start.start() < end:
            continue
        match = pattern.match(lowered, start.start())
        if match and not (lowered.startswith("compared ", match.start()) and _WHO_WITH.search(lowered, match.start(), match.end())):
            found.append(match)
            end = match.end()
    randomised = _RANDOMISED_OR_RE.search(lowered) if _randomised_gate(lowered) else None
    if randomised and _ARMS_FOLLOW.match(lowered, randomised.end()):
        found = [m for m in found if m.end() != randomised.end()]
        randomised = None
    took = _TOOK_OR_RE.search(lowered) if not randomised and " or " in lowered and _TOOK_GATE.search(lowered) else None
    if took and "whether" in lowered and _ASKS_OF_EACH.search(lowered, max(0, took.start() - 30), took.start()) and not (
            _COMPARATIVE.search(lowered, took.end())):
        took = None  # "whether taking vitamin D or omega-3 reduces the risk": each agent tested, neither the control
    alike = EQUAL_PAIR_RE.search(lowered) if " and " in lowered and _alike_gate(lowered) else None
    either = _EITHER_OR_RE.search(lowered) if not (randomised or took) and "either " in lowered else None
    given_either = "either " in lowered and _GIVEN_EITHER.search(lowered) is not None
    classed = _CLASS_NAMED_OR.search(lowered) if " or " in lowered and not (randomised or took or either) else None
    for arm, strength in ((randomised, "phrase"), (took, "phrase" if given_either else "drug"), (alike, "drug"),
                          (either, "phrase" if given_either else "drug"), (classed, "drug")):
        if arm and arm is not alike and _renames_before_or(lowered, arm.end()):
            found = [m for m in found if m.end() != arm.end()]  # "collagen peptides or hydrolyzed collagen": one agent
        elif arm and strength == "phrase" and names_people_at(lowered, arm.end()) and not (
                _DOSE_LED.match(lowered, arm.end()) or _SESSIONS_LED.match(lowered, arm.end())):
            found = [m for m in found if m.end() != arm.end()]  # "in adults or adolescents": who, not an arm
        elif arm:
            found = [m for m in found if m.end() != arm.end()]
            found.append(_ArmMatch(arm, strength))
            found.sort(key=lambda m: m.start())
    denies = "not " in lowered or "never" in lowered or "rather" in lowered or "n't" in lowered
    return [
        m for m in found
        if not _adds_to(lowered, m) and not (
            denies and not lowered.startswith(_GRADED, m.start())
            and _NOT_COMPARED_BEFORE.search(lowered, max(0, m.start() - 30), m.start()))
    ]


# A count of sessions opens an arm, not a group of people: "or to 3 sessions of shockwave therapy".
_SESSIONS_LED = re.compile(r"\d+\s+(?:(?:weekly|daily|monthly|fortnightly)\s+)?(?:sessions|treatments|applications|visits)\s+of\s")
# Comparisons that a "not" grades rather than denies: "was not inferior to alfuzosin", "not superior to placebo".
_GRADED = ("inferior", "superior", "equivalent", "similar", "comparable", "differ")


_WORDS_BEFORE_OR = re.compile(r"([a-z][a-z\-]*)\s+([a-z][a-z\-]*)\s+or\s+(?:with\s+|to\s+)?$")
_WORDS_AFTER_OR = re.compile(r"([a-z][a-z\-]*)\s+([a-z][a-z\-]*)")


def _renames_before_or(lowered: str, end: int) -> bool:
    """Whether the two words after an "or" name again the agent of the two before it, the shared
    word moved: "collagen peptides or hydrolyzed collagen" (but "exercise therapy or cognitive
    therapy", the same head in the same place, are two arms)."""
    before = _WORDS_BEFORE_OR.search(lowered, max(0, end - 50), end)
    after = _WORDS_AFTER_OR.match(lowered, end)
    if not before or not after:
        return False
    first, second = before.groups(), after.groups()
    if first[1] in _FORMAT_WORDS:
        return False  # "trauma-focused therapy sessions or present-centred therapy": two arms delivered alike
    return any(len(word) > 3 and word in second and second.index(word) != first.index(word) for word in first)


# "was not compared to placebo", "rather than theanine alone": a comparison the text denies.
_NOT_COMPARED_BEFORE = re.compile(r"(?:\b(?:not|never|rather)|n't)\s+(?:(?:been|be|directly|yet|formally)\s+){0,3}(?:compared\s+)?$")
# "received either baloxavir (2 mg/kg) or twice-daily oseltamivir": the second of the two arms.
# "used either X or Y", "took either X or Y": two arms, the second named whatever it is.
_GIVEN_EITHER = re.compile(
    r"\b(?:took|take|taking|received|receive|receiving|given|gave|got|fed|used|use|using|applied|wore|drank|ate|chewed|"
    r"rinsed\s+with|assigned\s+to|allocated\s+to)\s+either\b"
)
# "ketamine or the sedative midazolam": the other arm named with its drug class.
_CLASS_NAMED_OR = re.compile(
    r"\bor\s+(?:with\s+)?(?:the|a|an)\s+(?:sedative|antibiotic|hypnotic|antidepressant|antihistamine|anticonvulsant|"
    r"antipsychotic|analgesic|painkiller|steroid|corticosteroid|opioid|benzodiazepine|statin|an(?:a)?esthetic|antiemetic|"
    r"antiviral|antifungal|diuretic|anxiolytic|stimulant)\s+(?=[a-z])"
)
_EITHER_OR_RE = re.compile(r"\beither\s+(?![^.;:]{0,100}?\bor\s+(?:both|neither|not)\b)[^.;:]{1,100}?\bor\s+(?:with\s+|to\s+)?")

_ADD_ON_BEFORE = re.compile(
    r"\b(?:add[\s\-]?on|added|adjunct(?:ive)?|adjunctively|addition|augment(?:ation|ing)?|top|background)\s*$"
)


def _adds_to(lowered: str, match: re.Match[str] | _ArmMatch) -> bool:
    """"as add-on to usual care", "added to metformin", "on top of standard care": what a
    treatment is added to is background that both arms got, not the comparator."""
    if match.lastgroup not in ("control", None) or not lowered.startswith(("to ", "of "), match.start()):
        return False
    return bool(_ADD_ON_BEFORE.search(lowered, max(0, match.start() - 20), match.start()))


class _ArmMatch:
    """The "... or" of a randomisation (or of a dosed "took X or Y") standing in for a
    comparison match of the given strength."""

    def __init__(self, match: re.Match[str], strength: str) -> None:
        self._match = match
        self.lastgroup = strength

    def start(self) -> int:
        return self._match.end() - 3

    def end(self) -> int:
        return self._match.end()


_AS_COMPARATOR_RE = re.compile(
    r"\b([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+as\s+(?:the\s+|an\s+|a\s+)?(?:active\s+)?(?:comparator|control)(?:\s+(?:group|arm|condition))?\b"
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|without|not|lacked|lacking|absence\s+of|instead\s+of|"
    r"(?:not|never|n't)\s+(?:include|included|including|use|used|using|have|had|involve|involved|contain|employ|employed))"
    r"\s+(?:an?\s+|any\s+|the\s+)?$"
)
# "was not compared to placebo", "rather than placebo": named only to be denied.
_DENIED_BEFORE = re.compile(
    r"\b(?:rather\s+than|(?:not|never)\s+(?:been\s+|be\s+|directly\s+|yet\s+)?compared\s+(?:with|to|against))\s+"
    r"(?:an?\s+|any\s+|the\s+)?$"
)
_NOT_AN_ARM_AFTER = re.compile(r"[\s\-]+(?:effects?|responses?|responders?|response\s+rates?|controlled)\b")


def _negated(lowered: str, match: re.Match[str]) -> bool:
    """"There was no placebo group", "without a placebo arm", "placebo effects": a control
    named without being the comparison."""
    if match.group(1).startswith("no"):
        return False  # "no treatment" is itself the control
    before = max(0, match.start() - 40)
    if ("rather" in lowered or "compared" in lowered) and _DENIED_BEFORE.search(lowered, before, match.start()):
        return True
    return bool(_NEGATION_BEFORE.search(lowered, max(0, match.start() - 20), match.start())) or bool(
        _NOT_AN_ARM_AFTER.match(lowered, match.end()) and match.group(1) == "placebo"
    )


# The care an arm's treatment was added to, or that patients stayed ill on ("remain symptomatic despite standard
# therapy"): no arm.
_ADD_ON_TO = re.compile(r"\b(?:add[\s\-]?on|added|adjunct(?:ive)?|adjunctively|addition|augment(?:ation|ing)?)\s+(?:to|of)\s+(?:the\s+|their\s+|ongoing\s+)?$|\bon\s+top\s+of\s+$"
                        r"|\b(?:despite|notwithstanding|refractory\s+to|unresponsive\s+to)\s+(?:the\s+|their\s+|ongoing\s+|optimi[sz]ed\s+)?$")
_ABSENCE_ARM_BEFORE = re.compile(r"\b(?:received|receiving|given|got|had|or|and|with|versus|vs\.?|to|a|an)\s+$")
_ABSENCE_ARM_AFTER = re.compile(
    r"[\s\-]+(?:group|arm|condition|controls?|cohort)s?\b"
    r"|\s+(?:was\s+given\s+)?(?:in|for|to)\s+(?:the\s+)?(?:control|comparison)\s+(?:group|arm)"  # "whereas no treatment in control group"
)


def _names_an_arm(lowered: str, match: re.Match[str]) -> bool:
    """A control phrase standing for an arm: not a setting ("in routine care"), not negated
    ("no placebo group"), and an absence ("no drug") only as what an arm received ("or no
    drug", "a no-treatment group"), not "no drug has been shown to ..."."""
    if _in_setting(lowered, match.start()) or _negated(lowered, match) or _describes_people(lowered, match):
        return False
    if match.group(1) == "untreated" and _UNPROCESSED.match(lowered, match.end()):
        return False  # "a preserved, but otherwise untreated aloe vera gel": a product not processed further, no arm
    if _ADD_ON_TO.search(lowered, max(0, match.start() - 30), match.start()):
        return False
    if lowered.find("from ", max(0, match.start() - 10), match.start()) >= 0 and _SWITCHED_FROM.search(
            lowered, max(0, match.start() - 40), match.start()):
        return False  # "88 participants who switched from placebo to the 100 mg dose": an open-label extension
    if not match.group(1).startswith("no"):
        return True
    return bool(_ABSENCE_ARM_BEFORE.search(lowered, max(0, match.start() - 12), match.start())
                or _ABSENCE_ARM_AFTER.match(lowered, match.end()))


# What the people of an extension or crossover came from: "switched from", "crossed over from the".
_SWITCHED_FROM = re.compile(
    r"\b(?:switch(?:ed|ing)?|cross(?:ed|ing)\s+over|moved|transitioned|rolled\s+over|changed|converted)\s+(?:over\s+)?from\s+(?:the\s+)?$"
)
_IN_BEFORE = re.compile(r"\bin(?:to)?\s+$")
_FOR_PEOPLE_BEFORE = re.compile(r"\b(?:for|among|of|with|in)\s+$")


# What "untreated" says of a product or material rather than of an arm: "untreated Aloe vera gel", "untreated water".
_UNPROCESSED = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:gel|gels|extracts?|juice|water|oil|seeds?|powder|wood|leaves|leaf|samples?|material|"
    r"product|cream|honey|milk|flour|grain|fibres?|fibers?|wool|cotton|surface|wastewater|sewage)\b"
)


def _describes_people(lowered: str, match: re.Match[str]) -> bool:
    """"Treatment for Untreated Older Adults": who took part, not an arm."""
    return (
        match.group(1) == "untreated"
        and bool(_FOR_PEOPLE_BEFORE.search(lowered, max(0, match.start() - 7), match.start()))
        and names_people_at(lowered, match.end() + 1)
    )


def _in_setting(lowered: str, start: int) -> bool:
    """"treated in routine care" describes a setting, not a control arm."""
    return bool(_IN_BEFORE.search(lowered[max(0, start - 6) : start]))


# Words before a comparator's own name: articles, the people on it, its route ("intramuscular hydroxocobalamin").
_LEADING_WORDS = frozenset((
    "a", "an", "the", "matched", "matching", "identical", "inert", "either", "active", "oral", "those", "participants",
    "patients", "given", "receiving", "on", "taking", "control", "comparator", "people", "group", "arm", "full",
    "standard-dose", "intramuscular", "intravenous", "subcutaneous", "sublingual", "transdermal", "intranasal", "inhaled",
    "topical", "im", "iv",
    "originator", "reference", "innovator", "branded",  # the reference product of a biosimilar: "originator infliximab"
))
_ROUTES = frozenset(("oral", "intramuscular", "intravenous", "subcutaneous", "sublingual", "transdermal", "intranasal",
                     "inhaled", "topical", "im", "iv"))
# Whose usual diet or care it was: "the participants' usual diet", "their habitual diet".
_POSSESSORS = frozenset((
    "their", "his", "her", "participants'", "participants’", "patients'", "patients’", "children's", "children’s",
    "women's", "women’s", "men's", "men’s",
))


# The people a share counts, then what they got: "of infants treated with", "of those given", "of patients receiving".
_SHARE_GIVEN = re.compile(
    r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:treated\s+with|given|receiving|taking|using|on|who\s+(?:received|got|took|used))\s+(?:the\s+|a\s+)?"
)


def _canonical_at_start(target: str, strength: str) -> str | None:
    """The comparator that a comparison phrase's object names: "placebo", "sertraline",
    "exposure therapy alone", "cbt plus placebo" (-> placebo), "a wait-list control",
    and for the strongest phrases anything else named ("supportive therapy")."""
    target = _without_start(_LEADING_PREPOSITION, target.lstrip(" (:,-–—"))  # "better than, physiotherapy"  # "than with diphenhydramine", "comparator (sertraline)"
    target = _without_start(_ENUMERATOR, target)  # "or (iii) placebo": the list's numbering
    target = _without_start(_THAT_OF, target)  # "similar to that of the originator infliximab"
    target = _without_start(_WENT_ON_WITH, target)  # "to continue their usual diet"
    if target[:4] in ("the ", "our ") or target[:3] == "my ":
        target = _without_start(_TIME_ONCE_ON, target)  # "better than the two years I spent on sertraline"
    target = _without_start(_ARM_OF, target)  # "three days of prednisolone", "matched starters of a DPP-4 inhibitor"
    if target[:1] in "abdfmnqswy" and (schedule := _SCHEDULE_LED.match(target)):
        target = target[schedule.end():]  # "quarterly 5% fluoride varnish", "monthly injections of X": when, not what
    if "attention" in target[:30] and _ATTENTION_MATCHED.match(target):
        return "attention control"  # "attention-matched education": matched for attention is what makes one
    target = _without_start(_ALIKE_ARM, target)  # "a comparable but sedentary attention control program"
    if "active co" in target[:20]:
        target = _without_start(_ACTIVE_CONTROL_OF, target)  # "an active control of stretching exercises", "an active comparator, ..."
    elif "control " in target[:16] and (control_of := _CONTROL_OF.match(target)):
        target = _without_start(_AMOUNT_OF, target[control_of.end():])  # "a control of 3 g of safflower oil": the oil
    if "%" in target[:40] and (strength_led := _CONCENTRATION_LED.match(target)):
        named = target[strength_led.end():]  # "clinically standard 50% dextrose", "0.9% saline"; not "58% of those ..."
        if (arm := _without_start(_LEADING_PREPOSITION, named)) != named and (_DRUG_RE.match(arm) or _CONTROL_RE.match(arm)):
            named = arm  # "compared with 48% for carprofen": a result, then its arm
        elif named[:3] == "of " and (given := _SHARE_GIVEN.match(named)) and (_DRUG_RE.match(named, given.end()) or _CONTROL_RE.match(named, given.end())):
            named = named[given.end():]  # "compared with 85% of infants treated with miconazole gel": a result, then who got what
        if _DRUG_RE.match(named) or _CONTROL_RE.match(named) or _PRODUCT_NAMED.match(named):
            target = named  # "a 5% sodium fluoride varnish": the strength is no part of the name
    head = target[:60]
    if "low" in head or "mg" in head or "µg" in head or "μg" in head or "mcg" in head or " iu " in head:
        target = _ARM_DOSE.sub(" ", head) + target[60:]  # "low-dose (1 mg) active placebo", "1 mg active placebo"
    if ("placebo" in head or "sham" in head) and (called := _CALLED_CONTROL.match(target)):
        return called.group(1)  # "1 mg psilocybin (active placebo)", "a dim red light (sham)"
    if ("attention" in head or "contact" in head) and _CALLED_ATTENTION_CONTROL.match(target):
        return "attention control"  # "a stretching programme with matched coaching contact (attention control)"
    named_inside = _CLASS_THEN_DRUG.match(target) if strength != "control" and "(" in target else None
    if named_inside and _DRUG_RE.fullmatch(named_inside.group(1)):
        return _DRUG_KEYS[phrase_key(named_inside.group(1))]  # "an antidepressant in the Prozac family (fluvoxamine, 50 mg)"
    if strength != "control" and ("-" in target[:40] or "model" in target[:40]) and _INSULT_MODEL_GROUP.match(target):
        return "no treatment"  # "compared with chronic EF-stressed group": the disease model left untreated
    if strength != "control" and _NON_TAKERS.match(target):
        return "no treatment"  # "compared to those who did not take it"
    if strength != "control" and ("leav" in target[:12] or "left" in target[:12] or "nothing" in target[:20]) and (
            _LEFT_ALONE.match(target)):
        return "no treatment"  # "than leaving them undressed", "compared with doing nothing"
    if "-based" in target[:30] and (setting := _SETTING_ONLY.match(target)):
        return f"{setting.group(1)}-based rehabilitation"  # "non-inferior to centre-based ones": where rehabilitation is given
    if target[:1].isdigit():
        target = _without_start(_RESULT_OF, target)
        if target[:1].isdigit() and (strength_led := _CONCENTRATION_LED.match(target)) and _DRUG_RE.match(target, strength_led.end()):
            target = target[strength_led.end():]  # "versus 74% with 3% formalin": the result, then the arm's strength
    elif target[:1] in "fmlojanrhtu" and (share := _SHARE_LED.match(target)):
        target = target[share.end():]  # "compared to fewer than 40 percent in the placebo group": the share, then its arm
    if strength in ("drug", "phrase", "therapy") and target[:1] in "ast" and (unnamed := _UNNAMED_ARM_GOT.match(target)):
        target = _without_start(_UNITS_OF, target[unnamed.end():])  # "another group (n = 40) who received olive oil"
    if strength in ("drug", "phrase", "therapy") and (people := _ARM_PEOPLE.match(target)):
        # "than those given individual adolescent-focused therapy", "than pigs on a control diet"
        target, strength = target[people.end():], "therapy" if strength == "drug" else strength
        if _ACTIVITY_VERB.search(people.group(0)):
            strength = "phrase"  # "than those doing general exercise", "those who did walking": what they did is the arm
        if target[:1] in "jmo" and (lower := _LOWER_AMOUNT.match(target)):
            target = target[lower.end():]  # "women taking only 400 IU": a smaller amount, not an arm named "only"
        if target[:1].isdigit():
            target = _without_start(_AMOUNT_OF, target)  # "those who took 400 international units (IU) of vitamin E"
    if target[:1] in "schwpvfuc" and (places := _ARM_PLACES.match(target)):
        target, strength = target[places.end():], "phrase"  # "schools that kept the usual program": what they kept is the arm
    if target.startswith("those with ") and (drug := _DRUG_RE.match(target, 11)):
        return _DRUG_KEYS[phrase_key(drug.group(1))]  # "did not differ from those with pregabalin"
    target = _OBJECT_END.split(target, maxsplit=1)[0]
    words = target.split()
    after_article = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    phrase = _CONTROL_RE.match(" ".join(after_article))
    if phrase and phrase.group(1).startswith(("inert", "control", "matched", "matching")):
        # "an inert substance", "the control drink", "a matching beverage": before the first word is dropped below
        return _CONTROL_KEYS[phrase_key(phrase.group(1))]
    if after_article[:1] == ["control"] and len(after_article) > 1 and after_article[1] in _ARM_MEMBERS:
        return None  # "compared to the control piglets": the arm's members, its treatment named elsewhere
    route = given_by = ""
    # (and an owner before the arm's name: "the hospital's aqueous cream")
    while words and (words[0] in _LEADING_WORDS or words[0] in _POSSESSORS and words[1:2] and words[1] in _USUAL_WORDS
                     or words[0].endswith(("'s", "’s")) and len(words) > 1):
        route = words[0] if words[0] == "oral" else ""
        given_by = words[0] if words[0] in _ROUTES else ""
        words = words[1:]
    head = " ".join(words)
    if words and words[0] in _AVOIDING:
        return None  # "or avoid peanuts until age 5": an avoidance arm has no canonical name
    if not head or words[0] in ("monotherapy", "monotherapies", "component", "components", "agent", "agents"):
        return None  # "compared with either monotherapy" points back at arms named elsewhere
    if words[0] == "no" and len(words) > 1 and strength != "control" and (
        _TREATMENT_WORD.search(" ".join(words[1:4])) or _DRUG_RE.match(" ".join(words[1:]))
    ):
        return "no treatment"  # "compared with no cryotherapy", "no aspirin"
    if words[0] == "deferred" and len(words) > 1 and strength != "control" and words[1] not in _NOT_DEFERRED_ARMS:
        return "no treatment"  # "compared with deferred PrEP", "deferred ART": nothing during the comparison
    if words[0] in _USUAL_WORDS and (usual := _usual_arm(head)):
        return usual  # "the participants' usual diet", "the standard six-month regimen", "standard dosing"
    if words[0] in ("pl", "plc"):
        # "vs PL", "versus PLC": placebo only after a comparison ("Amarin Corporation plc" is a company)
        return "placebo"
    control = _CONTROL_RE.search(head)
    if control and (strength != "control" or control.start() == 0 or "plus" in head[: control.start()]):
        return _CONTROL_KEYS[phrase_key(control.group(1))]
    alone = _alone(head)
    if alone and 0 < alone[1] < 40 and (paired := _PAIRED_ALONE.match(head)) and not (
            set(paired.group(1).split()) & _NOT_PAIRED_WORDS) and not _DRUG_RE.match(head):
        return paired.group(1) + " alone"  # "scaling and root planing alone", "diet and exercise alone": one arm
    if alone and alone[1] == 0:
        # "oral immunotherapy alone", "topical steroid alone": as written, the route names the arm
        return f"{given_by} {alone[0]}" if given_by else alone[0]
    if strength == "control":
        return None  # "randomised to sertraline" names the intervention, not the comparator
    arm_name = " ".join(after_article)  # "active surveillance": "active" is no leading word here
    if arm_name[:1] in _NAMED_ARM_INITIALS and (arm := _NAMED_ARM_RE.match(arm_name)) and _ends_phrase(arm_name[arm.end():]):
        return _NAMED_ARM_KEYS[phrase_key(arm.group(1))]  # "than observation", "superior to expectant management"
    if control and strength == "therapy":
        return None  # "similar to that of placebo" is read by the placebo check above
    if salt := _MINERAL_SALT.match(head):
        return salt.group(0)  # "zinc acetate lozenges", "sodium nitrate capsules": the salt form is the agent, not its mineral
    for word_count in range(min(3, len(words))):
        drug = _DRUG_RE.match(" ".join(words[word_count:]))  # "OROS methylphenidate"
        if drug:
            return _combination(" ".join(words[word_count:]), drug)
    if _GENERIC_DRUG.fullmatch(words[0].strip("*_")):
        return words[0].strip("*_")
    drug_class = _DRUG_CLASS.match(head)
    if drug_class:
        return re.sub(r"s$", "", drug_class.group(0))  # "a DPP-4 inhibitor", "calcium channel blockers"
    if strength == "therapy":
        named = _named_phrase(head)
        return named if named and _TREATMENT_WORD.search(named) else None
    if strength != "phrase":
        return None
    named = _named_phrase(head)
    return f"{route} {named}" if named and route else named  # "versus oral iron": the route tells it from IV iron


def _ends_phrase(rest: str) -> bool:
    """Whether nothing but the end of the phrase follows: "observation for six months" ends the arm's name,
    "observation period" does not."""
    rest = rest.lstrip()
    return not rest or bool(_PHRASE_END.match(rest))


def _combination(head: str, drug: re.Match[str]) -> str:
    """The drug ``drug`` matched at the start of ``head``, with the partner of a fixed combination written
    after a slash or plus: "calcipotriol/betamethasone gel" is that combination, not calcipotriol."""
    generic = _DRUG_KEYS[phrase_key(drug.group(1))]
    partner = _COMBINED_WITH.match(head, drug.end())
    if partner and (other := _DRUG_RE.match(head, partner.end())):
        return f"{generic}/{_DRUG_KEYS[phrase_key(other.group(1))]}"
    return generic


_COMBINED_WITH = re.compile(r"\s*[/+]\s*")


# "25 mg or 50 mg", "1, 2, or 4 mg": the number before "or" is one of the doses listed.
_DOSE_BEFORE_OR = re.compile(r"\d\s*(?:mg|g|mcg|µg|μg|ug|iu|ml)\s*,?\s*$|\d\s*,\s*\d[\d.]*\s*,?\s*$")


def _between_doses(lowered: str, match: re.Match[str] | _ArmMatch) -> bool:
    """An "or" between two doses ("25 mg or 50 mg of X") sets doses apart, not arms."""
    end = match.end()
    return (
        lowered.startswith("or", match.start()) and end < len(lowered) and lowered[end].isdigit()
        and bool(_DOSE_BEFORE_OR.search(lowered, max(0, match.start() - 12), match.start()))
    )


# An animal group named by the insult that made the disease model: "the LPS-challenged group", "the model group".
_INSULT_MODEL_GROUP = re.compile(
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:[\w]+-(?:stressed|induced|injured|challenged|lesioned|exposed|infected|intoxicated)|model)"
    r"\s+(?:groups?|mice|rats|animals|controls?)\b"
)
# The people who went without the treatment: "those who did not take it", "people who never used it".
_NON_TAKERS = re.compile(
    r"(?:the\s+)?(?:those|people|patients|participants|individuals|women|men|adults|children|others|ones)\s+(?:who\s+)?"
    r"(?:did\s+not|didn['’]t|do\s+not|don['’]t|never|(?:had|have|has|were|was)\s+(?:never|not)|hadn['’]t|weren['’]t)\s+(?:been\s+)?"
    r"(?:take|took|taken|receive|received|use|used|get|got|have|had|try|tried|treated|given\s+(?:any\s+)?treatment)\b"
)
# An arm left without care: "leaving them undressed", "left untreated", "doing nothing", "nothing at all".
_LEFT_ALONE = re.compile(
    r"(?:(?:simply|just)\s+)?(?:(?:leaving|left)\s+(?:(?:them|it|the\s+[a-z]+|[a-z]+s)\s+)?"
    r"(?:undressed|untreated|uncovered|open|alone|bare|exposed|to\s+heal)|doing\s+nothing|nothing(?:\s+at\s+all)?)\b"
)
# A setting standing alone for the programme delivered there: "centre-based ones", "a hospital-based
# programme", a review table's "Centre-based" cell. Settings are how rehabilitation programmes differ (cardiac,
# pulmonary, stroke); one named by its setting alone is that setting's rehabilitation.
_SETTING_ONLY = re.compile(
    r"(?:(?:a|an|the|traditional|conventional|standard|supervised)\s+)*"
    r"(centre|center|hospital|clinic|facility|gym|outpatient)[\s-]based"
    r"(?:\s+(?:ones?|programm?es?|rehab(?:ilitation)?(?:\s+programm?es?)?))?"
    r"(?=\s*$|\s+(?:for|in|at|on|with|among|after|before|during|within|and|or|but|was|were|is|are|over)\b)"
)
# The people of an arm named before what they got: "those given individual therapy", "children who
# received family-based treatment", "patients assigned to supportive care". What follows names the arm.
_AVOIDING = frozenset(("avoid", "avoided", "avoiding", "avoidance", "abstain", "abstaining", "abstained", "abstinence"))
# The places randomised as clusters, before what they did: "schools that kept the usual program", "wards which continued".
_ARM_PLACES = re.compile(
    r"(?:the\s+)?(?:schools|clinics|practices|wards|hospitals|sites|villages|farms|herds|pens|communities|classes|"
    r"classrooms|centres|centers|units|pharmacies|homes)\s+(?:that|which|where\s+(?:staff|teachers|nurses|doctors))\s+"
    r"(?:kept|continued(?:\s+with)?|received|got|used|had|stayed\s+with|followed|delivered|offered|gave)\s+"
)
# The other arm of a cluster or half split, after what it got: "the other half got the usual program".
_OTHER_HALF_GOT = re.compile(
    r"\b(?:the\s+other\s+half|the\s+rest|the\s+remaining\s+(?:\w+\s+)?(?:\w+))\s+(?:\w+\s+)?"
    r"(?:got|received|continued(?:\s+with)?|kept|stayed\s+with|followed|were\s+given)\s+"
)
_ARM_PEOPLE = re.compile(
    r"(?:the\s+)?(?:those|people|patients|participants|children|adolescents|adults|women|men|infants|individuals|families|ones|peers)\s+"
    r"(?:who\s+(?:were\s+|had\s+been\s+|had\s+)?)?(?:given|receiving|received|treated\s+with|allocated\s+to|assigned\s+to|"
    r"randomi[sz]ed\s+to|taking|took|getting|got|undergoing|underwent|using|used|on|fed|doing|did|practi[sc]ing|"
    r"practi[sc]ed|performing|performed|attending|attended)\s+"
    # the animals of an arm: "pigs on a control diet", "birds fed the basal diet"
    r"|(?:the\s+)?(?:pigs|piglets|sows|birds|broilers|chicks|hens|calves|cows|cattle|lambs|ewes|animals|mice|rats|dogs|cats|"
    r"fish|horses)\s+(?:that\s+(?:were\s+)?)?(?:given|receiving|received|on|fed|kept\s+on|treated\s+with)\s+"
)
# "only", "just", "merely" before an arm's amount: the other arm took less of the same thing.
_LOWER_AMOUNT = re.compile(r"(?:only|just|merely)\s+(?=\d)")
# What people of an arm did, when it names the arm whatever it is ("those practising stretching").
_ACTIVITY_VERB = re.compile(r"(?:doing|did|practi[sc]ing|practi[sc]ed|performing|performed|attending|attended)\s+$")
# A result stated before the arm it belongs to: "compared with 58% of those using X", "versus 21% in
# the prednisolone group".
_AMOUNT_OF = re.compile(
    r"\d[\d.,]*\s*(?:mg|g|grams?|milligrams?|micrograms?|mcg|µg|μg|iu|international\s+units|units|ml)\s*(?:\([a-zµμ]+\)\s*)?of\s+(?=[a-z])"
)
_ARM_MEMBERS = frozenset((
    "pigs", "piglets", "sows", "birds", "broilers", "chicks", "hens", "calves", "cows", "cattle", "lambs", "ewes", "animals",
    "mice", "rats", "dogs", "cats", "fish", "horses", "rabbits", "goats", "sheep", "patients", "participants", "subjects",
    "children", "adults", "women", "men", "infants", "volunteers", "individuals", "people",
))
# "were compared in 90 adults with migraine": "with" tells who the people were, not what they were compared with.
_WHO_WITH = re.compile(r"\b(?:" + "|".join(sorted(_ARM_MEMBERS | {
    "adolescents", "teenagers", "girls", "boys", "neonates", "outpatients", "inpatients", "smokers", "athletes", "runners",
    "residents", "survivors", "users", "horses", "cases"})) + r")\s+with\s+$")
_RESULT_OF = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:(?:of|with|in|for|among|on)\s+)?(?=[a-z]|\d[\d.]*\s*%\s+[a-z])")


_SHARE_LED = re.compile(
    r"(?:fewer|more|less|only|just|about|nearly|almost|around|roughly|under|over)\s+(?:than\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|half|a\s+third|a\s+quarter|two[\s\-]thirds|one[\s\-]third)\s+"
    r"(?:of\s+(?:those|patients|participants|people|subjects|children|women|men)\s+)?(?:(?:of|with|in|for|among|on)\s+)?(?=[a-z])"
)


def _without_start(pattern: re.Pattern[str], text: str) -> str:
    """``text`` without what ``pattern`` matches at its start (``sub`` would try every position)."""
    found = pattern.match(text)
    return text[found.end() :] if found else text


# "deferred" before these is not an arm that went without: "deferred consent", "a deferred analysis".
_NOT_DEFERRED_ARMS = {"consent", "analysis", "analyses", "payment", "follow-up", "outcome", "outcomes", "start"}
# One treatment named by two words joined with "and", then "alone": "scaling and root planing alone".
_PAIRED_ALONE = re.compile(r"([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+alone\b")
_NOT_PAIRED_WORDS = {"either", "each", "both", "neither", "nor", "those", "people", "patients", "participants", "the", "a",
                     "with", "placebo", "drug", "drugs", "groups", "arms"}
# Punctuation, "which", "who", "with", "in" as words ("in combination" goes on), or the
# start of a second comparison ("non-inferior to sertraline and superior to placebo");
# written with the word start checked after the first letter, as above.
# How an arm is said to match the intervention before its name: "a comparable but sedentary",
# "an otherwise identical", "a time-matched": no name of the arm.
_ALIKE_ARM = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:otherwise\s+)?(?:comparable|similar|identical|equivalent|(?:time|attention)[\s-]matched|matched)(?:-(?:length|duration|time|intensity|frequency|format))?"
    r"(?:\s*,?\s*(?:but|yet)\s+(?:non-?\s?|in)?[a-z\-]+,?)?\s+(?=[a-z])"
)
_OBJECT_END = re.compile(
    r"[,;:.()\[\]\t|]|\s[-–—]\s|w(?<!\ww)(?:hich|ho|ith|hereas|hile)\b|i(?<![\w\-]i)n\b(?!-|\s+combination)|b(?<!\wb)ut\b"
    r"|a(?<!\wa)nd\s+(?:was\s+|were\s+|is\s+)?(?:non-?\s?inferior|inferior|superior|better|worse|similar|comparable|equivalent)\b"
)
_PLAIN_WORD = re.compile(r"[a-z][a-z\-']*")
# An arm named by what it matched ("attention-matched education") or by what the active control did.
_ATTENTION_MATCHED = re.compile(r"(?:(?:a|an|the)\s+)?(?:time[\s-]and[\s-])?attention[\s-]matched\s+[a-z]")
# A control arm named by what it was given: "a control of 3 g of safflower oil", "a control consisting of plain gum".
_CONTROL_OF = re.compile(r"(?:(?:a|an|the)\s+)?control\s+(?:group\s+|arm\s+)?(?:of|consisting\s+of|containing)\s+(?=[a-z\d])")
# An arm named only as another group, then what it got: "another group (n = 40) who received olive oil capsules",
# "a second arm that was given sham taping", "the other group receiving usual care".
_UNNAMED_ARM_GOT = re.compile(
    r"(?:another|a\s+second|a\s+separate|the\s+other|a|the\s+second)\s+(?:group|arm|cohort)\s+"
    r"(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s+)?(?:(?:who|that|which)\s+(?:were\s+|was\s+)?)?"
    r"(?:received|receiving|given|got|getting|took|taking|treated\s+with|assigned\s+to|allocated\s+to)\s+"
)
# How many dosage units an arm took: "four capsules of", "2 tablets of", "three sachets containing".
_UNITS_OF = re.compile(
    r"(?:\d+|one|two|three|four|five|six|eight)\s+(?:capsules?|tablets?|softgels?|pills?|sachets?|lozenges?|gummies|drops)"
    r"\s+(?:of|containing)\s+"
)
_ACTIVE_CONTROL_OF = re.compile(
    r"(?:(?:a|an|the)\s+)?active\s+control\s+(?:group\s+|condition\s+|arm\s+)?(?:of|consisting\s+of|receiving|doing)\s+(?=[a-z])"
    r"|(?:(?:a|an|the)\s+)?active\s+(?:control|comparator)(?:\s+(?:group|arm|drug|treatment))?\s*(?:,|:|\u2013|\u2014|-)\s*(?=[a-z])"
)
# The strength an arm's solution was given at, before its name.
# A product named by its agent and form after a strength: "5% sodium fluoride varnish", "2% chlorhexidine gel".
_PRODUCT_NAMED = re.compile(r"(?:[a-z][\w\-]*\s+){1,3}?(?:varnish|gel|cream|ointment|mouthwash|mouthrinse|rinse|solution|"
                            r"toothpaste|dentifrice|spray|drops|lotion|foam|paste)\b")
_CONCENTRATION_LED = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:clinically\s+)?standard\s+)?\d+(?:\.\d+)?\s*%\s+(?=[a-z])")
# A dose written before the comparator's name ("1 mg active placebo", "a low-dose (1 mg) placebo").
_ARM_DOSE = re.compile(
    r"(?<!\S)(?:(?:ultra|very)[\s-]*)?low(?:er)?[\s-]*dose\b|(?:ultra|very)[\s-]*low\b|\(\s*\d[\d.,]*\s*(?:mg|µg|μg|mcg)\b[^()]{0,12}\)"
    r"|^\s*(?:an?\s+|the\s+)?\d[\d.,]*(?:\s*(?:-|–|to)\s*\d[\d.,]*)?[\s-]*(?:mg|µg|μg|mcg|iu)\b(?:\s*/\s*(?:kg|day|d)\b)*"
    r"(?:\s+(?:daily|a\s+day|per\s+day))?(?:\s+(?:dose\s+)?of\b)?"
)
# An arm named, then called a placebo or a sham in brackets: "psilocybin (active placebo)",
# "dim red light (sham)", "detuned ultrasound (sham control)".
_CALLED_CONTROL = re.compile(
    r"\s*(?:[\w\-]+\s+){0,4}?\(\s*(?:an?\s+|the\s+)?(?:active[\s-]+|inactive\s+)?(placebo|sham)\b"
)
# An arm named, then called an attention control in brackets: "a stretching programme with matched
# coaching contact (attention control)", "board games (an attention-control condition)".
_CALLED_ATTENTION_CONTROL = re.compile(
    r"\s*(?:[\w\-]+\s+){0,8}?\(\s*(?:an?\s+|the\s+)?(?:attention|(?:matched\s+)?contact)[\s-]+(?:matched\s+)?control\b"
)
# What a group went on with as before, or the standard way of giving the treatment: "the participants'
# usual diet", "their habitual diet", "the standard six-month regimen", "standard dosing".
_USUAL_WORDS = {"usual", "habitual", "normal", "regular", "customary", "standard", "routine"}
_USUAL_ARM = re.compile(
    r"(?:usual|habitual|normal|regular|customary)\s+(?:diets?|eating|dietary\s+intake|food(?:\s+intake)?|feed|ration|lifestyle|routine)\b"
    r"|standard\s+(?:[\w\-]+\s+){0,2}?(?:regimens?|dosing|schedules?|protocols?|courses?|doses?|duration|approach)\b"
    # "standard inpatient phototherapy", "routine physiotherapy", "routine clinic follow-up": the care the
    # setting gives anyway
    r"|(?:standard|routine|usual)\s+(?:[\w\-]+\s+){0,2}?(?:care|phototherapy|management|follow[\s\-]?up)\b"
    r"|(?:routine|usual)\s+(?:[\w\-]+\s+){0,4}?(?:therapy|treatment|physiotherapy|rehabilitation|program(?:me)?s?|services?|"
    r"practices?|curricul(?:um|a))\b"
)


def _usual_arm(head: str) -> str | None:
    """Treatment as usual for an arm that kept its usual diet or got the standard regimen; None when
    a drug is named in it ("the standard dose of rifampicin" is rifampicin's own arm)."""
    if not _USUAL_ARM.match(head):
        return None
    drug = _DRUG_RE.search(head)
    return _DRUG_KEYS[phrase_key(drug.group(1))] if drug else "treatment as usual"


# A drug class named first, the drug itself in brackets after it.
_CLASS_THEN_DRUG = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}(?:antidepressants?|ssris?|snris?|antipsychotics?|benzodiazepines?|stimulants?|"
    r"drugs?|medications?|medicines?|statins?|analgesics?|hypnotics?|anxiolytics?|antihypertensives?|prophylactics?|"
    r"preventives?|agents?|comparators?)\b[^.;()]{0,40}?"
    r"\(\s*(?:e\.g\.,?\s*|i\.e\.,?\s*)?([a-z][\w\-]*)"
)
# What stands before the comparator's own name: a course ("three days of prednisolone",
# "a 5-day course of") or the people on it ("matched starters of a DPP-4 inhibitor").
_ARM_OF = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:matched|matching|propensity[\s\-]score[\s\-]matched|propensity[\s\-]matched)\s+)?"
    r"(?:(?:new\s+)?(?:starters|users|initiators|recipients|takers)\s+of\s+|"
    r"(?:(?:standard|usual|full|recommended|conventional|regular)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)[\s\-]+(?:days?|weeks?|months?|doses?)(?:'s?)?"
    r"(?:\s+course)?\s+of\s+|"
    # "3 sessions of radial shockwave therapy", "ten weekly treatments of acupuncture": how many, then the therapy
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)\s+(?:(?:weekly|daily|monthly|fortnightly)\s+)?"
    r"(?:sessions|treatments|applications|visits)\s+of\s+|\d+[\s\-]+(?:day|week|month)\s+course\s+of\s+|"
    # "a single dose of albendazole", "a standard course of amoxicillin", "daily doses of iron"
    r"(?:(?:single|one-off|standard|usual|full|daily|weekly|twice-daily|once-daily)\s+)?(?:doses?|course|regimen|injections?|infusions?)\s+of\s+)"
)
# A mineral given as one of its salts: "magnesium oxide", "ferrous sulfate", "zinc picolinate".
_MINERAL_SALT = re.compile(
    r"(?P<mineral>magnesium|zinc|calcium|ferrous|ferric|iron|potassium|sodium|chromium|selenium|copper|manganese|lithium)\s+"
    r"(?P<form>oxide|citrate|glycinate|bisglycinate|carbonate|sulfate|sulphate|gluconate|chloride|picolinate|fumarate|lactate|"
    r"aspartate|malate|threonate|orotate|taurate|ascorbate|polymaltose|succinate|hydroxide|phosphate|selenite|selenate|"
    r"acetate|nitrate)\b(?![\w\-])"
)
_SALT_AFTER = re.compile(r"\s*(?:(?:the|an?)\s+)?(?P<salt>" + _MINERAL_SALT.pattern + ")")
# A drug class named as the comparator: "a DPP-4 inhibitor", "GLP-1 receptor agonists".
_DRUG_CLASS = re.compile(
    r"(?:[a-z0-9][\w\-]*\s+){0,2}?[a-z0-9][\w\-]*[\s\-]+(?:inhibitors?|agonists?|antagonists?|blockers?)\b"
    r"|(?:sulfonylureas?|sulphonylureas?|thiazolidinediones?|biguanides?|ssris?|snris?|tricyclics?|triptans?|nsaids?|"
    r"benzodiazepines?|statins?|opioids?|antipsychotics?|antidepressants?|stimulants?|antihistamines?|corticosteroids?)\b"
)
# A list item's numbering: "(iii) placebo", "c) usual care" (its opening bracket already stripped).
# How often an arm was given, written before what it was: "(an) annual", "quarterly", "six-monthly", "weekly".
# An arm of the same agent on another schedule keeps its schedule (see _schedule_arm, read before this).
_SCHEDULE_LED = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:annual|yearly|biannual|bi-annual|semi-?annual|six-monthly|quarterly|"
    r"three-monthly|monthly|fortnightly|biweekly|bi-weekly|weekly|daily|nightly)\s+(?=(?:\d|[a-z]))(?!(?:dos|regimen|schedule|basis)\w*)"
)
_ENUMERATOR = re.compile(r"(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+")
_LEADING_PREPOSITION = re.compile(r"^\s*(?:with|in|on|among|for)\s+")
# The time a writer spent on what came before: "(better than) the two years I spent on sertraline",
# "my six months on duloxetine", "the year we were on melatonin".
_TIME_ONCE_ON = re.compile(
    r"^(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|days?|time)\s+(?:(?:that\s+)?(?:i|we|he|she|they)\s+"
    r"(?:spent|was|were|had\s+been)\s+)?on\s+"
)
_THAT_OF = re.compile(r"^(?:that|those)\s+(?:of|with|in|on)\s+")
# An arm that went on as before: "(to) continue their usual diet", "maintain their usual routine".
_WENT_ON_WITH = re.compile(
    r"^(?:to\s+)?(?:continu\w*|maintain\w*|keep(?:ing)?|kept|stay(?:ing|ed)?\s+on|remain(?:ing|ed)?\s+on)\s+(?:with\s+|on\s+)?"
    r"(?=(?:the\s+|their\s+|his\s+|her\s+|participants['’]\s+|patients['’]\s+)?(?:usual|habitual|normal|regular|customary|standard)\b)"
)
_TREATMENT_WORD = re.compile(
    r"\b(?:\w*therapy|treatment|training|clearance|drainage|cbt|dbt|ect|emdr|act|psychotherapy|counsell?ing|exercises?|medication|"
    r"interventions?|programm?e?s?|\w*education|activation|exposure|mindfulness|yoga|acupuncture|stimulation|r?tms|tdcs|"
    r"surgery|meditation|hypnosis|biofeedback|neurofeedback|care|restriction|diet|dieting|fasting|"
    r"\w*ablation|excision|resection|stenting|angioplasty|bypass|transplantation|emboli[sz]ation|ligation|banding|"
    r"arthroplasty|rehabilitation|dialysis|laparoscopy|cystectomy|hysterectomy|\w+ectomy|\w+plasty|"
    # procedures, devices and supportive care: "as effective as casting", "non-inferior to CPAP"
    r"casting|splint(?:ing|s)?|brac(?:e|es|ing)|an(?:a)?esthesia|analgesia|sedation|ventilation|cpap|oxygen|"
    r"sutures?|suturing|dressings?|bandag(?:e|es|ing)|stockings|varnish|sealants?|drops|formula|injections?|blocks?|"
    r"irrigation|drainage|stent(?:s|ing)?|pessary|cerclage|massage|laser|supplementation|vaccination|"
    # a device, not a measuring one ("the reference device"), and teaching by a person: "than an oscillating
    # PEP device", "more than face-to-face teaching"
    r"(?<=[a-z][\s-])(?<!reference\s)(?<!standard\s)devices?|inhalers?|nebuli[sz]ers?|teaching|instruction|coaching)\b"
)


_VERBS = {
    "reduce", "improve", "prolong", "increase", "lower", "decrease", "prevent", "change", "affect", "alter", "shorten",
    "lengthen", "raise", "delay", "extend", "slow", "worsen", "boost", "enhance", "relieve", "ease", "cause", "lead",
    "show", "achieve", "reach", "restore", "maintain", "halve", "cut",
}
# How often an arm was given, after its name: "hyaluronic acid gel every 3 days", "saline twice daily".
_SCHEDULE_TAIL = {
    "every", "each", "once", "twice", "thrice", "daily", "weekly", "nightly", "monthly", "fortnightly", "hourly",
    "per", "a", "an", "times", "three", "four", "on", "alternate",
}
_SCHEDULE_TIMES = {"morning", "evening", "night", "day", "week", "month", "bedtime", "other"}
_FORMAT_WORDS = {"sessions", "session", "classes", "class", "lessons", "meetings", "workshops", "visits", "calls"}
# The capsules an oil came in: "safflower oil capsules" is safflower oil (a "rice-flour capsule" is the arm itself).
_PILL_WORDS = {"capsules", "capsule", "softgels", "tablets", "pills"}
_NOUN_PAIR = re.compile(r"[a-z]{4,}-[a-z]{4,}")
_ARM_WORDS = {"control", "controls", "condition", "conditions", "group", "groups", "arm", "arms", "cohort"}


def _named_phrase(head: str) -> str | None:
    """A comparator outside the lexicons, as named: "supportive therapy"."""
    phrase = _PHRASE_END.split(head, maxsplit=1)[0].strip(" *_-")
    words = phrase.split()
    while words and (words[-1] in _ARM_WORDS or words[-1] in _SCHEDULE_TAIL or (
            len(words) > 2 and words[-1] in _SCHEDULE_TIMES and words[-2] in _SCHEDULE_TAIL)):
        words.pop()  # "a psychoeducation control group" is psychoeducation; "X gel every 3 days" is X gel
    if len(words) > 1 and words[-1] in _FORMAT_WORDS:
        words.pop()  # "health-education sessions": how the arm was delivered, not what it was
        if len(words) == 1 and _NOUN_PAIR.fullmatch(words[0]):
            words = words[0].split("-")  # "health-education" named without its head is "health education"
    if len(words) > 2 and words[-1] in _PILL_WORDS and words[-2] == "oil":
        words.pop()
    if len(words) > 1 and words[0] == "so-called":
        words = words[1:]
    while len(words) > 1 and words[0] in _SCHEDULE_WORDS:
        words = words[1:]  # "daily iron supplementation": how often, not which arm
    if len(words) > 1 and words[0] == "individual" and words[1] not in _NOT_COMPARATORS:
        words = words[1:]  # "individual supportive therapy": how it was delivered, not which therapy
    if words and words[-1] in ("of", "a", "an", "the"):
        return None  # "a superdose of": the name goes on past what was read
    if words and (words[0] in _VERBS or words[0] in ("with", "without")):
        return None  # "did not prolong survival or reduce treatment breaks": an outcome; "those without diabetes": a subgroup
    if len(words) > 1 and words[0] in ("conventional", "traditional", "classic", "classical"):
        words = words[1:]  # "conventional calorie restriction"
    phrase = " ".join(words)
    if words and (words[-1] in _NOT_ARM_HEADS or (words[0].startswith("non") and words[0].endswith("s"))):
        return None  # "the lowest quintile", "non-users" (but "non-directive counselling" is an arm)
    # "standard rTMS", "general exercise" (but "the general population")
    standard_therapy = words[:1] in (["standard"], ["general"]) and bool(_TREATMENT_WORD.search(" ".join(words[1:])))
    if not 1 <= len(words) <= 4 or (words[0] in _NOT_COMPARATORS and not standard_therapy) or not all(_PLAIN_WORD.fullmatch(w) for w in words):
        return None
    if standard_therapy and words[0] == "standard" and len(words) >= 3:
        # "standard pulmonary rehabilitation", "standard cardiac rehabilitation": a programme named by its kind is
        # that programme ("standard rTMS" keeps the word that tells the protocol from the one tested)
        return " ".join(words[1:])
    return phrase


def _alone(lowered: str) -> tuple[str, int] | None:
    """("exposure therapy alone", start) for "… compared with exposure therapy alone"."""
    if "alone" not in lowered and "monotherapy" not in lowered:
        return None
    for match in _ALONE_RE.finditer(lowered, _alone_scan_start(lowered)):
        words = match.group(1).split()
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        if "what" in words:
            words = words[len(words) - words[::-1].index("what"):]  # "no change in BMI beyond what diet alone achieved"
        if words and (words[-1] in ("either", "each", "both", "respective") or "nor" in words or "neither" in words):
            continue  # "neither X nor Y alone was compared": no arm was run  # "than either monotherapy" points back at arms named elsewhere
        # ("fell by 7.1 with the combination and 4.9 with tamsulosin alone" is a result, not a count)
        if len(words) > 1 and words[0].isdigit() and not _UNIT_WORD.match(words[1]) and words[1] != "with":
            continue  # "(21 psychotherapy+pharmacotherapy; 9 psychotherapy alone)": people counted by their therapy
        if words and not any(w in ("this", "that", "not", "which", "was", "were", "is") for w in words):
            keep = _therapy_words(words)
            offset = match.start(1) + match.group(1).find(keep[0]) if keep else match.start(1)
            if _REJECTED_ALONE_BEFORE.search(lowered, max(0, offset - 20), offset):
                continue  # "X with caffeine rather than X alone": the arm not run
            while len(keep) > 1 and keep[0] in _SCHEDULE_WORDS:
                keep = keep[1:]  # "daily calorie restriction alone": how often, not which arm
            if keep and keep[-1] in _HOW_TAKEN:
                continue  # "honey, given alone or with a liquid": how it was taken, no arm
            return " ".join(keep) + " alone", offset
    return None


# What makes an arm of "X alone": another arm beside it, a comparison or a result ("seizures are rarely
# controlled with valproate and clobazam alone" tells the disease, not a trial's control; a citation's
# number in brackets is no result; "X alone didn't help" tells how that arm did).
_ARMS_SET_SIDE_BY_SIDE = re.compile(
    r"(?<![\w\[])\d(?![\d,\s\-\u2013]*\])|\+|\b(?:than|compar\w*|versus|vs|against|over|random\w*|assign\w*|allocat\w*|add\w*|plus|combin\w*|together|"
    r"alongside|along|arms?|groups?|trials?|stud(?:y|ies|ied)|either|both|better|worse|more|less|fewer|greater|superior|"
    r"inferior|similar\w*|equal\w*|differ\w*|or|on\s+top|adjunct\w*|augment\w*|did|didn|does|doesn|work\w*|help\w*|fail\w*)\b"
)
_UNIT_WORD = re.compile(r"(?:mg|g|mcg|µg|μg|ug|iu|ml|units?|grams?|milligrams?|sessions?|weeks?|days?|months?)\b")
_HOW_TAKEN = {"given", "taken", "used", "applied", "administered", "eaten", "drunk", "worn", "done", "performed", "swallowed", "mixed"}
_SCHEDULE_WORDS = {
    "daily", "nightly", "weekly", "monthly", "fortnightly", "biweekly", "once-daily", "twice-daily", "once-weekly",
    "twice-weekly", "thrice-weekly", "once-nightly", "once-monthly", "weekday", "weekend",
}
_REJECTED_ALONE_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:with\s+|[a-z]+ing\s+)?$")
# Words in -ed/-ing that name a kind of therapy rather than what was done to the arm.
_THERAPY_ADJECTIVES = {
    "training", "prolonged", "guided", "supervised", "extended", "enhanced", "modified", "structured", "focused",
    "focussed", "tailored", "blended", "sustained", "accelerated", "computerised", "computerized", "standardised",
    "standardized", "individualised", "individualized", "web-based", "internet-based", "mindfulness-based",
}


def _alone_scan_start(lowered: str) -> int:
    """Where the "… alone" scan may start: its words lie within the last four
    whitespace-separated tokens before an "alone" or "monotherapy", so nothing matches
    before the fifth token ahead of the first one. Skipping the text before saves
    trying the pattern at every character of a long sentence."""
    first = min(i for i in (lowered.find("alone"), lowered.find("monotherapy")) if i >= 0)
    head = lowered[:first].rsplit(None, 5)
    return len(head[0]) if len(head) == 6 else 0


def _therapy_words(words: list[str]) -> list[str]:
    """The treatment's own name from the words before "alone": "received CBT" -> ["cbt"]."""
    for i, word in enumerate(words):
        if word in _DETERMINERS or word.endswith(("ed", "ing")) and word not in _THERAPY_ADJECTIVES and not word.endswith("-based") and (
                i + 1 < len(words) or word.endswith("ed") or i == 0):
            return _therapy_words(words[i + 1 :]) if i + 1 < len(words) else words[i:]
    return words  # "night splinting", "pelvic floor training": a last word in -ing after its modifiers is the therapy
