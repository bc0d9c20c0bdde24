"""Wave 33: the drug lexicon is scanned by one compiled trie for both the comparator and
the sentence roles, so both readers see the same drug names however they are spelled."""

import re

import pytest

from extractors import sentence_roles
from extractors.fields.comparator import drug_mentions, drug_names_in
from extractors.sentence_roles import interventions


@pytest.mark.parametrize(
    ("sentence", "drugs"),
    [
        ("Men at risk took daily emtricitabine–tenofovir or placebo.", {"tenofovir-emtricitabine"}),
        ("Patients with type 2 diabetes added sitagliptin to metformin.", {"sitagliptin", "metformin"}),
        ("Children with asthma inhaled fluticasone-\nsalmeterol twice daily.", {"fluticasone", "salmeterol"}),
        ("Adults with migraine took sumatriptan or ibuprofen at onset.", {"sumatriptan", "ibuprofen"}),
    ],
)
def test_both_readers_name_the_same_drugs(sentence: str, drugs: set[str]) -> None:
    assert {generic for _, _, generic in drug_mentions(sentence.lower())} == drugs
    assert interventions(sentence) == drugs


def test_a_drug_measured_as_an_outcome_is_found_but_not_given() -> None:
    sentence = "Serum cortisol fell after dexamethasone in the endocrine clinic."
    assert [m.group(1) for m in drug_names_in(sentence.lower())] == ["cortisol", "dexamethasone"]
    assert interventions(sentence) == {"dexamethasone"}


def test_sentence_roles_compile_no_drug_trie_of_their_own() -> None:
    largest = max((v for v in vars(sentence_roles).values() if isinstance(v, re.Pattern)), key=lambda p: len(p.pattern))
    assert "dexamethasone" not in largest.pattern
