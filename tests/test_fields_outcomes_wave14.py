"""Outcome-measure families that failed on unseen text (wave 14): specialty instruments the
lexicon lacked, responder thresholds, the Bayley editions, and conditions taken for endpoints."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _outcomes(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize("text, expected", [
    # hepatology
    ("The primary end point was the change in liver fat content measured by MRI-PDFF.", ["MRI-PDFF"]),
    ("Liver fat (MRI PDFF) fell by 30% with the FGF21 analogue.", ["MRI-PDFF"]),
    ("Relative reduction in magnetic resonance imaging proton density fat fraction at week 24", ["MRI-PDFF"]),
    ("Hepatic PDFF decreased more with resmetirom than with placebo.", ["MRI-PDFF"]),
    ("The ELF score did not change over 52 weeks.", ["ELF"]),
    ("Enhanced Liver Fibrosis test values fell in the treated arm.", ["ELF"]),
    ("Liver stiffness measurement (LSM) fell from 12.1 to 9.8 kPa.", ["LSM"]),
    ("Controlled attenuation parameter (CAP) declined by 25 dB/m.", ["CAP"]),
    # sports medicine
    ("The primary outcome is the VISA-P score at 6 months.", ["VISA-P"]),
    ("no benefit of PRP over saline on VISA-P at 12 weeks", ["VISA-P"]),
    ("Victorian Institute of Sport Assessment-Achilles (VISA-A) scores improved", ["VISA-A"]),
    ("VISA A questionnaire scores rose by 14 points", ["VISA-A"]),
    ("The Lysholm score and Tegner activity scale improved after reconstruction.", ["Lysholm", "Tegner"]),
    # hearing
    ("Hearing Handicap Inventory for the Elderly (HHIE) scores fell with hearing aids.", ["HHIE"]),
    ("HHIE-S scores improved by 8 points.", ["HHIE-S"]),
    ("APHAB global scores improved", ["APHAB"]),
    ("the Abbreviated Profile of Hearing Aid Benefit improved", ["APHAB"]),
    # coeliac disease, haematology, asthma
    ("Only the 0.5 mg arm reduced CeD-PRO abdominal scores versus placebo (p = 0.02).", ["CeD-PRO"]),
    ("Celiac Disease Patient-Reported Outcome scores were lower with latiglutenase.", ["CeD-PRO"]),
    ("Okeke 2021\t159\t25-30 mg/kg/day\tfixed dose\tHigher HbF", ["HbF"]),
    ("Hydroxyurea raised fetal hemoglobin (HbF) by 9 percentage points.", ["HbF"]),
    ("Mensah 2023\t74\t20 mg/kg/day\tplacebo\tNo change in TCD velocity", ["TCD"]),
    ("Transcranial Doppler velocities (TCD) fell below 170 cm/s in 40%.", ["TCD"]),
    ("School-based inhaler coaching improved ACT scores but not exacerbation rates.", ["ACT"]),
    ("The Asthma Control Test score rose by 3.1 points.", ["ACT"]),
])
def test_specialty_instruments(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The primary outcome was a 75% improvement in the Psoriasis Area and Severity Index (PASI 75) at week 16.", ["PASI"]),
    ("PASI 75 was reached by 7% with placebo and by 54% with 20 mg.", ["PASI"]),
    ("PASI-90 responses were 41% vs 12%.", ["PASI"]),
    ("PASI90 at week 12", ["PASI"]),
    ("Complete clearance (PASI 100) occurred in 20%.", ["PASI"]),
    ("dupilumab was non-inferior to ciclosporin on EASI-75 at 16 weeks", ["EASI"]),
    ("EASI 50, EASI 75 and EASI 90 responses all favoured the active cream.", ["EASI"]),
    ("Eczema Area and Severity Index-75 response at week 16", ["EASI"]),
    ("NAPSI 75 was reached by a third of patients.", ["NAPSI"]),
    # ACR responder criteria are named instruments of their own, kept with the threshold
    ("The proportion reaching ACR20 response was 48% versus 31%.", ["ACR20"]),
    ("ACR50 was reached by 30%.", ["ACR50"]),
])
def test_responder_thresholds_report_the_instrument(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Neurodevelopment was assessed with the Bayley-III at 24 months' corrected age.", ["Bayley-III"]),
    ("BSID-III cognitive composite scores did not differ.", ["Bayley-III"]),
    ("Bayley III motor scores were higher.", ["Bayley-III"]),
    ("Bayley Scales of Infant and Toddler Development, Third Edition (Bayley-III) at 2 years", ["Bayley-III"]),
    ("Bayley Scales of Infant and Toddler Development, Third Edition scores did not differ", ["Bayley-III"]),
    ("the Bayley-4 at 24 months", ["Bayley-4"]),
    ("Bayley Scales of Infant Development II mental index", ["BSID-II"]),
])
def test_bayley_editions_share_one_short_form(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize("text", [
    "Macrolide maintenance reduces exacerbations in some patients with chronic obstructive pulmonary disease (COPD), "
    "but the effect of lower doses is uncertain. We randomized 320 adults with COPD to azithromycin or placebo.",
    "Exacerbations are frequent in adults with severe chronic obstructive pulmonary disease (COPD); 120 adults with COPD "
    "were randomised.",
    "Infections are common in children having recurrent urinary tract infections (UTIs); the rate of UTIs fell.",
])
def test_the_enrolled_condition_is_no_endpoint(text: str) -> None:
    assert "COPD" not in _outcomes(text) and "UTIs" not in _outcomes(text)


@pytest.mark.parametrize("text, expected", [
    ("The vaccine reduced RSV lower respiratory tract disease (RSV-LRTD) by 80%; RSV-LRTD cases were 7 vs 35.", ["RSV-LRTD"]),
    ("The primary end point was the incidence of acute respiratory infections (ARIs); ARIs were fewer.", ["ARIs"]),
])
def test_a_prevented_condition_stays_an_endpoint(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CAT scores fell by 3 points with roflumilast.", ["CAT"]),
    ("The COPD Assessment Test total score improved.", ["CAT"]),
    ("Timed Up & Go times were shorter after training.", ["TUG"]),
    ("I-PSS improved by 5 points with tadalafil.", ["IPSS"]),
    ("UAS 7 fell to zero in 40% of patients.", ["UAS7"]),
    ("SCORAD-75 was reached by 30%.", ["SCORAD"]),
    ("The Kujala score improved after eccentric training.", ["AKPS"]),
    ("AOFAS ankle-hindfoot scores rose.", ["AOFAS"]),
    ("UPCR fell by 30% with sparsentan.", ["UPCR"]),
    ("The NAFLD Activity Score (NAS) improved by 2 points; NAS fell in 40%.", ["NAS"]),
    ("The cat scored 3 on a pain scale.", []),
])
def test_more_specialty_spellings(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Cranberry may decrease incidence of recurring urinary tract infection (UTI). We tested cranberry on risk of "
     "recurring UTI among 319 college women presenting with an acute UTI.", "UTI"),
    ("Fidaxomicin lowered the recurrence of Clostridioides difficile infection (CDI) in patients with at least two "
     "episodes of CDI.", "CDI"),
    ("The rate of community-acquired pneumonia (CAP) fell in adults having had CAP before.", "CAP"),
])
def test_a_counted_condition_the_participants_have_is_no_endpoint(text: str, absent: str) -> None:
    assert absent not in _outcomes(text)


@pytest.mark.parametrize("text, expected", [
    ("The Children's Depression Inventory (CDI) fell; CDI scores were lower with fluoxetine.", ["CDI"]),
    ("CDI-2 scores fell with fluoxetine.", ["CDI-2"]),
    ("Childrens Depression Inventory scores fell.", ["CDI"]),
])
def test_the_childrens_depression_inventory_is_named_or_defined(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected
