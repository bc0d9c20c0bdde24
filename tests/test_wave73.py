"""Wave 73, from holdout 53 after its one score: a rise compared arm by arm with the control's
("rose by 40% in the oil group compared with 10% in the placebo group"), controls named by what
they were given ("saline-treated controls"), two trials' shares listed pair by pair, a state the
treatment left a commenter in ("left me so groggy ... that I quit") beside no gain, withdrawals
beside a null, and "looked much the same" later."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from pipeline.model import Block, Document


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Hair counts went up by about 40% in the oil group compared with about 10% in the placebo group.", "placebo", "positive"),
        ("Hair counts rose by 10% in the oil group compared with 40% in the placebo group.", "placebo", "negative"),
        ("Pain rose by 40% in the oil group compared with 10% in the placebo group.", "placebo", "negative"),
        ("Sixteen horses developed less cartilage erosion than saline-treated controls.", "placebo", "positive"),
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


def _table_claims(text: str) -> list:
    document = Document("doc-w73", "w73.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main", "paragraph")])
    return [claim for claim in extract([document])[0].claims if claim.context == "table"]


def test_a_dose_cell_opening_on_a_bare_strength_keeps_it_beside_the_add_on() -> None:
    [claim] = _table_claims("Study\tN\tDose\tComparator\tFinding\nCunliffe 2015\t131\t0.005% + 5-FU 5%, 4 days\t"
                            "5-FU + Vaseline\tAK count -87.8%")
    assert sorted((d.value, d.unit) for d in claim.dose) == [(0.005, "%"), (5.0, "%")]


def test_a_control_cell_of_no_something_is_no_treatment() -> None:
    [claim] = _table_claims("Study\tN\tIntervention\tControl\tFinding\nLindahl 2019\t52\tweighted vest\tno vest\tno difference")
    assert claim.comparator == "no treatment"
