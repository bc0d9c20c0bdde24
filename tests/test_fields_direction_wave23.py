"""Wave 23 direction: families real-text probe 10 named (findings11 item 1), each written here over
several specialties and registers (no probe sentence copied):

- within-arm gains beside a between-group null (wave 22's fix, checked with fresh wordings, widened to
  "Both X and Y groups ... compared to the baseline, however when ... compared between groups, the
  difference was not significant"): null; each of two uncontrolled arms' change from baseline alone
  states no comparison;
- what a trial had the power to detect is design, not a finding, however the effect is qualified
  ("limited power to detect small but potentially important benefits", "underpowered to detect");
  nor is recruitment below target ("Fewer participants than planned");
- plain positives: relief "produced" (base form after "could") with a parenthesis before "within",
  complete healing or clearance in a share of patients with no other arm's share beside it;
- a win over the control beside parity with an active drug ("more helpful than placebo ...; as
  effective as NSAIDs"): positive, and mixed only when another outcome was null against the control;
- arms ranked best first with their shares ("followed by ..., pyridoxine (45.3%) and placebo
  (39.4-46.1%)"): arms within the control's range did not beat it, so some of each is mixed;
- wave 22's cheapest strict gaps: a share in a good state fewer (or more) than the other arm's
  ("were itch-free, fewer than the 58% on ..."), each arm's time to heal, symptoms back sooner.
"""

import pytest

from extractors.fields import parse_direction

# (text, comparator, expected)
WITHIN_ARMS = [
    ("Both the yoga and the stretching groups improved significantly from baseline, but the between-group difference was not significant.", None, "null"),
    ("Symptoms improved in both groups, with no difference between them.", None, "null"),
    ("Itch scores fell in both arms, with no difference between arms.", None, "null"),
    ("Sleep quality improved in both groups, but there was no difference between the melatonin and placebo groups.", "placebo", "null"),
    ("Depression scores decreased over time in both groups, and the groups did not differ.", None, "null"),
    ("Both treatments significantly reduced plaque from baseline (p<0.01); the difference between them was not significant.", None, "null"),
    ("Heel pain improved in both groups with no significant between-group differences.", None, "null"),
    # the arms named ("Both X and Y groups"), the baseline in a comparison word, the groups compared in a clause of its own
    ("Both the honey and the saline gargle groups reported significantly less sore throat compared with baseline; however, when the groups were compared, the difference was not significant.", None, "null"),
    ("Both the splint and the brace groups had significantly better grip strength at 6 weeks than at baseline, but when the arms were compared, the difference was not significant.", None, "null"),
    ("Both emollient and hydrocortisone groups showed a significant fall in itch compared to the baseline, however when the mean changes were compared between groups, the difference was not significant.", None, "null"),
    ("Both the app and the booklet groups reduced drinking, but the app group reduced it more than the booklet group (p = 0.01).", None, "positive"),
    # each arm's own change from baseline, neither arm a control: no comparison stated
    ("Pain scores fell from 7.1 at baseline to 2.3 at week 8 in the high-dose group and from 6.9 to 2.8 in the low-dose group.", None, "unknown"),
    ("Disability fell from 42 ± 9 at baseline to 20 ± 8 at 6 months in the first group and from 44 ± 10 at baseline to 19 ± 7 at 6 months in the second group.", None, "unknown"),
    ("PHQ-9 scores dropped from 16 to 8 in the app group and from 16 to 13 in the control group.", None, "positive"),
]
POWER = [
    ("Limitations: the trial had limited power to detect small but potentially important benefits.", None, "unknown"),
    ("Our study was underpowered to detect modest reductions in falls.", None, "unknown"),
    ("Fewer participants than planned limited the power to detect clinically meaningful improvements.", None, "unknown"),
    ("The study was powered to detect a 30% reduction in hospital admissions.", None, "unknown"),
    ("Low statistical power to detect differences in secondary outcomes is a limitation.", None, "unknown"),
    # controls: a finding beside the caveat, and fewer of the patients than the other arm
    ("Pain fell more with the brace than with physiotherapy, although the trial was underpowered to detect differences in function.", None, "positive"),
    ("Fewer patients relapsed on the drug than on placebo, although fewer were enrolled than planned.", "placebo", "positive"),
    # an aim under a heading line without a colon, and the blinding: design, no finding
    ("Objective\nTo assess potential benefits of echinacea as common cold treatment.", None, "unknown"),
    ("Aims\nTo evaluate the benefit of zinc lozenges in reducing cold duration.", None, "unknown"),
    ("Indistinguishable placebo tablets contained only inert ingredients.", None, "unknown"),
    ("Response rates were indistinguishable between the drug and placebo.", "placebo", "null"),
    # who the patients were, not what the treatment did
    ("A total of 72 outpatients with bipolar disorder who had been stabilized on lithium were included in this study.", None, "unknown"),
    ("Adults with epilepsy who were stabilised on valproate for at least 3 months were enrolled.", None, "unknown"),
    ("Lithium stabilized mood in 70% of patients.", None, "positive"),
]
PLAIN_POSITIVE = [
    ("A 1998 study found that the herbal blend could produce headache relief (no pain or mild pain) within an hour in 58 percent of patients.", None, "positive"),
    ("The patch can give relief (pain-free or mild pain) within 30 minutes in most users.", None, "positive"),
    ("Interest grew when a study found that it reduced migraine frequency and severity.", None, "positive"),
    ("A small trial found that the rinse reduced gum bleeding and plaque.", None, "positive"),
    ("The gel could produce complete clearance in 72 percent of treated warts.", None, "positive"),
    ("Complete healing was achieved in 64% of venous ulcers treated with the dressing.", None, "positive"),
    ("Full remission in 41 percent of dogs after eight weeks of the diet.", None, "positive"),
    ("The lotion did not produce complete clearance in most children.", None, "null"),
]
ACTIVE_PARITY = [
    ("The lozenge was more effective than placebo for sore throat and as effective as ibuprofen.", None, "positive"),
    ("Peppermint oil was better than placebo for global symptoms and as good as hyoscine.", None, "positive"),
    ("Acupuncture was superior to sham and comparable to amitriptyline for headache days.", None, "positive"),
    ("The extract seemed more helpful for relieving cramps than a placebo (MD 1.9, P = 0.002), although the extract and mefenamic acid were equally effective on pain severity (P = 0.61).", None, "positive"),
    ("Cranberry was more beneficial in preventing recurrences than placebo; it was equally effective as trimethoprim.", None, "positive"),
    ("Ginger was more helpful than placebo in relieving pain; it was equally effective as NSAIDs; there was no difference on pain duration.", None, "mixed"),
    # a win over the control denied in its own part stays null
    ("The spray was not more effective than placebo; it was as effective as saline.", None, "null"),
]
RANKED = [
    ("In this trial, fluoxetine produced the best results (a mean reduction of 61.2% in symptoms) followed by sertraline (52.0%), magnesium (40.1%) and placebo (38.5-44.0%).", None, "mixed"),
    ("Fluoxetine gave the largest improvement (62%), followed by sertraline (50%), magnesium (28%) and placebo (30%).", None, "mixed"),
    ("The 20 mg dose gave the greatest reduction (48%), followed by the 10 mg dose (41%), the 5 mg dose (28%) and placebo (27-31%).", "placebo", "mixed"),
    ("Laser produced the best response (70%), followed by ultrasound (55%) and sham (20%).", None, "positive"),
    ("Relapse was lowest with lithium (12%), followed by quetiapine (15%), valproate (30%) and placebo (28%).", None, "mixed"),
    ("Vitamin B6 was no better than placebo, whereas fluoxetine produced the greatest improvement.", "placebo", "mixed"),
    ("Magnesium did not differ from placebo, while sertraline was the most effective treatment.", "placebo", "mixed"),
]
WAVE22_GAPS = [
    ("Only 40% of patients on the gel were pain-free, fewer than the 65% on ibuprofen.", None, "negative"),
    ("Just 22% of lambs given the drench were worm-free, fewer than the 61% given the injectable.", None, "negative"),
    ("About 70% of children on the drops were cured, more than the 45% on placebo.", "placebo", "positive"),
    ("Healing time was 12 days with honey and 18 days with silver sulfadiazine.", None, "positive"),
    ("Recovery time was 4 days in the zinc group and 6 days in the placebo group.", "placebo", "positive"),
    ("Time to healing was 21 days on placebo and 14 days on the cream.", "placebo", "positive"),
    ("Time to recovery was 9 days with the new splint and 7 days with casting.", None, "negative"),
    ("Time to relief was 30 minutes with the spray and 45 minutes with the tablet.", None, "positive"),
    ("Pain came back sooner in the injection group than in the surgery group.", None, "negative"),
    ("Seizures recurred later on the new drug than on placebo.", "placebo", "positive"),
    ("Eczema flares returned earlier on placebo than on the cream.", "placebo", "positive"),
]
KNOWN_GAPS: set[str] = set()


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="known gap")) if case[0] in KNOWN_GAPS else case
     for case in WITHIN_ARMS + POWER + PLAIN_POSITIVE + ACTIVE_PARITY + RANKED + WAVE22_GAPS],
)
def test_family(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize("text", [
    "A 2010 review of six trials reported that there was insufficient evidence to conclude whether the balm is superior to placebo for neck pain.",
    "It remains unclear whether the spray is more effective than placebo, although it was as effective as saline in one trial.",
])
def test_win_asked_about_is_no_gain(text: str) -> None:
    assert parse_direction(text) != "positive"
