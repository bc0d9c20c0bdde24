"""Field values of a study claim: N, dose, comparator, outcome measures, population,
direction of the finding and whether the trial is still ongoing.

Each field has its own module and ``parse_*`` function working on plain text, so table
cells and CSV fields are parsed by the same code as sentences. ``analyse`` runs them
all over one sentence, ``merge`` gathers one claim's values over several sentences or
cells, and ``extract_facts`` turns a trusted record's abstract into its facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from pipeline.model import Dose

from extractors.fields.comparator import (
    CONTROLS,
    EQUAL_PAIR_RE,
    drug_mentions,
    kept_drug,
    learn_drug_abbreviations,
    names_a_drug_of_class,
    names_no_comparator,
    parse_comparator,
    same_drug_doses,
    states_comparator_role,
)
from extractors.fields.direction import (
    comparator_did_better,
    denies_previous_significance,
    parse_direction,
    parse_ongoing,
)
from extractors.fields.dose import add_dose, parse_doses, read_doses
from extractors.fields.dose_background import without_background_doses
from extractors.fields.harms import reports_harms_only
from extractors.fields.markers import unglue_markers
from extractors.fields.n import parse_n
from extractors.fields.outcomes import add_measure
from extractors.fields.outcomes import learn_abbreviations as learn_outcome_abbreviations
from extractors.fields.outcomes import parse_outcomes
from extractors.fields.population import parse_population

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "CONTROLS",
    "Abbreviations",
    "FieldValues",
    "analyse",
    "extract_facts",
    "learn_abbreviations",
    "merge",
    "names_no_comparator",
    "parse_comparator",
    "parse_direction",
    "parse_doses",
    "parse_n",
    "parse_ongoing",
    "parse_outcomes",
    "parse_population",
]


@dataclass
class FieldValues:
    n: int | None = None
    n_detail: dict = field(default_factory=dict)  # randomized, enrolled, completed, analysed, arms, text
    dose: list[Dose] = field(default_factory=list)
    dose_is_bound: bool = False  # ``dose`` holds only a tolerability bound ("well tolerated at doses up to 1 g/day")
    comparator: str | None = None
    outcome_measures: list[str] = field(default_factory=list)
    population: str | None = None
    direction: str = "unknown"  # positive | null | negative | mixed | unknown
    ongoing_trial: bool = False
    text: str = field(default="", repr=False)  # what the values were read from, for re-reading the direction

    @property
    def is_empty(self) -> bool:
        """Nothing quantitative or evaluative: no N, dose, comparator, outcome, direction
        or ongoing trial (a population alone does not make a claim)."""
        return (
            self.n is None
            and not self.dose
            and self.comparator is None
            and not self.outcome_measures
            and self.direction == "unknown"
            and not self.ongoing_trial
        )


class Abbreviations(dict):
    """A document's own short forms: of outcome measures as the mapping itself
    ({"HRSD-17": "HAMD"}, what :func:`parse_outcomes` reads), of drugs in ``drugs``
    ({"MET": "metformin"}, what :func:`parse_comparator` reads).

    ``analysed`` keeps what :func:`analyse` read from each of the document's sentences
    with these short forms: a claim's sentences are analysed several times (whether they
    stand alone, join a draft, close it), and the memo lives exactly as long as the
    document's short forms, so no other document's sentence is read for free."""

    drugs: dict[str, str]
    analysed: dict[str, FieldValues]

    def __init__(self, measures: dict[str, str], drugs: dict[str, str]) -> None:
        super().__init__(measures)
        self.drugs = drugs
        self.analysed = {}


def learn_abbreviations(text: str) -> Abbreviations:
    """The short forms ``text`` defines as "Full Name (ABBR)", for measures and drugs."""
    return Abbreviations(learn_outcome_abbreviations(text), learn_drug_abbreviations(text))


def analyse(span: Span | Doc | str, local_abbreviations: dict[str, str] | None = None) -> FieldValues:
    """All field values stated in one sentence (or cell, or short passage); the same
    values again for a sentence analysed before with the same :class:`Abbreviations`
    (callers read them, never change them)."""
    text = span if isinstance(span, str) else span.text
    if not isinstance(local_abbreviations, Abbreviations):
        return _analyse(text, local_abbreviations)
    analysed = local_abbreviations.analysed.get(text)
    if analysed is None:
        analysed = local_abbreviations.analysed[text] = _analyse(text, local_abbreviations)
    return analysed


def analyse_all(texts: list[str], abbreviations: Abbreviations) -> None:
    """:func:`analyse` these sentences now, every field of them, one field over all the
    sentences before the next field: one parser's patterns stay in the CPU cache from
    sentence to sentence. Their values are kept with ``abbreviations``."""
    new = [text for text in dict.fromkeys(texts) if text not in abbreviations.analysed]
    unglued = [unglue_markers(text) for text in new]  # "placebo¹" is placebo
    counts = [parse_n(text) for text in unglued]
    comparators = [parse_comparator(text, abbreviations.drugs) for text in unglued]
    doses = [read_doses(text) for text in unglued]
    values = [_values(*read, abbreviations) for read in zip(unglued, counts, comparators, doses)]
    abbreviations.analysed.update(zip(new, values))
    read_on_demand_fields(values)


def read_on_demand_fields(values: list[FieldValues]) -> None:
    """Read now every field of these sentences' values that is parsed when first read,
    one field over all the sentences before the next field: one parser's patterns stay in
    the CPU cache from sentence to sentence."""
    for name in _ON_DEMAND:
        for value in values:
            getattr(value, name)


def _analyse(text: str, local_abbreviations: dict[str, str] | None) -> FieldValues:
    text = unglue_markers(text)  # "placebo¹" is placebo
    return _values(text, parse_n(text), parse_comparator(text, getattr(local_abbreviations, "drugs", None)),
                   read_doses(text), local_abbreviations)


def _values(text: str, count: tuple[int | None, dict], comparator: str | None, read: tuple[list[Dose], list[Dose]],
            local_abbreviations: dict[str, str] | None) -> FieldValues:
    """The values of one unglued sentence from its N, comparator and doses, read."""
    n, n_detail = count
    doses, bounds = read
    if doses and comparator and comparator not in CONTROLS and not comparator.endswith(" alone") and (
            comparator != same_drug_doses(text.lower())) and comparator != kept_drug(text.lower()):
        # not when the arms are two doses of one drug, nor for an add-on's base ("X plus paracetamol versus paracetamol
        # alone (paracetamol 15 mg/kg ...)"): every arm had it, so its dose is the intervention's too; nor for the drug a
        # step-down arm lowers and the control arm keeps ("step-down to 10 mg or continued 20 mg"): the same drug
        doses = _without_comparator_doses(text, doses, comparator)
    if len(doses) >= 2 and comparator == "placebo" and "placebo" in text.lower():
        doses = _without_placebo_doses(text, doses)
    if len(doses) >= 2:
        doses = without_background_doses(text, _first_arm_doses(text, doses), comparator)
    return _SentenceValues(
        text,
        local_abbreviations,
        n=n,
        n_detail=n_detail,
        dose=doses or bounds,
        dose_is_bound=not doses and bool(bounds),
        comparator=comparator,
    )


class _ReadOnDemand:
    """A field of :class:`_SentenceValues` parsed from the sentence when first read, then
    kept in the instance like any field set (which it may be instead)."""

    def __init__(self, read: Callable[[_SentenceValues], object]) -> None:
        self.read = read

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, values: _SentenceValues | None, owner: type | None = None) -> object:
        if values is None:
            return self
        value = values.__dict__[self.name] = self.read(values)
        return value


class _SentenceValues(FieldValues):
    """What :func:`analyse` gives. N, dose and comparator are parsed at once; the other
    fields when first read, which for most sentences analysed is never: whether a
    sentence states anything is settled by the first field found (``is_empty`` reads N,
    dose and comparator first), a claim takes the first population its sentences state,
    and a sentence no claim takes is not read further (the sentences a document will
    likely claim are read whole, field by field, by :func:`analyse_all`)."""

    outcome_measures = _ReadOnDemand(lambda values: parse_outcomes(values.text, values.abbreviations))
    population = _ReadOnDemand(lambda values: parse_population(values.text))
    # a trial still recruiting has no result: "now recruiting 200 patients to compare the accelerated schedule with ..."
    direction = _ReadOnDemand(lambda values: "unknown" if values.ongoing_trial else parse_direction(values.text, values.comparator))
    ongoing_trial = _ReadOnDemand(lambda values: parse_ongoing(values.text))

    def __init__(self, text: str, abbreviations: dict[str, str] | None, n: int | None, n_detail: dict,
                 dose: list[Dose], dose_is_bound: bool, comparator: str | None) -> None:
        # Not the dataclass __init__, which would store a default in every field read on demand.
        self.__dict__.update(n=n, n_detail=n_detail, dose=dose, dose_is_bound=dose_is_bound, comparator=comparator,
                             text=text, abbreviations=abbreviations)


_ON_DEMAND = tuple(name for name, member in vars(_SentenceValues).items() if isinstance(member, _ReadOnDemand))


# A dose the placebo arm was given, as an active placebo's: "against an active placebo of niacin 100 mg",
# "against a 25 mg riboflavin "placebo"".
_PLACEBO_DOSE = re.compile(
    r"\bplacebo\W{0,2}\s+(?:of|containing|with)\s+(?:[a-z-]+\s+){0,2}?(?P<after>\d[\d.,]*\s*(?:mg|g|mcg|µg|ug|iu|ml|%))"
    r"|(?P<before>\d[\d.,]*\s*(?:mg|g|mcg|µg|ug|iu|ml|%))\s+(?:(?!(?:or|and|vs|versus|to|with|plus|against|than|over|compared|in|on|for|as|of)\b)[a-z-]+\s+){0,2}?[\"'“‘]?(?:active\s+)?placebo\b",
    re.IGNORECASE,
)


def _without_placebo_doses(text: str, doses: list[Dose]) -> list[Dose]:
    """``doses`` less those an active placebo was given at, when a dose of the treatment remains."""
    placebo = {found.group("after") or found.group("before") for found in _PLACEBO_DOSE.finditer(text)}
    kept = [dose for dose in doses if dose.text not in placebo]
    return kept if kept else doses


def _without_comparator_doses(text: str, doses: list[Dose], comparator: str) -> list[Dose]:
    """"... more than zolpidem 6.25 mg", "as well as paroxetine 20 mg", "versus 20 mg
    paroxetine": a dose written right after the comparator drug's name, or right before it
    after a comparison word or as the second of two arms that did alike, is the comparator's,
    not the claim's."""
    lowered = text.lower()
    names = [(found.start(), found.end()) for found in _word_pattern(comparator).finditer(lowered)]
    if not names:
        # the comparator under another of its names: "than paracetamol 1 g" for acetaminophen
        names = [(start, end) for start, end, generic in drug_mentions(lowered) if generic == comparator]
    if not names:
        return doses
    paired = EQUAL_PAIR_RE.search(lowered) if " and " in lowered else None  # "15% X gel and 0.75% Y gel gave similar ..."
    kept = []
    position = 0
    for i, dose in enumerate(doses):
        # "a 1% clotrimazole cream ... as terbinafine 1% cream": the same words again are the next dose written
        # (one list's doses share their words, but not their values)
        earlier = doses[i - 1] if i else None
        again = text.find(dose.text, position + 1) if earlier and dose.text and (
            dose.text != earlier.text or (dose.value, dose.unit) == (earlier.value, earlier.unit)) else -1
        start = again if again >= 0 else text.find(dose.text, position) if dose.text else -1
        if start >= 0:
            position = start
        if not any(
            end <= start < end + 25 or (
                start < name_start and _DOSE_THEN_NAME.fullmatch(lowered, start, name_start)
                and (_COMPARED_BEFORE.search(lowered, max(0, start - 60), start) or (paired is not None and paired.end() == start))
            )
            for name_start, end in names
        ):
            kept.append(dose)
    return kept


# What sets a dose written before its drug's name against the claim's: "vs 20 mg paroxetine",
# "compared with 10 mg escitalopram" (but "received 100 mg of quetiapine ... than quetiapine"
# is the claim's own dose).
_COMPARED_BEFORE = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:with|to|against)|than|as\s+[a-z]+\s+as|against|(?:non-?)?inferior\s+to|superior\s+to|"
    r"equivalent\s+to|out-?perform(?:ed|s|ing)?)\s+(?:(?:a|an|the)\s+)?$"
    r"|\bor\s+(?:(?:a|an|the)\s+)?(?:[a-z]+ly\s+)?$"
    r"|\bcompared\s+(?:[\w-]+\s+){1,4}?with\s+(?:(?:a|an|the)\s+)?$"  # "compared rosemary oil with 2% minoxidil"
    r"|\b(?:vs\.?|versus)\s+\d[\d.,]*\s*%\s+(?:with|in|on|among)\s+(?:(?:a|an|the)\s+)?$"  # "healed 78% versus 74% with 3% formalin"  # "randomised to X or (quarterly) 5% sodium fluoride varnish": the other arm's strength
)
# A dose written before its drug's name: "20 mg paroxetine", "10-20 mg/day of fluoxetine", "2% clindamycin",
# "10 IU intramuscular oxytocin".
_DOSE_THEN_NAME = re.compile(
    r"[\d.,]+(?:\s*(?:-|\u2013|to|or|and)\s*[\d.,]+)?\s*-?\s*(?:mg|g|mcg|µg|μg|ug|iu|ml|units?|%)"
    r"(?:\s*/\s*(?:kg|day|d))*\s+(?:(?:daily|a\s+day|per\s+day)\s+)?(?:of\s+)?"
    r"(?:(?:oral|intravenous|iv|intramuscular|im|subcutaneous|sublingual|rectal|intranasal|inhaled|topical)\s+)?"
)


# What lies between a drug's name and its dose ("bupropion SR 150 mg", "nicotine patch 21 mg", "melatonin (3 mg").
_NAME_TO_DOSE = re.compile(r"\s*(?:[a-z][a-z\-]{0,15}\s+){0,2}[(,:]?\s*")
# Arms listed one after another ("varenicline 1 mg, bupropion 150 mg or placebo", "melatonin 3 mg, amitriptyline 25 mg
# and placebo"), not combined ("sertraline 50 mg plus quetiapine 25 mg").
_ALTERNATIVE = re.compile(r"\b(?:or|versus|vs)\b|\band\s+(?:a\s+|an\s+|the\s+|matching\s+)?(?:placebo|sham|vehicle|saline)\b")
# (an arm's cap and device may stand between: "0.2 mg/kg (maximum 10 mg) delivered by atomiser or rectal diazepam 0.5 mg/kg")
_ARM_LIST_GAP = re.compile(r"[^.;]{0,64}?(?:,|\bor\b|\bversus\b|\bvs\b)(?![^.;]*?\b(?:plus|combined|combination|added|with)\b)[^.;]{0,20}")


# Counts allocated arm by arm ("60 to caffeine 20 mg/kg and 60 to aminophylline 5 mg/kg"), and one arm compared
# with the next ("compared meloxicam 0.2 mg/kg with carprofen 4 mg/kg"): the later drug's arm is another arm.
_ALLOCATED_GAP = re.compile(r"[^.;]{0,30}?(?:,|\band\b|\bwhile\b|\bwhereas\b|[\u2013\u2014;])\s*(?:and\s+)?\d[\d,]*\s+(?:\w+\s+)?(?:to|received|got)\s+(?:an?\s+|the\s+)?")
# ("sertraline 50 mg combined with quetiapine 25 mg" is one arm; "compared with placebo, X 5 mg with Y 2 mg" too).
_COMPARED_WITH_GAP = re.compile(
    r"(?:(?!\b(?:and|plus|combined|combination|together|along|added|co-?administered)\b)[^.;]){0,40}?\b(?:with|to|against)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z][a-z\-]+\s+){0,2}")
_COMPARING_BEFORE = re.compile(r"\bcompar(?:ed|ing|es|e)\s+(?:(?!(?:with|to|against)\b)[^.;,]){0,70}$")


def _first_arm_doses(text: str, doses: list[Dose]) -> list[Dose]:
    """"randomised to varenicline 1 mg, bupropion 150 mg, nicotine patch 21 mg/day or
    placebo", "160 mg Silexan, 80 mg Silexan, 20 mg paroxetine, or placebo": the doses of
    the other active arms listed after the first (an active comparator's) are theirs."""
    lowered = text.lower()
    drugs = drug_mentions(lowered)
    if not drugs:
        return doses
    owners: list[tuple[str, int, int] | None] = []  # (drug, arm start, arm end) of each dose
    position = 0
    for dose in doses:
        start = text.find(dose.text, position) if dose.text else -1
        if start >= 0:
            position = start
        owners.append(_owner(text, lowered, drugs, start, dose) if start >= 0 else None)
    named = [o for o in owners if o]
    if len({o[0] for o in named}) < 2:
        return doses
    first = named[0][0]
    first_end = max(o[2] for o in named if o[0] == first)
    later = [o for o in named if o[0] != first]
    if not (_ARM_LIST_GAP.fullmatch(lowered, first_end, later[0][1]) and _ALTERNATIVE.search(lowered, first_end)
            or _ALLOCATED_GAP.fullmatch(lowered, first_end, later[0][1])
            or _COMPARED_WITH_GAP.fullmatch(lowered, first_end, later[0][1])
            and _COMPARING_BEFORE.search(lowered, max(0, named[0][1] - 80), named[0][1])):
        return doses  # "40 mg atorvastatin, 5 mg amlodipine and 100 mg aspirin" in one pill
    return [dose for dose, owner in zip(doses, owners) if owner is None or owner[0] == first]


def _owner(text: str, lowered: str, drugs: list[tuple[int, int, str]], start: int, dose: Dose) -> tuple[str, int, int] | None:
    """(drug, where its arm starts, where it ends) of the dose starting at ``start``: a listed
    drug named just before it ("paroxetine 20 mg") or just after it ("20 mg paroxetine"), or
    a capitalised product name just after it ("160 mg Silexan")."""
    after = _DOSE_THEN_NAME.match(lowered, start)
    named = next((d for d in drugs if d[0] == after.end()), None) if after else None
    if named:
        return named[2], start, named[1]
    before = next((d for d in reversed(drugs) if d[1] <= start and _NAME_TO_DOSE.fullmatch(lowered, d[1], start)), None)
    if before:
        return before[2], before[0], start + len(dose.text)
    product = _PRODUCT_NAME.match(text, after.end()) if after else None
    if product:
        return product.group(0).lower(), start, product.end()
    # "topiramate, titrated from 25 mg/day to ...": the drug the clause names last before the dose, with no other arm between
    nearest = next((d for d in reversed(drugs) if d[1] <= start), None)
    if nearest and start - nearest[1] <= 40 and _OWN_CLAUSE_GAP.fullmatch(lowered, nearest[1], start):
        return nearest[2], nearest[0], start + len(dose.text)
    return None


_OWN_CLAUSE_GAP = re.compile(r",?\s+(?:(?!or\b|vs\b|versus\b|and\b|with\b|plus\b)[a-z][a-z\-]*\s+){1,4}")


_PRODUCT_NAME = re.compile(r"[A-Z][A-Za-z0-9\-]{2,}\b")


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def merge(values: list[FieldValues]) -> FieldValues:
    """One claim's values gathered over its sentences or table cells, in order.

    The first stated N, comparator and population win (later sentences usually refer
    back; a drug class gives way to a drug named later, and any comparator to the one a
    sentence names as the control), except that a randomized or
    enrolled total beats a completer count; doses and outcome measures are unioned (a
    tolerability bound only when no sentence states a dose given; a scale and its edition
    once); directions combine, positive with null or negative being mixed. A sentence is
    re-read against a comparator named in another one ("... versus sertraline. The
    sertraline group improved more.")."""
    merged = FieldValues()
    given = any(value.dose and not value.dose_is_bound for value in values)
    role_stated = False  # a sentence said which arm was the control: its comparator stands
    for value in values:
        for key, count in value.n_detail.items():
            merged.n_detail.setdefault(key, count)
        if merged.n is None:
            merged.n = value.n
        earlier = len(merged.dose)
        for dose in value.dose if not (given and value.dose_is_bound) else ():
            add_dose(merged.dose, dose, earlier)
        if value.comparator and value.comparator != merged.comparator and not role_stated and value.text and (
                states_comparator_role(value.text)):
            merged.comparator, role_stated = value.comparator, True  # "HLW served as an attention-control group"
        elif not merged.comparator or (
            value.comparator and value.comparator != merged.comparator and not role_stated
            and names_a_drug_of_class(merged.comparator, value.comparator)
        ):
            merged.comparator = value.comparator  # "versus a benzodiazepine ... the lorazepam group"
        for measure in value.outcome_measures:
            add_measure(merged.outcome_measures, measure)
        merged.population = merged.population or value.population
        merged.ongoing_trial = merged.ongoing_trial or value.ongoing_trial
    merged.dose_is_bound = bool(merged.dose) and not given
    best_total = merged.n_detail.get("randomized") or merged.n_detail.get("enrolled")
    if best_total:
        merged.n = best_total
    else:
        _sum_single_arms(merged, values)
    directions = _significance_denied(_efficacy_first([_direction_against(v, merged.comparator) for v in values], values), values)
    merged.direction = _combine_directions(directions)
    if merged.direction == "mixed" and _comparator_arm_did_better(values, directions, merged.comparator):
        merged.direction = "negative"
    return merged


def _significance_denied(directions: list[str], values: list[FieldValues]) -> list[str]:
    """"Response rates were 28% and 24%. The difference did not reach statistical significance.": the
    gain the numbers show is the null the next sentence says it is."""
    directions = list(directions)
    for i in range(1, len(values)):
        if directions[i - 1] == "positive" and values[i].text and denies_previous_significance(values[i].text):
            directions[i - 1] = "null"
    return directions


def _efficacy_first(directions: list[str], values: list[FieldValues]) -> list[str]:
    """"X lowered HbA1c more than placebo. Nausea was more common with X.": a sentence
    reporting harms alone is the claim's finding only when no other sentence states one
    (beside the efficacy finding it would make that mixed or negative)."""
    harms = [d != "unknown" and bool(v.text) and reports_harms_only(v.text) for d, v in zip(directions, values)]
    if not any(harms) or all(d == "unknown" for d, harm in zip(directions, harms) if not harm):
        return directions
    return ["unknown" if harm else d for d, harm in zip(directions, harms)]


def _sum_single_arms(merged: FieldValues, values: list[FieldValues]) -> None:
    """"83 were assigned to the supplement group. The other 72 were assigned to the
    control group.": arms stated one per sentence add up to the claim's N."""
    arms = [v.n_detail["arm"] for v in values if "arm" in v.n_detail]
    if len(arms) >= 2 and merged.n == arms[0] and "arms" not in merged.n_detail:
        merged.n = sum(arms)
        merged.n_detail["arms"] = arms
        merged.n_detail.pop("arm", None)


def _comparator_arm_did_better(values: list[FieldValues], directions: list[str], comparator: str | None) -> bool:
    """"X reduced scores. The placebo group improved more.": gains in both arms with the
    comparator ahead are a negative finding, not a mixed one."""
    return any(
        direction == "negative" and value.text and comparator_did_better(value.text, comparator)
        for value, direction in zip(values, directions)
    )


_WINNER_WORDS = ("than", "superior", "better", "favou", "more effective", "outperform")


def _direction_against(value: FieldValues, comparator: str | None) -> str:
    """A sentence's finding read against the claim's comparator. A sentence whose own "than X" names the
    claim's treatment ("Gabapentin reduced itch more than hydroxyzine did", the claim comparing hydroxyzine
    with gabapentin) tells the comparator winning."""
    if not comparator or not value.text or comparator.split()[0] not in value.text.lower():
        return value.direction
    if value.comparator:
        if value.comparator != comparator and value.direction == "positive" and any(word in value.text for word in _WINNER_WORDS) and (
                comparator_did_better(value.text, comparator)):
            return "negative"
        return value.direction
    return parse_direction(value.text, comparator)


def _combine_directions(directions: list[str]) -> str:
    """positive + null/negative -> mixed; null + negative -> negative; unknown is ignored."""
    stated = {d for d in directions if d != "unknown"}
    if not stated:
        return "unknown"
    if "mixed" in stated or ("positive" in stated and stated & {"null", "negative"}):
        return "mixed"
    if "negative" in stated:
        return "negative"
    return stated.pop()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])|\n\s*\n|\n(?=[A-Z][A-Za-z ]{2,30}:)")
_CONCLUSION = re.compile(r"^\s*(?:conclusions?|interpretation|implications)\s*[:.]", re.IGNORECASE)
_HEADING = re.compile(r"^\s*[A-Z][A-Za-z ]{2,30}:")
_PREAMBLE = re.compile(r"^\s*(?:background|introduction|context|rationale|objectives?|aims?|purpose)\s*[:.]", re.IGNORECASE)
_RESULTS = re.compile(r"^\s*(?:results?|findings|main\s+outcomes?\s+and\s+results)\s*[:.]", re.IGNORECASE)
# A sentence of an abstract that tells another study than its own: "An earlier open study in adults reported ... (Serrano et al., 2011)".
_OTHER_STUDY_TOLD = re.compile(
    r"\b(?:an?\s+)?(?:earlier|previous|prior|preliminary|former)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|pilot|series|cohort|report)\b"
    r"|\bet\s+al\.?,?\s+(?:19|20)\d\d\b", re.IGNORECASE)


def extract_facts(text: str) -> FieldValues:
    """A trusted record's abstract -> its facts: every sentence analysed and merged.

    The direction is the abstract's conclusion when it states one, else its results;
    mixed results outweigh a null or hedged positive conclusion;
    an abstract without headings is read the same way from its end: its last sentence
    that states a direction when that concludes or is positive (a positive one giving way
    to mixed results before it as a conclusion does), else all its results
    (a gain, then "Bleeding on probing did not differ", is mixed); sentences reporting
    harms alone give way to the rest. A background sentence saying a drug "may improve"
    something is not the study's finding."""
    abbreviations = learn_abbreviations(text)
    sentences = [s for s in _SENTENCE_END.split(text) if s and s.strip()]
    values = [analyse(sentence, abbreviations) for sentence in sentences]
    # another study the background cites ("An earlier pilot in 18 patients suggested ...") gives its N only if the abstract's own does not
    others = {id(v) for sentence, v in zip(sentences, values) if _OTHER_STUDY_TOLD.search(sentence)}
    facts = merge([v for v in values if id(v) not in others] + [v for v in values if id(v) in others])
    results = _section_directions(sentences, values, _RESULTS)
    conclusion = _section_directions(sentences, values, _CONCLUSION)
    if conclusion:
        facts.direction = _combine_directions(conclusion)
        if facts.direction == "null" and _results_favour_comparator(sentences, values, facts.comparator):
            facts.direction = "negative"  # "not effective", where the results show the comparator ahead
        elif _combine_directions(results) == "mixed" and _defers_to_results(
                facts.direction, _section(sentences, values, _CONCLUSION), facts):
            facts.direction = "mixed"
        return facts
    if results:
        facts.direction = _combine_directions(results)
        return facts
    if any(_HEADING.match(sentence) for sentence in sentences):
        # Headings but no results (an abstract cut off before them): what the background or the aim
        # says a treatment "may reduce" is not the study's finding.
        preamble = {id(v) for v in _section(sentences, values, _PREAMBLE)}
        told = [v for v in values if id(v) not in preamble]
        facts.direction = merge(told).direction if told else "unknown"
    else:
        stated = [(d, v) for d, v in zip(_efficacy_first([v.direction for v in values], values), values) if d != "unknown"]
        if stated and (stated[-1][0] == "positive" or _CONCLUDING.search(stated[-1][1].text)):
            facts.direction = stated[-1][0]  # "Varenicline was effective ...", "These findings suggest ..."
            if facts.direction == "positive" and any(d == "mixed" for d, _ in stated[:-1]) and _defers_to_results(
                    facts.direction, [stated[-1][1]], facts):
                facts.direction = "mixed"  # "... at 69 µg/kg improved shell quality", after "34.5 µg/kg had no effect"
        else:
            # a result closes it: each result counts, not a hedged background line ("Omega-3 may improve mood.")
            facts.direction = _combine_directions([d for d, v in stated if not _HEDGE.search(v.text)] or [d for d, _ in stated[-1:]])
    return facts


# What a closing sentence says when it concludes: "These findings suggest ...", "Thus, X is ...".
_CONCLUDING = re.compile(
    r"\b(?:conclu\w*|suggests?|suggested|indicates?|these\s+(?:results|findings|data)|in\s+summary|overall|"
    r"taken\s+together|thus|therefore|hence|support(?:s|ed)?)\b",
    re.IGNORECASE,
)


def _defers_to_results(direction: str, conclusion: list[FieldValues], facts: FieldValues) -> bool:
    """A null conclusion ("did not improve attention") speaks of one outcome, a hedged
    positive one ("may modestly reduce") glosses over the others, and one naming a single
    dose of those studied ("at 69 µg/kg improved shell quality") speaks for that dose:
    mixed results decide."""
    if direction == "null":
        return True
    return direction == "positive" and any(
        _HEDGE.search(v.text) or (len(v.dose) == 1 and len(facts.dose) >= 2) for v in conclusion)


_HEDGE = re.compile(r"\b(?:may|might|could|possibly|modest(?:ly)?|suggests?|potential(?:ly)?|some\s+evidence)\b", re.IGNORECASE)


def _section(sentences: list[str], values: list[FieldValues], heading: re.Pattern[str]) -> list[FieldValues]:
    """The values of the sentences under a structured-abstract heading ("CONCLUSIONS: ...")."""
    inside = False
    found: list[FieldValues] = []
    for sentence, value in zip(sentences, values):
        if heading.match(sentence):
            inside = True
        elif _HEADING.match(sentence):
            inside = False
        if inside:
            found.append(value)
    return found


def _section_directions(sentences: list[str], values: list[FieldValues], heading: re.Pattern[str]) -> list[str]:
    section = _section(sentences, values, heading)
    return [d for d in _significance_denied(_efficacy_first([v.direction for v in section], section), section) if d != "unknown"]


def _results_favour_comparator(sentences: list[str], values: list[FieldValues], comparator: str | None) -> bool:
    return any(
        v.direction == "negative" and comparator_did_better(v.text, comparator)
        for v in _section(sentences, values, _RESULTS)
    )
