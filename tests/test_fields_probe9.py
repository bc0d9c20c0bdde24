"""Field shapes real-text probe 9 read wrong: a rate's denominator, "study subjects", a
serving size hyphenated to its unit, "given alone", and a list's numbering before the
comparator."""

import pytest

from extractors.fields import analyse, parse_comparator, parse_n


@pytest.mark.parametrize(("text", "n"), [
    ("The incidence of major bleeding is 4-13 per 1000 patients per year.", None),
    ("Infections occurred at 2.1 per 100 patient-years.", None),
    ("Forty-six study subjects with unilateral knee osteoarthritis were randomized to HA or saline.", 46),
    ("120 trial participants were randomised to the app or usual care.", 120),
    ("We enrolled 1 204 adults in 12 countries.", 1204),
])
def test_counts(text: str, n: int | None) -> None:
    assert parse_n(text)[0] == n


def test_a_group_hyphenated_to_its_unit_is_a_serving_size_not_thousands() -> None:
    assert [(d.value, d.unit) for d in analyse("Participants drank 3 240-mL servings/d of cranberry juice.").dose] == [(240, "ml/day")]


@pytest.mark.parametrize(("text", "comparator"), [
    ("A teaspoonful of honey, given alone or with a noncaffeinated liquid before bedtime, decreases cough frequency.", None),
    ("The gel, applied alone or under a dressing, reduced wound area.", None),
    ("CBT plus sertraline was better than CBT alone.", "cbt alone"),
    ("Patients were randomised to (i) honey, (ii) coffee or (iii) placebo (air/oxygen).", "placebo"),
    ("Patients were randomised to (a) honey, (b) coffee or (c) placebo.", "placebo"),
    ("Children were assigned to 1) melatonin or 2) usual care.", "treatment as usual"),
])
def test_comparators(text: str, comparator: str | None) -> None:
    assert parse_comparator(text) == comparator
