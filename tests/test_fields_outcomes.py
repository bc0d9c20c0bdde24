"""Outcome measures: the lexicon, case rules, aliases and document-local abbreviations."""

import pytest

from extractors.fields import learn_abbreviations, parse_outcomes
from extractors.fields.outcomes import FULL_NAMES


def test_lexicon_is_broad() -> None:
    assert len(FULL_NAMES) >= 150
    for abbreviation in ("LSAS", "CAPS", "SANS", "HAMD", "MADRS", "BDI", "BDI-II", "Y-BOCS", "PANSS", "PDSS",
                         "HAMA", "CGI-I", "GAD-7", "PHQ-9", "HbA1c", "LDL-C", "SBP", "BMI", "FEV1", "6MWD"):
        assert abbreviation in FULL_NAMES


CASES = [
    ("Hamilton Depression Rating Scale", ["HAMD"]),
    ("Hamilton Rating Scale for Depression (HRSD)", ["HAMD"]),
    ("HAM-D17 scores", ["HAMD-17"]),
    ("HDRS-17", ["HAMD-17"]),
    ("the Montgomery\u2013\u00c5sberg Depression Rating Scale", ["MADRS"]),
    ("Montgomery-Asberg depression rating scale", ["MADRS"]),
    ("Liebowitz Social Anxiety Scale", ["LSAS"]),
    ("LSAS-SR total", ["LSAS-SR"]),  # an edition or rater version stays as written
    ("LSAS total", ["LSAS"]),
    ("Liebowitz Social Anxiety Scale-Self Report", ["LSAS-SR"]),
    ("CPRS-R and the Conners' Parent Rating Scale-Revised", ["CPRS-R"]),
    ("WAB-AQ", ["WAB-AQ"]),
    ("DASS-21 and HADS-A", ["DASS-21", "HADS-A"]),
    ("the Confusion Assessment Method", ["CAM"]),
    ("UCLA Loneliness Scale", ["UCLA-LS"]),
    ("ULS", ["UCLA-LS"]),
    ("Zarit Burden Interview", ["ZBI"]),
    ("Children\u2019s Depression Rating Scale\u2013Revised", ["CDRS-R"]),  # curly apostrophe, en dash
    ("Addenbrooke\u2019s Cognitive Examination", ["ACE-III"]),
    ("Childrens Depression Rating Scale-Revised", ["CDRS-R"]),
    ("Clinician-Administered PTSD Scale (CAPS-5)", ["CAPS-5"]),
    ("Clinician-Administered PTSD Scale (CAPS)", ["CAPS"]),
    ("ADHD-RS-IV and ADHD Rating Scale-5", ["ADHD-RS-IV", "ADHD-RS-5"]),
    ("SRS-2", ["SRS-2"]),
    ("HAMD-17 and HAM-D17", ["HAMD-17"]),
    ("PHQ-9, GAD-7, MEQ-30", ["PHQ-9", "GAD-7", "MEQ30"]),
    ("Fear of Spiders Questionnaire", ["FSQ"]),
    ("Scores on the Mental Arithmetic Stress Questionnaire fell", ["MASQ"]),
    ("Clinician Administered PTSD Scale", ["CAPS"]),
    ("Beck Depression Inventory-II", ["BDI-II"]),
    ("BDI-II and BDI", ["BDI-II", "BDI"]),
    ("Yale-Brown Obsessive Compulsive Scale", ["Y-BOCS"]),
    ("Y\u2010BOCS", ["Y-BOCS"]),
    ("YBOCS", ["Y-BOCS"]),
    ("Clinical Global Impression-Improvement scale", ["CGI-I"]),
    ("CGI-S and CGI-I", ["CGI-S", "CGI-I"]),
    ("Panic Disorder Severity Scale", ["PDSS"]),
    ("Scale for the Assessment of Negative Symptoms", ["SANS"]),
    ("PANSS negative subscale", ["PANSS"]),
    ("GAD-7 and PHQ-9", ["GAD-7", "PHQ-9"]),
    ("PHQ9", ["PHQ-9"]),
    ("the primary outcome was glycated hemoglobin", ["HbA1c"]),
    ("HbA1c fell by 0.5%", ["HbA1c"]),
    ("LDL cholesterol", ["LDL-C"]),
    ("systolic blood pressure and HbA1c fell", ["SBP", "HbA1c"]),
    ("body mass index, a secondary endpoint", ["BMI"]),
    ("FEV1", ["FEV1"]),
    ("6-minute walk test", ["6MWT"]),
    ("**MADRS**", ["MADRS"]),
    ("[LSAS](#)", ["LSAS"]),
    ("EPM open-arm time", ["EPM"]),  # an endpoint counts where its abbreviation is written
    ("MMD fell by 2", ["MMD"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_outcomes(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


NONE = [
    "caps and sans were worn",  # ordinary words, lowercase
    "The Act was passed",  # ACT is name-only
    "hazard ratio (HR) 0.8",
    "analysed with SAS 9.4",
    "Exposure therapy is effective.",
    # plain physiological and behavioural endpoints are not instruments
    "reduced heart rate and salivary cortisol",
    "shorter sleep onset latency",
    "fewer monthly migraine days",
    "escape latency in the Morris water maze",
    "restored prepulse inhibition",
    "time in the open arms of the elevated plus maze",
    "fewer heavy drinking days",
    "immobility in the Forced Swim Test",  # not an unlisted instrument "FST" either
    "the Morris Water Maze Task",
    "Novel Object Recognition Task",
    "",
]


@pytest.mark.parametrize("text", NONE)
def test_no_outcome(text: str) -> None:
    assert parse_outcomes(text) == []


def test_learned_abbreviations_map_to_lexicon() -> None:
    text = ("Depression was rated on the Hamilton Rating Scale for Depression (HRSD-21) and anxiety on the "
            "Fear of Public Speaking Scale (FPSS). See the results (Table 2).")
    learned = learn_abbreviations(text)
    assert learned == {"HRSD-21": "HAMD-21", "FPSS": "FPSS"}
    assert parse_outcomes("HRSD-21 fell while FPSS did not", learned) == ["HAMD-21", "FPSS"]
    assert parse_outcomes("FPSS did not change") == []


def test_unknown_instrument_needs_words_that_spell_its_abbreviation() -> None:
    assert learn_abbreviations("Worry was rated on the Zeta Worry Inventory (ZWI) weekly.") == {"ZWI": "ZWI"}
    assert learn_abbreviations("Worry was rated on the inventory we adapted from a trial questionnaire (ZWI).") == {}


def test_plurals_parts_and_named_endpoints() -> None:
    assert parse_outcomes("pain on 0-10 numeric rating scales") == ["NRS"]
    assert parse_outcomes("Trail Making Test part B times") == ["TMT-B"]
    assert parse_outcomes("percent heavy drinking days (HDD)") == ["HDD"]


def test_eligibility_criteria_are_not_outcomes() -> None:
    assert parse_outcomes("adults with a body mass index of 27 or more") == []
    assert parse_outcomes("HbA1c > 7.5%") == []
    assert parse_outcomes("HbA1c fell by 0.6 points") == ["HbA1c"]


STATED_VARIANTS = [
    # a variant that is its own measure keeps its own name
    ("hs-CRP fell by a third while CRP-guided dosing continued", ["hs-CRP"]),
    ("high-sensitivity C-reactive protein and NT-proBNP", ["hs-CRP", "NT-proBNP"]),
    ("C-reactive protein, LDL-C and eGFR", ["CRP", "LDL-C", "eGFR"]),
    ("non-HDL cholesterol and apolipoprotein B", ["non-HDL-C", "ApoB"]),
    # instruments the lexicon once lacked: pediatric, pain, migraine, symptom scores
    ("PedMIDAS scores fell", ["PedMIDAS"]),
    ("the Paediatric Migraine Disability Assessment", ["PedMIDAS"]),
    ("HIT-6, MIDAS and MSQ v2.1", ["HIT-6", "MIDAS", "MSQ"]),
    ("benefit on the Total Symptom Score", ["TSS"]),
    ("TNSS and RQLQ", ["TNSS", "RQLQ"]),
    ("pain on the FLACC and the Faces Pain Scale-Revised", ["FLACC", "FPS-R"]),
    ("PedsQL total", ["PedsQL"]),
    ("KOOS and WOMAC pain", ["KOOS", "WOMAC"]),
    ("PSQI, ISI and ESS", ["PSQI", "ISI", "ESS"]),
    ("MoCA, MMSE, ADAS-Cog", ["MoCA", "MMSE", "ADAS-Cog"]),
    ("MACE, LVEF, 6MWD and NYHA class", ["MACE", "LVEF", "6MWD", "NYHA"]),
    ("VAS, NRS and BPI", ["VAS", "NRS", "BPI"]),
    ("IPSS and PHQ-8", ["IPSS", "PHQ-8"]),
]


@pytest.mark.parametrize("text,expected", STATED_VARIANTS)
def test_stated_variants_and_added_instruments(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


THRESHOLDS_AND_BACKGROUND = [
    "Adults with LDL-C above 130 mg/dL were randomised",
    "patients with type 2 diabetes (HbA1c 7-10%) were enrolled",
    "an HbA1c between 7% and 10%",
    "hs-CRP of 2 mg/L or more",
    "and hs‑CRP ⩾ 3 mg/L",
    "eGFR at least 30 mL/min",
    "an NT-proBNP over 400 pg/mL",
    "We review IL-6 blockade and other anti-inflammatory strategies.",
    "an antibody targeting interleukin-6",
    "IL-6, which is linked to inflammation, is elevated in depression.",
    "Low 25-hydroxyvitamin D is associated with fractures.",
    "the DASH diet",
    "patients with elevated LDL-C (≥130 mg/dL)",
    "HbA1c: 7.0–10.0%",
    "heart failure with reduced LVEF",
    "adults with persistently elevated hs-CRP",
    "A cohort of 20,000 adults links irregular sleep with higher blood pressure.",
]


@pytest.mark.parametrize("text", THRESHOLDS_AND_BACKGROUND)
def test_thresholds_mechanisms_and_background_are_not_outcomes(text: str) -> None:
    assert parse_outcomes(text) == []


def test_changed_biomarkers_and_reached_targets_are_outcomes() -> None:
    assert parse_outcomes("Supplementation lowered IL-6, which is linked to inflammation.") == ["IL-6"]
    assert parse_outcomes("More patients reached HbA1c < 7% with the drug.") == ["HbA1c"]
    assert parse_outcomes("LDL-C fell from 142 to 98 mg/dL") == ["LDL-C"]
    assert parse_outcomes("Lower hs-CRP at 14 d") == ["hs-CRP"]
    assert parse_outcomes("In adults with elevated hs-CRP, the drug lowered hs-CRP by 40%.") == ["hs-CRP"]


@pytest.mark.parametrize("text,expected", [
    ("Depression was rated with the Hamilton Depression Ratings Scale.", ["HAMD"]),
    ("Responders on the Clinician Global Impression-Improvement scale", ["CGI-I"]),
    ("the Clinician Global Impression Severity score fell", ["CGI-S"]),
])
def test_authors_spellings_of_a_listed_name(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mood was rated on the Worry Inventory and the Rest Questionnaire.", []),  # fragments, no made-up "WI"
    ("Scores on the Medical Outcomes Study Short Form Health Survey improved", []),  # no "MOSSFHS"
    ("the Nightmare Distress Questionnaire and the Fear of Heights Scale", ["NDQ", "FHS"]),
])
def test_unlisted_names_give_only_usable_initials(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text", [
    "Obesity was defined as a body mass index (BMI) of 30 kg/m2 or more (n = 61).",
    "lean participants, a BMI of less than 25 kg/m2",
    "adults with a BMI of at most 27",
])
def test_a_group_definition_is_not_an_outcome(text: str) -> None:
    assert "BMI" not in parse_outcomes(text)


@pytest.mark.parametrize("text,expected", [
    ("Pain was charted on the Daily Record of Pelvic Symptoms and Burden (DRPSB). DRPSB totals fell.", ["DRPSB"]),
    ("the Index of Marital Harmony (IMH) rose", ["IMH"]),
    ("Women received cognitive behavioral therapy (CBT). CBT helped.", []),
    ("Data came from the Medical Records Linkage (MRL).", []),
])
def test_an_instrument_defined_with_its_abbreviation_and_its_head_word_inside(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


def test_a_version_named_after_the_listed_name_is_that_version_alone() -> None:
    text = "Scores on the Yale-Brown Obsessive Compulsive Scale for Hoarders (Y-BOCS-H) fell."
    assert parse_outcomes(text, learn_abbreviations(text)) == ["Y-BOCS-H"]
    text = "Scores on the Liebowitz Social Anxiety Scale for Children and Adolescents (LSAS-CA) fell."
    assert parse_outcomes(text, learn_abbreviations(text)) == ["LSAS-CA"]


@pytest.mark.parametrize("text,expected", [
    ("PubMed, EMBASE and ISI/Web of Science were searched to May 2020.", []),
    ("We searched the ISI Web of Knowledge database.", []),
    ("ISI scores fell more with the drug.", ["ISI"]),
])
def test_a_database_is_not_a_scale(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("scores on the Hamilton Rating Scale of Depression", ["HAMD"]),
    ("the Pittsburg Sleep Quality Index", ["PSQI"]),
])
def test_more_authors_spellings(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Adults with a GAD-7 score of 10 or more were eligible.", []),
    ("Eligible adults had a HAM-D score ≥ 18.", []),
    ("HAM-D scores fell by 10 points.", ["HAMD"]),
    ("Quality was rated with the Newcastle-Ottawa Scale.", []),
    ("Diagnoses were made with the Structured Clinical Interview for DSM-5 (SCID-5).", []),
    ("the Mini International Neuropsychiatric Interview", []),
])
def test_eligibility_thresholds_quality_tools_and_diagnostic_interviews_are_not_outcomes(
    text: str, expected: list[str]
) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ham-D scores fell", ["HAMD"]),
    ("HAM A totals", ["HAMA"]),
    ("rated on the Montgomery Asberg scale", ["MADRS"]),
    ("ham and cheese", []),
])
def test_web_spellings_of_the_hamilton_and_montgomery_scales(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_a_listed_name_cut_short_is_no_made_up_abbreviation() -> None:
    assert parse_outcomes("scores on the Hamilton Rating Scale fell") == []  # depression or anxiety
    assert parse_outcomes("the Fear of Heights Questionnaire") == ["FHQ"]


@pytest.mark.parametrize("text,expected", [
    ("scores on the Revised Fibromyalgia Impact Questionnaire (FIQR) fell", ["FIQR"]),
    ("rated on the Clinical Rating Scale for\nTremor (CRST) at week 8", ["CRST"]),
    ("the Ostrow Mobility Rating Scale for\nParkinsonism (OMRSP) improved", ["OMRSP"]),
    ("on the Clinician-Administered PTSD Scale (CAPS-5)", ["CAPS-5"]),
    ("the Fibromyalgia Impact Questionnaire, Revised (FIQR) improved", ["FIQR"]),
    ("the Beck Depression Inventory second edition (BDI-II)", ["BDI-II"]),
    ("the Hamilton Depression Rating Scale and the Beck Depression Inventory (BDI)", ["HAMD", "BDI"]),
])
def test_a_longer_name_or_abbreviation_wins_over_the_shorter_instrument_inside_it(
    text: str, expected: list[str]
) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("krill oil cut fasting triglyceride levels by a fifth", []),
    ("the trial saw no difference in blood-pressure control", []),
    ("a pill combining a statin, a blood-pressure drug and aspirin reduced strokes (MACE)", ["MACE"]),
    ("fasting plasma glucose, HbA1c and triglycerides all fell", ["FPG", "HbA1c", "TG"]),
    ("secondary outcomes include body mass index", ["BMI"]),
    ("systolic BP fell by 6 mmHg", ["SBP"]),
    ("adults with NYHA class II or III heart failure were randomized", []),
    ("patients with Hoehn and Yahr stage 1 to 3 disease", []),
    ("more patients improved from NYHA class III to class II", ["NYHA"]),
    ("NYHA functional class and 6MWD improved", ["NYHA", "6MWD"]),
])
def test_measurements_count_only_where_reported_as_outcomes(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


def test_a_learned_abbreviation_makes_the_written_out_measurement_an_outcome() -> None:
    assert parse_outcomes("serum triglycerides fell by 20%", {"TG": "TG"}) == ["TG"]


@pytest.mark.parametrize("text,expected", [
    ("tremor fell on the TETRAS\nperformance subscale", ["TETRAS"]),
    ("the Essential Tremor Rating Assessment Scale total", ["TETRAS"]),
    ("scored on the Fahn–\nTolosa–Marín scale (FTM) at 8 weeks", ["FTM"]),
    ("the light box did not beat sham on the SIGH-SAD", ["SIGH-SAD"]),
    ("the partial Mayo score and UCEIS improved", ["Mayo", "UCEIS"]),
    ("the Harvey-Bradshaw Index and SES-CD fell", ["HBI", "SES-CD"]),
    ("POEM and the Peak Pruritus Numerical Rating Scale improved", ["POEM", "PP-NRS"]),
    ("NAPSI, UAS7 and HiSCR were secondary outcomes", ["NAPSI", "UAS7", "HiSCR"]),
    ("FeNO and the Chronic Respiratory Questionnaire improved", ["FeNO", "CRQ"]),
    ("ASDAS, BVAS, ESSDAI and RAPID3 scores", ["ASDAS", "BVAS", "ESSDAI", "RAPID3"]),
    ("the Mayo Clinic in Rochester enrolled 40 adults", []),
])
def test_movement_disorder_gastro_skin_lung_and_joint_scales(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_an_unknown_instrument_hyphenated_at_a_line_end_is_learned() -> None:
    text = "tremor on the Kessler–\nMoreau–Vance scale (KMV) fell"
    assert learn_abbreviations(text) == {"KMV": "KMV"}


def test_a_biomarker_defined_with_its_abbreviation_counts_when_later_written_out() -> None:
    document = "We measured blood pressure (BP) and triglycerides (TG) at each visit."
    learned = learn_abbreviations(document)
    assert learned == {"BP": "BP", "TG": "TG"}
    assert parse_outcomes("Blood pressure fell, as did serum triglycerides.", learned) == ["BP", "TG"]
    assert parse_outcomes("Blood pressure fell, as did serum triglycerides.") == []


SPECIALTY_CASES = [
    # dermatology
    ("The primary endpoint was IGA-CHE treatment success; secondary endpoints were HECSI and DLQI",
     ["IGA-CHE", "HECSI", "DLQI"]),
    ("Investigator's Global Assessment for Chronic Hand Eczema success", ["IGA-CHE"]),
    ("HECSI-75 was reached by 40%", ["HECSI-75"]),  # a response threshold stays as written, as PASI-90
    ("facial redness on the CEA scale at 12 hours", ["CEA"]),
    ("the Clinician's Erythema Assessment improved", ["CEA"]),
    # falls and geriatrics
    ("SPPB improved, whereas TUG time and fear of falling (FES-I) were unchanged", ["SPPB", "TUG", "FES-I"]),
    ("the Short Physical Performance Battery and the Falls Efficacy Scale-International", ["SPPB", "FES-I"]),
    ("Short FES-I scores", ["FES-I"]),
    ("Tinetti Performance-Oriented Mobility Assessment", ["POMA"]),
    # rheumatology
    ("secondary outcomes included the AUSCAN function subscale", ["AUSCAN"]),
    ("the Australian/Canadian Hand Osteoarthritis Index and WOMAC", ["AUSCAN", "WOMAC"]),
    ("the Functional Index for Hand Osteoarthritis (FIHOA)", ["FIHOA"]),
    # supportive oncology
    ("quality of life was assessed with the FLIE.", ["FLIE"]),
    ("Functional Living Index-Emesis scores", ["FLIE"]),
    ("mouth pain on the OMDQ; peak OMAS", ["OMDQ", "OMAS"]),
    ("the EORTC QLQ-CIPN20 sensory subscale", ["EORTC QLQ-CIPN20"]),
    ("EORTC QLQ CIPN20 and EORTC QLQ C30", ["EORTC QLQ-CIPN20", "QLQ-C30"]),
    ("QLQ C-30 global health status", ["QLQ-C30"]),
    ("the Edmonton Symptom Assessment System (ESAS)", ["ESAS"]),
    # paediatric respiratory
    ("non-inferior on the PRAM score at day 4", ["PRAM"]),
    ("Pediatric Respiratory Assessment Measure", ["PRAM"]),
    ("the Pediatric Asthma Severity Score (PASS)", ["PASS"]),
    # sleep
    ("Actigraphic TST rose by 42 min and WASO fell", ["TST", "WASO"]),
    # veterinary
    ("pain severity on the Canine Brief Pain Inventory (CBPI) fell, but LOAD mobility scores did not",
     ["CBPI", "LOAD"]),
    ("reduced CBPI pain scores compared with placebo", ["CBPI"]),
    ("the Helsinki Chronic Pain Index and the Liverpool Osteoarthritis in Dogs questionnaire", ["HCPI", "LOAD"]),
    # exercise physiology
    ("did not change CK levels or pain pressure threshold (PPT)", ["CK", "PPT"]),
    ("no effect on soreness or CK at any time point", ["CK"]),
]


@pytest.mark.parametrize("text,expected", SPECIALTY_CASES)
def test_specialty_instruments(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pain on the Feline Brief Pain Inventory (FBPI) fell. Later FBPI scores fell again.", ["FBPI"]),
    ("the Equine Visual Analogue Scale (EVAS) and, later, EVAS", ["EVAS"]),
    ("Canine Brief Pain Inventory (CBPI)", ["CBPI"]),
    ("the Brief Pain Inventory (BPI) and a VAS", ["BPI", "VAS"]),
    ("CBPI and BPI", ["CBPI", "BPI"]),
])
def test_a_qualified_abbreviation_is_never_cut_to_the_listed_one(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


def test_total_sleep_time_counts_only_as_written_abbreviation() -> None:
    assert parse_outcomes("total sleep time rose") == []
    assert parse_outcomes("the tail suspension test") == []


@pytest.mark.parametrize("text,expected", [
    ("the EORTC QLQ-C30 and QLQ-BR23 were given", ["QLQ-C30", "EORTC QLQ-BR23"]),
    ("EORTC QLQ H&N35 scores", ["EORTC QLQ-H&N35"]),
    ("FACT-B and FACT-G totals", ["FACT-B", "FACT-G"]),
    ("Oxford Knee Score and IKDC", ["OKS", "IKDC"]),
    ("the FACT/GOG-Ntx subscale", ["FACT-Ntx"]),  # an instrument of its own (FACT-G plus 11 neurotoxicity items), since wave 54
    ("the Constant-Murley score", ["CMS"]),
    ("CMS was used", []),  # also the Centers for Medicare & Medicaid Services
])
def test_further_specialty_instruments(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


@pytest.mark.parametrize("defined,later,expected", [
    ("Omega-3 did not change tear film osmolarity, but lipid layer thickness (LLT) rose.", "LLT was higher at week 12.", ["LLT"]),
    ("Zolpidem shortened sleep-onset latency (SOL) by 20 minutes.", "SOL fell in both arms.", ["SOL"]),
    ("Efficacy against medically attended influenza-like illness (MA-ILI) was 61%.", "MA-ILI cases were fewer.", ["MA-ILI"]),
    ("Rivaroxaban reduced the rate of major adverse limb events (MALE).", "MALE occurred in 4%.", ["MALE"]),
    ("Mean time to symptom resolution (TTSR) was 3.1 days.", "TTSR did not differ.", ["TTSR"]),
])
def test_endpoint_abbreviations_defined_in_the_document(defined: str, later: str, expected: list[str]) -> None:
    abbreviations = learn_abbreviations(defined)
    assert parse_outcomes(later, abbreviations) == expected


@pytest.mark.parametrize("text", [
    "We enrolled adults with chronic kidney disease (CKD). CKD progressed slowly.",
    "Patients with heart failure with preserved ejection fraction (HFpEF) were randomised. HFpEF is common.",
    "The hazard ratio (HR) was 0.74. HR 0.74 for death.",
    "The response rate (RR) was 48%. RR 1.4.",
])
def test_a_condition_or_a_statistic_defined_is_no_measure(text: str) -> None:
    second = text.split(". ", 1)[1]
    assert parse_outcomes(second, learn_abbreviations(text)) == []


def test_an_endpoint_abbreviation_not_defined_is_not_read() -> None:
    assert parse_outcomes("LLT was higher at week 12.") == []


@pytest.mark.parametrize("text,expected", [
    ("improved the OSA-18 total score", ["OSA-18"]),
    ("fish oil did not change INR versus placebo", ["INR"]),
    ("the international normalized ratio was stable", []),
    ("patients with an INR of 2.0-3.0 were eligible", []),
    ("IPSS and Qmax improved; PVR did not change", ["IPSS", "Qmax", "PVR"]),
    ("tear break-up time and OSDI improved", ["TBUT", "OSDI"]),
    ("NEI VFQ-25 composite scores", ["NEI-VFQ-25"]),
    ("the Tinnitus Functional Index fell", ["TFI"]),
    ("obstructive sleep apnoea (OSA) was common", []),
])
def test_ent_eye_urology_and_anticoagulation_measures(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("cell,expected", [
    ("OSDI, TBUT", ["OSDI", "TBUT"]),
    ("LLT; MGYSS", ["LLT", "MGYSS"]),
    ("IPSS, Qmax and PVR", ["IPSS", "Qmax", "PVR"]),
    ("Sleep, mood", []),
    ("HR, RR", []),
    ("QoL, AEs", []),
])
def test_outcome_cells_listing_short_forms(cell: str, expected: list[str]) -> None:
    assert parse_outcomes(cell) == expected


@pytest.mark.parametrize("text", ["All-cause mortality fell by 12%.", "death from any cause was similar"])
def test_mortality_written_out_is_no_measure(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The Reflux Symptom Index and RFS fell", ["RSI", "RFS"]),
    ("VHI-10 improved", ["VHI-10"]),
    ("pure-tone average improved by 10 dB", ["PTA"]),
    ("NIBUT and tear meniscus height rose", ["NIBUT", "TMH"]),
    ("corneal fluorescein staining improved", ["CFS"]),
    ("CFS was common in the cohort", []),
    ("the Lund-Kennedy endoscopic score fell", ["LKES"]),
    ("IELT increased and PBAC scores fell", ["IELT", "PBAC"]),
])
def test_more_ent_eye_and_urology_measures(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The median length of stay (LOS) fell by a day.", {"LOS": "LOS"}),
    ("Time in therapeutic range (TTR) improved with the app.", {"TTR": "TTR"}),
    ("The rate of acute kidney injury (AKI) was lower with the drug.", {"AKI": "AKI"}),
    ("Patients with acute kidney injury (AKI) were enrolled.", {}),
    ("Adults with recurrent venous thromboembolism (VTE) were eligible.", {}),
])
def test_more_endpoint_heads(text: str, expected: dict) -> None:
    assert dict(learn_abbreviations(text)) == expected
