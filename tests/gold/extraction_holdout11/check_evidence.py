"""Check that every gold evidence occurs exactly once in its document's ingested text.

Run from the repo root: .venv/bin/python tests/gold/extraction_holdout11/check_evidence.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).parent


def main() -> int:
    problems = []
    listed = set()
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        listed.add(record["doc"])
        text = ingest(str(HERE / "docs" / record["doc"])).text
        for claim in record["claims"]:
            count = text.count(claim["evidence"])
            if count != 1:
                problems.append(f"{record['doc']}: {count}x {claim['evidence']!r}")
    unlisted = {p.name for p in (HERE / "docs").iterdir()} - listed
    problems += [f"document without a gold line: {name}" for name in sorted(unlisted)]
    for problem in problems:
        print(problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
