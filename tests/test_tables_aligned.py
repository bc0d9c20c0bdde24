"""Tables laid out with runs of spaces, as PDF-saved text prints them: the block
labeller finds the rows (a row wrapped onto an indented line stays one row), the
table reader maps cells to the header's columns, and each row is one claim whose
evidence is the row as written."""

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Document

TEXT = (
    "2. Trials of add-on agents\n"
    "Two small trials are summarised below.\n"
    "\n"
    "Table 3. Add-on trials\n"
    "Study         Ref   N     Intervention                 Comparator   Result\n"
    "ALBA          [4]   64    Pramiracetam 400 mg/day      Placebo      Better recall at week 8\n"
    "CORVO-1       [5]   120   Zenotrine 20 mg daily        Usual care   No change in MoCA\n"
    "Tessaro 2019  [6]   36    Zenotrine 40 mg daily        Placebo      Fewer falls; better gait\n"
    "                                                                    speed at 12 weeks\n"
    "\n"
    "Journal of Invented Geriatrics 2024;3:1-9                                     14\n"
)


def _document(text):
    return Document("doc-t", "t.txt", "text", "0" * 64, text=text, blocks=label_text(text))


def test_aligned_rows_are_labelled_rows_and_a_wrapped_row_stays_one():
    rows = [(b.kind, TEXT[b.start:b.end]) for b in label_text(TEXT) if b.kind.startswith("table")]
    assert [kind for kind, _ in rows] == ["table_header", "table_row", "table_row", "table_row"]
    assert rows[3][1].startswith("Tessaro 2019") and rows[3][1].endswith("speed at 12 weeks")


def test_each_aligned_row_is_its_own_claim_with_only_its_own_markers():
    claims = [c for c in extract([_document(TEXT)])[0].claims if c.context == "table"]
    assert [c.study.markers for c in claims] == [["4"], ["5"], ["6"]]
    assert [c.n for c in claims] == [64, 120, 36]
    assert [c.comparator for c in claims] == ["placebo", "treatment as usual", "placebo"]
    alba, corvo, tessaro = claims
    assert alba.evidence.text == "ALBA          [4]   64    Pramiracetam 400 mg/day      Placebo      Better recall at week 8"
    assert [(d.value, d.unit) for d in alba.dose] == [(400, "mg/day")]
    assert tessaro.study.first_author == "Tessaro" and tessaro.study.year == 2019
    assert tessaro.finding == "Fewer falls; better gait speed at 12 weeks"
    for claim in claims:
        assert TEXT[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_a_row_with_an_empty_cell_keeps_its_columns():
    text = ("Study        N     Dose         Comparator\n"
            "Marlow 2020  48                 Placebo\n"
            "Quist 2021   30    10 mg/kg     Sham\n")
    (marlow, quist) = [c for c in extract([_document(text)])[0].claims if c.context == "table"]
    assert marlow.n == 48 and not marlow.dose and marlow.comparator == "placebo"
    assert quist.n == 30 and quist.comparator == "sham"


def test_justified_prose_and_running_heads_are_no_table():
    text = ("The  trial  enrolled  adults  with  chronic  pain  and  followed  them  for  a  year,  which\n"
            "is  long  for  this  field;  most  earlier  work  stopped  at  twelve  weeks  or  earlier  than\n"
            "that.\n"
            "\n"
            "Journal of Invented Pain 2023;12:40-48                                          7\n")
    assert not [b for b in label_text(text) if b.kind.startswith("table")]


def test_markdown_table_without_outer_pipes_is_a_table_not_a_menu():
    text = ("Trial | Participants | Result\n"
            "--- | --- | ---\n"
            "Harlow 2016 [2] | 58 | Fewer night wakings\n"
            "Ibsen 2020 [3] | 91 | No difference\n")
    blocks = label_text(text)
    assert {b.label for b in blocks} == {"main"}
    claims = extract([_document(text)])[0].claims
    assert [(c.study.markers, c.n) for c in claims] == [(["2"], 58), (["3"], 91)]
    assert claims[0].evidence.text == "Harlow 2016 [2] | 58 | Fewer night wakings"


def test_a_superscript_rendered_after_the_year_in_a_study_cell_is_its_marker():
    text = "Study\tN\tResult\nHarlow 2016 2\t58\tFewer night wakings\nIbsen 2020 3,4\t91\tNo difference\n"
    claims = extract([_document(text)])[0].claims
    assert [(c.study.first_author, c.study.markers) for c in claims] == [("Harlow", ["2"]), ("Ibsen", ["3", "4"])]


def test_a_rule_under_the_header_keeps_the_table_whole():
    text = ("Study          N     Dose            Comparator   Result\n"
            "-------------  ----  --------------  -----------  ------------------\n"
            "Quist 2021     30    10 mg/kg        Sham         Fewer seizures\n"
            "Marlow 2020    48    250 mg/day      Placebo      No difference\n"
            "=======================================================================\n"
            "\n"
            "Both trials were small.\n")
    kinds = [b.kind for b in label_text(text) if b.kind.startswith("table")]
    assert kinds[0] == "table_header" and len(kinds) >= 4
    claims = [c for c in extract([_document(text)])[0].claims if c.context == "table"]
    assert [(c.n, c.comparator) for c in claims] == [(30, "sham"), (48, "placebo")]
    assert claims[0].evidence.text.startswith("Quist 2021")


def test_a_drug_and_dose_cell_keeps_its_dose_by_position_even_with_a_double_space_or_a_gap():
    text = ("Study          N    Drug and dose            Comparator    Outcome   Result\n"
            "Oyel 2022      28   Zonisamide  4 mg daily   Placebo       TETRAS    Worse than placebo\n"
            "Bria 2021      30                            Placebo       TETRAS    No difference\n"
            "Cato 2020      41   Gabapentin 1800 mg/day                 FTM       Improved\n")
    oyel, bria, cato = [c for c in extract([_document(text)])[0].claims if c.context == "table"]
    assert [(d.value, d.unit) for d in oyel.dose] == [(4, "mg")] and oyel.comparator == "placebo"
    assert oyel.direction == "negative"
    assert not bria.dose and bria.comparator == "placebo" and bria.n == 30
    assert [(d.value, d.unit) for d in cato.dose] == [(1800, "mg/day")] and cato.comparator is None


def test_a_cell_run_into_the_next_column_by_one_space_is_cut_at_that_column():
    text = (
        "Table 2. Rinses for mucositis\n"
        "Trial           N      Regimen                       Control arm     Endpoint   Effect\n"
        "Okafor 2019     120    Benzocaine 2% rinse           Placebo         OMDQ       No difference\n"
        "Lindqvist 2021  150    Arginine 10 g three times day Placebo         OMAS       Lower peak OMAS\n"
        "Mensah 2023     72     Doxepin 25 mg rinse           Diphenhydramine MPQ        Favoured control\n"
        "\n"
    )
    (result,) = extract([_document(text)])
    rows = {c.study.first_author: c for c in result.claims}
    assert rows["Lindqvist"].comparator == "placebo" and rows["Lindqvist"].n == 150
    assert rows["Mensah"].comparator == "diphenhydramine" and rows["Mensah"].outcome_measures == ["MPQ"]


def test_a_cell_run_into_the_next_column_a_character_or_two_past_its_start_is_cut_there():
    text = (
        "Table 4. Non-hormonal agents for hot flushes\n"
        "Study               N     Agent / dose              Comparator   Result\n"
        "Haverkamp 2018      204   Venlafaxine 75 mg/day     Placebo      HF score -51% vs -27%\n"
        "Ostby 2020          96    Oxybutynin 5 mg bid       Placebo      HF frequency -62% vs -27%\n"
        "Lemaire 2019        72    Clonidine 100 µg/day patch Placebo     HF score -35% vs -20%\n"
        "Brandt 2022         80    Gabapentin 900 mg/day, tabs Placebo    No difference\n"
        "\n"
    )
    (result,) = extract([_document(text)])
    rows = {c.study.first_author: c for c in result.claims}
    assert rows["Lemaire"].comparator == "placebo" and [(d.value, d.unit) for d in rows["Lemaire"].dose] == [(100, "ug/day")]
    assert rows["Brandt"].comparator == "placebo" and rows["Brandt"].n == 80


def test_a_pipe_row_cut_before_its_closing_pipe_reads_on_over_the_break():
    text = (
        "| Study | Participants | Dose | Result |\n"
        "|---|---|---|---|\n"
        "| Okafor 2021 | 36 runners | 1-2 g daily | Muscle soreness (VAS) reduced vs placebo; creatine kinase\n"
        "unchanged |\n"
        "| Lindqvist 2020 | 94 adults with IBS | 500 mg twice daily | Pain scores lower than\n"
        "placebo at week 4 but not at week 8 |\n"
        "| Brandt 2019 | 40 adults | 2 g daily | No change in sleep |\n"
    )
    (result,) = extract([_document(text)])
    rows = {c.study.first_author: c for c in result.claims}
    assert rows["Okafor"].evidence.text.endswith("kinase\nunchanged |") and rows["Okafor"].direction == "mixed"
    assert rows["Lindqvist"].evidence.text.endswith("at week 8 |") and rows["Lindqvist"].direction == "mixed"
    assert rows["Brandt"].n == 40 and rows["Brandt"].direction == "null"
