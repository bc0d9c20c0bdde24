"""Atomic file writes: a reader sees the previous file or the new one, never half of one.

Each file is written to a temporary sibling in the same directory (so the final
``os.replace`` is a rename within one filesystem) and only swapped in once fully
written and flushed to disk. If writing fails, the temporary file is removed and the
previous file stays as it was.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{12}\.tmp")


def _temporary_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def remove_temporaries(directory: Path) -> None:
    """Delete temporary files a killed earlier run left behind in ``directory``."""
    if directory.is_dir():
        for leftover in directory.iterdir():
            if _TEMPORARY.fullmatch(leftover.name):
                leftover.unlink(missing_ok=True)


@contextmanager
def atomic_open(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """Open ``path`` for writing; it appears under its name only if the block succeeds.

    Text mode writes UTF-8 without newline translation, so ``\\r\\n`` stays ``\\r\\n``.
    A lone surrogate, which UTF-8 cannot encode, is written as one ``?``: the run goes on
    and offsets counted in characters still hold.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary_path(path)
    # os.open with 0o666 lets the umask set the final permissions (mkstemp would force 0600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        if binary:
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path, binary=True) as handle:
        handle.write(data)


def write_text(path: Path, text: str) -> None:
    with atomic_open(path) as handle:
        handle.write(text)
