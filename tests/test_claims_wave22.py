"""Claim shapes holdout 15 got wrong, each as a family of invented variants across genres
(common.md convention 4), run end to end (ingest, then extract) and judged as in
test_claims_wave21: every expected claim found alone, with its study and context, and
nothing else reported. All studies, people, products and journals are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_claims_wave21 import judge

A = lambda author, year=None: {"first_author": author, "year": year}  # noqa: E731
M = lambda *markers: {"markers": list(markers)}  # noqa: E731
R = lambda *ids: {"registry_ids": list(ids)}  # noqa: E731

CASES: list[tuple[str, str, str, list]] = [
    # A PDF's superscript flattened after the full stop that closes its paragraph: its own claim, even in a
    # review citing author-year elsewhere.
    ("pdf-marker-after-author-year", "txt", """SECONDARY PREVENTION
Exercise-based rehabilitation reduced cardiovascular mortality in a meta-analysis of
63 trials, but total mortality was not significantly reduced (Lindqvist-Shaw et al.,
2021). Home-based programmes appear non-inferior to centre-based ones for exercise
capacity.3

Uptake remains low in most health systems.
""", [("Exercise-based rehabilitation reduced cardiovascular mortality", A("Lindqvist-Shaw", 2021), "prose"),
      ("Home-based programmes appear non-inferior", M("3"), "prose")]),
    ("pdf-marker-after-author-year-psych", "txt", """Sertraline improved HAMD scores more than placebo in 240 adults (Okafor et al.,
2019). Internet CBT was as effective as face-to-face CBT for mild depression.12

Access to therapy differs widely between regions.
""", [("Sertraline improved HAMD scores", A("Okafor", 2019), "prose"),
      ("Internet CBT was as effective as face-to-face", M("12"), "prose")]),
    ("pdf-marker-after-author-year-derm", "txt", """TOPICAL TREATMENTS
Clobetasol foam cleared scalp plaques in 62% of 180 patients, compared with 21% on
vehicle (Brandt and Ito, 2018). Calcipotriol was less irritating than tacrolimus on
the face.7
""", [("Clobetasol foam cleared scalp plaques", A("Brandt", 2018), "prose"),
      ("Calcipotriol was less irritating than tacrolimus", M("7"), "prose")]),
    # A sentence about the arms of the study just told joins that study's claim (told apart, it is spurious).
    ("product-arms-after-study", "md", """# Dormira Magnesium — 300 mg magnesium glycinate for restless legs

Restless legs often worsen in pregnancy. A three-arm trial compared 150, 300 and 600 mg of magnesium a day with placebo in 160 adults with restless legs.[^1] Only the 300 and 600 mg arms improved IRLS scores; the 150 mg arm was indistinguishable from placebo.

[^1]: Ferraro L, Quist M. Magnesium for restless legs. Sleep Pract Rep. 2024;4:11-19.
""", [("A three-arm trial compared 150, 300 and 600 mg", M("1"), "prose")]),
    ("review-arms-after-study", "txt", """Primidone was tested at 50, 100 and 250 mg/day against placebo in 161 adults with essential tremor (Haugen et al., 2022). The 100 and 250 mg arms reduced tremor scores, while the 50 mg arm did not.
""", [("Primidone was tested at 50, 100 and 250 mg/day", A("Haugen", 2022), "prose")]),
    # A product page's title with a dose, and a standfirst linking the site's home page, are no claims.
    ("product-title-dose", "md", """# Calmora Theanine — 200 mg L-theanine for focus without the jitters

**£18.00** | 60 capsules

In a 4-week trial of 52 office workers, 200 mg of L-theanine improved attention-switching accuracy compared with placebo (Beaumont et al., 2021).
""", [("In a 4-week trial of 52 office workers", A("Beaumont", 2021), "prose")]),
    ("blog-standfirst-home-link", "md", """# Does tai chi help knee osteoarthritis?

*An evidence summary for the [Joint Health Network](https://jointhealth.example.org). Reading time: 6 min.*

In a 12-week trial, 204 adults doing tai chi twice weekly improved WOMAC pain scores as much as those given physiotherapy (Lindholm & Sato, 2020).
""", [("In a 12-week trial, 204 adults doing tai chi", A("Lindholm", 2020), "prose")]),
    # A recruitment listing's title line names the trial; it reports nothing.
    ("recruiting-title-faq", "txt", """Now recruiting: The CALM-HEART Study (NCT07123456)

Who can join? Adults aged 50-80 who had a heart attack in the last year.
What happens? You will use a breathing app for 10 minutes each evening for 8 weeks.
Contact: calmheart@invented.edu
""", []),
    ("recruiting-title-then-design", "txt", """Currently enrolling | SUNRISE trial (NCT07223344)

This trial will randomise 180 adults with seasonal depression to bright light therapy or a dim red light for 6 weeks.
""", [("This trial will randomise 180 adults", R("NCT07223344"), "prose")]),
    # Bullets telling one cited study line by line are one claim; a bullet naming another treatment is not its.
    ("blog-bullets-one-study", "txt", """What the SLEEPWELL trial found

- 240 adults with chronic insomnia were randomised to melatonin 2 mg or placebo for 12 weeks (Haddad et al., 2023).
- Sleep onset was 15 minutes shorter with melatonin.
- Daytime sleepiness did not differ between groups.

Ask your pharmacist before starting any supplement.
""", [("240 adults with chronic insomnia were randomised", A("Haddad", 2023), "prose")]),
    ("newsletter-bullets-one-study", "txt", """Research round-up

* In a trial of 96 children with ADHD, omega-3 1 g daily was compared with placebo for 16 weeks (Brennan et al., 2021).
* Inattention scores improved by 4 points more on omega-3.
* Hyperactivity did not change.
""", [("In a trial of 96 children with ADHD", A("Brennan", 2021), "prose")]),
    ("bullets-new-treatment-own-claim", "txt", """Evidence at a glance

- Sertraline lowered HAMD scores more than placebo in 180 adults (Ivers et al., 2018).
- Bupropion 300 mg improved energy in 64 adults with fatigue.
""", [("Sertraline lowered HAMD scores", A("Ivers", 2018), "prose"),
      ("Bupropion 300 mg improved energy", None, "prose")]),
]


@pytest.mark.parametrize("name, suffix, text, expected", CASES, ids=[c[0] for c in CASES])
def test_family(tmp_path: Path, name: str, suffix: str, text: str, expected) -> None:
    problems = judge(tmp_path, name, suffix, text, expected)
    assert not any(problems.values()), problems
