"""Wave 86, from holdout 57 and probe 29: a pipe table whose header a copied page wrapped over
lines, a product code's number beside a dose, arm sizes written "50/50", a result cell that
opens on its verdict, a lead gone by a later visit, "no worse than placebo", and harms of
the gut named by their own words."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from extractors.fields.dose import read_doses
from tests.saved_page import ingest_page

WRAPPED_HEADER = (
    "Table 3.\n"
    "Study | Design | Mean Follow-Up | Country | Sample Size | Average Age (Year) | Sex Male/Female (%) |\n"
    "Intervention | Main Results |\n"
    "---|---|---|---|---|---|---|---|---|\n"
    "Okonjo T et al. [41] | RCT | 8 weeks | Kenya | 96 | 30–55 | 45/55 | 300 mg of saffron extract daily. | "
    "Positive effects on memory (p < 0.01) and mood (p = 0.02). |\n"
    "Ferreira L et al. [42] | RCT | 12 months | Brazil | 60/60 | 70.2 ± 5.1 | 38/62 | EGb 761 240 mg tablets once daily. | "
    "No significant differences between groups in MMSE or CDR scores. |\n"
)


def test_a_wrapped_header_still_heads_its_pipe_table(tmp_path):
    document = ingest_page(tmp_path, WRAPPED_HEADER, "review-table.md")
    (result,) = extract([document])
    rows = [claim for claim in result.claims if claim.context == "table"]
    assert len(rows) == 2
    saffron, ginkgo = rows
    for claim in rows:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    assert saffron.n == 96 and saffron.direction == "positive"
    assert [(dose.value, dose.unit) for dose in saffron.dose] == [(300.0, "mg")]
    assert ginkgo.n == 120 and ginkgo.direction == "null"
    assert [(dose.value, dose.unit) for dose in ginkgo.dose] == [(240.0, "mg")]


@pytest.mark.parametrize(
    ("text", "dose"),
    [
        ("Standardized extract of Ginkgo biloba EGb 761 240 mg tablets were given orally.", (240.0, "mg")),
        ("Adults took 1 000 mg daily.", (1000.0, "mg")),
    ],
)
def test_a_product_codes_number_is_no_thousands_group(text, dose):
    doses, _ = read_doses(text)
    assert [(found.value, found.unit) for found in doses] == [dose]


@pytest.mark.parametrize(
    ("text", "comparator", "direction"),
    [
        ("Positive effects on memory (p < 0.001), quality of life (p < 0.001) and cognitive function.", None, "positive"),
        ("Forty-four patients were randomised to efinaconazole with monthly debridement (n = 22) or efinaconazole alone (n = 22); "
         "clinical cure was higher with combination treatment at 24 weeks, although by week 48 the groups no longer differed.",
         "efinaconazole alone", "mixed"),
        ("Pain was lower with acupuncture at week 4, but by week 12 there was no significant difference.", "sham", "mixed"),
        ("Scores were higher in both groups at week 8 but did not differ between groups.", "placebo", "null"),
        ("In a 2023 study, 40 older adults who took 25 mg of daridorexant performed no worse on a driving simulator the next "
         "morning than those given placebo.", "placebo", "null"),
        ("Patients did worse on the drug than on placebo.", "placebo", "negative"),
        ("No added benefit; more dyspepsia", "calcium + vitamin D", "negative"),
        ("Pain fell more with the drug; bloating was more common than with placebo.", "placebo", "mixed"),
    ],
)
def test_wave86_directions(text, comparator, direction):
    assert parse_direction(text, comparator) == direction


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Another trial from Mexico pitted hibiscus extract (250 mg of anthocyanins daily) against the blood pressure drug "
         "lisinopril and found the two worked about equally well over four weeks.", "lisinopril"),
        ("The trial used sertraline as the active comparator.", "sertraline"),
        ("We used the same scale as the control study.", None),
    ],
)
def test_an_arm_pitted_against_or_used_as_the_control(text, comparator):
    assert parse_comparator(text) == comparator
