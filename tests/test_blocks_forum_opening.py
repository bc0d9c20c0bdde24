"""A forum thread's opening post is the page's body; the replies under it are the thread."""

from __future__ import annotations

import pytest

from extractors.blocks import label_text
from pipeline.ingest.html import read_html


def _label_of(blocks, text: str, needle: str) -> str:
    return next(b.label for b in blocks if needle in text[b.start : b.end])


@pytest.mark.parametrize("poster", ["headachehannah", "night_owl_77", "@sleepless.sam", "kayak-dad"])
@pytest.mark.parametrize("separator", [" · 3 Feb 2025", " - 12 March 2024", ", 2 days ago", ""])
def test_text_forum_opening_post_is_main_and_replies_are_comments(poster: str, separator: str) -> None:
    text = (
        "Has anyone tried magnesium glycinate for sleep?\n\n"
        f"Posted by {poster}{separator}\n\n"
        "My GP mentioned a trial (Abbasi 2012) where 500 mg daily improved sleep efficiency in older adults. Worth it?\n\n"
        f"Posted by other_user_{len(poster)}{separator}\n\n"
        "I take 200 mg a night and fall asleep faster.\n"
    )
    blocks = label_text(text)
    assert _label_of(blocks, text, "My GP mentioned") == "main"
    assert _label_of(blocks, text, "I take 200 mg") == "comments"


@pytest.mark.parametrize("wrapper", ['<div class="post">{}</div>', '<article class="topic">{}</article>', "<div>{}</div>"])
def test_html_forum_opening_post_is_main(wrapper: str) -> None:
    post = ("<p>Posted by tinnitus_tom &middot; 8 May 2025</p>"
            "<p>A 2021 trial in 120 adults (Moreno 2021) found sound therapy lowered THI scores. Anyone tried it?</p>")
    html = ("<html><body><h1>Sound therapy for tinnitus?</h1>" + wrapper.format(post)
            + '<div class="comments"><div class="comment"><p><b>ears_ringing</b> &middot; 9 May 2025</p>'
            "<p>I used it for 6 months and it helped a lot.</p></div></div></body></html>")
    document = read_html(html.encode())
    assert _label_of(document.blocks, document.text, "A 2021 trial") == "main"
    assert _label_of(document.blocks, document.text, "I used it for 6 months") == "comments"


def test_poster_line_after_the_article_still_opens_the_thread() -> None:
    text = (
        "Melatonin and jet lag\n\n"
        "A Cochrane review of 10 trials found melatonin 0.5-5 mg reduced jet lag after eastward flights.\n\n"
        "Posted by jetsetjane - 4 June 2024\n\n"
        "I took 3 mg on arrival and slept fine.\n"
    )
    blocks = label_text(text)
    assert _label_of(blocks, text, "A Cochrane review") == "main"
    assert _label_of(blocks, text, "I took 3 mg") == "comments"
