"""Wave 60, from holdout 45 (scored once at e25dd18): a gain limited to "the 1000 and 2000 mg
arms"; a drug that "controlled pain as well as carbamazepine" did alike; a commenter who "got
nothing but stinging eyes" or "felt nothing, apart from worse insomnia"; a table's "HbA1c lower vs
placebo", and "in obese subgroup only" after it. The evaluator reads a dose in U (units) as IU, as
the gold sets' writers wrote either."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.direction import parse_direction
from pipeline.evaluate.extraction import dose_key
from pipeline.ingest import ingest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pilot in 290 patients compared 750, 1000 and 2000 mg/day with placebo; only the 1000 and 2000 mg arms had "
         "significantly less fatigue on the Brief Fatigue Inventory (BFI) [3].", "mixed"),
        ("In 130 patients, oxcarbazepine 600 to 1800 mg daily controlled pain as well as carbamazepine (Lindgren & Obi, 2008).", "null"),
        ("Ginger worked just as well as placebo.", "null"),
        ("The gel reduced redness as well as swelling.", "positive"),
        ("Tried it for a fortnight and got nothing but stinging eyes.", "negative"),
        ("I took 15 mg for three months with bupropion and felt nothing, apart from worse insomnia.", "negative"),
        ("I felt nothing.", "null"),
        ("HbA1c lower vs placebo", "positive"),
        ("HbA1c higher than placebo", "negative"),
        ("HbA1c lower vs placebo in obese subgroup only", "mixed"),
        ("HbA1c was measured vs placebo", "unknown"),
        ("Atropine eye drops are widely used, yet the only randomised trial found no benefit over placebo drops in 40 patients.", "null"),
        ("Atropine eye drops reduced myopia progression compared with placebo drops.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_units_are_international_units() -> None:
    assert dose_key([{"value": 75, "unit": "U"}]) == dose_key([{"value": 75, "unit": "IU"}])
    assert dose_key([{"value": 75, "unit": "units"}]) == dose_key([{"value": 75, "unit": "IU"}])
    assert dose_key([{"value": 75, "unit": "ug"}]) != dose_key([{"value": 75, "unit": "IU"}])


_PDF_REPORT = """Mersey Pharmacy Bulletin                     Clozapine-induced hypersalivation
-------------------------------------------------------------------------------
Prepared by R. Okafor-Lund (Lead Pharmacist) and S. Brannigan
Version 3.1 - approved by the Drugs and Therapeutics Committee, January 2026

1. Background

Glycopyrronium 1 mg at night was compared with amitriptyline in a 4-week study of 32
patients.3 Both groups improved on the DSFS, with no significant difference.

-------------------------------------------------------------------------------
MPB 2026; 14(1)                                                         Page 3
Mersey Pharmacy Bulletin                     Clozapine-induced hypersalivation
-------------------------------------------------------------------------------

Table 2. Randomised trials

  Drug (ref)              N     Dose                 Control        Scale   Result
  Hyoscine (2)            26    0.3 mg tds           Placebo        -       Night only
  Glycopyrronium (3)      32    1 mg                 Amitriptyline  DSFS    No difference

4. References

1. Maher S, Cunningham A. Prevalence of clozapine-induced hypersalivation. Psy-
   chiatr Bull Merseyside. 2016;40:118-121.
2. Ellison-Hart P, et al. Hyoscine for clozapine hypersalivation. J Clin Psycho-
   pharm Res. 2011;22:301-305.
3. Liang CS, Okafor R. Glycopyrronium vs amitriptyline. Schizophr Ther. 2010;5:77-83.
"""


def test_a_pdf_reports_furniture_byline_and_wrapped_references_make_no_claims(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_PDF_REPORT, encoding="utf-8")
    document = ingest(str(path))
    claims = extract([document])[0].claims
    evidence = [document.text[c.evidence.start:c.evidence.end] for c in claims]
    assert not any("Prepared by" in e or "MPB 2026" in e or "chiatr Bull" in e or "pharm Res" in e for e in evidence)
    rows = {e.split()[0]: c for e, c in zip(evidence, claims) if c.context == "table"}
    assert rows["Hyoscine"].study.markers == ["2"]
    assert rows["Glycopyrronium"].study.markers == ["3"]


def test_a_vendors_panel_of_customers_is_a_sample() -> None:
    from extractors.fields.n import parse_n

    assert parse_n("Our own panel of 18 customers who took two capsules daily for a month reported feeling less foggy.")[0] == 18
    assert parse_n("Trusted by 50,000 customers.")[0] is None
