"""Claims, wave 33: uncited findings that real pages tell, questions in comments, a study record box.
Families tested here:
- studies as a body named by their design ("Several double blind studies have demonstrated
  ...", "Two open-label trials have shown ...", "Pilot studies suggest ...") stand as a
  claim like "Several randomized trials have shown ..." always did.
- a study told as a participle ("reported on a study showing that X can ease Y", "new
  research finding that ...") is a finding, like "a study that shows ...".
- a commenter's question that names a study ("Does anyone know whether that 2021 trial
  ...?") is no claim: questions never are, cited or not.
- a press release's "Study record" table copied from a registry (Title, Enrollment, Arms,
  Primary outcome, Identifier) is one table claim of its trial, as the same box set out as
  a definition list already was one claim; a box of administrative fields stays none.
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


_PRESS_BOX = """<html><body><main><article><h1>{headline}</h1>
<p>{lede}</p>
<h3>Study record</h3>
<table>
<tr><th>Title</th><td>{title}</td></tr>
<tr><th>Enrollment</th><td>{n} participants (actual)</td></tr>
<tr><th>Arms</th><td>{arms}</td></tr>
<tr><th>Primary outcome</th><td>{outcome}</td></tr>
<tr><th>Identifier</th><td>{registry_id}</td></tr>
</table>
<h2>Notes to editors</h2>
<p>Media enquiries: press office, 01632 960 111.</p>
</article></main></body></html>"""

PRESS_BOXES = [
    dict(headline="Cooling cap cuts hair loss in chemotherapy", n=142, registry_id="NCT06011223",
         lede="Women who wore a cooling cap during chemotherapy kept more of their hair, a hospital trial has found.",
         title="COOL-HAIR: scalp cooling in breast cancer chemotherapy", arms="Scalp cooling cap; No cap",
         outcome="Hair preservation at 12 weeks"),
    dict(headline="Balance classes do not prevent falls after hip fracture", n=310, registry_id="ISRCTN40506070",
         lede="Weekly balance classes did not reduce falls in older adults after hip fracture, researchers report.",
         title="STEADY: group balance training after hip fracture", arms="Balance classes; Usual care",
         outcome="Falls over 12 months"),
    dict(headline="Nasal spray eases hay fever in children", n=96, registry_id="NCT05880011",
         lede="A saline and xylitol nasal spray eased hay fever symptoms in school children, a small trial shows.",
         title="SNEEZE-KIDS: xylitol nasal spray in seasonal rhinitis", arms="Xylitol spray; Sham spray",
         outcome="Total nasal symptom score at 4 weeks"),
]


@pytest.mark.parametrize("box", PRESS_BOXES)
def test_a_study_record_table_is_one_claim_of_its_trial(tmp_path: Path, box: dict) -> None:
    claims = page_claims(tmp_path, _PRESS_BOX.format(**box), "release.html")
    tables = [c for c in claims if c.context == "table"]
    assert len(tables) == 1
    (card,) = tables
    assert card.n == box["n"] and box["arms"].split(";")[0] in card.evidence.text
    assert box["registry_id"] in card.study.registry_ids


def test_an_administrative_box_stays_no_claim(tmp_path: Path) -> None:
    page = """<html><body><main><article><h1>New sleep trial opens</h1>
<p>A trial of a sleep app for insomnia in teenagers is now open at two hospitals.</p>
<table>
<tr><th>Identifier</th><td>NCT06123456</td></tr>
<tr><th>Status</th><td>Recruiting</td></tr>
<tr><th>Sponsor</th><td>Northgate Hospitals</td></tr>
<tr><th>Enrollment</th><td>120 participants (anticipated)</td></tr>
</table></article></main></body></html>"""
    assert not [c for c in page_claims(tmp_path, page, "release.html") if c.context == "table"]
