"""Test-wide settings: a private Prefect home and the CLI's quiet Prefect defaults."""

from __future__ import annotations

import os
import tempfile

from pipeline.prefect_env import quiet_prefect

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="litclaims-prefect-"))
quiet_prefect()
