"""Tables, wave 46: an article's results table whose first column is headed "Group" sets out
its own study's arms ("Untreated control | 24 | ...", "Drug 5 mg/kg | 24 | ..."), not a table
of studies, so its rows are no claims of their own. "Group" names the arms only as the first
column of a table with no treatment column: "Study | Group | Intervention" keeps its
Intervention column, and "Age group" and "Group size" keep their old readings. (All studies, people and
journals are invented.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import page_claims

from extractors.tables import read_table

_JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article">
  <front>
    <journal-meta><journal-title-group><journal-title>{journal}</journal-title></journal-title-group></journal-meta>
    <article-meta>
      <title-group><article-title>{title}</article-title></title-group>
      <contrib-group><contrib contrib-type="author"><name><surname>{author}</surname><given-names>R.</given-names></name></contrib></contrib-group>
      <pub-date pub-type="epub"><year>2023</year></pub-date>
      <abstract><p>{abstract}</p></abstract>
    </article-meta>
  </front>
  <body>
    <sec><title>Results</title><p>{results}</p>
      <table-wrap id="T1"><label>Table 1</label><caption><p>{caption}</p></caption>
      <table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></table-wrap>
    </sec>
  </body>
</article>
"""


def _row(*cells: str, tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


ARTICLES = [
    dict(
        name="lambs_levamisole", journal="Invented Small Ruminant Health", author="Ferreira",
        title="Two doses of levamisole in weaned lambs",
        abstract="Seventy-two weaned lambs were allocated to levamisole at 7.5 or 15 mg/kg or left untreated. "
                 "Faecal egg counts fell by 82% and 97% with the two doses.",
        results="Egg counts on day 14 are given in Table 1.", caption="Mean faecal egg counts by group.",
        head=_row("Group", "Lambs", "EPG day 0", "EPG day 14", tag="th"),
        rows=_row("Untreated", "24", "980", "1,040") + _row("Levamisole 7.5 mg/kg", "24", "1,010", "182")
        + _row("Levamisole 15 mg/kg", "24", "1,005", "30"),
    ),
    dict(
        name="bronchiolitis_saline", journal="Invented Paediatric Airways", author="Osei",
        title="Nebulised hypertonic saline in infants with bronchiolitis",
        abstract="We randomised 96 infants admitted with bronchiolitis to nebulised 3% saline or 0.9% saline. "
                 "Length of stay was 2.1 and 2.6 days (p = 0.04).",
        results="Outcomes by allocation are shown below.", caption="Length of stay and oxygen use.",
        head=_row("Groups", "Infants (n)", "Stay, days", "Oxygen, h", tag="th"),
        rows=_row("3% saline", "48", "2.1", "30") + _row("0.9% saline", "48", "2.6", "41"),
    ),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["name"] for a in ARTICLES])
def test_a_results_table_by_group_is_the_articles_own_arms(tmp_path: Path, article: dict) -> None:
    claims = page_claims(tmp_path, _JATS.format(**article), f"{article['name']}.xml")
    assert [c.context for c in claims] == ["abstract"]


def _roles(header: str) -> list[str | None]:
    text = header + "\nrow one\tcell\tcell\n"
    first = len(header)
    return read_table(text, [(0, first), (first + 1, len(text) - 1)], header_hint=True).roles


@pytest.mark.parametrize(("header", "roles"), [
    ("Group\tAnimals\tEPG day 14", ["intervention", "n", None]),
    ("Groups\tInfants (n)\tStay, days", ["intervention", "n", None]),
    ("Allocation\tPatients\tResult", ["intervention", "n", "finding"]),
    ("Study\tGroup\tIntervention", ["study", None, "intervention"]),
    ("Age group\tPatients\tResult", [None, "n", "finding"]),
    ("Group size\tDose\tResult", ["n", "dose", "finding"]),
])
def test_group_names_the_arms_only_as_the_first_column_of_a_table_naming_no_treatment(
        header: str, roles: list[str | None]) -> None:
    assert _roles(header) == roles
