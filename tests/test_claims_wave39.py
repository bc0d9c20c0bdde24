"""Wave 39: a forum whose posts sit under a handle, a member-stats line ("Joined: Mar 2020
Posts: 88") and a "Posted: Mon 3 Feb 2025, 9:10 pm" line is a comment thread from its first
post; and one commenter's account stays one claim, whether the result comes after the amount
they took in words with no cue ("First night I slept right through") or after what they went
through ("Had two rounds. First round I could climb stairs again. The second worked too"), but not
over their doubt ("can't tell if it's doing anything"). An uncited prevalence told as a range
("affects between 20% and 40% of cows") is background, however the sentence goes on."""

import pytest

from extractors.blocks import is_comment_header
from text_claims import text_claims as _claims

_RULE = "-" * 50


def _thread(posts: list[tuple[str, str, str, str]]) -> str:
    parts = ["Community Forums > Treatments > Does it work long term?", "", "Page 1 of 3   [ Reply ]", ""]
    for handle, joined, posted, body in posts:
        parts += [_RULE, handle, f"Joined: {joined}   Posts: 57", f"Posted: {posted}", "", body, ""]
    return "\n".join(parts)


@pytest.mark.parametrize("line", [
    "Joined: Feb 2021   Posts: 214",
    "Joined: Nov 2019 | Posts: 1,087 | Location: Leeds",
])
def test_forum_post_chrome_is_comment_header(line):
    assert is_comment_header(line)


@pytest.mark.parametrize("line", [
    "Published: Tue 14 Jan 2025",
    "Joined forces with the hospital, the team found fewer relapses.",
])
def test_article_lines_are_no_comment_header(line):
    assert not is_comment_header(line)


@pytest.mark.parametrize(("first", "result", "reply"), [
    ("My neurologist started me on propranolol 40 mg twice daily for migraine.",
     "After a month I get maybe two headaches instead of eight.",
     "Been on 80 mg for a year now. Headaches much rarer, but I feel tired in the afternoons."),
    ("The vet put our old terrier on gabapentin 100 mg at night for his hips.",
     "By the weekend we saw him trot up the garden path again.",
     "Ours has had 50 mg for six months. We think it helped, he limps a lot less."),
    ("My dermatologist prescribed doxycycline 40 mg every morning for rosacea.",
     "Six weeks in my cheeks are calmer and the bumps are mostly gone.",
     "Took 100 mg for two months. Skin better but my stomach was upset every day."),
])
def test_forum_posts_under_member_lines_are_comment_claims(first, result, reply):
    text = _thread([
        ("sleepy_owl", "Feb 2021", "Tue 14 Jan 2025, 11:52 pm", f"{first} {result} Anyone else tried it?"),
        ("Bernard_W", "Sep 2019", "Wed 15 Jan 2025, 7:20 am", reply),
        ("gregory_67", "Apr 2018", "Wed 15 Jan 2025, 6:15 pm", "What do people usually start on? My doc mentioned it."),
    ])
    claims = _claims(text)
    assert all(c.context == "comment" for c in claims)
    opening = [c for c in claims if first in text[c.evidence.start:c.evidence.end]]
    assert len(opening) == 1 and result in text[opening[0].evidence.start:opening[0].evidence.end]
    assert any(reply.split(". ")[1] in text[c.evidence.start:c.evidence.end] for c in claims)


@pytest.mark.parametrize(("went_through", "own", "later"), [
    ("Had the injections twice now, a year apart.", "First round I could finally climb the stairs without the rail.",
     "Second round worked too but wore off quicker."),
    ("Did two courses of the nasal spray last winter.", "The first time my sinuses opened up within a week.",
     "The second course worked as well but the headaches came back sooner."),
    ("We tried the elimination diet for our son twice.", "The first time his eczema cleared almost completely.",
     "The second time it helped less and the itching returned."),
])
def test_comment_account_is_one_claim_from_its_start(went_through, own, later):
    text = (f"Great write-up on the evidence, thanks.\n\nAnita S. · March 5, 2025 at 2:51 pm\n\n"
            f"{went_through} {own} {later}\n\nGordon P. · March 6, 2025 at 9:02 am\n\nThanks for sharing!\n")
    claims = [c for c in _claims(text) if c.context == "comment"]
    assert len(claims) == 1
    span = text[claims[0].evidence.start:claims[0].evidence.end]
    assert own in span and later in span


def test_question_before_a_comment_claim_stays_out():
    text = ("Great write-up, thanks.\n\nPaul R. · March 5, 2025 at 2:51 pm\n\n"
            "Has anyone had these shots for tennis elbow? Mine worked for about four months and then the pain came back.\n\n"
            "Gordon P. · March 6, 2025 at 9:02 am\n\nThanks for sharing!\n")
    (claim,) = [c for c in _claims(text) if c.context == "comment"]
    assert "tennis elbow?" not in text[claim.evidence.start:claim.evidence.end]


@pytest.mark.parametrize("background", [
    "Bovine mastitis affects between 20% and 40% of dairy cows in a lactation and is associated with reduced milk yield.",
    "Migraine and tension-type headache affect about 15% of adults and are associated with lost working days.",
    "Atopic dermatitis affects from 10 to 20% of children in high-income countries and is linked to poorer sleep.",
])
def test_uncited_prevalence_range_is_no_claim(background):
    text = (f"Introduction\n\n{background} Treatment options remain limited.\n\n"
            "Methods\n\nWe randomised 120 patients to drug X 10 mg or placebo for 12 weeks.\n")
    assert not any(background[:30] in text[c.evidence.start:c.evidence.end] for c in _claims(text))


@pytest.mark.parametrize("doubt", [
    "Honestly I can't tell if it's doing anything for my joints.",
    "I'm not sure whether it has changed my sleep at all.",
])
def test_commenter_unsure_after_their_dose_tells_no_result(doubt):
    text = ("Great write-up, thanks.\n\nPaul R. · March 5, 2025 at 2:51 pm\n\n"
            f"Been taking turmeric (500 mg twice a day) with black pepper for about two months. {doubt} "
            "Is there real research on this?\n\nGordon P. · March 6, 2025 at 9:02 am\n\nThanks for sharing!\n")
    assert not any(doubt in text[c.evidence.start:c.evidence.end] for c in _claims(text))
