"""News ledes that report one study's finding about a kind of treatment (an antidepressant,
tai chi, a supplement) without naming a drug are claims; background about the kind is not."""

import pytest

from text_claims import text_claims as _claims


@pytest.mark.parametrize("lede", [
    "The most commonly prescribed antidepressant barely relieves symptoms of anxiety, a study has found.",
    "A new study has demonstrated the benefits of tai chi for people with knee pain.",
    "Probiotic supplements eased bloating in adults with IBS, a new trial has found.",
    "A large trial found that aerobic exercise improved memory in older adults with mild cognitive impairment.",
    "Statins lowered the risk of a second stroke, a new analysis shows.",
    "NAIROBI — Giving schoolchildren antimalarial tablets once a month sharply reduced clinical malaria, according to a large trial.",
    "Monthly injections lowered migraine days, a new trial has found.",
])
def test_a_study_finding_about_a_kind_of_treatment_is_a_claim(lede):
    text = f"Health news\n\n{lede}\n"
    (claim,) = _claims(text)
    assert text[claim.evidence.start:claim.evidence.end] == lede


@pytest.mark.parametrize("background", [
    "Antidepressants are among the most commonly prescribed medicines in England.",
    "Tai chi is a gentle form of exercise that began in China.",
    "Fish oil supplements are sold in most pharmacies.",
])
def test_background_about_a_kind_of_treatment_is_no_claim(background):
    assert _claims(f"Health news\n\n{background}\n") == []


@pytest.mark.parametrize("arms", [
    "Half of the group took nicotinamide twice daily for a year. The other half took a placebo.",
    "One group received 500 mg of curcumin daily. The other group received a placebo.",
    "Two-thirds of them were randomised to the diet. The rest were given a placebo.",
])
def test_arms_told_by_share_after_an_aside_join_the_study(arms):
    text = ("Health news\n\nDr Ana Ruiz, a professor of dermatology, and colleagues launched a trial involving 386 "
            "high-risk patients with earlier skin cancers. Their average age was 66. Many also had arthritis. "
            f"{arms} Dermatologists checked them every three months.\n")
    (claim,) = _claims(text)
    assert claim.n == 386
    assert claim.comparator == "placebo"
    assert "placebo" in text[claim.evidence.start:claim.evidence.end]


@pytest.mark.parametrize("anecdote", [
    "I've used one for a year and my attacks are shorter, maybe half the time.",
    "Since starting it my flare-ups are fewer and milder.",
    "My headaches come less often now.",
    "The itching went away within a week.",
    "Azelaic acid gel cleared most of my bumps within about 3 months.",
    "My skin is so much clearer since I switched to the cream.",
    "Six weeks on the patch and I have been smoke-free ever since.",
    "With the new inhaler my asthma is finally under control.",
])
def test_a_first_person_result_in_a_comment_is_a_claim(anecdote):
    text = ("Forum\n\nPosted by askerjo · 3 Feb 2025\n\nHas anyone tried this device for migraine? My neurologist "
            "suggested it but it costs a lot and I am not sure it is worth the money.\n\n"
            f"Posted by reply_user1 · 4 Feb 2025\n\n{anecdote}\n\nPosted by reply_user2 · 4 Feb 2025\n\nThanks everyone!\n")
    claims = [c for c in _claims(text) if c.context == "comment"]
    assert [text[c.evidence.start:c.evidence.end] for c in claims] == [anecdote]


@pytest.mark.parametrize("lede", [
    "Some studies have shown that omega-3 supplements may help, but the results are mixed.",
    "Several small trials have found that probiotics help with bloating.",
])
def test_studies_saying_a_kind_of_treatment_helps_is_a_claim(lede):
    text = f"Forum\n\n{lede}\n"
    (claim,) = _claims(text)
    assert text[claim.evidence.start:claim.evidence.end] == lede


@pytest.mark.parametrize("lede", [
    "A new study concludes that peppermint oil can help relieve IBS symptoms.",
    "A small trial found that ginger reduced nausea in pregnant women.",
    "Echinacea shortened colds in children, a new trial has found.",
])
def test_a_study_finding_about_a_herbal_remedy_is_a_claim(lede):
    text = f"Health news\n\n{lede}\n"
    (claim,) = _claims(text)
    assert text[claim.evidence.start:claim.evidence.end] == lede


@pytest.mark.parametrize("background", [
    "Ginger has been used in cooking for centuries.",
    "Peppermint oil is sold in most health food shops.",
])
def test_background_about_a_herbal_remedy_is_no_claim(background):
    assert _claims(f"Health news\n\n{background}\n") == []


@pytest.mark.parametrize("sentence,n", [
    ("A total of 611 adults participated, with a mean age of 52 years.", 611),
    ("Some 240 nurses took part over two winters.", 240),
])
def test_a_sample_that_took_part_is_a_claim(sentence, n):
    (claim,) = _claims(f"Study summary\n\n{sentence}\n")
    assert claim.n == n


@pytest.mark.parametrize("result", [
    "Results showed a significant difference in attack frequency (P<0.0001) between the two groups.",
    "Findings indicated fewer attacks in the riboflavin group.",
])
def test_a_results_sentence_goes_on_with_the_design_before_it(result):
    design = "One study compared riboflavin 400 mg/day to placebo for 3 months."
    text = f"Riboflavin\n\n{design} {result}\n"
    (claim,) = _claims(text)
    assert text[claim.evidence.start:claim.evidence.end] == f"{design} {result}"
