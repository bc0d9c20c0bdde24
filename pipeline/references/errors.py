"""Errors and results shared by the reference-file parsers."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.model import Record, SkippedRecord


class ReferenceFileError(Exception):
    """A trusted reference file that cannot be used at all; the message is one line."""


@dataclass
class Parsed:
    """What one parser made of one file: the records it could read and the ones it skipped."""

    records: list[Record] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)
