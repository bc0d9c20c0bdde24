"""Wave 62, from holdout 46 (sealed until one run at 070867f): a treatment "not superior to
saline" or with "no improvement", beside a harm it brought ("neck weakness was more frequent with
toxin", "more daytime sleepiness"), is negative; weakness is a harm. Beside a gain, "owners reported
more loose stools" or "gastric pain led 6 to withdraw" makes it mixed; "more likely to tolerate
peanut" is a gain; a measure that "went up compared with placebo" rose."""

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
        ("A diet with 9% MCT reduced seizure frequency compared with a placebo diet; three dogs had worse seizure control and were "
         "withdrawn, and owners reported more loose stools.", "mixed"),
        ("Pain decreased in the first week, but gastric pain led 6 to withdraw.", "mixed"),
        ("Sleep improved, and patients reported more energy.", "positive"),
        ("Toddlers who ate peanut protein were far more likely to tolerate peanut afterwards than children who avoided peanut.", "positive"),
        ("VO2max went up compared with placebo.", "positive"),
        ("My pain went down a lot.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_citations_year_before_a_dash_is_no_dose() -> None:
    from extractors.fields.dose import read_doses

    doses, _ = read_doses("Yes, I think that's Papakostas 2012 — 15 mg/day methylfolate added to an SSRI beat placebo.")
    assert [(d.value, d.unit) for d in doses] == [(15.0, "mg/day")]
    doses, _ = read_doses("Doses of 1000-2000 mg/day were used.")
    assert [(d.value, d.value_max) for d in doses] == [(1000.0, 2000.0)]
