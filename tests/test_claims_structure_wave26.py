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


# ---------------- a labelled citation line under the finding it backs ----------------

REFERENCE_LINES = [
    ("cardiology", "More information",
     "A low dose of colchicine cut heart attacks by 28% in 4,800 adults with stable angina compared with placebo.",
     "Rahimi K, et al. Colchicine in stable angina. N Engl J Med. 2021;384:101-9. DOI: 10.1056/NEJMoa2100001",
     "10.1056/nejmoa2100001", None),
    ("paediatrics", "Reference",
     "Melatonin shortened sleep onset by 20 minutes in 80 children with autism compared with placebo.",
     "Okafor B, Lee T. Melatonin for sleep in autism. Sleep Med. 2021;80:40-8. PMID: 33456789",
     None, "33456789"),
    ("dermatology", "Journal reference",
     "Teenagers using the retinoid gel had 40% fewer acne lesions than 150 classmates given a plain gel.",
     "Park J, et al. Topical retinoid for acne. JAMA Dermatol. 2022;158:500-7. doi:10.1001/jamaderm.2022.0001",
     "10.1001/jamaderm.2022.0001", None),
    ("psychiatry", "Source",
     "Anxiety scores fell more with weekly online therapy than with a waiting list in a trial of 240 students (p = 0.01).",
     "Lindqvist A, et al. Internet CBT for student anxiety. Lancet Psychiatry. 2020;7:300-8. PMID: 32123456",
     None, "32123456"),
]


@pytest.mark.parametrize("field, label, finding, citation, doi, pmid", REFERENCE_LINES, ids=[c[0] for c in REFERENCE_LINES])
def test_a_reference_line_under_a_finding_is_that_findings_study(tmp_path, field, label, finding, citation, doi, pmid):
    from test_claims_wave21 import _run

    text = f"What a new trial found\n\n{finding}\n\n{label}: {citation}\n"
    _, claims = _run(tmp_path, field, "txt", text)
    (claim,) = claims
    assert claim.evidence.text == finding
    assert (claim.study.doi, claim.study.pmid) == (doi, pmid) and claim.study.first_author


def test_a_cited_finding_keeps_its_own_citation(tmp_path):
    from test_claims_wave21 import _run

    text = ("What a new trial found\n\n"
            "Melatonin shortened sleep onset in 80 children with autism compared with placebo (Okafor et al., 2021).\n\n"
            "Source: Lee T, et al. Melatonin in autism. Sleep Med. 2022;80:40-8. PMID: 33456789\n")
    _, claims = _run(tmp_path, "cited", "txt", text)
    assert claims[0].study.first_author == "Okafor"

