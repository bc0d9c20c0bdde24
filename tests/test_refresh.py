import extractors
from extractors.blocks import label_text
from pipeline import batches
from pipeline.model import Claim, Document, DocumentResult, Evidence, Flag, Verification
from pipeline.refresh import compare_hashes, plan_refresh


def _doc(doc_id: str, sha: str, status: str = "ok") -> Document:
    return Document(doc_id=doc_id, source=f"/x/{doc_id}.txt", kind="text", sha256=sha, text="t", status=status)


def _result(doc_id: str) -> DocumentResult:
    claim = Claim(
        claim_id="c1",
        doc_id=doc_id,
        source="s",
        context="prose",
        evidence=Evidence("t", 0, 1),
        verification=Verification(status="verified", reference_id="R1"),
        flags=[Flag(code="UNCITED_CLAIM", severity="medium", message="m")],
    )
    return DocumentResult(doc_id, claims=[claim])


def test_compare_hashes_sorts_every_kind_of_change():
    changes = compare_hashes({"b": "1", "a": "2", "c": "3"}, {"a": "2", "c": "9", "gone": "4"})
    assert changes == {"new": ["b"], "changed": ["c"], "unchanged": ["a"], "removed": ["gone"]}


def test_unchanged_documents_reuse_their_result_with_verdicts_cleared():
    stored = {"same": (_doc("same", "h1"), _result("same"))}
    docs = [_doc("same", "h1"), _doc("edited", "h2-new"), _doc("fresh", "h3")]
    plan = plan_refresh(docs, {"same": "h1", "edited": "h2", "old": "h4"}, stored.get)

    assert [d.doc_id for d in plan.to_extract] == ["edited", "fresh"]
    assert [(d.doc_id, d.status) for d in plan.documents] == [("same", "skipped"), ("edited", "ok"), ("fresh", "ok")]
    claim = plan.reused["same"].claims[0]
    assert claim.flags == [] and claim.verification.status == "not_checked"
    assert plan.changes["removed"] == ["old"]


def test_previously_failed_documents_are_retried():
    stored = {"bad": (_doc("bad", "h", status="failed"), DocumentResult("bad"))}
    plan = plan_refresh([_doc("bad", "h")], {"bad": "h"}, stored.get)
    assert [d.doc_id for d in plan.to_extract] == ["bad"]
    assert plan.documents[0].status == "ok"


def test_a_document_whose_extraction_raises_fails_alone(monkeypatch):
    real_extract = extractors.extract

    def fragile_extract(documents, nlp=None):
        if any("poison" in d.text for d in documents):
            raise RecursionError("pathological nesting")
        return real_extract(documents, nlp=nlp)

    monkeypatch.setattr(extractors, "extract", fragile_extract)
    good = Document("good", "/x/good.txt", "text", "h1", text="Smith et al. (2013) randomised 84 adults.")
    bad = Document("bad", "/x/bad.txt", "text", "h2", text="poison")
    for document in (good, bad):
        document.blocks = label_text(document.text)
    results = batches.extract_documents([good, bad])
    assert [r.doc_id for r in results] == ["good", "bad"]
    assert results[0].error is None and results[0].claims
    assert results[1].error == "extraction failed: RecursionError: pathological nesting"
