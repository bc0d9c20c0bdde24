import pytest
from extractors.fields import direction as d

@pytest.mark.parametrize("s", [
    "Cats with unintended weight loss given mirtazapine gained more weight than those given placebo.",
    "Dogs given capromorelin, licensed for weight gain, gained more weight than placebo dogs.",
    "In older adults with unintentional weight loss, the appetite stimulant led to greater weight gain than placebo.",
    "Horses with involuntary weight loss put on more weight with the supplement than with hay alone.",
])
def test_wanted_weight_context(s):
    low = s.lower()
    assert d._WEIGHT_WANTED.search(low) and d._MORE_WEIGHT.search(low)

def test_antipsychotic_weight_not_wanted():
    assert not d._WEIGHT_WANTED.search("patients on olanzapine gained more weight than those on haloperidol.")
