"""Wave 36: a scale's name written inside a longer instrument's name is that instrument only."""

import pytest

from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # psychiatry: the interview guide's name spells out the scale it structures
        ("Mood was rated with the Structured Interview Guide for the Hamilton Depression Rating Scale, "
         "SAD version (SIGH-SAD) every week.", ["SIGH-SAD"]),
        # intensive care: the paediatric delirium tool carries the adult tool's name
        ("Delirium was screened with the Confusion Assessment Method, paediatric ICU version (pCAM-ICU) "
         "twice daily.", ["pCAM-ICU"]),
        # gambling: the modified Y-BOCS keeps its parent's name before the modification
        ("Urges fell on the Yale-Brown Obsessive Compulsive Scale modified for pathological gambling (PG-YBOCS).",
         ["PG-YBOCS"]),
    ],
)
def test_nested_scale_name_is_the_longer_instrument(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two separate instruments stay two, even when one's name contains the other's
        ("Pain on the Brief Pain Inventory, short form (BPI-SF) and depression on the HAM-D improved.",
         ["BPI-SF", "HAMD"]),
        ("Depression was scored with the Hamilton Depression Rating Scale (HAM-D) and seasonal symptoms "
         "with the SIGH-SAD.", ["HAMD", "SIGH-SAD"]),
        ("Itch on the numeric rating scale (NRS) and systolic blood pressure both fell.", ["NRS", "SBP"]),
    ],
)
def test_separate_instruments_are_kept(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected
