"""Word gates in front of the direction readers' long patterns skip a pattern only where it
could not match: every sentence a pattern matches passes its gate, and the readers behind the
gates read what they read before."""

import pytest

from extractors.fields import direction, direction_asides, direction_estimates, direction_numbers
from extractors.fields.direction import parse_direction
from extractors.fields.direction_asides import plain_cues
from extractors.fields.direction_estimates import read_estimate

GAINS = [
    "The 3 g/kg group had better feed conversion than the unsupplemented pens.",
    "Eczema cleared, with 71% of children responding by week 8.",
    "Complete closure was seen in 14 of 22 venous ulcers.",
    "Time to exhaustion extended by 9% vs placebo",
    "Diarrhoea 1.5 days shorter",
    "≥50% pain reduction",
    "After the splint: no more morning headaches.",
    "The ache is mostly gone now.",
    "Felt much better for about three weeks after the injection.",
    "Infants on the probiotic cried about 35 minutes less per day than those given placebo.",
]
LOSSES = ["Povidone inferior — healing 2 days later", "Recovery 1.5 days later"]
NULLS = ["The mouthguard didn't stop me clenching.", "The new inhaler fared no better."]


@pytest.mark.parametrize("sentence", GAINS)
def test_each_plain_gain_passes_its_own_gate_and_reads_positive(sentence: str) -> None:
    lowered = sentence.lower()
    assert direction_asides._GAIN_CUES.search(lowered)
    assert direction_asides._may_state_gain(lowered)
    assert "positive" in plain_cues(sentence)


@pytest.mark.parametrize("sentence, verdict", [(s, "negative") for s in LOSSES] + [(s, "null") for s in NULLS])
def test_plain_losses_and_nulls_still_read(sentence: str, verdict: str) -> None:
    assert plain_cues(sentence) == {verdict}


@pytest.mark.parametrize("sentence", [
    "Mean age was 54 years and 61% were women.",  # "%" alone opened the whole alternation before
    "Enrolment took place in 12 centres in three countries.",  # " in " alone, likewise
])
def test_a_number_or_in_alone_opens_no_plain_gain(sentence: str) -> None:
    assert not direction_asides._may_state_gain(sentence.lower())
    assert plain_cues(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Stroke: HR 0.72 (0.60-0.86)",
    "Fracture risk fell (aOR 0.81, 95% CI 0.70 to 0.93).",
    "IRR 0.64 (0.51-0.80) for asthma exacerbations",
    "Pain NRS: WMD -1.4 (95% CI -2.1 to -0.7)",
    "Hedges' g 0.41 (0.22-0.60) on depressive symptoms",
    "relative risk 1.02 (0.91 to 1.15)",
    "an effect size of 0.5 (0.2 to 0.8)",
    "g = 0.38 (0.12-0.64)",
])
def test_every_estimate_label_passes_the_estimate_gate(sentence: str) -> None:
    signed = sentence.translate(direction_estimates._DASHES)
    assert direction_estimates._ESTIMATE.search(signed)
    assert direction_estimates._may_name_estimate(signed)
    assert read_estimate(sentence, "", lambda words, ratio: None) is not None


def test_a_bracket_without_an_estimate_label_is_not_scanned() -> None:
    assert not direction_estimates._may_name_estimate("Sixty adults (aged 40-65) with knee osteoarthritis took part (2019-2021).")


@pytest.mark.parametrize("sentence, verdict", [
    ("The bundle achieved sustained virological response in more patients than the older regimen.", "positive"),
    ("Early mobilisation kept more patients on their feet at discharge than bed rest.", "positive"),
    ("The reminder app helped more children than printed leaflets.", "positive"),
])
def test_more_reached_reads_behind_its_verb_gate(sentence: str, verdict: str) -> None:
    lowered = sentence.lower()
    assert direction._MORE_REACHED.search(lowered)
    assert any(verb in lowered for verb in direction._MORE_REACHED_VERBS)
    assert parse_direction(sentence) == verdict


@pytest.mark.parametrize("sentence", [
    "HbA1c fell with the drug, whereas the placebo group did not change.",
    "Grip strength rose in the trained arm; the control group remained essentially the same.",
    "Scores improved with yoga, while the waitlist group showed no significant gain.",
    "FEV1 rose with the inhaler, with no improvement in the placebo group.",
])
def test_every_unchanged_control_passes_its_word_gate(sentence: str) -> None:
    lowered = sentence.lower()
    assert direction._CONTROL_UNCHANGED.search(lowered)
    assert any(word in lowered for word in direction._UNCHANGED_WORDS)


@pytest.mark.parametrize("sentence", [
    "Seizure frequency was lower at 12 weeks.",
    "Bone density was greater after one year.",
    "and pain scores were significantly reduced by week 6",
])
def test_an_outcome_stood_at_a_time_passes_its_word_gate(sentence: str) -> None:
    lowered = sentence.lower()
    assert direction_numbers._STOOD_AT_TIME.search(lowered)
    assert any(way in lowered for way in direction_numbers._STOOD_WAYS)
