"""Wave 30: a digest's citation line (first author, the journal abbreviated word by word, the
year closing it, on the same line or the next, alone or after the article's title), and a
flattened superscript after a dose unit's full stop closing a paragraph ("... 5 mg.7").
All people, journals and numbers are invented."""

from __future__ import annotations

import re

import pytest

from extractors import extract
from extractors.attribution import find_attributions, study_from
from pipeline.model import Block, Document


def _study(text: str):
    return study_from(find_attributions(text), text)


@pytest.mark.parametrize(("text", "author", "year"), [
    # the year on the line after the journal
    ("Okonkwo et al., Trop Med Paediatr\n2021. 240 infants with malaria received artesunate suppositories.", "Okonkwo", 2021),
    ("Lindqvist & Baptiste, Vet Dermatol J\n2019. Forty itchy dogs were given oclacitinib or a dummy tablet.", "Lindqvist", 2019),
    ("Ødegaard, Scand J Sleep Res\n2023. Registry cohort of 8,400 shift workers; melatonin users slept longer.", "Ødegaard", 2023),
    ("Ruiz-Pardo and Hale, Br J Oral Surg\r\n2020. 96 adults having third molars removed took ibuprofen.", "Ruiz-Pardo", 2020),
    # after the article's title, as a journal club list prints it
    ("3) Iron for restless legs. Tanaka et al., Mov Disord Pract\n2022. 60 adults took ferric carboxymaltose.", "Tanaka", 2022),
    ("Bright light for delirium. Moreau & Chen, Crit Care Nurs Q\n2018. 112 ICU patients were randomised.", "Moreau", 2018),
    # on one line
    ("Haddad et al., Eur J Dermatol Res 2024. Nicotinamide cut new keratoses in 150 transplant recipients.", "Haddad", 2024),
    ("Bergström, Acta Obstet Nord 2017. 300 women took low-dose aspirin from week 12.", "Bergström", 2017),
])
def test_a_digest_citation_line_names_the_author_and_year(text, author, year):
    study = _study(text)
    assert (study.first_author, study.year) == (author, year)


def test_digest_citation_lines_one_after_another():
    text = ("Okonkwo et al., Trop Med Paediatr\n2021. 240 infants.\n"
            "Lindqvist & Baptiste, Vet Dermatol J\n2019. Forty dogs.")
    assert [(h.first_author, h.year) for h in find_attributions(text)] == [("Okonkwo", 2021), ("Lindqvist", 2019)]


@pytest.mark.parametrize("text", [
    "However, Lancet Oncology\n2019. Something else was reported in 40 patients.",
    "In Boston, Massachusetts General\n2019. Forty patients were enrolled.",
])
def test_a_clause_before_a_journal_is_no_author(text):
    assert _study(text).first_author not in ("However", "In")


def _claims(text: str):
    blocks = [Block(m.start(), m.end(), "main", "paragraph") for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", text)]
    document = Document("doc-w30", "doc-w30.txt", "text", "0" * 64, text=text, blocks=blocks)
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(("last_line", "marker"), [
    ("of patients responding to doses between 2.5 and 7.5 mg.9", "9"),
    ("of infants reaching target levels on 400 IU.9", "9"),
    ("of adults sleeping better after 3 g.9", "9"),
])
def test_a_flattened_superscript_after_a_units_full_stop_cites_the_paragraph(last_line, marker):
    text = (
        "Restless legs syndrome is common in pregnancy.1 Iron and dopamine agonists are used first.2,3\n\n"
        "An open-label study in 44 adults titrated the drug from 1 mg upwards\n"
        "and found the most common effective dose was 5 mg, with 80%\n"
        f"{last_line}\n"
    )
    cited = [c for c in _claims(text) if "open-label" in c.evidence.text]
    assert cited and cited[0].study.markers == [marker]


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("ORIGINAL ARTICLE Headache Science 2011; 14 (3): 55-61 Riboflavin prophylaxis in children with migraine", "Headache Science", 2011),
    ("Research Article Journal of Sleep Science 2019; 4 (1): 10-18 Melatonin for jet lag in cabin crew", "Journal of Sleep Science", 2019),
    ("Clinical Study Annals of Dental Hygiene 2020; 31 (2): 44-9 Chlorhexidine varnish in orthodontic patients", "Annals of Dental Hygiene", 2020),
])
def test_the_article_type_before_a_journal_is_not_its_name(text, venue, year):
    study = _study(text)
    assert (study.venue, study.year) == (venue, year)
