"""Wave 38: dose and N wordings from outside our own gold sets."""

import pytest

from extractors.fields.dose import parse_doses


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
