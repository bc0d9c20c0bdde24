"""Wave 61, pre-blind, from the spent sets' remaining direction errors: a measure that "improved
from 9.1 to 4.3" improved, whichever way its scale runs; attention errors are to be fewer; a fall
"by at least half in 59%" of an arm counts responders; the numbers' own clause says which way they should go ("..., and fewer women
required blood transfusion (1.1% vs 3.4%)"), and a transfusion needed is a bad event."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DLQI improved from 9.1 to 4.3 at week 8", "positive"),
        ("Her score improved from 40 to 62 over the summer.", "positive"),
        ("Fewer attention errors with theanine + caffeine than caffeine alone", "positive"),
        ("Attention improved more with the drug than placebo.", "positive"),
        ("Mean haemoglobin at 36 weeks was 1.2 g/dl higher in the intravenous arm, and fewer women required blood transfusion at "
         "delivery (1.1% vs 3.4%).", "positive"),
        ("Transfusion was needed in 25% vs 12% (p = 0.01).", "negative"),
        ("Attack frequency fell by at least half in 59% of the riboflavin group compared with 15% of the placebo group [1].", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected
