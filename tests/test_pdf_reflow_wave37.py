"""A review paragraph that names a study by its authors alone, tells its design, then its result with
a numbered citation at the end ("Moreau and colleagues compared X with Y. ... fell from 7% to 3%.14"):
one claim of that study, carrying the authors, the marker, the sample size, the dose and the
comparator, not a design claim and a marker-only result claim (wave 37)."""

from pathlib import Path

import pytest

from saved_page import page_claims

_HEAD = "Review\n\nRandomised evidence\n\n"
# A PDF review's numbered reference list, which makes digits glued to a full stop read as citations.
_REFERENCES = "\n\nReferences\n\n" + "\n".join(
    f"{i}. Author{i} A, Writer B. A trial of drug {i}. J Clin Ther. 2019;{i}:1-9." for i in range(1, 25))


def _prose(tmp_path: Path, paragraph: str, name: str = "review.txt") -> list:
    return [c for c in page_claims(tmp_path, _HEAD + paragraph + _REFERENCES + "\n", name) if c.context == "prose"]


@pytest.mark.parametrize("paragraph, author, marker, n, comparator", [
    ("Moreau and colleagues compared apixaban 5 mg twice daily with warfarin in older adults with atrial\n"
     "fibrillation. Two hundred patients were randomised and 181 completed a year of follow-up. Major\n"
     "bleeding occurred in 3% of the apixaban group against 7% of the warfarin group (p=0.01) [14].",
     "Moreau", "14", 200, "warfarin"),
    ("Okonjo et al. gave melatonin 3 mg nightly for 8 weeks to 96 children with insomnia or matching\n"
     "placebo drops. Sleep-onset latency shortened by 31 minutes versus 9 minutes, and no child\n"
     "stopped treatment early.7",
     "Okonjo", "7", 96, "placebo"),
    ("Brandt and co-workers compared cetirizine 10 mg/day with loratadine in 140 adults with seasonal\n"
     "rhinitis. Total nasal symptom scores fell more with cetirizine than with loratadine over four\n"
     "weeks, with drowsiness in fewer than one in ten.22",
     "Brandt", "22", 140, "loratadine"),
])
def test_a_result_cited_by_number_goes_on_with_the_study_its_authors_opened(
        tmp_path: Path, paragraph: str, author: str, marker: str, n: int, comparator: str) -> None:
    (claim,) = _prose(tmp_path, paragraph)
    assert claim.study.first_author == author
    assert marker in claim.study.markers
    assert claim.n == n
    assert claim.comparator == comparator
    assert claim.dose


def test_a_cited_result_after_a_named_study_already_told_its_result_stays_apart(tmp_path: Path) -> None:
    claims = _prose(tmp_path, (
        "Lindgren et al. found that ondansetron 8 mg reduced vomiting compared with placebo in 120 women.\n"
        "In a later trial, metoclopramide 10 mg reduced nausea scores by 40% against 12% with placebo [9]."))
    assert len(claims) == 2
    assert claims[1].study.markers == ["9"] and claims[1].study.first_author is None
