"""Claims, wave 35: where a claim starts and ends on pages told line by line.
Families tested here:
- a numbered marker written after the full stop and ending its line ("... improved. [12]",
  "... improved.(3)") closes the sentence above it; it neither opens the next line's
  sentence nor glues the two lines into one.
- an APA or Vancouver reference line with no DOI, PMID or label, directly under the one
  uncited paragraph it follows (single line break or blank line), names that paragraph's
  study (author, year, journal) and is no claim of its own.
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


SUMMARIES = [
    ("Researchers in Leeds gave 48 adults with moderate acne 30 mg of zinc gluconate or placebo for 12 weeks. "
     "Inflammatory lesions fell by 40% on zinc against 12% on placebo.",
     "Okafor, B., & Lind, M. (2014). Zinc gluconate for moderate acne: A randomised trial. "
     "Journal of Dermatological Treatment, 25(3), 200–205.", ("Okafor", 2014, "Journal of Dermatological Treatment")),
    ("In 120 adults after a heart attack, 2 g of omega-3 a day did not lower arrhythmias compared with olive oil.",
     "Haddad, R., Perez, L., & Novak, T. (2011). Omega-3 after myocardial infarction. Heart Rhythm Review, 8(4), 512–519.",
     ("Haddad", 2011, "Heart Rhythm Review")),
    ("Sixty outpatients with generalised anxiety took 600 mg of lavender oil or placebo; anxiety scores fell more on lavender.",
     "Lindqvist M, Okoro U, Brandt S. Lavender oil capsules for generalised anxiety. Phytomedicine. 2016;23(4):301-9.",
     ("Lindqvist", 2016, "Phytomedicine")),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("summary", "reference", "study"), SUMMARIES)
def test_a_bare_reference_line_names_the_summary_above(tmp_path: Path, summary: str, reference: str,
                                                       study: tuple[str, int, str], gap: str) -> None:
    page = f"Study of the month\n\n{summary}{gap}{reference}\n\nMore stories\n"
    claims = page_claims(tmp_path, page)
    assert len(claims) == 1, [c.evidence.text for c in claims]
    assert (claims[0].study.first_author, claims[0].study.year, claims[0].study.venue) == study
    assert claims[0].evidence.text.startswith(summary[:30]) and reference[:10] not in claims[0].evidence.text


def test_a_reference_line_leaves_an_already_cited_summary_alone(tmp_path: Path) -> None:
    page = ("Study of the month\n\n"
            "In 80 adults with gout, 500 mg of vitamin C a day did not lower urate more than placebo (Perez et al., 2012).\n"
            "Okafor, B., & Lind, M. (2014). Zinc gluconate for moderate acne: A randomised trial. "
            "Journal of Dermatological Treatment, 25(3), 200–205.\n")
    claims = page_claims(tmp_path, page)
    assert claims[0].study.first_author == "Perez" and claims[0].study.year == 2012
