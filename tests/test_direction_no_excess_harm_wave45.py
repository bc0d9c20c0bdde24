"""A harm said not to rise beside a gain ("and no excess infections") is no second, null finding."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The children given the drug had fewer pain crises and no excess infections compared with placebo.", "positive"),
        ("The vaccine reduced hospital admissions with no increase in adverse events compared with placebo.", "positive"),
        ("The drug lowered HbA1c by 0.8% versus placebo, with no increase in hypoglycaemia.", "positive"),
        ("Tranexamic acid cut blood loss compared with placebo, and there was no excess of thrombotic complications.", "positive"),
        ("Pain scores did not differ from placebo, and there was no excess of bleeding.", "null"),
    ],
)
def test_a_harm_that_did_not_rise_beside_the_finding(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected
