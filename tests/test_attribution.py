"""Study attributions in the shapes real documents use, and the look-alikes that are not."""

import pytest

from extractors.attribution import expand_markers, find_attributions


def _only(text: str):
    hits = find_attributions(text)
    assert len(hits) == 1, hits
    return hits[0]


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Smith et al. (2013) randomised adults", "Smith", 2013),
        ("as Smith et al., 2013 showed", "Smith", 2013),
        ("Smith and colleagues (2013) randomised", "Smith", 2013),
        ("Smith & Jones (2006) reported", "Smith", 2006),
        ("Smith and Jones, 2006, reported", "Smith", 2006),
        ("in Smith 2013a the effect", "Smith", 2013),
        ("van der Berg et al. (2010) found", "van der Berg", 2010),
        ("de Vries (2012) found", "de Vries", 2012),
        ("Garcia-Lopez et al. 2011 found", "Garcia-Lopez", 2011),
        ("Müller et al. (2009) found", "Müller", 2009),
        ("O'Brien (2001) found", "O'Brien", 2001),
        ("McDonald et al., 2003 found", "McDonald", 2003),
        ("Smith et al.'s (2013) trial", "Smith", 2013),
        ("Smith (2013, 2015) replicated", "Smith", 2013),
        ("Smith et al [2013] replicated", "Smith", 2013),
    ],
)
def test_author_year_shapes(text, author, year):
    hit = _only(text)
    assert (hit.kind, hit.first_author, hit.year) == ("author-year", author, year)
    assert text[hit.start:hit.end] == hit.text


def test_parenthetical_list_keeps_every_study_in_order():
    hits = find_attributions("symptoms fell (Smith et al., 2013; Lee 2015; Okafor & Ng, 2019).")
    assert [(h.first_author, h.year) for h in hits] == [("Smith", 2013), ("Lee", 2015), ("Okafor", 2019)]


def test_adapted_from_two_studies():
    hits = find_attributions("Table adapted from Smith et al., 2004 & Lee et al., 2011")
    assert [(h.first_author, h.year) for h in hits] == [("Smith", 2004), ("Lee", 2011)]


@pytest.mark.parametrize(
    "text, markers",
    [
        ("improved sleep [7].", ["7"]),
        ("improved sleep [7] [8].", ["7", "8"]),
        ("improved sleep [7-9].", ["7", "8", "9"]),
        ("improved sleep [7–9].", ["7", "8", "9"]),
        ("improved sleep [7,9].", ["7", "9"]),
        ("improved sleep [7, 9, 12-13].", ["7", "9", "12", "13"]),
        ("improved sleep^[2][3].", ["2", "3"]),
        ("improved sleep^{[2][3]}.", ["2", "3"]),
        ("improved sleep [\\[7\\]](#ref7).", ["7"]),
        ("improved sleep [7](#r7).", ["7"]),
        ("improved sleep.[^4]", ["4"]),
        ("improved sleep¹²", ["12"]),
        ("improved sleep²,³", ["2", "3"]),
    ],
)
def test_numbered_markers(text, markers):
    hit = _only(text)
    assert list(hit.markers) == markers
    assert text[hit.start:hit.end] == hit.text


def test_glued_digits_are_only_candidates():
    hit = _only("Sleep latency fell by a third in 40 patients.12")
    assert (hit.kind, hit.markers) == ("glued-marker", ("12",))


@pytest.mark.parametrize(
    "text, markers",
    [
        ("Sleep latency fell by a third.12 Later work agreed.", ("12",)),
        ("SSRIs are first-line treatments of panic disorder (PD).1,2 Effects were large.", ("1", "2")),
        ("The 2009 trial by Okafor and colleagues7 found no benefit.", ("7",)),
        ("as reported by Lindqvist et al.3 in older adults", ("3",)),
    ],
)
def test_digits_between_sentences_or_after_colleagues_are_citations(text, markers):
    (hit,) = [a for a in find_attributions(text) if a.markers]
    assert (hit.kind, hit.markers) == ("superscript", markers)


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("a 2019 study published in the *Journal of Psychopharmacology* found", "Journal of Psychopharmacology", 2019),
        ("A 2022 meta-analysis in JAMA Psychiatry showed", "JAMA Psychiatry", 2022),
        ("research published in The Lancet in 2020 showed", "The Lancet", 2020),
        ("a large trial funded by the NIH found", "NIH", None),
        ("a small 2018 pilot study found", None, 2018),
        ("One 2017 randomized controlled trial in the British Journal of Psychiatry reported", "British Journal of Psychiatry", 2017),
    ],
)
def test_venue_year(text, venue, year):
    hit = _only(text)
    assert (hit.kind, hit.venue, hit.year) == ("venue-year", venue, year)
    assert text[hit.start:hit.end] == hit.text


def test_venue_needs_a_journal_cue_unless_published():
    hit = _only("a 2019 study in Australia found")
    assert (hit.venue, hit.year) == (None, 2019)


@pytest.mark.parametrize(
    "text, kind, attr, value",
    [
        ("see doi:10.1016/j.jad.2015.01.002.", "doi", "doi", "10.1016/j.jad.2015.01.002"),
        ("https://doi.org/10.1001/JAMAPSYCHIATRY.2019.1 reports", "doi", "doi", "10.1001/jamapsychiatry.2019.1"),
        ("(PMID: 25612345)", "pmid", "pmid", "25612345"),
        ("registered as NCT01234567.", "registry", "registry_id", "NCT01234567"),
        ("ISRCTN12345678", "registry", "registry_id", "ISRCTN12345678"),
        ("EudraCT number 2015-001234-22", "registry", "registry_id", "EudraCT 2015-001234-22"),
        ("see https://example.org/trial-results.", "url", "url", "https://example.org/trial-results"),
    ],
)
def test_identifiers(text, kind, attr, value):
    hit = _only(text)
    assert hit.kind == kind and getattr(hit, attr) == value


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, the FDA approved the drug.",
        "Results are shown in Table 2 and Figure 3.",
        "Participants received [50 mg] daily.",
        "Adults aged 18-65 years were eligible.",
        "In March 2019 the clinic opened.",
        "Vitamin B12 and omega3 levels rose by day1.",
        "Effects at p<0.05. Next came more.",
        "The COVID-19 pandemic changed care.",
        "A dose of 5 mg/m² was used.",
        "A recent study found benefits.",
    ],
)
def test_not_attributions(text):
    assert find_attributions(text) == []


def test_expand_markers_rejects_implausible_ranges():
    assert expand_markers("3-1") == []
    assert expand_markers("1-200") == []
    assert expand_markers("2019") == []


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Smith, Jones, and Lee (2010) found", "Smith", 2010),
        ("(e.g., Smith et al., 2013)", "Smith", 2013),
        ("(Smith, 2013, p. 12)", "Smith", 2013),
        ("Ó Súilleabháin et al. (2015) found", "Ó Súilleabháin", 2015),
        ("St. John et al. (2011) found", "St. John", 2011),
        ("D'Souza et al., 2018 found", "D'Souza", 2018),
        ("De Vries and colleagues (2016) found", "De Vries", 2016),
        ("(Banerjee, Hellier & Dewey et al., 2011)", "Banerjee", 2011),
    ],
)
def test_more_author_year_shapes(text, author, year):
    hit = _only(text)
    assert (hit.first_author, hit.year) == (author, year)


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("The Linares-Ortiz trial only had 57 participants", "Linares-Ortiz", None),
        ("In 2008, Jorde-Hansen and colleagues randomised 441 adults", "Jorde-Hansen", 2008),
    ],
)
def test_author_without_bracketed_year(text, author, year):
    hit = _only(text)
    assert (hit.kind, hit.first_author, hit.year) == ("author", author, year)


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("a 2022 trial in Frontiers in Endocrine Health with 130 women found", "Frontiers in Endocrine Health", 2022),
        ("There was a study in JAMA that found", "JAMA", None),
        ("according to a trial of 30 patients in Cephalalgia Reports in 2002.", "Cephalalgia Reports", 2002),
        ("A large trial funded by the National Institute on Aging found", "National Institute on Aging", None),
        ("My neurologist said a Cochrane review found it helps.", "Cochrane", None),
        ("a study published in 2019 in the Lancet", "Lancet", 2019),
        ("a randomised controlled trial (RCT) published in 2019 found", None, 2019),
    ],
)
def test_more_venue_shapes(text, venue, year):
    hit = _only(text)
    assert (hit.kind, hit.venue, hit.year) == ("venue-year", venue, year)


def test_vancouver_parentheses_and_marker_ranges():
    (paren,) = find_attributions("compared with a waiting list in 1,024 adults (2, 3).")
    assert (paren.kind, paren.markers) == ("glued-marker", ("2", "3"))
    (bracket,) = find_attributions("References [7]-[10] are available.")
    assert bracket.markers == ("7", "8", "9", "10")


def test_professional_body_statements():
    hit = _only('The American Headache Society lists magnesium as "probably effective" for migraine.')
    assert (hit.kind, hit.venue) == ("venue-year", "American Headache Society")


@pytest.mark.parametrize("text", ["The Surprising Research 2020", "Results 2021 at a glance", "SOLARIS NUTRITION - Vitamin D3 25 µg"])
def test_headings_are_not_attributions(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Johansson's 2019 trial found no benefit.", "Johansson", 2019),
        ("The 2019 trial by Kazemi found no benefit.", "Kazemi", 2019),
        ("the 2021 panic trial by Ilves and colleagues enrolled 60 adults", "Ilves", 2021),
        ("SMITH et al. (2010) found benefits.", "Smith", 2010),
        ("As reported by GARCIA-LOPEZ et al., 2011, sleep improved.", "Garcia-Lopez", 2011),
        ("Smith-Jones AB, Lee C (2012) found benefits.", "Smith-Jones", 2012),
    ],
)
def test_author_year_shapes_seen_on_unseen_documents(text, author, year):
    hit = _only(text)
    assert (hit.kind, hit.first_author, hit.year) == ("author-year", author, year)
    assert text[hit.start:hit.end] == hit.text


def test_surname_with_initials_before_et_al():
    hit = _only("Smith-Jones AB et al. found benefits.")
    assert (hit.kind, hit.first_author, hit.text) == ("author", "Smith-Jones", "Smith-Jones AB et al.")


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("A study published in December 2024 in the journal Sleep Medicine found benefits.", "Sleep Medicine", 2024),
        ("A study published on 3 May 2021 in JAMA Psychiatry found benefits.", "JAMA Psychiatry", 2021),
        ("A 2021 trial published in JAMA Psychiatry. Women who took it slept better.", "JAMA Psychiatry", 2021),
        ("A 2022 meta-analysis in Psychological Medicine. Results were mixed.", "Psychological Medicine", 2022),
        ("A 2019 study published in the BMJ. The effect was small.", "BMJ", 2019),
        ("A 2019 study published in Am. J. Psychiatry found benefits.", "Am. J. Psychiatry", 2019),
        ("A 2020 pilot in Frontiers in Psychiatry enrolled 20 adults.", "Frontiers in Psychiatry", 2020),
        ("A study published in the December 2024 issue of Sleep Medicine found benefits.", "Sleep Medicine", 2024),
    ],
)
def test_venue_year_with_dates_and_sentence_ends(text, venue, year):
    hit = _only(text)
    assert (hit.kind, hit.venue, hit.year) == ("venue-year", venue, year)
    assert hit.text.endswith(venue)


def test_a_condition_acronym_is_no_venue():
    assert not any(h.venue == "PTSD" for h in find_attributions("Not every result is positive: a PTSD pilot found nothing."))


@pytest.mark.parametrize(
    "text, markers",
    [
        ("Sleep improved in two trials (3,4) but not in a third (5).", [("3", "4"), ("5",)]),
        ("Sleep improved in two trials (3-5) and mood too.", [("3", "4", "5")]),
        ("Sleep improved in trials(6) and mood too.", [("6",)]),
        ("Issue 2014;75(9) is out. Call +1 (201) 555-0110. Was this helpful? Yes (12) No (2)", []),
    ],
)
def test_vancouver_parentheses_anywhere_in_the_sentence(text, markers):
    assert [h.markers for h in find_attributions(text) if h.kind == "glued-marker"] == markers


@pytest.mark.parametrize(
    "text, markers",
    [
        ("improved sleep¹⁻³ in most trials", ["1", "2", "3"]),
        ("improved sleep.¹˒⁴ Later work agreed", ["1", "4"]),
        ("improved sleep ^7^ in most trials", ["7"]),
        ("improved sleep^2,3^ in most trials", ["2", "3"]),
        ("improved sleep (ref. 7) in most trials", ["7"]),
        ("improved sleep (refs 7-9) in most trials", ["7", "8", "9"]),
    ],
)
def test_unicode_and_pandoc_superscript_markers(text, markers):
    hit = _only(text)
    assert list(hit.markers) == markers and text[hit.start:hit.end] == hit.text


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("A 2022 meta-analysis of 14 RCTs in the Journal of Affective Disorders found", "Journal of Affective Disorders", 2022),
        ("per a 2020 report from the CDC, rates fell", "CDC", 2020),
        ("In a 2018 trial reported in Lancet Psychiatry, ketamine helped", "Lancet Psychiatry", 2018),
    ],
)
def test_venue_after_an_abbreviated_population_or_from(text, venue, year):
    hit = _only(text)
    assert (hit.kind, hit.venue, hit.year) == ("venue-year", venue, year)


def test_a_study_from_a_place_is_no_venue():
    assert all(h.venue is None for h in find_attributions("A 2019 study from Australia found fewer falls."))


def test_a_note_number_glued_after_a_closing_quote_is_a_marker():
    hits = find_attributions('A review found that "valerian is a safe choice for mild insomnia."38 Others agree.')
    assert [(h.kind, h.markers) for h in hits] == [("superscript", ("38",))]
    hits = find_attributions("Experts called it \u201cpromising\u201d12, then moved on.")
    assert [h.markers for h in hits] == [("12",)]


def test_a_sentence_opening_led_by_names_the_study_lead_in_short_and_long_text() -> None:
    sentence = "Led by Professor Jane Whitfield, the team randomised 80 adults to melatonin or placebo."
    background = "Sleep problems are common among older adults and many remedies are sold without evidence. " * 2
    for text in (sentence, background + sentence):
        hits = [a for a in find_attributions(text) if a.kind == "role-author"]
        assert [a.first_author for a in hits] == ["Whitfield"]


def test_a_decimal_written_without_its_leading_zero_is_no_marker() -> None:
    for text in ["Human development index\tHDI .731\t12 years", "The correlation was r = .45 (p = .03)."]:
        assert not [a for a in find_attributions(text) if a.markers], text
    assert [a.markers for a in find_attributions("as reported.12 The next")] == [("12",)]
