"""The Prefect flow end to end: provenance, incremental refresh, Dask parity, scheduling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.flows import dask_flow, litclaims_flow
from pipeline.prefect_server import api_shared_with_workers

pytestmark = pytest.mark.slow

PAGE_CRLF = (
    "Home | Shop | Contact us\r\n\r\n"
    "Magnesium and sleep: what the trials say\r\n\r\n"
    "Marsh et al. (2015) randomised 84 adults with insomnia to 500 mg magnesium daily or placebo; "
    "the ISI improved significantly more with magnesium.\r\n\r\n"
    "A 2023 meta-analysis in the Journal of Sleep Research found that 250 mg twice daily reduced sleep latency.\r\n\r\n"
    "Copyright 2024 Example Health. All rights reserved.\r\n"
)
PAGE_LATIN1 = (
    "Études cliniques\n\n"
    "In a crossover trial, Okafor & Lind (2019) gave 20 mg of the drug 1 hour before the session to 31 "
    "patients with social anxiety disorder (n=31); LSAS scores did not differ from placebo.\n"
)
TRUSTED = (
    "id,authors,year,title,journal,n_randomized,dose,comparator,outcome_measures,direction\n"
    "Marsh2015,Marsh AB; Okafor C,2015,Magnesium for insomnia,Sleep Med,84,500 mg,placebo,ISI,positive\n"
    "Okafor2019,Okafor C; Lind D,2019,A crossover trial in social anxiety,J Anxiety Disord,31,20 mg,placebo,LSAS,null\n"
)


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "sleep-page.txt").write_bytes(PAGE_CRLF.encode("utf-8"))
    (docs / "etudes.txt").write_bytes(PAGE_LATIN1.encode("latin-1"))
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    refs = tmp_path / "trusted.csv"
    refs.write_text(TRUSTED, encoding="utf-8")
    return {"docs": docs, "refs": refs, "root": tmp_path}


def run(flow, workspace, out: Path) -> dict:
    return flow(sources=[str(workspace["docs"])], references=[str(workspace["refs"])], out=str(out))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_text_files_match_sources_and_every_claim_slices_its_evidence(workspace):
    out = workspace["root"] / "out"
    summary = run(litclaims_flow, workspace, out)
    assert summary["failed"] == 1 and summary["ok"] == 2

    documents = {d["source"]: d for d in read_jsonl(out / "documents.jsonl")}
    crlf = documents[str(workspace["docs"] / "sleep-page.txt")]
    assert (out / "text" / f"{crlf['doc_id']}.txt").read_bytes().decode("utf-8") == PAGE_CRLF
    latin = documents[str(workspace["docs"] / "etudes.txt")]
    assert (out / "text" / f"{latin['doc_id']}.txt").read_text(encoding="utf-8") == PAGE_LATIN1
    broken = documents[str(workspace["docs"] / "broken.pdf")]
    assert broken["status"] == "failed" and broken["error"] and "\n" not in broken["error"]

    claims = read_jsonl(out / "claims.jsonl")
    assert claims, "the sample pages state several claims"
    for claim in claims:
        text = (out / "text" / f"{claim['doc_id']}.txt").read_bytes().decode("utf-8")
        evidence = claim["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_rerun_skips_unchanged_and_reports_changed_and_removed(workspace):
    out = workspace["root"] / "out"
    run(litclaims_flow, workspace, out)
    first_claims = {c["claim_id"] for c in read_jsonl(out / "claims.jsonl")}

    run(litclaims_flow, workspace, out)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["changes"]["new"] == [] and len(manifest["changes"]["unchanged"]) == 3
    statuses = {d["source"].rsplit("/", 1)[-1]: d["status"] for d in read_jsonl(out / "documents.jsonl")}
    assert statuses == {"sleep-page.txt": "skipped", "etudes.txt": "skipped", "broken.pdf": "failed"}
    assert {c["claim_id"] for c in read_jsonl(out / "claims.jsonl")} == first_claims

    (workspace["docs"] / "sleep-page.txt").write_bytes(PAGE_CRLF.replace("84 adults", "48 adults").encode())
    removed = workspace["docs"] / "etudes.txt"
    removed_id = next(d["doc_id"] for d in read_jsonl(out / "documents.jsonl") if d["source"] == str(removed))
    removed.unlink()
    run(litclaims_flow, workspace, out)
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["changes"]["changed"]) == 1
    assert manifest["changes"]["removed"] == [removed_id]
    assert not (out / "text" / f"{removed_id}.txt").exists()
    assert all(c["doc_id"] != removed_id for c in read_jsonl(out / "claims.jsonl"))


def test_dask_runner_gives_identical_outputs(workspace):
    local_out, dask_out = workspace["root"] / "local", workspace["root"] / "dask"
    run(litclaims_flow, workspace, local_out)
    with api_shared_with_workers(workspace["root"] / "prefect-server.log"):
        run(dask_flow(n_workers=2), workspace, dask_out)
    for name in ("claims.jsonl", "documents.jsonl", "flags.csv", "claims.csv"):
        assert (local_out / name).read_bytes() == (dask_out / name).read_bytes(), name
    local_texts = sorted(p.name for p in (local_out / "text").iterdir())
    assert local_texts == sorted(p.name for p in (dask_out / "text").iterdir())


def test_serve_registers_a_scheduled_deployment(workspace):
    from prefect.client.orchestration import get_client

    from pipeline.cli import build_deployment, parse_options

    _, options = parse_options(
        ["serve", str(workspace["docs"]), "--references", str(workspace["refs"]), "--cron", "0 6 * * *"]
    )
    deployment_id = build_deployment(options).apply()
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment(deployment_id)
    assert deployment.name == "litclaims-refresh"
    assert [s.schedule.cron for s in deployment.schedules] == ["0 6 * * *"]
    assert deployment.parameters["sources"] == [str(workspace["docs"])]


def test_a_pile_of_bad_inputs_fails_each_one_alone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    good = "Okafor & Lind (2019) gave 20 mg to 31 patients (n=31); LSAS scores did not differ from placebo.\n"
    (docs / "good.txt").write_text(good, encoding="utf-8")
    (docs / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "utf16.txt").write_bytes(good.encode("utf-16"))
    (docs / "really-a-pdf.html").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nnot really a pdf body")
    (docs / "nested.html").write_text("<div>" * 50_000 + "deep text" + "</div>" * 50_000, encoding="utf-8")
    with (docs / "huge.html").open("wb") as huge:
        huge.write(b"<html><body>" + b"<p>filler paragraph text</p>" * 1_800_000 + b"</body></html>")
    out = tmp_path / "out"

    summary = litclaims_flow(sources=[str(docs), "http://127.0.0.1:9/unreachable.html"], references=[], out=str(out))

    documents = {Path(d["source"]).name: d for d in read_jsonl(out / "documents.jsonl")}
    assert summary["documents"] == 9
    for name in ("truncated.pdf", "binary.txt", "really-a-pdf.html", "huge.html", "unreachable.html"):
        assert documents[name]["status"] == "failed", name
    for document in documents.values():
        if document["status"] == "failed":
            assert document["error"] and "\n" not in document["error"]
    assert documents["good.txt"]["status"] == "ok" and documents["good.txt"]["claims"] >= 1
    assert documents["utf16.txt"]["status"] == "ok" and documents["utf16.txt"]["claims"] >= 1
    assert documents["nested.html"]["status"] == "ok"
    utf16_text = (out / "text" / f"{documents['utf16.txt']['doc_id']}.txt").read_text(encoding="utf-8")
    assert utf16_text == good
