"""Wave 48: directions told in plain words. A patient's own course ("maybe 50% better", "finally
sorted me out", "his sats went from 91 to 96", "stopped because of the nausea", "clears it but it's
back"), the comparator winning in a sentence of its own, equal gains beside a harm in excess, a
verdict's bracketed numbers, a gain that did not reach recurrence, and gains an uncontrolled
series reported. Also a study card's field lines, kept as its claim rather than metadata."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.fields.direction import parse_direction
from pipeline.model import Document


def _claims(text: str, name: str = "w.txt") -> list:
    document = Document("doc-w48", name, "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Second course with the patch was probably 40% better than the first one.", "positive"),
        ("Three weeks of the cream and the patch is half the size it was.", "positive"),
        ("The lozenges are what finally sorted my mouth out.", "positive"),
        ("Two sachets a day and the cough was way milder this winter.", "positive"),
        ("With the 0.5 mg dose I had my first proper night's sleep in months.", "positive"),
        ("She has stayed flare free for about four months on 20 mg.", "positive"),
        ("His sats went from 89 to 95 after the second neb.", "positive"),
        ("My pain went from about 8 to 3 within a fortnight.", "positive"),
        ("Her itch score went from 3 to 7 once we stopped the cream.", "negative"),
        ("The drops never really helped my daughter.", "null"),
        ("His warts didnt budge after six weeks of the 10% gel.", "null"),
        ("Got really bloated and gassy on 5 g a day, so we stopped after a week.", "negative"),
        ("The gel clears it every time but it's back within a month.", "mixed"),
        ("Worked for my son but his sister still ended up on antibiotics.", "mixed"),
        ("Left ankle felt great for months, right ankle nothing at all.", "mixed"),
    ],
)
def test_a_patients_own_course(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I take 10 mg at night.",  # a dose, no course
        "Combing alone never worked for us, but the lotion did.",  # the other remedy's failure
        "The rash went from my arm to my leg.",  # no numbers, nothing measured
    ],
)
def test_no_course_told(text: str) -> None:
    assert parse_direction(text) in ("unknown", "positive")


def test_another_remedys_failure_does_not_decide() -> None:
    text = "We did the spray twice and the lice were gone after the second go. Combing alone never worked for us."
    assert parse_direction(text) == "positive"


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Symptoms improved similarly in both arms, but dizziness was three times as common with the new drug.", "amitriptyline", "negative"),
        ("Efficacy was comparable, but sedation was twice as frequent with clonidine.", "melatonin", "negative"),
        ("Pain improved similarly in both arms, but nausea was more common with placebo.", "placebo", "null"),
        ("Tramadol did no better than placebo (relief 31% vs 34%).", "placebo", "null"),
        ("The 4% gel was less effective than the 1% cream (clearance 18% vs 39%, p=0.01).", "1% cream", "negative"),
        ("The add-on lowered pain scores more than the drug alone without reducing relapse at one year.", "drug alone", "mixed"),
        ("The drug lowered blood pressure without increasing falls.", "placebo", "positive"),
    ],
)
def test_verdicts_beside_harms_numbers_and_second_outcomes(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two small series reported better grip strength with 5 g daily.",
        "In an open-label study, 30 women taking the supplement reported firmer, less brittle nails.",
        "A retrospective series reported shorter hospital stays with the early-feeding protocol.",
        "A single dose removed over 90% of adult worms in housed lambs.",
        "An uncontrolled series treated 40 adults with the cream for 8 weeks; 31 had complete clearance, with no control group.",
        "Mean worst itch NRS fell from 7.9 to 4.6 over 12 weeks in the single-arm study.",
    ],
)
def test_gains_an_uncontrolled_series_reported(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_the_comparator_winning_in_a_sentence_of_its_own() -> None:
    text = (
        "Okoro et al. (2019) compared doxepin 10 mg with pregabalin 75 mg at night in 60 dialysis patients. "
        "Pregabalin lowered itch on the visual analogue scale significantly more than doxepin did (p = 0.01).\n"
    )
    (claim,) = _claims(text)
    assert claim.comparator == "pregabalin"
    assert claim.direction == "negative"


def test_a_livestock_rows_weight_gain_is_the_yield() -> None:
    text = (
        "Study\tAnimals\tDose\tControl\tResult\n"
        "Hale 2018\t60 steers\t200 ug/kg\tuntreated\tEPG down 94%; weight gain +9 kg vs controls\n"
    )
    (claim,) = [c for c in _claims(text) if c.context == "table"]
    assert claim.direction == "positive"


def test_a_study_cards_field_lines_are_its_claim_not_metadata() -> None:
    """Three short "Label: value" lines under a "Study: <citation>" line are the card's fields."""
    text = (
        "Research Highlights\n\n"
        "Study: Marino R, Patel K, et al. Oral zinc carnosine for taste disturbance. Support Care Cancer. 2019;27:1123-1130.\n"
        "Design: Randomised, double-blind, placebo-controlled, 8 weeks\n"
        "Participants: 86 adults receiving platinum chemotherapy\n"
        "Dose: 75 mg twice daily\n"
        "Key Finding: Taste acuity scores recovered faster in the zinc carnosine group.\n"
    )
    (claim,) = _claims(text)
    assert (claim.study.first_author, claim.n, [(d.value, d.unit) for d in claim.dose]) == ("Marino", 86, [(75.0, "mg")])


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("superior", "placebo", "positive"),
        ("20 and 40 mg superior; 10 mg not", "placebo", "mixed"),
        ("2 mg superior; 1 mg partial", "placebo", "mixed"),
        ("worse morning grogginess", "placebo", "negative"),
        ("Group exercise superior", "group exercise", "negative"),
        ("In a comparison of 300 mg magnesium with amitriptyline 10 mg in 80 adults, amitriptyline cut headache days (HD) "
         "more than magnesium did.", "amitriptyline", "negative"),
        ("More patients given the drug regained independent walking at 90 days than with placebo.", "placebo", "positive"),
        ("Fewer children on the drug were seizure-free at six months than on placebo.", "placebo", "negative"),
        ("The spray cuts the number of nosebleeds by about half.", None, "positive"),
        ("The oil may help increase mobility in older dogs.", None, "positive"),
        ("Owners reported a significant decrease in lameness and increase in activity at week 4.", None, "positive"),
    ],
)
def test_fix_wave_cells_and_shapes(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nosebleeds went from most days to once a fortnight on the spray.", "positive"),
        ("My migraines went from once a month to every other day after I started it.", "negative"),
        ("Took it for six weeks and got nothing except headaches.", "negative"),
    ],
)
def test_a_complaints_frequency_and_nothing_but_a_harm(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_an_active_placebos_dose_is_not_the_claims() -> None:
    from extractors.fields import analyse

    values = analyse("The trial will compare psilocybin 25 mg with an active placebo of niacin 100 mg in 60 adults.")
    assert [(d.value, d.unit) for d in values.dose] == [(25.0, "mg")]
    values = analyse('A combination with riboflavin 400 mg was tested against a 25 mg riboflavin "placebo" in 120 adults.')
    assert [(d.value, d.unit) for d in values.dose] == [(400.0, "mg")]


def test_a_platform_cited_as_an_author_is_a_venue() -> None:
    from extractors.attribution import find_attributions

    (found,) = find_attributions("He explains it all in a short clip (TikTok, 2024).")
    assert (found.kind, found.venue, found.first_author, found.year) == ("venue-year", "TikTok", None, 2024)


def test_a_finding_told_first_opens_the_study_told_next() -> None:
    text = (
        "Magnesium was reported to be an effective treatment for night cramps in older adults. In a retrospective study, "
        "52 participants took 300 or 600 mg/day of magnesium for 3 months. Cramp frequency fell during treatment.\n"
    )
    (claim,) = _claims(text)
    assert claim.evidence.text.startswith("Magnesium was reported")
    assert claim.n == 52


def test_a_labelled_lede_naming_a_study_is_a_claim() -> None:
    text = "Good news for parents: a new study concludes that melatonin can help relieve sleep problems in children with eczema.\n"
    (claim,) = _claims(text)
    assert claim.direction == "positive"


def test_an_abstracts_n_is_its_own_not_the_earlier_study_its_background_cites() -> None:
    from extractors.fields import extract_facts

    text = ("Background: An earlier pilot in 14 patients suggested that mirror therapy eased phantom pain (Okafor et al., 2012). "
            "Methods: Sixty adults with phantom limb pain were randomised to mirror therapy or covered-mirror sham for four weeks. "
            "Results: Pain fell more with mirror therapy than with sham (p = 0.01).")
    assert extract_facts(text).n == 60


@pytest.mark.parametrize(
    ("text", "comparator", "doses"),
    [
        ("A trial in 90 adults found that melatonin 2 mg and zopiclone 7.5 mg produced similar gains in sleep quality.",
         "zopiclone", [(2.0, "mg")]),
        ("We aimed to compare the efficacy of 5% tea tree oil and 2.5% benzoyl peroxide gels in 60 adults.", "benzoyl peroxide", None),
    ],
)
def test_two_drugs_each_with_its_dose_set_side_by_side(text: str, comparator: str, doses: list | None) -> None:
    from extractors.fields import analyse

    values = analyse(text)
    assert values.comparator == comparator
    if doses is not None:
        assert [(d.value, d.unit) for d in values.dose] == doses


def test_a_dose_per_die_is_per_day() -> None:
    from extractors.fields.dose import parse_doses

    assert [(d.value, d.unit) for d in parse_doses("EPA 120 mg/die + DHA 600 mg/die vs. placebo")] == [(120.0, "mg/day"), (600.0, "mg/day")]


def test_each_post_of_a_thread_is_its_own_claim_and_is_read_whole() -> None:
    text = (
        "Does it help?\n\n"
        "12 Comments\n\n"
        "Marta K. · May 2, 2025 at 8:10 am\n\n"
        "Took 500 mg twice a day for a month and my headaches went from most days to once a week.\n\n"
        "Bo · May 2, 2025 at 9:40 am\n\n"
        "Tried the gummies for six weeks, zero change in my sleep. Total waste of money.\n\n"
        "Dee · May 3, 2025 at 1:15 pm\n\n"
        "Stomach cramps for me after three days. Had to stop.\n"
    )
    directions = [c.direction for c in _claims(text, "thread.txt") if c.context == "comment"]
    assert directions == ["positive", "null", "negative"]
