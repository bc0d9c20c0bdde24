"""Wave-11 field families: comparators after a schedule, after "as effectively as", after the
people of an arm, two doses of one drug as the arms; measures of nephrology, ophthalmology,
delirium and autism irritability, and short forms a table legend defines."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_comparator
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


@pytest.mark.parametrize("text, expected", [
    # a schedule after an active comparator's name is no part of it
    ("estradiol 10 mcg vaginal tablet twice weekly vs hyaluronic acid gel every 3 days", "hyaluronic acid"),
    ("- Intervention: estradiol 10 mcg twice weekly vs\n  hyaluronic acid gel every 3 days", "hyaluronic acid"),
    ("Zinc cream was compared with aloe vera gel twice daily for 4 weeks.", "aloe vera gel"),
    ("Participants used the new spray versus tea tree oil rinse every morning for 8 weeks.", "tea tree oil rinse"),
    ("Ice packs were compared with witch hazel pads once nightly in 90 adults.", "witch hazel pads"),
    # "as effectively as", with a route before the drug
    ("Sublingual cyanocobalamin raised serum B12 as effectively as intramuscular hydroxocobalamin in 52 patients.",
     "hydroxocobalamin"),
    # wave 27: the same drug by another route is named with its route
    ("Oral dexamethasone shortened symptoms as efficaciously as intravenous dexamethasone in 80 children.",
     "intravenous dexamethasone"),
    ("The new tablet relieved pain as effectively as ibuprofen in a trial of 300 adults.", "ibuprofen"),
    ("Vitamin D3 drops worked as well as intramuscular cholecalciferol injections (n = 60).", "cholecalciferol"),
    # the people of an arm, then what they got
    ("Adolescents who received family-based treatment gained more weight than those given individual "
     "adolescent-focused therapy in a trial of 98 families.", "adolescent-focused therapy"),
    ("Patients on the programme reported less pain than those receiving individual supportive therapy (n = 120).",
     "supportive therapy"),
    ("Children in the app group slept longer than children who were given sleep hygiene education (n = 88).",
     "sleep hygiene education"),
    ("Women who did pelvic floor training leaked less than women assigned to bladder training in 150 participants.",
     "bladder training"),
    # the untreated, written as people who never were
    ("Children who stopped the drops progressed faster than children who had never been treated (Srisuk, 2022).",
     "no treatment"),
    ("Progression was faster than in patients who were never treated in a cohort of 300.", "no treatment"),
    ("Relapse was commoner than among those who had not been treated (n = 210).", "no treatment"),
])
def test_comparator_families(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


# Two doses or schedules of one drug set against each other as arms (randomised to them, or
# joined by "versus") make the drug its own active comparator, and both doses stay the claim's.
# Doses offered as options without arms ("took 25 mg or 50 mg") compare nothing.
@pytest.mark.parametrize("text, drug, doses", [
    ("We randomly assigned 204 patients to olanzapine 5 mg or 10 mg on days 1-4.", "olanzapine", [5.0, 10.0]),
    ("148 adults were randomized to cholecalciferol 14,000 IU once weekly (n = 75) or 2000 IU daily (n = 73).",
     "cholecalciferol", [14000.0, 2000.0]),
    ("Olanzapine 5 mg versus 10 mg added to triple antiemetic prophylaxis in 204 patients.", "olanzapine", [5.0, 10.0]),
    ("Patients were randomised to 25 mg or 50 mg of amitriptyline at night (n = 90).", "amitriptyline", [25.0, 50.0]),
    ("In 60 adults, aspirin 75 mg was compared with 300 mg daily.", "aspirin", [75.0, 300.0]),
    ("Adults were allocated to sertraline 50 mg or 100 mg daily for 12 weeks (n = 140).", "sertraline", [50.0, 100.0]),
    ("Zinc 25 mg vs. 50 mg daily in 80 children.", "zinc", [25.0, 50.0]),
    ("Children were randomized to zinc 10 mg or 20 mg daily (n = 300).", "zinc", [10.0, 20.0]),
    ("Adults were randomized to 1 g or 2 g of omega-3 (n = 60).", "omega-3 fatty acids", [1.0, 2.0]),
    ("Adults were randomized to vitamin D3 50,000 IU monthly or 2,000 IU daily.", "cholecalciferol", [50000.0, 2000.0]),
])
def test_two_doses_of_one_drug_as_arms_name_the_drug(text: str, drug: str, doses: list[float]) -> None:
    values = analyse(text)
    assert values.comparator == drug
    assert [d.value for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    ("They received either 25 mg or 50 mg of amitriptyline at night.", None),
    ("Patients took 25 mg or 50 mg amitriptyline nightly.", None),
    ("Adults were randomized to GX-17 70 mg or 140 mg or to placebo for 12 weeks.", "placebo"),
    ("In 120 patients, Silexan 80 mg was compared with 20 mg paroxetine.", "paroxetine"),
    ("They were randomized to sertraline 50 mg or escitalopram 10 mg.", "escitalopram"),
    ("Prolonged-release melatonin 2 mg or 5 mg improved total sleep time versus placebo.", "placebo"),
    ("They were randomized to receive 25 mg or 50 mg.", None),
    ("Patients were randomised to a dose of 25 mg or 50 mg daily.", None),
    ("We compared weekly versus daily iron supplementation in 200 women.", "iron supplementation"),
])
def test_dose_pairs_that_are_no_same_drug_comparison(text: str, expected: str | None) -> None:
    assert analyse(text).comparator == expected


@pytest.mark.parametrize("text, expected", [
    ("The primary endpoint was the percentage change in iPTH at 24 weeks.", ["iPTH"]),
    ("Intact PTH fell by 18% with weekly dosing.", ["iPTH"]),
    ("Serum PTH levels decreased more with paricalcitol.", ["PTH"]),
    ("Kidney Disease Quality of Life (KDQOL-36) scores did not change in either group.", ["KDQOL-36"]),
    ("KDQOL-SF scores improved after the programme.", ["KDQOL-SF"]),
    ("Health-related quality of life on the PROPr score was better at 3 months.", ["PROPr"]),
    ("PROMIS-Preference (PROPr) scores rose.", ["PROPr"]),
    ("Sleep was recorded with the Sleep and Nap Diary (SND).", ["SND"]),
    ("SND, total sleep time", ["SND"]),
    ("IOP fell by 3 mmHg with the new drops.", ["IOP"]),
    ("Intraocular pressure (IOP) was lower with latanoprost (n = 80).", ["IOP"]),
    # delirium
    ("Nurses screened for delirium with the Cornell Assessment of Pediatric Delirium (CAPD).", ["CAPD"]),
    ("CAPD scores were lower with dexmedetomidine.", ["CAPD"]),
    ("Delirium was assessed with the Intensive Care Delirium Screening Checklist twice daily.", ["ICDSC"]),
    ("Emergence delirium on the PAED scale was less frequent.", ["PAED"]),
    ("The 4AT was positive in fewer patients after melatonin.", ["4AT"]),
    ("Nu-DESC scores did not differ.", ["Nu-DESC"]),
    ("pCAM-ICU positive days were fewer.", ["pCAM-ICU"]),
    # autism irritability: the subscale is its own measure
    ("Irritability will be measured with the Aberrant Behavior Checklist\u2013Irritability subscale (ABC-I).", ["ABC-I"]),
    ("ABC-Irritability scores fell more with risperidone.", ["ABC-I"]),
    ("The irritability subscale of the Aberrant Behaviour Checklist improved.", ["ABC-I"]),
    ("ABC-I scores fell by 9 points.", ["ABC-I"]),
    ("Aberrant Behavior Checklist total scores fell.", ["ABC"]),
    ("RBS-R scores did not change.", ["RBS-R"]),
    ("ABC-Hyperactivity scores fell with guanfacine.", ["ABC-H"]),
    ("ATEC scores improved after the diet.", ["ATEC"]),
    ("PDD-BI scores did not differ.", ["PDDBI"]),
    ("Delirium was screened with the Delirium Observation Screening Scale.", ["DOS"]),
    ("SOS-PD scores were lower with dexmedetomidine.", ["SOS-PD"]),
    ("FGF23 fell more with the new binder.", ["FGF23"]),
    # the six-minute walk: the test as written, the distance as written
    ("FSS, 6MWT", ["FSS", "6MWT"]),
    ("FSS improved; 6MWT unchanged", ["FSS", "6MWT"]),
    ("The six-minute walk test improved by 30 m.", ["6MWT"]),
    ("6-minute walk distance (6MWD) improved.", ["6MWD"]),
    ("The 6MWT distance rose by 40 m.", ["6MWD"]),
])
def test_outcome_families(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text", [
    "Adults with intact parathyroid hormone (iPTH) above 70 pg/mL were randomized.",
    "Axial length was reduced but the refractive difference was not significant.",
    "Spherical equivalent progression did not differ from placebo.",
])
def test_criteria_and_unabbreviated_endpoints_are_no_measures(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize("legend, cell, expected", [
    ("* p < 0.001. AL, axial length; SE, spherical equivalent; DIMS, defocus incorporated multiple segments.",
     "SE progression -52%*", ["SE"]),
    ("* p < 0.001. AL, axial length; SE, spherical equivalent; DIMS, defocus incorporated multiple segments.",
     "Additive effect on AL\u2020", ["AL"]),
    ("Abbreviations: AL = axial length; SE: spherical equivalent.", "AL and SE at 2 years", ["AL", "SE"]),
    ("Change in axial length (AL) and spherical equivalent (SE) over 2 years was the primary outcome.",
     "SE progression -0.3 D", ["SE"]),
    ("Change in axial length (AL) over 2 years.", "AL elongation 0.2 mm", ["AL"]),
])
def test_endpoints_a_document_abbreviates_count_where_written(legend: str, cell: str, expected: list[str]) -> None:
    assert parse_outcomes(cell, learn_abbreviations(legend)) == expected


@pytest.mark.parametrize("text", [
    "The mean difference (SE) was 0.4; the standard error (SE) was small.",
    "CI, confidence interval; SE, standard error; OR, odds ratio.",
    "HR, hazard ratio; AE, adverse event.",
])
def test_statistics_are_not_learned_as_endpoints(text: str) -> None:
    assert learn_abbreviations(text) == {}
