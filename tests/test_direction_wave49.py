"""Wave 49: terse result cells that put the verdict before the measure ("Less regrowth than steroid",
"Lower rectal temperature; milk yield up 1.1 kg/d"), more or less of a listed outcome than another
arm ("caused more cramping than enemas", "no more treatment successes than usual care"), a verdict
withheld ("too weak to say they beat placebo"), a complaint gone, phrases with apostrophes in the
patients' own-words lexicon, an injection's strength as its dose, a pill form dropped from an active
comparator, and a Treatment cell of an agent and its strength."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.fields import analyse
from extractors.fields.direction import parse_direction
from extractors.fields.direction_result_cells import cell_direction
from pipeline.model import Document


def _claims(text: str, name: str = "w.txt") -> list:
    document = Document("doc-w49", name, "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greater hair regrowth on treated patches", "positive"),
        ("Less regrowth than minoxidil", "negative"),
        ("Lower rectal temperature", "positive"),
        ("Less sweating, less burning", "positive"),
        ("TEWL lower; hydration unchanged", "mixed"),
        ("Milk yield up 2.3 kg/d; SCC NS", "mixed"),
        ("Milk yield up 0.8 kg/d", None),  # one part with its number after: left to the passes
        ("Greater tablet hardness", None),  # a measure the polarity lexicon does not know
    ],
)
def test_cells_read_measure_by_measure(text: str, expected: str | None) -> None:
    assert cell_direction(text.lower()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Primary endpoint missed", "null"),
        ("Primary outcome not met", "null"),
        ("No benefit; more dizziness", "negative"),
        ("No effect, more nausea", "negative"),
        ("Heifers fed the additive produced 2.1 kg more milk yield per day than herd-mates on the basal ration.", "positive"),
        ("Macrogol caused more abdominal cramping than lactulose in 60 children.", "negative"),
        ("The coaching programme produced no more treatment successes than usual care in 140 families.", "null"),
        ("Children given the syrup reported more spontaneous bowel movements than placebo at week 2 but no difference by week 6.", "mixed"),
        ("Placebo recipients had more spontaneous bowel movements than the treated children.", "negative"),
        ("The trial injected steroid into one patch and saline into a matched patch; at 8 weeks hair regrowth was "
         "clearly greater on the steroid-treated side.", "positive"),
        ("Saline went into a matched patch in 40 patients.", "unknown"),
        ("The review concluded the data were too thin to say the drug beats placebo on tremor.", "null"),
        ("The number of strokes was too small to show a difference, but falls fell from 9 to 6 per 1,000 bed-days.", "positive"),
    ],
)
def test_more_or_less_than_another_arm(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Took it before two recitals and the trembling was completely gone.", "positive"),
        ("My cramps are pretty much gone since the second week.", "positive"),
        ("Used it for a month. Didn't notice anything apart from the taste.", "null"),
        ("I couldn't tolerate the 20 mg dose at all.", "negative"),
    ],
)
def test_own_words_with_apostrophes_and_complaints_gone(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_comment_that_noticed_nothing_is_a_claim() -> None:
    text = ("Magnesium for leg cramps\n\nMagnesium is sold for night cramps.\n\n3 Comments\n\n"
            "pete_h March 2, 2025\n\nHad the tablets for a month, two at night. Didn't notice any change in the cramps honestly.\n")
    claims = _claims(text)
    assert [(c.context, c.direction) for c in claims] == [("comment", "null")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keloids were injected with triamcinolone acetonide 40 mg/mL every 4 weeks in 30 adults.", [(40.0, "mg/mL")]),
        ("Triamcinolone 10 mg/mL", [(10.0, "mg/mL")]),
        ("We gave intralesional injections of 5-FU at 50 mg/ml to 22 patients.", [(50.0, "mg/mL")]),
        ("Plasma triamcinolone peaked at 2 mg/mL after the injection.", []),
        ("The drink contained 5 mg/mL of sugar.", []),
    ],
)
def test_an_injections_strength_is_its_dose(text: str, expected: list) -> None:
    assert [(d.value, d.unit) for d in analyse(text).dose] == expected


def test_a_pill_form_is_no_part_of_an_active_comparator() -> None:
    values = analyse("In 40 adults, 8 mg of the extract daily did not change skin redness compared with olive oil capsules.")
    assert values.comparator == "olive oil"


def test_a_treatment_cell_of_an_agent_and_its_strength_gives_the_dose() -> None:
    text = ("Summary of trials\n\nStudy\tN\tTreatment\tComparator\tSALT outcome\n"
            "Moreau 2016\t38\tDithranol 0.5%\tvehicle\tGreater regrowth on treated side\n")
    (claim,) = _claims(text)
    assert [(d.value, d.unit) for d in claim.dose] == [(0.5, "%")]
    assert claim.direction == "positive"
    assert claim.outcome_measures == ["SALT"]


def test_premix_controls_are_placebo() -> None:
    values = analyse("Feeding 0.5 mg chromium per kg of dry matter to 48 cows made no difference in milk yield compared with a control premix.")
    assert values.comparator == "placebo"
