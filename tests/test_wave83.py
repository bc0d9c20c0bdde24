"""Waves 83 and 84, from the findings bank: a gain and, in another clause or sentence, a harm more frequent
with the treatment are mixed, as the gold rules say ("benefit on some outcomes ... and harm on
others"); a harm more frequent with the control is no part of the treatment's finding; a terse
cell read null as a whole whose parts read a gain and a null is mixed."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    "text",
    [
        "Among 340 patients randomly assigned to colchicine 0.5 mg daily or placebo, the composite endpoint occurred in 5.3% versus "
        "7.9% (HR 0.66, 95% CI 0.47-0.93). Diarrhoea was reported more often with colchicine (9% vs 4%).",
        "The ADHD-RS-IV total score decreased by 19.3 vs 10.7 points at week 8 (P < .001); somnolence was more frequent with "
        "guanfacine (38% vs 12%).",
        "Magnesium sulphate more than halved the risk of eclampsia compared with placebo (RR 0.42, 95% CI 0.29-0.60), while maternal "
        "side effects, mostly flushing, occurred in 24% versus 5%.",
    ],
)
def test_a_gain_beside_a_harm_in_excess_is_mixed(text: str) -> None:
    assert parse_direction(text, "placebo") == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "The drug lowered pain scores; headaches were more common with placebo.",
        "The drug lowered pain scores; side effects occurred in 6% versus 5%.",
    ],
)
def test_a_gain_beside_no_harm_of_the_treatments_stays_positive(text: str) -> None:
    assert parse_direction(text, "placebo") == "positive"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Pain ↓ vs sham; function ↔", "mixed"),
        ("LVEF ↑ 3%, hospitalisations ↔", "mixed"),
        ("pain wk 1 ↓, wk 4 ↔", "mixed"),
        ("6MWD +11 m; not significant (p = 0.19)", "null"),
        ("Pain ↓ vs sham, NS", "null"),
    ],
)
def test_a_terse_cells_parts_read_one_by_one(text: str, direction: str) -> None:
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "comparator", "direction"),
    [
        ("Over 52 weeks, the annualized relapse rate was 0.18 with the intervention and 0.39 with interferon beta-1a 30 mcg weekly "
         "(rate ratio 0.46; P < .001).", "interferon beta-1a", "positive"),
        ("Mean LDL-C at week 12 was 2.1 mmol/L with alirocumab 75 mg every two weeks and 3.4 mmol/L with ezetimibe 10 mg (P < .001).",
         "ezetimibe", "positive"),
        ("The dose was 75 mg with drug X and 150 mg with drug Y.", None, "unknown"),
    ],
)
def test_two_active_arms_levels_joined_by_and_with_a_significant_p(text: str, comparator: str | None, direction: str) -> None:
    assert parse_direction(text, comparator) == direction
