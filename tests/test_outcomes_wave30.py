"""Wave 30 outcome measures, in invented sentences across specialties: bare and submaximal
VO2, modified Y-BOCS versions, perinatal growth endpoints the text abbreviates, macular
pigment optical density, skin-cancer endpoints with plural
short forms, a listed short form the document spells out as something else, and a generic
"total symptom score" beside a named instrument."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _measures(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize(("text", "expected"), [
    # oxygen uptake written as VO2 alone, not only as VO2max or VO2peak
    ("Oxygen cost fell: submaximal VO2 was 4% lower after a week of nitrate.", ["VO2"]),
    ("Rowers breathed through a mask so VO2 could be logged at each stage.", ["VO2"]),
    ("VO2 at the ventilatory threshold rose in the interval-training group of heart-failure patients.", ["VO2"]),
    ("VO2max and peak VO2 both rose after cardiac rehabilitation.", ["VO2max", "VO2peak"]),
    # a share of it sets an exercise's intensity, and is no measure
    ("Time to exhaustion (TTE) at 80% VO2max lengthened with beta-alanine.", ["TTE"]),
    ("Rowers trained at 70 % of VO2peak for 8 weeks; VO2peak rose by 6%.", ["VO2peak"]),
    ("Patients cycled at 60% of peak VO2 for 30 min, and blood lactate was lower after the drink.", []),
    # Y-BOCS versions modified for one condition
    ("Skin picking eased on the NE-YBOCS by week 10 with N-acetylcysteine.", ["NE-YBOCS"]),
    ("NE-Y-BOCS totals did not differ between memantine and placebo in excoriation disorder.", ["NE-YBOCS"]),
    ("Gambling urges fell on the PG-YBOCS, and skin picking on the NE-YBOCS.", ["PG-YBOCS", "NE-YBOCS"]),
    # perinatal growth endpoints, abbreviated by the text
    ("Secondary outcomes were small-for-gestational-age (SGA) birth and caesarean delivery; SGA fell by a third.", ["SGA"]),
    ("Large for gestational age (LGA) infants were fewer with metformin than insulin.", ["LGA"]),
    ("Low birth weight (LBW) was less common when iron was given from booking.", ["LBW"]),
    ("Fetal growth restriction (FGR) and stillbirth were rare in both heparin arms.", ["FGR"]),
    # macular pigment
    ("Lutein 20 mg/day raised macular pigment optical density over a year.", ["MPOD"]),
    ("After six months the density of macular pigments had increased in the zeaxanthin arm.", ["MPOD"]),
    ("MPOD rose by 0.09 density units in older drivers given a carotenoid blend.", ["MPOD"]),
    # the composite's singular, as an adjective
    ("The major adverse cardiac event rate was 8% with ticagrelor.", ["MACE"]),
    # skin-cancer prevention endpoints, plural short forms
    ("Nicotinamide reduced actinic keratoses (AKs) by a fifth at 12 months.", ["AK"]),
    ("Fewer new nonmelanoma skin cancers (NMSCs) arose in transplant recipients given acitretin.", ["NMSC"]),
    ("Basal cell carcinomas (BCCs) were counted at each visit; BCCs fell by 20% with the cream.", ["BCC"]),
    ("Cutaneous squamous cell carcinoma (cSCC) was rarer with capecitabine; cSCC counts halved.", ["cSCC"]),
    ("Amplitude of visual evoked potentials (VEPs) rose in the riboflavin arm of the migraine study.", ["VEP"]),
])
def test_wave30_families(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a listed short form the document spells out as another thing is not the listed instrument
    # (a measure of the document's own, under its short form), or no measure at all
    ("Plaque index (PI) and gingival stain index (GSI) were scored at 4 weeks; GSI rose with chlorhexidine.", ["PI", "GSI"]),
    ("The insulin sensitivity index (ISI) rose with pioglitazone in women with PCOS.", ["ISI"]),
    ("Piglets fed a Bacillus-based probiotic (BP) had better FCR; BP also lowered scours.", ["FCR"]),
    ("Women on a bisphosphonate (BP) had fewer hip fractures, and BP users lost less height.", []),
    # a listed short form spelled out as itself stays
    ("The Tinnitus Handicap Inventory (THI) improved with sound therapy.", ["THI"]),
    ("Scores on the Hamilton Anxiety Scale (HAM-A) fell with pregabalin.", ["HAMA"]),
    ("Resting blood pressure (BP) fell; BP stayed low at 6 months.", ["BP"]),
])
def test_a_listed_short_form_spelled_out_as_something_else(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lowercase "total symptom score" beside a named instrument is that instrument's score
    ("WURSS-21 | no difference in total symptom score at day 7", ["WURSS-21"]),
    ("Rhinitis eased: the total symptom score of the RQLQ fell by 1.2 points.", ["RQLQ"]),
    ("On the IPSS, the total symptom score fell more with tadalafil.", ["IPSS"]),
    # alone, or capitalised as an instrument's name, it stays
    ("The total symptom score fell by 3 points with the nasal spray.", ["TSS"]),
    ("Benefit was seen on the Total Symptom Score and on the RQLQ.", ["TSS", "RQLQ"]),
])
def test_a_generic_total_symptom_score(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("All patients had at least two NMSCs in the past 5 years.", []),
    ("Transplant recipients with one or more prior BCCs took oral nicotinamide.", []),
    ("Veterans with a history of BCC were enrolled; new BCC counts fell with the cream.", ["BCC"]),
])
def test_events_had_before_entry_are_no_outcome(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize("header", ["What was measured", "What they measured", "Measured", "Outcome assessed", "What was assessed"])
def test_plain_language_headers_of_the_measure_column(header):
    from extractors.tables import column_role

    assert column_role(header) == "outcome"


@pytest.mark.parametrize(("outcome", "finding", "expected"), [
    ("WURSS-21", "no significant difference in total symptom score", ["WURSS-21"]),
    ("IPSS", "total symptom score fell 4 points more with the drug", ["IPSS"]),
    ("Nasal congestion", "total symptom score fell by a third", ["TSS"]),
])
def test_a_finding_cells_total_symptom_score_is_the_named_measures(outcome, finding, expected):
    from extractors.table_claims import _outcome_cells

    assert _outcome_cells(outcome, finding, {}) == expected
