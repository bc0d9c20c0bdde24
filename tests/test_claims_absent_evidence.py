"""A statement that evidence is missing reports no study's design or result."""

import pytest

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Document


def _claims(text):
    document = Document("doc-a", "a.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    return extract([document])[0].claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither inhaled budesonide nor montelukast was compared head to head in the trials we reviewed.",
        "Neither drug has been directly compared with placebo in adolescents.",
        "No trial has yet compared ketamine with electroconvulsive therapy.",
        "No randomised trials have tested melatonin in toddlers.",
        "None of the included studies compared the two doses of vitamin D.",
        "Agomelatine has never been tested against sertraline in older adults.",
    ],
)
def test_absent_evidence_is_no_claim(sentence):
    text = f"Evidence gaps\n\nThe review covered treatments for sleep problems. {sentence}\n"
    assert _claims(text) == []


def test_a_null_finding_with_neither_nor_stays_a_claim():
    text = ("Results\n\nIn a trial of 120 adults, neither pain nor function improved with drug X 10 mg versus "
            "placebo (Orsay et al., 2022).\n")
    (claim,) = _claims(text)
    assert claim.direction == "null"


def test_a_reviews_count_heading_is_no_claim():
    text = "Pain relief capsules\n\nCustomer reviews (214)\n\nGreat product, fast delivery.\n"
    assert not [c for c in _claims(text) if "214" in c.evidence.text]
