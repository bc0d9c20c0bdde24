"""Wave-19 field families (holdout 13 and real-text probe 8, generalised across specialties).

Rules written here:
- A non-inferiority or equivalence claim ("was non-inferior to X", "as effective as X") names the
  active drug X as the comparator, and the dose written after X is X's, not the claim's.
"""
import pytest

from extractors.fields import analyse
from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize("text, comparator, doses", [
    ("A pilot study of 60 women found that D-mannose 2 g daily was non-inferior to nitrofurantoin 50 mg daily "
     "for preventing recurrences (Harrow, 2022).", "nitrofurantoin", [(2.0, "g")]),
    ("Topical ivermectin 1% was noninferior to permethrin 5% cream in 120 children with scabies (Ong, 2020).",
     "permethrin", []),
    ("Intranasal dexmedetomidine 2 ug/kg was as effective as midazolam 0.5 mg/kg for preoperative sedation "
     "in 90 children (Reyes, 2019).", "midazolam", [(2.0, "ug/kg")]),
    ("Erenumab 70 mg monthly was non-inferior to flunarizine 10 mg for migraine prevention (Lee, 2021).",
     "flunarizine", [(70.0, "mg")]),
    ("In 64 dogs after ovariohysterectomy, robenacoxib 2 mg/kg was equivalent to meloxicam 0.2 mg/kg "
     "for pain scores (Haas, 2018).", "meloxicam", [(2.0, "mg/kg")]),
    ("Oral fosfomycin 3 g was as effective as ceftriaxone 1 g for pyelonephritis in 150 adults "
     "(Brandt, 2023).", "ceftriaxone", [(3.0, "g")]),
])
def test_a_non_inferiority_comparator_is_the_active_drug_with_its_own_dose(
        text: str, comparator: str, doses: list[tuple[float, str]]) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    ("Latanoprost lowered intraocular pressure more than timolol 0.5% in 240 eyes.", "timolol"),
    ("Aflibercept was non-inferior to ranibizumab for visual acuity at 52 weeks.", "ranibizumab"),
    ("Ropivacaine gave longer analgesia than bupivacaine in 80 caesarean deliveries.", "bupivacaine"),
    ("Labetalol lowered blood pressure as quickly as hydralazine in severe pre-eclampsia.", "hydralazine"),
    ("Dutasteride reduced prostate volume more than finasteride over 12 months.", "finasteride"),
    ("Upadacitinib was superior to dupilumab on EASI-75 at week 16.", "dupilumab"),
])
def test_active_comparators_across_specialties(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
