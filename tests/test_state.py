"""The state store round-trips documents and results and reports what changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.model import Document, DocumentResult
from pipeline.state import STATE_FILE, StateStore, document_from_dict, from_dict, result_from_dict, to_dict
from test_outputs_sample import sample_run


def _save_all(out: Path) -> None:
    run = sample_run()
    with StateStore(out) as store:
        for document in run.documents:
            store.save(document, run.results[document.doc_id])


def test_documents_and_results_round_trip_across_runs(tmp_path: Path) -> None:
    _save_all(tmp_path)
    run = sample_run()
    with StateStore(tmp_path) as store:
        for document in run.documents:
            loaded = store.load(document.doc_id)
            assert loaded is not None
            stored_document, stored_result = loaded
            assert stored_document == document
            assert stored_result == run.results[document.doc_id]
        assert store.load("never-seen") is None
    assert (tmp_path / STATE_FILE).is_file()


def test_round_trip_rebuilds_nested_dataclasses() -> None:
    run = sample_run()
    document = document_from_dict(to_dict(run.documents[0]))
    result = result_from_dict(to_dict(run.results[document.doc_id]))
    claim = result.claims[0]
    assert type(document.blocks[0]).__name__ == "Block" and type(document.pages[0]).__name__ == "Page"
    assert type(document.meta).__name__ == "DocumentMeta"
    assert type(claim.study).__name__ == "Study" and type(claim.dose[0]).__name__ == "Dose"
    assert type(claim.evidence).__name__ == "Evidence" and type(claim.verification).__name__ == "Verification"
    assert type(claim.flags[0]).__name__ == "Flag" and type(result.references[0]).__name__ == "ReferenceEntry"
    assert document.boilerplate_chars == run.documents[0].boilerplate_chars


def test_unknown_keys_are_ignored_and_missing_ones_take_defaults() -> None:
    data = {"doc_id": "d", "source": "s", "kind": "text", "sha256": "x", "field_from_the_future": 1}
    document = from_dict(Document, data)
    assert document == Document(doc_id="d", source="s", kind="text", sha256="x")


def test_previous_hashes_and_changes(tmp_path: Path) -> None:
    with StateStore(tmp_path) as store:
        assert store.previous_hashes() == {}
        assert store.changes({"a": "1"}) == {"new": ["a"], "changed": [], "unchanged": [], "removed": []}
    _save_all(tmp_path)
    with StateStore(tmp_path) as store:
        assert store.previous_hashes()["vendor-guide-0123456789"] == "a" * 64
        current = {
            "vendor-guide-0123456789": "a" * 64,  # unchanged
            "hostile-page-abcdef0123": "f" * 64,  # changed
            "zz-new-9999999999": "0" * 64,
            "aa-new-8888888888": "1" * 64,
        }
        assert store.changes(current) == {
            "new": ["aa-new-8888888888", "zz-new-9999999999"],
            "changed": ["hostile-page-abcdef0123"],
            "unchanged": ["vendor-guide-0123456789"],
            "removed": ["broken-pdf-1111111111", "utf16-notes-2222222222"],
        }


def test_remove_and_save_replace(tmp_path: Path) -> None:
    _save_all(tmp_path)
    run = sample_run()
    guide = run.documents[0]
    guide.sha256 = "9" * 64
    with StateStore(tmp_path) as store:
        store.remove(["broken-pdf-1111111111", "utf16-notes-2222222222"])
        store.save(guide, DocumentResult(doc_id=guide.doc_id))
    with StateStore(tmp_path) as store:
        assert sorted(store.previous_hashes()) == ["hostile-page-abcdef0123", "vendor-guide-0123456789"]
        assert store.previous_hashes()[guide.doc_id] == "9" * 64
        assert store.load(guide.doc_id)[1] == DocumentResult(doc_id=guide.doc_id)


def test_an_error_inside_the_block_rolls_back(tmp_path: Path) -> None:
    run = sample_run()
    document = run.documents[0]
    with pytest.raises(RuntimeError):
        with StateStore(tmp_path) as store:
            store.save(document, run.results[document.doc_id])
            raise RuntimeError("run crashed")
    with StateStore(tmp_path) as store:
        assert store.previous_hashes() == {}


def test_large_texts_are_stored_compressed(tmp_path: Path) -> None:
    text = "Participants received 50 mg daily.\r\n" * 150_000  # ~5 MB
    document = Document(doc_id="big", source="big.txt", kind="text", sha256="b", text=text)
    with StateStore(tmp_path) as store:
        store.save(document, DocumentResult(doc_id="big"))
    assert (tmp_path / STATE_FILE).stat().st_size < len(text) // 20
    with StateStore(tmp_path) as store:
        assert store.load("big")[0].text == text


def test_a_store_with_another_schema_starts_afresh(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / STATE_FILE)
    db.execute("CREATE TABLE documents (doc_id TEXT, something_else TEXT)")
    db.execute("INSERT INTO documents VALUES ('old', 'x')")
    db.commit()
    db.close()
    with StateStore(tmp_path) as store:
        assert store.previous_hashes() == {}


def test_results_of_another_litclaims_version_are_not_reused(tmp_path: Path) -> None:
    run = sample_run()
    document = run.documents[0]
    with StateStore(tmp_path, version="1.0") as store:
        store.save(document, run.results[document.doc_id])
    with StateStore(tmp_path, version="1.1") as store:
        assert store.load(document.doc_id) is None
        assert store.changes({document.doc_id: document.sha256})["unchanged"] == [document.doc_id]
    with StateStore(tmp_path, version="1.0") as store:
        assert store.load(document.doc_id) is not None


def test_a_damaged_store_is_set_aside_not_fatal(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b"this is not a database" * 100)
    with StateStore(tmp_path) as store:
        assert store.previous_hashes() == {}
    assert (tmp_path / (STATE_FILE + ".damaged")).is_file()
