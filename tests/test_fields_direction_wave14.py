"""Wave 14 direction families, each in several phrasings (none copied from a gold set).

Rules decided here:
- weight: a change more negative than the comparator's ("-14.9% vs -2.4%") is a gain, whatever
  the units, signs (hyphen, U+2212 minus, en dash) or words between the two numbers;
- harms: a harm more frequent with the treatment is negative in a sentence reporting safety that
  sets it against the comparator, or beside a null efficacy result; said alone it is no finding;
- fades: scores that went back once the treatment stopped leave the gain positive; a
  between-group benefit lost after stopping is the claim's own result: mixed;
- in-vitro mediators (MMP-13, PGE2, nitric oxide, cytokines) lowered are a gain; "RR: 79% vs 43%"
  in a cell is a responder rate.
"""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "Semaglutide 2.4 mg produced a mean weight change of −14.9% at 68 weeks, compared with −2.4% on placebo.",
    "Tirzepatide gave a mean body-weight change of -20.9% over 72 weeks versus -3.1% with placebo.",
    "Mean weight change was –8.0% at one year with liraglutide compared with –2.6% in the placebo group.",
    "The cat food trial recorded a body weight change of -6.2% in 12 weeks, compared with -0.8% on the control diet.",
])
def test_more_weight_lost_than_the_comparator_is_a_gain(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "The most common adverse events were headache and diarrhoea; liver enzyme elevations were more frequent with drug X than with placebo (2% vs 1%).",
    "Adverse events were mostly mild, but hypoglycaemia occurred more often in the insulin group than in the placebo group.",
    "Side effects: rash was more common with the cream than with the vehicle (9% vs 3%).",
    "Continence improved similarly, but urinary tract infections and the need for self-catheterisation were more common with toxin injection.",
    "Lameness scores did not differ between groups, whereas gastrointestinal upsets were more frequent in the NSAID-treated dogs.",
])
def test_a_harm_more_frequent_with_the_treatment_is_negative(text: str) -> None:
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text, expected", [
    ("Diarrhoea was more frequent with magnesium (14% vs 5%).", "unknown"),  # beside an abstract's gains: no finding
    ("Nausea and dizziness were more common with the drug.", "unknown"),
    # a gain beside a harm in excess is mixed, as the gold rules say (since wave 83)
    ("Magnesium reduced MIDAS scores versus placebo (p = 0.003); diarrhoea was more frequent with magnesium (14% vs 5%).", "mixed"),
    ("Expulsion was more frequent with tamsulosin than with placebo.", "positive"),
    ("A 50% or greater reduction in seizures was more common with cannabidiol than with placebo.", "positive"),
    ("Palpitations were no more frequent with the drug than with placebo.", "unknown"),
])
def test_a_harm_said_alone_or_a_good_event_more_frequent(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text", [
    "Incidence of all new NMSCs 23% lower in the nicotinamide group compared to placebo at 12 mos.",
    "New fractures were 31 percent fewer in the zoledronate group than with placebo.",
    "Hospital admissions: 18% lower with the telemonitoring arm compared with usual care.",
])
def test_a_bad_outcome_lower_with_the_treatment_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text, expected", [
    ("Test scores continued to improve during the 16 weeks of the study, but worsened once the participants stopped taking the mushroom.", "positive"),
    ("Pain scores fell more with the cream than with placebo, but returned to baseline after treatment was stopped.", "positive"),
    ("Itch improved significantly versus vehicle; once the ointment was discontinued, symptoms came back within a fortnight.", "positive"),
    ("Mirtazapine reduced positive urine tests versus placebo; the benefit, however, faded within 12 weeks after the drug was stopped.", "mixed"),
    ("Improved scores at week 8; the benefit was lost after stopping.", "mixed"),
])
def test_back_to_baseline_after_stopping_versus_the_benefit_lost(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, outcome, expected", [
    ("Lower MMP-13 release", None, "positive"),
    ("Reduced PGE2 production", None, "positive"),
    ("lower nitric oxide and cytokine output", None, "positive"),
    ("RR: 79% vs. 43%", None, "positive"),
    ("RR 0.63 (0.45-0.89)", "Severe exacerbations", "positive"),
])
def test_terse_cells(text: str, outcome: str | None, expected: str) -> None:
    assert parse_direction(text, None, outcome) == expected


@pytest.mark.parametrize("text, expected", [
    # another outcome, named, only numerically better: some yes, some no
    ("A crossover study found that 600 mg/day reduced MIDAS scores, but headache days were numerically lower and not significantly different from placebo (p = 0.21).", "mixed"),
    ("Zinc reduced lesion counts versus placebo (p = 0.01), but inflammatory papules were numerically lower and not significantly different from placebo.", "mixed"),
    ("The programme cut the number of prescriptions, whereas hospital admissions were numerically lower but not statistically different from usual care (p = 0.3).", "mixed"),
    ("The drug improved sleep quality, although anxiety scores were numerically lower but not significantly different from placebo.", "mixed"),
    # the same outcome, or the gain itself, only numerically better: one null result
    ("Pain fell with the cream, but pain scores were numerically lower and not significantly different from placebo (p = 0.4).", "null"),
    ("Scores improved, but the reduction was numerically larger and not significantly different from placebo.", "null"),
    # placebo numerically ahead, not significant
    ("Peppermint oil showed a numerically lower improvement than placebo, with a small effect size and no significant between-group difference.", "null"),
    ("The patch gave less improvement than sham, though the difference was not significant.", "null"),
])
def test_numerically_better_but_not_significant(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text", [
    "Serum urate fell by 0.5 mg/dL after four weeks of cherry powder, although the change was not different from the control period (p = 0.21).",
    "Fatigue scores dropped with the supplement, but the change was not different from placebo.",
    "Grip strength rose in the treated dogs; however, this increase was not significantly greater than with vehicle.",
    "Peppermint oil improves symptoms, as does placebo, with no significant differences between the groups.",
    "Both the drug and placebo reduced pain, with no significant differences between the two groups.",
    "Symptoms eased with the spray, as did those of the sham group.",
])
def test_a_gain_the_control_matched_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text, expected", [
    ("Aspirin has limited health benefits for healthy older people, a study found.", "null"),
    ("The supplement offers only marginal benefit for joint stiffness.", "null"),
    ("In a dose-ranging study, 60 mg daily caused more nausea than placebo without extra benefit.", "null"),
    ("Doubling the dose gave no further gain and was without additional benefit on sleep.", "null"),
    ("The oil improved sleep, with no significant differences between the groups in anxiety.", "mixed"),
])
def test_limited_or_no_extra_benefit(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In isolated human detrusor strips, vibegron relaxed carbachol-induced contractions more potently than mirabegron [14].", "positive"),
    ("The new compound inhibited platelet aggregation more potently than aspirin in vitro.", "positive"),
    ("Weight loss was greater with the drug than with placebo (-8.4 kg vs -1.9 kg).", "positive"),
    ("Weight loss was significantly larger in the semaglutide arm.", "positive"),
    ("Patients on olanzapine gained 4 kg more than those on placebo.", "negative"),
    ("Adolescents with anorexia nervosa gained 2.1 kg more than those given family therapy alone.", "positive"),
    ("Children in the control arm of one small study actually had greater gains in FEV1 than those given 2000 IU.", "negative"),
    ("Pupils in the waitlist group made larger improvements in reading than the tutored pupils.", "negative"),
])
def test_potency_weight_and_control_arm_gains(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, comparator, expected", [
    ("Dose escalation produced higher fetal haemoglobin than fixed dosing in an open-label trial of 159 children.", None, "positive"),
    ("Stroke survivors who received an extra hour of rehabilitation regained more movement than those given standard therapy alone.", None, "positive"),
    ("The new protocol achieved greater bone healing than the cast in 80 dogs.", None, "positive"),
    ("Cognitive decline did not differ overall, but it was slower with the hearing intervention in the subgroup at higher risk.", None, "mixed"),
    ("Disease progression was slower with the antifibrotic in a cohort of 300 patients.", None, "positive"),
    ("Zinc pyrithione inhibited *C. acnes* growth in vitro at 5-20 µg/mL.", None, "positive"),
    ("The extract suppressed tumour cell proliferation in culture.", None, "positive"),
    ("Similar continence", None, "null"),
    ("Comparable pain relief", None, "null"),
    ("Higher HbF", None, "positive"),
    ("Higher ALT", None, "negative"),
    ("Two meta-analyses reached opposite conclusions.", None, "mixed"),
    ("Trials of the spray have produced contradictory findings.", None, "mixed"),
    ("Montelukast was non-inferior to budesonide for symptom-free days, though budesonide gave fewer exacerbations.", "budesonide", "negative"),
    ("The drug was non-inferior to placebo on pain, but placebo produced fewer relapses.", None, "negative"),
])
def test_more_produced_slower_decline_parity_cells_and_comparator_ahead(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", [
    "At three months, the extra-therapy group improved more on the Fugl-Meyer assessment (FMA-UE), but scores on the Action Research Arm Test (ARAT) were similar in both groups.",
    "Exercise improved the 6MWT distance versus usual care, but KCCQ scores were similar between groups.",
])
def test_another_outcome_named_by_its_abbreviation_did_not_move(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text, comparator, expected", [
    # the control matched the gain, or both arms gained with none ahead: null (not positive)
    ("Peppermint oil appears to significantly improve symptoms of IBS, as does placebo, with no significant differences between groups.", None, "null"),
    ("The gel eased pain, as did the vehicle.", None, "null"),
    ("Substantial mean improvements were noted from baseline in IBS-SSS scores for both peppermint oil (90.8; SD 75.3) and placebo (100.3; SD 99.6).", None, "null"),
    ("Both groups also showed substantial improvements on secondary endpoints.", None, "null"),
    ("Both arms reduced their HbA1c over the year.", None, "null"),
    ("Both groups improved, but more with the drug.", None, "positive"),
    ("Both doses improved sleep versus placebo.", None, "positive"),
    # a placebo win beside non-inferiority to an active drug: the win; non-inferiority alone: null
    ("Curcumin extracts significantly reduced arthritis pain vs placebo and were non-inferior to ibuprofen and diclofenac.", "placebo", "positive"),
    ("The patch lowered pain more than placebo and was noninferior to oral naproxen.", None, "positive"),
    ("Curcuma 1,500 mg/day was non-inferior to ibuprofen 1,200 mg/day for WOMAC pain over 4 weeks.", "ibuprofen", "null"),
    # what an effect needs is no finding
    ("Effect requires a bioavailability-enhanced form.", None, "unknown"),
    ("The benefit depends on an enhanced formulation.", None, "unknown"),
    # people with a gain, counted: higher is better whatever the scale
    ("Almost twice as many children on the diet as on usual care experienced a relevant decrease in severity scores.", None, "positive"),
    ("Three times as many patients on the drug reported a reduction in pain scores than on placebo.", None, "positive"),
])
def test_matched_gains_noninferiority_conditions_and_counted_gains(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mean change in Unified Parkinson's Disease Rating Scale motor score was 0.3 and 3.2 in the high-intensity and usual-care groups, respectively (P =.03).", "positive"),
    ("Relapse rates were 12% and 30% in the lithium and placebo arms, respectively.", "positive"),
    ("Response rates were 31% and 48% in the drug and placebo groups.", "negative"),
    ("Pain scores fell by 2.1 and 0.9 points in the acupuncture and sham groups, respectively.", "positive"),
    ("Pain scores changed by -2.1 and -0.9 points in the acupuncture and sham groups, respectively.", "positive"),
    ("HbA1c decreased by 1.1% and 0.3% in the metformin and placebo arms.", "positive"),
    ("The mean change in HAMD was -8.1 and -7.9 in the drug and placebo groups, respectively (p = 0.81).", "null"),
    ("Doses were 10 and 20 mg in the low and high dose groups.", "unknown"),
    ("Exercise rates were 2.8 and 3.2 days per week in the high-intensity and moderate-intensity groups, respectively.", "unknown"),
])
def test_two_arms_values_respectively(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There was a 23% lower incidence of new skin cancers in the nicotinamide group compared to placebo.", "positive"),
    ("Nicotinamide led to a 23 percent lower rate of new skin cancers compared with placebo.", "positive"),
    ("New cancers were 23% lower among those taking nicotinamide than placebo.", "positive"),
    ("Falls were 20% higher in the vitamin D group compared with placebo.", "negative"),
    ("Remission was 20% higher in the drug group compared with placebo.", "positive"),
    ("Response was 12 percent higher in the ketamine arm compared with the saline placebo arm.", "positive"),
    ("Blood pressure was 8% higher with the drug than with diet.", "unknown"),  # two active arms: whose finding?
    ("Mean weight change was −12.4 kg with orlistat vs −4.1 kg with placebo.", "positive"),
    ("Systolic pressure fell 9 mmHg with the drug vs 2 mmHg with placebo.", "positive"),
])
def test_a_share_apart_read_by_what_it_is_a_share_of(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text", [
    "However, those benefits quickly disappeared during the study's follow-up period.",
    "\"When people stopped taking their tablets after 12 months, the benefit was no longer seen,\" the lead author said.",
    "These improvements had waned by the six-month visit.",
    "Its protective effect was lost once treatment ended.",
])
def test_a_fade_alone_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize("text, expected", [
    ("Compared with the control group, the high-intensity group, but not the moderate-intensity group, reached the predefined non-futility threshold.", "mixed"),
    ("The high-dose arm crossed the prespecified efficacy boundary at the interim analysis.", "positive"),
    ("The trial was stopped for futility.", "null"),
    ("Neither family nor investigators were blinded to the treatment assignment.", "unknown"),
    ("Outcome assessors were not blinded, and pain fell more with acupuncture than with sham.", "positive"),
])
def test_thresholds_and_blinding(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The research team monitored both groups to see what proportion of each had at least a 50% reduction in seizure frequency.", "unknown"),
    ("Children were randomized to the ketogenic diet vs. no change in treatment for three months.", "unknown"),
    ("no change in their current medication for 12 weeks.", "unknown"),
    ("Intention-to-treat analysis was reported assuming there was no substantial seizure reduction in children who dropped out.", "unknown"),
    ("There was no change in treatment response with the add-on.", "null"),
    ("Seizures did not improve, assuming complete data.", "null"),
])
def test_method_statements_are_no_finding(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text,direction", [
    ("I've used one for a year and my attacks are shorter, maybe half the time.", "positive"),
    ("Seizures were shorter with the drug than before it.", "positive"),
    ("Since the switch my flare-ups are much shorter.", "positive"),
    ("An open-label study of 1,055 users showing consistent relief across attacks.", "positive"),
    ("Patients reported consistent pain relief with the patch.", "positive"),
    ("Patients reported no relief from the spray.", "null"),
])
def test_shorter_attacks_and_reported_relief(text, direction):
    assert parse_direction(text) == direction


@pytest.mark.parametrize("text,direction", [
    ("After 18 months, 63% of the OIT group tolerated a 1000 mg challenge versus 5% of the avoidance group.", "positive"),
    ("12% of the OIT group passed the challenge versus 40% of the observation group.", "negative"),
    ("41% of the treated calves became tolerant versus 9% of the untreated group.", "positive"),
    ("63% of the OIT group tolerated peanut versus 5% of the placebo group.", "positive"),
])
def test_shares_that_tolerated_against_an_avoidance_or_observation_arm(text, direction):
    assert parse_direction(text) == direction


@pytest.mark.parametrize("text,direction", [
    ("The most commonly prescribed antidepressant barely relieves symptoms of anxiety, a study has found.", "null"),
    ("The drug hardly improved sleep quality compared with placebo.", "null"),
    ("Zinc scarcely reduced the length of colds.", "null"),
    ("A new study concludes that fish oil can help relieve symptoms of ADHD in children.", "positive"),
    ("Lavender oil relieves anxiety better than placebo.", "positive"),
])
def test_barely_relieves_and_relieves(text, direction):
    assert parse_direction(text) == direction
