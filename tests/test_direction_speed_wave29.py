"""Scanning shortcuts in the direction readers find exactly what the plain patterns find:
the subject of a polarity reading starts only at a word's first character, and the
negative cues behind their first-letter look-ahead no longer repeat that letter."""

import re

import pytest

from extractors.fields import direction, direction_polarity

SENTENCES = [
    "Ferritin rose more with 120 mg iron than with placebo in the anaemic blood donors.",
    "Serum 25(OH)D increased significantly compared with placebo after 12 weeks of cholecalciferol.",
    "Post-operative blood loss was 30% higher with the anticoagulant than with saline.",
    "In knee osteoarthritis, WOMAC-pain climbed compared to the sham-injection group.",
    "HbA1c fell further with semaglutide; body weight went down more on liraglutide than on placebo.",
    "Axial elongation was greater with placebo than with low-dose atropine in myopic children.",
    "Mortality was higher with dexamethasone than with usual care, and dyskinesia increased versus placebo.",
    "The eGFR-decline was slower with the SGLT2 inhibitor; hospital stays were longer in the early-surgery group.",
    "(Intra-ocular pressure) rose more with latanoprost than with timolol; relapses increased vs. control.",
]


@pytest.mark.parametrize("name", ["_MOVED_IN_ARM", "_WENT_AGAINST_CONTROL"])
def test_a_subject_starting_at_a_word_matches_like_one_starting_anywhere(name: str) -> None:
    anchored = getattr(direction_polarity, name)
    anywhere = re.compile(anchored.pattern.replace(r"(?<![\w()/.:'-])(?P<what>", "(?P<what>", 1))
    assert anywhere.pattern != anchored.pattern
    for sentence in SENTENCES:
        lowered = sentence.lower()
        for start in range(len(lowered)):  # every suffix, so matches begin inside words, brackets and hyphens too
            found, expected = anchored.search(lowered[start:]), anywhere.search(lowered[start:])
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_negative_pass_blanks_what_its_flat_cues_blank(sentence: str) -> None:
    lowered = sentence.lower()
    negative = direction._cues(direction._NEGATIVE, dispatch=True)
    assert any(pattern.pattern == negative.pattern for pattern, _, _ in direction._PASSES)
    for flat in (direction._cues(direction._NEGATIVE), direction._cues(direction._NEGATIVE, letter_first=True)):
        assert flat.subn("#", lowered) == negative.subn("#", lowered)
