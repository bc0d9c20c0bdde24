"""Wave 42: comparator families that unseen text brought, in our own words across specialties: a feed or
ration left unmedicated is no treatment; an arm that got none of the treatment ("no X at all"); the same
treatment started later or given on another schedule; coccidiostats named as the other arm."""

import pytest

from extractors.fields import parse_comparator

UNMEDICATED_FEED = [
    "Weaned pigs were given an unmedicated ration or the same ration with tylosin at 40 mg/kg.",
    "Turkeys received an unmedicated basal diet or the same diet with diclazuril at 1 mg/kg.",
    "Oocyst counts were lower than in birds fed unmedicated feed.",
    "Daily gain was higher than in the non-medicated controls.",
]


@pytest.mark.parametrize("text", UNMEDICATED_FEED)
def test_an_unmedicated_feed_is_no_treatment(text: str) -> None:
    assert parse_comparator(text) == "no treatment"


def test_unmedicated_people_are_a_population_not_an_arm() -> None:
    assert parse_comparator("Unmedicated adults with bipolar disorder had higher scores.") is None


NONE_OF_IT = [
    "Range of motion after knee surgery did not improve when icing was compared with no icing at all.",
    "Ankle swelling fell more with bandaging than with no bandaging.",
    "Wound infections were no rarer with antibiotic prophylaxis than with no prophylaxis whatsoever.",
    "Calves dehorned with a local block cried less than with no block.",
]


@pytest.mark.parametrize("text", NONE_OF_IT)
def test_an_arm_given_none_of_the_treatment_is_no_treatment(text: str) -> None:
    assert parse_comparator(text) == "no treatment"


def test_a_subgroup_without_a_condition_is_no_arm() -> None:
    assert parse_comparator("Mortality after stroke was higher compared with no atrial fibrillation.") is None


TIMED_ARMS = [
    ("Children after bowel surgery were randomised to feeding within six hours or delayed feeding.", "delayed feeding"),
    ("Older people with hip fracture were allocated to mobilisation on day one or delayed mobilisation.",
     "delayed mobilisation"),
    ("Preterm infants were randomised to cord clamping at birth versus delayed clamping.", "delayed clamping"),
]


@pytest.mark.parametrize(("text", "comparator"), TIMED_ARMS)
def test_the_same_treatment_started_later_is_the_comparator(text: str, comparator: str) -> None:
    assert parse_comparator(text) == comparator


def test_deferred_treatment_stays_no_treatment() -> None:
    assert parse_comparator("Adults with HIV were randomised to immediate ART or deferred ART.") == "no treatment"


def test_a_delayed_start_is_no_treatment_name() -> None:
    assert parse_comparator("Patients on early start did better than those on delayed start.") != "delayed start"


SAME_DOSE_EVERY_DAY = [
    ("Men were randomised to sertraline 50 mg on demand or the same dose taken every day.", "daily sertraline"),
    ("Adults were randomised to ibuprofen 400 mg when needed or the same dose taken every day.", "daily ibuprofen"),
    ("Women took paroxetine 20 mg 3 hours before intercourse or the same dose every day.", "daily paroxetine"),
]


@pytest.mark.parametrize(("text", "comparator"), SAME_DOSE_EVERY_DAY)
def test_the_same_dose_of_the_same_drug_every_day_is_the_daily_arm(text: str, comparator: str) -> None:
    assert parse_comparator(text) == comparator


COCCIDIOSTATS = [
    ("Lesion scores were lower than in birds receiving narasin at 70 mg/kg.", "narasin"),
    ("The plant extract was as effective as salinomycin in broilers challenged with Eimeria.", "salinomycin"),
    ("Lambs given the vaccine shed fewer oocysts than lambs given decoquinate.", "decoquinate"),
]


@pytest.mark.parametrize(("text", "comparator"), COCCIDIOSTATS)
def test_a_coccidiostat_is_an_active_comparator(text: str, comparator: str) -> None:
    assert parse_comparator(text) == comparator
