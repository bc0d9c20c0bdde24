"""Wave 46: outcome measures — the condition treated is not its endpoint, plural and
worded endpoints, and training loads."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize(
    "text",
    [
        "Carbetocin was compared with misoprostol for the management of primary postpartum haemorrhage (PPH) after vaginal birth.",
        "Women with PPH after caesarean section were randomised to a second uterotonic or to balloon tamponade.",
        "We enrolled patients with established postoperative pulmonary complications (PPCs) to test a mucolytic.",
    ],
)
def test_condition_treated_is_not_its_endpoint(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prophylactic tranexamic acid lowered the PPH rate after caesarean delivery.", ["PPH"]),
        ("The proportion of women with PPH was 7% with carbetocin and 9% with oxytocin.", ["PPH"]),
        ("Screening for anaemia in pregnancy reduced postpartum haemorrhage (PPH) by a quarter.", ["PPH"]),
        ("Lung-protective ventilation did not reduce PPCs after laparoscopic colectomy.", ["PPC"]),
        ("A week of breathing exercises halved the PPC rate after oesophagectomy.", ["PPC"]),
    ],
)
def test_endpoint_counted_in_a_prevention_trial(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_borg_dyspnoea_without_the_word_scale() -> None:
    assert parse_outcomes("In COPD, pulmonary rehabilitation lowered Borg dyspnoea at the end of the walk test.") == ["Borg"]
    assert parse_outcomes("Breathlessness, by Borg dyspnea score, did not change after the fan was used.") == ["Borg"]


@pytest.mark.parametrize(
    "text",
    [
        "Patients trained at 50% of MIP twice daily for four weeks before surgery.",
        "Older adults lifted at 70% of 1RM three times a week.",
        "Athletes cycled at 65% VO2max for an hour before the sprint.",
    ],
)
def test_training_load_is_not_an_outcome(text: str) -> None:
    assert parse_outcomes(text, {"MIP": "MIP", "1RM": "1RM"}) == []
