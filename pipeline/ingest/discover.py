"""Turn the user's SOURCE arguments into the list of documents to ingest."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pipeline.ingest.ids import is_url

log = logging.getLogger(__name__)

DOCUMENT_EXTENSIONS = frozenset({".html", ".htm", ".pdf", ".txt", ".md", ".xml", ".nbib", ".medline", ".ris"})


class SourceError(ValueError):
    """A SOURCE argument that cannot be used (the CLI prints it as one line)."""


def discover(sources: list[str]) -> list[str]:
    """Files as given, directories walked recursively in sorted order, URLs passed through.

    Hidden files and directories are skipped inside directories, only document
    extensions are taken from them, symlink loops are walked once, and a real file
    reached twice (through a link or a repeated argument) is kept once.
    """
    found: list[str] = []
    seen_files: set[str] = set()

    def keep(path: str) -> None:
        real = os.path.realpath(path)
        if real not in seen_files:
            seen_files.add(real)
            found.append(path)

    for source in sources:
        if is_url(source):
            if source not in seen_files:
                seen_files.add(source)
                found.append(source)
            continue
        path = Path(source)
        if path.is_dir():
            for file in _walk(source):
                keep(file)
        elif path.is_file():
            keep(source)
        else:
            raise SourceError(f"no such file or directory: {source}")
    return found


def _walk(root: str) -> list[str]:
    files: list[str] = []
    seen_dirs: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            log.info("skipping %s: already walked (symlink loop or duplicate)", dirpath)
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in DOCUMENT_EXTENSIONS:
                continue
            full = os.path.join(dirpath, name)
            if os.path.isfile(full):
                files.append(full)
    return files
