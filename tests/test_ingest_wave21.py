"""Abstract pages whose structured labels are capitals set apart by one space, as JAMA prints
them ("RESULTS Eczema occurred ...", "DESIGN, SETTING, AND PARTICIPANTS Double-blind ..."),
under a title and a citation line with no "Abstract" heading. (All trials, names and journals
are invented.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest

_PAGES = [
    """Invented Archives of Dermatology 2019; 155: 1021-1028

Probiotic supplementation in infants at risk of atopic dermatitis: the PROTECT randomised trial

BACKGROUND Atopic dermatitis often begins in infancy.
OBJECTIVE To test whether Lactobacillus rhamnosus GG prevents eczema.
DESIGN, SETTING, AND PARTICIPANTS Double-blind trial in 4 centres; 415 infants with a family history of allergy.
INTERVENTIONS LGG 10^10 CFU daily or placebo from birth to 6 months.
MAIN OUTCOMES AND MEASURES Cumulative eczema at 2 years.
RESULTS Eczema occurred in 28% of the LGG group and 31% of the placebo group (p=0.42).
CONCLUSIONS AND RELEVANCE LGG did not prevent eczema.
""",
    """Invented JAMA Otolaryngology. 2021;147(6):540-547

Xylitol nasal irrigation for chronic rhinosinusitis: a randomized clinical trial

IMPORTANCE Chronic rhinosinusitis impairs quality of life.
OBJECTIVE To compare xylitol with saline irrigation.
DESIGN, SETTING, AND PARTICIPANTS This trial enrolled 96 adults at 3 academic clinics.
INTERVENTIONS Xylitol 12 g in 240 ml water or saline, twice daily for 30 days.
RESULTS Symptom scores improved more with xylitol than saline (mean difference 6.8; p=0.01).
CONCLUSIONS AND RELEVANCE Xylitol irrigation may relieve chronic rhinosinusitis.
""",
]


@pytest.mark.parametrize("page", _PAGES)
def test_capital_labels_one_space_before_their_text_make_a_structured_abstract(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = ingest(str(path))
    meta = doc.meta
    assert meta.is_study and meta.abstract_start is not None
    abstract = doc.text[meta.abstract_start:meta.abstract_end]
    assert abstract.lstrip().startswith(("BACKGROUND", "IMPORTANCE")) and "CONCLUSIONS AND RELEVANCE" in abstract


def test_a_news_page_with_a_capital_results_line_is_no_abstract(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("HEALTH NEWS\n\nRESULTS ARE IN for the city marathon\n\nThousands ran on Sunday, and most finished "
                    "before noon. Organisers said the weather helped.\n", encoding="utf-8")
    assert ingest(str(path)).meta.abstract_start is None
