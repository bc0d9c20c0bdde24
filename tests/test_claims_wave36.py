"""Review tables whose control arm sits on a row of its own that a copy left-aligned (wave 36): the row
names its arm by a letter before a value ("T: 52 (44–61)" over "C: 50 (41–60)"), lines up with the row
above by that and by its count, and joins its study instead of standing as a claim of its own."""

from pathlib import Path

from saved_page import page_claims


def _table(tmp_path: Path, lines: list[str]) -> list:
    return [c for c in page_claims(tmp_path, "\n".join(lines) + "\n", "review.md") if c.context == "table"]


def test_a_control_row_naming_its_arm_by_a_letter_joins_its_study(tmp_path: Path) -> None:
    """Cardiology: a total column and a per-group column; the study's N is the total, not total + arm."""
    claims = _table(tmp_path, [
        "Study | Country | Design | Enrolled patients | Mean age | Regimens | Patients per group | Duration |",
        "---|---|---|---|---|---|---|---|",
        "Okafor et al. (12) | Nigeria | RCT | 160 | T: 58 (51–66) | Coenzyme Q10 200 mg daily | 80 | 12 weeks |",
        "C: 57 (50–64) | Placebo | 80 | 12 weeks | ||||",
        "Lindahl et al. (13) | Sweden | RCT | 94 | T: 61 (55–70) | Coenzyme Q10 100 mg twice daily | 47 | 24 weeks |",
        "C: 62 (54–69) | Usual care | 47 | 24 weeks | ||||"])
    assert [(c.study.first_author, c.n) for c in claims] == [("Okafor", 160), ("Lindahl", 94)]
    assert claims[0].comparator == "placebo"
    assert claims[1].evidence.text.endswith("Usual care | 47 | 24 weeks | ||||")


def test_a_letter_arm_row_without_a_total_column_adds_its_count(tmp_path: Path) -> None:
    """Paediatrics: with one count column the arms' counts add up to the study's N."""
    claims = _table(tmp_path, [
        "Study | Setting | Design | Age, months | Intervention | n | Follow-up |",
        "---|---|---|---|---|---|---|",
        "Mensah 2020 [7] | Ghana | RCT | I: 14 (9–20) | Zinc 10 mg/day | 120 | 6 months |",
        "C: 15 (10–21) | Placebo syrup | 118 | 6 months | |||"])
    assert [(c.study.first_author, c.n, c.comparator) for c in claims] == [("Mensah", 238, "placebo")]


def test_a_row_of_a_new_study_is_not_taken_for_an_arm(tmp_path: Path) -> None:
    """Dermatology: full rows of two studies stay two claims; an arm value in a full row moves nothing."""
    claims = _table(tmp_path, [
        "Study | Design | Age | Treatment | N | Weeks |",
        "---|---|---|---|---|---|",
        "Arslan 2017 [2] | RCT | T: 34 (22–45) | Nicotinamide 500 mg twice daily | 70 | 12 |",
        "Pereira 2019 [3] | RCT | T: 41 (30–52) | Nicotinamide 1 g daily | 88 | 16 |"])
    assert [(c.study.first_author, c.n) for c in claims] == [("Arslan", 70), ("Pereira", 88)]


def test_a_shifted_row_that_does_not_line_up_stays_apart(tmp_path: Path) -> None:
    """Psychiatry: a left-aligned row whose cells hold other kinds of thing than those above is no arm row."""
    claims = _table(tmp_path, [
        "Study | Country | Design | Age | Intervention | n |",
        "---|---|---|---|---|---|",
        "Novak 2018 [9] | Czechia | RCT | 44 | Saffron 30 mg/day | 60 |",
        "Kaur 2021 [10] | India | Saffron 15 mg/day | 52 | ||"])
    assert [c.study.first_author for c in claims] == ["Novak", "Kaur"]


_ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article"><front><article-meta>
<title-group><article-title>{title}</article-title></title-group>
<contrib-group><contrib contrib-type="author"><name><surname>{author}</surname><given-names>A</given-names></name></contrib></contrib-group>
<pub-date><year>2024</year></pub-date>
<abstract><p>{abstract}</p></abstract>
</article-meta></front><body>
<sec><title>Results</title><p>All participants completed the study.</p>
<table-wrap><label>Table 2</label><caption><p>{caption}</p></caption><table>
<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></table-wrap></sec>
</body></article>
"""


def _article(tmp_path: Path, head: list[str], rows: list[list[str]], **parts: str) -> list:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return page_claims(tmp_path, _ARTICLE.format(head=cells, body=body, **parts), "article.xml")


def test_an_articles_own_table_of_arms_is_no_claim_of_other_studies(tmp_path: Path) -> None:
    """Gastroenterology: rows by treatment in the article's Results are its own study's arms."""
    claims = _article(
        tmp_path, ["Treatment", "Patients (n)", "Healed at 8 weeks (%)"],
        [["Vonoprazan 20 mg daily", "110", "91.2"], ["Lansoprazole 30 mg daily", "108", "82.4"]],
        title="Vonoprazan versus lansoprazole for erosive oesophagitis: a randomised trial", author="Takeda",
        abstract="In this randomised trial, 218 adults with erosive oesophagitis received vonoprazan 20 mg or "
                 "lansoprazole 30 mg daily; healing at 8 weeks was higher with vonoprazan (P = 0.03).",
        caption="Healing rates by arm")
    assert [c.context for c in claims] == ["abstract"]


def test_an_articles_own_table_of_arms_in_another_field(tmp_path: Path) -> None:
    """Sleep medicine: the same for a supplement trial's table of arms."""
    claims = _article(
        tmp_path, ["Intervention", "N", "Sleep latency (min)"],
        [["Glycine 3 g at bedtime", "24", "18.5"], ["Placebo", "23", "26.1"]],
        title="Glycine before bed and sleep onset in poor sleepers", author="Moreau",
        abstract="Forty-seven poor sleepers were randomised to glycine 3 g or placebo at bedtime for two weeks; "
                 "sleep latency was shorter with glycine than with placebo (P = 0.01).",
        caption="Polysomnography by group")
    assert [c.context for c in claims] == ["abstract"]


def test_a_table_of_cited_studies_in_an_article_still_gives_their_claims(tmp_path: Path) -> None:
    """Rheumatology: a table whose rows cite studies stays a table of claims, abstract or not."""
    claims = _article(
        tmp_path, ["Study", "Intervention", "N", "Outcome"],
        [["Haddad 2019 [4]", "Curcumin 500 mg twice daily", "60", "DAS28 improved"],
         ["Osei 2021 [5]", "Curcumin 1 g daily", "84", "No difference in DAS28"]],
        title="Curcumin in rheumatoid arthritis: a narrative review", author="Brandt",
        abstract="We summarise randomised trials of curcumin in rheumatoid arthritis.",
        caption="Trials of curcumin")
    assert [c.study.first_author for c in claims if c.context == "table"] == ["Haddad", "Osei"]
