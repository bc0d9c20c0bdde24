"""Wave 63, before holdouts 47 and 48 (from the gaps session 18 left): a change set against the
control by its size as tables write it ("Greater fall in HAM-A vs placebo", "Smaller reduction in
PANSS total vs placebo") or with the change named first ("The reduction in HAM-D was smaller with
the herb than with placebo"); the control arm as the subject of "more likely" or "less likely"."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction
from extractors.fields.direction_control_likely import control_arm_likely


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greater fall in HAM-A vs placebo.", "positive"),
        ("Smaller reduction in PANSS total vs placebo.", "negative"),
        ("A larger reduction in MADRS compared with placebo was seen at week 8.", "positive"),
        ("The reduction in HAM-D was smaller with the herb than with placebo.", "negative"),
        ("The fall in HbA1c was greater with the drug than with placebo.", "positive"),
        ("The fall in HbA1c was greater with placebo than with the drug.", "negative"),
        ("There was a greater fall in HAM-A scores with kava than with placebo.", "positive"),
        ("Patients given placebo were more likely to achieve remission (40% vs 25%).", "negative"),
        ("Placebo patients were more likely to respond than those given the drug.", "negative"),
        ("Placebo recipients were less likely to respond (22% vs 41%).", "positive"),
        ("Patients on placebo were more likely to relapse than those on lithium.", "positive"),
        ("Those on placebo were less likely to relapse than those on the drug.", "negative"),
        ("Children in the control group were more likely to be hospitalised.", "positive"),
        ("Placebo patients were twice as likely to relapse.", "positive"),
        ("Participants were more likely to respond to the drug than to placebo.", "positive"),
        ("Compared with placebo, patients on X were more likely to respond.", "positive"),
        ("In this placebo-controlled trial, patients on X were more likely to respond.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text, "placebo") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patients on the drug were more likely to respond than those on placebo.",  # the treatment is the subject: the passes'
        "Placebo patients were as likely to respond as those given the drug.",
        "Placebo patients were more likely to respond, but the difference was not significant.",
        "Patients in the placebo-controlled trial were more likely to respond.",
    ],
)
def test_the_control_is_not_the_subject_or_a_second_clause_follows(text: str) -> None:
    assert control_arm_likely(text.lower()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flatulence and nausea were the commonest adverse effects, more frequent than with placebo in two trials [2, 3].", "negative"),
        ("Headache was more frequent than with placebo.", "negative"),
        ("Dizziness was commoner than on placebo.", "negative"),
        ("Nausea was not more frequent than with placebo.", "null"),  # a named harm no more common: null, as adverse events (wave 89)
        ("Relapse was more common on placebo than on the drug.", "positive"),
    ],
)
def test_a_harm_more_frequent_than_with_the_control(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("Their randomised trial comparing melatonin 3 mg, amitriptyline 25 mg and placebo found melatonin better than placebo.",
         [(3.0, "mg")]),
        ("Each tablet held atorvastatin 40 mg, amlodipine 5 mg and aspirin 100 mg and was compared with placebo.",
         [(40.0, "mg"), (5.0, "mg"), (100.0, "mg")]),
    ],
)
def test_arms_listed_with_and_placebo_keep_the_first_arms_dose(text: str, doses: list[tuple[float, str]]) -> None:
    from extractors.fields import analyse

    assert [(d.value, d.unit) for d in analyse(text).dose] == doses


@pytest.mark.parametrize(
    "text",
    [
        "Seventy-one received a stimulator and 71 received conventional medical management alone.",
        "Stenting was compared with best medical therapy in 451 patients.",
        "Patients got CBT plus sertraline or usual care alone.",
    ],
)
def test_medical_management_is_treatment_as_usual(text: str) -> None:
    from extractors.fields import analyse

    assert analyse(text).comparator == "treatment as usual"


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Only 8% vomited on maropitant vs 47% on placebo.", "placebo", "positive"),
        ("8% of dogs vomited on maropitant compared with 47% on placebo.", "placebo", "positive"),
        ("Active range of motion (ROM) at discharge was 12° greater in the cooled group (p < 0.01).", "treatment as usual", "positive"),
        ("Range of motion was 12 degrees greater in the cooled group.", "treatment as usual", "positive"),
        ("CMAI fell 8.1 points more than with usual care (p=0.02).", "treatment as usual", "positive"),
        ("CMAI fell 8.1 points more than with usual care (p = 0.02).", "treatment as usual", "positive"),
    ],
)
def test_arm_numbers_read_for_what_they_count(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("In one study of judo athletes, tingling was reported by 9 of 12 on beta-alanine versus 1 of 12 on placebo [4].", 24),
        ("Remission occurred in 20 of 40 patients on the drug and 10 of 38 on placebo.", 78),
        ("Subjects: 31, composed of 6 male and 10 female subjects for HE group, and 5 male and 10 female subjects for placebo group.", 31),
        ("Participants: 1,200 adults", 1200),
        ("A multicentre study in Japan gave 0.5 mg/kg selegiline once daily to forty-four senior dogs and compared them with "
         "forty untreated age-matched dogs.", 84),
        ("The study compared 44 treated dogs with 40 untreated controls.", 84),
        ("In 120 patients, response in 40 patients was compared with 80 patients on placebo.", 120),
        ("Results in 30 patients compared favourably with 2 earlier studies.", 30),
        ("Response: 3 of 4 studies in adults versus 1 of 3 in children.", None),
    ],
)
def test_sample_sizes(text: str, n: int | None) -> None:
    from extractors.fields import parse_n

    assert parse_n(text)[0] == n


def test_a_design_cell_counts_the_row_when_no_column_does(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    text = ("# SAMe in depression: the trials\n\n"
            "| Condition | Study design | Intervention | Main findings | Reference |\n"
            "|---|---|---|---|---|\n"
            "| MDD | Double-blind RCT. A total of 49 patients were recruited. | SAMe 800 mg/day or placebo for 8 weeks | "
            "Greater fall in HAM-D vs placebo | [3] |\n"
            "| MDD | Open-label pilot, 6 weeks | SAMe 1600 mg/day | Response in 60% | [4] |\n")
    path = tmp_path / "table.md"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    assert [(claim.context, claim.n) for claim in result.claims] == [("table", 49), ("table", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menthol works (Headache Hacks, YouTube, 2023).", ("venue-year", "YouTube", None, 2023)),
        ("Menthol works (Dr Joe, TikTok, 2022).", ("venue-year", "TikTok", None, 2022)),
        ("Menthol works (Smith, 2023).", ("author-year", None, "Smith", 2023)),
        ("Twitter use rose (Smith, 2019).", ("author-year", None, "Smith", 2019)),
    ],
)
def test_a_channel_on_a_platform_is_no_author(text: str, expected: tuple) -> None:
    from extractors.attribution import find_attributions

    (found,) = find_attributions(text)
    assert (found.kind, found.venue, found.first_author, found.year) == expected


def test_an_earlier_study_does_not_take_the_pages_registry_id(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    page = ("<html><body><h1>Daily peanut protein helps toddlers outgrow allergy</h1>"
            "<p>One hundred and twelve children aged 12 to 36 months were randomised: 75 to oral immunotherapy and 37 to "
            "strict avoidance, and 71% of treated children tolerated peanut at the end compared with 3% of those avoiding it.</p>"
            "<h2>Study record</h2><ul><li>Registry: NCT05338271</li><li>Participants: 112 children</li></ul>"
            "<p>An earlier Lakeshore study in older children, published in 2019, had found that 300 mg/day maintenance was as "
            "effective as 3,000 mg/day in 120 children aged 4-17.</p></body></html>")
    path = tmp_path / "press.html"
    path.write_text(page, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    by_opening = {claim.evidence.text[:11]: claim.study.registry_ids for claim in result.claims}
    assert by_opening["One hundred"] == ["NCT05338271"]
    assert by_opening["An earlier "] == []


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("Researchers gave subjects either 600 or 4,000 IUs of Vitamin D.", [(600.0, "IU"), (4000.0, "IU")]),
        ("The ones taking 4,000 IUs per day had the greatest response.", [(4000.0, "IU/day")]),
        ("A small trial found that a 6% menthol roll-on did not lower the number of headache days.", [(6.0, "%")]),
        ("A crossover study in 28 dogs found that a diet with 9% medium-chain triglycerides reduced seizures.", [(9.0, "%")]),
        ("In 30 adults, aluminium chloride 15% in a salicylic acid gel reduced sweat production.", [(15.0, "%")]),
        ("Al-Harbi 2023 92 Urea 10% emollient Vehicle 5-D itch Improved", [(10.0, "%")]),
        ("Propolis gel 2.5%, applied 4x/day", [(2.5, "%")]),
        ("Increasing dietary tryptophan to 0.25% of the diet lowered the number of bitten pigs.", [(0.25, "%")]),
        ("A randomized controlled trial of CoQ10 (3x110 mg/day) compared to placebo in 42 migraine patients", [(110.0, "mg/day")]),
        ("The gel cleared lesions in 40% of patients.", []),
        ("Patients using the cream, 45% of whom were women, improved.", []),
    ],
)
def test_doses(text: str, doses: list[tuple[float, str]]) -> None:
    from extractors.fields.dose import read_doses

    assert [(d.value, d.unit) for d in read_doses(text)[0]] == doses
