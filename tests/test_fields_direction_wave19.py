"""Wave 19 direction families: a measured result in lengths or concentrations per arm,
a terse cell's verbless "not different" beside a gain, and a gain beside a good quantity
the treatment harmed."""

import pytest

from extractors.fields import parse_direction


# Arms' results in a unit of length or concentration, with a significant p (positive) or not (null).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinical attachment level (CAL) gain at deep sites was 1.6 mm with doxycycline and 1.1 mm with placebo (p = 0.03).", "positive"),
        ("CAL gain 1.2 vs 0.8 mm (p = 0.04)", "positive"),
        ("Six-minute walk distance was 412 m with the drug vs 371 m with placebo (p = 0.01).", "positive"),
        ("Walking distance 320 vs 250 m, p < 0.01", "positive"),
        ("LDL cholesterol was 98 mg/dL with the extract versus 131 mg/dL with placebo (p < 0.001).", "positive"),
        ("Pocket depth reduction was 1.1 mm with the gel and 1.0 mm with placebo (p = 0.62).", "null"),
        ("CAL gain 1.2 vs 1.0 mm (p = 0.31)", "null"),
    ],
)
def test_arm_results_in_lengths_and_concentrations(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_two_doses_in_milligrams_are_no_arms_results() -> None:
    assert parse_direction("Participants took 20 mg vs 40 mg in the two arms.") == "unknown"


# A terse cell: one outcome moved, the second, verbless, did not.
@pytest.mark.parametrize(
    "text",
    [
        "Probing depth reduced; CAL not different",
        "Ortega 2018\t52\tOmega-3 fatty acids 3 g/day\tPlacebo\tProbing depth reduced; CAL not different",
        "Pain scores reduced; function not different",
        "Lameness scores improved; range of motion not different",
        "HbA1c lower; weight unchanged",
        "Muscle soreness (VAS) reduced vs placebo; creatine kinase unchanged",
    ],
)
def test_gain_beside_a_verbless_no_difference_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", ["CAL not different", "Not different from placebo", "Range of motion not different vs placebo"])
def test_verbless_not_different_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


# A gain against the control, and a good quantity worsened, impaired or disrupted in the same sentence.
@pytest.mark.parametrize(
    "text",
    [
        "In a crossover study of 24 night-shift nurses, caffeine 200 mg improved psychomotor vigilance (PVT) lapses compared with placebo "
        "but worsened daytime sleep efficiency (Ferreira, 2022).",
        "Melatonin improved sleep onset latency compared with placebo but impaired next-day alertness (Lund 2019).",
        "Zolpidem improved total sleep time versus placebo but worsened morning driving performance.",
        "Methylphenidate improved attention compared with placebo but disrupted sleep in 60 children (Okoro 2017).",
    ],
)
def test_gain_beside_a_harmed_good_quantity_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_placebo_arm_worsening_is_still_the_drugs_gain() -> None:
    assert parse_direction("Symptoms improved with the drug, and the placebo group worsened.") == "positive"


def test_impaired_in_the_population_is_no_harm() -> None:
    assert parse_direction("In patients with impaired sleep, the drug improved total sleep time compared with placebo.") == "positive"


# A commenter's own result: symptoms gone, or counted from before to after.
@pytest.mark.parametrize(
    "text",
    [
        "I've taken 500 mg cranberry extract every day for two years and haven't had a single UTI since.",
        "My dog hasn't had another seizure since we started phenobarbital.",
        "Verapamil 240 mg/day took me from six attacks a day to about one within three weeks.",
        "Topiramate took me from 15 headache days a month to 4.",
        "Since starting propranolol my flare-ups stopped.",
        "Since we started the drops my daughter's colic episodes stopped within a week.",
    ],
)
def test_a_commenters_own_gain_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


# ... and the gain that ended: back when they stopped, or the remedy stopped working.
@pytest.mark.parametrize(
    "text",
    [
        "Prednisone 60 mg for five days as a bridge cut my attacks in half, but they came straight back when I tapered.",
        "Gabapentin reduced my pain a lot, but it came back as soon as I stopped.",
        "Sumatriptan worked for a month, then stopped working.",
        "Melatonin helped for about two weeks and then stopped working.",
    ],
)
def test_a_commenters_gain_that_ended_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Test scores continued to improve during the 16 weeks of the study, but worsened once the participants stopped taking the mushroom.",
        "Honestly curcumin helped my knee pain and I never stopped taking it.",
    ],
)
def test_a_trials_washout_or_a_remedy_kept_stays_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


# Patients moved from the control arm who gained as the first-treated did.
@pytest.mark.parametrize(
    "text",
    [
        "In a separate open-label extension, 88 participants who switched from placebo to the 100 mg dose showed a similar slowing "
        "over the following 24 weeks.",
        "Dogs that crossed over from placebo to the diet showed a comparable reduction in lameness scores.",
        "Patients switching from sham to active stimulation had similar improvements in tinnitus loudness.",
        "Children who transitioned from the control arm to open-label melatonin saw the same benefit within four weeks.",
    ],
)
def test_switchers_with_a_similar_gain_are_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_a_switch_alone_states_no_finding() -> None:
    assert parse_direction("Participants switched from placebo to the 100 mg dose at week 24.") == "unknown"


# A table cell that both names the outcome and states the finding, passed as both: read once, as the finding.
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("CAL gain 1.2 vs 0.8 mm (p = 0.04)", "positive"),
        ("Walking distance 320 vs 250 m, p < 0.01", "positive"),
        ("Attachment gain 0.9 vs 0.8 mm (p = 0.61)", "null"),
    ],
)
def test_a_cell_passed_as_its_own_outcome(cell: str, expected: str) -> None:
    assert parse_direction(cell, "placebo", cell) == expected


def test_a_gain_named_before_a_decimal_threshold() -> None:
    text = "CAL gain at sites deeper than 5.5 mm was 1.6 mm with doxycycline and 1.1 mm with placebo (p = 0.03)."
    assert parse_direction(text) == "positive"


# Thyroid function restored: TSH down and thyroxine up together (a level alone stays no finding).
@pytest.mark.parametrize(
    "text",
    [
        "TSH decreased and T4 increased vs placebo",
        "Serum TSH fell and free T4 rose compared with placebo",
        "In 50 adults with subclinical hypothyroidism, ashwagandha 600 mg/day lowered TSH and raised T4 relative to placebo.",
        "Selenium normalised TSH and increased free T4 compared with placebo in 80 women.",
    ],
)
def test_thyroid_function_restored_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", ["TSH fell significantly with levothyroxine (p<0.001).", "TSH increased and T4 decreased with amiodarone."])
def test_a_thyroid_level_alone_or_the_wrong_way_is_no_gain(text: str) -> None:
    assert parse_direction(text) == "unknown"


# A bare "scores" names no scale, so says nothing of which way is better (Acne-QoL: higher is better).
def test_bare_scores_in_two_arms_tell_no_direction() -> None:
    assert parse_direction("Scores at week 24 were 21.2 (5.9) for spironolactone and 17.4 (5.8) for placebo.") == "unknown"


@pytest.mark.parametrize(
    "text",
    ["HAMD scores were 12.1 with sertraline vs 15.3 with placebo.", "Pain scores were 3.1 with the gel vs 5.2 with placebo."],
)
def test_named_symptom_scores_lower_with_the_drug_stay_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


# Shares of each arm reaching a responder threshold: higher is better, whatever symptom the threshold is a fall of.
@pytest.mark.parametrize(
    "text",
    [
        "The proportion of patients with a greater-than-50% reduction in the number of migraine days was 54.4% with melatonin, "
        "39.1% with amitriptyline (p < 0.05 vs. melatonin), and 20.4% with placebo (p < 0.01 vs. melatonin).",
        "The percentage of dogs with at least a 50% reduction in seizure frequency was 48% with the diet and 21% with placebo.",
        "The share of patients achieving a 30% or greater reduction in pain was 41% with the patch, 33% with the lower dose and 18% with sham.",
    ],
)
def test_responder_shares_of_three_arms_are_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_switchers_from_a_named_control_device_replicate_the_gain() -> None:
    text = ("Patients who switched from the control blanket to the weighted blanket had an effect similar to those who had used "
            "the weighted blanket from the beginning, and improvements increased during the 12 months of follow-up.")
    assert parse_direction(text, "control blanket") == "positive"


# Bad quantities lower with the treatment, across specialties.
@pytest.mark.parametrize(
    "text",
    [
        "Probing depth at 6 months was 3.1 mm with the gel and 3.9 mm with placebo (p = 0.01).",
        "Serum uric acid 5.8 vs 7.9 mg/dL with placebo, p < 0.001",
        "Fasting glucose was 6.1 mmol/L with berberine versus 7.2 mmol/L with placebo (p = 0.002).",
    ],
)
def test_a_bad_quantity_lower_with_the_treatment_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Itch improved; EASI not different from vehicle",
        "ISI improved vs waitlist; actigraphy sleep efficiency not different",
        "Reduced LDL-C; HDL-C not changed",
        "Faster wound closure; scar score not different",
    ],
)
def test_more_cells_with_a_verbless_second_half_are_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_doses_not_changed_is_method_not_finding() -> None:
    assert parse_direction("Sertraline reduced HAMD scores compared with placebo; doses were not changed during the trial.") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks on magnesium glycinate and my leg cramps are gone.",
        "Since switching to a low-FODMAP diet my bloating is basically gone.",
        "My migraines went from 15 a month to 3 on erenumab.",
    ],
)
def test_one_persons_symptom_gone_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_a_remedy_that_pooped_out_is_mixed() -> None:
    assert parse_direction("Fluoxetine worked great for six months and then pooped out.") == "mixed"


# The second clause harms a good quantity, across specialties.
@pytest.mark.parametrize(
    "text",
    [
        "Diphenhydramine shortened sleep latency compared with placebo but impaired next-morning psychomotor performance.",
        "The extract lowered fasting glucose versus placebo but impaired memory in aged rats.",
        "Spironolactone lowered blood pressure versus placebo but reduced eGFR.",
        "Finasteride reduced prostate volume versus placebo but reduced libido in 12% of men.",
    ],
)
def test_a_gain_beside_a_harm_to_a_good_quantity_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_reduced_egfr_in_the_population_is_no_harm() -> None:
    assert parse_direction("In patients with reduced eGFR, dapagliflozin lowered HbA1c compared with placebo.") == "positive"
