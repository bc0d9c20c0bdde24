"""Wave 73, from holdout 53 after its one score: a rise compared arm by arm with the control's
("rose by 40% in the oil group compared with 10% in the placebo group"), controls named by what
they were given ("saline-treated controls"), two trials' shares listed pair by pair, a state the
treatment left a commenter in ("left me so groggy ... that I quit") beside no gain, withdrawals
beside a null, and "looked much the same" later."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Hair counts went up by about 40% in the oil group compared with about 10% in the placebo group.", "placebo", "positive"),
        ("Hair counts rose by 10% in the oil group compared with 40% in the placebo group.", "placebo", "negative"),
        ("Pain rose by 40% in the oil group compared with 10% in the placebo group.", "placebo", "negative"),
        ("Sixteen horses developed less cartilage erosion than saline-treated controls.", "placebo", "positive"),
        ("Sixteen horses developed less cartilage erosion than saline controls.", "placebo", "positive"),
        ("A response was reached by 35.4% and 40.2% of patients on tapinarof, compared with 6.0% and 6.3% on vehicle.",
         "placebo", "positive"),
        ("20 mg left me so groggy and constipated that I quit after three weeks, and the headaches were no better than "
         "before I started.", None, "negative"),
        ("Weighted blankets were no better than placebo blankets for insomnia severity, and more participants in the "
         "weighted group withdrew because of overheating.", "placebo", "negative"),
        ("After 12 weeks the stimulation group had fewer urgency episodes, but six months after stopping the two groups "
         "looked much the same.", "treatment as usual", "mixed"),
    ],
)
def test_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Hair counts rose by 12% in the oil group compared with 11% in the placebo group.", "placebo"),
        ("Adverse events occurred in 14% and 9% of patients in the drug and placebo groups.", "placebo"),
    ],
)
def test_close_or_unpaired_numbers_say_nothing_new(text: str, comparator: str) -> None:
    assert parse_direction(text, comparator) == "unknown"
