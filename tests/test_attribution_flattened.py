"""Citations whose typography a web export flattened: superscript numbers printed on the
line ("study 8 published"), Vancouver numbers in brackets after the
study they cite ("the first study (4)"); and the names that are no venue (a trial's acronym)
or carry the date on a source line ("BMJ Open | January 6, 2021")."""

import pytest

from extractors.attribution import find_attributions, study_from


def _study(text: str):
    return study_from(find_attributions(text), text)


@pytest.mark.parametrize(
    "text, markers",
    [
        ("In the first study (4), a randomized crossover trial, 19 women took part. Fatigue was rated on a checklist (25).",
         ("4",)),
        ("The second study (5) found shorter sleep latency, rated on the Visual Analogue Scale (26).", ("5",)),
        ("A later trial (12) confirmed the benefit [3].", ("12",)),
        ("One meta-analysis (7), pooling nine trials (8), found no effect.", ("7",)),
        ("Another Study (9) agreed.13 The effect held.", ("9",)),
    ],
)
def test_a_bracketed_number_after_a_study_word_cites_it_beside_other_numbers(text, markers):
    hits = [h for h in find_attributions(text) if h.kind == "marker" and h.text.startswith("(")]
    assert [h.markers for h in hits] == [markers]


@pytest.mark.parametrize(
    "text",
    [
        "The second study (5) found no change.",  # no other number cites anything
        "Headache was reported in the study (5) and placebo (3) groups.",  # arm counts
        "Nausea (4) and headache (3) were common; the study arm (5) had fewer.",
        "Sleep improved in two trials (3,4) but not in a third (5).",  # plural: maybe a count
    ],
)
def test_other_bracketed_numbers_stay_candidates(text):
    assert not [h for h in find_attributions(text) if h.kind == "marker" and h.text.startswith("(")]


@pytest.mark.parametrize(
    "text",
    ["Scores rose from 4.4 to 4.3", "Mean HbA1c fell to 6.5", "The difference was significant at p<.05", "It was version 2.1"],
)
def test_a_decimal_ending_a_paragraph_is_no_marker(text):
    assert not [h for h in find_attributions(text) if h.markers]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A 2014 study 8 published in the International Journal of Neuropsychopharmacology sought to evaluate Silexan.",
         dict(year=2014, markers=["8"], venue="International Journal of Neuropsychopharmacology")),
        ("A 2010 randomized study by Woelk and Schlafke 7 also demonstrated comparability.",
         dict(first_author="Woelk", year=2010, markers=["7"])),
        ("A 2019 trial 12 reported in JAMA Psychiatry that ketamine helped.",
         dict(year=2019, markers=["12"], venue="JAMA Psychiatry")),
        ("The pilot study 3,4 found lower scores.", dict(markers=["3", "4"])),
        ("A 2014 study [8] published in the International Journal of Neuropsychopharmacology sought to evaluate it.",
         dict(year=2014, markers=["8"], venue="International Journal of Neuropsychopharmacology")),
        ("A 2014 study^8^ published in the Journal of Sleep Research found it.",
         dict(year=2014, markers=["8"], venue="Journal of Sleep Research")),
    ],
)
def test_a_marker_between_the_study_and_its_report_keeps_year_and_venue(text, expected):
    study = _study(text)
    for field, value in expected.items():
        assert getattr(study, field) == value, (field, study)


@pytest.mark.parametrize(
    "text",
    [
        "A 2019 trial of 12 adults found less pain.",
        "The study at week 8 found lower scores.",
        "A 2020 study with 40 patients published in 2021 found it.",
        "The trial enrolled 8 and found 12 responders.",
    ],
)
def test_counts_near_a_study_are_no_spaced_markers(text):
    assert not _study(text).markers


@pytest.mark.parametrize(
    "text",
    [
        "In the phase 3 SKYLARK study, women treated with 50 mg improved.",
        "In the SELECT trial, semaglutide reduced events.",
        "the pivotal Phase IIb CORAL trial showed",
        "In the phase 2b ALPINE-3 study, patients improved.",
        "The much larger FOCUS trial, which enrolled 3127 patients, found no benefit [2].",
    ],
)
def test_a_trials_acronym_is_its_name_not_a_venue(text):
    assert _study(text).venue is None


def test_a_dated_trial_name_keeps_its_year_and_a_funder_stays_a_venue():
    assert (_study("In the landmark 1999 UKPDS study, control mattered.").year,
            _study("In the landmark 1999 UKPDS study, control mattered.").venue) == (1999, None)
    assert _study("A large NIH-funded trial found no effect.").venue == "NIH"


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("BMJ Open | January 6, 2021", "BMJ Open", 2021),
        ("JAMA Netw Open · March 3, 2021", "JAMA Netw Open", 2021),
        ("Sleep Medicine — 12 May 2020", "Sleep Medicine", 2020),
        ("Journal of Pain Research, 4 June 2019", "Journal of Pain Research", 2019),
    ],
)
def test_a_source_line_gives_the_journal_and_its_year(text, venue, year):
    (hit,) = find_attributions(text)
    assert (hit.kind, hit.venue, hit.year) == ("venue-year", venue, year)


def test_a_dateline_is_no_source_line():
    assert find_attributions("BOSTON | April 2, 2024 — Hospitals reported") == []


PLAIN_NUMBERED = (
    "Insomnia is the most common sleep complaint in older adults 1, and a third of them use hypnotics 2. "
    "Benzodiazepines remain the usual treatment 3; melatonin is widely sold 4. Small trials suggest it shortens "
    "sleep latency 5,6.")


@pytest.mark.parametrize(
    "text, markers",
    [
        (PLAIN_NUMBERED, [("1",), ("2",), ("3",), ("4",), ("5", "6")]),
        ("Falls are common in care homes 9. Vitamin D was tried 10,11. Exercise helped most 12.",
         [("9",), ("10", "11"), ("12",)]),
        ("Cognitive therapy is first-line (NICE) 1. Drugs come second 2. Sleep hygiene helps little 3.",
         [("1",), ("2",), ("3",)]),
    ],
)
def test_plain_numbers_in_citation_order_are_superscripts(text, markers):
    hits = [h for h in find_attributions(text) if h.kind == "superscript"]
    assert [h.markers for h in hits] == markers
    assert all(text[h.start:h.end] == h.text for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Pain fell in 12 of 40 patients. Scores dropped from 8 to 6. Relapse came at week 9.",
        "The mean score was 1. Then it rose to 2. Finally it reached 3.",  # values, not citations
        "Scores were 14, 15 and 16 in the three arms.",
        "Insomnia is common in older adults 1. Hypnotics are used 3. Melatonin is sold 2.",  # out of order
        "Melatonin helped in trial 1. It helped again in cohort 2. It failed in study 3.",  # names, not citations
        "Insomnia is common [1]. Hypnotics are used 2. Melatonin is sold 3. Trials suggest it works 4.",
    ],
)
def test_other_plain_numbers_are_no_citations(text):
    assert not [h for h in find_attributions(text) if h.kind == "superscript"]


def test_an_enumeration_is_no_citation_run():
    assert not [h for h in find_attributions("The three arms had 1, 2, 3 relapses; doses rose 4. Scores fell 5.")
                if h.kind == "superscript"]


@pytest.mark.parametrize(
    "text, author",
    [
        ('Study: Tardif J, et al. "Efficacy and safety of low-dose colchicine". NEJM. 2019.', "Tardif"),
        ("Sazali S, Badrin S, Norhayati MN, et al.", "Sazali"),
        ("Tardif, et al. found fewer events.", "Tardif"),
        ("Smith et al. found fewer events.", "Smith"),
    ],
)
def test_a_citation_lines_author_list_before_et_al(text, author):
    assert [h.first_author for h in find_attributions(text) if h.first_author] == [author]


@pytest.mark.parametrize(
    "text, year",
    [
        ("The results, published in the New England Journal of Medicine (REDUCE-IT Trial, 2019), showed", 2019),
        ("The results were published in JAMA (2021) and showed", 2021),
        ("It was published in The Lancet (Smith et al., 2020).", None),  # the author's year is the author's
    ],
)
def test_a_bracketed_year_after_the_journal(text, year):
    (venue,) = [h for h in find_attributions(text) if h.venue]
    assert venue.year == year


@pytest.mark.parametrize(
    "text, venue, year",
    [
        ("N Engl J Med; 2017 Jun 29; Stott, Rodondi, et al", "N Engl J Med", 2017),
        ("Sleep Med. 2019 Jan;53:1-9.", "Sleep Med", 2019),
        ("J Clin Psychiatry. 2023 Mar 15;84(2):22m14475.", "J Clin Psychiatry", 2023),
        ("N Engl J Med. 2017;376:2534-2544.", "N Engl J Med", 2017),
    ],
)
def test_a_pubmed_source_line_dated_to_the_month(text, venue, year):
    hits = find_attributions(text)
    assert [(h.venue, h.year) for h in hits if h.kind == "venue-year"] == [(venue, year)]
    assert not [h for h in hits if h.markers], "volume, issue and pages are no markers"


def test_a_source_line_with_its_authors_gives_the_whole_study():
    text = "N Engl J Med; 2017 Jun 29; Stott, Rodondi, et al"
    study = _study(text)
    assert (study.first_author, study.year, study.venue) == ("Stott", 2017, "N Engl J Med")
