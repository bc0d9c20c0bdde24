"""Wave 35 field breadth, in invented sentences across specialties: outcome measures real
pages name that the lexicon lacked (power tests, hormones and mediators, appetite,
neonatal, veterinary and dental instruments), and full names written with a possessive,
an ampersand or spaced initials, and an untreated second arm counted into N."""

from __future__ import annotations

import pytest

from extractors.fields import analyse
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _measures(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize(("text", "expected"), [
    # sports physiology
    ("Mean power in the Wingate anaerobic test did not change after beta-alanine.", ["WAnT"]),
    ("Perceived recovery on the Total Quality Recovery scale was higher after cherry juice.", ["TQR"]),
    ("Delayed-onset muscle soreness (DOMS) was lower 48 h after the eccentric bout.", ["DOMS"]),
    # veterinary gait and pain
    ("Peak vertical force (PVF) on the affected limb rose in dogs fed the fish-oil diet.", ["PVF"]),
    ("Owners scored their dogs on the Cincinnati Orthopedic Disability Index every four weeks.", ["CODI"]),
    ("Cats were assessed with the UNESP-Botucatu Multidimensional Composite Pain Scale after spaying.", ["UNESP-Botucatu"]),
    # hormones and inflammatory mediators reported as outcomes
    ("Serum PSA did not change over 12 months of pomegranate extract.", ["PSA"]),
    ("DHEAS and cortisol both fell in the ashwagandha arm.", ["DHEA-S"]),
    ("AMH concentrations were unchanged after three months of vitamin D.", ["AMH"]),
    ("Gingival crevicular fluid PGE2 and MMP-8 fell with the propolis rinse.", ["PGE2", "MMP-8"]),
    # supportive oncology and neonatology
    ("Appetite on the FAACT improved with olanzapine.", ["FAACT"]),
    ("Functional Assessment of Anorexia/Cachexia Therapy scores rose by 5 points.", ["FAACT"]),
    ("Infants given morphine had lower Finnegan scores than those given methadone.", ["FNASS"]),
    ("Respiratory distress on the Silverman-Andersen score eased sooner with nasal CPAP.", ["Silverman-Andersen"]),
    # dentistry
    ("Plaque on the Turesky modification of the Quigley-Hein plaque index fell with the herbal toothpaste.", ["TQHPI"]),
    ("The Eastman Interdental Bleeding Index improved with daily flossing.", ["EIBI"]),
    # women's health
    ("Hot flushes on the Blatt-Kupperman index eased with black cohosh.", ["KI"]),
    ("Sexual Quality of Life-Female scores rose after pelvic floor training.", ["SQOL-F"]),
])
def test_instruments_named_across_specialties(text: str, expected: list[str]) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with or without the possessive of whoever rates
    ("Patient's Global Impression of Change favoured duloxetine.", ["PGIC"]),
    ("On the Investigator Global Assessment, 40% were clear or almost clear.", ["IGA"]),
    # an ampersand for "and"
    ("Western Ontario & McMaster Universities Osteoarthritis Index pain fell.", ["WOMAC"]),
    ("Hospital Anxiety & Depression Scale scores did not differ.", ["HADS"]),
    # initials written with spaces, and a short-form survey named by its item count
    ("Symptom burden on the M. D. Anderson Symptom Inventory was lower with the mouthwash.", ["MDASI"]),
    ("Quality of life on the 36-Item Short Form Survey improved in both arms.", ["SF-36"]),
])
def test_full_names_written_with_variant_punctuation(text: str, expected: list[str]) -> None:
    assert _measures(text) == expected


def test_a_biomarker_named_in_words_still_needs_an_outcome_context() -> None:
    # background physiology is not a measured outcome
    assert _measures("Prostate-specific antigen is a protein made by the prostate gland.") == []


def _fields(text: str) -> tuple[int | None, str | None, list[tuple[float, str]]]:
    values = analyse(text)
    return values.n, values.comparator, [(dose.value, dose.unit) for dose in values.dose]


@pytest.mark.parametrize(("text", "n"), [
    # an untreated second arm counted after the treated one: both arms are the sample
    ("In a farm trial, 26 ewes were given the copper bolus and 25 had no supplement.", 51),
    ("Nineteen foals received the vaccine and 20 were left untreated.", 39),
    ("Of the piglets, 48 got the medicated feed while 48 served as untreated controls.", 96),
    ("33 children took iron drops and 31 received no supplement during the winter.", 64),
    ("Thirty patients were given the nerve block and 30 had no analgesia before surgery.", 60),
])
def test_an_untreated_arm_adds_to_the_sample(text: str, n: int) -> None:
    assert _fields(text)[0] == n


def test_a_count_that_had_no_response_is_no_arm() -> None:
    # responders and non-responders split one arm; they are not a second arm
    assert _fields("In the open study, 40 received the drug and 12 had no response by week 6.")[0] != 52

