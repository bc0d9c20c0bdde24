"""Sanity checks for the bundled corpus (corpus/) and the flag gold set (tests/gold/flags/).

They check the data, not the pipeline: every file parses as its format, the trusted
CSV speaks the SPEC columns, and every gold annotation points at text that exists
and at a trusted record that exists, so evaluation numbers mean what they say.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from Bio import Medline
from bs4 import BeautifulSoup
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DOCUMENTS = CORPUS / "documents"
GOLD = ROOT / "tests" / "gold" / "flags"

SPEC_CSV_COLUMNS = (
    "id, authors, year, title, journal, volume, issue, pages, doi, pmid, pmcid, study_type, "
    "condition, n_randomized, n_completed, dose, dose_timing, comparator, outcome_measures, "
    "finding, direction, abstract"
).split(", ")
CODES = {
    "UNSUPPORTED_CITATION", "UNCITED_CLAIM", "VALUE_MISMATCH", "MISATTRIBUTION",
    "NONSCHOLARLY_SOURCE", "ANECDOTAL_CONTEXT", "UNREGISTERED_TRIAL", "CROSS_DOC_CONFLICT",
}
MISMATCH_FIELDS = {"n", "dose", "year", "comparator", "outcome_measures", "direction"}
REQUIRED_DOCUMENTS = {
    "vendor-technical-guide.html", "vendor-faq.txt", "journal-abstract.html", "health-blog.html",
    "review.pdf", "pubmed-record.xml", "jats-article.xml", "medline-record.nbib",
}


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def _markup_free_text(path: Path) -> str:
    """The document's text with tags removed, for the formats that have tags."""
    if path.suffix == ".pdf":
        return _pdf_text(path)
    if path.suffix in {".html", ".htm"}:
        return BeautifulSoup(path.read_bytes(), "lxml").get_text()
    if path.suffix == ".xml":
        return "".join(etree.parse(str(path)).getroot().itertext())
    return path.read_text(encoding="utf-8")


def _parse(path: Path) -> None:
    """Parse one corpus file as its format; raise if it is not one."""
    suffix = path.suffix
    if suffix == ".html":
        soup = BeautifulSoup(path.read_bytes(), "lxml")
        assert soup.title and soup.title.string.strip()
        assert len(soup.get_text()) > 1000
    elif suffix == ".xml":
        root = etree.parse(str(path)).getroot()
        assert root.tag in {"PubmedArticleSet", "article"}
        if root.tag == "PubmedArticleSet":
            assert root.findtext(".//PMID") and root.find(".//Abstract") is not None
        else:
            assert root.find(".//abstract") is not None and root.find(".//ref-list") is not None
    elif suffix == ".nbib":
        records = list(Medline.parse(path.open(encoding="utf-8")))
        assert records and all("PMID" in r and "TI" in r and "AB" in r for r in records)
    elif suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) >= 2
            assert any(page.extract_tables() for page in pdf.pages)
            assert "et al. (2015)" in pdf.pages[0].extract_text()
    elif suffix in {".txt", ".md"}:
        assert len(path.read_bytes().decode("utf-8")) > 500
    else:
        raise AssertionError(f"unexpected corpus file type: {path.name}")


def _trusted_ids(directory: Path) -> set[str]:
    ids: set[str] = set()
    for path in directory.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            ids |= {row["id"] for row in csv.DictReader(f)}
    for path in directory.glob("*.nbib"):
        ids |= {f"pmid:{r['PMID']}" for r in Medline.parse(path.open(encoding="utf-8"))}
    return ids


def _gold() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


def test_corpus_has_every_required_genre_and_format() -> None:
    names = {p.name for p in DOCUMENTS.iterdir()}
    assert REQUIRED_DOCUMENTS <= names
    assert len(names) >= 8


@pytest.mark.parametrize("path", sorted(DOCUMENTS.iterdir()) + sorted((GOLD / "docs").iterdir()), ids=lambda p: p.name)
def test_every_document_parses_as_its_format(path: Path) -> None:
    _parse(path)


def test_crlf_page_keeps_its_line_endings() -> None:
    raw = (DOCUMENTS / "clinic-newsletter.txt").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") > 20


def test_review_pdf_is_what_its_script_builds(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_review_pdf", CORPUS / "make_review_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build(tmp_path / "review.pdf")
    assert rebuilt.read_bytes() == (DOCUMENTS / "review.pdf").read_bytes()


@pytest.mark.parametrize("directory", [CORPUS / "references", GOLD / "references"], ids=["corpus", "gold"])
def test_trusted_csv_has_the_spec_header_and_unique_ids(directory: Path) -> None:
    for path in directory.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == SPEC_CSV_COLUMNS
            rows = list(reader)
        assert len({r["id"] for r in rows}) == len(rows)
        for row in rows:
            assert row["year"].isdigit()
            assert row["doi"].startswith("10.5555/")
            assert len(row["pmid"]) == 8 and row["pmid"].startswith("9")
            assert row["direction"] in {"positive", "null", "negative", "mixed", ""}
            for column in ("n_randomized", "n_completed"):
                assert row[column] == "" or row[column].isdigit()


def test_trusted_identifiers_are_unique_across_files() -> None:
    """A DOI or PMID in two records would make resolution ambiguous by design."""
    dois: list[str] = []
    pmids: list[str] = []
    for path in (GOLD / "references").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                dois.append(row["doi"].lower())
                pmids.append(row["pmid"])
    for path in (GOLD / "references").glob("*.nbib"):
        for record in Medline.parse(path.open(encoding="utf-8")):
            pmids.append(record["PMID"])
            dois.extend(a.split(" ")[0].lower() for a in record.get("AID", []) if a.endswith("[doi]"))
    assert len(dois) == len(set(dois)) and len(pmids) == len(set(pmids))
    assert len(_trusted_ids(GOLD / "references")) == len(pmids) >= 30


def test_gold_has_enough_flagged_and_clean_claims_covering_every_code() -> None:
    claims = [c for doc in _gold() for c in doc["claims"]]
    flagged = [c for c in claims if c["flags"]]
    assert len(flagged) >= 60 and len(claims) - len(flagged) >= 60
    codes = Counter(f.split(":")[0] for c in flagged for f in c["flags"])
    assert set(codes) == CODES
    fields = {f.split(":")[1] for c in flagged for f in c["flags"] if f.startswith("VALUE_MISMATCH")}
    assert fields == MISMATCH_FIELDS
    assert len(_gold()) >= 10


def test_gold_flags_are_well_formed() -> None:
    for doc in _gold():
        for claim in doc["claims"]:
            assert set(claim) == {"evidence", "flags", "reference_id"}
            for flag in claim["flags"]:
                code, _, field = flag.partition(":")
                assert code in CODES, flag
                assert (field in MISMATCH_FIELDS) if code == "VALUE_MISMATCH" else not field, flag
            assert len(set(claim["flags"])) == len(claim["flags"])


def test_every_gold_reference_id_is_a_trusted_record() -> None:
    ids = _trusted_ids(GOLD / "references")
    missing = {c["reference_id"] for d in _gold() for c in d["claims"]} - ids - {None}
    assert not missing


def test_every_gold_document_exists_and_is_annotated_once() -> None:
    docs = [d["doc"] for d in _gold()]
    assert len(docs) == len(set(docs))
    assert set(docs) == {p.name for p in (GOLD / "docs").iterdir()}


@pytest.mark.parametrize("doc", _gold(), ids=lambda d: d["doc"])
def test_every_gold_evidence_occurs_exactly_once_in_its_document(doc: dict) -> None:
    path = GOLD / "docs" / doc["doc"]
    raw = _pdf_text(path) if path.suffix == ".pdf" else path.read_bytes().decode("utf-8")
    text = _markup_free_text(path)
    for claim in doc["claims"]:
        evidence = claim["evidence"]
        assert raw.count(evidence) == 1, evidence
        assert evidence in text, evidence
    evidences = [c["evidence"] for c in doc["claims"]]
    assert len(evidences) == len(set(evidences))


def test_gold_reuses_corpus_files_by_link_not_by_copy() -> None:
    for folder, origin in ((GOLD / "docs", DOCUMENTS), (GOLD / "references", CORPUS / "references")):
        for path in folder.iterdir():
            if (origin / path.name).exists():
                assert path.is_symlink() and path.resolve() == (origin / path.name).resolve(), path.name
