"""A local Prefect API server for ``litclaims serve``.

Prefect's ephemeral mode (no server configured) runs no scheduler service, so a
deployment served against it is registered but never fires. When the user has not
pointed ``PREFECT_API_URL`` at a server, ``serve`` starts ``prefect server start`` on a
free loopback port for as long as it runs, and stops it on exit.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_S = 90.0

# The runner that serves a deployment watches the server's event stream for
# cancellations; the quiet defaults of a one-off run switch that stream off.
SERVER_EVENTS_ON = {
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "true",
}


class ServerStartError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_healthy(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartError(f"the Prefect server exited at start-up; see {log_path}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServerStartError(f"the Prefect server did not answer within {STARTUP_TIMEOUT_S:.0f} s; see {log_path}")


@contextmanager
def prefect_api(log_path: Path) -> Iterator[str]:
    """Yield an API URL that has a scheduler: the configured one, or a local server's."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    url = f"http://127.0.0.1:{_free_port()}/api"
    port = url.rsplit(":", 1)[1].split("/")[0]
    prefect_cli = Path(sys.executable).with_name("prefect")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as server_log:
        process = subprocess.Popen(
            [str(prefect_cli), "server", "start", "--host", "127.0.0.1", "--port", port],
            stdout=server_log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **SERVER_EVENTS_ON},
        )
    try:
        _wait_until_healthy(url, process, log_path)
        log.info("Prefect server for scheduled runs at %s (log: %s)", url, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def api_shared_with_workers(log_path: Path) -> Iterator[str]:
    """One API for this process and the worker processes it spawns.

    Without it, every Dask worker process of a local cluster starts an ephemeral
    Prefect server of its own, all writing to the same database file.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with prefect_api(log_path) as url, temporary_settings(updates={PREFECT_API_URL: url}):
        previous = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = url
        try:
            yield url
        finally:
            if previous is None:
                os.environ.pop("PREFECT_API_URL", None)
            else:
                os.environ["PREFECT_API_URL"] = previous
