"""The pipeline's components take passages a batch at a time (each batch through one
component before the next): what each passage gets is what it gets alone."""

from __future__ import annotations

from extractors import build_nlp
from extractors.pipeline import _make_doc

PASSAGES = [
    "Okafor et al. (2019) randomised 120 adults to apremilast or placebo. PASI scores fell more with apremilast [4].",
    "In a trial of 64 children, amoxicillin shortened pain (Lee & Chen, 2021). Adverse events were mild.",
    "Background only. No study is cited here, e.g. in primary care vs. specialist clinics.",
] * 3


def _read(doc) -> tuple:
    return doc._.sentence_bounds, [(a.kind, a.start, a.end, a.text) for a in doc._.attribution_hits]


def test_batched_passages_get_what_each_gets_alone():
    nlp = build_nlp()
    alone = [_read(nlp(_make_doc(nlp, text))) for text in PASSAGES]
    for batch_size in (1, 2, 4, 256):
        assert [_read(doc) for doc in nlp.pipe((_make_doc(nlp, t) for t in PASSAGES), batch_size=batch_size)] == alone
    assert any(hits for _, hits in alone)


def test_a_batch_is_read_whole_before_the_first_passage_comes_out():
    nlp = build_nlp()
    made: list[str] = []

    def texts():
        for text in PASSAGES:
            made.append(text)
            yield _make_doc(nlp, text)

    first = next(iter(nlp.pipe(texts(), batch_size=4)))
    assert len(made) == 4 and first._.attribution_hits is not None
