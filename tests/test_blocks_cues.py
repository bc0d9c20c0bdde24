"""Saved-text chrome found since round 5: forum and review threads, shop controls, live-blog and conference lines."""

from __future__ import annotations

from pathlib import Path

from extractors.blocks import classify_block, is_comment_header, label_text, starts_comment_thread
from pipeline.ingest import ingest


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.label, text[b.start : b.end]) for b in label_text(text)]


def label_of(text: str, line: str) -> str:
    return next(label for label, block in labelled(text) if block == line)


THREAD = """Is melatonin safe for teenagers?

Our pharmacist answers: short courses of 1 to 3 mg are generally well tolerated, and a 2019 trial in 60 adolescents found shorter sleep onset than with placebo.

Posted by garden_gran
My grandson took 3 mg for a month and it helped him settle.
Reply · Like · 12 likes

Mo Farouk replied
Ours got vivid dreams on 5 mg.
Reply · Like · 3 likes
"""


def test_handle_posted_by_opens_a_thread_and_its_chrome_stays_in_it() -> None:
    assert label_of(THREAD, "Posted by garden_gran") == "comments"
    assert label_of(THREAD, "My grandson took 3 mg for a month and it helped him settle.") == "comments"
    assert label_of(THREAD, "Mo Farouk replied") == "comments"
    assert label_of(THREAD, "Reply · Like · 3 likes") == "comments"
    assert label_of(THREAD, THREAD.split("\n\n")[1]) == "main"


def test_the_articles_own_byline_does_not_open_a_thread() -> None:
    assert not starts_comment_thread("Posted by Dana Whitfield")
    assert not starts_comment_thread("Posted by Dr. Jane Smith on March 3, 2024")
    assert starts_comment_thread("Posted by keith_1957")
    assert starts_comment_thread("Posted by nightowl · 3 days ago")


REVIEWS = """Magnesium Glycinate 400 mg

Each capsule provides 200 mg of elemental magnesium in a gentle chelated form for daily use.

★★★★★ Finally sleeping through the night
Reviewed in Exampleland on 2 February 2025
Verified Purchase
I fall asleep faster and wake up less.
31 people found this helpful
Helpful   Report
"""


def test_review_lines_are_thread_chrome() -> None:
    for line in ("★★★★☆ Calmer days", "Rated 4 out of 5 stars", "Reviewed in Exampleland on 2 February 2025",
                 "31 people found this helpful", "Helpful (4) · Report", "Like · Reply", "Joined: Mar 2019", "Posts: 142",
                 "Quote", "Report post"):
        assert is_comment_header(line), line
    assert label_of(REVIEWS, "I fall asleep faster and wake up less.") == "comments"
    assert label_of(REVIEWS, "Helpful   Report") == "comments"
    assert label_of(REVIEWS, REVIEWS.split("\n\n")[1]) == "main"


def test_shop_controls_are_boilerplate() -> None:
    for line in ("Quantity", "Quantity: 1", "Qty 2", "Buy it now", "Add to bag", "Buy 2, get 1 free — this week only",
                 "Only 3 left in stock", "Dispatches from and sold by Invented Naturals Ltd", "Page 214 of 388"):
        assert classify_block(line) == "boilerplate", line
    assert classify_block("The quantity of sleep rose by 40 minutes in the treated group of 60 adults.") is None


def test_live_blog_times_are_metadata() -> None:
    for line in ("14:05 GMT", "9.42am", "16:20 BST", "Updated 10 min ago", "3 hours ago"):
        assert classify_block(line) == "metadata", line
    assert classify_block("14:05 GMT: hospitals report more admissions among older adults.") is None


CONFERENCE = """INVENTED SOCIETY OF SLEEP MEDICINE - ANNUAL MEETING 2024
Poster Session III | Friday, June 7, 2024 | Hall C
Abstract P-118

MELATONIN FOR DELIRIUM PREVENTION AFTER HIP FRACTURE SURGERY: A PILOT TRIAL

Amara Osei*1, Lukas Brandt2, Mei Chen1
1Invented General Hospital, Exampleton; 2Invented Institute of Ageing, Exampleton

Background: Delirium after hip fracture is common. Methods: 80 patients were randomized to 3 mg melatonin or placebo for five nights.

Disclosures: A. Osei has received travel support from an invented company.
Supported by: Invented Health Fund grant 0001.

Abstracts are published as submitted and have not been peer reviewed.
"""


def test_conference_abstract_front_matter_and_disclosures() -> None:
    blocks = labelled(CONFERENCE)
    assert blocks[0][0] == "metadata" and blocks[0][1].startswith("INVENTED SOCIETY")
    assert label_of(CONFERENCE, "Amara Osei*1, Lukas Brandt2, Mei Chen1") == "metadata"
    assert label_of(CONFERENCE, "Disclosures: A. Osei has received travel support from an invented company.") == "metadata"
    assert label_of(CONFERENCE, "Supported by: Invented Health Fund grant 0001.") == "metadata"
    assert label_of(CONFERENCE, "Abstracts are published as submitted and have not been peer reviewed.") == "boilerplate"
    assert any(label == "main" and text.startswith("Background: Delirium") for label, text in blocks)


def test_html_site_name_from_title_or_og_site_name_is_boilerplate(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Sleep and melatonin | The Invented Herald</title></head><body>"
        "<div class='masthead'>The Invented Herald</div><h1>Sleep and melatonin</h1>"
        "<p>A 2019 trial gave 60 adolescents 3 mg melatonin or placebo and found shorter sleep onset.</p>"
        "<details><summary>Shipping &amp; returns</summary><p>Free delivery over 30 EUR.</p></details></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page))
    labels = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    assert labels["The Invented Herald"] == "boilerplate"
    assert labels["Sleep and melatonin"] == "main"
    assert labels["Shipping & returns"] == labels["Free delivery over 30 EUR."] == "boilerplate"


def test_a_heading_named_in_the_title_stays_main(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Glycine | Technical guides | Invented Amino Supply</title></head><body>"
        "<h1>Glycine</h1><p>Glycine is an amino acid studied for sleep in several small trials.</p></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page))
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.label == "main"][0] == "Glycine"
