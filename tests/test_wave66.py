"""Wave 66, from holdout 48 (sealed until one run at fbb9162, after waves 63-65): an arrow limited
to one dose ("Grip ↑ at 1000 mg only") is mixed, and an arrow's measure is read by the polarity
lexicon too; a harm the treatment spared ("without worsening motor scores") is no second finding;
"found better working-memory accuracy ... after tyrosine" is a gain, as are an uncontrolled
series' responders ("11 of them had at least a 50% fall")."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Grip ↑ at 1000 mg only", "placebo", "mixed"),
        ("Grip strength ↑", "placebo", "positive"),
        ("Pain ↑", "placebo", "negative"),
        ("↓ HAMD", "placebo", "positive"),
        ("In the pivotal six-week trial, 34 mg once daily reduced psychosis on the SAPS-PD compared with placebo without "
         "worsening motor scores on the UPDRS II+III [2].", "placebo", "positive"),
        ("In a crossover trial, Reinholt et al. (2016) gave 2 g of tyrosine or a cellulose placebo to 28 cadets before a "
         "cold-water immersion and found better working-memory accuracy on the n-back task after tyrosine.", "placebo", "positive"),
        ("11 of them had at least a 50% fall in monthly seizure frequency.", None, "positive"),
    ],
)
def test_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
