"""Real-page shapes of the twelfth wave: whose issue a journal's issue is ("September's
issue of X") and adjectives before a study word are no venues; news timing words before
"in <Journal>", a page title line ending on its journal and year, journals named by their
abbreviation in lay text; citation lines of an author list and a journal."""

import pytest

from extractors.attribution import find_attributions, study_from


def _study(text):
    return study_from(find_attributions(text), text)


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("The study appeared in September's issue of Diabetes Care:", "Diabetes Care", None),
        ("The trial appeared in March’s issue of Pain Medicine.", "Pain Medicine", None),
        ("Results appeared in last month's issue of JAMA Pediatrics.", "JAMA Pediatrics", None),
        ("The study was published in this week's issue of The Lancet.", "The Lancet", None),
        ("The findings appear in the winter issue of Sleep Medicine Reviews.", "Sleep Medicine Reviews", None),
        ("The trial, reported in the Spring 2020 issue of Pain Medicine, found less pain.", "Pain Medicine", 2020),
        ("A review published in today's issue of BMJ Open found no effect.", "BMJ Open", None),
        ("The paper appears in the 2021 summer issue of Nutrients Today.", "Nutrients Today", 2021),
    ],
)
def test_whose_issue_it_is_is_no_venue(text, venue, year):
    study = _study(text)
    assert (study.venue, study.year) == (venue, year)


@pytest.mark.parametrize(
    "text",
    [
        "Eligible participants will receive the FDA-approved study drug or placebo.",
        "An EMA-approved trial of the drug is planned.",
        "The Health Canada-approved study protocol was short.",
        "In the SPRINT trial, intensive control lowered events.",
        "The REDUCE-IT trial sets a new standard of care.",
        "A Phase 3 trial enrolled 400 patients.",
        "A peer-reviewed, placebo-controlled, double-blind study found that it helped.",
        "The open-label study enrolled 40 patients.",
    ],
)
def test_approvals_designs_and_trial_names_are_no_venues(text):
    assert _study(text).venue is None


@pytest.mark.parametrize(
    "text, venue",
    [
        ("An NIH-funded trial found no effect.", "NIH"),
        ("A large NIH-funded trial found no effect.", "NIH"),
        ("A Cochrane review found no effect.", "Cochrane"),
        ("The NEJM paper reported fewer events.", "NEJM"),
        ("A new JAMA study found benefit.", "JAMA"),
        ("the NEJM trial showed fewer events", "NEJM"),
        ("In a BMJ analysis, risk fell.", "BMJ"),
        ("According to a recent Lancet review, statins help.", "Lancet"),
    ],
)
def test_a_funder_or_a_journal_before_the_study_word_without_its_article(text, venue):
    assert _study(text).venue == venue


@pytest.mark.parametrize(
    "text, venue",
    [
        ("The main results were presented by Deepak Rao, MD, at the American Heart Association Scientific Sessions "
         "2018 and published simultaneously in the New England Journal of Medicine.",
         "New England Journal of Medicine"),
        ("The results, published online today in The Lancet, show fewer events.", "The Lancet"),
        ("The findings appear in the current issue of JAMA Pediatrics.", "JAMA Pediatrics"),
        ("The results were published concurrently in JAMA Cardiology.", "JAMA Cardiology"),
        ("The trial was presented at a congress and published in full in The Lancet Neurology.",
         "The Lancet Neurology"),
    ],
)
def test_a_journal_after_news_timing_words(text, venue):
    assert _study(text).venue == venue


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Cardiovascular Risk Reduction with Icosapent Ethyl for Hypertriglyceridemia - The New England Journal of "
         "Medicine - 2018", "The New England Journal of Medicine", 2018),
        ("Effect of Exercise on Mood in Teens | JAMA Network | 2021", "JAMA Network", 2021),
        ("Melatonin in Autism — Journal of Autism and Developmental Disorders, 2020",
         "Journal of Autism and Developmental Disorders", 2020),
        ("Omega-3 and Mood · Nutrients · 2022", "Nutrients", 2022),
        ("Iron for Restless Legs – Sleep Medicine (2017)", "Sleep Medicine", 2017),
    ],
)
def test_a_title_line_ending_on_its_journal_and_year(text, venue, year):
    study = _study(text)
    assert (study.venue, study.year) == (venue, year)


@pytest.mark.parametrize("text", ["Marathon Results - Boston - 2018", "Why I quit - part 2 - 2019",
                                  "Spring Sale | Shop Now | 2024"])
def test_a_title_line_ending_on_a_place_or_a_part_is_no_source(text):
    assert _study(text).venue is None


@pytest.mark.parametrize(
    "text, author, year, venue",
    [
        ("Tardif J, et al.", "Tardif", None, None),
        ("Bhatt DL, Steg PG, et al. N Engl J Med 2019;380:11-22", "Bhatt", 2019, "N Engl J Med"),
        ("Bhatt DL, Steg PG, Miller M, et al. Cardiovascular risk reduction with icosapent ethyl. "
         "N Engl J Med. 2019;380(1):11-22.", "Bhatt", 2019, "N Engl J Med"),
        ("Tardif J-C, Kouz S, et al. N Engl J Med. 2019;381:2497-2505.", "Tardif", 2019, "N Engl J Med"),
        ("Okafor CN, Lindqvist B, et al. Lancet. 2021;397:1010-9.", "Okafor", 2021, "Lancet"),
    ],
)
def test_a_citation_line_gives_author_year_and_journal(text, author, year, venue):
    study = _study(text)
    assert (study.first_author, study.year, study.venue) == (author, year, venue)


@pytest.mark.parametrize(
    "text, markers",
    [
        ("Pregabalin demonstrates anxiolytic effects in generalized anxiety disorder, making it a dual-purpose "
         "medication 2", ["2"]),
        ("Patients were more likely to achieve 30% pain reduction (RR 1.38, 95% CI 1.25 to 1.51) compared to "
         "placebo 1", ["1"]),
        ("Milnacipran may cause hot flashes, making it a poor choice after duloxetine failure due to tolerability "
         "issues 3, 1", ["3", "1"]),
        ("Two small trials found that melatonin shortened sleep onset in children with autism 4,5", ["4", "5"]),
        # a line of a paragraph, not only its end
        ("Magnesium lowered attack frequency in adults with migraine 7\nIt is cheap and well tolerated by most people "
         "who take it 8", ["7", "8"]),
    ],
)
def test_a_plain_number_ending_a_line_of_prose_is_a_flattened_superscript(text, markers):
    study = _study(text)
    assert study.markers == markers
    assert all(text[h.start:h.end] == h.text for h in find_attributions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Participants were adults with a mean body mass index above 30",
        "The patients in the trial were aged 65",
        "Attacks per month in the treatment group dropped from 4 to 2",
        "Pain scores in the active group improved by week 12",
        "The number of children enrolled in the study was 120",
        "Each participant in the trial scored 30",
        "The tablets are taken with water twice daily, max 3",
        "Headache frequency in the magnesium group fell to about 3",
        "Response rates were similar across all of the arms of phase 2",
        "Step 2",
        "Lena Vogt 1, Arjun Mehta 2, Pieter de Groot 1",  # affiliation numbers of an author line
        "Pain fell in the active group\t12",  # a table row's last cell
        "Attacks fell from 4.4 to 3.2",
        "Sleep onset latency in the treated children was well-tolerated 2",
    ],
)
def test_a_count_score_or_label_ending_a_line_is_no_marker(text):
    assert not _study(text).markers


@pytest.mark.parametrize(
    "text, author, year, markers",
    [
        ("Ionescu et al, 201946 Single center |", "Ionescu", 2019, ["46"]),
        ("Popova et al., 20197 found fewer relapses.", "Popova", 2019, ["7"]),
        ("Smith et al. 2019 found fewer relapses.", "Smith", 2019, []),
        ("Smith et al, 2019;12:34-40.", "Smith", 2019, []),
        ("Smith et al, 2019.5 found", "Smith", 2019, []),
    ],
)
def test_a_year_glued_to_its_reference_number_after_et_al(text, author, year, markers):
    study = _study(text)
    assert (study.first_author, study.year, study.markers) == (author, year, markers)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("The study was published in the peer-reviewed journal Nutrients.", "Nutrients"),
        ("The trial was published in the prestigious medical journal The Lancet.", "The Lancet"),
        ("A study published in the open-access journal PLOS ONE found less pain.", "PLOS ONE"),
        ("The findings were published on Nov. 10 in the New England Journal of Medicine.",
         "New England Journal of Medicine"),
        ("The report appears in this month's Pediatrics.", "Pediatrics"),
        ("The trial was published in the September edition of Diabetes Care.", "Diabetes Care"),
        ("The findings were reported online ahead of print in JAMA Network Open.", "JAMA Network Open"),
    ],
)
def test_words_between_the_verb_and_the_journal(text, venue):
    assert _study(text).venue == venue


@pytest.mark.parametrize(
    "text, author, year, venue",
    [
        ("Reference: Smith J, Jones K. Melatonin for sleep in autism. JAMA. 2020;323(5):400-410.", "Smith", 2020, "JAMA"),
        ("Okafor CN. Magnesium for migraine. BMJ 2019;364:l1234.", "Okafor", 2019, "BMJ"),
        ("Lee H, Park S. Iron in restless legs. JAMA Pediatr. 2021 Mar 2;175(3):250-7.", "Lee", 2021, "JAMA Pediatr"),
        ("Tardif JC, Kouz S, Waters DD, et al. Efficacy and Safety of Low-Dose Colchicine after Myocardial "
         "Infarction. N Engl J Med 2019; 381:2497-2505", "Tardif", 2019, "N Engl J Med"),
        ("Psychol. Med. 2019;49:100-110.", None, 2019, "Psychol. Med"),
    ],
)
def test_a_vancouver_citation_line(text, author, year, venue):
    study = _study(text)
    assert (study.first_author, study.year, study.venue) == (author, year, venue)


@pytest.mark.parametrize("text", ["The dose was 5 mg; 2019;3 patients dropped.",
                                  "Patients improved (NNT 5; 2019; 12 of 40)."])
def test_semicolons_after_a_year_in_prose_are_no_citation(text):
    assert not find_attributions(text)


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Journal: JAMA Psychiatry", "JAMA Psychiatry", None),
        ("Journal: Diabetes Care, 2003", "Diabetes Care", 2003),
        ("Source: The New England Journal of Medicine", "The New England Journal of Medicine", None),
        ("Published in: Diabetes Care", "Diabetes Care", None),
        ("Publication: Sleep Medicine (2019)", "Sleep Medicine", 2019),
        ("A study in this week's New England Journal of Medicine found fewer events.",
         "New England Journal of Medicine", None),
    ],
)
def test_a_labelled_source_line_names_the_journal(text, venue, year):
    study = _study(text)
    assert (study.first_author, study.venue, study.year) == (None, venue, year)


@pytest.mark.parametrize("text", ["Source: Getty Images", "Source: company press release",
                                  "Published in: March"])
def test_a_labelled_source_that_is_no_journal(text):
    assert _study(text).venue is None


@pytest.mark.parametrize(
    "text, venue",
    [
        ("The study was published in Diabetes Care's September issue.", "Diabetes Care"),
        ("The trial appeared in JAMA's online edition on Monday.", "JAMA"),
        ("The findings were published in The BMJ's Christmas issue.", "The BMJ"),
        ("The study was published in Alzheimer's & Dementia in 2020.", "Alzheimer's & Dementia"),
        ("The study was published in the Journal of Parkinson's Disease.", "Journal of Parkinson's Disease"),
        ("A study published in the journal Women's Health Reports found less pain.", "Women's Health Reports"),
    ],
)
def test_a_journals_possessive_ends_its_name(text, venue):
    assert _study(text).venue == venue


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Children with night terrors improved with iron, researchers reported here at SLEEP 2015, the annual "
         "meeting of the Associated Professional Sleep Societies.", "SLEEP", 2015),
        ("The data were presented at the American Academy of Neurology 2023 Annual Meeting.",
         "American Academy of Neurology", 2023),
        ("Findings were presented this week at ESC Congress 2019 in Paris.", "ESC Congress", 2019),
        ("The results were presented at the 2023 Annual Meeting of the American Academy of Neurology.",
         "Annual Meeting of the American Academy of Neurology", 2023),
        # the journal it also appeared in is the venue; the meeting's year stands in for the journal's
        ("The main results were presented at the American Heart Association Scientific Sessions 2018 and "
         "published simultaneously in the New England Journal of Medicine.", "New England Journal of Medicine", 2018),
        ("Another study was just published by Iranian doctors in The Journal of Headache and Pain.",
         "The Journal of Headache and Pain", None),
    ],
)
def test_a_meeting_presented_at_and_a_journal_published_by(text, venue, year):
    study = _study(text)
    assert (study.first_author, study.venue, study.year) == (None, venue, year)


@pytest.mark.parametrize("text", ["The findings were presented at a meeting in Boston in 2019.",
                                  "Results were presented at PTSD 2019.",
                                  "The study was published by the University of Leeds in 2019."])
def test_no_meeting_or_journal_named(text):
    assert _study(text).venue is None


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Kowalski and her colleagues found that sleep improved.", "Kowalski", None),
        ("Okafor and his co-workers reported fewer relapses.", "Okafor", None),
        ("In 2008, Jorde and his colleagues gave vitamin D to 441 adults.", "Jorde", 2008),
        ("Lindqvist and their colleagues (2021) saw no change.", "Lindqvist", 2021),
    ],
)
def test_an_author_and_his_or_her_colleagues(text, author, year):
    study = _study(text)
    assert (study.first_author, study.year) == (author, year)


def test_a_clinics_doctor_and_her_team_is_no_author():
    assert _study("Dr. Lisa Chen and her team offer infusions on weekdays.").first_author is None
