"""Wave 38: dose and N wordings from outside our own gold sets."""

import pytest

from extractors.fields.dose import parse_doses
from extractors.fields.n import parse_n


def _values(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gastroenterology table cell whose superscript was flattened by the copy
        ("Lactobacillus reuteri DSM 17938 | 2 × 108 CFU | 8 weeks", [(2e8, None, "CFU")]),
        # paediatric infectious disease, lower-case unit and a per-day rate
        ("Infants were given 1 x 1010 cfu/day of the strain for a month.", [(1e10, None, "CFU/day")]),
        # a flattened count beside its spelled restatement
        ("Each sachet delivered 3×109 CFU (3 billion) of the mixture.", [(3e9, None, "CFU")]),
        # the written forms that keep their superscript still read as before
        ("Adults took 5 × 10^9 CFU with breakfast.", [(5e9, None, "CFU")]),
        ("Capsules held 4 x 10(10) colony-forming units.", [(4e10, None, "CFU")]),
        ("Women took 2×10⁹ CFU nightly.", [(2e9, None, "CFU")]),
        ("The yoghurt gave 10 billion CFU per serving.", [(1e10, None, "CFU")]),
    ],
)
def test_colony_counts_with_a_flattened_exponent(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a lone glued number is still no exponent: nothing says it was a power of ten
        "Plates grew 1010 CFU after incubation.",
        # a multiplication sign with no leading amount is too little to read
        "counts of x 109 CFU were seen",
    ],
)
def test_a_glued_number_without_a_mantissa_is_not_a_count(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sports nutrition: the day named before the amount
        ("Per day, 6 g of creatine was given in four portions.", [(6.0, None, "g/day")]),
        # cardiology
        ("Each day, a total of 4 g of omega-3 ethyl esters was taken with meals.", [(4.0, None, "g/day")]),
        # a schedule before the amount keeps the unit plain, as "500 mg twice a day" does
        ("Twice a day, 250 mg of the extract was swallowed.", [(250.0, None, "mg")]),
        ("Three times per day, 400 mg of ibuprofen was given.", [(400.0, None, "mg")]),
        # "a daily dose of" names a schedule, not a per-day rate
        ("Patients received a daily dose of 500 mg of the antibiotic.", [(500.0, None, "mg")]),
    ],
)
def test_the_day_written_before_the_amount(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neurology background beside nothing a study gave
        ("A therapeutic dose of riboflavin is between 200 and 400 milligrams daily.", []),
        # endocrinology, a range in IU
        ("The usual dose of vitamin D for adults is 1,000 to 2,000 IU a day.", []),
        # a diarist comparing the usual dosage with what they took
        ("The usual dosage taken is 10 mg, but I decided to take 30 mg instead.", [(30.0, None, "mg")]),
        # dermatology, "are usually between"
        ("Effective doses are usually between 0.25 and 0.5 mg/kg.", []),
        # the past tense reports what a study found and stays a dose
        ("In that trial the effective dose was 5 mg.", [(5.0, None, "mg")]),
    ],
)
def test_a_dose_defined_in_the_present_tense_is_background(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sports science: two arms named with their abbreviations before "group"
        ("Runners were randomised with ten athletes in each nitrate (NO3) or placebo (PL) group.", 20),
        # pharmacology: three named arms
        ("Seven rats in each of the vehicle, low-dose and high-dose groups were dosed daily.", 21),
        # dermatology: arms joined by "and"
        ("We enrolled 15 patients in each of the laser and cryotherapy groups.", 30),
        # the plain forms still count as before
        ("Twelve mice per group received drug or vehicle.", 24),
        ("40 patients in each of the three groups were followed.", 120),
    ],
)
def test_per_arm_size_times_the_named_arms(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # psychiatry augmentation trial: a qualifier says who was enrolled
        ("Lamotrigine was added to SSRI treatment in 240 partial responders over 10 weeks.", 240),
        # randomised-withdrawal design: an enrolment verb after plain "responders"
        ("After open-label treatment, 512 responders were randomised to continue or to placebo.", 512),
        ("412 responders were switched either to maintenance dosing or to placebo.", 412),
        # rheumatology: inadequate responders are the population
        ("The trial enrolled 310 inadequate responders to methotrexate.", 310),
        # mood disorders: the verb before the count
        ("We re-randomised 96 remitters to continuation or taper.", 96),
    ],
)
def test_responders_counted_as_people_when_enrolled(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # outcome counts stay outcomes
        "There were 48 responders (52%) with the drug and 30 with placebo.",
        "Response was seen in 64 responders in the active group.",
    ],
)
def test_plain_responders_are_an_outcome(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Target Recruitment: 48", 48),
        ("- Target Recruitment\n- 77", 77),
        ("Target sample size: 160 participants", 160),
        ("Planned enrolment 300", 300),
    ],
)
def test_registry_target_recruitment(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


def test_a_recruitment_target_rate_is_no_count() -> None:
    assert parse_n("The site reached its target recruitment of 90% within 12 weeks.")[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cluster trials count the people, not the clusters (education, primary care, global health)
        ("We cluster-randomised 24 schools (1,800 pupils) to the programme or usual teaching.", 1800),
        ("The trial randomised 40 general practices, enrolling 2,300 patients.", 2300),
        ("In total, 36 villages with 4,210 children were randomised.", 4210),
    ],
)
def test_cluster_trials_count_people(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cardiology: each component named, one "per day" for the list
        ("Patients took 2 g EPA and 1 g DHA per day.", [(2.0, None, "g/day"), (1.0, None, "g/day")]),
        # sports nutrition: a bracketed daily total per component
        ("(in total 6 g beta-alanine, 20 g creatine per day)", [(6.0, None, "g/day"), (20.0, None, "g/day")]),
        # a schedule on the list keeps the plain unit
        ("1 g glucosamine and 0.8 g chondroitin taken twice per day", [(1.0, None, "g"), (0.8, None, "g")]),
        # a verb between the amounts ends the list
        ("Adults received 200 mg was given and 400 mg per day.", [(200.0, None, "mg"), (400.0, None, "mg/day")]),
    ],
)
def test_a_per_day_shared_by_named_components(text: str, expected: list) -> None:
    assert _values(text) == expected
