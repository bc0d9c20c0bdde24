"""Sample size: what counts as N, what never does, and how arms and roles are kept."""

import pytest

from extractors.fields import parse_n

TOTALS = [
    ("N = 84", 84),
    ("n=31", 31),
    ("in an open trial (n = 31) of adults", 31),
    ("(N: 120)", 120),
    ("N\u00a0=\u00a084", 84),
    ("84 patients received the drug", 84),
    ("We studied 84 adult outpatients.", 84),
    ("84 treatment-seeking veterans", 84),
    ("a trial in 60 healthy volunteers", 60),
    ("**48 participants** completed baseline", 48),
    ("Forty-two adults with social anxiety disorder", 42),
    ("Twenty-four subjects took part.", 24),
    ("twenty four children", 24),
    ("One hundred and twenty veterans", 120),
    ("A total of 1,204 participants", 1204),
    ("1 204 patients were followed", 1204),
    ("1\u202f204 patients", 1204),
    ("The sample consisted of 64 mice", 64),
    ("50 mg/kg in 30 rats", 30),
    ("k = 12 trials (n = 1,204)", 1204),
    ("12 RCTs with 1,204 participants", 1204),
    ("Twelve of 40 patients responded", 40),
    ("a cohort of 2,300 women", 2300),
]


@pytest.mark.parametrize("text,expected", TOTALS)
def test_total(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


NOT_N = [
    "published in 2015 in JAMA",
    "In 2015 patients were recruited from clinics",  # a year, then a noun
    "participants aged 18-65 years",
    "aged 18 to 65",
    "treatment lasted 12 weeks",
    "over 8 sessions",
    "50 mg twice daily",
    "response rate was 45% versus 20%",
    "p = 0.03",
    "p<0.001",
    "(95% CI 12 to 40)",
    "as reported in [12] and [13]",
    "see page 84",
    "a meta-analysis of 12 trials",
    "12 studies were included",
    "k = 7 studies",
    "Figure 2 shows the results",
    "The effect size was 0.8",
    "12 patients (30%) responded",
    "Exposure therapy is effective for many patients.",
    "",
]


@pytest.mark.parametrize("text", NOT_N)
def test_never_n(text: str) -> None:
    assert parse_n(text)[0] is None


ARMS = [
    ("21 were randomised to drug and 20 to placebo", 41, [21, 20]),
    ("11 received ketamine and 12 received midazolam", 23, [11, 12]),
    ("11 patients were assigned to DCS, and 12 to placebo", 23, [11, 12]),
    ("drug (n = 21) or placebo (n = 20)", 41, [21, 20]),
    ("CBT (n=30), sertraline (n=30) and placebo (n=28)", 88, [30, 30, 28]),
    ("N = 84 (drug n = 42, placebo n = 42)", 84, [42, 42]),
    # one size per arm, times the number of arms the sentence gives
    ("In this two-arm trial, 29 were allocated to each arm.", 58, [29, 29]),
    ("Patients were randomized to memantine or placebo (n = 29 per group).", 58, [29, 29]),
    ("Patients (n = 29 per group) received the drug or placebo.", 58, [29, 29]),
    ("Each of the three groups included 20 participants.", 60, [20, 20, 20]),
    ("Forty patients were randomised to each of the two arms.", 80, [40, 40]),
    ("n = 30 per arm in a three-arm trial", 90, [30, 30, 30]),
    ("15 per group (drug, low dose, placebo)", 45, [15, 15, 15]),
    # counts glued to arm names
    ("19 memantine + 18 placebo", 37, [19, 18]),
    ("19 memantine and 18 placebo patients", 37, [19, 18]),
]


@pytest.mark.parametrize("text,total,arms", ARMS)
def test_arms_are_summed_and_kept(text: str, total: int, arms: list[int]) -> None:
    n, detail = parse_n(text)
    assert n == total
    assert detail["arms"] == arms


def test_arms_text_is_the_source_words() -> None:
    _, detail = parse_n("In all, 21 were randomised to drug and 20 to placebo.")
    assert detail["text"] == "21 were randomised to drug and 20 to placebo"


ROLES = [
    (
        "We randomized 41 participants; 38 completed the study and 36 were analysed.",
        41,
        {"randomized": 41, "completed": 38, "analysed": 36},
    ),
    ("Of 84 randomized patients, 76 completed treatment.", 84, {"randomized": 84, "completed": 76}),
    ("Of the 60 patients randomised, 52 completed", 60, {"randomized": 60, "completed": 52}),
    ("Thirty-eight of the 41 participants completed treatment", 41, {"completed": 38}),
    ("84 adults with panic disorder were randomized", 84, {"randomized": 84}),
    ("120 veterans who met criteria for PTSD were enrolled", 120, {"enrolled": 120}),
    ("Forty-two adults were recruited", 42, {"enrolled": 42}),
    ("76 patients completed the trial", 76, {"completed": 76}),
    ("completers (n = 38)", 38, {"completed": 38}),
]


@pytest.mark.parametrize("text,n,detail", ROLES)
def test_roles_kept_apart(text: str, n: int, detail: dict) -> None:
    found_n, found = parse_n(text)
    assert found_n == n
    for key, value in detail.items():
        assert found[key] == value


def test_randomized_beats_a_larger_screened_count() -> None:
    n, detail = parse_n("Of 300 people screened, 84 were randomized")
    assert n == 84
    assert detail["randomized"] == 84


def test_a_sample_described_by_sex_is_summed() -> None:
    assert parse_n("in 9 men and 13 women with insomnia")[0] == 22


@pytest.mark.parametrize("text,expected", [
    ("in 14 military personnel", 14),
    ("in 40 flight crew", 40),
    ("36 nursing-home residents", 36),
])
def test_more_population_nouns(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


def test_population_statistics_are_not_n() -> None:
    assert parse_n("affects more than six million people worldwide")[0] is None
    assert parse_n("one in five adults will experience depression")[0] is None


@pytest.mark.parametrize("text,n,detail", [
    ("Participants (N=1204) were randomized 1:1 to drug or placebo.", 1204, {"total": 1204}),
    ("We included 12 RCTs (n = 1 843).", 1843, {}),
    ("either sertraline (n = 42) or CBT (n = 42)", 84, {"arms": [42, 42]}),
    ("452 patients were enrolled and 438 were included in the modified intention-to-treat analysis",
     452, {"enrolled": 452, "analysed": 438}),
    ("Mice (n = 10/group) were treated", None, {}),
])
def test_ratios_equal_arms_and_analysis_sets(text: str, n: int | None, detail: dict) -> None:
    found_n, found = parse_n(text)
    assert found_n == n
    for key, value in detail.items():
        assert found[key] == value


@pytest.mark.parametrize("text,expected", [
    ("A total of fifty-\nfive adults were enrolled.", 55),
    ("Twenty-\nfour patients took part.", 24),
    ("Twenty-\r\nfour patients took part.", 24),
    ("Fifty-\n    five adults were enrolled.", 55),  # an indented continuation line
    ("Fifty\u00adfive adults were enrolled.", 55),  # a soft hyphen
])
def test_spelled_number_split_at_a_line_break(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", ["3 of 4 trials showed benefit", "2 of 3 raters agreed", "one of two sites"])
def test_part_of_a_count_that_is_not_people(text: str) -> None:
    assert parse_n(text)[0] is None


def test_a_singular_modifier_is_not_the_counted_noun() -> None:
    assert parse_n("A 2021 pilot study found better sleep after 1 g daily in 20 adults.")[0] == 20
    assert parse_n("In 2019 case reports described 3 of them.")[0] is None


@pytest.mark.parametrize("text,expected", [
    ("Twenty patients per arm were randomised to drug or placebo.", 40),
    ("The trial enrolled 25 participants in each arm.", 50),
    ("Thirty adults were assigned to each of three conditions.", 90),
    ("Eighteen were randomised to each group (ketamine, midazolam).", 36),
    ("with 12 rats per group in the vehicle, low-dose and high-dose groups", 36),
    ("Sixty-\nfour adults were randomised.", 64),
    ("a total of one hundred and twenty-\nfive patients", 125),
    ("22 sarcosine, 21 placebo", 43),
    ("ketamine (n = 18) and midazolam (n = 17)", 35),
    ("In 2019, 48 patients were enrolled.", 48),
    ("The 2 groups were compared at 12 weeks.", None),
    ("Patients received 2 tablets per day.", None),
    ("each arm received 20 mg", None),
    ("10 per cent of patients", None),
    ("12 sessions per group were delivered", None),
])
def test_arm_sizes_and_counts_in_more_wordings(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


MARKDOWN_AND_SEPARATORS = [
    ("pooled data from 21 trials (*n* = 1,047)", 1047),
    ("_N_ = 84", 84),
    ("(**n = 31**)", 31),
    ("**N** = 250", 250),
    ("*N*=1,047", 1047),
    (r"(\*n\* = 40)", 40),
    ("__n__ = 66", 66),
    ("(N\u2009=\u20091\u2009047)", 1047),  # thin spaces
    ("n\u202f=\u202f2\u00a0310", 2310),  # narrow no-break and no-break spaces
    ("a trial of 1 047 adults", 1047),
    ("40 kids are taking the supplement or a placebo", 40),
    ("Thirty-six teens with migraine", 36),
]


@pytest.mark.parametrize("text,expected", MARKDOWN_AND_SEPARATORS)
def test_markdown_emphasis_and_thousands_separators(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", ["var_n = 5", "rain = 12 mm", "*n* = 12%", "in 2019 (*p* = 0.03)", "page 1,047"])
def test_emphasis_does_not_make_a_count(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text,expected,role", [
    ("Sample size: 84", 84, None),
    ("Total sample size: 1,204", 1204, None),
    ("Enrolled: 240", 240, "enrolled"),
    ("Analysed: 80", 80, "analysed"),
    ("a sample size of 96", 96, None),
    ("We randomised 84.", 84, "randomized"),
])
def test_counts_after_a_label_or_verb(text: str, expected: int, role: str | None) -> None:
    n, detail = parse_n(text)
    assert n == expected
    if role:
        assert detail[role] == expected


@pytest.mark.parametrize("text", ["Randomised: 2019", "Randomized: 1:1", "Included: 12 studies",
                                  "including 3 deaths in the placebo group"])
def test_labels_with_years_ratios_and_listed_events_count_no_one(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text,expected", [
    ("Researchers pooled four randomized, double-blind trials with a total of 930 adults.", 930),
    ("Nine randomised controlled trials were eligible.", None),
    ("Eleven randomized trials including 2,140 patients were identified.", 2140),
    ("5 included studies enrolled 412 participants", 412),
])
def test_counts_of_studies_described_by_a_design_verb_are_not_n(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,total,arms", [
    ("Sixty-one were allocated to the herbal tea, brewed fresh each morning; the remaining 58 participants "
     "were allocated to the control group.", 119, [61, 58]),
    ("In all, 5,310 adults had been randomly assigned to receive the vaccine, and 2,655 to receive saline.",
     7965, [5310, 2655]),
    ("Rats were divided into eight groups (n=7).", 56, [7] * 8),
    ("Mice were split into four treatment groups of 12 animals each.", 48, [12] * 4),
    ("The design had 5 groups (one control and four dose groups); eight mice were used per group.", 40, [8] * 5),
    ("randomized into two groups (n = 30 each)", 60, [30, 30]),
    ("HbA1c fell most when the dose rose, less when unchanged or lowered (n = 1,120, 640, and 95, respectively).",
     1855, [1120, 640, 95]),
])
def test_arms_across_clauses_groups_and_respectively_lists(text: str, total: int, arms: list[int]) -> None:
    n, detail = parse_n(text)
    assert n == total
    assert detail["arms"] == arms


@pytest.mark.parametrize("text", [
    "Eighteen patients (60.0%) in the zinc group and 11 patients (36.7%) in the placebo group showed a response.",
    "12 patients (40%) in the drug group and 9 patients in the placebo group reported adverse events.",
    "Twenty children relapsed during follow-up.",
    "Records were excluded as reviews (n = 25) or animal studies (n = 15).",
])
def test_responders_events_and_exclusions_are_not_the_sample(text: str) -> None:
    n, detail = parse_n(text)
    assert n is None
    assert "arms" not in detail


def test_a_sample_that_had_responded_is_still_the_sample() -> None:
    assert parse_n("relapse was not prevented among 67 patients who had responded")[0] == 67


@pytest.mark.parametrize("text,n,role", [
    ("48 female and 39 male volunteers completed the protocol", 87, "completed"),
    ("31 babies in two neonatal units were randomly assigned", 31, "randomized"),
    ("Forty infants in Lyon were randomised", 40, "randomized"),
    ("140 adults entered the randomized withdrawal phase", 140, "randomized"),
])
def test_sexes_babies_and_phases_keep_their_role(text: str, n: int, role: str) -> None:
    found_n, detail = parse_n(text)
    assert found_n == n
    assert detail[role] == n


def test_the_randomized_phase_beats_the_open_label_entry() -> None:
    n, detail = parse_n("Of 511 patients at entry, 190 completed the open-label phase. "
                        "Among the 180 patients in the double-blind phase, relapse was rarer.")
    assert n == 180
    assert detail["completed"] == 190


def test_a_total_of_those_with_adverse_effects_is_not_the_sample() -> None:
    text = ("A total of 11 patients (36.7%) in those taking the herb and 15 patients taking sertraline (50%) "
            "reported adverse effects.")
    assert parse_n(text)[0] is None


def test_one_arm_per_sentence_is_an_arm_not_the_randomized_total() -> None:
    n, detail = parse_n("Sixty-one were assigned to the herbal tea group.")
    assert n == 61
    assert detail == {"arm": 61}
    assert parse_n("84 adults were randomized to the CBT group or the waitlist group")[1] == {"randomized": 84}


@pytest.mark.parametrize("text,expected", [
    ("We analysed data from 2,310 participants in a national registry.", 2310),
    ("Data from 9,000 women in a cohort study were analysed.", 9000),
    ("patients from 18 to 65", None),
    ("adults between 18-65 years", None),
])
def test_from_starts_an_age_range_only_when_a_range_follows(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("We included 19 randomized controlled trials involving 2,405 patients.", 2405),
    ("Of the 41 full-text articles assessed, 15 were included in the meta-analysis.", None),
    ("Nine studies were included in this systematic review.", None),
    ("A total of 60 patients were included in the study.", 60),
])
def test_studies_included_in_a_review_are_not_n(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected,role", [
    ("Actual Enrollment : 318", 318, "enrolled"),
    ("Enrollment (Estimated): 90", 90, "enrolled"),
    ("Enrollment 212 (Actual)", 212, "enrolled"),
    ("Number of participants: 64", 64, None),
    ("No. of subjects: 77", 77, None),
    ("Enrollment: 2019-2021", None, None),
])
def test_registry_enrollment_fields(text: str, expected: int | None, role: str | None) -> None:
    n, detail = parse_n(text)
    assert n == expected
    if role:
        assert detail[role] == expected


@pytest.mark.parametrize("text,total,arms", [
    ("Of those, 40 got the drug and 38 got placebo.", 78, [40, 38]),
    ("40 were given melatonin and 38 were given placebo", 78, [40, 38]),
    ("40 patients on ketamine vs 38 on placebo", 78, [40, 38]),
    ("ketamine (40 patients) or midazolam (38 patients)", 78, [40, 38]),
    ("CBT (30 adults), sertraline (29 adults) and placebo (31 adults)", 90, [30, 29, 31]),
])
def test_arms_in_more_lay_wordings(text: str, total: int, arms: list[int]) -> None:
    n, detail = parse_n(text)
    assert n == total
    assert detail["arms"] == arms


def test_two_bracketed_counts_far_apart_are_not_arms() -> None:
    assert parse_n("In a trial (120 patients) published in 2019 (40 women)")[0] == 120


@pytest.mark.parametrize("text,total", [
    ("Rats were divided into 5 groups (n = 6 rats/group).", 30),
    ("five groups (6 rats per group)", 30),
    ("two groups (n = 8/group)", 16),
    ("two groups (30 rats)", 30),
])
def test_group_size_stated_per_group_in_brackets(text: str, total: int) -> None:
    assert parse_n(text)[0] == total


@pytest.mark.parametrize("text,expected", [
    ("A small 2021 trial followed 48 anxious but otherwise healthy students who took 300 mg daily.", 48),
    ("The team tracked 90 older, sedentary women for six months.", 90),
    ("Investigators studied 36 overweight, prediabetic adults.", 36),
    ("Pain fell by 30 points, and older adults tolerated it.", None),
])
def test_counts_with_stacked_adjectives_before_the_noun(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Overall, 144 women aged 40 or older with a Kupperman index of at least 15 were randomly assigned.", 144),
    ("We enrolled 96 adults with an AHI ≥ 15 events per hour.", 96),
    ("Ninety children with a CY-BOCS score above 16 were randomised to drug or placebo.", 90),
    ("312 smokers with an FTND score of 6 or more points were allocated to varenicline or placebo.", 312),
    ("Eligible patients had an OSDI >= 13 and were enrolled at 5 sites.", None),
    ("Adults with a BMI greater than 30 were recruited.", None),
])
def test_eligibility_thresholds_are_never_n(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Autism now affects 1:59 children in the US.",
    "Food allergy affects 1 in 13 children.",
    "Roughly 1/40 adults report chronic tinnitus.",
    "Autism affects 1 in every 59 children.",
    "It affects 1 of every 54 boys.",
])
def test_prevalence_ratios_are_never_n(text: str) -> None:
    assert parse_n(text)[0] is None


def test_a_numbered_group_label_still_counts() -> None:
    assert parse_n("Group 1: 68 patients received the drug.")[0] == 68


@pytest.mark.parametrize("text,expected", [
    ("In total 731 people were screened, of which 402 were eligible and randomized: 201 to drug and 201 to placebo.", 402),
    ("Between 2018 and 2020, 880 adults were screened for eligibility and 455 underwent randomization.", 455),
    ("We assessed 240 patients for eligibility; 118 were randomised.", 118),
])
def test_randomized_beats_screened_in_more_wordings(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,n,arms", [
    ("Of 407 patients randomized (duloxetine: N = 205; placebo: N = 202), 80% completed.", 407, [205, 202]),
    ("Patients were randomised (pregabalin, n=61; placebo, n=59).", 120, [61, 59]),
    ("A total of 88 were enrolled (CBT: n = 45, waitlist: n = 43).", 88, [45, 43]),
])
def test_one_bracket_listing_each_arm_size(text: str, n: int, arms: list[int]) -> None:
    got, detail = parse_n(text)
    assert got == n
    assert detail["arms"] == arms


@pytest.mark.parametrize("text,expected", [
    ("Number of Subjects 52", 52),
    ("Number of participants: 1,204", 1204),
    ("Who was studied: 160 adults with mild anxiety", 160),
    ("Sample size: n = 897", 897),
    ("**Sample size:** 64", 64),
])
def test_field_label_lines(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Of 611 people screened, 290 qualified and were randomized: 145 to drug and 145 to placebo.", 290),
    ("Of 250 screened, 180 met the inclusion criteria and were randomised.", 180),
])
def test_qualified_and_randomized(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Participants: 120", 120),
    ("- Subjects: 52 healthy adults", 52),
    ("Sample size 240", 240),
    ("**Number of subjects:** 45", 45),
    ("Number of participants - 64", 64),
    ("Participants (n): 52", 52),
    ("Participants: 18-65 years", None),
    ("Patients: 2019 cohort", None),
    ("Sample: 3 studies", None),
    ("Participants: 12 weeks of follow-up", None),
])
def test_summary_label_lines(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,n,arms", [
    ("Of 407 patients randomized (n = 205 duloxetine, n = 202 placebo), most completed.", 407, [205, 202]),
    ("A total of 407 patients (duloxetine, N=205; placebo, N=202) were randomized.", 407, [205, 202]),
])
def test_bracketed_arm_sizes_in_other_orders(text: str, n: int, arms: list[int]) -> None:
    got, detail = parse_n(text)
    assert (got, detail["arms"]) == (n, arms)


@pytest.mark.parametrize("text,expected", [
    ("Creatine helped in a trial of 52 elite rugby players.", 52),
    ("Beetroot juice was tested in 18 club marathoners.", 18),
    ("The study followed 36 female dancers for a season.", 36),
    ("Caffeine gum was given to 120 army recruits.", 120),
])
def test_sports_and_occupation_groups_are_counted(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Over 500 patients were screened; 260 were eligible and 248 agreed to be randomized.", 248),
    ("Of 400 parents invited, 212 agreed to participate.", 212),
])
def test_those_who_agreed_are_the_sample(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


def test_a_study_dated_by_its_year_gives_no_n() -> None:
    from extractors.fields import parse_n

    assert parse_n("A 2010 randomized study by Lee found that 40 mg reduced pain.")[0] is None
    assert parse_n("A 2008 open-label pilot trial suggested benefit.")[0] is None
    assert parse_n("A 2010 randomized, double-blind trial of 84 adults found benefit.")[0] == 84
    assert parse_n("The 2000 patients enrolled were followed for a year.")[0] == 2000


def test_groups_containing_or_with_a_size_multiply() -> None:
    from extractors.fields import parse_n

    assert parse_n("Rats were divided into 5 groups containing 6 animals each.")[0] == 30
    assert parse_n("Patients were split into two groups with 40 patients each.")[0] == 80
    assert parse_n("Two groups with 12 weeks of treatment were compared.")[0] is None
