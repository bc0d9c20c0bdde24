"""A claim's comparator: the arm a sentence names as the control outranks the first arm named."""

import pytest

from extractors import fields


@pytest.mark.parametrize("sentences, comparator", [
    (["Sixty adults with neck pain were randomised to yoga or a health-education programme (HLW).",
      "HLW served as an attention-control group."], "attention control"),
    (["In a network meta-analysis of 47 trials, topical NSAIDs were compared with oral NSAIDs.",
      "Placebo was the common comparator for all treatments."], "placebo"),
    (["Eighty children were randomised to the alarm or desmopressin.",
      "Desmopressin 120 mcg served as the active control."], "desmopressin"),
])
def test_sentence_naming_the_control_wins(sentences, comparator):
    merged = fields.merge([fields.analyse(s) for s in sentences])
    assert merged.comparator == comparator


@pytest.mark.parametrize("sentences, comparator", [
    (["Ninety adults were randomised to sertraline or placebo.", "Both groups improved over 8 weeks."], "placebo"),
    (["Zolpidem was compared with a benzodiazepine in 120 adults.", "Sleep improved more with zolpidem than with lorazepam."], "lorazepam"),
])
def test_first_named_arm_otherwise(sentences, comparator):
    assert fields.merge([fields.analyse(s) for s in sentences]).comparator == comparator
