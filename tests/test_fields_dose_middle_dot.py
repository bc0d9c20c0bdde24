"""Doses with the Lancet's middle-dot decimal point, and weight lost or gained that is no dose."""

import pytest

from extractors.fields import analyse


@pytest.mark.parametrize(("text", "expected"), [
    ("Participants drank beetroot juice containing 12·9 mmol nitrate daily.", [(12.9, "mmol", "12·9 mmol nitrate daily")]),
    ("Patients took apixaban 2·5 mg twice daily.", [(2.5, "mg", "2·5 mg twice daily")]),
    ("Infants received 0·3 mg/kg of caffeine citrate.", [(0.3, "mg/kg", "0·3 mg/kg")]),
])
def test_a_middle_dot_between_digits_is_a_decimal_point(text: str, expected: list) -> None:
    assert [(d.value, d.unit, d.text) for d in analyse(text).dose] == expected


@pytest.mark.parametrize("text", [
    "Participants lost 900 g on average over 12 weeks.",
    "Rats gained an average of 35 g over the study.",
    "Children in the supplement arm showed a gain of 450 g compared with controls.",
])
def test_weight_lost_or_gained_is_no_dose(text: str) -> None:
    assert analyse(text).dose == []
