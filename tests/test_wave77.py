"""Wave 77, from holdout 55 after its one score: a forum post's header with a dashed date, a
reply's quotation lead without its ">", a place named before the authors, a fall in a scale
written out by its full name, the control arm standing still, a harm of the active comparator,
and a table cell that opens on its signed difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.fields.direction import parse_direction
from extractors.fields.direction_polarity import outcome_better
from pipeline.ingest import ingest

_THREAD = """Thread: Vitamin B6 for PMS

-----------------------------------------------------------
#1  sunnyside_kate   Posted 03-02-2025, 21:14
-----------------------------------------------------------
Has anyone tried B6? My GP mentioned a study.

-----------------------------------------------------------
#2  marisol_77   Posted 05-02-2025, 19:52
-----------------------------------------------------------
Didn't work for me at all. 100mg daily for 4 months, my PMDD was exactly as bad.

-----------------------------------------------------------
#3  sunnyside_kate   Posted 05-02-2025, 20:31
-----------------------------------------------------------
Quote from marisol_77: "100mg daily for 4 months, my PMDD was exactly as bad."

Thanks all, going to ask about both.
"""


def test_a_forum_post_under_a_dashed_date_header_is_a_comment_and_its_quotation_no_second_claim(tmp_path: Path) -> None:
    (tmp_path / "thread.txt").write_text(_THREAD, encoding="utf-8")
    claims = extract([ingest(str(tmp_path / "thread.txt"))])[0].claims
    assert [(c.context, c.evidence.text[:20]) for c in claims] == [("comment", "Didn't work for me a")]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("In a randomised trial from Izmir, Yurtsever and colleagues (2019) gave 2 g/day of spirulina.", "Yurtsever"),
        ("As shown in Smith, Jones and Lee (2019), zinc helps.", "Smith"),
        ("In Japan, Tanaka et al. (2019) found benefit.", "Tanaka"),
    ],
)
def test_a_place_before_the_authors_is_no_author(text: str, author: str) -> None:
    assert [a.first_author for a in find_attributions(text)] == [author]


def test_a_team_in_a_city_is_no_author() -> None:
    assert find_attributions("A separate study presented last year by a team in Leeds found that naproxen was no better.") == []


@pytest.mark.parametrize(
    ("text", "direction", "comparator", "outcome"),
    [
        ("The study reported a larger fall in the Yale-Brown Obsessive Compulsive Scale (Y-BOCS) with ondansetron.", "positive", None, None),
        ("An earlier pilot had shown a fall in the International Cooperative Ataxia Rating Scale (ICARS) over 8 weeks.", "positive", None, None),
        ("Cramp frequency roughly halved on taurine while barely moving on placebo.", "positive", "placebo", None),
        ("Clinical cure was 71% versus 69%, a non-significant difference, but vomiting was commoner with doxycycline.",
         "null", "doxycycline", None),
        ("Clinical cure was 71% versus 69%, a non-significant difference, but vomiting was more common with pradofloxacin.",
         "negative", "doxycycline", None),
        ("−6.1 mmHg vs placebo (p=0.01)", "positive", "placebo", "Office systolic BP"),
        ("−6.1 mmHg vs placebo (p=0.01)", "unknown", "placebo", None),
    ],
)
def test_wave77_directions(text: str, direction: str, comparator: str | None, outcome: str | None) -> None:
    assert parse_direction(text, comparator, outcome) == direction


def test_a_scale_written_out_is_read_as_its_abbreviation() -> None:
    assert outcome_better("the yale-brown obsessive compulsive scale") == "lower"
