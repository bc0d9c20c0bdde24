"""A benefit share qualified before its number ("in only 54%", "in nearly 70%") is still the treatment's share."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The antifungal suspension cleared thrush in only 54% of infants after a week, compared with 85% with the oral gel.", "negative"),
        ("The new spray relieved congestion in nearly 70% of children, versus 45% with saline.", "positive"),
        ("Terbinafine cured onychomycosis in about 76% of toenails compared with 38% for itraconazole.", "positive"),
        ("The dressing healed ulcers in just 40% of legs against 62% for compression alone.", "negative"),
    ],
)
def test_a_qualified_benefit_share_is_read_against_the_comparator(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected
