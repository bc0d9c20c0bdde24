"""Wave 35 field breadth, in invented sentences across specialties: outcome measures real
pages name that the lexicon lacked (power tests, hormones and mediators, appetite,
neonatal, veterinary and dental instruments), full names written with a possessive, an
ampersand or spaced initials; an untreated second arm counted into N; topical, dental,
ophthalmic and veterinary agents as comparators; and the other arm's strength left out of
the dose."""

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


@pytest.mark.parametrize(("text", "comparator"), [
    # vitamins by letter, salts and topical or dental agents named as the other arm
    ("A trial in pregnant women compared ginger capsules with vitamin B6 for morning sickness.", "vitamin b6"),
    ("Sleep improved more with magnesium glycinate than with magnesium oxide in older adults.", "magnesium oxide"),
    ("The 0.2% chlorhexidine rinse reduced plaque compared with cetylpyridinium chloride.", "cetylpyridinium chloride"),
    ("Pulpotomies with the new cement healed as well as with mineral trioxide aggregate.", "mineral trioxide aggregate"),
    ("In 120 children, the mydriatic spray dilated pupils as well as cyclopentolate drops.", "cyclopentolate"),
    ("A footbath of copper sulphate was compared with a zinc footbath in 300 dairy cows.", "zinc"),
    # a result share, then the other arm's strength and agent
    ("A 2% footbath of the new disinfectant healed 70% of lesions versus 61% with 5% formalin.", "formalin"),
    ("Remission came in 58% with the gel versus 44% with 0.05% clobetasol.", "clobetasol"),
    # a hyphenated "out-performed" and its other tenses introduce the comparator
    ("The new probiotic out-performed simethicone for infant colic.", "simethicone"),
    ("Tea tree oil gel outperforms benzoyl peroxide on tolerability.", "benzoyl peroxide"),
])
def test_active_comparators_across_specialties(text: str, comparator: str) -> None:
    assert _fields(text)[1] == comparator


@pytest.mark.parametrize(("text", "doses"), [
    # the other arm's strength after a non-inferiority or superiority phrase is not the claim's dose
    ("Annual 0.2% chlorhexidine varnish was non-inferior to 5% sodium fluoride varnish.", [(0.2, "%")]),
    ("A 2% salicylic acid wash outperformed 5% benzoyl peroxide for acne.", [(2.0, "%")]),
    ("A 2% ketoconazole shampoo was superior to 1% zinc pyrithione shampoo for dandruff.", [(2.0, "%")]),
    ("A 10% zinc sulphate footbath healed 78% of lesions versus 74% with 3% formalin.", [(10.0, "%")]),
    # a strength written before a listed topical or dental agent is its dose
    ("Root canals were irrigated with 2.5% sodium hypochlorite before filling.", [(2.5, "%")]),
    ("Patients rinsed with 0.07% cetylpyridinium chloride for four weeks.", [(0.07, "%")]),
])
def test_strength_doses_of_topical_and_dental_agents(text: str, doses: list[tuple[float, str]]) -> None:
    assert _fields(text)[2] == doses
