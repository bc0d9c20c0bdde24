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

