"""Wave 36: terse cells that set one arm's change against the other's (``direction_terse_arms``)."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "Fever resolved 1.5 days sooner with oseltamivir (p=0.01)",
    "Ulcers healed a median of 9 days faster (p<0.001)",
    "Employees returned to work 4 days earlier than those given usual advice",
    "Scouring calves recovered 2 days sooner than untreated calves",
    "Rashes cleared three days sooner on the cream",
])
def test_wanted_event_sooner_is_a_gain(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "Symptoms cleared 3 days later in the antibiotic group than with watchful waiting",
    "Infants were extubated 2 days later than controls",
])
def test_wanted_event_later_than_the_other_arm_is_a_loss(text: str) -> None:
    assert parse_direction(text) == "negative"


def test_later_in_the_control_arm_is_the_treatments_gain() -> None:
    assert parse_direction("Lesions healed 5 days later in the placebo group") == "positive"


@pytest.mark.parametrize(("text", "comparator"), [
    ("HbA1c fell from 8.1 to 7.2; no change with metformin", "metformin"),
    ("Pain scores dropped from 6 to 3; no change in the placebo arm", "placebo"),
    ("Egg production rose from 80% to 88%; no change on the control diet", None),
    ("Serum ferritin rose from 12 to 30 ng/mL, with no significant change among controls", None),
])
def test_comparator_standing_still_is_the_contrast(text: str, comparator: str | None) -> None:
    assert parse_direction(text, comparator) == "positive"


@pytest.mark.parametrize("text", [
    "Fewer exacerbations (0.8 vs 1.5) but lung function similar",
    "Shorter hospital stay (4 vs 6 days) but mortality similar",
    "Faster wound closure, but pain scores were comparable",
    "Fewer seizure days; quality-of-life scores similar",
])
def test_gain_beside_a_similar_measure_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


@pytest.mark.parametrize("text", [
    "Lower pain scores but adverse events similar",
    "Fewer migraine days, while tolerability was comparable",
    "Fewer relapses (8 vs 15) but costs similar",
])
def test_similar_harms_leave_the_gain(text: str) -> None:
    assert parse_direction(text) == "positive"
