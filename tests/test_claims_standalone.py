"""Uncited sentences without a sample size or dose that still stand as claims: an
animal-model finding, and a news lede comparing two named treatments; look-alikes that
name no treatment, no effect or no comparison stay out."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _claims(*paragraphs):
    text, blocks = "", []
    for body in paragraphs:
        blocks.append(Block(len(text), len(text) + len(body), "main"))
        text += body + "\n\n"
    (result,) = extract([Document("doc-s", "doc.html", "html", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())])
    return result.claims


@pytest.mark.parametrize("text", [
    "In ferrets, peramivir given within 48 hours of infection blocked spread of the virus to cage-mates.",
    "In rats, curcumin reduced liver fibrosis.",
    "In a mouse model of colitis, vedolizumab reduced weight loss and colon inflammation.",
    "Zebrafish larvae exposed to valproate showed fewer seizure-like movements.",
    "Mice treated with rapamycin lived 14% longer than untreated littermates.",
    "In a rat model of stroke, edaravone given within 3 hours reduced infarct volume compared with vehicle.",
    "In diabetic mice, a novel compound, XR-17, given daily improved wound healing.",
])
def test_an_animal_model_finding_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.context == "prose"


@pytest.mark.parametrize("text", [
    "A single dose of the antiviral peramivir helped children recover about a day faster than a five-day "
    "course of oseltamivir, according to a trial published Tuesday.",
    "Semaglutide worked better than liraglutide for weight loss, a new study finds.",
    "Ketamine relieved depression faster than escitalopram, according to a trial of adults published Monday.",
    "The new drug, zuranolone, helped women with postpartum depression recover faster than placebo, the company said.",
])
def test_a_news_lede_comparing_named_treatments_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.direction == "positive"


@pytest.mark.parametrize("text", [
    "Rats are commonly used to study addiction, and mice are cheap.",
    "In mice, the gene is expressed in the liver and kidney.",
    "In rodents given a high-fat diet, weight gain was common.",
    "Peramivir helped kids recover faster than oseltamivir, trial finds",  # a headline
    "Some products contain much less CBD than the label says.",
    "Paracetamol works better than nothing for mild pain.",
    "Our clinic offers semaglutide, which many patients find easier than daily insulin.",
    "Exercise helps people sleep better than medication does, experts say.",
])
def test_look_alikes_are_no_claims(text):
    assert _claims(text) == []


def test_an_animal_finding_after_a_study_in_other_subjects_is_another_claim():
    first, second = _claims("Male rats (n = 48) were randomised to empagliflozin 10 mg/kg or vehicle (Park 2019). "
                            "In mice, empagliflozin reduced tubular injury.")
    assert first.n == 48 and second.evidence.text == "In mice, empagliflozin reduced tubular injury."


def test_a_sentence_on_the_same_animals_goes_on_with_their_study():
    (claim,) = _claims("Male rats (n = 48) were randomised to empagliflozin 10 mg/kg or vehicle (Park 2019). "
                       "In rats given empagliflozin, creatinine rose 30% less than with vehicle.")
    assert claim.evidence.text.endswith("than with vehicle.")


def test_animals_given_a_dose_level_or_a_control_name_no_treatment():
    assert _claims("In rats given the higher dose, creatinine rose less.") == []
    assert _claims("Mice given vehicle gained less weight.") == []


@pytest.mark.parametrize("text", [
    "A trial conducted in Spain and Chile has shown that levetiracetam \u2013 an older anticonvulsant \u2013 reduces "
    "seizures in children with Dravet syndrome.",
    "Treatment with sotagliflozin was found to reduce the risk of heart failure events, according to results of the "
    "SOLO-HF trial.",
    "The new study found that lisinopril lowered blood pressure in teenagers.",
])
def test_one_study_finding_about_a_named_treatment_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "Studies have looked at sertraline in teenagers with anxiety.",  # studies, but no finding
    "A study of sleep habits found that most teenagers sleep too little.",  # no treatment
    "The study was led by Professor Helen Dunmore.",
])
def test_no_single_study_finding_about_a_treatment_is_no_claim(text):
    assert _claims(text) == []


def test_who_led_the_study_joins_the_lede_before():
    lede, led = ("A trial in Spain has shown that stiripentol reduces seizures in children with Dravet syndrome.",
                 "The study was led by Professor Helen Dunmore, in collaboration with Leeds University.")
    (claim,) = _claims(lede, led)
    assert claim.study.first_author == "Dunmore" and claim.evidence.text.endswith("Leeds University.")


def test_another_study_finding_about_a_named_treatment_is_a_claim():
    text = "Another study showed it to be as effective as a benzodiazepine (oxazepam)."
    (claim,) = _claims("One placebo-controlled study showed that people taking valerian 400 mg slept better.", text)[1:]
    assert claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "The corresponding null hypothesis that will be tested is that salt reduction will have no effect on stroke risk.",
    "The primary hypothesis is that zinc shortens colds compared with placebo.",
    "Investigators hypothesize that sertraline reduces relapse compared with placebo.",
])
def test_a_hypothesis_without_sample_size_or_dose_is_no_claim(text):
    assert _claims(text) == []


def test_a_hypothesis_with_its_sample_and_dose_still_describes_the_study():
    (claim,) = _claims("We hypothesise that melatonin 3 mg will reduce delirium in 300 older adults compared with placebo.")
    assert claim.n == 300


@pytest.mark.parametrize("text", [
    "An experimental antibody drug slowed memory loss in people with early Parkinson's disease, according to results "
    "presented on Monday.",
    "A new once-weekly pill lowered blood sugar as well as daily injections, researchers reported Tuesday.",
])
def test_a_news_lede_on_a_new_unnamed_treatment_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.direction == "positive"


@pytest.mark.parametrize("text", [
    "A new drug for migraine is being tested, researchers said.",
    "A new experimental drug slows decline, trial finds",  # a headline
    "The new pill is expensive, according to pharmacists.",
])
def test_news_about_a_new_treatment_without_a_finding_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Halden University Hospital serves 350,000 people in the region and runs more than 200 clinical studies each year.",
    "The sleep centre sees 4,000 patients a year and has taken part in 40 trials.",
    "Our network serves a population of 1.2 million residents across 30 clinical research sites.",
])
def test_what_an_institution_does_each_year_is_no_claim(text):
    assert _claims(text) == []


def test_a_trial_that_treated_its_sample_is_still_a_claim():
    claims = _claims("In a trial at the clinic, 120 patients were treated with melatonin 3 mg or placebo each night.")
    assert [c.n for c in claims] == [120]
