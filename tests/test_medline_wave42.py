"""Wave 42: a MEDLINE export that a web page printed with its line breaks collapsed
("PMID- 1 OWN - NLM ... TI - ... AB - ...") is still read as a record, its abstract one
own-study claim; a title or abstract that merely contains " - " is not cut up."""

import re
from pathlib import Path

import pytest

from extractors import extract
from pipeline.ingest import ingest
from pipeline.ingest.pubmed import read_medline

_FIELDS = [
    ("PMID", "31000001"), ("OWN", "NLM"), ("STAT", "MEDLINE"), ("DP", "2019 Mar"),
    ("TI", "Topical timolol for infantile haemangioma - a randomized trial."),
    ("AB", "In this randomized, double-blind trial 96 infants with superficial haemangioma received timolol 0.5% "
           "gel twice daily or vehicle gel for 24 weeks. Lesion colour and size improved more with timolol than "
           "with vehicle (p < 0.001; 95% CI - 0.4 to 1.9)."),
    ("FAU", "Okoro, Adaeze"), ("AU", "Okoro A"), ("TA", "Pediatr Dermatol"), ("JT", "Pediatric dermatology"),
]


def _export(separator: str) -> str:
    lines = "\n".join(f"{tag:<4}- {value}" for tag, value in _FIELDS)
    return lines if separator == "\n" else re.sub(r"\s+", " ", lines)  # "PMID- 1 OWN - NLM STAT- MEDLINE ..."


@pytest.mark.parametrize("separator", ["\n", " "])
def test_an_export_read_with_or_without_its_line_breaks(separator):
    record = read_medline(_export(separator) + "\n").meta
    assert record.title.startswith("Topical timolol for infantile haemangioma - a randomized")
    assert record.abstract_end - record.abstract_start > 200


def test_a_collapsed_export_gives_its_abstract_claim(tmp_path: Path):
    path = tmp_path / "record.txt"
    path.write_text(_export(" ") + "\n", encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    (claim,) = result.claims
    assert claim.context == "abstract" and claim.n == 96 and "95% CI - 0.4 to 1.9" in claim.evidence.text
