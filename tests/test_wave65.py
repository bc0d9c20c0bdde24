"""Wave 65, from holdout 49 (sealed until one run at 9a3e55d, after waves 63 and 64): "not clearly
superior to placebo" is a null; a parasite "killed" in a share is a gain; "Our own customer survey
of 212 buyers ..." opens a study of its own, and feeling "more comfortable" is a gain; the
evaluator reads a measure written out by a listed name as its abbreviation ("Lequesne index")."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pooled analysis of 16 trials concluded that the evidence was of low certainty and that black cohosh was not "
         "clearly superior to placebo.", "null"),
        ("Fluralaner given once by mouth at 25 mg/kg killed over 99% of fleas within 12 hours in laboratory-infested beagles [1].",
         "positive"),
        ("The spray was not killed by heat.", "unknown"),
        ('Our own customer survey of 212 buyers found that 78% felt their knees were "more comfortable" after a month.', "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_sellers_own_survey_is_a_study_of_its_own(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    page = ("<html><body><h1>Boswellia</h1><p>A Danish group found no significant difference from placebo on the Lequesne "
            "index after 12 weeks of 400 mg three times daily in 64 people with hip pain (Holmgaard et al., 2017). Our own "
            "customer survey of 212 buyers found that 78% felt their knees were more comfortable after a month.</p></body></html>")
    path = tmp_path / "shop.html"
    path.write_text(page, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    assert [(c.evidence.text[:10], c.n, c.direction) for c in result.claims] == [("A Danish g", 64, "null"), ("Our own cu", 212, "positive")]


def test_the_evaluator_reads_a_measure_written_out_as_its_abbreviation() -> None:
    from pipeline.evaluate.extraction import outcomes_key

    assert outcomes_key(["Lequesne index"]) == outcomes_key(["LI"])
    assert outcomes_key(["Kupperman Index"]) == outcomes_key(["KI"])
    assert outcomes_key(["Hamilton Depression Rating Scale"]) == outcomes_key(["HAM-D"])
    assert outcomes_key(["BDI-II"]) != outcomes_key(["BDI"])
    assert outcomes_key(["a measure nobody lists"]) == frozenset({"AMEASURENOBODYLISTS"})
