"""Wave 35 direction families, from the direction errors of holdouts 18-21 and probes 12-14, each
written here in several specialties (no gold sentence copied):

- a change after the treatment "but not after placebo" is the treatment's gain (or its harm, when
  the measure moved the wrong way), not one setting's gain beside another's none;
- a disease's pace in one arm: "faster progression", "more rapid decline" in the treated arm is a
  loss, in the control arm a gain; a decline "in" a measure takes the measure's sense;
- a table's result cell of measures and numbers ("Daily gain +4.8%, FCR 1.72 vs 1.79") read measure
  by measure, the treated arm's value first;
- two active arms' rates of a wanted outcome ("only 62% for A compared with 98% for B"): the arm
  named first is the finding's, unless it is the comparator or a control;
- doubt about the balance ("it is not clear that the benefits outweigh the harms") strikes none.
"""

import pytest

from extractors.fields import parse_direction

NOT_WITH_CONTROL = [
    ("haematology", "Serum ferritin rose after the iron infusion, but not after placebo.", None, "positive"),
    ("andrology", "Sperm motility increased with the antioxidant but not with placebo.", None, "positive"),
    ("endocrinology", "Bone density rose on the bisphosphonate but not on the dummy tablets.", None, "positive"),
    ("sports medicine", "Sprint times fell after beta-alanine loading, but not after the placebo drink.", None, "positive"),
    ("immunology", "Salivary IgA rose within two weeks of starting the lozenges, but not with the placebo lozenges.", None, "positive"),
    ("hepatology", "ALT rose after the herbal extract but not after placebo.", None, "negative"),
    ("psychiatry", "Anxiety worsened during the stimulant phase but not during the placebo phase.", None, "negative"),
]

PACE = [
    ("neurology", "Faster progression was seen in the vitamin E group.", None, "negative"),
    ("neurology", "Cognitive decline was more rapid in those given the supplement.", None, "negative"),
    ("geriatrics", "Cognitive decline was more rapid in the placebo group.", None, "positive"),
    ("nephrology", "Kidney function deteriorated faster with the contrast agent than with saline.", None, "negative"),
    ("ophthalmology", "Field loss progressed more slowly with the drops than with placebo.", None, "positive"),
    ("respiratory", "Lung function declined more slowly in the antifibrotic arm.", None, "positive"),
    ("diabetes", "A more rapid decline in HbA1c was seen with the pump.", None, "positive"),
    ("neurology", "Disability progression was faster with placebo than with the antibody.", None, "positive"),
    ("rheumatology", "The drug eased pain, but faster joint-space progression was seen.", None, "mixed"),
]

CELLS = [
    ("poultry", "Daily gain +4.8%, FCR 1.72 vs 1.79", None, "positive"),
    ("poultry", "ADG +6.2%, FCR 1.61 vs 1.68 (P<0.05)", None, "positive"),
    ("dairy", "Milk yield +1.9 kg/d, somatic cell count lower (P<0.05)", None, "positive"),
    ("swine", "ADG +3.1%, FCR 1.70 vs 1.69, mortality 4.0% vs 2.5%", None, "mixed"),
    ("layers", "Egg production +2.4%, egg weight NS", None, "mixed"),
    ("dentistry", "Plaque index 0.9 vs 1.4, bleeding on probing 18% vs 31%", None, "positive"),
    ("dermatology", "PASI -5.2 points, itch NS", None, "mixed"),
    ("aquaculture", "FCR 1.81 vs 1.72, ADG -2.0%", None, "negative"),
    ("poultry", "Feed conversion ratio 1.65 vs 1.66 (NS), mortality NS", None, "null"),
    ("swine", "Mortality 2.1% vs 4.3%, ADG +5%", None, "positive"),
]

ARM_RATES = [
    ("dermatology", "The cure rate was only 55% for the generic cream compared with 91% for the branded one.", None, "negative"),
    ("veterinary", "Clearance was 88% with the new drench compared with only 40% with the old one.", None, "positive"),
    ("wound care", "Healing at 12 weeks was only 41% with the dressing versus 70% with compression.", None, "negative"),
    ("sheep", "The faecal egg count reduction was only 62% for levamisole compared with 98% for the combination.", None, "negative"),
    ("rheumatology", "Remission was 48% with the biologic versus 20% with methotrexate.", None, "positive"),
    ("hepatology", "Sustained virological response was 95% in the sofosbuvir arm compared with 70% in the interferon arm.", None, "positive"),
    # the comparator the claim names decides which arm is the treatment's
    ("rheumatology", "Remission was 48% with the biologic versus 20% with methotrexate.", "biologic", "negative"),
]

BALANCE = [
    ("screening", "It is not clear that the benefits of annual scans outweigh their harms.", None, "unknown"),
    ("cardiology", "Whether the benefits of aspirin outweigh the bleeding risk in the over-70s remains uncertain.", None, "unknown"),
    ("oncology supportive care", "It is unclear whether the modest gain in appetite outweighs the sedation.", None, "unknown"),
    # a balance struck outright still stands
    ("cardiology", "The benefits of anticoagulation clearly outweighed the bleeding risk.", None, "positive"),
]


@pytest.mark.parametrize(("specialty", "text", "comparator", "expected"), NOT_WITH_CONTROL + PACE + CELLS + ARM_RATES + BALANCE)
def test_wave35_direction_families(specialty: str, text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected, specialty


KEPT = [
    # one setting's gain beside another's none stays mixed
    ("sports medicine", "Jump height rose at high altitude but not at sea level.", "mixed"),
    # a pace denied is no pace
    ("neurology", "Progression was not slower with the drug.", "unknown"),
    ("neurology", "The antibody was not associated with accelerated progression.", "unknown"),
    # a slowed course set against the control stays the gain it is
    ("ophthalmology", "Atropine slowed myopia progression compared with placebo.", "positive"),
    # a cell whose measures the lexicon does not know is left to the passes, and a terse harm cell keeps its reading
    ("dermatology", "more application-site reactions; itch NS", "negative"),
    # a cell with a measure the lexicon does not know is left to the passes
    ("sports medicine", "Sprint power +5% (p = 0.03); VO2peak unchanged", "mixed"),
    # non-inferiority alone stays null, a trend that failed alone stays null
    ("infectious disease", "The five-day course was non-inferior to the ten-day course for cure.", "null"),
    ("pain", "Pain scores tended to be lower with the gel, but this failed to reach statistical significance.", "null"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), KEPT)
def test_wave35_readings_kept(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty
