"""Author lines with affiliation marks are metadata, and their marks are no citations."""

import pytest

from extractors import extract
from extractors.blocks import classify_block, label_text
from pipeline.model import Document


@pytest.mark.parametrize(
    "line",
    [
        "Greta Lindholm¹, Tomasz Wierzba², Aisha Bello¹*",
        "Greta Lindholm1,2, Tomasz Wierzba3",
        "Lindholm G¹, Wierzba T², Bello A¹",
        "Greta Lindholm-Aas1, Tomasz Wierzba2 and Aisha Bello1,3",
        "Greta Lindholm[1,2], Tomasz Wierzba[3]",
        "Lindholm G^1^, Wierzba T^2^",
        "Jonas Weißmann¹, Ola Strauß², Birte Kühn¹",
        "Dhanesh Shepard 1,, Chitra Kalwar 1, Prakash Gadre 2, Satya Karanth 3",
        "Cora Barbosa-Lind 1, Morton B Brown 2, Joan DeBusscher 4, Betsy Fox 1,",
        "Anne LeBlanc1, Tom VanDyke2, Rita DiMaggio3",
    ],
)
def test_author_lines_with_affiliation_marks_are_metadata(line):
    assert classify_block(line) == "metadata"


def test_an_author_line_yields_no_claim_even_with_numbered_references():
    text = ("Lowering blood pressure in the very old\n"
            "Greta Lindholm¹, Tomasz Wierzba², Aisha Bello¹\n"
            "\n"
            "In the HYVO trial, 402 adults over 85 were randomised to perindopril or placebo [1].\n"
            "\n"
            "References\n"
            "1. Lindholm G, Wierzba T. Perindopril in the very old. J Invent Cardiol. 2020;3:1-9.\n")
    document = Document("doc-a", "a.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    claims = extract([document])[0].claims
    assert [c.study.markers for c in claims] == [["1"]]
    assert claims[0].evidence.text.startswith("In the HYVO trial")


def test_an_author_line_left_in_the_body_is_no_claim():
    from pipeline.model import Block

    text = "Greta Lindholm¹, Tomasz Wierzba², Aisha Bello¹"
    document = Document("doc-b", "b.html", "html", "0" * 64, text=text, blocks=[Block(0, len(text), "main", "paragraph")])
    assert extract([document])[0].claims == []


def test_a_bracketed_affiliation_line_in_the_body_is_no_claim_but_a_cited_sentence_is():
    from pipeline.model import Block

    text = "Greta Lindholm[1], Tomasz Wierzba[2]\n\nLindholm and Wierzba [3] randomised 80 adults to perindopril or placebo."
    first = text.index("\n")
    document = Document("doc-c", "c.html", "html", "0" * 64, text=text,
                        blocks=[Block(0, first, "main", "paragraph"), Block(first + 2, len(text), "main", "paragraph")])
    (claim,) = extract([document])[0].claims
    assert claim.study.markers == ["3"]


def test_a_footnote_definition_under_a_reviews_heading_is_a_reference_entry():
    text = ("The pellet cut lameness scores in 48 horses.[^2]\n\n"
            "## Customer reviews\n\n"
            "Lovely product, my mare loves it. - Ann\n\n"
            "[^2]: Sato K, Brennan O. Mussel lipids in equine chondrocytes.\nVet Immunol Cell Biol. 2023;12:201-8.\n")
    labels = {text[b.start:b.end]: b.label for b in label_text(text)}
    assert labels["[^2]: Sato K, Brennan O. Mussel lipids in equine chondrocytes."] == "references"
    assert labels["Vet Immunol Cell Biol. 2023;12:201-8."] == "references"
    assert labels["Lovely product, my mare loves it. - Ann"] == "comments"


def test_a_pmc_masthead_over_its_citation_line_is_metadata():
    journal = "Invented Infectious Diseases: An Official Publication of the Invented Infectious Diseases Society"
    text = (f"{journal} logoLink to {journal}\n"
            ". 2011 Jan 1;52(1):23-30. doi: 10.5555/ijinf/ciq073\n\n"
            "Juice fails to prevent recurrent infection: a randomized trial\n")
    labels = [b.label for b in label_text(text)]
    assert labels[0] == "metadata" and labels[-1] == "main"


def test_prose_opening_like_a_byline_or_naming_a_university_is_body_text() -> None:
    for lede in (
        "A new study from the University of Leeds, published in the journal Obesity Facts, found that semaglutide led to weight loss.",
        "Researchers at Karolinska Institute, Stockholm, reported that 8 weeks of yoga eased back pain.",
        "By the end of the study, 62% of the patients had improved.",
        "by week 12, most children slept longer on melatonin.",
    ):
        (block, _) = label_text(lede + "\n\nThe body goes on here.")
        assert block.label == "main", lede
    for line in ("By Jane Doe, health reporter", "Department of Psychiatry, University of Oslo, Oslo, Norway"):
        (block, _) = label_text(line + "\n\nThe body goes on here.")
        assert block.label == "metadata", line
