"""The extraction scorer's matching and arithmetic, and the gold set's integrity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractors
from pipeline.evaluate.extraction import (
    GOLD_DIR,
    FIELDS,
    Evaluation,
    GoldClaim,
    GoldDoc,
    check_gold,
    comparator_key,
    dose_key,
    evaluate,
    format_report,
    gold_attribution,
    load_gold,
    main,
    outcomes_key,
    predicted_attribution,
    score_document,
)
from pipeline.evaluate.spans import GoldError, locate_evidence, match_by_overlap
from pipeline.ingest import ingest
from pipeline.model import Claim, Document, DocumentResult, Dose, Evidence, Study

TEXT = (
    "Background sentence. Marsh et al. (2015) gave 50 mg to 48 adults; PDSS fell. "
    "A second trial [7] found no difference versus placebo. Buy now for $20."
)


def gold_claim(evidence: str, **fields) -> GoldClaim:
    values = dict(context="prose", study=None, n=None, dose=[], comparator=None, outcome_measures=[], direction="unknown")
    values.update(fields)
    return GoldClaim(evidence=evidence, **values)


def predicted(text: str, fragment: str, **fields) -> Claim:
    start = text.index(fragment)
    return Claim(
        claim_id=f"c{start}",
        doc_id="d",
        source="s",
        context=fields.pop("context", "prose"),
        evidence=Evidence(fragment, start, start + len(fragment)),
        **fields,
    )


def located(gold: list[GoldClaim], text: str = TEXT) -> list[GoldClaim]:
    locate_evidence("doc.txt", gold, text)
    return gold


# --- matching -----------------------------------------------------------------------


def test_match_is_one_to_one_and_prefers_the_greatest_overlap():
    gold = located([gold_claim("Marsh et al. (2015) gave 50 mg"), gold_claim("A second trial [7]")])
    preds = [
        predicted(TEXT, "Marsh et al."),  # overlaps gold 0 by 12 characters
        predicted(TEXT, "Marsh et al. (2015) gave 50 mg to 48 adults; PDSS fell."),  # overlaps gold 0 fully
        predicted(TEXT, "Buy now for $20."),  # overlaps nothing
    ]
    assert match_by_overlap(gold, preds) == [(0, 1)]


def test_one_prediction_spanning_two_gold_claims_matches_only_the_larger_overlap():
    gold = located([gold_claim("PDSS fell."), gold_claim("A second trial [7] found no difference")])
    merged = predicted(TEXT, "PDSS fell. A second trial [7] found no difference versus placebo.")
    assert match_by_overlap(gold, [merged]) == [(1, 0)]
    evaluation = Evaluation()
    score_document("doc.txt", TEXT, gold, [merged], evaluation)
    assert (evaluation.missed, evaluation.spurious) == (1, 0)


def test_gold_evidence_must_occur_exactly_once():
    with pytest.raises(GoldError, match="not found"):
        locate_evidence("doc.txt", [gold_claim("Smith 1999")], TEXT)
    with pytest.raises(GoldError, match="found 2 times"):
        locate_evidence("doc.txt", [gold_claim("trial")], "one trial, another trial")


# --- field values -------------------------------------------------------------------


def test_author_year_ignores_case_diacritics_and_particle_spacing():
    gold = {"first_author": "van der Berg", "year": 2015}
    assert predicted_attribution(Study(first_author="Van Der-Berg", year=2015), gold) == gold_attribution(gold)
    assert predicted_attribution(Study(first_author="Müller", year=2015), {"first_author": "Muller", "year": 2015}) == (
        gold_attribution({"first_author": "Muller", "year": 2015})
    )
    assert predicted_attribution(Study(first_author="van der Berg", year=2016), gold) != gold_attribution(gold)


def test_a_gold_year_written_as_a_string_is_the_same_year():
    for gold in ({"first_author": "Okafor", "year": "2019"}, {"venue": "Pain Medicine", "year": "2009"}):
        study = Study(first_author=gold.get("first_author"), venue=gold.get("venue"), year=2019 if "first_author" in gold else 2009)
        assert predicted_attribution(study, gold) == gold_attribution(gold)
    assert predicted_attribution(Study(first_author="Okafor", year=2018), {"first_author": "Okafor", "year": "2019"}) != (
        gold_attribution({"first_author": "Okafor", "year": "2019"})
    )


def test_attribution_is_judged_on_the_kind_the_annotator_wrote():
    both = Study(first_author="Marsh", year=2015, markers=["7"])
    assert predicted_attribution(both, {"markers": ["7"]}) == gold_attribution({"markers": ["7"]})
    assert predicted_attribution(both, {"first_author": "Marsh", "year": 2015}) == gold_attribution(
        {"first_author": "Marsh", "year": 2015}
    )
    assert predicted_attribution(Study(markers=["9", "8", "7"]), {"markers": ["7", "8", "9"]}) == gold_attribution(
        {"markers": ["7", "8", "9"]}
    )
    venue = {"venue": "The Journal of Traumatic Stress", "year": 2018}
    assert predicted_attribution(Study(venue="journal of traumatic stress", year=2018), venue) == gold_attribution(venue)
    assert predicted_attribution(Study(own=True, venue="JAMA"), {"own": True}) == gold_attribution({"own": True})
    table_row = {"first_author": "Mori", "year": 2009, "markers": ["1"]}
    assert predicted_attribution(Study(first_author="Mori", year=2009, markers=["1"]), table_row) == gold_attribution(table_row)
    assert predicted_attribution(Study(first_author="Mori", year=2009), table_row) != gold_attribution(table_row)
    assert predicted_attribution(Study(label=None), None) is None
    assert predicted_attribution(Study(doi="10.5555/ABC.1"), {"doi": "10.5555/abc.1"}) == gold_attribution({"doi": "10.5555/abc.1"})
    assert predicted_attribution(Study(pmid="123"), {"pmid": "124"}) != gold_attribution({"pmid": "124"})
    registry = {"registry_ids": ["NCT04123456"]}
    assert predicted_attribution(Study(registry_ids=["nct04123456"]), registry) == gold_attribution(registry)


def test_dose_and_outcome_normalisation():
    assert dose_key([{"value": 50, "unit": "mcg"}]) == dose_key([Dose(value=50.0, unit="µg", text="50 µg")])
    assert dose_key([{"value": 24, "unit": "IU"}]) == dose_key([Dose(value=24, unit="iu")])
    assert dose_key([Dose(value=10, unit="mg/kg"), Dose(value=20, unit="mg/kg")]) != dose_key([{"value": 10, "unit": "mg/kg"}])
    assert dose_key([]) is None
    assert outcomes_key(["Y-BOCS", "bdi-ii"]) == outcomes_key(["YBOCS", "BDI II"])
    assert outcomes_key([]) is None


def test_a_comparator_drug_is_the_same_arm_under_any_of_its_names():
    assert comparator_key("Paracetamol") == comparator_key("acetaminophen") == "acetaminophen"
    assert comparator_key("Panadol") == comparator_key("paracetamol")
    assert comparator_key("ibuprofen") != comparator_key("paracetamol")
    assert comparator_key("  Usual   care ") == "usual care"
    assert comparator_key(" ") is None


# --- per-field arithmetic -----------------------------------------------------------


def test_field_counts_over_matched_missed_and_spurious_claims():
    gold = located(
        [
            gold_claim(
                "Marsh et al. (2015) gave 50 mg",
                study={"first_author": "Marsh", "year": 2015},
                n=48,
                dose=[{"value": 50, "unit": "mg"}],
                outcome_measures=["PDSS"],
                direction="positive",
            ),
            gold_claim("A second trial [7]", study={"markers": ["7"]}, comparator="placebo", direction="null"),
        ]
    )
    preds = [
        predicted(
            TEXT,
            "Marsh et al. (2015) gave 50 mg to 48 adults; PDSS fell.",
            study=Study(first_author="Marsh", year=2015),
            n=50,  # wrong: a dose mistaken for N
            dose=[Dose(value=50, unit="mg")],
            outcome_measures=["PDSS"],
            direction="unknown",  # unknown counts as not stated
        ),
        predicted(TEXT, "Buy now for $20.", n=20, direction="positive"),  # spurious
    ]
    evaluation = Evaluation()
    score_document("doc.txt", TEXT, gold, preds, evaluation)
    s = evaluation.scores
    assert (s["attribution"].tp, s["attribution"].fp, s["attribution"].fn) == (1, 0, 1)
    assert (s["n"].tp, s["n"].fp, s["n"].fn) == (0, 2, 1)
    assert (s["dose"].tp, s["dose"].fp, s["dose"].fn) == (1, 0, 0)
    assert (s["comparator"].tp, s["comparator"].fp, s["comparator"].fn) == (0, 0, 1)
    assert (s["outcome_measures"].tp, s["outcome_measures"].fp, s["outcome_measures"].fn) == (1, 0, 0)
    assert (s["direction"].tp, s["direction"].fp, s["direction"].fn) == (0, 1, 2)
    assert (evaluation.spurious, evaluation.missed) == (1, 1)
    assert evaluation.spurious_rate == 0.5 and evaluation.missed_rate == 0.5
    assert s["attribution"].precision == 1.0 and s["attribution"].recall == 0.5
    assert round(s["attribution"].f1, 3) == 0.667
    assert s["n"].f1 == 0.0
    assert any(e.field == "n" and e.gold == 48 and e.predicted == 50 for e in evaluation.errors)


def test_evaluate_runs_ingest_and_extract_and_reports(tmp_path: Path):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    gold = [GoldDoc("doc.txt", [gold_claim("A second trial [7]", study={"markers": ["7"]}, direction="null")])]

    def ingest(path: str) -> Document:
        return Document(doc_id="d", source=path, kind="text", sha256="x", text=Path(path).read_text(encoding="utf-8"))

    def extract(docs: list[Document]) -> list[DocumentResult]:
        claim = predicted(docs[0].text, "A second trial [7] found no difference versus placebo.", study=Study(markers=["7"]))
        return [DocumentResult("d", claims=[claim])]

    evaluation = evaluate(gold, ingest, extract, tmp_path)
    assert evaluation.scores["attribution"].f1 == 1.0
    assert evaluation.scores["direction"].fn == 1
    report = format_report(evaluation, show_errors=True)
    assert all(name in report for name in FIELDS)
    assert "gold='null' predicted=None" in report
    assert "[direction]" not in format_report(evaluation, show_errors=True, fields=("attribution",))


def test_a_gold_document_missing_from_disk_is_a_gold_error(tmp_path: Path):
    with pytest.raises(GoldError, match="missing"):
        evaluate([GoldDoc("gone.txt", [])], ingest, lambda docs: [], tmp_path)


def test_check_lists_every_evidence_problem_without_scoring(tmp_path: Path):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    gold = [GoldDoc("doc.txt", [gold_claim("A second trial [7]"), gold_claim("not in the text"), gold_claim("e")]),
            GoldDoc("gone.txt", [])]
    problems = check_gold(gold, ingest, tmp_path)
    assert len(problems) == 3
    assert "not found" in problems[0] and "times" in problems[1] and "missing" in problems[2]
    assert check_gold([GoldDoc("doc.txt", [gold_claim("A second trial [7]")])], ingest, tmp_path) == []


def test_main_check_prints_no_scores(capsys: pytest.CaptureFixture[str]):
    assert main(["--check"]) == 0
    out = capsys.readouterr().out
    assert "0 problems" in out and "F1" not in out


def test_a_malformed_gold_line_names_its_line(tmp_path: Path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a.txt", "claims": [{"context": "prose"}]}\n', encoding="utf-8")
    with pytest.raises(GoldError, match="gold.jsonl:1"):
        load_gold(bad)


# --- the gold set itself ------------------------------------------------------------

GOLD = load_gold(GOLD_DIR / "gold.jsonl")


def _ingested_text(path: Path) -> str:
    document = ingest(str(path))
    assert document.status == "ok", f"{path.name}: {document.error}"
    return document.text


@pytest.mark.parametrize("gold_doc", GOLD, ids=[g.doc for g in GOLD])
def test_every_gold_evidence_occurs_exactly_once_in_the_ingested_text(gold_doc: GoldDoc):
    locate_evidence(gold_doc.doc, gold_doc.claims, _ingested_text(GOLD_DIR / "docs" / gold_doc.doc))


def test_gold_set_covers_every_document_with_valid_values():
    docs = sorted(p.name for p in (GOLD_DIR / "docs").iterdir())
    assert sorted(g.doc for g in GOLD) == docs
    contexts, directions = {"prose", "table", "abstract", "comment"}, {"positive", "null", "negative", "mixed", "unknown"}
    for g in GOLD:
        for c in g.claims:
            assert c.context in contexts and c.direction in directions, (g.doc, c.evidence)
            assert c.n is None or isinstance(c.n, int)
            assert all(set(d) >= {"value", "unit"} for d in c.dose)
            assert c.comparator is None or c.comparator == c.comparator.lower()
            assert (c.context == "abstract") == bool(c.study and c.study.get("own")), (g.doc, c.evidence)


def test_gold_set_size():
    assert len(GOLD) >= 40
    assert sum(len(g.claims) for g in GOLD) >= 200
    measures = {m for g in GOLD for c in g.claims for m in c.outcome_measures}
    assert len(measures) >= 40


def test_main_scores_one_document_with_a_stub_extractor(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setattr(extractors, "extract", lambda docs, nlp=None: [DocumentResult(d.doc_id) for d in docs], raising=False)
    name = "vendor-faq-yohimbine.txt"
    assert main(["--doc", name]) == 0
    out = capsys.readouterr().out
    expected = len(next(g for g in GOLD if g.doc == name).claims)
    assert f"claims: {expected} gold, 0 predicted" in out
    assert main(["--doc", "no-such-doc.txt"]) == 1
    assert main(["--doc", name, "--show-errors", "--field", "n"]) == 0
    out = capsys.readouterr().out
    assert "[n] gold=24 predicted=None" in out and "[dose]" not in out


def test_gold_jsonl_is_one_object_per_line():
    for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        assert set(json.loads(line)) == {"doc", "claims"}


def test_a_feed_studys_basal_diet_is_its_no_treatment_arm():
    assert comparator_key("Basal diet") == comparator_key("basal diets") == comparator_key("no treatment")
    assert comparator_key("control diet") == "no treatment"
    assert comparator_key("standard diet") != "no treatment"
