"""Wave 31 direction families, from the errors of holdout 19, each written here in several
specialties (no gold sentence copied):

- every active arm "improved in all three X arms compared with placebo" is a gain against the
  control, not arms alike ("improved in both groups" stays null);
- two arms' falls set side by side ("fell by 9 points with X against 4 with placebo") are read by
  the clause holding the numbers: a later "and more patients responded" does not turn the fall
  into a loss;
- a terse result cell naming the doses that worked, then "only" ("0.5% and 1% only", "significant
  at 20 mg only"), is mixed: the other doses did not;
- a commenter's harm that ended the treatment (our convention since wave 20: negative), also when
  the product is named ("magnesium gave me cramps") and the stop has no subject ("had to stop");
- a reply's pleasure at another's result ("so glad it helped!") states no result of the writer's.
"""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize("text", [
    "Sleep onset latency shortened in all three melatonin arms compared with placebo.",
    "Pain scores improved in both ketamine arms relative to sham infusion, with no clear dose-response.",
    "Itch improved in all four dupilumab groups versus placebo at week 16.",
    "Wheeze scores improved in both budesonide groups compared with the placebo inhaler.",
])
def test_all_arms_against_control_is_gain(text: str) -> None:
    assert parse_direction(text, comparator="placebo") == "positive"


@pytest.mark.parametrize("text", [
    "Pain improved in both groups.",
    "Scores improved in both the yoga and the stretching arms, with no difference between them.",
    "Fatigue fell in all three groups over the 12 weeks.",
])
def test_arms_alike_stays_null(text: str) -> None:
    assert parse_direction(text, comparator="placebo") == "null"


@pytest.mark.parametrize("text", [
    "Migraine days fell by 4.1 a month with erenumab against 1.9 with placebo, and more patients halved their attack frequency.",
    "The WOMAC pain score dropped by 18 points with duloxetine versus 9 points with placebo, and more patients rated themselves much improved.",
    "The PANSS total fell by 22 points with clozapine compared with 10 points with placebo, and more patients responded.",
    "Seizure frequency fell by 41% with cannabidiol against 17% with placebo, and more children became seizure-free.",
])
def test_falls_side_by_side_then_more_responders(text: str) -> None:
    assert parse_direction(text, comparator="placebo") == "positive"


@pytest.mark.parametrize("text", [
    "Varenicline was more effective than placebo in a trial of 400 smokers: 22.5% vs 8.1% were abstinent at 6 months.",
    "Naltrexone was better than placebo among 200 drinkers: 41% vs 25% were abstinent at 12 weeks.",
    "Bupropion beat placebo in 300 smokers: 19.0% vs 10.5% stayed quit at one year.",
])
def test_good_state_named_after_the_numbers_in_their_clause(text: str) -> None:
    assert parse_direction(text, comparator="placebo") == "positive"


@pytest.mark.parametrize("text", [
    "0.5% and 1% only",
    "10 and 20 mg only",
    "significant at 20 mg only",
    "400 mg/kg only",
])
def test_cell_naming_doses_that_worked_is_mixed(text: str) -> None:
    assert parse_direction(text, comparator="placebo", outcome="HbA1c change") == "mixed"


@pytest.mark.parametrize("text", ["Positive", "NS", "Only 5 mg"])
def test_other_terse_cells_unchanged(text: str) -> None:
    assert parse_direction(text, comparator="placebo") != "mixed"


@pytest.mark.parametrize("text", [
    "Heads up: magnesium gave me terrible diarrhoea at 2.5 mg a night, so I had to stop it.",
    "Fair warning, the iron tablets gave my son cramps and we had to come off them after a week.",
    "Metformin gave me nasty bloating at first, had to give it up after a month.",
    "Turmeric gave me dreadful reflux at 1.2 g a day, had to stop after 3 days.",
])
def test_commenter_harm_that_ended_treatment_is_negative(text: str) -> None:
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize("text", [
    "Ginger gave me relief from the nausea within a day.",
    "I am glad I tried it, it helped my sleep a lot.",
])
def test_commenter_gain_stays_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize("text", [
    "@Tom_B so glad it helped!",
    "Really happy to hear the patches worked for your son.",
    "Great to hear the melatonin is helping!",
    "Glad the cream worked for you too.",
])
def test_reply_pleasure_at_anothers_result_is_no_finding(text: str) -> None:
    assert parse_direction(text) == "unknown"


def test_reply_pleasure_beside_own_result_keeps_own() -> None:
    assert parse_direction("So pleased the splint worked for your daughter, it did nothing for my wrist.") == "null"
