"""Tables copied one cell per line, as web pages and HTML copy-paste render them: a table
of studies whose header cells stand on consecutive lines ("Author", "Sample size",
"Intervention", "Results") followed by each row's cells, line after line. Each becomes a
``Table`` whose cells index the document text exactly, so a row's claim has the row's
lines as its evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.attribution import find_attributions
from extractors.tables import Cell, Row, Table, column_role, header_unit

# A line that may head a table of studies' study column: the cheap gate before any line is read.
_GATE = re.compile(r"^[ \t*_]*(?:(?:first\s+)?authors?|stud(?:y|ies)|trials?|references?|citation)\b[^\n]{0,40}$",
                   re.IGNORECASE | re.MULTILINE)
_LINE = re.compile(r"[^\n]*")
_CELL_EDGE = " \t\r|*_"  # a cell closed by a pipe ("Author |") or set in bold is the same cell
_HEADER_CHARS = 40
_HEADER_WORDS = 5
_MAX_COLUMNS = 12
_MIN_MAPPED = 3
_CELL_CHARS = 2_000
_CITING_CELL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\bet\.?\s+al\b|^\[?\d{1,3}\]?$")
_HEADS_STUDIES = frozenset(["study", "reference"])


def stacked_tables(text: str) -> list[Table]:
    """The tables of the text copied one cell per line, in document order."""
    tables: list[Table] = []
    done = 0
    for hit in _GATE.finditer(text):
        if hit.start() < done:
            continue
        table = _studies_table(text, hit.start())
        if table is not None:
            tables.append(table)
            done = table.rows[-1].end
    return tables


def _items(text: str, position: int) -> Iterator[Cell]:
    """The non-empty lines from ``position`` on as cells (edges stripped), until two blank lines in a row."""
    blank = 0
    while position <= len(text):
        line = _LINE.match(text, position)
        start, end = line.start(), line.end()  # type: ignore[union-attr]
        content = text[start:end].strip(_CELL_EDGE)
        if content:
            offset = text.index(content, start, end)
            yield Cell(offset, offset + len(content), content)
            blank = 0
        else:
            blank += 1
            if blank > 1:
                return
        position = end + 1


def _items_before(text: str, position: int, count: int) -> list[Cell]:
    """Up to ``count`` non-empty lines right before ``position``, nearest last, with no two blank lines between."""
    found: list[Cell] = []
    blank = 0
    end = position - 1
    while end >= 0 and len(found) < count:
        start = text.rfind("\n", 0, end) + 1
        content = text[start:end].strip(_CELL_EDGE)
        if content:
            offset = text.index(content, start, end)
            found.append(Cell(offset, offset + len(content), content))
            blank = 0
        else:
            blank += 1
            if blank > 1:
                break
        end = start - 1
    return found[::-1]


def _header_like(cell: Cell) -> bool:
    """A column's name: short, no digit, no sentence's full stop, no citation."""
    return (len(cell.text) <= _HEADER_CHARS and len(cell.text.split()) <= _HEADER_WORDS and not cell.text.endswith(".")
            and not any(ch.isdigit() for ch in cell.text) and "et al" not in cell.text)


def _studies_table(text: str, position: int) -> Table | None:
    """A table of studies from the header cell at ``position``: the header is the run of column names around
    it (named columns before it, any short names after), at least three of them named and one naming the
    study or its reference; each row is the next as many lines, as long as its study cell cites a study."""
    before = [cell for cell in _items_before(text, position, _MAX_COLUMNS)]
    leading: list[Cell] = []
    for cell in reversed(before):
        if not (_header_like(cell) and column_role(cell.text)):
            break
        leading.insert(0, cell)
    items = _items(text, position)
    header = list(leading)
    first_data: Cell | None = None
    for cell in items:
        if len(header) < _MAX_COLUMNS and _header_like(cell):
            header.append(cell)
            continue
        first_data = cell
        break
    roles = [column_role(cell.text) for cell in header]
    mapped = sum(role is not None for role in roles)
    if first_data is None or len(header) < _MIN_MAPPED or mapped < max(_MIN_MAPPED, len(header) / 2) \
            or not _HEADS_STUDIES & set(roles):
        return None
    study_column = next(index for index, role in enumerate(roles) if role in _HEADS_STUDIES)
    rows = [Row(header[0].start, header[-1].end, header, header=True)]
    pending = [first_data]
    for cell in items:
        if len(pending) == len(header):
            if not _row_cites(pending[study_column]):
                break
            rows.append(Row(pending[0].start, pending[-1].end, pending))
            pending = []
        pending.append(cell)
    if len(pending) == len(header) and _row_cites(pending[study_column]):
        rows.append(Row(pending[0].start, pending[-1].end, pending))
    if len(rows) < 2 or any(len(cell.text) > _CELL_CHARS for row in rows for cell in row.cells):
        return None
    return Table(rows, roles, [header_unit(cell.text) for cell in header])


def _row_cites(cell: Cell) -> bool:
    return bool(_CITING_CELL.search(cell.text)) or any(find_attributions(cell.text))
