"""Wave 41 direction families: a gain in one time window beside none in the next (mixed), the
comparator named in full beating the treatment (negative), newsroom and forum ways of saying
how long care lasted or what a patient saw, across specialties and genres, in our own words."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "sentence",
    [
        # swine nutrition, a review table's finding cell
        "Higher ADG in days 0–14; no difference from day 15 to 42.",
        # dairy
        "Higher milk yield in weeks 1-4; no difference from week 5 to 12.",
        # poultry
        "Higher egg production from week 20 to 40; no difference in egg weight.",
        # pain medicine
        "Lower pain scores in weeks 1-4; no difference from week 5 to 12.",
        # respiratory
        "Fewer exacerbations during months 1 to 6; no difference thereafter.",
    ],
)
def test_gain_in_one_window_beside_none_in_the_next_is_mixed(sentence: str) -> None:
    assert parse_direction(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Higher ADG in days 0–14.",  # the days are when it was measured, not an outcome to lower
        "Higher average daily gain over days 1-21 with the probiotic.",
        "Fewer sick days in the treated group.",
    ],
)
def test_time_window_is_no_outcome(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        # geriatrics, a harm after the comparison
        ("In older adults, supervised resistance training outperformed the balance app on gait speed at 12 weeks.", "supervised resistance training"),
        # sleep medicine
        ("Cognitive behavioural therapy outperformed the sleep tracker on insomnia severity, and more tracker users dropped out.",
         "cognitive behavioural therapy"),
        # paediatric infectious disease
        ("Oral amoxicillin outperformed the herbal syrup on cure rates at day 7.", "oral amoxicillin"),
        # sports medicine
        ("Standard physiotherapy did better than the shockwave device on pain at 3 months.", "standard physiotherapy"),
    ],
)
def test_comparator_named_in_full_beating_the_treatment_is_negative(sentence: str, comparator: str) -> None:
    assert parse_direction(sentence, comparator) == "negative"


def test_treatment_beating_the_comparator_named_in_full_stays_positive() -> None:
    assert parse_direction("The shockwave device outperformed standard physiotherapy on pain at 3 months.", "standard physiotherapy") == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        "The nebulised treatment does not get babies home any faster.",
        "High-flow oxygen did not get children off the ward any sooner, the study found.",
        "Early physiotherapy doesn't send patients home any earlier after hip surgery, researchers report.",
    ],
)
def test_newsroom_no_sooner_home_is_null(sentence: str) -> None:
    assert parse_direction(sentence) == "null"


@pytest.mark.parametrize(
    "sentence",
    [
        # neonatology, a news lede
        "Newborns in withdrawal were ready to go home about five days sooner when they were treated with methadone rather than morphine.",
        # paediatrics
        "Children with pneumonia were fit to be discharged two days earlier when treated with oral amoxicillin rather than intravenous ampicillin.",
        # orthogeriatrics
        "Older adults were well enough to leave hospital sooner if they were managed with early mobilisation rather than bed rest.",
        # how long care lasted, per arm
        "The median length of treatment was 8 days with clonidine compared with 13 days with morphine.",
        "Mean length of stay was 4.1 days in the early-feeding group and 6.3 days in the delayed-feeding group.",
        "Duration of ventilation was 5 days with surfactant versus 8 days with standard care.",
    ],
)
def test_plain_language_faster_recovery_is_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_longer_stay_with_treatment_is_negative() -> None:
    assert parse_direction("Hospital stay was 7 days with the new regimen and 5 days with usual care.") == "negative"


def test_recovering_sooner_than_expected_names_no_arm() -> None:
    assert parse_direction("Patients recovered sooner than expected.") == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        # smoking cessation forum
        "The doctor halved my dose because of the vivid dreams and it still worked, not one cigarette since January.",
        "Week three on the tablets and I've gone from 30 a day to about 5.",
        "Honestly my urges are way down since starting it.",
        # dermatology, a parent's comment
        "The nurse gave us a steroid ointment for his flare and it settled completely within a week.",
        "Used the barrier cream from birth and she's two now with zero flares.",
        # ophthalmology, a reader's letter
        "I went from using lubricating drops 15 times a day to 3.",
        # headache clinic
        "My migraines are down to one a month, and the pain is well down.",
    ],
)
def test_patients_own_plain_gains_are_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_count_up_per_day_is_no_gain() -> None:
    assert parse_direction("Since starting the new pill I've gone from 2 hot flushes a day to 9.") == "negative"
