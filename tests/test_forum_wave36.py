"""Forums laid out as tables, and commenters who place a study from memory (wave 36)."""

from __future__ import annotations

import pytest

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
