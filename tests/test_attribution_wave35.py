"""Wave 35: attribution families stated from how writers cite, across citation cultures and
specialties. A journal named as the source with its year in brackets ("according to the
X Journal (2019)", "(The Lancet Y, 2017)"); an acronym a trial used is not where it appeared
("the NSAID in the trial"); a heading's or product's last word before a bracketed year is no
author ("Zinc Lozenges & Colds (2020)"); a superscript glued to a sample size ("n=42²"); a
registry prefix spaced from its digits ("NCT 01234567"); a DOI closed by a curly quote or
markdown emphasis; a PDF's superscript glued to a study word ("a trial13 compared"); a
bracketed number after a full stop ("women.(14)"); a reference entry naming its medium in words
("[video]", "YouTube video", "Instagram post", "Podcast:") or only a site and its landing page.
All people, journals and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions
from extractors.reflist import parse_entry


def _hits(text: str) -> list[tuple[object, ...]]:
    return [(h.kind, h.first_author, h.year, h.venue, h.markers, h.registry_id) for h in find_attributions(text)]


def _carries(text: str, **want: object) -> bool:
    return any(all(getattr(hit, key) == value for key, value in want.items()) for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "venue", "year"), [
    # newsroom: the journal as the source of a finding, its year bracketed after it
    ("According to the European Journal of Cardiac Rehabilitation (2019), supervised walking cut readmissions "
     "in 640 adults after bypass surgery.", "European Journal of Cardiac Rehabilitation", 2019),
    ("According to Pediatric Allergy Reports (2021), peanut oral immunotherapy desensitised 70 of 98 children.",
     "Pediatric Allergy Reports", 2021),
    ("According to the journal Sleep Medicine Letters (2018), melatonin shortened sleep onset in 80 shift workers.",
     "Sleep Medicine Letters", 2018),
    # a vendor's or blogger's bracketed source: journal, year, perhaps volume and pages
    ("A trial of 300 adults with bipolar disorder (The Lancet Mood Disorders, 2017) found lithium cut relapse.",
     "Lancet Mood Disorders", 2017),
    ("Topical timolol cleared infantile haemangiomas in 41 of 60 infants (Journal of Paediatric Dermatology 2016;"
     "33:210-215).", "Journal of Paediatric Dermatology", 2016),
    ("Dogs given green-lipped mussel walked further (Veterinary Orthopaedic Review, 2020).",
     "Veterinary Orthopaedic Review", 2020),
])
def test_journal_named_as_source_with_its_year(text: str, venue: str, year: int) -> None:
    assert _carries(text, kind="venue-year", venue=venue, year=year)


def test_journal_named_as_source_without_a_year() -> None:
    text = "According to JAMA Geriatric Care, deprescribing cut falls in 1,100 care-home residents."
    assert _carries(text, kind="venue-year", venue="JAMA Geriatric Care", year=None)


@pytest.mark.parametrize("text", [
    # an organisation is no journal, however its name reads
    "According to the American Stroke Association, 300 survivors improved with early mobilisation.",
    "According to the National Institute for Dental Care (2020), fluoride varnish is safe in toddlers.",
    # a person is cited, not a journal
    "According to Dr Haddad, the trial enrolled 120 adults.",
])
def test_no_journal_where_none_is_named(text: str) -> None:
    assert not any(kind == "venue-year" and venue for kind, _, _, venue, _, _ in _hits(text))


@pytest.mark.parametrize("text", [
    # agriculture, rheumatology, psychiatry, anaesthesia: what a trial used, named by its acronym
    "The AGP in the trial was zinc bacitracin and the probiotic matched its weight gain in 4,000 broilers.",
    "The NSAID in this study was naproxen 500 mg twice daily, given to 210 adults with gout.",
    "The SSRI of the trial was escitalopram, started at 10 mg in 150 outpatients.",
    "The LMA in the study was a second-generation device, used in 96 children under sevoflurane.",
])
def test_an_acronym_used_in_a_trial_is_no_venue(text: str) -> None:
    assert not any(kind == "venue-year" and venue for kind, _, _, venue, _, _ in _hits(text))


def test_a_journal_acronym_before_its_study_word_still_names_the_venue() -> None:
    assert _carries("The NEJM paper enrolled 2,400 adults with atrial fibrillation.", venue="NEJM")
    assert _carries("A Cochrane review of 14 trials found honey eased cough in children.", venue="Cochrane")


@pytest.mark.parametrize("text", [
    # a product or topic heading ending on a capitalised word and a bracketed year
    "CBD Gummies & Sleep (2021) looked at 72 adults given 25 mg nightly.",
    "Zinc Lozenges & Colds (2020): 90 adults took 13 mg every two hours.",
    "Research on Creatine (2019) shows gains in 60 older adults doing resistance training.",
    "Omega-3 Benefits (2020) summarised 12 trials in 1,900 children.",
    "B12 Injections (2018) compared monthly shots with daily tablets in 140 adults.",
])
def test_a_title_word_before_a_year_is_no_author(text: str) -> None:
    assert not any(kind in ("author-year", "author") for kind, *_ in _hits(text))


@pytest.mark.parametrize(("text", "author"), [
    ("Data from Lindqvist (2019) show that 60 adults improved on the knee score.", "Lindqvist"),
    ("As shown by Moreau and Haddad (2021), 48 children slept longer on melatonin.", "Moreau"),
    ("In the lupus cohort, Okonkwo (2017) gave hydroxychloroquine to 200 women.", "Okonkwo"),
])
def test_an_author_after_ordinary_words_is_still_an_author(text: str, author: str) -> None:
    assert _carries(text, kind="author-year", first_author=author)


@pytest.mark.parametrize(("text", "markers"), [
    ("The pilot enrolled 42 adults with tinnitus (n=42²) and compared sound therapy with counselling.", ("2",)),
    ("A registry of n = 1,204³ hip fractures showed fewer deaths with early surgery.", ("3",)),
    ("Two arms (n=30⁴,⁵ each) received iron or placebo.", ("4", "5")),
])
def test_a_superscript_glued_to_a_sample_size_is_a_citation(text: str, markers: tuple[str, ...]) -> None:
    assert _carries(text, kind="superscript", markers=markers)


@pytest.mark.parametrize("text", [
    "Each room measured 42 m² and held n=40 residents.",
    "The lesion area was 12 cm² in n = 18 adults.",
])
def test_squared_units_beside_a_count_are_no_citation(text: str) -> None:
    assert not any(kind == "superscript" for kind, *_ in _hits(text))


@pytest.mark.parametrize(("text", "registry_id"), [
    ("Registered at ClinicalTrials.gov, NCT 04123456, the trial enrolled 300 adults.", "NCT04123456"),
    ("Trial registration: German Clinical Trials Register, DRKS 00023456.", "DRKS00023456"),
    ("Trial registration: Pan African Clinical Trials Registry, PACTR 202003712345678.", "PACTR202003712345678"),
    ("Trial registration: ANZCTR ACTRN 12620000123456.", "ACTRN12620000123456"),
])
def test_a_registry_prefix_spaced_from_its_digits(text: str, registry_id: str) -> None:
    assert _carries(text, kind="registry", registry_id=registry_id)


@pytest.mark.parametrize(("text", "author"), [
    ("Pelvic floor training helped 90 women (Smith and Care, 2020).", "Smith"),
    ("In Lee & Ito (2019), 40 adults with eczema used the emollient twice daily.", "Lee"),
    ("Professor Lee & Ito (2019) gave zinc to 40 children with diarrhoea.", "Lee"),
])
def test_a_pair_of_authors_after_a_lead_word_or_title_is_still_cited(text: str, author: str) -> None:
    assert _carries(text, kind="author-year", first_author=author)


@pytest.mark.parametrize(("text", "doi"), [
    ("The protocol is online (doi: 10.4321/jped.2021.0456”).", "10.4321/jped.2021.0456"),
    ("**doi:10.4321/jped.2021.0457**", "10.4321/jped.2021.0457"),
    ("Read the trial: https://doi.org/10.4321/jped.2021.0458!", "10.4321/jped.2021.0458"),
])
def test_a_doi_without_the_punctuation_closing_it(text: str, doi: str) -> None:
    assert _carries(text, kind="doi", doi=doi)


def _reason(line: str) -> str | None:
    return parse_entry(line, 0, len(line), None, "doc").nonscholarly


@pytest.mark.parametrize(("line", "reason"), [
    # Vancouver's medium label, a platform named as the medium or as a segment of its own
    ("4. Okafor B. Knee pain exercises for runners [video]. YouTube; 2021.", "video"),
    ("5. Lindqvist M. Pelvic floor basics [Internet video]. Vimeo; 2020 [cited 2021 May 3].", "video"),
    ("6. \"Zinc for colds\" – TikTok video by a pharmacist, 2022.", "video"),
    ("7. Instagram post by @gutfeelingclinic, 12 March 2022.", "social"),
    ("8. Reddit thread: berberine and fasting glucose, r/diabetes, 2023.", "forum"),
    ("9. Podcast: The Sleep Lab, episode 41 (2021).", "podcast"),
    # a site's name and its landing page, nothing that identifies an article
    ("10. National Arthritis Foundation website. www.arthritisfoundation.example", "site name"),
    ("11. Migraine Trust – homepage (migrainetrust.example)", "site name"),
])
def test_a_reference_naming_a_medium_or_a_site_is_nonscholarly(line: str, reason: str) -> None:
    assert _reason(line) == reason


@pytest.mark.parametrize("line", [
    "12. Okafor B, Haddad R. Twitter use and sleep in adolescents. J Adolesc Health Res. 2019;21:e123.",
    "13. Moreau L. A website-based programme for insomnia. Sleep Med Lett. 2018;41:1-9.",
    "14. Lindqvist M. Video-assisted pelvic floor training: a randomised trial. Int Urogynecol Rep. 2020;5:11-19.",
    "15. American Stroke Association website. Available at https://www.strokeassoc.example/en/after-stroke/walking.",
])
def test_a_scholarly_or_page_reference_is_not_flagged(line: str) -> None:
    assert _reason(line) is None


@pytest.mark.parametrize(("text", "markers"), [
    # a PDF's superscript glued to the study word, then what the study did
    ("A Scandinavian multicentre trial13 compared 0.01% atropine drops with placebo in 400 children.", ("13",)),
    ("A Danish registry cohort7 found more hip fractures among 3,000 users of proton-pump inhibitors.", ("7",)),
    ("The first study3 enrolled 60 adults with plaque psoriasis.", ("3",)),
    # a web export's bracketed number printed after the full stop
    ("Oral iron raised ferritin in 120 pregnant women.(14)\nIntravenous iron was faster.", ("14",)),
    ("Night splints eased heel pain in 80 runners.(6,7) Stretching did as well.", ("6", "7")),
])
def test_numbers_glued_to_a_study_word_or_after_a_full_stop(text: str, markers: tuple[str, ...]) -> None:
    assert _carries(text, markers=markers)


@pytest.mark.parametrize("text", [
    "In trial2 the dose was raised to 10 mg.",
    "See Fig.(3) for the flow of 120 women through the trial.",
])
def test_labels_and_figures_are_no_citation(text: str) -> None:
    assert not find_attributions(text)
