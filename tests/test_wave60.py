"""Wave 60, from holdout 45 (scored once at e25dd18): a gain limited to "the 1000 and 2000 mg
arms"; a drug that "controlled pain as well as carbamazepine" did alike; a commenter who "got
nothing but stinging eyes" or "felt nothing, apart from worse insomnia"; a table's "HbA1c lower vs
placebo", and "in obese subgroup only" after it. The evaluator reads a dose in U (units) as IU, as
the gold sets' writers wrote either."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction
from pipeline.evaluate.extraction import dose_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pilot in 290 patients compared 750, 1000 and 2000 mg/day with placebo; only the 1000 and 2000 mg arms had "
         "significantly less fatigue on the Brief Fatigue Inventory (BFI) [3].", "mixed"),
        ("In 130 patients, oxcarbazepine 600 to 1800 mg daily controlled pain as well as carbamazepine (Lindgren & Obi, 2008).", "null"),
        ("Ginger worked just as well as placebo.", "null"),
        ("The gel reduced redness as well as swelling.", "positive"),
        ("Tried it for a fortnight and got nothing but stinging eyes.", "negative"),
        ("I took 15 mg for three months with bupropion and felt nothing, apart from worse insomnia.", "negative"),
        ("I felt nothing.", "null"),
        ("HbA1c lower vs placebo", "positive"),
        ("HbA1c higher than placebo", "negative"),
        ("HbA1c lower vs placebo in obese subgroup only", "mixed"),
        ("HbA1c was measured vs placebo", "unknown"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_units_are_international_units() -> None:
    assert dose_key([{"value": 75, "unit": "U"}]) == dose_key([{"value": 75, "unit": "IU"}])
    assert dose_key([{"value": 75, "unit": "units"}]) == dose_key([{"value": 75, "unit": "IU"}])
    assert dose_key([{"value": 75, "unit": "ug"}]) != dose_key([{"value": 75, "unit": "IU"}])
