"""Direction shapes real-text probe 9 read wrong: a denied significance with "neither", a
comparator that "also works, but not as well", a scale's definition, a treatment shown
"useful for treating", a slowed progression denied after "did not ... or", and how the
comparator arm alone fared (no finding on the treatment)."""

import pytest

from extractors.fields import parse_direction


@pytest.mark.parametrize(("text", "direction"), [
    ("Neither comparison was statistically significant.", "null"),
    ("Neither difference reached significance and neither was significant at 12 months.", "null"),
    ("Placebo also works, but not as well.", "positive"),
    ("The control group also improved, but to a lesser extent.", "positive"),
    ("Sham stimulation also reduced pain, but less.", "positive"),
    ("Higher PANSS Total Scores indicate more severe symptoms and worse clinical outcomes.", "unknown"),
    ("Lower Y-BOCS total scores indicate milder symptoms.", "unknown"),
    ("A recent 2012 study by Afshar et al. has shown that NAC is useful for treating obsessive-compulsive disorder.", "positive"),
    ("Melatonin was helpful in reducing sleep onset latency in children with autism.", "positive"),
    ("Treatment with PRP did not significantly improve knee pain or slow disease progression.", "null"),
    ("The antibody did not significantly slow disease progression.", "null"),
    ("Riluzole slowed disease progression compared with placebo.", "positive"),
    ("Exercise may slow cognitive decline.", "positive"),
    ("Only 5/32 (16%) placebo group patients showed improvement in one or two symptoms, and most symptoms remained the "
     "same or even worsened (p < 0.001).", "unknown"),
    ("In the placebo group, symptoms worsened over the 8 weeks.", "unknown"),
    ("In the vehicle group, lesion size increased.", "unknown"),
    ("Placebo arm improved more by week 12", "negative"),
    ("The control group relapsed more often than the lithium group.", "positive"),
])
def test_probe9_shapes(text: str, direction: str) -> None:
    assert parse_direction(text) == direction
