"""Extract the table claims of a markdown table written line by line (header first)."""

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def table_claims(lines: list[str]) -> list:
    text, blocks = "", []
    for i, line in enumerate(lines):
        start = len(text)
        text += line
        kind = "table_header" if i == 0 else ("line" if set(line) <= set("|-: ") else "table_row")
        blocks.append(Block(start, len(text), "main", kind))
        text += "\n"
    (result,) = extract([Document("doc-t", "doc.md", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())])
    return [c for c in result.claims if c.context == "table"]
