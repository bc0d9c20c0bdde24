"""Attribution shapes holdout 15 read wrong, as families (studies invented): an NLM-abbreviated
journal and its year is a venue, not an author named by the journal's last word; a surname
hyphen-broken over a line of a CRLF file keeps both parts."""

import pytest

from extractors.attribution import find_attributions, study_from


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("The LUNA trial, published in Diabetes Care (2026), enrolled 480 women with gestational diabetes.",
     "Diabetes Care", 2026),
    ("Electroacupuncture cut daytime voiding in 52 women (Int Urogynecol Rep, 2023).", "Int Urogynecol Rep", 2023),
    ("Melatonin halved delirium in 120 ventilated patients (Crit Care, 2019).", "Crit Care", 2019),
    ("Honey shortened night cough in 105 children (Arch Pediatr Adolesc Med, 2007).", "Arch Pediatr Adolesc Med", 2007),
    ("The dose-finding study, published in Lancet Diabetes Endocrinol (2021), randomised 300 adults.",
     "Lancet Diabetes Endocrinol", 2021),
    ("Bladder training helped 40 women (Neurourol Urodyn 2020).", "Neurourol Urodyn", 2020),
])
def test_an_abbreviated_journal_and_year_is_a_venue(text: str, venue: str, year: int) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.venue, study.year) == (None, venue, year)


@pytest.mark.parametrize(("text", "author"), [
    ("Pelvic floor training helped 40 women (Lopez Garcia, 2019).", "Garcia"),
    ("Sleep improved in 60 adults (Okoye et al., Sleep Med Open 2025).", "Okoye"),
    ("Pelvic floor training helped (Smith and Care, 2020).", "Smith"),
])
def test_authors_stay_authors(text: str, author: str) -> None:
    assert study_from(find_attributions(text), text).first_author == author


@pytest.mark.parametrize(("text", "author"), [
    ("Dressings healed the wounds four days sooner (Teixeira-\r\nBoyd, Vet Rec Case Rep 2025).", "Teixeira-Boyd"),
    ("Tapering cut relapses in 88 adults (Ruiz-\r\nOrtega et al., 2021).", "Ruiz-Ortega"),
    ("Ruiz-\r\nOrtega and Lund (2020) found that night splints eased heel pain in 64 runners.", "Ruiz-Ortega"),
    ("Nakamura-\nPeterson (2018) gave 120 adults sertraline 50 mg.", "Nakamura-Peterson"),
    ("Sertraline lowered HAMD scores in 90 adults (Ha-\r\nraldsen et al., 2019).", "Haraldsen"),
])
def test_a_surname_broken_over_a_line_keeps_both_parts(text: str, author: str) -> None:
    assert study_from(find_attributions(text), text).first_author == author
