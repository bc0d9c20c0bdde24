"""Wave 33: comparator and outcome-measure families the untuned sets showed.

Families: a vitamin named by its letter stays so named; how often an arm was given is no
part of its name; a negative control is an untreated arm; an unnamed arm is what it got;
"a control of X" is X; animal-trial, tear-film and pain measures the lexicon lacked; a
lowercase kind of instrument after a named one describes it; a short form defined inside a
counted measure's name.
"""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.outcomes import learn_abbreviations, parse_outcomes

# --- a vitamin compared by its letter keeps its letter; its chemical name keeps that
VITAMIN_NAMES = [
    ("Zinc lozenges shortened colds no more than vitamin C tablets did.", "vitamin c"),
    ("Heat-stressed layers fed chromium laid as many eggs as those fed vitamin C.", "vitamin c"),
    ("Topical tretinoin was compared with vitamin A cream in 40 women with photoageing.", "vitamin a"),
    ("Intravenous thiamine was compared with ascorbic acid infusions in septic shock.", "ascorbic acid"),
    ("Night blindness resolved faster with beta-carotene than with retinol supplements.", "retinol"),
]


@pytest.mark.parametrize(("text", "expected"), VITAMIN_NAMES)
def test_a_vitamin_is_named_as_the_text_names_it(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


# --- a schedule before the other arm's agent says when, not what
SCHEDULE_LED = [
    ("dentistry", "Schools were randomised to yearly 38% silver diamine fluoride or six-monthly 5% sodium fluoride varnish.",
     "sodium fluoride varnish"),
    ("dentistry", "A single annual sealant was non-inferior to quarterly fluoride varnish in molars.", "fluoride varnish"),
    ("osteoporosis", "Women were randomised to monthly denosumab injections or yearly zoledronic acid infusions.",
     "zoledronic acid"),
    ("diabetes", "Adults were assigned to weekly semaglutide or daily liraglutide for 26 weeks.", "liraglutide"),
    ("haematology", "Alternate-day iron was non-inferior to daily iron in anaemic women.", "daily iron"),  # one agent: kept
]


@pytest.mark.parametrize(("specialty", "text", "expected"), SCHEDULE_LED)
def test_a_schedule_word_is_no_comparator(specialty: str, text: str, expected: str) -> None:
    assert parse_comparator(text) == expected, specialty


# --- a negative control is the arm left untreated
NEGATIVE_CONTROLS = [
    "Feed conversion improved by 3 points compared with the negative control.",
    "Weaned piglets given the acidifier gained more weight than the negative control group.",
    "Broilers were randomly allotted to a negative control diet or the same diet with 500 FTU/kg phytase.",
    "Lesion counts in the treated plots fell by half compared with negative controls.",
]


@pytest.mark.parametrize("text", NEGATIVE_CONTROLS)
def test_a_negative_control_is_no_treatment(text: str) -> None:
    assert parse_comparator(text) == "no treatment"


# --- measures the lexicon lacked, across specialties
MEASURES = [
    ("poultry", "rectal temperature, HSP70", ["HSP70"]),
    ("sports medicine", "Serum heat shock protein 70 (HSP70) fell after the heat-acclimation protocol.", ["HSP70"]),
    ("ophthalmology", "Tear MMP-9 positivity and the omega-3 index were read at 12 weeks.", ["MMP-9", "omega-3 index"]),
    ("nutrition", "The Omega-3 Index rose from 4.1% to 7.9% with the algal oil.", ["omega-3 index"]),
    ("pain", "Pain on the Numeric Pain Rating Scale fell by 2 points with the patch.", ["NPRS"]),
    ("pain", "NPRS, -2.1 vs -0.8 points", ["NPRS"]),
    ("rheumatology", "Pain on an 11-point numeric rating scale fell by 2 points.", ["NRS"]),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), MEASURES)
def test_measures_the_lexicon_lacked(specialty: str, text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected, specialty


def test_a_document_defining_the_pain_scale_keeps_its_short_form() -> None:
    legend = "NPRS, numeric pain rating scale; BPI, Brief Pain Inventory."
    assert parse_outcomes("Smith 2020   NPRS   -1.5 points", learn_abbreviations(legend)) == ["NPRS"]


# --- an arm named only as "another group", then what it got
UNNAMED_ARMS = [
    ("ophthalmology", "The krill oil group was compared with another group (n = 120) who received two capsules of a placebo.",
     "placebo"),
    ("physiotherapy", "Knee pain fell more than in the other group, who received sham taping.", "sham"),
    ("cardiology", "The statin arm was compared with a second arm that was given ezetimibe.", "ezetimibe"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), UNNAMED_ARMS)
def test_an_unnamed_arm_is_what_it_received(specialty: str, text: str, expected: str) -> None:
    assert parse_comparator(text) == expected, specialty


# --- "a control of X": the control arm named by what it was given
CONTROL_OF = [
    ("dry eye", "Adults were randomised to 2 g of fish oil daily or a control of 3 g of safflower oil.", "safflower oil"),
    ("dentistry", "Children were randomised to chewing xylitol gum or a control consisting of sorbitol gum.", "sorbitol gum"),
    ("rehabilitation", "Patients were randomised to the exercise programme or a control of usual care.", "treatment as usual"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), CONTROL_OF)
def test_a_control_of_names_its_agent(specialty: str, text: str, expected: str) -> None:
    assert parse_comparator(text) == expected, specialty


# --- a lowercase kind-of-instrument right after a named one describes it
DESCRIBED = [
    ("oncology", "Secondary measures were the Functional Assessment of Cancer Therapy-General quality-of-life scale "
     "and the Brief Fatigue Inventory.", ["FACT-G", "BFI"]),
    ("psychiatry", "Mood was rated on the Beck Depression Inventory and, separately, on the quality of life scale.",
     ["BDI", "QLS"]),  # set apart by words: a second instrument
]


@pytest.mark.parametrize(("specialty", "text", "expected"), DESCRIBED)
def test_a_descriptor_after_a_named_measure_is_no_second_measure(specialty: str, text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected, specialty


# --- a short form defined inside a counted measure's name: its head word follows the bracket
COUNTED = [
    ("sleep dentistry", "The splint did not lower the number of rhythmic masticatory muscle activity (RMMA) episodes per hour.",
     ["RMMA"]),
    ("cardiology", "Flecainide cut the premature ventricular contraction (PVC) burden by half.", ["PVC"]),
    ("neurology", "Slow-wave activity (SWA) duration rose with acoustic stimulation.", ["SWA"]),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), COUNTED)
def test_a_short_form_before_its_counted_head_is_a_measure(specialty: str, text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected, specialty


def test_a_condition_people_had_is_no_counted_measure() -> None:
    text = "Adults with atrial fibrillation (AF) burden over 10% were enrolled."
    assert "AF" not in learn_abbreviations(text)


# --- the other arm's strength, written before its name after "or", is the comparator's dose
def test_the_other_arms_strength_after_or_is_no_claim_dose() -> None:
    from extractors import fields

    values = fields.analyse("Patients were randomised to a new sealant or quarterly 5% sodium fluoride varnish.")
    assert values.comparator == "sodium fluoride varnish"
    assert values.dose == []
