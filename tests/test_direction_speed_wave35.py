"""Cheaper gates in front of two direction readers skip only what could not match: the
words a pass needs, tested as substrings instead of one regex alternation, and an "=" or
":" that opens the effect-estimate scan only after a one-letter label ("g = 0.4")."""

import re

import pytest

from extractors.fields import direction, direction_estimates
from extractors.fields.direction import parse_direction
from extractors.fields.direction_estimates import read_estimate
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


@pytest.mark.parametrize("sentence", [
    "Recurrence at 2 years: 14% vs 22% (p = 0.04).",
    "Primary endpoint: time to first exacerbation (weeks 0-52).",
    "Adherence was high (mean = 92%, SD 6).",
])
def test_an_equals_sign_or_colon_without_a_label_is_not_scanned(sentence: str) -> None:
    signed = sentence.translate(direction_estimates._DASHES)
    assert not direction_estimates._may_name_estimate(signed)
    assert not direction_estimates._ESTIMATE.search(signed)


@pytest.mark.parametrize("sentence, verdict", [
    ("Fatigue: g = -0.52 (95% CI -0.81 to -0.23) favouring the exercise arm.", "positive"),
    ("Cognition (d: 0.05 [-0.20, 0.30]) after the training programme.", "nonsignificant"),
    ("(G = 0.61; 0.30-0.92) for reading fluency", "positive"),
])
def test_a_one_letter_label_before_equals_or_colon_is_still_read(sentence: str, verdict: str) -> None:
    signed = sentence.translate(direction_estimates._DASHES)
    assert direction_estimates._may_name_estimate(signed)
    assert read_estimate(sentence, "", lambda words, ratio: None) == verdict
