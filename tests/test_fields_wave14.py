"""Wave-14 field families: comparator spellings (no-treatment controls, non-inferiority wording, new drugs)."""
import pytest

from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize("text, expected", [
    ("Wearing the hip protector reduced falls compared with no protector in nursing home residents.", "no treatment"),
    ("Hip fractures were fewer with hip protectors than with no hip protectors among frail elderly women.", "no treatment"),
    ("Early egg introduction reduced allergy compared with continued avoidance in infants.", "no treatment"),
    ("Deprescribing was compared with no change in treatment in older adults.", "no treatment"),
    ("Medication review versus no change in therapy in care-home residents.", "no treatment"),
    ("Voclosporin was non-inferior to ciclosporin in renal transplant recipients.", "ciclosporin"),
    ("The new regimen was noninferior to cyclosporine A in dogs with atopic dermatitis.", "ciclosporin"),
    ("Mirabegron was noninferior to tolterodine for urgency episodes.", "tolterodine"),
    ("Naproxen was non inferior to ibuprofen for postoperative pain.", "ibuprofen"),
    ("We compared FMT to a six-week oral vancomycin taper in recurrent C. difficile infection.", "vancomycin"),
    ("Bezlotoxumab was compared with fidaxomicin in hospitalised patients.", "fidaxomicin"),
    ("Patients were randomised to placebo (n=54) or dupilumab 300 mg (n=55).", "placebo"),
])
def test_comparator_families(text, expected):
    assert parse_comparator(text) == expected


from extractors.fields.n import parse_n  # noqa: E402


@pytest.mark.parametrize("text", [
    "Over 11 881 child years of follow-up, incidence fell.",
    "During 2,400 patient-years of follow-up, 20 events occurred.",
    "The cohort contributed 5120 person years of observation.",
    "Across 930 animal-months at risk, no tumours were seen.",
])
def test_person_time_is_not_n(text):
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text, expected", [
    ("We enrolled 310 patients (1,200 person-years).", 310),
    ("Patients (n \u03ed 12) received the drug.", 12),
    ("Dogs (N \u03ed 30) were randomised.", 30),
])
def test_n_person_time_and_ocr_equals(text, expected):
    assert parse_n(text)[0] == expected


from extractors.fields.dose import parse_doses  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("After 6 months, tolerance was assessed with a 1000 mg challenge.", []),
    ("Tolerance was tested by an oral food challenge with 4 g peanut protein.", []),
    ("Children received 300 mg peanut protein daily, followed by an oral food challenge with 4 g peanut protein.",
     ["300 mg peanut protein daily"]),
    ("Dogs received 10 mg/kg of the drug before a 2 mg/kg histamine challenge.", ["10 mg/kg"]),
    ("A challenge of up to 5000 mg egg protein followed 12 months of 300 mg daily egg OIT.", ["300 mg daily"]),
    ("Patients were randomised to placebo (n=54) or dupilumab 300 mg (n=55).", ["300 mg"]),
    ("Patients took aspirin 100 mg per day.", ["100 mg per day"]),
])
def test_challenge_dose_is_not_the_dose(text, expected):
    assert [d.text for d in parse_doses(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Children received sodium bicarbonate 1 mEq/kg/day or no treatment for 24 months.", (1.0, "meq/kg/day")),
    ("Cats were given potassium gluconate 2 mEq twice daily.", (2.0, "meq")),
    ("Sodium citrate 2 milliequivalents/kg per day was given.", (2.0, "meq/kg/day")),
])
def test_milliequivalent_doses(text, expected):
    doses = parse_doses(text)
    assert (doses[0].value, doses[0].unit) == expected


def test_milliequivalent_lab_value_is_no_dose():
    assert parse_doses("Serum bicarbonate rose to 22 mEq/L.") == []


@pytest.mark.parametrize("text,n,arms", [
    ("bupropion SR 100, 150 or 300 mg/day was compared with placebo (n = 40, 38, 41 and 39).", 158, [40, 38, 41, 39]),
    ("to 0.5, 1 or 2 mg three times daily or placebo (n = 41, 40, 38 and 41; 160 in total).", 160, [41, 40, 38, 41]),
    ("low, middle or high dose (n = 1,204, 1,198 and 1,210)", 3612, [1204, 1198, 1210]),
])
def test_sizes_listed_after_one_n_in_brackets_are_the_arms(text, n, arms):
    total, detail = parse_n(text)
    assert total == n and detail["arms"] == arms


def test_a_thousands_comma_is_no_list_of_arms():
    assert parse_n("A meta-analysis pooled 14 trials (n = 1,208) and found a small benefit.")[0] == 1208


@pytest.mark.parametrize("text,n", [
    ("Sixty Holstein heifer calves aged 2 to 4 weeks were randomly allocated to oral meloxicam.", 60),
    ("In a study of 177 cats, mirtazapine ointment increased appetite.", 177),
    ("48 Warmblood horses were treated for 8 weeks.", 48),
    ("Thirty-two ewes received the vaccine.", 32),
    ("At 9 sites, 120 adults were randomised.", 120),
])
def test_farm_and_companion_animals_are_counted(text, n):
    assert parse_n(text)[0] == n


def test_care_units_are_no_participants():
    assert parse_n("In this trial at 14 intensive care units, adults with septic shock were randomised to thiamine.")[0] is None
