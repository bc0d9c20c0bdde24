"""Comparator: canonical values from the many ways papers and web pages name a control."""

import pytest

from extractors.fields import analyse, learn_abbreviations, names_no_comparator, parse_comparator

CASES = [
    ("a double-blind, placebo-controlled trial", "placebo"),
    ("Placebo-Controlled Trial of D-Cycloserine", "placebo"),
    ("sertraline versus placebo", "placebo"),
    ("DCS or pill placebo 1 hour before each session", "placebo"),
    ("CBT plus placebo", "placebo"),
    ("compared with sertraline, the drug was better tolerated", "sertraline"),
    ("compared to Zoloft", "sertraline"),
    ("vs. escitalopram 10 mg", "escitalopram"),
    ("Ketamine was more effective than midazolam", "midazolam"),
    ("psilocybin versus escitalopram for depression", "escitalopram"),
    ("versus agomelatine", "agomelatine"),
    ("randomised to CBT or wait-list", "waitlist"),
    ("compared with a waiting list control group", "waitlist"),
    ("outperformed the waitlist", "waitlist"),
    ("WAIT-LIST control", "waitlist"),
    ("usual care", "treatment as usual"),
    ("compared with treatment as usual (TAU)", "treatment as usual"),
    ("TAU", "treatment as usual"),
    ("versus standard care", "treatment as usual"),
    ("relative to enhanced usual care", "treatment as usual"),
    ("a no-treatment control group", "no treatment"),
    ("was superior to sham rTMS", "sham"),
    ("sham-controlled trial of tDCS", "sham"),
    ("compared with an attention control condition", "attention control"),
    ("D-cycloserine augmented exposure therapy compared with exposure therapy alone", "exposure therapy alone"),
    ("relative to CBT alone", "cbt alone"),
    ("rats treated with vehicle", "placebo"),
    ("saline-treated controls", "placebo"),
    ("Drug X was non-inferior to sertraline", "sertraline"),
    ("bupropion beat nicotine replacement therapy", "nicotine replacement therapy"),
    ("no benefit beyond propofol anaesthesia", "propofol"),
    ("Smith (2014) compared yoga with sertraline in 90 adults", "sertraline"),
    ("We randomised 120 adults to brisk walking or to fluoxetine 20 mg", "fluoxetine"),
    ("ketamine or the active control midazolam", "midazolam"),
    ("assigned to mindfulness training (n = 40) or health education (n = 41)", "health education"),
    ("improved scores compared with supportive counselling.", "supportive counselling"),
    ("in a head-to-head comparison with OROS methylphenidate", "methylphenidate"),
    ("performing as well as paroxetine 20 mg", "paroxetine"),
    ("Yoga was compared in a pragmatic trial with sertraline", "sertraline"),
    ("found no difference between sarcosine plus risperidone and risperidone alone", "risperidone alone"),
    ("Behavioural activation produced similar improvements to CBT.", "cbt"),
    ("Behavioural activation was comparable to full CBT on the PHQ-9", "cbt"),
    ("Booster sessions were compared with no further treatment.", "no treatment"),
    ("the control group received no supplement", "no treatment"),
    ("a trial comparing yoga with sertraline in 90 adults", "sertraline"),
    ("comparing psilocybin and escitalopram", "escitalopram"),
    ("an active comparator (sertraline)", "sertraline"),
    ("with sertraline as the active comparator", "sertraline"),
    ("with waitlist as the control condition", "waitlist"),
    ("randomised to exercise or no treatment", "no treatment"),
    ("compared with vehicle-treated rats", "placebo"),
    ("DCS augmented prolonged exposure compared with prolonged exposure alone", "prolonged exposure alone"),
    ("versus Zoloft", "sertraline"),  # a brand name, as a bare table cell is read
    ("fewer heavy drinking days with psilocybin than with\ndiphenhydramine.", "diphenhydramine"),
    ("Adults with panic or social anxiety were randomized to CBT or waitlist", "waitlist"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


NONE = [
    "compared with baseline, symptoms fell",
    "more than 50% of patients responded",
    "Exposure therapy is effective.",
    "84 patients were randomised to sertraline",
    "patients who received treatment",
    "patients treated with esketamine in routine care",
    "compared with healthy controls",
    "reduced anxiety as well as depression",
    "more than half of the sample",
    # a control named without being the comparison
    "There was no placebo group.",
    "The study ran without a placebo arm.",
    "This open-label study had no control group, so placebo effects cannot be excluded.",
    "versus None (open label)",
    "Symptomatic treatments such as levodopa work well, but no drug has yet been shown to slow progression.",
    "No intervention has been approved for this condition.",
    "comparing outcomes in adults with depression",
    "the same rating was used as a control for the trial",
    "versus n/a",
    "results were similar to those of earlier trials",
    # an "or" among the diagnoses is not the last arm of the randomisation
    "We randomly assigned 212 children aged 7 to 17 years with separation, generalized or social anxiety disorder "
    "to 14 sessions of CBT, sertraline, or their combination.",
    "",
]


@pytest.mark.parametrize("text", NONE)
def test_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("cell", ["None", "—", "-", "n/a", "N/A", "None (open label)", "No control", "Open-label",
                                  "Uncontrolled", "No comparator", "Baseline", "Pre-post", "Healthy controls", ""])
def test_a_cell_saying_there_was_no_comparator(cell: str) -> None:
    assert names_no_comparator(cell)


@pytest.mark.parametrize("cell", ["Placebo", "Zoloft", "CBT", "No treatment", "Niacin", "Wait-list control"])
def test_a_cell_naming_a_comparator(cell: str) -> None:
    assert not names_no_comparator(cell)


ARMS_AND_CONTROLS = [
    # the other arm of a dosed "took X or Y"
    ("Sixty adults took 30 mg/day of saffron or fluoxetine for 8 weeks.", "fluoxetine"),
    ("participants received 10 mg of the drug or a matching placebo", "placebo"),
    # words between "compared" and "with" may carry a dose
    ("Kaur (2021) compared ashwagandha 250 mg/day with sertraline in 48 adults", "sertraline"),
    ("a head-to-head trial with duloxetine", "duloxetine"),
    ("head-to-head versus Lexapro", "escitalopram"),
    ("relative to escitalopram, X was better tolerated", "escitalopram"),
    # a control group or condition named by its usual-care synonym, alone or not
    ("stimulation plus conventional medical management versus conventional medical management alone",
     "treatment as usual"),
    ("compared with optimal medical therapy", "treatment as usual"),
    ("compared with best supportive care", "treatment as usual"),
    # "prolonged", "guided", "-based" name a therapy; "received" and "randomised" do not
    ("participants randomised to prolonged exposure alone improved more", "prolonged exposure alone"),
    ("versus guided self-help alone", "guided self-help alone"),
    ("relative to mindfulness-based therapy alone", "mindfulness-based therapy alone"),
    # an add-on's background is not the comparator, the stated comparison is
    ("As an add-on to usual care, X was compared with usual care alone.", "treatment as usual"),
    ("Vortioxetine added to sertraline was compared with placebo added to sertraline", "placebo"),
    # a named comparison arm without its "control group" label
    ("compared with a health education control group", "attention control"),  # an education control group is an attention control
    ("versus a psychoeducation control condition", "psychoeducation"),
    ("versus non-directive counselling", "non-directive counselling"),
    ("compared with low-dose aspirin", "aspirin"),
    ("Accelerated TMS gave similar gains to standard rTMS.", "standard rtms"),
    # the first of two comparisons joined by "and"
    ("Drug X was non-inferior to sertraline and superior to placebo.", "sertraline"),
    # of two arms each named "alone", the first
    ("The combination did best; exercise alone and metformin alone did not differ.", "exercise alone"),
]


@pytest.mark.parametrize("text,expected", ARMS_AND_CONTROLS)
def test_arms_and_control_synonyms(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


NO_STRAY_WORDS = [
    "exercise reduced negative symptoms compared with control conditions",
    "compared with the control condition",
    "Compared with a comparison group, scores fell",
    "relative to their counterparts",
    "vortioxetine as add-on to sertraline improved cognition",
    "Added to standard care, the drug reduced admissions.",
    "On top of usual care, the app reduced relapse.",
    "patients who took sertraline or fluoxetine were excluded",  # no dose: not two arms
    # strata, doses and reference groups are not arms
    "users had a lower risk compared with non-users",
    "compared with the lowest quintile of intake",
    "compared with a lower dose",
    "compared with control mice",
    "compared with the intervention group",
]


@pytest.mark.parametrize("text", NO_STRAY_WORDS)
def test_control_words_and_background_treatments_are_not_comparators(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text,expected", [
    ("We randomly assigned 300 adults between the ages of 18 and 65 years who had panic disorder, agoraphobia, "
     "or social phobia to receive CBT, paroxetine (up to 40 mg per day), or a placebo pill for 12 weeks.", "placebo"),
    ("Veterans with insomnia, nightmares or both were assigned to receive prazosin or a matching placebo.", "placebo"),
    ("Patients were randomised to exercise or sertraline.", "sertraline"),
])
def test_a_diagnosis_list_before_the_arms_is_not_an_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Melatonin and zolpidem showed nearly equal improvement in sleep latency.", "zolpidem"),
    ("In the trial, the herbal tea and lorazepam produced similar reductions in anxiety.", "lorazepam"),
    ("The fixed combination lowered systolic pressure more than either monotherapy (p<0.001).", None),
    ("Transgenic mice froze less than WT mice on day 2.", None),
    ("Both groups had equal weight at baseline.", None),
])
def test_treatments_that_did_alike_and_arms_named_elsewhere(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_either_monotherapy_after_a_comparison_word_names_nothing() -> None:
    text = "More patients in the combination group compared with either monotherapy achieved control (p<0.001)."
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text,expected", [
    ("40 adults given either saffron (30 mg daily) or an antidepressant in the Prozac family (fluvoxamine, 50 mg "
     "twice a day).", "fluvoxamine"),
    ("valerian versus a benzodiazepine (e.g. lorazepam)", "lorazepam"),
    ("compared with a drug (see Table 2)", None),
])
def test_a_drug_class_named_with_the_drug_in_brackets(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Female transgenic mice were divided into four groups: wild-type (WT) control, WT treated with compound K, "
     "Tg control, and Tg treated with compound K.", "no treatment"),
    ("db/db control and db/db treated with the extract were compared", "no treatment"),
    ("WT control and WT treated with the drug", None),
])
def test_an_animal_models_own_control_group_is_its_untreated_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("School programme vs control\tBehaviour\t3 RCTs", None),
    ("| Drug vs control | Mood | 3 |", None),
    ("drug versus sertraline\t40", "sertraline"),
])
def test_a_table_cell_ends_the_comparators_name(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Saffron and fluoxetine were similarly effective for mild depression.", "fluoxetine"),
    ("Depression and anxiety showed similar improvements.", None),
    ("Men and women were equally likely to respond.", None),
])
def test_two_treatments_equally_effective(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Amitriptyline worked better.", "amitriptyline"),
    ("But propranolol worked much better for me.", "propranolol"),
    ("Sertraline worked better than placebo.", "placebo"),
    ("Sleep was better.", None),
])
def test_another_drug_that_did_better_named_alone(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("compared with an inert substance", "placebo"),
    ("versus a lookalike pill with no active ingredient", "placebo"),
    ("than the non-treated group", "no treatment"),
    ("compared with regular care", "treatment as usual"),
])
def test_lay_names_of_controls(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("We pooled randomized trials of creatine as an add-on to usual care in adults or adolescents with bipolar depression.",
     None),
    ("Randomized studies of zinc in men or women over 60 were eligible.", None),
    ("Trials randomized children aged 6 or older with tics.", None),
    ("Randomized trials of omega-3 in people with major depression or bipolar disorder were pooled.", None),
    ("Adults or adolescents were randomized to zinc or placebo.", "placebo"),
    ("We randomly assigned 40 veterans to yoga or to sertraline.", "sertraline"),
])
def test_an_or_between_populations_ages_or_diagnoses_is_no_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


COMPARATOR_SHAPES = [
    # a course or the people on it stand before the comparator's name
    ("X was non-inferior to three days of prednisolone on the PRAM score", "prednisolone"),
    ("X was as effective as a 5-day course of prednisolone", "prednisolone"),
    ("X was non-inferior to 14 days of amoxicillin", "amoxicillin"),
    # a drug class as the comparator
    ("36% fewer gout flares than matched starters of a DPP-4 inhibitor (Brenner 2025)", "dpp-4 inhibitor"),
    ("fewer events than new users of GLP-1 receptor agonists", "glp-1 receptor agonist"),
    ("X was compared with new users of sulfonylureas", "sulfonylurea"),
    ("compared with a calcium channel blocker", "calcium channel blocker"),
    # "as much as" is an equivalence
    ("lowered HbA1c about as much as conventional calorie restriction over 6 months", "calorie restriction"),
    ("X helped about as much as sertraline", "sertraline"),
    # standard care, rest and "no <therapy>"
    ("did not reduce intubation rates compared with standard oxygen in a trial", "treatment as usual"),
    ("compared with conventional oxygen therapy", "treatment as usual"),
    ("did not change CK levels compared with passive rest in a 2020 trial", "no treatment"),
    ("halved the risk of severe OM compared with no cryo- therapy in a meta-analysis", "no treatment"),
    ("compared with no cryotherapy", "no treatment"),
    # education and stretching control groups
    ("randomly assigned 212 adults to dance classes or to a health-education control group", "attention control"),
    ("the comparison group, which did stretching classes, improved slightly more", "attention control"),
    ("versus a stretching and toning control", "attention control"),
]


@pytest.mark.parametrize("text,expected", COMPARATOR_SHAPES)
def test_comparator_shapes(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Neither budesonide-formoterol reliever therapy nor salbutamol alone was compared head to head in preschool wheeze.",
    "The two inhalers were compared head to head in one small trial.",
    "a randomised trial of 188 patients found that palifermin reduced severe OM but did not prolong survival or reduce treatment breaks",
    "randomised trials showed it did not improve survival or lower relapse",
])
def test_no_comparator_from_head_to_head_or_a_verb(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text,expected", [
    ("OBJECTIVES: To compare polyethylene glycol (PEG) 3350 with lactulose as maintenance therapy.", "lactulose"),
    ("We aimed to compare apixaban with warfarin in 300 adults", "warfarin"),
    ("to compare CBT to usual care", "treatment as usual"),
    ("randomized to PEG 3350 0.4 g/kg once daily or lactulose at weight-based doses", "lactulose"),
    ("were randomised to drug X 2.5 mg or placebo for 8 weeks", "placebo"),
])
def test_compare_x_with_y_and_decimal_doses_before_the_other_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_compare_without_an_arm_names_none() -> None:
    assert parse_comparator("to compare the two doses with each other") is None


@pytest.mark.parametrize("text,expected", [
    ("In total 512 adults received either a single dose of baloxavir (40 mg) or twice-daily oseltamivir for 5 days.", "oseltamivir"),
    ("Patients were given either sertraline or escitalopram for 12 weeks.", "escitalopram"),
    ("Children took either zanamivir or a matching placebo.", "placebo"),
    ("Recovery was a day faster than with the standard five-day course of oseltamivir.", "oseltamivir"),
    ("No difference was seen in either group or at any visit.", None),
])
def test_either_or_names_the_second_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Creatine was not compared to placebo in this small pilot.",
    "The supplement has never been compared with placebo.",
    "Users combined it with caffeine rather than taking L-theanine alone.",
    "They took the blend with caffeine rather than theanine alone.",
    "This was an open study without a placebo group.",
    "Benefits were reported instead of a placebo arm being run.",
])
def test_negated_mentions_are_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text,expected", [
    ("psilocybin 25 mg or 1 mg active placebo", "placebo"),
    ("psilocybin 25 mg versus a low-dose (1 mg) active placebo", "placebo"),
    ("an ultra-low (1 mg) active-placebo", "placebo"),
    ("niacin compared with an active placebo (50 mg nicotinamide)", "placebo"),
])
def test_active_placebo_at_a_low_dose_is_placebo(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Haemorrhagic stroke fell by 21% compared with ischaemic stroke.",
    "Benefit was larger in type 2 diabetes compared with type 1.",
    "The effect was larger in heart failure compared with chronic kidney disease.",
    "Women benefited more compared with men.",
    "Bleeding was more frequent after stroke compared with transient ischaemic attack.",
])
def test_a_subgroup_contrast_is_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


def test_a_drug_abbreviation_defined_in_the_document_is_the_drug() -> None:
    text = "Women were assigned to inositol (INO) or metformin (MET) for 6 months. Ovulation was similar for INO vs. MET."
    abbreviations = learn_abbreviations(text)
    assert abbreviations.drugs == {"MET": "metformin"}
    assert analyse("Ovulation was similar for INO vs. MET.", abbreviations).comparator == "metformin"
    assert parse_comparator("INO vs. MET: no difference in ovulation rate.") == "met"  # undefined: as written
    assert learn_abbreviations("Pain (VAS) fell.").drugs == {}


@pytest.mark.parametrize("text,expected", [
    ("The pilot did not include a placebo arm.", None),
    ("The open study never used a sham procedure.", None),
    ("It has not yet been compared head-to-head with sertraline.", None),
    ("The drug did not beat placebo on the primary outcome.", "placebo"),
    ("Benefit was smaller compared with those without diabetes.", None),
    ("25 mg psilocybin versus 1 mg psilocybin (active placebo)", "placebo"),
])
def test_more_denied_arms_subgroups_and_named_placebos(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_compared_with_a_defined_short_form_between() -> None:
    assert parse_comparator("Few trials compared myo-inositol (MI) with metformin (MET) in PCOS.") == "metformin"


def test_a_generic_drug_short_form_defined_in_the_document() -> None:
    text = "Men took silodosin 8 mg or tamsulosin (TAM) 0.4 mg. Stone passage: silodosin vs. TAM, 83% vs 64%."
    abbreviations = learn_abbreviations(text)
    assert abbreviations.drugs == {"TAM": "tamsulosin"}
    assert analyse("Stone passage: silodosin vs. TAM, 83% vs 64%.", abbreviations).comparator == "tamsulosin"


@pytest.mark.parametrize("text,expected", [
    ("compared with silodosin", "silodosin"),
    ("versus apixaban", "apixaban"),
    ("faster than sumatriptan", "sumatriptan"),
])
def test_more_generic_drug_stems(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_a_clause_a_change_or_a_time_of_day_after_compared_with_is_no_comparator() -> None:
    from extractors.fields import parse_comparator

    assert parse_comparator("X was taken in the evening compared with when they took it in the morning.") is None
    assert parse_comparator("Pain fell compared with reduction seen in the earlier cohort.") is None
    assert parse_comparator("Sleep latency was shorter compared with evening dosing.") is None
    assert parse_comparator("Sleep improved with melatonin compared with placebo.") == "placebo"
