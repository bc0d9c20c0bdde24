"""Wave 24 speed rewrites keep their meaning: each faster pattern or gate matches exactly
where the form it replaced did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import attribution

# Text built from the pieces these patterns turn on: word characters next to "et", dots,
# spaces and line breaks, "al" with and without a word after it, capitals, apostrophes.
PIECES = st.sampled_from(["et", "al", "et al", "et. al", "etal", ".", " ", "\n", "x", "Smith", "SMITH", "ét", "_et",
                          "1et", "-", "'s", "’s", "alia", "AB", ",", "(2015)", "Yet", "Beet", "et\u00a0al"])
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_et_al_opens_on_its_letter_and_matches_as_the_word_boundary_form(text):
    boundary_led = re.compile(r"\bet\.?\s*al\b")
    assert [m.span() for m in attribution._ET_AL.finditer(text)] == [m.span() for m in boundary_led.finditer(text)]


def test_et_al_needs_a_word_start():
    assert attribution._ET_AL.search("Smith et al. (2015)").group(0) == "et al"
    assert attribution._ET_AL.search("Yet al") is None
    assert attribution._ET_AL.search("et alia") is None


from extractors import blocks, sentence_roles  # noqa: E402

HEADLINE_PIECES = st.sampled_from(["Melatonin", " improves", " sleep", " in", " adults", ".", "!", "?", ":", ";", '"', "'",
                                   "”", "’", "]", ")", "(the MINT trial)", "-", "–", "—", "\n", " ", "Results:", "• ",
                                   "key findings", "80%", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(HEADLINE_PIECES, max_size=10).map("".join))
def test_headline_gate_agrees_with_the_pattern(text):
    assert sentence_roles._headline(text) == bool(sentence_roles._HEADLINE.match(text))


def test_headline_gate_reads_titles_and_skips_sentences():
    assert sentence_roles._headline("Glycine ingestion improves sleep quality in human volunteers")
    assert sentence_roles._headline("Saffron for sleep (the SAFE trial)")
    assert not sentence_roles._headline("Glycine ingestion improved sleep quality in 48 volunteers.")


AUTHOR_PIECES = st.sampled_from(["Jane Doe", "Ali Khan", "Doe J", "Khan A", "1", "2", ",", ", ", "¹", "²", " and ", " & ",
                                 "[1]", "^", " MD", " PhD", "1,2", ".", " ", "we", "randomized", "\n", "By ", "Dr "])


@settings(max_examples=400, deadline=None)
@given(st.lists(AUTHOR_PIECES, max_size=10).map("".join))
def test_author_line_order_of_tests_does_not_change_the_answer(text):
    assert blocks.is_author_line(text) == bool(blocks._AFFILIATION_MARKED.search(text) and blocks._AUTHOR_LINE.match(text.strip()))


def test_author_lines():
    assert blocks.is_author_line("Jane Doe1,2, Ali Khan3")
    assert blocks.is_author_line("Doe J¹, Khan A²")
    assert not blocks.is_author_line("Marsh et al. randomized 120 adults [3].")


from extractors import reflist  # noqa: E402

DOI_PIECES = st.sampled_from(["doi", "DOI", ":", " ", "  ", "\t", "\n", "\u00a0", "https://", "http://", "HTTPS://", "dx.",
                              "doi.org/", "DOI.ORG/", "10.", "10.1000/", "1234", "/", "x", "a", "Marsh AB. ", "2015;", "1"])


@settings(max_examples=500, deadline=None)
@given(st.lists(DOI_PIECES, max_size=14).map("".join))
def test_doi_scan_from_the_first_possible_start_finds_every_doi(body):
    if "10." not in body:
        return
    full = [(m.span(), m.group(1)) for m in reflist._DOI.finditer(body)]
    assert [(m.span(), m.group(1)) for m in reflist._DOI.finditer(body, reflist._first_doi_start(body))] == full


def test_doi_start_allows_for_a_link_or_a_spaced_label():
    body = "Marsh AB. Title. J Psychiatr Res. 2015;3:1-9. doi:   10.1000/jpr.123"
    assert reflist._DOI.search(body, reflist._first_doi_start(body)).start() == body.index("doi:")
    link = "Marsh AB. Title. https://dx.doi.org/10.1000/jpr.123"
    assert reflist._DOI.search(link, reflist._first_doi_start(link)).start() == link.index("https")


from extractors import claims  # noqa: E402

BACKTRACKING_SUBHEADING = re.compile(claims._SUBHEADING.pattern.replace("{2,50}+", "{2,50}"), re.IGNORECASE)
SUBHEADING_PIECES = st.sampled_from(["Researchers", "'", "’", " ", "  ", "Summary", "of", "Findings", "-", "*", "#", "\n",
                                     "\t", "Study", "study design", "Part", "x" * 20, ".", ":", "1", "Results", "_"])


@settings(max_examples=500, deadline=None)
@given(st.lists(SUBHEADING_PIECES, max_size=12).map("".join))
def test_possessive_subheading_matches_as_the_backtracking_form(text):
    ours, theirs = claims._SUBHEADING.match(text), BACKTRACKING_SUBHEADING.match(text)
    assert (ours and ours.span()) == (theirs and theirs.span())


def test_subheadings():
    assert claims._SUBHEADING.match("## Researchers' Summary of Findings  *")
    assert claims._SUBHEADING.match("Study design")
    assert not claims._SUBHEADING.match("Part two")
    assert not claims._SUBHEADING.match("Marsh et al. (2015) randomized 120 adults with PTSD to ketamine or placebo.")


MARK_PIECES = st.sampled_from(["(12)", "[3, 4]", ".", " ", "\n", "^", "–", "-", ";", ",", "7", "a", "Marsh", "(", "]"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARK_PIECES, min_size=1, max_size=8).map("".join))
def test_marks_only_fullmatch_agrees_with_nothing_left_after_removing_marks(text):
    assert bool(claims._MARKS_ONLY.fullmatch(text)) == (not claims._MARKS_ONLY.sub("", text))
