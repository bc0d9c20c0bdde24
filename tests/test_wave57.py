"""Wave 57, from holdout 44 (scored once at c9cd59b): an arm named before " - " and the result
("oatmeal cream vs the hospital's aqueous cream - no difference", its owner no part of its name);
RTOG grades and the slow-phase velocity of nystagmus as measures; a fall "by about a third"; a
premedication every arm got ("; all received buprenorphine 0.03 mg/kg") is no dose of the claim;
"Post #3  by  sunflower_77  » 03 Sep 2026" heads a forum post."""

from __future__ import annotations

import pytest

from extractors.blocks import is_comment_header
from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from extractors.fields.dose import parse_doses
from extractors.fields.outcomes import parse_outcomes


def test_an_arm_named_before_a_spaced_dash() -> None:
    assert parse_comparator("Oatmeal cream vs aqueous cream - no difference in RTOG grade.") == "aqueous cream"
    assert parse_comparator("X versus placebo – no change") == "placebo"
    assert parse_comparator("oatmeal cream vs the hospital's aqueous cream - no difference in RTOG grade") == "aqueous cream"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no difference in RTOG grade at the end of treatment", ["RTOG"]),
        ("Mean slow-phase velocity fell by about a third after one week.", ["SPV"]),
    ],
)
def test_outcomes(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_a_fall_by_about_a_third() -> None:
    text = "Ten patients took chlorzoxazone 500 mg three times daily; mean slow-phase velocity fell by about a third after one week."
    assert parse_direction(text) == "positive"


def test_a_premedication_every_arm_got_is_no_dose_of_the_claim() -> None:
    text = ("Rabbits received meloxicam oral suspension 1 mg/kg or an equal volume of flavoured saline 2 h before surgery; "
            "all received buprenorphine 0.03 mg/kg at induction.")
    assert [(d.value, d.unit) for d in parse_doses(text)] == [(1.0, "mg/kg")]
    assert [(d.value, d.unit) for d in parse_doses("All patients received sertraline 50 mg daily.")] == [(50.0, "mg")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Post #3  by  sunflower_77  » 03 Sep 2026, 13:40", True),
        ("Reply #2 by GranB", True),
        ("Post-operative pain by day 3 was lower", False),
    ],
)
def test_a_post_header_that_names_the_post_first(line: str, expected: bool) -> None:
    assert is_comment_header(line) is expected
