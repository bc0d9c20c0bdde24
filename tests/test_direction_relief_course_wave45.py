"""Commenters' reliefs by a day counted out or overnight, and reliefs that came back."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("We gave him the antifungal drops four times a day for a week and it was gone by day 4.", "positive"),
        ("The GP prescribed a steroid cream and they were gone by day 6, no scarring.", "positive"),
        ("Put a dab of the ointment on at bedtime and the cold sore cleared up overnight.", "positive"),
        ("The itching settled overnight after the first antihistamine dose.", "positive"),
        ("Used the shampoo for a fortnight, the flaking cleared up but came back within a month.", "mixed"),
        ("Her nappy rash faded, then came back as soon as we stopped the zinc cream.", "mixed"),
        ("Did the full course of drops and the redness went away but then it came back twice.", "mixed"),
    ],
)
def test_a_commenters_course_relief(post: str, expected: str) -> None:
    assert parse_direction(post) == expected


def test_a_trial_benefit_gone_by_a_later_week_is_not_a_relief() -> None:
    assert parse_direction("The benefit of the drug was gone by week 12 in the extension phase.") != "positive"
