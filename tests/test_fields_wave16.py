"""Wave-16 field families: attention controls named beside an active-looking arm, standard and
defined drug short forms, usual diet / standard regimen / standard dosing as treatment as usual,
biosimilar against its reference product; N read past years and strain codes; entry criteria and
in-vitro readouts as outcome measures."""
import pytest

from extractors.fields.comparator import learn_drug_abbreviations, parse_comparator


@pytest.mark.parametrize("text, expected", [
    # an active-looking arm then called an attention control
    ("We randomly assigned 132 adults with MS to home cycling with video coaching, or to a stretching programme "
     "with matched coaching contact (attention control).", "attention control"),
    ("Children were randomised to the reading intervention or to supervised board games (attention control).",
     "attention control"),
    ("Veterans were allocated to yoga or to a health talk series with matched contact time (an attention control).",
     "attention control"),
    ("Mindfulness training was compared with a relaxation class that served as an attention control.",
     "attention control"),
    ("Caregivers were randomised to the coping programme or to a matched contact control of weekly phone calls.",
     "attention control"),
    ("Tai chi improved balance compared with a contact control condition (general health lectures) in 90 adults.",
     "attention control"),
])
def test_attention_control_named_beside_the_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # standard short forms of a field, read in the comparator's place
    ("PRP reduced WOMAC pain more than HA at 6 months (SMD -0.42).", "hyaluronic acid"),
    ("Platelet-rich plasma was compared with HA in 120 knees.", "hyaluronic acid"),
    ("Tofacitinib plus MTX was superior to MTX alone.", "methotrexate alone"),
    ("Baricitinib gave higher ACR20 responses than MTX at week 24.", "methotrexate"),
    ("Upadacitinib was superior to ADA in 1,600 patients.", "adalimumab"),
    ("Tranexamic acid cut blood loss versus EACA in 200 patients.", "aminocaproic acid"),
    ("Levetiracetam was as effective as VPA in 140 children.", "valproate"),
])
def test_standard_drug_short_form_as_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_standard_short_forms_are_not_read_outside_a_comparison() -> None:
    assert parse_comparator("Hectares of ha plots were sprayed with PRP; yields rose in 2020.") is None


@pytest.mark.parametrize("document, sentence, expected", [
    ("Knees received hyaluronic acid (HA) or saline.", "Gel reduced pain more than HA.", "hyaluronic acid"),
    ("Patients on tranexamic acid (TXA) were compared.", "Ethamsylate was inferior to TXA.", "tranexamic acid"),
    ("Zoledronic acid (ZOL) was given yearly.", "Denosumab raised BMD more than ZOL.", "zoledronic acid"),
    ("Valproic acid (VPA) is the usual first line.", "Lamotrigine was compared with VPA.", "valproate"),
    ("Sodium hyaluronate (SH) injections were used.", "PRP was better than SH at 6 months.", "hyaluronic acid"),
])
def test_defined_short_form_of_a_two_word_drug(document: str, sentence: str, expected: str) -> None:
    assert parse_comparator(sentence, learn_drug_abbreviations(document)) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 47 patients, an anti-inflammatory diet lowered DAS28-ESR by 0.4 points more than the participants’ usual "
     "diet (p = 0.12).", "treatment as usual"),
    ("A Mediterranean diet was compared with their usual diet in 60 adults.", "treatment as usual"),
    ("The low-FODMAP diet reduced bloating versus a habitual diet in 40 patients.", "treatment as usual"),
    ("Adults were randomised to a four-month regimen of high-dose rifampicin or to the standard six-month regimen.",
     "treatment as usual"),
    ("The high-dose regimen shortened time to culture conversion compared with standard dosing (HR 1.78).",
     "treatment as usual"),
    ("Children were randomised to a shortened course or the standard 10-day regimen.", "treatment as usual"),
    ("Outcomes were similar to the standard of care in 300 patients.", "treatment as usual"),
    ("High-dose rifampicin was compared with the standard dose of rifampicin in 180 adults.", "rifampicin"),
])
def test_usual_diet_and_standard_regimen_are_treatment_as_usual(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_usual_diet_kept_by_both_arms_is_no_comparator() -> None:
    assert parse_comparator("Participants kept their usual diet and took 2 g fish oil daily for 8 weeks.") is None


@pytest.mark.parametrize("text, expected", [
    ("Two randomised equivalence trials found ACR20 responses to biosimilar adalimumab within the prespecified "
     "margin of the reference product.", "adalimumab"),
    ("Biosimilar infliximab (CT-P13) was non-inferior to the reference product in 600 patients.", "infliximab"),
    ("Biosimilar etanercept matched the originator on DAS28 at week 52.", "etanercept"),
    ("A biosimilar trastuzumab gave pCR rates equivalent to the reference medicine.", "trastuzumab"),
    ("Switching to biosimilar rituximab was as effective as continuing the innovator product.", "rituximab"),
])
def test_biosimilar_against_its_reference_product(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an education control named at length: the name up to what it is about or what it was designed for
    ("We did a randomised trial comparing digital CBT-I with online patient education about sleep (PE).",
     "online patient education"),
    ("Researchers randomly assigned 1,700 patients to either digital CBT or so-called sleep hygiene education designed "
     "to improve bedtime routines.", "sleep hygiene education"),
    ("Pain coping skills training was compared with arthritis education intended to match contact time.",
     "arthritis education"),
    ("Adolescents were randomised to the app or to printed asthma education regarding inhaler technique.",
     "printed asthma education"),
])
def test_education_control_named_at_length(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a class of other treatments, the drugs in brackets: the first named drug
    ("Four of the studies compared vitamin B2 to other migraine prophylactics (propranolol 80 mg, valproate 500 mg).",
     "propranolol"),
    ("Two trials compared melatonin with standard hypnotics (zolpidem 10 mg or zopiclone 7.5 mg).", "zolpidem"),
    ("Magnesium was compared against other preventive agents (topiramate, amitriptyline) in 3 trials.", "topiramate"),
])
def test_class_of_other_treatments_then_the_drugs(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the disease-model group named by its insult is the untreated arm, not a treatment called "stressed"
    ("**p < 0.01 compared with chronic EF-stressed group (one-way ANOVA).", "no treatment"),
    ("Infarct volume was smaller than in the MCAO-injured group at 24 h.", "no treatment"),
    ("Cytokines were lower compared with the LPS-challenged group (n = 8).", "no treatment"),
    ("Memory improved versus the scopolamine-induced group in 40 mice.", "no treatment"),
])
def test_disease_model_group_named_by_its_insult(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


from extractors.fields.n import parse_n  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    # a year-shaped count after "in" with a population noun right after it
    ("This trial evaluated once-weekly semaglutide 2.4 mg with lifestyle intervention in 1961 adults with overweight "
     "or obesity.", 1961),
    ("The vaccine was tested in 2010 healthy volunteers across 12 sites.", 2010),
    ("Safety was assessed in 1987 older women receiving zoledronic acid.", 1987),
    ("Efficacy was confirmed in 2045 patients with type 2 diabetes (HbA1c 7-10%).", 2045),
    # a year: a comma or a verb after it, or "In <year>" opening the sentence
    ("In 2019, 450 adults were enrolled in the trial.", 450),
    ("In 2019 adults aged 65 years and over were offered the booster; 312 participants were randomised.", 312),
    ("Between 2015 and 2019 patients were recruited from 40 clinics; 288 patients were randomised.", 288),
    ("Enrolment began in 2018 and 96 children were randomised.", 96),
])
def test_year_shaped_count_before_a_population_noun(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", [
    # a number needed to treat counts no one
    "One study found for every three adults treated with riboflavin, one patient would have a 50% reduction.",
    "For every 12 women screened, one fracture was prevented.",
    "Every 20 patients vaccinated prevented one admission, the authors estimated.",
    "For every five children treated with the spacer, one avoided an emergency visit.",
])
def test_number_needed_to_treat_is_not_n(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text", [
    # a per-group size given as a range: the total is unknown
    "The results are expressed as means ± S.E.M. for 8–10 animals per group.",
    "Data are mean ± SD of 6-8 mice per group.",
    "Values are means of 5 to 7 rats in each group.",
    "Each bar shows 10–12 fish per group.",
])
def test_ranged_group_size_gives_no_n(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text, expected", [
    # strain and breed codes are no counts
    ("Day-old Ross 308 broilers were fed the diet for 42 days.", None),
    ("A total of 480 Ross 308 broilers were allotted to four diets.", 480),
    ("Cobb 500 chicks (n = 240) received the probiotic.", 240),
    ("Male C57BL/6 mice were given the extract for 4 weeks.", None),
    ("Twelve Wistar rats were treated with the extract at 200 mg/kg.", 12),
    ("Forty Sprague-Dawley rats were used.", 40),
    ("Female C57BL/6J mice (n = 36) were fed a high-fat diet.", 36),
])
def test_strain_and_breed_codes_are_not_counts(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # people lost, withdrawn or excluded are no sample
    ("Two participants (one each in 250 mg/day ashwagandha and placebo) were lost to follow-up and 58 participants "
     "completed the study.", 58),
    ("Three children were lost to follow-up.", None),
    ("Four patients (all for travel reasons abroad) were lost to follow up; 96 were analysed.", 96),
    ("Six adults were withdrawn by the investigators and 114 completed the trial.", 114),
    ("Nine women were excluded after screening, and 88 women were randomised.", 88),
])
def test_people_lost_or_withdrawn_are_not_the_sample(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


from extractors.fields.outcomes import parse_outcomes  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    # a severity range or floor in brackets after who took part is an entry criterion
    ("We randomly assigned 132 adults with relapsing–remitting MS (EDSS 1.0–5.5) to home cycling. The primary outcome "
     "was the Modified Fatigue Impact Scale (MFIS).", ["MFIS"]),
    ("Older adults with mild dementia (MMSE 18–26) were randomised to music therapy; agitation fell on the CMAI.",
     ["CMAI"]),
    ("Outpatients with major depression (MADRS ≥ 22) received psilocybin; HAMD scores fell by 12 points.", ["HAMD"]),
    ("Children with moderate eczema (SCORAD 25-50) used the emollient; itch improved on the POEM.", ["POEM"]),
    ("Patients with knee OA (KL grade 2-3; WOMAC pain ≥ 40) had better WOMAC pain scores at 12 weeks.", ["WOMAC"]),
    # the same scale reported as a result stays an outcome
    ("EDSS worsened less with the drug (mean change 0.2 vs 0.5) in 300 adults with MS.", ["EDSS"]),
])
def test_severity_entry_criterion_in_brackets_is_not_an_outcome(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Cell-culture readouts stay laboratory readouts (wave 15, holdout 10): what cells released is no outcome measure,
    # while the same biomarker measured in people is one.
    ("Tofacitinib reduced IL-6 release in synovial organoid cultures, whereas MMP-3 release was not reduced.", []),
    ("In primary chondrocyte cultures, the extract lowered MMP-3 secretion versus vehicle.", []),
    ("Serum MMP-3 fell by 30% with tocilizumab in 60 patients with RA.", ["MMP-3"]),
    ("In 90 adults, curcumin lowered IL-8 and IL-1β versus placebo.", ["IL-8", "IL-1β"]),
    ("dp-ucMGP fell 33% and 46% from baseline with MK-7 in 86 adults on haemodialysis.", ["dp-ucMGP"]),
    ("Menaquinone-7 lowered ucOC versus placebo in 120 postmenopausal women.", ["ucOC"]),
    # the stimulus and the drug's target are no readouts
    ("Organoids were stimulated with TNF and exposed to tofacitinib at 1 µM for 72 hours.", []),
    ("An antibody targeting IL-6 was tested in 40 patients.", []),
])
def test_biomarkers_in_people_count_cell_readouts_do_not(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trial that will randomise, or is randomising: its last arm is the comparator too
    ("The SHORT-TB4 trial will randomise 1,800 adults to a four-month regimen built around high-dose rifampicin "
     "(35 mg/kg/day) or to the standard six-month regimen (ClinicalTrials.gov NCT06612345).", "treatment as usual"),
    ("The trial will randomize 400 children to azithromycin or placebo.", "placebo"),
    ("We are randomising 240 adults to tai chi or to usual care.", "treatment as usual"),
    ("The study randomises patients to early surgery or to watchful waiting.", "watchful waiting"),
    ("Investigators plan to randomly assign 90 women to letrozole or clomiphene.", "clomiphene"),
])
def test_planned_randomisation_names_its_last_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year after a month or season is a date, not the people randomised
    ("Patients newly diagnosed from January 2020 to January 2021 were randomly assigned to tetracycline (n = 116) or "
     "furazolidone (n = 168).", 284),
    ("Between March 2018 and June 2019 participants were enrolled; 240 adults were randomised.", 240),
    ("Recruitment ran from September 2021 to spring 2022 and 150 patients were randomized.", 150),
    ("From Oct 2015 to Dec 2016 women were screened, and 88 women were randomised.", 88),
])
def test_year_after_a_month_is_a_date(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # adjustment covariates, event names and the population's defining values are not outcome measures
    ("After adjusting for gender, body mass index (BMI), smoking and diabetes, statin use lowered MACE versus placebo.",
     ["MACE"]),
    ("Objective: to assess statins in adults with elevated LDL-C for the primary prevention of cardiovascular events.",
     []),
    ("Models were adjusted for age, sex, BMI and baseline HbA1c; the PHQ-9 improved more with the app.", ["PHQ-9"]),
    ("Adjusted for age, BMI and eGFR, the drug reduced systolic blood pressure (SBP) by 8 mmHg.", ["SBP"]),
])
def test_covariates_and_population_values_are_not_outcomes(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


from extractors.fields.comparator import names_no_comparator  # noqa: E402


@pytest.mark.parametrize("cell, expected", [
    # a comparator cell naming another dose level or a period of the same people: no control arm
    ("Low dose", True), ("fixed dose", True), ("Lower doses", True), ("Dose comparison", True),
    ("Control period", True), ("Baseline period", True), ("Run-in period", True), ("Washout", True),
    ("Pre-treatment period", True),
    # arms
    ("Low-dose aspirin", False), ("Placebo", False), ("Standard care", False), ("High-dose vitamin D", False),
])
def test_dose_level_or_period_cell_names_no_comparator(cell: str, expected: bool) -> None:
    assert names_no_comparator(cell) is expected


from extractors.fields.dose import parse_doses  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    # two doses set against each other with the unit written once: both are doses
    ("Asante 2020    210    10 vs 20 mg/kg/day  low dose        Fewer transfusions at 20", [(10, "mg/kg/day"), (20, "mg/kg/day")]),
    ("Patients were randomised to escitalopram 10 versus 20 mg daily.", [(10, "mg"), (20, "mg")]),
    ("Omega-3 at 1 vs. 2 g/day lowered triglycerides similarly.", [(1, "g/day"), (2, "g/day")]),
    ("Hydroxyurea 15 v 30 mg/kg/day was compared in 120 children.", [(15, "mg/kg/day"), (30, "mg/kg/day")]),
])
def test_dose_pair_with_versus_shares_the_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(d.value, d.unit) for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # poultry counted like other animals; the strain code inside is no count
    ("We used 240 Cobb 500 broilers in a 42-day trial.", 240),
    ("360 broilers were fed the basal diet or the basal diet plus 500 mg/kg of the extract.", 360),
    ("Ross 308 broilers fed the extract gained more weight.", None),
    ("Cobb 500 chicks fed 0.1% thymol had a lower FCR.", None),
    ("In total, 200 one-day-old chicks were allotted to 5 diets.", 200),
    ("Japanese quails (120) and 60 Hy-Line 36 pullets were used.", 60),
])
def test_poultry_counts_and_strain_codes(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # "than with", "that of", the reference product named before the drug
    ("ACR50 responses were higher with upadacitinib than with adalimumab at week 26.", "adalimumab"),
    ("Pain fell more with PRP than with HA at 6 months.", "hyaluronic acid"),
    ("Remission was commoner on tofacitinib than on MTX.", "methotrexate"),
    ("Efficacy of CT-P13 was similar to that of the originator infliximab.", "infliximab"),
    ("The biosimilar SB5 was equivalent to reference adalimumab in 544 patients.", "adalimumab"),
    ("Response rates were comparable to those of the innovator etanercept.", "etanercept"),
    ("Serum urate was compared with reference values in 40 adults.", None),
])
def test_than_with_and_that_of_the_reference_drug(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    # "n =" a range per group: no total, whether or not the groups are counted
    "Mice were divided into five groups (n = 8–10 per group).",
    "n = 8-10 mice per group",
    "Rats were divided into four groups of 6-8 animals each.",
    "Each group had n = 6 to 8 rats.",
])
def test_n_equals_a_range_is_no_total(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text, expected", [
    # spellings of an instrument's long name
    ("The Western Ontario and McMaster University Osteoarthritis Index mean function did not differ.", ["WOMAC"]),
    ("Function on the Western Ontario McMaster Universities Osteoarthritis Index improved.", ["WOMAC"]),
    ("The WOMAC index fell by 12 points.", ["WOMAC"]),
    ("Scores on the Western Ontario and McMaster Universities Arthritis Index improved.", ["WOMAC"]),
])
def test_long_name_spellings(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "included 1 proton pump inhibitor": what a regimen included is no sample
    ("Patients were randomly assigned to the tetracycline regimen (n = 116) or the furazolidone regimen (n = 168). "
     "Both regimens included 1 proton pump inhibitor, bismuth 300 mg and amoxicillin 1000 mg.", 284),
    ("The kit included 2 inhalers and a spacer; 60 children were enrolled.", 60),
    ("Each session involved 3 breathing exercises; 48 adults took part (n = 48).", 48),
    ("The trial included 120 consecutive patients.", 120),
    ("We included 84 (42 per arm) in the analysis.", 84),
])
def test_what_a_regimen_included_is_not_the_sample(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # an arm that went on as before
    ("Adults were randomised to a Mediterranean diet or to continue their usual diet.", "treatment as usual"),
    ("Patients were allocated to the app or to continued usual care.", "treatment as usual"),
    ("Smokers were randomised to e-cigarettes or to maintain their usual routine.", "treatment as usual"),
    ("Children were randomised to the snack programme or to keep their normal diet.", "treatment as usual"),
])
def test_arm_that_continued_as_usual(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
