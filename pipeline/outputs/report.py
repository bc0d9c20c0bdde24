"""``report.html``: the editor's audit view of a run, as one self-contained file.

Everything shown that came from a document or a reference file is escaped with
``html.escape(..., quote=True)``; only http(s) URLs ever become links; the page's own
CSS and script are inline and allowed by hash in a Content-Security-Policy that
allows nothing else, so even markup that slipped through could not run. Filtering is
done by the inline script over ``data-*`` attributes, so no run data is embedded as
JSON. Document texts are capped (per document and in total) so a huge input does not
make a huge report; the full text is always in ``text/<doc_id>.txt``. A run too large
for one page shows its flagged claims first and says what it left out (the summary
counts always cover the whole run).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import json
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import quote, urlsplit

from pipeline.model import Claim, Document, DocumentResult, Flag, Record, ReferenceEntry, Run
from pipeline.outputs.atomic import atomic_open
from pipeline.outputs.csv import doses_text
from pipeline.outputs.manifest import run_counts
from pipeline.outputs.text import has_text_file

MAX_DOC_TEXT_CHARS = 200_000
MAX_TOTAL_TEXT_CHARS = 8_000_000
MAX_EVIDENCE_CHARS = 4_000
MAX_REPORT_CLAIMS = 20_000  # flagged claims, most severe first, fill the page before the rest
MAX_REPORT_DOCUMENTS = 5_000  # those with shown claims or a failure first
OPEN_TEXTS_UP_TO = 25  # documents; a larger run starts with every text collapsed

FLAG_CODES = [
    "UNSUPPORTED_CITATION", "UNCITED_CLAIM", "VALUE_MISMATCH", "MISATTRIBUTION",
    "NONSCHOLARLY_SOURCE", "ANECDOTAL_CONTEXT", "UNREGISTERED_TRIAL", "CROSS_DOC_CONFLICT",
]  # fmt: skip
SEVERITIES = ["high", "medium", "low"]
STATUSES = ["verified", "contradicted", "unverifiable", "uncited", "not_checked"]
LABELS = ["main", "boilerplate", "comments", "references", "metadata"]

_ASSETS = Path(__file__).parent
_BODY = "\x00body\x00"  # cannot occur in the template, the CSS or the script


def e(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute; None shows as nothing."""
    return "" if value is None else html.escape(str(value), quote=True)


def safe_link(url: str | None, text: str | None = None) -> str:
    """A link only for http(s) URLs; anything else (javascript:, data:, ...) stays text."""
    if not url:
        return ""
    shown = e(text if text is not None else url)
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:  # e.g. a malformed IPv6 host
        return shown
    if scheme not in ("http", "https"):
        return shown
    return f'<a href="{e(url.strip())}" rel="noopener noreferrer nofollow">{shown}</a>'


def pubmed_link(pmid: str | None) -> str:
    if not pmid:
        return ""
    pmid = str(pmid).strip()
    if not re.fullmatch(r"[0-9]{1,9}", pmid):
        return e(pmid)
    return safe_link(f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/", f"PMID {pmid}")


def doi_link(doi: str | None) -> str:
    if not doi:
        return ""
    return safe_link("https://doi.org/" + quote(doi.strip(), safe="/:;()._-"), f"doi:{doi.strip()}")


def _csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def write_report(path: Path, run: Run) -> None:
    with atomic_open(path) as handle:
        for chunk in render_report(run):
            handle.write(chunk)


def render_report(run: Run) -> Iterator[str]:
    """The report page, in chunks (a run with many claims is never one huge string)."""
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    script = (_ASSETS / "report.js").read_text(encoding="utf-8")
    page = Template((_ASSETS / "report.html").read_text(encoding="utf-8")).substitute(
        css=css,
        script=script,
        style_hash=_csp_hash(css),
        script_hash=_csp_hash(script),
        started_at=e(run.started_at),
        body=_BODY,
    )
    head, tail = page.split(_BODY)
    yield head
    yield from _Body(run).render()
    yield tail


class _Body:
    """The page body of one run; holds the lookups every document section needs."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.records: dict[str, Record] = {r.id: r for r in run.records}
        self.text_budget = MAX_TOTAL_TEXT_CHARS
        claims = run.claims
        shown = sorted(range(len(claims)), key=lambda i: (_claim_rank(claims[i]), i))[:MAX_REPORT_CLAIMS]
        self.shown_claims = {id(claims[i]) for i in shown}
        with_claims = {claims[i].doc_id for i in shown}
        wanted = [d.doc_id in with_claims or d.status == "failed" for d in run.documents]
        ranked = sorted(range(len(run.documents)), key=lambda i: (not wanted[i], i))[:MAX_REPORT_DOCUMENTS]
        self.documents = [run.documents[i] for i in sorted(ranked)]
        self.open_texts = len(self.documents) <= OPEN_TEXTS_UP_TO

    def render(self) -> Iterator[str]:
        yield self._header()
        yield self._summary()
        yield self._filters()
        yield '<main id="documents">'
        for document in self.documents:
            result = self.run.results.get(document.doc_id) or DocumentResult(document.doc_id)
            shown = [c for c in result.claims if id(c) in self.shown_claims]
            yield self._document(document, DocumentResult(result.doc_id, shown, result.references))
        yield "</main>"

    def _header(self) -> str:
        run = self.run
        return (
            '<header class="top"><h1>litclaims audit report</h1>'
            f'<p class="muted">Run started {e(run.started_at)}, finished {e(run.finished_at or "")}'
            f" · <code>{e(' '.join(run.command))}</code></p></header>"
        )

    def _summary(self) -> str:
        run, claims = self.run, self.run.claims
        counts = run_counts(run)
        totals = "".join(
            f'<tr><th>{e(key)}</th><td class="num" id="count-{e(key)}">{value}</td></tr>' for key, value in counts.items()
        )
        flags = [f for c in claims for f in c.flags]
        by_code = Counter(f.code for f in flags)
        by_severity = Counter(f.severity for f in flags)
        by_status = Counter(c.verification.status for c in claims)
        codes = FLAG_CODES + sorted(set(by_code) - set(FLAG_CODES))
        statuses = STATUSES + sorted(set(by_status) - set(STATUSES))
        changes = "".join(
            f'<tr><th>{e(key)}</th><td class="num" id="changes-{e(key)}">{len(run.changes.get(key, []))}</td></tr>'
            for key in ("new", "changed", "unchanged", "removed")
        )
        return (
            '<section id="summary"><h2>Summary</h2><div class="breakdowns">'
            f"<table><caption>Run</caption>{totals}</table>"
            + _breakdown("by-code", "Flags by code", "code", codes, by_code)
            + _breakdown("by-severity", "Flags by severity", "severity", SEVERITIES, by_severity)
            + _breakdown("by-status", "Claims by verification status", "status", statuses, by_status)
            + f"<table><caption>Since the last run</caption>{changes}</table>"
            + "</div>"
            + self._left_out()
            + self._reference_files()
            + "</section>"
        )

    def _left_out(self) -> str:
        claims, documents = len(self.run.claims), len(self.run.documents)
        if len(self.shown_claims) == claims and len(self.documents) == documents:
            return ""
        return (
            f'<p class="note" id="left-out">This page shows {len(self.shown_claims):,} of {claims:,} claims '
            f"(flagged ones first, most severe first) and {len(self.documents):,} of {documents:,} documents; "
            "claims.csv, flags.csv and documents.jsonl hold them all.</p>"
        )

    def _reference_files(self) -> str:
        if not self.run.reference_files:
            return '<p class="muted">No trusted reference set: claims were not checked against records.</p>'
        rows = "".join(
            f"<tr><td>{e(f.path)}</td><td>{e(f.format)}</td><td class=\"num\">{f.records}</td>"
            f'<td class="num">{len(f.skipped)}</td><td>{e("; ".join(_skip_text(s.line, s.error) for s in f.skipped[:5]))}</td></tr>'
            for f in self.run.reference_files
        )
        return (
            '<h3>Trusted reference files</h3><table id="reference-files"><tr><th>file</th><th>format</th>'
            f"<th>records</th><th>skipped</th><th>first problems</th></tr>{rows}</table>"
        )

    def _filters(self) -> str:
        claims = self.run.claims
        codes = FLAG_CODES + sorted({f.code for c in claims for f in c.flags} - set(FLAG_CODES))
        statuses = STATUSES + sorted({c.verification.status for c in claims} - set(STATUSES))
        doc_options = [(d.doc_id, d.title or d.source) for d in self.documents]
        shown = len(self.shown_claims)
        return (
            '<section id="filters" aria-label="Filters">'
            + _select("f-code", "Flag code", [("-", "no flags")] + [(c, c) for c in codes])
            + _select("f-severity", "Severity", [(s, s) for s in SEVERITIES])
            + _select("f-status", "Status", [(s, s) for s in statuses])
            + _select("f-doc", "Document", doc_options)
            + '<label>Search <input type="search" id="f-text" placeholder="author, scale, any words"></label>'
            + '<button type="button" id="f-reset">Reset</button>'
            + f'<span><b id="shown-count">{shown}</b> of <span id="total-count">{shown}</span> claims shown</span>'
            + "</section>"
        )

    def _document(self, document: Document, result: DocumentResult) -> str:
        claims = result.claims
        title = document.title or document.source
        source = safe_link(document.source) or e(document.source)
        meta = [
            ("doc_id", f"<code>{e(document.doc_id)}</code>"),
            ("source", source),
            ("kind", e(document.kind)),
            ("status", f'<span class="badge st-{e(document.status)}">{e(document.status)}</span>'),
        ]
        if document.error:
            meta.append(("error", f'<span class="error">{e(document.error)}</span>'))
        meta += [
            ("characters", f"{len(document.text):,} ({document.boilerplate_chars:,} boilerplate)"),
            ("claims", str(len(claims))),
            ("reference-list entries", str(len(result.references))),
        ]
        if document.meta.is_study:
            meta.append(("own study", _bibliography(document.meta.authors, document.meta.year, document.meta.title,
                                                    document.meta.journal, document.meta.pmid, document.meta.doi)))
        entries: dict[str, list[ReferenceEntry]] = defaultdict(list)
        for entry in result.references:
            if entry.marker:
                entries[entry.marker].append(entry)
        text, shown_chars = self._text(document, claims)
        parts = [
            f'<section class="doc" id="d-{e(document.doc_id)}" data-doc="{e(document.doc_id)}">',
            f"<h2>{e(title)}</h2>",
            '<dl class="meta">' + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in meta) + "</dl>",
            text,
            '<div class="claims">',
            *(self._claim(c, entries, in_text=c.evidence.start < shown_chars) for c in claims),
            "</div></section>",
        ]
        return "".join(parts)

    def _text(self, document: Document, claims: list[Claim]) -> tuple[str, int]:
        """The highlighted text view and how many characters of the text it shows."""
        if not has_text_file(document) or not document.text:
            return "", 0
        limit = min(len(document.text), MAX_DOC_TEXT_CHARS, self.text_budget)
        self.text_budget -= limit
        path = f"text/{quote(document.doc_id)}.txt"
        full_text = f'the full text is in <a href="{e(path)}">{e(path)}</a>.'
        if limit == 0:
            return f'<p class="note">Text not shown: this report\'s text budget is used up; {full_text}</p>', 0
        note = ""
        if limit < len(document.text):
            note = f'<p class="note">Showing the first {limit:,} of {len(document.text):,} characters; {full_text}</p>'
        legend = "".join(f'<span class="b-{label}">{label}</span>' for label in LABELS)
        view = (
            f'<details class="text"{" open" if self.open_texts else ""}><summary>Text ({len(document.text):,} characters) '
            f'<span class="legend">{legend}<mark>claim evidence</mark></span></summary>'
            f'<div class="doc-text">{highlighted_text(document, claims, limit)}</div>{note}</details>'
        )
        return view, limit

    def _claim(self, claim: Claim, entries: dict[str, list[ReferenceEntry]], in_text: bool) -> str:
        v = claim.verification
        flag_tokens = " ".join(f"{f.code}:{f.severity}" for f in claim.flags)
        evidence = claim.evidence
        shown = evidence.text if len(evidence.text) <= MAX_EVIDENCE_CHARS else evidence.text[:MAX_EVIDENCE_CHARS] + " …"
        badges = "".join(f'<span class="badge sev-{e(f.severity)}">{e(f.code)}</span>' for f in claim.flags)
        head = (
            f'<header><span class="badge st-{e(v.status)}">{e(v.status)}</span>'
            f"<strong>{e(claim.study.label or 'no attribution')}</strong>"
            f'<span class="muted">{e(claim.context)}</span>{badges}'
            + (f'<a class="to-text" href="#ev-{e(claim.claim_id)}">show in text</a>' if in_text else "")
            + "</header>"
        )
        named_by_flags = [f.reference_id for f in claim.flags if f.reference_id and f.reference_id != v.reference_id]
        records = (self._record(v.reference_id, "Checked against trusted record") if v.reference_id else "") + "".join(
            self._record(rid, "Trusted record named by a flag") for rid in dict.fromkeys(named_by_flags)
        )
        cited = "".join(_entry(entry) for marker in claim.study.markers for entry in entries.get(marker, []))
        return (
            f'<article class="claim" id="c-{e(claim.claim_id)}" '
            f'data-doc="{e(claim.doc_id)}" data-status="{e(v.status)}" data-flags="{e(flag_tokens)}">'
            f'{head}<blockquote class="evidence">{e(shown)}</blockquote>'
            f"{_fields_table(claim)}{_flags_table(claim.flags)}{cited}{records}</article>"
        )

    def _record(self, record_id: str, role: str) -> str:
        record = self.records.get(record_id)
        if record is None:
            return f'<div class="record">{e(role)} <code>{e(record_id)}</code> (not in this run\'s trusted set)</div>'
        facts = [
            ("N randomized", record.n_randomized), ("N completed", record.n_completed),
            ("N analysed", record.n_analysed), ("arms", " + ".join(map(str, record.arms)) or None),
            ("dose", doses_text(record.dose, "; ") or None), ("comparator", record.comparator),
            ("outcome measures", "; ".join(record.outcome_measures) or None), ("direction", record.direction),
        ]  # fmt: skip
        known = ", ".join(f"{k}: {e(v)}" for k, v in facts if v is not None)
        return (
            f'<div class="record" data-record="{e(record.id)}">{e(role)} <code>{e(record.id)}</code>: '
            + _bibliography(record.authors, record.year, record.title, record.journal, record.pmid, record.doi)
            + (f'<br><span class="muted">Trusted facts ({e(record.facts_from)}): {known}</span>' if known else "")
            + "</div>"
        )


def _claim_rank(claim: Claim) -> int:
    """0 for a claim with a high flag, 1 medium, 2 low, 3 other flags, 4 unflagged."""
    ranks = [SEVERITIES.index(f.severity) for f in claim.flags if f.severity in SEVERITIES]
    if ranks:
        return min(ranks)
    return len(SEVERITIES) if claim.flags else len(SEVERITIES) + 1


def _skip_text(line: int | None, error: str) -> str:
    return f"line {line}: {error}" if line is not None else error


def _entry(entry: ReferenceEntry) -> str:
    """One reference-list entry the claim cites by marker, as the document gives it."""
    links = " ".join(link for link in (pubmed_link(entry.pmid), doi_link(entry.doi), safe_link(entry.url)) if link)
    nonscholarly = f' <span class="badge sev-medium">{e(entry.nonscholarly)}</span>' if entry.nonscholarly else ""
    return (
        f'<div class="entry">Reference-list entry [{e(entry.marker)}]: {e(entry.text)}'
        + (f" · {links}" if links else "")
        + f"{nonscholarly}</div>"
    )


def _select(element_id: str, label: str, options: list[tuple[str, str]]) -> str:
    items = "".join(f'<option value="{e(value)}">{e(text)}</option>' for value, text in options)
    return f'<label>{e(label)} <select id="{element_id}"><option value="">any</option>{items}</select></label>'


def _breakdown(element_id: str, caption: str, key: str, values: list[str], counts: Counter[str]) -> str:
    rows = "".join(
        f'<tr data-filter="{key}" data-value="{e(v)}"><th>{e(v)}</th><td class="num">{counts.get(v, 0)}</td></tr>'
        for v in values
    )
    return f'<table id="{element_id}"><caption>{e(caption)}</caption>{rows}</table>'


def _bibliography(
    authors: list[str], year: int | None, title: str | None, journal: str | None, pmid: str | None, doi: str | None
) -> str:
    shown_authors = "; ".join(authors[:6]) + (" et al." if len(authors) > 6 else "")
    parts = [e(shown_authors), f"({e(year)})" if year else "", f"<em>{e(title)}</em>" if title else "", e(journal)]
    links = " ".join(link for link in (pubmed_link(pmid), doi_link(doi)) if link)
    return " ".join(p for p in parts if p) + (f" · {links}" if links else "")


def _value(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return '<span class="muted">–</span>'
    if isinstance(value, (list, dict)) or dataclasses.is_dataclass(value):
        return e(json.dumps(_plain(value), ensure_ascii=False, default=str))
    return e(value)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _fields_table(claim: Claim) -> str:
    study, evidence, v = claim.study, claim.evidence, claim.verification
    study_parts = [
        study.first_author, str(study.year) if study.year else None, study.venue,
        " ".join(f"[{m}]" for m in study.markers) or None,
        f"doi:{study.doi}" if study.doi else None, f"PMID {study.pmid}" if study.pmid else None,
        " ".join(study.registry_ids) or None, "the document's own study" if study.own else None,
    ]  # fmt: skip
    urls = " ".join(safe_link(u) for u in study.urls)
    rows = [
        ("study", e(" · ".join(p for p in study_parts if p)) + (f" {urls}" if urls else "")),
        ("population", _value(claim.population)),
        ("n", _value(claim.n) + (f' <span class="muted">({_n_detail(claim.n_detail)})</span>' if claim.n_detail else "")),
        ("dose", e(doses_text(claim.dose, "; ")) or _value(None)),
        ("comparator", _value(claim.comparator)),
        ("outcome measures", _value("; ".join(claim.outcome_measures) or None)),
        ("finding", _value(claim.finding)),
        ("direction", _value(claim.direction)),
        ("ongoing trial", "yes") if claim.ongoing_trial else None,
        ("evidence", f"characters {evidence.start}–{evidence.end}" + (f", page {e(evidence.page)}" if evidence.page else "")),
        ("verification", " · ".join(
            p for p in (e(v.status), e(v.method) if v.method else "", f"score {v.score:.2f}" if isinstance(v.score, (int, float)) else "",
                        f"candidates: {e(', '.join(v.candidates))}" if v.candidates else "") if p)),
        ("claim_id", f"<code>{e(claim.claim_id)}</code>"),
    ]  # fmt: skip
    body = "".join(f"<div><dt>{e(k)}</dt><dd>{v}</dd></div>" for k, v in (r for r in rows if r))
    return f'<dl class="fields">{body}</dl>'


def _n_detail(detail: dict[str, Any]) -> str:
    """``{"arms": [21, 20], "completed": 37}`` as "arms 21 + 20 · completed 37"."""
    parts = [f"{key} {' + '.join(map(str, value)) if isinstance(value, list) else value}" for key, value in detail.items()]
    return e(" · ".join(parts))


def _flags_table(flags: list[Flag]) -> str:
    if not flags:
        return ""
    rows = "".join(
        f'<tr class="flag" data-code="{e(f.code)}" data-severity="{e(f.severity)}">'
        f'<td><span class="badge sev-{e(f.severity)}">{e(f.code)}</span></td><td>{e(f.severity)}</td>'
        f"<td>{e(f.message)}</td><td>{e(f.field)}</td><td>{_value(f.expected)}</td><td>{_value(f.found)}</td>"
        f"<td>{e(f.reference_id)}</td></tr>"
        for f in flags
    )
    return (
        '<table class="flags"><tr><th>flag</th><th>severity</th><th>reason</th><th>field</th>'
        f"<th>expected</th><th>found</th><th>record</th></tr>{rows}</table>"
    )


def highlighted_text(document: Document, claims: Iterable[Claim], limit: int) -> str:
    """``document.text[:limit]`` as escaped HTML: each piece styled by its block's label,
    claim evidence wrapped in ``<mark>`` and each claim's start anchored as ``#ev-<id>``."""
    text = document.text[:limit]
    size = len(text)
    starts: dict[int, list[Claim]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    cuts = {0, size}
    for claim in claims:
        start, end = max(0, claim.evidence.start), min(size, claim.evidence.end)
        if start < end:
            starts[start].append(claim)
            ends[end].append(claim.claim_id)
            cuts.update((start, end))
    blocks = sorted((b for b in document.blocks if b.start < size and b.end > b.start), key=lambda b: b.start)
    block_starts = [b.start for b in blocks]
    for block in blocks:
        cuts.update((block.start, min(block.end, size)))
    active: dict[str, bool] = {}  # claim_id -> flagged, in start order
    out: list[str] = []
    for a, b in pairwise(sorted(cuts)):
        for claim_id in ends.get(a, ()):
            active.pop(claim_id, None)
        for claim in starts.get(a, ()):
            active[claim.claim_id] = bool(claim.flags)
            out.append(f'<span id="ev-{e(claim.claim_id)}"></span>')
        i = bisect_right(block_starts, a) - 1
        block = blocks[i] if i >= 0 and blocks[i].end > a else None
        label = block.label if block else "gap"
        block_start = block is not None and block.start == a and label != "main"
        piece = e(text[a:b])
        if active:
            flagged = " flagged" if any(active.values()) else ""
            piece = f'<mark class="ev{flagged}" data-claims="{e(" ".join(active))}">{piece}</mark>'
        if block_start:
            out.append(f'<span class="b-{e(label)} bs" data-label="{e(label)}">{piece}</span>')
        else:
            out.append(f'<span class="b-{e(label)}">{piece}</span>')
    return "".join(out)
