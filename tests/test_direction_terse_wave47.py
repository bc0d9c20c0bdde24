"""Direction, wave 47: a listed measure's change set against the control in shorthand
("AK count down 13% vs placebo", "BBS up 4 points versus usual care"), the polarity lexicon's
balance scales, macular pigment, skin-cancer and skin-yeast counts, a newsroom's "cut X by
roughly 60%", and a gain beside a control arm that "was unchanged". (Invented sentences.)"""

from __future__ import annotations

import pytest

from extractors.fields import parse_direction


@pytest.mark.parametrize(("text", "comparator", "outcome", "direction"), [
    ("Lesion count down 30% versus vehicle at week 12 (p = 0.01)", "placebo", None, "positive"),
    ("Actinic keratosis count down 11% vs placebo at 6 months", "placebo", None, "positive"),
    ("BBS up 4.1 points vs usual care after 8 weeks", "usual care", None, "positive"),
    ("Wheal size rose 20% compared with placebo", "placebo", None, "negative"),
    ("Gait speed fell 0.1 m/s vs usual care", "usual care", None, "negative"),
    ("+3.8 vs +0.6 (p = 0.02)", "usual care", "Mini-BESTest", "positive"),
    ("+5.0 vs +1.1 (p < 0.01)", "waitlist", "Berg Balance Scale", "positive"),
    ("The cream cut yeast counts on the scalp by roughly half within a fortnight.", None, None, "positive"),
    ("Non-melanoma skin cancers were 30% lower in the supplement group than with placebo.", "placebo", None, "positive"),
    ("Pain scores fell by 2 points with the gel and were unchanged with placebo.", "placebo", None, "positive"),
])
def test_a_listed_measure_moved_against_the_control(text: str, comparator: str | None, outcome: str | None,
                                                    direction: str) -> None:
    assert parse_direction(text, comparator, outcome) == direction


@pytest.mark.parametrize(("text", "comparator"), [
    ("Pain not down 10% vs placebo", "placebo"),
    ("Weight down 3 kg vs placebo", "placebo"),  # which way weight should go is the population's
    ("Dose up 10 mg versus the usual regimen", None),
])
def test_an_unlisted_or_negated_measure_stays_unknown(text: str, comparator: str | None) -> None:
    assert parse_direction(text, comparator) == "unknown"
