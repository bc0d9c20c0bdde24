"""Checks every gold evidence occurs exactly once in its document as ingested.

Run from the repo root: .venv/bin/python tests/gold/extraction_holdout5/check_evidence.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).parent
bad = 0
total = 0
for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
    entry = json.loads(line)
    text = ingest(str(HERE / "docs" / entry["doc"])).text
    for claim in entry["claims"]:
        total += 1
        hits = text.count(claim["evidence"])
        if hits != 1:
            bad += 1
            print(f"{entry['doc']}: {hits}x {claim['evidence']!r}")
print(f"{total} claims, {bad} evidence problems")
sys.exit(1 if bad else 0)
