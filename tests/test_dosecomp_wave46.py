"""Wave 46: dose and comparator as vendors, abstracts and news write them.

- two drugs, each with its dose written before its name ("800 µg drug A or 40 IU drug B"): the
  second drug is the comparator and its dose is not the claim's;
- a maker's word for its own product after a strength ("our 5% formula", "a 10% serum"), and
  the first strength of a list whose last one names the form ("5% or 10% gel");
- "those taking only 400 IU": a smaller amount, never an arm called "only", and the other arm's
  amount, not the claim's dose.
"""

from __future__ import annotations

import pytest

from extractors.fields import analyse


def _doses(text: str) -> list[tuple[float, str]]:
    return [(dose.value, dose.unit) for dose in analyse(text).dose]


@pytest.mark.parametrize("text, comparator, doses", [
    # obstetrics: a uterotonic against another, each dose before its name
    ("Women were randomly assigned to 600 µg oral misoprostol (n = 210) or 10 IU intramuscular oxytocin (n = 208).",
     "oxytocin", [(600.0, "ug")]),
    # veterinary: two NSAIDs in dogs, doses per kilogram
    ("Dogs were randomised to 2 mg/kg carprofen or 0.1 mg/kg meloxicam after surgery.", "meloxicam", [(2.0, "mg/kg")]),
    # infectious disease: two antibiotics, grams
    ("Adults with cellulitis were allocated to 1 g cefazolin or 600 mg clindamycin.", "clindamycin", [(1.0, "g")]),
])
def test_second_drug_dose_is_the_comparators(text: str, comparator: str, doses: list) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert _doses(text) == doses


@pytest.mark.parametrize("text", [
    # one drug at two doses stays its own comparator, both doses the claim's
    "Patients were randomized to 25 mg or 50 mg of amitriptyline.",
    "Children were randomised to 0.15 mg/kg or 0.6 mg/kg dexamethasone.",
])
def test_one_drug_two_doses_unchanged(text: str) -> None:
    assert len(_doses(text)) == 2


@pytest.mark.parametrize("text, doses", [
    # cosmetics vendor: "our N% formula"
    ("In a small pilot, 20 volunteers using our 5% formula had fewer blemishes after six weeks.", [(5.0, "%")]),
    # skincare blog: a serum
    ("Our 10% serum faded dark spots more than placebo over 12 weeks in 48 women.", [(10.0, "%")]),
    # herbal shop: a balm and a tincture
    ("The 2% balm eased cracked heels in a 30-person trial.", [(2.0, "%")]),
    ("A 20% tincture was tried in 24 patients with mouth ulcers.", [(20.0, "%")]),
    # table cells: two strengths of one form, the form named once at the end
    ("5% or 10% gel", [(5.0, "%"), (10.0, "%")]),
    ("0.5% and 1% eye drops", [(0.5, "%"), (1.0, "%")]),
    ("0.025%, 0.05% or 0.1% cream", [(0.025, "%"), (0.05, "%"), (0.1, "%")]),
    ("3% face wash + 5% gel", [(3.0, "%"), (5.0, "%")]),
])
def test_strengths_of_a_product(text: str, doses: list) -> None:
    assert _doses(text) == doses


@pytest.mark.parametrize("text", [
    # shares are never strengths, listed or not
    "Clearance was seen in 30% or 40% of patients using the gel.",
    "Recurrence fell by 20% and 35% with the spray.",
    # a training load is not a dose
    "Inspiratory muscle training at 30% of MIP improved dyspnoea compared with sham training.",
])
def test_shares_and_loads_stay_out(text: str) -> None:
    assert _doses(text) == []


@pytest.mark.parametrize("text, comparator", [
    # obstetric nutrition news: the other arm's smaller amount of the same vitamin
    ("Women taking 4000 IU of vitamin D daily halved their risk of preterm birth compared to women taking only 400 IU.",
     None),
    ("Adults given 400 mg of magnesium had fewer migraines compared with those taking just 100 mg of magnesium.",
     "magnesium"),
    # paediatrics
    ("Infants given 800 IU a day had fewer fractures than infants receiving merely 200 IU.", None),
])
def test_smaller_amount_is_no_arm_name(text: str, comparator: str | None) -> None:
    assert analyse(text).comparator == comparator


@pytest.mark.parametrize("text, doses", [
    ("Women taking 4000 IU of vitamin D daily halved their risk of preterm birth compared to women taking only 400 IU.",
     [(4000.0, "IU")]),
    ("Infants given 800 IU a day had fewer fractures than infants receiving merely 200 IU.", [(800.0, "IU/day")]),
    # sports nutrition: grams
    ("Cyclists taking 6 g of nitrate-rich juice rode longer than those getting just 1 g.", [(6.0, "g")]),
])
def test_smaller_amount_is_the_other_arms(text: str, doses: list) -> None:
    assert _doses(text) == doses


@pytest.mark.parametrize("text", [
    # neurology, psychiatry, veterinary: "with" after the people tells their condition, not a comparator
    "Valproate and propranolol were compared in 90 adults with migraine.",
    "Sertraline and CBT were compared in 120 adolescents with depression.",
    "Two diets were compared in 60 dogs with chronic enteropathy.",
    "The two inhalers were compared over 12 weeks in 200 children with asthma.",
])
def test_condition_after_compared_in_is_no_comparator(text: str) -> None:
    assert analyse(text).comparator is None


def test_compared_in_a_trial_with_a_drug_still_reads() -> None:
    assert analyse("Sertraline was compared in a pragmatic trial with escitalopram.").comparator == "escitalopram"


@pytest.mark.parametrize("text, comparator", [
    # respiratory physiotherapy: a named device
    ("Autogenic drainage cleared more sputum than an oscillating PEP device in 30 adults with bronchiectasis.",
     "oscillating pep device"),
    ("A spacer gave better lung deposition than a nebuliser in 40 children.", "nebuliser"),
    # education and behavioural care: teaching and coaching by a person
    ("Video education improved inhaler technique more than face-to-face teaching.", "face-to-face teaching"),
    ("The app improved adherence more than nurse coaching in 80 adults with hypertension.", "nurse coaching"),
])
def test_devices_and_teaching_are_arms(text: str, comparator: str) -> None:
    assert analyse(text).comparator == comparator


@pytest.mark.parametrize("text", [
    # a measuring device named only as the reference is a yardstick, not an arm
    "Readings were more accurate than those of the reference device.",
    "The new monitor was as accurate as the standard device.",
])
def test_reference_device_is_no_arm(text: str) -> None:
    assert analyse(text).comparator is None


@pytest.mark.parametrize(("text", "comparator"), [
    ("Ketoconazole 2% cleared flaking faster than 1% zinc pyrithione shampoo.", "zinc pyrithione"),
    ("The cream was no better than selenium sulphide lotion for tinea versicolor.", "selenium sulfide"),
    ("Relapse was less frequent than with coal tar shampoo.", "coal tar"),
])
def test_scalp_and_skin_antifungal_comparators_by_name(text: str, comparator: str) -> None:
    assert analyse(text).comparator == comparator
