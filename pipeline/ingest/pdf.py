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
    """Lines outside tables and table rows, merged top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    loose = page.filter(outside) if boxes else page
    items: list[tuple[float, float, str]] = []
    for line in loose.extract_text_lines(strip=True, return_chars=False):
        if line["text"].strip():
            items.append((line["top"], line["bottom"], line["text"].strip()))
    for table in tables:
        rows = [_row_text(row) for row in table.extract()]
        rows = [r for r in rows if r.strip("\t ")]
        if rows:
            items.append((table.bbox[1], table.bbox[3], "\n".join(rows)))
    items.sort(key=lambda item: item[0])
    heights = [bottom - top for top, bottom, text in items if "\t" not in text]
    line_height = statistics.median(heights) if heights else 12.0
    out: list[str] = []
    previous_bottom: float | None = None
    previous_table = False
    for top, bottom, text in items:
        is_table = "\t" in text
        if previous_bottom is not None:
            gap = top - previous_bottom
            out.append("\n\n" if is_table or previous_table or gap > 0.8 * line_height else "\n")
        out.append(text)
        previous_bottom, previous_table = bottom, is_table
    return "".join(out)


def _row_text(row: list[str | None]) -> str:
    return "\t".join(" ".join((cell or "").split()) for cell in row)
