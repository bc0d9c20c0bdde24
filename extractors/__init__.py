"""Claim extraction: ``extract(docs)`` turns ingested Documents into claims and
reference-list entries; ``build_nlp()`` gives the spaCy pipeline it runs on."""

from extractors.pipeline import build_nlp, extract

__all__ = ["build_nlp", "extract"]
