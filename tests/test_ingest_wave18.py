"""Journal pages whose bylines the abstract-page reader missed: a Hindawi article prints its
affiliation marks after the comma ("Name,1 Name,2"), a Cambridge page prints one author per
line over an "Affiliation:" label and dates the paper "Published online by ...". (All names,
titles and journals below are invented.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.abstract_page import _authors
from pipeline.model import Document

_ABSTRACT = ("{subject} is used in folk medicine for pain. The present study aimed to investigate its analgesic "
             "activity in {animals} using the formalin, tail flick and hot plate tests. The extract was given at 50, "
             "100 and 200 mg/kg intraperitoneally, and morphine served as the positive control. The extract at 200 mg/kg "
             "reduced pain behaviour in both phases of the formalin test and prolonged the latency in the hot plate test "
             "compared with the vehicle group. These results suggest that the extract has central and peripheral "
             "analgesic effects.")


def _hindawi(byline: str, subject: str, animals: str) -> str:
    return f"""Hindawi Publishing Corporation

Journal of Invented Pharmacology


Volume 2015, Article ID 123456, 6 pages
http://dx.doi.org/10.1155/2015/123456

Research Article
Analgesic Effects of {subject} in {animals.title()}
by Formalin and Hot Plate Tests

{byline}
1
Department of Pharmacology, Faculty of Medicine, Invented University, Springfield

Correspondence should be addressed to A. Writer; writer@example.org

Received 2 March 2015; Accepted 9 May 2015; Published 1 June 2015

Copyright © 2015 A. Writer et al. This is an open access article distributed under the Creative Commons Attribution
License, which permits unrestricted use, distribution, and reproduction in any medium, provided the original work is properly
cited.

{_ABSTRACT.format(subject=subject, animals=animals)}
"""


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(str(path))


@pytest.mark.parametrize("byline, first", [
    ("Leila Farahani-Nour,1 Mina Sadri,1 Reza Kamali,2", "Farahani-Nour L"),
    ("Wei-Ling Tan,1 Nur Aisyah Rahman,2 and Dayang Siti Halim2", "Tan WL"),
    ("Tomas Lindqvist,1,2 Anna Berg,1 and Erik Holm3", "Lindqvist T"),
])
def test_a_hindawi_byline_with_marks_after_the_comma_gives_the_first_author(tmp_path, byline, first):
    doc = _read(tmp_path, _hindawi(byline, "Motherwort", "mice"))
    assert doc.meta.authors[0] == first and doc.meta.year == 2015


def test_marks_after_the_comma_part_names_however_the_line_reads():
    assert _authors("Leila Farahani-Nour,1 Mina Sadri,1 Reza Kamali,2", "metadata") == [
        "Farahani-Nour L", "Sadri M", "Kamali R"]


def test_a_sentence_with_numbers_after_commas_is_no_byline():
    assert _authors("Doses were 50,100 and 200 mg/kg given once", "metadata") == []


_CAMBRIDGE = """Hostname: page-component-1a2b3c Total loading time: 0 Render date: 2024-03-28T09:41:14.328Z

Beetroot juice lowers blood pressure in older adults: a 4-week, double-blind, randomised, placebo-controlled trial

Published online by Cambridge University Press:  {date}

{authors}
Rights & Permissions [Opens in a new window]

Abstract

Dietary nitrate lowers blood pressure in young adults, but few trials have tested it in older adults with treated \
hypertension. We aimed to assess the effect of daily nitrate-rich beetroot juice compared with nitrate-depleted placebo \
juice in 64 adults aged 65 years or older. Participants drank 140 ml of juice daily for four weeks in random order with a \
two-week washout. Clinic systolic blood pressure fell by 6 mmHg more with nitrate than with placebo (P = 0.01), while \
diastolic blood pressure did not differ. Daily dietary nitrate may be a low-cost adjunct in older adults with hypertension.
"""


def _stacked(names: list[str]) -> str:
    return "\n".join(f"{name}\nAffiliation:\nDepartment of Medicine, Invented Hospital, Springfield" for name in names)


@pytest.mark.parametrize("names, date, first, year", [
    (["Ciara M. Kennedy*", "Owen Doyle", "Priya Raman"], "19 March 2018", "Kennedy CM", 2018),
    (["Henrik Aas", "Maja L. Strand"], "02 June 2021", "Aas H", 2021),
    (["Sofia Greco†", "Luca Ferri", "Anna Bruno", "Marco Conti"], "7 January 2016", "Greco S", 2016),
])
def test_a_cambridge_page_gives_the_authors_over_their_affiliation_lines_and_the_online_year(tmp_path, names, date, first,
                                                                                            year):
    doc = _read(tmp_path, _CAMBRIDGE.format(date=date, authors=_stacked(names)))
    assert doc.meta.authors[0] == first and len(doc.meta.authors) == len(names) and doc.meta.year == year


_VIVO = """{title}. Journal Articles uri icon

  •  
  • Overview
  •  
  • Research
  •  
  • View All
  •  

abstract

  • {abstract}
"""


@pytest.mark.parametrize("title, abstract", [
    ("The effect of weighted blankets on sleep in adults with psychiatric disorders: A systematic review and "
     "meta-analysis", "There is limited synthesized evidence for weighted blankets in psychiatric patients. We searched "
     "MEDLINE and EMBASE up to 2023 for randomized trials and cohort studies. Nine studies of 553 patients were included. "
     "Weighted blankets reduced insomnia severity compared with light blankets, with moderate heterogeneity. Weighted "
     "blankets may help sleep in psychiatric patients, but larger trials are needed."),
    ("Oral zinc for the common cold in adults: a randomized controlled trial", "Zinc lozenges are widely used for colds "
     "but trials disagree. We randomized 120 adults with a cold of less than 24 hours to zinc acetate lozenges 13 mg or "
     "placebo every two hours while awake. Colds lasted 4.1 days with zinc and 6.2 days with placebo (P = 0.002). Adverse "
     "effects were mild. Zinc acetate lozenges shortened the common cold in adults."),
])
def test_a_vivo_profile_gives_its_bulleted_abstract_under_a_lowercase_heading(tmp_path, title, abstract):
    doc = _read(tmp_path, _VIVO.format(title=title, abstract=abstract))
    assert doc.meta.title == title
    assert abstract in doc.text[doc.meta.abstract_start:doc.meta.abstract_end]
