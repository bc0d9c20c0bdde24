"""Wave 26 claim structure: a news story's lede names the study, and its next paragraph
tells the result again by the people studied ("Of the 640 infants studied, ..."): that
paragraph is a claim of its own, of the lede's study. Judged with the wave-21 sweep's
`judge` (found alone, study and context right, nothing spurious). All studies and numbers
are invented."""

from __future__ import annotations

import pytest

from test_claims_wave21 import A, V, judge

CASES = [
    ("news-infants-studied", "txt", """Babies given egg powder every day from four months were less likely to be allergic to egg at one year, according to a trial published in the Journal of Allergy and Clinical Immunology.

Of the 420 infants studied, 5% of those given egg developed an allergy, compared with 11% of those given rice powder.

Egg allergy is among the most common food allergies in young children.
""", [("Babies given egg powder every day", V("Journal of Allergy and Clinical Immunology"), "prose"),
      ("Of the 420 infants studied", V("Journal of Allergy and Clinical Immunology"), "prose")]),
    ("news-patients-enrolled", "txt", """A twice-yearly injection lowered LDL cholesterol by half in people with heart disease, researchers reported in Circulation.

Among the 1,560 patients enrolled, LDL fell by 52% with the injection and rose by 2% with placebo.

Statins remain the first choice for most patients.
""", [("A twice-yearly injection lowered LDL", V("Circulation"), "prose"),
      ("Among the 1,560 patients enrolled", V("Circulation"), "prose")]),
    ("blog-adults-randomised", "txt", """Does tart cherry juice help gout?

A small trial found that tart cherry juice twice a day cut gout flares over four months (Okafor et al., 2021).

Of the 84 adults randomised, 12 on cherry juice and 25 on the placebo drink had at least one flare.

Talk to your doctor before changing gout treatment.
""", [("A small trial found that tart cherry juice", A("Okafor", 2021), "prose"),
      ("Of the 84 adults randomised", A("Okafor", 2021), "prose")]),
    # the people are another study's: no going back to the lede
    ("news-other-cohort", "txt", """Knee replacement patients who did prehabilitation went home a day sooner, according to a trial published in the Bone and Joint Journal.

Of the 3,000 adults in a separate Danish registry, those who walked daily before surgery also recovered faster (Larsen 2019).
""", [("Knee replacement patients who did prehabilitation", V("Bone and Joint Journal"), "prose"),
      ("Of the 3,000 adults in a separate Danish registry", A("Larsen", 2019), "prose")]),
]


@pytest.mark.parametrize("name, suffix, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_result_paragraph_after_a_closed_lede(tmp_path, name, suffix, text, expected):
    problems = judge(tmp_path, name, suffix, text, expected)
    assert not any(problems.values()), problems

