"""Wave 43 direction families, in our own words across specialties: commenters' verbs of side
effects, recovery and relapse, and a treatment no better than its comparator that brought a harm."""

import pytest

from extractors.fields.direction import parse_direction


def test_a_harm_the_treatment_gave_alone_is_tolerability_not_a_finding() -> None:
    assert parse_direction("It gave my son the worst stomach cramps.") == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve weeks on I'm back cycling to work without any pain.",  # orthopaedics
        "Six weeks later I'm back playing tennis pain-free.",  # sports medicine
        "The eczema cleared up within a fortnight and hasn't come back.",  # dermatology
        "Warts gone after the third treatment and still clear a year on.",  # podiatry
        "Healed after the second course and it's stayed that way.",  # wound care
        "She's had one flare since, after five the winter before.",  # rheumatology
        "He has had two chest infections since starting, compared to six last year.",  # respiratory
    ],
)
def test_recovery_that_lasted_or_fewer_episodes_since_is_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_more_episodes_since_than_before_is_negative() -> None:
    assert parse_direction("My daughter has had four migraines since, compared to one before.") == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tried it for a month, zero difference, and it gave me splitting headaches so I stopped.",  # headache, own report
        "Made no difference at all for me and it gave me heartburn.",  # gastroenterology, own report
        "The spray was no better than saline and caused more nosebleeds.",  # rhinology
        "The new dressing was no better than gauze, with more skin irritation.",  # wound care
    ],
)
def test_no_gain_beside_a_harm_brought_is_negative(sentence: str) -> None:
    assert parse_direction(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug was no better than placebo and had fewer side effects.",  # a harm spared is no harm brought
        "Honestly saw no difference at all.",  # a null report alone
    ],
)
def test_no_gain_without_a_harm_brought_stays_null(sentence: str) -> None:
    assert parse_direction(sentence) == "null"
