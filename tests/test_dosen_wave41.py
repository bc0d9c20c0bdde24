"""Wave 41: dose and N families that blind sets showed.

- a count of doses a day written with a multiplication sign ("1 mg x2 a day") is the amount of
  each dose, taken twice daily, not a daily total;
- a weekly amount ("1.5 mg/week", "2.4 mg per week") keeps its week;
- a package drunk is the dose ("drank two 355 mL bottles of juice"), one sold or handed out is not;
- an arm's cap and device between two arms ("0.2 mg/kg (maximum 10 mg) delivered by atomiser or
  rectal diazepam 0.5 mg/kg") still leave the later arm's dose to that arm;
- N written as the study's size ("a 90-patient trial"), and counts of a harm in each arm
  ("four infants given X had bronchospasm, compared with two given Y") and of microbes ("a total of
  1010 organisms/day") never read as N.
"""

from __future__ import annotations

import pytest

from extractors.fields import analyse


def _doses(text: str) -> list[tuple[float, str]]:
    return [(dose.value, dose.unit) for dose in analyse(text).dose]


@pytest.mark.parametrize("text, expected, schedule", [
    # smoking cessation, a forum post
    ("Stayed on it 8 weeks at 1 mg x2 a day and the urge to smoke barely changed.", [(1.0, "mg")], "twice daily"),
    # diabetes
    ("My doctor kept me on metformin 500 mg x2 daily and my HbA1c came down.", [(500.0, "mg")], "twice daily"),
    # a daily total written after the substance is still one
    ("Runners took 5 grams of creatine a day for four weeks.", [(5.0, "g/day")], "daily"),
])
def test_times_a_day_is_a_schedule(text: str, expected: list, schedule: str) -> None:
    doses = analyse(text).dose
    assert [(d.value, d.unit) for d in doses] == expected
    assert doses[0].schedule == schedule


@pytest.mark.parametrize("text, expected", [
    # neurology: transdermal patches
    ("Transdermal clonidine at 1.0 or 1.5 mg/week lowered tic scores more than placebo patches.",
     [(1.0, "mg/week"), (1.5, "mg/week")]),
    # obesity: a weekly injection
    ("Semaglutide 2.4 mg per week reduced body weight more than placebo in 300 adults.", [(2.4, "mg/week")]),
    # rheumatology
    ("Methotrexate 15 mg/wk was as effective as leflunomide.", [(15.0, "mg/week")]),
])
def test_weekly_amount(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # paediatric emergency medicine
    ("Children were allocated (1:1) to intranasal midazolam 0.2 mg/kg (maximum 10 mg) delivered by mucosal atomiser "
     "or rectal diazepam 0.5 mg/kg.", [(0.2, "mg/kg")]),
    # headache
    ("Adults with migraine were randomised to intranasal sumatriptan 20 mg (up to two sprays) given with a nasal "
     "device or oral rizatriptan 10 mg.", [(20.0, "mg")]),
])
def test_later_arm_after_a_long_arm(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 90-patient trial compared platelet-rich plasma with a corticosteroid injection.", 90),
    ("In a 240-participant randomised study, yoga lowered blood pressure more than usual care.", 240),
    ("A 1,200-woman cohort found no link between caffeine and miscarriage.", 1200),
    ("The 40-child pilot study found fewer infections with zinc.", 40),
    # a duration before the study word is no size
    ("A 12-week trial of 60 adults found a benefit.", 60),
])
def test_study_sized_by_its_sample(text: str, expected: int) -> None:
    assert analyse(text).n == expected


@pytest.mark.parametrize("text, expected", [
    # respiratory: a harm in each arm
    ("Four infants given hypertonic saline had bronchospasm, compared with two given normal saline.", None),
    # dermatology
    ("Three patients on the cream had a rash, compared with one on placebo.", None),
    # sleep
    ("Eleven children given melatonin developed headache versus four given placebo.", None),
    # the sample stated beside them stays
    ("In 120 adults, four given the drug had nausea, compared with two given placebo.", 120),
    # arm sizes are still summed
    ("Twenty patients received ketamine and 21 received placebo.", 41),
])
def test_harm_counts_are_not_n(text: str, expected: int | None) -> None:
    assert analyse(text).n == expected


@pytest.mark.parametrize("text, expected", [
    # sports nutrition
    ("Runners drank 355 mL bottles of tart cherry juice or a placebo drink twice daily for a week.", [(355.0, "ml")]),
    # geriatrics
    ("Patients drank two 500 ml bottles of oral nutritional supplement daily or kept their usual diet.", [(500.0, "ml")]),
    # school nutrition
    ("Children drank a 200 ml carton of fortified milk each school day.", [(200.0, "ml")]),
    # a package handed out or sold is still no dose
    ("Each participant was given a 250 ml bottle to take home.", []),
    ("The cream comes in a 50 g tube.", []),
])
def test_package_drunk_is_the_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # paediatric allergy: a probiotic's count with its superscript lost
    ("Mothers and infants took the probiotic (four strains; total of 1010 organisms/day) or a matching placebo.", None),
    # veterinary
    ("Calves were dosed with a total of 10^9 bacteria per day or placebo.", None),
    # the sample beside a count of microbes stays
    ("In total, 436 mother-infant pairs were included; the product gave a total of 10 billion live organisms a day.", 436),
    ("A total of 120 patients were randomised.", 120),
])
def test_microbe_counts_are_not_n(text: str, expected: int | None) -> None:
    assert analyse(text).n == expected
