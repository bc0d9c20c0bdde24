"""Wave 27 dose families: a strength is a dose."""

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


# A feed supplemented with a share of the product: the inclusion rate is the feeding trial's dose.
@pytest.mark.parametrize("text, expected", [
    ("Pens of broilers received a diet supplemented with 0.2% thyme oil for 42 days.", [(0.2, "%")]),
    ("Dairy cows were fed a ration containing 2% seaweed meal.", [(2.0, "%")]),
    ("Lambs given feed enriched with 5% linseed grew as fast as controls.", [(5.0, "%")]),
])
def test_a_feed_inclusion_rate_is_a_dose(text: str, expected: list[tuple[float, str]]) -> None:
    assert doses(text) == expected


# A strength with its schedule, as a table's dose cell writes it.
@pytest.mark.parametrize("text, expected", [
    ("Lindqvist 2019\tAdults with gingivitis\t0.2% twice daily\tPlacebo rinse", [(0.2, "%")]),
    ("Okoro 2021\tChildren with myopia\t0.01% nightly\tPlacebo drops", [(0.01, "%")]),
    ("| Tran 2020 | Rosacea | 0.75% for 12 weeks | Vehicle |", [(0.75, "%")]),
])
def test_a_strength_with_its_schedule_in_a_dose_cell(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(d.value, d.unit) for d in parse_doses(text)] == expected
