"""Wave-18 field families (real-text probe 8, generalised across specialties).

Comparator rules written here:
- A control arm named by its object keeps the object as written with its qualifier ("normal blanket",
  "regular insoles", "non-weighted vest"); a dummy one (sham, placebo, inactive, inert, dummy) is "sham".
- A bare "the control group" with no control named anywhere gives None: dev/holdout gold does the same
  (holdout 11's "no different from the control group" has comparator null).
- A controlled design the text wants or denies ("the need for a placebo-controlled trial", "was not
  placebo-controlled") names no comparator.
- An avoidance arm ("or avoid peanuts until age 5") has no canonical name: None, not phrase debris.
"""
import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.n import parse_n


@pytest.mark.parametrize("text, expected", [
    ("Participants slept under a weighted blanket or a normal blanket for four weeks.", "normal blanket"),
    ("Remission was 20 times likelier in the weighted blanket group compared with the control blanket group.",
     "control blanket"),
    ("Adults were randomized (1:1) to weighted blanket intervention or normal blanket intervention for 1 month.",
     "normal blanket"),
    ("Children with ADHD wore a weighted vest or a non-weighted vest during class.", "non-weighted vest"),
    ("Low back pain improved more on the medium-firm mattress than on a standard mattress (n = 313).",
     "standard mattress"),
    ("Custom orthotics reduced heel pain more than regular insoles in 80 runners.", "regular insoles"),
    ("Amber glasses improved sleep more than clear glasses in 20 adults with insomnia.", "clear glasses"),
    ("Graduated stockings reduced ankle swelling more than standard stockings in 90 travellers.", "standard stockings"),
    ("Magnetic bracelets were compared with non-magnetic bracelets in 194 adults with arthritis.",
     "non-magnetic bracelets"),
])
def test_a_control_named_by_its_object(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "The stimulator reduced headache days compared with an inactive device in 120 adults.",
    "Magnetic insoles were no better than placebo insoles for diabetic neuropathy pain.",
    "Patients were randomized to an active collar or an inert collar for neck pain.",
    "The light-therapy glasses were compared with dummy glasses in 60 shift workers.",
    "Therapeutic ultrasound was no better than detuned ultrasound for shoulder pain.",
    "Low-level laser therapy was compared with an inactive laser in 60 patients with neck pain.",
])
def test_a_dummy_object_is_sham(text: str) -> None:
    assert parse_comparator(text) == "sham"


@pytest.mark.parametrize("text", [
    "Pain fell by 30% in the treatment group compared with 5% in the control group.",
    "ISI scores in the app group were no different from the control group after 10 weeks.",
    "Patients slept on a standard mattress throughout the study.",  # no arms set side by side
])
def test_no_named_control_object_names_none(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Despite the open-label design, our results indicate the need for a placebo-controlled trial.",
    "Future placebo-controlled studies are needed to confirm these findings in 200 children.",
    "The study was not placebo-controlled, and 40 patients took part.",
    "Our findings warrant a large, multicentre, sham-controlled trial of rTMS.",
    "Larger placebo-controlled trials are needed before magnesium can be recommended.",
    "The trial had no placebo arm, so all 30 patients got the drug.",
    "These findings should be confirmed in a randomised, placebo-controlled trial.",
    "A double-blind, placebo-controlled trial is warranted.",
    "Open-label and lacking a placebo arm, the study enrolled 45 adults.",
])
def test_a_wanted_or_denied_controlled_design_names_none(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "A larger placebo-controlled trial (n = 300) found a benefit of melatonin.",
    "The benefit was confirmed in a placebo-controlled trial of 200 patients.",
    "There was no difference between drug and placebo group at 8 weeks.",
    "Sertraline did not differ from the placebo group in 40 adults.",
])
def test_a_controlled_design_the_study_had_keeps_placebo(text: str) -> None:
    assert parse_comparator(text) == "placebo"


@pytest.mark.parametrize("text, expected", [
    ("Those doing yoga improved more than those doing aerobic exercise.", "aerobic exercise"),
    ("Tai chi was as good as - or even better than - aerobic exercise for fibromyalgia.", "aerobic exercise"),
    ("Acupuncture was as good as, or even better than, physiotherapy for knee pain.", "physiotherapy"),
    ("Veterans practising mindfulness slept better than those attending sleep hygiene education.",
     "sleep hygiene education"),
    ("Older adults did better on balance than those doing resistance training alone.", "resistance training alone"),
])
def test_an_active_comparator_after_than(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "RCTs of the analgesic effects of collagen peptides or hydrolyzed collagen in osteoarthritis were pooled.",
    "Adults taking fish oil capsules or capsules of fish oil concentrate were randomized in 12 trials.",
    "Infants were randomized to eat peanuts or avoid peanuts until age 5.",
    "Babies were randomized to early introduction of egg or to avoiding egg until 12 months.",
])
def test_a_synonym_or_an_avoidance_arm_names_none(text: str) -> None:
    assert parse_comparator(text) is None


def test_two_arms_with_the_same_head_keep_the_second() -> None:
    assert parse_comparator("Patients were randomized to exercise therapy or cognitive therapy.") == "cognitive therapy"


@pytest.mark.parametrize("text", [
    "Intervention: Dietary Supplement: Placebo",
    "Interventions: Drug: Metformin; Drug: Placebo",
    "Arms: Placebo Comparator: Placebo capsules",
])
def test_registry_placebo_lines(text: str) -> None:
    assert parse_comparator(text) == "placebo"


def test_registry_sham_line() -> None:
    assert parse_comparator("Intervention: Device: tDCS; Other: Sham") == "sham"


@pytest.mark.parametrize("text, n, arms", [
    ("Rats were allocated 10/10/9 per group to vehicle, low or high dose.", 29, [10, 10, 9]),
    ("Patients were randomized to drug or placebo (n = 12/11).", 23, [12, 11]),
    ("Piglets (8/8/8/8 per group) were fed the four diets for 28 days.", 32, [8, 8, 8, 8]),
    ("Children (n = 25/24/26) received the syrup, a lower dose or placebo.", 75, [25, 24, 26]),
    ("Women with PCOS were randomized 1:1 (n = 45/44) to inositol or metformin.", 89, [45, 44]),
])
def test_slash_arm_sizes_are_summed(text: str, n: int, arms: list[int]) -> None:
    assert parse_n(text) == (n, parse_n(text)[1]) and parse_n(text)[1]["arms"] == arms


@pytest.mark.parametrize("text", [
    "Responders (n = 12/40) improved more.",  # 12 of 40, not two arms
    "Events occurred on 12/11/2019 in the drug group.",
    "The male/female ratio was 27/11 in the melatonin group.",
])
def test_slashes_that_are_not_arms(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text, n", [
    ("We enrolled 60 middle-aged, mostly Caucasian, generally healthy adults.", 60),
    ("The trial included 120 overweight but otherwise healthy volunteers.", 120),
    ("Researchers studied 84 young, otherwise healthy but sleep-deprived male volunteers.", 84),
    ("A trial with 120 overweight and obese individuals found a drop in weight.", 120),
    ("We followed 36 lean, normotensive, non-smoking adults for 8 weeks.", 36),
    ("The study included 250 mostly white, college-educated, middle-aged mothers.", 250),
])
def test_a_count_before_a_list_of_adjectives(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text, n", [
    ("Enrollment: 316", 316),
    ("Enrollment 316 (Actual)", 316),
    ("Estimated Enrollment : 120 participants", 120),
    ("Actual Enrollment: 1,204 participants", 1204),
    ("Target enrolment: 90", 90),
])
def test_registry_enrollment_lines(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


def test_a_number_needed_to_treat_is_no_sample() -> None:
    assert parse_n("This gives a number needed to treat of 6 patients.")[0] is None


@pytest.mark.parametrize("text, n", [
    # a crossover: every participant was in every arm
    ("n = 21, adolescents with sleep-onset insomnia | Melatonin group (n = 21) | Placebo group (n = 21) |", 21),
    ("n = 16, adults with migraine\nActive period (n = 16); sham period (n = 16); washout (n = 16)", 16),
    # parallel arms that sum to the leading total
    ("n = 40, children with insomnia | Melatonin group (n = 20) | Placebo group (n = 20) |", 40),
])
def test_a_table_cell_opening_with_its_total(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "Randomization was carried out to 3 natural treatments and eligible patients had fewer than 3 CSBMs.",
    "The 4 sites and participating clinicians enrolled patients over a year.",
])
def test_a_count_of_things_before_and_is_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None


def test_two_adjectives_joined_after_ous() -> None:
    assert parse_n("We studied 40 anxious and depressed adolescents.")[0] == 40


@pytest.mark.parametrize("text, n", [
    ("We assessed 300 children for eligibility and randomized 150 of them.", 150),
    ("Of 500 people screened, we enrolled 120 of these in the trial.", 120),
    ("438 patients were recruited and assessed for eligibility with 196 of them randomized.", 196),
    ("Of 812 women assessed for eligibility, 410 were randomly assigned.", 410),
])
def test_the_randomized_count_beats_those_assessed(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


def test_a_part_of_studies_is_no_sample() -> None:
    assert parse_n("We included 3 of 4 trials.")[0] is None
