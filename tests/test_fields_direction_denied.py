"""A denied advantage ("did not have a significantly lower risk than placebo", "neither regimen slowed
progression") is a null finding, not the advantage."""

import pytest

from extractors.fields import parse_direction


@pytest.mark.parametrize("sentence", [
    "Patients on the drug did not have a significantly lower risk of stroke than those on placebo.",
    "Children given zinc didn't show significantly lower symptom scores than the placebo group.",
    "Women on the patch did not achieve higher remission rates than those on sham patches.",
    "The statin arm did not experience fewer hospital admissions than usual care.",
    "Adults taking melatonin do not have a lower incidence of delirium than those given placebo.",
    "Neither regimen slowed myopia progression compared with placebo.",
    "Neither dose delayed relapse compared with placebo.",
])
def test_a_denied_advantage_is_null(sentence: str) -> None:
    assert parse_direction(sentence) == "null"


@pytest.mark.parametrize("sentence", [
    "Patients on the drug had a significantly lower risk of stroke than those on placebo.",
    "Children given zinc showed lower symptom scores than the placebo group.",
    "Atropine slowed myopia progression compared with placebo.",
])
def test_the_advantage_itself_stays_positive(sentence: str) -> None:
    assert parse_direction(sentence) == "positive"
