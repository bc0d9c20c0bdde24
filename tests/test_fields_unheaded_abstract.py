"""An abstract without headings takes its direction from a closing sentence that concludes
or is positive, and otherwise from all its results; harms reported alone give way."""

import pytest

from extractors.fields import extract_facts

_TRIAL = ("In a 6-month, double-blind trial, 96 adults with periodontitis received doxycycline 20 mg twice daily or "
          "placebo. Clinical attachment level gain was 1.6 mm with doxycycline and 1.1 mm with placebo (p = 0.03). ")


@pytest.mark.parametrize(("closing", "direction"), [
    ("Bleeding on probing did not differ between groups (p = 0.47).", "mixed"),
    ("Bleeding on probing did not differ between groups (p = 0.47). Gastrointestinal upset was reported by 3 and 2 "
     "participants.", "mixed"),
    ("Bleeding on probing did not differ between groups. These findings suggest that doxycycline is an effective "
     "adjunct.", "positive"),
    ("Doxycycline was effective and well tolerated.", "positive"),
    ("Adverse events were not more common with doxycycline than with placebo.", "positive"),
])
def test_an_unheaded_abstracts_direction(closing: str, direction: str) -> None:
    assert extract_facts(_TRIAL + closing).direction == direction


def test_a_null_trial_stays_null_when_its_conclusion_says_so() -> None:
    text = ("We randomised 120 adults with knee osteoarthritis to platelet-rich plasma or saline injections. Pain scores "
            "fell by 2.1 and 1.8 points (p = 0.17). Overall, platelet-rich plasma did not improve pain.")
    assert extract_facts(text).direction == "null"
