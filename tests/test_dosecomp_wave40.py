"""Wave 40: dose and comparator in designs with more than one drug or regimen.

- an add-on design: the base every arm had is no part of the claim's dose when the added agent
  has its own ("adding X 40 mg to Y 1% cream ... than Y alone"); the comparator keeps the base's
  whole name, strength included ("Y 0.75% gel alone");
- an arm told as a count of sessions of a therapy ("or to 3 sessions of shockwave therapy"), and
  an arm given no dosage form ("or no capsule"): the therapy, and no treatment;
- "X alone" in a sentence that sets no arms side by side is background, not a comparator.
"""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_comparator


def _doses(text: str) -> list[tuple[float, str]]:
    return [(dose.value, dose.unit) for dose in analyse(text).dose]


@pytest.mark.parametrize("text, expected", [
    # dermatology: a systemic drug added to a topical base
    ("Adding minocycline 50 mg to adapalene 0.1% gel gave more clearance than adapalene alone in 210 adolescents.",
     [(50.0, "mg")]),
    # respiratory: "added to" a dosed inhaler
    ("Azithromycin 250 mg three times weekly added to inhaled budesonide 400 mcg twice daily cut exacerbations more "
     "than budesonide alone.", [(250.0, "mg")]),
    # cardiology: the base strength written in the comparator's name
    ("Patients received ezetimibe 10 mg plus atorvastatin 20 mg or atorvastatin 20 mg alone.", [(10.0, "mg")]),
    # psychiatry: the base's dose is the only dose stated, so it stays
    ("Adding light therapy to ongoing fluoxetine 20 mg/day did not speed response compared with fluoxetine alone (n = 60).",
     [(20.0, "mg/day")]),
    # a base named without its strength keeps the convention that every dose of the arms is the claim's
    ("Adults got metformin 500 mg plus the herbal extract 300 mg or metformin alone.", [(500.0, "mg"), (300.0, "mg")]),
])
def test_add_on_base_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the comparator keeps its strength and form as written
    ("metronidazole 0.75% gel alone", "metronidazole 0.75% gel alone"),
    ("Clearance was greater with the combination than with clindamycin 1% lotion alone (n = 88).",
     "clindamycin 1% lotion alone"),
    # a count of sessions opens the other arm
    ("Ninety runners were randomised to a calf-stretching programme or to 3 sessions of radial shockwave therapy.",
     "radial shockwave therapy"),
    ("Adults with chronic neck pain were randomly assigned to home exercise or to 10 sessions of acupuncture.",
     "acupuncture"),
    # no dosage form: the arm got nothing
    ("Dairy cows were randomly allocated to a monensin controlled-release capsule or no capsule before calving.",
     "no treatment"),
    ("Children with otitis media were randomised to antibiotic ear drops or no drops for seven days.", "no treatment"),
    ("Heifers were assigned to a trace-mineral bolus or no bolus at turnout (n = 120).", "no treatment"),
    # "alone" with no arm beside it: how a disease is usually treated
    ("Seizures are rarely controlled with valproate and clobazam alone.", None),
    ("In most adults, mild plaque psoriasis is managed with emollients alone.", None),
    # ... but with a comparison it is the arm
    ("The combination controlled seizures better than clobazam alone.", "clobazam alone"),
])
def test_comparator_in_multi_arm_designs(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_no_dosage_form_outside_an_arm_names_nothing() -> None:
    assert parse_comparator("No capsule was recovered at necropsy.") is None


def test_an_arm_alone_told_how_it_did_is_the_comparator() -> None:
    assert parse_comparator("Melatonin alone didn't do much for my daughter.") == "melatonin alone"
