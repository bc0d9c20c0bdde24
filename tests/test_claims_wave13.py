"""Wave-13 shapes: news ledes and press-release bullets that state a result without a
citation, a clinic's own audit, one study told over a citation line, and lines that are
no claim (how common a condition is, a registry record's title)."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _claims(*paragraphs, kind="paragraph"):
    text, blocks = "", []
    for body in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), "main", kind))
        text += "\n\n"
    document = Document("doc-w13", "doc.md", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


@pytest.mark.parametrize("text", [
    "Stroke survivors who received an extra hour a day of arm rehabilitation regained more movement than those "
    "given standard therapy alone, according to a major British trial.",
    "Dogs that received the joint chew had fewer lameness flare-ups than those given a placebo chew, a new study found.",
    "Women who took the supplement lost more weight than those in the placebo group, according to a new study.",
    "Children who got the extra physiotherapy sessions walked sooner than did those who received usual care, "
    "according to results of the SWIFT trial.",
])
def test_a_lede_setting_one_arm_against_another_from_a_study_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.context == "prose"


def test_a_comparison_without_any_study_is_no_claim():
    assert _claims("Stroke survivors who exercise regain more movement than those who rest.") == []


@pytest.mark.parametrize("text", [
    "Primary endpoint met: faster clinical recovery versus placebo",
    "Key endpoint achieved: lower relapse rates compared with sham",
    "Primary outcome met: fewer exacerbations than with placebo",
])
def test_a_press_release_bullet_stating_the_endpoint_met_is_a_claim(text):
    (claim,) = _claims(text, kind="list_item")
    assert claim.direction == "positive"


@pytest.mark.parametrize("text", [
    "Our own audit of 52 children who finished peanut OIT here found that\n46 were still eating peanut regularly "
    "two years later.",
    "A clinic audit of 140 patients found that 80% kept walking at one year.",
    "A chart review of 212 dogs treated at our practice found that most tolerated the diet.",
])
def test_a_practice_audit_with_a_sample_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.n is not None


@pytest.mark.parametrize("text", [
    "Around 100,000 people in the UK have a stroke each year, and about three quarters are left with arm weakness.",
    "About 300,000 adults develop sepsis every year in the control of no one.",
    "Roughly 2,000 horses are diagnosed with laminitis annually in the study region's practices.",
    "More than 50,000 children are admitted with asthma each year.",
])
def test_how_common_a_condition_is_is_no_claim(text):
    assert _claims(text) == []


def test_a_trial_sample_told_with_a_year_is_still_a_claim():
    (claim,) = _claims("In a trial, 240 patients who have a stroke were randomized to daily arm therapy or usual care "
                       "for a year.")
    assert claim.n == 240


@pytest.mark.parametrize("head,body,author", [
    ("1) Brennan et al. (2025), Paediatric Allergy & Immunotherapy Journal.",
     "Brennan and colleagues randomized 120 children aged 4-11 with peanut\nallergy to oral immunotherapy "
     "(maintenance 300 mg/day peanut protein) or\ncontinued avoidance. After 18 months, 63% of the OIT group "
     "tolerated a\n1000 mg challenge versus 5% of the avoidance group.", "Brennan"),
    ("2) Lee et al. (2024), Clin Exp Allergy Rep.",
     "Lee and colleagues randomized 60 children with milk allergy to oral immunotherapy or avoidance. At one year, "
     "70% of the OIT group passed a 4 g oral food challenge versus 10% of controls.", "Lee"),
])
def test_a_journal_club_summary_is_one_claim_dated_by_its_citation_line(head, body, author):
    (claim,) = _claims(head, body)
    assert claim.study.first_author == author and claim.study.year in (2024, 2025)
    assert claim.evidence.text.endswith("group.") or claim.evidence.text.endswith("controls.")


def _record(title):
    """A listing site's trial page: title, field rows, summary, a note citing an earlier trial's ID."""
    parts = [(title, "heading"), ("Status\tRecruiting", "table_row"), ("Sponsor\tHallam Institute", "table_row"),
             ("Last updated\t14 October 2025", "table_row"), ("Contact\tDr A Lind, 0114 496 0550", "table_row"),
             ("Brief summary", "heading"),
             ("This double-blind trial will randomize 130 athletes to a single injection or saline.", "paragraph"),
             ("A previous trial registered as NCT04170231 found no benefit over saline in 60 athletes.", "paragraph")]
    text, blocks = "", []
    for body, kind in parts:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), "main", kind))
        text += "\n\n"
    (result,) = extract([Document("doc-reg", "reg.html", "html", "0" * 64, text=text, blocks=blocks,
                                  meta=DocumentMeta())])
    return result.claims


@pytest.mark.parametrize("title", [
    "PATELLA-PRP: Platelet-rich plasma versus saline injection for patellar tendinopathy in jumping athletes",
    "CALM-2: Melatonin versus placebo for delirium after cardiac surgery in older adults",
    "Ketamine compared with midazolam for agitation in the emergency department",
])
def test_a_registry_records_title_line_is_no_claim(title):
    claims = _record(title)
    assert all(title not in c.evidence.text for c in claims)
    assert any("130 athletes" in c.evidence.text for c in claims)


@pytest.mark.parametrize("definition", [
    "[^2]: Sato K, Brennan O. Green-lipped mussel lipid fraction in equine chondrocytes.\n"
    "Vet Immunol Cell Biol. 2023;12:201-8.",
    "[^okoro]: Okoro U, Hale T. Melatonin in shift workers: a randomized trial of 60 nurses. Sleep Med. 2019;4:1-9.",
])
def test_a_markdown_footnote_definition_is_no_claim_in_body_or_comments(definition):
    assert _claims(definition) == []
    text = definition
    document = Document("doc-fn", "doc.md", "text", "0" * 64, text=text,
                        blocks=[Block(0, len(text), "comments", "paragraph")], meta=DocumentMeta())
    (result,) = extract([document])
    assert result.claims == []


def _blocks(*parts):
    text, blocks = "", []
    for body, kind, gap in parts:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), "main", kind))
        text += gap
    (result,) = extract([Document("doc-pdf", "doc.pdf", "pdf", "0" * 64, text=text, blocks=blocks,
                                  meta=DocumentMeta())])
    return result.claims


@pytest.mark.parametrize("first,second", [
    ("Percutaneous tibial nerve stimulation was no better than sham in a small",
     "Norwegian trial of 64 frail nursing-home residents (Brandvold et al., 2023)."),
    ("Weekly yoga reduced anxiety scores more than stretching did in a large",
     "Brazilian trial of 210 students (Souza et al., 2021)."),
])
def test_a_pdf_line_ending_mid_sentence_before_a_capitalised_word_is_one_sentence(first, second):
    (claim,) = _blocks((first, "line", "\n"), (second, "paragraph", "\n\n"))
    assert claim.evidence.text.startswith(first.split()[0]) and claim.n in (64, 210)


def test_a_heading_is_not_joined_to_the_paragraph_under_it():
    claims = _blocks(("Effects of melatonin on sleep onset in older adults with insomnia", "heading", "\n"),
                     ("Melatonin 2 mg shortened sleep onset versus placebo in 120 adults (Wade et al., 2010).",
                      "paragraph", "\n\n"))
    assert [c.evidence.text[:9] for c in claims] == ["Melatonin"]
