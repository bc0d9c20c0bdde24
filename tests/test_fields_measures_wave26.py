"""Wave 26: outcome measures and comparators across specialties, written the way trial
reports, abstracts and news pieces phrase them (not copied from any gold set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.fields import outcomes
from extractors.fields.comparator import parse_comparator
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes


def _outcomes(text: str) -> list[str]:
    return parse_outcomes(text, learn_abbreviations(text))


@pytest.mark.parametrize("text,expected", [
    # ophthalmology
    ("Cycloplegic SER progressed 0.3 D less with low-dose atropine.", ["SER"]),
    ("The anterior chamber depth (ACD) deepened after phaco; ACD then stayed stable.", ["ACD"]),
    ("Uncorrected visual acuity (UCVA) at one month was 20/25.", ["UCVA"]),
    ("A two-step DRSS improvement was seen in 38% of eyes.", ["DRSS"]),
    ("Central foveal thickness (CFT) fell by 120 µm after three injections.", ["CFT"]),
    ("Dry-eye impact was rated with the Impact of Dry Eye on Everyday Life questionnaire.", ["IDEEL"]),
    # dentistry
    ("Probing pocket depth (PPD) fell by 1.1 mm more after the laser.", ["PPD"]),
    ("Marginal bone loss (MBL) around the implants was 0.4 mm at one year.", ["MBL"]),
    ("Children's anxiety fell on the Modified Child Dental Anxiety Scale.", ["MCDAS"]),
    ("Treatment need was graded with the IOTN and the Community Periodontal Index of Treatment Needs.", ["IOTN", "CPITN"]),
    ("The implant stability quotient (ISQ) rose from 62 to 71.", ["ISQ"]),
    # dermatology
    ("Scalp psoriasis improved on the Psoriasis Scalp Severity Index.", ["PSSI"]),
    ("Transepidermal water loss (TEWL) fell with the emollient.", ["TEWL"]),
    ("Lesions cleared on the Cutaneous Dermatomyositis Disease Area and Severity Index.", ["CDASI"]),
    ("Pemphigus activity was scored with the PDAI and the ABSIS.", ["PDAI", "ABSIS"]),
    ("Quality of life improved on the Infants' Dermatitis Quality of Life Index.", ["IDQOL"]),
    # anaesthesia and intensive care
    ("Fewer patients had PONV with dexamethasone (18% vs 35%).", ["PONV"]),
    ("EBL was 240 mL lower with tranexamic acid.", ["EBL"]),
    ("The mean length of stay (LOS) was two days shorter; LOS fell most in the elderly.", ["LOS"]),
    ("Sedation depth was rated with the MOAA/S every two minutes.", ["MOAA/S"]),
    ("The SAPS II did not differ between the groups.", ["SAPS II"]),
    ("Post-dural puncture headache (PDPH) occurred in 4% with the pencil-point needle.", ["PDPH"]),
    ("Recovery was scored with the Riker Sedation-Agitation Scale.", ["SAS"]),
    # neonatology
    ("Rates of NEC, ROP and IVH were similar in the two arms.", ["NEC", "ROP", "IVH"]),
    ("Bronchopulmonary dysplasia (BPD) at 36 weeks was less common; BPD-free survival rose.", ["BPD"]),
    ("Infants with BPD were excluded.", []),
    ("Neurobehaviour was rated with the Neonatal Behavioral Assessment Scale.", ["NBAS"]),
    # rehabilitation and frailty
    ("Balance confidence rose on the Activities-specific Balance Confidence Scale.", ["ABC"]),
    ("Children's motor skills improved on the Movement Assessment Battery for Children-2.", ["MABC-2"]),
    ("The 2MWT distance rose by 14 m.", ["2MWT"]),
    ("Frailty fell on the Clinical Frailty Scale.", ["CFS"]),
    ("Muscle strength rose on the MRC sum score after the rehabilitation programme.", ["MRC-SS"]),
    # sleep
    ("Total sleep time (TST) rose by 40 minutes and sleep efficiency (SE) by 6%.", ["TST", "SE"]),
    ("Chronotype shifted on the Munich ChronoType Questionnaire.", ["MCTQ"]),
    ("Arousal before sleep fell on the Pre-Sleep Arousal Scale.", ["PSAS"]),
    # addiction
    ("AUDIT-C scores fell by 2 points with the brief intervention.", ["AUDIT-C"]),
    ("Dependence was measured with the Severity of Dependence Scale.", ["SDS"]),
    ("The Rutgers Alcohol Problem Index fell more with the app.", ["RAPI"]),
    ("Gambling severity fell on the South Oaks Gambling Screen.", ["SOGS"]),
    ("Phosphatidylethanol (PEth) fell with the contingency management.", ["PEth"]),
    # pain and musculoskeletal
    ("TOTPAR over six hours was higher with the combination.", ["TOTPAR"]),
    ("Risk was stratified with the STarT Back Screening Tool.", ["SBST"]),
    ("Knee function improved on the KOOS JR after arthroplasty.", ["KOOS JR"]),
    ("Pain behaviour in dementia was rated with the Abbey Pain Scale.", ["Abbey"]),
    # women's health and urology
    ("Endometriosis pain fell on the Biberoglu and Behrman scale.", ["B&B"]),
    ("Premenstrual symptoms fell on the Premenstrual Symptoms Screening Tool.", ["PSST"]),
    ("Postpartum haemorrhage (PPH) occurred less often with carbetocin.", ["PPH"]),
    ("Nocturia bother fell on the N-QOL.", ["N-QOL"]),
    ("Stone-related quality of life rose on the Wisconsin Stone Quality of Life questionnaire.", ["WISQOL"]),
    # psychiatry and psychology
    ("Voices became less distressing on the Psychotic Symptom Rating Scales.", ["PSYRATS"]),
    ("Suicidal ideation fell on the Suicidal Ideation Attributes Scale.", ["SIDAS"]),
    ("Hoarding fell on the Saving Inventory-Revised.", ["SI-R"]),
    ("The Eating Disorder Inventory-3 drive for thinness fell.", ["EDI-3"]),
    ("Recovery rose on the Questionnaire about the Process of Recovery.", ["QPR"]),
    ("Depression on the Hamilton Depression Rating Scale–17 fell by 9 points.", ["HAMD-17"]),
    ("Response was rated on the Clinical Global Impression of Improvement.", ["CGI-I"]),
    # cardiology and vascular
    ("MACCE at one year occurred in 8.1% versus 11.4%.", ["MACCE"]),
    ("Target vessel revascularization (TVR) was needed in 4%.", ["TVR"]),
    ("Fractional flow reserve (FFR) after stenting was 0.91.", ["FFR"]),
    ("Hospitalization for heart failure (HHF) fell by a third.", ["HHF"]),
    ("Quality of life in venous disease improved on the CIVIQ-20.", ["CIVIQ-20"]),
    # livestock, poultry and aquaculture
    ("Somatic cell count (SCC) fell in cows given the teat sealant.", ["SCC"]),
    ("Broilers fed the enzyme had a better G:F and a higher EPEF.", ["G:F", "EPEF"]),
    ("Hen-day egg production (HDEP) and Haugh unit (HU) rose with the supplement.", ["HDEP", "HU"]),
    ("The villus height to crypt depth ratio (VH:CD) rose in the jejunum.", ["VH:CD"]),
    ("Trout fed the insect meal had a higher specific growth rate (SGR).", ["SGR"]),
    # nephrology, oncology, neurology, endocrinology, haematology
    ("Delayed graft function (DGF) occurred in 21% of recipients.", ["DGF"]),
    ("Invasive disease-free survival (iDFS) at three years was 92%.", ["iDFS"]),
    ("Nutrition was scored with the Patient-Generated Subjective Global Assessment.", ["PG-SGA"]),
    ("Cognition was screened with the Rowland Universal Dementia Assessment Scale.", ["RUDAS"]),
    ("Annualized relapse rate (ARR) fell by 54%.", ["ARR"]),
    ("Ataxia progression slowed on the modified Friedreich Ataxia Rating Scale.", ["FARS"]),
    ("Symptomatic intracerebral haemorrhage (sICH) occurred in 2%.", ["sICH"]),
    ("The low blood glucose index (LBGI) fell on the closed loop.", ["LBGI"]),
    ("Joint health improved on the Hemophilia Joint Health Score.", ["HJHS"]),
])
def test_wave26_measures(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


def _wave26_rows() -> list[list[str]]:
    lines = Path(outcomes.__file__).with_name("outcomes.tsv").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# --- wave 26"))
    return [line.split("\t") for line in lines[start:] if line and not line.startswith("#")]


@pytest.mark.parametrize("row", _wave26_rows(), ids=lambda row: row[0])
def test_every_wave26_entry_by_name_and_abbreviation(row: list[str]) -> None:
    """Each new entry is found by its full name (an endpoint where the text defines its
    short form) and, unless too ambiguous to match alone, by its bare abbreviation."""
    canonical, name = row[0], row[1]
    flags = row[3] if len(row) > 3 else ""
    if "endpoint" in flags:
        assert _outcomes(f"The {name} ({canonical}) was lower in the treated arm.") == [canonical]
    elif "biomarker" not in flags and "criterion" not in flags:
        assert _outcomes(f"Scores on the {name} improved.") == [canonical]
    if "name-only" not in flags and "criterion" not in flags:
        assert _outcomes(f"Change in {canonical} at week 12 favoured the drug.") == [canonical]


@pytest.mark.parametrize("text,expected", [
    # sham and placebo variants
    ("Back pain eased more with needling than with placebo needles.", "sham"),
    ("Active tDCS lifted mood more than sham tDCS over four weeks.", "sham"),
    ("The laser healed the ulcers faster than sham laser therapy.", "sham"),
    ("Itch fell more with the new cream than with vehicle cream.", "placebo"),
    ("Children given the lozenge coughed less than those given lactose tablets.", "placebo"),
    ("Nausea was rarer with ondansetron than with sodium chloride.", "placebo"),
    # attention, passive and waitlist arms
    ("Tai chi improved balance more than the health education control.", "attention control"),
    ("Memory training helped more than the passive control group did.", "no treatment"),
    ("Scores improved more than in the no-contact control.", "no treatment"),
    ("Drinking fell more than in the delayed-access control.", "waitlist"),
    # usual care in its many spellings
    ("Knee function improved more than with conventional physical therapy.", "treatment as usual"),
    ("Readmissions were fewer than under usual clinical practice.", "treatment as usual"),
    ("Opioid use was lower than with standard analgesia after the block.", "treatment as usual"),
    # management strategies, named as written
    ("Nodules shrank more with the drug than with observation.", "observation"),
    ("Caesarean rates were no higher than with expectant management for the women induced.", "expectant management"),
    ("Quality of life was similar to active surveillance at two years.", "active surveillance"),
    ("Eye dryness eased more with cyclosporine than with artificial tears (p = 0.01).", "artificial tears"),
    ("Myopia progressed less with the defocus lenses than with single-vision spectacles.", "single-vision spectacles"),
    # active comparators and the add-on convention
    ("Pain relief with the new NSAID was similar versus ibuprofen.", "ibuprofen"),
    ("Remission was as common with the app compared with sertraline.", "sertraline"),
    ("Metformin plus sitagliptin was compared with metformin plus placebo.", "placebo"),
])
def test_wave26_comparators(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Adherence was higher than during the observation period.",
    "Pain fell during the 12-week observation period.",
    "Expectant management is common in this setting.",
])
def test_wave26_named_arms_need_a_comparison(text: str) -> None:
    assert parse_comparator(text) is None
