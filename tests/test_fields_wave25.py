"""Wave 25: families of the field misses holdout 16 showed, each written as variants of our own across
specialties and registers (none is a gold sentence). Arm sizes listed before the people and shared out by the
verb; a survey's sample of buyers or readers; comparators whose own words end in -ing or start with a route;
instruments of facial palsy and borderline personality disorder; a scale abbreviation that is also a device."""

import pytest

from extractors.fields import parse_comparator, parse_n, parse_outcomes

ARMS_LISTED_BEFORE_PEOPLE = [
    ("A dose-finding trial randomised 32, 30 and 33 adults to 5, 10 or 20 mg of the compound.", 95, [32, 30, 33]),
    ("The unit allocated 55, 52 and 54 women to low, medium or high doses of iron.", 161, [55, 52, 54]),
    ("Investigators assigned 30 and 31 children to the two reading programmes.", 61, [30, 31]),
    ("We randomly assigned 120, 118, 121 and 119 hens to four diets.", 478, [120, 118, 121, 119]),
    ("The farm randomly allocated 60 and 58 dairy cows to the two rations.", 118, [60, 58]),
    ("In all, 61 and 59 boys were allocated to the app or to a leaflet.", 120, [61, 59]),
    ("44, 41 and 45 patients were randomized to 0.5, 1 or 2 g of the extract.", 130, [44, 41, 45]),
]


@pytest.mark.parametrize(("text", "n", "arms"), ARMS_LISTED_BEFORE_PEOPLE)
def test_arm_sizes_listed_before_the_people_are_summed(text: str, n: int, arms: list[int]) -> None:
    found, detail = parse_n(text)
    assert (found, detail.get("arms")) == (n, arms)


def test_ages_after_an_allocating_verb_are_no_arms() -> None:
    assert parse_n("They randomized 12 and 14 year olds to two curricula.")[0] is None


SURVEYS = [
    ("In our 2024 reader survey of 1,200 buyers, 87% said they slept better.", 1200),
    ("A survey of 640 customers found that 70% were satisfied with the balm.", 640),
    ("We polled 800 readers and 62% said the cream helped.", 800),
    ("Our team surveyed 2,000 members; most reported fewer headaches.", 2000),
    ("A 2023 survey of 1,500 dog owners found that 40% gave joint supplements.", 1500),
]


@pytest.mark.parametrize(("text", "n"), SURVEYS)
def test_a_surveys_sample_is_its_n(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


def test_customers_outside_a_survey_count_no_sample() -> None:
    assert parse_n("Trusted by 50,000 customers worldwide, our formula helps 90% sleep better.")[0] is None


PLANNED_AND_REGISTRY = [
    ("A second trial will begin recruiting 180 participants aged 4-17 next spring.", 180),
    ("The study will recruit 300 patients across 12 sites.", 300),
    ("Identifier NCT01234567 Status Recruiting Enrollment 246 participants (actual) Allocation Randomized", 246),
    ("Enrollment: 246 (Anticipated)", 246),
    ("Estimated enrollment 400 participants", 400),
]


@pytest.mark.parametrize(("text", "n"), PLANNED_AND_REGISTRY)
def test_planned_and_registry_counts(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


ALONE_AS_WRITTEN = [
    ("Adults were randomised to night splinting plus a steroid injection or night splinting alone.", "night splinting alone"),
    ("Sprained ankles healed no faster with a brace than with ankle taping alone.", "ankle taping alone"),
    ("Women received electrical stimulation with pelvic floor muscle training or pelvic floor muscle training alone.",
     "pelvic floor muscle training alone"),
    ("Adults did supervised walking plus diet advice or home walking alone.", "home walking alone"),
    ("Smokers were randomised to nicotine patches plus counselling or to counselling alone.", "counselling alone"),
    ("Children received topical steroid plus wet wraps or topical steroid alone.", "topical steroid alone"),
    ("Women were randomised to intravenous ferric carboxymaltose plus oral iron or oral iron alone.", "oral iron alone"),
    ("Patients were given inhaled corticosteroid plus a LABA or inhaled corticosteroid alone.",
     "inhaled corticosteroid alone"),
    ("Patients were allocated to a supervised programme plus text reminders or home-based exercise alone.",
     "home-based exercise alone"),
]


@pytest.mark.parametrize(("text", "expected"), ALONE_AS_WRITTEN)
def test_alone_arm_keeps_its_modifiers_and_route(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


# Our decision for holdout 16's "tai chi or standard pulmonary rehabilitation": a programme named by its kind
# (two words or more after "standard") is that programme; "standard care/treatment/therapy" stays treatment as
# usual, and "standard rTMS" (one word) keeps the word that tells the protocol from the one tested.
STANDARD_PROGRAMMES = [
    ("People with COPD were randomised to qigong or standard pulmonary rehabilitation for 12 weeks.",
     "pulmonary rehabilitation"),
    ("Home-based exercise was as effective as standard cardiac rehabilitation in 200 patients.", "cardiac rehabilitation"),
    ("Virtual reality training was compared with standard occupational therapy in 80 stroke survivors.",
     "occupational therapy"),
    ("Patients were randomised to yoga or standard care.", "treatment as usual"),
    ("Accelerated TMS gave similar gains to standard rTMS.", "standard rtms"),
]


@pytest.mark.parametrize(("text", "expected"), STANDARD_PROGRAMMES)
def test_standard_programme_is_that_programme(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


OUTCOMES = [
    ("Self-rated symptoms on the Borderline Symptom List (BSL-23) fell more with schema therapy.", ["BSL-23"]),
    ("BSL-23 and ZAN-BPD scores were recorded at 6 and 12 months in 90 young people.", ["BSL-23", "ZAN-BPD"]),
    ("Clinician-rated severity on the Zanarini Rating Scale for BPD (ZAN-BPD) did not differ between arms.", ["ZAN-BPD"]),
    ("Severity on the BPDSI-IV fell more with mentalization-based treatment than with usual care.", ["BPDSI-IV"]),
    ("Complete recovery (House–Brackmann grade I) was 82% with prednisolone and 64% with placebo.", ["House-Brackmann"]),
    ("Recovery to House-Brackmann grade II or better was faster with steroids in 300 adults.", ["House-Brackmann"]),
    ("Facial function on the House Brackmann scale and the Sunnybrook score improved with mime therapy.",
     ["House-Brackmann", "Sunnybrook"]),
    ("Synkinesis on the Sunnybrook Facial Grading System was lower after biofeedback.", ["Sunnybrook"]),
    ("eFACE scores improved by 12 points after botulinum toxin in 30 patients with synkinesis.", ["eFACE"]),
    ("Patients were treated at Sunnybrook Health Sciences Centre in Toronto.", []),
]


@pytest.mark.parametrize(("text", "expected"), OUTCOMES)
def test_borderline_and_facial_palsy_instruments(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


UNLISTED_WITH_THEIR_SHORT_FORM = [
    ("Tic severity on the Grover Tic Rating Scale for Children (GTRS-C) improved more than with placebo.", ["GTRS-C"]),
    ("Mood improved on the Brixton Mood Inventory in Older Adults (BMI-OA) after the walking group.", ["BMI-OA"]),
    ("Nightmares on the Morrow Nightmare Checklist (MNC-2) fell after imagery rehearsal.", ["MNC-2"]),
    ("Fatigue on the Chalmers Fatigue Questionnaire (CFQ) fell with graded activity.", ["CFQ"]),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED_WITH_THEIR_SHORT_FORM)
def test_unlisted_name_takes_the_short_form_written_after_it(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


DEVICES_NOT_SCALES = [
    "An audit of 58 women fitted with a levonorgestrel IUS for heavy menstrual bleeding found 81% satisfied.",
    "The hormonal IUS reduced menstrual blood loss more than the copper IUD.",
    "Women had the IUS inserted after delivery; satisfaction at a year was high.",
    "Continuation at one year was 80% among IUS users (n = 410).",
    "Adults using continuous positive airway pressure (CPAP) for a year had fewer crashes.",
    "Ventilation with higher positive end-expiratory pressure (PEEP) did not change mortality.",
]


@pytest.mark.parametrize("text", DEVICES_NOT_SCALES)
def test_a_device_is_no_outcome_measure(text: str) -> None:
    from extractors.fields.outcomes import learn_abbreviations
    assert parse_outcomes(text, learn_abbreviations(text)) == []


def test_the_intolerance_of_uncertainty_scale_still_counts() -> None:
    assert parse_outcomes("IUS scores fell more after CBT than after waitlist in 60 adults with GAD.") == ["IUS"]


UNSUPPLEMENTED_CONTROL_DIETS = [
    ("Piglets received a control diet or the same diet with 200 mg/kg zinc oxide.", "no treatment"),
    ("Broilers were fed a control diet or that diet supplemented with 0.5% garlic powder for 42 days.", "no treatment"),
    ("Hens were fed a basal diet without supplementation or the basal diet with 50 ug/kg of the metabolite.",
     "no treatment"),
    ("Mice were fed a ketogenic diet or a control diet for 8 weeks.", None),  # one diet against another of unstated make-up
]


@pytest.mark.parametrize(("text", "expected"), UNSUPPLEMENTED_CONTROL_DIETS)
def test_the_same_diet_with_a_supplement_leaves_the_control_untreated(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(("cell", "bare"), [
    ("Fewer cracked eggs than control (2.1% vs 4.8%)", True),
    ("Weight gain 12% higher vs controls", True),
    ("Shell strength was higher than in the control group", True),
    ("Fewer cracked eggs than placebo", False),
    ("Higher than the control diet", False),
    ("No difference in laying rate", False),
])
def test_a_control_named_without_its_kind_is_told(cell: str, bare: bool) -> None:
    from extractors.fields.comparator import names_a_bare_control
    assert names_a_bare_control(cell) is bare


LABELS_AND_SUBSETS = [
    ("In a pilot trial, 64 type 2 diabetic patients were randomised to cinnamon or placebo.", 64),
    ("Cinnamon lowers glucose in type 2 diabetic patients.", None),
    ("At week 12 patients in the yoga arm reported less pain.", None),
    ("Forty adults with stage 2 hypertension took beetroot juice for four weeks.", 40),
    ("The network comprised 31 RCTs (6120 participants), of which 12 RCTs (2410 participants) reported pain.", 6120),
    ("The review found 14 trials (1,204 patients), of which 9 trials (802 patients) were double blind.", 1204),
    ("There were 96 children at baseline, and 4 in the zinc group and 3 in the placebo group were lost to follow-up.", 96),
    ("We enrolled 70 adults; 5 in the app group and 2 in the leaflet group dropped out.", 70),
    ("Overall 40 in the yoga group and 38 in the control group completed the study.", 78),
    ("Patients (113) received either topical capsaicin or vehicle four times daily.", 113),
    ("Adults (240) were randomized to acupressure or sham acupressure.", 240),
    ("The trial involved 212 adults who had a total of 240 knee replacements.", 212),
    ("A total of 180 eyes of 96 patients were treated with the drops.", 96),
]


@pytest.mark.parametrize(("text", "n"), LABELS_AND_SUBSETS)
def test_labels_subsets_dropouts_and_units_are_no_sample(text: str, n: int | None) -> None:
    assert parse_n(text)[0] == n


PACKAGES = [
    ("Patients were provided with a precoded 100 g tube of gel and applied it twice daily.", []),
    ("Each family got a 250 ml bottle of syrup; children took 5 ml twice daily.", [(5.0, "ml")]),
    ("Participants received a 30 g jar of the cream.", []),
    ("A 1 kg bag of oats was given; participants ate 70 g per day.", [(70.0, "g/day")]),
    ("Patients took one 5 g sachet daily.", [(5.0, "g")]),
    ("Two 500 mg capsules were taken daily.", [(500.0, "mg")]),
]


@pytest.mark.parametrize(("text", "expected"), PACKAGES)
def test_a_package_size_is_no_dose(text: str, expected: list[tuple[float, str]]) -> None:
    from extractors.fields import parse_doses
    assert [(d.value, d.unit) for d in parse_doses(text)] == expected


PROBE11_COMPARATORS = [
    ("The higher dose was as effective as the active control of Paracetemol (Tylenol).", "acetaminophen"),
    ("Yoga was compared with an active control of walking.", "walking"),
    ("In the active control of aerobic exercise, scores improved too.", "aerobic exercise"),
    ("Symptoms improved in 75 percent of patients compared to fewer than 40 percent in the placebo group.", "placebo"),
    ("Relief occurred in 70% of the artichoke group compared with fewer than half of those in the placebo group.",
     "placebo"),
    ("Remission was 60% compared with about 30% of patients on mesalazine.", "mesalazine"),
    ("Participants were randomized to control (water), green tea, or green tea extract for 8 weeks.", None),
    ("Mice were assigned to control (saline), low-dose extract or high-dose extract.", "placebo"),
    ("Adults were randomized to control (placebo capsules), curcumin, or curcumin plus piperine.", "placebo"),
]


@pytest.mark.parametrize(("text", "expected"), PROBE11_COMPARATORS)
def test_active_control_of_shares_and_a_control_listed_first(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mood on the Positive and Negative Affect Scale did not change after yoga.", ["PANAS"]),
    ("Affect was measured with the Positive and Negative Affect Scale (PANAS) and the BDI-II.", ["PANAS", "BDI-II"]),
])
def test_panas_by_its_other_name(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_arms_randomised_one_per_sentence_add_up() -> None:
    from extractors.fields import analyse, merge
    sentences = ["Twenty-two adults were randomized to weekly tai chi groups for 12 weeks.",
                 "Nineteen adults were randomized to stretching groups for 12 weeks."]
    merged = merge([analyse(s) for s in sentences])
    assert (merged.n, merged.n_detail.get("arms")) == (41, [22, 19])


@pytest.mark.parametrize(("text", "role"), [
    ("Sixty adults were randomized to yoga or control groups.", "randomized"),
    ("Forty participants were randomized to two groups.", "randomized"),
    ("Twenty participants were randomized to hatha yoga practice groups twice weekly.", "arm"),
])
def test_one_arm_or_all_of_them(text: str, role: str) -> None:
    assert role in parse_n(text)[1]


@pytest.mark.parametrize(("text", "n"), [
    ("A cohort of outpatients with dyspepsia was prospectively observed for 60 days by 33 physicians.", None),
    ("The programme was delivered by 12 trained therapists to 140 adults.", 140),
    ("Patients were recruited by 40 general practitioners.", None),
    ("Responses from 320 physicians showed high rates of burnout.", 320),
    ("We surveyed 210 nurses about burnout.", 210),
])
def test_staff_who_ran_the_study_are_no_sample(text: str, n: int | None) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize(("text", "expected"), [
    ("The aim was to test a commercial, preserved, but otherwise untreated aloe vera gel in psoriasis.", None),
    ("Wounds dressed with raw, untreated honey healed no faster.", None),
    ("Rats were treated with the extract or left untreated.", "no treatment"),
    ("Eyes were treated with drops or untreated.", "no treatment"),
])
def test_an_unprocessed_product_is_no_untreated_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


ROLE_SENTENCES = [
    ("HLW served as an attention-control group.", "attention control"),
    ("Placebo was the only common comparator for topical NSAIDs and capsaicin.", "placebo"),
    ("Sertraline was the active comparator.", "sertraline"),
    ("The stretching programme served as the control condition.", "stretching programme"),
    ("A sham device was used as the control.", "sham"),
    ("Usual care served as the comparator.", "treatment as usual"),
    ("The same rating was used as a control for the trial.", None),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_SENTENCES)
def test_a_sentence_stating_the_control_role_names_the_comparator(text: str, expected: str | None) -> None:
    from extractors.fields.comparator import states_comparator_role
    assert parse_comparator(text) == expected
    assert states_comparator_role(text) is (expected is not None)


@pytest.mark.parametrize(("text", "expected"), [
    ("A new trial is testing valaciclovir plus prednisolone against prednisolone alone in children.", "prednisolone alone"),
    ("The trial tests aspirin plus clopidogrel against aspirin alone in 3,000 adults.", "aspirin alone"),
    ("Laser plus exercise was tested against exercise alone in 60 runners.", "exercise alone"),
])
def test_against_ends_the_words_of_an_alone_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
