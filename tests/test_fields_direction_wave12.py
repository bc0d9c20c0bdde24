"""Wave 12 direction families (probe 5's real-text errors, each as a family of phrasings).

A worse rate or ratio that was not significant is null; "than those who did not" names
the comparison arm, not a second finding."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "In a trial of 519 veterans, events occurred among 25.5% of the lithium recipients compared with 23.5% of the placebo group (hazard ratio [HR], 1.10; 95% CI, 0.77-1.55; P =.61).",
    "Relapse occurred in 31% of the fluoxetine group and 27% of the placebo group (p = 0.44).",
    "Mortality was 12.1% with the drug versus 10.9% with placebo (HR 1.12, 95% CI 0.88 to 1.43).",
    "Stroke occurred in 8.2% of the apixaban group vs 7.9% of the placebo group (P=0.71).",
    "Hospitalization rates were 18% vs 15% (P=0.32) for valproate and placebo respectively.",
])
def test_numerically_worse_but_not_significant_is_null(text):
    assert parse_direction(text, "placebo") == "null"


def test_a_significant_worse_rate_stays_negative():
    assert parse_direction("Relapse occurred in 41% of the fluoxetine group and 27% of the placebo group (p = 0.004).", "placebo") == "negative"


@pytest.mark.parametrize("text", [
    "Those who were taking lecanemab had about 27% less decline after 18 months than those who did not, the companies said.",
    "People who took vitamin D had fewer infections than those who didn't.",
    "Patients taking statins had a lower risk of dementia than patients who did not, according to the study.",
    "Participants who took the supplement had 30% fewer colds compared with those who didn't take it.",
    "Patients who received the vaccine had fewer hospital admissions than those who did not receive it (p<0.001).",
])
def test_those_who_did_not_is_the_comparison_arm(text):
    assert parse_direction(text) == "positive"


def test_a_bare_did_not_is_still_null():
    assert parse_direction("Lithium did not.") == "null"


@pytest.mark.parametrize("text", [
    "Patients on pregabalin were more likely to achieve 30% pain reduction (RR 1.38, 95% CI 1.25 to 1.51) compared to placebo.",
    "Pregabalin reduces pain in fibromyalgia, with patients more likely to achieve 30% pain reduction (RR 1.38,95% CI 1.25 to 1.51) compared to placebo 1",
    "More patients on gabapentin reached a 50% reduction in pain (OR 2.1; 95% CI 1.4-3.2) than on placebo.",
    "Duloxetine increased the proportion of patients with at least 50% pain reduction (RR 1.52, 95% CI 1.21-1.90).",
    "The proportion achieving ≥50% reduction in migraine days was higher with erenumab (OR 2.13, 95% CI 1.52-2.98).",
    "A 50% or greater reduction in seizures was more common with cannabidiol (RR 2.4, 95% CI 1.6 to 3.5).",
    "Treatment was associated with a 30% reduction in relapse (HR 0.70, 95% CI 0.55-0.89).",
])
def test_a_ratio_with_its_interval_is_one_estimate(text):
    """A responder threshold reached is a good event: its ratio above 1 is a gain."""
    assert parse_direction(text) == "positive"


def test_a_responder_ratio_spanning_one_is_null():
    assert parse_direction("Patients were no more likely to achieve 30% pain reduction (RR 1.08, 95% CI 0.91 to 1.28).") == "null"


@pytest.mark.parametrize(("text", "comparator"), [
    ("The meta-analysis of 13 studies showed a benefit for EPA and DHA comparable to effects reported in meta-analyses of antidepressants.", None),
    ("Omega-3 fatty acids showed a benefit in depression comparable to the effects of antidepressants.", None),
    ("EPA supplementation had an antidepressant effect comparable to that of standard antidepressant drugs.", None),
    ("Exercise reduced depressive symptoms with an effect size comparable to antidepressants.", "antidepressant"),
    ("Yoga improved anxiety scores versus waitlist, with effects similar to those reported for CBT.", "waitlist"),
    ("Saffron improved HAMD scores more than placebo, an effect similar in size to that of SSRIs.", "placebo"),
])
def test_a_yardstick_comparison_leaves_the_gain(text, comparator):
    assert parse_direction(text, comparator) == "positive"


@pytest.mark.parametrize(("text", "comparator"), [
    ("Exercise was comparable to sertraline in reducing depressive symptoms.", "sertraline"),
    ("Escitalopram had efficacy comparable to sertraline.", "sertraline"),
    ("Response rates were similar to those seen with placebo.", "placebo"),
    ("The benefit of the app was comparable to that of the waitlist.", "waitlist"),
])
def test_parity_with_the_claims_own_comparator_stays_null(text, comparator):
    assert parse_direction(text, comparator) == "null"


@pytest.mark.parametrize("text", [
    "Weight gain was greater with olanzapine than with aripiprazole.",
    "There was greater weight gain with olanzapine than with haloperidol.",
    "Olanzapine caused more weight gain than risperidone.",
    "Olanzapine was associated with significantly greater weight gain compared with ziprasidone.",
    "In the forced swim test, higher doses increased immobility time.",
    "At 10 mg/kg the extract did not change immobility time, whereas 50 and 100 mg/kg increased immobility time in the forced swim test.",
    "The low dose had no effect, but higher doses increased immobility in the FST.",
    "Immobility time was significantly increased at 100 and 200 mg/kg compared with the vehicle group.",
    "The extract at 200 mg/kg prolonged immobility time in the tail suspension test.",
])
def test_a_harm_raised_in_the_treated_arm_is_negative(text):
    """Weight gain, and a rodent's immobility (despair) in the forced swim or tail suspension test."""
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "Aripiprazole was associated with less weight gain than olanzapine.",
    "Weight gain was lower with aripiprazole than with olanzapine.",
    "Adolescents with anorexia nervosa gained more weight with olanzapine than with placebo.",
    "The extract decreased immobility time in the forced swim test.",
    "Fluoxetine (20 mg/kg) significantly reduced the immobility time compared to the control group.",
    "Immobility time was significantly decreased in mice given 100 mg/kg.",
])
def test_less_weight_gain_or_immobility_is_a_gain(text):
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "Neither side effects nor dropouts differed between groups, and riluzole slowed disease progression.",
    "Neither adverse events nor discontinuations differed between arms, and the drug reduced pain scores.",
    "Dropout rates were similar, and patients on CBT improved more than controls.",
    "Attrition was comparable across arms; the intervention significantly reduced HbA1c.",
    "Discontinuation rates did not differ, and response rates were higher with vortioxetine than placebo.",
])
def test_a_safety_or_retention_null_beside_a_gain_is_positive(text):
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "In the maintenance phase, 32% of patients on duloxetine lost response versus 61% on placebo.",
    "Loss of response occurred in 32% of the drug group vs 61% of the placebo group.",
    "Fewer patients lost their response with the drug (32% vs 61% on placebo).",
    "32% of patients receiving duloxetine lost response compared with 61% of those switched to placebo.",
    "Loss of therapeutic response was seen in 20% of the lithium group and 45% of the placebo group.",
])
def test_fewer_losing_their_response_is_a_gain(text):
    assert parse_direction(text, "placebo") == "positive"


def test_more_losing_their_response_is_negative():
    assert parse_direction("Loss of response occurred in 42% of the drug group vs 21% of the placebo group.", "placebo") == "negative"


@pytest.mark.parametrize("text", [
    "Additionally, improvements in sleep onset and daytime functioning were also observed with the 25mg dose, however, these end points did not reach statistical significance.",
    "While the 10mg dose of daridorexant was associated with improvements across all efficacy measures, these were not found to be statistically significant.",
    "Gains in memory were seen with the supplement, but they were not shown to be significant.",
    "Improvements in sleep quality were observed in the melatonin group, but did not reach statistical significance.",
    "Scores were numerically higher in the ketamine arm (p = 0.3).",
    "The omega-3 group trended toward greater improvement on the HAMD (p = 0.07).",
])
def test_improvements_that_were_not_significant_are_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text", [
    "The higher concentrations of extract (60 and 90 mg/kg) significantly increased immobility time and decreased swimming time.",
    "The extract reduced climbing behaviour in the forced swim test.",
])
def test_less_active_coping_in_the_swim_test_is_negative(text):
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "The high percentage of participants with adequate levels of vitamin D may have limited the ability of the trial to detect a significant effect.",
    "The study was not powered to detect small differences.",
    "A time to worsening CDR-SB analysis demonstrated that ARIA is not associated with accelerated long-term progression.",
])
def test_what_a_trial_could_detect_and_a_denied_harm_are_no_finding(text):
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize("text", [
    "Separation between early and delayed start was maintained between 18 and 36 months (p<0.05), with a similar disease trajectory when all participants received lecanemab.",
    "Across assessments, consistent rates of clinical stability or improvements were observed, with the highest rates of improvements observed for the low tau group at 36 months (no decline:59%; improvement:51%).",
    "In the open-label extension, patients continuing lecanemab showed continued benefit on CDR-SB over 36 months.",
])
def test_an_open_label_extension_that_kept_its_gain_is_positive(text):
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "Among secondary outcomes, between-group effect sizes favored exercise on hyperactive symptoms (d=0.47) and verbal working memory (d=0.26), and controls on visuospatial working memory (d=-0.21) and oppositional defiant symptoms (d=-0.37).",
    "The results favoured CBT on sleep onset, and the control group on total sleep time.",
])
def test_favouring_each_arm_on_different_outcomes_is_mixed(text):
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", [
    "A group × time × attendance interaction emerged on visuospatial working memory (F[1,33]=7.42, p<.05), such that attendance to the control program was related to greater improvements (r=.72, p<.01) while attendance to the exercise program was not (r=.25, p=.34).",
    "An adherence-by-treatment interaction showed larger gains among participants who completed more sessions.",
])
def test_an_attendance_interaction_moderates_and_is_no_finding(text):
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize("text", [
    "Although patients on rhodiola reported less fatigue, the difference failed to reach statistical significance.",
    "Symptom scores improved more with saffron, but the between-group difference failed to achieve significance (p=0.12).",
    "Improvements in pain and function were observed with both doses but were not statistically different from placebo.",
    "Anxiety fell in the lavender group, but the change was not significantly different from placebo.",
    "Patients taking curcumin had numerically fewer relapses than those on placebo (18% vs 22%; p=0.5).",
    "The primary outcome occurred in 14.2% of the semaglutide group and 13.8% of the placebo group (hazard ratio, 1.03; 95% CI, 0.87 to 1.22).",
    "Falls occurred in 30% of the vitamin D group compared with 28% of controls (RR 1.07, 95% CI 0.92-1.25).",
])
def test_gains_that_failed_to_separate_are_null(text):
    assert parse_direction(text, "placebo") == "null"


@pytest.mark.parametrize("text", [
    "During the open-label extension, participants who continued on drug maintained their improvement in PANSS scores.",
    "In the 52-week open-label extension, mean MADRS scores continued to decline.",
    "The treatment effect persisted for two years in the open-label extension (p<0.001).",
    "Efficacy was maintained during the open-label extension, with no new safety signals.",
    "Participants in the OLE continued to show reductions in seizure frequency, and no new safety concerns emerged.",
    "The early-start group retained its advantage over the delayed-start group at 36 months.",
])
def test_an_extension_that_held_its_gain_is_positive(text):
    assert parse_direction(text) == "positive"


def test_benefits_not_maintained_stay_null():
    assert parse_direction("Benefits were not maintained during the open-label extension.") == "null"


@pytest.mark.parametrize(("text", "comparator"), [
    ("Curcumin produced antidepressant effects similar in magnitude to those of fluoxetine in previous trials.", "fluoxetine"),
    ("Bright light therapy reduced depression scores versus sham, with effects comparable to those of antidepressant medication.", "sham"),
    ("The improvements seen with psilocybin were comparable to published effects of SSRIs.", None),
])
def test_a_yardstick_from_the_literature_or_a_drug_class_leaves_the_gain(text, comparator):
    assert parse_direction(text, comparator) == "positive"


@pytest.mark.parametrize("text", [
    "Improvements with app-based CBT were similar to those with face-to-face CBT.",
    "The reduction in HbA1c was similar to that achieved with metformin.",
    "Psilocybin was comparable to escitalopram on the QIDS-SR-16.",
])
def test_parity_between_two_arms_stays_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text", [
    "Olanzapine produced more weight gain than aripiprazole (4.1 vs 1.2 kg).",
    "Weight gain was significantly higher in the olanzapine group than in the risperidone group.",
    "Compared with lurasidone, quetiapine led to greater weight gain.",
    "Mice treated with 200 mg/kg showed increased immobility compared to the vehicle group.",
    "Rats given the extract spent more time immobile in the forced swim test.",
])
def test_more_weight_gain_or_despair_with_the_treatment_is_negative(text):
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "Patients on zinc showed greater reductions in symptoms than controls.",
    "Patients given zinc had greater reductions in anxiety than those given placebo.",
    "Greater improvement in depression than with placebo was seen at week 6.",
])
def test_a_greater_fall_in_a_harm_than_the_control_is_a_gain(text):
    assert parse_direction(text) == "positive"


def test_more_of_a_harm_than_the_control_stays_negative():
    assert parse_direction("Patients given the drug reported more anxiety than those on placebo.") == "negative"


@pytest.mark.parametrize("text", [
    "Rimegepant was superior to placebo for pain freedom at 2 hours (21% vs 11%, P<0.0001).",
    "Pain freedom at 2 hours was reached by 21% with the drug vs 11% with placebo.",
    "Headache-free rates were 35% with the drug and 20% with placebo.",
])
def test_freedom_from_a_harm_is_a_good_event(text):
    assert parse_direction(text, "placebo") == "positive"


@pytest.mark.parametrize("text", [
    "Both treatments reduced headache frequency, with no difference between magnesium and valproate.",
    "Both drugs lowered blood pressure, and the difference between them was not significant.",
])
def test_both_arms_gaining_alike_is_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text", [
    "Events occurred in 25·5% of lithium recipients vs 23·5% of the placebo group (HR 1·10, 95% CI 0·77–1·55; p=0·61).",
    "Events occurred in 25.5% of lithium recipients vs 23.5% of the placebo group (HR 1.10; 95 % CI 0.77–1.55; P = .61).",
    "Mortality was higher with the drug (12% vs 10%), but the difference was not statistically significant.",
])
def test_a_worse_number_refuted_by_its_statistic_is_null(text):
    """The Lancet's middle-dot decimals read as decimals; "but the difference was not significant" is the same finding."""
    assert parse_direction(text) == "null"


def test_a_significant_harm_beside_another_outcomes_null_stays_negative():
    assert parse_direction("Mortality was higher with the drug (p=0.01), but quality of life did not differ (p=0.4).") == "negative"


@pytest.mark.parametrize("text", [
    "Meaning: These findings suggest that lithium is unlikely to be effective for preventing suicide-related events in veterans.",
    "Meaning These results suggest that vitamin D supplementation is unlikely to benefit older adults without deficiency.",
    "The findings suggest that adding lithium to usual care is unlikely to be of clinical benefit.",
    "Iron supplementation is unlikely to improve cognition in children who are not anemic.",
    "It is unlikely that magnesium prevents migraine in this population.",
])
def test_a_gain_called_unlikely_is_null(text):
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text", [
    "Relapse was more frequent in the paroxetine group than in the CBT group.",
    "Olanzapine-treated patients gained significantly more weight than those on haloperidol.",
    "The 100 mg/kg dose significantly decreased open-arm entries compared with vehicle.",
    "Mortality was higher among patients given the drug than among those given placebo (HR 1.35, 95% CI 1.10 to 1.66).",
])
def test_a_harm_more_frequent_with_the_treatment_is_negative(text):
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "Improvements in memory were observed with the supplement but did not differ significantly from placebo.",
    "Daridorexant 10 mg improved all efficacy measures, although none of the differences were statistically significant.",
    "Although improvements were seen, none reached statistical significance.",
    "Users of melatonin slept no longer than those who did not use it.",
    "Response rates were numerically higher with the drug (45% vs 40%; p=0.3).",
    "The drug group showed a trend toward fewer relapses (HR 0.78; 95% CI 0.58-1.05).",
])
def test_gains_denied_their_significance_are_null(text):
    assert parse_direction(text) == "null"


def test_another_outcome_that_did_not_differ_beside_a_gain_stays_mixed():
    assert parse_direction("Lavender reduced anxiety, but sleep did not differ significantly from placebo.") == "mixed"


@pytest.mark.parametrize("text", [
    "A post hoc analysis suggested a larger THI reduction only in the subgroup with normal hearing thresholds.",
    "An exploratory analysis found benefit only in women.",
])
def test_an_unplanned_subgroup_gain_alone_is_no_finding(text):
    """The planned outcomes decide: beside their null the claim stays null."""
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize("text", [
    "In the REGAIN trial, 585 adults were randomized to an online rehabilitation programme or usual care; health-related quality of life on the PROPr score was better at 3 months with rehabilitation.",
    "Uncontrolled case series describe better energy with LDN 1–4.5 mg daily.",
    "Owners of dogs in the omega-3 group reported better ability to rise from rest and to play.",
])
def test_a_good_outcome_better_with_the_treatment_is_positive(text):
    assert parse_direction(text) == "positive"


def test_a_good_outcome_better_with_placebo_is_negative():
    assert parse_direction("Quality of life was better with placebo.") == "negative"


def test_a_drug_class_yardstick_read_as_the_comparator_still_leaves_the_gain():
    """The comparator read from the yardstick itself names no arm of the trial."""
    text = "Omega-3 fatty acids showed a benefit in depression comparable to antidepressants."
    assert parse_direction(text, "antidepressant") == "positive"


def test_a_drug_class_that_was_an_arm_stays_null():
    text = "Patients were randomized to exercise or antidepressants; improvements with exercise were comparable to antidepressants."
    assert parse_direction(text, "antidepressant") == "null"


@pytest.mark.parametrize(("text", "expected"), [
    ("However, these end points did not reach statistical significance.", True),
    ("The difference was not significant (p = 0.08).", True),
    ("None of these changes reached significance.", True),
    ("These were not found to be statistically significant.", True),
    ("These changes reached statistical significance.", False),
    ("However, sleep quality did not differ.", False),
    ("The drug significantly reduced pain.", False),
])
def test_a_sentence_denying_the_previous_findings_significance(text, expected):
    from extractors.fields.direction import denies_previous_significance

    assert denies_previous_significance(text) is expected


@pytest.mark.parametrize("text", [
    "Eisai and Biogen released trial results that showed the drug met its goals.",
    "Positive topline results were announced from the second pivotal phase 3 study of daridorexant.",
    "The company reported positive top-line data from its phase 3 trial.",
    "The SMILES trial was the first RCT into the positive effect of a healthy diet on depression.",
    "Eighteen of 31 children achieved relief with iron therapy.",
])
def test_a_lay_lead_stating_success_is_positive(text):
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Positive and Negative Syndrome Scale was the primary outcome.", "unknown"),
    ("Imipramine served as the positive control.", "unknown"),
    ("The trial found no positive effect of zinc on colds.", "null"),
    ("The study failed to meet its primary end point.", "null"),
])
def test_positive_as_a_name_or_denied_is_no_gain(text, expected):
    assert parse_direction(text) == expected


def test_positive_effects_on_an_outcome_with_the_comparator_are_not_the_treatments():
    text = "In conclusion, there was no effect on the metabolic outcomes during MI, but positive effects on fasting blood glucose, weight, and HDL during MET."
    assert parse_direction(text) == "null"


@pytest.mark.parametrize(
    "text",
    [
        "Sleep latency shortened with 10 mg compared with placebo. However, these differences did not reach statistical significance.",
        "Pain scores fell more with the patch than with sham. The differences were not statistically significant.",
    ],
)
def test_a_gain_whose_significance_the_next_sentence_denies_is_null(text: str) -> None:
    from extractors.fields import analyse, merge

    gain, denial = text.split(". ", 1)
    assert merge([analyse(gain + "."), analyse(denial)]).direction == "null"
