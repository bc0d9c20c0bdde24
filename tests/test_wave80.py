"""Wave 80, from the findings bank: null findings said plainly ("no diff", "just as much", "no
protection", "at the same level as") and a gap put down to chance."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "text",
    [
        "no diff vs CBT at 6 mo",
        "Heavy drinkers who were given the blood-pressure pill drank just as much as those given dummy pills.",
        "Wore the 5% ones for a week and my incision hurt just as much.",
        "A vaccine given to calves offered no protection when the animals were later exposed.",
        "Our supplement maintained milk yield at the same level as the standard ration.",
        "The drug improved symptoms, but this could have been chance.",
        "The babies on probiotics cried less, but the difference wasn't statistically meaningful.",
    ],
)
def test_null_findings_said_plainly(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The drug improved symptoms and the result was statistically meaningful.", "positive"),
        ("Take as much as you need, just as much as before.", "unknown"),
    ],
)
def test_words_near_them_that_state_no_null(text: str, direction: str) -> None:
    assert parse_direction(text) == direction
