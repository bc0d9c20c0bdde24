"""What is a claim, wave 30, as invented pages across specialties (all people, sites,
journals and numbers are invented).

- a saved forum thread whose posts are set apart by dashed rules: each post is its own
  comment, the rule joins neither the header above nor the reply below, and a post that
  mentions what a treatment cost is still a post;
- a commenter's account: the amount they took, told just before what it did for them, is
  part of the claim; a score that "went from 8/10 to 3/10" is a testimonial; a reply that
  waves a harm away ("a bit sore for a day, nothing major") is no claim;
- a PDF's running footer and head between two rules is no claim;
- a news lede that puts a finding down to one study it goes on to tell ("..., according to
  a large trial run in 30 clinics") is a claim;
- a study the page tells in its own words ("In one study, horses ... were fed X. Their ...
  healed faster"; "Another study measured X in dogs ..." then a paragraph "Dogs fed Y had ...")
  is a claim once what came of it follows; announced with nothing that came of it, it is none;
- a site's instructions for its list of studies ("filter by benefit or study type") are no claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import page_claims

from extractors.blocks import label_text

_RULE = "-" * 60


def _thread(posts: list[tuple[str, str]]) -> str:
    head = "Support Forum › Treatments\nThread: has anyone tried this? (page 1 of 1)\n\n"
    return head + "\n".join(f"{_RULE}\n{who}   Posted 0{i + 1} Apr 2025, 10:1{i}\n{_RULE}\n{body}\n"
                            for i, (who, body) in enumerate(posts))


THREADS = [
    # (opening question, a post with an amount and a score change, a priced null post, a side remark reply)
    (("worried_walker", "My physio mentioned shockwave for plantar fasciitis. Does it hurt? Did it work for you?"),
     ("HeelHurts", "Had three sessions of shockwave, one a week. It took a month but my morning heel pain went from "
                   "8/10 to 3/10. Still stretch every day."),
     ("runner_bo", "Mine was 5 sessions at 2000 pulses. Honestly did nothing for the heel, still limping every morning. "
                   "Gave up after that. Pricey too (£90 a session where I live)."),
     ("HeelHurts", "@worried_walker a bit sore for a day afterwards, nothing major.")),
    (("sleepy_sam", "Anyone used melatonin for jet lag flying east? How much did you take?"),
     ("nomad_kat", "Took 3 mg at bedtime for four nights. My jet lag went from a full week of misery to about two "
                   "days. Will do it again."),
     ("pilot_pete", "Mine was 5 mg each night for a week. Honestly did nothing for me, still awake at 4am every "
                    "night. Not cheap either ($25 a bottle where I am)."),
     ("nomad_kat", "@sleepy_sam slightly groggy the first morning, nothing serious.")),
    (("acne_anna", "Derm suggested spironolactone for hormonal acne. Experiences?"),
     ("clearskin_jo", "On 50 mg a day since March. It took ten weeks but my breakouts dropped from around 12 a week to "
                      "2 or 3."),
     ("ria_m", "Mine was 100 mg daily for six months. Honestly did nothing for the chin spots, skin just as bad. "
               "Stopped in the end. Not cheap either ($40 a month for me)."),
     ("clearskin_jo", "@acne_anna a bit lightheaded at first, nothing major.")),
]


@pytest.mark.parametrize("opening, amount_post, priced_post, side_remark", THREADS)
def test_a_thread_under_dashed_rules_has_one_comment_per_post(tmp_path: Path, opening, amount_post, priced_post,
                                                              side_remark):
    page = _thread([opening, amount_post, priced_post, side_remark])
    claims = page_claims(tmp_path, page, "thread.txt")
    evidence = [c.evidence.text for c in claims]
    # the score change is a testimonial, and the amount told just before it belongs to it
    first, second = amount_post[1].split(". ")[:2]
    assert any(first in e and second in e for e in evidence), evidence
    # the post with a price is a post, and its null result is a claim
    assert any("did nothing" in e for e in evidence), evidence
    # no claim holds a rule, and the reply's side remark is none
    assert not any("-----" in e for e in evidence), evidence
    assert not any(side_remark[1][:20] in e for e in evidence), evidence
    assert all(c.context == "comment" for c in claims if "did nothing" in c.evidence.text)


@pytest.mark.parametrize("dose, result", [
    ("Had 2 capsules of valerian every night for three weeks.", "Slept better than I have in years."),
    ("Took 400 mg of magnesium glycinate at bedtime.", "Cramps completely gone within a week."),
    ("Got 20 units of insulin glargine at night from my GP.", "My morning sugars improved straight away."),
])
def test_a_commenters_amount_just_before_their_result_is_one_claim(tmp_path: Path, dose, result):
    page = f"Comments\n\nlou_b · March 3, 2025 at 8:02 pm\n\n{dose} {result}\n"
    claims = page_claims(tmp_path, page, "comments.txt")
    assert any(dose in c.evidence.text and result in c.evidence.text for c in claims), [c.evidence.text for c in claims]


@pytest.mark.parametrize("footer, head", [
    ("Journal of Invented Rheumatology 2024; 12(3)                              88",
     "Marlowe et al.                                   Colchicine in knee OA"),
    ("Invented Sleep Reviews 2023; 7(1)                                        14",
     "Okonjo & Baird                                   Melatonin in shift work"),
    ("Annals of Invented Urology 2022; 40(6)                                  201",
     "Tran et al.                                      Tamsulosin for stones"),
])
def test_a_running_footer_between_rules_is_no_claim(tmp_path: Path, footer, head):
    text = ("A randomised trial in 64 adults found the treatment reduced pain more than placebo, though the\n"
            "difference was small.\n\n"
            f"{footer}\n{'_' * 72}\n{head}\n\n"
            "A second trial in 120 adults found no difference from placebo on the primary outcome.\n")
    labels = {text[b.start:b.end]: b.label for b in label_text(text)}
    assert labels.get(footer) == "boilerplate", labels
    claims = page_claims(tmp_path, text, "review.txt")
    assert not any(footer[:20] in c.evidence.text or head[:10] in c.evidence.text for c in claims)


def test_a_rule_under_a_space_table_header_stays_in_the_table():
    text = ("Trial        N     Dose      Result\n"
            "-------------------------------------\n"
            "Avery 2019   40    10 mg     better\n"
            "Brook 2021   64    20 mg     no change\n")
    kinds = [b.kind for b in label_text(text)]
    assert kinds.count("table_row") + kinds.count("table_header") >= 3, kinds


@pytest.mark.parametrize("lede", [
    "Painting a varnish onto children's back teeth twice a year prevented decay about as well as sealants did, "
    "according to a large trial run in 30 primary schools.",
    "Walking for half an hour a day lowered blood pressure as much as a first-line drug, according to a study "
    "published on Monday in an invented cardiology journal.",
    "A cheap steroid shot did not speed recovery from shoulder pain compared with physiotherapy alone, "
    "according to a trial across eleven clinics.",
])
def test_a_news_lede_put_down_to_one_trial_is_a_claim(tmp_path: Path, lede):
    page = (f"<html><head><title>News</title></head><body><article><h1>A health story</h1><p>{lede}</p>"
            "<p>Dr. Amara Quist, who was not involved, said more work was needed.</p></article></body></html>")
    claims = page_claims(tmp_path, page, "story.html")
    assert any(lede[:40] in c.evidence.text for c in claims), [c.evidence.text for c in claims]


@pytest.mark.parametrize("sentence", [
    "Migraine is common in women, according to a study.",
    "Many people try supplements, according to a survey published last year.",
])
def test_a_fact_put_down_to_a_study_with_no_finding_is_no_claim(tmp_path: Path, sentence):
    page = f"<html><body><article><h1>Background</h1><p>{sentence}</p></article></body></html>"
    assert page_claims(tmp_path, page, "story.html") == []


ANNOUNCED = [
    ("In one study, horses with hoof cracks were fed a biotin supplement for six months.",
     "Their hoof cracks healed faster than in horses given no supplement."),
    ("In another study, older adults with dry eyes were given omega-3 capsules for three months.",
     "Their eye dryness improved more than with olive oil capsules."),
    ("In one trial, children with warts were treated with duct tape for eight weeks.",
     "The warts cleared more often than with freezing."),
]


@pytest.mark.parametrize("design, result", ANNOUNCED)
def test_a_study_announced_in_the_pages_own_words_is_a_claim_with_its_result(tmp_path: Path, design, result):
    page = f"What the research says\n\nThis is a common question from readers.\n\n{design} {result}\n"
    claims = page_claims(tmp_path, page, "answer.txt")
    assert [c.evidence.text for c in claims] == [f"{design} {result}"]


@pytest.mark.parametrize("design, result", [
    ("Another study measured cartilage markers in the blood of dogs with elbow arthritis.",
     "Dogs fed the green-lipped mussel diet for two months had lower levels of these markers than dogs on a standard diet."),
    ("Another trial measured night-time awakenings in toddlers with eczema.",
     "Toddlers given the emollient every evening woke fewer times than toddlers given none."),
    ("A second study measured falls in older women after hip fracture.",
     "Women who did the home exercise programme had fewer falls than women who did not."),
])
def test_a_study_announced_by_its_measure_goes_on_into_the_paragraph_with_its_result(tmp_path: Path, design, result):
    page = f"More research\n\n{design}\n\n{result}\n"
    claims = page_claims(tmp_path, page, "answer.txt")
    assert len(claims) == 1 and design in claims[0].evidence.text and result in claims[0].evidence.text, [
        c.evidence.text for c in claims]


@pytest.mark.parametrize("design", [
    "In one study, volunteers kept a sleep diary for a fortnight.",
    "Another study asked nurses about their shift patterns.",
])
def test_a_study_announced_with_nothing_that_came_of_it_is_no_claim(tmp_path: Path, design):
    page = f"More research\n\n{design}\n\nWe will look at sleep hygiene next week.\n"
    assert page_claims(tmp_path, page, "answer.txt") == []


@pytest.mark.parametrize("instruction", [
    "Switch between Trials and Reviews, then filter by benefit, condition and study type.",
    "Filter the list by condition, benefit or study design to find the trials that improved sleep.",
    "Click any study to see how much it reduced pain and how we rated it.",
    "Use the filters to show only trials with a positive benefit.",
])
def test_a_sites_instructions_for_its_study_list_are_no_claim(tmp_path: Path, instruction):
    page = f"Research library\n\n{instruction}\n\nShowing 24 studies\n"
    assert page_claims(tmp_path, page, "library.txt") == []
