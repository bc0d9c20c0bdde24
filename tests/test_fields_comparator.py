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
    ("rats treated with vehicle", "placebo"),
    ("saline-treated controls", "placebo"),
    ("Drug X was non-inferior to sertraline", "sertraline"),
    ("bupropion beat nicotine replacement therapy", "nicotine replacement therapy"),
    ("no benefit beyond propofol anaesthesia", "propofol"),
    ("Smith (2014) compared yoga with sertraline in 90 adults", "sertraline"),
    ("We randomised 120 adults to brisk walking or to fluoxetine 20 mg", "fluoxetine"),
    ("ketamine or the active control midazolam", "midazolam"),
    ("assigned to mindfulness training (n = 40) or health education (n = 41)", "health education"),
    ("improved scores compared with supportive counselling.", "supportive counselling"),
    ("in a head-to-head comparison with OROS methylphenidate", "methylphenidate"),
    ("performing as well as paroxetine 20 mg", "paroxetine"),
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
    "patients treated with esketamine in routine care",
    "compared with healthy controls",
    "reduced anxiety as well as depression",
    "more than half of the sample",
    "",
]


@pytest.mark.parametrize("text", NONE)
def test_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None
