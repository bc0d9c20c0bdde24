"""Wave 44 direction families, in our own words across specialties and genres: a relief a commenter
says came, no relief said plainly, shares of patients who got a benefit, a treatment no better than
its comparator that brought a harm, a cure denied its speed, and a gain beside a side measure that
stayed put."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "sentence",
    [
        "The itching was completely gone by day four, honestly amazing.",  # dermatology
        "Started the drops on Monday and the discharge had cleared up within two days.",  # ophthalmology
        "My GP switched me to the other inhaler and the wheezing settled in a week.",  # respiratory
        "Her cold sores healed in 3 days on the cream.",  # primary care
        "The new antacid worked like a charm.",  # gastroenterology
    ],
)
def test_a_relief_that_came_is_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tried a saltwater rinse at first, did absolutely nothing. Ended up on the antiseptic gel and the ulcers healed in 4 days.",  # dentistry
        "We gave him honey first, made no difference; then tried the syrup and the cough went away within 3 nights.",  # paediatrics
    ],
)
def test_an_earlier_remedys_failure_leaves_the_later_relief_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_a_relief_that_did_not_last_is_no_lasting_relief() -> None:
    assert parse_direction("The patches worked like magic for a few weeks, then the hot flushes returned.") != "positive"  # menopause


def test_barely_any_since_is_positive() -> None:
    assert parse_direction("Before the magnesium my leg cramps woke me nightly, since then barely any.") == "positive"


def test_a_result_back_to_normal_beside_a_complaint_unmoved_is_mixed() -> None:
    assert parse_direction("Liver tests fine now but the tiredness didn't change at all.") == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Took it for a month and it didn't help my heartburn at all.",  # gastroenterology
        "Three days of the spray and I still feel awful.",  # ENT
        "Finished the cream, still had the rash after two weeks and went back to the doctor.",  # dermatology
    ],
)
def test_no_relief_said_plainly_is_null(sentence: str) -> None:
    assert parse_direction(sentence) == "null"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A hospital audit found the silver dressing healed wounds in 64% of patients by week 6, versus 40% with plain gauze.", "positive"),  # wound care
        ("In the trial, the shorter course cured the infection in 78% of children compared with 85% for the standard course.", "negative"),  # paediatric infection
        ("The spray relieved congestion in 70 percent of users, compared with 52 percent for saline.", "positive"),  # ENT, consumer news
    ],
)
def test_a_benefit_share_set_against_the_comparators(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected


def test_the_control_arms_benefit_share_is_not_the_treatments() -> None:
    assert parse_direction("Placebo relieved symptoms in 30% of patients, compared with 55% for the drug.") != "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "In an open-label series of 30 migraine patients, 22 reported no attacks during the month.",  # neurology
        "In an uncontrolled case series, 14 of 18 dogs were itch-free at four weeks.",  # veterinary dermatology
    ],
)
def test_most_of_a_single_arm_spared_is_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_a_minority_of_a_single_arm_spared_finds_nothing() -> None:
    assert parse_direction("In an uncontrolled series of 40 patients, 6 reported no pain.") == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "The anticholinergic was no better than the antihistamine and caused more dry mouth.",  # travel medicine
        "A second trial found the tablet no better than placebo and it caused more tremor.",  # psychiatry
    ],
)
def test_no_better_than_the_comparator_with_a_harm_is_negative(sentence: str) -> None:
    assert parse_direction(sentence) == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Steroid drops might relieve the pain sooner, but they don't cure the infection faster.", "mixed"),  # ENT
        ("The antiviral does not heal the rash any sooner.", "null"),  # dermatology
    ],
)
def test_a_cure_denied_its_speed(sentence: str, expected: str) -> None:
    assert parse_direction(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Average daily gain improved by 6%; feed intake was unchanged.",  # pig production
        "The probiotic raised milk yield, with dry matter intake unaffected.",  # dairy
        "Sleep latency fell more with the drug than with placebo (p = 0.02), and adverse events were similar.",  # sleep medicine
    ],
)
def test_a_gain_beside_a_side_measure_unchanged_is_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_a_gain_beside_an_efficacy_measure_unchanged_stays_mixed() -> None:
    assert parse_direction("Pain fell more with the drug than with placebo (p = 0.01), but function was unchanged.") == "mixed"
