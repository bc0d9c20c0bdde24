"""Page structures real text brings (wave 32): a PDF's first page extracted as one long line (journal
line, title, authors, affiliations and abstract run together) is its own study's abstract page; an
abstract page saved as plain text with a journal line, "Received/Accepted" lines and keywords, but
no citation tags, is its own abstract, not prose."""

from pathlib import Path

import pytest

from saved_page import ingest_page, page_claims

RENAL_RUN_ON = (
    "ORIGINAL RESEARCH Journal of Renal Nutrition 2019; 29 (4): 301-9 Sodium bicarbonate and kidney function "
    "decline in chronic kidney disease: a randomised trial Maria Lindahl1, Tomasz Wróbel2, Ayesha Qureshi1 "
    "1 Department of Nephrology, Lund University Hospital, Lund, Sweden; 2 Medical University of Gdansk, Poland "
    "Correspondence: M. Lindahl, Department of Nephrology, Lund University Hospital <m.lindahl@example.org> "
    "Abstract. Metabolic acidosis speeds the loss of kidney function. In this open-label randomised trial, 128 "
    "adults with stage 3-4 chronic kidney disease received sodium bicarbonate 1 g three times daily or usual "
    "care for 2 years. The decline in eGFR was slower with sodium bicarbonate than with usual care (-1.9 vs "
    "-5.1 mL/min/1.73 m2 per year, p < 0.001). Key words: bicarbonate, acidosis, chronic kidney disease\n"
)

SKIN_RUN_ON = (
    "dermatology Article Topical Niacinamide Reduces Transepidermal Water Loss in Atopic Skin: Results of a "
    "Randomized, Vehicle-Controlled Study Ingrid Solberg 1 , Paulo Mendes 1 , Hana Kobayashi 2 and Omar "
    "Haddad 1, * 1 Skin Research Unit, Oslo University Hospital, 0372 Oslo, Norway; i.solberg@example.org "
    "2 Institute of Dermatology, Tokyo, Japan Correspondence: o.haddad@example.org Received: 4 March 2021; "
    "Accepted: 2 June 2021; Published: 9 June 2021 Abstract: This randomized, vehicle-controlled study "
    "examined whether a 4% niacinamide cream strengthens the skin barrier in adults with atopic dermatitis. "
    "Sixty adults applied the cream or its vehicle twice daily for 8 weeks. Transepidermal water loss fell "
    "more with niacinamide than with vehicle (p = 0.004), and itch scores improved. Keywords: niacinamide; "
    "atopic dermatitis; skin barrier\n"
)

CARDIO_RUN_ON = (
    "Transcription\n\n"
    "BRIEF REPORT Heart and Vessels 2016; 31 (7): 1102-9 Colchicine after acute pericarditis: a placebo-"
    "controlled trial Luca Ferretti1,2, Sofia Marchetti1, Karim El Amrani3 1 Division of Cardiology, "
    "University of Turin, Italy; 2 Cardiovascular Research Centre, Turin, Italy; 3 Department of Medicine, "
    "Hospital Ibn Sina, Rabat, Morocco ABSTRACT We randomly assigned 240 patients with a first episode of acute "
    "pericarditis to colchicine 0.5 mg twice daily or placebo for 3 months, added to conventional "
    "anti-inflammatory treatment. Recurrent pericarditis at 18 months was less frequent with colchicine than "
    "with placebo (10.8% vs 27.5%; p = 0.001). Introduction Pericarditis recurs in a third of patients.\n"
)

NARRATIVE_RUN_ON = (
    "REVIEW ARTICLE Nutrition Reviews 2020; 78 (5): 401-12 Vitamin D and falls in older adults: a narrative "
    "review Helga Brandt1, Paolo Conti2 1 Department of Geriatrics, University of Bonn, Germany; 2 Department "
    "of Medicine, University of Padua, Italy Abstract. This narrative review summarises trials of vitamin D "
    "for preventing falls. In one trial, 800 IU vitamin D daily reduced falls compared with placebo in 312 "
    "nursing-home residents, whereas a larger trial found no effect of 2000 IU daily. Key words: vitamin D, "
    "falls, older adults\n"
)


@pytest.mark.parametrize("page, venue, year, first_author", [
    (RENAL_RUN_ON, "Journal of Renal Nutrition", 2019, "Lindahl M"),
    (SKIN_RUN_ON, "dermatology", 2021, "Solberg I"),
    (CARDIO_RUN_ON, "Heart and Vessels", 2016, "Ferretti L"),
])
def test_run_on_first_page_is_its_own_abstract(tmp_path: Path, page: str, venue: str, year: int,
                                                 first_author: str) -> None:
    doc = ingest_page(tmp_path, page)
    assert doc.meta.is_study
    assert (doc.meta.journal, doc.meta.year) == (venue, year)
    assert doc.meta.authors[0] == first_author
    abstract = doc.text[doc.meta.abstract_start:doc.meta.abstract_end]
    assert not abstract.startswith("Abstract") and "Key words" not in abstract and "Keywords" not in abstract
    assert "Introduction" not in abstract
    claims = page_claims(tmp_path, page)
    assert claims and all(c.context == "abstract" and c.study.own for c in claims)
    assert claims[0].study.venue == venue and claims[0].study.year == year


def test_run_on_title_keeps_its_words_before_the_authors(tmp_path: Path) -> None:
    doc = ingest_page(tmp_path, SKIN_RUN_ON)
    assert doc.meta.title is not None and doc.meta.title.endswith("Vehicle-Controlled Study")
    assert doc.meta.authors == ["Solberg I", "Mendes P", "Kobayashi H", "Haddad O"]


def test_run_on_narrative_review_is_no_own_study(tmp_path: Path) -> None:
    assert not ingest_page(tmp_path, NARRATIVE_RUN_ON).meta.is_study


def test_one_long_news_paragraph_is_no_title_page(tmp_path: Path) -> None:
    """A long paragraph with a dated locator and a university, but no authors marked for their
    affiliations before an "Abstract" label, is prose."""
    news = ("Health News Daily 2023; 4 (2): 12 Why the new gout pill matters. Our reporter Dana Whitfield spoke to "
            "the team at the University of Leeds about the trial, which appeared in a journal this week. " * 3 +
            "Abstract Thinking, the team's podcast, says 140 patients took the pill for six months.\n")
    assert not ingest_page(tmp_path, news).meta.is_study


LETTERS_PAGE = """Probiotic drops for infant colic: a randomised placebo-controlled trial

Adeyemi TO, Brandt K, Novak P

Paediatr Res Lett. 2022;9(2):e114 doi: 10.5555/prl.2022.114

Received: 3 March 2022 / Accepted: 20 May 2022

Infant colic is a frequent reason for consultation and treatment options are limited. We randomly assigned 96 breastfed infants with colic to Lactobacillus reuteri drops (5 drops daily) or placebo drops for 21 days. Daily crying time fell more with the probiotic than with placebo (mean difference -46 minutes per day; P = 0.002). Probiotic drops shortened crying in breastfed infants with colic.

Keywords: colic; probiotics; infant; crying
"""

DERM_PAGE = """Topical timolol for infantile haemangioma: a randomised controlled trial
Int J Dermatol Pract. 2021; 33(4): 412-418. doi:10.5555/ijdp.2021.412
Received 12 January 2021; Accepted 2 April 2021
Abstract
We enrolled 64 infants with superficial haemangiomas and randomly assigned them to timolol 0.5% gel twice daily or observation for 24 weeks. Lesion colour and size improved more with timolol than with observation (P < 0.001). Topical timolol is an effective option for superficial infantile haemangioma.
Keywords: haemangioma, timolol, infant
"""

ORTHO_PAGE = """Pulsed electromagnetic fields for knee osteoarthritis: a sham-controlled trial

Musculoskelet Ther Lett. 2018;5(1):e207 doi:10.5555/mtl.2018.207

Received 2 October 2017 | Accepted 11 January 2018

In this sham-controlled trial, 88 adults with knee osteoarthritis were randomly allocated to pulsed electromagnetic field therapy or a sham device for 6 weeks. WOMAC pain improved more with active therapy than with sham (P = 0.03). Pulsed electromagnetic fields may ease knee pain.

Keywords: osteoarthritis; knee; electromagnetic fields
"""


@pytest.mark.parametrize("page, venue, year", [
    (LETTERS_PAGE, "Paediatr Res Lett", 2022),
    (DERM_PAGE, "Int J Dermatol Pract", 2021),
    (ORTHO_PAGE, "Musculoskelet Ther Lett", 2018),
])
def test_plain_text_abstract_page_is_its_own_abstract(tmp_path: Path, page: str, venue: str, year: int) -> None:
    claims = page_claims(tmp_path, page)
    assert claims and all(c.context == "abstract" and c.study.own for c in claims)
    assert (claims[0].study.venue, claims[0].study.year) == (venue, year)
    assert "Keywords" not in claims[0].evidence.text and "Received" not in claims[0].evidence.text


@pytest.mark.parametrize("sentence, measure", [
    ("Gingival Severity Index (GSI) fell more with the mouthrinse than with brushing alone.", "GSI"),
    ("The modified gingival index (MGI) fell more with the herbal dentifrice than with the control paste.", "MGI"),
    ("Gingival bleeding index (GBI) scores fell with the interdental brush.", "GBI"),
    ("Regional cerebral perfusion on SPECT rose after 3 months of treatment.", "SPECT"),
    ("The HSS knee score improved more after the cemented prosthesis.", "HSS"),
    ("The Chronic Prostatitis Symptom Index fell by 6 points with pollen extract.", "NIH-CPSI"),
])
def test_measures_real_abstracts_name(sentence: str, measure: str) -> None:
    from extractors.fields.outcomes import learn_abbreviations, parse_outcomes

    assert measure in parse_outcomes(sentence, learn_abbreviations(sentence))


def test_global_severity_index_stays_the_symptom_inventory() -> None:
    from extractors.fields.outcomes import parse_outcomes

    assert parse_outcomes("The GSI of the Brief Symptom Inventory fell after therapy.") == ["BSI"]


MIGRAINE_TABLE = """Table 2. Randomised trials of migraine prophylaxis

Study            N     Intervention               Comparator     Outcome          Result
Okafor 2019      120   Magnesium citrate 600 mg   Placebo        Migraine days    Fewer migraine days
                       daily for 12 weeks                                         than placebo (P = 0.01)
Brandt 2020      64    Riboflavin 400 mg daily    Placebo        MIDAS            No difference from
                       for 3 months               capsules                        placebo (P = 0.41)
"""

WOUND_TABLE = """Table 1  Trials of topical agents for diabetic foot ulcers

Trial              Patients   Treatment                   Control                 Healing
Moreau 2017        210        Sucrose octasulfate         Neutral                 Complete closure
                              dressing                    dressing                more often (P = 0.002)
Tanaka 2020        96         Honey-impregnated           Saline gauze            No difference in
                              alginate, daily             changed daily           closure at 12 weeks
"""

SLEEP_TABLE = """Characteristics of the included trials

Author, year        n      Intervention            Comparator        Main finding
Haddad 2018         48     Melatonin 3 mg at       Placebo           Sleep onset latency
                           bedtime for 4 weeks     tablets           shorter (P = 0.02)
Vogt 2021           150    Zolpidem 5 mg           Cognitive         Equal remission at
                           nightly                 behavioural       6 months
                                                   therapy
"""


@pytest.mark.parametrize("page, expected", [
    (MIGRAINE_TABLE, [("Okafor", 120, "positive"), ("Brandt", 64, "null")]),
    (WOUND_TABLE, [("Moreau", 210, None), ("Tanaka", 96, "null")]),
    (SLEEP_TABLE, [("Haddad", 48, "positive"), ("Vogt", 150, None)]),
])
def test_wrapped_cells_of_a_space_aligned_table_stay_in_their_row(tmp_path: Path, page: str, expected: list) -> None:
    """A row whose cells wrap onto the next line in several columns at once is one row: the
    wrapped line (first column empty) adds to the cells above it, not a row of its own."""
    claims = [c for c in page_claims(tmp_path, page) if c.context == "table"]
    assert [(c.study.first_author, c.n) for c in claims] == [(author, n) for author, n, _ in expected]
    for claim, (_, _, direction) in zip(claims, expected):
        if direction:
            assert claim.direction == direction


def test_wrapped_row_carries_its_continuation_lines(tmp_path: Path) -> None:
    claims = [c for c in page_claims(tmp_path, SLEEP_TABLE) if c.context == "table"]
    assert "bedtime for 4 weeks" in claims[0].evidence.text and "shorter (P = 0.02)" in claims[0].evidence.text
    assert "therapy" in claims[1].evidence.text
    assert claims[0].comparator == "placebo"
