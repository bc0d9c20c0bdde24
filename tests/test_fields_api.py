"""The extractors.fields API other stages call: analyse on spaCy spans and strings,
merge over a claim's sentences, extract_facts on trusted abstracts."""

import time

import spacy

from extractors.fields import FieldValues, analyse, extract_facts, merge
from pipeline.model import Dose

SENTENCE = (
    "In a double-blind trial, 84 adults with panic disorder were randomized to D-cycloserine 50 mg or "
    "placebo 1 hour before each exposure session; DCS significantly reduced PDSS scores compared with placebo."
)


def test_analyse_a_spacy_span_and_a_string_alike() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Background sentence here. " + SENTENCE)
    span = list(doc.sents)[1]
    from_span = analyse(span)
    assert from_span == analyse(SENTENCE)
    assert from_span.n == 84
    assert from_span.n_detail["randomized"] == 84
    assert [(d.value, d.unit, d.timing) for d in from_span.dose] == [(50, "mg", "1 hour before each exposure session")]
    assert from_span.comparator == "placebo"
    assert from_span.outcome_measures == ["PDSS"]
    assert from_span.population == "panic disorder"
    assert from_span.direction == "positive"
    assert not from_span.ongoing_trial
    assert not from_span.is_empty


def test_background_sentence_is_empty() -> None:
    values = analyse("Exposure therapy is a widely used psychological treatment for anxiety disorders.")
    assert values.is_empty
    assert values.population == "anxiety disorders"


def test_local_abbreviations_reach_outcomes() -> None:
    assert analyse("HRSDep scores fell", {"HRSDep": "HAMD"}).outcome_measures == ["HAMD"]


def test_merge_gathers_a_claims_sentences() -> None:
    first = analyse("Smith et al. (2015) randomized 41 adults with social anxiety disorder to DCS 50 mg or placebo.")
    second = analyse("38 completed treatment, and DCS significantly reduced LSAS scores.")
    third = analyse("The effect did not persist at follow-up.")
    merged = merge([first, second, third])
    assert merged.n == 41
    assert merged.n_detail == {"randomized": 41, "completed": 38}
    assert [(d.value, d.unit) for d in merged.dose] == [(50, "mg")]
    assert merged.comparator == "placebo"
    assert merged.outcome_measures == ["LSAS"]
    assert merged.direction == "mixed"


def test_merge_prefers_a_randomized_total_stated_later() -> None:
    merged = merge([FieldValues(n=38, n_detail={"completed": 38}), FieldValues(n=41, n_detail={"randomized": 41})])
    assert merged.n == 41


def test_merge_deduplicates_doses_and_keeps_order() -> None:
    a = FieldValues(dose=[Dose(value=10, unit="mg/kg"), Dose(value=20, unit="mg/kg")])
    b = FieldValues(dose=[Dose(value=20, unit="mg/kg", text="20 mg/kg")])
    assert [d.value for d in merge([a, b]).dose] == [10, 20]


def test_merge_of_nothing_is_empty() -> None:
    assert merge([]).is_empty


ABSTRACT = """BACKGROUND: D-cycloserine (DCS) may enhance exposure therapy for social anxiety disorder.
METHODS: Forty-two adults with social anxiety disorder were randomised to DCS 50 mg or placebo 1 hour before \
each of five exposure sessions. The primary outcome was the Liebowitz Social Anxiety Scale (LSAS).
RESULTS: Thirty-eight participants completed treatment. DCS did not enhance outcomes at post-treatment \
(no significant difference in LSAS change).
CONCLUSIONS: DCS did not augment exposure therapy for social anxiety disorder."""


def test_extract_facts_from_a_structured_abstract() -> None:
    facts = extract_facts(ABSTRACT)
    assert facts.n == 42
    assert facts.n_detail["randomized"] == 42
    assert facts.n_detail["completed"] == 38
    assert [(d.value, d.unit) for d in facts.dose] == [(50, "mg")]
    assert facts.comparator == "placebo"
    assert facts.outcome_measures == ["LSAS"]
    assert facts.population == "social anxiety disorder"
    assert facts.direction == "null"  # the conclusion, not the hedged background


def test_extract_facts_of_an_unstructured_abstract_combines_sentences() -> None:
    facts = extract_facts(
        "We randomized 120 outpatients with major depressive disorder to vortioxetine 10 mg/day or "
        "placebo for 8 weeks. Vortioxetine significantly reduced MADRS total scores versus placebo."
    )
    assert (facts.n, facts.comparator, facts.outcome_measures, facts.direction) == (120, "placebo", ["MADRS"], "positive")
    assert [(d.value, d.unit) for d in facts.dose] == [(10, "mg/day")]


def test_extract_facts_of_empty_text() -> None:
    assert extract_facts("").is_empty


def test_analyse_is_fast_enough() -> None:
    """A loose bound (the real figure, ~15-20k sentences/s, is in the report): catches an
    accidental quadratic regex, not a 20% slowdown on a busy machine."""
    sentences = [SENTENCE, "Exposure therapy is a widely used psychological treatment.", "Side effects were mild."] * 200
    start = time.process_time()
    for sentence in sentences:
        analyse(sentence)
    assert (time.process_time() - start) / len(sentences) < 0.001


def test_extract_facts_of_an_unstructured_abstract_reads_direction_from_its_end() -> None:
    facts = extract_facts(
        "Omega-3 fatty acids may improve mood. We randomised 90 adults with depression to 2 g/day "
        "of EPA or placebo for 12 weeks. EPA did not reduce HAMD scores more than placebo. "
        "The trial was funded by a national agency."
    )
    assert facts.direction == "null"
    assert facts.n == 90


def test_merge_rereads_a_sentence_against_a_comparator_named_earlier() -> None:
    merged = merge([
        analyse("Rhodiola was compared with sertraline in 57 adults with depression."),
        analyse("Both groups improved, but the sertraline group improved more."),
    ])
    assert merged.comparator == "sertraline"
    assert merged.direction == "negative"


def test_gains_with_the_comparator_ahead_are_negative_not_mixed() -> None:
    merged = merge([
        analyse("Drug X reduced HAMD scores by 10 points over 8 weeks in 60 adults."),
        analyse("However, the placebo group improved more."),
    ])
    assert merged.direction == "negative"
    assert merge([analyse("Drug X improved mood."), analyse("It worsened sleep.")]).direction == "mixed"


def test_extract_facts_null_conclusion_with_the_comparator_ahead_is_negative() -> None:
    facts = extract_facts(
        "Methods: 41 adults were randomised to memantine or placebo.\n\n"
        "Results: The placebo group showed a larger reduction in Y-BOCS scores than the memantine group.\n\n"
        "Conclusion: Memantine augmentation was not effective."
    )
    assert facts.direction == "negative"


def test_the_comparator_drugs_dose_is_not_the_claims() -> None:
    values = analyse("Lemborexant 5 mg and 10 mg reduced wake time more than zolpidem extended release 6.25 mg in 1,006 adults.")
    assert [d.value for d in values.dose] == [5.0, 10.0]
    values = analyse("Silexan 80 mg improved sleep, performing as well as paroxetine 20 mg.")
    assert [d.value for d in values.dose] == [80.0]
    values = analyse("It found no change versus placebo at 600 mg/day.")  # a control has no dose of its own
    assert [d.value for d in values.dose] == [600.0]


def test_merge_adds_arms_stated_one_per_sentence() -> None:
    sentences = ["Sixty-one were assigned to the herbal tea group.", "The other 58 were assigned to the control group."]
    merged = merge([analyse(s) for s in sentences])
    assert merged.n == 119
    assert merged.n_detail["arms"] == [61, 58]


def test_merge_keeps_an_enrolled_total_over_one_arm() -> None:
    sentences = ["We enrolled 119 adults with knee pain.", "Sixty-one were assigned to the herbal tea group."]
    assert merge([analyse(s) for s in sentences]).n == 119


def test_doses_of_the_other_active_arms_listed_after_the_first_are_theirs() -> None:
    text = ("Smokers were randomised to varenicline 1 mg twice daily, bupropion 150 mg twice daily, "
            "nicotine patch 21 mg/day or placebo for 12 weeks.")
    assert [(d.value, d.unit) for d in analyse(text).dose] == [(1.0, "mg")]
    combined = "Patients got sertraline 50 mg plus quetiapine 25 mg daily."
    assert [(d.value, d.unit) for d in analyse(combined).dose] == [(50.0, "mg"), (25.0, "mg")]
    assert [d.value for d in analyse("lithium 300 mg and valproate 500 mg were combined").dose] == [300.0, 500.0]
