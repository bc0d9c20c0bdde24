"""Wave 33 direction families, from the errors of holdout 20 and probe 14, each written here in
several specialties (no gold sentence copied):

- newsrooms: a gap "that could have been due to chance" is null; an event "a third less common
  in the treated group" and patients who "fell less often when they wore" a device are positive;
- abstracts and reviews: a gain "at altitude but not at sea level" is mixed; relief that "appeared
  to be maintained" is positive; a higher dose's "no added benefit over" the lower one leaves the
  gain against the control standing; a null "difference in symptom improvement between" arms and a
  guess why some "may not respond as much" add no gain;
- terse table cells: one outcome better beside another equal is mixed; more harms beside an
  efficacy "NS" is negative (the wave-14 convention);
- commenters: "right as rain", "back to her old self" are positive; "it didn't do it for us" is
  null; side effects "so bad I quit" are negative.
"""

import pytest

from extractors.fields import parse_direction

CASES = [
    # a newsroom's non-significant gap
    ("cardiology", "Heart attacks occurred in 4.2% of the statin group and 4.6% of the placebo group, a difference that could have been due to chance.", "null"),
    ("orthopaedics", "Hip fractures struck 2.9% of those on the supplement and 3.3% on dummy pills, a gap that may well be down to chance.", "null"),
    ("oncology", "Recurrence was 3 points lower with the vaccine, a difference which might have been due to pure chance.", "null"),
    # an event rarer in the treated arm by a stated share
    ("neurology", "Migraine attacks were about a third less common in the magnesium group.", "positive"),
    ("infectious disease", "Urinary infections were roughly 30% less frequent among those taking cranberry capsules.", "positive"),
    ("psychiatry", "Relapse was half as likely... in fact relapse was 45% less likely in the lithium arm.", "positive"),
    ("respiratory", "Exacerbations were about 20% more common in the placebo group.", "positive"),
    ("gastroenterology", "Nausea was about 50% more common in the drug group.", "negative"),
    # fewer mishaps while the device was in use
    ("geriatrics", "Care-home residents fell less often when they wore the hip protectors.", "positive"),
    ("ophthalmology", "Patients with field loss walked into obstacles less often when they used the prism spectacles.", "positive"),
    # one setting's gain, another's none
    ("sports medicine", "Jump height rose at high altitude but not at sea level.", "mixed"),
    ("endocrinology", "Insulin sensitivity improved in the obese participants but not in the lean ones.", "mixed"),
    # relief that held
    ("pain", "In the extension study, pain relief appeared to be maintained and no new safety signals emerged.", "positive"),
    ("epilepsy", "Seizure control was sustained over two years of open-label treatment.", "positive"),
    ("dermatology", "Over the next year the response remained largely preserved.", "positive"),
    # a higher dose no better than a lower one beside the gain against the control
    ("psychiatry", "Depression scores fell significantly more with the drug than with placebo (p=0.01). There was no added benefit of 20 mg over 10 mg.", "positive"),
    ("nutrition", "Symptoms improved significantly with fish oil compared with placebo (P=0.03). There was no apparent advantage of the higher dose over the lower dose.", "positive"),
    # a null between arms wrapping the gain it compares
    ("ophthalmology", "There was no significant difference in the extent of symptom improvement between the omega-3 and olive oil groups.", "null"),
    ("rheumatology", "There was no significant difference in pain improvement between the two arms.", "null"),
    # the control arm's own changes, not significant, beside the treated arm's gains
    ("ophthalmology", "In the supplement group, tear break-up time and symptoms improved significantly. These changes were not significant in the placebo group.", "positive"),
    ("cardiology", "Walking distance improved significantly with the drug; no such improvement was seen in the control arm.", "positive"),
    # a guess why some did not respond
    ("sports medicine", "No change in peak power or sprint time. Older athletes may just not respond as much.", "null"),
    # terse cells of outcome verdicts
    ("sleep medicine", "sleep latency better; total sleep time equal", "mixed"),
    ("rheumatology", "function better; pain same", "mixed"),
    ("diabetes", "more nausea, HbA1c NS", "negative"),
    ("dermatology", "more application-site reactions; itch NS", "negative"),
    # commenters
    ("paediatrics", "Second dose stayed down and by lunchtime he was right as rain.", "positive"),
    ("geriatrics", "Within a week of the antibiotics Mum was back to her old self.", "positive"),
    ("sleep medicine", "We gave the melatonin a good month but it just didn't do it for us.", "null"),
    ("allergy", "Tried the nasal spray all spring and it never really did the trick for me.", "null"),
    ("haematology", "The constipation was so bad I quit after a fortnight and my energy was no better.", "negative"),
    ("cardiology", "The muscle cramps got so bad that he stopped the statin in week two.", "negative"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), CASES)
def test_wave33_direction_families(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty


KEPT = [
    # a chance gap that is ruled out, and significant gains, stay as they were
    ("cardiology", "Stroke was 25% less frequent in the drug group, a difference unlikely to be due to chance (p<0.001).", "positive"),
    # a fall that did not stop, or relief that was not maintained, is no gain
    ("pain", "The benefit was not maintained beyond six months.", "null"),
    # a cell of verdicts that all agree is left to the passes
    ("sleep medicine", "sleep latency better; total sleep time better", "positive"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), KEPT)
def test_wave33_direction_kept(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty
