"""Trusted reference loaders: every format, malformed records skipped with their line,
unusable files rejected with one line, ids per convention 6, facts curated or extracted."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from pipeline.model import Dose
from pipeline.references import ReferenceFileError, load_references

MEDLINE = """\
PMID- 31000001
OWN - NLM
DP  - 2015 Mar
TI  - D-cycloserine augmentation of exposure therapy for panic disorder: a
      randomized placebo-controlled trial.
AB  - Eighty-four adults with panic disorder were randomized to 50 mg
      D-cycloserine or placebo before exposure sessions.
FAU - Marsh, Alice B
AU  - Marsh AB
FAU - Okafor, Chidi
AU  - Okafor C
PT  - Journal Article
PT  - Randomized Controlled Trial
LID - 10.1177/0269881115570001 [doi]
TA  - J Psychopharmacol
JT  - Journal of psychopharmacology (Oxford, England)

PMID- 31000002
DP  - 2019
TI  - A broken record.
this line is not a MEDLINE field
AU  - Nobody N

PMID- 31000003
DP  - 2011 Jan-Feb
TI  - Yohimbine and extinction of fear in claustrophobia.
AU  - van der Berg J
TA  - Behav Res Ther
JT  - Behaviour research and therapy
"""

PUBMED_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">
<PubmedArticleSet>
  <PubmedArticle>
    <MedlineCitation Status="MEDLINE" Owner="NLM">
      <PMID Version="1">32000001</PMID>
      <Article PubModel="Print">
        <Journal>
          <JournalIssue CitedMedium="Internet"><Volume>12</Volume><Issue>3</Issue>
            <PubDate><Year>2018</Year><Month>Mar</Month></PubDate></JournalIssue>
          <Title>Depression and anxiety</Title>
          <ISOAbbreviation>Depress Anxiety</ISOAbbreviation>
        </Journal>
        <ArticleTitle>Propranolol after <i>reactivation</i> of trauma memories.</ArticleTitle>
        <Pagination><MedlinePgn>201-9</MedlinePgn></Pagination>
        <Abstract>
          <AbstractText Label="METHODS">Sixty adults were randomized.</AbstractText>
          <AbstractText Label="RESULTS">CAPS scores fell more with propranolol.</AbstractText>
        </Abstract>
        <AuthorList CompleteYN="Y">
          <Author ValidYN="Y"><LastName>Garc&#237;a-L&#243;pez</LastName><ForeName>Mar&#237;a</ForeName><Initials>M</Initials></Author>
          <Author ValidYN="Y"><LastName>Chen</LastName><ForeName>Wei</ForeName><Initials>W</Initials></Author>
        </AuthorList>
        <PublicationTypeList><PublicationType>Journal Article</PublicationType></PublicationTypeList>
      </Article>
      <MedlineJournalInfo><MedlineTA>Depress Anxiety</MedlineTA></MedlineJournalInfo>
    </MedlineCitation>
    <PubmedData>
      <ArticleIdList>
        <ArticleId IdType="pubmed">32000001</ArticleId>
        <ArticleId IdType="doi">10.1002/DA.22001</ArticleId>
        <ArticleId IdType="pmc">PMC6000001</ArticleId>
      </ArticleIdList>
    </PubmedData>
  </PubmedArticle>
  <PubmedArticle>
    <MedlineCitation><Article><Journal><Title>Nothing here</Title></Journal></Article></MedlineCitation>
  </PubmedArticle>
</PubmedArticleSet>
"""

RIS = """\
TY  - JOUR
AU  - Lee, Kwan
AU  - Park, S. J.
PY  - 2020
TI  - Oxytocin nasal spray and social responsiveness in autistic children
T2  - Journal of Autism and Developmental Disorders
VL  - 50
SP  - 100
EP  - 110
DO  - 10.1007/s10803-020-00001-1
ER  - 

TY  - JOUR
AU  - Broken, Record
TI  - This record never ends

TY  - JOUR
AU  - Nakamura, Y
PY  - 2017
TI  - Ketamine for treatment-resistant obsessive-compulsive disorder
JO  - J Clin Psychiatry
AN  - 28000001
ER  - 
"""

BIBTEX = r"""
@article{dvries2016,
  author  = {de Vries, Anne and M{\"u}ller, J{\"o}rg},
  title   = {{Exposure} therapy with and without {D}-cycloserine},
  journal = {Biological Psychiatry},
  year    = {2016},
  doi     = {10.1016/j.biopsych.2016.01.001},
}

@article{broken,
  author = {Someone},
  title  = {Unclosed brace
@article{smith2013,
  author  = {John Smith and Lee, K.},
  title   = {Yohimbine-augmented exposure},
  journal = {J Anxiety Disord},
  year    = 2013,
}
"""

CSL_JSON = """[
  {"id": "item1", "type": "article-journal",
   "title": "Intranasal oxytocin in adults with autism",
   "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}, {"family": "Ito", "given": "K."}],
   "issued": {"date-parts": [[2021, 5]]},
   "container-title": "JAMA Psychiatry", "DOI": "10.1001/jamapsychiatry.2021.0001"},
  "not an item",
  {"id": "item3", "type": "article-journal", "title": "Sertraline versus placebo in panic disorder",
   "author": [{"family": "Okafor", "given": "Chidi"}], "issued": {"date-parts": [[2012]]},
   "container-title": "The American Journal of Psychiatry", "PMID": "22000001"}
]
"""

CSV = """\
id,authors,year,title,journal,doi,pmid,n_randomized,n_completed,dose,dose_timing,comparator,outcome_measures,finding,direction,abstract
Marsh2015,Marsh AB; Okafor C,2015,D-cycloserine augmentation of exposure therapy,J Psychopharmacol,,31000001,84,77,50 mg,1 hour before exposure,Placebo,PDSS,Faster improvement on the PDSS with D-cycloserine,positive,
,Hale T,2014,Yohimbine for social anxiety,Depress Anxiety,,,forty,,,,,,,,
,Quinn R; Day P,2010,Ketamine infusion in OCD,Biol Psychiatry,,,,,,,,,,,Fifteen adults received ketamine.
,Quinn R,2010,A second Quinn 2010 paper,Neuropsychopharmacology,,,,,,,,,,,
"""


class FakeValues:
    def __init__(self, n=None, n_detail=None, dose=None, comparator=None, outcome_measures=None, direction="unknown"):
        self.n, self.n_detail, self.dose = n, n_detail or {}, dose or []
        self.comparator, self.outcome_measures, self.direction = comparator, outcome_measures or [], direction
        self.population, self.ongoing_trial = None, False


@pytest.fixture(autouse=True)
def fake_fields(monkeypatch):
    """Stand-in for extractors.fields so these tests check the loaders, not the extractors."""
    module = types.ModuleType("extractors.fields")
    module.parse_doses = lambda text: [Dose(float(text.split()[0]), text.split()[1], text=text)] if text[:1].isdigit() else []
    module.parse_comparator = lambda text: text.lower()
    module.parse_outcomes = lambda text: [text.upper()]
    module.parse_direction = lambda text: "positive" if "improve" in text.lower() else "unknown"
    module.extract_facts = lambda text: FakeValues(n=15, n_detail={"randomized": 15}) if "Fifteen" in text else FakeValues()
    monkeypatch.setitem(sys.modules, "extractors.fields", module)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_medline_records_and_malformed_record_line(tmp_path):
    records, [info] = load_references([write(tmp_path, "set.nbib", MEDLINE)])
    assert info.format == "medline" and info.records == 2
    assert [(s.line, s.error.split(":")[0]) for s in info.skipped] == [(21, "not a MEDLINE field line")]
    marsh, berg = records
    assert marsh.id == "pmid:31000001" and marsh.authors == ["Marsh AB", "Okafor C"] and marsh.year == 2015
    assert marsh.title.startswith("D-cycloserine augmentation") and marsh.title.endswith("trial.")
    assert marsh.doi == "10.1177/0269881115570001" and marsh.journal_abbrev == "J Psychopharmacol"
    assert marsh.study_type == "Randomized Controlled Trial"
    assert berg.year == 2011 and berg.authors == ["van der Berg J"]


def test_txt_starting_pmid_is_medline(tmp_path):
    _, [info] = load_references([write(tmp_path, "export.txt", MEDLINE)])
    assert info.format == "medline"


def test_pubmed_xml_without_network_and_record_without_identity(tmp_path):
    records, [info] = load_references([write(tmp_path, "set.xml", PUBMED_XML)])
    assert info.format == "pubmed-xml" and info.records == 1
    assert len(info.skipped) == 1 and info.skipped[0].line == 36
    record = records[0]
    assert record.id == "pmid:32000001" and record.authors == ["García-López M", "Chen W"]
    assert record.title == "Propranolol after reactivation of trauma memories." and record.year == 2018
    assert record.doi == "10.1002/da.22001" and record.pmcid == "PMC6000001" and record.pages == "201-9"
    assert record.abstract == "METHODS: Sixty adults were randomized. RESULTS: CAPS scores fell more with propranolol."


def test_ris_record_without_end_tag_is_skipped(tmp_path):
    records, [info] = load_references([write(tmp_path, "set.ris", RIS)])
    assert info.format == "ris" and [r.id for r in records] == ["doi:10.1007/s10803-020-00001-1", "pmid:28000001"]
    assert [(s.line, s.error) for s in info.skipped] == [(13, "RIS record has no 'ER  -' end tag")]
    assert records[0].authors == ["Lee K", "Park SJ"] and records[0].pages == "100-110"
    assert records[1].journal == "J Clin Psychiatry" and records[1].year == 2017


def test_bibtex_failed_block_is_skipped_with_its_line(tmp_path):
    records, [info] = load_references([write(tmp_path, "set.bib", BIBTEX)])
    assert info.format == "bibtex" and info.records == 2
    assert [s.line for s in info.skipped] == [10]
    assert "Unexpected block start" in info.skipped[0].error
    vries, smith = records
    assert vries.authors == ["de Vries A", "Müller J"] and vries.title == "Exposure therapy with and without D-cycloserine"
    assert vries.id == "doi:10.1016/j.biopsych.2016.01.001"
    assert smith.authors == ["Smith J", "Lee K"] and smith.id == "Smith2013" and smith.year == 2013


def test_csl_json_item_that_is_not_an_object_is_skipped(tmp_path):
    records, [info] = load_references([write(tmp_path, "set.json", CSL_JSON)])
    assert info.format == "csl-json" and info.records == 2
    assert [(s.line, s.error) for s in info.skipped] == [(7, "CSL-JSON item is a str, not an object")]
    assert records[0].authors == ["van der Berg J", "Ito K"] and records[0].year == 2021
    assert records[0].id == "doi:10.1001/jamapsychiatry.2021.0001" and records[1].id == "pmid:22000001"


def test_csv_curated_facts_ids_and_bad_row(tmp_path):
    records, [info] = load_references([write(tmp_path, "trusted.csv", CSV)])
    assert info.format == "csv" and info.records == 3
    assert [(s.line, s.error) for s in info.skipped] == [(3, "CSV row skipped: n_randomized is not a whole number: 'forty'")]
    marsh, quinn_a, quinn_b = records
    assert marsh.id == "Marsh2015" and marsh.facts_from == "curated"
    assert (marsh.n_randomized, marsh.n_completed, marsh.comparator, marsh.outcome_measures, marsh.direction) == (
        84, 77, "placebo", ["PDSS"], "positive")
    assert marsh.dose[0].value == 50 and marsh.dose[0].unit == "mg" and marsh.dose[0].timing == "1 hour before exposure"
    assert (quinn_a.id, quinn_b.id) == ("Quinn2010a", "Quinn2010b")
    assert quinn_a.facts_from == "abstract" and quinn_a.n_randomized == 15
    assert quinn_b.facts_from == "none"


def test_same_study_in_two_files_is_merged_keeping_curated_id_and_facts(tmp_path):
    records, infos = load_references([write(tmp_path, "set.nbib", MEDLINE), write(tmp_path, "trusted.csv", CSV)])
    assert [i.records for i in infos] == [2, 3]
    marsh = next(r for r in records if r.pmid == "31000001")
    assert marsh.id == "Marsh2015" and marsh.n_randomized == 84 and marsh.journal_abbrev == "J Psychopharmacol"
    assert marsh.doi == "10.1177/0269881115570001" and len(records) == 4


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.ris", None, "cannot read"),
        ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("notes.txt", "Just some notes about papers I liked.\n", "unknown reference format"),
        ("empty.csv", "id,authors,year,title\n", "no usable csv records"),
        ("all-bad.ris", "TY  - JOUR\nTI  - never ends\n", "first problem at line 1"),
        ("broken.xml", "<PubmedArticleSet><PubmedArticle>", "not well-formed PubMed XML"),
        ("bad.json", '[{"title": "x",}]', "invalid JSON at line 1"),
    ],
)
def test_unusable_file_is_one_line_error(tmp_path, name, content, message):
    path = tmp_path / name if content is None else write(tmp_path, name, content)
    with pytest.raises(ReferenceFileError) as caught:
        load_references([path])
    assert message in str(caught.value) and "\n" not in str(caught.value) and name in str(caught.value)


def test_latin1_csv_is_decoded(tmp_path):
    path = write(tmp_path, "latin.csv", "id,authors,year,title\nM1,Müller J,2016,Caf\xe9 study\n".encode("latin-1"))
    records, _ = load_references([path])
    assert records[0].authors == ["Müller J"] and records[0].title == "Café study"


@pytest.fixture
def real_fields(monkeypatch):
    """Undo the stand-in: these tests hold the contract with the real extractors.fields."""
    monkeypatch.delitem(sys.modules, "extractors.fields")
    return pytest.importorskip("extractors.fields")


def test_facts_come_from_the_real_field_extractors(tmp_path, real_fields):
    csv_text = (
        "id,authors,year,title,dose,comparator,outcome_measures,finding,abstract\n"
        "Quist2018,Quist E,2018,Eight weeks of serelanine,0.5 g/day,usual care,Hamilton Anxiety Rating Scale,"
        "Serelanine produced a greater reduction in HAMA scores than usual care.,\n"
        "Abe2020,Abe K,2020,An abstract-only record,,,,,"
        "Sixty adults with panic disorder were randomized to 50 mg serelanine or placebo. PDSS scores did not differ between groups.\n"
    )
    quist, abe = load_references([write(tmp_path, "trusted.csv", csv_text)])[0]
    assert quist.facts_from == "curated" and quist.comparator == "treatment as usual" and quist.outcome_measures == ["HAMA"]
    assert [(d.value, d.unit) for d in quist.dose] == [(0.5, "g/day")] and quist.direction == "positive"
    assert abe.facts_from == "abstract" and abe.n_randomized == 60 and abe.comparator == "placebo"
    assert [(d.value, d.unit) for d in abe.dose] == [(50, "mg")] and abe.direction == "null"


@pytest.mark.parametrize(
    ("author", "surname"),
    [("Marsh AB", "Marsh"), ("van der Berg J", "van der Berg"), ("Smith JA Jr", "Smith"), ("García-López M", "García-López"), ("WHO", "WHO")],
)
def test_surname_of_a_surname_initials_name(author, surname):
    from pipeline.references.authors import surname_of

    assert surname_of(author) == surname


SEMICOLON_CSV = (
    "ID;Authors;Year;Title;N Randomized;N_Completed;Dose;Outcome Measures\r\n"
    "Marsh2015;\"Marsh AB; Okafor C\";2015;Exposure plus drug;84;77;0,5 g|10 mg;PDSS, CGI-I\r\n"
    "Berg2011;van der Berg J, Ito K;2011;Another trial;1,200;;;LSAS\r\n"
)


def test_semicolon_csv_with_header_variants_and_cell_lists(tmp_path):
    records, [info] = load_references([write(tmp_path, "excel.csv", SEMICOLON_CSV)])
    assert info.format == "csv" and info.records == 2 and not info.skipped
    marsh, berg = records
    assert marsh.id == "Marsh2015" and marsh.authors == ["Marsh AB", "Okafor C"]
    assert (marsh.n_randomized, marsh.n_completed) == (84, 77)
    assert [(d.value, d.unit) for d in marsh.dose] == [(0.5, "g"), (10, "mg")]  # decimal comma, '|' between doses
    assert marsh.outcome_measures == ["PDSS", "CGI-I"]
    assert berg.authors == ["van der Berg J", "Ito K"] and berg.n_randomized == 1200 and berg.outcome_measures == ["LSAS"]


def test_tab_separated_export_keeps_semicolon_lists(tmp_path):
    text = "pmid\tauthors\tyear\toutcome_measures\tn randomised\n31000001\tMarsh AB; Okafor C\t2015\tPDSS; CGI-I\t84\n"
    records, [info] = load_references([write(tmp_path, "export.tsv", text)])
    assert info.format == "csv" and records[0].id == "pmid:31000001"
    assert records[0].authors == ["Marsh AB", "Okafor C"] and records[0].outcome_measures == ["PDSS", "CGI-I"]
    assert records[0].n_randomized == 84


def test_comma_csv_keeps_commas_inside_quoted_cells(tmp_path):
    text = 'id,title,journal,authors\nF2020,"Anxiety, stress and sleep","Anxiety, Stress, & Coping","Ferreira L; Kahn D"\n'
    [record], _ = load_references([write(tmp_path, "t.csv", text)])
    assert record.journal == "Anxiety, Stress, & Coping" and record.authors == ["Ferreira L", "Kahn D"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_excel_csv_encodings(tmp_path, encoding):
    text = "Id,Authors,Year,Title,N_Randomized\r\nG2019,García-López M; Müller J,2019,Café “trial” – results,40\r\n"
    [record], _ = load_references([write(tmp_path, "excel.csv", text.encode(encoding))])
    assert record.id == "G2019" and record.authors == ["García-López M", "Müller J"]
    assert record.title == "Café “trial” – results" and record.n_randomized == 40


@pytest.mark.parametrize(
    ("header", "column"),
    [("N Randomized", "n_randomized"), ("N_Randomized", "n_randomized"), (" n-randomised ", "n_randomized"),
     ("Outcome Measures", "outcome_measures"), ("PMID", "pmid"), ("Dose Timing", "dose_timing"), ("\ufeffID", "id")],
)
def test_header_names_fold_to_spec_columns(header, column):
    from pipeline.references.csv_table import column_name

    assert column_name(header) == column


def test_semicolon_csv_is_recognised_by_content(tmp_path):
    _, [info] = load_references([write(tmp_path, "curated.txt", SEMICOLON_CSV)])
    assert info.format == "csv"


def test_csv_cells_as_curators_write_them(tmp_path):
    text = (
        "id,pmid,doi,year,n_randomized,n_completed,direction\n"
        "A1,PMID: 31000001,doi:10.1000/ABC,2015-03-01,84 (42/42),n=77,Improved\n"
        "A2,31000002.0,,2016a,\"1,200\",,\n"
        "A3,,,Mar 2017,forty,,\n"
        "A4,,,2018,,,sometimes\n"
    )
    records, [info] = load_references([write(tmp_path, "t.csv", text)])
    a1, a2 = records
    assert (a1.pmid, a1.doi, a1.year, a1.n_randomized, a1.n_completed, a1.direction) == ("31000001", "10.1000/abc", 2015, 84, 77, "positive")
    assert (a2.pmid, a2.year, a2.n_randomized) == ("31000002", 2016, 1200)
    assert [(s.line, s.error.split(":")[1].strip()) for s in info.skipped] == [(4, "n_randomized is not a whole number"), (5, "direction must be one of ['mixed', 'negative', 'null', 'positive', 'unknown'], not 'sometimes'")]


def test_two_headers_for_one_column_keep_the_filled_cell(tmp_path):
    [record], _ = load_references([write(tmp_path, "t.csv", "id,N,N Randomized\nA1,,84\n")])
    assert record.n_randomized == 84


def test_direction_in_words_is_read_by_the_field_extractor(tmp_path, real_fields):
    [record], _ = load_references([write(tmp_path, "t.csv", "id,title,direction\nA1,A trial,no significant difference\n")])
    assert record.direction == "null"


ZOTERO_RIS = """TY  - JOUR
A1  - Ito, K.
Y1  - 2019/03/01
TI  - Another trial
T2  - Sleep Medicine
UR  - https://doi.org/10.1016/J.SLEEP.2019.01.002
N1  - PMID: 30900002
ER  - 

TY  - JOUR
AU  - Abe, K.
PY  - 2020
TI  - A third trial
DO  - https://doi.org/10.1000/XYZ.1.
ER  - 
"""


def test_ris_identifiers_from_links_and_notes_and_dois_as_bare_keys(tmp_path):
    ito, abe = load_references([write(tmp_path, "zotero.ris", ZOTERO_RIS)])[0]
    assert (ito.id, ito.doi, ito.pmid, ito.year) == ("pmid:30900002", "10.1016/j.sleep.2019.01.002", "30900002", 2019)
    assert (abe.id, abe.doi) == ("doi:10.1000/xyz.1", "10.1000/xyz.1")


def test_bibtex_and_csl_json_identifiers_from_notes_links_and_eprints(tmp_path):
    bib = ("@article{m15, author = {M{\\\"u}ller, J. and van der Berg, Jan}, title = {A trial}, year = 2015,\n"
           "  note = {PMID: 25700001}, url = {https://doi.org/10.1016/j.x.2015.01.001}}\n"
           "@article{i19, author = {Kenji Ito}, title = {Another}, date = {2019-03-01}, eprint = {30900002}, eprinttype = {pubmed}}\n")
    csl = '[{"title": "Third", "author": [{"family": "Abe", "given": "K"}], "note": "PMID: 31000009\\nDOI: 10.1000/ABC"}]'
    (muller, ito), _ = load_references([write(tmp_path, "lib.bib", bib)])
    [abe], _ = load_references([write(tmp_path, "lib.json", csl)])
    assert (muller.pmid, muller.doi, muller.authors) == ("25700001", "10.1016/j.x.2015.01.001", ["Müller J", "van der Berg J"])
    assert (ito.pmid, ito.year) == ("30900002", 2019)
    assert (abe.pmid, abe.doi) == ("31000009", "10.1000/abc")


@pytest.mark.parametrize(
    ("written", "name"),
    [("Marsh, Alice B.", "Marsh AB"), ("Marsh A.B.", "Marsh AB"), ("Alice B. Marsh", "Marsh AB"), ("Jan van der Berg", "van der Berg J"),
     ("van der Berg J", "van der Berg J"), ("María García-López", "García-López M"), ("Smith JA Jr", "Smith JA Jr"),
     ("WHO Collaborative Group", "WHO Collaborative Group"), ("Okafor", "Okafor")],
)
def test_author_names_in_any_common_order(written, name):
    from pipeline.references.authors import from_any

    assert from_any(written) == name


def test_curated_csv_authors_written_given_name_first(tmp_path):
    [record], _ = load_references([write(tmp_path, "t.csv", "id,authors,year\nA1,Alice B. Marsh; Chidi Okafor,2015\n")])
    assert record.authors == ["Marsh AB", "Okafor C"] and record.first_author == "Marsh"
