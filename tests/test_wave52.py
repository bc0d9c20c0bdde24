"""Wave 52: a gain named as the measure the arms did not differ on ("no significant difference in MAS
reduction"); the control arm's bracketed note ("no daily emollient (rescue only)"); a terse cell's level
at one time point and not the next ("SCORAD lower at 6 mo, not 12 mo"); a result cell opening on the
comparison ("19% more repetitions than placebo"); the share a treatment left in a good state against
the comparator's; a full scale name before "scores"; a harm's higher rate beside no benefit; "made me
dizzy"; a citation's year before its verb is no sample size."""

from __future__ import annotations

import pytest

from extractors.fields import analyse
from extractors.fields.direction import parse_direction
from extractors.fields.n import parse_n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They compared ultrasound-guided with landmark-guided injection and found no significant difference in MAS reduction.", "null"),
        ("The arms did not differ in itch relief.", "null"),
        ("Drug A produced a significant pain reduction, but there was no difference in itch reduction.", "mixed"),
        ("Emollient reduced AD by 32% at 32 weeks compared with no daily emollient (rescue only).", "positive"),
        ("Drug X reduced HAMD scores (10 mg only).", "mixed"),
        ("SCORAD lower at 6 mo, not 12 mo", "mixed"),
        ("Lower soreness at 24 h, gone by 48 h", "mixed"),
        ("SCORAD lower at 6 mo", "positive"),
        ("Greater KOOS pain improvement at 6 mo", "positive"),
        ("19% more repetitions than placebo", "positive"),
        ("12% more nausea than placebo", "negative"),
        ("Ivermectin lotion left 74% of 781 participants louse-free at day 14, against 18% with the vehicle lotion.", "positive"),
        ("The spray left only 20% of children symptom-free, versus 45% with the gel.", "negative"),
        ("They randomised 96 patients to toxin or placebo and found lower Modified Ashworth Scale (MAS) scores at week 4.", "positive"),
        ("A trial found no benefit on faecal scores and a higher rate of bloat in supplemented calves.", "negative"),
        ("2 mg did nothing for my focus and made me dizzy.", "negative"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("> Iwamoto et al. 2019 randomised 201 Japanese adults to guanfacine ER or placebo.", 201),
        ("Smith 2019 randomised 201 adults to zinc or placebo.", 201),
        ("A total of 2019 patients were randomised.", 2019),
        ("Of 2019 screened, 1200 were randomised.", 1200),
    ],
)
def test_a_citation_year_is_no_sample_size(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


def test_a_louse_free_share_keeps_its_comparator_and_strength() -> None:
    values = analyse("A single application of ivermectin 0.5% lotion left 74% of 781 participants louse-free, against 18% with the vehicle lotion.")
    assert values.n == 781
    assert [(dose.value, dose.unit) for dose in values.dose] == [(0.5, "%")]
