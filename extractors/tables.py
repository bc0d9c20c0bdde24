"""Text tables: one line per row, cells separated by TABs (convention 2: pasted TSV,
HTML, JATS and PDF tables are all rendered this way) or pipes as written in saved
markdown. Rows are read with exact cell offsets and the header is mapped to column
roles by synonyms, so a data row can be turned into one claim."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import combinations

from extractors.attribution import DATA
from extractors.blocks import space_cells

_SYNONYMS: dict[str, str] = {
    synonym: role
    for role, synonyms in json.loads((DATA / "table_headers.json").read_text(encoding="utf-8")).items()
    if not role.startswith("_")
    for synonym in synonyms
}
_PIPE_LINE = re.compile(r"^\s*\|?(?:[^|\n]*\|){2,}[^|\n]*$")
_SEPARATOR_ROW = re.compile(r"^[\s|:\-–—=+_─━]*$")
_HEADER_UNIT = re.compile(r"\(([^()]*)\)")
_NON_WORD = re.compile(r"[^\w\s()]+")
_SPACES = re.compile(r"\s+")
_SPACE_RUN = re.compile(r"  +|\t")
_ROW_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d|\bet\.? al\b")
_TIME_HEADS = frozenset(["day", "days", "week", "weeks", "month", "months", "time", "timepoint", "visit", "hour",
                         "hours", "follow", "baseline"])
_COUNT_HEADS = frozenset(["no", "number", "total", "total no", "total number", "n"])
_PEOPLE = frozenset(["subjects", "participants", "patients", "people", "persons", "children", "adults", "women", "men",
                     "individuals", "infants", "cases", "volunteers", "animals", "rats", "mice", "hens", "birds",
                     "chickens", "broilers", "piglets", "calves", "cows", "pigs", "sheep", "goats", "horses", "dogs",
                     "cats", "rabbits", "ferrets", "monkeys", "macaques", "lambs", "ewes", "ponies", "kittens", "puppies",
                     "athletes", "players", "students", "runners", "cyclists", "riders", "adolescents", "neonates", "babies"])
_DOSE_WORDS = frozenset(["dose", "doses", "dosage", "dosing"])
_BRACKETED_ARMS = re.compile(r"\([^()]*\b(?:vs|versus)\b[^()]*\)")
_COUNT_UNITS = frozenset(["n", "no", "number"])  # "Hens (n)": the bracket says the column counts


@dataclass
class Cell:
    """``text`` is always ``document.text[start:end]`` (attributions found in it are
    shifted by ``start``). A cell of a space-aligned row carried on to an indented line
    below keeps its first part there and the parts below in ``more``, each exact: between
    them the line goes on with the other columns' cells, so no one span holds the cell."""

    start: int  # offsets into the document text, surrounding spaces excluded
    end: int
    text: str
    more: tuple[Cell, ...] = ()

    @property
    def reading(self) -> str:
        """The cell as read: its parts joined by a space."""
        return " ".join([self.text, *(part.text for part in self.more)]) if self.more else self.text


@dataclass
class Row:
    start: int  # the whole line as written (no line terminator)
    end: int
    cells: list[Cell]
    header: bool = False


@dataclass
class Table:
    rows: list[Row]
    roles: list[str | None] = field(default_factory=list)  # one per header column; empty without a header
    units: list[str | None] = field(default_factory=list)  # "(mg)" in a header cell, per column

    @property
    def data_rows(self) -> list[Row]:
        return [row for row in self.rows if not row.header]

    def cell_for(self, row: Row, role: str) -> Cell | None:
        """The first non-empty cell of ``row`` in a column with ``role``."""
        for index, column_role in enumerate(self.roles):
            if column_role == role and index < len(row.cells) and row.cells[index].text:
                return row.cells[index]
        return None

    def unit_for(self, role: str) -> str | None:
        for column_role, unit in zip(self.roles, self.units):
            if column_role == role and unit:
                return unit
        return None


def table_kind(line: str) -> str | None:
    """"tab" or "pipe" when the line is a table row, else None."""
    if "\t" in line and line.strip():
        return "tab"
    if "|" in line and _PIPE_LINE.match(line):
        return "pipe"
    return None


def read_table(text: str, lines: list[tuple[int, int]], header_hint: bool = False) -> Table:
    """A table from consecutive row lines (``text[start:end]`` each). The first row is
    the header when at least two of its cells (one for a two-column table, or when the
    ingest marked it ``table_header``) name known columns."""
    rows: list[Row] = []
    columns: list[int] = []  # start columns of a space-aligned table, from its first row
    ruled = False  # the first row stands over a markdown rule ("|---|"): a header, whatever it names
    piped = bool(lines) and table_kind(text[lines[0][0]:lines[0][1]]) == "pipe"
    if lines and not piped and table_kind(text[lines[0][0]:lines[0][1]]) is None:
        lines = _wrapped_rows_joined(text, lines)
    for start, end in _closed_pipe_rows(text, lines):
        line = text[start:end]
        kind = table_kind(line.split("\n", 1)[0])
        if kind == "pipe" and _SEPARATOR_ROW.match(line):
            if not ruled and len(rows) > 1:
                rows = _wrapped_header_joined(rows, len(_split(text, start, end, "|")))
            ruled = ruled or len(rows) == 1
            continue
        if kind is None and _SEPARATOR_ROW.match(line) and not (piped and line.strip() == "|"):
            continue  # a rule under a space-aligned header
        if kind is None and piped:  # a line of a cell wrapped in a pipe table, or a cell closed by its one pipe
            rows.append(Row(start, end, _split(text, start, end, "|")))
            continue
        if kind is None:  # lines the block labeller found aligned on runs of spaces
            columns = columns or [_column(text, start) + c for c in space_cells(line)]
            rows.append(Row(start, end, _split_aligned(text, start, end, columns)))
            continue
        rows.append(Row(start, end, _split(text, start, end, "\t" if kind == "tab" else "|")))
    table = Table(rows)
    if rows and ruled:
        rows[0].header = True
    if rows:
        roles = [column_role(cell.reading) for cell in rows[0].cells]
        if roles and roles[0] is None and "intervention" not in roles and _normalise(rows[0].cells[0].reading) in _GROUP_HEADS:
            roles[0] = "intervention"
        mapped = sum(role is not None for role in roles)
        if mapped >= 2 or (mapped and (header_hint or len(roles) <= 2 or roles[0] in ("timepoint", "outcome"))):
            rows[0].header = True
            if "finding" not in roles and roles.count("outcome") > 1:
                # "Pain measure | Outcome": the last outcome column holds the results.
                roles[len(roles) - 1 - roles[::-1].index("outcome")] = "finding"
            table.roles = roles
            table.units = [header_unit(cell.reading) for cell in rows[0].cells]
    if rows and rows[0].header and len(rows[0].cells) > 1:
        _arm_subheader_spread(table)
        table.rows = _rejoined(text, rows, len(rows[0].cells))
    return table


def _wrapped_header_joined(rows: list[Row], width: int) -> list[Row]:
    """The lines above a table's first rule as one header when together they hold exactly the
    rule's cells: a header that a copied page wrapped ("Study | Design | ... | Sex (%) |" over
    "Intervention | Main Results |" over a nine-cell rule)."""
    if sum(len(row.cells) for row in rows) != width:
        return rows
    return [Row(rows[0].start, rows[-1].end, [cell for row in rows for cell in row.cells])]


def row_lines_table(text: str, lines: list[tuple[int, int]]) -> Table:
    """A headerless table whose rows are whole lines, one cell each: a PDF's table pasted with single
    spaces between its cells, where no column can be told from the next and each line is read whole."""
    rows = []
    for start, end in lines:
        line = text[start:end]
        start, end = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        rows.append(Row(start, end, [Cell(start, end, text[start:end])]))
    return Table(rows)


def _arm_subheader_spread(table: Table) -> None:
    """A header over a second row naming only the arms ("| T | C | T | C |"), each data row
    holding a cell per arm under the columns those span ("M/F" and "Age" over "10/19 | 13/16
    | 55.8 ± 6.3 | 57.1 ± 7.6"): the spanned columns are those whose two cells hold numbers
    written alike in every row. The header is widened to match only when exactly one choice
    of columns fits; otherwise no cell boundary can be justified and the table stays as read."""
    header, rows = table.rows[0], table.rows
    if len(rows) < 3 or rows[1].header or not rows[1].cells or len(rows[1].cells) % 2 \
            or not all(_normalise(cell.text) in _ARM_HEADS for cell in rows[1].cells):
        return
    spans, width = len(rows[1].cells) // 2, len(header.cells)
    body = [row for row in rows[2:] if not _empty_row(row)]
    if spans > _MAX_SPANNED or any(len(row.cells) != width + spans for row in body):
        return
    candidates = [i for i, role in enumerate(table.roles) if role not in ("study", "year", "reference")]
    fitting = [chosen for chosen in combinations(candidates, spans)
               if all(_paired_alike(row.cells, chosen) for row in body)]
    if len(fitting) != 1:
        return
    spread = [i for i in range(width) for _ in range(2 if i in fitting[0] else 1)]
    header.cells = [header.cells[i] for i in spread]
    table.roles = [table.roles[i] for i in spread]
    table.units = [table.units[i] for i in spread]
    rows[1].header = True


def _paired_alike(cells: list[Cell], spanned: tuple[int, ...]) -> bool:
    """Whether, with the header columns ``spanned`` taking two cells each, every such pair
    holds numbers written alike ("10/19" and "13/16")."""
    at = 0
    for column in range(len(cells) - len(spanned)):
        if column in spanned:
            first, second = _DIGITS.sub("9", cells[at].text), _DIGITS.sub("9", cells[at + 1].text)
            if first != second or "9" not in first:
                return False
            at += 2
        else:
            at += 1
    return True


_ARM_HEADS = frozenset(["t", "c", "i", "e", "tx", "ctrl", "con", "int", "exp", "tg", "cg", "eg", "ig", "treatment",
                        "control", "intervention", "experimental", "placebo", "treated", "controls"])
_DIGITS = re.compile(r"\d+")
_MAX_SPANNED = 4  # the columns a sub-header spans are searched over every choice of this many


def _closed_pipe_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, a row of a table with outer pipes that a line break cut before its closing
    pipe taken with the lines that close it ("| Okafor 2021 | ... | Soreness reduced; creatine
    kinase" over "unchanged |"): the cell reads on over the break."""
    first = text[lines[0][0]:lines[0][1]].strip() if lines else ""
    if not (first.startswith("|") and first.endswith("|")):
        return lines
    merged: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        line = text[start:end].strip()
        if line.startswith("|") and not line.endswith("|"):
            closing = next((j for j in range(index + 1, min(index + 1 + _MAX_WRAPPED_LINES, len(lines)))
                            if text[lines[j][0]:lines[j][1]].rstrip().endswith("|")), None)
            if closing is not None and not any(text[lines[j][0]:lines[j][1]].lstrip().startswith("|")
                                               for j in range(index + 1, closing + 1)):
                merged.append((start, lines[closing][1]))
                index = closing + 1
                continue
        merged.append((start, end))
        index += 1
    return merged


_MAX_WRAPPED_LINES = 3


def _wrapped_rows_joined(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a space-aligned table, a line that leaves the first column empty taken
    with the row above: cells wrapped in several columns at once ("Riboflavin 400 mg daily"
    over "for 3 months", "Placebo" over "capsules") continue that row, however many cells
    the wrapped line holds."""
    first = text[lines[0][0]:lines[0][1]].split("\n", 1)[0]
    columns = [_column(text, lines[0][0]) + c for c in space_cells(first)]
    if len(columns) < 3:
        return lines
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end]
        indent = _column(text, start) + len(line) - len(line.lstrip(" "))
        if joined and line.strip() and indent >= columns[1] - _COLUMN_SLACK and not text[joined[-1][1]:start].strip(" \n") \
                and text.count("\n", joined[-1][1], start) == 1:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _rejoined(text: str, rows: list[Row], width: int) -> list[Row]:
    """The rows with each data row wrapped over several lines joined again: a line with
    fewer cells than the header and the lines after it that fill the header's width
    exactly ("Ionescu et al, 2019 |" / "TR MDD | 26 | K 0.5 mg/kg (n=13) |" / "HDRS | No
    efficacy |"), a lone "|" line among them one empty cell. A line neither ending nor followed by a separator carries its last
    cell on to the next line's first ("Sertraline 50 mg" / "daily<TAB>HAMD<TAB>Improved"). A line
    whose first cell names a year starts a row of its own."""
    joined: list[Row] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        end = index + 1
        if _empty_row(row):
            index = end  # a lone "|" between rows; within a wrapped row it is the empty cell it closes
            continue
        if not row.header and 0 < len(row.cells) < width and row.cells[0].text:
            cells = list(row.cells)
            while end < len(rows) and len(cells) < width and not _starts_row(rows[end]):
                cells = _carried_on(text, cells, rows[end - 1], rows[end])
                end += 1
            if len(cells) == width and end > index + 1:
                joined.append(Row(row.start, rows[end - 1].end, cells))
                index = end
                continue
            end = index + 1
        joined.append(row)
        index = end
    return joined


def _empty_row(row: Row) -> bool:
    return len(row.cells) == 1 and not row.cells[0].text


def _starts_row(row: Row) -> bool:
    return row.header or not row.cells or bool(_ROW_YEAR.search(row.cells[0].text))


def _carried_on(text: str, cells: list[Cell], above: Row, row: Row) -> list[Cell]:
    """``cells`` followed by the cells of the next physical line of the same row."""
    closed = text[above.start:above.end].rstrip().endswith(("|", "\t")) or text[row.start:row.end].lstrip().startswith("|")
    if closed or not row.cells or not cells:
        return cells + row.cells
    last, first = cells[-1], row.cells[0]
    return cells[:-1] + [Cell(last.start, first.end, text[last.start:first.end])] + row.cells[1:]


def _split(text: str, start: int, end: int, separator: str) -> list[Cell]:
    line = text[start:end]
    if separator == "|":
        stripped = line.strip()
        lead = line.find(stripped)
        inner_start = lead + (1 if stripped.startswith("|") else 0)
        inner_end = lead + len(stripped) - (1 if stripped.endswith("|") and len(stripped) > 1 else 0)
    else:
        inner_start, inner_end = 0, len(line)
    cells = []
    position = inner_start
    for part in line[inner_start:inner_end].split(separator):
        content = part.strip()
        offset = position + (part.find(content) if content else 0)
        cells.append(Cell(start + offset, start + offset + len(content), content))
        position += len(part) + 1
    return cells


def _split_aligned(text: str, start: int, end: int, columns: list[int]) -> list[Cell]:
    """The cells of a space-aligned row, one per column of the first row: a row with as
    many cells is read in order, otherwise each cell goes to the column it starts nearest
    (an empty cell leaves a gap); an indented continuation line adds to its column's cell."""
    cells = [Cell(start, start, "") for _ in columns]
    position = start
    for line in text[start:end].split("\n"):
        indent = len(line) - len(line.lstrip())
        starts = [indent + c for c in space_cells(line.strip())] if line.strip() else []
        parts = _SPACE_RUN.split(line.strip())
        base = _column(text, position)
        pieces = list(zip(starts, parts))
        if len(pieces) < len(columns):
            pieces = _overfull_cells_split(pieces, [c - base for c in columns])
        for index, (column, part) in enumerate(pieces):
            at = (index if len(pieces) == len(columns) and position == start
                  else min(range(len(columns)), key=lambda c: abs(columns[c] - (base + column))))
            cell_start = position + column
            found = cells[at]
            last = found.more[-1] if found.more else found
            if not found.text:
                cells[at] = Cell(cell_start, cell_start + len(part), part)
            elif "\n" in text[last.end:cell_start]:  # a continuation line: the text reads on with a space
                cells[at] = Cell(found.start, found.end, found.text, (*found.more, Cell(cell_start, cell_start + len(part), part)))
            elif found.more:
                cells[at] = Cell(found.start, found.end, found.text,
                                 (*found.more[:-1], Cell(last.start, cell_start + len(part), text[last.start:cell_start + len(part)])))
            else:
                cells[at] = Cell(found.start, cell_start + len(part), text[found.start:cell_start + len(part)])
        position += len(line) + 1
    return cells


def _overfull_cells_split(pieces: list[tuple[int, str]], columns: list[int]) -> list[tuple[int, str]]:
    """A row with fewer cells than columns whose cell runs into the next column with a
    single space ("Glutamine 10 g three times daily Placebo" where "Placebo" starts under
    "Control arm"): cut it where a word starts at a column's start, or a character or two
    past it (a PDF's text keeps the columns only roughly)."""
    split = []
    for column, part in pieces:
        words = [i for i in range(1, len(part)) if part[i - 1] == " " and part[i] != " "]
        cuts = []
        for c in columns:
            near = [i for i in words if 0 <= column + i - c <= _COLUMN_SLACK] if column < c < column + len(part) else []
            if near:
                cuts.append(near[0])
        previous = 0
        for cut in cuts + [len(part)]:
            piece = part[previous:cut].rstrip()
            if piece:
                split.append((column + previous, piece))
            previous = cut
    return split


_COLUMN_SLACK = 2


def _column(text: str, position: int) -> int:
    """The column of ``position`` in its line."""
    return position - (text.rfind("\n", 0, position) + 1)


def _normalise(name: str) -> str:
    return _SPACES.sub(" ", _NON_WORD.sub(" ", name.lower())).strip()


def column_role(name: str) -> str | None:
    """The column role a header cell names ("Primary outcome measure (scale)" -> "outcome").
    In "<head> of <noun>" the head decides: "No. of Subjects" is N, "No. of Studies"
    names no role, "Age of Subjects" none, "Day of study" a time point."""
    normalised = _normalise(name)
    without_unit = _SPACES.sub(" ", _HEADER_UNIT.sub(" ", normalised)).strip()
    for candidate in (normalised, without_unit):
        if candidate in _SYNONYMS:
            return _SYNONYMS[candidate]
    words = without_unit.split()
    if words and words != normalised.split() and _BRACKETED_ARMS.search(normalised):
        return "finding"  # "Healed (drug vs control)": the bracket says the cells compare the arms
    if words and words[0] in _TIME_HEADS:
        return "timepoint"
    if "of" in words[1:]:
        head, noun = words[:words.index("of")], words[words.index("of") + 1:]
        if " ".join(head) in _COUNT_HEADS:
            return "n" if noun and noun[0] in _PEOPLE else None
        words = head
    if _CO_TREATMENT.intersection(words):
        return None  # "Rescue intervention (dose)": what either arm could take, not what was tested
    compared = False
    for cut in ("vs", "versus", "compared"):  # "Result vs placebo" is a result
        if cut in words[1:]:
            words, compared = words[:words.index(cut)], True
    # The rightmost named column wins: "Trial N" is N, "Cannabinoid and dose" a dose.
    for end in range(len(words), 0, -1):
        for length in range(min(end, 4), 0, -1):
            phrase = " ".join(words[end - length:end])
            if phrase in _SYNONYMS and not _whole_header_only(phrase):
                role = _SYNONYMS[phrase]
                # "Dose, route, duration": the design details qualify the dose the cells carry
                return "dose" if role == "design" and _DOSE_WORDS.intersection(words) else role
    if compared:
        return "finding"  # "Resolution, FMT vs control": the arms' results on a measure
    units = [_normalise(unit) for unit in _HEADER_UNIT.findall(name)]
    return "n" if units and units[-1] in _COUNT_UNITS else None


def _whole_header_only(phrase: str) -> bool:
    """Whether a synonym names its column only as the whole header: "Who" and "Methods" do,
    "Who improved" and "Intervention methods" (the arms' treatments) do not; nor does "sex"
    in "Demographics sex, age", a cell of prose rather than a "M/F" split."""
    return phrase in _WHOLE_HEADER_ONLY or _SYNONYMS[phrase] == "sex"


# "Group | Goats | EPG day 14": as the first column of a table naming no treatment column, the arms.
_GROUP_HEADS = frozenset(["group", "groups", "allocation"])
_CO_TREATMENT = frozenset(["rescue", "concomitant", "concurrent", "background"])
_WHOLE_HEADER_ONLY = frozenset(["who", "how much", "method", "methods"])


def header_unit(name: str) -> str | None:
    """The unit a header cell states in brackets ("Dose (mg/day)" -> "mg/day"), if any."""
    match = _HEADER_UNIT.search(name)
    if match and re.search(r"[a-zµμ]", match.group(1), re.IGNORECASE) and len(match.group(1)) <= 12:
        return match.group(1).strip()
    return None
