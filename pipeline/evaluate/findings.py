"""Score claim fields on a bank of study-finding snippets (tests/gold/findings/bank.jsonl).

Each line is one claim's text as a document would state it (an abstract's result, a review's
cited sentence, a news lede, a forum post, a table's result cell), labelled with its direction,
N, dose and comparator by annotators who never saw the extractor. The bank measures what a gold
set of whole documents measures only thinly: how many ways a finding is phrased. Each snippet
is extracted as a document of one block (a forum post as a comment; a table cell as the result
cell of a one-row table of studies) and its first claim compared with the labels; a snippet that
yields no claim is read by its fields alone, so its direction still counts. Table cells are
scored on direction only: their N, dose and comparator belong to the row's other cells.

Run ``python -m pipeline.evaluate.findings [--bank FILE] [--show FIELD]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.extraction import comparator_key, dose_key, direction_key
from pipeline.model import Block, Document, DocumentResult

BANK = Path(__file__).resolve().parents[2] / "tests" / "gold" / "findings" / "bank.jsonl"
FIELDS = ("direction", "n", "dose", "comparator")
_TABLE_HEAD = "Study\tResult\nMarsh et al. (2019)\t"


@dataclass
class Snippet:
    id: str
    genre: str
    text: str
    labels: dict[str, Any]


@dataclass
class Score:
    right: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)
    claimed: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) directions that differ
    misses: list[tuple[str, str, Any, Any, str]] = field(default_factory=list)  # field, id, gold, predicted, text


def load_bank(path: Path) -> list[Snippet]:
    snippets = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                raw = json.loads(line)
                snippets.append(Snippet(raw["id"], raw.get("genre", ""), raw["text"], {f: raw.get(f) for f in FIELDS}))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
    return snippets


def as_document(snippet: Snippet, index: int) -> Document:
    """The snippet as the one block a document would hold it in."""
    if snippet.genre == "table-cell":
        text = _TABLE_HEAD + snippet.text.replace("\t", " ").replace(" | ", "; ")
    else:
        text = snippet.text
    label = "comments" if snippet.genre == "forum" else "main"
    return Document(doc_id=f"finding-{index}", source=f"{snippet.id}.txt", kind="text", sha256="", text=text,
                    blocks=[Block(0, len(text), label, "paragraph")])


def _keys(values: dict[str, Any]) -> dict[str, Hashable | None]:
    return {"direction": direction_key(values.get("direction")), "n": values.get("n"),
            "dose": dose_key(values.get("dose") or []), "comparator": comparator_key(values.get("comparator"))}


def score(snippets: Sequence[Snippet], results: Sequence[DocumentResult], read_alone: Callable[[str], dict[str, Any]]) -> Score:
    """Compare each snippet's first claim (or, with none, its fields read alone) with its labels."""
    total = Score()
    for snippet, result in zip(snippets, results):
        claim = result.claims[0] if result.claims else None
        total.claimed += claim is not None
        if claim is not None:
            predicted = {"direction": claim.direction, "n": claim.n, "dose": claim.dose, "comparator": claim.comparator}
        elif snippet.genre == "table-cell":
            predicted = {"direction": "unknown", "n": None, "dose": [], "comparator": None}
        else:
            predicted = read_alone(snippet.text)
        gold, mine = _keys(snippet.labels), _keys(predicted)
        for name in FIELDS if snippet.genre != "table-cell" else ("direction",):
            total.scored[name] += 1
            if gold[name] == mine[name]:
                total.right[name] += 1
            else:
                total.misses.append((name, snippet.id, snippet.labels.get(name), predicted.get(name), snippet.text))
        if gold["direction"] != mine["direction"]:
            total.confusion[(snippet.labels.get("direction") or "unknown", predicted.get("direction") or "unknown")] += 1
    return total


def format_report(total: Score, snippets: int, show: str | None = None) -> str:
    lines = [f"{name:<12}{total.right[name] / total.scored[name]:.3f}  ({total.right[name]}/{total.scored[name]})"
             for name in FIELDS if total.scored[name]]
    lines.append(f"claimed     {total.claimed}/{snippets}")
    lines.append("direction, gold -> predicted: " + ", ".join(
        f"{g}->{p} {k}" for (g, p), k in sorted(total.confusion.items(), key=lambda item: -item[1])))
    if show:
        lines += [f"\n{sid} gold={gold!r} predicted={mine!r}\n    {text}" for name, sid, gold, mine, text in total.misses if name == show]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate findings", description=__doc__.split("\n")[0])
    parser.add_argument("--bank", type=Path, default=BANK, help="bank.jsonl to score against")
    parser.add_argument("--show", choices=FIELDS, help="print every snippet this field got wrong")
    args = parser.parse_args(argv)
    from extractors import extract, fields  # imported late: heavy, and not needed for --help

    def read_alone(text: str) -> dict[str, Any]:
        values = fields.analyse(text)
        return {"direction": values.direction or "unknown", "n": values.n, "dose": values.dose, "comparator": values.comparator}

    try:
        snippets = load_bank(args.bank)
    except (OSError, ValueError) as exc:
        print(f"bank error: {exc}", file=sys.stderr)
        return 1
    results = extract([as_document(s, i) for i, s in enumerate(snippets)])
    print(format_report(score(snippets, results, read_alone), len(snippets), args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
