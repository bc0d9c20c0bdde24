"""Scanning shortcuts in the direction readers find exactly what the plain patterns find:
the subject of a polarity reading starts only at a word's first character, and the long
passes try at each word only the cues its letter can start."""

import re

import pytest

from extractors.fields import direction, direction_polarity
from extractors.fields.lexicon import by_first_letter

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


DISPATCHED = ["_IGNORE", "_GOOD_FELL", "_STRONG_POSITIVE", "_MIXED", "_LIMITING", "_NEGATIVE_CONTROL", "_NEGATIVE", "_NONSIGNIFICANT", "_NULL"]


@pytest.mark.parametrize("cues", DISPATCHED)
def test_a_pass_tried_by_letter_blanks_what_its_flat_cues_blank(cues: str) -> None:
    dispatched = direction._cues(getattr(direction, cues), dispatch=True)
    assert any(pattern.pattern == dispatched.pattern for pattern, _, _ in direction._PASSES)
    flat = direction._cues(getattr(direction, cues))
    for sentence in SENTENCES:
        lowered = sentence.lower()
        assert flat.subn("#", lowered) == dispatched.subn("#", lowered)


def test_cues_of_shared_and_unknown_letters_keep_their_order_under_each_letter() -> None:
    cues = r"\bmore\s+deaths|(?:a|m)\w*\s+harm|[\w-]+\s+similar|\bmore\b|\bassoc\w*"
    flat = re.compile(r"(?<![a-z])(?=[a-z])(?:" + cues + ")")
    dispatched = re.compile(r"(?<![a-z])(?=[a-z])(?:" + by_first_letter(cues) + ")")
    for text in ["more deaths, more harm; arms similar", "associated more; any harm was similar", "mortality more"]:
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in dispatched.finditer(text)]
