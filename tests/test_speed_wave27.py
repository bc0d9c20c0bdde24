"""Scans rewritten to open on a character the regex engine can skip to (wave 27) find
what the look-behind-led forms found: the same years, the same title/venue splits, the
same identifiers, and nothing where those forms found nothing."""

import pytest

from extractors.attribution import find_attributions
from extractors.reflist import parse_entry


def _entry(text: str):
    return parse_entry(text, 0, len(text), None, "d")


@pytest.mark.parametrize("text, year", [
    ("Okafor TA, Lee J. Honey for night-time cough. Pediatrics. 2021;147:e2020.", 2021),
    ("Brandt K. Knee bracing after meniscal repair. Arthroscopy 1998a;14:22-9.", 1998),
    ("Vu H. Tear film in screen workers. Ocul Surf. 12/2019 issue, pages 3-9. Published 2020.", 2020),
    ("Ibe C. Fluoride varnish in toddlers. Caries Res. vol 58-2017, then 2018;52:1-8.", 2018),
    ("Moss R. A guide to ward rounds. Hospital Press; no date.", None),
])
def test_entry_year_is_the_first_standalone_one(text: str, year: int | None) -> None:
    # a year after "/", "-", "." or a digit is part of a date, a range or a number, never the entry's year
    assert _entry(text).year == year


@pytest.mark.parametrize("text, title, venue", [
    ("Hale P, Cruz D, et al. Early mobilisation after hip fracture. Age Ageing. 2022;51:1-9.",
     "Early mobilisation after hip fracture", "Age Ageing"),
    ("Nwosu A. Sealants vs. varnish in first molars: a trial. Community Dent Oral Epidemiol. 2019;47:33-40.",
     "Sealants vs. varnish in first molars: a trial", "Community Dent Oral Epidemiol"),
    ("Ferrer L. Why do dogs itch? A primer on atopic dermatitis. Vet Dermatol. 2020;31:2-10.",
     "Why do dogs itch", "A primer on atopic dermatitis"),
])
def test_entry_segments_split_at_stops_but_not_after_al_or_vs(text: str, title: str, venue: str) -> None:
    entry = _entry(text)
    assert (entry.title, entry.venue) == (title, venue)


@pytest.mark.parametrize("text, kind, value", [
    ("The dermatology trial was registered as NCT04412345 before enrolment.", "registry", "NCT04412345"),
    ("Registered with the Australian registry (ACTRN12619000123456).", "registry", "ACTRN12619000123456"),
    ("See jRCT2031210456 for the Japanese retinal study protocol.", "registry", "jRCT2031210456"),
    ("Its abstract is indexed (PMID: 31234567).", "pmid", "31234567"),
    ("Full text at https://example.org/vet-study for the canine cohort.", "url", "https://example.org/vet-study"),
])
def test_identifiers_are_found_behind_the_prefix_gate(text: str, kind: str, value: str) -> None:
    hits = [a for a in find_attributions(text) if a.kind == kind]
    assert hits and (hits[0].registry_id or hits[0].pmid or hits[0].url) == value


@pytest.mark.parametrize("text", [
    "Nurses tapered the infusion over 12 hours in the paediatric unit.",
    "Bleeding was rare with the new stapler.",
])
def test_no_identifier_where_no_prefix_stands(text: str) -> None:
    assert not [a for a in find_attributions(text) if a.kind in ("registry", "pmid", "url", "doi")]
