"""Wave 51: a listed outcome against the control with the treated arm implied ("response rates were
higher than with placebo"), reached more or less often than another arm, a time-to-exhaustion cell,
equal efficacy beside more of a harm, a symptom scored worse in the treated arm beside no gain,
another remedy "was the only thing that worked"; a comparator arm named in a table's finding cell
by its brand-free name; "beyond what diet alone achieved"; a journal after an author's bracketed
year; a heading's marker; CADESI-04."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.blocks import label_text
from extractors.fields import analyse
from extractors.fields.direction import parse_direction
from pipeline.model import Document


def _claims(text: str, name: str = "w.md") -> list:
    document = Document("doc-w51", name, "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot found that remission rates were higher than with placebo.", "positive"),
        ("Relapse was less common than on placebo.", "positive"),
        ("In 50 patients, the gel achieved complete response more often than the vehicle.", "positive"),
        ("The older drug caused drowsiness or hypotension in a quarter, more often than haloperidol.", "negative"),
        ("Longer time to exhaustion", "positive"),
        ("Lower QoR-15 with ketamine", "negative"),
        ("Azathioprine was equally effective by month 6 but caused more vomiting.", "negative"),
        ("The block was no better than wound infiltration, and pain scores were higher in the block group.", "negative"),
        ("Tried the drops for a month, no difference at all. Acupuncture was the only thing that helped.", "null"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_comparator_arm_doing_better_in_a_finding_cell_named_as_the_row_names_it() -> None:
    text = ("| Study | N | Dose | Comparator | Outcome | Result |\n|---|---|---|---|---|---|\n"
            "| Ahn 2019 | 60 | 1 g twice daily | Ibuprofen 400 mg | WOMAC | Ibuprofen group improved more |\n"
            "| Roy 2020 | 48 | 2 g daily | folic acid 400 mcg | HOMA-IR | HOMA-IR fell from 3.0 to 2.1; no change with folic acid |\n")
    assert [c.direction for c in _claims(text)] == ["negative", "positive"]


def test_the_arm_after_beyond_what() -> None:
    assert analyse("In 80 women, 2 g/day gave no change in BMI beyond what diet alone achieved.").comparator == "diet alone"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Hollis et al. (2023), Vet Record Open. 122 dogs were given maropitant.", "Vet Record Open"),
        ("Brannigan et al. (2024), Journal of Endurance Physiology\nTwenty-four cyclists rinsed with caffeine.",
         "Journal of Endurance Physiology"),
        ("Smith et al. (2019), Lee et al. (2020) and others found the same.", None),
    ],
)
def test_a_journal_after_the_bracketed_year(text: str, venue: str | None) -> None:
    assert find_attributions(text)[0].venue == venue


def test_a_headings_marker_is_no_claim() -> None:
    text = "# Black seed\n\n## The science behind black seed¹\n\nIn one trial, 60 adults took 1 g daily and their eczema improved.²\n"
    assert [c.evidence.text[:9] for c in _claims(text)] == ["In one tr"]


def test_cadesi_04_is_a_measure() -> None:
    assert analyse("Oclacitinib lowered the Canine Atopic Dermatitis Extent and Severity Index (CADESI-04) by 50%.").outcome_measures == ["CADESI-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swallowing scores were better with exercise at 3 months but the groups were level by 12 months.", "mixed"),
        ("VSS scores were 2.4 points lower with the gel at 12 months, although itch ratings did not differ.", "mixed"),
        ("Blood pressure was 8% higher with the drug than with diet.", "unknown"),
        ("The dose level was raised after a week.", "unknown"),
    ],
)
def test_a_gain_that_levelled_out_and_one_stood_apart_with_the_treated_arm(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_two_counted_arms_with_a_decimal_dose_between() -> None:
    values = analyse("They randomised 42 horses: 21 received firocoxib 0.1 mg/kg once daily and 21 received phenylbutazone 4.4 mg/kg/day.")
    assert (values.comparator, [(d.value, d.unit) for d in values.dose]) == ("phenylbutazone", [(0.1, "mg/kg")])
