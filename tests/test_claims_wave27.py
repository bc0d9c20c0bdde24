"""What is a claim, wave 27: families holdout 17 and probe 12 showed, each as invented variants
across specialties (all studies, people and places are invented).

- a forum thread saved as text, each post under a header line ("rob_h   Posted 2 Jun 2025, 22:30   #2")
  and over a row of actions ("Like (4)   Quote   Reply"): the replies are comments;
- a pager ("Page 1 of 2   [1] 2  Next >") is navigation, never a claim cited by "[1]";
- a newsletter's contents list ("In this issue:" over bullets) names articles, it reports none;
- one sentence setting two cited studies against each other ("A [3] found ..., whereas B [7] found
  none") is two claims; one statement citing several studies stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from saved_page import page_claims

from extractors.blocks import classify_block, label_text

RULE = "-" * 60

FORUMS = [
    ("asthma_forum", "Inhaler technique for a 6-year-old?", [
        ("wheezy_mum_21", "Posted 12 Mar 2025, 19:02", "#1",
         "Hi everyone, our son was just given a brown preventer inhaler and he hates the spacer. Any tips on\n"
         "getting a six year old to use it properly every evening?"),
        ("GarethP", "Posted 12 Mar 2025, 20:15", "#2",
         "Our daughter was on budesonide 200 mcg twice a day through a spacer for a year. Her night cough\n"
         "stopped within a month and she has not needed the blue inhaler at school since."),
        ("nina.k", "Posted 13 Mar 2025, 07:40", "#3",
         "We tried montelukast 5 mg at bedtime instead and honestly saw no change in the wheeze after\n"
         "three months, so the consultant stopped it."),
    ]),
    ("ibs_forum", "Peppermint oil - worth it?", [
        ("tummy_troubles", "Posted 4 Jan 2024, 10:11", "#1",
         "Has anyone here found that peppermint capsules help with cramping? My GP suggested them but I\n"
         "would like to hear what other people think before I buy any."),
        ("Olu_B", "Posted 4 Jan 2024, 12:30", "#2",
         "I take 187 mg enteric-coated peppermint oil three times a day before meals. My cramps eased a\n"
         "lot after two weeks, though I do get some heartburn."),
        ("marta_r", "Posted 5 Jan 2024, 08:05", "#3",
         "Took the same capsules for 8 weeks and my bloating was no better at all, so I stopped."),
    ]),
]


def _thread(title: str, posts: list[tuple[str, str, str, str]]) -> str:
    lines = ["Community Board > Health questions", "", title, "Page 1 of 2   [1] 2  Next >", ""]
    for handle, posted, number, body in posts:
        lines += [RULE, f"{handle:<20}  {posted}          {number}", "", body, "", "  Like (3)   Quote   Reply", ""]
    lines += [RULE, "Page 1 of 2   [1] 2  Next >", "", "Forum rules | Contact moderators | Privacy"]
    return "\n".join(lines) + "\n"


def _claims(tmp_path: Path, name: str, text: str, suffix: str = "txt") -> list:
    return page_claims(tmp_path, text, f"{name}.{suffix}")


@pytest.mark.parametrize("name, title, posts", FORUMS)
def test_a_saved_forum_threads_replies_are_comments(tmp_path, name, title, posts):
    claims = _claims(tmp_path, name, _thread(title, posts))
    for _, _, _, body in posts[1:]:
        opening = " ".join(body.split()[:5])
        (claim,) = [c for c in claims if c.evidence.text.replace("\n", " ").startswith(opening)]
        assert claim.context == "comment"
    assert not any("Page 1 of 2" in c.evidence.text for c in claims)


@pytest.mark.parametrize("header", [
    "sorcha.k              Posted 03 Jun 2025, 09:58          #4",
    "DrumDad77   Posted 11 Nov 2024, 7:45 pm   #12",
    "lena_v  replied 2 Feb 2025, 08:30",
])
def test_a_post_header_under_a_rule_is_its_own_comment_line(header):
    text = f"A long opening post that tells the whole story of our visit to the clinic last week, in detail.\n\n{RULE}\n{header}\n\nSecond post body with enough words to be a paragraph of its own here.\n\nLike (2)   Quote   Reply\n"
    blocks = label_text(text)
    spans = [(b.label, text[b.start:b.end]) for b in blocks]
    assert ("comments", header) in spans and ("boilerplate", RULE) in spans


@pytest.mark.parametrize("pager", [
    "Page 1 of 2   [1] 2  Next >",
    "« Prev   1  2  [3]  4   Next »",
    "Pages: 1 [2] 3",
    "Page 3 of 12",
])
def test_a_pager_is_boilerplate(pager):
    assert classify_block(pager) == "boilerplate"


@pytest.mark.parametrize("line", [
    "Page 2 of the leaflet lists 3 side effects.",
    "First, 40 patients were screened.",
])
def test_a_sentence_about_pages_is_no_pager(line):
    assert classify_block(line) is None


@pytest.mark.parametrize("heading, items", [
    ("In this issue:", ["Journal club: four papers our vets discussed", "Now recruiting: a study of itchy cats",
                        "Summer opening hours"]),
    ("Inside this issue", ["Trial update: our knee study enrols its 100th patient", "Meet the new physiotherapist"]),
    ("Contents", ["Research corner: a new trial of iron in pregnancy", "Clinic news", "Recipes for the season"]),
])
def test_a_newsletters_contents_list_is_no_claim(tmp_path, heading, items):
    bullets = "\n".join(f"  * {item}" for item in items)
    text = f"Riverside Practice News\n\nHello from all of us!\n\n{heading}\n{bullets}\n\nEvery month we read a few papers and talk them through.\n"
    assert _claims(tmp_path, "newsletter", text) == []


CONTRASTS = [
    ("The two trials point in opposite directions. ",
     "NORTH-HF [3] started spironolactone at discharge and found fewer readmissions,",
     "whereas SOUTH-HF [7] started it on the ward and found no difference."),
    ("",
     "Kaur and Singh (2019) gave 120 children zinc syrup and saw shorter diarrhoea episodes,",
     "while Obi et al. (2021) found no benefit of the same dose in 300 infants."),
    ("Results in older adults vary. ",
     "In the CALM trial [12], melatonin 2 mg reduced delirium after hip surgery,",
     "but the NIGHTS study [15] found no effect in medical wards."),
]


@pytest.mark.parametrize("before, first, second", CONTRASTS)
def test_two_cited_studies_set_against_each_other_are_two_claims(tmp_path, before, first, second):
    refs = "\n".join(f"{i}. Author{i} A. Title {i}. J Test. 2020;{i}:1-9." for i in range(1, 16))
    claims = _claims(tmp_path, "review", f"# Review\n\n{before}{first} {second}\n\n## References\n\n{refs}\n", "md")
    texts = [c.evidence.text for c in claims]
    assert any(t.endswith(first) for t in texts) and second in texts


@pytest.mark.parametrize("sentence", [
    "Two trials [3,4] found fewer relapses with lithium, but the effect was small.",
    "Smith et al. (2018) and Rao et al. (2020) found better sleep with the app, while adherence fell after a month.",
    "Walking programmes lowered blood pressure [5], but adherence was poor after six months [6].",
])
def test_one_statement_citing_several_studies_stays_one_claim(tmp_path, sentence):
    refs = "\n".join(f"{i}. Author{i} A. Title {i}. J Test. 2020;{i}:1-9." for i in range(1, 8))
    claims = _claims(tmp_path, "review", f"# Review\n\n{sentence}\n\n## References\n\n{refs}\n", "md")
    assert [c.evidence.text for c in claims] == [sentence]


def test_a_saved_threads_opening_post_stays_the_pages_body():
    text = (f"Is iron worth it?\n\n{RULE}\nsleepy_sue            Posted 1 May 2025, 10:02          #1\n\n"
            "My ferritin was 9 and my GP started me on ferrous sulfate 200 mg a day for three months.\n\n"
            f"  Like (2)   Quote   Reply\n\n{RULE}\nmo_h_88               Posted 1 May 2025, 11:15          #2\n\n"
            "I took the same tablets every other day and my ferritin went up to 40 by summer.\n\n"
            "  Like (1)   Quote   Reply\n")
    blocks = label_text(text)
    label = {text[b.start:b.end][:12]: b.label for b in blocks}
    assert label["My ferritin "] == "main" and label["I took the s"] == "comments"


@pytest.mark.parametrize("first, second", [
    ("In a trial of 210 adults with eczema, a daily probiotic capsule reduced flare days by 30% compared with placebo.",
     "Not every study agrees: among infants given two probiotic drops a day, eczema was no less common than on placebo "
     "after a year [3]."),
    ("A trial in 96 runners found that tart cherry juice twice daily cut muscle soreness compared with a placebo drink.",
     "Not all trials agree: in older cyclists given the same juice, soreness scores were no different from placebo "
     "(Reyes 2021)."),
    ("In 150 adults with knee pain, turmeric 1 g a day eased pain as much as ibuprofen.",
     "Not every trial found this: a study of 80 women given 500 mg turmeric saw no change in pain compared with "
     "placebo [5]."),
])
def test_a_study_that_disagrees_is_a_claim_of_its_own(tmp_path, first, second):
    refs = "\n".join(f"{i}. Author{i} A. Title {i}. J Test. 2020;{i}:1-9." for i in range(1, 8))
    claims = _claims(tmp_path, "blog", f"# Blog\n\n{first} {second}\n\n## References\n\n{refs}\n", "md")
    assert [c.evidence.text for c in claims] == [first, second] and not claims[0].study.markers
