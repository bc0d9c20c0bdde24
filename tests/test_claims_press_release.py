"""Press-release furniture: a dek line stating a finding is a claim; a "visit our site" line is not."""

import pytest

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Document


def _claims(text):
    document = Document("doc-p", "p.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    return extract([document])[0].claims


@pytest.mark.parametrize(
    "dek",
    [
        "– ZX-40 met primary endpoint of reduction in migraine days –",
        "— Orvalimab met its co-primary endpoints versus placebo —",
        "- Study achieved statistically significant improvement on primary end point -",
    ],
)
def test_a_dek_line_stating_a_finding_is_a_claim(dek):
    text = f"Nordic Bio Announces Topline Results\n\n{dek}\n\n– Company to host call at 8 a.m. ET –\n"
    claims = _claims(text)
    assert [c.evidence.text for c in claims] == [dek]
    assert claims[0].direction == "positive"


@pytest.mark.parametrize(
    "line",
    [
        "Nordic Bio develops sodium channel blockers. For more information, visit www.nordicbio.example.",
        "To learn more, see https://nordicbio.example/pipeline.",
        "Learn more at www.nordicbio.example/investors",
    ],
)
def test_a_visit_our_website_line_is_no_claim(line):
    assert _claims(f"About Nordic Bio\n\n{line}\n") == []
