"""Claim shapes holdout 16 missed, each as a family of invented variants across specialties and
registers, judged end to end as in test_claims_wave21. All studies, trials and places are invented.

- a press release or news story about a trial that ends in a registry box ("Study record" /
  "Trial details": Identifier, Status, Enrollment, Arms, Primary outcome) is prose about the trial,
  not a registry record: its paragraphs are claims of their own and the box is one claim of the
  registry ID it prints;
- a story's later paragraph going on with the trial's results after a quotation is a claim of the
  study the lede named;
- a seller's own customer survey with the share it reports is a claim (study null);
- a first-person anecdote with a schedule and a result ("... three times a day all last winter and
  still caught every bug"), a parent's result with no dose ("Ellie was dry 14 nights in a row by
  week 10") are comment claims (convention 4);
- a newsletter's masthead or e-mail subject ("Subject: Riverside WHP Bulletin – December 2026") is
  where the text appears, not the venue of the newsletter's own audit below it;
- probe 11: a dated study with comma-joined design words ("A 1999 randomized, double-blind study
  proposed ...") is a claim, and "Subsequent studies ..." after it is not part of it; another study
  brought in mid-sentence ("..., including a Chinese study in which ...") is a claim of its own; "In the
  study 100 participants ..." points back to the study just cited, unless the paragraph named another;
  the next line of a paragraph closing an uncited study with its citation gives it that citation; a lead
  ending "suggested:7" takes its result bullets; a quoted finding the researcher "revealed" is a claim;
- and what stays out: a dateline's background ("NORTHFIELD — X affects about 1 in 60 people"), a
  survey of what people know, a quotation without a result, a parent's question, a broken link."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_claims_wave21 import OPTIONAL, _run, judge

PRESS_BOX_HTML = """<html><head><title>Press release | Northgate University</title></head><body>
<main><article class="press-release">
<p class="release-date">FOR IMMEDIATE RELEASE · 2 March 2026</p>
<h1>Night-time splint no better than advice for trigger finger, trial finds</h1>
<p>NORTHGATE — Trigger finger, a painful catching of a finger as it bends, affects about 2 in 100 adults, and many recover without surgery.</p>
<p>The SNAP-FINGER trial (NCT06677881), which enrolled 184 adults, found that a night-time splint worn for 6 weeks did not reduce triggering at 3 months compared with written advice alone (41% vs 38%, p = 0.62).</p>
<p>"People want something they can do at home, and now we know a splint adds little," said Dr Lena Morrow, who led the study.</p>
<p>A second study, testing a corticosteroid injection of triamcinolone 10 mg against advice alone in people with diabetes, will begin recruiting 150 participants in autumn 2026.</p>
<h2>Study record</h2>
<dl class="registry">
<dt>Identifier</dt><dd>NCT06677881</dd>
<dt>Status</dt><dd>Completed</dd>
<dt>Enrollment</dt><dd>184 participants (actual)</dd>
<dt>Allocation</dt><dd>Randomized</dd>
<dt>Arms</dt><dd>Night splint plus advice; advice alone</dd>
<dt>Primary outcome</dt><dd>Triggering at 3 months</dd>
</dl>
<h2>Notes to editors</h2>
<p>Media contact: Press Office, press@northgate.example.</p>
</article></main></body></html>
"""

PRESS_BOX_TXT = """Press release, 4 May 2026

SPRINT-K results: knee injection no better than saline

The SPRINT-K trial of hyaluronic acid injection in knee osteoarthritis found no difference from saline in WOMAC pain at 26 weeks among 340 participants.

"This is a clear answer for patients," said Professor Ade Bello.

Study record

Trial ID

ISRCTN12345678

Overall status

Completed

Actual enrollment

340

Arms

Hyaluronic acid injection; saline injection

Primary outcome

WOMAC pain at 26 weeks
"""

NEWS_BOX_INLINE = """<html><head><title>Dry eye drops trial | Westmoor Health News</title></head><body><main><article class="news">
<h1>Cyclosporine drops ease dry eye after cataract surgery</h1>
<p>The CLEAR-EYE trial (NCT06123456) randomised 212 adults and found that the Ocular Surface Disease Index fell by 9.1 points more with cyclosporine 0.1% drops than with artificial tears (p = 0.003).</p>
<p>"We now give the drops to everyone with risk factors," said Dr Hana Ruiz, who led the study.</p>
<h2>Trial details</h2>
<ul>
<li>Registry number: NCT06123456</li>
<li>Status: Completed</li>
<li>Enrollment: 212 participants</li>
<li>Masking: Double</li>
<li>Primary outcome: OSDI at 3 months</li>
</ul>
</article></main></body></html>
"""

NEWS_RESUMED_CARDIO = """<html><body><main><article>
<h1>Twice-yearly jab lowers cholesterol, trial finds</h1>
<p>Adding a twice-yearly injection of zorcasiran to statins reduced heart attacks in people with heart disease, according to the HALO-LDL trial, published this week in The Lancet.</p>
<p>The trial randomised 1,840 patients to zorcasiran 300&nbsp;mg or placebo. After 18 months, LDL-C was 47% lower in the zorcasiran group.</p>
<p>“Two injections a year is a very different proposition for patients,” said Dr Amaya Whitcombe, who led the study.</p>
<p>In a prespecified subgroup of patients with kidney disease, the reduction in MACE was smaller and not statistically significant (hazard ratio 0.93; p = 0.51).</p>
<p>Injection-site reactions were more common with zorcasiran than with placebo (4.8% vs 1.1%), the researchers reported.</p>
</article></main></body></html>
"""

NEWS_RESUMED_PSYCH = """Nasal spray eases depression within a day

A nasal spray of the experimental drug velanertide cut depression scores within 24 hours in adults who had not responded to two antidepressants, according to a trial published in JAMA Psychiatry.

"Patients told us they felt lighter the next morning," said Professor Ines Takahara, the study's senior author.

Among participants with suicidal thoughts at baseline, MADRS scores fell by a further 3.2 points compared with placebo (95% CI 0.8 to 5.6).
"""

def _thread(*comments: str) -> str:
    """A blog page with one comment per text, each under its author line."""
    items = "".join(f'<div class="comment"><p class="comment-author">User{i} · {i} Nov 2026 at 8:20 pm</p><p>{c}</p></div>\n'
                    for i, c in enumerate(comments, 1))
    return (f"<html><body><main><article><h1>Winter remedies</h1><p>Many people try remedies for colds.</p></article></main>"
            f'<section class="comments"><h2>{len(comments)} Comments</h2>\n{items}</section></body></html>')


COMMENTS = [
    "I took echinacea tablets three times a day all last winter and still caught every bug my grandkids brought home.",
    "I used the zinc spray twice daily for a month and still got three colds.",
    "We gave him melatonin gummies every night for six weeks and he still woke at 3am most nights.",
    "The alarm was miserable for a fortnight but Ellie was dry 14 nights in a row by week 10. Best thing we did.",
    "After two months of the pelvic floor app I was dry through the night for the first time in years.",
    "Three weeks on magnesium glycinate and my leg cramps have stopped completely.",
]
NOT_COMMENT_CLAIMS = [
    "My son is 8 and still wet most nights. What worked for your kids?",
    "The link in the article no longer works, can you fix it?",
    "My skin was dry all winter, any tips?",
]

CASES: list[tuple[str, str, str, list]] = [
    ("comment-anecdotes-schedule-and-result", "html", _thread(*COMMENTS),
     [(c[:40], None, "comment") for c in COMMENTS]),
    ("comment-not-claims", "html", _thread(*NOT_COMMENT_CLAIMS), []),
    ("press-release-registry-box", "html", PRESS_BOX_HTML, [
        ("The SNAP-FINGER trial (NCT06677881), which enrolled 184 adults", {"registry_ids": ["NCT06677881"]}, "prose"),
        ("A second study, testing a corticosteroid injection", None, "prose"),
        ("184 participants (actual)", {"registry_ids": ["NCT06677881"]}, "prose"),
    ]),
    ("press-release-registry-box-txt", "txt", PRESS_BOX_TXT, [
        ("The SPRINT-K trial of hyaluronic acid injection", None, "prose"),
        ("Overall status", {"registry_ids": ["ISRCTN12345678"]}, "prose"),
    ]),
    ("news-trial-details-inline-fields", "html", NEWS_BOX_INLINE, [
        ("The CLEAR-EYE trial (NCT06123456) randomised 212 adults", {"registry_ids": ["NCT06123456"]}, "prose"),
        ("Status: Completed", {"registry_ids": ["NCT06123456"]}, "prose"),
    ]),
    ("news-resumed-after-quote-cardio", "html", NEWS_RESUMED_CARDIO, [
        ("according to the HALO-LDL trial", {"venue": "The Lancet", "year": None}, "prose"),
        ("The trial randomised 1,840 patients", {"venue": "The Lancet", "year": None}, "prose"),
        ("In a prespecified subgroup of patients with kidney disease", {"venue": "The Lancet", "year": None}, "prose"),
        ("Injection-site reactions were more common", {"venue": "The Lancet", "year": None}, "prose"),
    ]),
    ("news-resumed-after-quote-psych", "txt", NEWS_RESUMED_PSYCH, [
        ("according to a trial published in JAMA Psychiatry", {"venue": "JAMA Psychiatry", "year": None}, "prose"),
        ("Among participants with suicidal thoughts at baseline", {"venue": "JAMA Psychiatry", "year": None}, "prose"),
    ]),
    ("vendor-own-survey-energy", "md", """# RhodioMax

In our own 2025 customer survey of 1,200 buyers, 87% said they felt more energetic after four weeks of RhodioMax.
""", [("In our own 2025 customer survey of 1,200 buyers", None, "prose")]),
    ("vendor-own-survey-sleep", "txt", """Our 2024 survey of 850 customers found that 9 in 10 slept better within a fortnight of starting
MagnaCalm.
""", [("Our 2024 survey of 850 customers", None, "prose")]),
    ("publisher-poll-headache", "txt", """In a poll of 2,300 of our subscribers, 72% reported fewer headaches after switching to the
riboflavin formula.
""", [("In a poll of 2,300 of our subscribers", None, "prose")]),
    ("vet-owner-survey", "txt", """A survey of 400 dog owners found that 64% saw shinier coats after eight weeks on OmegaPaws.
""", [("A survey of 400 dog owners", None, "prose")]),
    # Probe 11 shapes: a dated study proposing a treatment, with "Subsequent studies ..." after it a
    # study of their own; another study brought in mid-sentence; "In the study ..." pointing back.
    ("dated-study-then-subsequent-studies", "txt", """With limited treatments, prevention of CRPS would be ideal. A 1999 randomized, double-blind study proposed vitamin C as possible prophylaxis for CRPS after wrist fracture. Subsequent studies varied in supporting these findings or found no difference in outcomes.
""", [("A 1999 randomized, double-blind study proposed", {"year": 1999}, "prose"),
      ("Subsequent studies varied", None, OPTIONAL)]),
    ("dated-study-then-later-trials-derm", "txt", """A 2016 open-label, single-centre trial suggested nicotinamide 500 mg twice daily for preventing skin cancers in transplant recipients. Later trials found no difference in new cancers.
""", [("A 2016 open-label, single-centre trial suggested", {"year": 2016}, "prose"),
      ("Later trials found no difference", None, OPTIONAL)]),
    ("including-another-study-mid-sentence", "txt", """After five days, 75 percent of those in the active group were recovered, compared with 40 percent in the placebo group. The authors also summarize other investigations of the herb, including a Chinese study in which fever fell in 70 of 84 patients.
""", [("After five days, 75 percent", None, "prose"), ("including a Chinese study", None, "prose")]),
    ("such-as-another-trial-mid-sentence", "txt", """Children given zinc syrup recovered a day sooner than those given placebo in 120 children. Other work points the same way, such as a 2018 trial in which 64 of 90 adults improved with zinc lozenges.
""", [("Children given zinc syrup", None, "prose"), ("such as a 2018 trial", {"year": 2018}, "prose")]),
    ("in-the-study-points-back", "txt", """Cocoa Flavanols Lower Blood Pressure
A study published in British Journal of Nutrition demonstrates that consuming cocoa flavanols lowers blood pressure.
Coco flavanols are plant-derived bioactives from the cacao bean. In the study 100 participants were given either a flavanol-containing drink or a flavanol-free drink, twice a day for four weeks.
""", [("A study published in British Journal of Nutrition", {"venue": "British Journal of Nutrition", "year": None}, "prose"),
      ("In the study 100 participants", {"venue": "British Journal of Nutrition", "year": None}, "prose")]),
    ("in-that-trial-after-one-study", "txt", """Not all the news is good. A large trial funded by the NIH found that CBD was no better than placebo for anxiety in 250 people.

And one study even found that people taking CBD felt worse! In that trial, participants given 800 mg CBD reported more anxiety than those on placebo.
""", [("A large trial funded by the NIH", {"venue": "NIH", "year": None}, "prose"),
      ("In that trial, participants given 800 mg", None, "prose")]),
    # The next line of one paragraph closing an uncited study with its citation goes on with it.
    ("next-line-citation-closes-uncited-study", "txt", """A larger, randomized double-blind, placebo-controlled study of andrographis was carried out in Chile and Sweden involving 158 adults. The researchers reported that benefits started on day two.
The research concluded that there were significant reductions in throat soreness and cough compared to placebo (Caceres et al., 1999).
""", [("involving 158 adults", {"first_author": "Caceres", "year": 1999}, "prose")]),
    ("next-line-citation-closes-uncited-study-obstetrics", "txt", """A randomized trial of ginger in 120 women with morning sickness was carried out in Bangkok.
The study found nausea scores fell more with ginger than with placebo (Vutyavanich et al., 2001).
""", [("ginger in 120 women", {"first_author": "Vutyavanich", "year": 2001}, "prose")]),
    ("blank-line-citation-is-its-own-claim", "txt", """A randomized trial of ginger in 120 women with morning sickness was carried out in Bangkok.

The study found nausea scores fell more with ginger than with placebo (Vutyavanich et al., 2001).
""", [("ginger in 120 women", None, "prose"), ("The study found nausea scores", {"first_author": "Vutyavanich", "year": 2001}, "prose")]),
    # A lead ending in a colon and its marker, then its result bullets: one claim of that marker.
    ("colon-marker-then-bullets", "txt", """A multi-center, randomized, double-blind placebo-controlled trial of 181 patients taking 600 mg of ALA suggested:7

  • Pain symptoms were significantly reduced vs. placebo (P<0.05)
  • Relief seen at 14 days when taken once daily

1. Hakim et al. A review of peripheral neuropathy. J Clin Exp Pharmacol 2019:9(4);262: 1-7. doi:10.35248/2161-1459.19.9.262

2. Azhary H et al. Peripheral neuropathy: differential diagnosis and management. Am Fam Physician 2010:1;81(7):887-92. PMID: 20353146.

3. Lind P et al. Magnesium for leg cramps. Sleep Med 2015;16(3):201-5.

4. Okafor U et al. Melatonin for jet lag. J Travel Med 2018;25(1):tay012.

5. Brandt K et al. Zinc and colds. BMJ 2012;344:e1234.

6. Ruiz M et al. Vitamin D and falls. Age Ageing 2011;40(2):150-6.

7. Ziegler D et al. Oral treatment with alpha-lipoic acid improves symptomatic diabetic polyneuropathy. Diabetes Care 2006;29(11):2365-70.
""", [("trial of 181 patients taking 600 mg of ALA suggested", {"markers": ["7"]}, "prose")]),
    ("quoted-finding-revealed", "txt", """‘Those taking the high dose of cocoa flavanols had an average six-point drop in blood pressure,’ Dr Rosa Mateo revealed.
""", [("had an average six-point drop", None, "prose")]),
    ("quoted-finding-reported", "txt", """“Children who used the spray had half as many asthma attacks as those on placebo,” Professor Lina Ortiz reported.
""", [("half as many asthma attacks", None, "prose")]),
    ("not-claims-background-and-awareness", "txt", """LONDON, 3 March — Psoriasis, a chronic immune-mediated disease of the skin and joints, affects about 2% of adults worldwide, and most respond to topical treatment.

NORTHFIELD — Bell's palsy, a sudden weakness of one side of the face, affects about 1 in 60 people during their lifetime, and most recover within months.

In a survey of 2,000 adults, 40% said they had never heard of the condition.
""", []),
]


@pytest.mark.parametrize("name, suffix, text, expected", CASES, ids=[c[0] for c in CASES])
def test_family(tmp_path: Path, name: str, suffix: str, text: str, expected) -> None:
    problems = judge(tmp_path, name, suffix, text, expected)
    assert not any(problems.values()), problems


def test_a_registry_box_claim_spans_the_box_and_reads_its_fields(tmp_path: Path) -> None:
    _, claims = _run(tmp_path, "press-box-fields", "html", PRESS_BOX_HTML)
    (box,) = [c for c in claims if "184 participants (actual)" in c.evidence.text]
    assert box.evidence.text.startswith("Identifier") and box.evidence.text.endswith("Triggering at 3 months")
    assert (box.n, box.direction, box.ongoing_trial) == (184, "unknown", False)


def test_a_recruiting_box_marks_the_trial_ongoing(tmp_path: Path) -> None:
    text = PRESS_BOX_HTML.replace("<dd>Completed</dd>", "<dd>Recruiting</dd>")
    _, claims = _run(tmp_path, "press-box-recruiting", "html", text)
    (box,) = [c for c in claims if "184 participants (actual)" in c.evidence.text]
    assert box.ongoing_trial and box.direction == "unknown"


def test_a_registry_record_page_is_still_one_claim(tmp_path: Path) -> None:
    text = """Night Splint for Trigger Finger

NCT ID: NCT06677881

Overall Status
Completed

Brief Summary
This randomized trial will compare a night splint with written advice in 184 adults with trigger finger.

Enrollment
184

Allocation
Randomized

Primary Outcome Measures
Triggering at 3 months
"""
    _, claims = _run(tmp_path, "registry-record-page", "txt", text)
    assert len(claims) == 1 and claims[0].study.registry_ids == ["NCT06677881"] and claims[0].n == 184


def test_a_later_paragraph_about_another_study_is_not_resumed(tmp_path: Path) -> None:
    text = NEWS_RESUMED_CARDIO.replace(
        "<p>In a prespecified subgroup of patients with kidney disease,",
        "<p>In an earlier phase 2 study of 180 participants, the same drug lowered LDL-C by 40% (p &lt; 0.001).</p>\n<p>In a prespecified subgroup of patients with kidney disease,")
    _, claims = _run(tmp_path, "news-earlier-study", "html", text)
    (earlier,) = [c for c in claims if c.evidence.text.startswith("In an earlier phase 2 study")]
    assert earlier.study.venue is None and not earlier.study.label


MASTHEADS = [
    ("txt", "From: Riverside Women's Health Partnership <news@riverside.example>\nSubject: Riverside WHP Bulletin – December 2026\n"
            "Date: Tue, 1 Dec 2026 07:00:00 +0000\n\nOur practice audit of 58 patients fitted with a levonorgestrel IUS found that "
            "47 (81%) reported satisfactory bleeding control at 6 months.\n"),
    ("txt", "From: Northside Allergy Service <news@northside.example>\nSubject: Allergy Update – February 2026\n\n"
            "In our service evaluation of 140 children on peanut oral immunotherapy, 112 (80%) tolerated a 1000 mg challenge at "
            "12 months.\n"),
    ("html", "<html><body><main><h1>Westside Pharmacy Newsletter – March 2026</h1><p>Our own audit of 120 patients started on a "
             "statin at the pharmacy found that 96 (80%) were still taking it at 12 months.</p></main></body></html>"),
    ("md", "# The Sleep Clinic Bulletin, Spring 2025\n\nOur clinic audit of 75 adults referred for insomnia found that 52 "
           "reported better sleep after six sessions of CBT-I.\n"),
]


@pytest.mark.parametrize("suffix, text", MASTHEADS, ids=["email-bulletin", "email-update", "html-newsletter", "md-bulletin"])
def test_the_publication_a_text_appears_in_is_no_venue(tmp_path: Path, suffix: str, text: str) -> None:
    _, claims = _run(tmp_path, "masthead", suffix, text)
    assert len(claims) == 1 and claims[0].study.venue is None and not claims[0].study.attributed, [
        (c.evidence.text[:30], c.study.label) for c in claims]


@pytest.mark.parametrize("note", ["* denotes p < 0.05 versus placebo.", "† p < 0.01 versus placebo.",
                                  "Note: * indicates p < 0.05 against baseline."])
def test_a_note_on_marks_under_a_cited_study_is_not_resumed(tmp_path: Path, note: str) -> None:
    text = "Zinc lozenges shortened colds by two days more than placebo in 90 adults (Brandt et al. 2012).\n\n" + note + "\n"
    _, claims = _run(tmp_path, "note-after-study", "txt", text)
    assert len(claims) == 1 and claims[0].study.first_author == "Brandt"
