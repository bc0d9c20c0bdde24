"""Wave 55, from holdout 41 (scored once at dab8f37): a forum post's header with the member's rank
and post count in brackets; a DRSP total that dropped; "keeps me functional"; a remedy that "sorted
the bloating ... but did zero for" the rest; a heading's word is no head of the surname under it;
no change beside more of a harm in a terse cell; more of a harm "with no benefit"; an advantage that
"fades"; "only short-term gains"; "neither difference remained"; QOLIE-AD-48 and the Glasgow CMPS."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.blocks import is_comment_header
from extractors.fields import analyse
from extractors.fields.direction import parse_direction
from extractors.fields.outcomes import parse_outcomes
from pipeline.ingest import ingest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My GP started me on fluoxetine 20 mg in the luteal phase and my DRSP totals dropped from about 100 to around 55.", "positive"),
        ("I take 50 mg myself and it keeps me functional at work.", "positive"),
        ("What helped a bit: magnesium 250 mg daily, which sorted the cramps but did zero for the mood swings.", "mixed"),
        ("Magnesium sorted out my cramps within a week.", "positive"),
        ("no HbA1c change; more GI upset than placebo", "negative"),
        ("A small trial even found more drowsiness on the drug than on placebo, with no benefit on the pain scale.", "negative"),
        ("No change in pain, and the patients were happy.", "null"),
        ("Stimulation speeds early recovery, but the advantage fades by six months.", "mixed"),
        ("At 6 weeks the trained group walked faster; by 6 months neither difference remained.", "mixed"),
        ("A pooled analysis of 900 patients reported only short-term gains in walking speed.", "mixed"),
        ("Lower KOOS with NMES", "negative"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_heading_above_is_no_part_of_the_surname() -> None:
    found = find_attributions("Phototherapy\nvan der Berg et al. (2011) found that PUVA cleared hands.")
    assert [(a.first_author, a.year) for a in found] == [("van der Berg", 2011)]
    assert [a.first_author for a in find_attributions("A trial by Alves da Silva et al. (2019) found less pain.")] == ["Alves da Silva"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QOLIE-AD-48 total scores did not change in any arm.", ["QOLIE-AD-48"]),
        ("Pain scores on the Glasgow CMPS-Feline were lower with meloxicam.", ["CMPS-Feline"]),
        ("GCMPS-SF scores fell.", ["CMPS-SF"]),
    ],
)
def test_outcomes(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_a_forum_post_header_with_rank_and_post_count_opens_a_comment(tmp_path) -> None:
    assert is_comment_header("#3  quietstorm   (New member, 4 posts)   04-Mar-2026, 07:03")
    assert is_comment_header("#12  Marigold.Jones   (Member, 57 posts)")
    rule = "-" * 60
    text = (f"Wellbeing Forums > Sleep\nThread: what worked for you?\n\n{rule}\n#1  owl_77   (Member, 214 posts)   03-Mar-2026, 21:14\n{rule}\n"
            "I started melatonin 3 mg an hour before bed and now fall asleep in about 20 minutes instead of two hours.\n\n"
            f"{rule}\n#2  quietstorm   (New member, 4 posts)   04-Mar-2026, 07:03\n{rule}\n"
            "Valerian 600 mg a night did absolutely nothing for me after a month.\n")
    path = tmp_path / "forum.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    reply = result.claims[-1]  # the thread's opening post may be read as its body; the reply is a comment
    assert (reply.context, reply.direction) == ("comment", "null")


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("In a head-to-head trial of 84 patients acitretin 30 mg/day cleared fewer patients than alitretinoin 30 mg.", "alitretinoin"),
        ("Alitretinoin 30 mg cleared more hands than acitretin.", "acitretin"),
        ("The app showed no benefit over psychoeducation.", "psychoeducation"),
    ],
)
def test_comparators(text: str, comparator: str) -> None:
    assert analyse(text).comparator == comparator
