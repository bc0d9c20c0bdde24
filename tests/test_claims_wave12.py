"""Wave-12 shapes from real pages: word-labelled markdown footnotes, table rows wrapped
over several physical lines, result sentences that belong to their study's claim, and
lines that are no claim at all."""

import pytest

from extractors import extract
from extractors.blocks import label_text
from pipeline.model import Block, Document, DocumentMeta


def _result(*parts):
    """``parts`` are (text, label) pairs laid out as blocks separated by blank lines."""
    text, blocks = "", []
    for body, label in parts:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), label, "paragraph"))
        text += "\n\n"
    document = Document("doc-w12", "doc.md", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result


def _claims(*paragraphs):
    return _result(*((p, "main") for p in paragraphs)).claims


@pytest.mark.parametrize("label", ["nr", "smith2020", "note-3", "1"])
def test_a_word_labelled_footnote_resolves_to_its_definition(label):
    result = _result(
        (f"A small pilot in 58 patients reported improved fatigue on the Fatigue Severity Scale at 10 weeks.[^{label}]", "main"),
        (f"[^{label}]: Okoro U, Falk J. Nicotinamide riboside in fatigue. J Fatigue. 2025;2:14-22.", "references"),
    )
    (claim,) = result.claims
    (entry,) = result.references
    assert claim.study.markers == [label] and entry.marker == label and entry.authors[0] == "Okoro U"


def test_footnote_definitions_make_no_bare_number_a_marker():
    result = _result(
        ("**Item 7731042** | **UPC 0 48211 90036 4** | ★★★★☆ (312)", "main"),
        ("In a trial of 125 children, melatonin 2-5 mg improved total sleep time versus placebo.[^1]", "main"),
        ("[^1]: Gringras P, et al. J Am Acad Child Adolesc Psychiatry. 2017;56(11):948-957.", "references"),
    )
    assert [c.study.markers for c in result.claims] == [["1"]]


def _table_claims(text):
    return [c for c in _claims(text) if c.context == "table"]


THREE_LINE = """Trial | Population | n | Arms | Scale | Result |
---|---|---|---|---|---|
Okafor et al, 202112 Two centres |
GAD | 64 | (a) Pregabalin 150 mg daily (n=32) (b) Placebo (n=32) |
HAMA | Improved versus placebo at week 8. |
Lindqvist et al, 202013 Single centre |
GAD | 48 | (a) Pregabalin 300 mg daily (n=24) (b) Placebo (n=24) |
HAMA | No difference from placebo at week 6. |"""

TWO_LINE_OUTER = """| Reference | Design | Participants | Intervention | Control | Outcome | Results |
|---|---|---|---|---|---|---|
| Moreau (2016) | randomized, double-blind | 80 adults with insomnia | 3 mg melatonin nightly | Placebo |
| PSQI | Sleep quality improved significantly compared to placebo |
| Haddad (2019) | open-label, single-arm | 42 adults with insomnia | 5 mg melatonin nightly | None |
| PSQI | Sleep quality improved from baseline |"""

CONTINUED_CELL = """Study | n | Intervention | Comparator | Result
---|---|---|---|---
Brandt 2018 | 120 | Magnesium 400
mg daily | Placebo | Fewer migraine days than placebo
Sato 2022 | 90 | Magnesium 600 mg daily | Placebo | No difference from placebo"""


THREE_LINE_OUTER = "\n".join(f"| {line} |" if not line.endswith("|") else f"| {line}" for line in THREE_LINE.split("\n"))


@pytest.mark.parametrize("text, rows", [(THREE_LINE, 3), (TWO_LINE_OUTER, 2), (THREE_LINE_OUTER, 3)])
def test_a_row_wrapped_over_lines_is_one_claim_spanning_them(text, rows):
    claims = _table_claims(text)
    assert len(claims) == 2
    for claim in claims:
        assert claim.evidence.text.count("\n") == rows - 1
        assert claim.n is not None and claim.dose and claim.direction != "unknown"


def test_wrapped_rows_read_their_cells_by_header():
    first, second = _table_claims(THREE_LINE)
    assert (first.study.first_author, first.study.year, first.study.markers) == ("Okafor", 2021, ["12"])
    assert (first.n, [(d.value, d.unit) for d in first.dose]) == (64, [(150, "mg")])
    assert first.outcome_measures == ["HAMA"] and first.direction == "positive"
    assert (second.study.year, second.study.markers, second.n, second.direction) == (2020, ["13"], 48, "null")


def test_a_cell_carried_on_to_the_next_line_is_joined():
    first, second = _table_claims(CONTINUED_CELL)
    assert first.evidence.text.startswith("Brandt 2018") and first.evidence.text.endswith("than placebo")
    assert (first.n, [(d.value, d.unit) for d in first.dose], first.comparator) == (120, [(400, "mg")], "placebo")
    assert second.evidence.text.startswith("Sato 2022") and second.direction == "null"


def test_tsv_rows_with_a_wrapped_cell_are_joined():
    text = ("Study\tn\tIntervention\tComparator\tResult\n"
            "Brandt 2018\t120\tMagnesium 400\nmg daily\tPlacebo\tFewer migraine days than placebo\n"
            "Sato 2022\t90\tMagnesium 600 mg daily\tPlacebo\tNo difference from placebo")
    first, second = _table_claims(text)
    assert first.evidence.text.count("\n") == 1 and first.n == 120 and first.comparator == "placebo"
    assert second.n == 90


def test_short_rows_each_naming_a_study_stay_apart():
    text = ("| Study | n | Dose | Result |\n|---|---|---|---|\n"
            "| Brandt 2018 | 120 |\n| Sato 2022 | 90 |\n| Ueda 2023 | 60 | 5 mg | Improved versus placebo |")
    claims = _table_claims(text)
    assert [c.n for c in claims] == [120, 90, 60]
    assert all("\n" not in c.evidence.text for c in claims)


ABSTRACT = ("Adults with migraine were randomized to magnesium 500 mg daily (n=60) or placebo (n=58); "
            "magnesium reduced migraine days versus placebo.")


@pytest.mark.parametrize("header", [
    "Published in final edited form as: Med Sci Sports Exerc. 2016 Jul;48(7):1397–1407. doi: 10.1249/MSS.0000000000000891",
    "Published in final edited form as:\nMol Psychiatry. 2011 Sep 20;17(12):1272–1282. doi: 10.1038/mp.2011.100",
    ". Author manuscript; available in PMC: 2017 Jul 1.\nPublished in final edited form as: J Pain. 2015 Mar;16(3):201-9.",
    "HHS Public Access Author manuscript\nJ Affect Disord. Author manuscript; available in PMC 2016 May 01.",
    "NIHPA Author Manuscripts\nPublished in its final edited form as: Sleep. 2014;37(2):311-8. PMID: 24497659",
])
def test_an_author_manuscript_record_line_is_no_claim(header):
    claims = _claims(header, ABSTRACT)
    assert len(claims) == 1 and claims[0].evidence.text == ABSTRACT


@pytest.mark.parametrize("text", [
    "Researchers are looking for adult participants with a minimum 1-year history of migraine attacks to participate "
    "in a clinical research study evaluating the efficacy of an FDA-approved drug for the prevention of migraine.",
    "Eligible participants will receive the FDA-approved study drug or placebo and all study-related assessments at no cost.",
    "We are currently seeking women aged 40 to 60 with hot flashes to take part in a placebo-controlled trial.",
    "To qualify, participants must have had insomnia for at least 3 months and will receive the investigational drug or placebo.",
    "In this article, we'll explore the effectiveness of trazodone 50 mg for sleep and discuss its possible side effects.",
    "This post will take a closer look at melatonin 3 mg for jet lag.",
])
def test_a_recruitment_call_or_an_agenda_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("lead, note", [
    ("Lithium added to usual care did not decrease suicide-related events among veterans with depression.",
     "These findings were published in JAMA Psychiatry."),
    ("Ketamine infusions reduced suicidal ideation faster than midazolam in adults with depression.",
     "The results were published in the American Journal of Psychiatry."),
    ("Daily vitamin D did not lower the risk of fractures in healthy older adults.",
     "The findings appear in the New England Journal of Medicine."),
])
def test_the_result_before_a_published_in_note_is_its_claim(lead, note):
    (claim,) = _claims(f"{lead} {note}")
    assert claim.evidence.text == f"{lead} {note}" and claim.study.venue and claim.direction != "unknown"


@pytest.mark.parametrize("text", [
    "The treatment exposure was longer for patients with major depression than for bipolar disorder (mean, 6.7 vs 5.6 months).",
    "Median follow-up was shorter in women than in men (11.2 vs 12.9 months).",
    "Adherence was higher among older participants than among younger ones (91% vs 84%).",
])
def test_a_description_of_the_sample_by_subgroup_is_no_claim(text):
    assert _claims("Lithium did not reduce suicide-related events versus placebo among 519 veterans.", text)[1:] == []


@pytest.mark.parametrize("opener, randomised", [
    ("The multicenter, double-blind, placebo-controlled study evaluated the efficacy and safety of daridorexant in 924 "
     "adult patients (39.3% ≥65 years of age) with insomnia.",
     "Patients were randomized to receive either daridorexant 10mg, 25mg, or placebo once in the evening."),
    ("This 12-week trial examined lemborexant in older adults (55% women, mean age 63) with insomnia disorder.",
     "Participants were randomly assigned to lemborexant 5 mg, 10 mg or placebo at bedtime."),
    ("A phase 3 study investigated zuranolone among women with severe postpartum depression.",
     "Women received zuranolone 50 mg or placebo once daily for 14 days."),
])
def test_the_design_sentence_before_the_randomisation_joins_its_claim(opener, randomised):
    (claim,) = _claims(f"{opener} {randomised}")
    assert claim.evidence.text == f"{opener} {randomised}" and claim.dose and claim.comparator == "placebo"


@pytest.mark.parametrize("paragraph, n", [
    ("Researchers from the Joslin Diabetes Center in Boston, Mass. analyzed 51 adults with prediabetes over the course of "
     "12 weeks. The participants were either given cinnamon supplements or placebo pills three times a day. The "
     "supplements contained 300 mg of cinnamon extract and 200 mg of cinnamon powder.", 51),
    ("The team followed 240 children with asthma for a year. Half of them took vitamin D capsules and half took "
     "identical placebo capsules. Each capsule held 1,000 IU of vitamin D.", 240),
    ("Investigators enrolled 86 nursing-home residents with insomnia. Residents were given melatonin 2 mg "
     "or a matching placebo each night.", 86),
])
def test_a_paragraph_telling_a_design_across_sentences_is_a_claim(paragraph, n):
    result = "After 12 weeks, fasting glucose was lower with the supplement than with placebo."
    design, *rest = _claims(paragraph, result)
    assert design.evidence.text.startswith(paragraph) and design.n == n and (design.dose or design.comparator)
    assert all(c.evidence.start >= design.evidence.end for c in rest)


def test_a_sample_without_anything_given_is_no_design_claim():
    assert _claims("Researchers analyzed 51 adults with prediabetes over 12 weeks. They measured fasting glucose.") == []


@pytest.mark.parametrize("text", [
    "SEATTLE — Children who have night terrors associated with restless leg syndrome appear amenable to treatment with "
    "ferritin supplements, researchers reported here at SLEEP 2015, the annual meeting of the sleep societies.",
    "Adults with cluster headache may benefit from high-flow oxygen therapy, investigators presented at the European "
    "Headache Congress.",
    "At her poster presentation, Gurbani reported that 42% also showed a decrease in parasomnia symptoms.",
    "Eighteen of 31 children with parasomnias achieved relief from their movement disorders with iron therapy, "
    "said Neepa Gurbani, a sleep fellow at a children's hospital.",
    "Two thirds of the 40 patients were pain-free after the nerve block treatment, said Dr. Amara Osei of the clinic.",
])
def test_a_result_told_as_meeting_or_speaker_news_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "Positive topline results were announced from the second pivotal phase 3 study evaluating daridorexant, an "
    "investigational dual orexin receptor antagonist, for the treatment of insomnia.",
    "The experimental Alzheimer's drug lecanemab made big news last week when the companies testing it released trial "
    "results that showed the drug met its goals.",
    "The company reported disappointing top-line data for its migraine antibody in a phase 2 trial.",
])
def test_a_lay_lead_on_a_trial_result_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "Iron deficiency is common in children, said Dr. Amara Osei of the clinic.",
    "The annual meeting was held in Seattle, the organisers said.",
    "Results will be presented at the European Headache Congress next year.",
])
def test_news_without_a_result_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("paragraph, firsts", [
    ("In one study, volunteers ate from 1 to 6 grams of cinnamon for 40 days. Researchers found that cinnamon reduced "
     "blood sugar levels by 24%. In another study, volunteers ate cinnamon and rice pudding after a meal. These volunteers "
     "had reduced blood sugar levels. In other studies cinnamon did not decrease blood sugar or cholesterol levels.",
     ["In one study", "In another study", "In other studies"]),
    ("In one trial, 60 adults took ginger 1 g daily and nausea fell compared with placebo. In a second trial, "
     "pregnant women drank ginger tea. Their vomiting episodes decreased.",
     ["In one trial", "In a second trial"]),
])
def test_different_studies_of_one_paragraph_are_separate_claims(paragraph, firsts):
    claims = _claims(paragraph)
    assert [c.evidence.text.split(",")[0].split(" cinnamon")[0] for c in claims] == firsts


def test_an_announced_study_with_nothing_reported_is_no_claim():
    claims = _claims("In one study, 60 adults took ginger 1 g daily and nausea fell compared with placebo. "
                     "In another study, researchers looked at ginger tea.")
    assert len(claims) == 1 and claims[0].evidence.text.endswith("placebo.")


def _abstract_result(abstract):
    title = "Duloxetine and pregabalin: safe and effective for the long-term treatment of fibromyalgia?"
    text = f"{title}\n\nAbstract\n\n{abstract}\n"
    start = text.index(abstract)
    meta = DocumentMeta(title=title, abstract_start=start, abstract_end=start + len(abstract))
    blocks = [Block(0, len(title), "main", "heading"), Block(start, start + len(abstract), "main", "paragraph")]
    document = Document("doc-c", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=meta)
    (result,) = extract([document])
    return result.claims


COMMENTARY = ("This Practice Point commentary discusses the first two trials of long-term drug treatment in fibromyalgia. "
              "In Russell et al.'s study, 33% of patients receiving 60 mg/day duloxetine responded to therapy. "
              "In Crofford et al.'s study, 32% of patients who received pregabalin lost their response, compared with 61% "
              "of patients treated with placebo.")


def test_a_commentary_abstract_gives_a_claim_per_trial_it_discusses():
    claims = _abstract_result(COMMENTARY)
    assert [(c.context, c.study.first_author, c.study.own) for c in claims] == [
        ("prose", "Russell", False), ("prose", "Crofford", False)]


def test_an_own_abstract_citing_earlier_work_stays_one_abstract_claim():
    abstract = ("Smith et al.'s trial suggested benefit. In this randomized trial, 120 adults received duloxetine 60 mg/day "
                "or placebo; pain fell more with duloxetine.")
    (claim,) = _abstract_result(abstract)
    assert claim.context == "abstract" and claim.study.own


@pytest.mark.parametrize("marker, markers", [("(12)", ["12"]), ("[12]", ["12"]), ("(3, 4)", ["3", "4"])])
def test_a_bracketed_number_after_the_full_stop_ending_a_line_is_the_claims_marker(marker, markers):
    text = f"Fatigue improved with rhodiola 576 mg daily compared to placebo in 60 adults. {marker}"
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.study.markers == markers


def test_a_bracketed_number_inside_a_line_is_no_marker_without_a_list():
    (claim,) = _claims("Group A (12) improved more than placebo in 60 adults given rhodiola 576 mg daily.")
    assert claim.study.markers == []


def test_one_study_after_a_cited_background_fact_is_its_own_claim():
    background = "It is also used in traditional Chinese medicine, [11] where it is known as hong jing tian."
    study = ("One four-week study in 60 people with stress-related fatigue looked at its effects on fatigue. "
             "Participants received either 576 mg of rhodiola or a placebo pill daily.")
    first, second = _claims(f"{background} {study}")
    assert first.study.markers == ["11"] and second.evidence.text == study and second.study.markers == []


@pytest.mark.parametrize("opening", ["It was discovered that", "It was found that", "It was observed that"])
def test_it_was_found_that_goes_on_with_the_study_of_the_paragraph_before(opening):
    design = ("One four-week study in 60 people with stress-related fatigue investigated rhodiola. "
              "Each participant received either 576 mg of rhodiola or a placebo pill daily.")
    result = f"{opening} rhodiola had a positive effect on fatigue levels, compared to the placebo."
    (claim,) = _claims(design, result)
    assert claim.evidence.text.startswith(design) and claim.evidence.text.endswith(result)


@pytest.mark.parametrize("note, venue", [
    ("The study appeared in the September issue of Diabetes Care:", "Diabetes Care"),
    ("The trial was published in the journal Neurology:", "Neurology"),
    ("The findings were just published in JAMA Psychiatry", "JAMA Psychiatry"),
])
def test_a_sentence_saying_where_the_study_appeared_is_a_claim_and_names_what_follows(note, venue):
    design = ("It was a small study - 43 adults with type 2 diabetes took 500 mg capsules of cinnamon daily or "
              "placebo capsules for three months.")
    first, second = _claims(note, design)
    assert first.evidence.text == note and first.study.venue == venue
    assert second.evidence.text == design and second.study.venue == venue and second.n == 43


def test_a_journal_and_date_line_stays_a_heading_only():
    design = "In this trial 43 adults with type 2 diabetes took 500 mg capsules of cinnamon daily or placebo."
    (claim,) = _claims("Diabetes Care 2003 December", design)
    assert claim.evidence.text == design and claim.study.venue == "Diabetes Care"


@pytest.mark.parametrize("text", [
    "Some of this research has shown that cinnamon may lower blood sugar by decreasing insulin resistance.",
    "Much of the research has found that melatonin may lower delirium rates in older patients.",
    "Several small trials have shown that melatonin may shorten the time to fall asleep.",
])
def test_what_studies_found_a_treatment_does_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text


def test_an_effect_word_without_studies_saying_it_is_no_claim():
    assert _claims("Cinnamon may lower blood sugar, but the dose matters.") == []


def _labelled(text):
    """Claims of plain text laid out by the block labeller, as ingest runs it."""
    document = Document("doc-s", "doc.txt", "text", "0" * 64, text=text, blocks=label_text(text), meta=DocumentMeta())
    (result,) = extract([document])
    return result.claims


def test_the_sections_of_one_studys_summary_are_one_claim():
    text = ("A randomised controlled trial of dietary improvement for adults with major depression (the ‘SMILES’ trial)\n"
            "Methods\n"
            "Participants: adults with major depressive disorder; total randomized 67 (dietary intervention n=33; social "
            "support control n=34).\n"
            "Intervention\n"
            "ModiMedDiet dietary program for 12 weeks: seven 60-minute sessions of personalized dietary support.\n"
            "Results\n"
            "Primary outcome: MADRS score improved more with the dietary intervention than control at 12 weeks.\n")
    (claim,) = _labelled(text)
    assert claim.evidence.text.startswith("Participants:") and claim.evidence.text.endswith("at 12 weeks.")
    assert claim.n == 67 and claim.direction == "positive"


def test_a_discussion_heading_does_not_carry_the_study_on():
    text = ("Results\nIn mice, dapagliflozin reduced tubular injury after ischaemia in 40 animals.\n"
            "Discussion\nOur findings agree with most previous rodent studies, though two found no effect.\n")
    assert all("Discussion" not in c.evidence.text for c in _labelled(text))
