"""Claims, wave 35: where a claim starts and ends on pages told line by line.
Families tested here:
- a numbered marker written after the full stop and ending its line ("... improved. [12]",
  "... improved.(3)") closes the sentence above it; it neither opens the next line's
  sentence nor glues the two lines into one.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import shared_nlp
from saved_page import page_claims

MARKED_LINES = [
    ("Riboflavin 400 mg halved migraine days in 55 adults. [1]", "A second trial in children was negative."),
    ("Monthly vitamin D raised fall rates in 200 older women.(3)", "Daily dosing did not.(4)"),
    ("Topical timolol shrank infantile haemangiomas in 41 infants. [5, 6]", "Propranolol remained the standard."),
    ("Iron infusions corrected anaemia before bowel surgery. (7-9)", "Oral iron was slower."),
]


@pytest.mark.parametrize(("first", "second"), MARKED_LINES)
def test_a_marker_ending_its_line_closes_the_sentence_above(first: str, second: str) -> None:
    doc = shared_nlp()(f"{first}\n{second}")
    assert [s.text.strip() for s in doc._.sentences] == [first, second]


def test_a_spaced_marker_inside_a_line_is_unchanged() -> None:
    doc = shared_nlp()("Zinc shortened colds in 100 adults. [2] Vitamin C did not.")
    assert [s.text.strip() for s in doc._.sentences][0] == "Zinc shortened colds in 100 adults."


def test_spaced_markers_stay_with_their_own_findings(tmp_path: Path) -> None:
    page = ("Riboflavin and migraine\n\n"
            "In a trial of 55 adults with migraine, 400 mg of riboflavin a day halved attacks compared with placebo. [1]\n"
            "A later study in 48 children found no benefit of 200 mg riboflavin over placebo. [2]\n\n"
            "References\n"
            "1. Okafor B, Lind M. High-dose riboflavin in migraine prophylaxis. Neurology. 1999;51(2):466-70.\n"
            "2. Haddad R, Perez L. Riboflavin for migraine in children. J Child Neurol. 2009;24(11):1300-4.\n")
    claims = page_claims(tmp_path, page)
    assert [c.study.markers for c in claims] == [["1"], ["2"]]
    assert [c.direction for c in claims] == ["positive", "null"]
