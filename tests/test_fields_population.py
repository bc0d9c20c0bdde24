"""Population or condition, including healthy samples and animal models."""

import pytest

from extractors.fields import parse_population

CASES = [
    ("adults with panic disorder", "panic disorder"),
    ("adults with Alzheimer\u2019s disease", "Alzheimer's disease"),  # a curly apostrophe is the same phrase
    ("patients with treatment-resistant depression", "treatment-resistant depression"),
    ("Treatment Resistant Depression", "treatment-resistant depression"),
    ("veterans with PTSD", "posttraumatic stress disorder"),
    ("post-traumatic stress disorder", "posttraumatic stress disorder"),
    ("social phobia", "social anxiety disorder"),
    ("60 healthy volunteers", "healthy volunteers"),
    ("healthy adults", "healthy volunteers"),
    ("people with type 2 diabetes", "type 2 diabetes"),
    ("male Sprague-Dawley rats with chronic constriction injury", "rats with chronic constriction injury"),
    ("mice subjected to chronic social defeat stress", "mice with chronic social defeat stress"),
    ("30 rats", "rats"),
    ("in a mouse model", "mice"),
    ("children with ADHD", "ADHD"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_population(text: str, expected: str) -> None:
    assert parse_population(text) == expected


@pytest.mark.parametrize("text", ["Forty-two adults", "The study was conducted in Boston.", "gadget", ""])
def test_no_population(text: str) -> None:
    assert parse_population(text) is None


@pytest.mark.parametrize("text,position,expected", [
    ("adults or adolescents", 10, True),
    ("men or women", 7, True),
    ("aged 65 or older", 11, True),
    ("with ocd or panic disorder", 12, True),
    ("sertraline or placebo", 14, False),
])
def test_names_people_at(text: str, position: int, expected: bool) -> None:
    from extractors.fields.population import names_people_at

    assert names_people_at(text, position) is expected
