"""Wave 71, before holdouts 52 and 53 (written blind, alongside), from two banks of study-finding
snippets written blind for it and from the real-text probes' missed claims: effect statements
credited to studies in general ("Butterbur extract has been shown to reduce ...", "Overall,
studies have shown ..."), one study announced by its design, research as the sayer; venue
attributions with "peer-reviewed" and a month-year date; counts with their share in brackets;
estimates labelled at length; arms alike in plain words; a harm in a clause of its own beside a
null; and the other arm of a comparison told by results, "between", a pair or a verdict."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from pipeline.model import Block, Document


def _claims(text: str) -> list:
    document = Document("doc-w71", "w71.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main", "paragraph")])
    return extract([document])[0].claims


@pytest.mark.parametrize(
    "text",
    [
        "Butterbur extract has been shown to significantly reduce the frequency of migraine attacks.",
        "Zinc lozenges have been proven to shorten colds in adults.",
        "Overall, studies have shown that magnesium can reduce the frequency, duration and intensity of migraine attacks.",
        "Moreover, several trials have found that melatonin shortens sleep onset in children with autism.",
        "A new drug reduces the relapse rate for people with multiple sclerosis, research suggests.",
        "In a study in Great Britain, parents were randomized to using one of three creams daily in infants.",
        "Researchers testing ocrelizumab reported positive results in the treatment of primary progressive MS.",
    ],
)
def test_an_uncited_finding_credited_to_research_is_a_claim(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].study is None or not claims[0].study.attributed


@pytest.mark.parametrize(
    "text",
    [
        "Smoking has been shown to damage the lining of the airways.",
        "Knee osteoarthritis has been shown to affect one in five adults over 60.",
        "Magnesium has been shown to be deficient in many people with migraine.",
    ],
)
def test_what_studies_showed_of_no_treatment_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        ("A study published in the peer- reviewed Nutrition Journal (October 24, 2007) reveals that users were healthier.",
         "Nutrition Journal", 2007),
        ("A study published in the Nutrition Journal (October 2007) reveals that users were healthier.", "Nutrition Journal", 2007),
    ],
)
def test_venue_with_peer_review_and_a_month_year_date(text: str, venue: str, year: int) -> None:
    [hit] = find_attributions(text)
    assert (hit.venue, hit.year) == (venue, year)


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("At week 16, 62 of 148 patients (41.9%) receiving dupilumab achieved EASI-75, compared with 18 of 150 (12.0%) "
         "receiving placebo (P < .001).", "placebo", "positive"),
        ("Hazard ratio for relapse to heavy drinking with naltrexone 50 mg/day versus placebo was 0.71 (95% CI 0.55-0.92).",
         "placebo", "positive"),
        ("Kids who got sealants had just as many cavities four years later as those who had fluoride varnish.", None, "null"),
        ("Babies whose mothers took probiotics were just as likely to develop eczema as other babies.", None, "null"),
        ("Children given the nasal vaccine were no more likely to have wheezing episodes than those given the injected one.",
         None, "null"),
        ("Took 1000mg daily for 2 months. Fog is exactly the same.", None, "null"),
        ("Hydrocortisone reduced PTSD incidence at 3 months, whereas at 12 months the groups were no longer distinguishable.",
         None, "mixed"),
        # "just as much" beside a fall names the control's fall, read as before
        ("Crying decreased just as much with sham treatment as with real manipulation.", "sham", "null"),
    ],
)
def test_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Low-dose aspirin did not reduce the incidence of dementia (HR 0.98), but was associated with more major haemorrhage.",
         None),
        ("A cannabis oil did no better than a sugar pill at easing cancer pain, and more people on the oil dropped out because "
         "of dizziness.", "placebo"),
        ("Minoxidil 5% was no better than 2% minoxidil for hair counts, although scalp irritation was commoner with the "
         "stronger solution.", "minoxidil"),
        ("Over 10 years, hip fractures were neither more nor less frequent in the 36,282 women assigned to calcium 1,000 mg "
         "plus vitamin D3 400 IU daily than in those given placebo (HR 0.88; 95% CI 0.72-1.08); kidney stones, however, were "
         "17% more common.", "placebo"),
        ("Ketamine provided no net clinical benefit over placebo, and toxicity was approximately doubled.", "placebo"),
    ],
)
def test_a_harm_in_a_clause_of_its_own_beside_a_null_is_negative(text: str, comparator: str | None) -> None:
    assert parse_direction(text, comparator) == "negative"


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Pain did not differ between groups, and dizziness was more common with placebo.", "placebo"),
        ("Pain did not differ, and the drug group had higher baseline scores.", None),
        ("The drug was non-inferior to fexofenadine, and drowsiness was more frequent.", "fexofenadine"),
        ("Decline was not slowed overall (p=0.21), but in a subgroup at higher risk of dementia the decline was 41% slower.",
         "attention control"),
    ],
)
def test_no_harm_added_leaves_the_reading(text: str, comparator: str | None) -> None:
    assert parse_direction(text, comparator) != "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The annualized relapse rate was 0.18 with the intervention and 0.39 with interferon beta-1a 30 mcg weekly "
         "(rate ratio 0.46).", "interferon beta"),
        ("Mean LDL-C was 2.1 mmol/L with alirocumab 75 mg and 3.4 mmol/L with ezetimibe 10 mg (P < .001).", "ezetimibe"),
        ("The primary outcome did not differ between dapaglimet 10 mg and sitagliptin 100 mg.", "sitagliptin"),
        ("Topical ivermectin 1% cream and oral doxycycline 40 mg did not differ in lesion reduction at 16 weeks.", "doxycycline"),
        ("1,000 mg of curcumin performed about the same as 20 mg of fluoxetine.", "fluoxetine"),
        ("Digital CBT-I beat sleep hygiene education by a wide margin.", "sleep hygiene education"),
        ("Exposure-based CBT outperformed relaxation training for paediatric OCD.", "relaxation training"),
        ("Oxygen aborted more attacks at 15 minutes than air (78% vs 20%).", "air"),
        ("People who took fish oil had no fewer episodes than those taking olive oil capsules.", "olive oil"),
    ],
)
def test_the_other_arm_told_without_a_comparison_word(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Combination NRT is more effective than a single form across 14 trials.",
        "Gave 500mg S. boulardii once daily and it was WAY shorter than the first time.",
        "Low-dose aspirin has been evaluated in more than thirty randomised trials [2-4].",
        "Rotator cuff patients on 1.25 mg daily seem to do better than our patellar tendon folks.",
        "Fractional iron absorption was 34% higher with alternate-day than with consecutive- day dosing.",
    ],
)
def test_a_verdict_against_no_arm_names_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None
