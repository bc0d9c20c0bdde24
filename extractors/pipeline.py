"""The spaCy pipeline (blank English plus rule components) and the batch entry point
``extract`` that turns ingested Documents into claims and reference entries."""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extractors import attribution  # noqa: F401  (registers the study_attributions factory)
from extractors.attribution import word_list
from extractors.claims import assemble
from extractors.passages import plan_document
from extractors.per_document import forget
from pipeline.model import Document, DocumentResult

log = logging.getLogger(__name__)

_ABBREVIATIONS = frozenset(word_list("sentence_abbreviations.txt"))
_MONTHS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# A sentence ends at . ! ? (plus closing quotes/brackets, or a citation marker glued after
# it: "weeks.2 A second", "outpatients.^[9] Social", or an author-year in brackets written
# after the stop: "adults. (Wang et al. 2009) A later") followed by space and a capital. A
# numbered marker after the stop that ends its line, spaced or not ("improved. [12]",
# "improved.(3)"), closes the sentence above it, not the one on the next line.
# A stop followed only by commas never ends one ("(Okoye et al., Sleep Med Open 2025)").
# Both kinds open on one character class, looked behind at to tell them apart: a pattern
# that starts with a class (not an alternation) is scanned for it at C speed, two to
# three times as fast over a passage.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?P<stop>"
    r"(?:\s\([^()\n]{2,80}?(?<!\d)(?:19|20)\d\d[a-z]?\)|[ \t]?(?:\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]|\(\d{1,3}(?:[,–-]\s?\d{1,3})*\))+(?=[ \t]*\r?\n)|[\"'”’)\]]*|(?<!\d[.])\d{1,3}(?:[,–-]\d{1,3})*|\^?\{?(?:\[[^\]\n]{1,12}\](?:\([^)\s]*\))?)+\}?|(?!,+\s)[⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒,–-]+)"
    r"\s+(?=[\"'“‘(\[]?[A-Z0-9¹²³]))"
    r"|(?<=\n)(?P<blank>[ \t]*\n\s*))"
)
# The word a full stop ends: its run of word characters and periods, matched on the 20
# characters before the stop read backwards (one match, where a search for the run ending
# there tries every start).
_WORD_REVERSED = re.compile(r"[\w.]+")


# The sentencizer keeps each sentence's first token and first character (plus the ends);
# ``doc._.sentences`` builds the spans only when asked: extraction reads the characters,
# and a Span costs three token lookups to make.
if not Doc.has_extension("sentence_bounds"):
    Doc.set_extension("sentence_bounds", default=None)  # (token starts, char starts), each ending on the doc's end


def _sentence_spans(doc: Doc) -> list[Span] | None:
    bounds = doc._.sentence_bounds
    if bounds is None:
        return None
    starts = bounds[0]
    # Span() directly: ``doc[a:b]`` normalises the slice in Python first, at three times the cost.
    return [Span(doc, a, b) for a, b in zip(starts, starts[1:])]


if not Doc.has_extension("sentences"):
    Doc.set_extension("sentences", getter=_sentence_spans)


class BiomedSentencizer:
    """Sentence starts for biomedical prose: a period ends a sentence unless it ends an
    abbreviation ("et al.", "vs.", "e.g.", "Fig.", an initial); decimals never split,
    "n = 31." does. Blank lines always split. Works on the raw text, then marks the
    first token of each sentence, so the cost is per sentence, not per token.

    The sentence spans are also given as ``doc._.sentences`` (their bounds as
    ``doc._.sentence_bounds``): ``doc.sents`` would walk every token again in Python,
    which costs more than the whole rule set."""

    def __call__(self, doc: Doc) -> Doc:
        extensions = doc._  # each ``doc._`` builds a new accessor
        text = extensions.text = extensions.text or doc.text
        if not len(doc):
            extensions.sentence_bounds = ([0], [len(text)])
            return doc
        ends = [m.end() for m in _BOUNDARY.finditer(text)
                if not m.group("stop") or self._ends_sentence(text, m.start("stop"), m.end())]
        starts = [0]
        offsets = doc.to_array(IDX)
        if ends:
            # One search for all boundaries: Doc.char_span would scan the tokens per boundary.
            tokens = numpy.searchsorted(offsets, ends, side="right") - 1
            for token in tokens.tolist():
                if token > starts[-1]:
                    starts.append(token)
        # All starts in one array: setting Token.is_sent_start checks the whole doc for a
        # parse each time, which made long passages quadratic.
        flags = numpy.full((len(doc), 1), -1, dtype=numpy.int64)
        flags[starts, 0] = 1
        doc.from_array([SENT_START], flags.astype(numpy.uint64))
        chars = offsets[starts].tolist()
        starts.append(len(doc))
        chars.append(len(text))
        extensions.sentence_bounds = (starts, chars)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Each batch of passages whole before the next component takes any: tokenizing,
        splitting, finding attributions and extracting claims each go through a batch in
        turn, so one stage's tables and compiled patterns stay in the CPU cache from passage
        to passage, where one passage going through every stage evicted them."""
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]

    @staticmethod
    def _ends_sentence(text: str, stop: int, next_start: int) -> bool:
        if text[stop - 1] != ".":
            return True  # "!", "?" and "…" end a sentence whatever stands before them
        token = _WORD_REVERSED.match(text[max(0, stop - 20):stop][::-1]).group(0)[::-1].lower().rstrip(".")
        if token == "al" or token.endswith(".al"):
            return text[next_start:next_start + 1].isalpha()
        if token in _ABBREVIATIONS:
            return False
        if token in _MONTHS:
            return not text[next_start:next_start + 1].isdigit()  # "in the Oct. 22 issue of ..."
        return not (len(token) == 1 and token.isalpha())


@Language.factory("biomed_sentencizer")
def make_biomed_sentencizer(nlp: Language, name: str) -> BiomedSentencizer:
    return BiomedSentencizer()


def build_nlp() -> Language:
    """Blank English with the biomedical sentencizer and the attribution finder.

    The tokenizer keeps spaCy's affix rules but none of its special cases ("don't" ->
    "do", "n't"; "e.g." as one token): both components find their spans on the raw
    text and use tokens only to anchor them (sentences start after whitespace, where
    every tokenization splits), while the special-case matcher ran over every token of
    every passage, over half of the tokenizer's time."""
    nlp = spacy.blank("en")
    nlp.tokenizer.rules = {}
    nlp.add_pipe("biomed_sentencizer")
    nlp.add_pipe("study_attributions")
    return nlp


_shared: Language | None = None


def shared_nlp() -> Language:
    """The process-wide pipeline: building one costs far more than running it on a batch."""
    global _shared
    if _shared is None:
        _shared = build_nlp()
    return _shared


def extract(docs: list[Document], nlp: Language | None = None, batch_size: int = 256) -> list[DocumentResult]:
    """Claims and reference-list entries for each document, in input order.

    Passages of all documents stream through one ``nlp.pipe`` call; documents that
    are not ``ok`` get an empty result.
    """
    nlp = nlp or shared_nlp()
    if not {"biomed_sentencizer", "study_attributions"} <= set(nlp.pipe_names):
        raise ValueError("extract needs a pipeline from extractors.build_nlp()")
    with _fewer_collections():
        plans = [plan_document(d) if d.status == "ok" and d.text else None for d in docs]
        parsed = nlp.pipe((_make_doc(nlp, p.text) for plan in plans if plan for p in plan.passages), batch_size=batch_size)
        results = []
        for document, plan in zip(docs, plans):
            if plan is None:
                log.debug("%s: %s, nothing to extract", document.doc_id, document.status if document.text else "no text")
                results.append(DocumentResult(document.doc_id))
                continue
            spacy_docs = list(islice(parsed, len(plan.passages)))
            forget()
            results.append(assemble(document, plan, spacy_docs))
            for doc in spacy_docs:
                # The attribution spans it holds point back at it: without that cycle the doc is
                # freed now, not by the cycle collector, which then runs half as long.
                doc.user_data.clear()
    return results


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Extraction makes millions of short-lived objects (matches, spans, field values) and
    almost no reference cycles; at Python's default threshold the cycle collector runs
    every 700 allocations, a few per cent of the whole run. Collections are rarer here."""
    threshold = gc.get_threshold()
    gc.set_threshold(_GEN0_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


_GEN0_THRESHOLD = 50_000


def _make_doc(nlp: Language, text: str) -> Doc:
    """The tokenized passage with its text kept, so no component has to rebuild it."""
    doc = nlp.make_doc(text)
    doc._.text = text
    return doc
