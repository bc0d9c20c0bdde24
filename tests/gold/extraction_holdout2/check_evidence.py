"""Check that every gold evidence occurs exactly once in its document as ingested.

Run after editing a document or gold.jsonl:
    .venv/bin/python tests/gold/extraction_holdout2/check_evidence.py
"""
import json
import sys
from pathlib import Path

from pipeline.ingest import ingest

HERE = Path(__file__).resolve().parent


def problems(gold_path: Path = HERE / "gold.jsonl") -> list[str]:
    """Return one line per evidence that is missing or ambiguous in its document."""
    found = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = ingest(str(HERE / "docs" / entry["doc"])).text
        for claim in entry["claims"]:
            count = text.count(claim["evidence"])
            if count != 1:
                found.append(f"{entry['doc']}: occurs {count}x: {claim['evidence']!r}")
    return found


if __name__ == "__main__":
    bad = problems()
    print("\n".join(bad) or "all evidence unique")
    sys.exit(1 if bad else 0)
