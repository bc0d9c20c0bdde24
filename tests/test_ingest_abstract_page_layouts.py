"""Abstract-page layouts met on real pages: a Key Points box, a PMC author-manuscript header,
"Document Type" and affiliation lines, a conference abstract without a title; and a
commentary abstract that discusses other trials, which is no study's own page."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.model import Document


def read(tmp_path: Path, text: str, name: str = "page.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest(str(path))


def abstract_text(doc: Document) -> str:
    assert doc.meta.abstract_start is not None and doc.meta.abstract_end is not None
    return doc.text[doc.meta.abstract_start : doc.meta.abstract_end]


KEY_POINTS_UNTITLED = """Key PointsQuestion
Does adding zinc to usual care shorten recovery from community-acquired pneumonia in older adults?
Findings
In this randomized clinical trial of 402 adults aged 65 years or older, recovery time did not differ between zinc and placebo.
Meaning
These findings do not support routine zinc supplementation for older adults admitted with pneumonia.
Importance
Zinc deficiency is common in older adults and has been linked to poor outcomes of infection.
Objective
To determine whether daily zinc shortens time to clinical recovery.
Design, Setting, and Participants
This double-blind, placebo-controlled trial enrolled adults admitted to 9 hospitals between 2016 and 2019.
Interventions
Participants were randomized to zinc sulfate 45 mg/d or matching placebo for 14 days.
"""


@pytest.mark.parametrize("first_line", ["Key PointsQuestion", "Key Points\nQuestion", "KEY POINTS\nQUESTION:"])
def test_key_points_box_without_title_is_one_own_abstract_from_the_box_on(tmp_path: Path, first_line: str) -> None:
    text = KEY_POINTS_UNTITLED.replace("Key PointsQuestion", first_line)
    doc = read(tmp_path, text)
    assert doc.meta.is_study
    assert doc.meta.abstract_start == 0
    assert "recovery time did not differ" in abstract_text(doc)
    assert "for 14 days" in abstract_text(doc)


KEY_POINTS_TITLED = """Effect of Nightly Pitolisant on Daytime Sleepiness in Shift Workers: A Randomized Clinical Trial

Anneke Vos, MD; Tomasz Zielinski, PhD; Ruth Adebayo, MD

JAMA Invent. 2021;4(6):e211234. doi:10.5555/jamainv.2021.1234

Key Points
Question
Does pitolisant reduce daytime sleepiness in night-shift workers?
Findings
In this trial of 188 shift workers, sleepiness scores fell more with pitolisant than with placebo.
Meaning
Pitolisant may help shift workers with excessive sleepiness.

Abstract
Importance
Shift-work disorder impairs safety at work.
Objective
To test whether pitolisant reduces daytime sleepiness.
Design, Setting, and Participants
A randomized clinical trial at 4 occupational health clinics.
Results
Of 188 participants randomized, 176 completed; Epworth scores fell by 4.1 vs 2.0 points (P = .003).
Conclusions and Relevance
Pitolisant reduced sleepiness in shift workers.
"""


def test_key_points_box_above_the_abstract_heading_belongs_to_the_abstract(tmp_path: Path) -> None:
    doc = read(tmp_path, KEY_POINTS_TITLED)
    assert doc.meta.is_study
    assert doc.meta.title.startswith("Effect of Nightly Pitolisant")
    assert doc.meta.journal == "JAMA Invent"
    abstract = abstract_text(doc)
    assert abstract.startswith(("Key Points", "Question"))
    assert "sleepiness scores fell more with pitolisant" in abstract
    assert "Pitolisant reduced sleepiness" in abstract


PMC_HEADER = """NIHPA Author Manuscripts logo
{header}

Bright Light Therapy for Antepartum Depression: A Randomized Sham-Controlled Trial

Helga M Brandt 1, Oluwaseun Adeyemi 2, Kenji Ito 1,3
PMCID: PMC9990001  NIHMSID: NIHMS990001  PMID: 39990001

Abstract

Antepartum depression is common and few treatments are considered safe in pregnancy. We randomized 64 pregnant women
with major depression to 60 minutes of bright white light or dim red sham light each morning for 6 weeks. Depression
scores improved more with bright light than with sham (HAMD change 9.1 vs 5.2 points, P = .01).
"""


@pytest.mark.parametrize("header", [
    (". Author manuscript; available in PMC: 2015 Mar 1.\n"
     "Published in final edited form as: J Invent Psychiatry. 2014 Feb 12;75(5):477-485. doi: 10.5555/jip.2014.0477"),
    ("J Invent Psychiatry. Author manuscript; available in PMC 2015 March 01.\n"
     "Published in final edited form as: J Invent Psychiatry.\n2014 Feb 12;75(5):477-485. doi: 10.5555/jip.2014.0477"),
    ("Author manuscript; available in PMC 2015 Mar 1.\nPublished in final edited form as:\n"
     "J Invent Psychiatry. 2014 Feb; 75(5): 477–485. doi:10.5555/jip.2014.0477."),
])
def test_pmc_author_manuscript_header_is_metadata_naming_the_journal(tmp_path: Path, header: str) -> None:
    doc = read(tmp_path, PMC_HEADER.format(header=header))
    assert doc.meta.is_study
    assert doc.meta.journal == "J Invent Psychiatry"
    assert doc.meta.year == 2014
    assert doc.meta.doi == "10.5555/jip.2014.0477"
    header_end = doc.text.index("Bright Light Therapy")
    header = [b for b in doc.blocks if b.end <= header_end and "logo" not in doc.text[b.start : b.end]]
    assert header and all(b.label != "main" for b in header)


DOCUMENT_TYPE_PAGE = """A Randomized Trial of Riboflavin for Prevention of Menstrual Migraine

{doc_type}


1 Department of Neurology, Invented University of Medical Sciences, Shiraz, Iran

2 Clinical Research Center, Invented University of Medical Sciences, Shiraz, Iran.


Background and Objective: Menstrual migraine responds poorly to usual prophylaxis. We assessed riboflavin as an add-on.
Subjects and Methods: In this double-blind trial, 90 women were randomized to riboflavin 400 mg/day or placebo added to naproxen; attack frequency fell more with riboflavin (P = 0.02).
Conclusion: Riboflavin added to naproxen reduced menstrual migraine attacks.
"""


@pytest.mark.parametrize("doc_type", ["Document Type : Original Article", "Article type: Research Article", "Type of article: Original",
                                      "Publication Type: Original Research"])
def test_document_type_and_affiliation_lines_sit_between_title_and_abstract(tmp_path: Path, doc_type: str) -> None:
    doc = read(tmp_path, DOCUMENT_TYPE_PAGE.format(doc_type=doc_type))
    assert doc.meta.is_study
    assert doc.meta.title == "A Randomized Trial of Riboflavin for Prevention of Menstrual Migraine"
    assert abstract_text(doc).startswith("Background and Objective")


def test_a_review_named_by_its_document_type_stays_no_study(tmp_path: Path) -> None:
    doc = read(tmp_path, DOCUMENT_TYPE_PAGE.format(doc_type="Document Type : Review Article"))
    assert not doc.meta.is_study


COMMENTARY = """Skip to main content

  • Practice Point
  • Published:

Gabapentinoids for restless legs: is the long-term evidence good enough?

Abstract

{opening} In Haverford et al.'s study, 61% of patients taking 300 mg/day pregabalin were responders at 52 weeks. In Lindgren
et al.'s study, relapse was less frequent on gabapentin enacarbil than on placebo (9% vs 23%).
"""


@pytest.mark.parametrize("opening", [
    "This Practice Point commentary discusses two long-term trials in restless legs syndrome.",
    "In this editorial, we discuss two recent long-term trials.",
    "This Viewpoint considers the first long-term trials in restless legs syndrome.",
])
def test_commentary_abstract_on_other_trials_is_no_own_study(tmp_path: Path, opening: str) -> None:
    doc = read(tmp_path, COMMENTARY.format(opening=opening))
    assert not doc.meta.is_study


CONFERENCE = """{lead}Background: Early treatment of psoriatic arthritis may prevent joint damage.
Methods: Adults with untreated psoriatic arthritis (n=212) were randomized to methotrexate 15 mg weekly or placebo for 24 weeks.
Results: ACR20 response was 41% with methotrexate and 22% with placebo (p<0.001).
Conclusions: Methotrexate was effective in early psoriatic arthritis.
"""


@pytest.mark.parametrize("lead", [
    "", "OP0123\n", "Objective: To test methotrexate early.\n", "A. Kowalski1, B. Nguyen2, C. Rossi1\n",
    "POS0456\nA. Kowalski1, B. Nguyen2\n1Department of Rheumatology, Invented University Hospital, Oslo, Norway\n",
])
def test_untitled_conference_abstract_is_one_own_abstract(tmp_path: Path, lead: str) -> None:
    doc = read(tmp_path, CONFERENCE.format(lead=lead))
    assert doc.meta.is_study
    assert "ACR20 response" in abstract_text(doc)


REVIEW_PAGE = """Zuranolone for Postpartum Depression: A Review

Maria Okonkwo, PharmD, BCPP1, Derek Halvorsen, PharmD1, and Priya Raman, PharmD, BCPS2

{masthead}
journals.example.com/home/jip

Abstract

Objective: To review the efficacy and safety of zuranolone for postpartum depression. Data Sources: A literature search of
PubMed was performed through March 2023. Study Selection and Data Extraction: Phase 3 trials in English were included.
Data Synthesis: In 2 phase 3 trials, zuranolone 50 mg daily for 14 days reduced depressive symptoms more than placebo.
Conclusions: Zuranolone is an option for postpartum depression.
"""


@pytest.mark.parametrize("masthead", [
    "Journal of Invented Pharmacy 1–9\n© The Author(s) 2023\nDOI: 10.5555/10600280231111",
    "Journal of Invented Pharmacy 1-9\n(c) The Authors, 2023 Article reuse guidelines:\nexample.com/permissions DOI: 10.5555/10600280231111",
])
def test_review_abstract_page_with_publisher_masthead_is_the_reviews_own_record(tmp_path: Path, masthead: str) -> None:
    doc = read(tmp_path, REVIEW_PAGE.format(masthead=masthead))
    assert doc.meta.is_study
    assert doc.meta.journal == "Journal of Invented Pharmacy"
    assert doc.meta.year == 2023
    assert doc.meta.doi == "10.5555/10600280231111"
    assert abstract_text(doc).startswith("Objective: To review")


def test_a_review_page_whose_abstract_is_not_a_structured_review_abstract_stays_no_study(tmp_path: Path) -> None:
    unstructured = REVIEW_PAGE.format(masthead="Journal of Invented Pharmacy 1–9\n© The Author(s) 2023").replace(
        "Data Sources: ", "").replace("Study Selection and Data Extraction: ", "").replace("Data Synthesis: ", "")
    assert not read(tmp_path, unstructured).meta.is_study


STACKED_BYLINE = """Anxiolytic effect of Melissa officinalis extract in the elevated plus maze in mice

Main Article Content

Parisa Ghorbani
Reza Moshiri *
Leila Sadeghi
Amin Farahani
(*) Corresponding Author:
Reza Moshiri | rmoshiri@example.org


Anxiety disorders are common. In the present study, 48 male mice received Melissa officinalis extract (25, 50 and 100 mg/kg)
or vehicle, and diazepam 1 mg/kg served as positive control. The extract at 50 and 100 mg/kg increased open-arm time compared
with vehicle, without changing locomotor activity. These results suggest an anxiolytic-like effect of the extract.

Downloads month by month
"""


def test_title_with_a_byline_one_author_per_line_and_an_unlabelled_abstract(tmp_path: Path) -> None:
    doc = read(tmp_path, STACKED_BYLINE)
    assert doc.meta.is_study
    assert doc.meta.title.startswith("Anxiolytic effect of Melissa")
    assert doc.meta.authors[:2] == ["Ghorbani P", "Moshiri R"]
    assert "48 male mice" in abstract_text(doc)


def test_a_registry_record_with_label_lines_has_no_stacked_byline(tmp_path: Path) -> None:
    record = STACKED_BYLINE.replace("Parisa Ghorbani\nReza Moshiri *\nLeila Sadeghi\nAmin Farahani\n",
                                    "Overall Status\nCompleted\nStudy Details\nBrief Summary\n")
    assert not read(tmp_path, record).meta.authors


UNLABELLED_CONFERENCE = """{lead}To report 2-year results of the open-label extension of a phase 3 trial of donanemab in early Alzheimer disease.

In the 18-month placebo-controlled period, donanemab slowed clinical decline. Participants could then enter an open-label extension.

Overall, 1102 participants entered the extension. Participants who started donanemab early kept their advantage on CDR-SB over those who started it later, and amyloid remained low.
"""


@pytest.mark.parametrize("lead", ["", "P2-117\n", "Objective: "])
def test_untitled_unlabelled_abstract_opening_with_its_aim_is_one_own_abstract(tmp_path: Path, lead: str) -> None:
    doc = read(tmp_path, UNLABELLED_CONFERENCE.format(lead=lead))
    assert doc.meta.is_study and doc.meta.abstract_only
    assert "1102 participants" in abstract_text(doc)


@pytest.mark.parametrize("opening", ["Cinnamon has been used for centuries.", "We all know the feeling."])
def test_a_short_post_without_an_aim_opening_is_no_abstract(tmp_path: Path, opening: str) -> None:
    post = UNLABELLED_CONFERENCE.format(lead="").replace(
        "To report 2-year results of the open-label extension of a phase 3 trial of donanemab in early Alzheimer disease.", opening)
    assert not read(tmp_path, post).meta.is_study


FIELD_RECORD = """Open Journals Index
Sharing peer-reviewed research

Effect of saffron extract on immobility in the tail suspension test in mice
Author(s): Neda Karimi | Hamed Sobhani | Arash Vahedi
Journal: Invented Journal of Phytotherapy
Volume: 4;
Date: 2014;
Original page

Objective: To test saffron extract for antidepressant-like activity. Materials and Methods: Forty mice received saffron extract (10, 20 or 40 mg/kg) or saline. Results: Immobility fell at 20 and 40 mg/kg compared with saline (p < 0.05). Conclusion: Saffron extract had an antidepressant-like effect.
"""


def test_labelled_journal_and_date_fields_name_the_venue_not_the_title(tmp_path: Path) -> None:
    doc = read(tmp_path, FIELD_RECORD)
    assert doc.meta.is_study
    assert doc.meta.title == "Effect of saffron extract on immobility in the tail suspension test in mice"
    assert doc.meta.journal == "Invented Journal of Phytotherapy"
    assert doc.meta.year == 2014


PMC_LOGO_PAGE = """Skip to main content
Invent Med J : Invented Medical Journal logoLink to Invent Med J : Invented Medical Journal
. 2016 Mar 8;188(4):E61–E70. doi: 10.5555/imj.150333

Effects of vitamin D supplementation on wheeze in preschool children: systematic review and meta-analysis

Hana Kowalczyk 1, Tariq Osei 1, Ines Barros-Lima 2, Guo Wen 1,
PMCID: PMC9990002  PMID: 39990002

Abstract

Background: Vitamin D may reduce viral wheeze.
Methods: We searched MEDLINE and Embase for randomized controlled trials of vitamin D in children aged 1 to 5 years.
Results: Eleven trials with 2140 children were included; vitamin D reduced wheezing episodes (risk ratio 0.81).
Conclusions: Vitamin D may reduce wheeze in preschool children.
"""


def test_pmc_logo_masthead_and_a_byline_of_marked_full_names(tmp_path: Path) -> None:
    doc = read(tmp_path, PMC_LOGO_PAGE)
    assert doc.meta.is_study
    assert doc.meta.title.startswith("Effects of vitamin D supplementation")
    assert doc.meta.authors[:2] == ["Kowalczyk H", "Osei T"]
    assert doc.meta.journal == "Invent Med J"
    assert doc.meta.year == 2016


def test_untitled_conference_abstract_keeps_its_authors(tmp_path: Path) -> None:
    doc = read(tmp_path, CONFERENCE.format(lead="A. Kowalski1, B. Nguyen2, C. Rossi1\n"))
    assert doc.meta.authors == ["Kowalski A", "Nguyen B", "Rossi C"]


@pytest.mark.parametrize("heading", ["Abstract\n", "Visual Abstract\nAbstract\n"])
def test_key_points_box_above_an_abstract_heading_without_title(tmp_path: Path, heading: str) -> None:
    doc = read(tmp_path, KEY_POINTS_UNTITLED.replace("Importance\n", heading + "Importance\n"))
    assert doc.meta.is_study and doc.meta.abstract_start == 0
    assert "for 14 days" in abstract_text(doc)


def test_key_points_box_between_a_bare_title_and_the_abstract_heading(tmp_path: Path) -> None:
    text = "Zinc for Pneumonia in Older Adults: A Randomized Clinical Trial\n\n" + KEY_POINTS_UNTITLED.replace(
        "Importance\n", "Abstract\nImportance\n")
    doc = read(tmp_path, text)
    assert doc.meta.title == "Zinc for Pneumonia in Older Adults: A Randomized Clinical Trial"
    assert abstract_text(doc).startswith("Key Points")


PUBLISHER_PAGE = """Oral nitrate lowers home blood pressure in treated hypertension: a double-blind, randomised crossover trial
Published online by Invented University Press: 19 March 2021
Aoife M. Kerrigan*
Affiliation:
Respiratory Department, St Kevin's Hospital, Blanchardstown, Dublin 15, Ireland
Eamon Dolan
Affiliation:
Acute Stroke Unit, Department of Medicine for the Elderly, St Kevin's Hospital, Dublin 15, Ireland
Philippa E. James
Affiliation:
School of Health Sciences, Invented Metropolitan University, Llandaff Campus, Cardiff, UK
*Corresponding author: A. M. Kerrigan, email a.kerrigan@example.ie

Abstract
Twenty adults with treated but uncontrolled hypertension drank nitrate-rich beetroot juice or nitrate-depleted juice for 7 days each in random order. Daytime systolic pressure fell by 8 mmHg more with nitrate (p = 0.01). Oral nitrate lowered ambulatory blood pressure.
"""


def test_a_publisher_page_with_one_author_per_line_and_their_affiliations_is_one_study(tmp_path: Path) -> None:
    doc = read(tmp_path, PUBLISHER_PAGE)
    assert doc.meta.is_study and doc.meta.title.startswith("Oral nitrate lowers home blood pressure")
    assert doc.text[doc.meta.abstract_start:doc.meta.abstract_end].startswith("Twenty adults")
    blog = PUBLISHER_PAGE.replace("Published online by Invented University Press: 19 March 2021\n", "").replace(
        "\nAbstract\n", "\nWhat I made of it\n")
    assert not read(tmp_path, blog, "blog.txt").meta.is_study  # no Abstract heading and no identity line: no study page


def test_a_pubmed_mirror_names_its_study_by_the_short_citation_not_the_publication_type(tmp_path: Path) -> None:
    page = ("Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation\n"
            "Randomized Controlled Trial\n. 2019 Mar 21:360:k851.\ndoi: 10.5555/inv.k851.\n\n"
            "Effect of qigong versus walking for chronic neck pain: a randomized controlled trial\n\n"
            "Affiliations\nRandomized Controlled Trial\n\n"
            "Effect of qigong versus walking for chronic neck pain: a randomized controlled trial\n\n"
            "Marta Okonkwo et al. Invented Pain J. .\n\nAbstract\n\n"
            "Objectives: To compare qigong with walking for neck pain.\n\n"
            "Participants: 120 adults with chronic neck pain were randomised.\n\n"
            "Results: Pain scores fell more with qigong (p = 0.02).\n\n"
            "Conclusions: Qigong eased neck pain more than walking.\n")
    meta = read(tmp_path, page).meta
    assert meta.title == "Effect of qigong versus walking for chronic neck pain: a randomized controlled trial"
    assert meta.authors == ["Okonkwo M"]


def test_a_trial_registration_section_ends_the_abstract_with_its_id(tmp_path: Path) -> None:
    page = ("Abstract\nBackground\nNitrate may lower blood pressure.\nMethod\nThirty adults were randomized to beetroot "
            "juice or placebo juice in a crossover study.\nResults\nSystolic pressure fell more after beetroot (P = 0.03).\n"
            "Conclusions\nBeetroot juice lowers blood pressure.\nTrial registration\nanzctr.org.au ACTRN12612000445875\n"
            "Keywords: Beetroot, Blood pressure\n\nBackground\nNitrate has drawn interest for decades [1].\n")
    doc = read(tmp_path, page)
    assert doc.text[doc.meta.abstract_start:doc.meta.abstract_end].endswith("ACTRN12612000445875")
    cut = page.replace("anzctr.org.au ACTRN12612000445875\n", "")
    doc = read(tmp_path, cut, "cut.txt")
    assert doc.text[doc.meta.abstract_start:doc.meta.abstract_end].endswith("lowers blood pressure.")


def test_a_journal_page_with_numbered_authors_and_affiliations_is_one_study(tmp_path: Path) -> None:
    page = ("Article Text\nDownload PDF\nResearch paper\n\n"
            "Randomised trial comparing melatonin 3 mg, amitriptyline 25 mg and placebo for cluster headache\n\n"
            "1. Ana Lúcia Duarte1,2,\n2. Bruno Teixeira Ramos2,\n3. Maria Fernanda Prieto Lopes1\n"
            "1. 1Invented Hospital, Recife, Brazil\n2. 2Instituto de Neurologia, Universidade Inventada, Recife, Brazil\n"
            "1. Correspondence to Dr Maria Fernanda Prieto Lopes, Invented Hospital, Recife\n\n"
            "Abstract\n\nIntroduction Melatonin may prevent headache.\n\n"
            "Methods A randomised, double-blind trial assigned 150 adults to melatonin 3 mg, amitriptyline 25 mg or placebo.\n\n"
            "Results Headache days fell more with melatonin than placebo (p = 0.01).\n")
    meta = read(tmp_path, page).meta
    assert meta.is_study and meta.title.startswith("Randomised trial comparing melatonin")


HINDAWI_PAGE = """Invented Publishing Corporation
International Journal of Invented Pharmacology
Volume 2014, Article ID 687697, 5 pages
http://dx.doi.org/10.5555/2014/687697
Research Article
The Study of Analgesic Effects of an Invented Herb in Mice by Formalin and Hot Plate Tests
Masoume Rahimi,1 Mandana Sabouri,1 and Azam Bakhtiari2
1
Department of Pharmacology, Invented University, Tehran, Iran
Received 22 April 2014; Accepted 19 June 2014; Published 1 September 2014

Copyright © 2014 Masoume Rahimi et al. This is an open access article distributed under the Creative Commons Attribution License.

The herb is a member of the mint family. We evaluated its analgesic effects in male mice given 125, 250 or 500 mg/kg of extract or saline, in the formalin and hot plate tests, with 8 mice per group.

The hot plate test showed an antinociceptive effect at 500 mg/kg, and both phases of the formalin test were reduced at 250 and 500 mg/kg compared with saline.

1. Introduction
""" + "Pain remains a major problem and many plants are used for it in folk medicine [1]. " * 30


def test_a_full_paper_under_a_publishers_masthead_is_its_own_study(tmp_path: Path) -> None:
    doc = read(tmp_path, HINDAWI_PAGE)
    meta = doc.meta
    assert meta.is_study and meta.title.startswith("The Study of Analgesic Effects") and meta.doi == "10.5555/2014/687697"
    assert doc.text[meta.abstract_start:meta.abstract_end].startswith("The herb is a member")
    review = HINDAWI_PAGE.replace("We evaluated its analgesic effects in male mice given", "In this review, we discuss doses of")
    assert not read(tmp_path, review, "review.txt").meta.is_study
