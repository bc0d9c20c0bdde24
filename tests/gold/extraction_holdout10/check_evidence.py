"""Check that every gold evidence occurs exactly once in the ingested text (run from the repo root)."""
import json, sys
from pathlib import Path
from pipeline.ingest import ingest
root = Path("tests/gold/extraction_holdout10")
bad = 0; docs = set()
for line in (root / "gold.jsonl").read_text().splitlines():
    rec = json.loads(line); docs.add(rec["doc"])
    d = ingest(str(root / "docs" / rec["doc"]))
    for c in rec["claims"]:
        k = d.text.count(c["evidence"])
        if k != 1:
            bad += 1; print("BAD", k, rec["doc"], repr(c["evidence"]))
        else:
            i = d.text.index(c["evidence"])
            lab = {b.label for b in d.blocks if b.start < i + len(c["evidence"]) and b.end > i}
            exp = "comments" if c["context"] == "comment" else "main"
            if lab != {exp}: print("LABEL", rec["doc"], lab, repr(c["evidence"][:50]))
ondisk = {p.name for p in (root / "docs").iterdir()}
print("docs without gold:", ondisk - docs, "gold without doc:", docs - ondisk)
print("bad evidences:", bad)
