"""Tables, wave 47: a Dose column's cell that opens with bare strengths ("7.5% QD", "1% or 2%,
once weekly") gives those strengths as the row's dose, although no substance stands beside
them; a share of people or a comparison in that cell gives none. (Invented studies.)"""

from __future__ import annotations

from text_claims import text_claims

REVIEW = (
    "Topical trials at a glance\n\n"
    "Study\tN\tDose\tComparator\tOutcome\tResult\n"
    "Okafor 2019\t120\t7.5% QD\tvehicle gel\tIGA\tIGA success 31% vs 20% (p=0.02)\n"
    "Brandt 2021\t64\t1% or 2%, once weekly\tno treatment\tTDSS\tTDSS fell in both dose groups\n"
    "Salim 2020\t48\t0.5 %, 1 % and 2 % twice daily\tplacebo cream\tVAS itch\tno difference\n"
    "Marsh 2018\t80\t40% of patients titrated\tplacebo\tHbA1c\tno difference\n"
)


def test_bare_strengths_in_a_dose_column_are_the_rows_dose() -> None:
    claims = [c for c in text_claims(REVIEW) if c.context == "table"]
    assert [[(d.value, d.unit) for d in c.dose] for c in claims] == [
        [(7.5, "%")], [(1.0, "%"), (2.0, "%")], [(0.5, "%"), (1.0, "%"), (2.0, "%")], []]


def test_bare_strengths_under_a_formulation_header_too() -> None:
    table = ("Study\tN\tFormulation\tComparator\tPrimary endpoint\tResult\n"
             "Reyes 2017\t90\t5% BID\ttretinoin cream\tlesion count\tno difference at week 12\n")
    (claim,) = [c for c in text_claims("Gel trials\n\n" + table) if c.context == "table"]
    assert [(d.value, d.unit) for d in claim.dose] == [(5.0, "%")]
