"""Cheaper gates in front of the direction readers skip only what could not match: the
words a pass needs, tested as substrings instead of one regex alternation."""

import re

import pytest

from extractors.fields import direction
from extractors.fields.direction import parse_direction
from extractors.fields.regex_needs import needed_words


def _word_tuples() -> dict[int, tuple[str, ...]]:
    return {index: needs for index, needs in direction._PASS_NEEDS.items() if isinstance(needs, tuple)}


def test_some_pass_needs_are_plain_words_tested_as_substrings() -> None:
    tuples = _word_tuples()
    assert tuples
    for needs in tuples.values():
        assert all(re.fullmatch(r"[a-z-]+", word) for word in needs)


@pytest.mark.parametrize("text", [
    "mortality was higher with the implant",
    "the new stent performed no differently",
    "mean hba1c was 7.1 in both arms",
    "",
])
def test_a_word_tuple_answers_as_its_alternation_would(text: str) -> None:
    for needs in _word_tuples().values():
        alternation = re.compile("|".join(needs))
        assert direction._holds_needed(needs, text) == (alternation.search(text) is not None)


def test_every_significance_cue_needs_one_of_its_pass_words() -> None:
    index = next(index for index, (_, label, _) in enumerate(direction._PASSES) if label == "significant")
    needs = direction._PASS_NEEDS[index]
    sets = needed_words(direction._PASSES[index][0].pattern)
    assert any(all(any(word in needed for word in needs) for needed in words) for words in sets)


@pytest.mark.parametrize("sentence, verdict", [
    ("Dialysis patients given the new binder had significantly lower phosphate than those on calcium acetate.", "positive"),
    ("Laser therapy was superior to sham for plantar fasciitis pain at 12 weeks.", "positive"),
    ("Wound infections were more frequent with the absorbable sutures than with staples.", "negative"),
    ("Reading scores were higher in the tutored classes than in the control schools.", "positive"),
])
def test_directions_behind_the_word_tuples_still_read(sentence: str, verdict: str) -> None:
    assert parse_direction(sentence) == verdict
