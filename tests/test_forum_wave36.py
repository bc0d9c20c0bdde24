"""Forums laid out as tables, and commenters who place a study from memory (wave 36)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from extractors import extract
from pipeline.ingest import ingest
from pipeline.ingest.html import read_html

_ROW = '<tr class="post"><td class="user">{who}<br><small>Posts: {n}</small></td><td class="msg">{text}</td></tr>'


def _forum(*posts: tuple[str, str]) -> bytes:
    rows = "\n".join(_ROW.format(who=who, n=10 + i, text=text) for i, (who, text) in enumerate(posts))
    return f"<html><body><h1>Thread</h1><table class='posts'>{rows}</table></body></html>".encode()


def _labels(raw: bytes) -> dict[str, tuple[str, str]]:
    result = read_html(raw)
    return {result.text[b.start:b.end]: (b.label, b.kind) for b in result.blocks}


@pytest.mark.parametrize("message", [
    "My son has been on 2 mg melatonin at bedtime for a month and falls asleep much faster.",
    "I used 1% hydrocortisone cream twice daily for two weeks and the eczema on her arms cleared.",
    "Dad was put on 20 mg atorvastatin and his LDL came down a lot by the next check.",
])
def test_a_post_row_is_a_comment_paragraph_not_a_table_row(message: str) -> None:
    labels = _labels(_forum(("anna_k", message), ("bob77", "thanks, that helps")))
    assert labels[message] == ("comments", "paragraph")


def test_a_data_table_keeps_its_rows() -> None:
    raw = (b"<html><body><p>Results by arm.</p><table><tr class='row'><th>Arm</th><th>N</th></tr>"
           b"<tr class='row'><td>Placebo</td><td>40</td></tr><tr class='row'><td>Drug</td><td>41</td></tr>"
           b"</table></body></html>")
    kinds = {kind for label, kind in _labels(raw).values()}
    assert "table_row" in kinds and "paragraph" in {k for t, (l, k) in _labels(raw).items() if t == "Results by arm."}


def _claims(raw: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "thread.html"
        path.write_bytes(raw)
        document = ingest(str(path))
        return [document.text[c.evidence.start:c.evidence.end] for c in extract([document])[0].claims]


@pytest.mark.parametrize("message", [
    "A big trial showed it cut migraine days - I think it was in J Headache Pain 2019?",
    "A trial found melatonin shortened jet lag, I believe it was in J Travel Med 2012?",
    "A trial found the cream cleared plaques faster, if I remember right it was in JAMA Dermatology 2020?",
])
def test_a_study_placed_from_memory_is_a_claim_though_it_ends_on_a_question_mark(message: str) -> None:
    claims = _claims(_forum(("anna_k", "Has anyone tried this?"), ("mo_b", message)))
    assert any(message[:30] in claim for claim in claims)


@pytest.mark.parametrize("message", [
    "Does anyone know if the 2019 trial in Neurology used a placebo?",
    "Was it the study in the BMJ in 2012 that tested melatonin?",
    "@anna_k did the JAMA Dermatology 2020 trial include children?",
])
def test_a_question_about_a_study_is_no_claim(message: str) -> None:
    claims = _claims(_forum(("anna_k", "Has anyone tried this?"), ("mo_b", message)))
    assert not any(message[:30] in claim for claim in claims)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A large trial found it made no difference to reflux symptoms - I think it was in Gut 2018?", "null"),
    ("The study showed the patch reduced hot flushes, I believe it was in Menopause 2021?", "positive"),
    ("There was a trial where it worsened the tremor, if I remember right it was in Mov Disord 2015?", "negative"),
])
def test_a_recalled_source_leaves_the_direction_readable(sentence: str, expected: str) -> None:
    from extractors.fields.direction import parse_direction

    assert parse_direction(sentence) == expected


def test_a_question_about_a_result_stays_unread() -> None:
    from extractors.fields.direction import parse_direction

    assert parse_direction("Did the trial in Gut 2018 find it reduced reflux symptoms?") == "unknown"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("For me it worked better than the two years I spent on sertraline 150 mg.", "sertraline"),
    ("Honestly this patch works better than my six months on duloxetine.", "duloxetine"),
    ("The new inhaler controls his wheeze better than the year we were on montelukast.", "montelukast"),
])
def test_the_time_a_writer_spent_on_a_drug_names_that_drug_as_comparator(sentence: str, expected: str) -> None:
    from extractors.fields.comparator import parse_comparator

    assert parse_comparator(sentence) == expected
