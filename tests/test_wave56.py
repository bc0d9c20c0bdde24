"""Wave 56, pre-blind, from the spent holdouts' remaining errors. Direction: an emphatic "did help";
a fall denied or bracketed is no fall of the numbers after it; a harm more frequent with the
treatment named at the clause's end, withdrawals for a harm, a patient turned manic; a measure named
on its scale before "were lower with"; a commenter's complaint milder, a body able again, hair
filled in; a study's "found smoother heels"; mass "preserved"; "smaller HbA1c fall than"; a fall
"further during" the active phase; "gave the same improvement", "added nothing to"; an uncontrolled
series' good state reached in a share; a small sample is no limit on the finding; "comparable" after
"although"; "2.7 fewer headache days, compared to 2.2". Comparator: two arms one subject whose
results are alike ("PEG 3350 and lactulose equally effective"); a comparison whose first arm's dose
is told aside; "no emollient", "no cooling". N: buyers, dieters, racehorses. Dose: the arms a
"difference between" names are no measured amount; "300 U onabotulinumtoxinA". Claims: a news lede
"according to research conducted over 24 weeks", null as well as positive."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields import analyse
from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from extractors.fields.dose import parse_doses
from pipeline.ingest import ingest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # emphatic "did"
        ("What did help a bit: vitamin B6 100 mg daily, which sorted the bloating and breast pain but did zero for the irritability.", "mixed"),
        ("Neither did help much.", "unknown"),
        # numbers after a fall denied, or in brackets after the verb, are the levels
        ("Emollient from birth or standard advice alone; eczema at 2 years was not reduced (23% vs 25%).", "null"),
        ("Pain dropped by 41.6% with the drug compared with 15.8% with placebo.", "positive"),
        ("Those taking the drug had 2.7 fewer headache days, compared to 3.5 for placebo.", "positive"),
        # a harm beside the gain
        ("Complete clearance occurred in 58% versus 22%; local stinging was more frequent with potassium hydroxide.", "mixed"),
        ("Response was better with the drug; stinging was more frequent with both treatments.", "positive"),
        ("Sertraline was better than placebo on the DHI, but withdrawals for nausea were higher.", "mixed"),
        ("In an open series of 15 patients given ropinirole, MADRS scores improved but two patients became manic and stopped treatment.", "mixed"),
        # the measure named on its scale first
        ("Pain scores on the Glasgow CMPS-Feline were lower with meloxicam on day 2 but not by day 7.", "mixed"),
        ("At 6 weeks symptom severity on the Boston Carpal Tunnel Questionnaire (BCTQ) was lower in the splint group.", "positive"),
        ("Pain in the placebo group was lower in week 2.", "unknown"),
        # a commenter's own account
        ("I took ginkgo 60 mg three times daily for 6 weeks and the ringing definitely got quieter.", "positive"),
        ("Same for me at 150mg, lows are shallower. But it did nothing for my hypomanias.", "mixed"),
        ("Symptoms were shorter in the placebo group.", "unknown"),
        ("My lab has been on carprofen 4.4 mg/kg once a day for three weeks and she is climbing the stairs again.", "positive"),
        ("Used the same style of cap for a year, nothing else, and my crown has visibly filled in.", "positive"),
        ("My daughter has been on 7.5 mg since Christmas and is eating better.", "positive"),
        ("In my own clinic, patients who start a 4% chlorhexidine wash often report less odour within a fortnight.", "positive"),
        ("The form has been filled in.", "unknown"),
        # a study's better state, a state kept
        ("A 2021 study compared urea cream with a plain moisturiser in 80 people and found smoother heels after four weeks.", "positive"),
        ("The study did not find smoother skin.", "unknown"),
        ("lean leg mass preserved during bed rest", "positive"),
        ("Patients with preserved ejection fraction were enrolled.", "unknown"),
        # a change set against the other arm's by its size, the measure named before the change
        ("Smaller HbA1c fall than metformin", "negative"),
        ("Greater LDL-C reduction than placebo", "positive"),
        # a fall further in the active phase; none in the placebo phase
        ("Placebo for six weeks and PEA for another six; pain on the VAS fell further during the PEA phase.", "positive"),
        ("Pain fell further during the placebo phase.", "unknown"),
        ("Pain fell during the placebo phase.", "unknown"),
        # the same gain in both arms; nothing added
        ("Guided and blind injections of triamcinolone 20 mg gave the same improvement in symptom and function scores.", "null"),
        ("Nerve and tendon gliding exercises added nothing to splinting alone in the larger trial.", "null"),
        # an uncontrolled series' good state
        ("Clinical control in 83% by day 30", "positive"),
        ("TT4 normal in 84%", "positive"),
        ("Fifty-one cats fed an iodine-restricted diet became euthyroid in 82% of cases by eight weeks.", "positive"),
        ("In 78 dogs, once-daily trilostane produced good or excellent clinical control in most dogs by day 30.", "positive"),
        ("Blood pressure was normal in 84% at baseline.", "unknown"),
        # a small sample is no limit on the finding
        ("Pulsed ultrasound improved grip strength more than sham ultrasound, but the trial had only 34 participants.", "positive"),
        ("The drug improved mood, but only 20 patients responded.", "mixed"),
        # a second outcome "comparable" after "although"
        ("They found faster resolution of polyuria with the twice-daily schedule, although cortisol control at 6 months was comparable.", "mixed"),
        ("Baseline characteristics were comparable.", "unknown"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_an_uncontrolled_series_good_state_is_no_finding_against_a_comparator() -> None:
    assert parse_direction("TT4 normal in 84%", "placebo") == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-eight Thoroughbred racehorses with gastric disease were assigned to esomeprazole.", 48),
        ("Eighteen regular buyers who took two capsules each morning said they felt calmer.", 18),
        ("Yet among 310 apprentice hairdressers, a barrier cream did not prevent hand eczema.", 310),
        ("Vasquez and colleagues followed 176 dieters who took 1 g three times daily.", 176),
    ],
)
def test_counted_people(text: str, expected: int) -> None:
    assert analyse(text).n == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arms a difference is between are no measured amount
        ("A crossover found no significant difference between quercetin 1 g/day and placebo in the RQLQ.", [(1.0, "g/day")]),
        ("The mean difference 26 ml was small.", []),
        # a toxin's or insulin's "U" before the agent's name
        ("300 U onabotulinumtoxinA", [(300.0, "IU")]),
        ("10 U insulin glargine at night", [(10.0, "IU")]),
        ("The U toxin", []),
    ],
)
def test_doses(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(dose.value, dose.unit) for dose in parse_doses(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thibodeau and Hart compared inhaled ciclesonide, 2,740 mcg twice daily via a spacer device, with oral dexamethasone in 24 horses.", "dexamethasone"),
        ("The trial compared melatonin 3 mg, given at bedtime, with placebo.", "placebo"),
        ("We compared the drugs, as planned, with regard to safety.", None),
        ("Ceramide cream daily was compared with no emollient.", "no treatment"),
        ("Scalp cooling versus no cooling", "no treatment"),
    ],
)
def test_comparators(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An earlier crossover trial in 38 children found PEG 3350 and lactulose equally effective for stool frequency.", "lactulose"),
        ("In a four-week trial of 123 dogs, oclacitinib and prednisolone 0.5 mg/kg produced similar reductions in the CADESI-04.", "prednisolone"),
        ("Pain and function were similar in both groups.", None),
        ("Men and women responded equally.", None),
    ],
)
def test_two_arms_called_alike(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


def test_a_news_lede_put_down_to_research_is_a_claim_even_when_null(tmp_path) -> None:
    lede = ("EVENING primrose oil, used by thousands to relieve skin complaints, is not effective after all, "
            "according to research conducted over 24 weeks.")
    page = tmp_path / "lede.txt"
    page.write_text(f"{lede}\n\nFish oil is popular, according to research.\n", encoding="utf-8")
    document = ingest(str(page))
    claims = extract([document])[0].claims
    assert [(document.text[c.evidence.start:c.evidence.end], c.direction) for c in claims] == [(lede, "null")]
