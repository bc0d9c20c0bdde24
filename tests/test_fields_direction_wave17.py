"""Direction families from holdout 12, each in phrasings and specialties of its own."""
from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a good quantity raised more than, or relative to, the comparator
    ("Whey protein taken with strength training increased lean mass by 0.9 kg more than training alone in 80 older women.", "strength training alone", "positive"),
    ("Zoledronate increased femoral-neck BMD by 3.1% relative to placebo over three years in 410 men.", "placebo", "positive"),
    ("Intravenous iron sucrose raised haemoglobin more than oral iron at four weeks in 96 pregnant women.", "iron", "positive"),
    ("Erythropoietin raised hemoglobin by 1.8 g/dL more than placebo in 120 patients on dialysis.", "placebo", "positive"),
    # a harm raised more than the comparator stays a harm; HDL stays a good
    ("The protease inhibitor increased LDL cholesterol more than placebo in 300 patients.", "placebo", "negative"),
    ("Fenofibrate increased triglycerides less often than expected; olanzapine increased triglycerides more than placebo.", "placebo", "negative"),
    ("Niacin increased HDL cholesterol by 6% more than placebo in 200 adults.", "placebo", "positive"),
    # terse cells: a signed difference from the control arm
    ("Bench-press strength +6.1 kg vs placebo", "placebo", "positive"),
    ("Grip strength +3.2 kg vs control", "control", "positive"),
    ("HbA1c −0.4% vs placebo", "placebo", "positive"),
    ("Pain score +1.2 points vs placebo", "placebo", "negative"),
    ("Systolic blood pressure -5 mmHg vs usual care", "usual care", "positive"),
])
def test_good_raised_relative_to_comparator(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hedged benefit states the finding it hedges
    ("Lithium also appears to lower suicide risk, although the randomized evidence is limited.[5]", "positive"),
    ("Bisphosphonates may reduce fracture risk in older men (Nguyen 2018).", "positive"),
    ("Statins may lower the risk of stroke [4].", "positive"),
    ("Melatonin seems to shorten sleep latency in children with ADHD [12].", "positive"),
    ("Aspirin did not appear to lower stroke risk in the ASPREE trial.", "null"),
    ("We tested whether metformin could reduce cancer risk.", "unknown"),
])
def test_hedged_benefit(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # gains that did not last
    ("Nguyen et al. (2021) reported that gains in six-minute walk distance after 16 weeks of training were lost 6 months later.", None, "mixed"),
    ("Improvements in pain scores after the 8-week yoga course were largely lost by the 12-month follow-up (Patel 2019).", None, "mixed"),
    ("Gains in reading fluency were gone a year after the tutoring ended (Ortiz 2020).", None, "mixed"),
    # one bad event delayed, another not
    ("Lamotrigine delayed the time to intervention for depressive episodes, but not for manic episodes, compared with placebo.", "placebo", "mixed"),
    ("Quetiapine delayed relapse into depression, but not into mania, compared with placebo (Young 2014).", "placebo", "mixed"),
    ("Vitamin E delayed functional decline but not cognitive decline compared with placebo (Dysken 2014).", "placebo", "mixed"),
    ("Donepezil delayed progression to dementia compared with placebo over 12 months.", "placebo", "positive"),
])
def test_partial_or_lost_gain(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # a null finding beside a power caveat that names the effect it could not exclude
    ("An omega-3 supplement did not reduce dysmenorrhoea compared with placebo (Castillo 2022), and the study was too small to rule out a modest effect.", "placebo", "null"),
    ("Magnesium did not reduce migraine days compared with placebo, though the trial was underpowered to exclude a small benefit (Ruiz 2019).", "placebo", "null"),
    ("Zinc did not shorten colds compared with placebo in 80 adults; the study could not rule out a modest effect.", "placebo", "null"),
    # equivalence with an active arm
    ("Myo-inositol 2 g twice daily restored ovulation as often as metformin 1500 mg/day (64% vs 61%) in 120 women.", "metformin", "null"),
    ("Bupropion produced remission as often as sertraline (47% vs 49%).", "sertraline", "null"),
    ("Letrozole induced ovulation as frequently as clomiphene in 300 women (Lee 2016).", "clomiphene", "null"),
    ("Patients used the inhaler twice as often as needed.", None, "unknown"),
])
def test_null_beside_caveat_or_equivalence(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(("text", "comparator", "expected"), [
    # one outcome better, another not different
    ("Weaned piglets fed a Lactobacillus probiotic had less post-weaning diarrhoea than piglets on an unsupplemented diet but no difference in average daily gain (n = 240).", "no treatment", "mixed"),
    ("Calves given the electrolyte drench had fewer scours episodes than calves on milk alone but no difference in weight at weaning (Berg 2021).", None, "mixed"),
    ("Dogs given the supplement had less joint pain than dogs on placebo but no difference in activity counts.", "placebo", "mixed"),
    # numerically better on one outcome, an illness or stay cut short on another
    ("Hospitalisation or death by day 28 was numerically lower but not significant (0.9% vs 1.1%; p = 0.21), although time to self-reported recovery was 3 days shorter with the drug.", "treatment as usual", "mixed"),
    ("Mortality was numerically lower but not significantly so (8% vs 10%; p = 0.30), although ICU stay was 2 days shorter with the drug.", None, "mixed"),
    ("Duration of diarrhoea was 1.5 days shorter with zinc than with placebo in 300 children.", "placebo", "positive"),
    # farm animals: weight gain is the yield sought
    ("Lindqvist 2022\tBroiler chickens (n = 480)\t5 or 10 g/kg fish oil in feed\t35 days\tGreater weight gain than birds on the basal diet; feed conversion unchanged", None, "mixed"),
    ("Broilers fed the enzyme blend had greater weight gain than birds on the control diet (Park 2020).", None, "positive"),
    ("Olanzapine caused more weight gain than placebo in 200 adults.", "placebo", "negative"),
    # a commenter's own result
    ("I took cytisine 1.5 mg six times a day at the start, and I've now been smoke-free for 8 months.", None, "positive"),
    ("Ivermectin cream every night cleared most of my bumps within about 3 months.", None, "positive"),
    ("I'm now pain-free after three weeks of physio.", None, "positive"),
])
def test_one_outcome_apart_livestock_and_comments(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_line_broken_comparison_of_a_pdf() -> None:
    text = "Denosumab 60 mg every six months increased lumbar-spine BMD by 6.8% relative\nto placebo over 24 months in 332 women (Ruiz 2018)."
    assert parse_direction(text, "placebo") == "positive"


@pytest.mark.parametrize(("text", "expected"), [
    # harms no more common with the treatment, the claim's only finding, are a null result; beside an efficacy finding they change nothing
    ("In the EAGLES safety trial, neuropsychiatric adverse events were not significantly more common with varenicline than with placebo in about 8,000 smokers.", "null"),
    ("Serious adverse events were not significantly more frequent with the drug than with placebo (4% vs 3%).", "null"),
    ("Side effects were not more common in the melatonin group than in the placebo group (Lee 2018).", "null"),
    ("Ketamine reduced MADRS scores versus placebo, and adverse events were not significantly more common with ketamine.", "positive"),
])
def test_harms_not_more_common(text: str, expected: str) -> None:
    assert parse_direction(text, "placebo") == expected


@pytest.mark.parametrize("text", [
    "The cream never cleared my rash.",
    "Nothing has cleared my acne so far.",
    "Nothing cleared my eczema, not even the steroid.",
])
def test_a_clearing_denied_is_no_gain(text: str) -> None:
    assert parse_direction(text) != "positive"
