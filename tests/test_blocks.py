"""Plain-text labelling: segmentation keeps offsets; each genre's chrome gets its label."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.blocks import classify_block, is_comment_header, label_text, section_label

VENDOR_PAGE = """Home
Products
Research Chemicals
Contact

Rhodiola Rosea Extract (3% Rosavins)

Catalog No. RR-0301    Get Quote    Request Custom Synthesis

Rhodiola rosea is an adaptogenic herb studied in stress-related fatigue. In a randomized trial, Marsh et al. (2015)
gave 48 adults 200 mg twice daily for eight weeks; anxiety scores on the HAMA fell more than with placebo [1].

Study\tN\tDose\tComparator\tOutcome
Marsh 2015\t48\t200 mg bid\tplacebo\tHAMA
Lee 2018\t60\t400 mg/day\tplacebo\tPSS

For research use only. Not intended for human consumption.

Acme Biochem Inc., 1200 Harbor Street, Boston, MA 02110
Tel: +1 (617) 555-0142 | Email: orders@acme-biochem.example

References
[1] Marsh AB, Okafor C. Rhodiola rosea in generalized anxiety. J Invent Psychiatry. 2015;76(3):123-9.
[2] Lee K, Park S. Rhodiola and perceived stress. Phytomedicine Rep. 2018;40:1-8.

© 2024 Acme Biochem. All rights reserved. Privacy Policy | Terms of Use
"""

BLOG_WITH_COMMENTS = """Does ashwagandha really help you sleep?

Posted on March 1, 2024 by Dana Whitfield

A 2019 study in the Journal of Invented Sleep found that 60 adults taking 600 mg of ashwagandha fell asleep faster.
Most people notice a difference within two weeks, according to the study.

Share this:
Facebook
Twitter
Pinterest

14 Comments

Maria K. says:
March 2, 2024 at 9:14 pm
I tried 300 mg every night and my sleep got so much better!
Reply

Tom R. says:
March 3, 2024 at 7:02 am
Did nothing for me after a month.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
"""

ABSTRACT_PAGE_TEXT = """Skip to main content
Journal of Invented Psychiatry

Saffron for mild depression: a randomized trial

Nadia Rahimi, Jan H. van der Berg, Lucia Ortega
Department of Psychiatry, University of Nowhere, Springfield, Exampleland
J Invent Psychiatry. 2021;12(3):101-9
doi: 10.1000/jip.2021.3

Abstract
Background: Saffron has been proposed for mild depression. Methods: 60 adults were randomized to 30 mg/day
or placebo for eight weeks. Results: HAMD scores fell more with saffron (p = 0.01).

Keywords: saffron; depression; randomized controlled trial
Download PDF
Email to a librarian
Click to download full resolution image

Linked references
Akhondzadeh S, et al. Crocus sativus in the treatment of mild to moderate depression. 2005.
Hausenblas HA, et al. Saffron supplementation and depression: a meta-analysis. 2013.
"""


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.label, text[b.start : b.end]) for b in label_text(text)]


def with_label(text: str, label: str) -> str:
    return "\n".join(t for lab, t in labelled(text) if lab == label)


def test_blocks_tile_the_text_in_order() -> None:
    for text in (VENDOR_PAGE, BLOG_WITH_COMMENTS, ABSTRACT_PAGE_TEXT, VENDOR_PAGE.replace("\n", "\r\n")):
        previous = 0
        for block in label_text(text):
            assert previous <= block.start < block.end <= len(text)
            assert text[block.start : block.end] == text[block.start : block.end].strip(" \r\n")
            previous = block.end
        covered = "".join(text[b.start : b.end] for b in label_text(text))
        assert "".join(covered.split()) == "".join(text.split())


def test_vendor_page_chrome_is_boilerplate_and_content_stays_main() -> None:
    boilerplate = with_label(VENDOR_PAGE, "boilerplate")
    for chrome in ("Home", "Research Chemicals", "Get Quote", "For research use only", "1200 Harbor Street",
                   "orders@acme-biochem.example", "All rights reserved"):  # fmt: skip
        assert chrome in boilerplate
    main = with_label(VENDOR_PAGE, "main")
    assert "Marsh et al. (2015)\ngave 48 adults 200 mg" in main  # a wrapped paragraph is one block
    assert "Marsh 2015\t48\t200 mg bid\tplacebo\tHAMA" in main
    kinds = {VENDOR_PAGE[b.start : b.end]: b.kind for b in label_text(VENDOR_PAGE)}
    assert kinds["Study\tN\tDose\tComparator\tOutcome"] == "table_header"
    assert kinds["Lee 2018\t60\t400 mg/day\tplacebo\tPSS"] == "table_row"
    references = with_label(VENDOR_PAGE, "references")
    assert references.startswith("References\n[1] Marsh AB") and "[2] Lee K" in references


def test_blog_comment_thread_is_comments_and_share_widget_boilerplate() -> None:
    comments = with_label(BLOG_WITH_COMMENTS, "comments")
    assert "Maria K. says:" in comments and "I tried 300 mg every night" in comments
    assert "Did nothing for me after a month." in comments and "Reply" in comments
    boilerplate = with_label(BLOG_WITH_COMMENTS, "boilerplate")
    assert all(s in boilerplate for s in ("Share this:", "Facebook", "Leave a Reply", "Required fields"))
    main = with_label(BLOG_WITH_COMMENTS, "main")
    assert "A 2019 study in the Journal of Invented Sleep" in main and "says:" not in main
    assert "Posted on March 1, 2024 by Dana Whitfield" not in comments  # a post date is not a comment


def test_abstract_page_metadata_widgets_and_linked_references() -> None:
    metadata = with_label(ABSTRACT_PAGE_TEXT, "metadata")
    for line in ("Nadia Rahimi, Jan H. van der Berg, Lucia Ortega", "Department of Psychiatry",
                 "J Invent Psychiatry. 2021;12(3):101-9", "doi: 10.1000/jip.2021.3", "Keywords:"):  # fmt: skip
        assert line in metadata
    boilerplate = with_label(ABSTRACT_PAGE_TEXT, "boilerplate")
    for widget in ("Skip to main content", "Download PDF", "Email to a librarian", "Click to download full resolution"):
        assert widget in boilerplate
    assert "Background: Saffron" in with_label(ABSTRACT_PAGE_TEXT, "main")
    assert with_label(ABSTRACT_PAGE_TEXT, "references").startswith("Linked references\nAkhondzadeh S")


def test_section_headings_and_comment_headers() -> None:
    assert section_label("## 5. References") == "references"
    assert section_label("Cite this article:") == "references"
    assert section_label("23 thoughts on “Ashwagandha and sleep”") == "comments"
    assert section_label("Related posts") == "boilerplate"
    assert section_label("Results") == "main"
    assert section_label("Rhodiola improves fatigue") is None
    assert is_comment_header("Jane D. says:")
    assert is_comment_header("March 3, 2024 at 9:14 pm")
    assert is_comment_header("Sam — 3 days ago")
    assert not is_comment_header("March 3, 2024")
    assert not is_comment_header("Participants said the dose was tolerable.")


def test_prose_mentioning_contact_words_is_not_boilerplate() -> None:
    long_prose = (
        "Guidelines recommend sertraline first; in a trial of 120 adults, patients who could contact their "
        "therapist between sessions improved more on the PDSS than those on waitlist, and the effect persisted "
        "at six months in the per-protocol analysis reported by the investigators."
    )
    assert classify_block(long_prose) is None
    assert classify_block("Add to cart") == "boilerplate"
    assert classify_block("Not intended for human consumption.") == "boilerplate"
    assert classify_block("Received: 2 May 2021; Accepted: 9 August 2021") == "metadata"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_label_text_never_raises_and_blocks_stay_in_bounds(text: str) -> None:
    previous = 0
    for block in label_text(text):
        assert previous <= block.start < block.end <= len(text)
        previous = block.end


def test_prose_with_an_inline_doi_link_stays_main() -> None:
    sentence = "Not every result is positive: a pilot ([Berg & Ilves, 2020](https://doi.org/10.5555/jts.2020.0512)) found no difference."
    assert classify_block(sentence) is None


def test_site_name_above_the_menu_and_testimonials() -> None:
    text = "The Fasting Files\nArticles   Podcast   Courses   Store   Login\n\nKetogenic diets for migraine\n\n" \
        "\"Sleeping better since week two\" — Verified customer\n"
    labels = labelled(text)
    assert labels[0] == ("boilerplate", "The Fasting Files")
    assert ("comments", "\"Sleeping better since week two\" — Verified customer") in labels
    assert ("main", "Ketogenic diets for migraine") in labels


def test_a_post_timestamp_does_not_open_a_comment_thread() -> None:
    text = "Posted on March 1, 2024 at 10:00 am by Dana\n\nAshwagandha helped 60 adults sleep.\n\n" \
        "The event on March 3, 2024 at 9:14 pm drew a crowd.\n\nMore body text follows here.\n"
    assert [label for label, _ in labelled(text)] == ["metadata", "main", "main", "main"]


def test_markdown_footnote_definitions_are_reference_entries_and_review_is_no_comment_heading() -> None:
    text = (
        "REVIEW\n\n"
        "Tart cherry shortened soreness after downhill running in 24 runners.[^2]\n\n"
        "[^2]: Abara T, Quist M. Tart cherry and muscle damage. Eur J Sport Recov. 2019;7(4):512-520.\n"
        "[^3]: Kellerman A, et al.\n"
    )
    labels = {text[b.start : b.end][:12]: b.label for b in label_text(text)}
    assert labels["Tart cherry "] == "main"
    assert labels["[^2]: Abara "] == "references" and labels["[^3]: Keller"] == "references"


def test_a_disclosures_section_ends_with_its_page() -> None:
    footer = "Sleep Clinic Rounds · for staff only"
    text = (f"Insomnia update\n\n{footer}                    1\n\nDisclosures\n\n• Dr. Moss: consulting fees from Example Pharma\n\n"
            f"{footer}                    2\n\nLemborexant\n\n• Sato 2021 (n=180): lemborexant 5 mg vs placebo, longer sleep\n\n"
            f"{footer}                    3\n\nFunding\n\nSupported by an invented foundation grant.\n")
    labels = dict((body, label) for label, body in labelled(text))
    assert labels["• Dr. Moss: consulting fees from Example Pharma"] == "metadata"
    assert labels["• Sato 2021 (n=180): lemborexant 5 mg vs placebo, longer sleep"] == "main"
    assert labels["Supported by an invented foundation grant."] == "metadata"
