"""Wave 34: direction idioms for a result stated without the usual cue words, and outcome
lexicon entries for short forms review tables and bulletins use (written in our own words)."""

import pytest

from extractors.fields import analyse

DIRECTIONS = [
    # a treatment that came out ahead, or the control that did
    ("In the pooled knee-pain trials, the injection came out ahead on the WOMAC.", "positive"),
    ("Across three farms, calves on the new mineral bolus came out on top for weight gain.", "positive"),
    ("In 120 dogs with arthritis, the sham group came out ahead on the owners' pain score.", "negative"),
    # one arm had better or worse scores than the other
    ("In 52 stroke survivors, those given the drug had better gait speed at 12 weeks than 50 given placebo.", "positive"),
    ("In 90 adults with eczema, the placebo group had better itch scores at week 8 than those given the cream.", "negative"),
    ("Rats given the extract had worse maze scores than untreated rats.", "negative"),
    # a terse table cell on progression
    ("Patel 2018    140    drug X 20 mg/d    placebo    FEV1    Slower progression (p=0.01)", "positive"),
    ("Progression was not slower with the drug in 80 patients.", "unknown"),
]


@pytest.mark.parametrize(("sentence", "direction"), DIRECTIONS)
def test_idiom_direction(sentence: str, direction: str) -> None:
    assert analyse(sentence).direction == direction


OUTCOMES = [
    ("In 70 adults with aortic sclerosis, aortic valve calcification (AVC) progressed less on the vitamin.", "AVC"),
    ("Ong 2020    88    drug Z 10 mg/d    placebo    AVC    No difference", "AVC"),
    ("Coronary artery calcification progressed less with the supplement over two years.", "CAC"),
    ("Women with cystitis rated symptoms on the UTI Symptom Assessment questionnaire.", "UTISA"),
    ("| Trial A | 150 | 500 mg | placebo | UTISA score | lower at day 3 |", "UTISA"),
    ("The faecal egg count reduction (FECR) was 95% for the combination drench in goats.", "FECR"),
    ("Fecal egg count reduction was lower with levamisole than with closantel in 60 sheep.", "FECR"),
    ("Anthelmintic resistance was confirmed with a faecal egg count reduction test in each flock.", "FECRT"),
]


@pytest.mark.parametrize(("sentence", "measure"), OUTCOMES)
def test_outcome_short_forms(sentence: str, measure: str) -> None:
    assert measure in analyse(sentence).outcome_measures


@pytest.mark.parametrize("header", ["End-point", "End point", "End-points", "Primary end-point"])
def test_hyphenated_end_point_header_is_the_outcome_column(header: str) -> None:
    from extractors.tables import column_role

    assert column_role(header) == "outcome"
