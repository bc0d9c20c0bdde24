"""Table shapes that are not tables of studies (results by time point, quality grids,
one study's field card) and header details (a row over a markdown rule, "No. of ...")."""

import pytest

from extractors import extract
from extractors.tables import column_role, read_table
from pipeline.model import Block, Document, DocumentMeta


def _document(text):
    return Document("doc-t", "doc.md", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main")],
                    meta=DocumentMeta())


def _claims(text):
    (result,) = extract([_document(text)])
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


@pytest.mark.parametrize(
    "header, role",
    [
        ("No. of Subjects", "n"),
        ("Number of patients randomised", "n"),
        ("No. of Studies Included", None),
        ("Age of Participants (years)", None),
        ("Health Status of Subjects", None),
        ("Week of treatment", "timepoint"),
        ("Day of study", "timepoint"),
        ("Subjects", "n"),
    ],
)
def test_header_roles_read_the_head_of_an_of_phrase(header, role):
    assert column_role(header) == role


def test_a_row_over_a_markdown_rule_is_a_header_whatever_it_names():
    text = "| Item | Okafor et al. [3] | Lindqvist et al. [4] |\n|---|---|---|\n| Blinded | Yes | No |\n"
    starts = [0, text.index("|---"), text.index("| Blinded")]
    table = read_table(text, [(start, text.index("\n", start)) for start in starts])
    assert table.rows[0].header and len(table.data_rows) == 1


def test_a_quality_grid_gives_no_claims():
    text = ("| Criterion | Okafor et al. [3] | Lindqvist et al. [4] |\n|---|---|---|\n"
            "| Random allocation | Yes | Unclear |\n| Blinded assessors | No | ✓ |\n")
    assert _claims(text) == []


@pytest.mark.parametrize(
    "table",
    [
        "| Week | Melatonin n=30 (%) | Placebo n=28 (%) | P |\n|---|---|---|---|\n"
        "| 2 | 12 (40) | 6 (21) | .04 |\n| 4 | 18 (60) | 8 (29) | .01 |\n",
        "Day\tProbiotic (n = 20)\tPlacebo (n = 19)\n7\t15 (75)\t9 (47)\n14\t17 (85)\t10 (53)\n",
        "Outcome\tActive (n=40)\tSham (n=38)\tP value\nPain at rest\t3.1\t4.4\t0.02\nPain on walking\t4.0\t5.2\t0.03\n",
    ],
)
def test_results_by_time_point_or_outcome_are_no_rows_of_studies(table):
    assert [c for c in _claims(table) if c.context == "table"] == []


def test_a_table_of_studies_still_gives_one_claim_per_row():
    text = ("Study\tNo. of Subjects\tDose\tFinding\n"
            "Okafor et al. 2019\t120\t50 mg/day\tImproved vs placebo\n"
            "Lindqvist et al. 2021\t64\t100 mg/day\tNo difference vs placebo\n")
    first, second = _claims(text)
    assert (first.study.first_author, first.n, second.n) == ("Okafor", 120, 64)


def test_a_study_card_table_is_one_claim():
    text = ("| Methods | Randomised, double-blind, placebo-controlled, two arms. |\n|---|---|\n"
            "| Participants | Adults with cluster headache. N = 60 |\n"
            "| Interventions | Oxygen 12 L/min, n = 30; air placebo, n = 30 |\n"
            "| Outcomes | Pain-free at 15 minutes |\n")
    (claim,) = _claims(text)
    assert claim.context == "table" and claim.evidence.text == text.rstrip("\n")
    assert claim.n == 60 and claim.comparator == "placebo"


def test_a_numbers_only_finding_is_read_by_the_outcome_column():
    text = ("Study\tOutcome\tComparator\tFinding\n"
            "Okafor et al. 2019\tResponse rate\tPlacebo\t48% vs 31%\n")
    (claim,) = _claims(text)
    assert claim.direction == "positive"


def test_a_no_data_row_gives_no_claim():
    text = ("Comparison\tOutcome\tNumber of studies\tFindings\n"
            "Yoga vs control\tSleep quality\t4 RCTs\tSmall benefit (SMD 0.3)\n"
            "Yoga vs control\tDaytime fatigue\t0 studies\tNo data\n")
    claims = _claims(text)
    assert all("No data" not in c.evidence.text for c in claims)


def test_an_intervention_and_comparison_cell_gives_only_the_comparison():
    text = ("Intervention and Comparison\tOutcome\tFindings\n"
            "KQ3 parent training vs waitlist\tBehaviour\tImproved (SMD -0.45; 4 studies, n=310)\n")
    (claim,) = _claims(text)
    assert claim.comparator == "waitlist"


def test_without_an_n_column_the_finding_cell_gives_n():
    text = ("Comparison\tOutcome\tFindings\n"
            "Yoga vs waitlist\tFatigue\tSmall benefit (SMD -0.31; 3 studies, n=412)\n")
    (claim,) = _claims(text)
    assert claim.n == 412


@pytest.mark.parametrize(
    "box",
    [
        "Registry ID\tNCT06612345\nStatus\tRecruiting\nSponsor\tSt Anne's Hospital\nStart date\t1 September 2025\n",
        "| Trial registration | ISRCTN12345678 |\n|---|---|\n| Recruitment status | Open |\n| Funder | NIHR |\n| Locations | 12 UK sites |\n",
        "Identifier\tNCT01234567\nPhase\t3\nChief investigator\tProf. A. Okafor\nLast updated\tMay 2024\n",
    ],
)
def test_a_trials_administrative_box_gives_no_claim(box):
    assert [c for c in _claims(box) if c.context == "table"] == []


def test_a_box_with_the_trials_design_is_still_its_card():
    text = ("Registry ID\tNCT06612345\nStatus\tRecruiting\nSponsor\tSt Anne's Hospital\n"
            "Participants\t1,600 pregnant women\nIntervention\tAspirin 150 mg nightly\nComparator\tPlacebo\n")
    (claim,) = [c for c in _claims(text) if c.context == "table"]
    assert claim.n == 1600 and claim.comparator == "placebo"


def test_an_outcome_cell_that_states_the_comparison_gives_the_comparator():
    text = ("| Study | Participants | Dose | Outcome |\n|---|---|---|---|\n"
            "| Okonkwo 2017 | 64 trained men | 5 g/day for 8 weeks | Bench-press strength +6.1 kg vs placebo |\n"
            "| Varga 2019 | 40 older women | 3 g/day | Leg-press strength improved compared with usual care |\n")
    first, second = [c for c in _claims(text) if c.context == "table"]
    assert (first.comparator, second.comparator) == ("placebo", "treatment as usual")
