"""Reference parsers on arbitrary text: each reads what it can or rejects the file with a
ReferenceFileError; none crashes with anything else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.references import bibtex, csl_json, csv_table, medline, pubmed_xml, ris
from pipeline.references.errors import Parsed, ReferenceFileError

# Text built from the pieces each format is made of, so the parsers get past their first line.
PIECES = st.sampled_from([
    "PMID- 123\n", "TI  - A title\n", "      continued\n", "AU  - Marsh AB\n", "DP  - 2015\n", "\n",
    "TY  - JOUR\n", "ER  - \n", "PY  - 20x5\n", "@article{k,\n", "author = {A and B},\n", "year = {2015}}\n", "}",
    "[", "]", "{", "}", ",", '{"title": "t", "issued": {"date-parts": [["x"]]}}', '"str"', "null", "[[1]]",
    "id,authors,year,title,n_randomized\n", "M1,Marsh AB,2015,T,84\n", ",,,,\n", 'a,"b\n', "x,y,z,w,v,u\n",
    "<PubmedArticleSet>", "<PubmedArticle>", "</PubmedArticle>", "</PubmedArticleSet>", "<PMID>1</PMID>", "&bogus;",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=25).map("".join))


@pytest.mark.parametrize("parser", [medline, pubmed_xml, ris, bibtex, csl_json, csv_table], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_parsers_never_crash(parser, text):
    try:
        parsed = parser.parse(text, "fuzz")
    except ReferenceFileError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(parsed, Parsed)
    assert all(r.source_file == "fuzz" and (r.id == "" or parser is csv_table) for r in parsed.records)
    assert all(s.line is None or s.line >= 1 for s in parsed.skipped)
