"""Wave 38: an MLA works-cited line under a finding names the finding's study and makes no claim
of its own, and neither does a further entry of the same list. People and journals invented."""

from __future__ import annotations

from extractors import extract
from pipeline.ingest import ingest


def _claims(tmp_path, text: str, name: str = "page.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract([ingest(str(path))])[0].claims


def test_mla_lines_under_a_finding_cite_it_and_make_no_claim(tmp_path) -> None:
    claims = _claims(tmp_path, (
        "# Tai chi for knee pain\n\n"
        "In a trial of 204 adults with knee osteoarthritis, twelve weeks of tai chi eased pain as much as "
        "physical therapy did.\n\n"
        '- Hartley, Claire, et al. "Tai Chi or Physiotherapy for Knee Pain." Joint Care Review 27.4 (2019): 45-50.\n'
        '- Lindqvist, Per. "Isotretinoin at Low Dose in Adult Acne." Acta Dermatologica Nordica, vol. 101, '
        "Mar. 2021, pp. 1-7.\n"))
    assert [(c.study.first_author, c.study.year, c.study.venue) for c in claims] == [
        ("Hartley", 2019, "Joint Care Review")]


def test_an_mla_line_under_a_paragraph_gives_its_year_and_journal(tmp_path) -> None:
    claims = _claims(tmp_path, (
        "Magnesium and migraine\n\n"
        "A randomised trial of 81 adults found that 600 mg of magnesium a day cut migraine attacks by 41% "
        "compared with placebo.\n\n"
        'Peikert, Anna, et al. "Oral Magnesium in Migraine Prophylaxis." Cephalalgic Research 16.4 (1996): 257-63.\n'),
        "page.txt")
    assert [(c.study.first_author, c.study.year, c.study.venue) for c in claims] == [
        ("Peikert", 1996, "Cephalalgic Research")]
