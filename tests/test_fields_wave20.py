"""Field shapes holdout 14 read wrong, each with variants of our own: scales of
spondyloarthritis, hidradenitis and wound care; a product code before its dose; the care
patients stayed ill on; abbreviated controls; web pages' non-breaking hyphens; dog breeds."""

import pytest

from extractors.fields import analyse, parse_comparator, parse_n, parse_outcomes


@pytest.mark.parametrize(("text", "measures"), [
    ("At week 16, an ASAS40 response was achieved by 44% and 47% of patients.", ["ASAS40"]),
    ("ASAS 20 responses were more frequent with the drug.", ["ASAS20"]),
    ("IHS4 fell by 5 points and HiSCR50 was reached by 41%.", ["IHS4", "HiSCR50"]),
    ("The PUSH score improved by 3.1 points over 8 weeks.", ["PUSH"]),
    ("Wound status was rated with the Bates-Jensen Wound Assessment Tool.", ["BWAT"]),
    ("Nurses push for earlier mobilisation.", []),
])
def test_scales(text: str, measures: list[str]) -> None:
    assert parse_outcomes(text) == measures


@pytest.mark.parametrize(("text", "doses"), [
    ("We randomly assigned 74 patients to oral CX-417 100 mg twice daily or matching placebo.", [(100, "mg")]),
    ("Patients took AB-123 200 mg daily.", [(200, "mg")]),
    ("Patients took 1 000 mg daily.", [(1000, "mg")]),
])
def test_a_product_codes_number_is_no_thousands_group(text: str, doses: list) -> None:
    assert [(d.value, d.unit) for d in analyse(text).dose] == doses


@pytest.mark.parametrize(("text", "comparator"), [
    ("Many patients with myasthenia gravis remain symptomatic despite standard therapy.", None),
    ("Symptoms persist despite usual care in many patients.", None),
    ("X was better than usual care.", "treatment as usual"),
    ("NB-UVB combined with tacrolimus produced greater repigmentation than NB\u2011UVB alone.", "nb-uvb alone"),
    ("Home-based exercise was compared with attention ctrl for 6 months.", "attention control"),
    ("Exercise was compared with a sham ctrl condition.", "sham"),
])
def test_comparators(text: str, comparator: str | None) -> None:
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize(("text", "n"), [
    ("In an open-label study of 20 Labrador retrievers given one chew per 10 kg each day, owners reported easier rising.", 20),
    ("Forty client-owned golden retrievers were enrolled.", 40),
    ("We treated 36 mares with the extract.", 36),
])
def test_animals_counted_by_breed(text: str, n: int) -> None:
    assert parse_n(text)[0] == n
