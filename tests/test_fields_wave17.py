"""Wave-17 field families (holdout 12 errors, generalised): a drug outside the old lexicon after
"non-inferior to"; a procedure or programme after "than"; "as often as" an active drug; "over
<span of time> of X" tells how long, not a comparator."""
import pytest

from extractors.fields import analyse
from extractors.fields.comparator import parse_comparator
from extractors.fields.n import parse_n


@pytest.mark.parametrize("text, expected", [
    ("In a head-to-head trial, dienogest was non-inferior to leuprolide for pain relief at 24 weeks.", "leuprolide"),
    ("Relugolix combination therapy was noninferior to goserelin in 300 women.", "goserelin"),
    ("Single-dose tafenoquine was non-inferior to primaquine for 14 days in preventing relapse.", "primaquine"),
    ("Oral valaciclovir was as effective as intravenous aciclovir in 140 adults.", "acyclovir"),
    ("Zoledronate every 18 months prevented fractures better than tamoxifen.", "tamoxifen"),
])
def test_drugs_of_more_specialties(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    # drugs outside the lexicon, known by their stem (GnRH analogues, bisphosphonates, PTH analogues, progestins)
    ("Dienogest was non-inferior to buserelin for pain relief at 24 weeks.", "buserelin"),
    ("Linzagolix was compared with histrelin in 200 women.", "histrelin"),
    ("Teriparatide increased BMD more than risedronate.", "risedronate"),
    ("Romosozumab reduced fractures more than abaloparatide in 300 women.", "abaloparatide"),
    ("Norethisterone controlled bleeding as effectively as desogestrel.", "desogestrel"),
    ("Pasireotide controlled GH better than lanreotide (n = 198).", "lanreotide"),
])
def test_drugs_known_by_their_stem(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Laparoscopic excision was associated with fewer repeat operations than ablation (HR 0.72).", "ablation"),
    ("Carotid stenting had more periprocedural strokes than endarterectomy (n = 2502).", "endarterectomy"),
    ("Endoscopic banding prevented more rebleeding than sclerotherapy in cirrhosis.", "sclerotherapy"),
    ("Supervised exercise improved walking distance more than home-based exercise, but programs are scarce.",
     "home-based exercise"),
    ("Group CBT reduced worry more than supportive counselling in 90 adults.", "supportive counselling"),
    ("Dogs given hydrotherapy regained gait faster than cage rest alone.", "cage rest alone"),
    ("Fusion surgery was no better than intensive rehabilitation for back pain (n = 349).", "intensive rehabilitation"),
    ("Knee arthroplasty relieved pain better than nonsurgical treatment in 100 patients.", "nonsurgical treatment"),
    ("Mice fed the extract gained less weight than those fed a high-fat diet alone.", "high-fat diet alone"),
])
def test_a_procedure_or_programme_after_than(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "More than 50% of patients responded to the new regimen.",
    "Response rates were higher than in earlier trials of the drug.",
    "Relapse was lower than expected in the treated group.",
])
def test_than_without_an_arm_names_none(text: str) -> None:
    assert parse_comparator(text) is None


def test_than_with_a_control_beside_the_arm_keeps_the_control() -> None:
    text = ("Prolonged exposure combined with sertraline produced worse outcomes on the PCL-5 than prolonged exposure "
            "with placebo in 198 veterans.")
    assert parse_comparator(text) == "placebo"


@pytest.mark.parametrize("text, expected", [
    ("Myo-inositol 2 g twice daily restored ovulation as often as metformin 1500 mg/day (64% vs 61%).", "metformin"),
    ("Oral amoxicillin cured pneumonia as frequently as intravenous ampicillin in 1,200 children.", "ampicillin"),
    ("Letrozole induced ovulation as reliably as clomiphene in 750 women.", "clomiphene"),
    ("Intranasal midazolam stopped seizures as quickly as rectal diazepam.", "diazepam"),
])
def test_as_often_as_an_active_drug(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "In an open-label series of 58 outpatients, MADRS scores fell from 28.4 to 14.9 over 12 weeks of lamotrigine "
    "titrated to 200 mg/day.",
    "In an open-label extension, seizure frequency fell by 40% over the next six months of lacosamide.",
    "Pain scores improved over a six-month period of duloxetine 60 mg.",
    "Itch scores fell over 8-12 weeks of dupilumab in 40 children.",
    "Gains over 24 weeks of sertraline were modest.",
    "Over the course of 6 months of topiramate, weight fell by 4 kg.",
])
def test_over_a_span_of_time_is_no_comparator(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Romosozumab led to larger gains in BMD over alendronate.", "alendronate"),
    ("Dupilumab showed superiority over placebo at week 16.", "placebo"),
    ("Mepolizumab showed an advantage over omalizumab in 300 patients.", "omalizumab"),
    ("Tirzepatide lowered HbA1c over 40 weeks of treatment compared with semaglutide.", "semaglutide"),
    ("Over time, patients on sertraline improved more than those on placebo.", "placebo"),
])
def test_over_an_arm_is_still_a_comparator(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, n, arms", [
    ("120 adults aged 65+ (n = 40, 38 and 42 per arm)", 120, [40, 38, 42]),
    ("A trial randomised 150 women (50, 49 and 51 per group) to three doses.", 150, [50, 49, 51]),
    ("Rats (12, 12, 11 and 12 per group) received the extract.", 47, [12, 12, 11, 12]),
    ("We studied 61 dogs (31 and 30 per arm).", 61, [31, 30]),
])
def test_arm_sizes_listed_before_per_arm(text: str, n: int, arms: list[int]) -> None:
    found, detail = parse_n(text)
    assert (found, detail["arms"]) == (n, arms)


@pytest.mark.parametrize("text, n, arms", [
    ("90 children (n = 30 per arm) took part.", 90, [30, 30, 30]),
    ("Forty-eight adults (16 per arm) took part.", 48, [16, 16, 16]),
    ("We enrolled 60 patients, 30 per group.", 60, [30, 30]),
])
def test_a_stated_total_tells_how_many_equal_arms(text: str, n: int, arms: list[int]) -> None:
    found, detail = parse_n(text)
    assert (found, detail["arms"]) == (n, arms)


def test_a_year_is_no_arm_size() -> None:
    assert 2019 not in parse_n("In 2019 and 40 per arm we saw it.")[1].get("arms", [])


@pytest.mark.parametrize("text", [
    "Participants were recruited from four outpatient clinics between March 2020 and June 2022.",
    "Patients came from 12 patient centres in Ohio.",
    "Dogs were enrolled through six veterinary practices.",
    "Children were seen at three hospital sites in Kenya.",
])
def test_sites_are_no_sample_size(text: str) -> None:
    assert parse_n(text)[0] is None


def test_people_recruited_at_sites_are_counted() -> None:
    assert parse_n("We recruited 96 outpatients from three clinics.")[0] == 96


@pytest.mark.parametrize("text, doses, comparator", [
    ("Myo-inositol 2 g twice daily restored ovulation as often as metformin 1500 mg/day (64% vs 61%).",
     [(2.0, "g")], "metformin"),
    ("Letrozole 2.5 mg daily induced ovulation as reliably as clomiphene 100 mg in 750 women.",
     [(2.5, "mg")], "clomiphene"),
    ("Dienogest 2 mg/day was non-inferior to leuprolide 3.75 mg monthly in 252 women.", [(2.0, "mg/day")], "leuprolide"),
    ("Ablation reduced AF more than amiodarone 200 mg/day in 400 patients.", [], "amiodarone"),
    ("In an open-label series of 58 outpatients, MADRS scores fell over 12 weeks of lamotrigine titrated to 200 mg/day.",
     [(200.0, "mg/day")], None),
    ("Seizures fell by 40% over 6 months of lacosamide 200 mg twice daily in 80 children.", [(200.0, "mg")], None),
])
def test_the_comparators_dose_is_not_the_claims(text: str, doses: list[tuple[float, str]], comparator: str | None) -> None:
    values = analyse(text)
    assert ([(d.value, d.unit) for d in values.dose], values.comparator) == (doses, comparator)


@pytest.mark.parametrize("text, expected", [
    ("Semaglutide produced as much weight loss as tirzepatide in 300 adults.", "tirzepatide"),
    ("Patients lost as much weight as those on liraglutide.", "liraglutide"),
    ("Budesonide prevented as many relapses as prednisolone in 80 children.", "prednisolone"),
    ("Home hemodialysis performed similarly to in-centre dialysis in 120 patients.", "in-centre dialysis"),
    ("Remote CBT worked similarly to face-to-face CBT in 200 adults.", "face-to-face cbt"),
    ("Telehealth CBT was compared with in-person CBT in 200 adults.", "in-person cbt"),
    ("Group therapy was compared with one-to-one counselling.", "one-to-one counselling"),
])
def test_as_much_as_and_similarly_to_an_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "As many as 30% of patients relapsed.",
    "The drug was given as many times as needed.",
    "Patients gained as much as 4 kg on olanzapine.",
])
def test_as_much_as_an_amount_names_no_arm(text: str) -> None:
    assert parse_comparator(text) is None


@pytest.mark.parametrize("text", [
    "Melatonin gave a number needed to treat of 6 patients.",
    "The NNT was 6 patients for one extra responder.",
    "The number needed to harm was 14 patients.",
])
def test_a_number_needed_to_treat_is_no_sample(text):
    assert parse_n(text)[0] is None


def test_a_sample_beside_a_number_needed_to_treat_still_counts():
    assert parse_n("In 120 patients the NNT was 5.")[0] == 120


@pytest.mark.parametrize("text, n", [
    ("438 patients were recruited and assessed for eligibility with 196 of them randomized.", 196),
    ("Of 310 children screened, 120 of these were randomly assigned to zinc or placebo.", 120),
    ("We enrolled 90 adults, and 84 of them were randomised.", 84),
])
def test_the_randomized_share_of_those_recruited_is_the_sample(text, n):
    assert parse_n(text)[0] == n


@pytest.mark.parametrize("text, n", [
    ("196 participants were randomised to the three groups, and 178 took a study medication.", 196),
    ("120 adults were randomly assigned to one of three treatment groups, and 40 received placebo.", 120),
    ("21 were randomised to drug and 20 to placebo.", 41),
])
def test_a_total_randomised_to_all_groups_is_no_arm(text, n):
    assert parse_n(text)[0] == n
