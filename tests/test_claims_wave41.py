"""Wave 41: a paragraph where the writer tells their own course of a treatment in the first person
singular ("I have been taking X every morning", "I gradually went up to three capsules", "I noticed
no benefit from a 400 mg dose") is a reader's letter or a personal blog's account: its claims are
found as a comment's are (the result sentence after the dose needs no study cue), though the page has
no comment section; the context stays 'prose', as the dev set labels a blogger's own account."""

import pytest

from text_claims import text_claims as _claims


@pytest.mark.parametrize(("account", "dose"), [
    ("Q. My rheumatologist suggested turmeric capsules, but I noticed no benefit from a 500 mg daily dose. "
     "A friend said it takes months to work.", 500),
    ("I have been taking magnesium glycinate 300 mg every night for the leg cramps. They are down to once a week "
     "now, which is a huge relief.", 300),
    ("I gradually went up to two 10 mg tablets of melatonin at bedtime. I now sleep through the night most "
     "days.", 10),
    ("I first started on 25 mg of sertraline in the spring. My panic attacks got much less frequent after "
     "about a month.", 25),
])
def test_own_course_told_in_a_blog_body_is_a_claim(account, dose):
    text = f"Week 14 and counting\n\n{account}\n\nI will write again next month.\n"
    (claim,) = _claims(text)
    assert claim.context == "prose" and account[:30] in text[claim.evidence.start:claim.evidence.end]
    assert [d.value for d in claim.dose] == [dose]


@pytest.mark.parametrize("paragraph", [
    "\u201cI started taking the capsules in May and my joint pain eased within weeks,\u201d said one participant, "
    "who received 500 mg of curcumin daily in the trial.",
    "We randomised 120 adults with knee osteoarthritis to 500 mg of curcumin daily or placebo, and pain scores "
    "fell more in the curcumin group.",
])
def test_a_quoted_patient_or_a_research_team_stays_prose(paragraph):
    claims = _claims(f"Curcumin and knee pain\n\n{paragraph}\n")
    assert claims and all(c.context == "prose" for c in claims)
