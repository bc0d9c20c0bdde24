"""Direction families from the ninth wave (real-text probe 4): statements beside the
finding that are none (safety lists, markers, other trials, gains in every arm), results
read unknown (weight lost within the arm, a preclinical activity, a value confirmed,
equivalence, "INT > CTRL" cells), qualified results, and a disease's associations. All
sentences are invented variants."""

import pytest

from extractors.fields import parse_direction

CASES = [
    # a list of harms that did not happen is safety, not a null result
    ('No loss of consciousness, withdrawal symptoms, or increased suicidal ideation or behavior were observed.', 'unknown'),
    ('No serious adverse events, withdrawal or suicidality were observed.', 'unknown'),
    ('There were no deaths, hospitalisations or increased suicidality during the trial.', 'unknown'),
    ('No excessive sedation, withdrawal seizures or dependence were reported in either arm.', 'unknown'),
    ('None of the children developed hepatotoxicity, seizures or worsening agitation.', 'unknown'),
    ('No rebound insomnia, withdrawal or abuse potential was detected after stopping the drug.', 'unknown'),
    ('No improvement in pain scores was observed.', 'null'),
    ('No significant change in HAMD scores was seen with the drug.', 'null'),
    # a marker of the mechanism, or the level of what was given, is no efficacy finding
    ('While colchicine lowered C-reactive protein levels (difference, -1.28 mg/L; 95% CI, -1.81 to -0.75), it did not improve cardiovascular survival or reduce recurrent events.', 'null'),
    ('Although vitamin D raised serum 25-hydroxyvitamin D concentrations, it did not reduce depressive symptoms.', 'null'),
    ('Omega-3 increased the red-cell omega-3 index, but did not improve ADHD rating scale scores compared with placebo.', 'null'),
    ('Participants assigned to levothyroxine experienced a 1.9 mIU/L greater decrease in thyrotropin levels from baseline to 12 months compared with those assigned placebo (P < .001).', 'unknown'),
    ('TSH fell significantly with levothyroxine (p<0.001).', 'unknown'),
    ('Serum 25(OH)D levels rose from 38 to 82 nmol/L in the vitamin D group but were unchanged with placebo.', 'unknown'),
    ('Plasma glycine concentrations increased threefold after the 3 g dose.', 'unknown'),
    ('Serum magnesium levels were significantly higher in the supplemented group than in controls.', 'unknown'),
    ('Colchicine lowered LDL cholesterol compared with placebo.', 'positive'),
    ('Lower hs-CRP at 14 d', 'positive'),
    # other trials set beside this one say nothing of its result
    ('The findings suggest that colchicine does not provide significant benefit in post-myocardial infarction patients, contrasting prior trials that found advantages in broader cardiovascular disease prevention.', 'null'),
    ('Our findings stand in contrast to a previous, similarly designed trial in adults with TTM, which demonstrated a very large, statistically significant benefit of NAC.', 'unknown'),
    ('In contrast to earlier trials that found benefit, melatonin did not shorten delirium in this cohort.', 'null'),
    ('Unlike prior studies, we found no reduction in migraine days with magnesium.', 'null'),
    ('Unlike previous studies reporting large effects, the app did not reduce PHQ-9 scores compared with waitlist.', 'null'),
    ('Unlike placebo, ketamine reduced MADRS scores within 24 hours.', 'positive'),
    ('Contrary to earlier reports of benefit, zinc did not shorten the duration of colds.', 'null'),
    # responder shares stated non-significant
    ('In the NAC group, 25% of subjects were judged as treatment responders, compared to 21% in the placebo group (not significant).', 'null'),
    ('Responder rates were 25% vs 21%, not significant.', 'null'),
    ('Responder rates were 25% with NAC vs 21% with placebo (p = 0.71).', 'null'),
    # gains every arm made, and lists of measures
    ('On several measures of hairpulling, subjects significantly improved with time regardless of treatment assignment.', 'null'),
    ('Pain scores fell over the 12 weeks irrespective of group allocation.', 'null'),
    ('Both arms improved significantly over time regardless of treatment received.', 'null'),
    ('Secondary measures assessed hairpulling severity, automatic versus focused pulling, clinician-rated improvement, and comorbid anxiety and depression.', 'unknown'),
    ('Secondary outcomes measured sleep quality, clinician-rated improvement and daytime fatigue.', 'unknown'),
    # a good end of a harm (remission of symptoms) more frequent with the treatment
    ('Rates of concurrent remission of depressive and anxiety symptoms were higher with zuranolone versus placebo (P < .05) at days 3, 15, and 45; the rate of sustained concurrent remission (ie, at both days 15 and 45) was also higher with zuranolone (P < .05).', 'positive'),
    ('Resolution of migraine pain was more frequent with the drug than with placebo at 2 hours.', 'positive'),
    ('Rates of remission of panic symptoms were significantly greater with sertraline than with placebo.', 'positive'),
    ('Remission of anxiety symptoms was higher in the yoga group than in controls (p = 0.01).', 'positive'),
    ('Rates of remission of depressive symptoms were higher with placebo than with the drug.', 'negative'),
    # weight lost or symptoms eased within the treated arm: better than baseline
    ('Over the 72 weeks of the study, participants lost significant amounts of weight, with the group taking the largest dose losing an average of 52 pounds.', 'positive'),
    ('Participants lost around 20 percent of their body weight over 36 weeks.', 'positive'),
    ('Those on the highest dose lost an average of 22.5% of body weight.', 'positive'),
    ('Patients lost substantial weight during the programme.', 'positive'),
    ('The women lost about 9 kg on average.', 'positive'),
    ('Symptoms improved from baseline in the treated group.', 'positive'),
    ('Anxiety scores decreased significantly from baseline to week 8 (p < 0.001).', 'positive'),
    ('Participants who lost weight were more likely to stay in the trial.', 'unknown'),
    # a preclinical activity shown
    ('Our results suggest that, behavioral dis-inhibitory effects of EESAB exhibited anxiolytic activity at the dose of 200 and 400 mg/kg compared to control.', 'positive'),
    ('The extract displayed significant antidepressant-like activity in the forced swim test compared with vehicle.', 'positive'),
    ('The methanolic extract possessed marked analgesic activity at 400 mg/kg.', 'positive'),
    ('The fraction showed dose-dependent anti-inflammatory activity in the carrageenan paw oedema model.', 'positive'),
    ('The extract did not exhibit anxiolytic activity at 50 mg/kg.', 'null'),
    ('The extract was evaluated for anxiolytic activity using light/dark box, elevated plus maze, marble burying and rota rod tests in mice at the doses of 50, 100, and 200 mg/kg body weight.', 'unknown'),
    # the value of a treatment confirmed
    ('Subsequent trials have confirmed the value of aerobic exercise in the treatment of fibromyalgia (McCain 1988).', 'positive'),
    ('Later trials established the usefulness of lithium for preventing manic relapse.', 'positive'),
    ('Two meta-analyses confirmed the efficacy of CBT-I for chronic insomnia.', 'positive'),
    ('A larger trial did not confirm the benefit of ginkgo on memory.', 'null'),
    ('The trial failed to confirm the value of the drug.', 'null'),
    # equivalence with an active drug is no difference
    ('A 2010 randomized study by Woelk and Schlafke also demonstrated the clinical comparability of Silexan to standard prescription medication (lorazepam) in mitigating anxiety in GAD patients.', 'null'),
    ('The trial demonstrated the non-inferiority of the app to face-to-face CBT.', 'null'),
    ('The study showed the equivalence of generic and branded sertraline in reducing HAMD scores.', 'null'),
    ('Acupuncture showed comparable efficacy to sumatriptan for acute migraine.', 'null'),
    # a table cell relating the arms by a sign, read by the outcome named ("=" is the table reader's, by its note)
    ('INT (86 ± 10) = CTRL (83 ± 10)', 'unknown'),
    ('MDI INT = CTRL; PDI INT > CTRL', 'positive'),
    ('MDI: CTRL (84 ± 11) < INT (92 ± 12)', 'positive'),
    ('PDI: INT (92 ± 12) > CTRL (84 ± 11)', 'positive'),
    ('HAMD: INT < CTRL', 'positive'),
    ('PSQI: A > B', 'negative'),
    ('Weight gain: INT > CTRL', 'negative'),
    # qualified results are mixed; a non-significant change is null
    ('A new review of research into the use of amitriptyline as a treatment for fibromyalgia finds it to be effective only in the short-term and in low doses.', 'mixed'),
    ('Melatonin was effective only in the short term.', 'mixed'),
    ('The drug helped only at the lowest dose.', 'mixed'),
    ('Benefits were seen only during the first four weeks of treatment.', 'mixed'),
    ('No statistically significant decrease in migraine headache severity was seen with CoQ10 supplementation.', 'null'),
    ('CoQ10 was beneficial for the duration and frequency of attacks but produced no significant decrease in severity.', 'mixed'),
    ('No significant increase in total sleep time was found.', 'null'),
    ('Researchers determined the impacts of coenzyme Q10 in reducing the severity and frequency of migraine attacks in this meta-analysis of 371 participants.', 'unknown'),
    # what a disease is like is no treatment's effect
    ('Patients with fibromyalgia often report subjectively shallow sleep as well as an increase in fibromyalgia symptoms after disturbed sleep (Campbell 1983).', 'unknown'),
    ('Fibromyalgia symptoms increase after disturbed sleep (Campbell 1983).', 'unknown'),
    ('Migraine attacks become more frequent after poor sleep and stress (Kelman 2007).', 'unknown'),
    ('People with tinnitus frequently report worse ringing during periods of stress.', 'unknown'),
    ('Pain increased after treatment with the drug compared with placebo.', 'negative'),
    # more of the same families
    ('There was no evidence of abuse, dependence or withdrawal after abrupt discontinuation.', 'unknown'),
    ('No patient experienced serotonin syndrome, respiratory depression or QTc prolongation.', 'unknown'),
    ('Neither sedation nor respiratory depression occurred in the ketamine arm.', 'unknown'),
    ('Vitamin D supplementation raised 25(OH)D levels to 80 nmol/L but did not change depression scores (Jorde 2008).', 'null'),
    ('Although IL-6 fell by 30%, pain scores were unchanged.', 'null'),
    ('hs-CRP decreased significantly with the supplement, whereas fatigue did not improve.', 'null'),
    ('These results differ from those of earlier trials reporting benefit.', 'unknown'),
    ('Our results are at odds with the positive findings of two earlier meta-analyses.', 'unknown'),
    ('In contrast with prior open-label reports, escitalopram did not reduce hot flashes more than placebo.', 'null'),
    ('Symptoms improved in all groups over time, with no between-group differences.', 'null'),
    ('Sustained remission was more common with esketamine than with placebo.', 'positive'),
    ('Response of panic attacks was higher in the CBT group than in the waitlist group.', 'positive'),
    ('Patients shed an average of 8 kg over the year.', 'positive'),
    ('Mean body weight fell by 12% from baseline.', 'positive'),
    ('HbA1c decreased from 8.1% to 7.2% over six months.', 'positive'),
    ('The extract showed anxiolytic-like effects in the elevated plus maze.', 'positive'),
    ('Several RCTs have supported the efficacy of bright light therapy for seasonal depression.', 'positive'),
    ('Evidence has confirmed the benefits of exercise for depression.', 'positive'),
    ('Lavender oil and lorazepam were comparably effective.', 'null'),
    ('Therapeutic equivalence with citalopram was demonstrated.', 'null'),
    ('Melatonin improved sleep onset, though total sleep time was unaffected.', 'mixed'),
    ('Benefits were modest and limited to the first month.', 'mixed'),
    ('Curcumin was effective only at doses above 1 g per day.', 'mixed'),
    ('Anxiety is more common in women with PCOS (Smith 2019).', 'unknown'),
    ('Poor sleep predicts worse pain the next day (Affleck 1996).', 'unknown'),
    ('Depression is associated with increased mortality after myocardial infarction (Frasure-Smith 1993).', 'unknown'),
    ('Stress triggers migraine attacks in most patients.', 'unknown'),
    ('SSRI use was associated with an increased risk of hip fracture.', 'negative'),
    ('Alcohol increased next-day anxiety compared with placebo.', 'negative'),
    ('Mean (±SD) thyrotropin level was 6.40±2.01 mIU per liter at baseline; at 1 year, this level had decreased to 5.48 mIU per liter in the placebo group, as compared with 3.63 mIU per liter in the levothyroxine group.', 'unknown'),
    ('Serum 25(OH)D was 42 nmol/L at baseline; after 12 weeks these levels had risen to 95 nmol/L with cholecalciferol versus 44 nmol/L with placebo.', 'unknown'),
    ('Plasma magnesium concentrations rose by 8% in the magnesium group; the level was unchanged with placebo; migraine days fell by 40% versus 15%.', 'positive'),
    ('Treated rats spent more time in the open arms than vehicle controls.', 'positive'),
    ('The extract increased the number of open-arm entries at 200 mg/kg.', 'positive'),
    ('Mice given the extract spent less time immobile in the tail suspension test.', 'positive'),
    ('Participants reported sleeping better after four weeks.', 'positive'),
    ('Weight loss averaged 20% at the highest dose.', 'positive'),
    ('Treated rats spent less time in the open arms than vehicle controls.', 'unknown'),
    ('Acupuncture worked in mild but not severe cases.', 'mixed'),
    ('Insomnia doubles the risk of depression (Baglioni 2011).', 'unknown'),
    ('Chronic pain is linked to higher rates of suicide.', 'unknown'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direction(text: str, expected: str) -> None:
    assert parse_direction(text) == expected
