"""Wave 40: a commenter telling of someone in their care ("Our son ...", "My mum ...", "DD ...")
goes on in that person's pronouns, and the result told that way ("His ALT is finally normal")
stays in the claim up to the end of the comment, not into the next one; and a review's closing
verdict over the trials it went through ("Taken together, the trials support X 40 mg as
first-line") is no claim although it states a dose."""

import pytest

from text_claims import text_claims as _claims


def _comments(body: str, reply: str) -> str:
    return (f"Thanks for the clear overview of the evidence.\n\nMaria K. · June 2, 2025 at 8:14 pm\n\n{body}\n\n"
            f"Tom B. · June 3, 2025 at 7:40 am\n\n{reply}\n")


@pytest.mark.parametrize(("dose", "result"), [
    ("Our daughter is 11 and her neurologist started her on riboflavin 200 mg a day.",
     "Her migraines dropped from weekly to about once a month."),
    ("My mum has been on 1000 IU of vitamin D every morning since March.",
     "She says her knees ache far less on cold days now."),
    ("DS (7) was given melatonin 3 mg at bedtime by the sleep clinic.",
     "He falls asleep within half an hour instead of two."),
    ("Our old dog gets carprofen 75 mg twice a day for his hips.",
     "He climbs the stairs again and their walks are longer."),
])
def test_result_told_of_the_person_stays_in_the_account(dose, result):
    text = _comments(f"{dose} {result}", "Great post. Could you cover magnesium next?")
    claims = [c for c in _claims(text) if c.context == "comment"]
    (claim,) = [c for c in claims if dose in text[c.evidence.start:c.evidence.end]]
    span = text[claim.evidence.start:claim.evidence.end]
    assert result in span and "Great post" not in span and "Tom B." not in span


@pytest.mark.parametrize("verdict", [
    "Taken together, the trials support modified-release isotretinoin 20 mg as a second-line option for nodular acne.",
    "Overall, these randomised trials support colchicine 0.5 mg daily after myocardial infarction.",
    "In summary, the available studies suggest melatonin 2 mg is a reasonable first choice for older adults.",
])
def test_review_verdict_over_its_trials_is_no_claim(verdict):
    text = ("Evidence from trials\n\nKowalski et al. (2019) randomised 240 adults to the drug 20 mg daily or placebo for "
            "12 weeks and found fewer events with the drug (p=0.01).\n\n"
            f"Conclusion\n\n{verdict}\n")
    claims = _claims(text)
    assert any("Kowalski" in text[c.evidence.start:c.evidence.end] for c in claims)
    assert not any(verdict[:30] in text[c.evidence.start:c.evidence.end] for c in claims)


def test_own_study_conclusion_with_a_dose_is_still_read():
    text = ("We randomised 96 adults with insomnia to melatonin 2 mg or placebo for 8 weeks. "
            "In summary, our results suggest melatonin 2 mg shortens sleep onset compared with placebo.\n")
    claims = _claims(text)
    assert any("our results" in text[c.evidence.start:c.evidence.end] for c in claims)


_RULE = "-" * 50


def _thread(posts: list[tuple[str, str]]) -> str:
    parts = ["Community Forums > Treatments > Has anyone tried it?", "", "Page 1 of 2   [ Reply ]", ""]
    for handle, body in posts:
        parts += [_RULE, handle, "Joined: Mar 2020   Posts: 57", "Posted: Tue 4 Feb 2025, 9:10 pm", "", body, ""]
    return "\n".join(parts)


@pytest.mark.parametrize(("post", "reply"), [
    ("Our daughter was prescribed melatonin 2 mg at bedtime by the sleep clinic. She now falls asleep within "
     "twenty minutes instead of an hour.", "We tried 3 mg with our son for a month and it did nothing for his sleep."),
    ("My rheumatologist started me on hydroxychloroquine 200 mg twice a day. After three months my morning "
     "stiffness is almost gone.", "I was on 400 mg daily for a year and my joints never really improved."),
])
@pytest.mark.parametrize("quote", [
    lambda handle, text: f'[quote name="{handle}"]{text}[/quote]',
    lambda handle, text: f"{handle} wrote:\n{text}",
])
def test_reply_quoting_a_post_above_makes_no_second_claim(post, reply, quote):
    text = _thread([("owl_mum", post), ("Rob_T", f"{quote('owl_mum', post)}\n\n{reply}")])
    claims = _claims(text)
    quoted_at = text.index(post, text.index("Rob_T"))
    assert any(c.evidence.start < quoted_at and post[:40] in text[c.evidence.start:c.evidence.end] for c in claims)
    assert not any(c.evidence.start >= quoted_at and post[:40] in text[c.evidence.start:c.evidence.end] for c in claims)
    assert any(reply in text[c.evidence.start:c.evidence.end] for c in claims)
