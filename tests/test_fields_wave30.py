"""Wave-30 field families: arms counted after the randomising verb; a mineral's salt and a
product's name as the comparator (its form and strength dropped); the usual programme a
cluster's other half kept; a feed arm without the additive; toxin units per injection site;
drops; a titration's start; an add-on's base dose; two doses of one drug, listed with arm sizes
or the name repeated (the drug alone is the comparator, both doses the claim's)."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_comparator


def _doses(text: str) -> list[tuple[float, str]]:
    return [(d.value, d.unit) for d in analyse(text).dose]


@pytest.mark.parametrize("text, expected", [
    # the verb before the first count, each later arm a count and "to"
    ("Investigators randomised 50 patients to prazosin, 49 to imagery rehearsal therapy and 48 to placebo.", 147),
    ("The only paediatric trial randomised 21 young people aged 8-17 to the supplement and 20 to placebo.", 41),
    ("We randomly assigned 120 adults with knee pain to acupuncture, 118 to sham needling, and 119 to usual care.", 357),
    ("The team allocated 64 ewes to the mineral bolus and 62 to no bolus.", 126),
    ("Researchers assigned 35 dogs to the new diet and 33 to the standard kibble.", 68),
    # a total randomised to named alternatives, then a subset: the total stays
    ("Investigators randomised 300 patients to colchicine or placebo, and 12 to an open-label arm.", 300),
])
def test_arm_counts_after_the_randomising_verb(text: str, expected: int) -> None:
    assert analyse(text).n == expected


@pytest.mark.parametrize("text, expected", [
    # a mineral's salt is the agent, its formulation word dropped
    ("Runners improved as much as with sodium nitrate capsules.", "sodium nitrate"),
    ("Colds resolved later than with zinc acetate lozenges.", "zinc acetate"),
    ("Leg cramps fell more than with magnesium citrate tablets in pregnant women.", "magnesium citrate"),
    # a product's strength is not part of its name
    ("Caries arrest was higher than with a 5% sodium fluoride varnish in preschool children.", "sodium fluoride varnish"),
    ("Plaque scores fell less than with 0.2% chlorhexidine mouthwash.", "chlorhexidine"),
    ("Scaling improved versus a 1% urea cream in elderly patients.", "urea cream"),
])
def test_salts_and_products_named_without_form_or_strength(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Half the schools were assigned to the fluoride programme; the other half got the usual school-based dental program.",
    "Half the practices were randomised to reminder letters; the rest continued their usual recall service.",
    "Half the farms used the new vaccine, and the other half continued with their routine vaccination programme.",
    "Cavities progressed in 30% in the intervention schools, compared with 33% in schools that kept the usual program.",
    "Readmissions were 12% versus 15% in wards that kept their routine discharge service.",
])
def test_the_usual_programme_a_cluster_kept_is_treatment_as_usual(text: str) -> None:
    assert parse_comparator(text) == "treatment as usual"


@pytest.mark.parametrize("text, doses", [
    ("We randomly assigned 64 cows to a total mixed ration without supplement (control) or the same ration top-dressed with "
     "19 g/d of a yeast culture.", [(19.0, "g/day")]),
    ("Weaned piglets were fed the basal diet with no additive or the basal diet plus 500 mg/kg of zinc oxide.", [(500.0, "mg/kg")]),
    ("Calves received milk replacer without any probiotic or with 10 g/d of a Lactobacillus product for 8 weeks.", [(10.0, "g/day")]),
])
def test_a_feed_arm_without_the_additive_had_no_treatment(text: str, doses: list) -> None:
    values = analyse(text)
    assert values.comparator == "no treatment"
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    # a toxin's units, given per injection site, need no named agent
    ("I've had it four times now, 25 units each side into the masseter.", [(25.0, "IU")]),
    ("Mine was 20u per side plus 10u in each temple.", [(20.0, "IU"), (10.0, "IU")]),
    ("She had 30 units a side for her gummy smile.", [(30.0, "IU")]),
    ("My neurologist used 5 units per site across the forehead.", [(5.0, "IU")]),
    # drops counted out on a schedule are a dose; "drops" as a fall is not
    ("Babies got 5 drops a day of the probiotic.", [(5.0, "drops/day")]),
    ("Put 10 drops twice daily under the tongue.", [(10.0, "drops")]),
    ("Dogs were given 4 drops nightly in their food.", [(4.0, "drops")]),
    # one eye drop of a product is no count of drops to dose by
    ("Children were randomly assigned to 1 eye drop of the study solution nightly or 1 drop of vehicle.", []),
    # a spelled-out count of drops is left alone (a review's "usually given as five drops a day" is no claim's dose)
    ("The usual dose is five drops a day.", []),
    ("Blood pressure drops of 10 mmHg were seen.", []),
    ("There were 5 drops in mood score over the week.", []),
])
def test_units_per_site_and_drops(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a titration "from" its start "up to" its end is one dose from the start (the end its value_max)
    ("A dose-finding study in 27 women titrated the drug from 0.75 mg up to 6.0\nmg and found benefit.", [(0.75, "mg")]),
    ("The dose was escalated from 2.5 mg/kg up to 10 mg/kg in dogs with refractory seizures.", [(2.5, "mg/kg")]),
    ("Clinicians increased the dose from 50 mg to 200 mg over four weeks in adults with bipolar depression.", [(50.0, "mg")]),
    # an add-on's base, which every arm had, keeps its dose
    ("Children were randomised to ibuprofen plus paracetamol versus paracetamol alone (paracetamol 15 mg/kg; ibuprofen\n"
     "10 mg/kg).", [(15.0, "mg/kg"), (10.0, "mg/kg")]),
    ("Adults got metformin 500 mg plus the herbal extract 300 mg or metformin alone.", [(500.0, "mg"), (300.0, "mg")]),
    ("Ewes received the mineral bolus 20 g with ivermectin 0.2 mg/kg versus ivermectin alone.", [(20.0, "g"), (0.2, "mg/kg")]),
])
def test_titration_starts_and_add_on_bases(text: str, expected: list) -> None:
    assert _doses(text) == expected
    assert analyse(text).dose[0].value_max is None or analyse(text).dose[0].value_max > expected[0][0]


@pytest.mark.parametrize("text, drug, doses", [
    # arm sizes between the doses, or the drug named again: still one drug at two doses (our convention: the
    # drug alone is the comparator, both doses the claim's)
    ("Infants were randomised to a single oral dose of 0.15 mg/kg (n = 412) or 0.6 mg/kg (n = 405) dexamethasone.",
     "dexamethasone", [(0.15, "mg/kg"), (0.6, "mg/kg")]),
    ("Pregnant women were randomly assigned to aspirin 150 mg (n=975) or aspirin 75 mg (n=971) taken nightly.",
     "aspirin", [(150.0, "mg"), (75.0, "mg")]),
    ("Older adults were randomised to melatonin 2 mg or melatonin 5 mg at bedtime (n = 60).", "melatonin",
     [(2.0, "mg"), (5.0, "mg")]),
])
def test_two_doses_of_one_drug_with_arm_sizes_or_the_name_again(text: str, drug: str, doses: list) -> None:
    values = analyse(text)
    assert values.comparator == drug
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    # the same dose in another unit, in brackets, stays (dev set convention: "50 µg (2000 IU)" is both)
    ("Infants got 400 IU (10 µg) of vitamin D daily.", [(400.0, "IU"), (10.0, "ug")]),
    # arm sizes or a second drug in brackets
    ("Pigs got 10 mg (n = 20) or 20 mg (n = 20) of zinc.", [(10.0, "mg"), (20.0, "mg")]),
    ("The pill held 40 mg atorvastatin (and 5 mg amlodipine).", [(40.0, "mg"), (5.0, "mg")]),
    # a strength set off by commas before its formulation
    ("In 187 children, atropine, 0.01%, eye drops did not slow myopia progression.", [(0.01, "%")]),
    ("Adults used a gel, 2%, of the extract twice daily.", []),
])
def test_strengths_in_commas(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text", [
    "Compared with CONT, sprint power rose after the caffeinated gum.",
    "Lactate was lower than CTRL after the beetroot drink.",
    "Feed intake rose versus CON in the supplemented piglets.",
])
def test_a_control_arm_short_label_is_read_as_control(text: str) -> None:
    assert parse_comparator(text) == parse_comparator(text.replace("CONT", "control").replace("CTRL", "control").replace(
        "CON", "control"))
    assert parse_comparator(text) not in ("cont", "ctrl", "con")


def test_two_drugs_each_with_a_dose_are_not_one_drug() -> None:
    values = analyse("Patients were randomised to sertraline 50 mg or paroxetine 20 mg.")
    assert values.comparator == "paroxetine" and _doses("Patients were randomised to sertraline 50 mg or paroxetine 20 mg.") == [(50.0, "mg")]


@pytest.mark.parametrize("text, drug, doses", [
    # one drug's two doses set against each other by a non-inferiority or superiority phrase
    ("A 2 g dose of tranexamic acid was superior to 1 g in reducing blood loss after knee replacement.", "tranexamic acid",
     [(2.0, "g"), (1.0, "g")]),
    ("We found 5 mg of melatonin was equivalent to 10 mg for sleep onset in 80 older adults.", "melatonin",
     [(5.0, "mg"), (10.0, "mg")]),
    ("Olanzapine 5 mg was not inferior to 10 mg in preventing delayed nausea.", "olanzapine", [(5.0, "mg"), (10.0, "mg")]),
])
def test_two_doses_set_against_each_other_by_a_margin_phrase(text: str, drug: str, doses: list) -> None:
    values = analyse(text)
    assert values.comparator == drug
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    # a drug called the standard names no arm
    ("Background: Prednisolone is standard treatment for acute asthma in children, but adherence is poor.", None),
    ("Levothyroxine remains the usual care for hypothyroidism in older adults.", None),
    # a control arm given the standard still is one
    ("The control arm received standard treatment for 12 weeks.", "treatment as usual"),
    ("Puppies in the control group got usual care.", "treatment as usual"),
])
def test_a_drug_called_the_standard_is_no_comparator(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_a_different_drug_after_a_margin_phrase_is_the_comparator() -> None:
    values = analyse("Budesonide 1 mg was non-inferior to prednisolone 20 mg in children with asthma.")
    assert values.comparator == "prednisolone" and [(d.value, d.unit) for d in values.dose] == [(1.0, "mg")]
