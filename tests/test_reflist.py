"""Reference-list entries: numbering styles, Vancouver and APA parts, non-scholarly entries,
and exact offsets."""

import pytest

from extractors.reflist import parse_reference_list

VANCOUVER = """References
1. Marsh AB, Okafor C, Lee D. Sertraline augmentation of exposure therapy in panic disorder. J Psychiatr Res. 2015;12(3):45-50. doi:10.1016/j.jpsychires.2015.01.002. PMID: 25612345.
2. Okafor C, et al. A pilot trial of yoga for sleep. Lancet Psychiatry. 2019;6:100-8.
3. Garcia-López M, Müller T. Does caffeine worsen panic? Eur Psychiatry 2010; 25: 1-5
   Available from: https://example.org/paper
"""

APA = """Linked references
Smith, J. A., van der Berg, K., & Lee, D. (2013). Cognitive therapy for anxiety: A randomized trial. Journal of Anxiety Disorders, 27(4), 100–110. https://doi.org/10.1016/j.janxdis.2013.02.001
O'Brien, P. (2020a). Ketamine and depression. Psychological Medicine, 50, 1-9.
"""


def _entries(text):
    entries = parse_reference_list(text, [(0, len(text))], "doc-1")
    for entry in entries:
        assert text[entry.start:entry.end] == entry.text
    return entries


def test_vancouver_numbered_entries():
    first, second, third = _entries(VANCOUVER)
    assert first.marker == "1" and first.authors == ["Marsh AB", "Okafor C", "Lee D"]
    assert (first.year, first.venue) == (2015, "J Psychiatr Res")
    assert first.title == "Sertraline augmentation of exposure therapy in panic disorder"
    assert (first.doi, first.pmid) == ("10.1016/j.jpsychires.2015.01.002", "25612345")
    assert second.authors == ["Okafor C"] and second.year == 2019 and second.venue == "Lancet Psychiatry"
    assert third.authors == ["Garcia-López M", "Müller T"] and third.venue == "Eur Psychiatry"
    assert third.text.endswith("https://example.org/paper"), "a wrapped line belongs to its entry"
    assert all(e.nonscholarly is None for e in (first, second, third))


def test_apa_unnumbered_entries():
    smith, obrien = _entries(APA)
    assert smith.marker is None and smith.authors == ["Smith JA", "van der Berg K", "Lee D"]
    assert (smith.year, smith.title) == (2013, "Cognitive therapy for anxiety: A randomized trial")
    assert smith.venue == "Journal of Anxiety Disorders" and smith.doi == "10.1016/j.janxdis.2013.02.001"
    assert obrien.authors == ["O'Brien P"] and obrien.year == 2020 and obrien.venue == "Psychological Medicine"


@pytest.mark.parametrize(
    "line, marker",
    [("[4] Doe J. A title. BMJ. 2001;1:1.", "4"), ("4) Doe J. A title. BMJ. 2001;1:1.", "4"),
     ("4. Doe J. A title. BMJ. 2001;1:1.", "4"), ("  12. Doe J. A title. BMJ. 2001;1:1.", "12")],
)
def test_numbering_styles(line, marker):
    (entry,) = _entries(line)
    assert entry.marker == marker and entry.authors == ["Doe J"] and entry.year == 2001


def test_one_block_per_entry_reads_like_one_block():
    text = "1. Doe J. First. BMJ. 2001;1:1.\n\n2. Roe K. Second. BMJ. 2002;2:2.\n"
    whole = parse_reference_list(text, [(0, len(text))], "d")
    split = parse_reference_list(text, [(0, 31), (33, len(text) - 1)], "d")
    assert [(e.marker, e.start, e.end) for e in whole] == [(e.marker, e.start, e.end) for e in split]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("5. https://www.youtube.com/watch?v=abc123", "video"),
        ("5. Dr Bob explains sleep. https://youtu.be/abc", "video"),
        ("5. Vimeo talk https://vimeo.com/123", "video"),
        ("5. https://www.tiktok.com/@sleepdoc/video/1", "video"),
        ("5. Post by Dr Bob https://facebook.com/drbob/posts/1", "social"),
        ("5. https://x.com/drbob/status/1", "social"),
        ("5. https://www.instagram.com/p/abc", "social"),
        ("5. Thread https://www.reddit.com/r/insomnia/comments/1", "forum"),
        ("5. https://forums.sleepnet.com/thread/1", "forum"),
        ("5. Healthline.com", "site name"),
        ("5. WebMD", "site name"),
        ("5. Mayo Clinic", "site name"),
        ("5. https://www.healthline.com/nutrition/melatonin", "site name"),
    ],
)
def test_nonscholarly_entries_are_kept_and_marked(line, kind):
    (entry,) = _entries(line)
    assert entry.nonscholarly == kind


@pytest.mark.parametrize(
    "line",
    ["5. https://pubmed.ncbi.nlm.nih.gov/25612345/", "5. World Health Organization. Depression fact sheet. 2021."],
)
def test_scholarly_or_institutional_entries_are_not_marked(line):
    (entry,) = _entries(line)
    assert entry.nonscholarly is None


def test_headings_are_not_entries():
    assert _entries("References\n\nBibliography:\n") == []


@pytest.mark.parametrize(
    "line, marker",
    [("[^nr]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "nr"),
     ("[^1]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "1"),
     ("[^smith2020]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "smith2020"),
     ("[^note-3]:Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "note-3")],
)
def test_a_markdown_footnote_definition_is_an_entry_with_its_label(line, marker):
    (entry,) = _entries(line)
    assert entry.marker == marker and entry.authors == ["Okoro U", "Falk J"] and entry.year == 2025
