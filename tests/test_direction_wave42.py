"""Wave 42 direction families: every arm's number in one parenthesis after the sentence set the
treatment against the control, and arms called alike right before their numbers, across
specialties, in our own words."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "sentence",
    [
        # headache medicine
        "Both doses reduced monthly headache days versus placebo (−52% and −47% vs −24%).",
        # lipidology
        "Both doses of the drug lowered LDL cholesterol compared with placebo (−38% and −41% vs −3%).",
        # gastroenterology, a share that should rise
        "Both regimens increased remission rates compared with placebo (38% and 35% vs 12%).",
    ],
)
def test_parenthesis_keeps_the_sentences_arm_order(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"


def test_parenthesis_naming_the_control_first_still_reads_it() -> None:
    assert parse_direction("Both doses reduced migraine days (placebo −27% vs −49% and −46%).") == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # urology
        "The two techniques had similar success rates, 41% vs 44%.",
        # psychiatry
        "Remission rates were comparable, 62% vs 60%.",
        # wound care
        "Healing rates were similar (71% vs 68%).",
        # anaesthesia
        "Time to extubation was equivalent: 12 vs 14 minutes.",
    ],
)
def test_arms_called_alike_before_their_numbers_is_null(sentence: str) -> None:
    assert parse_direction(sentence) in ("null", "nonsignificant")


def test_alike_in_one_outcome_beside_a_gain_in_another_stays_mixed() -> None:
    assert parse_direction("Pain relief was similar, 30% and 33%, but only the drug arm improved sleep (45% vs 20%).") == "mixed"
