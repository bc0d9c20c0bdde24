"""Wave 27 attribution shapes: two authors before a bracketed journal and year ("Okoro and
Bello (Trop Med Res, 2018)"); a team named for its leader whose study was published in a
journal with its citation in brackets ("Dr. Lena Moritz's team ... in Sleep Health Reports
(2021;14:220-228)"); a journal name with the next sentence's word glued to it after its full
stop; an institution "from" which a study came that the journal named beside it outranks; and
a flattened superscript right after a statistic's bracket ("(p<0.01)2."). All people,
journals and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions, study_from
from tests.text_claims import text_claims


def _study(text: str):
    return study_from(find_attributions(text), text)


@pytest.mark.parametrize(("text", "author", "venue", "year"), [
    ("A field trial by Rask & Olesen (J Dairy Herd Health, 2025) found that teat sealant cut clinical mastitis by 30%.",
     "Rask", "J Dairy Herd Health", 2025),
    ("Work by Moreau and Delacroix (Clin Oral Investig, 2019) showed xylitol gum reduced caries increments versus sorbitol gum.",
     "Moreau", "Clin Oral Investig", 2019),
    ("Okoro and Bello (Trop Med Res, 2018) found that bed nets reduced malaria compared with no nets.",
     "Okoro", "Trop Med Res", 2018),
    ("Haddad et al. (J Community Dent Health, 2021) reported that sealants lowered caries compared with usual care.",
     "Haddad", "J Community Dent Health", 2021),
])
def test_authors_before_a_bracketed_journal_and_year(text: str, author: str, venue: str, year: int) -> None:
    study = _study(text)
    assert (study.first_author, study.venue, study.year) == (author, venue, year)


@pytest.mark.parametrize(("text", "author", "venue", "year"), [
    ("Dr. Lena Moritz's team at the University of Leeds published a study in Sleep Health Reports (2021;14:220–228) "
     "showing melatonin shortened sleep latency versus placebo.", "Moritz", "Sleep Health Reports", 2021),
    ("Professor Adeyemi's group at Lagos University published a trial in Tropical Paediatrics (2019;33:45-52): "
     "zinc cut diarrhoea duration compared with placebo.", "Adeyemi", "Tropical Paediatrics", 2019),
    ("Dr. Anja Kowalczyk’s lab in Krakow reported a trial in Clinical Rheumatology Letters (2020): "
     "fish oil reduced morning stiffness versus olive oil.", "Kowalczyk", "Clinical Rheumatology Letters", 2020),
])
def test_a_leaders_team_and_the_citation_year_after_the_journal(text: str, author: str, venue: str, year: int) -> None:
    study = _study(text)
    assert (study.first_author, study.venue, study.year) == (author, venue, year)


@pytest.mark.parametrize(("text", "venue"), [
    ("The findings were published in the journal Cell Metabolism.berberine lowered glucose compared with placebo.",
     "Cell Metabolism"),
    ("The results appeared in the journal Gut Microbes.probiotics reduced bloating versus placebo.", "Gut Microbes"),
    ("Results were published in the journal Clinical Oral Investigations.xylitol gum cut caries versus sorbitol.",
     "Clinical Oral Investigations"),
])
def test_a_word_glued_after_the_journal_is_no_part_of_it(text: str, venue: str) -> None:
    assert _study(text).venue == venue


def test_a_dotted_abbreviation_stays_one_venue() -> None:
    assert _study("A trial published in N.Engl.J.Med. in 2019 found fewer strokes than placebo.").venue == "N.Engl.J.Med"


@pytest.mark.parametrize(("text", "venue"), [
    ("A study from Riverside University Health, published in Arthritis Care Reports, found tai chi reduced knee pain "
     "compared with stretching.", "Arthritis Care Reports"),
    ("A trial from the Northfield Hospital, published in Journal of Renal Care, found ferric citrate raised haemoglobin "
     "compared with usual care.", "Journal of Renal Care"),
    ("New research from Lakeside Institute of Sport, reported in Sports Medicine Open, found creatine raised strength "
     "versus placebo.", "Sports Medicine Open"),
])
def test_the_journal_outranks_the_institution_a_study_came_from(text: str, venue: str) -> None:
    assert _study(text).venue == venue


@pytest.mark.parametrize(("paragraph", "marker"), [
    ("A 2021 review in Allergy Reports pooled 9 trials (n=1,204) and found the spray cut sneezing more than placebo "
     "(p<0.01)2. That matters for hay fever season.", "2"),
    ("A 2020 trial gave 96 runners tart cherry juice or placebo; muscle soreness fell 25% more with juice "
     "(95% CI 10-38%)5. Recovery was faster too.", "5"),
    ("In a 2019 study of 140 adults with acne, the gel cleared more lesions than vehicle (p=0.003)7.", "7"),
])
def test_a_superscript_flattened_after_a_statistics_bracket(paragraph: str, marker: str) -> None:
    text = f"Intro line of a blog\n\nMost people get too little sleep1. Here is what helps.\n\n{paragraph}\n"
    claims = [c for c in text_claims(text) if "2019" in c.evidence.text or "2020" in c.evidence.text or "2021" in c.evidence.text]
    assert claims and marker in claims[0].study.markers


def test_a_number_after_a_bracket_that_is_no_statistic_is_no_marker() -> None:
    text = "A 2021 trial in 80 adults found that zinc shortened colds compared with placebo (in winter)2.\n"
    assert all("2" not in c.study.markers for c in text_claims(text))


@pytest.mark.parametrize("paragraph", [
    "A 2023 randomised trial (PMID: 31234567) gave 120 adults with tinnitus either 40 mg ginkgo or placebo for 8 weeks. "
    "Tinnitus scores fell by 30% compared with 9% on placebo (p<0.001)3. A welcome result.",
    "A 2022 trial (NCT04999999) gave 64 ewes a copper bolus or none. Lamb weights rose more with the bolus (p=0.02)6.",
])
def test_a_number_after_a_statistic_in_a_sentence_naming_no_study_does_not_split_the_account(paragraph: str) -> None:
    claims = text_claims(f"Intro line of a blog\n\n{paragraph}\n")
    assert len(claims) == 1 and (claims[0].study.pmid or claims[0].study.registry_ids)
