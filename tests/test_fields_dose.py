"""Doses: values, lists, ranges, unit normalisation, schedule, timing and source words."""

import pytest

from extractors.fields import analyse, merge, parse_doses


def values(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


VALUES = [
    ("50 mg", [(50, None, "mg")]),
    ("50mg", [(50, None, "mg")]),
    ("50 MG capsules", [(50, None, "mg")]),
    ("**50 mg**", [(50, None, "mg")]),
    ("50\u00a0mg", [(50, None, "mg")]),
    ("2.5 mg", [(2.5, None, "mg")]),
    ("0,5 mg", [(0.5, None, "mg")]),
    ("10 and 20 mg/kg", [(10, None, "mg/kg"), (20, None, "mg/kg")]),
    ("25 mg or 50 mg", [(25, None, "mg"), (50, None, "mg")]),
    ("10, 20, or 40 mg", [(10, None, "mg"), (20, None, "mg"), (40, None, "mg")]),
    ("50 - 250 mg", [(50, 250, "mg")]),
    ("50\u2013250 mg", [(50, 250, "mg")]),
    ("50 \u2212 250 mg", [(50, 250, "mg")]),
    ("50 to 250 mg", [(50, 250, "mg")]),
    ("50 mg to 250 mg", [(50, 250, "mg")]),
    ("0.5-1 g/d", [(0.5, 1, "g/day")]),
    ("0.5 g/d", [(0.5, None, "g/day")]),
    ("2 g per day", [(2, None, "g/day")]),
    ("20 mg/day", [(20, None, "mg/day")]),
    ("5 mcg", [(5, None, "ug")]),
    ("10 \u00b5g", [(10, None, "ug")]),
    ("10 \u03bcg", [(10, None, "ug")]),
    ("10 ug/kg", [(10, None, "ug/kg")]),
    ("1,000 IU", [(1000, None, "IU")]),
    ("4000 IU/day", [(4000, None, "IU/day")]),
    ("30 mg/kg/day", [(30, None, "mg/kg/day")]),
    ("10 mg\u00b7kg\u22121\u00b7day\u22121", [(10, None, "mg/kg/day")]),
    ("10 mg kg-1", [(10, None, "mg/kg")]),
    ("75 mg/m2", [(75, None, "mg/m2")]),
    ("75 mg/m\u00b2", [(75, None, "mg/m2")]),
    ("2 g/kg", [(2, None, "g/kg")]),
    ("24 IU intranasal oxytocin", [(24, None, "IU")]),
    ("5 ml of solution", [(5, None, "ml")]),
    ("100 milligrams", [(100, None, "mg")]),
    ("a 5% solution", [(5, None, "%")]),  # a strength is a dose (wave 27)
]


@pytest.mark.parametrize("text,expected", VALUES)
def test_values_and_units(text: str, expected: list) -> None:
    assert values(text) == expected


NOT_DOSE = [
    "soluble in DMSO at 10 mg/ml",
    "soluble in water (25 mg/mL)",
    "LDL-C of 130 mg/dL",
    "5 mg per litre",
    "aged 18-65 years",
    "12 weeks of treatment",
    "84 patients",
    "p < 0.05",
    "in 2015",
    "5 groups",
    "Figure 3 g shows",
]


@pytest.mark.parametrize("text", NOT_DOSE)
def test_not_a_dose(text: str) -> None:
    assert parse_doses(text) == []


def test_bare_comma_does_not_join_unrelated_numbers() -> None:
    assert values("participants aged 18-65, 50 mg daily") == [(50, None, "mg")]
    assert values("In 2015, 20 mg was the usual dose") == [(20, None, "mg")]


SCHEDULES = [
    ("50 mg daily", "daily"),
    ("50 mg once daily", "once daily"),
    ("50 mg once-daily", "once daily"),
    ("250 mg twice daily", "twice daily"),
    ("250 mg b.i.d.", "twice daily"),
    ("250 mg BID", "twice daily"),
    ("100 mg three times a day", "three times daily"),
    ("2.4 mg once weekly", "once weekly"),
    ("a single 100 mg dose", "single dose"),
    ("100 mg as a single dose", "single dose"),
    ("titrated to 200 mg/day", "titrated"),
    ("50 mg, flexibly dosed", "titrated"),
    ("0.5 mg as needed", "as needed"),
    ("50 mg", None),
]


@pytest.mark.parametrize("text,schedule", SCHEDULES)
def test_schedule(text: str, schedule: str | None) -> None:
    assert parse_doses(text)[0].schedule == schedule


TIMINGS = [
    ("50 mg 1 hour before each exposure session", "1 hour before each exposure session"),
    ("250 mg twice daily, 2 h before the session", "2 h before the session"),
    ("50 mg 90 minutes before the session", "90 minutes before the session"),
    ("50 mg 30 min prior to exposure", "30 min prior to exposure"),
    ("50 mg immediately after each session", "immediately after each session"),
    ("50 mg pre- or post-session", "pre- or post-session"),
    ("500 mg before each exposure", "before each exposure"),
    ("50 mg daily", None),
]


@pytest.mark.parametrize("text,timing", TIMINGS)
def test_timing(text: str, timing: str | None) -> None:
    assert parse_doses(text)[0].timing == timing


def test_text_is_the_exact_source_words() -> None:
    sentence = "Patients took 250 mg twice daily, 2 h before the session, for 6 weeks."
    (dose,) = parse_doses(sentence)
    assert dose.text == "250 mg twice daily, 2 h before the session"
    assert dose.text in sentence


def test_each_dose_of_a_sentence_gets_its_own_modifiers() -> None:
    doses = parse_doses("DCS 50 mg 1 hour before exposure versus 500 mg daily")
    assert [(d.value, d.timing, d.schedule) for d in doses] == [
        (50, "1 hour before exposure", None),
        (500, None, "daily"),
    ]


def test_per_is_the_denominator() -> None:
    assert [d.per for d in parse_doses("10 mg/kg, 20 mg/day, 5 mg/kg/day and 50 mg")] == ["kg", "day", "kg/day", None]


def test_denominator_written_once_covers_the_list() -> None:
    assert values("gave 300 mg or 900 mg a day") == [(300, None, "mg/day"), (900, None, "mg/day")]
    assert values("3 g of fish oil per day") == [(3, None, "g/day")]


def test_hyphenated_units_and_list_wide_modifiers() -> None:
    assert values("The 1-mg and 2-mg doses") == [(1, None, "mg"), (2, None, "mg")]
    assert parse_doses("A single 10-mg dose")[0].schedule == "single dose"
    doses = parse_doses("esketamine 56 mg or 84 mg twice weekly")
    assert [d.schedule for d in doses] == ["twice weekly", "twice weekly"]
    doses = parse_doses("doses of 0.1, 0.2, and 0.4 mg/kg i.p. 30 min before testing.")
    assert {d.timing for d in doses} == {"30 min before testing"}


@pytest.mark.parametrize("text", ["dissolve 10 mg in 1 mL DMSO", "Dissolve 5 mg of powder in 2 ml water"])
def test_making_up_a_solution_is_not_a_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text,values", [
    ("Participants took 10 mg at bedtime, not 30 mg once a day.", [10.0]),
    ("participants took 5 mg rather than 10 mg", [5.0]),
    ("20 mg instead of the 40 mg used earlier", [20.0]),
    ("the dose did not exceed 30 mg", [30.0]),  # a ceiling is still the dose given
])
def test_a_dose_the_text_turns_down_is_not_a_dose(text: str, values: list[float]) -> None:
    assert [dose.value for dose in parse_doses(text)] == values


@pytest.mark.parametrize("text,unit,schedule", [
    ("50 mg daily", "mg", "daily"),
    ("50 mg/day", "mg/day", None),
    ("50 mg per day", "mg/day", None),
    ("50 mg a day", "mg/day", None),
])
def test_daily_keeps_the_unit_and_per_day_divides_it(text: str, unit: str, schedule: str | None) -> None:
    (dose,) = parse_doses(text)
    assert (dose.unit, dose.schedule) == (unit, schedule)


@pytest.mark.parametrize("text,value,unit", [
    ("500 \u00b5g daily", 500.0, "ug"),  # micro sign
    ("500 \u03bcg daily", 500.0, "ug"),  # Greek mu
    ("500 mcg", 500.0, "ug"),
    ("500 ug", 500.0, "ug"),
    ("500mcg", 500.0, "ug"),
    ("0.5 mg\u00b7kg\u22121", 0.5, "mg/kg"),
    ("0.5 mg\u00b7kg\u22121\u00b7day\u22121", 0.5, "mg/kg/day"),
    ("3 mg\u22c5kg\u22121\u22c5d\u22121", 3.0, "mg/kg/day"),  # dot operator, as PDFs set it
    ("5 \u03bcg\u2219kg\u207b\u00b9", 5.0, "ug/kg"),
    ("2 mg kg-1 day-1", 2.0, "mg/kg/day"),
    ("0.1 mg.kg-1", 0.1, "mg/kg"),
    ("0.1 mg.kg-1.day-1", 0.1, "mg/kg/day"),
    ("20 mg\u00b7d\u22121", 20.0, "mg/day"),
    ("1000 IU/d", 1000.0, "IU/day"),
    ("2,000 IU per day", 2000.0, "IU/day"),
    ("50\u202f000 IU once weekly", 50000.0, "IU"),
    ("100 mg/m\u00b2", 100.0, "mg/m2"),
])
def test_unit_spellings(text: str, value: float, unit: str) -> None:
    (dose,) = parse_doses(text)
    assert (dose.value, dose.unit) == (value, unit)


def test_a_full_stop_after_a_unit_ends_the_dose() -> None:
    assert [(d.value, d.unit) for d in parse_doses("They took 10 mg. Daily doses rose later.")] == [(10.0, "mg")]


@pytest.mark.parametrize("text,expected", [
    ("A single 24-International Unit (IU) dose of oxytocin was given.", [(24.0, None, "IU")]),
    ("each took 2 Milligrams at night", [(2.0, None, "mg")]),
    ("adults on at least 850 mg of metformin/day", [(850.0, None, "mg/day")]),
    ("100-200 mg of L-theanine /day", [(100.0, 200.0, "mg/day")]),
    ("Mice were given doses of 0, 0.3 and 3 mg/kg.", [(0.3, None, "mg/kg"), (3.0, None, "mg/kg")]),
    ("Rats received five mg/kg of the extract.", [(5.0, None, "mg/kg")]),
    ("Twenty milligrams of the drug was given.", [(20.0, None, "mg")]),
    ("guidance suggests doses of one milligram for children", [(1.0, None, "mg")]),
])
def test_written_out_units_substance_per_day_spelled_values_and_vehicle_zero(text: str, expected: list) -> None:
    assert [(d.value, d.value_max, d.unit) for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("rats got 100 mg/kg silymarin (positive control) or the extract (25, 125 and 250 mg/kg)",
     [(25.0, None, "mg/kg"), (125.0, None, "mg/kg"), (250.0, None, "mg/kg")]),
    ("the standard drug indomethacin 10 mg/kg or the extract at 300 mg/kg", [(300.0, None, "mg/kg")]),
    ("Patients took 3 mg nightly, far below the dose used for alcohol dependence (50 mg per day).", [(3.0, None, "mg")]),
    ("a dose of 2 mg, compared with the usual adult dose of 10 mg", [(2.0, None, "mg")]),
    ("The 40 mg dose worked better than the 20 mg dose", [(40.0, None, "mg"), (20.0, None, "mg")]),
])
def test_positive_control_and_comparison_doses_are_not_the_studys(text: str, expected: list) -> None:
    assert [(d.value, d.value_max, d.unit) for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text", ["The mg dose was not reported.", "one of the groups", "ten days of treatment"])
def test_spelled_numbers_without_a_unit_are_no_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The trial set high doses against active placebo doses of 5-10 mg.", []),
    ("psilocybin 25 mg or an active placebo (niacin 100 mg)", [(25.0, None, "mg")]),
    ("drug 50 mg or placebo", [(50.0, None, "mg")]),
])
def test_a_placebo_arms_dose_is_not_the_studys(text: str, expected: list) -> None:
    assert [(d.value, d.value_max, d.unit) for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("between 5 and 10 mg", [(5.0, 10.0, "mg")]),
    ("doses between 50 mg and 100 mg daily", [(50.0, 100.0, "mg")]),
    ("Between 0.5 and 1 g/day", [(0.5, 1.0, "g/day")]),
    ("5 and 10 mg", [(5.0, None, "mg"), (10.0, None, "mg")]),
])
def test_between_x_and_y_is_a_range(text: str, expected: list) -> None:
    assert [(d.value, d.value_max, d.unit) for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("200 mg/kg body weight/day", [(200.0, None, "mg/kg/day")]),
    ("250 mg/kg/bw", [(250.0, None, "mg/kg")]),
    ("20 mg/kg bw/day", [(20.0, None, "mg/kg/day")]),
    ("5 mg/kg bid", [(5.0, None, "mg/kg")]),
])
def test_body_weight_written_after_the_kg(text: str, expected: list) -> None:
    assert [(d.value, d.value_max, d.unit) for d in parse_doses(text)] == expected


def test_a_drug_name_ending_like_a_figure_word_keeps_its_dose() -> None:
    assert [(d.value, d.unit) for d in parse_doses("Perampanel 4 mg daily")] == [(4.0, "mg")]
    assert [(d.value, d.unit) for d in parse_doses("Ostable 10 mg at night")] == [(10.0, "mg")]
    assert parse_doses("as shown in panel 4 mg of the figure") == []


@pytest.mark.parametrize("text,expected", [
    ("Volunteers took 3,000 mg EPA+DHA per day for 8 weeks.", [(3000.0, None, "mg/day")]),
    ("Each woman took 2 g of krill oil a day.", [(2.0, None, "g/day")]),
    ("Children swallowed 2 capsules (600 mg) per day.", [(600.0, None, "mg/day")]),
    ("She took 1.5 g omega-3 each day.", [(1.5, None, "g/day")]),
    ("Adults took 400 mg magnesium citrate/day.", [(400.0, None, "mg/day")]),
    ("Adults took 1,200 mg (4 softgels) per day.", [(1200.0, None, "mg/day")]),
])
def test_per_day_written_after_the_substance(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_schedule_word_before_per_day_keeps_the_bare_unit() -> None:
    (dose,) = parse_doses("Patients took 50 mg twice per day.")
    assert (dose.unit, dose.schedule) == ("mg", "twice daily")


@pytest.mark.parametrize("text,unit,schedule", [
    ("Cannabidiol 10 mg per kilogram of body weight per day was added.", "mg/kg/day", None),
    ("stiripentol 50 mg per kilogram per day", "mg/kg/day", None),
    ("the extract at 25 mg/kilogram/day", "mg/kg/day", None),
    ("CBD 15mg/kg of body weight daily", "mg/kg", "daily"),
])
def test_per_kilogram_of_body_weight(text: str, unit: str, schedule: str | None) -> None:
    (dose,) = parse_doses(text)
    assert (dose.unit, dose.schedule) == (unit, schedule)


@pytest.mark.parametrize("text,expected", [
    ("Adult male Swiss mice (22-28 g) received the extract at 100 mg/kg.", [(100.0, None, "mg/kg")]),
    ("Wistar rats weighing 200–240 g were used.", []),
    ("Sprague-Dawley rats (n = 40; 180-200 g) were given 5 mg/kg.", [(5.0, None, "mg/kg")]),
    ("Male rats (body weight 250 ± 20 g) were housed in pairs.", []),
    ("Female Wistar rats, 180-220 g, were used.", []),
    ("Hamsters with a mean weight of 120 g were fed 2 g of the diet.", [(2.0, None, "g")]),
])
def test_animal_body_weight_is_no_dose(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Boys received sulforaphane 50–150 µmol daily.", [(50.0, 150.0, "umol")]),
    ("glycine 100 μmol/kg orally", [(100.0, None, "umol/kg")]),
    ("a 20 mmol potassium supplement", [(20.0, None, "mmol")]),
    ("HbA1c fell below 53 mmol/mol and urate below 0.36 mmol/L.", []),
])
def test_molar_amounts(text: str, expected: list) -> None:
    assert values(text) == expected


def test_one_dose_written_twice_across_sentences_is_one_entry() -> None:
    merged = merge([
        analyse("Children took vitamin B2 at a dosage of 100 mg/day."),
        analyse("In this trial 100 mg vitamin B2 did not prevent attacks."),
    ])
    assert [(d.value, d.unit) for d in merged.dose] == [(100.0, "mg/day")]
    merged = merge([analyse("Adults took 200 mg."), analyse("The 200 mg/day dose was well tolerated.")])
    assert [(d.value, d.unit) for d in merged.dose] == [(200.0, "mg/day")]


def test_body_weight_written_after_the_grams_is_no_dose() -> None:
    assert values("Rats of 200-250 g body weight received 10 mg/kg.") == [(10.0, None, "mg/kg")]


@pytest.mark.parametrize("text,expected", [
    ("Rats got the extract 200 mg/kg for 7 days before one injection of cisplatin (6 mg/kg).", [(200.0, None, "mg/kg")]),
    ("STZ (55 mg/kg)-induced diabetic rats received metformin 150 mg/kg.", [(150.0, None, "mg/kg")]),
    ("All groups but the control received scopolamine (1 mg/kg) for 10 days.", []),
    ("Mice were given LPS at a dose of 0.5 mg/kg.", []),
    ("Patients received cisplatin 75 mg/m2 every 3 weeks.", [(75.0, None, "mg/m2")]),
])
def test_the_dose_of_the_agent_making_an_animal_model_is_no_dose(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Valerian has been used with apparent safety for up to 6 weeks in doses of 300-600 milligrams daily.", []),
    ("Typical doses range from 200 to 400 mg.", []),
    ("The recommended daily intake is 15 mg.", []),
    ("Melatonin is usually taken at 3 mg before bed.", []),
    ("Participants took 300 mg daily, a dose considered safe.", [(300.0, None, "mg")]),
    ("Patients received the usual dose of 20 mg.", [(20.0, None, "mg")]),
])
def test_general_dosing_advice_is_no_study_dose(text: str, expected: list) -> None:
    assert values(text) == expected
