"""Properties of the extractors on arbitrary input: they never raise, and every claim
and reference entry they emit points at exactly its own text (the provenance invariant)."""

import functools

import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors import extract
from extractors.attribution import find_attributions
from extractors.blocks import label_text
from extractors.pipeline import build_nlp, shared_nlp
from extractors.reflist import parse_reference_list
from extractors.tables import read_table
from pipeline.model import Block, Document, DocumentMeta, Page, claim_id_for

# Fragments that steer random text towards the shapes the extractors look for.
FRAGMENTS = [
    "Smith et al. (2013)", "(Lee 2015; van der Berg, 2010)", "[7]", "[7-9]", "^[2][3]", "[\\[4\\]](#r4)", "¹²",
    ".12 ", "a 2019 study published in the Journal of X", "NCT01234567", "PMID: 1234567", "doi:10.1000/x.1",
    "randomized 48 adults", "50 mg", "10 and 20 mg/kg", "placebo", "did not improve", "PDSS", "n = 31.",
    "\t", "|", "| a | b |\n|---|---|\n| 1 | 2 |", "Study\tN\tDose\n", "\n", "\n\n", "\r\n", " ", ". ", "e.g.",
    "vs.", "1. Doe J. Title. BMJ. 2001;1:1.", "https://youtu.be/x", "(", ")", "[", "]", "{", "}", "^", "*",
    "(3,4)", "(3-5) ", "SMITH AB et al.", "the 2019 trial by Kazemi", "published in December 2024 in the journal X",
    "Zinc 30 mg", "70% of patients respond", "one in three", "is now recruiting", "In clinical practice",
    "Trial      Ref   N     Dose\n", "ALBA       [4]   64    400 mg/day\n", "                  at 12 weeks\n", "  ",
    "Lena Doe¹, Ali Khan²*", "published Monday in The Lancet", "Study | N\n--- | ---\nLee 2015 | 40\n",
]
text_strategy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
LABELS = st.sampled_from(["main", "boilerplate", "comments", "references", "metadata"])
KINDS = st.sampled_from(["paragraph", "table_row", "table_header", "list_item", "heading"])


@st.composite
def documents(draw):
    text = draw(text_strategy)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8)) + [0, len(text)]))
    blocks = [Block(a, b, draw(LABELS), draw(KINDS)) for a, b in zip(cuts, cuts[1:])]
    meta = DocumentMeta()
    if text and draw(st.booleans()):
        a, b = sorted(draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
        meta = DocumentMeta(title="T", authors=["Doe J"], year=2001, abstract_start=a, abstract_end=b)
    studies = []
    if text and draw(st.booleans()):  # a multi-record export: each record's abstract, anywhere, possibly overlapping
        for _ in range(draw(st.integers(1, 3))):
            a, b = sorted(draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
            studies.append(DocumentMeta(title="R", pmid="1", abstract_start=a, abstract_end=b))
    pages = [Page(1, 0, len(text) // 2), Page(2, len(text) // 2, len(text))] if draw(st.booleans()) else []
    return Document("doc-p", "p.txt", "text", "", text=text, blocks=blocks, meta=meta, pages=pages, studies=studies)


def _check(document, result):
    assert result.doc_id == document.doc_id
    assert len({c.claim_id for c in result.claims}) == len(result.claims), "no claim twice"
    for claim in result.claims:
        ev = claim.evidence
        assert 0 <= ev.start < ev.end <= len(document.text)
        assert document.text[ev.start:ev.end] == ev.text
        assert claim.claim_id == claim_id_for(document.doc_id, ev.start, ev.end)
        assert ev.page == document.page_at(ev.start)
    for entry in result.references:
        assert document.text[entry.start:entry.end] == entry.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_extract_never_raises_and_keeps_provenance(document):
    (result,) = extract([document], nlp=shared_nlp())
    _check(document, result)


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_attributions_point_at_their_text(text):
    for hit in find_attributions(text):
        assert text[hit.start:hit.end] == hit.text


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_reference_entries_point_at_their_text(text):
    for entry in parse_reference_list(text, [(0, len(text))], "d"):
        assert text[entry.start:entry.end] == entry.text


@settings(max_examples=200, deadline=None)
@given(text_strategy)
@example("Trial      Ref   N     Dose\n                  at 12 weeks\n")
def test_table_cells_point_at_their_text(text):
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    for row in read_table(text, lines).rows:
        assert 0 <= row.start <= row.end <= len(text)
        for cell in row.cells:
            assert text[cell.start:cell.end] == cell.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_labelled_plain_text_keeps_provenance(text):
    """Through the block labeller, as ingest runs it: space-aligned and pipe tables included."""
    document = Document("doc-l", "l.txt", "text", "", text=text, blocks=label_text(text))
    (result,) = extract([document], nlp=shared_nlp())
    _check(document, result)


def test_extract_restores_the_collector_threshold_it_raises() -> None:
    import gc

    from extractors.pipeline import _GEN0_THRESHOLD

    before = gc.get_threshold()
    doc = Document("doc-gc", "gc.txt", "text", "0" * 64, text="In a trial of 40 adults, melatonin 3 mg improved sleep [1].")
    extract([doc])
    assert gc.get_threshold() == before and before[0] != _GEN0_THRESHOLD


@functools.lru_cache(maxsize=1)
def _with_special_cases():
    """The pipeline with spaCy's English tokenizer exceptions, which ``build_nlp`` drops."""
    nlp = build_nlp()
    nlp.tokenizer.rules = spacy.blank("en").tokenizer.rules
    return nlp


CONTRACTIONS = st.sampled_from(["don't", "(e.g.", "Dr.", "vs.", "a.m.", " ", ":)", "it's", "'s", "—", "w/o", "Ph.D."])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(text_strategy, CONTRACTIONS), max_size=6).map("".join))
def test_sentences_and_attributions_do_not_depend_on_tokenizer_special_cases(text):
    """Tokens only anchor spans: dropping the special cases moves no sentence boundary and no attribution."""
    ours, reference = shared_nlp()(text), _with_special_cases()(text)
    assert [(s.start_char, s.end_char) for s in ours._.sentences] == [
        (s.start_char, s.end_char) for s in reference._.sentences]
    assert [s._.attribution for s in ours._.attributions] == [s._.attribution for s in reference._.attributions]
