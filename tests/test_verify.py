"""Verification on hand-built claims, reference lists and trusted records: every resolution
method, every flag code, and the values that must NOT be flagged."""

from __future__ import annotations

import pytest

from pipeline.model import (
    Claim, Document, DocumentMeta, DocumentResult, Dose, Evidence, Record, ReferenceEntry, Study, claim_id_for,
)
from pipeline.verify import verify


def claim(text: str = "A claim.", doc_id: str = "doc-a", **fields) -> Claim:
    start = fields.pop("start", 0)
    return Claim(claim_id_for(doc_id, start, start + len(text)), doc_id, f"{doc_id}.html",
                 fields.pop("context", "prose"), Evidence(text, start, start + len(text)), **fields)


def entry(marker: str | None, text: str, doc_id: str = "doc-a", **fields) -> ReferenceEntry:
    return ReferenceEntry(doc_id, marker, text, 0, len(text), **fields)


def document(doc_id: str = "doc-a", **meta) -> Document:
    return Document(doc_id, f"{doc_id}.html", "html", "0" * 64, meta=DocumentMeta(**meta))


MARSH = Record("Marsh2015", authors=["Marsh AB", "Okafor C"], year=2015, title="D-cycloserine augmentation of exposure therapy for panic disorder",
               journal="Journal of Psychopharmacology", journal_abbrev="J Psychopharmacol", doi="10.1177/0269881115570001", pmid="31000001",
               n_randomized=84, n_completed=77, arms=[42, 42], dose=[Dose(50, "mg", text="50 mg")], comparator="placebo",
               outcome_measures=["PDSS"], direction="positive", facts_from="curated")
BERG = Record("pmid:31000003", authors=["van der Berg J"], year=2011, title="Yohimbine and extinction of fear in claustrophobia",
              journal="Behaviour research and therapy", journal_abbrev="Behav Res Ther", pmid="31000003",
              n_randomized=24, dose=[Dose(10.8, "mg")], comparator="placebo", direction="positive", facts_from="abstract")
GARCIA = Record("pmid:32000001", authors=["García-López M", "Chen W"], year=2018, title="Propranolol after reactivation of trauma memories",
                journal="JAMA Psychiatry", pmid="32000001", n_randomized=60, dose=[Dose(0.5, "g"), Dose(1, "g")],
                comparator="usual care", outcome_measures=["CAPS", "HAM-D"], direction="null", facts_from="curated")
JONES = Record("Jones2014", authors=["Jones P"], year=2014, title="Exposure therapy alone versus with yohimbine in social anxiety",
               journal="Depress Anxiety", doi="10.1002/da.2014", n_randomized=40, facts_from="curated")
SMITH_A = Record("Smith2013a", authors=["Smith J"], year=2013, title="First Smith trial of something", journal="Lancet")
SMITH_B = Record("Smith2013b", authors=["Smith K"], year=2013, title="Second Smith trial of something else", journal="BMJ")
RECORDS = [MARSH, BERG, GARCIA, JONES, SMITH_A, SMITH_B]


def run(claims: list[Claim], references: list[ReferenceEntry] = (), records=RECORDS, docs=None) -> list[Claim]:
    by_doc: dict[str, DocumentResult] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, DocumentResult(c.doc_id)).claims.append(c)
    for e in references:
        by_doc.setdefault(e.doc_id, DocumentResult(e.doc_id)).references.append(e)
    verify(list(by_doc.values()), None if records is None else list(records), docs or [document(d) for d in by_doc])
    return claims


def codes(c: Claim) -> list[str]:
    return sorted(f.code + (f":{f.field}" if f.field else "") for f in c.flags)


# --- resolution -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("study", "references", "method", "reference_id"),
    [
        (Study(label="doi:10.1177/0269881115570001", doi="10.1177/0269881115570001"), [], "doi", "Marsh2015"),
        (Study(label="PMID 31000003", pmid="31000003"), [], "pmid", "pmid:31000003"),
        (Study(label="this trial", urls=["https://pubmed.ncbi.nlm.nih.gov/31000003/"]), [], "pmid", "pmid:31000003"),
        (Study(label="[1]", markers=["1"]), [entry("1", "Marsh. Trial. https://doi.org/10.1177/0269881115570001", url="https://doi.org/10.1177/0269881115570001")], "doi", "Marsh2015"),
        (Study(label="[7]", markers=["7"]), [entry("7", "Marsh AB. ... doi:10.1177/0269881115570001", doi="https://doi.org/10.1177/0269881115570001")], "doi", "Marsh2015"),
        (Study(label="[2]", markers=["2"]), [entry("2", "Marsh, Okafor. D-Cycloserine augmentation of exposure therapy for panic disorder. 2015.",
                                                   title="D-Cycloserine augmentation of exposure-therapy for panic disorder.")], "title", "Marsh2015"),
        (Study(label="[4]", markers=["4"]), [entry("4", "Van der Berg J (2011) ...", authors=["Van der Berg J"], year=2011)], "author-year", "pmid:31000003"),
        (Study(label="Berg et al. (2011)", first_author="Berg", year=2011), [], "author-year", "pmid:31000003"),
        (Study(label="van der Berg (2011)", first_author="van der Berg", year=2011), [], "author-year", "pmid:31000003"),
        (Study(label="Garcia-Lopez et al., 2018", first_author="Garcia-Lopez", year=2018), [], "author-year", "pmid:32000001"),
        (Study(label="GARCÍA LÓPEZ 2018", first_author="GARCÍA LÓPEZ", year=2018), [], "author-year", "pmid:32000001"),
        (Study(label="a 2015 study in the Journal of Psychopharmacology", venue="The Journal of Psychopharmacology", year=2015), [], "venue-year", "Marsh2015"),
        (Study(label="a 2011 trial in Behav Res Ther", venue="Behaviour Research & Therapy", year=2011), [], "venue-year", "pmid:31000003"),
        (Study(label="Jones (2014)", first_author="Jones", year=2014),
         [entry(None, "Jones P. Exposure therapy alone ... doi:10.1002/da.2014", authors=["Jones P"], year=2014, doi="10.1002/DA.2014")], "doi", "Jones2014"),
    ],
)
def test_resolution_methods(study, references, method, reference_id):
    [c] = run([claim(study=study)], references)
    assert (c.verification.method, c.verification.reference_id, c.verification.status) == (method, reference_id, "verified")
    assert c.flags == []


def test_own_study_resolves_through_document_metadata():
    c = claim("Eighty-four adults were randomized ...", context="abstract", study=Study(own=True), n=84, direction="positive")
    run([c], docs=[document(pmid="31000001", title="D-cycloserine augmentation", authors=["Marsh AB"], year=2015)])
    assert (c.verification.reference_id, c.verification.method, c.verification.status) == ("Marsh2015", "pmid", "verified")


def test_own_study_missing_from_trusted_set_is_unverifiable_not_unsupported():
    c = claim(context="abstract", study=Study(own=True), n=12)
    run([c], docs=[document(pmid="99999999", title="Some other trial entirely of nothing")])
    assert c.verification.status == "unverifiable" and c.flags == []


def test_adjacent_year_resolves_with_a_year_mismatch():
    [c] = run([claim(study=Study(label="Marsh et al. (2016)", first_author="Marsh", year=2016), n=84)])
    assert c.verification.reference_id == "Marsh2015" and c.verification.score == 0.8
    assert codes(c) == ["VALUE_MISMATCH:year"] and c.verification.status == "contradicted"
    assert c.flags[0].expected == 2015 and c.flags[0].found == 2016 and c.flags[0].severity == "low"


def test_two_equally_good_records_are_never_picked_between():
    [c] = run([claim(study=Study(label="Smith et al. (2013)", first_author="Smith", year=2013), n=10)])
    assert c.verification.status == "unverifiable" and c.verification.reference_id is None
    assert c.verification.candidates == ["Smith2013a", "Smith2013b"]
    assert codes(c) == ["AMBIGUOUS_REFERENCE"] and c.flags[0].severity == "low" and "Smith2013a, Smith2013b" in c.flags[0].message


def test_the_claims_own_values_break_a_tie_only_when_one_record_alone_confirms_them():
    a = Record("Smith2013a", authors=["Smith J"], year=2013, n_randomized=30, outcome_measures=["LSAS"], facts_from="curated")
    b = Record("Smith2013b", authors=["Smith K"], year=2013, n_randomized=64, outcome_measures=["LSAS"], facts_from="curated")
    study = Study(label="Smith et al. (2013)", first_author="Smith", year=2013)
    picked, tied = run([claim(study=study, n=30, outcome_measures=["LSAS"]), claim(study=study, outcome_measures=["LSAS"], start=40)], records=[a, b])
    assert (picked.verification.reference_id, picked.verification.score, picked.flags) == ("Smith2013a", 0.9, [])
    assert tied.verification.status == "unverifiable" and tied.verification.candidates == ["Smith2013a", "Smith2013b"]


def test_a_venue_breaks_an_author_year_tie():
    [c] = run([claim(study=Study(label="Smith et al. (2013) in The Lancet", first_author="Smith", year=2013, venue="The Lancet"))])
    assert c.verification.reference_id == "Smith2013a"


# --- VALUE_MISMATCH -------------------------------------------------------------------------

MARSH_LABEL = Study(label="Marsh et al. (2015)", first_author="Marsh", year=2015)


@pytest.mark.parametrize("n", [84, 77, 42])  # randomized, completed, one arm (= arm sum / 2 here)
def test_n_that_matches_any_trusted_count_is_not_a_mismatch(n):
    [c] = run([claim(study=MARSH_LABEL, n=n)])
    assert c.flags == [] and c.verification.status == "verified"


def test_n_equal_to_arm_sum_or_analysed_is_not_a_mismatch():
    record = Record("Lee2020", authors=["Lee K"], year=2020, arms=[11, 12], n_analysed=20, facts_from="abstract")
    study = Study(label="Lee (2020)", first_author="Lee", year=2020)
    claims = run([claim(study=study, n=23), claim(study=study, n=20, start=50), claim(study=study, n=11, start=99)], records=[record])
    assert [c.flags for c in claims] == [[], [], []]


def test_n_mismatch_names_expected_found_and_record():
    [c] = run([claim(study=MARSH_LABEL, n=48)])
    [flag] = c.flags
    assert (flag.code, flag.field, flag.expected, flag.found, flag.reference_id, flag.severity) == (
        "VALUE_MISMATCH", "n", 84, 48, "Marsh2015", "high")
    assert flag.message == "N given as 48; trusted record Marsh2015 says 84 randomized."
    assert c.verification.status == "contradicted"


@pytest.mark.parametrize(
    ("doses", "flagged"),
    [
        ([Dose(500, "mg", text="500 mg")], False),  # the record says 0.5 g
        ([Dose(1000, "mg", text="1000 mg")], False),
        ([Dose(0.5, "g/day", per="day", text="0.5-1 g/day", value_max=1)], False),
        ([Dose(0.5, None, text="0.5")], False),  # no unit: nothing to compare
        ([Dose(5, "mg/kg", per="kg", text="5 mg/kg")], False),  # another kind of unit: nothing to compare
        ([Dose(250, "mg", text="250 mg"), Dose(500, "mg", text="500 mg")], False),  # one of them matches
        ([Dose(250, "mg", text="250 mg")], True),
        ([Dose(750, "mg", text="750 mg")], True),  # neither 0.5 g nor 1 g
    ],
)
def test_dose_is_compared_unit_normalised(doses, flagged):
    study = Study(label="García-López et al. (2018)", first_author="García-López", year=2018)
    [c] = run([claim(study=study, dose=doses)])
    assert codes(c) == (["VALUE_MISMATCH:dose"] if flagged else [])


def test_dose_mismatch_message():
    [c] = run([claim(study=MARSH_LABEL, dose=[Dose(25, "mg", text="25 mg")])])
    assert c.flags[0].message == "Dose given as 25 mg; trusted record Marsh2015 says 50 mg."


@pytest.mark.parametrize(
    ("comparator", "flagged"),
    [("treatment as usual", False), ("Usual care", False), ("standard care", False), ("placebo", True), ("waitlist", True)],
)
def test_comparator_compared_in_canonical_form(comparator, flagged):
    study = Study(label="Garcia-Lopez 2018", first_author="Garcia-Lopez", year=2018)
    [c] = run([claim(study=study, comparator=comparator)])
    assert codes(c) == (["VALUE_MISMATCH:comparator"] if flagged else [])


@pytest.mark.parametrize(
    ("measures", "flagged"),
    [(["HAMD"], False), (["caps", "PCL-5"], False), (["HAM-D-17"], False), (["LSAS"], True), ([], False)],
)
def test_outcome_measures_mismatch_only_when_none_is_in_the_record(measures, flagged):
    study = Study(label="Garcia-Lopez 2018", first_author="Garcia-Lopez", year=2018)
    [c] = run([claim(study=study, outcome_measures=measures)])
    assert codes(c) == (["VALUE_MISMATCH:outcome_measures"] if flagged else [])


def test_bdi_and_bdi_ii_are_one_measure():
    record = Record("Ito2019", authors=["Ito K"], year=2019, outcome_measures=["BDI-II"], facts_from="abstract")
    [c] = run([claim(study=Study(label="Ito (2019)", first_author="Ito", year=2019), outcome_measures=["BDI"])], records=[record])
    assert c.flags == []


@pytest.mark.parametrize(("direction", "flagged"), [("positive", True), ("negative", True), ("mixed", False), ("null", False), ("unknown", False)])
def test_direction_mismatch_only_between_positive_null_and_negative(direction, flagged):
    study = Study(label="Garcia-Lopez 2018", first_author="Garcia-Lopez", year=2018)
    [c] = run([claim(study=study, direction=direction)])
    assert codes(c) == (["VALUE_MISMATCH:direction"] if flagged else [])


def test_record_without_facts_verifies_without_value_checks():
    [c] = run([claim(study=Study(label="Smith (2013), Lancet", first_author="Smith", year=2013, venue="Lancet"), n=999, direction="negative")])
    assert c.verification.status == "verified" and c.flags == []


def test_claim_agreeing_with_any_of_several_cited_studies_is_fine():
    refs = [entry("1", "Marsh 2015", doi="10.1177/0269881115570001"), entry("2", "Jones 2014", doi="10.1002/da.2014")]
    [c] = run([claim(study=Study(label="[1,2]", markers=["1", "2"]), n=40)], refs)
    assert c.verification.reference_id == "Marsh2015" and c.flags == []


# --- attribution flags -----------------------------------------------------------------------

def test_label_author_not_among_cited_entry_authors_is_misattribution_even_without_trusted_set():
    refs = [entry("3", "Jones P. Exposure therapy alone ... 2014.", authors=["Jones P"], year=2014)]
    [c] = run([claim(study=Study(label="Smith et al. (2013) [3]", first_author="Smith", year=2013, markers=["3"]))], refs, records=None)
    assert codes(c) == ["MISATTRIBUTION"] and "Jones" in c.flags[0].message
    assert c.verification.status == "not_checked"


def test_label_and_entry_resolving_to_different_records_is_misattribution():
    refs = [entry("5", "Marsh AB, Jones P. ... doi:10.1002/da.2014", authors=["Marsh AB", "Jones P"], year=2014, doi="10.1002/da.2014")]
    [c] = run([claim(study=Study(label="Marsh et al. (2015) [5]", first_author="Marsh", year=2015, markers=["5"]))], refs)
    assert "MISATTRIBUTION" in codes(c) and c.verification.status == "contradicted"
    flag = next(f for f in c.flags if f.code == "MISATTRIBUTION")
    assert (flag.expected, flag.found, flag.reference_id) == ("Jones2014", "Marsh2015", "Jones2014")
    assert c.verification.reference_id == "Marsh2015"  # nothing in the claim favours the cited record


def test_misattributed_claim_is_checked_against_the_study_its_values_describe():
    refs = [entry("5", "Jones P (2014). doi:10.1002/da.2014", authors=["Jones P"], year=2014, doi="10.1002/da.2014")]
    named = claim(study=Study(label="Marsh et al. (2015) [5]", first_author="Marsh", year=2015, markers=["5"]), n=84)
    cited = claim(study=Study(label="Marsh et al. (2015) [5]", first_author="Marsh", year=2015, markers=["5"]), n=40, start=99)
    run([named, cited], refs)
    assert codes(named) == ["MISATTRIBUTION"] and named.verification.reference_id == "Marsh2015"
    # 40 is Jones2014's N: checked against it, only the 2015/2014 year differs.
    assert codes(cited) == ["MISATTRIBUTION", "VALUE_MISMATCH:year"] and cited.verification.reference_id == "Jones2014"


def test_entry_whose_authors_were_not_parsed_matches_a_label_by_its_opening_words():
    refs = [entry(None, "MarshABOkaforC. D-cycloserine augmentation ... 2015.", year=2015),
            entry("4", '4. <a id="cite-4"></a>van der Berg M, Ilves K. A pilot trial. 2020.', year=2020)]
    marsh, berg = run([claim(study=Study(label="Marsh et al. (2015)", first_author="Marsh", year=2015)),
                       claim(study=Study(label="Van der Berg (2020)", first_author="Van der Berg", year=2020), start=50)], refs, records=None)
    assert marsh.flags == berg.flags == []  # found in the reference list, so not unsupported


def test_unnumbered_reference_list_is_numbered_by_position():
    refs = [entry(None, "Jones P (2014).", authors=["Jones P"], year=2014, doi="10.1002/da.2014"),
            entry(None, "Marsh AB (2015).", authors=["Marsh AB"], year=2015, pmid="31000001")]
    found, missing = run([claim(study=Study(label="[2]", markers=["2"]), n=84), claim(study=Study(label="[3]", markers=["3"]), start=50)], refs)
    assert found.verification.reference_id == "Marsh2015" and found.flags == []
    assert codes(missing) == ["UNSUPPORTED_CITATION"]


def test_matching_label_and_entry_are_not_misattribution():
    refs = [entry("7", "Marsh AB, Okafor C (2015)", authors=["Marsh AB", "Okafor C"], year=2015, pmid="31000001")]
    [c] = run([claim(study=Study(label="Marsh et al. [7]", first_author="Marsh", markers=["7"]), n=84)], refs)
    assert c.flags == [] and c.verification.status == "verified"


@pytest.mark.parametrize("records", [RECORDS, None])
def test_marker_without_reference_entry_is_unsupported(records):
    refs = [entry("1", "Marsh AB (2015)", authors=["Marsh AB"], year=2015)]
    [c] = run([claim(study=Study(label="[12]", markers=["12"]), n=30)], refs, records=records)
    assert codes(c) == ["UNSUPPORTED_CITATION"] and "[12]" in c.flags[0].message and c.flags[0].severity == "high"


def test_attribution_found_nowhere_is_unsupported():
    refs = [entry("1", "Marsh AB (2015)", authors=["Marsh AB"], year=2015)]
    studies = [Study(label="Nguyen et al. (2019)", first_author="Nguyen", year=2019),
               Study(label="a 2019 study in the Journal of Anxiety Disorders", venue="Journal of Anxiety Disorders", year=2019),
               Study(label="a large trial funded by the NIH")]
    claims = run([claim(study=s, start=i * 10) for i, s in enumerate(studies)], refs)
    assert [codes(c) for c in claims] == [["UNSUPPORTED_CITATION"]] * 3
    assert [c.verification.status for c in claims] == ["unverifiable"] * 3


def test_without_trusted_set_author_year_is_unsupported_only_when_there_is_no_reference_list():
    study = Study(label="Nguyen et al. (2019)", first_author="Nguyen", year=2019)
    [bare] = run([claim(study=study)], records=None)
    [listed] = run([claim(study=study)], [entry("1", "Marsh AB (2015)", authors=["Marsh AB"], year=2015)], records=None)
    assert codes(bare) == ["UNSUPPORTED_CITATION"] and listed.flags == []
    assert bare.verification.status == listed.verification.status == "not_checked"


def test_author_year_found_in_reference_list_but_not_trusted_set_is_supported_but_unverifiable():
    refs = [entry(None, "Nguyen T, Ali R (2019). Something.", authors=["Nguyen T", "Ali R"], year=2019)]
    [c] = run([claim(study=Study(label="Nguyen and Ali (2019)", first_author="Nguyen", year=2019))], refs)
    assert c.flags == [] and c.verification.status == "unverifiable"


def test_quantitative_or_efficacy_claim_without_attribution_is_uncited():
    claims = run([claim(n=120), claim(dose=[Dose(50, "mg")], start=10), claim(direction="positive", start=20),
                  claim(start=30), claim(n=5, study=Study(registry_ids=["NCT01234567"]), start=40)])
    assert [codes(c) for c in claims] == [["UNCITED_CLAIM"]] * 3 + [[], []]
    assert [c.verification.status for c in claims[:4]] == ["uncited"] * 4
    assert claims[4].verification.status == "unverifiable"


# --- source and context flags ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        (entry("2", "https://www.youtube.com/watch?v=abc123", url="https://www.youtube.com/watch?v=abc123"), "video"),
        (entry("2", "Healthline.com"), "site name"),
        (entry("2", "www.brainstackhub.net", url="https://www.brainstackhub.net/"), "site name"),
        (entry("2", "Posted in r/anxiety", url="https://old.reddit.com/r/anxiety/comments/1"), "forum"),
        (entry("2", "NootropicsForum thread", url="https://nootropics-forum.example.net/forum/thread/9"), "forum"),
        (entry("2", "Anna's story (Instagram)", nonscholarly="social"), "social"),
        (entry("2", '6. The Calm Brain Podcast, episode 112, "The pill that supercharges therapy?" Spotify, 2023.', year=2023,
               title="The Calm Brain Podcast, episode 112"), "podcast"),
        (entry("2", "Sleep Talk, ep. 4. https://podcasts.apple.com/us/podcast/sleep-talk/id123", url="https://podcasts.apple.com/us/podcast/sleep-talk/id123"), "podcast"),
        (entry("2", "Thread on Mumsnet", url="https://www.mumsnet.com/talk/sleep/4711"), "forum"),
    ],
)
def test_nonscholarly_sources(ref, reason):
    [c] = run([claim(study=Study(label="[2]", markers=["2"]))], [ref])
    assert codes(c) == ["NONSCHOLARLY_SOURCE"] and f"is a {reason}" in c.flags[0].message


@pytest.mark.parametrize("ref", [
    entry("2", "Lee K. Oxytocin and autism. J Autism Dev Disord. 2020;50:100-10.", authors=["Lee K"], year=2020,
          title="Oxytocin and autism", url="https://link.springer.com/article/10.1007/x"),
    entry("2", "Haddad R. Podcasts for health education: a trial. J Med Internet Res. 2021.", authors=["Haddad R"], year=2021,
          title="Podcasts for health education: a trial", venue="J Med Internet Res"),
])
def test_scholarly_entry_is_not_nonscholarly(ref):
    [c] = run([claim(study=Study(label="[2]", markers=["2"]))], [ref], records=None)
    assert c.flags == []


def test_comment_claims_are_anecdotal_and_uncited_when_they_state_values():
    numbers, cited, chat = run([
        claim("I took 50 mg before therapy and it worked wonders.", context="comment", dose=[Dose(50, "mg")], direction="positive"),
        claim("The Marsh 2015 trial had 84 patients.", context="comment", study=MARSH_LABEL, n=84, start=60),
        claim("Thanks for sharing!", context="comment", start=120)])
    assert codes(numbers) == ["ANECDOTAL_CONTEXT", "UNCITED_CLAIM"] and numbers.verification.status == "uncited"
    assert codes(cited) == ["ANECDOTAL_CONTEXT"] and cited.verification.status == "verified"
    assert codes(chat) == ["ANECDOTAL_CONTEXT"]


def test_ongoing_trial_without_registry_id():
    claims = run([claim("A trial of 200 adults is now recruiting.", ongoing_trial=True, study=Study(label="NIH-funded trial")),
                  claim("A trial (NCT04567890) is now recruiting.", ongoing_trial=True, start=60),
                  claim("Recruiting.", ongoing_trial=True, study=Study(registry_ids=["ISRCTN12345678"]), start=120)], records=None)
    assert [codes(c) for c in claims] == [["UNREGISTERED_TRIAL", "UNSUPPORTED_CITATION"], [], []]


@pytest.mark.parametrize(
    ("page", "flagged"),
    [
        ("Melatonin for delirium\n\nIdentifiers\n\nNCT02597231\nIRB-15-6639\n\n{claim}", False),
        ("NCT Number: NCT02597231\n{claim}", False),
        ("A previous trial registered as NCT04170231 found no benefit.\n\n{claim}", True),
        ("Identifiers\nNCT02597231\nNCT04170231\n\n{claim}", True),
        ("{claim}", True),
    ],
)
def test_a_trial_record_page_registers_its_trial_in_its_identifier_field(page: str, flagged: bool):
    text = "Participants will be randomized to melatonin 3 mg or placebo."
    body = page.format(claim=text)
    doc = Document("doc-a", "doc-a.txt", "text", "0" * 64, text=body)
    [c] = run([claim(text, ongoing_trial=True, start=body.index(text))], records=None, docs=[doc])
    assert ("UNREGISTERED_TRIAL" in codes(c)) is flagged


# --- across documents --------------------------------------------------------------------------

def test_same_study_with_different_values_in_two_documents_conflicts():
    a = claim(doc_id="doc-a", study=MARSH_LABEL, n=84, direction="positive")
    b = claim(doc_id="doc-b", study=Study(label="[3]", markers=["3"]), n=77, dose=[Dose(100, "mg", text="100 mg")], direction="null")
    refs = [entry("3", "Marsh AB. 2015.", doc_id="doc-b", pmid="31000001")]
    run([a, b], refs)
    # 84 randomized and 77 completed are both the record's N, so they do not conflict.
    assert codes(a) == ["CROSS_DOC_CONFLICT:direction"]
    assert codes(b) == ["CROSS_DOC_CONFLICT:direction", "VALUE_MISMATCH:direction", "VALUE_MISMATCH:dose"]
    flag = next(f for f in a.flags if f.code == "CROSS_DOC_CONFLICT")
    assert flag.message == "Direction given as positive here; document doc-b reports null for the same study (Marsh2015)."


def test_unresolved_studies_conflict_by_author_and_year_and_not_within_one_document():
    study = Study(label="Nguyen (2019)", first_author="Nguyen", year=2019)
    a, a2 = claim(doc_id="doc-a", study=study, n=30), claim(doc_id="doc-a", study=study, n=31, start=50)
    b = claim(doc_id="doc-b", study=Study(label="Nguyen et al., 2019", first_author="Nguyen", year=2019), n=30)
    run([a, a2, b], records=None)
    assert codes(a) == ["UNSUPPORTED_CITATION"]  # no reference list, no trusted set; 30 agrees with doc-b
    assert codes(a2) == codes(b) == ["CROSS_DOC_CONFLICT:n", "UNSUPPORTED_CITATION"]


def test_author_from_the_label_and_year_from_the_cited_entry_name_one_study():
    a = claim(doc_id="doc-a", study=Study(label="Reyes et al. (2019)", first_author="Reyes", year=2019), n=60)
    b = claim(doc_id="doc-b", study=Study(label="Reyes et al. [1]", first_author="Reyes", markers=["1"]), n=66)
    run([a, b], [entry("1", "1. <a id=x></a>Reyes C, Albrecht N (2019). A trial.", doc_id="doc-b", year=2019)], records=None)
    assert "CROSS_DOC_CONFLICT:n" in codes(a) and "CROSS_DOC_CONFLICT:n" in codes(b)
    conflict = next(f for f in a.flags if f.code == "CROSS_DOC_CONFLICT")
    assert conflict.message == "N given as 60 here; document doc-b reports 66 for the same study (Reyes 2019)."


def test_no_trusted_set_gives_not_checked_and_still_runs_local_checks():
    claims = run([claim(study=MARSH_LABEL, n=48), claim(n=3, start=40), claim(context="comment", start=80)], records=None)
    assert [c.verification.status for c in claims] == ["not_checked", "uncited", "uncited"]
    assert [codes(c) for c in claims] == [["UNSUPPORTED_CITATION"], ["UNCITED_CLAIM"], ["ANECDOTAL_CONTEXT"]]


def test_value_an_abstract_states_is_not_contradicted_by_facts_extracted_from_it():
    record = Record("Abe2020", authors=["Abe K"], year=2020, facts_from="abstract", n_randomized=60, dose=[Dose(50, "mg")],
                    comparator="placebo", outcome_measures=["PDSS"],
                    abstract="Sixty adults (48 women) received 50 mg or 100 mg serelanine or sertraline; PDSS and CGI-I were rated.")
    study = Study(label="Abe (2020)", first_author="Abe", year=2020)
    stated = claim(study=study, n=48, dose=[Dose(100, "mg", text="100 mg")], comparator="sertraline", outcome_measures=["CGI-I"])
    unstated = claim(study=study, n=45, dose=[Dose(25, "mg", text="25 mg")], comparator="waitlist", outcome_measures=["HAMA"], start=99)
    run([stated, unstated], records=[record])
    assert stated.flags == []
    assert codes(unstated) == ["VALUE_MISMATCH:comparator", "VALUE_MISMATCH:dose", "VALUE_MISMATCH:n", "VALUE_MISMATCH:outcome_measures"]


def test_verifying_again_gives_the_same_result():
    """Incremental runs re-verify results loaded from the state store: nothing may pile up."""
    a = claim(doc_id="doc-a", study=MARSH_LABEL, n=48)
    b = claim(doc_id="doc-b", study=MARSH_LABEL, n=84)
    run([a, b])
    first = (list(a.flags), a.verification, list(b.flags))
    run([a, b])
    assert (a.flags, a.verification, b.flags) == first
    assert codes(a) == ["CROSS_DOC_CONFLICT:n", "VALUE_MISMATCH:n"]


# --- second wave: measure families, several author-years, co-authors, multi-record exports ---

@pytest.mark.parametrize(
    ("claimed", "trusted", "flagged"),
    [("CAPS", "CAPS-5", False), ("CAPS-5", "CAPS", False), ("HAMD-17", "HAM-D", False), ("HAM-D", "HAMD17", False),
     ("BDI", "BDI-II", False), ("LSAS-SR", "LSAS", False), ("CPRS-R", "CPRS", False), ("PANSS-N", "PANSS", False),
     ("HAM-A", "HAM-D", True), ("PSQI", "CAPS-5", True), ("CY-BOCS", "Y-BOCS", True), ("ISI", "ESS", True)],
)
def test_outcome_measures_compare_by_instrument_family(claimed, trusted, flagged):
    record = Record("Ito2019", authors=["Ito K"], year=2019, outcome_measures=[trusted], facts_from="curated")
    [c] = run([claim(study=Study(label="Ito (2019)", first_author="Ito", year=2019), outcome_measures=[claimed])], records=[record])
    assert codes(c) == (["VALUE_MISMATCH:outcome_measures"] if flagged else [])


def test_several_author_years_resolve_through_any_that_is_known():
    study = Study(label="Whitcombe et al., 2015; Jones 2014", first_author="Whitcombe", year=2015)
    [c] = run([claim(study=study, n=40)])
    assert c.verification.reference_id == "Jones2014" and c.verification.status == "verified"
    assert c.flags == []  # no UNSUPPORTED_CITATION, and 2014 is Jones's year, not 2015


def test_several_author_years_are_checked_against_the_record_the_values_fit():
    study = Study(label="Marsh et al., 2015; Jones 2014", first_author="Marsh", year=2015)
    fits_jones, fits_none = run([claim(study=study, n=40), claim(study=study, n=999, start=50)])
    assert fits_jones.verification.reference_id == "Jones2014" and fits_jones.flags == []
    assert fits_none.verification.reference_id == "Marsh2015" and codes(fits_none) == ["VALUE_MISMATCH:n"]


def test_several_author_years_known_nowhere_are_unsupported():
    [c] = run([claim(study=Study(label="(Whitcombe et al., 2015; Kessler 2014)", first_author="Whitcombe", year=2015), n=30)])
    assert codes(c) == ["UNSUPPORTED_CITATION"]


def test_several_author_years_found_in_the_reference_list_are_supported():
    refs = [entry("1", "Kessler R. A trial. 2014.", authors=["Kessler R"], year=2014)]
    [c] = run([claim(study=Study(label="(Whitcombe et al., 2015; Kessler 2014)", first_author="Whitcombe", year=2015), n=30)], refs)
    assert c.flags == [] and c.verification.status == "unverifiable"


LINDGREN_A = Record("Lindgren2020a", authors=["Lindgren S", "Patel R"], year=2020, n_randomized=50, dose=[Dose(20, "mg")], facts_from="curated")
LINDGREN_B = Record("Lindgren2020b", authors=["Lindgren S", "Cho M"], year=2020, n_randomized=40, dose=[Dose(10, "mg")], facts_from="curated")


def test_a_named_second_author_separates_same_name_records():
    with_cho, et_al = run([claim(study=Study(label="Lindgren and Cho (2020)", first_author="Lindgren", year=2020)),
                           claim(study=Study(label="Lindgren et al. (2020)", first_author="Lindgren", year=2020), start=50)],
                          records=[LINDGREN_A, LINDGREN_B])
    assert with_cho.verification.reference_id == "Lindgren2020b" and with_cho.flags == []
    assert codes(et_al) == ["AMBIGUOUS_REFERENCE"]


def test_a_reference_entry_with_another_second_author_is_not_the_one_cited():
    refs = [entry("1", "Lindgren S, Patel R. Shift work. 2020.", authors=["Lindgren S", "Patel R"], year=2020)]
    [c] = run([claim(study=Study(label="Lindgren and Cho (2020)", first_author="Lindgren", year=2020), n=40, dose=[Dose(10, "mg")])],
              refs, records=[LINDGREN_A, LINDGREN_B])
    assert c.verification.reference_id == "Lindgren2020b" and c.flags == []


def export_of_two_records() -> Document:
    """A MEDLINE export holding two records: ``meta`` empty, each record in ``studies``, and a
    document title taken from the first record (which must not stand for the second)."""
    return Document("export", "export.nbib", "medline", "0" * 64, text="x" * 400,
                    title="D-cycloserine augmentation of exposure therapy for panic disorder",
                    studies=[DocumentMeta(title="D-cycloserine augmentation of exposure therapy for panic disorder",
                                          authors=["Marsh AB"], year=2015, pmid="31000001", abstract_start=0, abstract_end=200),
                             DocumentMeta(title="Yohimbine and extinction of fear in claustrophobia", authors=["van der Berg J"],
                                          year=2011, abstract_start=200, abstract_end=300),
                             DocumentMeta(title="A trial nobody curated of something else entirely", authors=["Nobody Z"],
                                          year=2020, abstract_start=300, abstract_end=400)])


def test_own_studies_of_a_multi_record_export_resolve_to_their_own_records():
    by_pmid = claim("Eighty-four adults ...", doc_id="export", context="abstract", study=Study(own=True, pmid="31000001"), n=84)
    by_span = claim("Twenty-four adults ...", doc_id="export", context="abstract", study=Study(own=True), n=24, start=210)
    uncurated = claim("Twelve adults ...", doc_id="export", context="abstract", study=Study(own=True), n=12, start=310)
    run([by_pmid, by_span, uncurated], docs=[export_of_two_records()])
    assert (by_pmid.verification.reference_id, by_pmid.verification.method) == ("Marsh2015", "pmid")
    assert (by_span.verification.reference_id, by_span.verification.method) == ("pmid:31000003", "title")
    assert uncurated.verification.reference_id is None and uncurated.flags == []
    assert uncurated.verification.status == "unverifiable"


def test_a_finding_the_abstract_states_is_not_contradicted_by_its_last_finding():
    record = Record("pmid:1", authors=["Abe K"], year=2020, direction="null", facts_from="abstract",
                    abstract="Sixty adults were randomized to drug or placebo. HAMA scores fell more with the drug than with placebo at week 4. "
                             "At week 12, HAMA scores did not differ between groups.")
    study = Study(label="Abe (2020)", first_author="Abe", year=2020)
    early, worse = run([claim(study=study, direction="positive"), claim(study=study, direction="negative", start=50)], records=[record])
    assert early.flags == []
    assert codes(worse) == ["VALUE_MISMATCH:direction"]


@pytest.mark.parametrize("registry_id", ["UMIN000012345", "jRCTs031190012", "PACTR201901123456789", "ISRCTN 12345678", "EUCTR2015-001234-56"])
def test_registry_ids_of_other_registers_count_as_registration_and_attribution(registry_id):
    ongoing, reported = run([claim(f"A trial ({registry_id}) is now recruiting.", ongoing_trial=True),
                             claim(f"In the trial ({registry_id}), 80 adults improved.", n=80, direction="positive", start=60)], records=None)
    assert ongoing.flags == [] and reported.flags == []


def test_umlaut_spelled_out_names_the_same_author():
    record = Record("Mueller2019", authors=["Müller J"], year=2019, n_randomized=40, facts_from="curated")
    [c] = run([claim(study=Study(label="Mueller et al. (2019)", first_author="Mueller", year=2019), n=40)], records=[record])
    assert c.verification.reference_id == "Mueller2019" and c.flags == []


@pytest.mark.parametrize(("comparator", "trusted"), [("treatment-as-usual", "standard of care"), ("vehicle", "placebo"), ("Wait-List", "delayed treatment")])
def test_comparator_spellings_and_synonyms_agree(comparator, trusted):
    record = Record("Ito2019", authors=["Ito K"], year=2019, comparator=trusted, facts_from="curated")
    [c] = run([claim(study=Study(label="Ito (2019)", first_author="Ito", year=2019), comparator=comparator)], records=[record])
    assert c.flags == []


def test_completers_below_a_randomized_n_without_a_completer_count_are_not_a_mismatch():
    record = Record("Ito2019", authors=["Ito K"], year=2019, n_randomized=84, facts_from="curated")
    study = Study(label="Ito (2019)", first_author="Ito", year=2019)
    completers, wrong_total, too_many = run([claim(study=study, n=70, n_detail={"completed": 70}),
                                             claim(study=study, n=70, n_detail={"randomized": 70}, start=50),
                                             claim(study=study, n=90, n_detail={"completed": 90}, start=99)], records=[record])
    assert completers.flags == []
    assert codes(wrong_total) == codes(too_many) == ["VALUE_MISMATCH:n"]


def test_completers_in_one_document_do_not_conflict_with_the_randomized_n_of_another():
    study = Study(label="Nguyen (2019)", first_author="Nguyen", year=2019)
    randomized = claim(doc_id="doc-a", study=study, n=90, n_detail={"randomized": 90})
    completers = claim(doc_id="doc-b", study=study, n=81, n_detail={"completed": 81})
    too_many = claim(doc_id="doc-c", study=study, n=95, n_detail={"completed": 95})
    run([randomized, completers, too_many], records=None)
    assert "CROSS_DOC_CONFLICT:n" not in codes(completers)
    assert "CROSS_DOC_CONFLICT:n" in codes(too_many)
