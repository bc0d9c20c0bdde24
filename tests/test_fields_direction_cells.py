"""Table finding cells that are a bare comparative naming the row's outcome ("Lower peak
OMAS") or a lone signed change ("+2.1 days/week"), read against the row's outcome."""

import pytest

from extractors.fields import parse_direction

CELLS = [
    ("Lower peak OMAS", "OMAS", "positive"),
    ("Lower peak OMAS (p=0.03)", "OMAS", "positive"),
    ("Lower mean NRS", "NRS", "positive"),
    ("Reduced total PASI score", "PASI", "positive"),
    ("Fewer daily IBS-SSS (p<0.01)", "IBS-SSS", "positive"),
    ("+2.1 days/week", "Pain-free days", "positive"),
    ("+1.5 seizure-free weeks", "Seizure-free weeks", "positive"),
    ("+42 min", "Actigraphic TST", "positive"),
    ("+38 min", "Total sleep time", "positive"),
    ("−12 min", "Sleep onset latency", "positive"),
    ("-0.6%", "HbA1c", "positive"),
    ("+0.4%", "HbA1c", "negative"),
    ("+1.2% vs −0.4%", "Lumbar BMD", "positive"),
    ("+3.1 mg/dL", "Widget index", "unknown"),  # which way is better is not known
    ("Lower peak OMAS", None, "unknown"),  # no row outcome to read it against
    ("Lower cost", "OMAS", "unknown"),  # names another thing than the row's outcome
]


@pytest.mark.parametrize("cell,outcome,expected", CELLS)
def test_table_cells(cell, outcome, expected):
    assert parse_direction(cell, "placebo", outcome) == expected


SENTENCES = [
    ("On actigraphy they fell asleep 27 minutes earlier than kids on placebo.", "positive"),
    ("Children given 3 mg melatonin 30 min before bedtime fell asleep 20 minutes earlier than those on placebo.", "positive"),
    ("Patients got to sleep sooner than with placebo.", "positive"),
    ("Sleep onset was 18 minutes earlier with ramelteon than with placebo.", "positive"),
    ("They did not fall asleep any earlier than with placebo.", "null"),
    ("Azithromycin 250 mg daily for one year reduced exacerbation frequency compared with placebo.", "positive"),
    ("Roflumilast lowered the exacerbation rate compared with placebo.", "positive"),
    ("The drug exacerbated symptoms compared with placebo.", "negative"),
]


@pytest.mark.parametrize("sentence,expected", SENTENCES)
def test_sentences(sentence, expected):
    assert parse_direction(sentence, "placebo") == expected


MATCHED_AND_SAFETY = [
    ("In 139 adults with type 2 diabetes, an 8-hour eating window lowered HbA1c about as much as conventional "
     "calorie restriction over 6 months (−0.9% vs −0.8%).", None, "null"),
    ("CBT-I shortened sleep latency roughly as much as zolpidem.", "zolpidem", "null"),
    ("Exercise was as effective as sertraline in reducing depressive symptoms.", "sertraline", "null"),
    ("Yoga reduced back pain nearly as well as physiotherapy.", "physiotherapy", "null"),
    ("Vomiting was less frequent with dexamethasone.", None, "unknown"),
    ("Nausea and dizziness were more common with the drug.", None, "unknown"),
    ("Diarrhoea was less frequent in the probiotic group.", None, "unknown"),
    ("A single dose of dexamethasone was non-inferior to three days of prednisolone on the PRAM score at day 4. "
     "Vomiting was less frequent with dexamethasone.", "prednisolone", "null"),
    ("Pain was less frequent with the drug than with placebo.", "placebo", "positive"),
]


@pytest.mark.parametrize("sentence,comparator,expected", MATCHED_AND_SAFETY)
def test_matched_and_safety(sentence, comparator, expected):
    assert parse_direction(sentence, comparator) == expected


ONE_TEST_NOT_ANOTHER = [
    ("Seniors who took salsa and ballroom classes did better on one thinking test — but not on another.", "mixed"),
    ("The dance group scored 1.8 points better on the ADAS-Cog at 12 months, but there was no difference on the MoCA.", "mixed"),
    ("Treated children performed better on the reading test but not on the spelling test.", "mixed"),
    ("Patients on the drug scored better on the PANSS positive subscale.", "positive"),
    ("Children on the drug did no better on reading tests than those on placebo.", "null"),
    ("The placebo group did better on the memory test.", "negative"),
    ("A trial found no cognitive benefit from dancing; in fact, the comparison group, which did stretching classes, "
     "improved slightly more on memory tests.", "negative"),
    ("The comparison group improved more than the yoga group.", "negative"),
    ("Yoga was superior to the comparison group on fatigue.", "positive"),
]


@pytest.mark.parametrize("sentence,expected", ONE_TEST_NOT_ANOTHER)
def test_one_test_not_another(sentence, expected):
    assert parse_direction(sentence) == expected


@pytest.mark.parametrize("cell,expected", [
    ("HAMD improved; PSQI similar", "mixed"),
    ("Pain improved; function similar", "mixed"),
    ("Pain improved, function comparable", "mixed"),
    ("Sleep latency shorter; total sleep time similar", "mixed"),
    ("Baseline characteristics were similar, and the drug improved pain.", "positive"),
])
def test_one_outcome_similar_in_a_cell(cell, expected):
    assert parse_direction(cell, "zolpidem") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("CBD reduced owner-perceived pain without measurable change in gait.", "mixed"),
    ("Sertraline improved mood without significant improvement in sleep.", "mixed"),
    ("Metformin lowered HbA1c without significant change in body weight.", "positive"),
    ("The drug reduced pain without any measurable change in blood pressure.", "positive"),
])
def test_without_change_in_a_second_outcome(sentence, expected):
    assert parse_direction(sentence, "placebo") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("My son (7, ADHD, on methylphenidate 10 mg in the mornings) can’t fall asleep before 11pm.", "unknown"),
    ("She couldn't get to sleep until 2 am most nights.", "unknown"),
    ("On melatonin he still can't fall asleep.", "null"),
])
def test_a_sleep_complaint_is_no_finding(sentence, expected):
    assert parse_direction(sentence) == expected
