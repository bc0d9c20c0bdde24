"""Wave 43: page furniture that reads like a sentence is no claim.

A journal's colophon ("<Title> is published by <Publisher>", an ISSN) sits in the footer of
an abstract page; it names a venue, so the claim builder took it for a cited source."""

import pytest

from extractors.blocks import classify_block
from text_claims import text_claims as _claims

_TRIAL = ("In a randomised trial, 148 adults with plaque psoriasis applied calcipotriol 0.005% ointment or "
          "vehicle twice daily; clearance at 8 weeks was 41% versus 12% (p<0.001).")


@pytest.mark.parametrize("colophon", [
    "Dermatology Practice Letters is published by Fenwick Scientific Press.",
    "The Journal of Rural Cardiology is published quarterly by Ashgrove Academic on behalf of the Society of Rural Physicians.",
    "Veterinary Field Notes is published for the Hill Farming Association. ISSN 1876-2203.",
    "Paediatric Sleep Review. ISSN 0321-447X (print), eISSN 2045-1180.",
])
def test_a_journal_colophon_is_furniture(colophon):
    assert classify_block(colophon) == "boilerplate"
    assert len(_claims(f"Topical vitamin D analogues\n\n{_TRIAL}\n\n{colophon}\n")) == 1


@pytest.mark.parametrize("prose", [
    "The trial, published by Okoro and colleagues in 2019, gave 60 children zinc 20 mg daily and diarrhoea was shorter than with placebo.",
    "Guidance on statins is published by the national committee each year; a 2020 trial of 310 adults found atorvastatin lowered LDL.",
])
def test_a_study_sentence_that_says_published_by_is_not_a_colophon(prose):
    assert classify_block(prose) is None
