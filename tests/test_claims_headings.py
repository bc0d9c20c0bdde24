"""Lines that only name a study (an ID line, a journal and date, an author list, a
citation block) are no claims: they attribute the uncited text that follows them."""

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _document(*paragraphs):
    """Paragraphs as (text, label, kind) blocks, one per line."""
    text, blocks = "", []
    for body, label, kind in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), label, kind))
        text += "\n\n"
    return Document("doc-h", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())


def _claims(document):
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


def _main(text, kind="paragraph"):
    return (text, "main", kind)


def test_a_registry_id_line_attributes_the_record_below_it():
    document = _document(
        _main("Trial record: Lavender Oil for Exam Anxiety (ISRCTN ISRCTN55501234)", "heading"),
        _main("Registry ID: ISRCTN55501234", "line"),
        _main("We will randomise 140 students to 80 mg of lavender oil or placebo capsules.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.n == 140 and claim.study.registry_ids == ["ISRCTN55501234"]
    assert claim.evidence.text.startswith("We will randomise")


def test_a_pmid_line_and_a_journal_date_line_are_no_claims():
    document = _document(
        _main("- PMID: 29990001", "list_item"),
        _main("Brain Res Bull 2018 March", "line"),
        _main("Rats given 20 mg/kg of the extract swam longer than vehicle-treated rats (n = 12 per group).", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.study.pmid == "29990001"
    assert claim.evidence.text.startswith("Rats given")


def test_an_author_list_line_names_the_first_author_of_the_text_below():
    document = _document(
        _main("3. Okonkwo CE, Haddad-Lee R, Tanaka M, Berg JA, et al.", "list_item"),
        _main("The present study gave 250 mg/kg of the leaf extract to 30 mice and found lower ALT levels "
              "than in untreated mice.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.study.first_author == "Okonkwo"
    assert claim.evidence.text.startswith("The present study")


def test_a_citation_block_attributes_the_summary_under_it():
    document = _document(
        _main("Study 1: Fish oil and mood", "line"),
        ("Brandt, K. L., Ferreira, M., et al. (2017). \"Fish oil in mild depression.\" J Affect Disord, 12(3), 1-9.",
         "references", "paragraph"),
        _main("* Participants: 210 adults with mild depression took 2 g of fish oil daily.", "list_item"),
        _main("Study 2: Zinc and mood", "line"),
        ("Moreau, A., Patel, S. (2020). \"Zinc for low mood.\" Nutr Neurosci, 8(1), 20-28.", "references", "paragraph"),
        _main("* Participants: 75 adults with low mood took 25 mg of zinc daily.", "list_item"),
    )
    first, second = _claims(document)
    assert (first.study.first_author, first.study.year, first.n) == ("Brandt", 2017, 210)
    assert (second.study.first_author, second.study.year, second.n) == ("Moreau", 2020, 75)


def test_a_blog_post_ending_in_its_one_study_attributes_its_claims_to_it():
    document = _document(
        _main("In the trial, 64 adults took 500 mg of the herb or a placebo for eight weeks.", "paragraph"),
        ("Sato Y, Klein R, Mensah A. Herbal relief of tension headache. Headache Res. 2016 May;4(2):11-19.",
         "references", "paragraph"),
    )
    (claim,) = _claims(document)
    assert (claim.study.first_author, claim.study.year) == ("Sato", 2016)


def test_a_cited_sentence_is_not_a_heading():
    document = _document(
        _main("Sleep spindles predict memory gains in healthy adults (Lindqvist et al., 2019).", "paragraph"),
        _main("In our clinic, 40 patients took 3 mg of melatonin and slept longer than before.", "paragraph"),
    )
    claims = _claims(document)
    assert claims[0].study.first_author == "Lindqvist"
    assert not claims[-1].study.first_author or claims[-1] is claims[0]


def test_a_numbered_marker_alone_is_not_a_heading():
    document = _document(
        _main("Symptoms respond little to current drugs.^[1]", "paragraph"),
        _main("Small effects, and more trials are planned.", "paragraph"),
    )
    for claim in _claims(document):
        assert claim.evidence.text.startswith("Symptoms")


def test_statistics_methods_cited_to_their_method_papers_are_no_claims():
    document = _document(
        _main("A fixed-effect model [31] was used to pool the trials, weighting each by its inverse variance [32]. "
              "Effect sizes were interpreted using the following thresholds [33]: 0.2 small, 0.5 medium, 0.8 large. "
              "Heterogeneity was judged with the I2 statistic (below 30% low) [34].", "paragraph"),
    )
    assert _claims(document) == []


def test_a_cited_background_fact_stays_a_claim():
    document = _document(_main("Migraine affects about 12% of adults worldwide [2].", "paragraph"))
    (claim,) = _claims(document)
    assert claim.study.markers == ["2"]


def test_a_registry_record_is_one_claim_and_its_status_decides_ongoing():
    document = _document(
        _main("Melatonin for Delirium After Hip Surgery", "heading"),
        _main("ClinicalTrials.gov ID: NCT04440001", "line"),
        _main("Overall Status", "line"),
        _main("Completed", "line"),
        _main("Brief Summary", "line"),
        _main("This trial will assess whether 3 mg of melatonin at night prevents delirium compared with placebo.",
              "paragraph"),
        _main("Actual Enrollment: 210 participants", "line"),
        _main("Allocation: Randomized", "line"),
        _main("Arms and Interventions", "line"),
        _main("Placebo Comparator: matching placebo tablets", "line"),
    )
    (claim,) = _claims(document)
    assert claim.study.registry_ids == ["NCT04440001"]
    assert claim.n == 210 and claim.comparator == "placebo" and [d.value for d in claim.dose] == [3]
    assert claim.ongoing_trial is False


def test_an_article_registration_line_far_down_does_not_make_a_registry_record():
    filler = _main("Background. " + "Insomnia is common in older adults and often persists for years. " * 40, "paragraph")
    document = _document(
        filler,
        _main("Study design", "line"),
        _main("Trial registration: ClinicalTrials.gov NCT04440002", "line"),
        _main("Allocation: Randomized", "line"),
        _main("Eligibility criteria", "line"),
        _main("We randomised 120 adults to 2 mg of melatonin or placebo.", "paragraph"),
        _main("Outcome measures", "line"),
        _main("In a second cohort, 64 adults took 5 mg of melatonin and slept better than on placebo.", "paragraph"),
    )
    claims = [c for c in _claims(document) if c.study.registry_ids]
    assert len(claims) == 2


def test_a_registry_record_of_bare_fields_still_gives_its_claim():
    document = _document(
        _main("NCT04440003", "line"),
        _main("The primary aim of the trial is the effect of valsartan versus amlodipine on night-time blood pressure.",
              "paragraph"),
        ("Study Type", "boilerplate", "line"),
        ("Allocation", "boilerplate", "line"),
        ("Enrollment", "boilerplate", "line"),
        _main("318", "line"),
        _main("Status: Recruiting", "line"),
    )
    (claim,) = _claims(document)
    assert claim.study.registry_ids == ["NCT04440003"]
    assert (claim.n, claim.comparator, claim.ongoing_trial) == (318, "amlodipine", True)


def test_a_reference_list_of_several_entries_attributes_nothing():
    document = _document(
        ("Sato Y, Klein R. Herbal relief of tension headache. Headache Res. 2016;4(2):11-19.\n"
         "Mensah A, Ruiz T. Feverfew for migraine. Cephalalgia Rep. 2018;2(1):5-9.", "references", "paragraph"),
        _main("In our clinic, 40 patients took 3 mg of melatonin and slept longer than before.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert not claim.study.attributed


def test_selection_flow_counts_are_no_claims():
    document = _document(
        _main("The search identified 412 records; 38 studies were excluded after full-text review because they "
              "had no control group (n=21) or used animals (n=17).", "paragraph"),
        _main("Twelve trials with 1,130 patients were included in the meta-analysis.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.n == 1130


def test_a_cited_finding_without_a_full_stop_is_no_heading():
    document = _document(
        _main("- Okafor et al. (2019) found melatonin improves sleep quality in shift workers", "list_item"),
        _main("Table 2. Trials of melatonin (Lindqvist 2020)", "line"),
        _main("In our clinic, 40 patients took 3 mg of melatonin and slept longer than before.", "paragraph"),
    )
    claims = _claims(document)
    assert claims[0].study.first_author == "Okafor" and claims[0].evidence.text.startswith("- Okafor")
    assert claims[-1].study.first_author != "Lindqvist"


import pytest  # noqa: E402


@pytest.mark.parametrize("authors, first", [
    ("Okonjo, K. et al.", "Okonjo"),
    ("Okonjo, K. N., Lind, T. A., et al.", "Okonjo"),
    ("Okonjo, K. N. et al", "Okonjo"),
])
def test_an_apa_author_line_attributes_the_text_under_it(authors, first):
    document = _document(
        ("Title: Trial of zinc lozenges for the common cold", "main", "line"),
        (authors, "main", "line"),
        ("In 120 adults, zinc 13 mg lozenges shortened colds compared with placebo.", "main", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.study.first_author == first and claim.n == 120


def _listing_page(status_line):
    return _document(
        _main("TrialFinder", "line"),
        _main("Search / Trial NCT07071123", "line"),
        _main("New Ways to Evaluate Preventive Treatment for Cluster Headache", "heading"),
        _main(status_line, "line"),
        _main("Keywords", "line"),
        _main("Cluster Headache Placebo Design Treatment Effects", "line"),
        _main("This clinical trial is studying how preventive treatments work for people with cluster headache. "
              "Participants will go through four treatment scenarios in a random order, which could lead to improved "
              "ways to prevent attacks.", "paragraph"),
        _main("Eligibility criteria", "line"),
        _main("Adults (18-65 years) with at least one year of cluster headache.", "line"),
    )


def test_a_listing_sites_summary_of_a_recruiting_trial_is_one_registry_claim():
    for status in ("Recruiting", "Not yet recruiting", "Status: Recruiting"):
        (claim,) = _claims(_listing_page(status))
        assert claim.study.registry_ids == ["NCT07071123"] and claim.ongoing_trial
        assert claim.direction == "unknown"  # a trial still recruiting has no result, whatever its summary hopes for
        assert claim.evidence.text.startswith("Search / Trial NCT07071123")  # the record's evidence shows its ID


def test_an_id_at_the_top_without_a_status_or_fields_makes_no_record():
    document = _document(
        _main("Search / Trial NCT07071124", "line"),
        _main("Cluster headache attacks can last up to three hours.", "paragraph"),
    )
    assert _claims(document) == []
