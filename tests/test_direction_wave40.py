"""Wave 40 direction families: a harm in excess as the finding, patients' and parents' own
reports, and newsroom verbs ("cut ... compared with", "did not get ... any sooner than"),
across specialties and genres, in our own words."""

import pytest

from extractors.fields.direction import parse_direction

HARM_IN_EXCESS = [
    # neonatology, a pooled review sentence
    "Across two trials, infants had a higher rate of necrotising enterocolitis with early feeding than with placebo (7.2% vs 4.0%).",
    # paediatric neurology, the arms' shares
    "The open-label extension recorded liver enzyme elevations in 11% of children on the drug versus 2% on placebo.",
    # cardiology
    "The trial found a higher incidence of atrial fibrillation with high-dose fish oil than with placebo.",
    # veterinary
    "Dogs on the NSAID had a greater risk of gastrointestinal bleeding than those on placebo.",
    # respiratory paediatrics
    "Children given montelukast had more nightmares than those on placebo.",
    # anaesthesia
    "Bradycardia occurred in 12% of infants given the drug versus 2% with placebo.",
]


@pytest.mark.parametrize("sentence", HARM_IN_EXCESS)
def test_harm_more_frequent_with_treatment_is_negative(sentence: str) -> None:
    assert parse_direction(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Greater reduction in falls with vitamin D than with placebo.",  # the harm's fall is the gain
        "There was a lower rate of infections with the vaccine than with placebo.",
        "Patients on the drug had fewer relapses than those on placebo.",
    ],
)
def test_harm_less_frequent_stays_a_gain(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_small_gap_in_harm_shares_is_no_excess() -> None:
    assert parse_direction("Hyperkalaemia in 4% of patients on spironolactone versus 3% on placebo.") == "unknown"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gave the fish oil a full three months, no change whatsoever.", "null"),
        ("We tried the melatonin gummies for six weeks and saw nothing at all.", "null"),
        ("Our boy became more irritable on the higher dose, so we went back down.", "negative"),
        ("My mum took the ginkgo and ended up with nosebleeds within a month.", "negative"),
        ("The iron tablets made my constipation much worse.", "negative"),
        ("Had to stop because of headaches.", "negative"),
        ("My husband's A1c is finally normal on metformin.", "positive"),
        ("Her nursery says she's making more eye contact now. Could just be age but we're pleased.", "positive"),
    ],
)
def test_patients_and_parents_own_reports(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A pre-operative nerve block cut opioid use, as recorded by nurses, from 40 mg to 22 mg compared with sham injection.", "positive"),
        ("The school programme cut absences by a third compared with control schools.", "positive"),
        ("Steroids did not get children with croup out of hospital any sooner than placebo, the trial found.", "null"),
        ("Doctors cut the dose by half in patients with kidney disease.", "unknown"),
    ],
)
def test_newsroom_verbs(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected
