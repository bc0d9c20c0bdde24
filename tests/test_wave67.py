"""Wave 67, before holdouts 50 and 51 (written blind, alongside): shapes that left clear findings
unknown across the earlier sets. Two arms' event shares with the control named in another spelling
("the usual-care group", "those on quetiapine") or set "against" each other; consumption "cut back"
more than the control's; a genus abbreviated before its species ("S. haematobium"), whose full
stop ended the clause; a result cell's comparative with a time point and a p-value ("lower OPG at
day 21 (p<0.01)"); a benefit share whose comparator comes after a long aside; and a harm reported
with no arm to set it against, which the gold sets read as a negative finding."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_n
from extractors.fields.direction import parse_direction
from extractors.fields.direction_fell_in_arm import fell_in_arm
from extractors.per_document import forget


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Wound infection within 30 days occurred in 1.2% of the bundle group compared with 3.5% of the usual-care group.",
         "treatment as usual", "positive"),
        ("Over 18 months, 2.8% of those on clozapine made a suicide attempt, against 5.9% of the olanzapine group.",
         "olanzapine", "positive"),
        ("Readmission occurred in 14% of the telemonitoring group and 9% of the usual-care group.", "treatment as usual", "negative"),
        ("Smokers who received the app cut back their daily cigarettes far more than those given a leaflet control.",
         "control", "positive"),
        ("Six weeks later the cure rate for S. haematobium was 81%.", None, "positive"),
        ("lower OPG at day 21 (p<0.01)", "no treatment", "positive"),
        ("Higher EPG than untreated (P<0.05)", "no treatment", "negative"),
        ("The lotion cleared head lice in 88% of children after a single overnight application in a pragmatic trial across "
         "nine schools, compared with 61% of those treated with a comb.", "combing", "positive"),
    ],
)
def test_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An open-label series of 31 adults reported headache in 12 and dizziness in 7.",
        "Undiluted clove oil gave me a chemical burn on my gum within a day.",
        "Three cases of hepatitis were reported in a pharmacovigilance review of users.",
        "The powder caused enamel erosion in 9 of 20 volunteers over two months.",
    ],
)
def test_a_harm_reported_alone_is_negative(text: str) -> None:
    assert parse_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # a review's summary of a drug's side effects, not one study's finding
        "Somnolence and dizziness are the usual adverse effects, each reported by about a fifth of patients.",
        # background: what the condition does
        "Chronic pruritus causes insomnia and distress in many older adults.",
        # the illness treated, told as what the writer's child had
        "My 4yo has had five chest infections since October, all with antibiotics.",
        # softened, or set beside a gain
        "Side effects were mild and transient in an open series of 40 patients.",
        "Nausea occurred in 3 of 30 patients, but the drug was well tolerated overall.",
        # two arms' shares are the passes' to weigh
        "Rash was reported by 12% of those on the cream and 11% of those on vehicle in the trial.",
    ],
)
def test_a_harm_that_is_no_finding_of_harm_is_left_alone(text: str) -> None:
    assert parse_direction(text) != "negative"


def test_a_harm_absent_beside_a_gain_is_no_second_finding() -> None:
    text = "Stress scores were better after gabapentin than after placebo. No adverse events were reported by owners."
    assert parse_direction(text, "placebo") == "positive"


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("A crossover comparison found levetiracetam as effective as potassium bromide in 36 dogs (Lee 2015).", "potassium bromide"),
        ("A pooled analysis found that cinnamon lowered fasting glucose to a similar extent as metformin in 210 adults.", "metformin"),
        ("Both arms improved to the same degree as the sertraline arm in 60 adults.", "sertraline"),
    ],
)
def test_equal_efficacy_names_the_comparator(text: str, comparator: str) -> None:
    forget()
    assert analyse(text).comparator == comparator


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # the comparator under another of its names, and a strength written before it after "compared ... with"
        ("A head-to-head trial found willow bark no better than paracetamol 1 g three times daily for back pain [4].", []),
        ("The study compared peppermint oil with 10% lidocaine in 64 adults.", []),
        ("The study compared 5% minoxidil with 2% minoxidil in 90 men.", [(5.0, "%")]),
        # an amount taken, after words that would make an amount measured
        ("Zinc made zero difference for me after six weeks at 25 mg daily.", [(25.0, "mg")]),
    ],
)
def test_the_comparator_dose_is_left_out_and_a_dose_taken_kept(text: str, doses: list[tuple[float, str]]) -> None:
    forget()
    assert [(dose.value, dose.unit) for dose in analyse(text).dose] == doses


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        # an outcome the passes' vocabularies do not know, fallen with the treatment
        ("Night-time teeth grinding fell with clonazepam.", "placebo", "positive"),
        ("NRS-11 scores were lower at 6 and 12 h with lidocaine.", "placebo", "positive"),
        ("Fasting insulin dropped compared with people given a placebo drink.", "placebo", "positive"),
        ("In the subgroup with mild disease the decline was 35% slower.", "placebo", "positive"),
        # the same beside a null clause is mixed
        ("Night-time teeth grinding fell with clonazepam, but daytime jaw pain did not change.", "placebo", "mixed"),
        ("The supplement did not change VO2max relative to placebo, although perceived exertion ratings were lower.",
         "placebo", "mixed"),
        # an outcome that should rise, fallen
        ("MMSE scores were lower with the drug.", "placebo", "negative"),
        # each arm's own fall, and a fall judged no different from the control
        ("THI scores fell by 10.1 points with active stimulation and 9.7 points with sham (p = 0.52).", "sham", "null"),
        ("Serum urate fell by 0.4 mg/dL after six weeks of tart cherry, although the change was not different from the control period.",
         "control", "null"),
        # a benefit gone at a later time point
        ("Benefit lost at 6 mo", "treatment as usual", "mixed"),
        ("Response waned after the third month in about a quarter of the dogs.", None, "mixed"),
    ],
)
def test_an_outcome_that_fell(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_each_arms_own_fall_is_no_fall_in_the_treated_arm() -> None:
    assert fell_in_arm("mean uas7 fell by 15.2 points with rupatadine and 14.8 points with desloratadine (difference 0.4).") is None


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("The gel gave a higher response rate than vehicle at week 4, but dry mouth and blurred vision were more frequent "
         "with active treatment.", "vehicle", "mixed"),
        ("Better recall scores, but nausea and loose stools were more frequent than with placebo", "placebo", "mixed"),
        ("The drug improved pain compared with placebo, but dizziness was more common.", "placebo", "mixed"),
        # the harm in the control arm is no cost of the treatment
        ("The drug improved pain compared with placebo, and dizziness was more common with placebo.", "placebo", "positive"),
    ],
)
def test_a_gain_beside_a_harm_more_common(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the total, then each arm's share of it
        ("Fifty-two adults took part, 26 on each arm.", 52),
        # one size per study: the first stated
        ("Two sham-controlled trials of the device, in 212 and 175 patients respectively, reported fewer attacks.", 212),
        # one size per group is still summed
        ("There were 41, 40 and 39 patients in each group, respectively.", 120),
        ("Eleven received melatonin and 12 received placebo.", 23),
    ],
)
def test_n_of_arms_and_of_studies(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


# Wave 68, from holdout 50 (scored once at a610405, then tuned): the cases below are written for these tests.
@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Eighteen volunteers reported heartburn and headache more often during the 500 mg phase than during the placebo phase.",
         "placebo", "negative"),
        ("Band wearers reported more wrist swelling than patients who wore no band.", None, "negative"),
        ("Itch scores on the 5-D itch scale were no lower with the active cream at week 4.", "vehicle", "null"),
        ("Vomiting episodes were fewer in the ginger group on day 1, yet by day 3 the groups could not be told apart.",
         "placebo", "mixed"),
        ("The new schedule produced the same proportion of seizure-free dogs as phenobarbital, so neither drug was superior.",
         "phenobarbital", "null"),
        ("The retrospective series reported stabilisation of the hairline in 52% after a year.", None, "positive"),
        ("The PONV score showed less late nausea by day 3 in the acupressure arm.", "treatment as usual", "positive"),
        ("Wound infections occurred in 3 treated dogs versus 9 controls.", "no treatment", "positive"),
    ],
)
def test_wave68_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_a_possessive_year_is_no_n() -> None:
    assert parse_n("In Okafor\u2019s 2020 registry analysis, women on the drug reported more fatigue.")[0] is None


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Weekly dosing produced the same proportion of responders as daily cetirizine 10 mg in 80 adults.", "cetirizine"),
        ("Patients were randomised to fexofenadine 360 mg daily vs staying on 180 mg.", "fexofenadine"),
    ],
)
def test_wave68_comparators(text: str, comparator: str) -> None:
    forget()
    assert analyse(text).comparator == comparator


# Wave 69, from holdout 51 (sealed until one run at 7782cc0, then tuned); the cases below are written for these tests.
@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        # a share written as a fraction
        ("Pellegrini et al. gave the spray to 210 adults, and about two-thirds were headache-free at 2 hours versus roughly a third "
         "on placebo.", "placebo", "positive"),
        # an adjective before an outcome, no rise the treatment caused
        ("In a 2019 trial, 40 adults with mildly raised ALT who took 1 g of artichoke leaf extract daily saw ALT fall by 18% compared "
         "with 3% on placebo.", "placebo", "positive"),
        # an outcome the lexicon knows, risen in the treated arm, beside the control's standstill
        ("Gait velocity rose by 18% in the cued group and was unchanged in controls.", "no treatment", "positive"),
        # a hedge before the finding, then the treated arm's harm
        ("Cueing is not always helpful: the cued group had more near-falls over 6 weeks.", "balance training", "negative"),
        # a reply's pleasure at another's result
        ("Glad it works for you but it did nothing for my husband.", None, "null"),
        ("Okafor and colleagues found the two performed about the same over 8 weeks in 44 patients.", "celecoxib", "null"),
        ("Two later trials confirmed gains in stride length.", None, "positive"),
        ("Benefits on the 6MWT were smaller and inconsistent from study to study.", None, "mixed"),
    ],
)
def test_wave69_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_head_to_head_without_hyphens_names_the_comparator() -> None:
    forget()
    values = analyse("When the cream was put head to head against hydrocortisone 1% in 60 children, the two did about the same.")
    assert values.comparator == "hydrocortisone"
    assert values.dose == []


def test_a_sentence_ending_in_date_is_no_registry_field() -> None:
    from extractors.attribution import _markers

    assert [found.markers for found in _markers("The largest trial to date [\\[8\\]](#ref8) enrolled 153 patients.")] == [("8",)]
    assert _markers("Start date [1] 2020-01-01") == []


def test_an_n_cell_of_arm_sizes_is_summed(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    text = ("# Ashwagandha for fatigue\n\n"
            "| Study | Design | N | Dose | Control | Outcome | Result |\n"
            "|---|---|---|---|---|---|---|\n"
            "| Rao et al. 2021 [3] | RCT, 8 weeks | 40 + 38 | 600 mg/day | Placebo | CFQ | Less fatigue at week 8 |\n")
    path = tmp_path / "store.md"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    assert [claim.n for claim in result.claims if claim.context == "table"] == [78]


# From probe 26 (real web excerpts, scored once at a610405); the cases below are written for these tests.
@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("After two years, 28% of patients taking the antibody deteriorated compared with 36% of those taking a placebo.",
         "placebo", "positive"),
        ("At 18 months the pill delayed the progression of disability by 25% compared with placebo.", "placebo", "positive"),
        ("The pill did not delay the progression of disability compared with placebo.", "placebo", "null"),
    ],
)
def test_probe26_directions(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


# Wave 70: clear findings the earlier sets still left unknown; the cases below are written for these tests.
@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Our school nurse said the spray cleared lice in about 80% of children compared with around 20% with combing alone.",
         "combing", "positive"),
        ("Forty patients on the patch were randomised to continue it or switch to a vehicle patch; time to loss of efficacy was "
         "significantly longer with the active patch.", "vehicle", "positive"),
        ("Fibre digestibility up 6% vs control (p<0.05)", "no treatment", "positive"),
        ("Egg reduction rate 94% vs 10%", "placebo", "positive"),
        ("Resolution of diarrhoea within 48 hours was more frequent with racecadotril (81% vs 62%).", "loperamide", "positive"),
    ],
)
def test_wave70_directions(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_a_wanted_outcome_more_common_with_the_control_is_no_gain() -> None:
    assert parse_direction("Remission was more common with placebo.", "placebo") != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "She says the morning stiffness went from two hours to about 20 minutes within a month.",
        "The pain went from 'can't get out of bed' to a dull ache.",
        "Three weeks on 10 mg and my hives are down by maybe half.",
    ],
)
def test_a_commenters_complaint_eased(text: str) -> None:
    assert parse_direction(text) == "positive"


def test_a_complaint_that_went_from_mild_to_worse_is_no_gain() -> None:
    assert parse_direction("The itching went from mild to unbearable.") != "positive"


@pytest.mark.parametrize(("cell", "expected"), [
    ("Positive at 200 and 400 mg/day only", "mixed"),
    ("Daytime only", "mixed"),
    ("Placebo only", "unknown"),
])
def test_a_result_cell_limited_by_only(cell: str, expected: str) -> None:
    assert parse_direction(cell, "placebo") == expected


def test_a_planned_comparison_names_its_other_arm() -> None:
    forget()
    text = "A trial is now recruiting 150 patients to compare the twice-daily schedule with standard once-daily TMS over four weeks."
    assert analyse(text).comparator == "once-daily tms"


def test_bowel_frequency_raised_without_a_quality_of_life_gain_is_mixed() -> None:
    text = "Eight weeks of linaclotide increased bowel frequency in adolescents with constipation without improving quality of life."
    assert parse_direction(text) == "mixed"
