"""Wave 38: comparators of double-dummy designs and of light therapy, and outcome names
split by a bracketed acronym expansion, haemoglobin and the egg reduction rate."""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.comparator_double_dummy import without_dummy_halves
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes
from extractors.fields.outcomes_expansion import without_inner_expansions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # psychiatry: a device against a drug, each arm blinded with the other's dummy
        ("Ninety outpatients were randomised to a light box for 30 min each morning plus a placebo capsule, or to "
         "citalopram 20 mg/day plus an inactive light box, for six weeks.", "citalopram"),
        # dermatology: two routes of one drug
        ("Sixty men were randomly assigned to oral finasteride 1 mg plus a placebo lotion (n = 30) or topical "
         "finasteride 0.25% lotion plus placebo tablets (n = 30) for 24 weeks.", "topical finasteride"),
        # rheumatology: a tablet against a patch
        ("In a double-dummy trial, 140 adults with knee osteoarthritis received naproxen 500 mg with a placebo patch "
         "or a diclofenac patch with placebo tablets.", "diclofenac"),
        # cardiology: each drug's dummy named after it
        ("A total of 310 patients with atrial fibrillation were randomised to apixaban plus placebo warfarin or "
         "warfarin plus placebo apixaban.", "warfarin"),
        # pain: a procedure against a drug
        ("Patients with chronic neck pain were randomised to acupuncture plus placebo pills or to duloxetine 60 mg "
         "plus sham acupuncture.", "duloxetine"),
    ],
)
def test_double_dummy_comparator_is_the_other_arms_treatment(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adults with type 2 diabetes were randomised to metformin plus placebo or metformin plus sitagliptin for 24 weeks.",
        "Children took zinc with placebo syrup or placebo with placebo syrup for ten days.",
    ],
)
def test_add_on_trial_keeps_placebo(text: str) -> None:
    assert parse_comparator(text) == "placebo"


def test_single_dummy_arm_is_no_double_dummy_design() -> None:
    assert without_dummy_halves("Women received letrozole plus a matching placebo for 12 weeks.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two crossover trials of 30 students compared bright light with dim red light.", "placebo"),
        ("Night-shift nurses given bright light slept longer than those given dim light.", "placebo"),
        ("Bright light did not outperform a dim red-light sham in 70 adults.", "sham"),
        ("Homes were randomised to bright light or to a dim red light (sham) for 8 weeks.", "sham"),
    ],
)
def test_dim_light_is_the_light_therapy_placebo(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emesis was recorded with the MASCC (Multinational Association of Supportive Care in Cancer) Antiemesis Tool "
         "on days 1 to 5.", ["MAT"]),
        ("Disability was scored on the WHO (World Health Organization) Disability Assessment Schedule 2.0 at 6 months.",
         ["WHODAS 2.0"]),
    ],
)
def test_name_split_by_an_acronym_expansion(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_split_name_defines_its_abbreviation() -> None:
    text = ("Delayed nausea was rated on the MASCC (Multinational Association of Supportive Care in Cancer) "
            "Antiemesis Tool (MAT) in 90 women.")
    assert learn_abbreviations(text) == {"MAT": "MAT"}


def test_bracket_that_spells_nothing_stays() -> None:
    text = "Anxiety was rated on the HADS (Zigmond and Snaith) Anxiety subscale."
    assert without_inner_expansions(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deworming, tables of trials
        ("Mensah 2017    220    400 mg single dose    placebo    Hb at 12 weeks    no difference", ["Hb"]),
        ("Tanaka 2020    180    single dose    albendazole    ERR (hookworm)    88% vs 79%", ["ERR"]),
        # haematology and obstetrics prose
        ("Ferric carboxymaltose raised Hb by 2.1 g/dL versus 1.4 g/dL with oral iron in 250 pregnant women.", ["Hb"]),
        ("A single dose of tribendimidine gave an ERR of 97% against 81% with albendazole in 300 schoolchildren.", ["ERR"]),
        # an entry threshold is a criterion, not an outcome
        ("Children with Hb below 10 g/dL were eligible for the iron trial.", []),
        # the abbreviation must not be read inside longer ones
        ("HbA1c fell by 0.5% while HbF was unchanged.", ["HbA1c", "HbF"]),
    ],
)
def test_haemoglobin_and_egg_reduction_rate(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sports science
        ("Eight weeks of beetroot juice raised Yo-Yo IR1 distance by 9% in 24 semi-professional footballers.", ["YYIR1"]),
        ("Caffeine extended time to exhaustion (TTE) at 80% VO2max; TTE was 14% longer than with placebo.", ["TTE"]),
        # periodontology
        ("Adjunctive probiotic lozenges reduced probing pocket depth (PPD) by 0.6 mm more than scaling alone.", ["PPD"]),
        # paediatrics: a head-growth endpoint spelled out, and healthy controls left alone
        ("At 12 months, head circumference (HC) z-scores were higher in infants fed the enriched formula.", ["HC"]),
        ("Cytokines were measured in 30 patients and 30 HC.", []),
        # women's health
        ("Clinical cure by Amsel criteria was 84% with the vaginal gel versus 62% with metronidazole.", ["Amsel"]),
    ],
)
def test_field_tests_and_defined_endpoints(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected
