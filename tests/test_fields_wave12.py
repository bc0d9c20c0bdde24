"""Field families found on real pages in the twelfth round: arms sized in brackets, dose
lists, placebo abbreviations, arms said to match the intervention, baseline descriptors
and entry criteria that are no outcome. Each family is tested in several spellings."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_comparator, parse_doses, parse_n, parse_outcomes


def _doses(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


# --- comparator -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(a) K: 6 IV infusions 0.5 mg/kg over 45 mins, twice weekly for 3 weeks (n=13) (b) PBO (n=13)",
    "Esketamine plus AD vs Pbo plus AD.",
    "Drug vs PLC in 40 patients with bipolar depression.",
    "Intranasal ketamine versus PBO+AD for 4 weeks",
    "PBO",
    "Drug vs. PL at week 8",
])
def test_placebo_abbreviations_are_placebo(text: str) -> None:
    assert parse_comparator(text) == "placebo"


@pytest.mark.parametrize("text", [
    "Children were randomized to exercise (n=19) or a comparable but sedentary attention control program (n=16).",
    "Participants were randomized to the intervention or a time-matched attention control condition.",
    "Adults were randomly assigned to tai chi or a similar, but non-aerobic, attention control class.",
])
def test_an_arm_said_to_match_is_named_by_what_it_is(text: str) -> None:
    assert parse_comparator(text) == "attention control"


@pytest.mark.parametrize("text", [
    "55 participants were receiving some form of therapy (21 psychotherapy+pharmacotherapy; 9 psychotherapy alone; "
    "25 pharmacotherapy alone).",
    "At baseline, 14 medication alone, 8 CBT alone and 20 both.",
])
def test_people_counted_by_their_background_therapy_are_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Children received 1, 2, or 4 mg melatonin granules orally in the medication phases.",
    "Rats received 50, 100 or 200 mg/kg of the extract orally.",
    "Patients took 5, 10, or 20 mg of drug X daily in this open-label study.",
])
def test_a_dose_list_of_one_agent_names_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Consistent rates of stability or improvement were observed regardless of baseline tau levels.",
    "The highest rates of improvement were seen in the low tau group at 36 months.",
    "Separation between early and delayed start was maintained between 18 and 36 months (p<0.05).",
])
def test_tau_protein_and_delayed_start_are_not_treatment_as_usual(text: str) -> None:
    assert parse_comparator(text) != "treatment as usual"


def test_tau_written_as_the_abbreviation_stays_treatment_as_usual() -> None:
    assert parse_comparator("Patients were randomized to CBT or TAU.") == "treatment as usual"
    assert parse_comparator("Placebo Comparator: Placebo") == "placebo"


# --- N ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "n", "arms"), [
    ("Children were randomized to exercise (n=19) or a comparable but sedentary attention control program (n=16).",
     35, [19, 16]),
    ("Patients were randomized to drug (n = 41) or placebo (n = 40).", 81, [41, 40]),
    ("Adults were assigned to mindfulness (N = 30), exercise (N = 31) or waitlist (N = 29).", 90, [30, 31, 29]),
    ("84 patients were randomized to sertraline (n=42) or placebo (n=42).", 84, [42, 42]),
])
def test_arms_sized_in_brackets_are_summed(text: str, n: int, arms: list[int]) -> None:
    found, detail = parse_n(text)
    assert (found, detail["arms"]) == (n, arms)


def test_excluded_records_sized_in_brackets_are_no_sample() -> None:
    assert parse_n("Records excluded: reviews (n = 25) or animal studies (n = 16).")[0] is None


@pytest.mark.parametrize(("text", "n"), [
    ("There were 82, 70, and 70 patients in each group, respectively.", 222),
    ("The three arms enrolled 82, 70 and 70 patients, respectively.", 222),
    ("In total 30 and 32 adults were randomized to drug and placebo, respectively.", 62),
    ("Groups included 25, 24 & 26 children in each group.", 75),
])
def test_sizes_listed_one_per_group(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "Response rates were 12, 15 and 20 patients (30%, 38% and 50%), respectively.",
    "Mean ages were 30, 40 and 50 years, respectively.",
])
def test_listed_numbers_that_count_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize(("text", "n"), [
    ("Actual Enrollment : | 2423 participants |", 2423),
    ("Actual Enrollment (Participants): 88", 88),
    ("Estimated Enrollment : | 300 participants |", 300),
    ("Enrollment: 120 (Estimated)", 120),
    ("Enrollment (Actual): 431", 431),
])
def test_registry_enrolment_lines(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text", [
    "After comparing the outcomes of the placebo group with the cinnamon group, researchers found that cinnamon "
    "lowered the risks of type 2 diabetes among participants.",
    "\"Our 12-week study showed beneficial effects of cinnamon in participants with prediabetes,\" the author said.",
    "The risk of type 1 diabetes after infection was higher in children.",
    "Stage 3 disease during follow-up was rarer among patients on the drug.",
])
def test_a_label_number_is_no_sample(text: str) -> None:
    assert parse_n(text)[0] is None
