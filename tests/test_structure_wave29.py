"""Page structures real text brings (wave 29): an abstract quoted on a shop or blog page is a cited
study's prose claim; publishers' abstract labels are section headings; a registry record is one
claim of its own trial with N from its enrolment field."""

from pathlib import Path

from extractors.blocks import section_label
from saved_page import ingest_page, page_claims

SHOP_PAGE = """Home | Shop | Supplements | Cart (0)

Calm Roots Magnesium Complex - 120 capsules

$29.99 Add to cart

The research behind it

Effect of magnesium supplementation on primary insomnia in elderly people: a double-blind placebo-controlled clinical trial. Journal of Sleep and Ageing, 2012.

Background: Insomnia is common in older adults and magnesium intake is often low in this group.
Methods: Forty-six elderly subjects were randomly allocated to receive 500 mg magnesium or placebo daily for 8 weeks. The Insomnia Severity Index (ISI) was recorded at baseline and after the intervention.
Results: Magnesium supplementation significantly decreased ISI score compared with placebo (P = 0.006).
Conclusion: Supplementation of magnesium appears to improve subjective measures of insomnia.

Shipping & returns | Contact us
"""

BLOG_PAGE = """Posted by Jo Rivera in Research

Our favourite knee study this month.

Purpose: To assess whether a daily turmeric extract reduces knee pain.
Subjects and methods: Eighty adults with knee osteoarthritis were randomly assigned to 1000 mg curcuminoids or placebo for 12 weeks; pain was rated with the WOMAC.
Findings: WOMAC pain fell more with curcuminoids than with placebo (P = 0.01).
Interpretation: Curcuminoids eased knee pain.

Reference: Haddad R, Olsen K. Curcuminoids for knee osteoarthritis: a randomized trial. J Joint Health. 2020;8(2):44-51. doi:10.5555/jjh.2020.044

Leave a reply
"""

JOURNAL_PAGE = """Cognitive behavioural therapy for insomnia in adults with chronic pain: a randomised trial

Okafor CN, Marsh AB, Lindqvist P

Pain Med Rev. 2021;14(3):201-210. doi: 10.1234/pmr.2021.0042

Buy article PDF USD 39.95

Abstract

Importance: Insomnia is frequent in chronic pain.
Objective: To test whether CBT-I improves sleep in adults with chronic pain.
Design, Setting and Participants: Randomised trial in three pain clinics; 150 adults with chronic back pain and insomnia.
Interventions: Six weekly sessions of CBT-I or sleep hygiene education.
Main Outcomes and Measures: Insomnia Severity Index (ISI) at 12 weeks.
Findings: CBT-I lowered ISI more than sleep hygiene education (difference -4.1 points; P < .001).
Interpretation: CBT-I improves insomnia in chronic pain.
"""


def test_abstract_on_a_shop_page_is_the_cited_papers_prose_claim(tmp_path: Path) -> None:
    (claim,) = [c for c in page_claims(tmp_path, SHOP_PAGE) if c.n is not None]
    assert claim.context == "prose" and not claim.study.own
    assert (claim.study.venue, claim.study.year) == ("Journal of Sleep and Ageing", 2012)
    assert (claim.n, claim.comparator, claim.outcome_measures, claim.direction) == (46, "placebo", ["ISI"], "positive")


def test_abstract_on_a_blog_takes_the_reference_under_it_and_that_line_is_no_claim(tmp_path: Path) -> None:
    claims = page_claims(tmp_path, BLOG_PAGE)
    (claim,) = claims
    assert claim.context == "prose" and not claim.study.own
    assert (claim.study.first_author, claim.study.year, claim.study.doi) == ("Haddad", 2020, "10.5555/jjh.2020.044")
    assert (claim.n, claim.outcome_measures, claim.direction) == (80, ["WOMAC"], "positive")


def test_abstract_in_quotation_marks_is_quoted(tmp_path: Path) -> None:
    page = ("Why we use zinc lozenges\n\n“Background: Colds are frequent in adults. Methods: Sixty adults with a new cold were "
            "randomly assigned to zinc acetate lozenges or placebo. Results: Colds were 2.7 days shorter with zinc than with "
            "placebo (P < 0.01). Conclusion: Zinc lozenges shortened colds.”\n\n"
            "Prasanna K, Liu W (2015). Zinc acetate lozenges for the common cold: a randomised trial. Fam Med Res, 3(1), 12-19.\n")
    doc = ingest_page(tmp_path, page)
    assert doc.meta.quoted and (doc.meta.journal, doc.meta.year) == ("Fam Med Res", 2015)


def test_journal_page_behind_a_paywall_stays_its_own_study_under_publisher_labels(tmp_path: Path) -> None:
    (claim,) = page_claims(tmp_path, JOURNAL_PAGE)
    assert claim.context == "abstract" and claim.study.own
    assert (claim.n, claim.comparator, claim.outcome_measures, claim.direction) == (
        150, "sleep hygiene education", ["ISI"], "positive")


def test_publisher_abstract_labels_are_section_headings() -> None:
    for heading in ("Purpose", "Importance", "Findings", "Interpretation", "Subjects and Methods",
                    "Design, Setting, and Participants", "Main Outcomes and Measures", "Key Points", "Objectives"):
        assert section_label(heading) == "main", heading


CLINICALTRIALS = """ClinicalTrials.gov

Vitamin D3 for Knee Osteoarthritis Pain in Older Adults

ClinicalTrials.gov ID NCT04412345
Sponsor: University of Northfield

Study Overview
Brief Summary
The purpose of this study is to find out whether daily vitamin D3 reduces knee pain in older adults with osteoarthritis.

Study Details
Study Type: Interventional
Enrollment (Estimated): 240
Allocation: Randomized
Recruitment status: Recruiting

Arms and Interventions
Experimental: Vitamin D3
Participants take 2000 IU vitamin D3 orally once daily for 12 months.
Placebo Comparator: Placebo
Participants take a matching placebo capsule once daily for 12 months.

Primary Outcome Measures
Change in WOMAC pain score [Time Frame: baseline to 12 months]
"""

ISRCTN = """ISRCTN registry

ISRCTN 48213377
Probiotic yoghurt to prevent antibiotic-associated diarrhoea in nursing home residents

Overall study status: Ongoing
Recruitment status: Recruiting

Study information
Primary study design: Interventional
Target number of participants: 320
Intervention: Residents are randomised to a probiotic yoghurt drink twice daily or an identical placebo drink for the course of antibiotics.
Primary outcome measure: Incidence of antibiotic-associated diarrhoea within 8 weeks
"""

ANZCTR = """Australian New Zealand Clinical Trials Registry

Registration number ACTRN12623000456789
Public title Melatonin for delirium prevention after hip fracture surgery
Study type Interventional
Recruitment status Not yet recruiting
Anticipated sample size 210
Description of intervention(s) / exposure Participants will take melatonin 3 mg at night for 5 nights starting the evening before surgery.
Comparator / control treatment Identical placebo tablet at night for 5 nights.
Primary outcome Incidence of delirium measured with the Confusion Assessment Method (CAM) over the first 5 postoperative days.
"""


def test_registry_records_are_one_own_claim_with_id_and_enrolment(tmp_path: Path) -> None:
    for page, registry_id, n in ((CLINICALTRIALS, "NCT04412345", 240), (ISRCTN, "ISRCTN48213377", 320),
                                 (ANZCTR, "ACTRN12623000456789", 210)):
        (claim,) = page_claims(tmp_path, page)
        assert claim.study.registry_ids == [registry_id] and claim.study.own, registry_id
        assert (claim.n, claim.comparator, claim.direction) == (n, "placebo", "unknown"), registry_id


def _table(tmp_path: Path, lines: list[str]) -> list:
    return [c for c in page_claims(tmp_path, "\n".join(lines) + "\n", "review.md") if c.context == "table"]


def test_arm_rows_left_aligned_by_a_copy_join_their_study(tmp_path: Path) -> None:
    claims = _table(tmp_path, [
        "Study | Design | Country | Group | Participants (n) | Intervention | Outcomes |",
        "---|---|---|---|---|---|---|",
        "Okonkwo 2019 [4] | Double-blind RCT | Nigeria | I | 40 | Zinc sulfate 20 mg/day + ORS | Stool output |",
        "C | 38 | ORS alone | Stool output | |||",
        "Brandt 2021 [5] | Open-label RCT | Germany | I | 55 | Racecadotril 1.5 mg/kg + ORS | Duration of diarrhoea |",
        "C | 57 | Placebo + ORS | Duration of diarrhoea | |||"])
    assert [(c.study.first_author, c.n, c.comparator) for c in claims] == [
        ("Okonkwo", 78, "ors alone"), ("Brandt", 112, "placebo")]
    assert [(d.value, d.unit) for d in claims[0].dose] == [(20.0, "mg/day")]  # the control arm's dose is not the claim's
    assert claims[0].evidence.text.endswith("ORS alone | Stool output | |||")


def test_arm_rows_with_blank_or_repeated_study_cells_join_their_study(tmp_path: Path) -> None:
    claims = _table(tmp_path, [
        "| Author, year | Arm | N | Treatment | Main outcome |",
        "|---|---|---|---|---|",
        "| Lindqvist 2018 | Active | 31 | Nicotinamide 4% gel twice daily | Lesion count |",
        "| | Control | 29 | Vehicle gel twice daily | Lesion count |",
        "| Haddad 2022 | Active | 64 | Psilocybin 25 mg | MADRS |",
        "| Haddad 2022 | Control | 60 | Niacin 100 mg | MADRS |"])
    assert [(c.study.first_author, c.n, c.comparator) for c in claims] == [
        ("Lindqvist", 60, "placebo"), ("Haddad", 124, "niacin")]


def test_a_blank_reference_cell_or_a_second_outcome_row_is_no_arm(tmp_path: Path) -> None:
    claims = _table(tmp_path, [
        "| Study | Ref | N | Intervention | Outcome |",
        "|---|---|---|---|---|",
        "| Osei 2016 | [3] | 48 | Melatonin 3 mg | PSQI |",
        "| Varga 2019 | | 52 | Melatonin 5 mg | PSQI |",
        "| | | 52 | Melatonin 5 mg | ESS |"])
    assert [(c.study.first_author, c.n) for c in claims][:2] == [("Osei", 48), ("Varga", 52)]


def test_a_left_aligned_arm_row_with_an_empty_cell_of_its_own_lines_up_by_label_and_count(tmp_path: Path) -> None:
    claims = _table(tmp_path, [
        "First author | Design | Setting | Arm | n | Regimen | Endpoint |",
        "---|---|---|---|---|---|---|",
        "Moreau P 2020, (12) | Randomized, double-blind trial | France | E | 88 | Colchicine 0.5 mg daily | |",
        "C | 90 | Standard care | |||||"])
    (claim,) = claims
    assert (claim.study.first_author, claim.n, claim.comparator) == ("Moreau", 178, "treatment as usual")


def test_a_repeated_design_in_the_study_column_is_no_arm(tmp_path: Path) -> None:
    claims = _table(tmp_path, [
        "| Study (type) | N | Intervention | Result |",
        "|---|---|---|---|",
        "| RCT | 70 | Tamsulosin 0.4 mg daily vs placebo | Stone passage 79% vs 61% |",
        "| RCT | 52 | Nifedipine 30 mg daily vs placebo | No difference in stone passage |"])
    assert [c.n for c in claims] == [70, 52]
