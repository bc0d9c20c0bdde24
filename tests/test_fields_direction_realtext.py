"""Direction on shapes seen in real web text: findings stated only in numbers, safety
statements beside efficacy results, sentences that state no finding (aims, outcome
definitions, titles, baseline and control checks), risks of a bad outcome, exposure
studies and equivalence with an active drug. All sentences are invented variants."""

import pytest

from extractors.fields import analyse, merge, parse_direction

NUMBERS_ONLY = [
    # a bigger fall in a bad outcome for the treated arm
    ("By day 10 the control infants fussed 30 percent less each day, compared to 55 percent less for the infants given drops.", "positive"),
    ("Fussing fell by 25% in the placebo group and by 48% in the lozenge group.", "positive"),
    # a smaller value of a bad outcome
    ("At week 4, mean crying time in the control group was 110 minutes a day compared to 50 minutes a day for babies on the drops.", "positive"),
    ("Sleep latency was 52 minutes for placebo and 31 minutes for the 5-mg dose.", "positive"),
    ("Sleep latency was 31 minutes for placebo and 52 minutes for the 5-mg dose.", "negative"),
    # a larger value or share of a good outcome
    ("Total sleep time was 360 minutes for placebo, 402 minutes for the low dose, and 410 minutes for the high dose.", "positive"),
    ("After a month, 38 percent of infants in the control group no longer had colic compared to 79 percent of those given the drops.", "positive"),
    ("Overall, 61% of the patch group at least halved their headache days, compared with 18% on placebo.", "positive"),
    ("Some 40% of the placebo arm had a headache, versus 22% of the patch arm.", "positive"),
    ("Quality-of-life scores rose by 7.1 points with the tea, while in controls they dropped by 2.2 points.", "positive"),
    # two active arms: each arm's fall is the finding, the numbers compare no control
    ("Pain fell by 40% with the gel and by 35% with the cream.", "positive"),
    ("Pain scores were 40% with the gel and 35% with the cream.", "unknown"),
]

MORE_NUMBERS = [
    ('Mean HAMD scores at week 8 were 10.2 in the drug group and 14.8 in the placebo group.', 'positive'),
    ('Response: 52% (drug) vs 31% (placebo).', 'positive'),
    ('The drug group lost 5.1 kg versus 1.2 kg with placebo.', 'positive'),
    ('Pain scores dropped from 7.1 to 3.2 with the drug and from 7.0 to 5.9 with placebo.', 'positive'),
    ('Relapse occurred in 12% of the drug group and 31% of the placebo group.', 'positive'),
    ('Crying time: 45 min/day with probiotic vs 89 min/day with placebo.', 'positive'),
    ('Crying: probiotic 38 ± 12 min vs placebo 71 ± 20 min.', 'positive'),
    ('Relapse rates were 12% on lithium and 31% on placebo.', 'positive'),
    ('Median crying time fell to 35 minutes in the probiotic group compared with 90 minutes in the placebo group.', 'positive'),
    ('Remission was achieved by 42 of 100 patients on the drug versus 20 of 98 on placebo.', 'positive'),
    ('In the placebo arm 22% responded, while in the ketamine arm 57% responded.', 'positive'),
    ('Patients on placebo woke 3.1 times a night, compared with 1.4 times for those on the gummies.', 'positive'),
    ('Migraine days fell by 4.2 days a month with the injection and by 1.9 days with placebo.', 'positive'),
    ('Relapse occurred in 31% of the drug group and 12% of the placebo group.', 'negative'),
    ('The proportion of infants who stopped crying within a week was 60% with drops and 25% with placebo.', 'positive'),
    ('The risk of relapse was halved in patients who stayed on the drug.', 'positive'),
    ('Hospital admissions were 35% lower among patients on the programme than among controls.', 'positive'),
    ('Patients taking the supplement had a 40% lower risk of developing depression.', 'positive'),
    ('Rates of depression were lower among those who took the supplement.', 'positive'),
    ('Fewer children in the probiotic group had colic at day 21 (12% vs 35%).', 'positive'),
    ('At three weeks, babies on the drops cried for 35 minutes a day, versus 90 minutes for babies on placebo.', 'positive'),
    ('The patients were 45% women and 55% men, and 12% were on placebo run-in.', 'unknown'),
    ('Of the participants, 60% were women, compared with 45% in the national registry.', 'unknown'),
]

SAFETY = [
    ("Adverse reactions were mild and comparable in both arms.", "unknown"),
    ("Side-effects were similar to those reported with placebo.", "unknown"),
    ("No infant in either group had any side effects.", "unknown"),
    ("Toddlers in both groups showed no side-effects.", "unknown"),
    ("The tea was not effective, and side effects were common.", "null"),
    ("The herb worked as well as the drug but caused fewer and milder side effects.", "null"),
    ("Heart palpitations and other adverse events were no more frequent with the drug than with placebo.", "null"),  # wave 18: harms the treatment did not raise above placebo are a null finding (wave 17 rule)
    ("Eleven patients (36%) on the herb and 15 (50%) on paroxetine reported adverse effects.", "unknown"),
    ("Pulse rate was not significantly changed by the drug at any dose.", "unknown"),
    ("There were no significant differences in the frequency of side effects between the groups.", "unknown"),
    ("Side effects were few in all arms, with less ankle swelling in the combination arm than with the single drug.", "unknown"),
    # efficacy beside safety keeps its direction
    ("The spray reduced panic attacks, and adverse events were similar to placebo.", "positive"),
    ("Adverse events were comparable, but the drug reduced HAMD scores more than placebo.", "positive"),
    ("The extract was effective and its side effects were comparable to placebo.", "positive"),
]

NO_FINDING = [
    ("We aimed to find out whether two infusions were superior to an active placebo over one week.", "unknown"),
    ("In this trial we sought to test if the patch improved recall in older adults.", "unknown"),
    ("The aim of the review was to improve the reporting of pain trials.", "unknown"),
    ("Primary end points were relapse, withdrawal for lack of effect, or worsening of symptoms.", "unknown"),
    ("The main outcome measures included exacerbation of asthma and hospital admission.", "unknown"),
    ("A responder was defined as a child with a fall of at least half in daily crying time.", "unknown"),
    ("Remission (defined as a 60% reduction in MADRS) at week 6 was reached by 40% on drug vs 21% on placebo.", "positive"),
    ("Testosterone Gel to Improve Mood in Older Men With Low Libido (NCT01234567)", "unknown"),
    ("Melatonin To Reduce Delirium After Hip Surgery", "unknown"),
    ("HbA1c fell by 0.6% when the dose was raised, 0.5% when the dose was unchanged and 0.2% when the dose was lowered.", "positive"),
    ("The dose given was 2 mg per day, far lower than the doses used for psychosis.", "unknown"),
    ("At the start of the trial, fussing times in both groups were similar at about two hours a day.", "unknown"),
    ("Before treatment began, HAMA scores did not differ between the two arms.", "unknown"),
    ("In the visible platform task, swimming speed did not differ between groups.", "unknown"),
    ("Locomotor activity in the open field was similar across all groups.", "null"),  # often the finding itself
    ("Volunteers (N=300) looking for better sleep were randomly assigned to gummies or placebo.", "unknown"),
]

RISKS_AND_EXPOSURES = [
    ("The risk of stroke was 40% lower for regular users of the supplement.", "positive"),
    ("Hip fractures were less common, with a lower incidence of fracture in the vitamin group.", "positive"),
    ("Mean pain intensity was lower for the open-label arm than for usual care (p<0.001), but the hidden arm and usual care did not differ.", "mixed"),
    ("Anxiety was significantly lower with lavender than with placebo.", "positive"),
    ("People with lower blood levels of folate were at greater risk of depression than those with higher levels.", "positive"),
    ("Participants with low vitamin B12 status had increased odds of cognitive decline.", "positive"),
    ("The risk of relapse was lower in the placebo group.", "unknown"),
    ("Response to treatment was greater in all drug-treated patients than in those given placebo.", "positive"),
]

EQUIVALENCE = [
    ("Both drugs produced significant and roughly equal falls in depression scores from week 2 onward.", "null"),
    ("The authors found equal benefit from the herb and the drug.", "null"),
    ("Response rates with the two treatments were considered equal.", "null"),
    ("Equal numbers of patients were randomised to each arm.", "unknown"),
    ("The two arms showed a significant and nearly equal reduction in HAMD scores.", "null"),
    ("The combination beat therapy alone, which was equivalent to the drug alone, and all three were superior to placebo.", "positive"),
    ("The drug was numerically superior to placebo, and similar to the comparator.", "null"),
    ("Neither drug was better than placebo, and the two were equivalent.", "null"),
]

SIGNIFICANT_DIFFERENCE = [
    ("There was a significant difference in sleep quality and fatigue between the active product and placebo.", "positive"),
    ("There was no significant difference in any outcome between the second product and placebo.", "null"),
    ("The trial did not show a significant difference between tea and placebo.", "null"),
]

MORE_SHAPES = [  # safety, aims, titles, baseline, review-table cells, an active comparator
    ('Tolerability was good and comparable between arms.', 'unknown'),
    ('The incidence of adverse events did not differ between groups (p = 0.62).', 'unknown'),
    ('Treatment-emergent adverse events occurred in 23% of the drug group versus 19% of the placebo group.', 'unknown'),
    ('No serious adverse events were reported in either group.', 'unknown'),
    ('AEs were similar between groups.', 'unknown'),
    ('Safety: no differences between arms.', 'unknown'),
    ('Side effects were reported by 30% of patients on the drug and 28% on placebo.', 'unknown'),
    ('The drug reduced relapse, and AEs were similar between groups.', 'positive'),
    ('To evaluate the efficacy of the oil in reducing anxiety, we randomized 80 adults.', 'unknown'),
    ('Objective: To assess the effect of melatonin on improving sleep in shift workers.', 'unknown'),
    ('OBJECTIVE: To determine whether zinc shortens colds.', 'unknown'),
    ('We hypothesized that the app would reduce craving.', 'unknown'),
    ('Lavender Oil for Reducing Anxiety in Dental Patients', 'unknown'),
    ('Ashwagandha Improves Sleep Quality in Older Adults', 'positive'),
    ('At baseline, mean PSQI was 11.2 in the melatonin group and 11.5 in the placebo group.', 'unknown'),
    ('The groups did not differ in age, sex or symptom severity at entry.', 'unknown'),
    ('Groups were comparable in demographic and clinical characteristics.', 'unknown'),
    ('↔ Depressive symptoms (SMD -0.10; 95% CI -0.30 to 0.10)', 'null'),
    ('↓ Depression (SMD = -0.35; 95% CI -0.56 to -0.15)', 'positive'),
    ('Improved sleep quality (MD −1.2; 95% CI −1.9 to −0.5)', 'positive'),
    ('Reduced anxiety; no effect on depression', 'mixed'),
    ('Response rates were 73% with the supplement and 80% with fluoxetine (p = 0.53).', 'null'),
    ('The supplement was as effective as fluoxetine.', 'null'),
    ('Symptom scores did not differ between the two drugs at any time point.', 'null'),
]

ARM_WORDING = [  # which arm a harm was lower or higher in, both arms improving, consumer wording
    ('Mean pain intensity was lower for the open-label group compared to usual care (b = -9.1, p < 0.001), but the concealed group and usual care did not differ.', 'mixed'),
    ('Fatigue was lower in the yoga group compared with the waitlist group.', 'positive'),
    ('Pain was higher for the surgery group compared to physiotherapy alone.', 'negative'),
    ('Both the active and placebo groups showed significant improvement over time, scoring better on every measure.', 'null'),
    ('The tea and control groups both improved by week 6.', 'null'),
    ('In one study, 70% of participants reported better sleep.', 'positive'),
    ('Participants reported feeling less anxious after four weeks.', 'positive'),
    ('Users saw a 30% drop in stress scores.', 'positive'),
    ('Kids who took the gummies had fewer meltdowns than kids on placebo.', 'positive'),
    ('The probiotic group had 2.3 fewer crying episodes per day than the placebo group.', 'positive'),
    ('Those on the drug were half as likely to relapse.', 'positive'),
    ('Compared with placebo, the spray cut nightly awakenings by a third.', 'positive'),
    ('Anxiety dropped significantly in the lavender group but not in the control group.', 'positive'),
    ('The placebo group actually did better on memory tests.', 'negative'),
    ('There was no difference in crying time between the groups at day 21.', 'null'),
    ('The supplement did not outperform placebo on any measure.', 'null'),
    ('Symptom scores were 35% lower with the patch than with placebo.', 'positive'),
]

ARM_NUMBERS = [  # a second number without its unit, a loss as the measure, dropouts are no efficacy
    ('Infants given drops cried an average of 50 minutes a day versus 90 for placebo.', 'positive'),
    ('Response rates: drug 52%, placebo 31%.', 'positive'),
    ('Sleep onset took 18 minutes on melatonin and 29 on placebo.', 'positive'),
    ('Mean ISI fell 8.1 points with CBT-I compared with 2.9 points with sleep hygiene (control).', 'positive'),
    ('Mean ISI fell 2.1 points with the app compared with 5.9 points in the waitlist group.', 'negative'),
    ('Weight loss was 6.1% with the drug and 2.4% with placebo.', 'positive'),
    ('Abstinence at 12 weeks: 44% varenicline vs 18% placebo.', 'positive'),
    ('Placebo: 31% responders; drug: 52% responders.', 'positive'),
    ('Participants were aged 45 years in the drug group and 47 years in the placebo group.', 'unknown'),
    ('Dropout was 12% in the drug group versus 10% in the placebo group.', 'unknown'),
]

METHODS = [  # what a treatment was given for, how a scale reads, what the outcomes were
    ('Participants took 3 mg melatonin nightly to improve sleep onset.', 'unknown'),
    ('The intervention was designed to reduce loneliness in care homes.', 'unknown'),
    ('Depression was rated on the HAMD, where lower scores indicate improvement.', 'unknown'),
    ('Function was scored from 0 to 100, with higher scores indicating better function.', 'unknown'),
    ('Patients were randomized 1:1 to escitalopram or placebo, with improvement in MADRS as the primary outcome.', 'unknown'),
    ('Outcome measures included reduction in seizure frequency and quality of life.', 'unknown'),
    ('Secondary outcomes included response, remission and relapse.', 'unknown'),
    ('Outcomes were better with the drug than with placebo.', 'positive'),
    ('Participants who took melatonin fell asleep faster.', 'positive'),
    ("By week 6 the benefit had lasted significantly longer with the patch than with placebo.", "positive"),
    ("Smokers tend to have more anxiety as well as more severe insomnia.", "unknown"),
    ("Okafor AB, Lindqvist NS, Perez-Mola JT, et al.", "unknown"),
    ("Sleep latency\t12.1\t14.0\tNS", "null"),
    ("Between-group difference in HAMD at week 8 (NS).", "null"),
    ("Change in HAMD at week 8: -2.1 vs -1.9, NS", "null"),
    ('The drug is used to reduce blood pressure in adults.', 'unknown'),
]

EFFECT_MEASURES = [  # numbers needed to treat, risk reductions, ratios named with their outcome, mean changes
    ('The number needed to treat for one extra responder was 5.', 'positive'),
    ('NNT = 4 (95% CI 3 to 7).', 'positive'),
    ('The absolute risk reduction for relapse was 12%.', 'positive'),
    ('The proportion of patients achieving remission was 40% in the drug group compared to 20% in the placebo group.', 'positive'),
    ('Hazard ratio for relapse 0.55 (95% CI 0.40-0.76).', 'positive'),
    ('Hazard ratio for relapse 0.95 (95% CI 0.70-1.29).', 'null'),
    ('Odds of response were 2.1 times higher with the drug.', 'positive'),
    ('Mean change in HAMD was -12.4 for the drug and -8.1 for placebo.', 'positive'),
    ('Mean change in HAMD was -6.0 for the drug and -9.3 for placebo.', 'negative'),
    ('The drug group improved by 9 points more than the placebo group on the MADRS.', 'positive'),
]

BOTH_ARMS = [  # gains in both arms, risks and likelihoods
    ('Improvements were seen in both groups, but were greater with the drug.', 'positive'),
    ('The app helped 7 in 10 users sleep better.', 'positive'),
    ('Scores fell in both groups (p for interaction = 0.4).', 'null'),
    ('Supplement use was associated with a 20% lower risk of death.', 'positive'),
    ('Users of the drug had a higher risk of falls.', 'negative'),
    ('Compared with non-users, users had 30% fewer migraines.', 'positive'),
    ('The supplement did not significantly change sleep latency (p = 0.2) but improved sleep quality (p = 0.01).', 'mixed'),
    ('Pain scores were reduced in the acupuncture group relative to sham (p = 0.01).', 'positive'),
    ('Pain scores were reduced in both the acupuncture and sham groups.', 'null'),
    ('Patients on the drug were more likely to relapse than those on placebo.', 'negative'),
    ('The risk of a second stroke was decreased in the statin group.', 'positive'),
]

NOT_OVERREACHING = [  # findings beside the words that mark statements of no finding keep their direction
    ("From baseline to week 8, symptoms improved similarly in both groups.", "null"),
    ("Compared with baseline, HAMD scores fell by 12 points.", "positive"),
    ("Adverse events were similar, and HAMD scores fell more with the drug.", "positive"),
    ("Safety and efficacy: the drug reduced HAMD scores by 10 points.", "positive"),
    ("There were no differences in adverse events, but the gel reduced pain.", "positive"),
    ("The gel reduced pain and had no adverse events.", "positive"),
    ("Patients given melatonin were more likely to improve.", "positive"),
    ("Drinkers who took the drug managed to reduce their drinking.", "positive"),
    ("The difference was considered statistically significant in favour of the drug.", "positive"),
    ("A two-sided p < 0.05 was considered statistically significant.", "unknown"),
    ("This trial examines the role of zinc in improving sleep quality.", "unknown"),
    ("Objective: Investigate the effects of the root extract on sleep quality and insomnia.", "unknown"),
    ("(2020)Objective: Investigate the effects of the extract on sleep.Results: The extract improved sleep onset.", "positive"),
    ("We examined the effect of yoga on fatigue and found that it reduced fatigue scores.", "positive"),
    ("Only people with severe symptoms gained additional benefit from the drug.", "mixed"),
]
CASES = NUMBERS_ONLY + MORE_NUMBERS + SAFETY + NO_FINDING + RISKS_AND_EXPOSURES + EQUIVALENCE + SIGNIFICANT_DIFFERENCE + MORE_SHAPES + ARM_WORDING + ARM_NUMBERS + METHODS + NOT_OVERREACHING + EFFECT_MEASURES + BOTH_ARMS


@pytest.mark.parametrize("text,expected", CASES)
def test_direction(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_safety_parity_does_not_make_a_positive_claim_mixed() -> None:
    sentences = [
        "The chewable tablet significantly reduced stress scores relative to placebo at day 45.",
        "The adverse effects were mild and similar in the two groups.",
    ]
    assert merge([analyse(s) for s in sentences]).direction == "positive"


def test_control_check_does_not_make_an_animal_finding_mixed() -> None:
    sentences = [
        "In the visible platform task the swim speed of the groups did not differ.",
        "Escape latency fell significantly after the treatment.",
    ]
    assert merge([analyse(s) for s in sentences]).direction == "positive"


def test_aim_does_not_give_a_direction_to_a_null_abstract() -> None:
    sentences = [
        "We aimed to establish whether the powder was more effective than placebo.",
        "The powder did not reduce symptom scores compared with placebo.",
    ]
    assert merge([analyse(s) for s in sentences]).direction == "null"
