"""Abstract pages saved in four more layouts, each read as the page's own study (all trials, names and
journals are invented):

1. labels with neither colon nor line break ("Methods Using a randomized ...") under a journal breadcrumb;
2. a PMC abstract without a title ("Abstract / Objective / Methods / Results / Conclusion / Keywords") that runs on
   into its Introduction: the abstract ends at Keywords or at the Introduction;
3. a PDF text copy: title, byline with affiliation marks, affiliation block, an unlabelled aim sentence, then
   "Methods:" and "Results:";
4. a PDF copy with a running header ("Cureus 0013 00000013743") and numbered affiliations run on to "Abstract".

A news or review page using the same words stays prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import ingest_page, own_abstract

# 1. Bare labels, no colon ------------------------------------------------------------------------------------------

_BARE_LABEL_PAGES = [
    ("""HomeHealth Sciences Journalvol. 5 no. 1 (2016)

A comparative study of witch hazel gel and hydrocortisone cream for mild atopic dermatitis in children



Introduction The researchers aimed to compare witch hazel gel with hydrocortisone cream for mild eczema.

Methods Using a randomized single blinded trial, 84 children with mild eczema were allocated to witch hazel gel or hydrocortisone cream for three weeks. Severity was scored with the SCORAD index.

Results Both groups improved from baseline, and the difference between groups was not significant.

Conclusion Witch hazel gel is comparable to hydrocortisone cream for mild eczema.
""", "Introduction The researchers", "Conclusion Witch hazel", "Health Sciences Journal", 2016),
    ("""HomeJournal of Rural Medicinevol. 12 no. 3 (2021)

Oral zinc for acute diarrhoea in children under five: a randomised trial from three district hospitals

Background Diarrhoea remains a leading cause of death in young children in rural districts.

Methods We randomised 212 children aged 6-59 months to zinc 20 mg daily or placebo for 10 days.

Results Stool output fell faster with zinc than with placebo (p=0.02).

Conclusions Zinc shortened acute diarrhoea in young children.
""", "Background Diarrhoea", "Conclusions Zinc", "Journal of Rural Medicine", 2021),
    ("""Cardiology Reports Online

Walking programmes after cardiac surgery: a pragmatic trial

Objective To test whether a supervised walking programme improves exercise capacity after bypass surgery.

Methods Adults recovering from coronary bypass (n=96) were randomly assigned to supervised walking or usual care for 8 weeks.

Results The six-minute walk distance rose more with supervised walking (mean difference 41 m, p<0.001).

Conclusion Supervised walking improved exercise capacity after cardiac surgery.
""", "Objective To test", "Conclusion Supervised walking", None, None),
]


@pytest.mark.parametrize(("page", "opening", "closing", "journal", "year"), _BARE_LABEL_PAGES)
def test_labels_without_colon_run_over_three_paragraphs_make_a_structured_abstract(
        tmp_path: Path, page: str, opening: str, closing: str, journal: str | None, year: int | None) -> None:
    doc = ingest_page(tmp_path, page)
    abstract = own_abstract(doc)
    assert abstract.startswith(opening) and closing in abstract
    assert doc.meta.title and doc.meta.title.startswith(page.split("\n\n")[1][:20])
    assert doc.meta.journal == journal and doc.meta.year == year


_BARE_LABEL_NEGATIVES = [
    # a news story with one paragraph opening "Results The ..."
    """Health news

Local hospital trial of walking after surgery

Results The hospital said patients who walked more went home sooner, though the numbers were small.

Officials hope to extend the scheme next year. A spokesperson said more staff would be needed.
""",
    # a review whose paragraphs open with label-like words used as ordinary words
    """A narrative review of exercise after cardiac surgery

Background reading on cardiac rehabilitation is vast, and this review covers only the main trials.

Methods of rehabilitation differ between countries, from supervised walking to home programmes.

Results from these trials have been mixed, with most showing small gains in exercise capacity.

Conclusions are hard to draw because the trials were small.
""",
    # two labelled paragraphs only
    """Zinc for diarrhoea: what parents should know

Background Diarrhoea is common in young children and usually settles within a week.

Results The trials so far suggest zinc may shorten episodes a little.

Ask your doctor before giving any supplement to a child.
""",
]


@pytest.mark.parametrize("page", _BARE_LABEL_NEGATIVES)
def test_label_words_opening_prose_paragraphs_are_no_abstract(tmp_path: Path, page: str) -> None:
    assert not ingest_page(tmp_path, page).meta.is_study


# 2. A PMC abstract without a title, running on into the Introduction ---------------------------------------------

_PMC_PAGES = [
    ("""Abstract
Objective
To compare two intensities of low-level laser therapy for chronic neck pain.
Methods
A total of 58 patients with chronic neck pain were randomly divided into two groups receiving 4 J or 8 J per point over 12 sessions. Pain was measured with a visual analog scale (VAS) and the Neck Disability Index (NDI).
Results
VAS scores fell in both groups, and the difference between groups was not significant at 12 weeks.
Conclusion
Both intensities relieved neck pain similarly.
Keywords: neck pain, laser therapy, photobiomodulation
Introduction
Chronic neck pain affects up to a fifth of adults [1]. Laser therapy has been proposed as a treatment [2, 3], but the best dose is unknown [4]. Several trials have compared laser with sham, with mixed results [5-7].
""", "Both intensities relieved neck pain similarly."),
    ("""Abstract
Background
Constipation is common in nursing home residents.
Methods
Residents (n=120) received kiwifruit twice daily or prunes for 4 weeks.
Results
Spontaneous bowel movements rose more with kiwifruit (p=0.03).
Conclusions
Kiwifruit relieved constipation better than prunes.
1. Introduction
Constipation affects half of nursing home residents [1]. Fibre supplements are often poorly tolerated [2], and laxative use is high [3]. Fruit has been proposed as an alternative [4, 5].
""", "Kiwifruit relieved constipation better than prunes."),
    ("""Abstract
Aim
To assess melatonin for delirium prevention after hip fracture surgery.
Methods
Patients aged 70 or older (n=240) received melatonin 3 mg or placebo nightly for 5 days. Delirium was assessed with the CAM.
Results
Delirium occurred in 18% with melatonin and 21% with placebo (p=0.51).
Conclusion
Melatonin did not prevent delirium after hip fracture surgery.
Key words: delirium, melatonin, hip fracture
Introduction
Delirium after hip fracture is frequent and costly [1, 2]. Melatonin regulates sleep [3] and has been tried in intensive care [4].
""", "Melatonin did not prevent delirium after hip fracture surgery."),
]


@pytest.mark.parametrize(("page", "last_sentence"), _PMC_PAGES)
def test_untitled_structured_abstract_before_its_introduction_is_the_page_study(
        tmp_path: Path, page: str, last_sentence: str) -> None:
    doc = ingest_page(tmp_path, page)
    abstract = own_abstract(doc)
    assert abstract.rstrip().endswith(last_sentence)
    assert "Introduction" not in abstract and "words" not in abstract


def test_a_narrative_review_abstract_before_its_introduction_stays_prose(tmp_path: Path) -> None:
    page = """Abstract
Background
Many supplements are sold for joint pain.
Methods
This narrative review summarises trials of glucosamine, chondroitin and turmeric.
Results
Trials of glucosamine were mixed; turmeric looked promising in small trials (Lee 2019).
Conclusions
Evidence is weak for most supplements.
Introduction
Osteoarthritis affects millions of adults [1]. Supplements are widely used [2], and patients often ask about them [3].
"""
    assert not ingest_page(tmp_path, page).meta.is_study


# 3. A PDF text copy with no "Abstract" line ------------------------------------------------------------------------

_PDF_PAGES = [
    """Efficacy of a standardised saffron extract in mild to moderate depression: a randomized controlled trial
Lena Vogt 1, y, Pieter de Groot 2, Anil K. Rao 3z, Maria Santos 4, Tomas Berg 5 and Ines Kahn 5x on behalf of the SAFRAN Study Group

Department of Psychiatry, University of Westhaven, Westhaven, Norland 2 Institute of Clinical Research, Eastport, Norland 3 Mood Disorders Clinic, City Hospital, Northbridge, Norland 4 Faculty of Pharmacy, Southvale University, Southvale, Norland 5 Clinical Research Department, Herbal Pharma GmbH, Lindau, Norland Correspondence to: Professor L. Vogt, MD, E-mail:

To test the efficacy and safety of a saffron extract in adults with mild to moderate depression. Methods: Multi-centre trial of 260 outpatients with a HAMD score between 14 and 24. Patients were randomly allocated to 30 mg of saffron extract or placebo daily for 8 weeks. The primary outcome was the change in HAMD total score. Results: At endpoint, patients given saffron (n 130) improved by 6.1 points on the HAMD, whereas those given placebo (n 130) improved by 3.2 points (p<0.01).
""",
    """Inspiratory muscle training before lung resection: a randomised trial
Karim Haddad 1,2, Sophie Laurent 2, Yuki Tanaka 3 and Omar Farouk 1

Department of Thoracic Surgery, Royal Infirmary of Eastport, Eastport, UK 2 School of Physiotherapy, University of Eastport, Eastport, UK 3 Department of Anaesthesia, Northbridge General Hospital, Northbridge, UK Correspondence to: K. Haddad, E-mail:

To assess whether two weeks of inspiratory muscle training reduces pulmonary complications after lung resection. Methods: We randomised 148 adults awaiting lobectomy to inspiratory muscle training or usual care. Results: Postoperative pulmonary complications occurred in 12% with training and 24% with usual care (p=0.04). Conclusions: Preoperative training halved pulmonary complications.
""",
    """Topical timolol for infantile haemangioma: a double-blind randomized trial
Ana Pereira 1*, Jonas Lind 2, Mei Chen 2, David Okoro 3

1 Department of Dermatology, Children's Hospital of Southvale, Southvale, Norland 2 Department of Paediatrics, University of Westhaven, Westhaven, Norland 3 Pharmacy Unit, Southvale University Hospital, Southvale, Norland Correspondence to: Dr A. Pereira, Department of Dermatology, Children's Hospital of Southvale, Southvale, Norland, E-mail:

To evaluate topical timolol 0.5% gel for small superficial infantile haemangiomas. Methods: Infants aged 5-24 weeks (n=86) were randomised to timolol gel or vehicle gel twice daily for 24 weeks. Results: Haemangioma colour and size improved more with timolol (p<0.001). Conclusion: Topical timolol is an effective first treatment.
""",
]


@pytest.mark.parametrize("page", _PDF_PAGES)
def test_pdf_copy_with_byline_affiliations_and_inline_labels_is_the_page_study(tmp_path: Path, page: str) -> None:
    doc = ingest_page(tmp_path, page)
    abstract = own_abstract(doc)
    assert abstract.startswith("To ") and "Methods:" in abstract and "Results:" in abstract
    assert doc.meta.title == page.split("\n", 1)[0]
    for block in doc.blocks:  # the byline and affiliations above the abstract name no study of their own
        if block.end <= doc.meta.abstract_start and ("Correspondence" in doc.text[block.start:block.end]):
            assert block.label != "main"


def test_a_news_story_quoting_an_abstract_after_long_prose_stays_prose(tmp_path: Path) -> None:
    lead = ("Saffron has been used in cooking for centuries, and shoppers now find it in capsules too. "
            "Dr Lena Vogt, a psychiatrist at the University of Westhaven, said many of her patients ask about it. "
            "She warned that supplements are not regulated like medicines, and that quality varies widely between brands. ")
    page = f"""Can saffron lift your mood? What the science says

{lead * 3}

To test the efficacy of saffron in depression. Methods: A trial of 260 outpatients compared saffron with placebo. Results: Mood improved more with saffron (p<0.01).

Readers should talk to their doctor before trying saffron.
"""
    assert not ingest_page(tmp_path, page).meta.is_study


# 4. A PDF copy with a running header and numbered affiliations -----------------------------------------------------

_RUNNING_HEADER_PAGES = [
    ("""Cureus 0013 00000013743
Cureus 0013 00000013743
1. Obstetrics and Gynecology, Northbridge Institute of Medical Sciences, Northbridge, IND 2. College of Nursing, Northbridge
Institute of Medical Sciences, Eastport, IND 3. Obstetrics and Gynecology, Southvale College of Nursing, Southvale University,
Westhaven, IND
Abstract
Few systematic reviews have examined fennel for primary dysmenorrhea. This meta-analysis pooled randomized controlled trials
comparing fennel with placebo or mefenamic acid in women with primary dysmenorrhea. We searched PubMed, Embase and
the Cochrane Library. Five trials were included. Fennel reduced pain severity more than placebo (MD 1.9, 95% CI 1.1-2.7),
and fennel and mefenamic acid were equally effective.
""", "Cureus"),
    ("""Cureus 0015 00000041207
1. Internal Medicine, Eastport Medical College, Eastport, PAK 2. Cardiology, Westhaven University Hospital, Westhaven, PAK
3. Pharmacology, Southvale Institute of Health Sciences, Southvale, PAK
Abstract
Hypertension is poorly controlled in many clinics. We conducted a randomized trial of 180 adults with uncontrolled
hypertension comparing a fixed-dose combination pill with separate tablets for 12 weeks. Systolic blood pressure fell
more with the combination pill (mean difference 6.2 mmHg, p=0.01). A single pill improved blood pressure control.
""", "Cureus"),
    ("""Medicine Reports 0021 00000034415
1. Department of Orthopaedics, Northbridge University Hospital, Northbridge, CHN 2. School of Medicine, Eastport University,
Eastport, CHN
Abstract
Platelet-rich plasma has been proposed for lateral epicondylitis. In this randomized controlled trial, 96 patients were
randomly assigned to platelet-rich plasma or corticosteroid injection. At 24 weeks, pain scores were lower with platelet-rich
plasma (p=0.02), although corticosteroid acted faster at 4 weeks.
""", "Medicine Reports"),
]


@pytest.mark.parametrize(("page", "journal"), _RUNNING_HEADER_PAGES)
def test_running_header_and_numbered_affiliations_above_abstract_make_the_page_study(
        tmp_path: Path, page: str, journal: str) -> None:
    doc = ingest_page(tmp_path, page)
    abstract = own_abstract(doc)
    assert abstract.split()[0] in ("Few", "Hypertension", "Platelet-rich") and doc.meta.journal == journal
    affiliations = next(b for b in doc.blocks if "IND" in doc.text[b.start:b.end] or "PAK" in doc.text[b.start:b.end]
                        or "CHN" in doc.text[b.start:b.end])
    assert affiliations.label != "main"  # its "IND 2." numbers are no citation markers


def test_a_running_header_over_a_blog_post_is_no_abstract(tmp_path: Path) -> None:
    page = """Wellness Weekly 0013 00000013743
Why I stopped taking fennel for period pain
I tried fennel capsules for three months after reading about them online. The pain did not change much, and the
capsules upset my stomach. My doctor suggested ibuprofen instead, which worked better for me.
"""
    assert not ingest_page(tmp_path, page).meta.is_study


# 5. A research portal's record saved as its abstract alone, over a "Read full abstract" link ------------------------

_SNIPPET_PAGES = [
    ("""The role of glycine as an add-on treatment in obsessive-compulsive disorder has been tested in a few small trials, but results are inconsistent. The present meta-analysis has evaluated the efficacy and safety of add-on glycine for obsessive-compulsive disorder. After searching MEDLINE, Embase and trial registries, reviewers extracted data from five randomized trials. Add-on glycine reduced Y-BOCS scores (MD: -2.1; 95% CI: -3.4 to -0.8) but had no effect on depressive symptoms. Adverse events did not differ from the control. Glycine may be a useful adjunct, and longer trials are needed.
Read full abstract
""", None),
    ("""Acupressure wristbands for nausea after caesarean section: a randomized trial

We randomized 164 women undergoing caesarean section under spinal anaesthesia to acupressure wristbands or sham bands. Nausea within 24 hours occurred in 29% with acupressure and 45% with sham bands (p=0.03), and antiemetic use was lower with acupressure. Acupressure wristbands are a cheap, safe way to reduce nausea after caesarean section and could be offered routinely to women who want to avoid extra drugs.

View full abstract
""", "Acupressure wristbands for nausea after caesarean section: a randomized trial"),
    ("""This randomized trial compared early mobilisation with bed rest after lumbar puncture in 210 adults attending a neurology day unit. Post-dural puncture headache occurred in 11% after early mobilisation and 12% after bed rest (p=0.81), and patient satisfaction was higher with early mobilisation. Bed rest after lumbar puncture does not prevent headache and can be dropped from routine care in day units.
Read full abstract
""", None),
]


@pytest.mark.parametrize(("page", "title"), _SNIPPET_PAGES)
def test_a_portal_abstract_over_its_read_full_abstract_link_is_the_page_study(
        tmp_path: Path, page: str, title: str | None) -> None:
    doc = ingest_page(tmp_path, page)
    abstract = own_abstract(doc)
    assert abstract.rstrip().endswith(("longer trials are needed.", "extra drugs.", "day units."))
    assert doc.meta.title == title


_SNIPPET_NEGATIVES = [
    # a search listing: several records, each with its link
    """Glycine for OCD: a meta-analysis of five randomized trials of add-on treatment in adults
Read full abstract
Acupressure for nausea: we randomized 164 women to wristbands or sham bands after caesarean section
Read full abstract
""",
    # a blog paragraph that retells a study, over a link to its abstract
    """I read about glycine for OCD this week and wanted to share it with readers who have asked me about supplements. Some researchers think it might help people whose symptoms have not responded to standard medicines, and a few people in online groups say they feel calmer. It is cheap and easy to find in shops, but I would still talk to a doctor before trying it, because we do not know much about long-term safety yet.
Read full abstract
""",
]


@pytest.mark.parametrize("page", _SNIPPET_NEGATIVES)
def test_a_listing_or_a_blog_paragraph_over_a_full_abstract_link_is_no_study(tmp_path: Path, page: str) -> None:
    assert not ingest_page(tmp_path, page).meta.is_study


def test_a_finding_sentence_naming_a_college_above_the_abstract_stays_main(tmp_path: Path) -> None:
    page = """Invented Journal of Student Health. 2019; 12(3): 45-52. doi: 10.5555/ijsh.2019.045

Peppermint Oil Capsules for Exam Stress: A Randomized Placebo-Controlled Trial

Lena Vogt 1, Pieter de Groot 2, Maria Santos 2, Tomas Berg 3

Among healthy college students before exams, peppermint oil capsules twice a day did not reduce anxiety compared with placebo.

Abstract

Background: Exam stress is common. Methods: We randomized 120 students to peppermint oil or placebo. Results: Anxiety scores did not differ (p=0.61). Conclusions: Peppermint oil did not reduce exam stress.
"""
    doc = ingest_page(tmp_path, page)
    assert doc.meta.is_study and doc.meta.title.startswith("Peppermint Oil Capsules")
    finding = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("Among healthy"))
    byline = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("Lena Vogt"))
    assert finding.label == "main" and byline.label != "main"


@pytest.mark.parametrize("byline", [
    "Jonas Lind a, Mei Chen b, David Okoro c,, Ana Pereira b",  # letter affiliation marks
    "avatar Jonas Lind 1 , * , avatar Mei Chen 1 , avatar David Okoro 2",  # a site's avatar images copied as words
])
def test_a_marked_byline_over_its_abstract_is_never_the_title(tmp_path: Path, byline: str) -> None:
    page = f"""Invented Journal of Clinical Sleep. 2018; 7(2): 101-109. doi: 10.5555/ijcs.2018.101

Valerian Root Extract for Insomnia in Shift Workers: A Randomized Placebo-Controlled Trial

Authors:

{byline}

Abstract

Background: Shift workers often sleep poorly. Methods: We randomized 96 nurses to valerian 600 mg or placebo. Results: Sleep latency did not differ (p=0.44). Conclusions: Valerian did not improve sleep.
"""
    doc = ingest_page(tmp_path, page)
    assert doc.meta.is_study and doc.meta.title.startswith("Valerian Root Extract")


@pytest.mark.parametrize("body", [
    # each label opening its own line
    "Background Diarrhoea remains a leading cause of death in young children in rural districts.\n"
    "Methods We randomised 212 children aged 6-59 months to zinc 20 mg daily or placebo for 10 days.\n"
    "Results Stool output fell faster with zinc than with placebo (p=0.02).\n"
    "Conclusions Zinc shortened acute diarrhoea in young children.\n",
    # the same labels run into one paragraph
    "\nIntroduction Diarrhoea remains a leading cause of death in young children in rural districts. Methods We randomised 212 "
    "children aged 6-59 months to zinc 20 mg daily or placebo for 10 days. Results Stool output fell faster with zinc than with "
    "placebo (p=0.02). Conclusions Zinc shortened acute diarrhoea in young children.\n",
])
def test_labels_without_colon_on_lines_or_in_one_paragraph_make_a_structured_abstract(tmp_path: Path, body: str) -> None:
    doc = ingest_page(tmp_path, "Oral zinc for acute diarrhoea in children under five: a randomised trial\n" + body)
    assert "Stool output fell faster" in own_abstract(doc)
    assert doc.meta.title == "Oral zinc for acute diarrhoea in children under five: a randomised trial"


def test_two_run_in_labels_in_a_news_paragraph_are_no_abstract(tmp_path: Path) -> None:
    page = ("Zinc and diarrhoea: a new trial\n\nA trial in three district hospitals tested zinc in young children. "
            "Results The children given zinc recovered sooner, the team said. Conclusions Drawn from one small trial "
            "should be treated with care, other doctors warned.\n")
    assert not ingest_page(tmp_path, page).meta.is_study


def test_an_unlabelled_aim_paragraph_above_methods_opens_the_abstract(tmp_path: Path) -> None:
    page = """Topical timolol for infantile haemangioma: a double-blind randomized trial
Ana Pereira 1*, Jonas Lind 2, Mei Chen 2, David Okoro 3

1 Department of Dermatology, Children's Hospital of Southvale, Southvale, Norland 2 Department of Paediatrics, University of Westhaven, Westhaven, Norland Correspondence to: Dr A. Pereira, E-mail:

To test topical timolol 0.5% gel for small superficial infantile haemangiomas in infants seen at two hospitals.

Methods: Infants aged 5-24 weeks (n=86) were randomised to timolol gel or vehicle gel twice daily for 24 weeks.

Results: Haemangioma colour and size improved more with timolol (p<0.001).

Conclusion: Topical timolol is an effective first treatment.
"""
    doc = ingest_page(tmp_path, page)
    assert own_abstract(doc).startswith("To test topical timolol")
    assert doc.meta.title.startswith("Topical timolol") and doc.meta.authors[0] == "Pereira A"
