"""Direction of findings with negation, hedging and contrast; ongoing-trial detection."""

import pytest

from extractors.fields import parse_direction, parse_ongoing

CASES = [
    # positive
    ("DCS significantly reduced LSAS scores compared with placebo", "positive"),
    ("Drug X improved sleep quality", "positive"),
    ("Ketamine was superior to midazolam at 24 hours", "positive"),
    ("Response rates were higher with psilocybin", "positive"),
    ("produced a rapid antidepressant effect", "positive"),
    ("CBT outperformed the waitlist", "positive"),
    ("Participants receiving DCS showed greater improvement than those on placebo", "positive"),
    ("No serious adverse events occurred, and the drug significantly reduced PDSS scores", "positive"),
    ("The groups did not differ at baseline; drug X reduced symptoms", "positive"),
    ("may improve mood", "positive"),  # hedged claims keep their asserted direction
    # null
    ("DCS did not enhance extinction learning", "null"),
    ("There was no significant difference between groups", "null"),
    ("Drug X failed to separate from placebo", "null"),
    ("did not significantly reduce symptoms", "null"),
    ("The effect did not persist at follow-up", "null"),
    ("No improvement was observed", "null"),
    ("outcomes were comparable to sertraline", "null"),
    ("was not superior to placebo", "null"),
    ("a trend toward improvement", "null"),
    ("Differences were not statistically significant.", "null"),
    ("had no effect on anxiety", "null"),
    # negative
    ("the control arm improved more", "negative"),
    ("Placebo was superior to drug X", "negative"),
    ("Symptoms worsened in the treated group", "negative"),
    ("Results favoured placebo", "negative"),
    ("greater improvement in the placebo group", "negative"),
    # mixed
    ("faster early gains but no difference at end of treatment", "mixed"),
    ("X reduced anxiety but did not improve sleep", "mixed"),
    ("the effect was significant at week 4 but not at week 12", "mixed"),
    ("lower scores on the Perceived Stress Scale than those taking placebo", "positive"),
    ("The drug group reported less social fear at follow-up", "positive"),
    ("scores on the CDR-SB worsened 30% less than with placebo", "positive"),
    ("it slowed decline on the ADAS-Cog", "positive"),
    ("was non-inferior to varenicline", "null"),
    ("performed as well as sertraline", "null"),
    ("Both groups improved on the PSWQ", "null"),
    ("fewer migraine days than placebo, though the difference was not statistically significant", "null"),
    ("reported more anxiety on the STAI than those on placebo", "negative"),
    ("higher mortality in those who continued", "negative"),
    ("Results across trials were inconsistent", "mixed"),
    ("only the highest dose separated from placebo", "mixed"),
    ("The 50 mg dose improved sleep, whereas 25 mg did not.", "mixed"),
    ("improved scores at week 8; the benefit was lost after stopping", "mixed"),
    ("Response rates were 45.2% with vortioxetine vs 29.4% with placebo (P = .002).", "positive"),
    ("Remission occurred in 20% of the placebo group and 38% of the drug group.", "positive"),
    ("Relapse rates were 12% with lithium versus 30% with placebo.", "positive"),
    ("Response rates were 30% with drug X vs 41% with placebo.", "negative"),
    # consumer and practice wording
    ("about half of her patients respond to the spray within a week", "positive"),
    ("response rates of up to 80% have been seen in clinics", "positive"),
    ("my panic was gone by lunchtime", "positive"),
    ("my GAD-7 went from 18 to 6", "positive"),
    ("Symptoms disappeared within two days", "positive"),
    ("The benefit was gone by week 4", "null"),
    ("20-30% of children do not respond to stimulants", "null"),
    ("Neither dose was superior to placebo on the primary end point.", "null"),
    ("Patients given CBT were more likely to achieve remission than those receiving usual care", "positive"),
    ("The programme halved the rate of readmission.", "positive"),
    ("Mortality was higher in the treatment arm (hazard ratio 1.4).", "negative"),
    # a gain that does not last, or one outcome moving and another not, is mixed
    ("Melatonin produced a shorter sleep onset latency but the PSQI did not differ from placebo.", "mixed"),
    ("Pain scores improved on day 1, but the effect had worn off by day 7.", "mixed"),
    ("Anxiety fell at week 4; the improvement was not sustained at follow-up.", "mixed"),
    ("Headache frequency fell by half but MIDAS scores did not change.", "mixed"),
    ("Ketamine reduced depression at 24 h, an effect that wore off within a week.", "mixed"),
    ("Short-term gains were not maintained at 12 months.", "mixed"),
    ("The difference was not sustained beyond week 4.", "null"),
    ("CBT was better than waitlist at post-treatment but not at follow-up.", "mixed"),
    ("did not improve anxiety more than placebo, but participants reported more satisfying sleep", "mixed"),
    # a control arm that improved more is negative even when both arms improved
    ("Scores improved in both groups, with greater improvement in the control group.", "negative"),
    ("Participants on usual care improved more than those on the app.", "negative"),
    # terse cells and news ledes
    ("Cognition worse on sarcosine", "negative"),
    ("Memory impaired", "negative"),
    ("impaired", "negative"),
    ("no benefit", "null"),
    ("NS", "null"),
    ("n.s.", "null"),
    ("\u2191 response", "positive"),
    ("\u2193 HAMD", "positive"),
    ("\u2191 PANSS total", "negative"),
    ("A mushroom compound eased symptoms in people with hard-to-treat depression, a new study reports.", "positive"),
    ("Combined treatment offers the best chance of a response.", "positive"),
    # falling just short of significance is a null result
    ("The difference did not quite reach significance (p = 0.06).", "null"),
    ("The primary outcome narrowly missed significance.", "null"),
    ("Attention bias modification failed to outperform an attention control condition; both groups improved.", "null"),
    ("Fatigue scores fell more with yoga than with usual care.", "positive"),
    ("Magnesium improved sleep but not mood.", "mixed"),
    ("BDI scores improved in both vitamin D groups but not with placebo.", "positive"),
    ("The drug improved memory at 1 hour; by day 7 the groups no longer differed.", "mixed"),
    ("Sleep latency shorter; PSQI unchanged", "mixed"),
    ("Benefit on HAMD only", "mixed"),
    ("The app cut anxiety scores in half in a trial of 200 students.", "positive"),
    ("A cheap generic drug curbed drinking in heavy drinkers, researchers report.", "positive"),
    ("The pill shows promise for hot flushes.", "positive"),
    ("Usual care patients improved as much as those given the app.", "null"),
    ("The sham group improved just as much.", "null"),
    ("Improvement was greater with sham stimulation.", "negative"),
    ("Response was higher on placebo than on the drug.", "negative"),
    ("Trend only (p = 0.08)", "null"),
    ("Favours drug", "positive"),
    ("Favours placebo", "negative"),
    # more ways results are worded: a gain that fades, a control arm doing better, a missed end point
    ("Sarcosine did not improve negative symptoms, and cognition was worse on sarcosine than on placebo.", "negative"),
    ("Participants on the app reported shorter sleep latency, but total sleep time and PSQI scores did not differ.", "mixed"),
    ("Response rates were similar (42% vs 39%).", "null"),
    ("At 6 months, the advantage had disappeared.", "null"),
    ("Although anxiety improved at week 2, by week 8 there was no difference between groups.", "mixed"),
    ("The drug was associated with improved recall at 1 week; however, this was not maintained at 3 months.", "mixed"),
    ("The waitlist group showed larger gains.", "negative"),
    ("Placebo-treated patients improved more on the HAMD than those taking the supplement.", "negative"),
    ("The treatment group deteriorated less than controls.", "positive"),
    ("Compared with usual care, the intervention reduced readmissions by 30%.", "positive"),
    ("The supplement didn't help.", "null"),
    ("There were no significant between-group differences on any outcome.", "null"),
    ("Efficacy did not differ significantly from placebo.", "null"),
    ("The primary outcome was not met.", "null"),
    ("The trial missed its primary endpoint.", "null"),
    ("Symptom scores fell in both arms, but more so with placebo.", "negative"),
    ("Those on usual care did better.", "negative"),
    ("Benefits were seen on the CGI but not the PANSS.", "mixed"),
    ("Improvement on the HAMD was significant only at week 2.", "mixed"),
    ("Early improvement was not sustained.", "mixed"),
    ("Pain relief lasted only a few hours.", "mixed"),
    ("The effect faded within days.", "null"),
    ("Mood improved slightly more on placebo.", "negative"),
    ("No benefit over placebo", "null"),
    ("Worse than placebo on cognition", "negative"),
    ("Increased relapse", "negative"),
    ("↓ relapse", "positive"),
    ("Small benefit, not significant", "null"),
    ("Significant benefit at 4 wk, lost by 12 wk", "mixed"),
    ("p = 0.03 favouring drug", "positive"),
    ("No difference (p = 0.62)", "null"),
    ("Comparable to sertraline", "null"),
    # vendor-table cells, news ledes and abstract sentences seen in the wild
    ("Lion's mane improved scores on the cognitive subscale at week 8, but the benefit was gone four weeks after stopping.", "mixed"),
    ("Rhodiola shortened time to fall asleep, whereas sleep quality on the PSQI did not differ from placebo.", "mixed"),
    ("Anxiety scores fell by a third in the app group but also fell in the waitlist group by a similar amount.", "null"),
    ("Saffron was as effective as fluoxetine in mild depression.", "null"),
    ("Patients on citicoline recovered no faster than those on placebo.", "null"),
    ("A popular sleep supplement eased insomnia in older adults, according to a new trial.", "positive"),
    ("A common blood pressure pill may help people with PTSD sleep better, a study suggests.", "positive"),
    ("The nasal spray helped about half of patients who had not responded to other drugs.", "positive"),
    ("Cognition worse", "negative"),
    ("Memory impaired vs placebo", "negative"),
    ("No benefit on PANSS", "null"),
    ("↑ remission", "positive"),
    ("↓ craving (NS)", "null"),
    ("Improved HAMD; no change in sleep", "mixed"),
    ("Superior to placebo at wk 6 only", "mixed"),
    ("Reduced relapse", "positive"),
    ("No sig. difference", "null"),
    ("Trend (p=0.07)", "null"),
    ("Placebo better", "negative"),
    ("Group differences did not reach statistical significance, although the direction favoured the drug.", "null"),
    ("The between-group difference narrowly missed statistical significance (p = 0.054).", "null"),
    ("Depressive symptoms improved slightly, though not significantly.", "null"),
    ("Sleep quality improved in both arms, with no difference between them.", "null"),
    ("The TAU group deteriorated, while the app group remained stable.", "positive"),
    ("Exercise did not improve fatigue more than usual care.", "null"),
    ("Fatigue fell more with yoga than with usual care at 12 weeks.", "positive"),
    ("Hospital admissions were cut by 40% compared with standard care.", "positive"),
    ("The drug did not shorten illness duration but did reduce symptom severity.", "mixed"),
    ("Patients on placebo relapsed, while those on lithium stayed well.", "positive"),
    # a finding cell that is only a verdict
    ("Positive", "positive"),
    ("Null (p = 0.41)", "null"),
    ("Mixed", "mixed"),
    ("Worse", "negative"),
    ("No effect", "null"),
    # unknown
    ("Negative symptoms were rated on the SANS.", "unknown"),
    ("patients with impaired renal function were excluded", "unknown"),
    ("The primary outcome was change in HAM-D score from baseline to week 8.", "unknown"),
    ("The ENHANCE-X trial is testing the drug in panic disorder", "unknown"),
    ("Dose-finding work in healthy volunteers used 50-250 mg", "unknown"),
    ("Response was 40% with drug A and 35% with drug B", "unknown"),  # two active arms: whose finding?
    ("We asked whether the drug improves memory in older adults", "unknown"),
    ("Does it really reduce anxiety?", "unknown"),
    ("Participants received 50 mg 1 hour before each session", "unknown"),
    ("The study was conducted in Boston.", "unknown"),
    ("", "unknown"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_direction(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


COMPARATOR_ARM = [
    ("Both groups improved, but the sertraline group improved more.", "sertraline", "negative"),
    ("Sertraline arm improved more than rhodiola", "sertraline", "negative"),
    ("Topiramate worked better.", "topiramate", "negative"),
    ("Rhodiola reduced HAMD scores more than sertraline.", "sertraline", "positive"),
    ("Although both groups improved, improvement was greater with sertraline.", "sertraline", "negative"),
    ("Depression scores fell more in the sertraline group.", "sertraline", "negative"),
    ("Greater improvement was seen with CBT alone.", "cbt alone", "negative"),
    ("Results favoured escitalopram on the MADRS.", "escitalopram", "negative"),
    ("Greater improvement was seen with placebo.", None, "negative"),
]


@pytest.mark.parametrize("text,comparator,expected", COMPARATOR_ARM)
def test_comparator_arm_doing_better_is_negative(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_case_and_markup_do_not_matter() -> None:
    assert parse_direction("**DID NOT ENHANCE** outcomes") == "null"
    assert parse_direction("Significantly\u00a0reduced symptoms") == "positive"


ONGOING = [
    "A phase 2 trial is now recruiting",
    "The study is currently under way",
    "A planned trial will compare psilocybin with escitalopram",
    "Enrolment opens in March",
    "The trial is ongoing and results are expected in 2027",
    "200 patients will be randomized",
    "We are planning a pilot trial of the drug for driving phobia",
    "The company plans to start a phase 3 study next spring",
    "a phase 2 trial is planned for 2027",
    "a new study recruiting adolescents in Leeds",
    "We are planning to test higher doses.",
    "The group plans to start enrolling patients next year.",
    "The trial will begin enrolling in the spring.",
    "Researchers are seeking volunteers aged 18-65.",
    "Recruitment will open in May.",
    "A trial is set to begin next year.",
    "They hope to start a larger study soon.",
    "The drug is being tested in a phase 2 trial.",
    "The first patients will be dosed next month.",
    "Interested readers can contact the study team to take part.",
    "Eligible adults may apply through the clinic website.",
    "Results are due in 2026.",
    "The study is due to finish next year.",
    "A phase 3 trial is getting under way in Europe.",
    "Recruitment is under way at six sites.",
    "Volunteers are needed for a new study of psilocybin.",
    "The researchers now hope to run a larger trial.",
    "A bigger trial is in the works.",
    "They are now recruiting for a follow-up study.",
    "Sign-ups for the trial open in January.",
    "The trial is expected to read out in 2027.",
]
DONE = [
    "Drug X reduced symptoms",
    "The trial was completed in 2019",
    "84 patients were randomized",
    "The trial was planned in 2010 and completed in 2014.",
    "Participants were volunteers from the community.",
    "As planned, the analysis was by intention to treat.",
    "Smokers who are planning to quit were excluded.",
    "The study design was sound and the sign of the effect was clear.",
    "Volunteers were paid for their time.",
    "The trial was due to the efforts of many.",
    "Results are shown in Table 2.",
    "Patients needed a referral.",
    "",
]


@pytest.mark.parametrize("text", ONGOING)
def test_ongoing(text: str) -> None:
    assert parse_ongoing(text)


@pytest.mark.parametrize("text", DONE)
def test_not_ongoing(text: str) -> None:
    assert not parse_ongoing(text)
