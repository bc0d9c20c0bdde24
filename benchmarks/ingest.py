"""Throughput of ingest + block labelling against merely reading the same files, in one run.

Copies every document of the boilerplate dev set and the bundled corpus (HTML,
saved text, markdown, XML, MEDLINE) plus a generated multi-page PDF into a
temporary folder ``--copies`` times, then times two passes over those files:
  - read: the bytes of each file and their sha256 (the floor for any ingest),
  - ingest: ``pipeline.ingest.ingest`` (kind sniffing, decoding, parsing, text
    building and block labelling),
and prints documents/s and MB/s for each and the ratio, overall and per kind.

    .venv/bin/python benchmarks/ingest.py [--copies 20]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from pipeline.ingest import discover, ingest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "gold" / "boilerplate" / "docs", ROOT / "corpus" / "documents"]


def make_pdf(path: Path, pages: int = 6) -> None:
    """A review-like PDF with prose and one table per page (fpdf2 is a test dependency)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"Section {page + 1}. " + "Trials of adaptogens randomized adults to extract or placebo. " * 14)
        with pdf.table() as table:
            for cells in (["Study", "N", "Dose"], [f"Marsh {2010 + page}", "48", "200 mg"], ["Lee 2018", "60", "400 mg"]):
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    pdf.output(str(path))


def build_corpus(folder: Path, copies: int) -> list[str]:
    originals = [Path(p) for p in discover([str(s) for s in SOURCES if s.is_dir()])]
    pdf = folder / "generated-review.pdf"
    make_pdf(pdf)
    originals.append(pdf)
    files = []
    for i in range(copies):
        for original in originals:
            target = folder / f"c{i:03d}" / original.name
            target.parent.mkdir(exist_ok=True)
            shutil.copyfile(original, target)
            files.append(str(target))
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of each source document")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="litclaims-bench-") as tmp:
        files = build_corpus(Path(tmp), args.copies)
        total_bytes = sum(Path(f).stat().st_size for f in files)

        started = time.perf_counter()
        for file in files:
            hashlib.sha256(Path(file).read_bytes()).hexdigest()
        read_s = time.perf_counter() - started

        per_kind: dict[str, list[float]] = defaultdict(list)
        started = time.perf_counter()
        failed = 0
        for file in files:
            t0 = time.perf_counter()
            document = ingest(file)
            per_kind[document.kind].append(time.perf_counter() - t0)
            failed += document.status != "ok"
        ingest_s = time.perf_counter() - started

    mb = total_bytes / 1e6
    print(f"{len(files)} documents, {mb:.1f} MB ({failed} failed)")
    print(f"read + sha256      {len(files) / read_s:>10.0f} docs/s  {mb / read_s:>8.1f} MB/s")
    print(f"ingest + labelling {len(files) / ingest_s:>10.0f} docs/s  {mb / ingest_s:>8.1f} MB/s")
    print(f"ingest is {ingest_s / read_s:.0f}x slower than reading ({read_s / ingest_s:.4f}x the read rate)")
    for kind, times in sorted(per_kind.items()):
        print(f"  {kind:<11} {len(times):>5} docs  {len(times) / sum(times):>8.0f} docs/s")


if __name__ == "__main__":
    main()
