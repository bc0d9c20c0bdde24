"""An abstract cut off before its results (a page that shows only Background, Objectives and
Methods) states no finding: what its background says a treatment "may reduce" is not the
study's result. With results present, they decide as before."""

import pytest

from extractors.fields import extract_facts


@pytest.mark.parametrize("text", [
    "Background: Heart disease is common. Walnuts may reduce blood lipids and so lower cardiac risk.\n"
    "Objectives: To evaluate walnut intake in 70 patients.\n"
    "Methods: In this crossover trial, 70 patients ate 30 g of walnuts a day or none for 8 weeks.",
    "Introduction: Saffron may improve sleep in menopause.\n"
    "Methods: 120 women were randomised to saffron 28 mg/day or placebo for 6 weeks.",
    "Aims: We asked whether melatonin could shorten sleep onset in children with ADHD.\n"
    "Methods: 40 children received melatonin 3 mg or placebo nightly.",
])
def test_an_abstract_without_results_has_no_direction_from_its_background(text):
    assert extract_facts(text).direction == "unknown"


@pytest.mark.parametrize("text, direction", [
    ("Background: Melatonin may improve sleep.\nMethods: 60 adults took 3 mg melatonin or placebo.\n"
     "Results: Sleep onset latency fell by 12 minutes more with melatonin (p = 0.01).", "positive"),
    ("Background: Zinc may shorten colds.\nMethods: 90 adults took zinc lozenges or placebo.\n"
     "Results: Cold duration did not differ between groups (p = 0.48).", "null"),
])
def test_results_still_decide_beside_a_hopeful_background(text, direction):
    assert extract_facts(text).direction == direction
