"""A paper's own "Cite as:" line is its metadata, a
reporting standard ("a PRISMA compliant review") no venue, and a journal's year may be the
day it appeared. (Comment results told by what cleared are in test_claims_wave14, samples
told in words in test_claims_wave16.)"""

import pytest

from extractors.attribution import find_attributions
from extractors.blocks import label_text
from text_claims import text_claims as _claims


@pytest.mark.parametrize("line", [
    "Cite as: Mulvey S, Ferreira D, Asante K. Otol Rep. 2024;6(3):e00219.",
    "How to cite this article: Okafor CN, Lind E. Sleep Med Open. 2023;4:101.",
    "To cite this article: Brennan A et al. J Invented Res 2021; 12: 44-51.",
])
def test_a_papers_own_cite_as_line_is_metadata_and_no_claim(line):
    text = f"Some body text about the trial that ends here.\n\n{line}\n"
    assert label_text(text)[-1].label == "metadata"
    assert not any(line[:20] in c.evidence.text for c in _claims(text))


@pytest.mark.parametrize("sentence", [
    "We performed a PRISMA compliant systematic review and meta-analysis of 12 trials.",
    "A CONSORT adherent trial randomised 80 adults to melatonin or placebo.",
    "A GRADE assessment of 9 trials rated the evidence as low.",
])
def test_a_reporting_standard_is_no_venue(sentence):
    assert all(a.venue is None for a in find_attributions(sentence))


@pytest.mark.parametrize("sentence, venue, year", [
    ("The study, published in the BMJ Nutrition, Prevention & Health journal on March 12, 2024, found less constipation.",
     "BMJ Nutrition, Prevention & Health", 2024),  # the journal's full name (was cut at the comma before wave 53)
    ("The trial was published in JAMA Pediatrics on Monday, March 4, 2019.", "JAMA Pediatrics", 2019),
    ("The results appeared in Sleep Medicine on 3 May 2021 and were widely covered.", "Sleep Medicine", 2021),
])
def test_a_journal_gets_its_year_from_the_day_it_appeared(sentence, venue, year):
    (hit,) = [a for a in find_attributions(sentence) if a.venue]
    assert (hit.venue, hit.year) == (venue, year)


def test_a_date_in_the_next_sentence_is_not_the_journals():
    (hit,) = find_attributions("The trial was published in JAMA Pediatrics. On March 4, 2019 the agency approved it.")
    assert hit.year is None
