"""A table with no N or population column takes a row's count from an unnamed column that
opens on it ("n = 40, 22 women, mean age 41"), as saved trial tables print demographics."""

from table_rows import table_claims


def test_a_row_counts_from_an_unnamed_column_opening_on_n() -> None:
    claims = table_claims([
        "| Study | Demographics sex, age | Dose | Outcome |",
        "|---|---|---|---|",
        "| Aalto 2014 | n = 40, 22 women, mean age 41 | 3 mg melatonin | Sleep latency shorter than placebo |",
        "| Brandt 2019 | n = 21, crossover, adults 60-75 | 5 mg melatonin | No change in total sleep time |",
    ])
    assert [c.n for c in claims] == [40, 21]


def test_a_named_population_column_still_decides() -> None:
    claims = table_claims([
        "| Study | Population | Notes | Outcome |",
        "|---|---|---|---|",
        "| Aalto 2014 | Adults with insomnia (n = 64) | n = 40 completed | Sleep latency shorter than placebo |",
    ])
    assert [c.n for c in claims] == [64]
