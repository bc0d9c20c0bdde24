"""Claims, wave 31: what a claim is and in which context.

Families tested here:
- a forum thread whose posts open with a numbered header ("#3  handle | Joined ... | Posts: N")
  over a "Posted <date>, <time>" line: the opening post is the body, every later post is a
  comment, and each reply's own account (an amount and what it did, or that it did nothing) is a
  comment claim, however short the opening question.
- a full article's Discussion (or Introduction) restating its own result ("In this trial ...",
  "In the present study ...", "Our findings show ...") makes no second claim beside the
  abstract's; a study the Discussion cites by name stays a claim.
- the absolute cap bracketed after a weight-based dose ("50 mg/kg (maximum 2 g)") is no dose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import assert_one_comment_claim_per_reply, page_claims

from extractors.blocks import is_comment_header
from extractors.fields.dose import parse_doses


def _numbered_thread(posts: list[tuple[str, str]]) -> str:
    head = "HealthBoards > Adults > Treatments\nThread: did this help anyone?\n" + "-" * 50 + "\n\n"
    return head + "\n".join(
        f"#{i + 1}  {who}   | Joined Feb 20{10 + i} | Posts: {3 * i + 7}\n    Posted 1{i} May 2025, 0{i}:30\n\n{body}\n"
        for i, (who, body) in enumerate(posts))


NUMBERED_THREADS = [
    (("stiff_knees", "My GP suggested glucosamine for my knee arthritis. Has anyone had any luck with it?"),
     ("Walker_1958", "I took glucosamine 1500 mg every morning for six months and my knee pain went down from 7/10 "
                     "to 4/10 on the stairs."),
     ("Bev.T", "Mine was 1500 mg a day for a whole year and it made no difference at all to the swelling, sadly.")),
    (("migraine_mo", "Neurologist mentioned riboflavin for migraine prevention. Worth trying?"),
     ("JulesK", "Started riboflavin 400 mg daily last autumn and my migraines dropped from 8 a month to 3 within "
                "three months."),
     ("pete_h", "I was on 400 mg riboflavin for four months and it didn't make a blind bit of difference to my "
                "headaches.")),
    (("itchy_ella", "Derm wants to try cetirizine for my chronic hives. Experiences?"),
     ("RashGone22", "On cetirizine 20 mg a day since January and the hives cleared within a fortnight, first time "
                    "in years."),
     ("martin_q", "Took 10 mg cetirizine every night for two months and it did nothing for the itching, still up "
                  "scratching at 3am.")),
]


@pytest.mark.parametrize("line", [
    "#2  DadOfTwo_Cardiff   | Joined Nov 2021 | Posts: 57",
    "#14 night_owl | Member since 2019",
    "#3  KerryB",
])
def test_numbered_post_headers_are_thread_chrome(line: str) -> None:
    assert is_comment_header(line)


@pytest.mark.parametrize("line", ["#1 priority is safety", "#5 in our series | Posts about sleep are welcome here"])
def test_a_numbered_title_is_no_post_header(line: str) -> None:
    assert not is_comment_header(line)


@pytest.mark.parametrize("opening, helped, null", NUMBERED_THREADS)
def test_a_numbered_thread_has_one_comment_claim_per_reply(tmp_path: Path, opening, helped, null) -> None:
    page = _numbered_thread([opening, helped, null])
    assert_one_comment_claim_per_reply(tmp_path, page, opening, helped, null)


_ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
  <front>
    <journal-meta><journal-title-group><journal-title>Invented Clinical Reports</journal-title></journal-title-group></journal-meta>
    <article-meta>
      <article-id pub-id-type="doi">10.5555/icr.2025.{number}</article-id>
      <title-group><article-title>{title}</article-title></title-group>
      <contrib-group><contrib contrib-type="author"><name><surname>Marlowe</surname><given-names>T.</given-names></name></contrib></contrib-group>
      <pub-date pub-type="epub"><year>2025</year></pub-date>
      <abstract><p>{abstract}</p></abstract>
    </article-meta>
  </front>
  <body>
    <sec><title>Introduction</title><p>{intro}</p></sec>
    <sec><title>Methods</title><p>{methods}</p></sec>
    <sec><title>Discussion</title><p>{restated}</p><p>{cited} [<xref ref-type="bibr" rid="r1">1</xref>].</p></sec>
  </body>
  <back><ref-list>
    <ref id="r1"><mixed-citation>Quill R, Amsel D. An invented earlier trial. J Invented Med. 2018;3:11-19.</mixed-citation></ref>
  </ref-list></back>
</article>
"""

RESTATING_ARTICLES = [
    dict(number="301", title="Melatonin for delirium prevention after hip fracture: a randomised trial",
         abstract="We randomised 210 older adults with hip fracture to melatonin 3 mg nightly or placebo for 5 "
                  "nights. Delirium occurred in 18% with melatonin and 20% with placebo (p=0.7). Melatonin did not "
                  "prevent delirium compared with placebo.",
         intro="Delirium after hip fracture is common and prolongs hospital stay.",
         methods="Patients aged 65 or over were allocated 1:1 by a web service.",
         restated="In this trial melatonin did not reduce delirium more than placebo.",
         cited="An earlier study by Quill and Amsel found fewer delirium days with melatonin in 60 surgical patients"),
    dict(number="302", title="Topical timolol for infantile haemangioma: a placebo-controlled trial",
         abstract="We randomised 84 infants with superficial haemangioma to timolol 0.5% gel twice daily or vehicle "
                  "gel for 24 weeks. Lesions improved in 63% with timolol and 21% with vehicle (p<0.001). Timolol "
                  "gel improved haemangioma compared with vehicle.",
         intro="Most infantile haemangiomas need no treatment, but some threaten function or leave scars.",
         methods="Infants aged 1 to 12 months were enrolled at two paediatric dermatology clinics.",
         restated="Our findings show that timolol gel shrank superficial lesions compared with vehicle.",
         cited="Quill and Amsel reported a similar response to timolol in 40 infants in an open series"),
    dict(number="303", title="Inspiratory muscle training before lung resection: a randomised trial",
         abstract="We randomised 120 adults awaiting lobectomy to 2 weeks of inspiratory muscle training or usual "
                  "care. Postoperative pneumonia occurred in 8% and 22% (p=0.03). Inspiratory muscle training "
                  "reduced pneumonia compared with usual care.",
         intro="Pneumonia remains the commonest serious complication of lung resection.",
         methods="Training used a threshold device at 30% of maximal inspiratory pressure twice daily.",
         restated="In the present study, training halved postoperative pneumonia compared with usual care.",
         cited="Quill and Amsel found fewer chest infections after training in 48 patients having oesophagectomy"),
]


@pytest.mark.parametrize("article", RESTATING_ARTICLES, ids=[a["number"] for a in RESTATING_ARTICLES])
def test_a_discussion_restating_the_articles_own_result_is_no_second_claim(tmp_path: Path, article: dict) -> None:
    claims = page_claims(tmp_path, _ARTICLE.format(**article), "article.xml")
    evidence = [c.evidence.text for c in claims]
    assert not any(article["restated"][:30] in e for e in evidence), evidence
    assert any(c.context == "abstract" and c.study.own for c in claims), evidence
    cited = [c for c in claims if article["cited"][:30] in c.evidence.text]
    assert cited and not cited[0].study.own and cited[0].study.markers == ["1"], evidence


@pytest.mark.parametrize("sentence, kept", [
    ("Children were randomised to ceftriaxone 50 mg/kg (maximum 2 g) once daily or to oral amoxicillin.", (50.0, "mg/kg")),
    ("Fever fell faster with ibuprofen 10 mg/kg (max. 400 mg) every 8 hours than with paracetamol.", (10.0, "mg/kg")),
    ("Croup scores improved with dexamethasone 0.6 mg/kg (up to a maximum of 16 mg) given once.", (0.6, "mg/kg")),
    ("Calves received meloxicam 0.5 mg/kg (not exceeding 300 mg) after disbudding.", (0.5, "mg/kg")),
])
def test_the_cap_on_a_weight_based_dose_is_no_dose(sentence: str, kept: tuple[float, str]) -> None:
    doses = parse_doses(sentence)
    assert [(d.value, d.unit) for d in doses] == [kept], doses
    assert all(d.per and d.per.startswith("kg") for d in doses)


def test_a_titration_to_a_maximum_stays_a_dose() -> None:
    doses = parse_doses("Sertraline was titrated to a maximum of 200 mg/day over six weeks.")
    assert [d.value for d in doses] == [200.0]
