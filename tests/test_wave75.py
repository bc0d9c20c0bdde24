"""Wave 75, from the findings that real pages state plainly and the rules left unknown: a treatment
tied to a lower or higher level of an outcome, a help proven or given at a change, efficacy held,
a reduction "of" a harm, a hedged rise in a good outcome, and performance as an outcome."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Potassium supplements were associated with lower blood pressure.", "positive"),
        ("The ketogenic diet resulted in fewer seizures.", "positive"),
        ("Drug X was associated with lower anxiety scores.", "positive"),
        ("Drug X was associated with higher response rates.", "positive"),
        ("Drug X was not associated with lower mortality.", "null"),
    ],
)
def test_a_treatment_tied_to_a_level_of_a_known_outcome(text: str, direction: str) -> None:
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    "text",
    ["Obesity was associated with higher blood pressure.", "Placebo was associated with lower pain scores."],
)
def test_a_risk_factor_or_the_control_tied_to_a_level_is_no_finding(text: str) -> None:
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Certain supplements have also been proven to help with lowering blood pressure.",
        "Several supplements have been shown to help.",
        "Saffron may have efficacy in preventing depressive symptoms, according to a review.",
        "Potassium supplements were associated with reduction of blood pressure.",
        "Previous studies have shown that using creatine can increase sports performance.",
        "Beta-blockers reduced performance anxiety.",
    ],
)
def test_plain_statements_of_benefit(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Biomarkers have been shown to help predict response.",
        "A reduction of 20% was targeted.",
        "A reduction of the dose was needed in 5 patients.",
        "Used 3 drops of the combination stuff twice daily.",
    ],
)
def test_words_near_those_statements_that_state_no_benefit(text: str) -> None:
    assert parse_direction(text) == "unknown"


def test_a_change_tied_to_the_treatment_is_left_to_the_passes() -> None:
    assert parse_direction("CBT was associated with greater reductions in insomnia severity.") == "positive"
