"""N, wave 46: people named by their condition or habit ("insomniacs", "migraineurs",
"asthmatics", "non-smokers") are counted like patients, and a group beside its complement
("40 insomniacs and 40 non-insomniacs") is one sample, as "12 men and 14 women" is."""

from __future__ import annotations

import pytest

from extractors.fields import parse_n


@pytest.mark.parametrize(("text", "n"), [
    ("Thirty-two migraineurs took riboflavin 400 mg daily for three months.", 32),
    ("We gave inhaled budesonide to 24 asthmatics before an exercise challenge.", 24),
    ("Forty-five hypertensives were switched to the combination pill.", 45),
    ("In 18 amputees, mirror therapy eased phantom pain.", 18),
    ("Sixty habitual snorers tried the mandibular device for a month.", 60),
    ("In this sleep study, 40 insomniacs and 40 non-insomniacs took valerian or placebo.", 80),
    ("The cohort held 52 smokers and 48 non-smokers, all given the same vaccine.", 100),
    ("We compared 30 diabetics and 25 nondiabetics after a standard meal.", 55),
])
def test_people_named_by_condition_and_a_group_beside_its_complement(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "Smoking rose from 40 cigarettes and 12 non-filter cigars a week.",
    "In 2019, 40 insomnia clinics reported the change.",
])
def test_no_count_without_people(text: str) -> None:
    assert parse_n(text)[0] is None
