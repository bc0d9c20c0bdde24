"""Check that every gold evidence occurs exactly once in its document's ingested text.

Run from the repository root: .venv/bin/python tests/gold/extraction_holdout16/check_gold.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).resolve().parent


def main() -> int:
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
                print(f"{entry['doc']}: {hits} hits for {claim['evidence']!r}")
    print(f"{total} claims checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
