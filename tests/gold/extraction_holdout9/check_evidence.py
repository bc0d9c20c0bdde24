import json, sys
from pipeline.ingest import ingest
root = str(__import__("pathlib").Path(__file__).parent) + "/"
bad = total = 0
for line in open(root + "gold.jsonl", encoding="utf-8"):
    rec = json.loads(line)
    text = ingest(root + "docs/" + rec["doc"]).text
    for c in rec["claims"]:
        total += 1
        k = text.count(c["evidence"])
        if k != 1:
            bad += 1
            print(f"{rec['doc']}: found {k}x: {c['evidence']!r}")
print(f"{total} claims, {bad} bad")
sys.exit(1 if bad else 0)
