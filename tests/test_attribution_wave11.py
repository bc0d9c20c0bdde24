"""Multi-word surnames with particles, a meeting's acronym between author and year, and a
journal's title words before its year read as no author."""

import pytest

from extractors.attribution import find_attributions


def _named(text):
    return [(h.first_author, h.year) for h in find_attributions(text) if h.first_author]


@pytest.mark.parametrize(
    "text, first_author, year",
    [
        ("Lameness scores improved slightly (Alves da Silva, 2021).", "Alves da Silva", 2021),
        ("Gait did not change (Pereira dos Santos et al., 2020).", "Pereira dos Santos", 2020),
        ("Pain fell (Ferreira de Souza and Lima, 2017).", "Ferreira de Souza", 2017),
        ("Mortality was unchanged (García de la Torre, 2015).", "García de la Torre", 2015),
        ("Alves da Silva et al. (2021) found no change in CBPI scores.", "Alves da Silva", 2021),
        ("As reported by Souza do Nascimento (2018), relapse fell.", "Souza do Nascimento", 2018),
        ("Seizures fell (Nunes-Costa da Rocha, 2016).", "Nunes-Costa da Rocha", 2016),
        # the particle opens the surname: nothing before it belongs to the name
        ("No change was seen (dos Santos, 2019).", "dos Santos", 2019),
        ("Relapse fell (van den Berg, 2018).", "van den Berg", 2018),
        ("Then van den Berg (2018) found fewer relapses.", "van den Berg", 2018),
        ("Recently de Vries (2020) reported fewer falls.", "de Vries", 2020),
        ("Van der Meer (2014) found fewer falls.", "Van der Meer", 2014),
        ("Dr. Maria da Silva (2020) found fewer falls.", "da Silva", 2020),
    ],
)
def test_a_surname_keeps_every_word_around_its_particle(text, first_author, year):
    assert _named(text) == [(first_author, year)]


@pytest.mark.parametrize(
    "text, first_author, year, venue",
    [
        ("LDN was no better than placebo (Bélanger, ECCMID 2025).", "Bélanger", 2025, "ECCMID"),
        ("Response rates rose (Chen et al., ESMO Congress 2023).", "Chen", 2023, "ESMO Congress"),
        ("Attacks fell (Kaur and Singh, AAN, 2022).", "Kaur", 2022, "AAN"),
        ("Flares fell [Okafor, ACR Convergence 2021].", "Okafor", 2021, "ACR Convergence"),
        ("Survival improved (Lindqvist et al., ASCO 2024; abstract 501).", "Lindqvist", 2024, "ASCO"),
        ("No better than placebo (Bélanger et al., presented at ECCMID 2025).", "Bélanger", 2025, "ECCMID"),
        ("Attacks fell (Roy, Annual Meeting of the AAN 2022).", "Roy", 2022, "Annual Meeting of the AAN"),
        ("Bélanger (ECCMID 2025) found LDN no better than placebo.", "Bélanger", 2025, "ECCMID"),
        ("Novak and Roy (AAN 2022) reported fewer attacks.", "Novak", 2022, "AAN"),
        ("Ishikawa et al. (presented at DDW 2023) saw no change in stool frequency.", "Ishikawa", 2023, "DDW"),
    ],
)
def test_a_meeting_named_after_the_author_is_the_venue(text, first_author, year, venue):
    hits = [h for h in find_attributions(text) if h.first_author]
    assert [(h.first_author, h.year, h.venue) for h in hits] == [(first_author, year, venue)]


@pytest.mark.parametrize("text", [
    "The clinic moved (Boston, MA 2019).",
    "Fatigue was rated (Likert, 0-10, 2019).",
    "Scores on the Hamilton (HAM-D 2019) fell.",
    "The World Health Organization (WHO 2019) advises iron.",
    "The National Institute for Health and Care Excellence (NICE 2022) recommends it.",
    "In adults with PTSD (CAPS 2019) scores fell.",
])
def test_an_acronym_and_year_after_a_name_or_place_is_no_meeting_of_an_author(text):
    assert [h for h in find_attributions(text) if h.first_author] == []


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("There was a small placebo-controlled trial in Canine Orthopaedic Practice 2019 in which curcumin did not "
         "improve CBPI scores.", "Canine Orthopaedic Practice", 2019),
        ("A study in Veterinary Surgery 2018 found less lameness.", "Veterinary Surgery", 2018),
        ("In Equine Veterinary Education 2020, a trial showed fewer colic episodes.", "Equine Veterinary Education", 2020),
        ("A crossover trial published in Feline Practice Today 2017 found no difference.", "Feline Practice Today", 2017),
    ],
)
def test_a_journal_title_before_its_year_is_a_venue_not_an_author(text, venue, year):
    hits = find_attributions(text)
    assert not [h for h in hits if h.first_author]
    assert [(h.venue, h.year) for h in hits if h.venue] == [(venue, year)]


@pytest.mark.parametrize(
    "text, first_author, year",
    [
        ("as described in Smith 2019, pain fell", "Smith", 2019),
        ("as reported in Smith et al. 2019, pain fell", "Smith", 2019),
        ("as shown in Alves da Silva 2021, pain fell", "Alves da Silva", 2021),
        ("as shown in Van Dyke 2019, pain fell", "Van Dyke", 2019),
    ],
)
def test_one_surname_after_in_stays_an_author(text, first_author, year):
    assert _named(text) == [(first_author, year)]


@pytest.mark.parametrize(
    "text, first_author",
    [
        ("A trial led by Dr. Ana Alves da Silva found less pain.", "Alves da Silva"),
        ("'It helps,' said lead author Maria Pereira dos Santos of the University of Porto.", "Pereira dos Santos"),
        ("The study was led by Professor Jan van der Berg.", "van der Berg"),
        ("'It helps,' said lead author Tom Hale.", "Hale"),
    ],
)
def test_who_led_the_study_keeps_the_surname_past_its_particle(text, first_author):
    assert [h.first_author for h in find_attributions(text) if h.first_author] == [first_author]


@pytest.mark.parametrize(
    "text, markers",
    [
        ("Cognition was unchanged.[^nr] This needs replication.", [("nr",)]),
        ("Pain fell with magnesium [^smith2020].", [("smith2020",)]),
        ("Pain fell.[^note-3] Sleep did not change.", [("note-3",)]),
        ("Pain fell [^koh][^lima2019].", [("koh",), ("lima2019",)]),
        ("Pain fell.[^1] Sleep did not change.", [("1",)]),
        ("[^nr]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", []),
    ],
)
def test_a_markdown_footnote_with_a_word_label_is_a_marker_with_that_label(text, markers):
    hits = find_attributions(text)
    assert [h.markers for h in hits if h.markers] == markers
    assert not [h for h in hits if h.first_author in ("nr", "Nr")]
