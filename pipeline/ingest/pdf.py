"""PDFs via pdfplumber: page text in reading order, tables as TAB rows, page spans kept.

Text inside a detected table's bounding box is read only as the table (cells joined
by TAB, one line per row), never again as loose lines. Pages are separated by a
blank line and recorded as ``Page`` spans; every block carries its page number.
"""

from __future__ import annotations

import io
import statistics
import time
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from extractors.blocks import label_text
from pipeline.model import Block, Page

MAX_PAGES = 500
MAX_SECONDS = 120.0


class PdfError(ValueError):
    """A PDF that cannot be read; the message is the one-line reason."""


@dataclass
class PdfResult:
    text: str
    blocks: list[Block]
    pages: list[Page]
    title: str | None


def read_pdf(raw: bytes) -> PdfResult:
    """Read every page; raise ``PdfError`` for corrupt, truncated, encrypted or oversized PDFs."""
    started = time.monotonic()
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise PdfError(f"too many pages: {len(pdf.pages)} exceeds the {MAX_PAGES}-page limit")
            title = (pdf.metadata or {}).get("Title")
            page_texts = []
            for page in pdf.pages:
                if time.monotonic() - started > MAX_SECONDS:
                    raise PdfError(f"reading took longer than {MAX_SECONDS:.0f} s (stopped at page {page.page_number})")
                page_texts.append(_page_text(page))
                page.close()  # frees the page's parsed layout
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise PdfError(_reason(exc)) from exc
    text, pages = _join_pages(page_texts)
    blocks = label_text(text)
    for block in blocks:
        block.page = next((p.number for p in pages if p.start <= block.start < p.end), None)
    if not text.strip():
        raise PdfError("no extractable text (scanned or image-only PDF)")
    return PdfResult(text, blocks, pages, title if isinstance(title, str) and title.strip() else None)


def _reason(exc: BaseException) -> str:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(isinstance(e, PDFPasswordIncorrect) or "password" in str(e).lower() for e in chain):
        return "encrypted PDF: it needs a password"
    detail = " ".join(str(chain[-1]).split())[:160] or type(chain[-1]).__name__
    return f"corrupt or truncated PDF ({type(chain[-1]).__name__}: {detail})"


def _join_pages(page_texts: list[str]) -> tuple[str, list[Page]]:
    parts: list[str] = []
    pages: list[Page] = []
    length = 0
    for number, page_text in enumerate(page_texts, start=1):
        if parts:
            parts.append("\n\n")
            length += 2
        pages.append(Page(number, length, length + len(page_text)))
        parts.append(page_text)
        length += len(page_text)
    return "".join(parts), pages


def _page_text(page: pdfplumber.page.Page) -> str:
    """Lines outside tables and table rows, in reading order: zone by zone, column by column.

    A page with a vertical gutter near its middle is read as two columns; runs of
    lines that cross the gutter (titles, full-width abstracts) are zones of their own.
    """
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    loose = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside_any(obj, boxes)) if boxes else page
    gutter, zones = _layout(loose)
    left, _, right, bottom = page.bbox
    items: list[tuple[tuple[int, int], float, float, str]] = []
    for number, (top, full) in enumerate(zones):
        zone_bottom = zones[number + 1][0] if number + 1 < len(zones) else bottom + 1
        columns = [(left, right + 1)] if full or gutter is None else [(left, gutter), (gutter, right + 1)]
        for column, (x0, x1) in enumerate(columns):
            box = (x0, top, x1, zone_bottom)
            region = loose.filter(lambda obj, box=box: obj.get("object_type") != "char" or _centred_in(obj, box))
            for line in region.extract_text_lines(strip=True, return_chars=False):
                if line["text"].strip():
                    items.append(((number, column), line["top"], line["bottom"], line["text"].strip()))
    for table in tables:
        rows = [r for r in (_row_text(row) for row in table.extract()) if r.strip("\t ")]
        if rows:
            x0, top, x1, table_bottom = table.bbox
            number = max((i for i, (start, _) in enumerate(zones) if start <= top + 1), default=0)
            column = 1 if gutter is not None and not zones[number][1] and x0 >= gutter else 0
            items.append(((number, column), top, table_bottom, "\n".join(rows)))
    items.sort(key=lambda item: (item[0], item[1]))
    return _join_items(items)


def _join_items(items: list[tuple[tuple[int, int], float, float, str]]) -> str:
    """Newline within a paragraph; a blank line at a vertical gap, a table or a new column."""
    heights = [bottom - top for _, top, bottom, text in items if "\t" not in text]
    line_height = statistics.median(heights) if heights else 12.0
    out: list[str] = []
    previous: tuple[tuple[int, int], float, bool] | None = None
    for key, top, bottom, text in items:
        is_table = "\t" in text
        if previous is not None:
            previous_key, previous_bottom, previous_table = previous
            new_column = key[1] != previous_key[1]  # a zone change alone may be a paragraph's short last line
            new_paragraph = new_column or is_table or previous_table or top - previous_bottom > 0.8 * line_height
            out.append("\n\n" if new_paragraph else "\n")
        out.append(text)
        previous = (key, bottom, is_table)
    return "".join(out)


def _layout(page: pdfplumber.page.Page) -> tuple[float | None, list[tuple[float, bool]]]:
    """The column gutter's x (or None) and the zones as (top, full_width) in page order."""
    words = page.extract_words()
    lines: dict[int, list[dict]] = {}
    for word in words:
        lines.setdefault(round(word["top"] / 3), []).append(word)
    gutter = _gutter(page, words, len(lines))
    if gutter is None:
        return None, [(0.0, True)]
    zones: list[tuple[float, bool]] = []
    for _, line_words in sorted(lines.items()):
        left = [w for w in line_words if w["x1"] <= gutter]
        right = [w for w in line_words if w["x0"] >= gutter]
        crossing = len(left) + len(right) < len(line_words)
        narrow_gap = left and right and min(w["x0"] for w in right) - max(w["x1"] for w in left) < 10
        full = bool(crossing or narrow_gap)
        top = min(w["top"] for w in line_words)
        if not zones or zones[-1][1] != full:
            zones.append((top, full))
    return gutter, zones


def _gutter(page: pdfplumber.page.Page, words: list[dict], line_count: int) -> float | None:
    """An x near the middle that few lines cross, with at least a quarter of the words on each side."""
    if len(words) < 40 or line_count < 8:
        return None
    x0, _, x1, _ = page.bbox
    width = x1 - x0
    candidates = sorted(range(int(x0 + 0.35 * width), int(x0 + 0.65 * width), 2), key=lambda x: abs(x - (x0 + x1) / 2))
    for x in candidates:
        crossing = sum(1 for w in words if w["x0"] < x < w["x1"])
        left = sum(1 for w in words if w["x1"] <= x)
        if crossing < 0.2 * line_count and min(left, len(words) - left - crossing) >= 0.25 * len(words):
            return float(x)
    return None


def _centred_in(obj: dict, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] <= cx < box[2] and box[1] <= cy < box[3]


def _inside_any(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _row_text(row: list[str | None]) -> str:
    return "\t".join(" ".join((cell or "").split()) for cell in row)
