"""Attribution on real pages, wave 40: a publisher's masthead whose volume line ("Volume 2019,
Article ID ...") sits under the journal's name names that journal, never one called "Volume"; an
APA reference's first author stays first however long its list and whatever hyphenated surname
sits in it.
All trials, people and journals are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.attribution import find_attributions
from pipeline.ingest import ingest
from pipeline.model import Document


def _ingest(tmp_path: Path, page: str, suffix: str = "txt") -> Document:
    path = tmp_path / f"page.{suffix}"
    path.write_text(page, encoding="utf-8")
    return ingest(str(path))


_ABSTRACT = """Abstract

Background. Evidence for {drug} in {condition} is scarce. Methods. We randomised 120 adults with {condition} to {drug} or placebo for 12 weeks. Results. The primary score improved more with {drug} than with placebo (p = 0.01). Conclusion. {drug} helped adults with {condition}.

1. Introduction

{condition} is common and costly, and treatments are limited. """ + "Earlier work was small and unblinded. " * 30


@pytest.mark.parametrize(("journal", "volume_line", "year", "drug", "condition"), [
    ("Journal of Sleep Medicine", "Volume 2021, Article ID 6612093, 8 pages", 2021, "melatonin", "insomnia"),
    ("Cardiology Research and Practice", "Vol. 14, Issue 2, 2018, pp. 101-109", 2018, "colchicine", "pericarditis"),
    ("Pediatric Gastroenterology & Nutrition", "Volume 7, Number 3; March 2016, e0412", 2016, "lactulose", "constipation"),
])
def test_a_volume_line_under_the_journal_name_names_the_journal(tmp_path: Path, journal: str, volume_line: str, year: int,
                                                                drug: str, condition: str) -> None:
    page = (f"Table of Contents Author Guidelines Submit a Manuscript\n{journal}\n{volume_line}\n"
            f"https://doi.org/10.5555/{year}/6612093\nClinical Study\n\n"
            f"Oral {drug} for {condition}: a randomized placebo-controlled trial\n\n"
            f"Department of Medicine, Faculty of Medicine, Example University, Springfield\n\n"
            f"Received 8 January {year}; Accepted 3 April {year}; Published 18 April {year}\n\n"
            + _ABSTRACT.format(drug=drug, condition=condition))
    meta = _ingest(tmp_path, page).meta
    assert meta.journal == journal
    assert meta.year == year


@pytest.mark.parametrize(("reference", "first"), [
    ("Okafor, N., Brandt, L., Silva, M., Chen, Y., Novak, P., Dubois, A., Haddad, R., & Kowalski, J. (2021). "
     "Zinc lozenges for the common cold in adults. Journal of Respiratory Care, 12(3), 45-52.", "Okafor"),
    ("Lindqvist, P., Moreau, C., Ferreira-Lima, T., & Haddad, R. (2018). Iron dosing on alternate days in "
     "pregnancy. Obstetric Medicine, 4(2), 101-109.", "Lindqvist"),
    ("Tan, B., Ruiz, A., Novak, P., Chen, Y., Brandt, L., Garcia-Lopez, M., & Silva, M. (2016). Creatine and "
     "sprint cycling. Sports Nutrition Review, 9, 12-19.", "Tan"),
])
def test_an_apa_reference_is_credited_to_its_first_author(reference: str, first: str) -> None:
    authors = [a for a in find_attributions(reference) if a.first_author]
    assert authors and authors[0].first_author == first
