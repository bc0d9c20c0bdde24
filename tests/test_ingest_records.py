"""Bibliographic exports: several records fill Document.studies; JATS references read as a person writes them."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import ingest

MEDLINE_TWO = """PMID- 39100001
TI  - Inositol for panic disorder: a crossover trial.
AB  - METHODS: 32 adults took 18 g/day inositol or placebo. RESULTS: Panic attacks
      fell more on inositol.
AU  - Okafor CN
AU  - Marsh AB
DP  - 2021 Mar
TA  - Invent J Anxiety Res
VI  - 14
PG  - 88-97
LID - 10.5555/ijar.2021.0142 [doi]

PMID- 39100002
TI  - Glycine before bed and sleep quality.
AB  - Eleven volunteers took 3 g glycine or placebo; sleep latency was shorter on
      glycine.
AU  - Halden P
DP  - 2012
TA  - Invent Sleep Res
VI  - 5
PG  - 101-8
"""

PUBMED_TWO = b"""<?xml version="1.0"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation><PMID>39100003</PMID><Article>
<Journal><JournalIssue><Volume>3</Volume><PubDate><Year>2019</Year></PubDate></JournalIssue><ISOAbbreviation>Invent Nutr Rep</ISOAbbreviation></Journal>
<ArticleTitle>Glycine and subjective sleep quality.</ArticleTitle>
<Abstract><AbstractText>Twenty-four adults took 5 g glycine or placebo; PSQI did not differ.</AbstractText></Abstract>
<AuthorList><Author><LastName>Brandt</LastName><Initials>E</Initials></Author></AuthorList>
</Article></MedlineCitation></PubmedArticle>
<PubmedArticle><MedlineCitation><PMID>39100004</PMID><Article>
<Journal><JournalIssue><Volume>9</Volume><PubDate><Year>2016</Year></PubDate></JournalIssue><ISOAbbreviation>Invent J Occup Health</ISOAbbreviation></Journal>
<ArticleTitle>Glycine and fatigue in shift workers.</ArticleTitle>
<ELocationID EIdType="doi">10.5555/ijoh.2016.44</ELocationID>
<Abstract><AbstractText Label="METHODS">60 nurses took 3 g glycine or placebo.</AbstractText>
<AbstractText Label="RESULTS">Next-day fatigue was lower on glycine.</AbstractText></Abstract>
<AuthorList><Author><LastName>Ortiz</LastName><Initials>L</Initials></Author><Author><LastName>Kumar</LastName><Initials>R</Initials></Author></AuthorList>
</Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""


def test_medline_export_of_several_records_lists_each_study(tmp_path: Path) -> None:
    path = tmp_path / "export.nbib"
    path.write_text(MEDLINE_TWO, encoding="utf-8")
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "medline"
    assert not doc.meta.is_study and doc.meta.abstract_start is None
    first, second = doc.studies
    assert (first.title, first.authors, first.year, first.journal) == (
        "Inositol for panic disorder: a crossover trial.", ["Okafor CN", "Marsh AB"], 2021, "Invent J Anxiety Res"
    )
    assert (first.doi, first.pmid, second.pmid, second.doi) == ("10.5555/ijar.2021.0142", "39100001", "39100002", None)
    assert doc.text[first.abstract_start : first.abstract_end] == (
        "METHODS: 32 adults took 18 g/day inositol or placebo. RESULTS: Panic attacks fell more on inositol."
    )
    assert doc.text[second.abstract_start : second.abstract_end].startswith("Eleven volunteers took 3 g glycine")
    assert first.abstract_end < second.abstract_start


def test_pubmed_xml_of_several_articles_lists_each_study(tmp_path: Path) -> None:
    path = tmp_path / "set.xml"
    path.write_bytes(PUBMED_TWO)
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "pubmed-xml"
    assert doc.meta.title is None
    assert [(s.pmid, s.authors, s.year) for s in doc.studies] == [
        ("39100003", ["Brandt E"], 2019), ("39100004", ["Ortiz L", "Kumar R"], 2016)
    ]
    second = doc.studies[1]
    assert doc.text[second.abstract_start : second.abstract_end] == (
        "METHODS: 60 nurses took 3 g glycine or placebo.\n\nRESULTS: Next-day fatigue was lower on glycine."
    )


def test_single_record_keeps_meta_and_no_studies(tmp_path: Path) -> None:
    path = tmp_path / "one.nbib"
    path.write_text(MEDLINE_TWO.split("\n\n")[0] + "\n", encoding="utf-8")
    doc = ingest(str(path))
    assert doc.meta.pmid == "39100001" and doc.meta.is_study
    assert doc.studies == []


JATS_REFS = b"""<?xml version="1.0" encoding="UTF-8"?>
<article><front><journal-meta><journal-title>Invented Journal of Sleep</journal-title></journal-meta>
<article-meta><title-group><article-title>Glycine and sleep: a review</article-title></title-group></article-meta></front>
<body><sec><title>Introduction</title>
<p>Glycine shortened sleep latency<xref ref-type="bibr" rid="r1">1</xref>,<xref ref-type="bibr" rid="r2">2</xref> and fatigue
<xref ref-type="bibr" rid="r2">2</xref>&#8211;<xref ref-type="bibr" rid="r4">4</xref>; see also [<xref ref-type="bibr" rid="r3">3</xref>]
and <xref ref-type="fig" rid="f1">Figure 1</xref>.</p></sec></body>
<back><ref-list><title>References</title>
<ref id="r1"><label>1</label><mixed-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Halden</surname><given-names>Paul</given-names></name><name><surname>Moreau</surname><given-names>S.</given-names></name></person-group><year>2012</year><article-title>Glycine before bed and sleep architecture</article-title><source>Invent Sleep Res</source><volume>5</volume><fpage>101</fpage><lpage>8</lpage></mixed-citation></ref>
<ref id="r2"><label>2</label><mixed-citation><string-name><surname>Ortiz</surname> <given-names>L</given-names></string-name>, <string-name><surname>Kumar</surname> <given-names>R</given-names></string-name>, <etal/>. <article-title>Glycine and fatigue in shift workers</article-title>. <source>Invent J Occup Health</source>. <year>2016</year>;<volume>9</volume>:<fpage>44</fpage>-<lpage>51</lpage>.</mixed-citation></ref>
<ref id="r3"><label>3</label><element-citation><person-group><name><surname>Brandt</surname><given-names>Eva</given-names></name></person-group><article-title>Glycine and subjective sleep quality</article-title><source>Invent Nutr Rep</source><year>2019</year><volume>3</volume><issue>1</issue><fpage>12</fpage><lpage>19</lpage><pub-id pub-id-type="doi">10.5555/inr.2019.12</pub-id></element-citation></ref>
<ref id="r4"><label>4</label><mixed-citation>Feld T. An unstructured entry. Invent Rep. 2020;1:1.</mixed-citation></ref>
<ref id="r5"><label>5</label><citation-alternatives><element-citation><person-group><name><surname>Ito</surname><given-names>K</given-names></name></person-group><article-title>Twice written</article-title><source>Invent Rep</source><year>2021</year><volume>2</volume><fpage>3</fpage></element-citation><mixed-citation>Ito K. Twice written. Invent Rep. 2021;2:3.</mixed-citation></citation-alternatives></ref>
</ref-list></back></article>"""


def test_jats_reference_entries_read_as_written_citations(tmp_path: Path) -> None:
    path = tmp_path / "review.xml"
    path.write_bytes(JATS_REFS)
    doc = ingest(str(path))
    entries = [doc.text[b.start : b.end] for b in doc.blocks if b.label == "references"][1:]
    assert entries == [
        "1. Halden P, Moreau S. Glycine before bed and sleep architecture. Invent Sleep Res. 2012;5:101-8.",
        "2. Ortiz L, Kumar R, et al. Glycine and fatigue in shift workers. Invent J Occup Health. 2016;9:44-51.",
        "3. Brandt E. Glycine and subjective sleep quality. Invent Nutr Rep. 2019;3(1):12-19. doi: 10.5555/inr.2019.12.",
        "4. Feld T. An unstructured entry. Invent Rep. 2020;1:1.",
        "5. Ito K. Twice written. Invent Rep. 2021;2:3.",
    ]


def test_jats_bibliography_cross_references_become_markers(tmp_path: Path) -> None:
    path = tmp_path / "review.xml"
    path.write_bytes(JATS_REFS)
    doc = ingest(str(path))
    assert "Glycine shortened sleep latency[1,2] and fatigue [2–4]; see also [3] and Figure 1." in doc.text


def test_jats_cross_references_inside_brackets_the_author_wrote_stay_one_marker(tmp_path: Path) -> None:
    xref = '<xref ref-type="bibr" rid="r{0}">{0}</xref>'
    body = (f"<p>Both trials agreed [{xref.format(1)},{xref.format(2)}] and a third disagreed ({xref.format(3)}, "
            f"{xref.format(4)}); later work [{xref.format(5)}–{xref.format(7)}] and in 2019 ({xref.format(8)}).</p>")
    path = tmp_path / "paper.xml"
    path.write_bytes(JATS_REFS.replace(
        b"<p>Glycine shortened", body.encode() + b"<p>Glycine shortened", 1))
    doc = ingest(str(path))
    assert "Both trials agreed [1,2] and a third disagreed (3, 4); later work [5–7] and in 2019 (8)." in doc.text
