"""The flag scorer on a small gold set built here, with stand-in ingest/extract stages and the
real reference loader and verifier, so its numbers can be checked by hand."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from pipeline.evaluate import flags as scorer
from pipeline.model import Claim, Document, DocumentResult, Evidence, Study, claim_id_for
from pipeline.references import load_references
from pipeline.verify import verify

DOC_A = "Marsh et al. (2015) randomized 48 adults. Lee (2020) found that oxytocin helped. One trial showed 120 patients improved.\n"
DOC_B = "Marsh et al. (2015) randomized 84 adults.\n"
TRUSTED = "id,authors,year,title,n_randomized,direction\nMarsh2015,Marsh AB,2015,A trial,84,positive\nLee2020,Lee K,2020,Oxytocin,30,null\n"
SENTENCE = re.compile(r"\S.*?(?<=[a-z]{3})\.")  # "et al." does not end a sentence
AUTHOR_YEAR = re.compile(r"^(\w+)(?: et al\.)? \((\d{4})\)")


def fake_ingest(source: str) -> Document:
    text = Path(source).read_text(encoding="utf-8")
    return Document(Path(source).stem, source, "text", hashlib.sha256(text.encode()).hexdigest(), text)


def fake_extract(documents: list[Document]) -> list[DocumentResult]:
    """One claim per sentence: author-year label, a number as N, 'helped'/'improved' as positive."""
    results = []
    for document in documents:
        result = DocumentResult(document.doc_id)
        for found in SENTENCE.finditer(document.text):
            text = found.group().strip()
            start = document.text.index(text, found.start())
            author = AUTHOR_YEAR.match(text)
            n = re.search(r"\b(\d{2,3})\b(?! *\))", text)
            result.claims.append(Claim(
                claim_id_for(document.doc_id, start, start + len(text)), document.doc_id, document.source, "prose",
                Evidence(text, start, start + len(text)),
                study=Study(label=author.group(0), first_author=author.group(1), year=int(author.group(2))) if author else Study(),
                n=int(n.group(1)) if n else None,
                direction="positive" if re.search("helped|improved", text) else "unknown"))
        results.append(result)
    return results


def build_gold(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "references").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(DOC_B, encoding="utf-8")
    (tmp_path / "references" / "trusted.csv").write_text(TRUSTED, encoding="utf-8")
    gold = [
        {"doc": "a.txt", "claims": [
            {"evidence": "randomized 48 adults", "flags": ["VALUE_MISMATCH:n", "CROSS_DOC_CONFLICT"], "reference_id": "Marsh2015"},
            {"evidence": "oxytocin helped", "flags": ["VALUE_MISMATCH:direction"], "reference_id": "Lee2020"},
            {"evidence": "120 patients improved", "flags": ["UNCITED_CLAIM"], "reference_id": None},
        ]},
        # The gold says this claim is fine, but doc-a's 48 makes the verifier flag a conflict here too.
        {"doc": "b.txt", "claims": [{"evidence": "randomized 84 adults", "flags": [], "reference_id": "Marsh2015"}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    return path


def test_scores_per_code_per_field_and_resolution(tmp_path):
    gold_path = build_gold(tmp_path)
    gold = scorer.load_gold(gold_path)
    documents, results = scorer.run_stages(gold, tmp_path / "docs", tmp_path / "references",
                                           fake_ingest, fake_extract, verify, load_references)
    evaluation = scorer.score(gold, documents, results)
    codes = {k: (c.tp, c.fp, c.fn) for k, c in evaluation.codes.items()}
    assert codes == {
        "VALUE_MISMATCH": (2, 0, 0), "VALUE_MISMATCH:n": (1, 0, 0), "VALUE_MISMATCH:direction": (1, 0, 0),
        "CROSS_DOC_CONFLICT": (1, 1, 0), "UNCITED_CLAIM": (1, 0, 0),
    }
    assert (evaluation.resolved_right, evaluation.resolution_checked, evaluation.resolution_accuracy) == (4, 4, 1.0)
    assert evaluation.false_mismatches == 0 and evaluation.unmatched_gold == 0
    report = scorer.format_report(evaluation, show_errors=True)
    assert "CROSS_DOC_CONFLICT              0.500  1.000     1     1     0" in report
    assert "  n " in report and "resolution accuracy 1.000 (4/4)" in report
    assert "b.txt: 'randomized 84 adults' gold [] predicted ['CROSS_DOC_CONFLICT']" in report


def test_missed_claim_costs_recall_and_resolution(tmp_path):
    gold = [scorer.GoldDoc("a.txt", [scorer.GoldClaim("something", {"UNCITED_CLAIM"}, "X1", True, 0, 9)])]
    document = Document("a", "a.txt", "text", "", "something else")
    evaluation = scorer.score(gold, [document], {"a": DocumentResult("a")})
    assert (evaluation.codes["UNCITED_CLAIM"].fn, evaluation.unmatched_gold, evaluation.resolution_accuracy) == (1, 1, 0.0)


def test_value_mismatch_on_agreeing_claim_is_counted(tmp_path):
    from pipeline.model import Flag
    claim = Claim("c", "a", "a.txt", "prose", Evidence("something", 0, 9),
                  flags=[Flag("VALUE_MISMATCH", "high", "m", field="n")])
    gold = [scorer.GoldDoc("a.txt", [scorer.GoldClaim("something", set(), "X1", True, 0, 9)])]
    evaluation = scorer.score(gold, [Document("a", "a.txt", "text", "", "something")], {"a": DocumentResult("a", [claim])})
    assert evaluation.false_mismatches == 1 and evaluation.codes["VALUE_MISMATCH:n"].fp == 1


def test_gold_evidence_must_be_in_the_text_once(tmp_path):
    gold = scorer.GoldDoc("a.txt", [scorer.GoldClaim("absent", set(), None, False)])
    try:
        scorer.locate_evidence(gold.doc, gold.claims, "present text")
    except scorer.GoldError as error:
        assert "not found" in str(error)
    else:
        raise AssertionError("expected a GoldError")


def test_main_without_gold_exits_non_zero(tmp_path, capsys):
    assert scorer.main(["--gold", str(tmp_path / "none.jsonl")]) == 1
    assert "no flag gold set" in capsys.readouterr().err
