"""Claim shapes real-text probe 10 missed, each as a family of invented variants across specialties
and registers (common.md convention 4: a statement reporting a study's result is a claim even without
N, dose or citation), judged end to end as in test_claims_wave21. All studies and places are invented.

- who found it, told without a citation: "Researchers in <country> found ...", "<Institution>
  scientists, analyzing 17 studies, found that ...", "They found ... in the group given X";
- a summary's labelled conclusion: "IMPLICATIONS: This study suggests ...", "Authors' Conclusions: "...";
- what the paper notes about one arm against another: "The paper also notes that the X group reported
  less ... than the Y group";
- a study's finding inside a lay sentence about a treatment: "... became popular when a study found that
  it reduced ...";
- and what stays out: background about a herb, a finding about people rather than a treatment."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_claims_wave21 import _run, judge

CASES: list[tuple[str, str, str, list]] = [
    ("researchers-in-country-food", "txt", """Walnuts and the heart

Researchers in Spain found adults who ate a half-a-cup of walnuts each day for two years had lower cholesterol
levels and a reduced risk of heart disease.
""", [("Researchers in Spain found adults who ate", None, "prose")]),
    ("researchers-in-country-supplement", "txt", """Researchers in Denmark found children who took fish oil every day
for a year had fewer asthma attacks.
""", [("Researchers in Denmark found children", None, "prose")]),
    ("institution-scientists-pooled", "txt", """Garlic and blood pressure

Scientists at a university hospital in Shanghai, analyzing 17 clinical studies, found that garlic could lower
systolic pressure by 3.75 mmHg and diastolic pressure by 3.39 mmHg.
""", [("analyzing 17 clinical studies, found that garlic", None, "prose")]),
    ("they-found-group-given", "txt", """They found systolic blood pressure was around 10 mmHg lower in the group given garlic compared
with those given a placebo.
""", [("They found systolic blood pressure", None, "prose")]),
    # The treatment named in no lexicon: what the researchers found it did.
    ("investigators-pooled-unlisted-treatment", "txt", """Investigators at a Boston hospital, pooling nine trials, found that magnesium could shorten migraine
attacks by two hours.
""", [("pooling nine trials, found that magnesium", None, "prose")]),
    ("lay-history-unlisted-treatment", "txt", """Cold remedies

Zinc lozenges drew attention after a study found that they shortened colds by two days.
""", [("after a study found that they shortened colds", None, "prose")]),
    ("implications-label", "txt", """RESEARCH SUMMARY

IMPLICATIONS: This study suggests that the use of feverfew to reduce the number of migraine headaches may be
beneficial in a small subgroup of patients.
""", [("This study suggests that the use of feverfew", None, "prose")]),
    ("conclusions-label-urology", "txt", """CONCLUSIONS: This trial suggests that cranberry juice may reduce urinary infections in older women.
""", [("This trial suggests that cranberry juice", None, "prose")]),
    ("authors-conclusions-quote", "txt", """Authors' Conclusions: "Ondansetron is the only antiemetic agent with consistent, proven efficacy in
reducing vomiting from gastroenteritis."
""", [("Ondansetron is the only antiemetic agent", None, "prose")]),
    ("paper-notes-arm-contrast-derm", "txt", """The paper also notes that the tea tree oil group reported much less dryness, redness and itching than
the benzoyl peroxide group.
""", [("the tea tree oil group reported much less dryness", None, "prose")]),
    ("article-notes-arm-contrast-sleep", "txt", """The article also notes that the melatonin group reported fewer night awakenings than the placebo group.
""", [("the melatonin group reported fewer night awakenings", None, "prose")]),
    # One arm's result told without the other arm named as "than ...".
    ("paper-notes-one-arm-derm", "txt", """Tea Tree Oil is Much Less Irritating

The paper also notes that the patients in the tea tree oil group reported much less of the skin dryness, redness,
itching and stinging that patients who have tried benzoyl peroxide products know so well.
""", [("the patients in the tea tree oil group reported much less", None, "prose")]),
    ("authors-noted-one-arm-paeds", "txt", """The authors also noted that the children in the honey group had far fewer night-time coughs.
""", [("the children in the honey group had far fewer", None, "prose")]),
    ("researchers-observed-one-arm-onc", "txt", """Researchers observed that the patients in the exercise arm reported less fatigue at six months.
""", [("the patients in the exercise arm reported less fatigue", None, "prose")]),
    ("lay-history-study-found", "txt", """Feverfew became popular when a study found that it reduced migraine frequency and severity.
""", [("a study found that it reduced migraine", None, "prose")]),
    # A later item of a one-paragraph list, told by its year alone, is no source of the items before it.
    ("list-later-year-label-migraine", "txt", """In a four-month study of 170 migraine patients, completed in 2005, migraine attack frequency was
reduced by 40 percent (study link).
3. A 2015 follow-up study of the review above found that a 2005 study (mentioned previously) provides more robust evidence
""", [("In a four-month study of 170 migraine patients", None, "prose")]),
    ("list-later-year-label-cramps", "txt", """1. A trial of 80 adults found that magnesium 400 mg reduced cramps (study link).
2. In a six-week study of 60 women, ginger 250 mg eased period pain (study link).
3. A 2019 review of the trials above found that the evidence is weak
""", [("A trial of 80 adults found that magnesium", None, "prose"),
      ("In a six-week study of 60 women", None, "prose")]),
    ("list-later-year-label-sleep", "txt", """- In a study of 90 older adults, valerian 600 mg shortened sleep onset by 12 minutes.
- A 2021 update of that work found the effect faded
""", [("In a study of 90 older adults", None, "prose")]),
    ("background-stays-out", "txt", """Ginger is a herb used for nausea and indigestion in many cultures.

Garlic has been used for centuries to treat high blood pressure.

Researchers in Spain found that many adults do not eat enough nuts.

They found the clinic hard to reach and the staff friendly.

The paper also notes that the group met weekly in a church hall.
""", []),
]


@pytest.mark.parametrize("name, suffix, text, expected", CASES, ids=[c[0] for c in CASES])
def test_family(tmp_path: Path, name: str, suffix: str, text: str, expected) -> None:
    problems = judge(tmp_path, name, suffix, text, expected)
    assert not any(problems.values()), problems


@pytest.mark.parametrize("name", [c[0] for c in CASES if c[0].startswith("list-later-year-label")])
def test_a_later_year_label_is_no_source_of_earlier_items(tmp_path: Path, name: str) -> None:
    (_, suffix, text, _), = [c for c in CASES if c[0] == name]
    _, claims = _run(tmp_path, name, suffix, text)
    assert claims and all(c.study.year is None and not c.study.label for c in claims), [
        (c.evidence.text[:40], c.study.label, c.study.year) for c in claims]


def test_a_journal_cited_in_the_next_sentence_attributes_the_lead(tmp_path: Path) -> None:
    text = ("Just 28 grams of walnuts a day would be perfect, recommends a recent study that found the nuts to be an "
            "excellent source of heart-friendly fatty acids. And walnuts do not contain any cholesterol (The Lancet, "
            "Vol 341, No 8846).\n")
    _, claims = _run(tmp_path, "walnut-lancet-volume", "txt", text)
    assert [(c.evidence.text[:12], c.study.venue) for c in claims] == [("Just 28 gram", "The Lancet")]
