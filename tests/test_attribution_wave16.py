"""Flattened superscripts in AI answers and blog text: a number between a study phrase and a
present-tense reporting verb ("The most recent study 2 suggests ..."), and a run of
consecutive numbers ending a sentence ("... sleep quality and duration 4, 5, 6.")."""

import pytest

from extractors.attribution import find_attributions


def _markers(text: str) -> list[tuple[str, ...]]:
    return [a.markers for a in find_attributions(text) if a.markers]


@pytest.mark.parametrize("text, markers", [
    ("- The most recent study 2 suggests that supplemental magnesium is useful in mild insomnia.", ("2",)),
    ("A 2019 trial 7 reports that zinc shortened colds in children.", ("7",)),
    ("The largest study 12 shows that exercise eased knee pain in older adults.", ("12",)),
    ("One review 4 concludes that acupuncture relieves chronic neck pain.", ("4",)),
    ("A small pilot study 9 finds that ginger lowers nausea scores in pregnancy.", ("9",)),
])
def test_a_number_between_a_study_and_its_present_tense_verb_is_a_marker(text, markers):
    assert markers in _markers(text)


@pytest.mark.parametrize("text, markers", [
    ("- While evidence is limited, most studies suggest magnesium improves sleep quality and duration 4, 5, 6.",
     ("4", "5", "6")),
    ("Several trials found that probiotics shortened diarrhoea in children 7,8,9.", ("7", "8", "9")),
    ("Cranberry products may lower the rate of urinary infections in women 11, 12, 13, 14.", ("11", "12", "13", "14")),
])
def test_a_run_of_consecutive_numbers_ending_a_sentence_is_a_marker_list(text, markers):
    assert markers in _markers(text)


@pytest.mark.parametrize("text", [
    "The vaccine was given to children aged 4, 5, 6.",
    "Pain was scored on days 1, 2, 3.",
    "Participants were assessed at weeks 4, 5, 6.",
    "The three arms received doses of 10, 20, 30.",
    "Scores fell in the groups given zinc 3, 7, 2.",
])
def test_counts_and_non_consecutive_numbers_are_no_markers(text):
    assert _markers(text) == []
