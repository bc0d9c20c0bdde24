"""Wave 46: dose and comparator as vendors, abstracts and news write them.

- a maker's word for its own product after a strength ("our 5% formula", "a 10% serum"), and
  the first strength of a list whose last one names the form ("5% or 10% gel").
"""

from __future__ import annotations

import pytest

from extractors.fields import analyse


def _doses(text: str) -> list[tuple[float, str]]:
    return [(dose.value, dose.unit) for dose in analyse(text).dose]


@pytest.mark.parametrize("text, doses", [
    # cosmetics vendor: "our N% formula"
    ("In a small pilot, 20 volunteers using our 5% formula had fewer blemishes after six weeks.", [(5.0, "%")]),
    # skincare blog: a serum
    ("Our 10% serum faded dark spots more than placebo over 12 weeks in 48 women.", [(10.0, "%")]),
    # herbal shop: a balm and a tincture
    ("The 2% balm eased cracked heels in a 30-person trial.", [(2.0, "%")]),
    ("A 20% tincture was tried in 24 patients with mouth ulcers.", [(20.0, "%")]),
    # table cells: two strengths of one form, the form named once at the end
    ("5% or 10% gel", [(5.0, "%"), (10.0, "%")]),
    ("0.5% and 1% eye drops", [(0.5, "%"), (1.0, "%")]),
    ("0.025%, 0.05% or 0.1% cream", [(0.025, "%"), (0.05, "%"), (0.1, "%")]),
    ("3% face wash + 5% gel", [(3.0, "%"), (5.0, "%")]),
])
def test_strengths_of_a_product(text: str, doses: list) -> None:
    assert _doses(text) == doses


@pytest.mark.parametrize("text", [
    # shares are never strengths, listed or not
    "Clearance was seen in 30% or 40% of patients using the gel.",
    "Recurrence fell by 20% and 35% with the spray.",
    # a training load is not a dose
    "Inspiratory muscle training at 30% of MIP improved dyspnoea compared with sham training.",
])
def test_shares_and_loads_stay_out(text: str) -> None:
    assert _doses(text) == []
