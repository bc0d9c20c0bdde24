"""Wave 89: the gaps session 23 left noted. A commenter's "it did not do more for my pain than
ibuprofen" is a comparison not won (null, not negative), and two arms' rates whose difference's
confidence interval runs from below zero to above it differ by chance against placebo too, not
only against an active drug."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("It did not do more for my pain than ibuprofen.", "null"),
        ("Honestly it didn't do any more for my sleep than melatonin did.", "null"),
        ("EMDR did more for my flashbacks than talk therapy.", "positive"),
        ("Response rates were 45% with the drug and 38% with placebo (difference 7%; 95% CI -3 to 17).", "null"),
        ("Response rates were 45% with the drug and 38% with placebo (difference 7%; 95% CI 1 to 13).", "positive"),
    ],
)
def test_wave89_directions(text, direction):
    assert parse_direction(text) == direction
