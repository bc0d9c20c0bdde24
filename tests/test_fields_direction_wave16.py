"""Wave 16 direction families, each in several phrasings and specialties (none copied from a gold set).

Rules decided here:
- a gain and a non-gain in one sentence or cell are mixed, whichever cue the passes saw first:
  "X improved compared with waitlist, but Y did not", "better at 2 wk, not at 8 wk", "Less hip bone
  loss; no difference at the forearm", "TNF lowered; migration unchanged" (in cells, organoids or
  animals given a vehicle a marker is the outcome itself, not a mechanism beside it); a null of the
  control arm's own ("the level was unchanged with placebo") or of a clause referring back is not;
  a marker beside a laboratory outcome (secretion, expression, migration, proliferation) is two
  outcomes, while beside a clinical one (pain, survival) it stays the mechanism (null);
- a fall set against the control ("fell compared with sham", "dropped relative to placebo") is a
  gain, unless what fell is a good outcome;
- "no dose separated from placebo", "none of the regimens differed from sham": null, and a numerical
  advantage beside it stays null, not mixed;
- less or greater of a loss or decline (bone loss, joint-space narrowing) reads by the loss, not by
  the density measure named beside it;
- a harm caused in excess of the other arm ("caused greater joint-space narrowing than saline",
  "shingles was more frequent with baricitinib than with etanercept") is the finding, negative, when
  the sentence states no gain; beside a gain it is safety and the gain stands;
- a fall within the arms with no control ("fell 25% and 41% from baseline", "a 4-point drop on the
  pain catastrophizing scale") is a gain over baseline;
- a share of people reaching a target ("achieved an HbA1c below 7%", "target blood pressure was
  reached by") is a share of good events, higher better, whatever the measure; a share above a
  threshold of harm stays a harm;
- adverse "occurrences" or "incidents" alike between the arms are safety, no finding; so are
  moderator analyses that found no difference (meta-regression, subgroup or stratified analyses);
- shares of the arms that had a gain of some threshold ("58% of the placebo group and 42% of the
  X group had a reduction of 50%") are shares of good events: the numbers decide, the gain noun
  naming the threshold is no gain of its own;
- more of a good quantity than the control arm had ("slept 40 minutes longer than those given
  placebo", "walked 45 metres farther", "survived 9 days longer") is a gain;
- "only in vitamin D–deficient infants" (an en dash inside the subgroup name) limits the gain to a
  subgroup like any "only in <people>": mixed;
- a range written with a tilde ("95% CI: 0.65~0.89") is a range; "can decrease" is a gain verb.
"""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text, comparator, expected", [
    ('Dyspnoea scores improved compared with usual care, but the six-minute walk distance did not.', None, 'mixed'),
    ('In 80 children, reading fluency improved relative to the control group, whereas spelling did not.', None, 'mixed'),
    ('In explant cultures, TNF release fell by 40% versus vehicle, whereas cell viability was unchanged.', None, 'mixed'),
    ('Less cognitive decline at 2 years; no difference in function', 'placebo', 'mixed'),
    ('HbA1c better at 3 mo, not at 6 mo', 'placebo', 'mixed'),
    ('Itch improved at week 2, not at week 8', 'sham', 'mixed'),
    ('Canine pruritus scores improved compared with placebo at day 7, but not at day 28.', None, 'mixed'),
    ('None of the three doses separated from placebo on the MADRS.', None, 'null'),
    ('No regimen differed from sham in pain at 12 weeks.', None, 'null'),
    ('Seizure frequency was numerically lower with the 200 mg dose, but no dose separated from placebo.', None, 'null'),
    ('Plasma magnesium concentrations rose by 8% in the magnesium group; the level was unchanged with placebo; migraine days fell by 40% versus 15%.', None, 'positive'),
    ('Craving fell significantly compared with placebo, but adverse events did not differ.', None, 'positive'),
    ('Symptoms improved from baseline in both arms, but not versus placebo.', None, 'null'),
    ('In 40 dialysis patients, CRP fell 21% and 38% from baseline with the two doses.', None, 'positive'),
    ('In an open-label series of 31 adults, escitalopram was followed by a 9-point reduction on the HAMD.', None, 'positive'),
    ('Dogs given the diet showed a 3-point decrease on the canine brief pain inventory.', None, 'positive'),
    ('Twelve weeks of tai chi brought a 6-point drop on the WOMAC pain subscale in 40 older adults.', None, 'positive'),
    ('Venous thromboembolism was more common with tofacitinib than with TNF inhibitors (1.2% vs 0.6%).', None, 'negative'),
    ('In a registry of 9,000 women, breast cancer was more frequent with combined hormone therapy than with oestrogen alone.', None, 'negative'),
    ('Pneumonia occurred more often with inhaled fluticasone than with salmeterol alone.', None, 'negative'),
    ('The high dose produced more hippocampal atrophy than placebo over 18 months.', None, 'negative'),
    ('Romosozumab led to more cardiovascular events than alendronate in 4,093 women.', None, 'negative'),
    ('Intensive glucose lowering resulted in more severe hypoglycaemia than standard therapy.', None, 'negative'),
    ('Semaglutide caused greater weight loss than placebo (-14.9% vs -2.4%).', None, 'positive'),
    ('Zoledronate reduced fractures but caused more acute-phase reactions than placebo.', None, 'positive'),
    ('Relapse was more frequent with placebo than with lithium.', None, 'positive'),
    ('The implant led to greater pain reduction than sham.', None, 'positive'),
    ('In a small trial (n = 48), fatigue improved compared with waitlist, but step counts did not (Lind 2021).', None, 'mixed'),
    ('TNF lowered; migration unchanged', 'vehicle', 'mixed'),
    ('Less hip bone loss (BMD); no difference at the forearm', 'placebo', 'mixed'),
    ('Neck pain better at 2 wk, not at 8 wk', 'sham', 'mixed'),
    ('Hot flush frequency was numerically lower at 20 mg, but no dose separated from placebo on the primary outcome.', 'placebo', 'null'),
    ('Ferritin fell 25% and 41% from baseline in the two dose groups.', None, 'positive'),
    ('In an uncontrolled series, 19 patients practising mindfulness reported a 4-point drop on the pain catastrophizing scale (Ng 2020).', None, 'positive'),
    ('In a claims cohort of 2,100 patients, shingles was more frequent with baricitinib than with etanercept (HR 2.1).', 'etanercept', 'negative'),
    ('Repeated steroid injections caused greater joint-space narrowing than saline over 2 years (Ito 2019).', None, 'negative'),
    ('At 12 weeks, 62% vs 41% achieved an HbA1c below 7%.', 'placebo', 'positive'),
    ('48% of the inclisiran group vs 20% of the placebo group reached an LDL-C under 70 mg/dL.', None, 'positive'),
    ('In 300 children, 35% vs 52% attained the target haemoglobin at 3 months.', 'usual care', 'negative'),
    ('Target blood pressure was reached by 64% with the polypill and 49% with usual care.', 'usual care', 'positive'),
    ('Among 210 cats, 58% vs 33% met the target serum phosphate with the renal diet versus the control diet.', None, 'positive'),
    ('At 6 months, 30% vs 21% had a blood pressure above 160/100 mmHg.', 'placebo', 'negative'),
    ('Tinnitus loudness fell compared with sham; distress was unchanged.', None, 'mixed'),
    ('Daytime wetting episodes fell compared with the control group over 12 weeks.', None, 'positive'),
    ('Seizure counts dropped relative to placebo during the maintenance phase.', None, 'positive'),
    ('Quality of life fell compared with usual care.', None, 'negative'),
    ('Pain fell compared with placebo at week 4, but the difference was not significant.', None, 'null'),
    ('TNF lowered; migration unchanged', 'placebo', 'mixed'),
    ('IL-1β lowered; proliferation unchanged', 'placebo', 'mixed'),
    ('In synoviocytes, the extract lowered IL-6 secretion, whereas MMP-13 expression was unchanged.', None, 'mixed'),
    ('Although IL-6 fell by 30%, pain scores were unchanged.', None, 'null'),
    ('CRP fell with the supplement, but survival did not improve.', None, 'null'),
    ('Adverse drug-related incidents were rare and not significantly different between the groups.', None, 'unknown'),
    ('Eradication rates were significantly higher with the vonoprazan regimen than with the esomeprazole regimen; adverse treatment-related occurrences were mild and similar between the two arms.', None, 'positive'),
    ('Side effect occurrences were comparable across arms.', None, 'unknown'),
    ('HbA1c fell more with the drug than with placebo (p < 0.001). Subgroup analyses found no interaction with age or sex.', None, 'positive'),
    ('Neither sensitivity nor subgroup analyses changed the pooled estimate.', None, 'unknown'),
    ('Exercise reduced falls by 24% (RR 0.76). Neither meta-regression nor subgroup analyses suggested significant differences between supervised and home programmes.', None, 'positive'),
    ('Stratified analyses showed no significant differences by baseline severity.', None, 'unknown'),
    ('Exercise reduced the incidence of falls (RR=0.76, 95% CI: 0.65~0.89).', None, 'positive'),
    ('The vaccine lowered the risk of hospitalisation (HR 0.55, 95% CI 0.41 ~ 0.74).', None, 'positive'),
    ('There was no difference in mortality (RR=0.96, 95% CI: 0.85~1.08).', None, 'null'),
    ('Statins can decrease the occurrence of angina.', None, 'positive'),
    ('Melatonin may decrease sleep latency in children with autism.', None, 'positive'),
    ('Magnesium did not decrease headache days compared with placebo.', None, 'null'),
    ('A double-blind trial of 48 children found that 58.3% of the placebo group, and 41.7% of the riboflavin group, had a reduction of 50% in attack frequency.', None, 'negative'),
    ('In 60 adults, 52% of the sham group and 31% of the acupuncture group had a 30% reduction in pain.', None, 'negative'),
    ('56% of the riboflavin group vs 19% of the placebo group had a reduction of at least 50% in attack frequency.', None, 'positive'),
    ('Overall, 61% of the device arm and 38% of the sham arm achieved a 50% reduction in seizure frequency.', None, 'positive'),
    ('In a trial of 90 dogs, 40% of the placebo group and 65% of the phenobarbital group had a 50% reduction in seizure days.', None, 'positive'),
    ('Only 22% of the cream group, compared with 35% of the vehicle group, achieved at least a 75% improvement in itch.', None, 'negative'),
    ('The study found those who drank the juice twice a day slept an average 62 minutes more compared to the placebo.', None, 'positive'),
    ('Children given melatonin slept 40 minutes longer than those given placebo.', None, 'positive'),
    ('Patients in the rehabilitation arm walked 45 metres farther than the usual care group at 12 weeks.', None, 'positive'),
    ('Mice fed the diet survived 9 days longer than vehicle-treated controls.', None, 'positive'),
    ('Participants slept 12 minutes longer than with placebo, but the difference was not significant.', None, 'null'),
    ('Denosumab reduced vertebral fractures more than placebo at 6 months, but not at 12 months.', None, 'mixed'),
    ('The app reduced drinking days more than the leaflet at 3 months, but not at 12 months.', None, 'mixed'),
    ('Itch scores improved only in the subgroup with moderate disease.', None, 'mixed'),
    ('Cognition improved only in the subgroup of carriers of APOE e4.', None, 'mixed'),
    ('Improvements in walking speed were seen only in the subgroup of frail participants.', None, 'mixed'),
    ('Apixaban was non-inferior to warfarin for stroke prevention.', None, 'null'),
    ('The 4-week course was noninferior to the 8-week course on the primary outcome.', None, 'null'),
    ('Telehealth CBT proved non-inferior to in-person CBT on the ISI.', None, 'null'),
    ('Pain fell more with the drug than with placebo at week 4 but not at week 12.', None, 'mixed'),
    ('Sleep onset latency improved versus placebo; total sleep time did not.', None, 'mixed'),
    ('The spray reduced congestion compared with saline, whereas sneezing was unaffected.', None, 'mixed'),
    ('A pooled analysis of 6 trials found that 800–4000 IU daily reduced wheeze episodes needing rescue steroids only in vitamin D–deficient infants.', None, 'mixed'),
    ('Iron reduced fatigue only in iron–deficient women.', None, 'mixed'),
    ('The supplement lowered exacerbations only in 25(OH)D–deficient children.', None, 'mixed'),
])
def test_direction(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
