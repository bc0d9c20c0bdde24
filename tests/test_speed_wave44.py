"""Wave 44 speed: a table's repeated Control cells are read once per document, never across documents."""

from extractors import extract
from extractors.blocks import label_text
from extractors.table_claims import _comparator_cell
from pipeline.model import Document, DocumentMeta

_TABLE = (
    "Study\tDesign\tN\tIntervention\tComparator\tFinding\n"
    "Okafor 2019\tRCT\t60\tMelatonin 3 mg\tPlacebo\tSleep onset latency reduced vs placebo (p = 0.01)\n"
    "Lindqvist 2021\tRCT\t48\tMelatonin 5 mg\tPlacebo\tNo difference in total sleep time\n"
    "Haddad 2022\tRCT\t90\tLithium 600 mg\tTreatment as usual\tFewer relapses at 12 months\n"
)


def _document(name: str) -> Document:
    return Document(name, f"{name}.txt", "text", "0" * 64, text=_TABLE, blocks=label_text(_TABLE), meta=DocumentMeta())


def test_a_repeated_control_cell_is_read_once_in_a_document():
    _comparator_cell.cache_clear()
    extract([_document("trials")])
    info = _comparator_cell.cache_info()
    assert info.hits >= 1  # the second "Placebo" row
    assert _comparator_cell("Placebo") == _comparator_cell.__wrapped__("Placebo")


def test_each_document_reads_its_own_control_cells():
    extract([_document("first")])
    one = _comparator_cell.cache_info()
    extract([_document("first"), _document("second")])
    two = _comparator_cell.cache_info()
    assert one.misses > 0
    assert (two.hits, two.misses) == (one.hits, one.misses)  # the second document found no cell of the first's memo
