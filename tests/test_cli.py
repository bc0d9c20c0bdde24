"""The command line as a user meets it: one-line errors, and a bare run on the bundled corpus."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SPEC_OUTPUTS = ("documents.jsonl", "claims.jsonl", "claims.csv", "flags.csv", "report.html", "manifest.json")


def litclaims(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the CLI; if it stalls, fail with every thread's stack instead of a bare timeout.

    ``-X faulthandler`` makes the SIGABRT we send on a stall print each thread's
    traceback, so an intermittent hang says where it waited.
    """
    command = [sys.executable, "-X", "faulthandler", "-m", "pipeline.cli", *args]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, start_new_session=True
    )
    try:
        stdout, stderr = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(timeout=60)
        with contextlib.suppress(ProcessLookupError):  # the temporary Prefect server may hold our pipes
            os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"litclaims {' '.join(args)} stalled for 600 s; its threads:\n{stderr[-20000:]}")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "does/not/exist"], "no such file or directory: does/not/exist"),
        (["run", "--no-such-option"], "unrecognized arguments: --no-such-option"),
        (["run", "--runner", "spark"], "invalid choice: 'spark'"),
        (["run", "corpus", "--references", "missing.csv"], "reference file not found: missing.csv"),
        (["serve", "corpus", "--cron", "every day"], "not a valid cron expression"),
        (["run", "corpus", "--dask-address", "tcp://127.0.0.1:1"], "--dask-address needs --runner dask"),
    ],
)
def test_unusable_arguments_fail_with_one_line(args, message):
    result = litclaims(*args, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_unreadable_reference_file_fails_with_one_line(tmp_path):
    garbage = tmp_path / "refs.ris"
    garbage.write_bytes(b"\x00\xff\xfe\x00" * 64)
    result = litclaims("run", str(tmp_path), "--references", str(garbage))
    assert result.returncode == 2
    assert result.stderr.startswith("litclaims: error:") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_bare_run_writes_every_output_quietly(tmp_path):
    out = tmp_path / "out"
    result = litclaims("run", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    for name in SPEC_OUTPUTS:
        assert (out / name).is_file(), name
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["documents"] >= 8
    assert manifest["counts"]["claims"] > 0
    assert {r["format"] for r in manifest["references"]} >= {"medline", "csv"}
    assert sorted(manifest["changes"]["new"]) == sorted(i["doc_id"] for i in manifest["inputs"])
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    assert {d["kind"] for d in documents} >= {"html", "pdf", "text", "pubmed-xml", "jats", "medline"}
    for document in documents:
        if document["status"] == "ok":
            assert (out / "text" / f"{document['doc_id']}.txt").is_file()
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    for claim in claims:
        text = (out / "text" / f"{claim['doc_id']}.txt").read_bytes().decode("utf-8")
        evidence = claim["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"], claim["claim_id"]
    codes = {flag["code"] for claim in claims for flag in claim["flags"]}
    assert codes >= {
        "UNSUPPORTED_CITATION", "UNCITED_CLAIM", "VALUE_MISMATCH", "MISATTRIBUTION",
        "NONSCHOLARLY_SOURCE", "ANECDOTAL_CONTEXT", "UNREGISTERED_TRIAL", "CROSS_DOC_CONFLICT",
    }  # fmt: skip


@pytest.mark.slow
def test_dask_runner_from_the_command_line_matches_local_quietly(tmp_path):
    docs = Path(__file__).resolve().parent.parent / "corpus" / "documents"
    local = litclaims("run", str(docs), "--out", str(tmp_path / "local"))
    dask = litclaims("run", str(docs), "--runner", "dask", "--workers", "2", "--out", str(tmp_path / "dask"))
    assert local.returncode == 0 and dask.returncode == 0, dask.stderr
    assert "INFO" not in dask.stderr and "Traceback" not in dask.stderr, dask.stderr
    for name in ("claims.jsonl", "flags.csv", "documents.jsonl"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def _children(pid: int) -> set[int]:
    children: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children |= {int(child) for child in (task / "children").read_text().split()}
    return children


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc")
def test_a_terminated_run_stops_the_prefect_server_it_started(tmp_path):
    command = [sys.executable, "-m", "pipeline.cli", "run", "--out", str(tmp_path / "out")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        server: set[int] = set()
        for _ in range(1200):  # the temporary API server starts within seconds, later on a loaded machine
            if (server := _children(process.pid)) or process.poll() is not None:
                break
            time.sleep(0.1)
        assert server, "the run started no Prefect server to stop"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 128 + signal.SIGTERM, stderr
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in server) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in server), "the Prefect server outlived its run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
