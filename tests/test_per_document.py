"""Per-document memos: a second document never reads a sentence from the first one's memo."""

from extractors import extract
from extractors.blocks import label_text
from extractors.fields.direction import parse_direction
from extractors.per_document import forget, per_document
from pipeline.model import Document, DocumentMeta


def test_forget_empties_a_memo():
    calls = []

    @per_document(maxsize=8)
    def read(text: str) -> int:
        calls.append(text)
        return len(text)

    assert read("abc") == 3 and read("abc") == 3
    assert calls == ["abc"]
    forget()
    assert read("abc") == 3
    assert calls == ["abc", "abc"]


def test_each_document_starts_with_an_empty_direction_memo():
    sentence = "Smith et al. (2015) randomised 40 adults; sertraline 50 mg improved HAMD scores more than placebo."
    docs = [Document(f"d{i}", f"d{i}.txt", "text", "0" * 64, text=sentence, blocks=label_text(sentence),
                     meta=DocumentMeta()) for i in range(2)]
    extract(docs[:1])
    one = parse_direction.cache_info()
    results = extract(docs)
    two = parse_direction.cache_info()
    assert [r.claims[0].direction for r in results] == ["positive", "positive"]
    assert one.misses > 0
    assert (two.hits, two.misses) == (one.hits, one.misses)  # the second document paid for its own reads
