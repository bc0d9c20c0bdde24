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


@pytest.mark.parametrize("abstract, direction", [
    # unstructured: the closing sentence names the one dose that worked
    ("We randomised 90 adults with knee pain to curcumin 500 or 1000 mg/day or placebo for 8 weeks. "
     "WOMAC pain fell more with 1000 mg/day than with placebo, whereas 500 mg/day had no significant effect. "
     "Curcumin at 1000 mg/day reduced knee pain.", "mixed"),
    ("Broilers were fed a basal diet or the same diet with 0.5 or 1 g/kg betaine for 35 days (n = 480). "
     "Breast yield and carcass weight increased with 1 g/kg compared with the basal diet, whereas 0.5 g/kg had no "
     "significant effect. Betaine at 1 g/kg improved carcass traits.", "mixed"),
    # structured: the same, under headings
    ("METHODS: Sixty women with migraine received riboflavin 200 or 400 mg daily or placebo. RESULTS: Attack frequency "
     "fell more with 400 mg than with placebo, whereas 200 mg had no significant effect. CONCLUSIONS: Riboflavin "
     "400 mg daily reduced attack frequency.", "mixed"),
    ("METHODS: Sixty women received iron 60 or 120 mg daily or placebo. RESULTS: Ferritin rose more with 120 mg "
     "than with placebo, whereas 60 mg had no significant effect. CONCLUSIONS: Iron 120 mg daily improved iron "
     "stores.", "mixed"),
    # one dose studied, or none named in the conclusion: the positive conclusion stands
    ("We randomised 80 adults to melatonin 3 mg or placebo. Sleep latency fell more with melatonin than with placebo. "
     "Melatonin 3 mg shortened sleep latency.", "positive"),
])
def test_conclusion_naming_one_dose_of_several_defers_to_mixed_results(abstract, direction):
    assert fields.extract_facts(abstract).direction == direction
