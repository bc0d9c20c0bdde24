"""Wave 25 direction: families holdout 16 named, each written here over several specialties
and registers (no holdout sentence copied):

- an uncontrolled result stated as a good state's rate within the one arm ("remission in 14
  (70%)", "cure was 81%", "31 (78%) were seizure-free") is positive, better than baseline; a
  relapse's or a failure's rate alone, two arms' rates, or a rate set against the control are not
  read by it;
- harm events more frequent with the treatment than with the control, said in words, are negative
  (a tolerability symptom so said, "nausea was more frequent", stays unknown: the families test);
  an experience rated less unpleasant is positive; the largest gain at one dose is positive, a harm
  in that arm beside it does not make it mixed.
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
    # not a good state, or not one arm's alone
    ("Relapse occurred in 22% of patients within a year of stopping.", None, "unknown"),
    ("Treatment failure was seen in 9 of 60 patients (15%).", None, "unknown"),
    ("Response was 40% with drug A and 35% with drug B.", None, "unknown"),
    ("Remission rates were 44% with the biologic and 18% with placebo.", None, "positive"),
    ("Spontaneous resolution is expected in 80% of cases within a month.", None, "unknown"),
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
