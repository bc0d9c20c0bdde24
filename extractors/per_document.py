"""Memos that live for one document.

A claim's sentences are read several times (for its facts, its finding, its comparator),
so the readers that take a sentence's text are memoised. The memo is emptied before each
document: a sentence another document happened to share must not be read for free, or
a benchmark built from stock sentences measures the cache instead of the extractor.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_memos: list[functools._lru_cache_wrapper] = []


def per_document(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, emptied by ``forget``."""

    def memoise(function: F) -> F:
        memo = functools.lru_cache(maxsize=maxsize)(function)
        _memos.append(memo)
        return memo  # type: ignore[return-value]

    return memoise


def forget() -> None:
    """Empty every per-document memo; called before each document is assembled."""
    for memo in _memos:
        memo.cache_clear()
