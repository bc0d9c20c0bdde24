"""Wave 26 attribution breadth: surnames that open on an Arabic particle ("Al Chalabi",
"El Amrani", "Abu Bakr", "bin Abdullah") keep it, at ingest, in the prose and in the
surname keys of verification; a journal known by its acronym before a study word is the
venue ("the BJN study"); venues as news stories and press releases name them; and trial
registries beyond NCT/ISRCTN/EudraCT (one list for attribution and the registry flag).
All people, trials and numbers are invented."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions, study_from
from pipeline.ingest.names import format_author
from pipeline.model import Block, Document
from pipeline.verify.context import unregistered_flag
from pipeline.verify.names import same_journal, surname_key


def _study(text: str):
    return study_from(find_attributions(text), text)


# ---------------- surname particles ----------------


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Riluzole extended survival in 212 patients with ALS (Al Chalabi et al., 2019).", "Al Chalabi", 2019),
        ("El Amrani and colleagues (2018) gave oral iron to 64 anaemic toddlers.", "El Amrani", 2018),
        ("Abu Bakr et al. (2021) found fewer sick days with vitamin C in 90 office workers.", "Abu Bakr", 2021),
        ("Statin adherence rose after pharmacist calls (Ben Salem et al., 2020).", "Ben Salem", 2020),
        ("Ferritin rose with weekly iron in pregnant women (bin Abdullah et al. 2017).", "bin Abdullah", 2017),
        ("A cohort followed by ibn Rashid et al. (2016) tracked 3,000 shift workers.", "ibn Rashid", 2016),
        ("In 2022, Al-Masri et al. reported faster wound healing with honey dressings.", "Al-Masri", 2022),
    ],
)
def test_an_arabic_particle_stays_part_of_the_surname(text, author, year):
    study = _study(text)
    assert (study.first_author, study.year) == (author, year)


@pytest.mark.parametrize(
    "name, formatted",
    [
        ("Ammar Al Chalabi", "Al Chalabi A"),
        ("Karim El Amrani", "El Amrani K"),
        ("Osama bin Laden", "bin Laden O"),
        ("Mohamed Ben Salem", "Ben Salem M"),
        ("Mary St Clair", "St Clair M"),
        ("Vincent van Gogh", "van Gogh V"),
        # a word that is also a given name, standing first, is the given name
        ("Ben Goldacre", "Goldacre B"),
        ("Al Gore", "Gore A"),
    ],
)
def test_ingest_formats_particle_surnames(name, formatted):
    assert format_author(name) == formatted


@pytest.mark.parametrize("a, b", [("Al Chalabi", "Chalabi"), ("Al-Chalabi", "Al Chalabi"), ("El Amrani", "Amrani"),
                                  ("bin Laden", "Laden"), ("van der Berg", "Berg")])
def test_verification_keys_ignore_the_particle(a, b):
    assert surname_key(a) == surname_key(b)


def test_a_hyphenated_double_surname_is_no_particle():
    assert surname_key("Lopez-Garcia") == "lopezgarcia"


# ---------------- journal acronyms ----------------


@pytest.mark.parametrize(
    "text, venue",
    [
        ("The BJN study found that 120 older adults given whey gained more lean mass.", "BJN"),
        ("The AJCN trial fed 80 adults oat fibre and saw lower fasting glucose.", "AJCN"),
        ("A JCO paper reported longer survival in 300 women given the add-on drug.", "JCO"),
        ("The NEJM trial showed fewer strokes among 500 patients on the new anticoagulant.", "NEJM"),
        ("A JAMA study found more charting errors among 3,000 nurses on night shifts.", "JAMA"),
        ("The JAAD study of 150 teenagers found less acne with the topical gel.", "JAAD"),
    ],
)
def test_a_journal_acronym_before_a_study_word_is_the_venue(text, venue):
    assert _study(text).venue == venue


def test_a_trial_acronym_stays_a_label():
    assert _study("The SPRINT trial lowered blood pressure in 9,361 adults.").venue is None


# ---------------- venues as news and press releases write them ----------------


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("Teens who scrolled after midnight slept less, according to findings published this week in JAMA Pediatrics.",
         "JAMA Pediatrics", None),
        ("The antibody halved migraine days, the team reported in The Lancet on Tuesday.", "The Lancet", None),
        ("Brisk walking lowered systolic pressure, according to a study in BMJ Open.", "BMJ Open", None),
        ("In a paper in Nature Medicine, the authors describe 200 transplant recipients.", "Nature Medicine", None),
        ("A Cochrane review of 14 trials found zinc lozenges shortened colds.", "Cochrane", None),
        ("Melatonin helped children fall asleep sooner, the researchers wrote in the journal Sleep.", "Sleep", None),
        ("A study out of Stanford published in Cell found that fasting slowed tumour growth.", "Cell", None),
        ("The findings appear in the American Journal of Clinical Nutrition.", "American Journal of Clinical Nutrition", None),
        ("The cohort, reported online in Circulation, tracked 10,000 adults.", "Circulation", None),
        ("The team reported in Hypertension that home monitoring lowered readings.", "Hypertension", None),
        ("Patch testing found nickel allergy in a third of 400 children, the authors reported in Allergy.", "Allergy", None),
        ("Vitamin D did not prevent fractures (JAMA Netw Open. 2022;5(3):e221234).", "JAMA Netw Open", 2022),
        ("Fish oil lowered triglycerides by 30% (Am J Clin Nutr 2019).", "Am J Clin Nutr", 2019),
        ("Weight fell by 15% on the weekly injection (N Engl J Med 2021).", "N Engl J Med", 2021),
        ("Depression scores fell within a day of the infusion (J Clin Psychiatry, 2018).", "J Clin Psychiatry", 2018),
    ],
)
def test_news_and_citation_venues(text, venue, year):
    study = _study(text)
    assert (study.venue, study.year) == (venue, year)


# ---------------- trial registries ----------------

REGISTRY_IDS = [
    "ChiCTR2000029308", "ACTRN12620000445976", "CTRI/2020/01/012345", "DRKS00012345", "jRCTs031190001",
    "UMIN000012345", "IRCT20180101038240N1", "KCT0003456", "PACTR202001234567890", "NTR1234", "NL12345",
    "TCTR20190101001", "EUCTR2015-001234-22", "NCT04567890", "ISRCTN12345678",
]


@pytest.mark.parametrize("registry_id", REGISTRY_IDS)
def test_each_registry_id_attributes_its_trial(registry_id):
    study = _study(f"The trial ({registry_id}) found that 90 adults given yoga slept longer.")
    assert study.registry_ids == [registry_id]


@pytest.mark.parametrize(
    "text, registry_id",
    [
        ("The trial is registered as EUCT 2023-501234-12-00 and enrols 300 adults.", "EUCT 2023-501234-12-00"),
        ("EU CT number: 2024-512345-01-00. Recruitment opens in May.", "EUCT 2024-512345-01-00"),
        ("EudraCT No. 2015-001234-22 covers both sites.", "EudraCT 2015-001234-22"),
    ],
)
def test_eu_trial_numbers_keep_their_register(text, registry_id):
    assert _study(text).registry_ids == [registry_id]


def test_a_trial_number_inside_a_word_is_no_registry_id():
    assert _study("The kit code XNCT04567890Y was printed on every box.").registry_ids == []


def _claims(text: str):
    document = Document("doc-r", "doc-r.txt", "text", "0" * 64, text=text,
                        blocks=[Block(0, len(text), "main", "paragraph")])
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize("registry_id", ["ChiCTR2300071234", "CTRI/2023/05/054321", "jRCT2031230123", "PACTR202301234567890",
                                         "EUCT 2023-501234-12-00"])
def test_a_recruiting_trial_with_its_registry_id_is_not_unregistered(registry_id):
    text = f"A phase 3 trial ({registry_id}) is now recruiting 300 adults with knee osteoarthritis."
    (claim,) = _claims(text)
    assert claim.ongoing_trial and claim.study.registry_ids and unregistered_flag(claim, text) is None


def test_a_recruiting_trial_without_an_id_is_still_flagged():
    text = "A phase 3 trial is now recruiting 300 adults with knee osteoarthritis."
    (claim,) = _claims(text)
    assert claim.ongoing_trial and unregistered_flag(claim, text) is not None


@pytest.mark.parametrize(
    ("acronym", "title"),
    [("BJN", "British Journal of Nutrition"), ("AJCN", "The American Journal of Clinical Nutrition"),
     ("NEJM", "The New England Journal of Medicine"), ("JCEM", "Journal of Clinical Endocrinology & Metabolism")],
)
def test_a_journal_acronym_is_the_same_journal_as_its_full_title(acronym, title):
    assert same_journal(acronym, title)


def test_a_journal_acronym_is_not_another_journal():
    assert not same_journal("BJN", "British Journal of Psychiatry")
