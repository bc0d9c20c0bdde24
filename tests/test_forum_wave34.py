"""Forum and comparator families, wave 34.

Families tested here:
- a forum thread whose posts open with a bracketed post number ("[#3] handle | Joined: ... |
  Posts: N") over a "Posted <date>, <time>" line, whatever the handle's case (PaulR, GranB):
  every reply after the opening post is a comment, and each reply's own account (an amount and
  what it did, or that it did nothing) is a comment claim with its dose.
- the control arm told as the advice everyone gets ("standard advice", "usual advice",
  "routine advice") is treatment as usual; an arm given no pain relief at a procedure ("no
  analgesic", "no analgesia", "no pain relief") is no treatment, also as the second of two counted
  arms ("40 calves received X and 38 had no analgesic"); an outcome after "had no" ("2 had no fever")
  names no arm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import assert_one_comment_claim_per_reply

from extractors.blocks import is_comment_header
from extractors.fields import parse_comparator


def _bracketed_thread(posts: list[tuple[str, str]]) -> str:
    head = "Patient Talk › Skin › Treatments\n" + "=" * 40 + "\nTopic: worth trying?   (Replies: 2)\n" + "=" * 40 + "\n\n"
    return head + "\n".join(
        f"[#{i + 1}] {who}  |  Joined: Mar 20{12 + i}  |  Posts: {5 * i + 3}\nPosted 0{i + 2} Apr 2025, 1{i}:05\n\n{body}\n"
        for i, (who, body) in enumerate(posts))


BRACKETED_THREADS = [
    (("worried_mum", "Our GP wants to try melatonin for my son's sleep (he is autistic). Did it help anyone else?"),
     ("PaulR", "We gave melatonin 2 mg an hour before bed for three months and he fell asleep within 20 minutes "
               "most nights, a huge change."),
     ("GranB", "Ours was on 3 mg melatonin for six weeks and it made no difference at all, still awake at midnight.")),
    (("achy_hips", "Physio suggested turmeric capsules for hip arthritis. Anyone had luck?"),
     ("SueT", "I took curcumin 500 mg twice a day for 8 weeks and my hip pain dropped from 6/10 to 3/10 on walks."),
     ("KeithW", "Had 1000 mg curcumin a day for two months and saw no change in the stiffness, sadly.")),
    (("cold_sore_q", "Is lysine worth it for cold sores? Dermatologist was vague."),
     ("AnnaM", "Lysine 1000 mg daily since spring and I have had one cold sore instead of the usual five, really "
               "pleased."),
     ("BenJ", "I was on lysine 1 g every day for four months and it did nothing for the cold sores.")),
]


@pytest.mark.parametrize("line", [
    "[#2] PaulR  |  Joined: Jun 2023  |  Posts: 7",
    "[#14] night_owl | Member since 2019",
    "[#3] GranB",
])
def test_bracketed_post_numbers_are_thread_chrome(line: str) -> None:
    assert is_comment_header(line)


@pytest.mark.parametrize("line", ["[#1] priority is safety", "[1] Smith J, Jones K. Trial of melatonin. 2020"])
def test_a_bracketed_title_or_reference_is_no_post_header(line: str) -> None:
    assert not is_comment_header(line)


@pytest.mark.parametrize("opening, helped, null", BRACKETED_THREADS)
def test_a_bracketed_thread_has_one_comment_claim_per_reply(tmp_path: Path, opening, helped, null) -> None:
    page = _bracketed_thread([opening, helped, null])
    assert_one_comment_claim_per_reply(tmp_path, page, opening, helped, null)


@pytest.mark.parametrize("text, expected", [
    ("Women who joined the weekly exercise class recovered faster than women given standard advice after the birth.",
     "treatment as usual"),
    ("Patients were randomised to a nurse-led walking programme or to usual advice on activity after the heart attack.",
     "treatment as usual"),
    ("Smokers offered the text-message service quit more often than those given routine advice at the clinic.",
     "treatment as usual"),
    ("Piglets given lidocaine before tail docking squealed less than piglets that had no analgesic.", "no treatment"),
    ("Children given sucrose before the heel prick cried less than children who had no pain relief.", "no treatment"),
    ("Foals sedated with xylazine for castration showed fewer pain signs than foals that received no analgesia.",
     "no treatment"),
])
def test_advice_and_no_pain_relief_arms(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Okafor 2024: 40 calves received meloxicam before disbudding and 38 had no analgesic; treated calves shook "
     "their heads less.", "no treatment"),
    ("In a clinic audit, 22 patients got a thumb splint and the other 20 received no treatment; pain fell more "
     "with the splint.", "no treatment"),
    ("25 piglets were given lidocaine at castration and 24 piglets had no analgesia at all.", "no treatment"),
    ("The 60 children received the vaccine and 2 had no fever.", None),
    ("Thirty patients received a brace and 12 had no further surgery.", None),
])
def test_a_counted_arm_that_got_nothing(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected
