"""Check that every gold evidence occurs exactly once in its document as ingested.

Run from the repository root: .venv/bin/python tests/gold/extraction_holdout4/check_gold.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems = 0
    claims = 0
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = ingest(str(HERE / "docs" / entry["doc"])).text
        for claim in entry["claims"]:
            claims += 1
            found = text.count(claim["evidence"])
            if found != 1:
                problems += 1
                print(f"{entry['doc']}: evidence found {found} times: {claim['evidence']!r}")
    print(f"{claims} claims checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
