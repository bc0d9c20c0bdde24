"""Check that every gold evidence occurs exactly once in its document's ingested text.

Run from the repository root: .venv/bin/python tests/gold/extraction_holdout12/check_evidence.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems = 0
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = ingest(str(HERE / "docs" / entry["doc"])).text
        for claim in entry["claims"]:
            count = text.count(claim["evidence"])
            if count != 1:
                problems += 1
                print(f"{entry['doc']}: found {count}x: {claim['evidence']!r}")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
