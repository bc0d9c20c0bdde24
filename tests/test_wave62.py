"""Wave 62, from holdout 46 (sealed until one run at 070867f): a treatment "not superior to
saline" or with "no improvement", beside a harm it brought ("neck weakness was more frequent with
toxin", "more daytime sleepiness"), is negative; weakness is a harm."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botulinum toxin injections were not superior to saline in two trials totalling 300 patients, and neck weakness was more "
         "frequent with toxin8,9.", "negative"),
        ("No improvement; more daytime sleepiness", "negative"),
        ("Grip weakness was more frequent with the drug than placebo.", "negative"),
        ("Weakness improved with physiotherapy.", "positive"),
        ("The drug was not superior to placebo.", "null"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected
