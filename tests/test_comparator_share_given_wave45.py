"""A comparator named after a share of the people who got it: "compared with 85% of infants treated with X"."""

import pytest

from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The suspension cleared thrush in 54% of infants, compared with 85% of infants treated with miconazole oral gel.", "miconazole"),
        ("Pain relief came in 60% of patients, compared with 35% of those given ibuprofen.", "ibuprofen"),
        ("The cream cleared lesions in 64% of children, compared with 41% of children using the vehicle.", "placebo"),
        ("Healing occurred in 70% of dogs versus 52% of dogs receiving placebo.", "placebo"),
    ],
)
def test_the_arm_a_share_was_given(sentence: str, expected: str) -> None:
    assert parse_comparator(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sixty adults with bronchiectasis were randomised to daily airway clearance or to no regular airway clearance for 12 weeks.",
        "One session of percussion raised sputum weight compared with no airway clearance.",
        "Wound fluid fell with negative-pressure dressings compared with no drainage.",
    ],
)
def test_no_clearance_or_drainage_is_no_treatment(sentence: str) -> None:
    assert parse_comparator(sentence) == "no treatment"
