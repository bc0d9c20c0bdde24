"""Wave 9 families from real pages: dose lists and dashes, doses no study gave, an active
comparator's dose, field-line sample sizes, comparator wording and outcome spellings."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, merge, parse_doses, parse_n, parse_outcomes
from extractors.fields.dose import read_doses


def _doses(text: str) -> list[tuple[float, float | None, str]]:
    return [(d.value, d.value_max, d.unit) for d in parse_doses(text)]


@pytest.mark.parametrize("text", [
    "The extract was given orally (100, 200 & 400mg/ kg) to rats.",
    "Rats received 100, 200, & 400 mg / kg of the extract.",
    "Doses of 100 , 200 & 400 mg/kg were tested.",
])
def test_a_list_joined_by_an_ampersand_gives_every_dose(text: str) -> None:
    assert _doses(text) == [(100.0, None, "mg/kg"), (200.0, None, "mg/kg"), (400.0, None, "mg/kg")]


def test_two_doses_joined_by_an_ampersand() -> None:
    assert _doses("Mice got 50 & 100 mg/kg.") == [(50.0, None, "mg/kg"), (100.0, None, "mg/kg")]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212"])
def test_unicode_hyphens_join_a_value_to_its_unit_and_make_ranges(dash: str) -> None:
    assert _doses(f"Infants received 1{dash}mg or 5{dash}mg Zn daily.") == [(1.0, None, "mg"), (5.0, None, "mg")]
    assert _doses(f"Adults took 10{dash}20 mg daily.") == [(10.0, 20.0, "mg")]
    assert _doses(f"Rats got 5 mg\u00b7kg{dash}1 by gavage.") == [(5.0, None, "mg/kg")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients took 50 milligrammes daily.", [(50.0, None, "mg")]),
    ("Each child received 3 grammes of glycine.", [(3.0, None, "g")]),
    ("Infants got ten microgrammes of vitamin D.", [(10.0, None, "ug")]),
])
def test_british_spellings_of_units(text: str, expected: list) -> None:
    assert _doses(text) == expected


def test_per_kg_per_day_written_out() -> None:
    assert _doses("Intervention received ferrous sulphate 3 mg/kg per day in syrup form.") == [(3.0, None, "mg/kg/day")]


def test_mg_daily_keeps_the_unit_and_the_schedule() -> None:
    (dose,) = parse_doses("Patients took colchicine 0.5 mg daily.")
    assert (dose.unit, dose.schedule) == ("mg", "daily")


@pytest.mark.parametrize("text", [
    "The paper discussed different dosages and I would recommend starting anywhere from 400 mg to 800 mg per day.",
    "I'd suggest 200 mg a day for most adults.",
    "We usually recommend 100 mg twice daily with food.",
    "We suggest starting at 100 mg daily and increasing slowly.",
    "My recommendation is 300 mg with breakfast.",
    "Most people take 200 mg a day.",
    "Take 200 mg of magnesium at night.",
    "Start with 100 mg daily and increase slowly.",
    "You can start with 50 mg and work up.",
    "Experts usually recommend 1-3 mg of melatonin.",
    "Many users start with 25 mg at night.",
    "CoQ10 has been shown to be well tolerated at doses less than 300 mg per day; higher doses may cause nausea.",
    "It is generally safe up to 1200 mg per day.",
    "Magnesium appears safe in amounts below 350 mg daily.",
    "The supplement was tolerated at doses as high as 3,000 mg/day in healthy volunteers.",
    "Doses up to 3000 mg per day have been well tolerated.",
    "The maximum recommended dose is 4 g per day.",
    "The maximum safe daily dose of melatonin is 10 mg.",
    "Daily intake should not exceed 40 mg.",
    "The tolerable upper intake limit for adults is 40 mg of zinc.",
])
def test_doses_no_study_gave_are_not_doses(text: str) -> None:
    assert read_doses(text)[0] == []


def test_a_tolerability_bound_is_a_safety_claims_only_dose() -> None:
    alone = analyse("Serelanine is well tolerated at doses up to 1 g/day.")
    assert [(d.value, d.unit) for d in alone.dose] == [(1.0, "g/day")] and alone.dose_is_bound
    sentences = [
        "In a trial of 42 patients, 150 mg per day for 3 months reduced migraine days.",
        "CoQ10 has been shown to be well tolerated at doses less than 300 mg per day; higher doses may cause nausea.",
    ]
    merged = merge([analyse(s) for s in sentences])
    assert [(d.value, d.unit) for d in merged.dose] == [(150.0, "mg/day")] and not merged.dose_is_bound
    assert merge([alone]).dose_is_bound


@pytest.mark.parametrize(("text", "expected"), [
    ("Participants were randomized to sertraline (up to 200 mg/day) or CBT.", [(200.0, None, "mg/day")]),
    ("Quetiapine was titrated to a maximum of 300 mg/day.", [(300.0, None, "mg/day")]),
    ("In the trial, 300 mg daily was safe and reduced pain.", [(300.0, None, "mg")]),
    ("In a trial of 80 adults, participants who take 200 mg daily slept longer.", [(200.0, None, "mg")]),
    ("Patients were told to take 10 mg nightly for 8 weeks.", [(10.0, None, "mg")]),
    ("I took 5 g a day for two months together with my sertraline.", [(5.0, None, "g/day")]),
    ("Patients received doses up to 300 mg, which were well tolerated.", [(300.0, None, "mg")]),
    ("A trial of 42 patients gave 150 mg daily; CoQ10 is well tolerated at doses up to 1200 mg/day.", [(150.0, None, "mg")]),
])
def test_a_studys_dose_beside_a_bound_stays(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize("text", [
    "In 120 patients, Silexan 80 mg was as effective as 20 mg paroxetine.",
    "In 120 patients, Silexan 80 mg was compared with 20 mg paroxetine.",
    "In 120 patients, Silexan 80 mg vs 20 mg paroxetine daily.",
    "In 120 patients, Silexan 80 mg was compared with paroxetine 20 mg.",
    "In 120 patients, Silexan 80 mg vs 10-20 mg/day of paroxetine.",
    "In 120 patients, Silexan 80 mg versus 10 to 20 mg daily of paroxetine.",
])
def test_an_active_comparators_dose_written_with_its_name_is_not_the_claims(text: str) -> None:
    values = analyse(text)
    assert values.comparator == "paroxetine"
    assert [d.value for d in values.dose] == [80.0]


@pytest.mark.parametrize("text", [
    "Participants were randomized to one of four parallel groups, receiving 160 mg Silexan, 80 mg Silexan, "
    "20 mg paroxetine, or placebo once daily for 10 weeks.",
    "539 adults received 160 or 80 mg Silexan, 20 mg paroxetine, or placebo.",
])
def test_the_later_active_arm_of_a_list_keeps_its_dose(text: str) -> None:
    assert [d.value for d in analyse(text).dose] == [160.0, 80.0]


def test_a_dose_before_each_drug_name_in_an_arm_list() -> None:
    assert [d.value for d in analyse("Patients took 10 mg escitalopram, 50 mg sertraline or placebo.").dose] == [10.0]


@pytest.mark.parametrize("text", [
    "The tablet contained 40 mg atorvastatin, 5 mg amlodipine and 100 mg aspirin.",
    "Patients got 50 mg sertraline plus 25 mg quetiapine daily.",
])
def test_drugs_given_together_keep_all_their_doses(text: str) -> None:
    assert len(analyse(text).dose) == 3 if "aspirin" in text else 2


@pytest.mark.parametrize(("text", "expected"), [
    ("| Number of Subjects | 11 |", 11),
    ("Number of Subjects | 11 |", 11),
    ("|Sample size|24|", 24),
    ("| **Participants** | 40 |", 40),
    ("Number of Subjects: 11", 11),
    ("Sample size 11", 11),
    ("Participants (n) 11", 11),
    ("Number of participants\t40", 40),
])
def test_a_field_line_states_the_sample_size(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", [
    "| Number of Studies | 3 |",
    "| Trial Length | 12 weeks |",
    "Results from three human volunteer studies suggest glycine improves sleep.",
    "Two patient trials and four animal experiments found benefit.",
    "Evidence from 12 adult cohorts was pooled.",
])
def test_counts_of_studies_are_no_sample_size(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text", [
    "Of these, 368 were assigned to levothyroxine and 369 to placebo.",
    "368 patients received levothyroxine and 369 received placebo.",
])
def test_two_arms_in_one_sentence_are_summed(text: str) -> None:
    n, detail = parse_n(text)
    assert (n, detail["arms"]) == (737, [368, 369])


@pytest.mark.parametrize(("text", "expected"), [
    ("Migraine days fell by 30% as compared to a reduction by 14.4% in the placebo group.", "placebo"),
    ("Sleep time rose by 34 minutes compared to when they were drinking the control drink.", "placebo"),
    ("Sleep rose compared with when they drank the control juice.", "placebo"),
    ("Sleep rose compared with the control drink.", "placebo"),
    ("Sleep rose versus a control beverage.", "placebo"),
    ("Pain fell more than with the control capsules.", "placebo"),
    ("The adults drank tart cherry juice for 2 weeks and a comparable matched juice drink, with no tart cherry "
     "juice, for another 2-week period.", "placebo"),
    ("Sleep improved versus a matching beverage.", "placebo"),
    ("Sleep time rose compared with when they took nothing.", "no treatment"),
    ("People taking the supplement slept 30 minutes longer than those taking nothing.", "no treatment"),
    ("The drug beat a dummy treatment.", "placebo"),
    ("Patients lost more weight than those on an inactive pill.", "placebo"),
    ("The trial compared acupuncture with fake acupuncture.", "sham"),
    ("Placebo acupuncture was the control in 60 adults.", "sham"),
    ("It helped more than continuing their usual medication.", "treatment as usual"),
    ("Those who took it slept better compared to those who did not take it.", "no treatment"),
    ("Risk fell compared with people who did not receive the vaccine.", "no treatment"),
    ("Users did better than those who never used it.", "no treatment"),
    ("Patients who did not take their pills had worse outcomes.", None),
    ("Children were randomized to receive GXR in the morning (GXR AM) or evening (GXR PM), or placebo.", "placebo"),
    ("Patients were randomly assigned levothyroxine or placebo.", "placebo"),
    ("Researchers in each trial randomly assigned a daily regimen of levothyroxine or placebo to participants.", "placebo"),
    ("The trial demonstrated the clinical comparability of Silexan to standard prescription medication (lorazepam).", "lorazepam"),
    ("The study showed comparability of Silexan with lorazepam in 77 adults.", "lorazepam"),
    ("Silexan eased anxiety comparable to a common benzodiazepine (lorazepam).", "lorazepam"),
    ("A sham-controlled trial of acupuncture in 120 adults.", "sham"),
    ("Acupuncture reduced pain versus sham acupuncture.", "sham"),
    ("Acupuncture for musculoskeletal pain: a meta-analysis of sham-controlled randomized trials.", "sham"),
    ("Treated patients improved more than untreated patients.", "no treatment"),
    ("X was compared with untreated controls.", "no treatment"),
])
def test_the_comparator_of_real_page_wordings(text: str, expected: str | None) -> None:
    assert analyse(text).comparator == expected


@pytest.mark.parametrize("text", [
    "Data came from 251 adults in the Thyroid Hormone Replacement for Untreated Older Adults with Subclinical Hypothyroidism Trial.",
    "A trial of levothyroxine among untreated older adults with subclinical hypothyroidism.",
])
def test_untreated_people_are_who_took_part_not_an_arm(text: str) -> None:
    assert analyse(text).comparator is None


def test_a_drug_class_gives_way_to_the_drug_named_later() -> None:
    sentences = [
        "This study compared silexan, a new oral lavender oil capsule preparation, versus a benzodiazepine.",
        "The efficacy of a 6-week intake of silexan compared to lorazepam was investigated in adults with GAD.",
    ]
    assert merge([analyse(s) for s in sentences]).comparator == "lorazepam"
    reversed_order = merge([analyse(s) for s in reversed(sentences)])
    assert reversed_order.comparator == "lorazepam"
    assert merge([analyse("Sertraline beat placebo."), analyse("It was as good as a benzodiazepine.")]).comparator == "placebo"


def test_a_standard_drug_named_after_and_keeps_the_test_doses() -> None:
    text = ("In this study, control (1% Gum acacia), test drug EESAB (100, 200 & 400mg/ kg) and standard drug "
            "Diazepam (1.0mg/kg) were administered.")
    assert _doses(text) == [(100.0, None, "mg/kg"), (200.0, None, "mg/kg"), (400.0, None, "mg/kg")]
    assert _doses("The extract (100 mg/kg) or diclofenac 10 mg/kg as the reference drug.") == [(100.0, None, "mg/kg")]


@pytest.mark.parametrize(("text", "expected"), [
    ("HDRS-17 scores fell more than with placebo.", ["HAMD-17"]),
    ("HAM-D17 scores fell.", ["HAMD-17"]),
    ("the HAMD-17 total", ["HAMD-17"]),
    ("HAM-D 17 total scores", ["HAMD-17"]),
    ("scores on the 17-item Hamilton Depression Rating Scale fell", ["HAMD"]),  # the abbreviation as the source writes it
    ("the 17\u2010item Hamilton Depression Rating Scale (HAM-D)", ["HAMD"]),
    ("the 17-item Hamilton Depression Rating Scale (HDRS-17)", ["HAMD-17"]),
    ("the Hamilton Depression Rating Scale (HDRS)", ["HAMD"]),
    ("the HAMD 7 days later", ["HAMD"]),
    ("Pain was rated on a 100-mm visual analogue scale.", ["VAS"]),
    ("ThyPRO hypothyroid symptom scores did not differ.", ["ThyPRO"]),
    ("the Thyroid-Related Quality of Life Patient-Reported Outcome (ThyPRO) questionnaire", ["ThyPRO"]),
    ("BSID: INT (109.1 ± 2.2) = CTRL (106.8 ± 2.3)", ["BSID"]),
    ("Bayley Scales of Infant Development mental index", ["BSID"]),
    ("Bayley-III cognitive scores", ["Bayley-III"]),
    ("Griffiths Mental Scales: INT (86 ± 10) = CTRL (83 ± 10)", ["GMDS"]),
    ("evaluated using the St. Mary's Hospital (SMH) Sleep Questionnaire", ["SMHSQ"]),
    ("MIDAS and HIT-6 scores fell, as did monthly migraine days (MMD).", ["MIDAS", "HIT-6", "MMD"]),
    ("PSQI, ISI and ESS improved.", ["PSQI", "ISI", "ESS"]),
    ("Polysomnographic (PSG) examinations were performed throughout the night.", ["PSG"]),
    ("Sleep was recorded by polysomnography.", []),
])
def test_outcome_spellings_of_real_pages(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_an_author_called_bayley_is_no_scale() -> None:
    assert parse_outcomes("Bayley et al. (2005) found faster recovery.") == []


@pytest.mark.parametrize("text", [
    "Their Pittsburgh Sleep Quality Index (PSQI) scores were 6 or greater, indicating unsatisfactory sleep.",
    "Adults with PSQI scores of 6 or greater were eligible.",
    "Patients with a HAM-A score >= 20 at baseline were enrolled.",
    "Outpatients with a HAMA total score \u2265 18 points participated.",
    "A total of 539 outpatients with a total score > 18 on the Hamilton Anxiety Scale (HAMA) were enrolled.",
    "Participants had ISI scores above 14 at baseline.",
    "It included 11 volunteers (8 females and 3 males), whose mean PSQI score was 8.07, indicating unsatisfactory sleep.",
])
def test_a_scale_set_as_an_entry_floor_is_no_outcome(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Remission was a HAMD score of 7 or less in 40% of patients.", ["HAMD"]),
    ("More patients reached a MADRS score above 20.", ["MADRS"]),
    ("PSQI improved by 3 points in 40 adults.", ["PSQI"]),
    ("The ISI fell from 18 to 9 in patients.", ["ISI"]),
])
def test_a_scale_reported_as_a_result_stays(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_a_scale_and_its_edition_in_one_claim_are_one_measure() -> None:
    sentences = [
        "The primary endpoint was change in total score on the Hamilton Depression Rating Scale (HAMD-17) at day 15.",
        "HAM-D scores fell more with zuranolone than with placebo.",
    ]
    assert merge([analyse(s) for s in sentences]).outcome_measures == ["HAMD-17"]
    assert merge([analyse(s) for s in reversed(sentences)]).outcome_measures == ["HAMD-17"]
    revised = merge([analyse("FIQ scores fell."), analyse("FIQR scores fell too.")])
    assert revised.outcome_measures == ["FIQ", "FIQR"]  # a revision is another instrument


@pytest.mark.parametrize(("text", "expected"), [
    ("Total participants: 120", 120),
    ("| Enrollment | 39 |", 39),
    ("| Enrolment (actual) | 39 |", 39),
    ("| No. of participants | 40 |", 40),
    ("| Subjects (N) | 24 |", 24),
])
def test_more_field_lines(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fifteen participants were enrolled.", 15),
    ("Thirteen adults completed the study.", 13),
    ("Fifteen patients received acupuncture and 15 received sham.", 30),
    ("Sixteen healthy volunteers took part.", 16),
    ("Nineteen female volunteers participated.", 19),
])
def test_every_spelled_teen_is_a_count(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", [
    "This multicenter trial randomized 6- to 17-year-olds with ADHD to GXR or placebo.",
    "The trial enrolled 8-year-old children with asthma.",
])
def test_an_age_after_an_enrolment_verb_is_no_count(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Children were randomized to once-daily GXR in 1-, 2-, 3-, and 4-mg doses or placebo.", [1.0, 2.0, 3.0, 4.0]),
    ("Patients got 1- or 2-mg doses.", [1.0, 2.0]),
    ("Patients got 1\u2010 or 2\u2010mg doses.", [1.0, 2.0]),
])
def test_a_list_with_hanging_hyphens_gives_each_dose(text: str, expected: list[float]) -> None:
    doses = parse_doses(text)
    assert [d.value for d in doses] == expected and all(d.value_max is None for d in doses)


def test_the_claims_own_dose_before_a_drug_named_again_as_comparator_stays() -> None:
    text = ("Sixty outpatients with PTSD received 100 mg of quetiapine one hour before each session and sertraline "
            "improved more than quetiapine on the GAD-7.")
    assert [d.value for d in analyse(text).dose] == [100.0]


@pytest.mark.parametrize("text", [
    "They received either 25 mg or 50 mg of amitriptyline at night.",
    "Patients took 25 mg or 50 mg amitriptyline nightly.",
])
def test_two_doses_of_one_drug_are_no_comparator(text: str) -> None:
    values = analyse(text)
    assert values.comparator is None
    assert [d.value for d in values.dose] == [25.0, 50.0]
