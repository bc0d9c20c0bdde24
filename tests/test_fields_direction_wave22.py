"""Wave 22 direction sweep: finding sentences written for this wave (none copied from a gold
set or probe), in the families holdout 15 missed, each over several specialties and
registers:

- fewer helped than the comparator ("cleared fewer infections than amoxicillin", "cured only
  41% of toenails, fewer than terbinafine"): negative;
- more reached the goal ("achieved remission in more patients than mesalazine"), recovery
  sooner ("healed three days sooner than"), a rate a programme seeks raised ("Higher
  completion (88% vs 70%)"): positive; "not associated with more X than": null;
- a gain beside another outcome that did not move or was less sure ("all-cause mortality was
  not significantly reduced", "effects on falls were less consistent"), a gain confined to some
  doses ("Only the 2 and 4 mg arms reduced ...; the 1 mg arm was no different from placebo"),
  a lead that narrowed, a benefit beside a harm the treated arm had more often: mixed;
- one dose said to give "most of the benefit of higher doses": no finding against the control;
- each arm's baseline and end value ("fell from 98 to 91 kg on the drug and from 97 to 96 kg on
  placebo"): the larger change the better way decides; "<therapy> alone outperformed the
  injection": negative (the therapy alone is the comparator).

FRESH (the last block) was written after the fixes, as a check on unseen phrasing: 12/14 then
(2/14 on main); one verb added after it ("corrected"). KNOWN_GAPS stay strict xfails.
"""

import pytest

from extractors.fields import parse_direction

# (text, comparator, expected)
SWEEP = [
    ('The herbal lozenge cleared fewer infections than amoxicillin (41% vs 77%).', 'amoxicillin', 'negative'),
    ('In 80 dogs, the spot-on treatment eliminated fleas in fewer dogs than oral fluralaner (61% vs 95%).', 'fluralaner', 'negative'),
    ('The tea tree shampoo cured only 38% of children, fewer than a dimeticone spray.', 'dimeticone', 'negative'),
    ('One trial found the app helped only 22% of users quit, fewer than nicotine patches did.', 'nicotine', 'negative'),
    ('Acupuncture relieved pain in fewer patients than ibuprofen did (35% vs 60%).', 'ibuprofen', 'negative'),
    ('Fewer patients healed with the honey gel than with silver dressings (48% vs 70%).', 'silver dressings', 'negative'),
    ('The probiotic prevented diarrhoea in fewer children than oral rehydration with zinc.', None, 'negative'),
    ('The cream reduced itch compared with vehicle, but effects on sleep were less consistent.', 'placebo', 'mixed'),
    ('Statins lowered stroke risk but all-cause mortality was not significantly reduced.', None, 'mixed'),
    ('The drug caused fewer falls but more fractures than placebo.', 'placebo', 'mixed'),
    ('Fructosamine fell only in the 30 mg/kg group; body condition score was unchanged in all groups.', 'placebo', 'mixed'),
    ('Only the 20 mg dose reduced migraine days; the 10 mg dose was indistinguishable from placebo.', 'placebo', 'mixed'),
    ('Only the highest dose lowered blood pressure; the lower doses were no different from placebo.', 'placebo', 'mixed'),
    ('Pain fell only in the 600 mg group; the 300 mg group did no better than placebo.', 'placebo', 'mixed'),
    ('Participants gained 4.2 points more at 2 weeks but the difference narrowed to 1.9 (95% CI -0.3 to 4.1) by 6 months.', None, 'mixed'),
    ('The benefit on reading scores was 5 points at the end of term but shrank to 1 point, not significant, a year later.', None, 'mixed'),
    ('The new regimen achieved sustained virological response in more patients than standard therapy (94% vs 81%).', None, 'positive'),
    ('Dupilumab achieved EASI-75 in more children than placebo did.', 'placebo', 'positive'),
    ('The splint let fractures heal two weeks sooner than casting.', None, 'positive'),
    ('Children given zinc recovered from diarrhoea a day sooner than those given placebo.', 'placebo', 'positive'),
    ('Patients on the early-mobilisation pathway went home 2 days earlier than those on usual care.', None, 'positive'),
    ('The vaccine was not associated with more serious adverse events than placebo.', 'placebo', 'null'),
    ('Early surgery was not associated with better function than physiotherapy at one year.', None, 'null'),
    ('Higher quit rate (31% vs 19%)', 'treatment as usual', 'positive'),
    ('Better adherence (80% vs 62%)', None, 'positive'),
    ('Fewer readmissions (12% vs 20%)', None, 'positive'),
    ('Exercise alone outperformed the supplement on walking distance.', None, 'negative'),
    ('Systolic pressure fell from 152 to 134 mmHg with the drug versus 151 to 147 mmHg with placebo.', 'placebo', 'positive'),
    ('PHQ-9 scores dropped from 16 to 8 in the app group and from 16 to 13 in the control group.', None, 'positive'),
    ('The chewable tablet cleared worms in fewer lambs than the drench did (64% vs 89%).', None, 'negative'),
    ('Laser therapy healed fewer ulcers than compression bandaging over 12 weeks.', None, 'negative'),
    ('The new antifungal cured only 41% of toenails, fewer than terbinafine.', 'terbinafine', 'negative'),
    ('Fewer patients responded on the generic than on the branded inhaler (52% vs 67%).', None, 'negative'),
    ('Patients on the new regimen had fewer relapses than those on placebo.', 'placebo', 'positive'),
    ('Zinc cleared the rash in more children than placebo did.', 'placebo', 'positive'),
    ('The dual-acting drug achieved remission in more patients than mesalazine (44% vs 30%).', 'mesalazine', 'positive'),
    ('Sutured lacerations treated with tissue glue healed three days sooner than those closed with strips.', None, 'positive'),
    ('Calves given the electrolyte paste recovered from scours two days faster than untreated calves.', None, 'positive'),
    ('Children on the probiotic recovered no sooner than those on placebo.', 'placebo', 'null'),
    ('Patients given the new gel did not heal any faster than those given saline dressings.', None, 'null'),
    ('Symptoms returned sooner with the short course than with the standard course.', None, 'negative'),
    ('Ketamine was not associated with more emergence delirium than propofol.', 'propofol', 'null'),
    ('Bariatric surgery was not associated with higher fracture rates than medical therapy in this cohort.', None, 'null'),
    ('Greater uptake (64% vs 41%)', None, 'positive'),
    ('Higher completion (88% vs 70%)', None, 'positive'),
    ('Vitamin D improved bone density compared with placebo, but effects on falls were less consistent.', 'placebo', 'mixed'),
    ('The diet lowered HbA1c at 3 months, but results for weight were less clear.', None, 'mixed'),
    ('Colchicine reduced myocardial infarction, but all-cause mortality was not significantly reduced.', None, 'mixed'),
    ('The programme lowered stroke incidence, but overall mortality was not reduced.', None, 'mixed'),
    ('Only the 2 and 4 mg arms reduced tic severity; the 1 mg arm was no different from placebo.', 'placebo', 'mixed'),
    ('Milk yield rose only in the high-dose group; milk fat was unchanged in all groups.', None, 'mixed'),
    ('Only the 50 and 100 mg doses shortened sleep latency; the 25 mg dose was indistinguishable from placebo.', 'placebo', 'mixed'),
    ('Readmissions fell with the nurse visits, but the patients were more often admitted to intensive care.', None, 'mixed'),
    ('Pain scores were 3 points lower at 4 weeks, but the gap had narrowed to 0.5 points by 12 months.', None, 'mixed'),
    ('Weight fell from 98 to 91 kg on the drug and from 97 to 96 kg on placebo.', 'placebo', 'positive'),
    ('LDL fell from 3.9 to 3.6 mmol/L with the supplement versus 3.8 to 2.4 mmol/L with atorvastatin.', 'atorvastatin', 'negative'),
    ('Knee pain improved with the injection, but more adverse events were reported with it than with saline.', 'placebo', 'positive'),
    ('Counselling alone outperformed the app on quit rates.', None, 'negative'),
    ('The tablet was not significantly better than placebo at 12 weeks, though fewer patients dropped out.', 'placebo', 'null'),
    ("Induction lowered caesarean rates, but babies in the induction group were more often admitted to the neonatal unit.", None, "mixed"),
    ("The antipsychotic cut relapses, but more babies born to treated mothers needed special care.", None, "mixed"),    # one dose set beside the others says nothing against the control: an abstract's results decide
    ("Conclusions: 5 mg/day offers most of the benefit of higher doses with fewer withdrawals.", "placebo", "unknown"),
    ("The 25 mg dose gave most of the benefit of the higher doses with less sedation.", "placebo", "unknown"),
    ("In practice, 1 g daily provides much of the effect seen with higher doses and fewer stomach upsets.", None, "unknown"),
]
# the wave-21 sweep's known gaps, fixed here as families: no better in so many words, a rate not lowered, a trend
# without significance, a stay some days longer, another outcome no lower than with the control, gains that faded
WAVE21_FAMILIES = [
    ('The gargle did not shorten sore throats any more than salt water did.', None, 'null'),
    ('In 300 runners, the insoles did not prevent shin splints any better than ordinary trainers.', None, 'null'),
    ('Hypnotherapy was neither better nor worse than standard care for labour pain.', 'treatment as usual', 'null'),
    ('A new study suggests melatonin gummies do not help children fall asleep faster.', None, 'null'),
    ('The lozenges did not lower the risk of recurrence in the trial.', None, 'null'),
    ('The school programme did not reduce the rate of teenage smoking.', None, 'null'),
    ('Anxiety scores tended to fall with the app, without reaching statistical significance.', None, 'null'),
    ('ICU stay was 3 days longer with the restrictive fluid strategy than with usual fluids.', None, 'negative'),
    ('Length of stay was 1.5 days longer in the robotic group than after open surgery.', None, 'negative'),
    ('Melatonin improved sleep onset, but total sleep time was no longer than with placebo.', 'placebo', 'mixed'),
    ('The cream reduced redness, but itch scores were no lower than with vehicle.', 'placebo', 'mixed'),
    ('Improvements in balance were seen at 12 weeks but had faded by the 6-month visit.', None, 'mixed'),
    ('Gains in vocabulary were found after the course but had waned a year later.', None, 'mixed'),
]
# the control arm as the subject turns the finding round; a control named only in the design does not
CONTROL_SUBJECT = [
    ("Placebo cured fewer animals than the new drench (40% vs 85%).", None, "positive"),
    ("Patients on placebo recovered two days sooner than those on the antiviral.", None, "negative"),
    ("The placebo group achieved remission in more patients than the probiotic group.", None, "negative"),
    ("In the vehicle-controlled trial, the gel healed ulcers a week sooner than vehicle.", "placebo", "positive"),
]
FRESH = [
    ('Oral iron corrected anaemia in fewer women than intravenous iron (55% vs 81%).', None, 'negative'),
    ('The herbal spray relieved sore throat in fewer children than paracetamol did.', 'paracetamol', 'negative'),
    ('The biologic achieved clear skin in more patients than methotrexate (39% vs 22%).', 'methotrexate', 'positive'),
    ('Cats fed the renal diet went home from hospital a day earlier than cats on the standard diet.', None, 'positive'),
    ('Ondansetron was not associated with more birth defects than no treatment in this registry.', None, 'null'),
    ('The inhaler reduced exacerbations, but overall hospitalisation was not significantly reduced.', None, 'mixed'),
    ('Only the 5 and 10 mg doses lowered nocturia; the 2.5 mg dose was no better than placebo.', 'placebo', 'mixed'),
    ('Step counts rose at 3 months, but the difference had shrunk to 300 steps by 12 months.', None, 'mixed'),
    ('Tranexamic acid cut blood loss, but patients given it were more often readmitted with clots.', None, 'mixed'),
    ('Seizures fell from 12 to 4 a month on cannabidiol and from 11 to 9 on placebo.', 'placebo', 'positive'),
    ('Higher engagement (61% vs 38%)', None, 'positive'),
    ('Bracing alone outperformed the surgery on pain at one year.', None, 'negative'),
    ('Bone density rose only in the 70 mg group; fracture rates were unchanged in all groups.', None, 'mixed'),
    ('The gel relieved itching, but results on lesion size were less convincing.', None, 'mixed'),
]
# a second fresh set, blogs and owners among them: 11/15 before its round (main 6/15); with it, a fewer or more helped
# said without "than" or by a phrasal verb, full feeds reached sooner; and a second verb's harms kept out
FRESH_B = [
    ('My vet said the cheaper wormer cleared fewer worms than the branded one.', None, 'negative'),
    ('Sadly the oil treatment only got rid of nits in about a third of kids, fewer than the wet-combing group.', None, 'negative'),
    ('Compared with surgery, the brace helped fewer patients return to sport (48% vs 71%).', None, 'negative'),
    ('The vaccine protected more toddlers than the older vaccine did (89% vs 76%).', None, 'positive'),
    ('Babies fed the new formula reached full feeds three days earlier than those on standard formula.', None, 'positive'),
    ('Higher response (54% vs 33%)', None, 'positive'),
    ('Greater retention at 6 months (70% vs 52%)', None, 'positive'),
    ('Vitamin C was not associated with fewer colds than placebo in adults.', 'placebo', 'null'),
    ('Liraglutide lowered HbA1c, but body weight was not significantly reduced.', None, 'mixed'),
    ('The spray eased congestion; sleep quality was not improved.', None, 'mixed'),
    ('Only the two higher doses reduced hot flushes; the lowest dose was no better than placebo.', 'placebo', 'mixed'),
    ('Itch scores fell only in the 2% cream arm; the 1% cream arm did not differ from vehicle.', 'placebo', 'mixed'),
    ('Walking distance improved at 6 weeks, but by 6 months the difference had narrowed to 12 m and was no longer significant.', None, 'mixed'),
    ('The drug reduced seizures, but children on it were more often admitted with pneumonia.', None, 'mixed'),
    ('The horse supplement did not improve hoof quality any more than a standard mineral lick.', None, 'null'),
    ('The gel relieved pain with fewer side effects than oral ibuprofen.', None, 'positive'),
    ('The drug cleared the infection and caused fewer relapses than vancomycin.', None, 'positive'),
    ('Fidaxomicin cured the infection, with fewer recurrences than vancomycin.', 'vancomycin', 'positive'),
    ('The programme helped more smokers quit than brief advice did.', None, 'positive'),
]
# a third fresh set, abstract and news register: 7/15 before its round (main 4/15), 11/15 after; the four left are
# known gaps (a share of a good state "fewer than" another arm's, "kept more arteries open", near-equal rates read as
# no difference, a healing time in days per arm)
FRESH_C = [
    ('Results: The intervention reduced HbA1c by 0.6% versus usual care (p = 0.01); blood pressure and LDL did not differ between groups.', 'treatment as usual', 'mixed'),
    ('Dapagliflozin reduced heart-failure hospitalisation, whereas cardiovascular death was not significantly lower.', 'placebo', 'mixed'),
    ('Both doses lowered IOP at week 4, but only the 0.02% dose remained superior to timolol at month 3.', 'timolol', 'mixed'),
    ('At 8 weeks, 40 mg separated from placebo on the MADRS; 20 mg did not.', 'placebo', 'mixed'),
    ('The supplement improved sprint times but not endurance.', None, 'mixed'),
    ('Only 31% of dogs on the herbal spray were itch-free, fewer than the 58% on oclacitinib.', 'oclacitinib', 'negative'),
    ('The honey lozenge eased coughs in fewer children than dextromethorphan.', 'dextromethorphan', 'negative'),
    ('The stent kept more arteries open at one year than balloon angioplasty (88% vs 70%).', None, 'positive'),
    ('Women given the app attended more antenatal visits than those given leaflets.', None, 'positive'),
    ('Remission rates with the biosimilar were 44%, compared with 46% with the originator.', None, 'null'),
    ('Goats dewormed with the plant extract were not associated with heavier weaning weights than untreated kids.', None, 'null'),
    ('Knee pain was lower at 3 months with the injection, but the difference narrowed to 0.4 points at 12 months.', None, 'mixed'),
    ('Heal time was 9 days with the dressing and 14 days with gauze.', None, 'positive'),
    ('The insoles reduced heel pain in runners, but function scores were less consistent across sites.', None, 'mixed'),
    ('The topical cream relieved symptoms in only 20% of patients, fewer than the oral tablet.', None, 'negative'),
    ("Recovery time was 3 days longer with the drug than with placebo.", "placebo", "negative"),
]
# a fourth fresh set: 11/15 before its round (main 4/15); then lesions cleared in more, walking sooner, a regimen
# confined ("Only the weekly regimen raised ...; the monthly regimen did not")
FRESH_D = [
    ('In a head-to-head study, the patch controlled pain in fewer patients than oral morphine.', None, 'negative'),
    ('Home remedies cured only 12 of 40 warts, fewer than cryotherapy managed.', None, 'negative'),
    ('Topical timolol cleared more haemangiomas than observation alone (62% vs 15%).', None, 'positive'),
    ('Patients in the fast-track group walked unaided a day earlier than controls.', None, 'positive'),
    ('The newer pill was not associated with lower relapse rates than the older one.', None, 'null'),
    ('Acupressure bands did not ease nausea any more than sham bands.', 'placebo', 'null'),
    ('Montelukast reduced wheeze days, but oral steroid courses were not reduced.', 'placebo', 'mixed'),
    ('Only the weekly regimen raised vitamin D levels to target; the monthly regimen did not.', None, 'mixed'),
    ('Pain improved early, but by week 12 the gap between arms had shrunk to 2 points.', None, 'mixed'),
    ('The device lowered blood pressure at night; daytime readings were unchanged.', None, 'mixed'),
    ('Symptoms eased in the 10 mg group only; the 5 mg group was no different from placebo.', 'placebo', 'mixed'),
    ('Higher vaccination uptake (78% vs 61%)', None, 'positive'),
    ('Inhaled insulin lowered HbA1c compared with usual care, but effects on weight were less clear.', 'treatment as usual', 'mixed'),
]
# shapes real-text probe 10's findings name (paraphrased there; written here): within-arm gains beside a null
# between-group result, a limitation's "power to detect ... benefits", relief in a share of patients. 7/12 before
# (all but the last two fixed now: "complete healing in 80 percent", and a three-clause mixed with an active arm)
PROBE10_SHAPES = [
    ('Both arms improved significantly from baseline, but the between-group difference was not significant.', None, 'null'),
    ('Pain fell significantly in both groups from baseline, but the difference between groups was not statistically significant.', None, 'null'),
    ('Scores improved within each group over 12 weeks; the between-group difference was not significant (p = 0.31).', None, 'null'),
    ('Both the laser and the sham group improved from baseline, with no significant difference between them.', 'placebo', 'null'),
    ('Higher-than-expected variability limited power to detect small-but-potentially-important benefits.', None, 'unknown'),
    ('The small sample limited our power to detect modest improvements.', None, 'unknown'),
    ('Wide variability reduced the power to detect benefits on secondary outcomes.', None, 'unknown'),
    ('A 2009 study found that the herbal mixture could produce migraine relief within two hours in 63 percent of patients.', None, 'positive'),
    ('The balm brought relief in 70% of users within a week, one small study found.', None, 'positive'),
    ('One trial found the drops could produce complete healing in 80 percent of treated eyes.', None, 'positive'),
    ('Ginger was more helpful than placebo for pain; it was equally effective as NSAIDs; there was no difference on pain duration.', None, 'mixed'),
    ('The spray was more effective than placebo for congestion, but no different from saline on sleep.', None, 'mixed'),
]
# within-arm gains beside a between-group null, more wordings (4/6 before): null
WITHIN_ARMS = [
    ('Both groups showed significant improvement compared with baseline (p < 0.001), but there was no significant difference between the two groups (p = 0.45).', None, 'null'),
    ('Lesion scores decreased significantly in both the tea tree and the placebo groups, but the difference between the groups was not significant.', 'placebo', 'null'),
    ('Pain and function improved significantly in both treatment arms at 12 weeks (p < 0.05); however, between-group differences were not statistically significant.', None, 'null'),
    ('Significant within-group reductions were seen in both arms, with no significant between-group difference.', None, 'null'),
    ('Both radial shock wave and sham improved heel pain significantly over time, without a significant difference between groups.', 'placebo', 'null'),
    ('Symptoms improved from baseline in both groups; the intergroup difference was not significant.', None, 'null'),
]
KNOWN_GAPS = {
    "Remission rates with the biosimilar were 44%, compared with 46% with the originator.",
    "Tranexamic acid cut blood loss, but patients given it were more often readmitted with clots.",
}


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="known gap")) if case[0] in KNOWN_GAPS else case for case in SWEEP + WAVE21_FAMILIES + CONTROL_SUBJECT + FRESH + FRESH_B + FRESH_C + FRESH_D + PROBE10_SHAPES + WITHIN_ARMS],
)
def test_sweep(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
