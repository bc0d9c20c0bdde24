"""Wave 90: abstracts pasted alone in the shapes probe 31 found (bare Methods/Results headings, a run-on
"Background. ... Objective. ..." under a journal line and a byline, an aim stated in the first few
sentences rather than the first), and a review's "randomized controlled trials" read as no randomisation.
Every fixture is written here."""

from __future__ import annotations

import pytest

from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from tests.saved_page import ingest_page, own_abstract, page_claims

_BARE_HEADINGS = (
    "Methods\n"
    "Trials that compared a nightly zinc lozenge with placebo for recurrent mouth ulcers in adults were reviewed up to "
    "June 2021. The outcome was the number of new ulcers per month. A random-effects model pooled the trials.\n"
    "Results\n"
    "Six trials were found, in which 214 adults took zinc and 209 took placebo. New ulcers per month fell by 1.2 more "
    "with zinc (95% CI = [0.4, 2.0]). Trials of longer duration showed larger effects.\n"
    "Discussion\n"
    "Zinc lozenges appear to reduce ulcer recurrence compared with placebo, though the trials were small.\n")
_LABELS_UNDER_BYLINE = (
    "JOURNAL OF ORAL MEDICINE, Issue 4 2011\n"
    "Margit K. Sollie MB ChB\n"
    "Background. Two hyaluronic gels are sold for mouth ulcers but have never been compared. Objective. To compare the "
    "healing time with gel A and gel B in recurrent aphthous ulcers (using 0.2% gel A, the strength approved for "
    "mouth ulcers, and 0.5% gel B, the strength its maker recommends for this use). Study Design. Parallel-group double-blind pilot "
    "study. Evaluation by the treating dentist, photographs and patients' diaries. Conclusion. Gel A healed ulcers faster than gel B over ten days of use.\n")
_AIM_IN_SECOND_SENTENCE = (
    "Recurrent aphthous ulcers are common and painful, and many remedies are sold for them. This review aims to "
    "determine whether topical zinc shortens healing. Medline and Embase were searched for randomized controlled "
    "trials comparing topical zinc with placebo or no treatment. Eleven trials (806 participants) were included. Zinc "
    "shortened healing by 1.6 days compared with placebo, with moderate heterogeneity. The certainty of the evidence "
    "was low.\n")
_WE_AIMED = (
    "We aimed to estimate the effect of vitamin B12 on recurrent mouth ulcers. We searched three databases to March "
    "2023 for randomised trials in adults and pooled risk ratios with a random-effects model. Nine trials were "
    "included. Each 1000 mcg/d of vitamin B12 reduced the number of ulcer episodes over six months, with the greatest "
    "effect in people with low baseline levels; it did not shorten the healing of single ulcers.\n")
_TITLED_UNDER_TYPES = (
    "Randomized Controlled Trial Multicenter Study\n"
    "Zinc lozenges for recurrent mouth ulcers in adults: randomised double masked placebo controlled trial.\n"
    "To assess whether nightly zinc lozenges prevent recurrent mouth ulcers in adults. ⋯ Adults taking zinc had "
    "slightly fewer new ulcers; though ulcers healed faster, pain scores did not differ. Zinc was well tolerated over "
    "the six months, and no child or adult stopped taking it for side effects. Comparisons with zinc mouthwashes "
    "and with vitamin B12 are required.\n")


def test_an_abstract_under_its_title_and_publication_types_is_titled(tmp_path):
    doc = ingest_page(tmp_path, _TITLED_UNDER_TYPES)
    assert doc.meta.is_study and doc.meta.title.startswith("Zinc lozenges for recurrent mouth ulcers")
    assert own_abstract(doc).startswith("To assess whether")


@pytest.mark.parametrize(
    "page", [_BARE_HEADINGS, _LABELS_UNDER_BYLINE, _AIM_IN_SECOND_SENTENCE, _WE_AIMED],
    ids=["bare-headings", "labels-under-byline", "aim-second", "we-aimed"])
def test_an_abstract_pasted_alone_is_the_pages_own_study(tmp_path, page):
    doc = ingest_page(tmp_path, page)
    assert doc.meta.abstract_only and doc.meta.is_study
    assert own_abstract(doc)
    claims = page_claims(tmp_path, page)
    assert [c.context for c in claims] == ["abstract"] and claims[0].study.own


@pytest.mark.parametrize(
    "page",
    [
        # a reference marker: this paragraph retells a study (without "[3]" it reads as the page's own)
        "A randomized study was carried out in 80 adults with mouth ulcers [3]. Ulcers fell by 30% with zinc and by "
        "12% with placebo, a difference the original authors called modest but real. Several other groups have since "
        "tried to repeat the trial with mixed results, and the lozenges remain popular with people who get ulcers "
        "often, since they are cheap and easy to buy. Side effects were a metallic taste in a few people and mild "
        "nausea when taken without food.\n",
        # a blog paragraph whose third sentence is a study someone else ran
        "Mouth ulcers are a misery. Lots of people swear by zinc. A randomized study was carried out in 2019 by a "
        "dental school, which the researchers said showed ulcers healed faster, though the trial only had 40 "
        "people in it and nobody has repeated it since, so take it with a pinch of salt before you buy a tub.\n",
    ],
    ids=["marker", "retold"],
)
def test_a_retold_study_stays_prose(tmp_path, page):
    doc = ingest_page(tmp_path, page)
    assert not doc.meta.abstract_only


def test_a_confidence_interval_in_brackets_is_no_reference_marker(tmp_path):
    page = _BARE_HEADINGS.replace("Methods\n", "").replace("Results\n", "").replace("Discussion\n", "")
    page = "We pooled trials of zinc for mouth ulcers. " + page
    assert "[0.4, 2.0]" in page and ingest_page(tmp_path, page).meta.abstract_only


def test_a_review_of_randomized_trials_randomised_no_one():
    text = ("Databases were searched for randomized controlled trials (RCTs) assessing the association between zinc "
            "and ulcer healing or recurrence as outcomes.")
    assert parse_comparator(text) is None
    assert parse_comparator("Adults were randomized to zinc or placebo for three months.") == "placebo"


# Superscripts flattened by a copy: digits glued to words that count up from 1 are the page's citations.
_COUNTED_UP = (
    "Zinc is sold over the counter for mouth ulcers, and several small trials suggest it helps.\n\n"
    "Most of the trials of zinc have enrolled only a few dozen adults1,2. But in one study of 210 adults with "
    "recurrent ulcers, zinc cut new ulcers by 40 percent compared with placebo. It worked best when combined with a "
    "soft toothbrush3.\n\n"
    "Last spring, a dental school published a trial of 96 adults taking a slow-release zinc tablet4.\n")


def test_digits_glued_to_words_that_count_up_are_citations(tmp_path):
    from extractors.attribution import cites_in_order

    assert cites_in_order(_COUNTED_UP)
    assert not cites_in_order("We gave 20 mg to group2 and then to cohort4 and then arm7 of the trial.")
    claims = page_claims(tmp_path, _COUNTED_UP)
    markers = [sorted(c.study.markers) for c in claims]
    assert ["1", "2"] in markers and ["3"] in markers and ["4"] in markers
    third = next(c for c in claims if c.study.markers == ["3"] or list(c.study.markers) == ["3"])
    assert third.evidence.text.startswith("But in one study of 210 adults") and third.n == 210


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # each arrow read with its own outcome: arrows written first take the words after them
        ("↓ pain and ↑ function compared to placebo", "positive"),
        ("Knee OA | 9 RCTs | zinc compared to placebo for 8 weeks | ↓ stiffness and ↑ function compared to NSAIDs |", "positive"),
        ("Pain ↓, function ↓", "mixed"),
        ("↑ pain", "negative"),
        ("LVEF ↑ 3%", "positive"),
        # the people a trial took, not what came of it
        ("Adults at increased risk of stroke were randomly assigned to zinc or placebo for five years.", "unknown"),
        ("The trial enrolled 9,000 adults who had an increased risk of stroke; they took zinc or placebo.", "unknown"),
        ("Zinc increased the risk of stroke compared with placebo.", "negative"),
        # "no ill effects" is a safety note beside the gain, as "no side effects" is
        ("They reported less pain and less use of NSAIDs, with no ill effects from the zinc.", "positive"),
    ],
)
def test_wave90_directions(text, direction):
    assert parse_direction(text) == direction


def test_usernames_that_count_up_are_no_citations():
    from extractors.attribution import cites_in_order

    assert not cites_in_order("Posted by reply_user1 · 4 Feb\n\nIt helped.\n\nPosted by reply_user2 · 5 Feb\n\nThanks.")


# A research review's card: the cited study named on a "Reference:" line, then its fields one per line.
_REVIEW_CARD = (
    "Research Reviewer: Jo Marsh, ND\n"
    "Reference: Randomised trial of zinc 25 mg against placebo for recurrent mouth ulcers. Oral Dis 2019;25:411-418.\n"
    "Design: Randomized, double-blind, placebo-controlled trial.\n"
    "Participants: Eighty-four adults with recurrent mouth ulcers.\n"
    "Study Medication and Dosage: Zinc sulfate (25 mg) or placebo once a day for 12 weeks.\n"
    "Key Findings: New ulcers per month fell by 1.8 with zinc and by 0.6 with placebo (p < 0.01).\n")


def test_a_review_card_is_one_claim_of_the_study_its_reference_line_names(tmp_path):
    (claim,) = page_claims(tmp_path, _REVIEW_CARD)
    assert claim.evidence.text.startswith("Participants:") and claim.evidence.text.endswith("(p < 0.01).")
    assert claim.study.venue == "Oral Dis" and claim.study.year == 2019
    assert claim.n == 84 and claim.comparator == "placebo" and claim.direction == "positive"


def test_a_commenters_harm_or_falling_reading_is_a_claim(tmp_path):
    page = ("<html><body><article><h1>Zinc for colds</h1><p>Zinc lozenges are sold in most pharmacies.</p></article>"
            "<section class='comments'><h2>2 Comments</h2>"
            "<div class='comment'><p class='author'>moss · 3 May 2026 at 09:12</p>"
            "<p>Zinc on top of my lisinopril made me so nauseous I had to lie down.</p></div>"
            "<div class='comment'><p class='author'>Dee R. · 4 May 2026 at 18:40</p>"
            "<p>My dad has been on the lozenges for a month and his readings have come down by about 8 points.</p></div>"
            "</section></body></html>")
    claims = page_claims(tmp_path, page, "page.html")
    assert [c.context for c in claims] == ["comment", "comment"]
    assert claims[0].direction == "negative"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("It worked brilliantly for the first six weeks and then the ulcers crept back to where they were before.", "mixed"),
        ("Burning was reported more often with zinc gel than with vehicle.", "negative"),
        ("Burning, stinging and itching at the application site were reported more often with zinc gel than with "
         "vehicle, although few patients stopped treatment because of them.", "negative"),
        ("Healing was seen more often with zinc gel than with vehicle.", "positive"),
    ],
)
def test_wave90_harms_and_fading(text, direction):
    assert parse_direction(text) == direction


def test_a_year_before_where_is_no_sample_size():
    from extractors.fields.n import parse_n

    assert parse_n("There was a trial in Oral Diseases in 2019 where adults on zinc had 40% fewer ulcers.")[0] is None
    assert parse_n("The gel was tested in 1961 adults with ulcers.")[0] == 1961


def test_two_arms_that_did_alike_keep_the_seconds_strength_as_the_comparators():
    from extractors.fields import analyse

    values = analyse("Head to head, 5% zinc gel and 0.75% metronidazole gel gave similar healing times in 120 adults [3].")
    assert values.comparator == "metronidazole"
    assert [(d.value, d.unit) for d in values.dose] == [(5.0, "%")]


def test_randomised_to_dosed_alternatives_then_a_subset_is_no_second_arm():
    from extractors.fields.n import parse_n

    text = ("After a 4-week run-in, 150 adults were randomised to placebo, zinc 25 mg or zinc 50 mg, and 131 took a study "
            "medication and were followed for 12 weeks.")
    assert parse_n(text)[0] == 150
    assert parse_n("40 were randomised to zinc 25 mg and 38 to placebo.")[0] == 78


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Supervised walking made people more likely to walk independently than usual physiotherapy.", "positive"),
        ("Patients were not more likely to walk independently than with usual care.", "null"),
        ("Patients were not more likely to achieve remission than with placebo.", "null"),
        ("My home readings dropped from about 152/94 to 136/84 over two months.", "positive"),
        ("Feed intake was lower with the additive.", "negative"),
    ],
)
def test_wave90_gains_denied_and_readings(text, direction):
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    ("cell", "outcome", "direction"),
    [
        ("Intake fell by 1.2 kg/d versus control", "Dry-matter intake", "negative"),
        ("Fell by 3 points versus placebo", "Quality of life", "negative"),
        ("Fell by 3 points versus placebo", "HAMD", "positive"),
    ],
)
def test_a_result_cell_reads_its_change_with_the_outcome_columns_measure(cell, outcome, direction):
    assert parse_direction(cell, "placebo", outcome) == direction


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("The trial compared 24 sessions of robot-assisted arm training with the same number of sessions of "
         "conventional arm training.", "conventional arm training"),
        ("They found no significant difference in grip strength between robot-assisted arm training and "
         "therapist-led arm training.", "therapist-led arm training"),
        ("There was no difference between men and women.", None),
    ],
)
def test_two_arms_of_one_kind_of_therapy(text, comparator):
    assert parse_comparator(text) == comparator


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Took 200 mg at night for a week – much calmer during the day but so groggy in the mornings that I had to stop.",
         "mixed"),
        ("I fall asleep maybe 15 minutes quicker, but I still wake at 4am and lie there for an hour.", "mixed"),
        ("It helped my pain and I still take it.", "positive"),
        ("Of the 14 dogs whose owners added turmeric, 9 were judged by our physio to move more freely at 6 weeks.",
         "positive"),
        ("The drug caused no increase in falls.", "null"),
        ("Men taking creatine had a 4.1% increase in lean body mass compared to placebo.", "positive"),
        ("Loading followed by maintenance gave a 2 kg gain in fat-free mass over 12 weeks.", "positive"),
    ],
)
def test_wave90_commenters_and_absent_harms(text, direction):
    assert parse_direction(text) == direction


def test_an_id_in_the_years_brackets_keeps_the_year():
    from extractors.attribution import find_attributions

    hits = find_attributions("Marsh et al. (2018; doi:10.5555/vjx.2018.0042) gave turmeric to 48 dogs.")
    assert [(a.kind, a.first_author, a.year) for a in hits if a.kind == "author-year"] == [("author-year", "Marsh", 2018)]
    assert any(a.doi == "10.5555/vjx.2018.0042" for a in hits)


def test_a_carrier_only_drench_is_a_placebo():
    assert parse_comparator("Piglets received butyrate at 1 g/d by oral doser, or a carrier-only drench, for 14 days.") == "placebo"
