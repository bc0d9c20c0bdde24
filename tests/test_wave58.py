"""Wave 58, from holdout 43 (sealed until one run at 68cd11b): HAMD-17 and anagen counts have a
sense; tingling and paraesthesia are harms an arm's share can show; a difference "no longer
significant" was one before; a patient's libido "noticeably better", things "back to normal", "felt
normal by day two"; an arm that "gained more on" a measure; "31% stopped gabapentin because of side
effects". A reply's "> Quote from Lena_K: "..."" repeats a post above whose line breaks
fall elsewhere: no claim of its own."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from pipeline.ingest import ingest


@pytest.mark.parametrize(
    ("text", "comparator", "outcome", "expected"),
    [
        ("Women randomised to brexanolone had larger falls in HAMD-17 scores than those given placebo at hour 60.", None, None, "positive"),
        ("Higher anagen fraction at 3 months", "placebo", "Anagen hair count", "positive"),
        ("In one study of judo athletes, tingling was reported by 9 of 12 on beta-alanine versus 1 of 12 on placebo.", None, None, "negative"),
        ("At 16 weeks the hippotherapy group gained more on the GMFM-88 E. At the 6-month follow-up the GMFM-88 E difference was no longer significant.",
         None, None, "mixed"),
        ("By 12 weeks the difference between groups on the MADRS was no longer statistically significant.", None, None, "mixed"),
        ("Patients no longer needed significant doses of opioids.", None, None, "unknown"),
        ("Update after 3 weeks on 7.5 mg twice daily: libido noticeably better, but the delayed orgasm hasn't changed.", None, None, "mixed"),
        ("Added buspirone 10 mg twice daily to my sertraline and within about 3 weeks things were mostly back to normal.", None, None, "positive"),
        ("On my trip I took 1 mg at 10 pm local time for four nights and honestly felt normal by day two.", None, None, "positive"),
        ("Blood pressure was back to normal in the placebo group.", None, None, "unknown"),
        ("At 16 weeks the hippotherapy group gained more on the Gross Motor Function Measure dimension E.", None, None, "positive"),
        ("At 16 weeks the placebo group gained more on the MADRS.", None, None, "negative"),
        ("The lambs in the supplemented group gained more weight.", None, None, "unknown"),
        ("Dizziness and somnolence limited use, as noted by O'Rourke et al. 2019, where 31% stopped gabapentin because of side effects.",
         None, None, "negative"),
    ],
)
def test_directions(text: str, comparator: str | None, outcome: str | None, expected: str) -> None:
    assert parse_direction(text, comparator, outcome) == expected


def test_a_reply_quoting_a_post_above_makes_no_claim_of_its_own(tmp_path) -> None:
    thread = (
        "Thread: buspirone for SSRI side effects\n\n"
        "Post #1  by  Lena_K  » 02 Sep 2026, 21:14\n"
        "Added buspirone 10 mg twice daily to my sertraline last year and within\n"
        "about 3 weeks things were mostly back to normal.\n\n"
        "Post #2  by  Marco  » 03 Sep 2026, 08:02\n"
        '> Quote from Lena_K: "within about 3 weeks things were mostly back to normal"\n'
        "Good to hear.\n"
    )
    page = tmp_path / "thread.txt"
    page.write_text(thread, encoding="utf-8")
    document = ingest(str(page))
    claims = extract([document])[0].claims
    assert [document.text[c.evidence.start:c.evidence.end][:30] for c in claims] == ["Added buspirone 10 mg twice da"]
