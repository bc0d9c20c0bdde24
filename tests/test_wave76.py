"""Wave 76, from holdout 54 after its one score: animals and riders counted, a table's column
named by what it counts ("Ferrets"), an arm a treatment was tested against, an arm whose dose has
a decimal point, a gain the treatment cut short, and arms that recovered at the same rate."""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from extractors.fields.n import parse_n
from extractors.tables import column_role


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("A retrospective comparison of 57 ferrets found fewer recurrences after implant therapy.", 57),
        ("Cooling improved power output versus seated rest in 16 trained riders.", 16),
        ("We studied 12 red deer.", 12),
    ],
)
def test_animals_and_riders_are_counted(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("header", ["Ferrets", "Athletes", "Lambs"])
def test_a_column_named_by_what_it_counts_is_n(header: str) -> None:
    assert column_role(header) == "n"


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("A German team testing two cups a day against peppermint tea found no difference (Hartmann et al., 2019).",
         "peppermint tea"),
        ("Lemon balm was tested against peppermint tea.", "peppermint tea"),
        ("Students showed no significant difference in recall between 0.4 mg/day huperzine A and a 100 mg caffeine tablet.",
         "caffeine"),
        ("The vaccine was tested in mice against influenza.", None),
    ],
)
def test_the_arm_tested_against(text: str, comparator: str | None) -> None:
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Immersion straight after sessions reduced gains in sprint speed.", "negative"),
        ("Cold water blunted strength gains.", "negative"),
        ("The cold group gained less quadriceps cross-sectional area and less 1RM strength.", "negative"),
        ("The placebo group gained less strength than the drug group.", "positive"),
        ("Orlistat reduced weight gain.", "positive"),
        ("Soreness and jump height recovered at the same rate with both methods.", "null"),
    ],
)
def test_a_gain_cut_short_and_a_rate_alike(text: str, direction: str) -> None:
    assert parse_direction(text) == direction
