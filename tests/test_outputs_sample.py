"""A hand-built Run shared by the output, report and browser tests.

It holds a plain document with every block label and CRLF line ends, a hostile
document whose text, title, source, URLs and trusted record try to inject markup, a
failed document, and a UTF-16-decoded text with non-BMP characters and a lone CR.
"""

from __future__ import annotations

from pipeline.model import (
    Block,
    Claim,
    Document,
    DocumentResult,
    Dose,
    Evidence,
    Flag,
    Page,
    Record,
    ReferenceEntry,
    ReferenceFile,
    Run,
    SkippedRecord,
    Study,
    Verification,
    claim_id_for,
)

HOSTILE = (
    '<script>window.__pwned=1</script> '
    '<img src=x onerror="window.__pwned=2"> '
    '<a href="javascript:window.__pwned=3">click</a>'
)

GUIDE_TEXT = (
    "Shop now! Free shipping on orders over $50.\r\n"
    "\r\n"
    "Marsh et al. (2015) randomized 48 adults with panic disorder to 50 mg before exposure or placebo; PDSS fell more.\r\n"
    "Okafor (2019) found no difference on the LSAS.\r\n"
    "One study showed 90% of users improved.\r\n"
    "\r\n"
    "References\r\n"
    "1. Marsh AB, Okafor C. Panic and exposure. J Anxiety. 2015.\r\n"
    "\r\n"
    "Comments\r\n"
    "Jane, 3 May: it cured my panic in 2 days!\r\n"
)

# As ingest would decode a UTF-16 file with a BOM: non-BMP characters arrive as
# surrogate pairs in the bytes and single code points in the text.
UTF16_SOURCE = "\ufeffRésumé \U0001d6fc-test 😀 with a lone CR\rand CRLF\r\nand é\u0301 combining.\n".encode("utf-16-le")
UNICODE_TEXT = UTF16_SOURCE.decode("utf-16-le").removeprefix("\ufeff")


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _claim(doc: Document, phrase: str, **fields) -> Claim:
    start, end = _span(doc.text, phrase)
    return Claim(
        claim_id=claim_id_for(doc.doc_id, start, end),
        doc_id=doc.doc_id,
        source=doc.source,
        evidence=Evidence(text=doc.text[start:end], start=start, end=end, page=doc.page_at(start)),
        **fields,
    )


def _entry(doc: Document, phrase: str, marker: str, **fields) -> ReferenceEntry:
    start, end = _span(doc.text, phrase)
    return ReferenceEntry(doc_id=doc.doc_id, marker=marker, text=phrase, start=start, end=end, **fields)


def _blocks(text: str, labelled: list[tuple[str, str]]) -> list[Block]:
    blocks = []
    for phrase, label in labelled:
        start, end = _span(text, phrase)
        blocks.append(Block(start=start, end=end, label=label))  # type: ignore[arg-type]
    return blocks


def guide_document() -> Document:
    text = GUIDE_TEXT
    return Document(
        doc_id="vendor-guide-0123456789",
        source="/data/vendor guide.txt",
        kind="text",
        sha256="a" * 64,
        text=text,
        title="Vendor guide",
        blocks=_blocks(
            text,
            [
                ("Shop now! Free shipping on orders over $50.", "boilerplate"),
                ("Marsh et al. (2015) randomized 48 adults with panic disorder to 50 mg before exposure or placebo; PDSS fell more.", "main"),
                ("Okafor (2019) found no difference on the LSAS.", "main"),
                ("One study showed 90% of users improved.", "main"),
                ("References\r\n1. Marsh AB, Okafor C. Panic and exposure. J Anxiety. 2015.", "references"),
                ("Comments\r\nJane, 3 May: it cured my panic in 2 days!", "comments"),
            ],
        ),
        pages=[Page(number=1, start=0, end=len(text))],
    )


def hostile_document() -> Document:
    text = f"Intro. Smith et al. (2020) gave 20 mg. {HOSTILE} End.\n"
    return Document(
        doc_id="hostile-page-abcdef0123",
        source='https://evil.example/page?x="><script>window.__pwned=5</script>',
        kind="html",
        sha256="b" * 64,
        text=text,
        title='<script>window.__pwned=6</script>Hostile "title"',
        blocks=[Block(start=0, end=len(text) - 1, label="main")],
    )


def failed_document() -> Document:
    return Document(
        doc_id="broken-pdf-1111111111",
        source="/data/broken.pdf",
        kind="pdf",
        sha256="c" * 64,
        status="failed",
        error='PDF is encrypted <img src=x onerror="window.__pwned=7">',
    )


def unicode_document() -> Document:
    return Document(
        doc_id="utf16-notes-2222222222",
        source="/data/utf16 notes.txt",
        kind="text",
        sha256="d" * 64,
        text=UNICODE_TEXT,
        blocks=[Block(start=0, end=len(UNICODE_TEXT), label="main")],
    )


def sample_records() -> list[Record]:
    return [
        Record(
            id="Marsh2015",
            source_file="trusted.csv",
            authors=["Marsh AB", "Okafor C"],
            year=2015,
            title="Panic and exposure",
            journal="J Anxiety",
            doi="10.1000/ja.2015.7",
            pmid="12345678",
            n_randomized=84,
            dose=[Dose(value=50, unit="mg", text="50 mg")],
            comparator="placebo",
            outcome_measures=["PDSS"],
            direction="positive",
            facts_from="curated",
        ),
        Record(
            id="Evil2020",
            source_file="trusted.ris",
            authors=['<script>window.__pwned=8</script> X'],
            year=2020,
            title='<img src=x onerror="window.__pwned=9">',
            doi='10.1/"><script>window.__pwned=10</script>',
            pmid="javascript:window.__pwned=11",
        ),
    ]


def sample_run() -> Run:
    guide, hostile, failed, uni = guide_document(), hostile_document(), failed_document(), unicode_document()
    verified = _claim(
        guide,
        "Marsh et al. (2015) randomized 48 adults with panic disorder to 50 mg before exposure or placebo; PDSS fell more.",
        context="prose",
        study=Study(label="Marsh et al. (2015)", first_author="Marsh", year=2015, markers=["1"]),
        population="panic disorder",
        n=48,
        n_detail={"randomized": 48, "arms": [24, 24]},
        dose=[Dose(value=50, unit="mg", timing="before exposure", text="50 mg before exposure")],
        comparator="placebo",
        outcome_measures=["PDSS"],
        finding="PDSS fell more",
        direction="positive",
        verification=Verification(status="contradicted", reference_id="Marsh2015", method="author-year", score=0.97),
        flags=[
            Flag(
                code="VALUE_MISMATCH",
                severity="high",
                field="n",
                expected=84,
                found=48,
                reference_id="Marsh2015",
                message="N given as 48; trusted record Marsh2015 says 84 randomized.",
            )
        ],
    )
    okafor = _claim(
        guide,
        "Okafor (2019) found no difference on the LSAS.",
        context="prose",
        study=Study(label="Okafor (2019)", first_author="Okafor", year=2019),
        outcome_measures=["LSAS"],
        direction="null",
        verification=Verification(status="unverifiable"),
        flags=[
            Flag(
                code="UNSUPPORTED_CITATION",
                severity="medium",
                message="Okafor (2019) matches no reference-list entry and no trusted record.",
            )
        ],
    )
    uncited = _claim(
        guide,
        "One study showed 90% of users improved.",
        context="prose",
        direction="positive",
        verification=Verification(status="uncited"),
        flags=[Flag(code="UNCITED_CLAIM", severity="medium", message="An efficacy claim with no attribution.")],
    )
    anecdote = _claim(
        guide,
        "it cured my panic in 2 days!",
        context="comment",
        direction="positive",
        verification=Verification(status="uncited"),
        flags=[
            Flag(code="ANECDOTAL_CONTEXT", severity="low", message="A testimonial in the comments, not the body."),
            Flag(code="UNCITED_CLAIM", severity="low", message="An efficacy claim with no attribution."),
        ],
    )
    hostile_claim = _claim(
        hostile,
        f"Smith et al. (2020) gave 20 mg. {HOSTILE}",
        context="prose",
        study=Study(
            label='Smith et al. (2020) <b onmouseover="window.__pwned=12">',
            first_author="Smith",
            year=2020,
            markers=["2"],
            urls=["javascript:window.__pwned=13", "https://example.org/study?a=1&b=<2>"],
        ),
        dose=[Dose(value=20, unit="mg", text='20 mg"><script>window.__pwned=14</script>')],
        finding=HOSTILE,
        verification=Verification(status="verified", reference_id="Evil2020", method="author-year", score=1.0),
        flags=[
            Flag(
                code="MISATTRIBUTION",
                severity="high",
                message=f"Attribution and reference entry disagree {HOSTILE}",
                expected=["<script>window.__pwned=15</script>"],
                found={"x": "<img src=x onerror=window.__pwned=16>"},
                reference_id="Evil2020",
            )
        ],
    )
    verified_plain = _claim(
        uni,
        "Résumé \U0001d6fc-test 😀",
        context="prose",
        study=Study(label="[3]", markers=["3"]),
        verification=Verification(status="verified", reference_id="Marsh2015", method="marker", score=0.99),
    )
    return Run(
        command=["litclaims", "run", "corpus/documents"],
        started_at="2026-11-26T08:00:00+00:00",
        finished_at="2026-11-26T08:00:05+00:00",
        documents=[guide, hostile, failed, uni],
        results={
            guide.doc_id: DocumentResult(
                doc_id=guide.doc_id,
                claims=[verified, okafor, uncited, anecdote],
                references=[_entry(guide, "1. Marsh AB, Okafor C. Panic and exposure. J Anxiety. 2015.", "1")],
            ),
            hostile.doc_id: DocumentResult(
                doc_id=hostile.doc_id,
                claims=[hostile_claim],
                references=[
                    _entry(
                        hostile,
                        "End.",
                        "2",
                        url="javascript:window.__pwned=17",
                        nonscholarly='video"><script>window.__pwned=18</script>',
                    )
                ],
            ),
            failed.doc_id: DocumentResult(doc_id=failed.doc_id),
            uni.doc_id: DocumentResult(doc_id=uni.doc_id, claims=[verified_plain]),
        },
        records=sample_records(),
        reference_files=[
            ReferenceFile(
                path="corpus/references/trusted.csv",
                sha256="e" * 64,
                format="csv",
                records=2,
                skipped=[SkippedRecord(line=40, error="no id and no bibliographic identity")],
            )
        ],
        changes={"new": ["hostile-page-abcdef0123"], "changed": [], "unchanged": [], "removed": ["gone-0000000000"]},
        timings={"total_s": 1.5, "ingest_s": 0.5, "extract_s": 0.5, "verify_s": 0.1},
        versions={"litclaims": "0.1.0"},
    )


def test_sample_evidence_points_into_its_document() -> None:
    run = sample_run()
    texts = {d.doc_id: d.text for d in run.documents}
    for claim in run.claims:
        assert texts[claim.doc_id][claim.evidence.start : claim.evidence.end] == claim.evidence.text
