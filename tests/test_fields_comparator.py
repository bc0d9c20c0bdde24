"""Comparator: canonical values from the many ways papers and web pages name a control."""

import pytest

from extractors.fields import parse_comparator

CASES = [
    ("a double-blind, placebo-controlled trial", "placebo"),
    ("Placebo-Controlled Trial of D-Cycloserine", "placebo"),
    ("sertraline versus placebo", "placebo"),
    ("DCS or pill placebo 1 hour before each session", "placebo"),
    ("CBT plus placebo", "placebo"),
    ("compared with sertraline, the drug was better tolerated", "sertraline"),
    ("compared to Zoloft", "sertraline"),
    ("vs. escitalopram 10 mg", "escitalopram"),
    ("Ketamine was more effective than midazolam", "midazolam"),
    ("psilocybin versus escitalopram for depression", "escitalopram"),
    ("versus agomelatine", "agomelatine"),
    ("randomised to CBT or wait-list", "waitlist"),
    ("compared with a waiting list control group", "waitlist"),
    ("outperformed the waitlist", "waitlist"),
    ("WAIT-LIST control", "waitlist"),
    ("usual care", "treatment as usual"),
    ("compared with treatment as usual (TAU)", "treatment as usual"),
    ("TAU", "treatment as usual"),
    ("versus standard care", "treatment as usual"),
    ("relative to enhanced usual care", "treatment as usual"),
    ("a no-treatment control group", "no treatment"),
    ("was superior to sham rTMS", "sham"),
    ("sham-controlled trial of tDCS", "sham"),
    ("compared with an attention control condition", "attention control"),
    ("D-cycloserine augmented exposure therapy compared with exposure therapy alone", "exposure therapy alone"),
    ("relative to CBT alone", "cbt alone"),
    ("rats treated with vehicle", "vehicle"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


NONE = [
    "compared with baseline, symptoms fell",
    "more than 50% of patients responded",
    "Exposure therapy is effective.",
    "84 patients were randomised to sertraline",
    "patients who received treatment",
    "",
]


@pytest.mark.parametrize("text", NONE)
def test_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None
