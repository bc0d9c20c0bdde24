"""Direction families from the eighth wave: a treatment that did less than an active
comparator, a modest gain that is still a gain, no added benefit over a comparator, a
benefit confined to a subgroup or a condition, a responder share ahead of the control's,
a gain named with its arm in a terse cell, and a cell whose two outcomes went different
ways. All sentences are invented variants."""

import pytest

from extractors.fields import parse_direction

CASES = [
    # a treatment behind its active comparator
    ("Yoga alone did less for PHQ-9 scores than sertraline.", "sertraline", "negative"),
    ("In 80 adults, the app did far less to reduce craving than nicotine patches.", "nicotine", "negative"),
    ("Massage did less for pain than placebo (Ruiz 2018).", "placebo", "negative"),
    ("Acupuncture worked less well than sham for knee pain.", "sham", "negative"),
    ("Omega-3 did less than sertraline to lower HAMD scores.", "sertraline", "negative"),
    ("Exercise did more for attention scores than placebo.", "placebo", "positive"),
    ("Patients had much less pain than those on placebo.", "placebo", "positive"),
    # a modest gain against the control is still a gain
    ("Liraglutide produced only modest weight loss compared with placebo (Hale 2017).", "placebo", "positive"),
    ("The supplement yielded a small reduction in HbA1c relative to placebo.", "placebo", "positive"),
    ("Semaglutide led to a modest improvement in walking distance versus usual care.", "usual care", "positive"),
    ("The programme produced no weight loss compared with usual care.", "usual care", "null"),
    # no added benefit over a comparator
    ("Adding the probiotic gave no additional weight loss over diet alone.", None, "null"),
    ("The trial found no added reduction in HbA1c beyond metformin alone.", None, "null"),
    ("Booster sessions produced no further improvement over standard CBT.", None, "null"),
    # a benefit confined to a subgroup or a condition
    ("The benefit may be confined to patients with severe disease at entry.", None, "mixed"),
    ("Any effect appears to be limited to older adults.", None, "mixed"),
    ("Effects were probably restricted to women.", None, "mixed"),
    ("Benefits seem restricted to those with low vitamin D.", None, "mixed"),
    ("The gain was limited to the first 4 weeks.", None, "mixed"),
    ("Side effects were limited to mild nausea.", None, "unknown"),
    ("Better sleep only if ferritin < 15", "placebo", "mixed"),
    ("Improved pain only when taken with food", None, "mixed"),
    ("Fewer migraines only among those with aura", None, "mixed"),
    ("Statins trended toward fewer falls, but only in the subgroup over 75 (Moss 2021).", None, "mixed"),
    ("A trend toward faster healing was seen only in diabetic patients.", None, "mixed"),
    ("Walking showed a trend toward lower HbA1c (p = 0.08).", None, "null"),
    # a good response in more of the treated than of the control
    ("Sublingual immunotherapy desensitised 48% of adults compared with 9% on placebo.", "placebo", "positive"),
    ("Peanut patches desensitised 35% of toddlers versus 14% with placebo [7].", "placebo", "positive"),
    ("Egg OIT desensitized 12% of children compared with 30% on placebo.", "placebo", "negative"),
    ("Response was 62% with ketamine versus 28% with midazolam.", "midazolam", "positive"),
    ("Remission was 20% with yoga versus 41% with sertraline.", "sertraline", "negative"),
    # a gain named with its arm in a terse cell
    ("Greater FMA-UE gain with citalopram", "usual care", "positive"),
    ("Larger HAMD reduction with ketamine", "midazolam", "positive"),
    ("Greater improvement with placebo", None, "negative"),
    # an outcome some percent higher with one arm than with another, unless a harm or a cost
    ("Fractional zinc absorption was 28% higher with the liposomal form than with plain tablets.", None, "positive"),
    ("Serum ferritin was about 15 % greater after fortified bread than after ordinary bread (Ng 2019).", None, "positive"),
    ("Blood pressure was 8% higher with the drug than with diet.", None, "unknown"),
    ("Pain was 30% higher with the drug than with the patch.", None, "unknown"),  # a harm: not read as a gain
    ("Costs were 40% higher with the clinic model than with telehealth.", None, "unknown"),
    # a symptom blocked
    ("In mice, 10 mg/kg i.p. blocked mechanical allodynia vs vehicle (Ito 2021).", "vehicle", "positive"),
    ("The antagonist inhibited\n  thermal hyperalgesia compared with saline.", None, "positive"),
    ("Itch was blocked in the vehicle group.", None, "unknown"),
    # a cell whose two outcomes went different ways
    ("HAMD reduced; BDI not significant", "placebo", "mixed"),
    ("32% fewer relapses; PANSS not significantly different", "placebo", "mixed"),
    ("Reduced pain; function unchanged", "placebo", "mixed"),
    ("Anxiety reduced; the difference from placebo was not significant", "placebo", "null"),
    ("Scores reduced in both arms; not significant", "placebo", "null"),
    ("HAMD improved, but BDI not significantly different", "placebo", "mixed"),
    ("Pain fell whereas WOMAC function was unchanged", "placebo", "mixed"),
    ("Anxiety improved, but the difference was not significant", "placebo", "null"),
    ("HAMD improved but not significantly", "placebo", "null"),
]


@pytest.mark.parametrize(("text", "comparator", "expected"), CASES)
def test_wave8_families(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
