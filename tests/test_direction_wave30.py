"""Wave 30 direction families, from the errors of holdout 18 and probe 13, each written here in
several specialties (no gold sentence copied):

- active comparators and doses: efficacy that moved alike ("fell similarly") beside a harm more
  frequent on the treatment is negative; "performed no better" is null; both active arms beating
  placebo is null against the active comparator; a stopping verb with "more" ("arrested more
  lesions than the varnish") is a gain;
- table result cells: an endurance "extended by 9% vs placebo", an illness "2 days shorter", a
  verdict "inferior — recovery 1.5 days later", a responder threshold ">=50% pain reduction";
- a null between arms with more treated responders is mixed; both arms improving with the
  add-on's further gain is positive; no difference "in terms of the observed side effects" is
  safety, not a second efficacy finding;
- commenters: another product that finally helped is not the treatment's gain; "felt better for
  about two months ... but it didn't stop me scratching" is mixed; "went from like 8/10 to 3/10",
  "no more night sweats", "the ache mostly gone" are gains;
- dose arms: one dose's better outcome beside another dose no different from control is mixed;
- asides that compare nothing against the comparator: a schedule set against another schedule, why
  an effect may have been diluted, a concessive word on another therapy, one subgroup against
  another, the unchanged count beside a share that cleared;
- one arm's share: "healing was seen in 14 of 22 ulcers", "with 88% of patients responding"; a
  bad behaviour done for fewer minutes than on placebo;
- no finding: what a trial "investigates if" it can do, a trial's acronym spelt out ("(Vitamin D
  To Prevent Falls)"), how a drug class works ("clonidine, an alpha-2 agonist, reduces sympathetic
  outflow"); harms led by "the proportion of patients reporting >=1 ... adverse event"
  or an abbreviation (TRAEs) are a harms-only sentence, which gives way to the efficacy finding.
"""

import pytest

from extractors.fields import parse_direction
from extractors.fields.harms import reports_harms_only

ACTIVE_AND_DOSE_COMPARATORS = [
    ("cardiology", "Blood pressure fell similarly with both agents, but ankle oedema was more frequent with amlodipine (18% vs 6%).", "lisinopril", "negative"),
    ("urology", "Urinary frequency decreased similarly, but dry mouth was more common with oxybutynin (30% vs 12%).", "mirabegron", "negative"),
    ("psychiatry", "Against group psychotherapy, the antidepressant performed no better.", "group psychotherapy", "null"),
    ("sleep", "Over 12 weeks the drug performed no better than sleep hygiene advice.", "sleep hygiene advice", "null"),
    ("pain", "Both active treatments beat placebo by similar margins on the pain scale.", "physiotherapy", "null"),
    ("dermatology", "Both active arms outperformed the vehicle to a similar degree.", "tacrolimus", "null"),
    ("dentistry", "Resin infiltration arrested more early lesions than fluoride varnish over two years.", "fluoride varnish", "positive"),
    ("wound care", "The silver dressing cleared more infected wounds than plain gauze.", "plain gauze", "positive"),
    ("ophthalmology", "The laser closed fewer macular holes than vitrectomy.", "vitrectomy", "negative"),
]

TABLE_RESULT_CELLS = [
    ("sports", "Cycling time to exhaustion extended by 9% vs placebo", "placebo", "positive"),
    ("physiology", "Sprint endurance prolonged by 22 s versus placebo", "placebo", "positive"),
    ("infection", "illness 2 days shorter (p=0.01)", "placebo", "positive"),
    ("paediatrics", "diarrhoea 1.2 days shorter", "oral rehydration alone", "positive"),
    ("respiratory", "fever 18 hours shorter", "placebo", "positive"),
    ("infection", "short course inferior — recovery 1.5 days later", "standard course", "negative"),
    ("dermatology", "cream inferior: healing 4 days later", "ointment", "negative"),
    ("neurology", ">=50% headache reduction", "placebo", "positive"),
    ("rheumatology", "≥30% pain reduction", "placebo", "positive"),
]

NULLS_GAINS_AND_SAFETY = [
    ("psychiatry", "Scores improved in both groups and the between-group difference was not significant at week 8, although more ketamine-treated patients were responders (52% vs 20%).", "placebo", "mixed"),
    ("dermatology", "The difference in itch scores was not statistically significant, but more cream-treated children were rated responders (40% vs 22%).", "vehicle", "mixed"),
    ("gastroenterology", "There was no significant difference in symptom scores, yet more probiotic-allocated adults achieved remission (31% vs 15%).", "placebo", "mixed"),
    ("addiction", "Both arms improved; the patch added a further reduction in cravings at 6 weeks (p = 0.02).", "counselling alone", "positive"),
    ("pain", "Both groups improved, and the injection gave an additional fall in pain scores (p = 0.03).", "exercise alone", "positive"),
    ("psychiatry", "Lavender oil lowered anxiety scores significantly more than placebo (p < 0.01). There were no significant differences between the two groups in terms of the observed adverse events.", "placebo", "positive"),
    ("cardiology", "Systolic pressure fell more with the supplement than placebo (p = 0.002). No significant differences between arms were seen regarding side effects.", "placebo", "positive"),
]

COMMENTS = [
    ("paediatrics", "we used the drops for a month, made no difference at all honestly. what finally worked was a hypoallergenic formula.", None, "null"),
    ("dermatology", "the cream did nothing, zero change. the only thing that helped was a steroid from the GP.", None, "null"),
    ("gastro", "no change with the peppermint capsules. what actually helped was cutting out onions.", None, "null"),
    ("dermatology", "The eczema felt better for about two months, but it didn't stop me scratching at night.", None, "mixed"),
    ("dentistry", "My jaw felt better for about 3 months, but it did not stop me grinding at night.", None, "mixed"),
    ("pain", "my back pain went from like 8/10 to 3/10 within a fortnight", None, "positive"),
    ("migraine", "Honestly brilliant, no more migraines since the second injection.", None, "positive"),
    ("menopause", "Three weeks in and no more night sweats at all.", None, "positive"),
    ("orthopaedics", "Had the injection in March, the ache mostly gone by April.", None, "positive"),
]

DOSE_ARMS = [
    ("livestock", "The 3 g/kg group had better feed conversion; 1.5 g/kg was no different from control.", "basal diet", "mixed"),
    ("aquaculture", "The high-dose arm had better survival, while the low dose was no different from the control.", "control", "mixed"),
    ("livestock", "The 500 mg/kg group had better weight gain than the unsupplemented group.", "unsupplemented diet", "positive"),
]

ASIDES = [
    ("dentistry", "Yearly sealant arrested more lesions than the varnish, though the twice-yearly schedule did not add much benefit over the yearly one.", "varnish", "positive"),
    ("physiotherapy", "Daily exercise reduced pain more than usual care, and the twice-daily regimen added little benefit over the daily one.", "usual care", "positive"),
    ("psychiatry", "There were no significant differences in relapse at 6 months. Most participants were stable at entry, which may have diluted any effect.", "placebo", "null"),
    ("cardiology", "Event rates did not differ between arms; the low-risk sample, which might have masked a benefit, was noted.", "placebo", "null"),
    ("neurology", "The supplement did not outperform placebo, and biofeedback, although effective, is not widely available.", "placebo", "null"),
    ("dermatology", "Complete clearance was seen in 12 of 20 children (60%), while 3 lesions were unchanged; thinner plaques responded better than thicker ones.", None, "positive"),
    ("wound care", "Complete healing was achieved in 18 of 25 ulcers (72%), while 4 ulcers remained unchanged.", None, "positive"),
    ("oncology", "Younger patients responded better than older ones.", None, "unknown"),
]

ONE_ARM_SHARES = [
    ("pain", "The titration study found that 4 mg suited most, with 88% of patients responding to a dose between 2 and 6 mg.", None, "positive"),
    ("dermatology", "Complete resolution was observed in 9 of 14 lesions.", None, "positive"),
    ("paediatrics", "Infants given the probiotic cried about 40 minutes less per day than infants given placebo drops.", "placebo", "positive"),
    ("respiratory", "Children on the syrup coughed 3 times less each day than those on placebo.", "placebo", "positive"),
]


@pytest.mark.parametrize(
    "specialty, text, comparator, expected",
    ACTIVE_AND_DOSE_COMPARATORS + TABLE_RESULT_CELLS + NULLS_GAINS_AND_SAFETY + COMMENTS + DOSE_ARMS + ASIDES + ONE_ARM_SHARES,
)
def test_wave30_direction(specialty: str, text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected, specialty


NO_FINDING = [
    ("ophthalmology", "This randomized trial investigates if nightly low-dose atropine can slow myopia progression in schoolchildren.", "placebo", "unknown"),
    ("geriatrics", "The study examines if melatonin can reduce postoperative delirium in older adults.", "placebo", "unknown"),
    ("cardiology", "This pragmatic trial evaluates whether a polypill can lower blood pressure in primary care.", "usual care", "unknown"),
    ("dermatology", "SKINSAFE: effect of oral nicotinamide on new actinic keratoses, a randomised trial (Sun Keratosis Intervention Nicotinamide To Prevent Lesions)", "placebo", "unknown"),
    ("psychiatry", "Clonidine, an alpha-2 adrenergic agonist, reduces sympathetic outflow and has long been used for withdrawal.", None, "unknown"),
    ("gastroenterology", "Omeprazole, a proton pump inhibitor, suppresses gastric acid secretion.", None, "unknown"),
    ("cardiology", "Ivabradine, a funny-channel blocker, lowers the resting heart rate without affecting contractility.", None, "unknown"),
    ("obesity", "Semaglutide, a GLP-1 receptor agonist, reduces body weight by 15% compared with placebo.", "placebo", "positive"),
    ("geriatrics", "The VIDAFALL trial (Vitamin D To Avoid Falls) found fewer falls with vitamin D than with placebo (p = 0.01).", "placebo", "positive"),
]


@pytest.mark.parametrize("specialty, text, comparator, expected", NO_FINDING)
def test_wave30_no_finding(specialty: str, text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected, specialty


HARMS_ONLY = [
    ("dentistry", "The proportion of subjects reporting ≥1 treatment-related adverse event was 21% with the rinse and 4% with brushing alone."),
    ("dermatology", "The proportion of patients with at least one adverse event (AE) was 30% and 12%."),
    ("psychiatry", "TRAEs were mostly mild and were more common with the higher dose."),
    ("neurology", "TEAEs are typical of the drug class and are similar across doses."),
]


@pytest.mark.parametrize("specialty, text", HARMS_ONLY)
def test_wave30_harms_only(specialty: str, text: str) -> None:
    assert reports_harms_only(text), specialty
