"""Build a document's text once, recording each block's span as it is appended."""

from __future__ import annotations

from pipeline.model import Block, BlockLabel


class TextBuilder:
    """Appends blocks separated by a blank line (table rows by a newline)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def add(
        self, text: str, label: BlockLabel, kind: str = "paragraph", *, sep: str = "\n\n", page: int | None = None
    ) -> Block | None:
        """Append ``text`` (already cleaned) as one block; empty text adds nothing."""
        if not text:
            return None
        if self._length:
            self._append(sep)
        start = self._length
        self._append(text)
        block = Block(start, self._length, label, kind, page)
        self.blocks.append(block)
        return block

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    @property
    def text(self) -> str:
        return "".join(self._parts)
