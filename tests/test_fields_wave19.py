"""Wave-19 field families (holdout 13 and real-text probe 8, generalised across specialties).

Rules written here:
- A non-inferiority or equivalence claim ("was non-inferior to X", "as effective as X") names the
  active drug X as the comparator, and the dose written after X is X's, not the claim's.
  A "not" before such a claim grades it ("was not inferior to alfuzosin"); it does not deny the comparison.
- A number of weeks or months after a scale ("IBS-SSS scores over 12 months") is how long, not a severity floor.
- Scales of sleep, intensive care, perioperative care, gastroenterology, urology, dysphagia, dermatology and
  neuromuscular disease are reported by their abbreviation, also when a lay description precedes it in brackets
  ("psychomotor vigilance (PVT) lapses").
- What the people of the other arm did names that arm whatever it is ("than those doing general exercise",
  "those who did walking"); "general" names an arm before a treatment word, never "the general population".
  A bare "the control group" still gives None (gold convention).
- A total randomised to alternatives ("randomised to drug or placebo, and 178 took ...") is the total, not
  the first of several arms.
- The control an extension's or crossover's people came from ("switched from placebo to the 100 mg dose",
  "crossed over from sham") is their history, not a comparator.
"""
import pytest

from extractors.fields import analyse
from extractors.fields.comparator import parse_comparator
from extractors.fields.n import parse_n
from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize("text, comparator, doses", [
    ("A pilot study of 60 women found that D-mannose 2 g daily was non-inferior to nitrofurantoin 50 mg daily "
     "for preventing recurrences (Harrow, 2022).", "nitrofurantoin", [(2.0, "g")]),
    ("Topical ivermectin 1% was noninferior to permethrin 5% cream in 120 children with scabies (Ong, 2020).",
     "permethrin", [(1.0, "%")]),
    ("Intranasal dexmedetomidine 2 ug/kg was as effective as midazolam 0.5 mg/kg for preoperative sedation "
     "in 90 children (Reyes, 2019).", "midazolam", [(2.0, "ug/kg")]),
    ("Erenumab 70 mg monthly was non-inferior to flunarizine 10 mg for migraine prevention (Lee, 2021).",
     "flunarizine", [(70.0, "mg")]),
    ("In 64 dogs after ovariohysterectomy, robenacoxib 2 mg/kg was equivalent to meloxicam 0.2 mg/kg "
     "for pain scores (Haas, 2018).", "meloxicam", [(2.0, "mg/kg")]),
    ("Oral fosfomycin 3 g was as effective as ceftriaxone 1 g for pyelonephritis in 150 adults "
     "(Brandt, 2023).", "ceftriaxone", [(3.0, "g")]),
])
def test_a_non_inferiority_comparator_is_the_active_drug_with_its_own_dose(
        text: str, comparator: str, doses: list[tuple[float, str]]) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    ("Latanoprost lowered intraocular pressure more than timolol 0.5% in 240 eyes.", "timolol"),
    ("Aflibercept was non-inferior to ranibizumab for visual acuity at 52 weeks.", "ranibizumab"),
    ("Ropivacaine gave longer analgesia than bupivacaine in 80 caesarean deliveries.", "bupivacaine"),
    ("Labetalol lowered blood pressure as quickly as hydralazine in severe pre-eclampsia.", "hydralazine"),
    ("Dutasteride reduced prostate volume more than finasteride over 12 months.", "finasteride"),
    ("Upadacitinib was superior to dupilumab on EASI-75 at week 16.", "dupilumab"),
])
def test_active_comparators_across_specialties(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 128 infected patients with IBS, eradication therapy did not improve IBS-SSS scores over 12 months "
     "compared with no treatment.[10]", ["IBS-SSS"]),
    ("Adalimumab lowered PASI scores over 16 weeks more than placebo in 200 adults.", ["PASI"]),
    ("Patients on dupilumab had EASI scores at least 8 weeks earlier than those on placebo.", ["EASI"]),
    ("Pregabalin reduced NRS scores over 6 months compared with placebo (n = 90).", ["NRS"]),
])
def test_a_span_of_time_after_a_scale_is_no_severity_floor(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text", [
    "Adults with PSQI scores over 5 were enrolled.",
    "Patients with a MADRS score of at least 20 were eligible.",
])
def test_a_severity_floor_is_still_no_outcome(text: str) -> None:
    assert parse_outcomes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Caffeine 200 mg at 02:00 improved psychomotor vigilance (PVT) lapses compared with placebo in 24 nurses.", ["PVT"]),
    ("Dexmedetomidine kept more ventilated patients at the RASS target than propofol (n = 120).", ["RASS"]),
    ("Neither APACHE II nor SOFA scores differed between the two sedation arms.", ["APACHE II", "SOFA"]),
    ("Quality of recovery (QoR-15) was higher after the erector spinae block than after sham.", ["QoR-15"]),
    ("Tofacitinib lowered the SCCAI and raised the IBDQ compared with placebo.", ["SCCAI", "IBDQ"]),
    ("Pelvic floor training improved the IIQ-7 and UDI-6 more than usual care.", ["IIQ-7", "UDI-6"]),
    ("Swallowing therapy lowered EAT-10 scores and raised FOIS levels in 60 stroke patients.", ["EAT-10", "FOIS"]),
    ("Nusinersen raised HFMSE and RULM scores in 126 children with SMA.", ["HFMSE", "RULM"]),
    ("Ruxolitinib cream improved F-VASI at week 24 versus vehicle.", ["F-VASI"]),
])
def test_scales_across_specialties(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


def test_polyethylene_glycol_is_no_pain_scale() -> None:
    assert parse_outcomes("PEG 3350 was compared with lactulose in 100 children with constipation.") == []


@pytest.mark.parametrize("text, expected", [
    ("Those who practised tai chi improved significantly more than those doing general exercise over 24 weeks.",
     "general exercise"),
    ("Yoga reduced low back pain more than general exercise in 120 adults (Park, 2020).", "general exercise"),
    ("Pilates reduced pain more than those doing stretching exercises in 80 women.", "stretching exercises"),
    ("Older adults practising tai chi fell less often than those performing balance exercises (n = 300).",
     "balance exercises"),
    ("Dogs on hydrotherapy regained gait faster than those who did leash walking after surgery.", "leash walking"),
    ("Children who did mindfulness improved attention more than those attending homework clubs.", "homework clubs"),
])
def test_what_the_other_arm_did_is_the_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Yoga practitioners reported lower anxiety than the general population.",
    "Relapse occurred in 12% of treated patients compared with 5.4% in the control group.",
    "Runners improved more than those doing nothing.",
])
def test_no_arm_named(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Fosfomycin was non-inferior to cefpodoxime 200 mg in 300 women with cystitis.", "cefpodoxime"),
    ("Articaine was as effective as mepivacaine for inferior alveolar nerve block in 90 adults.", "mepivacaine"),
    ("Tinidazole was equivalent to secnidazole for bacterial vaginosis (Obi, 2021).", "secnidazole"),
    ("Topical ketoprofen was noninferior to oral dexketoprofen in 200 adults with ankle sprain.", "dexketoprofen"),
    ("Omadacycline was non-inferior to tigecycline in 120 adults with skin infections.", "tigecycline"),
])
def test_an_unlisted_drug_known_by_its_stem(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "In a separate open-label extension, 88 participants who switched from placebo to the 100 mg dose showed a "
    "similar slowing over the following 24 weeks, Okafor's team reported.",
    "In the extension, children who crossed over from placebo to melatonin slept 40 minutes longer (n = 60).",
    "Patients who moved from the sham arm to active stimulation improved similarly over 12 weeks.",
    "After week 26, rats switched from vehicle to the test compound regained weight.",
])
def test_the_control_an_extension_came_from_is_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Drug X reduced attacks more than placebo; those who switched from placebo to X later improved.", "placebo"),
    ("Patients switched from warfarin to apixaban had fewer bleeds than those continuing warfarin.", "warfarin"),
])
def test_a_comparator_named_besides_the_switch(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, comparator, doses", [
    ("Tamsulosin 0.4 mg was not inferior to alfuzosin 10 mg on IPSS in 180 men (Ito, 2017).", "alfuzosin", [(0.4, "mg")]),
    ("Budesonide 9 mg was not superior to placebo in 90 adults with microscopic colitis.", "placebo", [(9.0, "mg")]),
    ("Mirtazapine was not significantly inferior to sertraline 100 mg in 200 older adults.", "sertraline", []),
    ("In 60 cats, gabapentin 100 mg was not inferior to buprenorphine for post-operative pain.", "buprenorphine",
     [(100.0, "mg")]),
])
def test_a_graded_not_keeps_the_comparator(text: str, comparator: str, doses: list[tuple[float, str]]) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert [(d.value, d.unit) for d in values.dose] == doses


def test_a_denied_comparison_still_names_none() -> None:
    assert parse_comparator("Drug X has not been compared with placebo in children.") is None


@pytest.mark.parametrize("text, expected", [
    ("196 participants were randomised to drug or placebo, and 178 took a study medication.", 196),
    ("A total of 120 adults were randomized to either yoga or stretching, and 104 completed the trial.", 120),
    ("Eighty dogs were allocated to meloxicam or carprofen; 76 finished the study.", 80),
    ("In all, 64 women were assigned to acupuncture versus sham needling and 58 were analysed.", 64),
])
def test_a_total_randomised_to_alternatives_is_no_arm(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("11 were randomised to melatonin and 12 to placebo.", 23),
    ("40 patients were randomised to drug A and 38 to drug B or placebo.", 78),
    ("Twenty were randomized to sertraline, 22 to CBT and 21 to placebo.", 63),
])
def test_arms_randomised_one_by_one_are_summed(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


def test_ess_by_its_eponym() -> None:
    assert parse_outcomes("Daytime sleepiness (Epworth) fell by 3 points with modafinil.") == ["ESS"]


@pytest.mark.parametrize("text, comparator, doses", [
    ("Ivermectin 200 ug/kg was non-inferior to a single dose of albendazole 400 mg in 300 children.", "albendazole",
     [(200.0, "ug/kg")]),
    ("A 3-day course was as effective as a standard course of amoxicillin in 280 children with pneumonia.",
     "amoxicillin", []),
    ("Weekly iron 60 mg was as effective as daily doses of ferrous sulfate in 200 adolescent girls.",
     "ferrous sulfate", [(60.0, "mg")]),
    ("Teriparatide was compared with an infusion of zoledronic acid 5 mg in 60 women.", "zoledronic acid", []),
])
def test_a_comparator_named_after_its_dose_or_course(text: str, comparator: str, doses: list[tuple[float, str]]) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert [(d.value, d.unit) for d in values.dose] == doses


@pytest.mark.parametrize("text, expected", [
    ("Pain scores with duloxetine did not differ from those with pregabalin (n = 300).", "pregabalin"),
    ("Healing with honey dressings did not differ significantly from silver sulfadiazine in 100 burns.",
     "silver sulfadiazine"),
    ("Response rates with rifaximin differed from those with lactulose in 90 adults.", "lactulose"),
    ("Knee pain after the injection programme did not differ from standard physiotherapy (Berg, 2022).",
     "standard physiotherapy"),
    ("Rats given the extract did not differ from vehicle-treated rats in the forced swim test.", "placebo"),
])
def test_did_not_differ_from_names_the_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "Scores did not differ from baseline at week 12.",
    "These findings differ from those of an earlier cohort.",
    "Men differed from women in their response.",
])
def test_differ_from_without_an_arm(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text, expected", [
    ("A removable splint was as effective as casting for buckle fractures in 120 children.", "casting"),
    ("Spinal anaesthesia was as safe as general anaesthesia in 700 infants (Davidson, 2016).", "general anaesthesia"),
    ("Fluoride varnish was as effective as sealants in preventing caries in 500 children.", "sealants"),
    ("The nerve block gave analgesia comparable to epidural analgesia in 60 women after caesarean section.",
     "epidural analgesia"),
    ("Laser trabeculoplasty was non-inferior to eye drops for pressure control in 718 patients.", "eye drops"),
    ("High-flow nasal oxygen was non-inferior to CPAP in 700 preterm infants.", "cpap"),
])
def test_a_procedure_or_device_named_by_an_equivalence_claim(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_the_real_procedure_beside_a_sham_stays_the_intervention() -> None:
    text = ("In a blinded trial of 104 infants, crying decreased just as much with sham treatment as with real "
            "manipulation (Rossiter & Dahl, 2019).")
    assert parse_comparator(text) == "sham"
