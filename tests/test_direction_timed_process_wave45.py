"""A healing or recovery given as durations per arm is a time to that event: shorter is better."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("healing 4.6 vs 5.2 days", "positive"),
        ("lesion healing 4.6 vs 5.2 d", "positive"),
        ("Recovery 12 vs 9 days", "negative"),
        ("Pain relief 4.1 vs 6.3 hours", "positive"),
        ("Wound healing 81% vs 62%", "positive"),
        ("Complete healing 40% vs 58%", "negative"),
    ],
)
def test_a_process_timed_in_each_arm_is_better_shorter(cell: str, expected: str) -> None:
    assert parse_direction(cell) == expected
