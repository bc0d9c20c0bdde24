"""Wave 88, from the findings bank: "vs pbo" names the placebo arm, a newsroom's "brought X down
by" and "saw X fall by" are falls, sleep gained is counted in minutes, and a commenter's "did
more for my flashbacks than" is a comparison won."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction
from tests.text_claims import text_claims


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


@pytest.mark.parametrize(
    "text",
    [
        "A recent meta-analysis, however, failed to find St. John's wort effective for severe depression.",
        "The trial failed to show that the drug was better than placebo.",
    ],
)
def test_a_verdict_the_study_could_not_reach_is_null(text):
    assert parse_direction(text) == "null"


def test_a_later_meta_analysis_that_failed_to_find_a_benefit_is_a_claim_of_its_own():
    text = ("St. John's wort was better tolerated than the antidepressants to which it was compared. A recent meta-analysis, "
            "however, failed to find St. John's wort effective for severe depression.")
    assert [(claim.evidence.text[:22], claim.direction) for claim in text_claims(text)] == [
        ("St. John's wort was be", "positive"), ("A recent meta-analysis", "null")]
