"""Direction shapes real-text probe 9 read wrong: a denied significance with "neither", a
comparator that "also works, but not as well", a scale's definition, a treatment shown
"useful for treating", and a slowed progression denied after "did not ... or"."""

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
])
def test_probe9_shapes(text: str, direction: str) -> None:
    assert parse_direction(text) == direction
