"""Wave-32 catalogue of dose and comparator wording as clinicians, journals, vendors and patients write it,
across specialties: a dose restated as a chemical amount or capped in brackets, a weight-based amount per
dose, schedules that are no rate, counts of units, weight-based loading and upkeep, lists per arm, values
measured in blood and doses of the comparator (no dose of the claim's); controls named as usual or standard
care, attention, matched and dummy forms of a placebo, a vehicle, no intervention, a waiting list, an active
control named after a colon or comma, another agent head to head, an add-on's base "alone", feed controls."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_comparator


def _doses(text: str) -> list[tuple[float, str]]:
    return [(d.value, d.unit) for d in analyse(text).dose]


@pytest.mark.parametrize("text, expected", [
    # a mass restated as a chemical amount in brackets is one dose
    ("Adults with nocturnal leg cramps took 600 mg (24 mmol) magnesium each evening or placebo.", [(600.0, "mg")]),
    ("Patients with bipolar disorder stayed on lithium carbonate 400 mg (10.8 mmol) at night.", [(400.0, "mg")]),
    ("Stone formers took potassium citrate 1080 mg (10 mEq) three times a day.", [(1080.0, "mg")]),
    ("Children with hypokalaemia were given 1 g (approximately 13 mmol) of potassium chloride.", [(1.0, "g")]),
    ("Dialysis patients took calcium acetate 950 mg (i.e. 6 mmol of calcium) with meals.", [(950.0, "mg")]),
    # a cap in brackets after a fixed dose, not only after a weight-based one
    ("Adults with gout flares took colchicine 0.5 mg (not exceeding 1.5 mg) on the first day.", [(0.5, "mg")]),
    ("Adults with shingles took valaciclovir 1 g (maximum 3 g) for seven days.", [(1.0, "g")]),
    # a day's total in brackets after a dose and its schedule stays too (the dev set's convention)
    ("Patients with atrial fibrillation took apixaban 5 mg twice daily (10 mg/day).", [(5.0, "mg"), (10.0, "mg/day")]),
    # the same mass in other units stays both (the dev set's convention)
    ("Pregnant women took vitamin D3 50 µg (2000 IU) from the first trimester.", [(50.0, "ug"), (2000.0, "IU")]),
    # brackets holding doses of their own are no restatement
    ("Donepezil was given at a low (5 mg) or a high (10 mg) dose to people with dementia.", [(5.0, "mg"), (10.0, "mg")]),
    ("Lambs received 10 mg (n = 12) or 20 mg (n = 12) of selenium.", [(10.0, "mg"), (20.0, "mg")]),
])
def test_a_dose_restated_or_capped_in_brackets_is_one_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # paediatric "per dose": the weight-based amount of each dose, no daily rate
    ("Children with croup received 1 mg/kg/dose of oral prednisolone.", [(1.0, "mg/kg")]),
    ("Infants with fever got paracetamol 15 mg/kg per dose every six hours.", [(15.0, "mg/kg")]),
    ("Calves were injected with 2.2 mg/kg/dose of flunixin.", [(2.2, "mg/kg")]),
    # the daily and hourly forms keep their rate
    ("Neonates received gentamicin 4 mg/kg/day.", [(4.0, "mg/kg/day")]),
    ("Sedated adults received dexmedetomidine 0.5 µg/kg/h.", [(0.5, "ug/kg/h")]),
])
def test_a_weight_based_amount_per_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a schedule in brackets or in words is no "per day" on the unit
    ("Women with depression took saffron 30 mg/day (BD) for eight weeks.", [(30.0, "mg/day")]),
    ("Children with impetigo took cephalexin 1 g three times a day.", [(1.0, "g")]),
    ("Adults with cystitis took nitrofurantoin 100 mg twice a day for five days.", [(100.0, "mg")]),
    ("Patients with type 2 diabetes took metformin 500 mg b.i.d.", [(500.0, "mg")]),
    ("Smokers with bronchitis took doxycycline 100 mg q12h.", [(100.0, "mg")]),
    # counts of units: the unit's content is the dose
    ("Runners swallowed 2 × 500 mg capsules of tart cherry before the race.", [(500.0, "mg")]),
    ("Asthmatic children inhaled 2 puffs of 100 µg salbutamol.", [(100.0, "ug")]),
    ("Toddlers with a cough were given 5 mL of honey at bedtime.", [(5.0, "ml")]),
    ("Older adults took 1,000 IU of vitamin D daily.", [(1000.0, "IU")]),
    ("Infants with colic received 10^8 CFU of Lactobacillus reuteri daily.", [(1e8, "CFU")]),
    ("Adults with IBS took 3 × 10^10 CFU/day of a probiotic blend.", [(3e10, "CFU/day")]),
])
def test_schedules_and_counts(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # weight-based with a cap, a loading dose and the upkeep, a ceiling, a range, doses per arm
    ("Children with asthma received magnesium sulfate 40 mg/kg (maximum 2 g) over 20 minutes.", [(40.0, "mg/kg")]),
    ("Patients in status epilepticus got a loading dose of 20 mg/kg then 10 mg/kg daily of levetiracetam.",
     [(20.0, "mg/kg"), (10.0, "mg/kg")]),
    ("Preterm infants received a loading dose of 20 mg/kg followed by 5 mg/kg/day of caffeine citrate.",
     [(20.0, "mg/kg"), (5.0, "mg/kg/day")]),
    ("Adults with knee osteoarthritis took paracetamol up to 4 g/day.", [(4.0, "g/day")]),
    ("Three arms of adults with depression took sertraline 25 mg, 50 mg or 100 mg.",
     [(25.0, "mg"), (50.0, "mg"), (100.0, "mg")]),
])
def test_weight_based_loading_ceilings_and_arms(text: str, expected: list) -> None:
    assert _doses(text) == expected


def test_a_range_is_one_dose_with_its_top() -> None:
    (dose,) = analyse("Adults with insomnia took 10–20 mg of melatonin nightly.").dose
    assert (dose.value, dose.unit, dose.value_max) == (10.0, "mg", 20.0)


@pytest.mark.parametrize("text, expected", [
    # what is measured in blood or urine is no dose
    ("Vitamin D 2000 IU daily raised serum 25(OH)D from 18 to 32 ng/mL.", [(2000.0, "IU")]),
    ("Urinary iodine rose to 150 µg/L after 150 µg iodine daily in pregnant women.", [(150.0, "ug")]),
    ("Fasting glucose fell by 10 mg/dL with berberine 500 mg three times daily.", [(500.0, "mg")]),
    ("Vancomycin troughs were kept at 15–20 mg/L with 15 mg/kg every 12 hours.", [(15.0, "mg/kg")]),
    ("Ferritin rose by 12 ng/mL in the iron group.", []),
    # the comparator's dose is not the claim's
    ("Peppermint oil 180 mg was as effective as mebeverine 135 mg in IBS.", [(180.0, "mg")]),
    ("Curcumin 1500 mg/day was non-inferior to diclofenac 100 mg/day in knee pain.", [(1500.0, "mg/day")]),
    ("Magnesium 400 mg was compared with amitriptyline 10 mg for migraine prevention.", [(400.0, "mg")]),
])
def test_what_is_never_the_claims_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # usual and standard care
    ("Neck pain fell more with acupuncture versus usual care.", "treatment as usual"),
    ("The telemonitoring app was tested against standard of care in heart failure.", "treatment as usual"),
    ("The text-message reminders were compared with routine care in 400 new mothers.", "treatment as usual"),
    # attention controls and placebos in their many forms
    ("Tai chi was compared with an attention control in older adults with falls.", "attention control"),
    ("The nasal spray was compared with a matched placebo in hay fever.", "placebo"),
    ("Adults with jet lag were randomised to melatonin or dummy tablets.", "placebo"),
    ("Children took the herbal cough remedy or a sugar pill.", "placebo"),
    ("Hot flushes fell more with the extract than with identical-looking capsules.", "placebo"),
    ("The probiotic was compared with matching sachets in 120 infants.", "placebo"),
    # a topical's vehicle or inactive form is the placebo
    ("Eczema cleared more with the tacrolimus ointment than with vehicle cream.", "placebo"),
    ("Psoriasis plaques thinned more than with an inactive cream.", "placebo"),
    ("Acne lesions fell with the retinoid compared with an inactive gel.", "placebo"),
    ("Dry eye scores improved with the new drops versus vehicle drops.", "placebo"),
    # no intervention, waiting
    ("Schools were randomised to the programme or a no-intervention control.", "no treatment"),
    ("Adults with insomnia were randomised to CBT-I or a waitlist control.", "waitlist"),
    ("Veterans with PTSD were randomised to therapy or delayed treatment.", "waitlist"),
])
def test_usual_care_attention_placebo_and_waiting(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an active control named in brackets, after a comma, colon or dash
    ("Turmeric was tested against an active control (ibuprofen 400 mg) in knee osteoarthritis.", "ibuprofen"),
    ("Ginger was compared with an active comparator, metoclopramide 10 mg, for nausea.", "metoclopramide"),
    ("Saffron was tested against an active control: fluoxetine 20 mg daily.", "fluoxetine"),
    ("Lavender oil was compared with the active comparator \u2013 lorazepam 0.5 mg.", "lorazepam"),
    ("Rats received the extract or an active control of diazepam.", "diazepam"),
    # another agent head to head
    ("A head-to-head trial of semaglutide against liraglutide found greater weight loss.", "liraglutide"),
    ("Apixaban was tested head-to-head against rivaroxaban in 2000 patients.", "rivaroxaban"),
    # an add-on's base, "alone", as written
    ("Metformin plus lifestyle advice versus lifestyle advice alone lowered HbA1c.", "lifestyle advice alone"),
    ("Dupilumab plus topical steroids versus topical steroids alone improved EASI.", "topical steroids alone"),
    ("CBT plus sertraline was better than sertraline alone.", "sertraline alone"),
    # animals on the feed without the additive
    ("Broilers fed the probiotic gained more weight than birds fed the control diet.", "no treatment"),
    ("Lambs fed the seaweed grew faster than lambs fed a basal diet.", "no treatment"),
])
def test_active_head_to_head_add_on_and_feed_controls(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Symptoms improved compared with baseline after eight weeks of ashwagandha.",
    "Pain scores fell from baseline by 30% after twelve weeks of glucosamine.",
    "Compared to pre-treatment values, ferritin rose in the iron group.",
])
def test_baseline_is_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None
