"""Endpoints whose better sense no direction vocabulary knew: the polarity lexicon now names them."""

import pytest

from extractors.fields.direction import parse_direction
from extractors.fields.direction_polarity import outcome_better


@pytest.mark.parametrize(
    ("measure", "better"),
    [
        ("sputum yield", "higher"),
        ("wet sputum weight", "higher"),
        ("maximal inspiratory pressure", "higher"),
        ("endometrial thickness", "higher"),
        ("nightly wear time", "higher"),
        ("ileostomy output", "lower"),
        ("mean wheal diameter", "lower"),
    ],
)
def test_the_lexicon_knows_which_way_the_endpoint_should_move(measure: str, better: str) -> None:
    assert outcome_better(measure) == better


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Endometrial thickness increased more with sildenafil than with placebo.", "positive"),
        ("Stoma output was higher with the new diet than with usual care.", "negative"),
        ("Wear time increased more with coaching than with usual care.", "positive"),
        ("Wheal size was larger with the new extract than with placebo.", "negative"),
        ("Peak cough flow rose more with the cough assist device than with sham.", "positive"),
    ],
)
def test_an_endpoint_moved_against_the_control_reads_its_sense_from_the_lexicon(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected
