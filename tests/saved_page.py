"""Ingest a page saved to disk, read the own-study abstract ingest found on it, or its claims."""

from pathlib import Path

from extractors import extract
from extractors.blocks import label_text
from pipeline.ingest import ingest
from pipeline.model import Claim, Document


def ingest_page(tmp_path: Path, page: str, name: str = "page.txt") -> Document:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return ingest(str(path))


def own_abstract(doc: Document) -> str:
    meta = doc.meta
    assert meta.is_study and meta.abstract_start is not None and meta.abstract_end is not None
    return doc.text[meta.abstract_start:meta.abstract_end]


def page_claims(tmp_path: Path, page: str, name: str = "page.txt") -> list[Claim]:
    """The claims extracted from ``page`` saved as ``name`` (its suffix picks the reader)."""
    (result,) = extract([ingest_page(tmp_path, page, name)])
    return result.claims


def assert_one_comment_claim_per_reply(tmp_path: Path, page: str, opening: tuple[str, str],
                                       helped: tuple[str, str], null: tuple[str, str]) -> None:
    """A saved thread of (handle, body) posts: the opening post is the page body, each reply one comment claim
    with its dose, and the reply it did nothing for reads null."""
    labels = {page[b.start:b.end][:25]: b.label for b in label_text(page)}
    assert labels[opening[1][:25]] == "main"
    assert labels[helped[1][:25]] == "comments"
    claims = page_claims(tmp_path, page, "thread.txt")
    by_post = {post[1][:25]: [c for c in claims if c.evidence.text.startswith(post[1][:25])] for post in (helped, null)}
    assert all(len(found) == 1 for found in by_post.values()), [c.evidence.text for c in claims]
    assert all(found[0].context == "comment" and found[0].dose for found in by_post.values())
    assert by_post[null[1][:25]][0].direction == "null"
