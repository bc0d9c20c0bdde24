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

