"""Direction families from holdout 12 and probe 8, each in phrasings and specialties of its own."""
from __future__ import annotations

import pytest

from extractors.fields import analyse, merge
from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # harms the treatment did not raise above the arm it is set against, the sentence's only comparison: null
    ("In dogs, gastrointestinal side effects were no more frequent with grapiprant than with placebo.", "placebo", "null"),
    ("The vaccine was well tolerated, with no excess of serious adverse events over placebo.", "placebo", "null"),
    ("Discontinuations for adverse events were not more common with cannabidiol than with placebo.", "placebo", "null"),
    ("Withdrawals were not significantly higher in the lithium arm than in the placebo arm.", "placebo", "null"),
    # harms alike between the arms report a trial's tolerability beside its efficacy finding: no finding of their own
    ("Rates of adverse events were similar with rivaroxaban and placebo (12% vs 11%).", "placebo", "unknown"),
    ("Discontinuations due to adverse events did not differ between the cannabidiol and placebo groups.", "placebo", "unknown"),
    ("However, there was no significant difference in the risk of adverse events between collagen peptide and placebo (OR 1.66).", "placebo", "unknown"),
    ("AEs were similar between groups.", None, "unknown"),
    ("Toddlers in both groups showed no side-effects.", None, "unknown"),
    ("No serious adverse events occurred.", None, "unknown"),
    # an efficacy finding in the same sentence decides
    ("Sertraline reduced CAPS scores more than placebo, and rates of adverse events were similar in the two groups.", "placebo", "positive"),
    ("Dupilumab improved EASI scores versus placebo; discontinuations did not differ between arms.", "placebo", "positive"),
    ("Ketamine reduced MADRS scores versus placebo, and side effects were no more frequent than with placebo.", "placebo", "positive"),
    ("Topiramate did not reduce migraine days compared with placebo, and adverse events were similar.", "placebo", "null"),
])
def test_harm_parity(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("safety", [
    "Adverse events were similar between groups.",
    "Discontinuation rates did not differ between the arms.",
    "The treatment was well tolerated, with similar rates of adverse events in both groups.",
    "There was no significant difference in the risk of adverse events between escitalopram and placebo.",
])
def test_follow_up_harm_parity_leaves_the_efficacy_finding(safety: str) -> None:
    sentences = ["Escitalopram reduced HAMD scores significantly more than placebo at week 8.", safety]
    assert merge([analyse(sentence) for sentence in sentences]).direction == "positive"


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a bad level brought down is a gain, whatever adjective says it was too high
    ("Losartan significantly reduced elevated blood pressure compared with placebo.", "placebo", "positive"),
    ("Atorvastatin lowered high LDL cholesterol in 200 adults versus placebo.", "placebo", "positive"),
    ("Timolol reduced raised intraocular pressure versus placebo in 80 patients.", "placebo", "positive"),
    ("In dogs with hypertension, amlodipine reduced elevated systolic pressure compared with placebo.", "placebo", "positive"),
    ("Ursodeoxycholic acid normalised elevated liver enzymes in 60 patients compared with placebo.", "placebo", "positive"),
    ("The drug did not reduce elevated blood pressure compared with placebo.", "placebo", "null"),
    ("Prednisone raised blood pressure compared with placebo.", "placebo", "negative"),
    # what a farm animal is kept for, raised
    ("Dietary betaine increased egg production in laying hens compared with control.", "control", "positive"),
    ("The yeast supplement increased milk yield in dairy cows versus control.", "control", "positive"),
    ("Probiotic feeding raised average daily gain in weaned piglets by 8% compared with control.", "control", "positive"),
    ("The additive improved feed efficiency and hatchability in broiler breeders versus control.", "control", "positive"),
    # weight put on where it is wanted
    ("Megestrol increased weight gain in patients with cancer cachexia compared with placebo.", "placebo", "positive"),
    ("Fortified milk increased weight gain in preterm infants compared with standard formula.", None, "positive"),
    ("Mirtazapine increased body weight in patients with anorexia nervosa compared with placebo.", "placebo", "positive"),
])
def test_polarity_by_purpose(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a gain within the treated arm, the comparator arm standing still
    ("All ashwagandha groups experienced a significant drop in cortisol, whereas the placebo group did not show any change.", "placebo", "positive"),
    ("Pain scores fell significantly in the acupuncture group while the sham group remained unchanged.", "sham", "positive"),
    ("Mice given the compound showed improved memory, whereas vehicle-treated mice did not change.", "vehicle", "positive"),
    ("Oral function improved after 8 weeks of training, but the control group showed no change.", "control", "positive"),
    ("Hens fed the algae increased egg production, whereas there was no change in the control group.", "control", "positive"),
    ("Anxiety fell within the yoga group, whereas the waitlist group remained stable; the between-group difference was not significant.", "waitlist", "null"),
    # gains in both arms: the larger one decides, no difference between them is null
    ("Symptoms improved in both groups, but more with sertraline than with placebo.", "placebo", "positive"),
    ("HbA1c improved in both arms, but significantly more in the semaglutide arm.", None, "positive"),
    ("Pain decreased in both groups, with a greater reduction in the laser group.", None, "positive"),
    ("Scores improved in both groups, but more in the placebo group.", "placebo", "negative"),
    ("Symptoms improved in both groups with no difference between them.", "placebo", "null"),
    ("Both groups improved, with no significant between-group difference in LSAS.", "placebo", "null"),
])
def test_comparator_arm_did_not_move_or_moved_less(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # the effect alike across subgroups is no second finding
    ("Melatonin shortened sleep latency compared with placebo; the effect did not differ by sex.", "placebo", "positive"),
    ("Vortioxetine improved MADRS scores versus placebo, and the benefit did not differ by age group.", "placebo", "positive"),
    ("The vaccine reduced infection by 60% compared with placebo; efficacy was consistent across subgroups.", "placebo", "positive"),
    ("Acupuncture reduced pain more than sham, and the effect was similar across sites.", "sham", "positive"),
    ("The supplement increased daily weight gain in piglets compared with control, with no significant interaction with sex.", "control", "positive"),
    ("Sertraline did not reduce CAPS scores versus placebo; the effect did not differ by sex.", "placebo", "null"),
    # arms alike at baseline, in adherence, dropouts or food eaten
    ("Groups did not differ in age, sex or baseline PANSS; clozapine reduced PANSS scores more than risperidone.", "risperidone", "positive"),
    ("The groups were similar in age and disease duration, and etanercept improved ACR20 response versus placebo.", "placebo", "positive"),
    ("Adherence did not differ between groups, and the app reduced PHQ-9 scores more than waitlist.", "waitlist", "positive"),
    ("Dropout rates did not differ significantly between arms; CBT reduced Y-BOCS scores more than waitlist.", "waitlist", "positive"),
    ("In cats, the diet reduced urinary crystals versus control; food intake did not differ between groups.", "control", "positive"),
    # safety beside the efficacy finding
    ("Exercise improved VO2max versus usual care, and there were no serious adverse events.", "usual care", "positive"),
])
def test_non_efficacy_parity_leaves_the_finding(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a hedged lay lead with the intervention named states the effect it hedges
    ("Omega-3 supplements might indeed have such effects on mood.", None, "positive"),
    ("Magnesium might have beneficial effects on sleep quality in older adults.", None, "positive"),
    ("Ashwagandha could have a calming effect in stressed adults, researchers reported.", None, "positive"),
    ("A daily walk could help lower blood pressure in older adults, the trial found.", None, "positive"),
    ("Vitamin D may help improve outcomes in patients with COVID-19.", None, "positive"),
    ("Tai chi led to significant reductions in fall risk among older adults (Li 2019).", None, "positive"),
    ("Fish oil led to modest improvements in depressive symptoms versus placebo.", "placebo", "positive"),
    # denied, or only asked
    ("Ginkgo might not have such effects on memory.", None, "null"),
    ("Researchers want to know if probiotics may help reduce colic.", None, "unknown"),
    ("Whether melatonin may help improve sleep in dementia is unknown.", None, "unknown"),
])
def test_hedged_lay_lead(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # active arms of one treatment alike, beside the comparison with the control
    ("Probiotics shortened diarrhoea versus placebo, with no difference among the different strains.", "placebo", "positive"),
    ("In broilers, the two forms of zinc increased daily gain versus control, with no difference between forms.", "control", "positive"),
    ("Both doses of pregabalin reduced pain versus placebo, and the two doses did not differ from each other.", "placebo", "positive"),
    ("However, there was no significant difference in the triglyceride-lowering effect of the different types of fish oil.", "placebo", "unknown"),
    # a head-to-head of two regimens or formulations is the finding itself
    ("There was no difference between the two regimens in relapse rates.", None, "null"),
    ("Efficacy did not differ between the 10 mg and 20 mg doses, and neither differed from placebo.", "placebo", "null"),
    # a parenthesis between the change and what changed
    ("After 12 weeks, all fish oil groups experienced a significant drop (~25%) in blood triglycerides levels, whereas the placebo group did not show any change.", "placebo", "positive"),
    ("Statins produced a reduction (28%, 95% CI 20-35) in LDL cholesterol versus placebo.", "placebo", "positive"),
])
def test_active_arms_alike(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_fish_oil_types_alike_leave_the_gain_over_placebo() -> None:
    sentences = [
        "After 12 weeks, all fish oil groups experienced a significant drop (~25%) in blood triglycerides levels, whereas the placebo group did not show any change.",
        "However, there was no significant difference in the triglyceride-lowering effect of the different types of fish oil.",
    ]
    assert merge([analyse(sentence) for sentence in sentences]).direction == "positive"


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # more phrasings of the families above, across specialties and species
    ("Anxiety scores fell by 30% with lavender oil, whereas no significant changes were observed in the placebo group.", "placebo", "positive"),
    ("Grip strength improved after the programme; in contrast, no change occurred in the control group.", "control", "positive"),
    ("Tremor amplitude decreased significantly with stimulation, with no change in the sham group.", "sham", "positive"),
    ("Rats given the extract showed reduced paw oedema, whereas controls showed no change.", "control", "positive"),
    ("Depression scores improved in the exercise group, whereas the waitlist group did not improve.", "waitlist", "positive"),
    ("There were no significant between-group differences in baseline characteristics; the drug reduced HbA1c more than placebo.", "placebo", "positive"),
    ("The groups were well matched for age and sex, and yoga reduced pain more than usual care.", "usual care", "positive"),
    ("Compliance was similar in both arms, and the diet lowered LDL cholesterol versus control.", "control", "positive"),
    ("Glucose control improved with metformin versus placebo; the effect was consistent across age groups.", "placebo", "positive"),
    ("Latanoprost reduced elevated intraocular pressure more than timolol.", "timolol", "positive"),
    ("Cows fed the supplement produced more milk than control cows.", "control", "positive"),
    ("Broilers given the probiotic had higher body weight gain than controls.", "control", "positive"),
    ("Cyproheptadine increased weight in underweight children compared with placebo.", "placebo", "positive"),
    ("Turmeric might help ease joint pain in older adults.", None, "positive"),
    ("Green tea could potentially lower cholesterol, the authors said.", None, "positive"),
    ("Probiotics seem to help shorten colds in children.", None, "positive"),
    ("Adverse events were no more common with semaglutide than with placebo, and it reduced weight by 12%.", "placebo", "positive"),
    ("Serious adverse events were not more frequent in the tirzepatide groups than in the placebo group.", "placebo", "null"),
])
def test_family_variants(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # patients moved from the control arm who did as well as the first-treated: the gain seen again
    ("Patients who switched from placebo to dupilumab had an effect similar to those who used dupilumab from the beginning.", "positive"),
    ("Participants who crossed over from waitlist to CBT improved to a similar degree.", "positive"),
    ("In the open-label extension, dogs switched from placebo to the drug showed similar gains to those treated from the start.", "positive"),
    ("Dupilumab improved EASI versus placebo at week 16. Patients who switched from placebo to dupilumab had an effect similar to those who used dupilumab from the beginning.", "positive"),
    ("Ketamine did not reduce MADRS versus placebo. Patients who crossed over from placebo to ketamine fared similarly.", "null"),
    ("Patients who switched from placebo to the drug did not improve.", "null"),
])
def test_switched_arm_alike(text: str, expected: str) -> None:
    assert parse_direction(text, "placebo") == expected
