"""Attribution shapes SWEEP-21 read wrong: the institution the researchers work at was taken
for the venue when the journal is named in the same sentence ("Researchers at the University
of Leeds reported in The Lancet Rheumatology that ..."). The institution alone still names the
study. (Studies below are invented.)"""

import pytest

from extractors.attribution import find_attributions, study_from


@pytest.mark.parametrize(("text", "venue"), [
    ("Researchers at the University of Leeds reported in The Lancet Rheumatology that hand exercises reduced pain.",
     "The Lancet Rheumatology"),
    ("Scientists at the University of Geneva report in Molecular Psychiatry that oxytocin improved social functioning.",
     "Molecular Psychiatry"),
    ("Researchers at the University of Adelaide found in a 2017 analysis of 35 trials, published in the Cochrane "
     "Database of Systematic Reviews, that cocoa lowered blood pressure.", "Cochrane Database of Systematic Reviews"),
])
def test_the_journal_outranks_the_researchers_institution(text: str, venue: str) -> None:
    assert study_from(find_attributions(text), text).venue == venue


def test_the_institution_alone_still_names_the_study() -> None:
    text = "Researchers at the University of Leeds found that hand exercises reduced pain in 260 adults."
    assert study_from(find_attributions(text), text).venue == "University of Leeds"



@pytest.mark.parametrize(("text", "venue"), [
    ("Researchers at Riverside Medical Center have found that a cinnamon extract lowered fasting glucose.",
     "Riverside Medical Center"),
    ("Scientists from the Karolinska Institute have reported that the drug shortened admissions.", "Karolinska Institute"),
])
def test_researchers_at_a_place_who_have_found_name_it(text: str, venue: str) -> None:
    assert [a.venue for a in find_attributions(text) if a.venue] == [venue]
