"""Wave 11 direction families (holdout 7's errors, each as a family of phrasings).

A harmful process slowed is a gain, the treated arm's process going faster a harm
(a rebound after stopping); a treatment's use tied to a harm is negative; an earlier
sleep onset is a gain; a harm lower in a clause after a null one makes the finding
mixed; terse table cells that name a slowed process are positive."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "Red-light therapy, 3 minutes twice daily, slowed axial elongation versus single-vision lenses in 264 children over 12 months.",
    "Over one year the effect was concentration-dependent, and 0.05% atropine was the most effective in slowing both spherical equivalent progression and axial elongation (Yam et al., 2019).",
    "Two cohort studies reported that neuropathy progressed more slowly in patients whose B12 was replaced.",
    "Disability progressed more slowly with ocrelizumab than with interferon.",
    "Joint damage progressed less rapidly in the etanercept group.",
    "Eyes in the placebo group progressed faster than eyes treated with atropine.",
    "Patients in the control arm declined more rapidly over two years.",
    "Melatonin advanced sleep onset compared with placebo.",
    "Children given melatonin had earlier sleep onset than those on placebo.",
])
def test_slowed_harm_and_earlier_sleep_onset_are_gains(text):
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "In a Thai trial, children who stopped 0.05% drops progressed faster in the following year than children who had never been treated (Srisuk et al., 2022).",
    "Patients who discontinued the drug progressed more rapidly than those who were never treated.",
    "After withdrawal of treatment, myopia progressed faster than in untreated controls.",
    "Kidney function declined faster in patients given the drug than in those given placebo.",
    "Bone loss progressed faster in women given the aromatase inhibitor than in those given tamoxifen.",
    "In the Diabetes Prevention Program Outcomes Study, metformin use was associated with a higher risk of B12 deficiency over 12 years of follow-up.",
    "Statin therapy was associated with a higher incidence of diabetes.",
    "Long-term proton pump inhibitor use has been linked with an increased risk of hip fracture.",
])
def test_faster_harm_and_treatment_tied_to_harm_are_negative(text):
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "Diabetes was associated with a higher risk of dementia.",
    "Obesity is associated with an increased risk of knee osteoarthritis.",
    "Smoking is associated with a higher risk of lung cancer.",
])
def test_a_disease_or_exposure_tied_to_a_harm_stays_unknown(text):
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize("text", [
    "A 4-week trial in 105 children reported earlier sleep onset with melatonin but no improvement in behaviour, cognition, or quality of life.",
    "In adults with delayed sleep phase, melatonin produced an earlier sleep onset, but daytime functioning did not improve.",
    "Intramuscular hydroxocobalamin did not improve nerve conduction compared with saline injections in a trial of 64 adults, although pain on the numeric rating scale was slightly lower.",
    "The exercise programme did not improve walking distance versus usual care, although fatigue scores were lower.",
    "Melatonin did not improve total sleep time compared with placebo, although ISI scores were lower.",
    "Vitamin D did not reduce fracture risk compared with placebo, although falls were slightly fewer.",
])
def test_a_gain_beside_a_null_is_mixed(text):
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", [
    "Combination therapy had no additive effect on axial length compared with atropine alone.",
    "Pain scores were reduced, but the difference was not statistically significant.",
    "HbA1c fell by 0.3%, but the difference from placebo was not significant.",
])
def test_nulls_stay_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("cell", [
    "Dose-dependent slowing", "SE progression -52%*", "Axial elongation slowed*", "Additive effect on AL†",
    "Myopia progression slowed", "AL elongation -0.15 mm*", "Progression reduced 43%*", "Dose-dependent reduction",
    "Elongation \u22120.21 mm", "Decline slowed (p=0.01)",
])
def test_terse_cells_naming_a_slowed_process_are_positive(cell):
    assert parse_direction(cell) == "positive"


@pytest.mark.parametrize("cell", ["Comparable improvement (non-inferior)", "Similar improvement (non-inferior)"])
def test_terse_parity_cells_are_null(cell):
    assert parse_direction(cell) == "null"


@pytest.mark.parametrize("text", [
    "Results from a Canadian replication were weaker: axial length was reduced but the refractive difference was not statistically significant [15].",
    "Systolic pressure was lowered but the difference in stroke rates was not statistically significant.",
    "Pain scores were reduced, but the difference in function was not significant.",
    "Pain scores fell with the drug, but the difference in sleep quality was not significant.",
])
def test_one_outcome_reduced_another_named_difference_not_significant_is_mixed(text):
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", [
    "Pain fell, but the between-group difference was not significant.",
    "Pain fell, but the difference in change from baseline was not significant.",
    "Pain fell, but the difference from placebo was not significant.",
    "Pain scores were reduced, but the difference in pain was not significant.",
    "Weight fell; the weight difference was not significant.",
])
def test_one_outcome_and_its_own_difference_not_significant_stays_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text, expected", [
    ("Adolescents with anorexia nervosa who received family-based treatment gained more weight at 12 months than those given individual "
     "adolescent-focused therapy in a Canadian trial of 98 families (Tremblay-Osei, 2025), but remission rates did not differ.", "mixed"),
    ("Infants fed the fortified formula gained more weight than those fed standard formula.", "positive"),
    ("Malnourished children given the ready-to-use food had greater weight gain than those given flour.", "positive"),
    ("Underweight inpatients on the high-calorie protocol put on more weight than those on the standard protocol, but length of stay did not differ.", "mixed"),
    ("Patients on olanzapine gained more weight than those on placebo.", "negative"),  # no wanted weight: a harm (wave 12), not a gain
])
def test_weight_gained_where_weight_is_the_aim(text, expected):
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Evidence is inconsistent.", "mixed"),
    ("Several trials of coenzyme Q10 gave conflicting results.", "mixed"),
    ("Results were mixed: one trial found benefit and another found none.", "mixed"),
    ("Evidence is inconsistent, but the largest trial found that it reduced pain.", "mixed"),
    ("In OCD the picture is similar: the results of three trials were inconsistent, with only the smallest showing an advantage on the Y-BOCS.", "mixed"),
    ("Magnesium may also help with nocturnal leg cramps, although results are inconsistent: a Cochrane review concluded that magnesium is "
     "unlikely to provide clinically meaningful cramp prophylaxis in older adults (Garrison et al., 2020).", "null"),
    ("Findings were conflicting: one trial found no effect on pain.", "null"),
    ("Trials have been small and inconsistent, and in ours the drug did not reduce symptoms compared with placebo.", "null"),
])
def test_inconsistent_evidence_beside_a_null_finding_is_null(text, expected):
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The authors concluded that vitamin E is unlikely to be of benefit in Alzheimer disease.", "null"),
    ("Zinc is unlikely to have a clinically important effect on cold duration.", "null"),
    ("A Cochrane review found that glucosamine is unlikely to provide meaningful pain relief.", "null"),
    ("Further trials are unlikely to change this conclusion.", "unknown"),
])
def test_unlikely_to_help_is_null(text, expected):
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("For typically developing children with sleep-onset insomnia, van Geijlswijk and colleagues found that melatonin 0.05 mg/kg advanced "
     "sleep onset compared with placebo, and that higher doses of 0.1 and 0.15 mg/kg added no further benefit.", "positive"),
    ("Vitamin D reduced falls compared with placebo; there was no additional benefit from the higher 4000 IU dose.", "positive"),
    ("Creatine improved strength versus placebo, but doubling the dose gave no extra gain.", "positive"),
    ("The drug reduced pain compared with placebo, but the lower dose was not effective.", "mixed"),
])
def test_a_dose_plateau_is_no_null(text, expected):
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The drug did not reduce pain compared with placebo; in an exploratory subgroup analysis, women had greater pain relief.", "null"),
    ("THI scores did not differ between active rTMS and sham. A post hoc analysis suggested a larger THI reduction only in the subgroup "
     "with normal hearing thresholds.", "null"),
    ("Mood did not improve versus placebo; a post-hoc analysis found a benefit in patients with severe symptoms.", "null"),
    ("A post hoc analysis suggested a larger reduction in women.", "positive"),
    ("The drug reduced pain compared with placebo, but in a post hoc analysis the benefit was absent in men.", "mixed"),
])
def test_a_post_hoc_gain_beside_a_planned_null_is_null(text, expected):
    assert parse_direction(text) == expected

