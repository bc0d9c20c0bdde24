"""Extract the claims of a plain-text document, its blocks labelled as ingest labels them."""

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Document, DocumentMeta


def text_claims(text: str) -> list:
    """The claims of ``text``, each checked to slice exactly its evidence out of the text."""
    (result,) = extract([Document("d", "d.txt", "text", "0" * 64, text=text, blocks=label_text(text), meta=DocumentMeta())])
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims
