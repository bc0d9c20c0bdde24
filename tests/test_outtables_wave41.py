"""Wave 41: outcome measures in tables (a column of measures under a "Parameters" header,
several Outcome columns in one row) and short forms a document defines for its outcomes
(a score's name, a declared primary or secondary outcome, an unlisted short form given a score)."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes
from pipeline.model import Document


def _read(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


def _table_measures(text: str) -> list[list[str]]:
    document = Document("doc-w41", "w.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    return [claim.outcome_measures for claim in result.claims if claim.context == "table"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score's name spelled out after "statistically significant" (no statistical test)
        ("Both trials found statistically significant gains in the nocturnal cough severity score (NCSS) by week 3.",
         ["NCSS"]),
        ("A statistically significant fall in the morning stiffness index (MSI) was seen with the higher dose.", ["MSI"]),
        # an evaluation as an instrument's head word
        ("Function was rated on the Patient-Rated Ankle Function Evaluation (PRAFE) at 6 and 12 weeks.", ["PRAFE"]),
    ],
)
def test_a_defined_score_name_is_learned(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ophthalmology: defined in the sentence that names the primary outcomes
        ("The primary outcomes were change in central macular thickness (CMT) and in the flicker response amplitude (FRA) "
         "at month 6. FRA did not differ between arms.", ["CMT", "FRA"]),
        # infectious disease: stated as secondary right after the short form
        ("Culture-confirmed clearance was the primary endpoint; nasal carriage density (NCD) was secondary.", ["NCD"]),
        # imaging, defined earlier and listed where the outcome measures are named
        ("Carotid ultrasound (CUS) and pulse wave analysis (PWA) were done at baseline and 1 year. "
         "The main outcome measures were CUS and PWA.", ["CUS", "PWA"]),
    ],
)
def test_a_short_form_declared_as_an_outcome_is_learned(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "enrolled"),
    [
        # whom the study enrolled, named in the sentence that names the outcome
        ("The primary outcome was fasting glucose at week 24 in adults with nonalcoholic fatty liver disease (NAFLD).",
         "NAFLD"),
        ("We enrolled 80 adults with obstructive sleep apnoea (OSA). The primary outcomes were daytime sleepiness and OSA "
         "symptoms.", "OSA"),
        ("Secondary endpoints included readmission among patients with community-acquired pneumonia (CAP).", "CAP"),
    ],
)
def test_enrolled_conditions_in_the_outcome_sentence_are_not_measures(text: str, enrolled: str) -> None:
    assert enrolled not in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By week 8 the KOOS-PS scores favoured the injection group.", ["KOOS-PS"]),
        ("The FABQ total score fell more with graded activity.", ["FABQ"]),
        ("Mean ODQX scores were similar in both arms.", ["ODQX"]),
    ],
)
def test_an_unlisted_short_form_given_a_score_is_a_measure(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adults with a QIDS-SR score of at least 11 were eligible.",  # a severity floor at entry
        "SMD scores were pooled with a random-effects model.",  # a statistic
        "Wounds were rinsed with a sterile isotonic solution (SIS); SIS scores were not recorded.",  # spelled out as no measure
    ],
)
def test_scored_short_forms_that_are_no_outcome(text: str) -> None:
    assert _read(text) == []


def test_listed_instruments_by_their_short_form() -> None:
    assert _read("Tennis elbow: PRTEE fell by 20 points with eccentric loading.") == ["PRTEE"]
    assert _read("Diabetic neuropathy: NSS improved on the higher dose.") == ["NSS"]


# Animal nutrition: the measures stand under "Parameters", two per cell.
POULTRY = (
    "Trial\tBirds\tInclusion\tControl\tParameters\tResult\n"
    "Haddad et al. 2018\t600 broilers\t0.5 g/kg\tBasal diet\tBWG, FCR\tBWG rose by 4% (P<0.05)\n"
    "Mendes 2021\t480 broilers\t1 g/kg\tBasal diet\tBreast yield, BWG\tNo effect on growth\n"
)
# Oncology supportive care: an Outcome column that tells what happened, the scale in the next one.
MUCOSITIS = (
    "Study | Patients | Regimen | Control | Outcome measures | Scale used |\n"
    "---|---|---|---|---|---|\n"
    "Ibarra et al. 2016 | 64 adults | Honey rinse 20 ml thrice daily | Saline rinse | Fewer severe lesions with honey | OMAS |\n"
    "Chen 2019 | 50 adults | Zinc 50 mg daily | Placebo | Grade 3 mucositis was less frequent | WHO, NRS |\n"
)


def test_a_parameters_column_names_the_measures() -> None:
    assert _table_measures(POULTRY) == [["BWG", "FCR"], ["BWG"]]


def test_every_outcome_column_of_a_row_is_read() -> None:
    assert _table_measures(MUCOSITIS) == [["OMAS"], ["WHO", "NRS"]]
