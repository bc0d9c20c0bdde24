"""Comparator, wave 41: arms as plain language writes them.

- News and lay summaries set the arms side by side without a methods section's words: "given X
  rather than Y", "4 hours with X compared with 7 hours with Y", "no difference between X and Y",
  "Twenty got X and 20 received Y". The second arm is the comparator when both sides name a
  treatment; "rather than taking it alone" or "between boys and girls" names none.
- "the other half got routine wound care": everyday care of a body part is treatment as usual.
- A placebo version of what carries a drug (a patch, a mouthwash, a toothpaste) is the placebo; a
  placebo or inactive device stays a sham.
- Two schedules sharing one agent ("quarterly or annual ivermectin") name the second schedule with
  the agent.
"""

from __future__ import annotations

import pytest

from extractors.fields import parse_comparator


@pytest.mark.parametrize("text,expected", [
    # anaesthesia, news
    ("Children woke more calmly when they were given dexmedetomidine rather than midazolam before surgery.", "midazolam"),
    # psychiatry, lay summary
    ("Patients treated with sertraline instead of fluoxetine reported fewer side effects.", "fluoxetine"),
    # infectious disease, a measure told with each arm
    ("Fever lasted a median of 2 days with oseltamivir compared with 3 days with placebo.", "placebo"),
    ("Wounds healed in 21 days on doxycycline versus 30 days on amoxicillin.", "amoxicillin"),
    # neonatology, no difference between two named drugs
    ("A smaller trial found no significant difference in weaning time between methadone and clonidine.", "clonidine"),
    ("Blood loss did not differ between tranexamic acid and aminocaproic acid in 90 knee replacements.", "aminocaproic acid"),
    # endocrinology and neurology, two counted arms
    ("Fifty adults were given metformin and 50 received sitagliptin for six months.", "sitagliptin"),
    ("Twenty-two were given intranasal ketamine and 22 received intravenous morphine.", "morphine"),
])
def test_plain_language_arms_name_the_second(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Many people drink coffee with milk rather than taking caffeine tablets alone.",
    "There was no difference in response between boys and girls.",
    "Thirty were given a leaflet and 30 received a phone call.",
])
def test_plain_language_without_two_treatments_names_none(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Half the residents had the new dressing; the other half got routine wound care.",
    "Half of the toddlers were given the cream every evening, and the other half got normal skin care.",
    "Half the diabetic patients had podiatry visits; the other half got standard foot care.",
])
def test_everyday_care_of_the_other_half_is_usual_care(text: str) -> None:
    assert parse_comparator(text) == "treatment as usual"


@pytest.mark.parametrize("text,expected", [
    ("Smokers were randomised to a nicotine patch or a placebo patch for ten weeks.", "placebo"),
    ("Women used rotigotine patches or matching placebo patches nightly.", "placebo"),
    ("Gingivitis fell more with chlorhexidine than with a placebo mouthwash.", "placebo"),
    # a dummy device stays a sham
    ("The splint was compared with a placebo splint that did not hold the wrist.", "sham"),
    ("The trial compared the patch with an inactive patch.", "sham"),
])
def test_placebo_carrier_is_placebo_a_dummy_device_sham(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Villages were randomised to quarterly or annual ivermectin treatment.", "annual ivermectin"),
    ("Districts received twice-yearly or annual mass treatment with oral albendazole.", "annual albendazole"),
    ("Infants got weekly versus daily doses of vitamin D for 6 months.", "daily vitamin d"),
])
def test_two_schedules_of_one_agent_name_the_second(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
