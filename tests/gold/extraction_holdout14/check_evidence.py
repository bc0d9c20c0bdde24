"""Check that every gold evidence occurs exactly once in its document as ingested.

Run from the repository root: .venv/bin/python tests/gold/extraction_holdout14/check_evidence.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems = 0
    total = 0
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = ingest(str(HERE / "docs" / entry["doc"])).text
        for claim in entry["claims"]:
            total += 1
            hits = text.count(claim["evidence"])
            if hits != 1:
                problems += 1
                print(f"{entry['doc']}: found {hits}x: {claim['evidence']!r}")
    print(f"{total} claims checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
