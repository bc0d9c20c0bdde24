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
