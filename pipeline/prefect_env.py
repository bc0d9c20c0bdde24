"""Prefect settings for a quiet, offline run, applied before Prefect is first imported.

With no Prefect server configured, Prefect starts a temporary API server per process.
Offline, its default telemetry and event services print tracebacks (measured in
shared/MEASURED.md); these settings switch off what a local run does not need. The
scheduler stays on, so ``litclaims serve`` still fires its cron runs; Dask's own
INFO chatter is kept out of a ``--runner dask`` run too. A user's own environment
wins: every value is only a default.
"""

from __future__ import annotations

import os

QUIET_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # The temporary server's start-up is CPU-bound; on a busy 2-core machine it took over
    # Prefect's 20 s default and the run failed before reading a document.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # Dask reads this at import, in this process and in every worker it spawns.
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


def quiet_prefect() -> None:
    for name, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(name, value)
