"""Waves 78 and 79, from probe 28 (real text) after its one score: an abstract whose bare section
labels run on from the paragraph's first word, "no fall in" a measure as a null, a better result
or an ended symptom stated plainly, and arms joined by "as well as"."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from extractors.fields.n import parse_n
from pipeline.ingest import ingest

_ABSTRACT = (
    "Objectives Aggression between housemate cats is common. The aim of this study was to evaluate a pheromone diffuser. "
    "Methods A randomized, double-blind, placebo-controlled pilot trial enrolled 45 multi-cat households (pheromone "
    "[n = 20], placebo [n = 25]). Results Aggression scores decreased more with the pheromone than with placebo (P = 0.04). "
    "Conclusions and relevance The diffuser reduced aggression between housemate cats.\n"
)


def test_bare_labels_from_the_first_word_make_an_abstract_its_own_study(tmp_path: Path) -> None:
    path = tmp_path / "cats.txt"
    path.write_text(_ABSTRACT, encoding="utf-8")
    [claim] = extract([ingest(str(path))])[0].claims
    assert claim.context == "abstract" and claim.study.own and claim.n == 45


def test_one_label_opening_prose_is_no_abstract(tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    path.write_text("Results The cream helped my eczema a lot, honestly. I used it twice a day for a month.\n", encoding="utf-8")
    assert all(c.context != "abstract" for c in extract([ingest(str(path))])[0].claims)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("There was no fall in the Hamilton Depression Rating Scale.", "null"),
        ("There was no fall in scores.", "null"),
        ("There were no falls in the treated group.", "unknown"),
    ],
)
def test_no_fall_in_a_measure(text: str, direction: str) -> None:
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("For panic disorder, a combination of CBT and an SSRI provides superior outcomes compared to either treatment alone.", "positive"),
        ("This small amount has stopped the spontaneous panic attacks.", "positive"),
        ("I have been able to prevent a full migraine attack by taking 500 mg of magnesium glycinate.", "positive"),
        ("I was never able to prevent my migraines.", "unknown"),
        ("Patients stopped the medication due to headaches.", "unknown"),
    ],
)
def test_plain_statements_of_a_better_result_or_a_symptom_ended(text: str, direction: str) -> None:
    assert parse_direction(text) == direction


def test_arms_joined_by_as_well_as_are_summed() -> None:
    assert parse_n("41 were randomized to Requip as well as 22 to placebo.")[0] == 63
