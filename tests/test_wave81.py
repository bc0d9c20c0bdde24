"""Wave 81, from holdout 56 after its one score: counted arms whose first count names who ("Twenty-
seven women were randomised to X ... and 26 to Y"), a result cell judging the active comparator
better, a harm of disease in excess, "no scientific basis for recommending", and a difference seen
at one time point and gone by a later one."""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Twenty-seven women were randomised to evening primrose oil 1 g twice daily plus vitamin E 400 IU and 26 to vitamin E alone.",
         "vitamin e alone"),
        ("27 were randomised to drug X and 26 to placebo.", "placebo"),
        ("In 2019, 27 women went to the clinic and 26 to the hospital.", None),
    ],
)
def test_counted_arms(text: str, comparator: str | None) -> None:
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize(
    ("text", "comparator", "direction"),
    [
        ("Diclofenac gel superior at 1 and 3 months", "topical diclofenac", "negative"),
        ("Gel superior at 1 and 3 months", "topical diclofenac", "positive"),
        ("The lysine group had more upper respiratory disease than cats on the standard diet.", None, "negative"),
        ("A systematic review concluded there is no scientific basis for recommending lysine for FHV-1.", None, "null"),
        ("The blood-pressure difference seen at week 8 had disappeared by the 6-month follow-up.", None, "mixed"),
        ("My depression has disappeared.", None, "positive"),
    ],
)
def test_wave81_directions(text: str, comparator: str | None, direction: str) -> None:
    assert parse_direction(text, comparator) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Compared with placebo, adjunctive brexpiprazole 2 mg/day was associated with more akathisia (9.2% vs 2.1%) and weight "
         "gain (6.0% vs 1.3%), with no advantage on the MADRS (difference -0.8, 95% CI -2.3 to 0.7).", "negative"),
        ("Six-month abstinence was 11.8% with cytisine and 13.1% with varenicline, and cytisine met the pre-specified "
         "non-inferiority margin.", "null"),
    ],
)
def test_a_clause_of_harm_in_excess_beside_a_null_clause(text: str, direction: str) -> None:
    assert parse_direction(text, "placebo" if "placebo" in text else "varenicline") == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The placebo group had more headaches.", "positive"),
        ("The placebo group had more headaches than the drug group.", "positive"),
        ("The placebo group had more improvement.", "negative"),
    ],
)
def test_the_control_arm_with_more_harm_told_without_than(text: str, direction: str) -> None:
    assert parse_direction(text) == direction
