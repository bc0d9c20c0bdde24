"""Wave 15 direction families, each in several phrasings (none copied from a gold set).

Rules decided here:
- a terse cell clause naming its outcome beside one signed change ("TIR +9 pp", "−30% night
  sweats") reads by that outcome's side: a fall of a symptom and a rise of time in range are gains;
- healing and clearing ("ulcer healing", "clear or almost clear") are good events; time in range is
  better higher; hot flushes, night sweats and malaria better lower;
- a rate set against "those using <drug>" after a rate "of patients" is the sentence's treatment's;
- "improved with 10 mg only", "at the higher dose only": one dose arm only, a limited gain (mixed);
- "increased <outcome> more than <comparator>" is a gain when the outcome is better higher;
  with "but not <other>" inside, mixed;
- "whose usual care continued unchanged" describes the control arm, not a null result;
- a gain beside "their <other outcome> was similar" (or "only numerically lower" after a time
  phrase) is mixed; a tolerability gain beside a similar efficacy outcome stays null.
"""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text, comparator, expected", [
    ("−30% night sweats", "placebo", "positive"),
    ("-25% hot flush frequency", "placebo", "positive"),
    ("Hot flashes −40%", "placebo", "positive"),
    ("+15% hot flush frequency", "placebo", "negative"),
    ("Time in range +9.5 pp", "usual care", "positive"),
    ("TIR +6 percentage points", "sensor-augmented pump", "positive"),
    ("TIR −3 percentage points", "usual care", "negative"),
    ("HbA1c −0.4%", "placebo", "positive"),
    ("Malaria incidence −55%", "placebo", "positive"),
])
def test_a_terse_signed_change_reads_by_the_outcome_it_names(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", [
    "Time in range +10 points; hypoglycaemia unchanged",
    "TIR +7 pp; HbA1c unchanged",
    "−35% night sweats; sleep quality unchanged",
])
def test_a_signed_gain_beside_an_unchanged_outcome_is_mixed(text: str) -> None:
    assert parse_direction(text, "usual care") == "mixed"


def test_a_unit_after_the_number_is_no_outcome() -> None:
    assert parse_direction("+2.1 days/week") == "unknown"


@pytest.mark.parametrize("text, expected", [
    ("Ulcer healing 64% vs 38%", "positive"),
    ("Endoscopic healing 22% vs 41%", "negative"),
    ("Complete wound healing occurred in 70% of the dressing group versus 45% of controls.", "positive"),
    ("Clear or almost clear: 66% vs 49%", "positive"),
    ("Lesions healed in 58% of those given the gel and 35% of those given placebo.", "positive"),
])
def test_healing_and_clearing_are_good_events(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brimonidine gel left 62% of adults clear or almost clear on the IGA at week 12, compared with 47% of those using azelaic acid.", "positive"),
    ("In the trial, the new cream cleared 55% of patients, compared with 61% of those using metronidazole.", "negative"),
    ("The spray healed 70% of participants' ulcers within 8 weeks, compared with 52% of those treated with standard dressings.", "positive"),
])
def test_a_rate_of_patients_against_those_using_another_drug(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text", [
    "Remission improved with 5 mg only (p = 0.01)",
    "Pain scores fell in the 400 mg/day arm only.",
    "Symptoms improved at the higher dose only",
    "Seizure frequency fell with 20 mg/kg only",
])
def test_a_gain_in_one_dose_arm_only_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text, comparator, expected", [
    ("Teriparatide increased femoral neck but not total hip BMD more than risedronate over 18 months.", "risedronate", "mixed"),
    ("The supplement increased grip strength but not gait speed more than placebo.", "placebo", "mixed"),
    ("Romosozumab raised lumbar spine bone density more than alendronate.", "alendronate", "positive"),
    ("Zoledronate increased BMD at the femoral neck but not at the radius compared with placebo.", "placebo", "mixed"),
    ("Zoledronate increased bone density at the spine compared with placebo.", "placebo", "positive"),
    ("The drug increased pain compared with placebo.", "placebo", "negative"),
    ("The drug increased pain more than placebo.", "placebo", "negative"),
    ("The drug did not increase BMD more than placebo.", "placebo", "null"),
])
def test_raised_more_than_the_comparator(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", [
    "Attacks were far less frequent in children who began the diet than in those whose usual care continued unchanged.",
    "Pain scores were lower in the acupuncture group than in patients whose medication was left unchanged.",
    "Relapse rates were lower with the app than among patients who kept their usual treatment unchanged.",
])
def test_control_care_left_unchanged_is_no_null(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "Calves fed the additive had fewer days of scours than control calves, but at weaning their body weight was similar.",
    "Children given the drug had fewer seizures than controls, but their quality of life was similar.",
    "Lambs given the drench had lower worm egg counts than control lambs, but by week 20 their weight gain was similar.",
    "Migraine days fell by 3.1 (p < 0.001), but disability scores at week 12 were only numerically lower and the difference was not significant.",
    "Cholera incidence fell by 48% (rate ratio 0.52; 95% CI 0.40–0.68), but stunting at the end of the year was only numerically lower and the difference was not significant.",
])
def test_a_gain_beside_another_outcome_similar_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", [
    "The drug reduced pain more than placebo, but the reduction was similar at week 12.",
    "In dogs, drug A was better tolerated than drug B but seizure control was similar.",
])
def test_the_same_outcome_or_a_tolerability_gain_stays_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text", [
    "No difference at 25 mg; −21% at 50 mg (p = 0.01)",
    "No effect at 4 weeks; −22% at 12 weeks (p = 0.003)",
    "No effect at 1 month; −30% at 6 months (p = 0.002)",
])
def test_a_null_dose_or_time_point_beside_a_significant_one_is_mixed(text: str) -> None:
    assert parse_direction(text, "placebo") == "mixed"


@pytest.mark.parametrize("text", [
    "No difference at 40 mg; no difference at 80 mg (p = 0.40)",
    "No difference; p = 0.04 for baseline imbalance",
])
def test_no_significant_efficacy_clause_stays_null(text: str) -> None:
    assert parse_direction(text, "placebo") == "null"


@pytest.mark.parametrize("text, outcome, expected", [
    ("1.3 vs 0.7 (p = 0.01)", "PD reduction (mm)", "positive"),
    ("0.4 vs 0.8 (p = 0.03)", "Pocket depth reduction (mm)", "negative"),
    ("2.1 vs 1.2 (p = 0.01)", "HbA1c reduction (%)", "positive"),
    ("4.8 vs 1.9 (p < 0.001)", "Weight loss (kg)", "positive"),
    ("0.4 vs 0.3 (NS)", "PD reduction (mm)", "null"),
])
def test_a_column_naming_a_reduction_reads_bigger_as_better(text: str, outcome: str, expected: str) -> None:
    assert parse_direction(text, "placebo", outcome) == expected


@pytest.mark.parametrize("text, expected", [
    ("FEV1 +120 mL", "positive"),
    ("Systolic BP −6 mmHg", "positive"),
    ("Body weight −5.2 kg", "positive"),
    ("Migraine days −2.1/month", "positive"),
    ("6MWD +35 m", "positive"),
    ("6MWD −20 m", "negative"),
    ("Dose +50 mg", "unknown"),
])
def test_a_signed_change_in_the_outcome_s_own_unit(text: str, expected: str) -> None:
    assert parse_direction(text, "placebo") == expected


@pytest.mark.parametrize("text", [
    "Malaria incidence was 55% lower in the treated group than in the placebo group.",
    "Women taking the extract reported 35% fewer hot flashes than those given placebo.",
    "Night sweats decreased more with the drug than with placebo.",
])
def test_hot_flushes_night_sweats_and_malaria_are_harms(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "In a trial of 180 children, azithromycin did not increase malaria incidence compared with placebo.",
    "The new antiepileptic did not increase seizures compared with placebo.",
    "Cannabidiol didn't increase anxiety compared with placebo in the trial.",
])
def test_a_harm_not_increased_is_no_harm(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text, expected", [
    ("MADRS −0.4 (−1.1 to 0.3)", "null"),
    ("HbA1c −0.5% (95% CI −0.9 to 0.1)", "null"),
    ("MADRS −2.6 (−4.0 to −1.2)", "positive"),
    ("HbA1c −0.5% (95% CI −0.9, −0.1)", "positive"),
])
def test_a_signed_change_with_its_interval(text: str, expected: str) -> None:
    assert parse_direction(text, "placebo") == expected


@pytest.mark.parametrize("text", [
    "Exercise improved fitness more than usual care, but at follow-up costs were similar.",
    "The app reduced relapse more than usual care, but adherence was similar.",
])
def test_similar_costs_or_adherence_are_no_second_outcome(text: str) -> None:
    assert parse_direction(text) != "mixed"
