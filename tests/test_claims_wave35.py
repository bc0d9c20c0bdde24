"""Claims, wave 35: where a claim starts and ends on pages told line by line.
Families tested here:
- a numbered marker written after the full stop and ending its line ("... improved. [12]",
  "... improved.(3)") closes the sentence above it; it neither opens the next line's
  sentence nor glues the two lines into one.
- an APA or Vancouver reference line with no DOI, PMID or label, directly under the one
  uncited paragraph it follows (single line break or blank line), names that paragraph's
  study (author, year, journal) and is no claim of its own.
- on a page told one sentence per line, the line after a study's design that says what
  its arms were given ("The placebo group received ...") goes on with that study instead
  of being dropped for not standing alone.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import shared_nlp
from saved_page import page_claims

MARKED_LINES = [
    ("Riboflavin 400 mg halved migraine days in 55 adults. [1]", "A second trial in children was negative."),
    ("Monthly vitamin D raised fall rates in 200 older women.(3)", "Daily dosing did not.(4)"),
    ("Topical timolol shrank infantile haemangiomas in 41 infants. [5, 6]", "Propranolol remained the standard."),
    ("Iron infusions corrected anaemia before bowel surgery. (7-9)", "Oral iron was slower."),
]


@pytest.mark.parametrize(("first", "second"), MARKED_LINES)
def test_a_marker_ending_its_line_closes_the_sentence_above(first: str, second: str) -> None:
    doc = shared_nlp()(f"{first}\n{second}")
    assert [s.text.strip() for s in doc._.sentences] == [first, second]


def test_a_spaced_marker_inside_a_line_is_unchanged() -> None:
    doc = shared_nlp()("Zinc shortened colds in 100 adults. [2] Vitamin C did not.")
    assert [s.text.strip() for s in doc._.sentences][0] == "Zinc shortened colds in 100 adults."


def test_spaced_markers_stay_with_their_own_findings(tmp_path: Path) -> None:
    page = ("Riboflavin and migraine\n\n"
            "In a trial of 55 adults with migraine, 400 mg of riboflavin a day halved attacks compared with placebo. [1]\n"
            "A later study in 48 children found no benefit of 200 mg riboflavin over placebo. [2]\n\n"
            "References\n"
            "1. Okafor B, Lind M. High-dose riboflavin in migraine prophylaxis. Neurology. 1999;51(2):466-70.\n"
            "2. Haddad R, Perez L. Riboflavin for migraine in children. J Child Neurol. 2009;24(11):1300-4.\n")
    claims = page_claims(tmp_path, page)
    assert [c.study.markers for c in claims] == [["1"], ["2"]]
    assert [c.direction for c in claims] == ["positive", "null"]


SUMMARIES = [
    ("Researchers in Leeds gave 48 adults with moderate acne 30 mg of zinc gluconate or placebo for 12 weeks. "
     "Inflammatory lesions fell by 40% on zinc against 12% on placebo.",
     "Okafor, B., & Lind, M. (2014). Zinc gluconate for moderate acne: A randomised trial. "
     "Journal of Dermatological Treatment, 25(3), 200–205.", ("Okafor", 2014, "Journal of Dermatological Treatment")),
    ("In 120 adults after a heart attack, 2 g of omega-3 a day did not lower arrhythmias compared with olive oil.",
     "Haddad, R., Perez, L., & Novak, T. (2011). Omega-3 after myocardial infarction. Heart Rhythm Review, 8(4), 512–519.",
     ("Haddad", 2011, "Heart Rhythm Review")),
    ("Sixty outpatients with generalised anxiety took 600 mg of lavender oil or placebo; anxiety scores fell more on lavender.",
     "Lindqvist M, Okoro U, Brandt S. Lavender oil capsules for generalised anxiety. Phytomedicine. 2016;23(4):301-9.",
     ("Lindqvist", 2016, "Phytomedicine")),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("summary", "reference", "study"), SUMMARIES)
def test_a_bare_reference_line_names_the_summary_above(tmp_path: Path, summary: str, reference: str,
                                                       study: tuple[str, int, str], gap: str) -> None:
    page = f"Study of the month\n\n{summary}{gap}{reference}\n\nMore stories\n"
    claims = page_claims(tmp_path, page)
    assert len(claims) == 1, [c.evidence.text for c in claims]
    assert (claims[0].study.first_author, claims[0].study.year, claims[0].study.venue) == study
    assert claims[0].evidence.text.startswith(summary[:30]) and reference[:10] not in claims[0].evidence.text


def test_a_reference_line_leaves_an_already_cited_summary_alone(tmp_path: Path) -> None:
    page = ("Study of the month\n\n"
            "In 80 adults with gout, 500 mg of vitamin C a day did not lower urate more than placebo (Perez et al., 2012).\n"
            "Okafor, B., & Lind, M. (2014). Zinc gluconate for moderate acne: A randomised trial. "
            "Journal of Dermatological Treatment, 25(3), 200–205.\n")
    claims = page_claims(tmp_path, page)
    assert claims[0].study.first_author == "Perez" and claims[0].study.year == 2012


NEWS_LINES = [
    ("Daily omega-3 eased dry eye symptoms, according to a new study.",
     "The double-masked trial enrolled 70 adults with dry eye; 36 took the supplement and 34 a placebo.",
     "For eight weeks, two fish oil capsules were given daily to the treatment group while the placebo group took two "
     "olive oil capsules.",
     "Tear film break-up time improved by 60% in the treatment group against 4% in the placebo group."),
    ("A supplement for racing greyhounds is under scrutiny.",
     "The randomised study included 40 dogs with joint stiffness, split into two groups of 20.",
     "The active group received a chewable tablet every morning for six weeks and the control group received an "
     "identical tablet without the extract.",
     "Owners of dogs in the active group reported better mobility than owners in the control group."),
    ("Beetroot juice before exercise was put to the test.",
     "The crossover trial recruited 16 recreational cyclists.",
     "Each rider drank 500 ml of beetroot juice before one session, and the placebo arm was given blackcurrant "
     "cordial before the other.",
     "Time to exhaustion was 90 seconds longer after beetroot juice than after the placebo."),
]


@pytest.mark.parametrize(("lede", "design", "arms", "result"), NEWS_LINES)
def test_the_arms_line_goes_on_with_the_design_above(tmp_path: Path, lede: str, design: str, arms: str,
                                                     result: str) -> None:
    page = f"Health news\n\n{lede}\n{design}\n{arms}\n{result}\n"
    claims = page_claims(tmp_path, page)
    holding = [c for c in claims if arms[:30] in c.evidence.text]
    assert len(holding) == 1, [c.evidence.text for c in claims]
    assert design[:30] in holding[0].evidence.text
    assert holding[0].comparator == "placebo" or "control" in arms


def test_an_arms_line_after_a_blank_line_is_its_own_paragraph(tmp_path: Path) -> None:
    design, arms = NEWS_LINES[0][1], NEWS_LINES[0][2]
    claims = page_claims(tmp_path, f"Health news\n\n{design}\n\n{arms}\n")
    assert all(arms[:30] not in c.evidence.text for c in claims if design[:30] in c.evidence.text)


DESIGN_ABOVE = [
    ("Horses with stiff hocks took part in a double-blind crossover study at a veterinary school.",
     "Each horse received the joint supplement for 6 weeks and a placebo paste for 6 weeks.",
     "Stride length improved with the supplement compared with placebo."),
    ("In a 12-week, double-blind trial, adults with mild hypertension took beetroot extract or a nitrate-free placebo.",
     "Blood pressure was measured every fortnight.",
     "Systolic pressure fell by 7 mmHg more with the extract than with placebo."),
    ("Toddlers with recurrent croup were enrolled in an open-label pilot study at two clinics.",
     "Parents gave the syrup at the first sign of a barking cough.",
     "Emergency visits fell by a third compared with the winter before."),
    ("Our team ran a placebo-controlled trial of the mouthwash in dental students.",
     "Half rinsed twice a day with it and half with a coloured placebo rinse.",
     "Plaque scores fell 25% more with the mouthwash than with the placebo rinse."),
]


@pytest.mark.parametrize(("design", "between", "result"), DESIGN_ABOVE)
def test_a_study_summary_starts_at_its_design(tmp_path: Path, design: str, between: str, result: str) -> None:
    claims = page_claims(tmp_path, f"The evidence\n\n{design} {between} {result}\n")
    assert len(claims) == 1, [c.evidence.text for c in claims]
    assert claims[0].evidence.text.startswith(design[:30]) and claims[0].evidence.text.endswith(result[-20:])


def test_trials_in_general_do_not_open_the_finding_after_them(tmp_path: Path) -> None:
    lede = "Randomized controlled trials are the gold standard of evidence."
    finding = "In 80 adults with eczema, the cream reduced itch scores by half compared with the base cream alone."
    claims = page_claims(tmp_path, f"Our research\n\n{lede} {finding}\n")
    assert [c.evidence.text for c in claims] == [finding]
