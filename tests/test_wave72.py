"""Wave 72, from holdout 52 after its one score: an author told without a year and then cited
with one is one study; a bare bracketed number far past the end of the reference list is an arm
size; a commenter's thanks or plan is no claim; "glycaemic control" is an outcome, not the
control arm; the control arm having more of a harm is the treatment's gain; a gap that closed."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from pipeline.model import Block, Document


def _claims(text: str, label: str = "main") -> list:
    document = Document("doc-w72", "w72.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), label, "paragraph")])
    return extract([document])[0].claims


def test_an_author_named_then_cited_with_a_year_is_one_study() -> None:
    text = ("Expectations fell when Marlowe and colleagues reported their multicentre trial: 276 adults were randomised, "
            "139 to lamotrigine and 137 to placebo. At 52 weeks there was no difference in anger scores, and rashes were "
            "commoner in the lamotrigine arm (Marlowe et al., 2018).")
    [claim] = _claims(text)
    assert (claim.study.first_author, claim.study.year, claim.n) == ("Marlowe", 2018, 276)


def test_bare_numbers_far_past_the_reference_list_are_arm_sizes() -> None:
    text = ("A pragmatic trial randomised 124 patients to breathing retraining (62) or physiotherapy (62); scores improved "
            "equally in both arms [3].\n\nReferences\n\n1. Abel A. One. J Resp. 2015;9:22-9.\n2. Bell B. Two. J Resp. "
            "2016;9:22-9.\n3. Cole C. Three. J Resp. 2017;9:22-9.\n")
    document = Document("doc-w72r", "w72r.txt", "text", "0" * 64, text=text, blocks=[
        Block(0, text.index("\n\nReferences"), "main", "paragraph"),
        Block(text.index("References"), text.index("References") + len("References"), "main", "heading"),
        *[Block(text.index(line), text.index(line) + len(line), "references", "list_item")
          for line in text.split("\n") if line[:2] in ("1.", "2.", "3.")],
    ])
    [claim] = [c for c in extract([document])[0].claims if c.context == "prose"]
    assert claim.study.markers == ["3"]


@pytest.mark.parametrize("text", ["@MariaK thanks for sharing, everyone responds differently!",
                                  "Starting 5 mg tomorrow, will report back."])
def test_a_commenters_thanks_or_plan_is_no_claim(text: str) -> None:
    assert _claims(text, "comments") == []


def test_a_commenters_result_with_a_promise_to_report_back_is_a_claim() -> None:
    [claim] = _claims("Been on 5 mg for a month, sleeping much better, will report back.", "comments")
    assert claim.direction == "positive"


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Glycaemic control improved more with insulin glargine than with NPH insulin.", "NPH insulin", "positive"),
        ("Glycaemic control improved more with glargine than with sitagliptin, but not at 12 months.", "sitagliptin", "mixed"),
        ("The placebo group had more seizures than the levetiracetam group.", "placebo", "positive"),
        ("The control group had more seizures than the levetiracetam group.", "control", "positive"),
        ("The levetiracetam group had more seizures than the placebo group.", "placebo", "negative"),
        ("The placebo group had more responders than the levetiracetam group.", "placebo", "negative"),
        ("Children had better scores at 8 weeks than those on a waitlist, but the gap had closed by 6 months.", "waitlist",
         "mixed"),
    ],
)
def test_directions(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
