"""A lead at one time point that was gone by a later one is mixed."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "sentence",
    [
        "DLQI better at week 12, but the difference was gone by week 24",
        "Itch scores were lower at week 2, but the benefit had faded by week 8.",
        "Fewer migraine days at month 3, but the benefit was gone by month 6.",
        "Knee pain was reduced at 6 weeks with the injection, but the advantage was lost by 6 months.",
    ],
)
def test_a_lead_gone_by_a_later_time_point_is_mixed(sentence: str) -> None:
    assert parse_direction(sentence) == "mixed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fewer developed cold sores on the drug (7% vs 26%), but lesion duration was not shortened.", "mixed"),
        ("Length of stay was not shortened by the early feeding protocol.", "null"),
    ],
)
def test_a_duration_not_shortened_is_no_gain(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected
