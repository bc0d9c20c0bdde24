"""Wave 53, from real pages: a study shown "to alleviate" what it treats; "found X superior for";
"as frequently as desired" is no comparison; "lower urinary tract" and "lower back" name body parts;
a good state reached against none in the control arm; "800 mg/twice daily"; nonresponders named by
what they failed on; a journal name glued to its markers or listing three fields; a scale's range
"(0–10)" is no citation; "Animals" heads a structured abstract's section; "adverse health events"."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.fields.direction import parse_direction
from extractors.fields.dose import read_doses
from extractors.fields.harms import reports_harms_only
from extractors.fields.n import parse_n
from pipeline.ingest import ingest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavender oil has been shown in a small crossover study to effectively alleviate exam anxiety.", "positive"),
        ("It has not been shown to alleviate pain.", "null"),
        ("The study aimed to alleviate pain.", "unknown"),
        ("A placebo-controlled trial in 60 children found riboflavin superior for reducing attack frequency.", "positive"),
        ("The trial found neither drug superior for pain.", "null"),
        ("Ginger capsules were shown in a trial to reduce nausea in patients who could sip the tea as often as desired.", "positive"),
        ("Pumpkin seed oil had no more effect on lower urinary tract symptoms than placebo.", "null"),
        ("Yoga reduced lower back pain more than usual care.", "positive"),
        ("Of 50 children given the ointment, 31 achieved clear skin by week 4, compared with none in the vehicle group.", "positive"),
        ("In the placebo group 10 achieved remission, compared with none in the control group.", "unknown"),
        ("Garlic pills, taken by millions to ward off colds, are not effective, according to research published this week.", "null"),
        ("The drug, designed to reduce cravings, did not help.", "null"),
        ("The aim was to reduce pain, and the study is ongoing.", "unknown"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_dose_over_its_schedule() -> None:
    (dose,), _ = read_doses("oral SAMe (target dose: 800 mg/twice daily)")
    assert (dose.value, dose.unit, dose.schedule) == (800.0, "mg", "twice daily")
    assert read_doses("a 10 mg/ml solution") == ([], [])


def test_nonresponders_named_by_what_they_failed_on_are_the_sample() -> None:
    assert parse_n("Participants were 64 proton pump inhibitor (PPI) nonresponders with reflux enrolled in an 8-week trial.")[0] == 64
    assert parse_n("At week 8 there were 40 SSRI responders.")[0] is None


@pytest.mark.parametrize(
    ("text", "venue", "markers"),
    [
        ("Interest grew after a report in the British Medical Journal.5,6 Before then most work was in German.",
         "British Medical Journal", ("5", "6")),
        ("a recent study in the Journal of Neurology, Neurosurgery & Psychiatry. It involved 90 adults",
         "Journal of Neurology, Neurosurgery & Psychiatry", ()),
    ],
)
def test_journal_names_end_where_they_should(text: str, venue: str, markers: tuple[str, ...]) -> None:
    found = find_attributions(text)
    assert [a.venue for a in found if a.venue] == [venue]
    assert tuple(m for a in found for m in a.markers) == markers


def test_a_scale_range_in_brackets_is_no_citation() -> None:
    assert not find_attributions("Success was a fall of at least 1 in pain severity score (0–10) at day 28.")
    assert [a.markers for a in find_attributions("Kava reduced anxiety (3-5).")] == [("3", "4", "5")]


def test_adverse_health_events_alike_are_harms_only() -> None:
    assert reports_harms_only("Adverse health events occurred at similar frequencies in both groups.")


def test_an_animals_heading_keeps_a_structured_abstract_whole(tmp_path) -> None:
    text = ("Abstract\n\nObjective\n\nTo test whether a monthly antibody eases arthritis pain in cats.\n\n"
            "Study design\n\nDouble-blind, randomized, placebo-controlled study.\n\n"
            "Animals\n\nClient-owned cats (n = 120) with osteoarthritis.\n\n"
            "Methods\n\nCats were randomized to the antibody (1 mg kg–1, n = 60) or placebo (n = 60) for 3 months.\n\n"
            "Results\n\nPain scores improved more with the antibody than with placebo (p = 0.01). "
            "Adverse health events occurred at similar frequencies in both groups.\n")
    path = tmp_path / "abstract.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(str(path))
    (result,) = extract([document])
    (claim,) = result.claims
    text = document.text
    assert claim.context == "abstract"
    assert claim.n == 120
    assert claim.direction == "positive"
    assert "Pain scores improved" in text[claim.evidence.start:claim.evidence.end]
