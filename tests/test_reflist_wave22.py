"""Reference entries as news pages and newsletters write their one reference: behind a label
("More information:", "Journal reference:", "Source:") and with "et al." after the first
author without a comma ("Bjornson LR et al. ..."). The label is no author, and the first
author stays the first author."""

import pytest

from extractors.reflist import parse_entry


def _entry(text):
    return parse_entry(text, 0, len(text), None, "d")


@pytest.mark.parametrize("text, first, year, venue", [
    ("More information: Nidorf SM, Fiolet ATL, et al. Colchicine in chronic coronary disease. N Engl J Med. 2020;383:1838-47.",
     "Nidorf SM", 2020, "N Engl J Med"),
    ("Journal reference: Okafor TA, Lee J. Honey for night-time cough in children. Pediatrics. 2021;147:e2020.",
     "Okafor TA", 2021, "Pediatrics"),
    ("Source: Haldane P, Ruiz M. Saffron for menopausal sleep. Menopause. 2024;31:55-61.", "Haldane P", 2024, "Menopause"),
    ("Reference: Bjornson LR et al. A trial of dexamethasone for croup. Arch Pediatr Adolesc Med. 2008 Sep;162(9):858-65",
     "Bjornson LR", 2008, "Arch Pediatr Adolesc Med"),
    ("Tanaka K et al. Probiotics for antibiotic-associated diarrhoea. Gut. 2019;68:101-9.", "Tanaka K", 2019, "Gut"),
])
def test_a_labelled_or_et_al_entry_keeps_its_first_author(text, first, year, venue):
    entry = _entry(text)
    assert entry.authors[0] == first
    assert (entry.year, entry.venue) == (year, venue)


def test_a_title_opening_with_a_labelled_word_is_not_cut():
    entry = _entry("Smith J, Lee K. Source: a history of aspirin. BMJ. 2019;1:2")
    assert entry.title == "Source: a history of aspirin"
