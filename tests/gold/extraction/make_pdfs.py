"""Regenerate the PDF documents of the extraction gold set.

The PDFs are committed; rerun this only after editing their text here, then check
that every gold evidence string still occurs in the text pdfplumber extracts
(tests/test_evaluate_extraction.py does). Run: python tests/gold/extraction/make_pdfs.py
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

DOCS = Path(__file__).parent / "docs"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_creation_date(datetime(2023, 1, 1, tzinfo=timezone.utc))  # fixed, so regenerating gives identical bytes
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str, size: int = 13) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _table(pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...]) -> None:
    pdf.set_font("Helvetica", "", 8)
    with pdf.table(col_widths=widths, borders_layout="ALL", line_height=5, text_align="LEFT") as table:
        for row in rows:
            table.row(row)
    pdf.ln(4)


def review_psilocybin() -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, "Current Topics in Psychedelic Medicine  |  Vol 3  |  2023  |  pp. 44-52", new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Psilocybin for depression and addiction: a narrative review", 15)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "R. Achebe-Lund, MD and S. Kowalczyk, PhD", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _heading(pdf, "1. Background")
    _para(pdf, "Psilocybin is a tryptamine found in more than 200 species of mushroom. It is a partial agonist "
               "at the serotonin 5-HT2A receptor and produces altered states lasting four to six hours.")
    _heading(pdf, "2. Depression")
    _para(pdf, "Fairweather et al. (2016) gave two doses of psilocybin, 10 mg and 25 mg, seven days apart to "
               "twelve patients with treatment-resistant depression. Depressive symptoms on the QIDS-SR fell "
               "markedly from baseline at one week.")
    _para(pdf, "In a larger trial (Mbeki & Sorensen, 2021), 59 patients were randomised to psilocybin or escitalopram "
               "for six weeks. The two arms did not differ on the QIDS-SR.")
    _heading(pdf, "3. Table of trials")
    _table(pdf, [
        ["Study", "N", "Dose", "Comparator", "Outcome", "Finding"],
        ["Holloway 2018", "51", "22 or 30 mg", "Placebo", "HAMD", "Large reduction vs placebo"],
        ["Ansari 2020", "27", "20 mg", "Waitlist", "HAMD", "Remission in 54% vs waitlist"],
        ["Pereira 2022", "233", "1, 10 or 25 mg", "Niacin", "MADRS", "Only 25 mg beat niacin at wk 3"],
        ["Lindahl 2023", "104", "25 mg", "Placebo", "MADRS", "Sustained MADRS benefit"],
    ], (30, 12, 30, 34, 26, 58))
    _heading(pdf, "4. Addiction")
    _para(pdf, "For alcohol use disorder, a 2022 trial in JAMA Psychiatry reported fewer heavy drinking days "
               "with psilocybin than with diphenhydramine.")
    _para(pdf, "Contact: editorial@ctpm.example   |   (c) 2023 CTPM. All rights reserved.")
    pdf.output(str(DOCS / "review-psilocybin.pdf"))


def vendor_whitepaper_magnesium() -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "NUTRAPURE INGREDIENTS  -  WHITE PAPER WP-117", new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Magnesium L-threonate and cognition: the clinical evidence", 14)
    _para(pdf, "Magnesium is the fourth most abundant cation in the body. Magnesium L-threonate was designed "
               "to raise magnesium concentrations in the brain.")
    _para(pdf, "In a 12-week trial, Okoro et al. (2016) randomised 44 older adults to 1.5-2 g/day of magnesium "
               "L-threonate or placebo; the active group improved on a composite of executive function.")
    _para(pdf, "Cognitive scores on the MoCA did not change in a later study of 90 adults (Delacroix-Beaumont "
               "et al., 2019) that used 2 g/day for six months.")
    _para(pdf, "A 2021 pilot study in Nutrients Today found better sleep (PSQI) after 1 g daily in 20 adults.")
    _heading(pdf, "Specifications")
    _table(pdf, [
        ["Parameter", "Specification"],
        ["Magnesium content", "7.2 - 8.3 %"],
        ["Loss on drying", "< 5.0 %"],
        ["Lead", "< 1 µg/g"],
    ], (60, 60))
    _para(pdf, "NutraPure Ingredients, Inc. | 1-888-555-0144 | sales@nutrapure.example | Since 1998")
    _para(pdf, "These statements have not been evaluated by the Food and Drug Administration. This product is not "
               "intended to diagnose, treat, cure or prevent any disease.")
    pdf.output(str(DOCS / "whitepaper-magnesium-threonate.pdf"))


if __name__ == "__main__":
    review_psilocybin()
    vendor_whitepaper_magnesium()
