"""Readers' posts a page quotes as paragraphs of its own.

A blog or news page often reprints what people wrote on a forum, a Facebook group or under
an article: a paragraph that introduces them ("The responses on the forum ranged from ...",
"Here is what members of our group posted:"), then each post as a paragraph wholly inside
quotation marks. Each quoted post is one person's account, read as a comment (its claims
carry context ``comment``), not as the page's own prose; a press quote that ends on its
speaker ("..., said Dr Reyes.") is not wholly quoted and stays prose.
"""

from __future__ import annotations

import re

_OPENING_QUOTES = "\"“"
_CLOSING_QUOTES = "\"”"
# Where posts come from or who wrote them, in the paragraph that introduces them.
_POSTED = re.compile(
    r"\b(?:forums?|facebook|message\s+boards?|online\s+(?:group|community)|support\s+group|comments?\s+(?:section|thread)|"
    r"(?:readers?|members?|users?|followers?|customers?|commenters?|posters?)\b[^.]{0,80}?\b(?:wrote|write|writes|posted|"
    r"post|shared|share|said|say|commented|replied|responded|told)|responses|replies|testimonials?|reviews)\b",
    re.IGNORECASE)


def _wholly_quoted(paragraph: str) -> bool:
    """Whether a paragraph opens and closes on quotation marks (a trailing ellipsis or
    bracketed note aside is not allowed: the post must be all of it)."""
    return len(paragraph) > 2 and paragraph[0] in _OPENING_QUOTES and paragraph[-1] in _CLOSING_QUOTES


def quotes_a_post(paragraph: str, before: str, before_is_post: bool) -> bool:
    """Whether ``paragraph`` is a reader's post the page quotes: wholly inside quotation
    marks, right after a paragraph that introduces posts or after another such post."""
    if not _wholly_quoted(paragraph):
        return False
    return before_is_post or _POSTED.search(before) is not None
