"""Claims, wave 33: uncited findings that real pages tell, and questions in comments.
Families tested here:
- studies as a body named by their design ("Several double blind studies have demonstrated
  ...", "Two open-label trials have shown ...", "Pilot studies suggest ...") stand as a
  claim like "Several randomized trials have shown ..." always did.
- a study told as a participle ("reported on a study showing that X can ease Y", "new
  research finding that ...") is a finding, like "a study that shows ...".
- a commenter's question that names a study ("Does anyone know whether that 2021 trial
  ...?") is no claim: questions never are, cited or not.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from saved_page import page_claims

_BACKGROUND = "Nobody enjoys being unwell, and many people look for gentler options first."

DESIGN_STUDIES = [
    ("Several double blind studies have demonstrated the effectiveness of zinc in the treatment of rosacea.", "zinc"),
    ("Two open-label trials have shown that melatonin shortens sleep onset in shift workers.", "melatonin"),
    ("Pilot studies suggest that ginger reduces nausea after chemotherapy.", "ginger"),
    ("Several double-blind trials have found that the use of riboflavin lowers migraine frequency in adults.", "riboflavin"),
    ("Crossover studies have shown that a daily intake of magnesium eases leg cramps during pregnancy.", "magnesium"),
]


@pytest.mark.parametrize(("sentence", "treatment"), DESIGN_STUDIES)
def test_studies_named_by_their_design_are_a_claim(tmp_path: Path, sentence: str, treatment: str) -> None:
    page = f"What helps?\n\n{_BACKGROUND} {sentence}\n"
    claims = page_claims(tmp_path, page)
    assert len(claims) == 1 and treatment in claims[0].evidence.text
    assert claims[0].context == "prose"


PARTICIPLES = [
    "Last spring the magazine reported on a study showing that ginger can ease nausea in early pregnancy.",
    "A recent trial finding that cranberry capsules prevent urinary infections in older women made headlines.",
    "Readers wrote in about new research suggesting that melatonin may reduce delirium after hip surgery.",
    "Our podcast covered a review demonstrating that acupuncture relieves chronic neck pain.",
]


@pytest.mark.parametrize("sentence", PARTICIPLES)
def test_a_study_told_as_a_participle_is_a_finding(tmp_path: Path, sentence: str) -> None:
    page = f"In the news\n\n{_BACKGROUND} {sentence}\n"
    claims = page_claims(tmp_path, page)
    assert len(claims) == 1 and claims[0].evidence.text.startswith(sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Studies show that people who exercise sleep better.",  # no treatment: still as before
    "I read a study showing the clinic had long waiting lists.",
])
def test_no_treatment_no_participle_claim(tmp_path: Path, sentence: str) -> None:
    page = f"Notes\n\n{_BACKGROUND} {sentence}\n"
    assert not [c for c in page_claims(tmp_path, page) if "waiting" in c.evidence.text]


_THREAD = """<html><body><article><h1>{title}</h1><p>{body}</p></article>
<section class="comments">
<div class="comment"><span class="c-author">gardener_jo</span> <span class="c-date">Mar 3, 2026 at 9:14 pm</span>
<p>{reply}</p></div>
<div class="comment"><span class="c-author">Marek</span> <span class="c-date">Mar 4, 2026 at 7:02 am</span>
<p>{question}</p></div>
</section></body></html>"""

THREADS = [
    dict(title="Iron for restless legs", body="Iron is often tried for restless legs when ferritin is low.",
         reply="I took 65 mg iron every other day and my legs were much calmer within a month.",
         question="Does anyone know whether that 2021 trial used a ferritin cut-off of 75 or 100?"),
    dict(title="Vitamin D and asthma", body="Vitamin D is sometimes suggested for children with asthma.",
         reply="My son takes 1000 IU of vitamin D a day and his attacks have halved since autumn.",
         question="Was the Smith et al. 2019 study in toddlers or school-age children?"),
    dict(title="Capsaicin for nerve pain", body="Capsaicin patches are used for nerve pain in the feet.",
         reply="The 8% patch worked really well for my feet, the burning eased after two weeks.",
         question="Has anybody seen the 2018 Cochrane review on this, did it include diabetics?"),
]


@pytest.mark.parametrize("thread", THREADS)
def test_a_commenters_question_naming_a_study_is_no_claim(tmp_path: Path, thread: dict) -> None:
    claims = page_claims(tmp_path, _THREAD.format(**thread), "page.html")
    comments = [c for c in claims if c.context == "comment"]
    assert [c.evidence.text for c in comments] == [thread["reply"]]

