"""Wave 27 dose families: a strength is a dose; numbers that are no dose (allocation ratios,
measured volumes and masses, an active comparator's dose); units misread."""

from __future__ import annotations

import pytest

from extractors.fields import analyse
from extractors.fields.dose import parse_doses


def doses(text: str) -> list[tuple[float, str]]:
    return [(d.value, d.unit) for d in analyse(text).dose]


# A strength beside a listed drug or a formulation word: ophthalmology, dentistry, dermatology, veterinary feed.
STRENGTHS = [
    ("Schoolchildren used pirenzepine 2% gel or placebo gel for a year.", [(2.0, "%")]),
    ("Low-dose atropine 0.05% eye drops slowed axial elongation over two years.", [(0.05, "%")]),
    ("Myopic children were assigned to atropine 0.01% or 0.05% nightly.", [(0.01, "%"), (0.05, "%")]),
    ("Glaucoma patients instilled timolol 0.5% twice a day for three months.", [(0.5, "%")]),
    ("Caries fell in toddlers painted with a 5% sodium fluoride varnish twice a year.", [(5.0, "%")]),
    ("Patients on ventilators had their mouths cleaned with 2% chlorhexidine swabs every six hours.", [(2.0, "%")]),
    ("Plaque scores fell after a fortnight of a 0.2% mouthwash.", [(0.2, "%")]),
    ("Seborrhoeic dermatitis cleared more often with a 2% ketoconazole shampoo than with the vehicle.", [(2.0, "%")]),
    ("Acne lesions fell with 4% nicotinamide cream applied at night.", [(4.0, "%")]),
    ("Hair counts rose in women applying minoxidil 5% foam once daily.", [(5.0, "%")]),
    ("Burn wounds were dressed with a 1% silver sulfadiazine cream each day.", [(1.0, "%")]),
    ("Only the 0.03% dose reduced pressure more than the vehicle.", [(0.03, "%")]),
    ("Weaned pigs fed the egg powder at 0.5% of the diet grew faster than controls.", [(0.5, "%")]),
    ("Broilers were fed the larvae meal at 10% inclusion for five weeks.", [(10.0, "%")]),
]


@pytest.mark.parametrize("text, expected", STRENGTHS)
def test_a_strength_is_a_dose(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A result's percentage is never a strength, even beside a drug's name.
RESULT_SHARES = [
    "Staining was commoner with chlorhexidine (41% v. 9%).",
    "Progression slowed by 59% with atropine compared with placebo.",
    "Clearance was reached in 64% of the ketoconazole group.",
    "Timolol users had 30% fewer ulcers at six months.",
    "Crude protein made up 18% of the diet in both pens.",
    "Ward temperature was 21 \u00b0C at 45% humidity.",
    "Mupirocin 72% vs fusidic acid 61% cleared the infection.",
    "Itching was reported by 12% of those on the active gel compared with 4% on vehicle gel.",
    "Relapse occurred in 20% with the cream and 35% with the placebo ointment.",
]


@pytest.mark.parametrize("text", RESULT_SHARES)
def test_a_result_share_is_no_strength(text: str) -> None:
    assert parse_doses(text) == []


# An active comparator's strength is its own, not the claim's.
COMPARATOR_STRENGTHS = [
    ("A 1% clotrimazole cream was as effective as terbinafine 1% cream in 90 adults.", [(1.0, "%")]),
    ("Brimonidine 0.2% lowered pressure as much as timolol 0.5% drops.", [(0.2, "%")]),
    ("Benzoyl peroxide 5% gel was compared with 1% clindamycin gel in 140 teenagers.", [(5.0, "%")]),
]


@pytest.mark.parametrize("text, expected", COMPARATOR_STRENGTHS)
def test_an_active_comparators_strength_is_not_the_claims(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# An allocation ratio's number is no dose.
@pytest.mark.parametrize("text, expected", [
    ("Adults were randomised 2:1 to 40 mg of the statin or placebo.", [(40.0, "mg")]),
    ("Dogs were allocated 1:1 to 5 mg/kg of the drug or to saline.", [(5.0, "mg/kg")]),
    ("Women were assigned in a 3:1 ratio to 150 mg monthly or placebo.", [(150.0, "mg")]),
])
def test_an_allocation_ratio_is_no_dose(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A volume or mass measured as an outcome, a margin or an eligibility limit is no dose.
@pytest.mark.parametrize("text", [
    "Drain output was 640 ml in the tourniquet group and 590 ml in the control group.",
    "Estimated blood loss at caesarean was 480 ml.",
    "A non-inferiority margin of 200 ml was prespecified.",
    "Neonates under 1,000 g at birth were excluded.",
    "Preterm infants with a birth weight of less than 1800 g were eligible.",
    "Calves gained 850 g a day on average.",
    "Average daily gain (512 g) was highest in the third pen.",
    "The mean difference was 35 ml (95% CI 10 to 60).",
])
def test_a_measured_volume_or_mass_is_no_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Children got a weight-based dose of 1 g of the antibiotic.", [(1.0, "g")]),
    ("Cows were drenched with 300 ml of propylene glycol after calving.", [(300.0, "ml")]),
    ("Athletes took 20 g of creatine a day for a week.", [(20.0, "g/day")]),
])
def test_a_given_volume_or_mass_stays_a_dose(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# The other arm's dose, written after "or to" with another route, or after "versus those who took" with another agent.
@pytest.mark.parametrize("text, expected", [
    ("Women were randomised to 200 mg of oral iron or to 1 g of intravenous iron.", [(200.0, "mg")]),
    ("Children were randomised to 0.3 mg/kg of intranasal midazolam or to 0.1 mg/kg of intravenous midazolam.",
     [(0.3, "mg/kg")]),
    ("Adults who took 2 g of omega-3 daily had fewer attacks than those who took 400 mg of magnesium.", [(2.0, "g")]),
    ("Runners given 6 mg/kg of caffeine ran faster versus those given 3 g of taurine.", [(6.0, "mg/kg")]),
    # two doses of one agent stay both
    ("Infants were randomised to 5 mg or to 10 mg of zinc.", [(5.0, "mg"), (10.0, "mg")]),
    ("Patients who took 50 mg of the extract improved more than those who took 25 mg of the extract.",
     [(50.0, "mg"), (25.0, "mg")]),
])
def test_the_other_arms_dose_is_not_the_claims(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# Units misread: a range with a unit at each end, slash pairs of components, glued words, feed enzyme units.
@pytest.mark.parametrize("text, expected", [
    ("Trials used 250 mg\u20133 g of curcumin a day.", [(250.0, "mg/day", 3000.0)]),
    ("Doses ranged from 500 \u00b5g to 2 mg.", [(500.0, "ug", 2000.0)]),
    ("Each tablet held ezetimibe/simvastatin (10 mg/40 mg).", [(10.0, "mg"), (40.0, "mg")]),
    ("The combination (25 mg/100 mg) was given at night.", [(25.0, "mg"), (100.0, "mg")]),
    ("Participants took zinc 25 mgCopper 2 mg daily.", [(25.0, "mg"), (2.0, "mg")]),
    ("Layers were fed 1,000 FTU/kg of phytase for ten weeks.", [(1000.0, "FTU/kg")]),
    ("Piglets received 2,000 FTU of phytase per kg of feed.", [(2000.0, "FTU")]),
    ("Turkeys were fed xylanase at 16,000 U/kg of feed.", [(16000.0, "IU/kg")]),
])
def test_misread_units(text: str, expected: list) -> None:
    assert [(d.value, d.unit, d.value_max) if d.value_max else (d.value, d.unit) for d in analyse(text).dose] == expected


# A feed supplemented with a share of the product: the inclusion rate is the feeding trial's dose.
@pytest.mark.parametrize("text, expected", [
    ("Pens of broilers received a diet supplemented with 0.2% thyme oil for 42 days.", [(0.2, "%")]),
    ("Dairy cows were fed a ration containing 2% seaweed meal.", [(2.0, "%")]),
    ("Lambs given feed enriched with 5% linseed grew as fast as controls.", [(5.0, "%")]),
])
def test_a_feed_inclusion_rate_is_a_dose(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A low dose that served as the placebo is not the claim's dose.
@pytest.mark.parametrize("text, expected", [
    ('Adults took 400 mg of riboflavin or 25 mg "placebo" riboflavin for twelve weeks.', [(400.0, "mg")]),
    ("Patients took 10 mg of the drug or a 0.5 mg 'placebo' dose of it.", [(10.0, "mg")]),
    ("The 1 g arm was compared with a 50 mg \u201cplacebo\u201d arm.", [(1.0, "g")]),
    ("Oddly, the 'placebo' 5 mg dose helped as many as the 40 mg dose.", [(40.0, "mg")]),
])
def test_a_dose_called_placebo_is_not_the_claims(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A strength with its schedule, as a table's dose cell writes it.
@pytest.mark.parametrize("text, expected", [
    ("Lindqvist 2019\tAdults with gingivitis\t0.2% twice daily\tPlacebo rinse", [(0.2, "%")]),
    ("Okoro 2021\tChildren with myopia\t0.01% nightly\tPlacebo drops", [(0.01, "%")]),
    ("| Tran 2020 | Rosacea | 0.75% for 12 weeks | Vehicle |", [(0.75, "%")]),
])
def test_a_strength_with_its_schedule_in_a_dose_cell(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(d.value, d.unit) for d in parse_doses(text)] == expected


# The usual dose set against a new one is the control arm's.
@pytest.mark.parametrize("text, expected", [
    ("Broilers got either the usual 500 FTU/kg of phytase or 2,000 FTU/kg.", [(2000.0, "FTU/kg")]),
    ("Patients received the standard 1 g or a high dose of 2 g of the antibiotic.", [(2.0, "g")]),
    ("Infants were given their usual 400 IU or 1,200 IU of vitamin D.", [(1200.0, "IU")]),
])
def test_the_usual_dose_is_the_controls(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A share of a tablet is the dose taken.
@pytest.mark.parametrize("text, expected", [
    ("My daughter takes half of a 3mg tablet of melatonin at bedtime.", [(1.5, "mg")]),
    ("The vet said to give half a 10 mg tablet twice daily.", [(5.0, "mg")]),
    ("He was on a quarter of a 20 mg pill of propranolol.", [(5.0, "mg")]),
])
def test_a_share_of_a_tablet(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected
