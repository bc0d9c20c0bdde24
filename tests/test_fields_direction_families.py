"""Direction by families of phrasing seen in reviews, abstracts, registries and tables:
reductions and increases read by what moved against a control, a treatment behind its
control, the control's name inside the treated arm, statements that state no finding,
within-group against between-group results, event rates with a risk ratio, and mechanism
findings in knockout animals. All sentences are invented variants."""

import pytest

from extractors.fields import parse_direction

MOVED_AGAINST_CONTROL = [
    # a harm or an illness score cut or fallen
    ("An online CBT programme for 310 adults cut THI scores more than a waitlist did.", "positive"),
    ("Group therapy cut PHQ-9 scores further than usual care (Okafor 2020).", "positive"),
    ("In 52 toddlers, night waking fell by a modest 1.2 episodes a night on the new formula.", "positive"),
    ("Itch scores dropped by an average 3 points with the cream.", "positive"),
    # an outcome raised against a control, whose side no lexicon knows: a gain unless it is a harm
    ("Early trials suggested that alfuzosin 10 mg increased stone clearance compared with standard care [4,5].", "positive"),
    ("The gel doubled wound closure versus placebo.", "positive"),
    ("Exercise raised HDL cholesterol more than the control group did.", "positive"),
    ("The drug increased pain scores versus placebo.", "negative"),
    ("Tamsulosin increased nausea compared with placebo.", "negative"),
    ("The stent increased complications relative to usual care.", "unknown"),
    ("Vitamin D increased muscle strength versus placebo.", "positive"),
    ("Mirabegron increased the stone-free rate versus standard care (Chen 2021).", "positive"),
    ("Increased stone passage compared with standard care", "positive"),
    ("Fussing time was cut by 40% versus simethicone.", "positive"),
    ("THI scores were lower with CBT compared with the waitlist.", "positive"),
    ("Memory scores were lower in the cannabis group.", "negative"),
    ("Quality of life was lower with the drug than with placebo.", "negative"),
    ("Quality-of-life scores were lower with the drug than with placebo.", "negative"),
    ("Quality of life was lower in the placebo group than in the drug group.", "positive"),
    ("Headache days dropped by roughly 4 per month in the erenumab group.", "positive"),
    ("Crying time dropped 30 minutes a day with the formula.", "positive"),
    ("Pain scores went down by 2 points on the cream.", "positive"),
    ("Mean ISI fell 2.1 points with the app compared with 5.9 points in the waitlist group.", "negative"),
    ("Quality of life fell 5 points with the drug.", "negative"),
    ("Remission rates declined over follow-up in both groups.", "null"),
    ("More patients passed their stones with tamsulosin than with placebo.", "positive"),
    ("Expulsion was more frequent with tamsulosin than with placebo.", "positive"),
    ("Stone-free status was achieved more often with silodosin than with placebo.", "positive"),
    ("Nausea was more frequent with the drug than with placebo.", "unknown"),
    ("More patients discontinued with the drug than with placebo.", "unknown"),
    # rates of an outcome no lexicon knows, against a control
    ("Expulsion rates were 81% with alfuzosin and 62% with placebo.", "positive"),
    ("The clearance rate was 78% in the laser group versus 59% in the control group.", "positive"),
    ("Silodosin produced a higher expulsion rate than tamsulosin.", "positive"),
    ("Silodosin produced a higher complication rate than tamsulosin.", "unknown"),
    ("Dropout rates were 20% with the drug and 10% with placebo.", "unknown"),
    ("Attrition rates were 30% with the app and 10% with usual care.", "unknown"),
    ("Treatment failure rates were 20% with the antibiotic vs 35% with placebo.", "positive"),
    # table cells
    ("Higher expulsion rate (81% vs 60%)", "positive"),
    ("Higher stone-free rate at 4 weeks", "positive"),
    ("Greater healing rate", "positive"),
    ("Higher complication rate (12% vs 5%)", "unknown"),
    # one time point yes, another no
    ("Lower creatinine at 24 h but not at 72 h", "mixed"),
    ("Reduced BUN at 72 h, not at 7 d", "mixed"),
    ("Lower troponin at 6 h but not at 24 h", "mixed"),
    ("Creatinine lower at 24 h, not at 72 h", "mixed"),
    ("HbA1c reduced vs control", "positive"),
    ("Troponin higher at 6 h", "negative"),
    ("Not lower at 12 weeks", "unknown"),
]

BEHIND_THE_CONTROL = [
    ("Sertraline was inferior to placebo in one trial: patients on 100 mg had fewer drug-free weeks than those on placebo.", "negative"),
    ("Bupropion was inferior to placebo on abstinence.", "negative"),
    ("The drug did worse than placebo on the primary outcome.", "negative"),
    ("Patients fared worse than those on placebo.", "negative"),
    ("Active treatment was outperformed by usual care.", "negative"),
    ("Dapagliflozin was inferior to usual care for the primary endpoint.", "negative"),
    ("Patients in the drug arm fared worse than those on placebo, with fewer symptom-free days.", "negative"),
    ("The supplement underperformed the placebo.", "negative"),
    ("Paroxetine was less effective than placebo, although patients on it had fewer panic attacks.", "negative"),
    ("The drug was worse than placebo on the HAMD, despite lower anxiety scores.", "negative"),
    ("Placebo was less effective than the drug.", "positive"),
    ("The placebo group was inferior to the drug group.", "positive"),
    # a good outcome lowered is no gain
    ("Drinkers given topiramate had fewer heavy-drinking-free days than those given placebo.", "negative"),
    ("Patients on the drug had lower remission rates than those on placebo.", "negative"),
    ("Patients on the drug had lower pain scores than those on placebo.", "positive"),
    # not behind
    ("Naltrexone was not inferior to placebo.", "null"),
    ("Topiramate was numerically inferior to placebo.", "null"),
    ("Patients did no worse than placebo.", "null"),
    ("The drug failed to show improvement over placebo.", "null"),
    ("Patients who received the drug showed no improvement.", "null"),
    ("The new drug was non-inferior to the standard drug.", "null"),
]

CONTROL_INSIDE_THE_ARM = [
    ("Omega-3 1 g/day added to lid hygiene improved OSDI scores more than lid hygiene alone (n = 60).", "lid hygiene alone", "positive"),
    ("Sertraline plus CBT improved symptoms more than sertraline alone.", "sertraline alone", "positive"),
    ("Exposure therapy combined with d-cycloserine reduced CAPS scores more than exposure therapy alone.", "exposure therapy alone", "positive"),
    ("Mindfulness added to usual care improved anxiety more than usual care alone.", None, "positive"),
    ("Yoga on top of standard care improved fatigue more than standard care alone.", None, "positive"),
    ("Ketamine plus ECT improved depression more than ECT alone.", "ECT alone", "positive"),
    ("CBT with sertraline improved symptoms more than sertraline alone.", "sertraline alone", "positive"),
    ("Adding CBT to sertraline improved symptoms more than sertraline alone.", "sertraline alone", "positive"),
    # the comparator arm itself ahead
    ("The sertraline-alone group improved more than the combination group.", "sertraline alone", "negative"),
    ("Sertraline alone improved symptoms more than the combination.", "sertraline alone", "negative"),
    ("The sertraline group improved more than the CBT group.", "sertraline", "negative"),
    ("The usual care group improved more than the yoga group.", None, "negative"),
    ("Sertraline reduced HAMD scores more than CBT.", "sertraline", "negative"),
    ("CBT reduced HAMD scores more than sertraline.", "sertraline", "positive"),
    ("The waitlist group cut THI scores more than the app group.", None, "negative"),
]

NO_FINDING = [
    # adherence, retention, compliance
    "Adherence exceeded 85% in both arms.",
    "Adherence to the study capsules was 92% and did not differ between groups.",
    "Compliance was similar in the two groups.",
    "Retention at 12 weeks was 88% in both arms.",
    # registry hypotheses and protocols
    "We hypothesize that mindfulness will reduce symptoms compared to waitlist.",
    "Hypothesis: CBT-I will reduce insomnia severity more than sleep hygiene education.",
    "The null hypothesis is that there is no difference between arms.",
    "H0: there will be no difference in pain between groups.",
    "Patients who do not have their pain reduced by 30% will get 120 mg.",
    "Children whose symptoms are not improved by week 4 will receive the higher dose.",
    "The drug is expected to lower relapse rates compared with placebo.",
    "The dose was increased to 40 mg if symptoms had not improved by week 4.",
    "Patients whose pain did not improve by at least 30% were switched to the higher dose.",
    "If pain is not reduced by 30% at week 7, patients will receive 120 mg.",
    "rTMS is usually offered to adults whose depression has not improved after two antidepressants.",
    # the make-up of the groups
    "At baseline, 45% had diabetes and 55% did not.",
    "Of the children, 40 had asthma and the rest did not.",
    # predictors and moderators
    "There were no significant differences in sex, family history or dose between responders and non-responders.",
    "Baseline severity did not predict response.",
    "Age and sex were not predictors of remission.",
    "Age, sex and baseline HAMD did not moderate the treatment effect.",
    "Response was not predicted by baseline severity.",
    "There was no significant effect of demographic characteristics on response.",
    # the history that brought the patients in, a dose changed
    "Children had tried 2-4 treatments and found no improvement.",
    "Parents reported no improvement with previous treatments before enrolment.",
    "Most had previously taken two antidepressants without benefit.",
    "Patients on the drug had a significant reduction in dose over the study period.",
    # caveats
    "The improvements didn't affect everyone.",
    "The benefits did not apply to all patients.",
    "It doesn't help every child.",
    "Not everyone benefited, however.",
    "**Results:** Adherence was above 90% in both groups.",
    "It is hypothesised that the app will improve sleep quality relative to usual care.",
    "Participants whose headache frequency is not reduced by at least 50% will be switched to 200 mg.",
    # who could enter
    "Inclusion criteria: adults aged 18-65 with reduced kidney function (eGFR 30-59).",
    "Patients with reduced renal function were excluded.",
    "Key exclusion criteria: improved symptoms during the run-in phase.",
    "The trial enrolled women with decreased ovarian reserve.",
    # a mechanism alone
    "The neuroprotective effect was lost in Nrf2-knockout mice.",
]

WITHIN_OR_BETWEEN = [
    ("Attention showed significantly greater improvement compared with baseline but not compared with placebo.", "null"),
    ("Scores improved from baseline, but not versus placebo.", "null"),
    ("Both groups improved within groups, but not between groups.", "null"),
    ("Symptoms improved more in the placebo group, though not significantly.", "null"),
    ("The placebo arm improved more, but the difference was not statistically significant.", "null"),
    ("The differences weren't statistically significant.", "null"),
    ("Theanine improved attention, but the differences weren't statistically significant.", "null"),
    ("MADRS improved significantly versus baseline, but not versus placebo (p = 0.31).", "null"),
    ("Anxiety scores improved more in the control group, but the difference was non-significant.", "null"),
    ("Symptoms improved more in the placebo group.", "negative"),
    ("Scores decreased from baseline, but none of the doses were significantly different from placebo.", "null"),
]

RATES = [
    ("Stroke occurred in 16.1% in the potassium-salt group vs 18.4% in the control group (RR 0.87), a 13% relative reduction.", "positive"),
    ("Death occurred in 9.2% with the drug and 11.0% with placebo, a 16% relative reduction.", "positive"),
    ("Major cardiovascular events: 7.4% in the statin group vs 9.9% in the placebo group.", "positive"),
    ("Fractures occurred in 12% of the placebo group and 8% of the vitamin D group.", "positive"),
    ("Heart failure hospitalisation occurred in 10.1% of the drug group and 13.4% of the placebo group (HR 0.75).", "positive"),
    # a ratio of events alone, events that occurred
    ("Stroke occurred in 15.9% of the potassium-salt group and 18.7% of the usual-salt group (rate ratio 0.85).", "positive"),
    ("Death occurred in 9% vs 8% (HR 1.12).", "negative"),
    ("Mortality HR 0.91 (p = 0.40).", "null"),
    ("The primary outcome occurred in 15.2% of the drug group and 20.4% of the placebo group.", "positive"),
    ("Response occurred in 50% of the drug group and 30% of the placebo group.", "positive"),
]

MECHANISM = [
    ("In mice, empagliflozin reduced tubular injury after ischaemia, an effect lost in animals lacking HIF-1a [3].", "positive"),
    ("The drug lowered blood pressure in wild-type rats, an effect abolished in knockout mice.", "positive"),
    ("Curcumin reduced anxiety-like behaviour, which was blocked by pretreatment with a GABA-A antagonist.", "positive"),
    ("The drug reduced infarct size in wild-type mice, an effect absent in Nrf2-/- mice.", "positive"),
    ("The effect was abolished in knockout mice.", "unknown"),
    ("In ferrets, the antiviral blocked airborne spread of the virus to cage-mates.", "positive"),
]

DECLINE = [
    ("Allopurinol did not slow eGFR decline in patients with stage 3-4 CKD.", "null"),
    ("The drug did not halt cognitive decline in older adults.", "null"),
    ("The eGFR slope did not differ between groups (-3.1 vs -3.4 mL/min per year).", "null"),
    ("The eGFR slope did not differ (-3.1 vs -3.4 mL/min per year; difference 0.3, 95% CI -0.9 to 1.5).", "null"),
    ("Anxiety did not differ between groups (HAMA 12.1 vs 12.9).", "null"),
    ("Pain did not differ between groups (5.1 vs 6.3 points); HAMD scores were 10.2 vs 14.8 with placebo.", "mixed"),
    ("Allopurinol and kidney function decline in patients with CKD: a randomised trial", "unknown"),
    ("A 30% decline in seizure frequency was seen with the drug.", "positive"),
]


@pytest.mark.parametrize(("text", "expected"), MOVED_AGAINST_CONTROL + BEHIND_THE_CONTROL + WITHIN_OR_BETWEEN + RATES + MECHANISM + DECLINE)
def test_direction_family(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), CONTROL_INSIDE_THE_ARM)
def test_control_named_inside_the_treated_arm(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", NO_FINDING)
def test_statement_of_no_finding(text: str) -> None:
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize("text", [
    "In rats, the drug given at 10 and 20 mg/kg reduced freezing at the retention test compared with vehicle.",
    "Both doses reduced freezing at retention",
])
def test_a_memory_retention_test_is_no_adherence(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "X reduced pain by 30%, which will make it a useful option.",
    "Adherence to the Mediterranean diet reduced depression risk.",
])
def test_a_finding_beside_a_plan_or_about_adherence_stays(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_adherence_compared_between_arms_stays() -> None:
    assert parse_direction("Adherence was significantly higher with the app than with usual care.") == "positive"


MORE_SHAPES = [
    # an event named "worsening" is no worsening: its risk cut is a gain
    ("Treatment with the drug was found to reduce the risk for worsening HF and CV death when added to standard therapy.", "positive"),
    ("The primary outcome of CV death or worsening heart failure was reduced by 21% with the drug compared with placebo.", "positive"),
    ("The drug was associated with a 25% reduction in worsening HF events.", "positive"),
    ("Symptoms worsened with the drug.", "negative"),
    # a population named by its disease, a remainder after the responders
    ("TRIAL-X: a new drug in heart failure with reduced ejection fraction", "unknown"),
    ("Attack frequency fell by more than half in 11 patients; in the remainder the drug showed no advantage over placebo.", "positive"),
    ("In the REST-BP trial, CPAP lowered blood pressure more than sham CPAP.", "positive"),
    # a null difference about a gain
    ("No significant differences existed between any dose and placebo on reduction in weekly pain at end-point.", "null"),
    ("There wasn't a statistically significantly greater improvement compared with placebo, though there was a greater improvement for all.", "null"),
    ("There was not a statistically significant difference versus placebo.", "null"),
    # harms and stops: no efficacy
    ("Significantly more patients on 120 mg (22%) discontinued because of adverse events, versus placebo (9%).", "unknown"),
    ("Serious adverse events were rare: hypotension occurred in 3.1% vs 2.0% and worsening renal function in 5.2% vs 4.1%.", "unknown"),
    ("Safety and efficacy: the drug reduced HAMD scores by 10 points.", "positive"),
    # design labels
    ("60 mg (responders) or 120 mg (non-responders), once daily, for 6 weeks", "unknown"),
    ("Patient Global Impression of Improvement (PGI-I)", "unknown"),
    ("Behaviour was rated on the Clinical Global Impression Improvement Scale (CGI-I).", "unknown"),
    ("This double-blind trial took advantage of a more concentrated extract.", "unknown"),
    ("The drug showed an advantage over placebo.", "positive"),
    ("Another supplement, GABA, didn't show the same benefits.", "null"),
    ("We compared responders (n = 21) and non-responders (n = 40) and found no significant differences in sex, dose or age.", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_SHAPES)
def test_more_shapes(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


EFFECT_SIZES = [
    ("SMD = -0.41*** (-0.55, -0.27)", "positive"),
    ("Hedges g = -0.62 (-0.95, -0.30)", "positive"),
    ("d = -0.31 (95% CI -0.50 to -0.12)", "positive"),
    ("-0.48 (-1.25, 0.29)", "null"),
    ("SMD -0.18 [-0.42; 0.06]", "null"),
    ("0.80 (0.65, 0.98)", "unknown"),  # a bare estimate clear of 0: a ratio as likely as a difference
    ("Aged 40 (35, 45)", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EFFECT_SIZES)
def test_effect_size_with_its_interval(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_effect_size_read_by_its_outcome() -> None:
    assert parse_direction("SMD 0.45 (0.20, 0.70)", None, "Quality of life") == "positive"
    assert parse_direction("SMD 0.45 (0.20, 0.70)", None, "Pain") == "negative"
