"""Generate corpus/documents/review.pdf, the bundled sample's PDF review.

The review is written here rather than found, so its facts stay in step with the
trusted set in corpus/references/. Its study table is drawn with cell borders so
that pdfplumber's table finder sees it as a table. Run from anywhere:

    .venv/bin/python corpus/make_review_pdf.py
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).parent / "documents" / "review.pdf"
FIXED_DATE = datetime(2023, 5, 2, tzinfo=timezone.utc)

TITLE = "Glycine-site modulation as an adjunct to exposure therapy: a narrative review"
AUTHORS = "Helen Strand and Omar Farouk"
AFFILIATION = "Centre for Anxiety Research, Northfield University"

INTRO = [
    "Exposure therapy is the core psychological treatment for anxiety disorders, but some patients relapse or drop out. "
    "Drugs that strengthen extinction learning have therefore been tested as adjuncts to exposure. "
    "This review summarises the trials of serelanine, a glycine-site modulator of the NMDA receptor.",
]

FINDINGS = [
    "Marsh et al. (2015) randomised 84 adults with panic disorder to 50 mg or placebo one hour before "
    "each exposure session and found a greater reduction in PDSS scores with serelanine.",
    "Trials in social anxiety disorder and PTSD followed (Okafor & Lind, 2019; van der Berg 2020).",
    "Quist and Andersen (2018) gave 0.5 g daily for eight weeks to 120 patients with generalised anxiety "
    "disorder, and HAMA scores fell more than with placebo.",
    "In children with OCD, Reyes et al. (2019) reported that 50 mg before each session reduced CY-BOCS "
    "scores more than waitlist in 66 participants.",
    "Lindqvist and Obi (2016) found a larger CAPS reduction than placebo with 50 mg before trauma-focused "
    "exposure in 52 patients with PTSD.",
]

TABLE = [
    ("Study", "N", "Dose", "Comparator", "Outcome", "Finding"),
    ("Marsh et al. 2015", "84", "50 mg", "placebo", "PDSS", "Greater PDSS reduction"),
    ("Okafor et al. 2019", "60", "250 mg", "placebo", "LSAS", "Greater LSAS reduction"),
    ("van der Berg 2020", "36", "100 mg", "placebo", "CAPS", "No difference on CAPS"),
    ("Quist & Andersen 2018", "120", "0.5 g/day", "placebo", "HAMA", "Greater HAMA reduction"),
    ("Reyes et al. 2019", "66", "50 mg", "waitlist", "CY-BOCS", "Greater CY-BOCS reduction"),
]

CONCLUSION = [
    "Trials in PTSD and OCD are small, and none has yet reported follow-up beyond six months. "
    "Larger trials with longer follow-up are needed.",
]

REFERENCES = [
    "Lindqvist A, Obi N. Serelanine before trauma-focused exposure: a randomised trial in posttraumatic "
    "stress disorder. Depress Anxiety. 2016;33(9):820-828.",
    "Marsh AB, Okafor C, Feld T. Serelanine augmentation of exposure therapy for panic disorder: a "
    "randomised placebo-controlled trial. J Anxiety Disord. 2015;33:41-49. doi:10.5555/jad.2015.0041",
    "Okafor C, Lind J, Haddad R. Single-dose serelanine before group exposure for social anxiety "
    "disorder: a randomised trial. Behav Res Ther. 2019;118:55-63.",
    "Quist E, Andersen B. Eight weeks of serelanine in generalised anxiety disorder: a randomised "
    "controlled trial. J Clin Psychopharmacol. 2018;38(5):433-440.",
    "Reyes C, Albrecht N, Osei K. Serelanine-augmented exposure and response prevention for paediatric "
    "OCD: a waitlist-controlled trial. Eur Child Adolesc Psychiatry. 2019;28:1501-1510.",
    "van der Berg M, Ilves K. Serelanine as an adjunct to prolonged exposure for posttraumatic stress "
    "disorder: a pilot randomised trial. J Trauma Stress. 2020;33(4):512-520.",
]


class Review(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 10, f"Northfield Reviews in Psychiatry 2023; 7: 112-114    Page {self.page_no()}", align="C")


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)


def _paragraphs(pdf: FPDF, paragraphs: list[str]) -> None:
    for text in paragraphs:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def build(out: Path = OUT) -> Path:
    """Write the review PDF to ``out`` and return its path."""
    pdf = Review()
    pdf.set_creation_date(FIXED_DATE)  # a fixed date, so a rebuild gives identical bytes
    pdf.set_title(TITLE)
    pdf.set_author(AUTHORS)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, AUTHORS, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, AFFILIATION, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    _heading(pdf, "Introduction")
    _paragraphs(pdf, INTRO)
    _heading(pdf, "Clinical trials")
    _paragraphs(pdf, FINDINGS)
    _heading(pdf, "Table 1. Randomised trials of serelanine")
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(38, 12, 22, 24, 22, 52), line_height=6, first_row_as_headings=True) as table:
        for row in TABLE:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.set_font("Helvetica", size=11)
    _heading(pdf, "Conclusion")
    _paragraphs(pdf, CONCLUSION)
    pdf.add_page()
    _heading(pdf, "References")
    pdf.set_font("Helvetica", size=10)
    for entry in REFERENCES:
        pdf.multi_cell(0, 5, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    build()
