"""Tables a PDF saved as text with single spaces between cells: no column can be split, but
each line opening on a study's citation and going on with a cell is one row claim (context
"table", evidence = the line), as a TAB-separated row is. Prose lines citing a study and
going on with a verb stay prose."""

import pytest

from text_claims import text_claims as _claims


_PROBIOTICS = (
    "TABLE 1.\n\nCharacteristics of the intervention studies included in the review\n\n"
    "Authors Age Country Health status Intervention duration Probiotic intervention Control Vehicle\n"
    "Tanaka et al. (40) 1-6 y Japan Healthy 6 mo L. casei per day (n = 120); L. reuteri per day (n = 124) Placebo (n = 126) Milk\n"
    "Oduya et al. (41) 6-59 mo Kenya Malnourished 12 wk B. lactis per day (n = 138) Placebo (n = 142) Sachet\n"
    "Varga et al. (42) 2-5 y Hungary Healthy 9 mo L. paracasei per day (n = 105) Received nothing additional (n = 100) Drops\n"
)
_KNEE = (
    "Table 2 Randomised trials of knee injections\n"
    "Study Design Intervention Comparator Result\n"
    "Okafor et al. 2019 RCT PRP 5 ml (n = 60) Saline (n = 60) Less pain at 6 months\n"
    "Lindqvist 2021 RCT Hyaluronic acid (n = 42) Sham (n = 42) No difference in WOMAC\n"
)
_SHEEP = (
    "Studies in sheep\n\n"
    "Reference Breed Treatment Control Outcome\n"
    "Moreau et al. [7] Merino 50 ewes given selenium 0.1 mg/kg 50 untreated ewes More lambs weaned\n"
    "Haddad et al. [8] Awassi 40 ewes given selenium 0.1 mg/kg 40 untreated ewes No difference in lamb weight\n"
)


@pytest.mark.parametrize("text, firsts", [
    (_PROBIOTICS, ["Tanaka", "Oduya", "Varga"]),
    (_KNEE, ["Okafor", "Lindqvist"]),
    (_SHEEP, ["Moreau", "Haddad"]),
])
def test_each_single_spaced_row_opening_on_a_citation_is_a_table_claim(text, firsts):
    claims = _claims(text)
    rows = [c for c in claims if c.context == "table"]
    assert [c.study.first_author for c in rows] == firsts
    for claim in rows:
        line = text[claim.evidence.start:claim.evidence.end]
        assert "\n" not in line and line.startswith(claim.study.first_author)
    assert len(claims) == len(rows)


def test_a_single_spaced_row_reads_its_arms():
    claims = _claims(_PROBIOTICS)
    assert [c.n for c in claims] == [370, 280, 205]
    assert claims[0].comparator == "placebo"


@pytest.mark.parametrize("text", [
    "Evidence\n\nMarsh et al. (2015) found that sertraline reduced panic attacks in 48 adults.\n"
    "Jones et al. (2017) reported similar results in a trial of 60 adolescents.\n",
    "Evidence\n\nMarsh et al. (2015) in a trial of 48 adults found that sertraline reduced panic attacks.\n",
])
def test_prose_lines_citing_studies_stay_prose(text):
    assert all(c.context == "prose" for c in _claims(text))


def test_a_table_with_two_spaces_between_cells_keeps_its_columns():
    text = ("Table 2. Trials of knee injections\n\n"
            "Study  Design  N  Intervention  Comparator  Result\n"
            "Okafor 2019  RCT  120  PRP 5 ml  Saline  Less pain at 6 months\n"
            "Lindqvist 2021  RCT  84  Hyaluronic acid  Sham  No difference in WOMAC\n"
            "Brandt 2022  RCT  210  Corticosteroid 40 mg  Usual care  Short-term relief only\n")
    claims = _claims(text)
    assert [(c.context, c.study.first_author, c.n, c.comparator) for c in claims] == [
        ("table", "Okafor", 120, "placebo"), ("table", "Lindqvist", 84, "sham"),
        ("table", "Brandt", 210, "treatment as usual")]
