"""Wave 59, pre-blind, from the spent holdouts' and probes' remaining errors: an attack brought to an
end ("seizures ceased in 74% ... versus 31%") is a good outcome; a gain told in the clause before the
numbers' own is not theirs; what a product is "thought to improve" is no finding; a gain limited to one
dose beside another dose "similar to placebo" is mixed; pressures in cmH2O and maximal inspiratory
pressure (MIP) are results; an "or" between two numbers sets doses of one arm apart, not arms; of
several comparators listed with placebo ("SAMe, escitalopram or placebo"), placebo. The
evaluator reads "sertraline alone" as the sertraline arm, as verification already did."""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from pipeline.evaluate.extraction import comparator_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seizures ceased in 74% of neonates given phenobarbital versus 31% given levetiracetam (relative risk 2.4; p<0.001).", "positive"),
        ("Bleeding stopped within 20 minutes in 88% of the tranexamic acid group versus 61% of the placebo group.", "positive"),
        ("Seizures recurred in 40% of the drug group versus 20% of the placebo group.", "negative"),
        ("PHES and CLDQ scores improved more in the rifaximin group, and HE-related admissions were fewer (14.4% vs 28.9%).", "positive"),
        ("Response improved, with 40% vs 25% of patients responding.", "positive"),
        ("Dermatologists tested 102 patients with eczema, using capsules of evening primrose oil, capsules of the oil mixed with fish oil "
         "(thought to improve its effectiveness) and a placebo.", "unknown"),
        ("The gel is believed to reduce redness, but in the trial it did not differ from vehicle.", "null"),
        ("fewer cancers with 500 mg only; 250 mg similar to placebo", "mixed"),
        ("Improvement was similar in both groups; only 2 patients had adverse events.", "null"),
        ("MIP rose by 19 cmH2O with IMT versus 5 cmH2O with sham, but the six-minute walk distance (6MWD) was unchanged.", "mixed"),
        ("MIP +18 vs +4 cmH2O; Borg not different", "mixed"),
        ("MIP was 62 cmH2O with IMT versus 48 cmH2O with sham.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-eight racehorses were assigned to esomeprazole oral paste at 0.5 or 1 mg/kg once daily, or to omeprazole 4 mg/kg "
         "(active control), for 28 days.", "omeprazole"),
        ("Ninety sows were randomised to albendazole 10 or 20 mg/kg in feed, or a placebo top-dress, 10 days before farrowing.", "placebo"),
        ("Patients were randomised to melatonin 2 or 5 mg nightly for four weeks.", None),
        ("SAMe (1600-3200 mg/day), escitalopram (10-20 mg/day), or placebo for 12 weeks.", "placebo"),
        ("In this study, 178 people took a placebo, 25 mg of amitriptyline, or 3 mg of melatonin per day.", "placebo"),
        ("Researchers compared agave nectar, a placebo or no treatment at all in 120 children.", "placebo"),
        ("Patients were randomised to drug X or sertraline; the placebo run-in lasted a week.", "sertraline"),
        ("X beat sertraline, and placebo-treated patients did worst.", "sertraline"),
    ],
)
def test_comparators(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_an_arm_alone_is_that_arm() -> None:
    assert comparator_key("Sertraline alone") == comparator_key("sertraline") == "sertraline"
    assert comparator_key("Chain only") == "chain"
    assert comparator_key("alone") == "alone"
    assert comparator_key("exercise alone") != comparator_key("no treatment")
