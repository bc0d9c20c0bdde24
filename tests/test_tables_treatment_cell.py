"""A table row's finding is read with the row's treatment, which may say what the finding
is for: weight gained on a protein supplement is the gain sought."""

import pytest

from table_rows import table_claims


@pytest.mark.parametrize(("treatment", "finding", "direction"), [
    ("Protein supplement 40 g/day", "Greater weight gain; FIM unchanged", "mixed"),
    ("Oral nutritional supplement twice daily", "Greater weight gain than controls", "positive"),
    ("Olanzapine 10 mg/day", "Greater weight gain than controls", "negative"),
])
def test_the_rows_treatment_decides_whether_weight_gain_is_sought(treatment: str, finding: str, direction: str) -> None:
    (claim,) = table_claims([
        "| Study | N | Intervention | Comparator | Result |",
        "|---|---|---|---|---|",
        f"| Mbeki 2021 | 74 | {treatment} | No treatment | {finding} |",
    ])
    assert claim.direction == direction
