"""Wave 38: attribution families stated from how writers cite. A body cited where an author
would stand ("(American Heart Association, 2018)", "(WHO 2021)", "Health Canada (2019)") is no
author and, its guidance or statistic being no study (the gold convention), no journal either;
a publisher of reviews (Cochrane) is the venue. A journal cited with no author, by its full
specialty name or with its volume and first page ("(Clinical Infectious Diseases 2018)",
"(Birth 2016;43:1-8)"), is the venue and year. An MLA works-cited line ('Okafor, Ngozi, et al.
"<Title>." <Journal> 12.3 (2018): 45-50.') gives its first author, year and journal. All people, journals and numbers are
invented unless the body is a real public one."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _authors(text: str) -> list[str | None]:
    return [hit.first_author for hit in find_attributions(text) if hit.first_author]


def _venues(text: str) -> list[tuple[str | None, int | None]]:
    return [(hit.venue, hit.year) for hit in find_attributions(text) if hit.venue]


@pytest.mark.parametrize("text", [
    # cardiology guideline summary
    "Adults with stage 1 hypertension should start lifestyle change first (American Heart Association, 2018).",
    # public-health nutrition page
    "Folic acid before conception lowers the risk of neural tube defects (Centers for Disease Control and "
    "Prevention, 2015).",
    # Canadian patient leaflet: the body named before its bracketed year
    "Health Canada (2019) advises adults to keep sodium under 2,300 mg a day.",
    # UK smoking-cessation briefing
    "Varenicline is offered with behavioural support (National Institute for Health and Care Excellence, 2021).",
    # global health: the acronym in square brackets after the full name
    "Measles vaccination averted 57 million deaths (World Health Organization [WHO], 2020).",
    # infectious disease: the acronym alone
    "Hand hygiene cuts hospital infections (WHO 2009).",
    # obstetrics: a college and a national agency
    "Low-dose aspirin is advised from 12 weeks in high-risk pregnancies (Royal College of Obstetricians, 2022).",
    "Sugar intake should stay below 10% of energy (Public Health England, 2017).",
])
def test_a_body_cited_with_a_year_is_no_author(text: str) -> None:
    assert _authors(text) == []
    assert _venues(text) == []


@pytest.mark.parametrize(("text", "author"), [
    # an author-year beside a body keeps its author
    ("Statins cut events in 4,000 adults (Moreau et al., 2019; American Heart Association, 2018).", "Moreau"),
    # a surname that is also a country's word stays a surname when no body's word precedes it
    ("Canada and Ruiz (2019) gave 40 mg to 96 adults.", "Canada"),
])
def test_an_author_beside_or_like_a_body_is_kept(text: str, author: str) -> None:
    assert author in _authors(text)


@pytest.mark.parametrize(("text", "venue", "year"), [
    # physiotherapy review: a publisher of reviews named as the source
    ("According to the Cochrane Collaboration (2020), exercise eased depressive symptoms across 35 trials.",
     "Cochrane", 2020),
    # cardiology: a journal named after its society is a journal
    ("A trial in the Journal of the American College of Cardiology (2018) found fewer readmissions.",
     "Journal of the American College of Cardiology", 2018),
    ("Sodium restriction lowered blood pressure in 400 adults (Journal of the American Heart Association 2019).",
     "Journal of the American Heart Association", 2019),
])
def test_a_publisher_or_a_society_journal_is_the_venue(text: str, venue: str, year: int) -> None:
    assert _venues(text) == [(venue, year)]
    assert _authors(text) == []


@pytest.mark.parametrize(("text", "venue", "year"), [
    # obstetrics: a full journal name with volume and page
    ("Vaginal progesterone reduced preterm birth in women with a short cervix (Obstetrics and Gynecology "
     "2016;128:e155).", "Obstetrics and Gynecology", 2016),
    # midwifery: a one-word journal, recognisable only by its volume and page
    ("Skin-to-skin contact lengthened exclusive breastfeeding (Birth 2016;43:1-8).", "Birth", 2016),
    # rheumatology: a comma before the year, an e-page
    ("Knee pain fell with tai chi (Osteoarthritis and Cartilage, 2019;27:e12).", "Osteoarthritis and Cartilage", 2019),
    # infectious disease: a specialty name with no volume
    ("Dexamethasone shortened fever in 120 adults with meningitis (Clinical Infectious Diseases 2018).",
     "Clinical Infectious Diseases", 2018),
    # nursing and surgery: the specialty is the journal's last word
    ("Early mobilisation cut pressure ulcers in 300 inpatients (Journal of Advanced Nursing, 2017).",
     "Journal of Advanced Nursing", 2017),
    ("Prehabilitation shortened stays after colectomy (Annals of Surgery 2020).", "Annals of Surgery", 2020),
    # psychology, microbiology
    ("Mindfulness eased worry in 80 students (Clinical Psychology 2015).", "Clinical Psychology", 2015),
    ("The probiotic cut C. difficile recurrence (Clinical Microbiology and Infection 2021;27:30-5).",
     "Clinical Microbiology and Infection", 2021),
])
def test_a_journal_cited_without_author_is_venue_and_year(text: str, venue: str, year: int) -> None:
    assert _venues(text) == [(venue, year)]
    assert _authors(text) == []


@pytest.mark.parametrize(("text", "author"), [
    # two authors stay two authors without a volume
    ("Knee pain fell with tai chi (Hartley and Osei 2019).", "Hartley"),
    ("Knee pain fell with tai chi (Hartley & Osei, 2019; 40 adults).", "Hartley"),
])
def test_two_authors_stay_authors(text: str, author: str) -> None:
    assert _authors(text)[:1] == [author]


@pytest.mark.parametrize(("text", "author", "venue", "year"), [
    # neurology blog: MLA 8, volume.issue and the bracketed year
    ('Peikert, Anna, et al. "Magnesium for Migraine Prevention." Cephalalgic Research 16.4 (1996): 257-63.',
     "Peikert", "Cephalalgic Research", 1996),
    # paediatrics handout: two authors, the second given-name first
    ('Okafor, Ngozi, and Lars Berg. "Zinc and Diarrhoea in Toddlers." Journal of Pediatric Gut Health 12.3 '
     '(2018): 101-09.', "Okafor", "Journal of Pediatric Gut Health", 2018),
    # rheumatology student essay: MLA 9, the title ending on a question mark, curly quotes
    ("Hartley, Claire M., et al. “Does Tai Chi Ease Knee Pain?” Osteoarthritis and Joint Care, vol. 27, no. 4, "
     "2019, pp. 45-50.", "Hartley", "Osteoarthritis and Joint Care", 2019),
    # dermatology: MLA 9 with a month before the year and no issue
    ('Lindqvist, Per. "Isotretinoin at Low Dose in Adult Acne." Acta Dermatologica Nordica, vol. 101, Mar. 2021, '
     'pp. 1-7.', "Lindqvist", "Acta Dermatologica Nordica", 2021),
])
def test_an_mla_reference_line_gives_author_year_and_journal(text: str, author: str, venue: str, year: int) -> None:
    hits = [h for h in find_attributions(text) if h.first_author]
    assert [(h.first_author, h.year, h.venue) for h in hits] == [(author, year, venue)]


def test_an_mla_entry_in_a_reference_list_is_read() -> None:
    from extractors.reflist import parse_entry

    line = 'Brennan, Orla, et al. "Melatonin and Delirium after Hip Surgery." Age and Ageing Today 48.2 (2019): 211-18.'
    entry = parse_entry(line, 0, len(line), None, "doc")
    assert (entry.first_author, entry.year, entry.title, entry.venue) == (
        "Brennan", 2019, "Melatonin and Delirium after Hip Surgery", "Age and Ageing Today")
