"""Wave 29 findings: direction families still open on unseen text, written for this wave in
our own words across specialties (cardiology, oncology, rheumatology, dentistry, psychiatry,
urology, veterinary, dermatology), none copied from a gold set or probe.

Conventions decided here (see ``direction_estimates``): an effect estimate whose interval
holds the null value is null; clear of it, its side is read with the outcome named; with no
outcome named a ratio below 1 is a benefit (ratios are reported of events to prevent) and one
above 1 stays unknown ("OR 2.1 (1.3-3.4)", tests/test_fields_direction_cues.py), and a
difference or standardised effect size is a benefit whatever its sign. A hazard ratio is the
event's: on survival, lower is better.
"""

import pytest

from extractors.fields import parse_direction
from extractors.fields.comparator import parse_comparator

EFFECT_ESTIMATES = [
    ("Stroke or systemic embolism: HR 0.79 (95% CI 0.66–0.94).", "positive"),
    ("Hip fracture RR 0.91 (95% CI 0.78 to 1.06).", "null"),
    ("Hospital admission was more frequent, HR 1.46 (95% CI 1.12-1.90).", "negative"),
    ("Overall survival favoured the combination (hazard ratio 0.74; 95% CI 0.61 to 0.89).", "positive"),
    ("Progression-free survival HR 0.61 (0.49-0.76)", "positive"),
    ("Overall survival hazard ratio 1.32 (1.08-1.61)", "negative"),
    ("Clinical remission at week 52: OR 2.35 (95% CI 1.40-3.94)", "positive"),
    ("SMD −0.12 (95% CI −0.31 to 0.07)", "null"),
    ("Systolic blood pressure MD −5.1 mmHg (95% CI −7.0 to −3.2)", "positive"),
    ("HbA1c mean difference 0.4% (95% CI 0.1 to 0.7)", "negative"),
    ("Cohen's d = 0.48 (95% CI 0.21 to 0.75)", "positive"),
    ("Mean difference in PASI 0.8 (95% CI −0.6 to 2.2)", "null"),
    ("Six-minute walk distance: mean difference 31 m (95% CI 12 to 50)", "positive"),
    ("All-cause mortality, adjusted HR 1.28 [1.05, 1.56]", "negative"),
    ("Caries increment IRR 0.72 (0.61-0.85) with fluoride varnish", "positive"),
    ("The relative risk of preterm birth was 0.97 (95% CI 0.80 to 1.18).", "null"),
    ("The odds of relapse were lower with lithium (OR 0.56, 95% CI 0.39-0.80).", "positive"),
    ("Aggression scores: Hedges' g = -0.41 (95% CI -0.66 to -0.16)", "positive"),
    ("aHR 0.83 (0.71-0.97)", "positive"),
    ("OR 1.9 (1.2-3.0)", "unknown"),
]

TWO_ARMS = [
    ("Median overall survival was 19.4 months with the vaccine versus 15.1 months with placebo.", "positive"),
    ("Median overall survival was 12.1 months with placebo and 16.0 months with the drug.", "positive"),
    ("Time to first relapse was 42 weeks on the depot and 28 weeks on oral tablets.", "positive"),
    ("Median PFS was 5.2 months with the add-on versus 7.4 months with standard chemotherapy.", "negative"),
    ("The sling kept more women continent at two years than pelvic-floor training.", "positive"),
    ("The new graft kept more fistulas patent at six months than the standard graft (71% vs 55%).", "positive"),
]

# A gain in some and not others is mixed; a treatment that raised a listed outcome (outcome_polarity.tsv) with no
# comparison stated is the gain it shows.
SUBGROUPS = [
    ("Relief of hot flushes was seen only in women under 55.", "mixed"),
    ("A fall in seizure frequency was observed only among children with focal epilepsy.", "mixed"),
    ("Shock-wave therapy increased the stone-free rate in renal stones, but not in ureteric stones.", "mixed"),
    ("The alpha-blocker increased the expulsion rate for distal ureteric stones, but not for proximal ones.", "mixed"),
    ("The vaccine boosted seroconversion in adults over 65.", "positive"),
    ("Increased daytime sleepiness was the most frequent complaint.", "unknown"),
    ("Iron infusion raised serum ferritin but did not improve exercise capacity.", "null"),
    # a result at one time point and not another; an outcome lower or higher at a time point is the arms' comparison
    ("Exacerbations were lower at six months but not at one year.", "mixed"),
    ("Itch scores were lower at week 2 but not at week 8.", "mixed"),
    ("FEV1 was higher at week 12.", "positive"),
    ("Nocturia episodes were greater at 3 months.", "negative"),
    ("Pain scores were higher at week 8 with placebo.", "unknown"),
    ("Baseline HbA1c was lower at 6 months.", "unknown"),
]

# How commenters say it worked, came and went, or backfired (pet owners included).
COMMENTS = [
    ("Two weeks on the valerian and I'm sleeping like a log.", "positive"),
    ("Two weeks on the oil and my old lab is sound again.", "positive"),
    ("Our pony has been sound ever since we started the hoof supplement.", "positive"),
    ("Honestly this cream has been a game changer for my eczema.", "positive"),
    ("Takes the edge off my back pain every morning.", "positive"),
    ("The probiotic kept her urine infections from coming back.", "positive"),
    ("My skin got a bit worse before it got better but it's clear now.", "positive"),
    ("Worked wonders for my knees at first, then the pain came back after a month.", "mixed"),
    ("The patches were brilliant for about ten days, then the cravings came back.", "mixed"),
    ("It helped a lot at the start but after six weeks I was back to square one.", "mixed"),
    ("The new inhaler made his wheezing even worse.", "negative"),
    ("That diet made my reflux way more frequent, so I stopped.", "negative"),
]


@pytest.mark.parametrize(("text", "expected"), EFFECT_ESTIMATES + TWO_ARMS + SUBGROUPS + COMMENTS)
def test_direction(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


# Two diets or programmes followed, one each arm: the second is the comparator; a usual diet stays the control lexicon's.
FOLLOWED_ARMS = [
    ("Runners followed a high-carbohydrate or a ketogenic diet for 8 weeks.", "ketogenic diet"),
    ("Women with PCOS followed a low-GI diet or a conventional healthy diet (n = 96).", "conventional healthy diet"),
    ("Members followed the app-based programme or a printed programme for a year.", "printed programme"),
    ("Children were randomised to follow a gluten-free diet or their usual diet for six months.", "treatment as usual"),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWED_ARMS)
def test_followed_arms(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
