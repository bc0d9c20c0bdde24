"""Score block labels against the hand-labelled boilerplate dev set, and trafilatura beside them.

Each document in tests/gold/boilerplate/docs/ has a ``<name>.labels.json`` that marks
its non-main regions by text anchors in the ingested text (format in the README
there); every other character is gold ``main``. Scoring is per character, over
non-whitespace characters only, micro-averaged over all documents. For HTML
documents, trafilatura's extract is mapped onto our blocks (a block counts as
trafilatura-main when its words appear in trafilatura's output) and scored for
``main`` against the same gold.

Run ``python -m pipeline.evaluate.boilerplate [--doc NAME] [--show-errors]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest import ingest
from pipeline.model import Document

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold" / "boilerplate"
LABELS = ("main", "boilerplate", "comments", "references", "metadata")
_ALNUM = re.compile(r"[^a-z0-9]+")


class GoldError(ValueError):
    """A labels file whose anchors are not in the document (fix the gold, not the scorer)."""


@dataclass
class Score:
    """Character counts per label: true positives, predicted, gold."""

    tp: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, gold: list[str], predicted: list[str], text: str) -> None:
        for char, g, p in zip(text, gold, predicted):
            if char.isspace():
                continue
            self.gold[g] += 1
            self.predicted[p] += 1
            if g == p:
                self.tp[g] += 1

    def prf(self, label: str) -> tuple[float, float, float]:
        precision = self.tp[label] / self.predicted[label] if self.predicted[label] else 0.0
        recall = self.tp[label] / self.gold[label] if self.gold[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def gold_labels(document: Document, labels_file: Path) -> list[str]:
    """Per-character gold labels: anchored regions, ``main`` elsewhere."""
    text = document.text
    labels = ["main"] * len(text)
    cursor = 0
    for region in json.loads(labels_file.read_text(encoding="utf-8"))["regions"]:
        start = text.find(region["from"], cursor)
        if start < 0:
            raise GoldError(f"{labels_file.name}: 'from' anchor not found after offset {cursor}: {region['from']!r}")
        end = start + len(region["from"])
        if "to" in region:
            to = text.find(region["to"], end)
            if to < 0:
                raise GoldError(f"{labels_file.name}: 'to' anchor not found after {region['from']!r}: {region['to']!r}")
            end = to + len(region["to"])
        if region["label"] not in LABELS:
            raise GoldError(f"{labels_file.name}: unknown label {region['label']!r}")
        labels[start:end] = [region["label"]] * (end - start)
        cursor = end
    return labels


def predicted_labels(document: Document) -> list[str]:
    labels = ["main"] * len(document.text)
    for block in document.blocks:
        labels[block.start : block.end] = [block.label] * (block.end - block.start)
    return labels


def trafilatura_labels(document: Document, raw: bytes) -> list[str]:
    """Our blocks, labelled main when trafilatura's extract contains their words, else boilerplate."""
    import trafilatura  # a test-only dependency, imported where it is measured

    extracted = trafilatura.extract(raw.decode("utf-8", "replace"), include_tables=True, include_comments=False) or ""
    extracted_key = _ALNUM.sub("", extracted.lower())
    extracted_words = set(_ALNUM.split(extracted.lower()))
    labels = ["boilerplate"] * len(document.text)
    for block in document.blocks:
        block_text = document.text[block.start : block.end].lower()
        words = [w for w in _ALNUM.split(block_text) if w]
        key = _ALNUM.sub("", block_text)
        inside = bool(key) and key in extracted_key
        if not inside and len(words) >= 8:
            inside = sum(w in extracted_words for w in words) / len(words) >= 0.8
        if inside:
            labels[block.start : block.end] = ["main"] * (block.end - block.start)
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate.boilerplate", description=__doc__.split("\n")[0])
    parser.add_argument("--doc", help="score only documents whose name contains this")
    parser.add_argument("--show-errors", action="store_true", help="print each mislabelled block")
    args = parser.parse_args(argv if argv is not None else [])
    scores = {split: _Split() for split in ("all", "dev", "heldout")}
    documents = sorted(p for p in (GOLD_DIR / "docs").iterdir() if not p.name.endswith(".labels.json"))
    for path in (p for p in documents if not args.doc or args.doc in p.name):
        labels_file = path.with_name(path.stem + ".labels.json")
        split = json.loads(labels_file.read_text(encoding="utf-8")).get("split", "dev")
        document = ingest(str(path))
        if document.status != "ok":
            raise GoldError(f"{path.name}: failed to ingest: {document.error}")
        gold = gold_labels(document, labels_file)
        predicted = predicted_labels(document)
        baseline = trafilatura_labels(document, path.read_bytes()) if document.kind == "html" else None
        for name in ("all", split):
            if name in scores:
                scores[name].add(document, gold, predicted, baseline)
        if args.show_errors:
            _show_errors(path.name, document, gold)
    for name, split in scores.items():
        if split.documents:
            split.print(_TITLES[name])
    return 0


_TITLES = {
    "all": "all documents",
    "dev": "dev documents (the labeller was tuned on these)",
    "heldout": "held-out documents (labelled before scoring, never tuned on)",
}


@dataclass
class _Split:
    documents: int = 0
    html: int = 0
    ours: Score = field(default_factory=Score)
    ours_html: Score = field(default_factory=Score)
    trafilatura: Score = field(default_factory=Score)

    def add(self, document: Document, gold: list[str], predicted: list[str], baseline: list[str] | None) -> None:
        self.documents += 1
        self.ours.add(gold, predicted, document.text)
        if baseline is not None:
            self.html += 1
            self.ours_html.add(gold, predicted, document.text)
            self.trafilatura.add(gold, baseline, document.text)

    def print(self, title: str) -> None:
        print(f"{title}: {self.documents} documents ({self.html} HTML), {sum(self.ours.gold.values())} non-space chars")
        print(f"  {'label':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'gold chars':>10}")
        for label in LABELS:
            if not self.ours.gold[label] and not self.ours.predicted[label]:
                print(f"  {label:<12} {'-':>9} {'-':>7} {'-':>6} {0:>10}")
                continue
            p, r, f = self.ours.prf(label)
            print(f"  {label:<12} {p:>9.3f} {r:>7.3f} {f:>6.3f} {self.ours.gold[label]:>10}")
        accuracy = sum(self.ours.tp.values()) / max(1, sum(self.ours.gold.values()))
        print(f"  {'accuracy':<12} {accuracy:>9.3f}")
        print(f"  main content on the {self.html} HTML documents (gold main vs everything else):")
        for name, score in (("litclaims", self.ours_html), ("trafilatura", self.trafilatura)):
            p, r, f = score.prf("main")
            print(f"    {name:<12} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")


def _show_errors(name: str, document: Document, gold: list[str]) -> None:
    for block in document.blocks:
        truth = Counter(g for g, c in zip(gold[block.start : block.end], document.text[block.start : block.end]) if not c.isspace())
        expected = truth.most_common(1)[0][0] if truth else block.label
        if expected != block.label:
            snippet = document.text[block.start : block.end][:90].replace("\n", " ").replace("\t", " | ")
            print(f"  {name}: gold {expected:<11} got {block.label:<11} {snippet!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
