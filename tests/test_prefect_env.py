"""The quiet defaults reach Prefect's settings and never override the user's own."""

import os
import subprocess
import sys


def _setting(env: dict[str, str], name: str) -> str:
    code = ("from pipeline.prefect_env import quiet_prefect; quiet_prefect(); "
            f"import prefect.settings as s; print(s.{name}.value())")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_ephemeral_server_gets_time_to_start_on_a_busy_machine():
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"}
    assert int(_setting(env, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")) >= 60


def test_user_setting_wins():
    env = dict(os.environ, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="7")
    assert _setting(env, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") == "7"
