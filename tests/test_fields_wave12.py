"""Field families found on real pages in the twelfth round: arms sized in brackets, dose
lists, placebo abbreviations, arms said to match the intervention, baseline descriptors
and entry criteria that are no outcome. Each family is tested in several spellings."""

from __future__ import annotations

import pytest

from extractors.fields import (
    analyse,
    parse_comparator,
    parse_doses,
    parse_n,
    parse_outcomes,
)


def _doses(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


# --- comparator -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(a) K: 6 IV infusions 0.5 mg/kg over 45 mins, twice weekly for 3 weeks (n=13) (b) PBO (n=13)",
    "Esketamine plus AD vs Pbo plus AD.",
    "Drug vs PLC in 40 patients with bipolar depression.",
    "Intranasal ketamine versus PBO+AD for 4 weeks",
    "PBO",
    "Drug vs. PL at week 8",
])
def test_placebo_abbreviations_are_placebo(text: str) -> None:
    assert parse_comparator(text) == "placebo"


@pytest.mark.parametrize("text", [
    "Children were randomized to exercise (n=19) or a comparable but sedentary attention control program (n=16).",
    "Participants were randomized to the intervention or a time-matched attention control condition.",
    "Adults were randomly assigned to tai chi or a similar, but non-aerobic, attention control class.",
])
def test_an_arm_said_to_match_is_named_by_what_it_is(text: str) -> None:
    assert parse_comparator(text) == "attention control"


@pytest.mark.parametrize("text", [
    "total randomized 67 (dietary intervention n=33; social support control n=34).",
    "72% of anxiety in the MedDiet group compared to the social support group.",
    "Patients were randomized to CBT or a befriending control.",
])
def test_a_social_support_arm_is_an_attention_control(text: str) -> None:
    assert parse_comparator(text) == "attention control"


def test_social_support_as_a_predictor_is_no_comparator() -> None:
    assert parse_comparator("Social support from family predicted adherence.") is None


def test_a_comparable_length_arm_is_named_by_what_it_is() -> None:
    assert parse_comparator("Participants were randomized to mindfulness or a comparable-length relaxation control.") == "relaxation"


@pytest.mark.parametrize("text", [
    ("55 participants were receiving some form of therapy (21 psychotherapy+pharmacotherapy; 9 psychotherapy alone; "
    "25 pharmacotherapy alone)."),
    "At baseline, 14 medication alone, 8 CBT alone and 20 both.",
])
def test_people_counted_by_their_background_therapy_are_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Children received 1, 2, or 4 mg melatonin granules orally in the medication phases.",
    "Rats received 50, 100 or 200 mg/kg of the extract orally.",
    "Patients took 5, 10, or 20 mg of drug X daily in this open-label study.",
])
def test_a_dose_list_of_one_agent_names_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Consistent rates of stability or improvement were observed regardless of baseline tau levels.",
    "The highest rates of improvement were seen in the low tau group at 36 months.",
    "Separation between early and delayed start was maintained between 18 and 36 months (p<0.05).",
])
def test_tau_protein_and_delayed_start_are_not_treatment_as_usual(text: str) -> None:
    assert parse_comparator(text) != "treatment as usual"


@pytest.mark.parametrize("text", [
    "The trial found that a drug developed by Amarin Corporation plc reduced the risk of stroke.",
    "Shares of Example Pharma PLC rose after the results were announced.",
])
def test_a_company_suffix_is_no_placebo(text: str) -> None:
    assert parse_comparator(text) is None


def test_tau_written_as_the_abbreviation_stays_treatment_as_usual() -> None:
    assert parse_comparator("Patients were randomized to CBT or TAU.") == "treatment as usual"
    assert parse_comparator("Placebo Comparator: Placebo") == "placebo"


# --- N ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "n", "arms"), [
    ("Children were randomized to exercise (n=19) or a comparable but sedentary attention control program (n=16).",
     35, [19, 16]),
    ("Patients were randomized to drug (n = 41) or placebo (n = 40).", 81, [41, 40]),
    ("Adults were assigned to mindfulness (N = 30), exercise (N = 31) or waitlist (N = 29).", 90, [30, 31, 29]),
    ("84 patients were randomized to sertraline (n=42) or placebo (n=42).", 84, [42, 42]),
    ("Patients were randomized to drug [n = 41] or placebo [n = 40].", 81, [41, 40]),
    ("Patients were randomly allocated to drug (n: 41) or placebo (n: 40).", 81, [41, 40]),
    ("Children were randomized to the exercise group (N=19) and to the control group (N=16).", 35, [19, 16]),
])
def test_arms_sized_in_brackets_are_summed(text: str, n: int, arms: list[int]) -> None:
    found, detail = parse_n(text)
    assert (found, detail["arms"]) == (n, arms)


def test_excluded_records_sized_in_brackets_are_no_sample() -> None:
    assert parse_n("Records excluded: reviews (n = 25) or animal studies (n = 16).")[0] is None


@pytest.mark.parametrize(("text", "n"), [
    ("There were 82, 70, and 70 patients in each group, respectively.", 222),
    ("The three arms enrolled 82, 70 and 70 patients, respectively.", 222),
    ("In total 30 and 32 adults were randomized to drug and placebo, respectively.", 62),
    ("Groups included 25, 24 & 26 children in each group.", 75),
    ("The valproate, combination and magnesium groups had 82, 70 and 70 patients, respectively.", 222),
    ("Group sizes were 82, 70, and 70, respectively.", 222),
    ("Sample sizes were 20 and 22 in the drug and placebo arms, respectively.", 42),
])
def test_sizes_listed_one_per_group(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "Response rates were 12, 15 and 20 patients (30%, 38% and 50%), respectively.",
    "Mean ages were 30, 40 and 50 years, respectively.",
    "Effect sizes were 0.47 and 0.26, respectively.",
])
def test_listed_numbers_that_count_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize(("text", "n"), [
    ("Actual Enrollment : | 2423 participants |", 2423),
    ("Actual Enrollment (Participants): 88", 88),
    ("Estimated Enrollment : | 300 participants |", 300),
    ("Enrollment: 120 (Estimated)", 120),
    ("Enrollment (Actual): 431", 431),
])
def test_registry_enrolment_lines(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    ("After comparing the outcomes of the placebo group with the cinnamon group, researchers found that cinnamon "
    "lowered the risks of type 2 diabetes among participants."),
    "\"Our 12-week study showed beneficial effects of cinnamon in participants with prediabetes,\" the author said.",
    "The risk of type 1 diabetes after infection was higher in children.",
    "Stage 3 disease during follow-up was rarer among patients on the drug.",
])
def test_a_label_number_is_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None


# --- dose ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "doses"), [
    ("We gavaged the aqueous extract of plant (50, 100, 150 mg/kg) for a week.",
     [(50, None, "mg/kg"), (100, None, "mg/kg"), (150, None, "mg/kg")]),
    ("Mice were given doses of 5, 10, 20 mg/kg of the extract.", [(5, None, "mg/kg"), (10, None, "mg/kg"), (20, None, "mg/kg")]),
    ("Rats received the extract at 5, 10 or 20 mg/kg.", [(5, None, "mg/kg"), (10, None, "mg/kg"), (20, None, "mg/kg")]),
    ("Participants took doses of 0.5, 1.0, and 2.0 g/day.", [(0.5, None, "g/day"), (1.0, None, "g/day"), (2.0, None, "g/day")]),
    ("(a) Intranasal (S)-K, 28 (n=11), 56 (n=11) or 84 mg (n=12) administered twice weekly",
     [(28, None, "mg"), (56, None, "mg"), (84, None, "mg")]),
    ("Patients received 5 (n = 20), 10 (n = 21) or 20 mg (n = 19) of the drug.", [(5, None, "mg"), (10, None, "mg"), (20, None, "mg")]),
    ("The extract was given at 50, 100, 150 mg/kg orally.", [(50, None, "mg/kg"), (100, None, "mg/kg"), (150, None, "mg/kg")]),
    ("Rats got the extract (50; 100; 150 mg/kg).", [(50, None, "mg/kg"), (100, None, "mg/kg"), (150, None, "mg/kg")]),
    ("Rats got the extract (50/100/150 mg/kg).", [(50, None, "mg/kg"), (100, None, "mg/kg"), (150, None, "mg/kg")]),
    ("Mice were dosed at dose levels of 10, 30, 100 mg/kg.", [(10, None, "mg/kg"), (30, None, "mg/kg"), (100, None, "mg/kg")]),
    ("Taking 1-2 grams of EPA daily worked well.", [(1, 2, "g")]),  # "X g daily" is g with a daily schedule
    ("Patients aged 18-65, 50 mg daily.", [(50, None, "mg")]),  # a comma list outside brackets still ends in and/or
])
def test_dose_lists(text: str, doses: list[tuple]) -> None:
    assert _doses(text) == doses


def test_a_range_written_daily_keeps_its_schedule() -> None:
    dose = parse_doses("Taking 1-2 grams of EPA daily worked well.")[0]
    assert (dose.unit, dose.schedule) == ("g", "daily")


@pytest.mark.parametrize("text", [
    "(One gram ground cinnamon is about 3/4 teaspoon.)",
    "1 tsp is roughly 2.6 g.",
    "In total, the 500 mg equaled less than one teaspoon.",
    "One teaspoon of cinnamon = 2.6 g.",
    "A level tablespoon weighs about 15 g.",
])
def test_a_kitchen_measure_conversion_is_no_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Participants took 3 g (about 1 teaspoon) of cinnamon daily for 12 weeks.", 3),
    ("Participants took 1 teaspoon (about 3 g) of cinnamon daily.", 3),
])
def test_a_dose_with_its_kitchen_measure_stays(text: str, value: float) -> None:
    assert [d.value for d in parse_doses(text)] == [value]


def test_a_standard_drug_named_after_its_dose_is_a_positive_control() -> None:
    text = "We gavaged the extract (50, 100, 150 mg/kg), imipramine and fluoxetine (20 mg/kg) as standard antidepressant drug."
    assert [d.value for d in analyse(text).dose] == [50, 100, 150]


@pytest.mark.parametrize(("cell", "doses"), [
    ("(a) K: 6 IV infusions 0.5 mg/kg over 45 mins, twice weekly for 3 weeks (n=13) (b) PBO (n=13)", [(0.5, None, "mg/kg")]),
    ("(a) Intranasal (S)-K, 56 or 84 mg twice weekly+AD for 4 weeks (n=114) (b) PBO+AD for 4 weeks (n=109)",
     [(56, None, "mg"), (84, None, "mg")]),
    ("(a) Oral K, 25 mg twice daily for 6 weeks (n=45) (b) PBO (n=45)", [(25, None, "mg")]),
])
def test_doses_in_design_cells(cell: str, doses: list[tuple]) -> None:
    assert _doses(cell) == doses


# --- outcome measures ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("In order to qualify, participants had to meet two glycemic criteria: fasting glucose between 100-125 mg/dL and "
    "Hemoglobin A1c (HbA1c) between 5.7 and 6.4%."),
    "Participants had an HbA1c between 5.7 and 6.4%.",
    "Adults with insomnia (PSQI > 5 at baseline) were randomized.",
    "Patients with a MADRS score of at least 20 were randomized.",
    "Eligible patients had a MADRS total score ≥ 22.",
])
def test_an_entry_criterion_is_no_outcome(text: str) -> None:
    abbreviations = {"HbA1c": "HbA1c"}  # the document defined "Hemoglobin A1c (HbA1c)"
    assert parse_outcomes(text) == []
    assert parse_outcomes(text, abbreviations) == []


@pytest.mark.parametrize("text", [
    "Baseline characteristics: mean age 40.3 (SD 13.1); 71.6% female; 71.2% had comorbid disorders; BMI 29.5 (SD 8.0).",
    "Mean BMI was 31.2 kg/m2 and mean age 54 years.",
    "Patients had a mean baseline HAMD of 24.",
    "Baseline HAMD 24.1 (SD 3.2).",
    "The mean baseline MADRS score was 31.2 (SD 4.5).",
    "Mean (SD) age was 45 (12) years and mean MADRS 31.2 (4.5).",
])
def test_a_baseline_descriptor_is_no_outcome(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize(("text", "measure"), [
    ("BMI decreased by 1.2 kg/m2 more than placebo.", "BMI"),
    ("HAMD scores fell from 24 to 12.", "HAMD"),
    ("Mean MADRS scores were 31 at baseline and 14 at week 8.", "MADRS"),
    ("At baseline, the mean PANSS was 92; it dropped by 20 points.", "PANSS"),
    ("The primary outcome was the change from baseline in MADRS total score at week 6.", "MADRS"),
    ("The mean change in HbA1c was -0.8%.", "HbA1c"),
])
def test_the_same_measure_reported_as_a_result_is_an_outcome(text: str, measure: str) -> None:
    assert parse_outcomes(text, {"HbA1c": "HbA1c"}) == [measure]


@pytest.mark.parametrize("text", [
    "\"We saw that 2 in 3 participants improved,\" said the lead author.",
    "Three in every four patients responded.",
    "About 1 in 68 children has autism.",
])
def test_a_proportion_is_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text", [
    "Lecanemab early start was compared with the delayed-start group.",
    "Lecanemab early start was compared with delayed start.",
])
def test_a_delayed_start_arm_names_no_control(text: str) -> None:
    assert parse_comparator(text) is None


def test_delayed_treatment_stays_waitlist() -> None:
    assert parse_comparator("CBT was compared with delayed treatment.") == "waitlist"


@pytest.mark.parametrize("text", [
    "with a MADRS score of at least 20",
    "To qualify, a HAM-D17 score of 18 or more was required.",
    "Those scoring above 10 on the PHQ-9 were eligible.",
    "Entry criteria included a YMRS score of 20 or higher.",
])
def test_a_severity_floor_for_entry_is_no_outcome(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize(("text", "measure"), [
    ("Adults with poor sleep (PSQI > 5) took magnesium for 8 weeks and PSQI improved.", "PSQI"),
    ("Response was defined as a reduction of at least 50% in HAMD score.", "HAMD"),
    ("The drug reduced PANSS scores by more than 20 points.", "PANSS"),
])
def test_a_threshold_on_the_result_keeps_the_outcome(text: str, measure: str) -> None:
    assert parse_outcomes(text) == [measure]


@pytest.mark.parametrize(("text", "n"), [
    ("Smoked cannabis was no better than placebo cannabis on the CAPS-5 in 80 veterans.", 80),
    ("The drug was non-inferior to prednisolone on the PRAM score at day 4 in 245 children.", 245),
])
def test_a_label_number_before_in_leaves_the_count(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "In an open-label study, patients took melatonin 2 mg or 5 mg.",
    "Children received melatonin 1, 2, or 4 mg, titrated as needed, in an uncontrolled study.",
    "In this single-arm trial, 40 adults received psilocybin 25 mg compared with their baseline scores.",
    "Participants took either 1 g or 2 g of EPA daily in an open-label extension.",
    "Active Comparator: Vitamin D (Cholecalciferol)",  # a registry label, used for the studied arm too
])
def test_an_uncontrolled_study_names_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize(("text", "comparator"), [
    ("Placebo Comparator: Placebo", "placebo"),
    ("Sham Comparator: Sham tDCS", "sham"),
    ("No Intervention: Usual care", "treatment as usual"),
])
def test_registry_arm_lines(text: str, comparator: str) -> None:
    assert parse_comparator(text) == comparator
