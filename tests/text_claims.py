"""Extract the claims of a plain-text document, its blocks labelled as ingest labels them."""

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Document, DocumentMeta


def text_claims(text: str) -> list:
    (result,) = extract([Document("d", "d.txt", "text", "0" * 64, text=text, blocks=label_text(text), meta=DocumentMeta())])
    return result.claims
