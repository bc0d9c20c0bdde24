"""Tables, wave 43: a space-aligned table saved from a PDF between its caption and its
note of abbreviations. The caption goes on in no note below the table (the rows between
are no page furniture), so each row is its own table claim; a header naming the arms it
compares in brackets ("Healed (drug vs control)") is the row's result column."""

import pytest

from extractors.tables import column_role
from text_claims import text_claims


NEPHROLOGY = (
    "Renal Practice Digest  ·  Vol 9  ·  2021                                    12\n\n"
    "Table 3. Randomised trials of sevelamer in dialysis patients\n\n"
    "Study                 N                     Dose           Comparator          Phosphate (drug vs control)\n"
    "Okafor 2010           210                   800 mg tid     Calcium acetate     1.6 vs 1.9 mmol/L, p=0.02\n"
    "Lindgren 2013         64                    2.4 g/day      Placebo             1.7 vs 2.1 mmol/L (NS)\n\n"
    "tid, three times daily; NS, not significant.\n\n"
    "3. Discussion\nSevelamer lowers phosphate.\n"
)

PSYCHIATRY = (
    "Table 1 Trials of lithium augmentation in resistant depression\n\n"
    "Trial              Patients   Regimen            Control        Response (lithium versus control)\n"
    "Haugen 2008        88         600 mg/day         Placebo        41% vs 19%, p=0.01\n"
    "Moreau 2014        52         900 mg/day         Quetiapine     35% vs 38% (NS)\n\n"
    "NS, not significant; mg/day, milligrams per day.\n"
)

DERMATOLOGY = (
    "Table 4: Controlled studies of oral zinc for acne\n"
    "Author             n      Dose             Comparator        Clearance (zinc vs comparator)\n"
    "Brennan 2012       75     30 mg daily      Minocycline       52% vs 61% (NS)\n"
    "Sato 2017          48     45 mg daily      Placebo           44% vs 21%, p=0.03\n"
    "\n"
    "daily, once a day; NS, not significant.\n"
)


@pytest.mark.parametrize("text, authors", [
    (NEPHROLOGY, ["Okafor", "Lindgren"]),
    (PSYCHIATRY, ["Haugen", "Moreau"]),
    (DERMATOLOGY, ["Brennan", "Sato"]),
])
def test_a_caption_over_a_space_aligned_table_makes_no_claim_of_its_own(text: str, authors: list[str]) -> None:
    claims = text_claims(text)
    assert [c.study.first_author for c in claims if c.context == "table"] == authors
    assert not [c for c in claims if c.context == "prose" and "Table" in c.evidence.text]


def test_each_row_keeps_its_own_n_dose_and_comparator() -> None:
    rows = [c for c in text_claims(NEPHROLOGY) if c.context == "table"]
    assert [c.n for c in rows] == [210, 64]
    assert [c.dose[0].value for c in rows] == [800.0, 2.4]
    assert [c.comparator for c in rows] == ["calcium acetate", "placebo"]


@pytest.mark.parametrize("header", [
    "Healed (drug vs control)", "Remission (active versus sham)", "HbA1c change (metformin vs placebo)",
])
def test_a_header_naming_the_arms_in_brackets_is_the_result_column(header: str) -> None:
    assert column_role(header) == "finding"


@pytest.mark.parametrize("header, role", [("Dose (mg)", "dose"), ("Outcome (vs baseline)", "outcome")])
def test_other_bracketed_headers_keep_their_roles(header: str, role: str) -> None:
    assert column_role(header) == role
