"""Wave 37: a measure that stood a stated amount apart in a named arm."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # geriatrics: a gain on one scale beside a scale that did not differ
        ("By month six, word-recall scores were 2.3 points better in the reminiscence group, "
         "while carers' burden did not differ between groups.", "mixed"),
        # pain medicine: a measure that should fall, lower in the active arm, beside a null
        ("Pain scores were 11 mm lower in the yoga arm, but disability scores did not differ.", "mixed"),
        # dairy science: a wanted measure higher in the treated animals, beside similar counts
        ("Daily milk yield was 1.4 kg higher in the supplemented group, while somatic cell counts "
         "were similar between groups.", "mixed"),
        # education: bracketed figures with their own commas stay with the gain
        ("Reading fluency was 6 points better in the tutoring arm (difference 6, 95% CI 2 to 10), "
         "but spelling did not differ.", "mixed"),
        # the same phrasing alone
        ("At twelve weeks, quality-of-life scores were 4 points better in the exercise group.", "positive"),
        ("Nausea scores were 3 points higher in the ginger group.", "negative"),
    ],
)
def test_amount_apart_in_a_named_arm(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the gap's own non-significance is no second finding
        "Reading fluency was 4 points better in the tutoring arm (p=0.41).",
        "Grip strength was 1.1 kg higher in the creatine group (difference 1.1, 95% CI -0.4 to 2.6; p=0.15).",
    ],
)
def test_a_nonsignificant_gap_alone_stays_null(text: str) -> None:
    assert parse_direction(text) == "null"
