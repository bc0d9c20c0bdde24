"""Ingest: every input kind, every bad input, and the provenance rule for blocks."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.ingest import SourceError, discover, ingest, mark_repeated_lines
from pipeline.ingest.ids import doc_id_for
from pipeline.model import Document

LABELS = {"main", "boilerplate", "comments", "references", "metadata"}


def assert_provenance(doc: Document) -> None:
    """Blocks lie inside the text, in order, without overlapping, and are all labelled."""
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(doc.text)
        assert block.label in LABELS
        assert doc.text[block.start : block.end].strip()
        previous_end = block.end
    for page in doc.pages:
        assert 0 <= page.start <= page.end <= len(doc.text)


def block_texts(doc: Document, label: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.label == label]


def make_pdf(path: Path, *, password: str | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Review of rhodiola trials. Marsh et al. (2015) randomized 48 adults to 200 mg or placebo.")
    pdf.ln(4)
    with pdf.table() as table:
        for cells in (["Study", "N", "Dose"], ["Marsh 2015", "48", "200 mg"], ["Lee 2018", "60", "400 mg"]):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Both trials used the HAMA as primary outcome.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Second page: a concluding paragraph.")
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.output(str(path))
    return path


# --- kinds ----------------------------------------------------------------------------------


def test_html_page_labels_by_dom_and_builds_meta(tmp_path: Path) -> None:
    page = tmp_path / "abstract-page.html"
    page.write_text(
        """<!DOCTYPE html><html><head><title>Site title</title>
        <meta name="citation_title" content="Rhodiola for anxiety: a randomized trial">
        <meta name="citation_author" content="Marsh, Anna B."><meta name="citation_author" content="Chidi Okafor">
        <meta name="citation_publication_date" content="2015/03/12"><meta name="citation_doi" content="10.1000/rh.2015.7">
        <meta name="citation_journal_title" content="Journal of Invented Psychiatry">
        <script>document.write("<p>script text</p>")</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/j">Journals</a></nav>
        <div class="cookie-banner">We use cookies to improve your experience.</div>
        <h1>Rhodiola for anxiety</h1><div class="authors">Anna B. Marsh, Chidi Okafor</div>
        <section class="abstract"><h2>Abstract</h2><p>BACKGROUND: Rhodiola is an adaptogen.</p>
        <p>RESULTS: 48 adults improved on the HAMA compared with placebo.</p></section>
        <table><tr><th>Study</th><th>N</th></tr><tr><td>Marsh 2015</td><td>48</td></tr></table>
        <div class="share">Share this article</div>
        <h2>References</h2><ol><li>Lee K. A trial. Phytomedicine. 2018;40:1-8.</li></ol>
        <footer>Contact us: help@example.org</footer></body></html>""",
        encoding="utf-8",
    )
    doc = ingest(str(page))
    assert doc.status == "ok" and doc.kind == "html"
    assert_provenance(doc)
    assert "script text" not in doc.text and "color" not in doc.text
    assert doc.title == "Rhodiola for anxiety: a randomized trial"
    assert doc.meta.authors == ["Marsh AB", "Okafor C"]
    assert (doc.meta.year, doc.meta.doi, doc.meta.journal) == (2015, "10.1000/rh.2015.7", "Journal of Invented Psychiatry")
    abstract = doc.text[doc.meta.abstract_start : doc.meta.abstract_end]
    assert abstract.startswith("BACKGROUND: Rhodiola") and abstract.endswith("compared with placebo.")
    assert "Study\tN\nMarsh 2015\t48" in doc.text
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["Study\tN"] == "table_header" and kinds["Marsh 2015\t48"] == "table_row"
    boilerplate = " ".join(block_texts(doc, "boilerplate"))
    assert all(s in boilerplate for s in ("Home", "We use cookies", "Share this article", "help@example.org"))
    assert block_texts(doc, "references")[-1].startswith("1. Lee K.")  # an <ol> item keeps its number
    assert "Anna B. Marsh, Chidi Okafor" in block_texts(doc, "metadata")


def test_html_layout_tables_link_lists_and_site_names(tmp_path: Path) -> None:
    page = tmp_path / "clinic.html"
    page.write_text(
        """<html><body><table><tr><td><b>Harbor Health</b></td><td>Call 555-0100 to book</td></tr></table>
        <div class="x1"><a>Shop</a><a>Science</a><a>Reviews</a><a>Account</a></div>
        <h1>CBD and anxiety</h1><p>In a trial, 57 men took 300 mg of CBD or placebo before a speech test.</p>
        <p><a href="/shop">Shop CBD oil now</a></p></body></html>""",
        encoding="utf-8",
    )
    doc = ingest(str(page))
    assert_provenance(doc)
    assert "\t" not in doc.text  # a one-row layout table is not a data table
    assert block_texts(doc, "boilerplate") == ["Harbor Health", "Call 555-0100 to book", "Shop Science Reviews Account", "Shop CBD oil now"]
    assert block_texts(doc, "main") == ["CBD and anxiety", "In a trial, 57 men took 300 mg of CBD or placebo before a speech test."]


def test_page_wrappers_and_paper_sections_do_not_relabel_the_page(tmp_path: Path) -> None:
    body = "".join(f"<p>Paragraph {i}: in a trial of {40 + i} adults the drug improved symptoms versus placebo.</p>" for i in range(8))
    page = tmp_path / "wrapped.html"
    page.write_text(
        f"""<html><body class="home blog wp-custom-logo has-sidebar"><form id="aspnetForm"><div id="page" class="site-content">
        <h1>Results of a trial</h1>{body}<section id="discussion"><h2>Discussion</h2><p>The effect was modest.</p></section>
        <div class="customer-reviews"><p>Loved it, five stars!</p></div>
        <div class="footer"><div class="content">Privacy · Terms · Help</div></div></div></form></body></html>""",
        encoding="utf-8",
    )
    doc = ingest(str(page))
    main = block_texts(doc, "main")
    assert "Results of a trial" in main and "The effect was modest." in main and len(main) == 11
    assert block_texts(doc, "comments") == ["Loved it, five stars!"]
    assert block_texts(doc, "boilerplate") == ["Privacy · Terms · Help"]


def test_pdf_keeps_pages_and_tables_without_duplicating_table_text(tmp_path: Path) -> None:
    doc = ingest(str(make_pdf(tmp_path / "review.pdf")))
    assert doc.status == "ok" and doc.kind == "pdf"
    assert_provenance(doc)
    assert [p.number for p in doc.pages] == [1, 2]
    assert "Study\tN\tDose\nMarsh 2015\t48\t200 mg\nLee 2018\t60\t400 mg" in doc.text
    assert doc.text.count("Lee 2018") == 1
    rows = [b for b in doc.blocks if b.kind in ("table_header", "table_row")]
    assert [b.kind for b in rows] == ["table_header", "table_row", "table_row"]
    assert all(b.page == 1 for b in rows)
    last = doc.blocks[-1]
    assert doc.text[last.start : last.end] == "Second page: a concluding paragraph." and last.page == 2
    assert doc.page_at(doc.text.index("Second page")) == 2


def test_two_column_pdf_is_read_column_by_column_after_full_width_lines(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, "Abstract: this full-width sentence spans the whole page above both columns. " * 2, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    pdf.set_xy(10, top)
    pdf.multi_cell(90, 5, "Left column: Marsh et al. (2015) randomized 48 adults. " * 8)
    pdf.set_xy(110, top)
    pdf.multi_cell(90, 5, "Right column: Lee (2018) found no difference in 60 adults. " * 8)
    path = tmp_path / "two-column.pdf"
    pdf.output(str(path))
    doc = ingest(str(path))
    assert_provenance(doc)
    abstract, left, right = doc.text.index("Abstract:"), doc.text.index("Left column"), doc.text.index("Right column")
    assert abstract < left < right
    assert doc.text.rindex("Left column") < right  # the whole left column comes first
    first = doc.blocks[0]
    assert doc.text[first.start : first.end].endswith("whole page above both columns.")  # one paragraph


def test_plain_text_and_markdown_are_the_decoded_source_unchanged(tmp_path: Path) -> None:
    text = "# Product FAQ\n\nQ: Is it safe?  \nA: In a 2019 study, 40 adults took 500 mg daily.\n\n| Study | N |\n|---|---|\n| Lee 2018 | 60 |\n"
    path = tmp_path / "faq.md"
    path.write_text(text, encoding="utf-8")
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "text" and doc.text == text
    assert doc.title == "Product FAQ"
    assert_provenance(doc)
    assert any(doc.text[b.start : b.end] == "| Lee 2018 | 60 |" and b.kind == "table_row" for b in doc.blocks)


PUBMED_XML = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">39000001</PMID><Article>
<Journal><JournalIssue><Volume>12</Volume><Issue>3</Issue><PubDate><Year>2021</Year></PubDate></JournalIssue>
<Title>Journal of Invented Trials</Title><ISOAbbreviation>J Invent Trials</ISOAbbreviation></Journal>
<ArticleTitle>Saffron extract for mild depression: a randomized placebo-controlled trial.</ArticleTitle>
<Pagination><MedlinePgn>101-9</MedlinePgn></Pagination>
<ELocationID EIdType="doi">10.1000/jit.2021.3</ELocationID>
<Abstract><AbstractText Label="BACKGROUND">Saffron has been proposed for <i>mild</i> depression.</AbstractText>
<AbstractText Label="RESULTS">Sixty adults were randomized; HAMD scores fell more with 30 mg/day than with placebo.</AbstractText></Abstract>
<AuthorList><Author><LastName>Rahimi</LastName><Initials>N</Initials></Author><Author><LastName>van der Berg</LastName><Initials>JH</Initials></Author></AuthorList>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""


def test_pubmed_xml_lays_out_header_and_abstract(tmp_path: Path) -> None:
    path = tmp_path / "record.xml"
    path.write_bytes(PUBMED_XML)
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "pubmed-xml"
    assert_provenance(doc)
    assert doc.text.startswith("Saffron extract for mild depression")
    assert "Rahimi N, van der Berg JH." in doc.text
    assert "J Invent Trials. 2021;12(3):101-9. doi: 10.1000/jit.2021.3. PMID: 39000001." in doc.text
    meta = doc.meta
    assert (meta.pmid, meta.doi, meta.year, meta.authors) == ("39000001", "10.1000/jit.2021.3", 2021, ["Rahimi N", "van der Berg JH"])
    abstract = doc.text[meta.abstract_start : meta.abstract_end]
    assert abstract.startswith("BACKGROUND: Saffron has been proposed for mild depression.")
    assert abstract.endswith("than with placebo.")
    assert {b.label for b in doc.blocks} == {"metadata", "main"}


MEDLINE = """PMID- 39000002
OWN - NLM
TI  - Lavender oil capsules for generalized anxiety disorder: an eight-week
      randomized trial.
AB  - OBJECTIVE: To test lavender oil. METHODS: 120 adults received 80 mg/day or
      placebo. RESULTS: HAMA scores improved more with lavender.
AU  - Okafor C
AU  - Lindqvist E
DP  - 2019 Jun
TA  - Invent Anxiety Res
VI  - 8
IP  - 2
PG  - 44-52
LID - 10.1000/iar.2019.8 [doi]
"""


def test_medline_text_is_read_with_biopython(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(MEDLINE, encoding="utf-8")
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "medline"
    assert_provenance(doc)
    assert doc.meta.authors == ["Okafor C", "Lindqvist E"] and doc.meta.year == 2019
    assert doc.meta.doi == "10.1000/iar.2019.8" and doc.meta.pmid == "39000002"
    assert doc.title == "Lavender oil capsules for generalized anxiety disorder: an eight-week randomized trial."
    assert doc.text[doc.meta.abstract_start : doc.meta.abstract_end].startswith("OBJECTIVE: To test lavender oil.")


JATS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front>
<journal-meta><journal-title-group><journal-title>Invented Journal of Sleep</journal-title></journal-title-group></journal-meta>
<article-meta><article-id pub-id-type="doi">10.1000/ijs.2020.5</article-id><article-id pub-id-type="pmid">39000003</article-id>
<title-group><article-title>Magnesium and sleep latency</article-title></title-group>
<contrib-group><contrib contrib-type="author"><name><surname>Garcia-Lopez</surname><given-names>Maria T.</given-names></name></contrib></contrib-group>
<pub-date pub-type="epub"><year>2020</year></pub-date><volume>4</volume><fpage>10</fpage><lpage>18</lpage>
<abstract><sec><title>Methods</title><p>Forty adults took 250 mg magnesium.</p></sec><sec><title>Results</title><p>Sleep latency fell.</p></sec></abstract>
</article-meta></front>
<body><sec><title>Introduction</title><p>Magnesium is studied <xref ref-type="bibr" rid="r1">[1]</xref>.</p>
<table-wrap><label>Table 1</label><caption><p>Trials</p></caption><table><thead><tr><th>Study</th><th>N</th></tr></thead>
<tbody><tr><td>Abbasi 2012</td><td>46</td></tr></tbody></table></table-wrap></sec></body>
<back><ref-list><title>References</title><ref id="r1"><label>1</label><mixed-citation>Abbasi B, et al. Magnesium in insomnia. J Res Med Sci. 2012;17(12):1161-9.</mixed-citation></ref></ref-list></back>
</article>"""


def test_jats_has_front_body_tables_and_reference_entries(tmp_path: Path) -> None:
    path = tmp_path / "article.xml"
    path.write_bytes(JATS)
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.kind == "jats"
    assert_provenance(doc)
    assert doc.meta.authors == ["Garcia-Lopez MT"] and doc.meta.pmid == "39000003" and doc.meta.year == 2020
    assert doc.text[doc.meta.abstract_start : doc.meta.abstract_end] == (
        "Methods: Forty adults took 250 mg magnesium.\n\nResults: Sleep latency fell."
    )
    assert "Study\tN\nAbbasi 2012\t46" in doc.text
    assert block_texts(doc, "references")[-1] == "1. Abbasi B, et al. Magnesium in insomnia. J Res Med Sci. 2012;17(12):1161-9."
    assert "Magnesium is studied [1]." in block_texts(doc, "main")


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {
        "/study.html": ("text/html; charset=utf-8", b"<html><body><h1>Fetched</h1><p>48 adults took 50 mg.</p></body></html>"),
        "/image.png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/study.html")
            self.end_headers()
            return
        content_type, body = self.pages.get(self.path, ("text/plain", b""))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> str:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_with_redirects_and_hashed(server: str) -> None:
    url = f"{server}/moved"
    doc = ingest(url)
    assert doc.status == "ok" and doc.kind == "html" and doc.title == "Fetched"
    assert doc.sha256 == hashlib.sha256(_Handler.pages["/study.html"][1]).hexdigest()
    assert doc.doc_id == doc_id_for(url) and doc.doc_id.startswith("moved-")


def test_url_failures_are_one_line(server: str) -> None:
    assert ingest(f"{server}/image.png").error == f"unsupported content type image/png at {server}/image.png"
    assert "HTTP 404" in ingest(f"{server}/missing.html").error
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    doc = ingest(f"http://127.0.0.1:{closed}/page.html")
    assert doc.status == "failed" and doc.error.startswith(f"could not fetch http://127.0.0.1:{closed}/page.html: ")
    assert "\n" not in doc.error and doc.text == ""
    assert ingest(f"{server}/study.html", max_bytes=10).error.startswith("too large")


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "corrupt or truncated PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary content (PNG image)"),
        ("random.txt", bytes(range(256)) * 40, "binary content ("),
        ("empty.txt", b"", "empty file"),
        ("page.xml", b"<?xml version='1.0'?><catalog><item/></catalog>", "unsupported XML document"),
    ],
)
def test_bad_files_fail_with_one_line_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    doc = ingest(str(path))
    assert doc.status == "failed" and doc.error.startswith(reason), doc.error
    assert "\n" not in doc.error and doc.text == "" and doc.blocks == []
    assert doc.sha256 == hashlib.sha256(content).hexdigest()


def test_truncated_and_encrypted_pdfs_fail(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole[: len(whole) // 3])
    assert ingest(str(truncated)).error.startswith("corrupt or truncated PDF")
    encrypted = ingest(str(make_pdf(tmp_path / "locked.pdf", password="secret")))
    assert (encrypted.status, encrypted.error) == ("failed", "encrypted PDF: it needs a password")


def test_html_that_is_really_a_pdf_is_read_as_pdf(tmp_path: Path) -> None:
    disguised = tmp_path / "page.html"
    disguised.write_bytes(make_pdf(tmp_path / "real.pdf").read_bytes())
    doc = ingest(str(disguised))
    assert doc.status == "ok" and doc.kind == "pdf" and "Marsh et al. (2015)" in doc.text


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-16", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("latin-1", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf")],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Études cliniques\r\n\r\nLe café « déca » : 48 adultes ont reçu 200 mg – résultats positifs.\r\n"
    if encoding == "latin-1":
        text = text.replace("–", "-")
    if encoding == "cp1252":
        text = text.replace("«", "“").replace("»", "”")
    path = tmp_path / "notes.txt"
    path.write_bytes(prefix + text.encode(encoding))
    doc = ingest(str(path))
    assert doc.status == "ok" and doc.text == text
    assert_provenance(doc)


def test_crlf_text_is_kept_byte_for_byte(tmp_path: Path) -> None:
    raw = b"Vendor FAQ\r\n\r\nQ: Dose?\r\nA: 48 adults took 50 mg.\r\n\r\nContact us: 555-123-4567\r\n"
    path = tmp_path / "faq.txt"
    path.write_bytes(raw)
    doc = ingest(str(path))
    assert doc.text.encode("utf-8") == raw
    assert_provenance(doc)
    assert block_texts(doc, "boilerplate") == ["Contact us: 555-123-4567"]


def test_oversized_page_fails_fast_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<html><body>" + b"<p>filler paragraph text</p>" * (50_000_000 // 28) + b"</body></html>")
    doc = ingest(str(path))
    assert doc.status == "failed" and doc.error == "too large: 50.0 MB exceeds the 25 MB limit"
    assert len(doc.sha256) == 64


def test_fifty_thousand_nested_tags_do_not_recurse(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 50_000 + "deep text" + "</div>" * 50_000 + "<p>after</p></body></html>")
    doc = ingest(str(path))
    assert doc.status == "ok" and "deep text" in doc.text and "after" in doc.text
    assert_provenance(doc)


# --- discovery, ids and cross-document boilerplate -----------------------------------------


def test_discover_walks_sorted_skips_hidden_survives_loops_and_dedups(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/two.html", "a/one.txt", "a/z.pdf", ".hidden/x.txt", "a/.secret.txt", "a/image.png"):
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "b" / "same.txt").symlink_to(tmp_path / "a" / "one.txt")
    found = discover([str(tmp_path), str(tmp_path / "a" / "one.txt"), "https://example.org/p"])
    rel = [Path(f).relative_to(tmp_path).as_posix() if not f.startswith("http") else f for f in found]
    assert rel == ["a/one.txt", "a/z.pdf", "b/two.html", "https://example.org/p"]
    with pytest.raises(SourceError, match="no such file or directory: .*missing"):
        discover([str(tmp_path / "missing")])


def test_doc_ids_follow_the_convention(tmp_path: Path) -> None:
    path = tmp_path / "My Report (Final) — v2.PDF"
    expected_hash = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    assert doc_id_for(str(path)) == f"my-report-final-v2-{expected_hash}"
    url = "https://example.org/articles/Rhodiola_Guide.html?x=1"
    assert doc_id_for(url) == f"rhodiola-guide-html-{hashlib.sha1(url.encode()).hexdigest()[:10]}"
    assert len(doc_id_for(str(tmp_path / ("x" * 100 + ".txt"))).split("-")[0]) == 40


def test_lines_repeated_across_a_sites_pages_become_boilerplate(tmp_path: Path) -> None:
    docs = []
    for i in range(3):
        path = tmp_path / f"page{i}.txt"
        path.write_text(f"Acme Botanicals Knowledge Base\n\nPage {i}: 40 adults took {i + 1}00 mg daily.\n")
        docs.append(ingest(str(path)))
    mark_repeated_lines(docs)
    for doc in docs:
        assert block_texts(doc, "boilerplate") == ["Acme Botanicals Knowledge Base"]
        assert len(block_texts(doc, "main")) == 1
    mark_repeated_lines(docs[:2])  # two pages are not enough to call a line site chrome
