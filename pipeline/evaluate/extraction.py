"""Score claim extraction against the hand-annotated gold dev set.

The gold set (tests/gold/extraction/gold.jsonl, format in its README.md) names each
claim by an exact substring of the ingested document text. Predicted claims are
matched to gold claims one-to-one by character overlap, greatest overlap first, and
every field is scored as precision/recall/F1 over matched and unmatched claims, so
a missed claim costs recall and a spurious one costs precision on every field it
fills.

Run ``python -m pipeline.evaluate.extraction [--doc NAME] [--show-errors]``.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.fields.comparator import generic_name
from extractors.fields.outcomes import canonical_measure
from pipeline.evaluate.spans import Counts, GoldError, evidence_problem, locate_evidence, match_by_overlap, read_gold
from pipeline.model import Claim, Document, DocumentResult, Study

log = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold" / "extraction"
FIELDS = ("attribution", "n", "dose", "comparator", "outcome_measures", "direction", "context")


@dataclass
class GoldClaim:
    evidence: str
    context: str
    study: dict[str, Any] | None
    n: int | None
    dose: list[dict[str, Any]]
    comparator: str | None
    outcome_measures: list[str]
    direction: str
    start: int = -1  # located in Document.text by locate_evidence
    end: int = -1


@dataclass
class GoldDoc:
    doc: str  # path relative to the gold docs folder
    claims: list[GoldClaim]


@dataclass
class Disagreement:
    doc: str
    field: str
    gold: Any
    predicted: Any
    evidence: str


@dataclass
class Evaluation:
    scores: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    gold_claims: int = 0
    predicted_claims: int = 0
    spurious: int = 0  # predicted claims overlapping no gold claim
    missed: int = 0  # gold claims matched by no predicted claim
    errors: list[Disagreement] = field(default_factory=list)

    @property
    def spurious_rate(self) -> float:
        return self.spurious / self.predicted_claims if self.predicted_claims else 0.0

    @property
    def missed_rate(self) -> float:
        return self.missed / self.gold_claims if self.gold_claims else 0.0


# --- gold --------------------------------------------------------------------------


def load_gold(path: Path) -> list[GoldDoc]:
    """Read gold.jsonl; a malformed line is a GoldError naming the line."""
    return read_gold(path, _gold_doc)


def _gold_doc(raw: dict[str, Any]) -> GoldDoc:
    claims = [
        GoldClaim(
            evidence=c["evidence"],
            context=c["context"],
            study=c.get("study"),
            n=c.get("n"),
            dose=c.get("dose") or [],
            comparator=c.get("comparator"),
            outcome_measures=c.get("outcome_measures") or [],
            direction=c.get("direction") or "unknown",
        )
        for c in raw["claims"]
    ]
    return GoldDoc(doc=raw["doc"], claims=claims)


# --- field normalisation: each returns a hashable value, or None for "not stated" ---


def _fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form ("van der Berg" == "Van der-Berg")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


def _venue(text: str) -> str:
    return _fold(re.sub(r"^\W*the\s+", "", text, flags=re.IGNORECASE))


def _year(value: Any) -> int | None:
    """A gold year written as a string ("2019") is the same year as 2019."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


def _attribution_key(study: dict[str, Any], kind: str) -> Hashable:
    if kind == "own":
        return ("own",)
    if kind == "author":
        return ("author", _fold(study.get("first_author") or ""), _year(study.get("year")))
    if kind == "markers":
        return ("markers", frozenset(str(m).strip() for m in study.get("markers") or []))
    if kind == "venue":
        return ("venue", _venue(study.get("venue") or ""), _year(study.get("year")))
    if kind == "registry_ids":
        return ("registry_ids", frozenset(_fold(r) for r in study.get("registry_ids") or []))
    return (kind, str(study.get(kind)).strip().casefold())  # doi, pmid


def _kinds(study: dict[str, Any]) -> list[str]:
    """Attribution kinds the study states, strongest first."""
    present = {
        "own": bool(study.get("own")),
        "doi": bool(study.get("doi")),
        "pmid": bool(study.get("pmid")),
        "registry_ids": bool(study.get("registry_ids")),
        "author": bool(study.get("first_author")),
        "markers": bool(study.get("markers")),
        "venue": bool(study.get("venue")),
    }
    return [kind for kind, stated in present.items() if stated]


def gold_attribution(study: dict[str, Any] | None) -> Hashable | None:
    kinds = _kinds(study or {})
    return tuple(_attribution_key(study, kind) for kind in kinds) if study and kinds else None


def predicted_attribution(study: Study, gold: dict[str, Any] | None) -> Hashable | None:
    """The predicted study, in the shape of the gold one when it has every part of it.

    A claim cited as "Smith et al. [7]" may be annotated by either part or both; the
    extractor is judged on the parts the annotator wrote down, and extra parts it
    found (a year from a reference entry, the venue of its own study) do not count
    against it.
    """
    as_dict = {
        "own": study.own,
        "doi": study.doi,
        "pmid": study.pmid,
        "registry_ids": study.registry_ids,
        "first_author": study.first_author,
        "year": study.year,
        "markers": study.markers,
        "venue": study.venue,
    }
    kinds = _kinds(as_dict)
    if not kinds:
        return None
    gold_kinds = _kinds(gold or {})
    if gold_kinds and set(gold_kinds) <= set(kinds):
        kinds = gold_kinds
    return tuple(_attribution_key(as_dict, kind) for kind in kinds)


def _unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    folded = unit.replace(" ", "").replace("µ", "u").replace("μ", "u").casefold()
    # "75 U", "150 units": writers of the gold sets wrote a toxin's or insulin's units as U or as IU, the extractor IU
    return "iu" if folded in ("u", "unit", "units") else folded.replace("mcg", "ug")


def dose_key(doses: Sequence[Any]) -> Hashable | None:
    """Set of (value, unit) pairs from gold dicts or model Doses; None when empty."""
    pairs = set()
    for d in doses:
        value, unit = (d.get("value"), d.get("unit")) if isinstance(d, dict) else (d.value, d.unit)
        pairs.add((float(value) if value is not None else None, _unit(unit)))
    return frozenset(pairs) or None


def outcomes_key(measures: Sequence[str]) -> Hashable | None:
    """Measures by their canonical abbreviation where written out ("Lequesne index" is "LI"), uppercased without
    punctuation or the word "part": "MDS-UPDRS Part III" is "MDS-UPDRS III"."""
    folded = frozenset(re.sub(r"[^A-Z0-9]", "", _PART.sub("", canonical_measure(m).upper())) for m in measures) - {""}
    return folded or None


_PART = re.compile(r"\bPART\b")


def comparator_key(comparator: str | None) -> str | None:
    """The arm a comparator names: "sertraline alone" and "chain only" are the sertraline and chain arms, and
    "SSRIs" the SSRI arm (a class named in the plural or the singular). A feed study's basal or control diet is its
    no-treatment arm: writers name that arm both ways."""
    if not comparator or not comparator.strip():
        return None
    key = _PLURAL.sub("", generic_name(_ALONE.sub("", " ".join(comparator.casefold().split()))))
    return "no treatment" if key in _UNSUPPLEMENTED_FEED else key


_UNSUPPLEMENTED_FEED = frozenset({"basal diet", "control diet"})
_ALONE = re.compile(r"(?<=\S)\s+(?:alone|only)$")
_PLURAL = re.compile(r"(?<=[a-z][a-z][^su])s$")


def direction_key(direction: str | None) -> str | None:
    return None if direction in (None, "unknown") else direction


def gold_values(g: GoldClaim) -> dict[str, Hashable | None]:
    return {
        "attribution": gold_attribution(g.study),
        "n": g.n,
        "dose": dose_key(g.dose),
        "comparator": comparator_key(g.comparator),
        "outcome_measures": outcomes_key(g.outcome_measures),
        "direction": direction_key(g.direction),
        "context": g.context,
    }


def predicted_values(p: Claim, gold: GoldClaim | None) -> dict[str, Hashable | None]:
    return {
        "attribution": predicted_attribution(p.study, gold.study if gold else None),
        "n": p.n,
        "dose": dose_key(p.dose),
        "comparator": comparator_key(p.comparator),
        "outcome_measures": outcomes_key(p.outcome_measures),
        "direction": direction_key(p.direction),
        "context": p.context,
    }


# --- scoring -----------------------------------------------------------------------


def _show(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value, key=str)
    return value


def score_document(doc_name: str, text: str, gold: Sequence[GoldClaim], predicted: Sequence[Claim], into: Evaluation) -> None:
    """Add one document's counts to ``into`` (gold claims must already be located)."""
    pairs = match_by_overlap(gold, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    into.gold_claims += len(gold)
    into.predicted_claims += len(predicted)
    into.missed += len(gold) - len(matched_gold)
    into.spurious += sum(
        1
        for p in predicted
        if not any(min(g.end, p.evidence.end) > max(g.start, p.evidence.start) for g in gold)
    )

    def tally(gv: dict[str, Any], pv: dict[str, Any], evidence: str) -> None:
        for name in FIELDS:
            g_val, p_val = gv.get(name), pv.get(name)
            score = into.scores[name]
            if g_val is not None and g_val == p_val:
                score.tp += 1
                continue
            if p_val is not None:
                score.fp += 1
            if g_val is not None:
                score.fn += 1
            if g_val is not None or p_val is not None:
                into.errors.append(Disagreement(doc_name, name, _show(g_val), _show(p_val), evidence))

    for gi, pi in pairs:
        tally(gold_values(gold[gi]), predicted_values(predicted[pi], gold[gi]), predicted[pi].evidence.text)
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            tally(gold_values(g), {}, f"[missed] {_context(text, g.start, g.end)}")
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            tally({}, predicted_values(p, None), f"[spurious] {p.evidence.text}")


def _context(text: str, start: int, end: int, margin: int = 60) -> str:
    return " ".join(text[max(0, start - margin) : end + margin].split())


def evaluate(
    gold_docs: Sequence[GoldDoc],
    ingest: Callable[[str], Document],
    extract: Callable[[list[Document]], list[DocumentResult]],
    docs_dir: Path,
) -> Evaluation:
    """Ingest and extract every gold document, then score all of them together."""
    missing = [g.doc for g in gold_docs if not (docs_dir / g.doc).is_file()]
    if missing:
        raise GoldError(f"gold documents missing from {docs_dir}: {', '.join(missing)}")
    documents = [ingest(str(docs_dir / g.doc)) for g in gold_docs]
    for g, document in zip(gold_docs, documents):
        if document.status != "ok":
            log.warning("%s: ingest failed (%s); all its gold claims count as missed", g.doc, document.error)
        else:
            locate_evidence(g.doc, g.claims, document.text)
    results = {r.doc_id: r for r in extract([d for d in documents if d.status == "ok"])}
    evaluation = Evaluation()
    for g, document in zip(gold_docs, documents):
        result = results.get(document.doc_id)
        predicted = [c for c in result.claims if c.context != "reference_list"] if result else []
        score_document(g.doc, document.text, g.claims, predicted, evaluation)
    return evaluation


def check_gold(gold_docs: Sequence[GoldDoc], ingest: Callable[[str], Document], docs_dir: Path) -> list[str]:
    """Every problem that would stop scoring, all at once and without extracting: a gold
    document missing, or an evidence that does not occur exactly once in its ingested
    text. Gold writers run it on a blind set: it prints no score."""
    problems = []
    for g in gold_docs:
        if not (docs_dir / g.doc).is_file():
            problems.append(f"{g.doc}: missing from {docs_dir}")
            continue
        text = ingest(str(docs_dir / g.doc)).text
        problems += [p for claim in g.claims if (p := evidence_problem(g.doc, claim.evidence, text))]
    return problems


def format_report(evaluation: Evaluation, show_errors: bool = False, fields: Sequence[str] = FIELDS) -> str:
    lines = [f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, s in evaluation.scores.items():
        lines.append(f"{name:<18}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    lines.append(
        f"claims: {evaluation.gold_claims} gold, {evaluation.predicted_claims} predicted; "
        f"spurious rate {evaluation.spurious_rate:.3f} ({evaluation.spurious}), "
        f"missed rate {evaluation.missed_rate:.3f} ({evaluation.missed})"
    )
    if show_errors:
        lines.append("")
        for e in (e for e in evaluation.errors if e.field in fields):
            lines.append(f"{e.doc} [{e.field}] gold={e.gold!r} predicted={e.predicted!r}\n    {e.evidence}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR / "gold.jsonl", help="gold.jsonl to score against")
    parser.add_argument("--doc", action="append", help="score only this gold doc (path or file name); repeatable")
    parser.add_argument("--show-errors", action="store_true", help="print every disagreement with its evidence")
    parser.add_argument("--field", action="append", choices=FIELDS, help="with --show-errors: only this field; repeatable")
    parser.add_argument("--check", action="store_true",
                        help="only check that every gold evidence occurs exactly once in its document (no scores)")
    args = parser.parse_args(argv)

    try:
        from extractors import extract  # imported late: heavy, and not needed for --help
        from pipeline.ingest import ingest
    except ImportError as exc:
        print(f"cannot score: {exc}", file=sys.stderr)
        return 1
    try:
        gold_docs = load_gold(args.gold)
        if args.doc:
            gold_docs = [g for g in gold_docs if g.doc in args.doc or Path(g.doc).name in args.doc]
            if not gold_docs:
                raise GoldError(f"no gold document named {', '.join(args.doc)}")
        if args.check:
            problems = check_gold(gold_docs, ingest, args.gold.parent / "docs")
            print("\n".join(problems + [f"{sum(len(g.claims) for g in gold_docs)} gold claims in {len(gold_docs)} "
                                         f"documents checked, {len(problems)} problems"]))
            return 1 if problems else 0
        evaluation = evaluate(gold_docs, ingest, extract, args.gold.parent / "docs")
    except GoldError as exc:
        print(f"gold error: {exc}", file=sys.stderr)
        return 1
    print(format_report(evaluation, show_errors=args.show_errors, fields=args.field or FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
