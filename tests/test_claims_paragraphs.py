"""One study told over several paragraphs (news stories, labelled blog summaries, list
items under one heading) is one claim; paragraphs about something else stay apart."""

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _document(*paragraphs, separator="\n\n"):
    """Paragraphs as (text, kind) main blocks joined by ``separator``."""
    text, blocks = "", []
    for body, kind in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), "main", kind))
        text += separator
    return Document("doc-p", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())


def _claims(document):
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


def test_news_paragraphs_that_refer_back_to_the_study_join_it():
    document = _document(
        ("Toddlers who slept with a weighted blanket woke less often, a new study suggests.", "paragraph"),
        ("In it, 64 toddlers in Leeds were randomly assigned to a weighted or an ordinary blanket for 6 weeks.",
         "paragraph"),
        ("By the end, the researchers said night wakings fell significantly more in the weighted blanket group "
         "than in the ordinary blanket group.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.evidence.text.startswith("In it, 64 toddlers") and claim.evidence.text.endswith("blanket group.")
    assert claim.n == 64 and claim.direction == "positive"


def test_this_study_found_in_the_next_paragraph_continues_the_study():
    document = _document(
        ("A small trial of 40 adults tested 200 mg of glycine at bedtime.", "paragraph"),
        ("This study found that sleep quality improved significantly more with glycine than with placebo.", "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.n == 40 and claim.comparator == "placebo" and claim.direction == "positive"
    assert [(d.value, d.unit) for d in claim.dose] == [(200, "mg")]


def test_labelled_fields_of_one_summary_are_one_claim():
    document = _document(
        ("Study Design: In this double-blind trial, 96 adults with tinnitus took 120 mg of ginkgo or a placebo "
         "every day for 12 weeks.", "paragraph"),
        ("Key Results: Tinnitus loudness fell significantly more with ginkgo than with placebo.", "paragraph"),
        separator="\n",
    )
    (claim,) = _claims(document)
    assert claim.n == 96 and claim.direction == "positive"
    assert claim.evidence.text.endswith("than with placebo.")


def test_list_items_under_one_heading_are_one_claim():
    document = _document(
        ("Trial A: Zinc for acne", "line"),
        ("* Participants: 310 teenagers with moderate acne.", "list_item"),
        ("* Outcome:", "list_item"),
        ("* Lesion counts fell significantly more with zinc than with placebo.", "list_item"),
        ("Trial B: Tea tree oil for acne", "line"),
        ("* Participants: 58 adults with mild acne.", "list_item"),
        separator="\n",
    )
    first, second = _claims(document)
    assert first.n == 310 and first.direction == "positive" and first.evidence.text.endswith("than with placebo.")
    assert second.n == 58


def test_another_measure_is_not_another_study():
    text = ("A trial of 120 adults found that 10 mg of the new hypnotic significantly shortened sleep onset versus "
            "placebo. Another important measure, total sleep time, also improved significantly versus placebo.")
    (claim,) = _claims(_document((text, "paragraph")))
    assert claim.evidence.text == text


def test_a_paragraph_that_does_not_refer_back_stays_apart():
    document = _document(
        ("In a trial of 80 adults, 300 mg of magnesium improved sleep quality versus placebo.", "paragraph"),
        ("Separately, 45 children took 3 mg of melatonin, and their sleep onset improved versus placebo.", "paragraph"),
    )
    assert [c.n for c in _claims(document)] == [80, 45]


def test_a_differently_cited_paragraph_is_another_claim():
    document = _document(
        ("Okafor et al. (2019) randomized 48 adults to 50 mg of sertraline or placebo.", "paragraph"),
        ("The study by Lindqvist (2021) enrolled 60 adults and found no benefit over placebo.", "paragraph"),
    )
    first, second = _claims(document)
    assert (first.study.first_author, second.study.first_author) == ("Okafor", "Lindqvist")


def test_a_venue_sentence_is_joined_by_the_result_that_refers_back_to_it():
    document = _document(
        ("The research, published in the journal Sleep Medicine, compared two bedtime routines.", "paragraph"),
        ("It found that sleep quality improved significantly more in the routine group than in controls.", "paragraph"),
        separator="\n",
    )
    (claim,) = _claims(document)
    assert claim.study.venue == "Sleep Medicine" and claim.direction == "positive"
    assert claim.evidence.text.endswith("than in controls.")


def test_a_note_defining_a_term_under_a_table_is_no_claim():
    document = _document(("*A participant whose pain fell by 30% or more was defined as a responder.", "paragraph"))
    assert _claims(document) == []


def test_the_literature_as_a_whole_is_no_claim():
    document = _document(
        ("Dozens of randomised studies have attested to the benefit of exercise over placebo for low mood, "
         "one researcher said.", "paragraph"),
    )
    assert _claims(document) == []


def test_a_summary_goes_on_past_a_short_heading_and_an_unread_sentence():
    document = _document(
        ("Approach: In this 12-week trial, 72 adults with tension headache took 400 mg of magnesium or a placebo.",
         "paragraph"),
        ("Measures: Headache days were logged in a diary. Diaries were checked every month.", "paragraph"),
        ("What the Researchers Found", "line"),
        ("Outcome: Headache days fell significantly more with magnesium than with placebo.", "paragraph"),
        separator="\n",
    )
    (claim,) = _claims(document)
    assert claim.n == 72 and claim.direction == "positive" and claim.evidence.text.endswith("with placebo.")


def test_a_paragraph_opening_on_the_time_since_treatment_goes_on_with_the_study():
    document = _document(
        ("Nurses gave 44 preterm infants 5 drops of a probiotic or a placebo each day.", "paragraph"),
        ("After four weeks, crying time fell significantly more in the probiotic group than in the placebo group.",
         "paragraph"),
    )
    (claim,) = _claims(document)
    assert claim.n == 44 and claim.direction == "positive"


def test_some_of_the_patients_goes_on_with_the_study_in_its_paragraph():
    text = ("In one trial, 48 adults were given 200 mg of the extract daily. "
            "Remarkably, 30 of the patients (62%) responded within two weeks.")
    (claim,) = _claims(_document((text, "paragraph")))
    assert claim.evidence.text == text and claim.n == 48


def test_summary_fields_naming_the_arms_stay_with_the_study():
    document = _document(
        ("Study 1: Adding a second drug", "line"),
        ("* Participants: 640 adults with type 2 diabetes.", "list_item"),
        ("* Intervention: Patients were randomized to add sitagliptin or to raise their gliclazide dose.", "list_item"),
        ("* Results:", "list_item"),
        ("* Sitagliptin lowered HbA1c significantly more than the higher gliclazide dose.", "list_item"),
        separator="\n",
    )
    (claim,) = _claims(document)
    assert claim.n == 640 and claim.evidence.text.endswith("gliclazide dose.")


def test_topic_labels_are_separate_findings_not_one_summary():
    document = _document(
        ("* Sleep: in a trial of 40 adults, 3 mg of melatonin improved sleep quality versus placebo.", "list_item"),
        ("* Anxiety: in a trial of 30 adults, 200 mg of L-theanine reduced anxiety versus placebo.", "list_item"),
        separator="\n",
    )
    assert [c.n for c in _claims(document)] == [40, 30]


def test_uncited_list_items_of_one_study_are_one_claim_and_a_list_of_studies_is_not():
    one = _claims(_document(
        ("\u2022 96 adults randomized to zinc 13 mg lozenges or placebo for 5 days", "list_item"),
        ("\u2022 Shorter colds with zinc vs placebo (4.1 vs 5.9 days)", "list_item"),
        ("\u2022 38% of zinc patients reported a bad taste vs 9% with placebo", "list_item"),
    ))
    assert len(one) == 1 and one[0].n == 96 and one[0].evidence.text.endswith("9% with placebo")
    many = _claims(_document(
        ("- A new cohort of 20,000 adults links irregular sleep with higher blood pressure.", "list_item"),
        ("- Weighted blankets: a trial of 120 outpatients reported lower ISI scores.", "list_item"),
        ("- In 60 adults, melatonin 3 mg shortened sleep latency versus placebo.", "list_item"),
    ))
    assert [c.n for c in many] == [20000, 120, 60]


def test_a_trial_listing_told_in_lines_stays_one_study():
    claims = _claims(_document(
        ("Randomised, double-blind Phase II trial (n=60) comparing a single 20 mg oral dose of tasimelteon versus "
         "placebo in adults with jet lag.", "paragraph"),
        ("This Phase II randomised, double-blind, parallel study evaluates whether a single 20 mg dose of tasimelteon "
         "shortens sleep onset compared with placebo.", "paragraph"),
        ("Primary efficacy is measured with the PSQI; secondary assessments include actigraphy.", "paragraph"),
    ))
    assert len(claims) == 1 and claims[0].n == 60 and claims[0].evidence.text.endswith("include actigraphy.")
