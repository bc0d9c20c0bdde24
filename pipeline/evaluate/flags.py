"""Score verification flags and record resolution against the flag gold set.

The gold set (tests/gold/flags/gold.jsonl, convention 9) names each claim by an exact
substring of its evidence and lists the flags it must carry (``[]``: must carry none) and
the trusted record it should resolve to. The documents go through the real stages
(ingest -> extract -> verify against tests/gold/flags/references/); gold claims are
matched one-to-one to predicted claims by character overlap. Predicted claims the gold
does not list are not scored. Prints per-code precision/recall (VALUE_MISMATCH also per
field), resolution accuracy, and VALUE_MISMATCH flags on claims that agree with their record.

Run ``python -m pipeline.evaluate.flags [--gold FILE] [--show-errors]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.spans import Counts, GoldError, locate_evidence, match_by_overlap, read_gold
from pipeline.model import Claim, Document, DocumentResult

log = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold" / "flags"


@dataclass
class GoldClaim:
    evidence: str
    flags: set[str]  # "CODE" or "VALUE_MISMATCH:field"
    reference_id: str | None
    has_reference: bool  # whether the gold states a reference_id at all (null included)
    start: int = -1
    end: int = -1


@dataclass
class GoldDoc:
    doc: str
    claims: list[GoldClaim]


@dataclass
class FlagEvaluation:
    codes: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    resolved_right: int = 0
    resolution_checked: int = 0
    false_mismatches: int = 0  # VALUE_MISMATCH flags on claims whose gold says they agree with their record
    gold_claims: int = 0
    unmatched_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def resolution_accuracy(self) -> float:
        return self.resolved_right / self.resolution_checked if self.resolution_checked else 0.0


def load_gold(path: Path) -> list[GoldDoc]:
    """Read gold.jsonl; a malformed line is a GoldError naming the line."""
    return read_gold(path, _gold_doc)


def _gold_doc(raw: dict[str, Any]) -> GoldDoc:
    claims = [GoldClaim(c["evidence"], set(c["flags"]), c.get("reference_id"), "reference_id" in c) for c in raw["claims"]]
    return GoldDoc(raw["doc"], claims)


def flag_keys(claim: Claim) -> set[str]:
    return {f"{f.code}:{f.field}" if f.code == "VALUE_MISMATCH" and f.field else f.code for f in claim.flags}


def _tally(evaluation: FlagEvaluation, gold: set[str], predicted: set[str]) -> None:
    """Count each base code, and each VALUE_MISMATCH field separately."""
    def base(keys: set[str]) -> set[str]:
        return {k.split(":")[0] for k in keys}

    for keys_gold, keys_predicted in ((base(gold), base(predicted)), ({k for k in gold if ":" in k}, {k for k in predicted if ":" in k})):
        for key in keys_gold | keys_predicted:
            counts = evaluation.codes[key]
            if key in keys_gold and key in keys_predicted:
                counts.tp += 1
            elif key in keys_predicted:
                counts.fp += 1
            else:
                counts.fn += 1


def score(gold_docs: Sequence[GoldDoc], documents: Sequence[Document], results: dict[str, DocumentResult]) -> FlagEvaluation:
    """Score verified claims against the gold; ``documents`` are in the same order as ``gold_docs``."""
    evaluation = FlagEvaluation()
    for gold, document in zip(gold_docs, documents):
        result = results.get(document.doc_id)
        predicted = [c for c in result.claims if c.context != "reference_list"] if result else []
        pairs = match_by_overlap(gold.claims, predicted) if document.status == "ok" else []
        matched = {gi: predicted[pi] for gi, pi in pairs}
        for index, g in enumerate(gold.claims):
            evaluation.gold_claims += 1
            claim = matched.get(index)
            if claim is None:
                evaluation.unmatched_gold += 1
                evaluation.errors.append(f"{gold.doc}: no predicted claim for {g.evidence!r} (gold flags {sorted(g.flags)})")
            found = flag_keys(claim) if claim else set()
            _tally(evaluation, g.flags, found)
            if found != g.flags:
                evaluation.errors.append(f"{gold.doc}: {g.evidence[:70]!r} gold {sorted(g.flags)} predicted {sorted(found)}"
                                         + (f" [{'; '.join(f.message for f in claim.flags)}]" if claim and claim.flags else ""))
            if g.has_reference:
                evaluation.resolution_checked += 1
                got = claim.verification.reference_id if claim else None
                if got == g.reference_id:
                    evaluation.resolved_right += 1
                else:
                    evaluation.errors.append(f"{gold.doc}: {g.evidence[:70]!r} should resolve to {g.reference_id}, got {got}")
            if g.reference_id and not any(k.startswith("VALUE_MISMATCH") for k in g.flags):
                evaluation.false_mismatches += sum(1 for k in found if k.startswith("VALUE_MISMATCH"))
    return evaluation


def run_stages(
    gold_docs: Sequence[GoldDoc],
    docs_dir: Path,
    references_dir: Path,
    ingest: Callable[[str], Document],
    extract: Callable[[list[Document]], list[DocumentResult]],
    verify: Callable[[list[DocumentResult], Any, list[Document]], None],
    load_references: Callable[[list[Path]], tuple[list[Any], list[Any]]],
) -> tuple[list[Document], dict[str, DocumentResult]]:
    """Ingest, extract and verify the gold documents against the gold trusted set."""
    documents = [ingest(str(docs_dir / g.doc)) for g in gold_docs]
    for gold, document in zip(gold_docs, documents):
        if document.status == "ok":
            locate_evidence(gold.doc, gold.claims, document.text)
        else:
            log.warning("%s: ingest failed (%s); its gold claims count as missed", gold.doc, document.error)
    ok = [d for d in documents if d.status == "ok"]
    results = extract(ok)
    records, _ = load_references(sorted(p for p in references_dir.iterdir() if p.is_file()))
    verify(results, records, ok)
    return documents, {r.doc_id: r for r in results}


def format_report(evaluation: FlagEvaluation, show_errors: bool = False) -> str:
    lines = [f"{'code':<30}{'P':>7}{'R':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for code in sorted(evaluation.codes, key=lambda k: (k.split(":")[0], ":" in k, k)):
        c = evaluation.codes[code]
        name = f"  {code.split(':')[1]}" if ":" in code else code
        lines.append(f"{name:<30}{c.precision:>7.3f}{c.recall:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines.append(f"resolution accuracy {evaluation.resolution_accuracy:.3f} ({evaluation.resolved_right}/{evaluation.resolution_checked})")
    lines.append(f"VALUE_MISMATCH on claims that agree with their record: {evaluation.false_mismatches} (target 0)")
    lines.append(f"gold claims {evaluation.gold_claims}, without a predicted claim {evaluation.unmatched_gold}")
    if show_errors:
        lines += ["", *evaluation.errors]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate flags", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR / "gold.jsonl", help="gold.jsonl (docs/ and references/ beside it)")
    parser.add_argument("--show-errors", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"cannot score: no flag gold set at {args.gold}", file=sys.stderr)
        return 1
    try:
        from extractors import extract  # imported late: heavy, and not needed for --help
        from pipeline.ingest import ingest
        from pipeline.references import load_references
        from pipeline.verify import verify
    except ImportError as error:
        print(f"cannot score: {error}", file=sys.stderr)
        return 1
    try:
        gold_docs = load_gold(args.gold)
        documents, results = run_stages(gold_docs, args.gold.parent / "docs", args.gold.parent / "references",
                                        ingest, extract, verify, load_references)
    except GoldError as error:
        print(f"gold error: {error}", file=sys.stderr)
        return 1
    print(format_report(score(gold_docs, documents, results), show_errors=args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
