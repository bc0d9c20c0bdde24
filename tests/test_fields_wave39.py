"""Wave 39: whose dose a sentence states and how it is written, and N in table cells."""

import pytest

from extractors.fields import analyse
from extractors.fields.dose import parse_doses
from extractors.fields.n import parse_n


def _claim_doses(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in analyse(text, None).dose]


def _values(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # osteoporosis: one arm compared with another drug's arm
        ("We compared a single intravenous infusion of zoledronic acid 5 mg with oral alendronate 70 mg weekly in 300 women.",
         [(5.0, None, "mg")]),
        # paediatric sedation: "compared X to Y"
        ("This trial compared ketamine 0.5 mg/kg to midazolam 0.05 mg/kg for sedation in 60 children.", [(0.5, None, "mg/kg")]),
        # emergency analgesia: "comparing X against Y"
        ("Comparing intranasal fentanyl 1.5 mcg/kg against intravenous morphine 0.1 mg/kg, pain scores fell similarly.",
         [(1.5, None, "ug/kg")]),
        # neonatology: counts allocated arm by arm
        ("In the trial, 120 infants were randomised: 60 to caffeine 20 mg/kg and 60 to theophylline 5 mg/kg.",
         [(20.0, None, "mg/kg")]),
        # reproductive medicine
        ("Of 150 women, 75 were assigned to letrozole 2.5 mg and 75 to clomiphene 50 mg.", [(2.5, None, "mg")]),
        # veterinary analgesia: "while" joins the second arm
        ("In a cohort of 90 dogs, 45 received meloxicam 0.1 mg/kg while 45 received carprofen 4 mg/kg.", [(0.1, None, "mg/kg")]),
        # epilepsy: the first arm's titrated dose is told after a comma, the other arm's after "or"
        ("Children were randomly assigned to levetiracetam, titrated from 10 mg/kg/day to a target of 40 mg/kg/day over "
         "2 weeks, or valproate 20 mg/kg/day.", [(10.0, 40.0, "mg/kg/day")]),
    ],
)
def test_the_other_arms_dose_is_left_out(text: str, expected: list) -> None:
    assert _claim_doses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # psychiatry: a combined regimen compared with placebo keeps both parts
        ("We compared sertraline 50 mg combined with quetiapine 25 mg against placebo in 80 adults.",
         [(50.0, None, "mg"), (25.0, None, "mg")]),
        # infectious disease: "compared with placebo" is spent before the combination
        ("Compared with placebo, amoxicillin 500 mg with clavulanic acid 125 mg cleared the infection faster.",
         [(500.0, None, "mg"), (125.0, None, "mg")]),
        # diabetes: "with" joins an add-on in one arm
        ("Patients received metformin 500 mg with sitagliptin 100 mg daily, compared to placebo.",
         [(500.0, None, "mg"), (100.0, None, "mg")]),
    ],
)
def test_a_combined_regimen_keeps_both_doses(text: str, expected: list) -> None:
    assert _claim_doses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orthopaedics: a viscosupplement's mass and the volume that holds it
        ("Single injection of Durolane (60 mg / 3 ml) in each knee.", [(60.0, None, "mg")]),
        ("She got one shot of Gel-One, 30 mg / 3 mL, in the left knee.", [(30.0, None, "mg")]),
        # oncology: a vial's contents
        ("Each vial holds 100 mg / 10 mL of the antibody.", [(100.0, None, "mg")]),
        # veterinary nutrition: units per volume
        ("Cats received 25,000 IU / 1 ml of the vitamin.", [(25000.0, None, "IU")]),
        # a volume on its own is still the dose
        ("Infants received 5 ml of the syrup twice daily.", [(5.0, None, "ml")]),
    ],
)
def test_a_volume_after_a_mass_and_slash_holds_it(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # urology: a juice named between the volume and its body-weight denominator
        ("Volunteers drank 15 ml juice/kg body weight or water.", [(15.0, None, "ml/kg")]),
        # paediatric emergency: fluid per kg
        ("Children received 20 ml fluid/kg over an hour.", [(20.0, None, "ml/kg")]),
        # geriatric nutrition: per kg per day written out
        ("Older adults ate 1.2 g protein per kg per day for 12 weeks.", [(1.2, None, "g/kg/day")]),
        # equine medicine
        ("Horses got 2 mg drug/kg twice daily.", [(2.0, None, "mg/kg")]),
        # a kg that belongs to another clause leaves the dose alone
        ("Patients took 500 mg of the capsule, and weight in kg was recorded.", [(500.0, None, "mg")]),
        # animal nutrition: per kg of feed is an inclusion rate, no body weight
        ("Broilers were fed 500 mg vitamin C/kg feed for 6 weeks.", [(500.0, None, "mg")]),
    ],
)
def test_a_substance_named_before_per_kg_keeps_the_weight_basis(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neurology review table
        ("Lindqvist 2016 | 64 (58 completed) | 300 mg daily | Placebo", 64),
        # nutrition table, tab-separated
        ("Okafor 2020\t120 (101 completed)\tzinc 25 mg\tplacebo", 120),
        # psychiatry table: analysed rather than completed
        ("Smith 2019 | 64 (58 analysed) | sertraline 50 mg | placebo", 64),
        # prose keeps its verb's reading
        ("Of 84 women enrolled, 70 completed the study.", 84),
    ],
)
def test_a_table_cells_count_before_its_completers_is_the_sample(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dermatology review table whose italic n became a cell of its own
        ("Grant 2009 | RDBPCT | Adults ( | n | = 50) | 18-65 | drug", 50),
        # paediatric psychiatry row
        ("Bloch 2013 | Children ( | n | = 39) | 8-17 | drug", 39),
        # capital N, nutrition trial row
        ("Trial | Adults ( | N | = 120) | zinc", 120),
        # an n column header followed by its count is no equation
        ("Row | n | 45 |", None),
    ],
)
def test_an_n_set_apart_as_a_cell_still_counts(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected
