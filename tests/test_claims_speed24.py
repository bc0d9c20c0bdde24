"""Wave 24 speed rewrites keep their meaning: each faster pattern or gate matches exactly
where the form it replaced did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import attribution

# Text built from the pieces these patterns turn on: word characters next to "et", dots,
# spaces and line breaks, "al" with and without a word after it, capitals, apostrophes.
PIECES = st.sampled_from(["et", "al", "et al", "et. al", "etal", ".", " ", "\n", "x", "Smith", "SMITH", "ét", "_et",
                          "1et", "-", "'s", "’s", "alia", "AB", ",", "(2015)", "Yet", "Beet", "et\u00a0al"])
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_et_al_opens_on_its_letter_and_matches_as_the_word_boundary_form(text):
    boundary_led = re.compile(r"\bet\.?\s*al\b")
    assert [m.span() for m in attribution._ET_AL.finditer(text)] == [m.span() for m in boundary_led.finditer(text)]


def test_et_al_needs_a_word_start():
    assert attribution._ET_AL.search("Smith et al. (2015)").group(0) == "et al"
    assert attribution._ET_AL.search("Yet al") is None
    assert attribution._ET_AL.search("et alia") is None
