"""Wave 39 comparator and outcome-measure families: samples split by counts between two
arms, lay names of saline placebo injections, waiting as usual as usual care, and
instruments and enzymes the lexicon lacked, across specialties."""

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sample split by counts between two arms: the second arm is the comparator
        ("In the Cairo trial, 200 children were randomised — 100 to ondansetron 0.15 mg/kg and 100 to "
         "domperidone 0.5 mg/kg; vomiting stopped more often with ondansetron.", "domperidone"),
        ("Of 120 dogs, 60 were assigned to meloxicam and the other 60 to carprofen.", "carprofen"),
        ("Of 80 women, 40 were allocated to pelvic floor training and 40 to usual care.", "treatment as usual"),
        ("Of 150 smokers, 75 were randomised to varenicline and 75 to nicotine patches.", "nicotine replacement therapy"),
        ("The 90 lambs were split, 45 to the drenched pen and 45 to placebo drench.", "placebo"),
        # counts that are not arms
        ("The dose was increased from 10 to 20 mg and 5 to 10 mg in children.", None),
        # lay names of saline placebo injections
        ("About 400 people got either three weekly hyaluronic acid shots or saltwater shots.", "placebo"),
        ("Patients received either steroid injections or salt water injections.", "placebo"),
        ("Horses were given either the new vaccine or saline shots.", "placebo"),
        # waiting as usual (for surgery, a clinic) is usual care; a waiting list stays a waitlist
        ("Patients were randomised to a walking programme or to wait as usual for their knee replacement.", "treatment as usual"),
        ("We will randomise 240 people to prehabilitation or the usual wait before cataract surgery.", "treatment as usual"),
        ("Teenagers were randomised to online CBT or a usual waiting list.", "waitlist"),
    ],
)
def test_comparator_families(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secondary outcomes included gamma-glutamyl transferase (GGT) and the AUDIT.", ["GGT", "AUDIT"]),
        ("Liver enzymes (ALT, AST, GGT) fell more with silymarin than with placebo.", ["ALT", "AST", "GGT"]),
        ("Median NCV improved by 2 m/s with benfotiamine in diabetic patients.", ["NCV"]),
        ("Breast pain was recorded on the Cardiff Breast Pain Chart for two cycles.", ["Cardiff Breast Pain Chart"]),
        ("Mucositis was graded by the RTOG criteria weekly during radiotherapy.", ["RTOG"]),
        ("AULCSF improved after the bilberry extract compared with placebo.", ["AULCSF"]),
        ("Tear secretion on the Schimer test rose with omega-3 supplements.", ["Schirmer"]),
        # the trial group's name, and a spelled-out endpoint, are no measure
        ("Patients enrolled in the RTOG 0522 trial had head and neck cancer.", []),
        ("Nerve conduction velocity did not differ between groups.", []),
    ],
)
def test_outcome_lexicon_rows(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Applying the Mc Nemar Test, there was no significant difference between 2 and 4 months of therapy.",
        "Comparing groups with the Mann-Whitney U Test showed lower pain in the laser group.",
        "Evaluating with the Kruskal Wallis Test showed no difference in tooth sensitivity.",
        "Analysing by Fisher's Exact Test, fewer calves in the treated group died.",
    ],
)
def test_a_statistical_test_is_no_measure(text: str) -> None:
    assert parse_outcomes(text) == []


def test_an_unlisted_instrument_still_counts() -> None:
    assert parse_outcomes("Children improved on the Wide Range Achievement Test after iron.") == ["WRAT"]
