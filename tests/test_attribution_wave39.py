"""Wave 39: attribution families stated from how writers cite. Blogs and newsletters number their
endnotes in lower-case roman ("... than placebo.[iii]"), and a table's study cell may date the
paper to the day ("Okafor et al 14/03/2017", "Lindqvist et al., 3 May 2019"): the marker and the
year are the citation's. All people, journals and numbers are invented."""

from __future__ import annotations

import re

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from pipeline.model import Block, Document


def _markers(text: str) -> list[str]:
    return [m for hit in find_attributions(text) for m in hit.markers]


def _claims(text: str):
    blocks = [Block(m.start(), m.end(), "main", "paragraph") for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", text)]
    document = Document("doc-w39", "doc-w39.txt", "text", "0" * 64, text=text, blocks=blocks)
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(("text", "marker"), [
    # naturopathy blog on sleep
    ("In a crossover trial of 40 adults, 300 mg of magnesium glycinate shortened sleep latency "
     "compared with placebo.[ii]", "ii"),
    # dermatology newsletter
    ("A split-face study found fewer papules with 4% niacinamide gel than with the vehicle gel [iv].", "iv"),
    # sports nutrition column, endnote before the full stop
    ("Beetroot juice improved 5 km time trial performance in trained cyclists [ix].", "ix"),
    # paediatric feeding handout
    ("Infants given the hydrolysed formula cried less than those on standard formula. [xii] Parents also noted", "xii"),
    # endocrinology patient leaflet, the first note
    ("Twelve weeks of inositol lowered fasting insulin versus placebo in women with PCOS.[i]", "i"),
])
def test_a_lower_case_roman_endnote_is_a_marker(text: str, marker: str) -> None:
    assert _markers(text) == [marker]


@pytest.mark.parametrize("text", [
    "for i in range(n): total += weights[i]",  # code: an index
    "- [x] Send the consent forms",  # a ticked box in a markdown checklist
    "See the first note [ii](#note-2) for details.",  # a link's text, read by the link rules
    "[iv]: Okafor N. Niacinamide and acne. Derm Notes 2019.",  # an endnote's definition, not a citation
    "Grade [iiii] was never used on the scale.",  # no roman numeral
])
def test_roman_lookalikes_are_no_markers(text: str) -> None:
    assert _markers(text) == []


def test_a_roman_endnote_cites_the_finding_before_it() -> None:
    text = ("Ashwagandha and anxiety\n\n"
            "In one randomised trial of 60 adults, 600 mg/day of ashwagandha root extract lowered perceived stress "
            "scores more than placebo after 8 weeks.[iii]")
    (claim,) = _claims(text)
    assert claim.study.markers == ["iii"]


@pytest.mark.parametrize(("text", "author", "year"), [
    # paediatric neurology evidence table, day/month/year
    ("Okafor et al 14/03/2017 Nigeria | 60 children aged 6-12 | Randomised placebo-controlled trial", "Okafor", 2017),
    # rheumatology summary table, the day spelt out
    ("Lindqvist et al., 3 May 2019 | 80 adults with gout | Open-label trial", "Lindqvist", 2019),
    # cardiology critical appraisal, US order
    ("Brandt and colleagues, March 4, 2016 | 212 patients after PCI | Cohort", "Brandt", 2016),
    # obstetrics table, dotted date
    ("Haddad et al. 02.11.2021 Lebanon | 150 pregnant women | RCT", "Haddad", 2021),
])
def test_an_author_dated_to_the_day_takes_the_year(text: str, author: str, year: int) -> None:
    named = [(hit.first_author, hit.year) for hit in find_attributions(text) if hit.first_author]
    assert named[0] == (author, year)


def test_a_dose_after_an_author_is_no_date() -> None:
    named = [(hit.first_author, hit.year) for hit in find_attributions("Reyes et al 4.5 mg/day for 12 weeks")
             if hit.first_author]
    assert named == [("Reyes", None)]


@pytest.mark.parametrize(("text", "markers"), [
    # gynaecology review typeset with padded brackets
    ("Evening primrose oil is widely used for cyclic breast pain ( 4), with few side effects.", ["4"]),
    # orthopaedic review, two references padded
    ("Earlier trials found that bracing reduced pain in knee osteoarthritis ( 7, 8).", ["7", "8"]),
    # a PDF line break inside the brackets (nephrology)
    ("Sodium bicarbonate slowed the decline of kidney function (\n12). Other trials agree", ["12"]),
    # a range padded on the closing side (psychiatry)
    ("Lithium lowered suicide rates in several cohorts (3-5 ).", ["3", "4", "5"]),
])
def test_a_padded_or_broken_bracket_number_is_a_marker(text: str, markers: list[str]) -> None:
    assert _markers(text) == markers


def test_padding_does_not_make_a_vote_count_a_marker() -> None:
    assert _markers("Should the trial continue? Yes ( 14) No ( 3)") == []


def _authors(text: str) -> list[str]:
    return [hit.first_author for hit in find_attributions(text) if hit.first_author]


@pytest.mark.parametrize("text", [
    "The Karachi trial [6] found fewer wound infections with the antibiotic than with placebo.",  # surgery
    "In the Copenhagen study, statins lowered the risk of stroke in older adults.",  # cardiology
    "The Finnish trial showed that lifestyle advice prevented diabetes in adults with impaired glucose tolerance.",
    "The Nairobi study [3] reported higher cure rates with the shorter regimen.",  # infectious disease
])
def test_a_trial_named_after_its_place_has_no_author(text: str) -> None:
    assert _authors(text) == []


def test_a_trial_named_after_its_author_keeps_the_author() -> None:
    assert _authors("The Okonjo trial found fewer relapses with maintenance therapy.") == ["Okonjo"]


@pytest.mark.parametrize(("text", "venue"), [
    # primary-care digest
    ("Abiola & Renner, 2022 (J Gen Pract Res). Ninety adults with plantar fasciitis were randomised.",
     "J Gen Pract Res"),
    # respiratory newsletter
    ("Okafor et al., 2021 (Lancet Respir Med).", "Lancet Respir Med"),
    # dermatology round-up
    ("Mbeki and Tan, 2019 (Br J Dermatol): 120 adults with vitiligo.", "Br J Dermatol"),
    # diabetes bulletin, the journal's full name
    ("Lindgren et al., 2020 (Diabetes Care)", "Diabetes Care"),
])
def test_a_journal_in_brackets_after_author_and_year_is_the_venue(text: str, venue: str) -> None:
    (hit,) = [h for h in find_attributions(text) if h.first_author]
    assert hit.venue == venue and hit.year is not None


@pytest.mark.parametrize("text", [
    "Mbeki and Tan, 2019 (Cape Town) followed 300 households.",  # where it ran
    "Haruna et al. 2018 (ADAPT Trial) enrolled 410 adults.",  # its name
])
def test_other_brackets_after_author_and_year_name_no_journal(text: str) -> None:
    assert all(h.venue is None for h in find_attributions(text))
