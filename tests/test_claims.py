"""Claim assembly over hand-built Documents: what one claim is (convention 4), its
context, study and evidence span, and which blocks yield nothing."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta, Page, claim_id_for


def _document(*paragraphs, meta=None, pages=False):
    """Paragraphs as (text, label, kind) joined by blank lines, one block each."""
    text, blocks = "", []
    for body, label, kind in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), label, kind))
        text += "\n\n"
    page_list = [Page(1, 0, len(text) // 2), Page(2, len(text) // 2, len(text))] if pages else []
    return Document("doc-1", "doc.txt", "text", "0" * 64, text=text, blocks=blocks,
                    meta=meta or DocumentMeta(), pages=page_list)


def _claims(document):
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
        assert claim.claim_id == claim_id_for(document.doc_id, claim.evidence.start, claim.evidence.end)
    return result.claims


def test_continuation_sentences_join_the_cited_study():
    study = ("Marsh et al. (2015) randomized 48 adults with panic disorder to sertraline or placebo. "
             "Participants received 50 mg one hour before each exposure session. "
             "The effect did not persist at follow-up.")
    (claim,) = _claims(_document(("Panic disorder is common.", "main", "paragraph"), (study, "main", "paragraph")))
    assert claim.evidence.text == study
    assert (claim.context, claim.study.first_author, claim.study.year) == ("prose", "Marsh", 2015)
    assert claim.n == 48 and claim.comparator == "placebo"
    assert [(d.value, d.unit) for d in claim.dose] == [(50, "mg")]


def test_a_new_attribution_starts_a_new_claim():
    text = ("Marsh et al. (2015) randomized 48 adults to sertraline or placebo. "
            "Okafor and colleagues (2019) gave 100 mg to 30 patients.")
    first, second = _claims(_document((text, "main", "paragraph")))
    assert (first.study.first_author, second.study.first_author) == ("Marsh", "Okafor")
    assert second.n == 30


def test_another_study_without_attribution_is_its_own_uncited_claim():
    text = ("Marsh et al. (2015) randomized 48 adults to sertraline or placebo. "
            "Another trial of 30 adults found faster gains with ketamine.")
    first, second = _claims(_document((text, "main", "paragraph")))
    assert first.study.attributed and not second.study.attributed
    assert second.n == 30


def test_several_studies_in_one_sentence_are_one_claim():
    text = "Sleep latency improved with melatonin (Smith et al., 2013; Lee 2015) [4, 5]."
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.study.label == "(Smith et al., 2013; Lee 2015) [4, 5]"
    assert (claim.study.first_author, claim.study.year) == ("Smith", 2013)
    assert claim.study.markers == ["4", "5"]


def test_venue_year_and_registry_ids():
    text = ("A 2022 meta-analysis in JAMA Psychiatry pooled 12 trials of ketamine. "
            "A phase 3 trial (NCT01234567) is now recruiting 300 adults.")
    first, second = _claims(_document((text, "main", "paragraph")))
    assert (first.study.venue, first.study.year) == ("JAMA Psychiatry", 2022)
    assert second.study.registry_ids == ["NCT01234567"] and second.ongoing_trial


def test_background_sentences_are_not_claims():
    text = "Anxiety is common in primary care. Many clinicians discuss sleep hygiene with their patients."
    assert _claims(_document((text, "main", "paragraph"))) == []


@pytest.mark.parametrize("label", ["boilerplate", "metadata", "references"])
def test_blocks_that_never_yield_claims(label):
    text = "Smith et al. (2013) randomized 48 adults to 50 mg sertraline or placebo."
    assert _claims(_document((text, label, "paragraph"))) == []


def test_comment_claims_have_comment_context():
    (claim,) = _claims(_document(("I took 100 mg every night and my sleep improved a lot!", "comments", "paragraph")))
    assert claim.context == "comment" and claim.dose


def test_table_rows_are_claims_with_exact_row_evidence():
    header = "Study\tN\tDose (mg)\tComparator\tPrimary outcome\tKey finding\tReference"
    rows = ["Marsh et al. 2015 [7]\t48\t50\tPlacebo\tPDSS\tFewer panic attacks\t",
            "Okafor 2019\t120\t\tWaitlist\tLSAS\tNo difference\t[2]"]
    document = _document((header, "main", "table_header"), *[(r, "main", "table_row") for r in rows])
    marsh, okafor = _claims(document)
    assert [c.evidence.text for c in (marsh, okafor)] == rows
    assert {c.context for c in (marsh, okafor)} == {"table"}
    assert (marsh.study.first_author, marsh.study.year, marsh.study.markers) == ("Marsh", 2015, ["7"])
    assert marsh.n == 48 and [(d.value, d.unit) for d in marsh.dose] == [(50, "mg")]
    assert marsh.comparator == "placebo" and marsh.outcome_measures == ["PDSS"]
    assert marsh.finding == "Fewer panic attacks"
    assert okafor.study.markers == ["2"] and okafor.comparator == "waitlist"


def test_empty_reference_cell_means_no_citation():
    text = "Trial\tN\tReference\nCALM\t40\t\n"
    (claim,) = _claims(_document((text.strip(), "main", "paragraph")))
    assert claim.n == 40 and not claim.study.markers and not claim.study.first_author


def test_pipe_table_in_markdown():
    text = ("| Author(s) | Sample size | Dosage | Result |\n|---|---|---|---|\n"
            "| Smith & Jones (2006) | 31 | 10 and 20 mg/kg | Reduced freezing |")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.evidence.text == "| Smith & Jones (2006) | 31 | 10 and 20 mg/kg | Reduced freezing |"
    assert claim.study.first_author == "Smith" and claim.n == 31 and len(claim.dose) == 2


def test_single_study_abstract_is_one_own_claim():
    abstract = ("Background: Panic disorder is common. Methods: We randomized 84 adults to sertraline 50 mg or placebo "
                "for 12 weeks (NCT01234567). Results: PDSS scores fell more with sertraline. "
                "Conclusions: Sertraline improved panic symptoms.")
    title = "Sertraline for panic disorder: a randomized trial"
    text = f"{title}\n\n{abstract}\n\n"
    meta = DocumentMeta(title=title, authors=["Marsh AB", "Okafor C"], year=2015, journal="J Psychiatr Res",
                        pmid="25612345", abstract_start=len(title) + 2, abstract_end=len(title) + 2 + len(abstract))
    document = Document("doc-1", "x.xml", "pubmed-xml", "", text=text, meta=meta,
                        blocks=[Block(0, len(title), "metadata"), Block(meta.abstract_start, meta.abstract_end, "main")])
    (claim,) = _claims(document)
    assert claim.context == "abstract" and claim.evidence.text == abstract
    assert claim.study.own and (claim.study.first_author, claim.study.year, claim.study.pmid) == ("Marsh", 2015, "25612345")
    assert claim.study.registry_ids == ["NCT01234567"]
    assert claim.n == 84 and claim.comparator == "placebo" and claim.direction == "positive"


def test_glued_digits_are_markers_only_with_a_numbered_reference_list():
    prose = ("Melatonin shortened sleep latency in 40 patients.12", "main", "paragraph")
    refs = ("References\n" + "\n".join(f"{i}. Doe J. Title {i}. BMJ. 2001;1:{i}." for i in range(1, 15)),
            "references", "list_item")
    (with_list,) = _claims(_document(prose, refs))
    (without,) = _claims(_document(prose))
    assert with_list.study.markers == ["12"]
    assert without.study.markers == []


def test_results_carry_reference_entries_and_pages():
    document = _document(
        ("Smith et al. (2013) randomized 48 adults to 50 mg sertraline or placebo [1].", "main", "paragraph"),
        ("References\n1. Smith J. Title. BMJ. 2013;1:1.", "references", "list_item"), pages=True)
    (result,) = extract([document])
    assert [e.marker for e in result.references] == ["1"]
    assert result.claims[0].evidence.page == 1


def test_failed_and_empty_documents_give_empty_results():
    failed = Document("bad", "bad.pdf", "pdf", "", status="failed", error="encrypted")
    empty = Document("empty", "e.txt", "text", "", text="")
    results = extract([failed, empty])
    assert [(r.doc_id, r.claims, r.references) for r in results] == [("bad", [], []), ("empty", [], [])]


def test_sentences_referring_back_join_the_study():
    text = ("In a small trial, Castellanos et al. (2013) randomised 24 adults to 10.8 mg yohimbine or placebo. "
            "The yohimbine group reported less fear at follow-up.")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.evidence.text == text


def test_a_citation_closing_an_uncited_sentence_takes_it_in():
    text = ("The best-known trial gave 600 mg daily for 12 weeks to 81 people with migraine. "
            "Attack frequency dropped by 41.6% compared with 15.8% on placebo (Peikert-Hall et al., 1996).")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.evidence.text == text and claim.study.first_author == "Peikert-Hall"


@pytest.mark.parametrize(
    "text",
    [
        "Most supplements contain 300-600 mg of extract per capsule.",
        "Storage: keep below 25 °C. Each tablet contains 3 mg melatonin.",
        "Is there evidence it improves memory?",
        "Table 1 Randomized trials included in the meta-analysis.",
        "Parkinson's disease affects more than six million people worldwide.",
    ],
)
def test_product_text_questions_and_captions_are_not_claims(text):
    assert _claims(_document((text, "main", "paragraph"))) == []


def test_testimonials_in_comments_and_their_follow_up():
    text = "CBD completely cured my panic attacks. I take 20 mg twice a day and haven't had one in 6 months."
    (claim,) = _claims(_document(("Mark R. says: January 18, 2023", "comments", "paragraph"), (text, "comments", "paragraph")))
    assert claim.context == "comment" and claim.evidence.text == text


def test_pdf_line_break_split_into_blocks_is_one_sentence():
    first = "In a 12-week trial, Okoro et al. (2016) randomised 44 older adults to 2 g/day or placebo;"
    second = "the active group improved on a composite of executive function."
    (claim,) = _claims(_document((first, "main", "paragraph"), (second, "main", "paragraph")))
    assert claim.evidence.text == f"{first}\n\n{second}"


def test_unnumbered_html_list_is_numbered_by_position_for_superscript_citations():
    prose = ("CAPS-5 scores fell more with MDMA in 90 participants.2 A second trial of 104 participants agreed.3",
             "main", "paragraph")
    refs = [(f"Author{i} A. Title {i}. J Med. 2020;{i}:1-2.", "references", "list_item") for i in range(1, 4)]
    (result,) = extract([_document(prose, *refs)])
    assert [e.marker for e in result.references] == ["1", "2", "3"]
    assert [c.study.markers for c in result.claims] == [["2"], ["3"]]


def test_footnote_references_under_the_body_and_vancouver_parentheses():
    body = ("Johnson and colleagues compared internet CBT with a waiting list in 1,024 adults (2). "
            "References [1]-[2] are listed below.")
    notes = [("¹ Doe J. First title. BMJ. 2001;1:1.", "main", "paragraph"), ("² Roe K. Second. BMJ. 2002;2:2.", "main", "paragraph")]
    (result,) = extract([_document((body, "main", "paragraph"), *notes)])
    assert [e.marker for e in result.references] == ["1", "2"]
    (claim,) = result.claims
    assert claim.study.markers == ["2"] and claim.n == 1024


def test_reference_notes_are_not_claims():
    text = "References [7]-[10] are available on request from the clinic library."
    assert _claims(_document((text, "main", "paragraph"))) == []


def test_a_bare_direction_needs_an_arm_or_comparison():
    general = "Roughly a third of people with depression do not respond to two antidepressant trials."
    specific = "Patients who received ketamine improved more than those given midazolam."
    assert _claims(_document((general, "main", "paragraph"))) == []
    (claim,) = _claims(_document((specific, "main", "paragraph")))
    assert not claim.study.attributed


def test_a_huge_paragraph_is_read_in_pieces():
    sentence = "Smith et al. (2013) randomized 48 adults to 50 mg sertraline or placebo. "
    text = sentence * 3000 + "x" * 150_000  # ~370k characters, no paragraph break, a long unbroken tail
    claims = _claims(_document((text, "main", "paragraph")))
    assert len(claims) >= 1 and all(c.study.first_author == "Smith" for c in claims)


def test_each_record_of_a_multi_record_export_is_its_own_abstract_claim():
    records = [
        ("Serelanine for PTSD in veterans: a randomised trial", "Obi N", 2022, "J Trauma Stress", "92200444",
         "Seventy-two veterans with PTSD were randomised to serelanine 50 mg or placebo. CAPS scores did not differ."),
        ("Open-label serelanine for adolescents: a pilot study", "Brennan S", 2023, "Child Adolesc Psychiatry", "92300518",
         "Eighteen adolescents received serelanine 100 mg before exposure sessions. LSAS scores improved."),
    ]
    text, blocks, studies = "", [], []
    for title, author, year, journal, pmid, abstract in records:
        blocks.append(Block(len(text), len(text) + len(title), "metadata", "heading"))
        text += title + "\n\n"
        start = len(text)
        text += abstract
        blocks.append(Block(start, len(text), "main"))
        studies.append(DocumentMeta(title=title, authors=[author], year=year, journal=journal, pmid=pmid,
                                    abstract_start=start, abstract_end=len(text)))
        text += "\n\n"
    document = Document("doc-1", "export.nbib", "medline", "", text=text, blocks=blocks, studies=studies)
    first, second = _claims(document)
    assert [c.context for c in (first, second)] == ["abstract", "abstract"]
    assert first.evidence.text == records[0][5] and second.evidence.text == records[1][5]
    assert first.study.own and (first.study.first_author, first.study.year, first.study.pmid) == ("Obi", 2022, "92200444")
    assert (second.study.first_author, second.study.venue, second.study.pmid) == ("Brennan", "Child Adolesc Psychiatry", "92300518")
    assert first.n == 72 and first.comparator == "placebo" and first.direction == "null"
    assert second.n == 18 and [d.value for d in second.dose] == [100]


def test_a_sentence_about_another_drug_is_not_merged_into_the_study_before():
    text = ("Marsh et al. (2015) randomized 48 adults to sertraline 50 mg or placebo. "
            "Fluoxetine 20 mg daily reduced symptoms in 30 patients. "
            "Serelanine 100 mg was given to 12 volunteers in a pilot study.")
    marsh, fluoxetine, serelanine = _claims(_document((text, "main", "paragraph")))
    assert [d.value for d in marsh.dose] == [50] and marsh.n == 48
    assert not fluoxetine.study.attributed and [d.value for d in fluoxetine.dose] == [20]
    assert serelanine.evidence.text.startswith("Serelanine") and [d.value for d in serelanine.dose] == [100]


def test_a_sentence_about_the_same_drug_or_its_arms_still_joins():
    text = ("Okafor et al. (2019) gave serelanine 50 mg to 30 adults with panic disorder. "
            "Serelanine was given one hour before each session. "
            "The sertraline group improved less.")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.evidence.text == text


def test_uncited_practice_and_response_rates_are_claims_of_their_own():
    text = ("Marsh et al. (2015) found that serelanine reduced PDSS scores more than placebo in 48 adults. "
            "In clinical practice, response rates of up to 80% have been observed.")
    cited, practice = _claims(_document((text, "main", "paragraph")))
    assert cited.study.first_author == "Marsh" and not practice.study.attributed
    assert practice.evidence.text == "In clinical practice, response rates of up to 80% have been observed."
    quote = '"We are seeing remission in roughly one in three patients," said Dr. Hal Brenner, the chief medical officer.'
    assert len(_claims(_document((quote, "main", "paragraph")))) == 1
    aside = ("Dr. Liu, a psychiatrist who was not involved in the research, said that in her practice about half "
             "of patients respond to the spray within a week.")
    assert len(_claims(_document((aside, "main", "paragraph")))) == 1
    background = "About a third of patients do not respond to two antidepressants, and many never remit."
    assert _claims(_document((background, "main", "paragraph"))) == []


def test_a_planned_trial_is_a_claim_even_without_other_fields():
    text = ("Nguyen et al. (2020) showed that 56 mg twice weekly was as effective as escitalopram on the HAMD. "
            "The company plans to start a Phase 3 trial of lumiprane in bipolar depression in the second half of 2025.")
    cited, planned = _claims(_document((text, "main", "paragraph")))
    assert planned.ongoing_trial and not planned.study.attributed and not cited.ongoing_trial


def test_a_dosed_intervention_the_study_never_named_starts_a_new_claim():
    text = ("Magnesium improved sleep quality in one trial (Abbasi et al., 2012). "
            "Zinc 30 mg daily also shortened sleep latency in 50 adults.")
    magnesium, zinc = _claims(_document((text, "main", "paragraph")))
    assert magnesium.study.first_author == "Abbasi" and magnesium.dose == [] and magnesium.n is None
    assert not zinc.study.attributed and zinc.n == 50


def test_a_commenter_comparing_drugs_is_one_testimonial():
    text = "Nothing for me after 3 months on 400 mg. Topiramate worked better."
    (claim,) = _claims(_document(("Pete\nMarch 4, 2021 at 12:30 pm", "comments", "paragraph"), (text, "comments", "paragraph")))
    assert claim.evidence.text == text


@pytest.mark.parametrize(
    "text",
    [
        "We summarise randomised evidence for magnesium, riboflavin and other agents, and discuss who might benefit.",
        "In this review, we discuss which patients respond best to exposure therapy.",
        "This article reviews the trials of melatonin that improved sleep onset in children.",
        "Whether the benefit lasts beyond a year is being tested in an ongoing trial.",
    ],
)
def test_what_the_document_sets_out_to_do_is_no_claim(text):
    assert _claims(_document((text, "main", "paragraph"))) == []


def test_a_finding_placed_in_earlier_trials_is_a_claim():
    text = "Feverfew extracts reduced attack frequency in earlier trials but fell out of favour."
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.direction == "positive"


def test_a_sentence_that_only_names_the_study_is_joined_by_its_result():
    text = ("The trial everyone quotes is a 2016 study in the Journal of Invented Psychiatry. "
            "Adults who took 3 g/day of taurine with sertraline improved faster on the MADRS than those on sertraline alone.")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert (claim.study.venue, claim.study.year) == ("Journal of Invented Psychiatry", 2016)
    assert claim.evidence.text == text and claim.dose


def test_a_result_naming_the_drug_as_an_arm_continues_the_study():
    text = ("In one 6-week trial [3], forty adults took 50 mg of the study drug daily or placebo. "
            "Worry scores and serum melatonin fell significantly more in the sertraline group.")
    (claim,) = _claims(_document((text, "main", "paragraph")))
    assert claim.evidence.text == text and claim.study.markers == ["3"]


def test_a_long_cited_paragraph_costs_the_same_per_sentence():
    """Overlap checks and per-sentence attribution lookups once grew with the number of
    citations in the passage, so a long paragraph cost quadratic time."""
    import time

    sentence = "Marsh et al. (2015) randomised 48 adults [3]. Sleep improved with 50 mg (Lee 2019; Kim 2020). "
    per_repeat = []
    for repeats in (60, 960):
        document = _document((sentence * repeats, "main", "paragraph"))
        extract([document])  # warm the tokenizer's cache for these words
        start = time.perf_counter()
        (result,) = extract([document])
        per_repeat.append((time.perf_counter() - start) / repeats)
        assert len(result.claims) == 2 * repeats
    assert per_repeat[1] < 3 * per_repeat[0] + 1e-4


@pytest.mark.parametrize("heading", [
    "Zinc lozenges shortened colds in 212 adults: the ZICO randomised trial",
    "ZINC LOZENGES SHORTENED COLDS IN 212  ADULTS: the ZICO randomised trial.",
    "the ZICO randomised trial",
    "Original research \u2014 Zinc lozenges shortened colds in 212 adults: the ZICO randomised trial",
])
def test_the_abstract_pages_own_title_is_no_prose_claim(heading):
    title = "Zinc lozenges shortened colds in 212 adults: the ZICO randomised trial"
    abstract = "Methods: 212 adults were randomised to zinc 13 mg or placebo. Results: Colds were shorter with zinc."
    text = f"{heading}\n\n{abstract}\n\nA separate trial of 90 adults found zinc 20 mg did not help.\n\n"
    start = len(heading) + 2
    meta = DocumentMeta(title=title, authors=["Oduya K"], year=2021, abstract_start=start,
                        abstract_end=start + len(abstract))
    after = meta.abstract_end + 2
    document = Document("doc-1", "x.html", "html", "", text=text, meta=meta, blocks=[
        Block(0, len(heading), "main", "heading"), Block(start, meta.abstract_end, "main"),
        Block(after, len(text) - 2, "main")])
    claims = _claims(document)
    assert [c.context for c in claims] == ["abstract", "prose"]
    assert claims[1].n == 90
