"""Wave 88, from the findings bank: "vs pbo" names the placebo arm, a newsroom's "brought X down
by" and "saw X fall by" are falls, sleep gained is counted in minutes, and a commenter's "did
more for my flashbacks than" is a comparison won."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("HbA1c −1.87% vs pbo −0.04%", "positive"),
        ("Response 45% vs 29% with pbo", "positive"),
        ("Cutting salt to about 1,500 mg a day brought systolic pressure down by roughly 8 points compared with their usual diet.",
         "positive"),
        ("The drug brought her HbA1c down to 6.8%.", "positive"),
        ("It brought me down to earth.", "unknown"),
        ("Hospitals that switched to a chlorhexidine bathing routine saw bloodstream infections in intensive care fall by 28%, "
         "researchers said.", "positive"),
        ("A trial published in 2015 found that teenagers who started school an hour later got on average 34 more minutes of sleep "
         "a night.", "positive"),
        ("Participants got 20 more minutes of sleep with placebo.", "unknown"),
        ("Not gonna lie I was skeptical but EMDR (8 sessions) did more for my flashbacks than 2 years of talk therapy.", "positive"),
        ("Placebo did more for my pain than the drug.", "negative"),
    ],
)
def test_wave88_directions(text, direction):
    assert parse_direction(text) == direction
