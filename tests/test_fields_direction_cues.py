"""Direction cues beyond the core lexicon: first-person reports, verbs of improving and
worsening, findings stated only in numbers, mixed results, a comparator arm ahead, and
hedged or non-significant results; and sentences that state no direction at all."""

import pytest

from extractors.fields import analyse, merge, parse_direction

FIRST_PERSON = [
    ("Honestly my sleep got so much better on it.", "positive"),
    ("I feel a lot better since starting the tablets.", "positive"),
    ("It made a huge difference to my anxiety.", "positive"),
    ("Total game changer for my evenings.", "positive"),
    ("I no longer wake up at 3 am.", "positive"),
    ("Haven't had a single migraine since March.", "positive"),
    ("My headaches went from about twelve days a month to two.", "positive"),
    ("My ISI score went from 21 to 8 after the course.", "positive"),
    ("I slept from five hours to seven hours of sleep a night.", "unknown"),  # no verb of change: just a span
    ("Three months on it and zero difference.", "null"),
    ("Didn't notice any change at all.", "null"),
    ("The gummies made me feel worse, if anything.", "negative"),
    ("I honestly felt worse on the higher dose.", "negative"),
]

VERBS = [
    ("Bright light in the morning advanced circadian phase by an hour.", "positive"),
    ("Aerobic training increases grey-matter volume in older adults.", "positive"),
    ("The supplement boosted remission rates in the open phase.", "positive"),
    ("Yoga eased low back pain in veterans.", "positive"),
    ("The nasal spray sped recovery from the episode.", "positive"),
    ("The programme cut emergency visits among frail patients by a third.", "positive"),
    ("The new regimen cut the risk of readmission.", "positive"),
    ("Zinc shortens colds in children.", "positive"),
    ("The drug trimmed LDL cholesterol modestly.", "positive"),
    ("Participants lost 6.2 kg on average over the year.", "positive"),
    ("The app lifted mood scores within a fortnight.", "positive"),
    ("Tai chi beat stretching on balance.", "positive"),
    ("The antibody outperformed standard care on the primary end point.", "positive"),
    ("The stimulant increased anxiety in a third of the children.", "negative"),
    ("Withdrawal doubled the risk of relapse.", "negative"),
    ("The policy backfired: overdoses rose.", "negative"),
    ("At 30 mg/kg it impaired spatial memory in rats.", "negative"),
    ("The tablets did not make the hot flushes any less frequent.", "null"),
    ("Supplementation did not shift HbA1c.", "null"),
    ("Neither fatigue nor pain scores were reduced by the diet.", "null"),
]

NUMBERS = [
    ("\u221221% vs \u22123% with placebo", "positive"),
    ("-4.1 vs -1.2", "positive"),
    ("Change from baseline -4.1 vs -1.2 on the HAMD", "positive"),
    ("\u22122.0 vs \u22124.5 points", "negative"),  # the control fell further
    ("48% vs 31% responders", "positive"),
    ("Remission 22% vs 35%", "negative"),
    ("Relapse 12% vs 30%", "positive"),
    ("Placebo 14% vs 29% with the drug; response", "positive"),
    ("Attack days fell by 38% in the active arm compared with 12% in the placebo arm.", "positive"),
    ("Pain scores improved by 3.1 vs 1.4 points.", "positive"),
    ("Responders 40% vs 40%", "null"),
    ("OR 2.1 (0.8-3.9)", "null"),
    ("Remission OR 2.1 (1.3-3.4)", "positive"),
    ("Relapse HR 0.62 (0.45 to 0.85)", "positive"),
    ("p = 0.41", "null"),
    ("Response rates 48% vs 31% (p = 0.21)", "null"),
    ("ns", "null"),
    ("n.s.", "null"),
    ("NSD", "null"),
    ("\u2194 PSQI", "null"),
    ("Lower hs-CRP at 12 weeks", "positive"),
    ("Fewer falls", "positive"),
    ("Higher remission", "positive"),
    ("More headaches", "negative"),
    ("Greater BDI reduction at week 6", "positive"),
    ("OR 2.1 (1.3-3.4)", "unknown"),  # which outcome? not a guess
    ("Aged 41 vs 44 years", "unknown"),
    ("The dose went from 10 to 20 mg.", "unknown"),
]

MIXED = [
    ("Better on the PSWQ, not at 6-month follow-up", "mixed"),
    ("Improved at week 4; not at week 12", "mixed"),
    ("No change at 8 weeks; lower at 16 weeks", "mixed"),
    ("The drug improved sleep onset but not daytime fatigue.", "mixed"),
    ("An early benefit on mood that faded by the third month.", "mixed"),
    ("The effect was significant on the primary but not the secondary outcome.", "mixed"),
    ("Faster early gains, but no difference at the end of treatment.", "mixed"),
    ("Citalopram did not significantly lower agitation but may reduce caregiver distress.", "mixed"),
    ("Only the two higher doses separated from placebo.", "mixed"),
]

COMPARATOR_AHEAD = [
    ("The placebo group improved more on every scale.", None, "negative"),
    ("Participants on usual care fared better.", None, "negative"),
    ("Response rates were higher in the placebo arm.", None, "negative"),
    ("Sertraline outperformed the herbal extract.", "sertraline", "negative"),
    ("The extract was inferior to sertraline on the HAMD.", "sertraline", "negative"),
    ("Results favoured the control arm.", None, "negative"),
    ("Escitalopram worked better in the second phase.", "escitalopram", "negative"),
    ("Sertraline was more effective than the extract.", "sertraline", "negative"),
    ("The extract was less effective than sertraline.", "sertraline", "negative"),
    ("The extract improved symptoms less than sertraline.", "sertraline", "negative"),
    ("Sertraline produced larger improvements than the extract.", "sertraline", "negative"),
    ("Improvement was greater with sertraline than with the extract.", "sertraline", "negative"),
    ("The extract was outperformed by sertraline.", "sertraline", "negative"),
    ("The app was outperformed by the waitlist condition.", None, "negative"),
    ("The drug was beaten by placebo on every measure.", None, "negative"),
    ("Patients did better on placebo.", None, "negative"),
    ("Participants responded better to placebo than to the drug.", None, "negative"),
    ("More patients responded to placebo than to the active drug.", None, "negative"),
    ("Placebo-treated patients had greater reductions in HAMD scores.", None, "negative"),
    ("The comparator arm showed a larger decrease in pain.", None, "negative"),
    ("Symptoms improved more with usual care than with the app.", None, "negative"),
    ("The drug improved sleep more than placebo did.", None, "positive"),
    ("Drug X outperformed placebo.", None, "positive"),
    ("The drug was more effective than sertraline.", "sertraline", "positive"),
]

HEDGED = [
    ("The difference did not quite reach significance.", "null"),
    ("The probiotic failed to separate from placebo.", "null"),
    ("It was no better than a sugar pill.", "null"),
    ("Outcomes were comparable to placebo.", "null"),
    ("There was a trend toward improvement (p = 0.08).", "null"),
    ("The reduction approached significance.", "null"),
    ("Scores were numerically lower with the drug.", "null"),
    ("The app performed on par with group therapy.", "null"),
    ("The benefit was marginally significant.", "null"),
    ("Melatonin may not improve sleep in people with dementia.", "null"),
    ("Drug and placebo were indistinguishable from each other.", "null"),
]

WORDINGS = [
    ("Use of the drug was associated with a reduction in relapse.", "positive"),
    ("The infusion hastened recovery after surgery.", "positive"),
    ("Lithium protected against relapse over two years.", "positive"),
    ("The supplement diminished craving in heavy drinkers.", "positive"),
    ("The compound suppressed cravings in the first week.", "positive"),
    ("The injection produced greater weight loss than placebo.", "positive"),
    ("Honestly, it worked!", "positive"),
    ("I can finally sleep through the night now.", "positive"),
    ("My anxiety is way down since I started.", "positive"),
    ("The vaccine met its primary end point.", "positive"),
    ("The drug demonstrated efficacy in two phase 3 trials.", "positive"),
    ("Patients on the drug did worse at 12 months.", "negative"),
    ("The drug increased the risk of falls in older adults.", "negative"),
    ("Long-term use harmed kidney function.", "negative"),
    ("The sedative reduced quality of life scores.", "negative"),
    ("The sedative reduced memory complaints.", "positive"),
    ("Drug and placebo arms performed similarly.", "null"),
    ("There was little difference between the arms.", "null"),
    ("The supplement had a negligible effect on fatigue.", "null"),
    ("The trial was negative.", "null"),
    ("The effect could not be replicated in a larger sample.", "null"),
    ("Effects on sleep were null.", "null"),
    ("Benefits were confined to participants with severe symptoms at entry.", "mixed"),
    ("The extract helped in some but not all trials.", "mixed"),
    ("Trials of the herb gave heterogeneous results.", "mixed"),
    ("There was a numerical advantage for the drug that was not significant.", "null"),
    ("The control condition produced larger effects.", "negative"),
    ("The placebo group had higher response rates.", "negative"),
    ("The waitlist group had higher relapse rates than the app group.", "positive"),
    ("The supplement showed a 30% reduction in symptom days.", "positive"),
    ("Reduction in HAMD scores was larger with the drug.", "positive"),
    ("Hospital stays were shorter with the new pathway.", "positive"),
    ("Quit rates were 22% with varenicline and 9% with placebo.", "positive"),
    ("At week 8, 52% vs 38% achieved remission (p = 0.03).", "positive"),
    ("Mean change −3.2 (SD 4.0) vs −1.1 (SD 3.8) on the MADRS", "positive"),
    ("Mean HAMD change: -7.5 vs -7.1, p = 0.74", "null"),
    ("RR 0.71 (95% CI 0.55–0.92) for relapse", "positive"),
    ("HR 1.05; 95% CI 0.88-1.25", "null"),
    ("Difference −1.7 (95% CI −2.9 to −0.5)", "unknown"),
]

CELLS_AND_REPORTS = [
    ("Significant improvement vs placebo", "positive"),
    ("Superior to TAU on PANSS negative subscale", "positive"),
    ("No significant difference vs sertraline", "null"),
    ("Greater reduction in CAPS-5 (−12.4 vs −6.1)", "positive"),
    ("HAMD: −9.8 vs −7.2 (p = 0.04)", "positive"),
    ("HAMD −9.8 vs −9.1; p = 0.62", "null"),
    ("Remission: 41% vs 22%", "positive"),
    ("Dropout 12% vs 10%", "unknown"),
    ("Response 35% v 34% (NS)", "null"),
    ("Not significant", "null"),
    ("Walking distance did not differ (+20 m vs +17 m; P = 0.55), whereas fatigue scores fell more with the drug.", "mixed"),
    ("No between-group difference", "null"),
    ("Reduced ISI by 6 points vs 2 with sleep hygiene", "positive"),
    ("Worse than placebo at week 12", "negative"),
    ("Placebo superior", "negative"),
    ("Favours control", "negative"),
    ("Numerically better, p = 0.09", "null"),
    ("Improved negative symptoms at 12 wk; effect lost at 24 wk", "mixed"),
    ("Effective in women only", "mixed"),
    ("Benefit in subgroup with high CRP only", "mixed"),
    ("Large effect on craving (d = 0.9)", "positive"),
    ("Effect size d = 0.05, not significant", "null"),
    ("Relapse-free survival longer with lithium", "positive"),
    ("Time to relapse longer with the drug (HR 0.55, 95% CI 0.38-0.80)", "positive"),
    ("Users reported feeling calmer and sleeping better.", "positive"),
    ("After two weeks my panic attacks stopped completely.", "positive"),
    ("It did absolutely nothing for my sleep.", "null"),
    ("Didn't work for me at all.", "null"),
    ("Made my anxiety way worse.", "negative"),
    ("I gave up after a month because I felt no different.", "null"),
    ("Honestly it's been a lifesaver for my migraines.", "positive"),
    ("The cream cleared my eczema in a week.", "positive"),
    ("Scores improved similarly in both arms.", "null"),
    ("The intervention group improved significantly more than controls.", "positive"),
    ("Both interventions were effective, with no difference between them.", "null"),
    ("The drug was well tolerated but did not improve cognition.", "null"),
    ("Ketamine's antidepressant effect was rapid but short-lived.", "mixed"),
    ("The response rate was 60% in the active group versus 58% with sham.", "positive"),
    ("At 12 weeks, MADRS scores had fallen by 14.1 points with the drug and 9.2 with placebo.", "positive"),
    ("Abstinence was achieved by 30% of those on varenicline compared with 12% on placebo.", "positive"),
    ("Relapse occurred in 18% versus 41% (placebo).", "positive"),
]

ABSTRACT_SENTENCES = [
    ("CONCLUSIONS: Adjunctive minocycline may be a useful treatment for negative symptoms.", "positive"),
    ("CONCLUSIONS: These findings support the use of bright light therapy in bipolar depression.", "positive"),
    ("CONCLUSION: Our results do not support the use of omega-3 supplements for the prevention of depression.", "null"),
    ("CONCLUSIONS: Vitamin D supplementation cannot be recommended for depressive symptoms.", "null"),
    ("Conclusions: There is insufficient evidence to recommend melatonin for delirium prevention.", "null"),
    ("CONCLUSIONS: Psilocybin was safe and well tolerated, but larger trials are needed.", "unknown"),
    ("Interpretation: Esketamine appears to be effective in treatment-resistant depression.", "positive"),
    ("CONCLUSIONS: The intervention is a promising approach to reducing loneliness.", "positive"),
    ("Conclusion: Exercise is an effective adjunct for schizophrenia.", "positive"),
    ("CONCLUSIONS: Probiotic supplementation was not associated with improvement in mood.", "null"),
    ("CONCLUSIONS: Zinc augmentation offered no advantage over placebo.", "null"),
    ("CONCLUSIONS: The addition of pimavanserin did not confer additional benefit.", "null"),
    ("CONCLUSIONS: Lithium reduced the risk of suicide compared with placebo.", "positive"),
    ("CONCLUSIONS: Both doses were superior to placebo.", "positive"),
    ("CONCLUSIONS: Neither dose separated from placebo.", "null"),
    ("Results: The mean difference was −2.3 points (95% CI −4.1 to −0.5) in favour of the drug.", "positive"),
    ("RESULTS: The mean difference between groups was 0.4 points (95% CI −1.2 to 2.0).", "null"),
    ("RESULTS: The standardized mean difference was −0.45 (95% CI −0.70 to −0.20) favouring CBT.", "positive"),
    ("RESULTS: The effect size was small (g = 0.21) and not statistically significant.", "null"),
    ("Those receiving the drug were 40% less likely to relapse.", "positive"),
    ("The odds of remission were twice as high with the drug.", "positive"),
    ("Twice as many patients responded to the drug as to placebo.", "positive"),
    ("Participants in the exercise arm reported less fatigue than controls.", "positive"),
    ("CBT was associated with greater reductions in insomnia severity.", "positive"),
    ("The intervention conferred no additional benefit over usual care.", "null"),
    ("Treatment effects were modest and did not persist beyond 6 months.", "mixed"),
    ("The drug showed a statistically significant but clinically small benefit.", "positive"),
    ("Statistically significant improvements were seen in all secondary outcomes.", "positive"),
]

# a gain named as the subject or object of a null finding is not a gain
NULL_CLAUSES = [
    ("There was no evidence that the supplement improved mood.", "null"),
    ("The trial did not show that ketamine reduced relapse.", "null"),
    ("The improvement did not differ from placebo.", "null"),
    ("Improvements in the drug arm did not differ significantly from those with placebo.", "null"),
    ("Symptom reduction was no greater than with placebo.", "null"),
    ("The reduction in HAMD scores was not significantly greater than with placebo.", "null"),
    ("The benefit over placebo was not statistically significant.", "null"),
    ("Gains at 3 months were lost by 12 months.", "mixed"),
    ("The effect was limited to the first week.", "mixed"),
    ("The drug improved sleep onset, though total sleep time was unchanged.", "mixed"),
    ("Reductions in craving were similar in both arms.", "null"),
]

HEADLINES = [
    ("Study finds no link between fish oil and mood.", "null"),
    ("Ketamine nasal spray falls short in second trial.", "null"),
    ("The much-hyped supplement flopped in a rigorous trial.", "null"),
    ("Results were disappointing.", "null"),
    ("Cheap pill slashes risk of second heart attack.", "positive"),
    ("Coffee drinkers had a lower risk of depression.", "positive"),
    ("A daily walk could cut dementia risk by a third.", "positive"),
    ("Magnesium did little for sleep quality.", "null"),
]

MARKETING_AND_COMMENTS = [
    ("Clinically shown to increase deep sleep by 20%.", "positive"),
    ("Supports healthy mood and restful sleep.", "positive"),
    ("Honestly it didn't do much for me.", "null"),
    ("I couldn't tell any difference after a month.", "null"),
    ("The pills did not make much difference.", "null"),
]

NO_DIRECTION = [
    "Patients with advanced cancer were excluded.",
    "Adults who had responded to ketamine in the open phase were randomised.",
    "Higher doses were used in the later trials.",
    "More research is needed.",
    "Less is known about long-term use.",
    "Negative symptoms include blunted affect and alogia.",
    "Baseline scores were similar across arms (p = 0.62).",
    "The study was published in 2019.",
    "Dropouts: 12% vs 10%",
    "Smaller open-label trials after the pivotal studies",
    "Results look encouraging, but don't stop your usual medication.",
    "It is being studied as a way to make exposure therapy work better.",
    "It is usually better to start with a low dose.",
    "The mechanism is better understood in rodents.",
    "Patients with more severe insomnia were more likely to drop out.",
    "Higher doses may be needed in older adults.",
    "Clinicians often cut the dose by half in frail patients.",
    "The cohort included adults who had lost weight unintentionally.",
    "This works by blocking NMDA receptors.",
    "Increased daytime sleepiness was the most common complaint.",
    "I did not see my GP about it.",
    "BMI at baseline: 31 vs 30",
    "Lower in the placebo group",
    "Participants were aged 18 and 65 at entry.",
]


@pytest.mark.parametrize("text,expected", FIRST_PERSON + VERBS + NUMBERS + MIXED + HEDGED + WORDINGS + CELLS_AND_REPORTS + ABSTRACT_SENTENCES + NULL_CLAUSES + HEADLINES + MARKETING_AND_COMMENTS)
def test_direction_cue(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text,comparator,expected", COMPARATOR_AHEAD)
def test_comparator_ahead_is_negative(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", NO_DIRECTION)
def test_no_direction(text: str) -> None:
    assert parse_direction(text) == "unknown"


def test_a_finding_in_a_following_sentence_gives_the_claim_its_direction() -> None:
    sentences = ["Ninety adults with obesity received the injection weekly for a year.",
                 "They lost an average of 9% of their body weight."]
    assert merge([analyse(s) for s in sentences]).direction == "positive"


def test_a_comparator_named_once_makes_a_later_sentence_negative() -> None:
    sentences = ["The extract was compared with sertraline in 120 outpatients.",
                 "Both groups improved, but the sertraline group improved more."]
    assert merge([analyse(s) for s in sentences]).direction == "negative"


ROW_FINDINGS = [
    ("48% vs 31%", "Response rate", "positive"),
    ("48% vs 31%", None, "unknown"),  # which way is better? not a guess
    ("12% vs 30%", "Relapse at 1 year", "positive"),
    ("Higher", "Remission", "positive"),
    ("Higher", "Relapse", "negative"),
    ("Lower", "HbA1c", "positive"),
    ("OR 2.1 (1.3-3.4)", "Response", "positive"),
    ("OR 2.1 (0.9-3.4)", "Response", "null"),
]


@pytest.mark.parametrize("finding,outcome,expected", ROW_FINDINGS)
def test_a_row_finding_is_read_against_its_outcome_cell(finding: str, outcome: str | None, expected: str) -> None:
    assert parse_direction(finding, None, outcome) == expected
