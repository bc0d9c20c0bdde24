"""Doses and sample sizes in the shapes clinicians, vets and lab scientists write them:
infusion rates, units, probiotic counts, cell-culture concentrations, prescription Latin;
counts of animals in pens, spelled-out thousands, "million" cohorts."""

import pytest

from extractors.fields import parse_doses, parse_n


def doses(text: str) -> list[tuple]:
    return [(d.value, d.unit) + ((d.value_max,) if d.value_max is not None else ()) for d in parse_doses(text)]


@pytest.mark.parametrize("text,expected", [
    # anaesthesia and intensive care: rates per kilogram per minute or hour
    ("Dexmedetomidine was infused at 0.7 µg/kg/h throughout surgery.", [(0.7, "ug/kg/h")]),
    ("Norepinephrine was started at 0.05 mcg/kg/min.", [(0.05, "ug/kg/min")]),
    ("Propofol 100 μg/kg/min maintained sedation.", [(100.0, "ug/kg/min")]),
    ("A ketamine infusion of 0.15 mg·kg−1·h−1 was added.", [(0.15, "mg/kg/h")]),
    ("Lidocaine 1.5 mg/kg per hour was given during colectomy.", [(1.5, "mg/kg/h")]),
    # palliative care and pain: rates per hour
    ("Morphine ran at 1 mg/h by syringe driver.", [(1.0, "mg/h")]),
    ("A fentanyl patch delivering 12 mcg/h was applied.", [(12.0, "ug/h")]),
    # oncology: body surface area, as PDFs set it
    ("Gemcitabine 1000 mg/m 2 was given on days 1 and 8.", [(1000.0, "mg/m2")]),
    ("Cisplatin 75 mg m-2 every three weeks.", [(75.0, "mg/m2")]),
    ("Carboplatin 300 mg/sq m was infused.", [(300.0, "mg/m2")]),
])
def test_infusion_rates_and_body_surface_area(text: str, expected: list) -> None:
    assert doses(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Basal insulin was started at 10 units at bedtime.", [(10.0, "IU")]),
    ("Unfractionated heparin 80 U/kg was given as a bolus, then 18 U/kg/h.", [(80.0, "IU/kg"), (18.0, "IU/kg/h")]),
    ("Each patient had 155 U of onabotulinumtoxinA injected across 31 sites.", [(155.0, "IU")]),
    ("Infants received vitamin D 400 units daily.", [(400.0, "IU")]),
    ("An insulin infusion of 0.1 units/kg/h corrected ketoacidosis.", [(0.1, "IU/kg/h")]),
])
def test_units_of_insulin_heparin_toxins_and_vitamins(text: str, expected: list) -> None:
    assert doses(text) == expected


@pytest.mark.parametrize("text", [
    "Men who drank more than 14 units of alcohol a week were excluded.",
    "Two units of packed red cells were transfused on average.",
    "The trial ran in 12 units across three regions.",
    "Serum ALT was 40 U/L at baseline.",
    "Sodium was 138 mmol/L and potassium 4.1 mmol/L.",
])
def test_units_that_dose_nothing(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Children took a probiotic with 10 billion CFU daily for 8 weeks.", [(1e10, "CFU")]),
    ("Preterm infants received Lactobacillus reuteri 1 × 10⁸ CFU once a day.", [(1e8, "CFU")]),
    ("The capsule delivered 2 x 10^9 CFU per day.", [(2e9, "CFU/day")]),
    ("Adults took 5 × 10(10) colony-forming units of Bifidobacterium.", [(5e10, "CFU")]),
    ("Calves were dosed with 10^9 CFU of the yeast.", [(1e9, "CFU")]),
])
def test_probiotic_counts_in_colony_forming_units(text: str, expected: list) -> None:
    assert doses(text) == expected


@pytest.mark.parametrize("text", [
    "The yogurt contained 10^8 CFU/g of live cultures.",  # a food's concentration
    "Trials gave 109 colony-forming units per day.",  # 10⁹ with its superscript lost in copying
    "A six-strain blend, 2 × 10 10 CFU, was tested.",
])
def test_no_probiotic_dose_from_concentrations_or_lost_exponents(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text", [
    "HbA1c-adjusted insulin resistance fell by 1.2 units more with metformin.",
    "Pain scores were 0.8 units lower with heparin-coated catheters.",
])
def test_a_change_measured_in_units_is_no_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Neuroblastoma cells were treated with curcumin at 5–50 µM for 48 h.", [(5.0, "uM", 50.0)]),
    ("In vitro, the extract at 100 µg/mL cut biofilm mass by half.", [(100.0, "ug/mL")]),
    ("Cultured hepatocytes exposed to 10 nM insulin took up more glucose.", [(10.0, "nM")]),
    ("Zebrafish embryos kept in 2 mM lithium developed normally.", [(2.0, "mM")]),
])
def test_what_a_cell_experiment_applied(text: str, expected: list) -> None:
    assert doses(text) == expected


@pytest.mark.parametrize("text", [
    "The compound killed leukaemia cells with an IC50 of 3 µM.",
    "The MIC against the clinical isolates was 2 µg/mL.",
    "Plasma levels reached 4 µg/mL two hours after the dose.",
    "Patients with serum vitamin D below 20 ng/mL were enrolled.",
    "Berberine cut lipid droplets in hepatocytes (by 40% at 25 µM).",
    "Osteoclast cultures showed a 3-fold drop in resorption at 10 nM.",
    "Keratinocytes were exposed to the peptide at 1, 10 or 100 µM.",  # a series is not read piecemeal
])
def test_measured_concentrations_are_no_dose(text: str) -> None:
    assert parse_doses(text) == []


@pytest.mark.parametrize("text,schedule", [
    ("Amlodipine 5 mg o.d. was continued.", "once daily"),
    ("Prednisolone 30 mg mane for a week.", "once daily"),
    ("Zopiclone 7.5 mg nocte was prescribed.", "daily"),
    ("Quetiapine 25 mg qHS helped sleep.", "daily"),
    ("Vancomycin 15 mg/kg q12h was given.", "twice daily"),
    ("Cefazolin 2 g every 8 hours for 24 hours.", "three times daily"),
    ("Amoxicillin 500 mg tds for five days.", "three times daily"),
    ("Paracetamol 1 g qds as required.", "four times daily"),
    ("Ceftriaxone 2 g q24h for 14 days.", "once daily"),
])
def test_prescription_latin_and_hourly_intervals(text: str, schedule: str) -> None:
    (dose,) = parse_doses(text)
    assert dose.schedule == schedule


@pytest.mark.parametrize("text,expected", [
    ("Women received a 2-g loading dose of magnesium sulfate, then 1 g/h.", [(2.0, "g"), (1.0, "g/h")]),
    ("Tranexamic acid 15 mg/kg was given at induction.", [(15.0, "mg/kg")]),
    ("Sertraline was titrated from 25 to 100 mg.", [(25.0, "mg", 100.0)]),
    ("Participants took 20 mg/d and then 40 g/d.", [(20.0, "mg/day"), (40.0, "g/day")]),
])
def test_loading_doses_titrations_and_per_day_shorthand(text: str, expected: list) -> None:
    assert doses(text) == expected


@pytest.mark.parametrize("text,expected", [
    # animal science: ages as modifiers, counts by housing
    ("A total of 480 day-old broiler chicks were allotted to four diets.", 480),
    ("Twenty-four 8-week-old male C57BL/6 mice were used.", 24),
    ("Sixty 3-month-old lambs grazed the trial paddocks.", 60),
    ("Weaned piglets were housed in 8 pens of 10 pigs.", 80),
    ("The trial used 12 cages of 5 mice each.", 60),
    ("Layers were kept in 6 replicates of 20 hens on each diet.", 120),
    # registers and large cohorts
    ("We linked prescriptions in a nationwide cohort of 1.2 million adults.", 1_200_000),
    ("The analysis used data from 2.4 million women in the national registry.", 2_400_000),
    ("The platform enrolled 2,500+ adults with long COVID.", 2500),
    # European thousands, spelled-out thousands
    ("Das Register umfasste 1.234 patients from 40 hospitals.", 1234),
    ("One thousand two hundred pregnant women were enrolled.", 1200),
    ("Two thousand schoolchildren took part in the screening.", 2000),
])
def test_sample_sizes_in_more_wordings(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize("text,n,role", [
    ("Of 4,100 eligible women, 2,950 consented.", 2950, "enrolled"),
    ("We randomly assigned 1,018 adults with atrial fibrillation.", 1018, "randomized"),
    ("The investigators randomly allocated 96 children to zinc or placebo.", 96, "randomized"),
])
def test_consent_and_random_assignment_before_the_count(text: str, n: int, role: str) -> None:
    found, detail = parse_n(text)
    assert (found, detail[role]) == (n, n)


@pytest.mark.parametrize("text", [
    "Patients were followed for 12 months after surgery.",
    "Mice aged 8 weeks were fed a high-fat diet.",
    "Dengue affects more than 390 million people worldwide.",
    "The 95% CI was 1.2 to 1.9 million.",
    "Rats were housed 4 per cage at 22 °C.",
])
def test_durations_ages_and_statistics_stay_out(text: str) -> None:
    assert parse_n(text)[0] is None


@pytest.mark.parametrize("text,expected", [
    ("Ninety eyes of 45 patients with diabetic macular oedema were treated.", 45),  # N counts people, not eyes
    ("The trial enrolled 60 patients (118 knees) before arthroplasty.", 60),
    ("We randomised 32 primary schools (2,140 pupils) to the programme or usual teaching.", 2140),
    ("Of 520 women screened, 310 were randomly assigned 2:1 to the vaccine or placebo.", 310),
    ("Some 400 smallholder dairy cows took part.", 400),
    ("The registry trial is enrolling 3,000 adults with heart failure.", 3000),
    ("Estimated Enrollment: 640 participants", 640),
    ("Sixty dogs were randomised (n = 20 per group) to three diets.", 60),
    ("Two hundred and twelve veterans completed the programme.", 212),
])
def test_sample_shapes_that_keep_their_reading(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected
