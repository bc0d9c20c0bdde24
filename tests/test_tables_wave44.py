"""Tables, wave 44: characteristics tables head their columns in the words of the
review's methods section ("Respondents", "Method", "Experimental group", "Placebo
group", "Length of treatment"); each must name the role its cells carry, so a row's N
and comparator come from their own cells and not from the row as a whole."""

import pytest

from extractors.tables import Table, column_role, read_table
from text_claims import text_claims


@pytest.mark.parametrize("header, role", [
    ("Respondents", "n"),
    ("No. of respondents", "n"),
    ("Volunteers (n)", "n"),
    ("Method", "design"),
    ("Methods", "design"),
    ("Methodology", "design"),
    ("Length of treatment", "design"),
    ("Experimental group", "intervention"),
    ("Active group", "intervention"),
    ("Placebo group", "comparator"),
    ("Sham arm", "comparator"),
    ("Usual care group", "comparator"),
])
def test_methods_section_headers_name_their_column(header: str, role: str) -> None:
    assert column_role(header) == role


SURVEY_HEADED = (
    "Table 2. Trials of acupressure for postoperative nausea\n"
    "| Author | Respondents | Method | Experimental group | Placebo group | Result |\n"
    "|---|---|---|---|---|---|\n"
    "| Whitcombe et al. (2014) | 80 women after laparoscopy (mean age 38 years) | Randomised, single-blind "
    "| P6 wristband for 24 h | Sham wristband | Nausea was significantly less frequent with the wristband (p=0.01) |\n"
    "| Ferreira & Lima (2019) | 64 adults after hip replacement, 32 per arm | Randomised controlled trial "
    "| P6 pressure 5 min every 2 h | Sham point pressure | No significant difference in vomiting between groups |\n"
)

DENTAL_HEADED = (
    "Table 1 Included studies\n"
    "Study\tVolunteers\tMethodology\tActive group\tUsual care group\tLength of treatment\tMain findings\n"
    "Kowalczyk 2016\t42 adolescents with fixed braces\tParallel RCT\tFluoride varnish 22,600 ppm\t"
    "Toothbrushing advice\t6 months\tFewer white-spot lesions with varnish\n"
    "Hartmann 2020\t58 adults with gingivitis\tSplit-mouth RCT\tChlorhexidine gel 1%\tToothbrushing advice\t"
    "3 months\tGingival bleeding reduced with the gel\n"
)


@pytest.mark.parametrize("text, expected", [
    (SURVEY_HEADED, [("Whitcombe", 80, "sham"), ("Ferreira", 64, "sham")]),
    (DENTAL_HEADED, [("Kowalczyk", 42, "toothbrushing advice"), ("Hartmann", 58, "toothbrushing advice")]),
])
def test_a_row_reads_n_and_comparator_from_the_columns_so_headed(text: str, expected: list) -> None:
    claims = [c for c in text_claims(text) if c.context == "table"]
    assert [c.study.first_author for c in claims] == [author for author, _, _ in expected]
    assert [c.n for c in claims] == [n for _, n, _ in expected]
    assert [c.comparator for c in claims] == [comparator for _, _, comparator in expected]


# A review table saved from HTML whose header cells span both arms: a second header row
# names the arms ("T | C"), an empty row ("|") stands between the header and the body,
# and each spanned column holds one cell per arm.
YOGA_SPANNED = (
    "|\n"
    "| Author | Year | Country | M/F | Age, y | Treatment group | Control group | Follow-up |\n"
    "| T | C | T | C |\n"
    "|\n"
    "| Nakamura et al. | 2011 | Japan | 12/18 | 14/15 | 61.2 ± 5.4 | 60.8 ± 6.1 | Hatha yoga 45 min twice weekly "
    "| Health education | 12 wk |\n"
    "| Okonjo et al. | 2017 | Nigeria | 20/22 | 19/24 | 49.5 ± 8.0 | 50.3 ± 7.7 | Chair yoga 30 min/d | Usual care | 8 wk |\n"
)

RHEUMATOLOGY_SPANNED = (
    "Study\tYear\tSex (M/F)\tDisease duration, y\tIntervention\tComparator\tDuration\n"
    "I\tC\tI\tC\n"
    "Brandt\t2009\t8/32\t9/31\t6.1 ± 2.2\t5.8 ± 2.5\tTai chi 60 min twice weekly\tStretching\t12 weeks\n"
    "Iqbal\t2015\t5/25\t6/24\t4.4 ± 1.9\t4.9 ± 2.0\tAquatic exercise 3 times weekly\tWaiting list\t16 weeks\n"
)


@pytest.mark.parametrize("text, expected", [
    (YOGA_SPANNED, [("Nakamura", 2011, 59, "health education"), ("Okonjo", 2017, 85, "treatment as usual")]),
    (RHEUMATOLOGY_SPANNED, [("Brandt", 2009, 80, "stretching"), ("Iqbal", 2015, 60, "waitlist")]),
])
def test_a_header_spanning_both_arms_reads_each_arms_cell_and_counts_both_sexes(text: str, expected: list) -> None:
    claims = [c for c in text_claims(text) if c.context == "table"]
    assert [(c.study.first_author, c.study.year, c.n, c.comparator) for c in claims] == expected


def _read(text: str) -> Table:
    """The table of ``text``'s lines, lone pipes (empty rows) left out as the planner leaves them."""
    lines, at = [], 0
    for line in text.split("\n")[:-1]:
        if line.strip() != "|":
            lines.append((at, at + len(line)))
        at += len(line) + 1
    return read_table(text, lines)


def test_arm_cells_under_tab_separated_spanning_headers_are_read_in_place() -> None:
    table = _read(RHEUMATOLOGY_SPANNED)
    assert table.roles == ["study", "year", "sex", "sex", "design", "design", "intervention", "comparator", "design"]
    assert [row.header for row in table.rows] == [True, True, False, False]


@pytest.mark.parametrize("body", [
    # every pair of columns could be the spanned one: the header is not widened on a guess
    "| A | B | C |\n| T | C |\n|\n| Wu et al. | 2018 | 3 | 4 |\n",
    # the arm cells differ in form: no cell boundary fits
    "| Author | Year | Setting | Dose |\n| T | C |\n| Wu et al. | 2018 | Clinic | 5 mg | placebo |\n",
])
def test_no_spanned_column_is_guessed(body: str) -> None:
    table = _read(body)
    assert len(table.rows[0].cells) == len(body.split("\n")[0].strip("|").split("|"))
    assert not table.rows[1].header


def test_sex_shares_in_percent_count_no_one() -> None:
    text = (
        "| Study | M/F (%) | Intervention | Control | Result |\n"
        "|---|---|---|---|---|\n"
        "| Lindqvist 2012 | 40/60 | Nordic walking 3 times weekly | No exercise | Blood pressure fell with walking |\n"
    )
    (claim,) = [c for c in text_claims(text) if c.context == "table"]
    assert claim.n is None


@pytest.mark.parametrize("header, role", [
    ("M/F", "sex"),
    ("Sex (M/F)", "sex"),
    ("Gender (F/M)", "sex"),
    ("Sex", None),
    ("Demographics sex, age", None),
    ("M/F (%)", "sex"),
])
def test_only_a_whole_cell_splitting_by_sex_is_the_sex_column(header: str, role: str | None) -> None:
    assert column_role(header) == role
