"""Comparator wave 27: arms that differ by route, schedule or form; the second of "either X or Y";
an arm named "non-X" beside X; mineral salts and class-named drugs as the other arm; and what is
no comparator (a quantity after "over", the control animals themselves)."""

import pytest

from extractors.fields import parse_comparator

CASES = [
    # the same drug by another route: the route is the comparator's name
    ("Children were randomized to 20 mg of oral prednisolone or to 10 mg of intramuscular prednisolone.",
     "intramuscular prednisolone"),
    ("Patients were randomised to 1 g of oral tranexamic acid or 1 g of intravenous tranexamic acid.",
     "intravenous tranexamic acid"),
    ("Topical ibuprofen relieved knee pain as well as oral ibuprofen in 300 older adults.", "oral ibuprofen"),
    # a listed drug by a route the intervention does not share stays its generic name
    ("Sublingual cyanocobalamin raised serum B12 as effectively as intramuscular hydroxocobalamin in 52 patients.",
     "hydroxocobalamin"),
    # the same agent on another schedule
    ("Alternate-day iron was non-inferior to daily iron for the haemoglobin response.", "daily iron"),
    ("Weekly vitamin D was as effective as daily vitamin D in raising serum 25(OH)D.", "daily vitamin d"),
    ("Nurses were randomised to 60 mg iron on alternate days or 60 mg every day for 12 weeks.", "daily iron"),
    # "either X or Y": the second arm, whatever it is
    ("Sixty adults used either 0.2% chlorhexidine or an essential-oil mouthwash for four weeks.", "essential-oil mouthwash"),
    ("Ninety runners took either a ginger capsule or a rice-flour capsule before each race.", "rice-flour capsule"),
    ("Teachers used either a mindfulness app or a reading app each morning for eight weeks.", "reading app"),
    # the format an arm was delivered in is no part of its name
    ("Older adults were randomly assigned to tai chi classes or to health-education sessions.", "health education"),
    ("Smokers were randomly assigned to hypnotherapy sessions or to relaxation-training sessions.", "relaxation training"),
    ("Veterans were randomly assigned to trauma-focused therapy sessions or to present-centred therapy sessions.",
     "present-centred therapy"),
    # "X and non-X": the arm without it
    ("Caries increments were compared between the xylitol and non-xylitol groups.", "non-xylitol"),
    ("Schoolchildren were assigned to two groups, fluoride and non-fluoride, for two years.", "non-fluoride"),
    ("Seizure counts in the ketogenic and non-ketogenic arms were similar.", "non-ketogenic"),
    # a mineral salt is a named agent
    ("Magnesium glycinate raised serum magnesium more than magnesium oxide.", "magnesium oxide"),
    ("Ferrous bisglycinate caused fewer stomach complaints than ferrous sulfate in 120 pregnant women.", "ferrous sulfate"),
    ("Zinc picolinate was absorbed better than zinc citrate in 15 volunteers.", "zinc citrate"),
    # the other arm named by its dose first
    ("Pain fell 40 percent in those who took 100 milligrams of CoQ10 daily versus those who took 400 international "
     "units (IU) of vitamin E daily.", "vitamin e"),
    ("Sleep improved in adults given 3 mg of melatonin versus those given 500 mg of valerian root nightly.", "valerian"),
    # the other arm named with its class
    ("The patients received a single infusion of ketamine or the sedative midazolam.", "midazolam"),
    ("Children with otitis were given amoxicillin 80 mg/kg after a long course of watchful waiting or the antibiotic "
     "azithromycin.", "azithromycin"),
    ("Adults were given a nightly dose of melatonin or the hypnotic zolpidem.", "zolpidem"),
]

NOT_COMPARATORS = [
    # a quantity after "over", not an arm
    ("Nausea is reported by over 70% of patients receiving chemotherapy.", None),
    ("Fatigue affects over 60 percent of people receiving radiotherapy.", None),
    ("Over 300 adults taking statins were screened.", None),
    # the control animals or people are the arm's members, not its treatment
    ("Weight gain improved by day 25 as compared to the control piglets.", None),
    ("Egg production was higher than in the control hens.", None),
    ("Recovery was faster relative to the control patients.", None),
]


@pytest.mark.parametrize("text, comparator", CASES)
def test_comparator(text, comparator):
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize("text, comparator", NOT_COMPARATORS)
def test_not_a_comparator(text, comparator):
    assert parse_comparator(text) == comparator


FIRST_ARM = [
    ("Cats were randomly assigned to receive a standard renal diet (0.5% phosphorus) or experimental diets with less "
     "phosphorus.", "standard renal diet"),
    ("Calves were randomly assigned to a commercial milk replacer or one of two test formulas.", "commercial milk replacer"),
    ("Infants were randomised to receive a cow's-milk formula or an experimental formula enriched with lutein.",
     "cow's-milk formula"),
]


@pytest.mark.parametrize("text, comparator", FIRST_ARM)
def test_arm_named_beside_experimental_arms_is_the_control(text, comparator):
    assert parse_comparator(text) == comparator


FACTORIAL = [
    "The trial is investigating whether taking daily vitamin K2 (180 µg) or magnesium (300 mg) slows arterial calcification.",
    "Researchers asked whether taking 1 g of fish oil or 2000 IU of vitamin D prevents falls in older women.",
    "We examined whether taking creatine (5 g/day) or beta-alanine (3 g/day) improves sprint times.",
]


@pytest.mark.parametrize("text", FACTORIAL)
def test_agents_of_a_whether_question_are_no_comparator(text):
    assert parse_comparator(text) is None


def test_whether_question_with_a_comparative_keeps_its_comparator():
    assert parse_comparator("We asked whether taking 30 mg of saffron or fluoxetine gave more relief.") == "fluoxetine"


@pytest.mark.parametrize("text", [
    "Once-daily dosing was as effective as twice-daily dosing in a second trial.",
])
def test_two_schedules_without_an_agent_name_no_comparator(text):
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text, comparator", [
    ("Layers got either the usual 300 FTU/kg phytase or a superdose of 1,200 FTU/kg.", "300 ftu/kg phytase"),
    ("Sows were fed either the standard lactation diet or a high-fibre diet.", "lactation diet"),
    ("Infants received either the regular follow-on formula or an enriched formula with DHA.", "regular follow-on formula"),
])
def test_usual_arm_beside_an_enhanced_one_is_the_control(text, comparator):
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize("text, comparator", [
    ("Adults who practised qigong reported less fatigue than peers who attended cooking classes.", "cooking"),
    ("Seniors were randomly assigned to dance classes or to health-education sessions of the same length.",
     "health education"),
    ("Patients were randomly assigned to aquatic therapy or to land-based exercise of equal duration.", "land-based exercise"),
])
def test_arm_delivered_alike_named_without_its_format(text, comparator):
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize("text, comparator", [
    ("One trial found that peppermint oil seemed to work just as well as hyoscine for cramping.", "hyoscine"),
    ("Chamomile tea performed about as well as warm milk in helping toddlers settle.", "warm milk"),
    ("In a small study, acupressure bands worked as well as ginger to ease morning sickness.", "ginger"),
])
def test_worked_as_well_as_names_the_other_arm(text, comparator):
    assert parse_comparator(text) == comparator


def test_as_well_as_meaning_also_names_no_arm():
    assert parse_comparator("The programme offered group exercise as well as diet advice.") is None
