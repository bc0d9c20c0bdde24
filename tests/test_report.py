"""report.html without a browser: escaping, links, counts, highlighting and size caps."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import Block, Claim, Document, DocumentResult, Evidence, Run
from pipeline.outputs import report
from pipeline.outputs.report import doi_link, highlighted_text, pubmed_link, render_report, safe_link, write_report
from test_outputs_sample import HOSTILE, sample_run


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def page() -> str:
    return "".join(render_report(sample_run()))


@pytest.fixture(scope="module")
def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def test_hostile_markup_never_reaches_the_page_unescaped(page: str) -> None:
    for raw in (
        "<script>window.__pwned",
        '<img src=x onerror="window.__pwned=2">',
        "<img src=x onerror=window",
        'href="javascript:',
        '<b onmouseover="',
        '"><script>',
    ):
        assert raw not in page, raw
    parser = _Tags()
    parser.feed(page)
    assert [tag for tag, _ in parser.tags].count("script") == 1
    assert not [tag for tag, _ in parser.tags if tag in ("img", "iframe", "object", "embed", "form", "base")]
    for tag, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert re.match(r"(https?://|#|text/)", href), href


def test_hostile_text_is_shown_as_text(soup: BeautifulSoup) -> None:
    hostile = soup.find("section", attrs={"data-doc": "hostile-page-abcdef0123"})
    assert HOSTILE in hostile.find(class_="doc-text").get_text()
    assert hostile.h2.get_text() == '<script>window.__pwned=6</script>Hostile "title"'
    failed = soup.find("section", attrs={"data-doc": "broken-pdf-1111111111"})
    assert 'onerror="window.__pwned=7"' in failed.find(class_="error").get_text()


def test_only_http_links_are_linked(soup: BeautifulSoup) -> None:
    hostile = soup.find("article", attrs={"data-doc": "hostile-page-abcdef0123"})
    hrefs = [a["href"] for a in hostile.find_all("a")]
    assert "https://example.org/study?a=1&b=<2>" in hrefs
    assert not [h for h in hrefs if "javascript" in h]
    assert "javascript:window.__pwned=13" in hostile.get_text()
    entry = hostile.select_one("div.entry")
    assert entry.find("a") is None and "javascript:window.__pwned=17" in entry.get_text()
    assert 'video"><script>window.__pwned=18</script>' in entry.get_text()
    assert safe_link("JavaScript:alert(1)") == "JavaScript:alert(1)"
    assert safe_link(" data:text/html,<b>x</b>") == " data:text/html,&lt;b&gt;x&lt;/b&gt;"


def test_trusted_records_link_pmid_and_doi(soup: BeautifulSoup) -> None:
    record = soup.find("div", attrs={"data-record": "Marsh2015"})
    links = {a.get_text(): a["href"] for a in record.find_all("a")}
    assert links == {
        "PMID 12345678": "https://pubmed.ncbi.nlm.nih.gov/12345678/",
        "doi:10.1000/ja.2015.7": "https://doi.org/10.1000/ja.2015.7",
    }
    assert "Panic and exposure" in record.get_text() and "N randomized: 84" in record.get_text()
    assert pubmed_link("javascript:alert(1)") == "javascript:alert(1)"
    assert pubmed_link("١٢٣") == "١٢٣"  # Unicode digits are not a PMID
    assert safe_link("http://[::1") == "http://[::1"
    evil_doi = BeautifulSoup(doi_link('10.1/"><script>x</script>'), "html.parser").a
    assert evil_doi["href"] == "https://doi.org/10.1/%22%3E%3Cscript%3Ex%3C/script%3E"


def test_summary_counts(soup: BeautifulSoup) -> None:
    def count(selector: str) -> int:
        return int(soup.select_one(selector).get_text())

    assert count("#count-documents") == 4 and count("#count-claims") == 6 and count("#count-flags") == 6
    assert count("#count-failed") == 1
    assert count('#by-code tr[data-value="UNCITED_CLAIM"] td') == 2
    assert count('#by-code tr[data-value="CROSS_DOC_CONFLICT"] td') == 0
    assert count('#by-severity tr[data-value="high"] td') == 2
    assert count('#by-status tr[data-value="verified"] td') == 2
    assert count("#changes-removed") == 1


def test_each_claim_carries_its_filter_attributes_and_flags(soup: BeautifulSoup) -> None:
    claims = soup.select("article.claim")
    assert len(claims) == 6
    anecdote = claims[3]
    assert anecdote["data-status"] == "uncited"
    assert anecdote["data-flags"].split() == ["ANECDOTAL_CONTEXT:low", "UNCITED_CLAIM:low"]
    assert "48 (randomized 48 · arms 24 + 24)" in claims[0].select_one("dl.fields").get_text()
    mismatch = claims[0].select_one("tr.flag")
    cells = [td.get_text() for td in mismatch.find_all("td")]
    assert cells[:2] == ["VALUE_MISMATCH", "high"] and cells[3:] == ["n", "84", "48", "Marsh2015"]


def test_csp_allows_exactly_the_inline_script_and_style(page: str) -> None:
    soup = BeautifulSoup(page, "html.parser")
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]

    def digest(source: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert f"script-src '{digest(soup.script.string)}'" in csp
    assert f"style-src '{digest(soup.style.string)}'" in csp
    assert "default-src 'none'" in csp


def test_evidence_is_highlighted_at_its_offsets() -> None:
    run = sample_run()
    document = run.documents[0]
    claims = run.results[document.doc_id].claims
    fragment = highlighted_text(document, claims, len(document.text))
    # Everything inside is escaped, so dropping the tags and unescaping must give the
    # text back exactly, CRLF included (bs4 would fold whitespace-only strings).
    assert html.unescape(re.sub(r"<[^>]*>", "", fragment)) == document.text
    marked = [html.unescape(m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", fragment, flags=re.S)]
    assert "".join(marked) == "".join(c.evidence.text for c in claims)
    rendered = BeautifulSoup(fragment, "html.parser")
    assert {s["id"] for s in rendered.select("span[id]")} == {f"ev-{c.claim_id}" for c in claims}
    labels = {s["data-label"] for s in rendered.select("span.bs")}
    assert labels == {"boilerplate", "references", "comments"}


def test_overlapping_evidence_marks_both_claims() -> None:
    text = "Alpha beta gamma delta."
    document = Document(doc_id="d", source="s", kind="text", sha256="x", text=text,
                        blocks=[Block(start=0, end=len(text), label="main")])  # fmt: skip
    first = Claim(claim_id="c1", doc_id="d", source="s", context="prose", evidence=Evidence(text[0:16], 0, 16))
    second = Claim(claim_id="c2", doc_id="d", source="s", context="prose", evidence=Evidence(text[6:23], 6, 23))
    rendered = BeautifulSoup(highlighted_text(document, [first, second], len(text)), "html.parser")
    assert [(m.get_text(), m["data-claims"]) for m in rendered.find_all("mark")] == [
        ("Alpha ", "c1"), ("beta gamma", "c1 c2"), (" delta.", "c2"),
    ]  # fmt: skip


def test_long_texts_are_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "MAX_DOC_TEXT_CHARS", 1_000)
    monkeypatch.setattr(report, "MAX_TOTAL_TEXT_CHARS", 1_500)
    documents = [
        Document(doc_id=f"big-{i}", source=f"big{i}.txt", kind="text", sha256="x", text="word " * 20_000) for i in range(3)
    ]
    far = Claim(claim_id="far", doc_id="big-0", source="big0.txt", context="prose",
                evidence=Evidence(text="word", start=50_000, end=50_004))  # fmt: skip
    run = Run(command=["litclaims"], started_at="t", documents=documents,
              results={"big-0": DocumentResult(doc_id="big-0", claims=[far])})  # fmt: skip
    write_report(tmp_path / "report.html", run)
    soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    shown = [len(div.get_text()) for div in soup.select(".doc-text")]
    assert shown == [1_000, 500]
    assert "text budget" in soup.find("section", attrs={"data-doc": "big-2"}).select_one("p.note").get_text()
    notes = soup.select("p.note")
    assert "first 1,000 of 100,000 characters" in notes[0].get_text()
    assert notes[0].a["href"] == "text/big-0.txt"
    assert soup.select_one("article#c-far blockquote").get_text() == "word"
    assert soup.select_one("article#c-far a.to-text") is None, "a link to text the page does not show"
    assert (tmp_path / "report.html").stat().st_size < 40_000


_MARKUP = st.sampled_from(["<script>x()</script>", "<img src=x onerror=y()>", '"', "'", "&amp;", "\r\n", "\r", "😀", "]]>"])
_TEXT = st.lists(st.one_of(st.text(max_size=20), _MARKUP), max_size=12).map("".join)


@settings(max_examples=60, deadline=None)
@given(
    text=_TEXT,
    spans=st.lists(st.tuples(st.integers(-5, 300), st.integers(-5, 300)), max_size=6),
    cuts=st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300), st.sampled_from(report.LABELS)), max_size=6),
)
def test_any_text_and_offsets_render_escaped_and_complete(
    text: str, spans: list[tuple[int, int]], cuts: list[tuple[int, int, str]]
) -> None:
    """Whatever the text, evidence offsets or (even overlapping) blocks, the fragment
    gives back exactly the text and no markup of its own making."""
    document = Document(doc_id="d", source="s", kind="text", sha256="x", text=text,
                        blocks=[Block(start=a, end=b, label=label) for a, b, label in cuts])  # type: ignore[arg-type]  # fmt: skip
    claims = [
        Claim(claim_id=f"c{i}", doc_id="d", source="s", context="prose", evidence=Evidence(text[a:b], a, b))
        for i, (a, b) in enumerate(spans)
    ]
    fragment = highlighted_text(document, claims, len(text))
    assert html.unescape(re.sub(r"<[^>]*>", "", fragment)) == text
    parser = _Tags()
    parser.feed(fragment)
    assert {tag for tag, _ in parser.tags} <= {"span", "mark"}
    page = "".join(render_report(Run(command=["x"], started_at="t", documents=[document],
                                      results={"d": DocumentResult("d", claims)})))  # fmt: skip
    assert page.count("<script") == 1


def test_a_run_too_large_for_one_page_shows_flagged_claims_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "MAX_REPORT_CLAIMS", 3)
    monkeypatch.setattr(report, "MAX_REPORT_DOCUMENTS", 2)
    soup = BeautifulSoup("".join(render_report(sample_run())), "html.parser")
    shown = [a["data-flags"] for a in soup.select("article.claim")]
    assert shown == ["VALUE_MISMATCH:high", "UNSUPPORTED_CITATION:medium", "MISATTRIBUTION:high"]
    assert [s["data-doc"] for s in soup.select("section.doc")] == ["vendor-guide-0123456789", "hostile-page-abcdef0123"]
    assert "3 of 6 claims" in soup.select_one("#left-out").get_text()
    assert soup.select_one("#count-claims").get_text() == "6"  # the summary still covers the whole run
    assert soup.select_one("#total-count").get_text() == "3"
