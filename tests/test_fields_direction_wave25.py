"""Wave 25 direction: families holdout 16 named, each written here over several specialties
and registers (no holdout sentence copied):

- an uncontrolled result stated as a good state's rate within the one arm ("remission in 14
  (70%)", "cure was 81%", "31 (78%) were seizure-free") is positive, better than baseline; a
  relapse's or a failure's rate alone, two arms' rates, or a rate set against the control are not
  read by it;
- harm events more frequent with the treatment than with the control, said in words, are negative
  (a tolerability symptom so said, "nausea was more frequent", stays unknown: the families test);
  an experience rated less unpleasant is positive; the largest gain at one dose is positive, a harm
  in that arm beside it does not make it mixed;
- commenters' before and after ("milder than they used to be", "from five wet nights a week to one",
  "seizure-free for eight months", "best decision we made") are positive; "took it all winter and
  still caught three colds" is null;
- mixed by time point, outcome or dose: a gain beside another outcome "similar" at a later time
  ("relapse rates at 16 weeks were similar"; "function scores" beside "pain scores" is another
  outcome), one dose's gain beside another dose's non-significance, "speeds early recovery but does
  not change outcomes at one year"; thicker eggshells are a gain, "at 50 mg/kg only" limits it.
  Our convention, not holdout 16's README, decides a gain beside an unchanged production outcome
  ("thicker shells ..., with no effect on laying rate"): mixed, as the wave-17 broiler row with its
  feed conversion unchanged.
"""

import pytest

from extractors.fields import parse_direction

# (text, comparator, expected)
GOOD_STATE_RATES = [
    ("In a single-centre series of 48 patients, complete remission after induction was 71%.", None, "positive"),
    ("The open-label extension reported healing in 31 of 40 ulcers (78%) by week 12.", None, "positive"),
    ("A prospective cohort of 210 smokers reported 12-month abstinence in 34% of participants.", None, "positive"),
    ("Resolution of the effusion occurred in 19 (83%) of the treated ears.", None, "positive"),
    ("Of 56 dogs given the diet, 41 (73%) were itch-free at 8 weeks.", None, "positive"),
    ("Clinical cure rate was 88% after one course of the cream.", None, "positive"),
    ("Among 90 children, 62% were in remission at one year.", None, "positive"),
    ("Our clinic audit of 64 women found that 52 (81%) reported satisfactory symptom control at 3 months.", None, "positive"),
    ("In the open series, 62% had complete symptom resolution by week 8.", None, "positive"),
    ("Before treatment, 12% reported good sleep quality.", None, "unknown"),
    ("Eleven of 15 dogs (73%) achieved complete remission.", None, "positive"),
    ("Complete response was observed in 9 patients (41%).", None, "positive"),
    ("Resolution of the rash was reported by 70% of respondents.", None, "positive"),
    ("Lesions cleared in 64% of treated children.", None, "positive"),
    ("Cure rate 91%", None, "positive"),
    ("Failure rate 12%", None, "unknown"),
    ("Seizure-free at 6 months: 64%", None, "positive"),
    ("Adequate symptom control in 77% at 12 weeks", None, "positive"),
    ("Recurrence 12% at 1 year", None, "unknown"),
    # not a good state, or not one arm's alone
    ("Relapse occurred in 22% of patients within a year of stopping.", None, "unknown"),
    ("Treatment failure was seen in 9 of 60 patients (15%).", None, "unknown"),
    ("Response was 40% with drug A and 35% with drug B.", None, "unknown"),
    ("The cure rate was 61.5% and 22.0%, respectively.", None, "unknown"),
    ("Healing rates were 70% and 52% in the two arms.", None, "unknown"),
    ("Remission rates were 44% with the biologic and 18% with placebo.", None, "positive"),
    ("Spontaneous resolution is expected in 80% of cases within a month.", None, "unknown"),
    ("Response was defined as a 50% reduction in the HAMD score.", None, "unknown"),
    ("Urinary recovery of 95% of the dose was achieved within 24 hours.", None, "unknown"),
    ("The cure rate of 84% was maintained at one year.", None, "positive"),
    ("A response rate of 50% was assumed for the power calculation.", None, "unknown"),
    ("Assuming a cure rate of 80% with the gel and 60% with vehicle, 200 patients were needed.", None, "unknown"),
]

HARMS_AND_TOLERABILITY = [
    ("Serious infections were more common with the JAK inhibitor than with placebo (3.1% vs 1.2%).", None, "negative"),
    ("Bleeding events occurred more often with the anticoagulant than with placebo.", None, "negative"),
    ("Hypoglycaemic episodes were more frequent in the insulin arm than in the control group.", None, "negative"),
    ("Falls were more common among those on the sedative than in the placebo group.", None, "negative"),
    ("Local reactions were more frequent with the adjuvanted vaccine than with saline placebo.", None, "negative"),
    ("Adverse events were similar with the drug and placebo.", None, "unknown"),
    ("Serious adverse events were not more common with varenicline than with placebo.", None, "null"),
    # an experience rated less bad, a gain
    ("Women in the self-sampling arm rated the test as less uncomfortable.", None, "positive"),
    ("Children who had the numbing spray described the cannulation as less painful.", None, "positive"),
    ("Patients found the oral preparation more acceptable than the enema.", None, "positive"),
    # the largest gain at one dose, with or without a harm in that arm
    ("Pain relief was greatest at 400 mg, though dizziness affected a fifth of that group.", None, "positive"),
    ("The HbA1c reduction was largest with the 15 mg dose.", None, "positive"),
    ("Weight loss was greatest at the highest dose, but nausea occurred in 41% of that arm.", None, "positive"),
    ("Weight gain was greatest with olanzapine.", None, "unknown"),
]


@pytest.mark.parametrize("text,comparator,expected", GOOD_STATE_RATES)
def test_good_state_rates_within_one_arm(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text,comparator,expected", HARMS_AND_TOLERABILITY)
def test_harms_and_tolerability(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


COMMENTERS = [
    ("My migraines are far milder than they used to be since I started riboflavin.", None, "positive"),
    ("Honestly his asthma attacks are less frequent than they were before the inhaler.", None, "positive"),
    ("Our daughter went from five wet nights a week to one after a month on the alarm.", None, "positive"),
    ("He has been seizure-free for eight months now on the new dose.", None, "positive"),
    ("She was dry 10 nights running by the third week.", None, "positive"),
    ("He has stayed dry every night since the alarm.", None, "positive"),
    ("Her skin was dry for several weeks.", None, "unknown"),
    ("Best decision we made for her eczema.", None, "positive"),
    ("We went from 4 accidents a day to none within a fortnight.", None, "positive"),
    ("Dry every night for the past month!", None, "positive"),
    ("Been on it eight weeks and still wetting most nights.", None, "null"),
    ("I took vitamin C every day all winter and still caught three colds.", None, "null"),
    ("Gave our dog the supplement for two months and he still had the limp.", None, "null"),
    ("I took the drops for a week and still have no side effects.", None, "unknown"),
    ("My sleep is worse than it used to be.", None, "negative"),
]

MIXED_BY_TIME_DOSE_OR_OUTCOME = [
    ("Itch scores fell more with the cream at 4 weeks, but relapse rates at 16 weeks were similar.", None, "mixed"),
    ("Pain scores fell more with the brace, but function scores were similar.", None, "mixed"),
    ("Pain fell more with the drug, but pain scores at 12 weeks were similar.", None, "null"),
    ("Sleep latency was shorter with 10 mg than with placebo, whereas 5 mg was not significantly different from placebo.", None, "mixed"),
    ("Wheeze was lower with 400 IU than with placebo, whereas the 200 IU arm was numerically lower but not significantly different (p = 0.3).", None, "mixed"),
    ("The brace speeds early recovery but does not change outcomes at one year.", None, "mixed"),
    ("Early mobilisation hastened recovery after hip surgery.", None, "positive"),
    ("Neither dose differed from placebo on the primary outcome.", None, "null"),
    ("Only the high-dose arm improved.", None, "mixed"),
    ("Better recall with 600 mg, none with 300 mg", None, "mixed"),
    ("Itch improved with the cream, none with placebo.", None, "positive"),
    ("Reflux symptoms were lower with the drug at 4 weeks; by 6 months the groups were alike.", None, "mixed"),
    ("Thicker shells at 50 mg/kg only", None, "mixed"),
    ("Hens fed the algae had thicker shells than those on the control diet.", None, "positive"),
    ("Shell strength increased with the highest dose compared with the basal diet.", None, "positive"),
    ("Within-group fall in PHQ-9 score; uncontrolled", None, "positive"),
    ("A fall in quality-of-life scores was seen with the drug.", None, "unknown"),
]


@pytest.mark.parametrize("text,comparator,expected", COMMENTERS)
def test_commenters_before_and_after(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text,comparator,expected", MIXED_BY_TIME_DOSE_OR_OUTCOME)
def test_mixed_by_time_dose_or_outcome(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


# Real-text probe 11's direction items (findings12 item 4), in wordings of our own.
PROBE11_FAMILIES = [
    # a harm, or the disease prevented, more frequent or higher by some amount in the control arm
    ("The incidence of delirium was 9% higher in the control arm than with melatonin (p = 0.02).", None, "positive"),
    ("Post-operative infections were statistically more frequent in the placebo group (p = 0.01).", None, "positive"),
    ("Mean pain on the VAS was 1.5 points higher in the sham group throughout follow-up.", None, "positive"),
    ("Nightmares were 30% more frequent in the placebo group.", None, "positive"),
    ("Remission was more frequent in the placebo group.", None, "unknown"),
    # hedged base forms, and present tense
    ("Daily zinc may halve the risk of recurrent otitis.", None, "positive"),
    ("Magnesium could alleviate leg cramps in pregnancy.", None, "positive"),
    ("Ashwagandha has been studied for its potential to alleviate anxiety.", None, "unknown"),
    ("Topical menthol alleviates itch in lichen simplex.", None, "positive"),
    ("Oral benfotiamine ameliorates neuropathic pain.", None, "positive"),
    # no edge over the control in a second predicate; what the placebo response may mean is no finding
    ("The syrup's effect was small and not better than placebo.", None, "null"),
    ("The gel was not better than placebo. However, the high placebo response rate may have masked a true effect.", None, "null"),
    ("Remission rates in the placebo group were lower than with the drug.", None, "positive"),
    # arms alike at baseline and early on, the gain later
    ("Although the arms did not differ at baseline or at week 2, at week 6 the yoga group reported less anxiety.", None, "positive"),
    ("The groups did not differ at baseline in pain scores.", None, "unknown"),
    # a safety clause after the finding
    ("The lotion is more effective than vehicle, and has not shown any serious side effects.", None, "positive"),
    ("The drug did not improve pain, and it did not cause side effects.", None, "null"),
]


@pytest.mark.parametrize("text,comparator,expected", PROBE11_FAMILIES)
def test_probe11_families(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_each_gated_cue_is_opened_by_its_own_words() -> None:
    """A gated cue is tried only when one of its trigger words is in the sentence: every sentence a
    cue reads must hold one (else the gate would skip the cue that reads it)."""
    from extractors.fields import direction

    opened_by_trigger = range(len(direction._GATED_POSITIVE))
    sentences = [text for text, _, _ in GOOD_STATE_RATES + HARMS_AND_TOLERABILITY + COMMENTERS + MIXED_BY_TIME_DOSE_OR_OUTCOME + PROBE11_FAMILIES] + [
        "My cough is milder than it was.", "His tics are rarer than he used to have them.", "Eggshell strength increased with the supplement.",
    ]
    for text in sentences:
        lowered = text.lower()
        opened = direction._opened_passes(lowered)
        for index in opened_by_trigger:
            if direction._GATED_POSITIVE_CUES[index].search(lowered):
                assert index + direction._FIRST_GATED in opened, (text, direction._GATED_POSITIVE[index][0])
