"""Wave 20 direction families: a gain beside an outcome it "adds little to", weight gain
wanted in nutritional support, and a result reached as fast as the other arm's."""

import pytest

from extractors.fields import parse_direction


# One outcome moved, the treatment added little to another.
@pytest.mark.parametrize(
    "text",
    [
        "Melatonin shortens the time it takes children to fall asleep but adds little to total sleep time (Kaminski 2021).",
        "Physiotherapy reduced pain compared with usual care but added little to walking distance in 80 patients.",
        "The gel improved wound closure versus placebo but contributed little to pain relief.",
        "In 60 dogs, the diet lowered itch scores but made little difference to lesion scores.",
    ],
)
def test_gain_beside_added_little_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_added_little_alone_is_null() -> None:
    assert parse_direction("Exercise added little to total sleep time compared with placebo.") == "null"


# Weight gain wanted when nutrition supports frail, older or post-fracture patients.
@pytest.mark.parametrize(
    "text",
    [
        "Mbeki 2021\t74\tProtein supplement 40 g/day\tNo treatment\tGreater weight gain; FIM unchanged",
        "Lee 2020\t60\tNutritional supplement drinks\tUsual care\tGreater weight gain; no change in Barthel index",
        "Oral nutritional supplements for 12 weeks gave greater weight gain in 80 frail older adults, but grip strength was unchanged.",
        "After hip fracture, patients given energy drinks gained more weight than controls; mobility did not differ.",
    ],
)
def test_wanted_weight_gain_beside_an_unchanged_outcome_is_mixed(text: str) -> None:
    assert parse_direction(text) == "mixed"


def test_unwanted_weight_gain_stays_a_harm() -> None:
    assert parse_direction("Olanzapine caused greater weight gain than placebo in 80 patients.") == "negative"


# The same result as fast as the other arm: no difference.
@pytest.mark.parametrize(
    "text",
    [
        "An earlier pilot study of 50 babies found that home treatment lowered bilirubin as quickly as hospital treatment.",
        "Ulcers healed as fast as with standard dressings (Brown 2019).",
        "The gel cleared lesions as rapidly as oral terbinafine in 60 patients.",
        "In 40 horses, the boot healed hoof abscesses about as quickly as poulticing.",
        "Wounds healed as well as with silver dressings in 90 patients.",
    ],
)
def test_as_fast_as_the_other_arm_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize(
    "text",
    ["The cream reduced itching twice as fast as vehicle.", "Pain eased as soon as 2 days after the first dose, faster than with placebo."],
)
def test_faster_than_the_other_arm_stays_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


# A gain within the one arm, told plainly.
@pytest.mark.parametrize(
    "text",
    [
        "In an open-label study of 20 Labrador retrievers given one chew a day, owners reported easier rising and longer walks after 6 weeks (Hollis, 2017).",
        "A smaller open-label study of vitamin C 2 g/day in 30 adults reported lower ALT after 12 weeks, without a control group [2].",
        "In a single-arm study of 45 adults, the statin group showed lower LDL cholesterol at 3 months (Ito 2020).",
        "Oral mini-pulse dexamethasone 2.5 mg twice weekly arrested disease activity in 82% of 90 patients in an uncontrolled series.[4]",
        "Topical rapamycin halted the spread of lesions in 12 of 15 children (Moreau 2016).",
        "125 children were randomised to 3 or 6 mg of melatonin or placebo, and both doses brought sleep onset forward by about 25 minutes compared with placebo.",
        "Light therapy moved the sleep onset forward by 40 minutes in 30 adolescents (Dahl 2015).",
    ],
)
def test_within_arm_gain_told_plainly_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_a_lower_level_in_the_control_arm_is_no_gain() -> None:
    assert parse_direction("Patients reported lower ALT with placebo after 12 weeks.") != "positive"


# A commenter's before and after, or the wait before the gain came.
@pytest.mark.parametrize(
    "text",
    [
        "My son (7) takes 1 mg about an hour before bed and falls asleep within 20 minutes now, it used to take over an hour.",
        "Our paediatrician said start with 0.5 mg and honestly that was plenty – asleep in 15 minutes instead of 45.",
        "Our beagle on 10 mg settles in 10 minutes now instead of pacing all night.",
        "Our cat was on ciclosporin 7 mg/kg daily for her dermatitis and it took about 4 weeks before the itching really settled.",
        "I used the 1% cream twice a day and it took 3 weeks for the rash to clear.",
        "It took a few days before the pain eased off, but I'm on 300 mg now.",
    ],
)
def test_a_commenters_gain_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


# A harm as the finding: a commenter's that ended the treatment, or more of it than on the control.
@pytest.mark.parametrize(
    "text",
    [
        "We tried 3 mg for our daughter and it gave her vivid nightmares, so we stopped after a week.",
        "The gabapentin made him really drowsy so we stopped it.",
        "It caused my dog diarrhoea and the vet switched her to another brand.",
        "Burning and erythema, however, were reported in 14% of patients using a topical JAK inhibitor compared with 3% on vehicle cream.[8]",
        "Nausea occurred in 22% of the duloxetine group versus 8% with placebo (Park 2018).",
        "Headache was reported by 12% of patients on the drug and 4% on placebo.",
    ],
)
def test_a_harm_as_the_finding_is_negative(text: str) -> None:
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    ["Dizziness was reported in 3% of patients on the drug compared with 5% on placebo.", "It gave her relief within a week, so we stopped worrying."],
)
def test_no_harm_excess_is_not_negative(text: str) -> None:
    assert parse_direction(text) != "negative"


# A finding cell read with its row's Intervention cell, which tells that weight gain was the aim.
@pytest.mark.parametrize(
    ("finding", "treatment"),
    [
        ("Greater weight gain; FIM unchanged", "Protein supplement 40 g/day"),
        ("Greater weight gain; grip strength unchanged", "Oral nutritional supplement drinks"),
        ("More weight gain; mortality not different", "High-calorie shakes twice daily"),
    ],
)
def test_finding_cell_with_a_nutritional_treatment_is_mixed(finding: str, treatment: str) -> None:
    assert parse_direction(finding, "no treatment", None, treatment) == "mixed"


def test_finding_cell_with_a_drug_keeps_weight_gain_a_harm() -> None:
    assert parse_direction("Greater weight gain; HbA1c unchanged", "placebo", None, "Pioglitazone 30 mg") != "mixed"


# A good outcome reached in the one arm, or a commenter's animal or child rid of its symptom.
@pytest.mark.parametrize(
    "text",
    [
        "Remission was achieved in 60% of 45 patients in an uncontrolled cohort.",
        "Complete response was achieved in 12 of 30 patients (Ruiz 2016).",
        "Healing was achieved in 80% of ulcers by week 12 in a single-arm study of 40 patients.",
        "Within a week his coat was back and he stopped scratching.",
        "Within two weeks she stopped limping (carprofen 4 mg/kg).",
        "He stopped waking at night after we started 1 mg.",
    ],
)
def test_an_outcome_reached_in_one_arm_is_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_a_share_reached_below_the_controls_is_no_gain() -> None:
    assert parse_direction("Remission was achieved in 30% with the drug versus 45% with placebo.") == "negative"


@pytest.mark.parametrize("text", ["We stopped giving it after a week.", "She stopped taking it after 3 days."])
def test_stopping_the_treatment_is_no_gain(text: str) -> None:
    assert parse_direction(text) == "unknown"


# More commenters and plain within-arm reports, across species.
@pytest.mark.parametrize(
    "text",
    [
        "She used to lie awake for two hours; now she is asleep in 20 minutes.",
        "He used to scratch all night, now he sleeps through.",
        "My dog's limp is gone now, she used to struggle on the stairs.",
        "It took two months before her coat cleared up.",
        "Parents noticed easier bedtimes within a week.",
        "In a pilot study of 12 cats, owners reported less itching after 4 weeks.",
        "Topical timolol stopped the growth of haemangiomas in 90% of 30 infants.",
    ],
)
def test_more_plain_gains_are_positive(text: str) -> None:
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "He used to be calm, now he is agitated all evening.",
        "Owners reported less itching on placebo after 4 weeks.",
        "The endocrinologist stopped growth hormone after 2 years.",
    ],
)
def test_plain_reports_that_are_no_gain_are_not_positive(text: str) -> None:
    assert parse_direction(text) != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Erythema was seen in 14 of 50 patients on the cream and 2 of 50 on vehicle.",
        "Stinging was reported by 20% of patients using the gel compared with 2% of those using vehicle.",
        "Somnolence occurred in 15% of children on clonidine versus 3% on placebo (Park 2020).",
        "It made her so irritable that we stopped after 3 days.",
    ],
)
def test_more_harms_as_the_finding_are_negative(text: str) -> None:
    assert parse_direction(text) == "negative"


def test_harm_shares_alike_are_no_harm_finding() -> None:
    assert parse_direction("Rash was reported in 4% of patients on the drug and 3% on placebo.") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "The splint cured as many thumbs as surgery did in 60 patients.",
        "Home care was as quick as hospital care at clearing jaundice.",
        "Healing times were as short as with surgery (Ng 2019).",
        "The new dressing worked as well as silver in 80 burns.",
    ],
)
def test_more_parity_of_speed_or_size_is_null(text: str) -> None:
    assert parse_direction(text) == "null"


@pytest.mark.parametrize(
    "text", ["The drug cured twice as many patients as placebo did.", "Treatment courses as short as 5 days were effective."]
)
def test_multiples_and_lower_bounds_are_no_parity(text: str) -> None:
    assert parse_direction(text) == "positive"
