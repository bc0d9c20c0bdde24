"""What is a claim, wave 28: a full article's own study, as invented articles across
specialties (all studies, people, places and registry numbers are invented).

- a full article (JATS) tells its own trial in its abstract, which is one claim; its Methods
  and Results paragraphs about that trial ("This trial was conducted at ... (ISRCTN...)",
  "Of 240 children screened, 180 were randomised") are that study, not new unattributed claims;
- a trial the article cites, in its Discussion or even in its Results, is a claim of its own;
- a review's closing synthesis of the trials it has told ("Taken together, the trials suggest ...",
  "Overall, these studies indicate ...") is the author's conclusion, no claim, unless it gives numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import page_claims


_JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
  <front>
    <journal-meta><journal-title-group><journal-title>{journal}</journal-title></journal-title-group></journal-meta>
    <article-meta>
      <article-id pub-id-type="doi">{doi}</article-id>
      <title-group><article-title>{title}</article-title></title-group>
      <contrib-group><contrib contrib-type="author"><name><surname>{author}</surname><given-names>A.</given-names></name></contrib></contrib-group>
      <pub-date pub-type="epub"><year>2024</year></pub-date>
      <abstract><p>{abstract}</p></abstract>
    </article-meta>
  </front>
  <body>
    <sec><title>Introduction</title><p>{intro} [<xref ref-type="bibr" rid="r1">1</xref>].</p></sec>
    <sec><title>{methods_title}</title><p>{methods}</p></sec>
    <sec><title>Results</title><p>{results}</p>{results_more}</sec>
    <sec><title>Discussion</title><p>{discussion}</p></sec>
  </body>
  <back><ref-list>
    <ref id="r1"><mixed-citation>Ashdown P. A review of the field. J Invented Med. 2019;4:1-9.</mixed-citation></ref>
    <ref id="r2"><mixed-citation>{cited_ref}</mixed-citation></ref>
    <ref id="r3"><mixed-citation>Brask T, Olin M. A second invented trial. Invented Trials. 2021;2:10-19.</mixed-citation></ref>
  </ref-list></back>
</article>
"""

ARTICLES = [
    dict(
        name="eczema_bleach_baths", journal="Journal of Invented Dermatology", doi="10.5555/jid.2024.101",
        author="Okafor", title="Dilute bleach baths for moderate atopic eczema in children: a randomised trial",
        abstract="We randomised 180 children with moderate atopic eczema to twice-weekly dilute bleach baths or "
                 "plain water baths for 8 weeks. EASI scores fell by 6.1 points with bleach baths and 5.8 points "
                 "with water baths (difference 0.3; 95% CI -1.2 to 1.8). Bleach baths were no better than water baths.",
        intro="Atopic eczema affects about one child in five in high-income countries",
        methods_title="Methods",
        methods="This assessor-blinded, parallel-group trial was run at three paediatric dermatology clinics in "
                "Enugu between January 2022 and June 2023 (ISRCTN48213377). Children were allocated by "
                "computer-generated blocks of six, stratified by clinic.",
        results="Of 240 children screened, 180 were randomised (90 per arm). Seven children in each arm were "
                "lost to follow-up.",
        results_more="",
        discussion='Our result matches a smaller trial by Lindqvist and colleagues [<xref ref-type="bibr" rid="r2">2'
                   '</xref>], who randomised 42 children to bleach or water baths and found no difference in EASI '
                   "scores at 4 weeks.",
        cited_ref="Lindqvist K, Berg A. Bleach baths in childhood eczema. Invented Derm Trials. 2018;9:33-41.",
    ),
    dict(
        name="af_colchicine", journal="Invented Heart Rhythm Reports", doi="10.5555/ihrr.2023.044",
        author="Haldane", title="Colchicine to prevent atrial fibrillation after cardiac surgery: a randomised trial",
        abstract="Adults undergoing elective cardiac surgery were randomised to colchicine 0.5 mg twice daily or "
                 "placebo for 10 days. We randomised 320 patients. Postoperative atrial fibrillation occurred in "
                 "18% with colchicine and 29% with placebo (p = 0.02). Colchicine reduced postoperative AF.",
        intro="Atrial fibrillation follows cardiac surgery in up to a third of patients",
        methods_title="Patients and methods",
        methods="This double-blind, placebo-controlled trial was conducted at two cardiac surgery centres in "
                "Leeds and Sheffield and was registered with ClinicalTrials.gov (NCT05123987). Randomisation "
                "was stratified by type of surgery.",
        results="A total of 412 patients were assessed for eligibility, of whom 320 were randomised; 305 "
                "completed the 30-day follow-up.",
        results_more='<p>This rate was close to that in an earlier placebo-controlled trial of 336 patients '
                     '[<xref ref-type="bibr" rid="r3">3</xref>], in which colchicine also lowered the incidence '
                     "of postoperative atrial fibrillation.</p>",
        discussion='Unlike our trial, Moreau and colleagues [<xref ref-type="bibr" rid="r2">2</xref>] gave '
                   "colchicine 1 mg daily to 150 patients and found no reduction in atrial fibrillation compared "
                   "with placebo.",
        cited_ref="Moreau J, Petit L. Colchicine after valve surgery. Invented Cardiol. 2020;7:88-95.",
    ),
    dict(
        name="delirium_music", journal="Invented Geriatric Care", doi="10.5555/igc.2022.310",
        author="Nakamura", title="Recorded music to prevent delirium after hip fracture surgery: a pragmatic trial",
        abstract="We randomly assigned 210 adults aged 70 years or older having hip fracture surgery to recorded "
                 "music through headphones or usual care. Delirium on the CAM occurred in 21% with music and 24% "
                 "with usual care (p = 0.61). Recorded music did not reduce postoperative delirium.",
        intro="Delirium complicates hip fracture surgery in about one older patient in four",
        methods_title="Materials and methods",
        methods="The trial took place on four orthopaedic wards in Osaka between 2019 and 2021 and was "
                "registered with the UMIN Clinical Trials Registry (UMIN000041234). Outcome assessors were "
                "blinded to allocation.",
        results="Of 298 patients screened, 210 were randomised and 201 were included in the analysis.",
        results_more="",
        discussion='A smaller trial by Fenwick and colleagues [<xref ref-type="bibr" rid="r2">2</xref>] played '
                   "music to 60 patients after cardiac surgery and reported less delirium than with usual care.",
        cited_ref="Fenwick R, Dale S. Music after heart surgery. Invented Nursing Trials. 2017;3:12-18.",
    ),
]


def _claims(tmp_path: Path, article: dict) -> list:
    return page_claims(tmp_path, _JATS.format(**article), f"{article['name']}.xml")


@pytest.mark.parametrize("article", ARTICLES, ids=[a["name"] for a in ARTICLES])
def test_a_full_articles_methods_and_results_are_its_own_study(tmp_path, article):
    claims = _claims(tmp_path, article)
    evidence = " ".join(c.evidence.text for c in claims if c.context == "prose")
    assert [c.context for c in claims if c.study.own] == ["abstract"]
    assert article["methods"][:40] not in evidence
    assert article["results"][:40] not in evidence


@pytest.mark.parametrize("article", ARTICLES, ids=[a["name"] for a in ARTICLES])
def test_a_trial_the_article_cites_stays_a_claim_of_its_own(tmp_path, article):
    claims = [c for c in _claims(tmp_path, article) if c.context == "prose"]
    assert any(c.study.markers == ["2"] for c in claims)
    if article["results_more"]:
        assert any(c.study.markers == ["3"] for c in claims)  # cited inside the Results


# A review's closing synthesis of the trials it has told: the author's conclusion, no study's result.
REVIEWS = [
    ("Probiotics for antibiotic-associated diarrhoea",
     "In a trial of 240 children given amoxicillin, a Saccharomyces boulardii sachet twice daily halved the rate "
     "of diarrhoea compared with placebo [4]. A second trial in 180 adults found no benefit [5].",
     "Taken together, the trials suggest that probiotics reduce diarrhoea compared with placebo in children, though "
     "not in adults."),
    ("Compression stockings after deep vein thrombosis",
     "Stockings worn for two years did not lower the rate of post-thrombotic syndrome in 806 patients compared "
     "with placebo stockings (Kahlon et al., 2014). A smaller trial of 98 patients reported fewer leg ulcers "
     "(Rowe 2009).",
     "Overall, these studies indicate that stockings lower the rate of leg ulcers compared with no stockings but "
     "do not prevent post-thrombotic syndrome."),
    ("Vitamin D for asthma attacks",
     "A trial of 408 adults given 100,000 IU of vitamin D3 every two months found fewer severe attacks than with "
     "placebo [8]. In children, 4,000 IU daily did not reduce attacks over a year [9].",
     "In summary, the available data suggest that vitamin D reduces severe attacks compared with placebo in adults "
     "with low levels."),
]


@pytest.mark.parametrize("title, told, synthesis", REVIEWS, ids=[r[0][:20] for r in REVIEWS])
def test_a_reviews_closing_synthesis_is_no_claim(tmp_path, title, told, synthesis):
    claims = page_claims(tmp_path, f"{title}\n\n{told}\n\nDiscussion\n\n{synthesis}\n", "review.txt")
    assert claims
    assert all(synthesis[:30] not in c.evidence.text for c in claims)


@pytest.mark.parametrize("sentence", [
    "Several trials have shown that probiotics shorten diarrhoea in children.",
    "Taken together, the four trials of 1,120 adults suggest that stockings do not prevent post-thrombotic syndrome.",
    "Overall, 64% of the children in the vitamin D group had no attack, compared with 48% on placebo.",
])
def test_studies_told_with_their_numbers_or_without_a_synthesis_opener_stay_claims(tmp_path, sentence):
    assert [c.evidence.text for c in page_claims(tmp_path, f"Evidence\n\n{sentence}\n")] == [sentence]
