"""Wave 27 direction families, from the errors of holdout 17 and probe 12, each written here in
several specialties (no gold sentence copied):

- a denial that reaches its object and a list: "did not show any reduction in X or in Y", "have
  not shown any benefit" is null, not a denied verb beside a gain;
- arms alike to the decimal ("essentially identical: 9.1% vs 9.3%"), "no better at preventing",
  a non-inferiority margin met ("within the prespecified margin") are null; "using half as many
  tablets" is what was taken, no outcome;
- shares of patients whose symptoms resolved are a good state's shares: higher is better;
- lipids lowered together, HDL with a bad one ("reduced HDL and total cholesterol") is mixed;
- harms beside a null efficacy result are negative (the wave-14 convention), also when the arm is
  the subject ("chlorhexidine users had more tooth staining") or the null is "no signal of fewer
  events"; a harm said alone stays no finding;
- commenters: a body part less troubled ("my eyes feel so much less gritty"), a lesion flatter,
  paler or "faded by 80%" is positive; what the patient became on it, when it ended the treatment
  ("she became wheezy ..., so the consultant stopped it"), is negative (the wave-20 convention).
"""

import pytest

from extractors.fields import parse_direction

DENIAL_REACHES_OBJECT = [
    ("cardiology", "Two small trials that started the drug during angioplasty did not show any reduction in infarct size or in peak troponin.", "null"),
    ("dermatology", "The cream did not produce a reduction in lesion counts or in redness scores.", "null"),
    ("respiratory", "Two pilot trials of the inhaler have not shown any improvement in exacerbations.", "null"),
    ("endocrinology", "Later cohorts have not shown a decrease in fracture rates or in bone loss.", "null"),
    ("nutrition", "Other small studies have not shown any benefit from the supplement", "null"),
]

ALIKE_OR_WITHIN_MARGIN = [
    ("cardiology", "After three years the composite of death, infarction or stroke was essentially identical: 7.4% vs 7.6%.", "null"),
    ("wound care", "Healing rates with the foam dressing and with gauze were virtually identical (71% and 70%).", "null"),
    ("psychiatry", "A second trial found that the infusion was no better at preventing relapse over a year.", "null"),
    ("obstetrics", "Low-dose aspirin was no more effective at reducing preterm birth than usual care.", "null"),
    ("obesity", "Weight loss with the app was 4.1 kg versus 4.4 kg with dietitian visits, a difference within the non-inferiority margin.", "null"),
    ("haematology", "Ferritin rose by 30 and 32 µg/L (difference -2; 95% CI -6 to 2), within the prespecified margin of 10 µg/L.", "null"),
    ("infection", "The five-day course was non-inferior to the ten-day course for cure while using half as many tablets.", "null"),
]

GOOD_STATE_SHARES = [
    ("psychiatry", "In one trial, 68% of patients on the extract saw their symptoms resolve, compared to only 30% of the placebo group.", "positive"),
    ("gastroenterology", "Symptoms resolved in 61% of children given the probiotic versus 38% of those given placebo.", "positive"),
    ("dermatology", "The rash resolved in 22% on the cream compared with 41% on the vehicle.", "negative"),
]

LIPIDS_TOGETHER = [
    ("cardiology", "After eight weeks the extract reduced HDL and total cholesterol compared to placebo.", "mixed"),
    ("cardiology", "The combination pill lowered LDL-C, triglycerides and HDL-C compared with statin alone.", "mixed"),
    ("veterinary", "In the rat study, the extract decreased serum triglycerides and HDL cholesterol relative to the control diet.", "mixed"),
    ("nutrition", "The oil reduced total cholesterol as well as HDL compared with olive oil.", "mixed"),
    ("cardiology", "Fish oil reduced HDL compared with placebo.", "negative"),
    ("cardiology", "Niacin lowered LDL cholesterol and triglycerides compared with placebo.", "positive"),
]

HARMS_BESIDE_NULL = [
    ("cardiology", "In 300 patients given the drug or usual care alone, bleeding (9% vs 3%) and gout (4% vs 1%) were more common with the drug, "
     "and there was no signal of fewer strokes.", "negative"),
    ("dentistry", "Plaque scores did not differ, but rinse users had more tooth staining (31% v. 5%) and more taste disturbance.", "negative"),
    ("pain", "Pain scores did not differ between arms, but patients on the opioid reported more constipation and more nausea.", "negative"),
    ("wound care", "Ulcer healing was similar, whereas dressing users had more skin irritation (21% vs 8%).", "negative"),
    ("psychiatry", "Relapse rates were no different, but lithium patients experienced more tremor than placebo patients.", "negative"),
    ("registry", "In the registry, there was no signal of fewer fractures with the supplement.", "null"),
    ("psychiatry", "The trial found no sign of a lower relapse rate with the depot injection.", "null"),
    ("dermatology", "Cream users had more skin irritation.", "unknown"),
]

COMMENTERS = [
    ("ophthalmology", "Three weeks on the omega-3 capsules and honestly my eyes feel so much less gritty at night.", "positive"),
    ("dermatology", "Two weeks on the cream and her skin is a lot less itchy.", "positive"),
    ("rheumatology", "Since starting the glucosamine my knees feel way less stiff on the stairs.", "positive"),
    ("veterinary", "Our vet put him on the drops and his ears look much less red already.", "positive"),
    ("paediatrics", "After a month on the drops it's already visibly flatter and much paler.", "positive"),
    ("dermatology", "The wart on her thumb is much smaller now after a month of the paint.", "positive"),
    ("paediatrics", "The mark on her back faded by about 70% over the year.", "positive"),
    ("paediatrics", "Within six weeks the birthmark looked noticeably paler.", "positive"),
    ("ophthalmology", "After ten days her eyes were actually more irritated and the aftertaste was awful so she stopped.", "negative"),
    ("paediatrics", "They raised the dose fast and he became wheezy and slept badly, so the paediatrician stopped it.", "negative"),
    ("psychiatry", "On the higher dose he got really agitated and the sleep was awful, so we stopped after four days.", "negative"),
    ("neurology", "I felt so dizzy in the first week that I quit.", "negative"),
    ("dermatology", "My skin got much more itchy on the retinoid and I stopped it.", "negative"),
    ("not a lesion", "The effect was smaller in older adults.", "unknown"),
]


@pytest.mark.parametrize(
    ("specialty", "text", "expected"),
    DENIAL_REACHES_OBJECT + ALIKE_OR_WITHIN_MARGIN + GOOD_STATE_SHARES + LIPIDS_TOGETHER + HARMS_BESIDE_NULL + COMMENTERS,
)
def test_wave27_families(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty


# The treated arm's gain told as a rise "in" a good quantity, or against a control that had none; a hyphenated win.
ARM_GAINS = [
    ("sports medicine", "Players taking the supplement gained a 6% increase in their bench press strength, while those taking a placebo experienced no strength gains at all.", "positive"),
    ("veterinary", "Hens fed the enzyme showed a 4% rise in egg production over the control diet.", "positive"),
    ("geriatrics", "Older adults on the protein drink had a gain in muscle mass while those given placebo showed no gain.", "positive"),
    ("rehabilitation", "Grip strength improved by 15% with the training, whereas the control group saw no improvement.", "positive"),
    ("geriatrics", "There was no increase in muscle strength with the supplement.", "null"),
    ("sports medicine", "Novices taking the powder increased their one-rep max on the leg press by 20% more than those taking a placebo.", "positive"),
    ("sports medicine", "Rowers on beetroot juice raised their VO2max 6% more than those given placebo.", "positive"),
    ("paediatrics", "In an earlier trial, the probiotic out-performed simethicone for crying time.", "positive"),
    ("digital health", "The app out-performed usual care on every outcome.", "positive"),
    ("digital health", "Usual care out-performed the app on every outcome.", "negative"),
    ("rheumatology", "Pain scores had fallen by 38 percent with the classes compared with 17 percent in the placebo group.", "positive"),
    ("neurology", "Seizure frequency had fallen by 45% with the diet compared with 12% with usual care.", "positive"),
]

# A caveat on the study's size or weight is no second finding.
SIZE_CAVEATS = [
    ("cardiology", "One study showed a 35 percent decrease in muscle pain among patients who took the supplement versus those who took a placebo. However, there were only 20 people in the group "
     "that took it, so it's difficult to make a firm conclusion about its benefits.", "positive"),
    ("infection", "The spray shortened colds by two days compared with placebo, although only 40 patients took part, so it is too early to draw firm conclusions.", "positive"),
    ("gynaecology", "Pain fell more with the patch than with placebo; only 24 women were enrolled, making it hard to draw any conclusion about its benefits.", "positive"),
    ("pain", "Only the higher dose reduced pain compared with placebo.", "mixed"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), ARM_GAINS + SIZE_CAVEATS)
def test_wave27_arm_gains_and_caveats(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty


# An outcome defined ahead ("Response was defined a priori as a 50% reduction") is no finding; shares with no test, then a
# sentence saying their difference was not significant, are one null finding.
@pytest.mark.parametrize(
    "sentences",
    [
        ["Response was defined a priori as a 50% or greater fall on the depression scale.",
         "Response rates were 31% in the oil group and 26% in the placebo group.",
         "The difference in response rates between groups did not reach statistical significance."],
        ["Remission was defined prospectively as a symptom score of 3 or less.",
         "Remission rates were 40% with the lozenge and 33% with placebo.",
         "The difference in remission rates between the two arms was not statistically significant."],
        ["Healing was defined in advance as complete closure of the wound.",
         "Healing occurred in 52% of ulcers with the gel and 45% with the vehicle.",
         "However, the difference in healing between the two dressings did not reach statistical significance."],
    ],
)
def test_shares_then_their_difference_not_significant_are_null(sentences: list[str]) -> None:
    from extractors import fields

    assert parse_direction(sentences[0]) == "unknown"
    assert fields.merge([fields.analyse(s) for s in sentences]).direction == "null"


def test_a_structured_abstracts_results_whose_difference_was_not_significant_are_null() -> None:
    from extractors import fields

    abstract = (
        "Objective: To test a probiotic drink for irritable bowel syndrome.\n\n"
        "Methods: Eighty adults were randomly assigned to the drink or placebo for 8 weeks. "
        "Response was defined a priori as a 30% or greater fall in abdominal pain.\n\n"
        "Results: Response rates were 35% with the drink and 29% with placebo. "
        "The difference in response rates between groups did not reach statistical significance.\n\n"
        "Conclusions: The drink failed to show a significant effect on abdominal pain."
    )
    assert fields.extract_facts(abstract).direction == "null"


# A bullet's verbless verdict ("Not statistically significant.") denies the numbers on the line before it.
@pytest.mark.parametrize(
    "sentences",
    [
        ["Headache days fell by 1.8 with the supplement versus 1.3 with placebo.", "Not statistically significant (NS)."],
        ["Both arms improved itch scores, 2.4 versus 1.9 (vehicle).", "However, not significant (p = 0.21)."],
        ["Nocturia episodes fell from 3.1 to 2.2 with the spray and from 3.0 to 2.5 with placebo.", "Not significant, p = 0.3."],
    ],
)
def test_a_verbless_not_significant_denies_the_line_before(sentences: list[str]) -> None:
    from extractors import fields

    assert fields.merge([fields.analyse(s) for s in sentences]).direction == "null"


def test_a_verbless_not_significant_with_a_finding_of_its_own_denies_nothing() -> None:
    from extractors.fields.direction import denies_previous_significance

    assert not denies_previous_significance("Not significant, and pain was worse.")
