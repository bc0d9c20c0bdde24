"""Wave 32: more citation shapes across specialties, in invented sentences. Shapes added this
wave: a journal between the year and the study word ("a 2016 New England Journal of Medicine
study"), a journal as the subject ("JAMA Pediatrics published a study in 2019"), APA's
"Surname, I. (2019)" and Vancouver's "Surname I, Surname K (2019)", a journal whose name is a
common word alone in brackets with its year, one study cited by name and superscript at once,
PubMed Central IDs and preprint DOIs and arXiv IDs, a credit line trailing the sentence
("— Journal of X, 2018"), "(Ref. 12)", footnote markers after commas and a reference line
under a paragraph ("Author AB, Author CD. Title. Journal. 2019;12:34.").
All people, journals and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions, study_from


def _carries(text: str, **want: object) -> bool:
    return any(all(getattr(hit, key) == value for key, value in want.items()) for hit in find_attributions(text))


def _shown(text: str) -> list[tuple[object, ...]]:
    return [(h.kind, h.text, h.first_author, h.year, h.venue, h.markers, h.doi, h.pmid, h.url) for h in find_attributions(text)]


@pytest.mark.parametrize(("text", "want"), [
    # a journal named between the year and the study word, or as the subject
    ("A 2016 New England Journal of Medicine study found that empagliflozin cut heart-failure admissions.",
     dict(venue="New England Journal of Medicine", year=2016)),
    ("In a 2020 Lancet study, tranexamic acid did not reduce deaths from gastrointestinal bleeding.",
     dict(venue="Lancet", year=2020)),
    ("A 2018 JAMA Pediatrics trial showed that text reminders raised vaccine uptake.", dict(venue="JAMA Pediatrics", year=2018)),
    ("A 2021 BMJ analysis linked ultra-processed food to colorectal cancer.", dict(venue="BMJ", year=2021)),
    ("A 2019 Annals of Internal Medicine review found no benefit from vitamin C in sepsis.",
     dict(venue="Annals of Internal Medicine", year=2019)),
    ("JAMA Pediatrics published a study in 2019 showing that screen time delayed language milestones.",
     dict(venue="JAMA Pediatrics", year=2019)),
    ("The Lancet published a trial in 2022 in which semaglutide halved knee pain scores.", dict(venue="Lancet", year=2022)),
    ("Nature Medicine published the results of a trial in 2020 showing that psilocybin eased anorexia.",
     dict(venue="Nature Medicine")),
    ("The British Journal of Sports Medicine ran a review of hamstring injuries in sprinters.",
     dict(venue="British Journal of Sports Medicine")),
    ("A study published last year in JAMA found lower mortality with the polypill.", dict(venue="JAMA")),
    ("A trial published in 2017 in Circulation found that colchicine reduced recurrent pericarditis.",
     dict(venue="Circulation", year=2017)),
    # APA and Vancouver author forms
    ("Okonkwo, J. (2019) found that nightly melatonin shortened delirium in older inpatients.",
     dict(first_author="Okonkwo", year=2019)),
    ("Okonkwo, J. A. (2019) found that nightly melatonin shortened delirium in older inpatients.",
     dict(first_author="Okonkwo", year=2019)),
    ("Delirium was shorter with melatonin (Okonkwo, J., & Reyes, M., 2019).", dict(first_author="Okonkwo", year=2019)),
    ("Okonkwo J, Reyes M (2019) found that nightly melatonin shortened delirium.", dict(first_author="Okonkwo", year=2019)),
    ("Okonkwo J, Reyes M, Tan W (2019) found that nightly melatonin shortened delirium.", dict(first_author="Okonkwo", year=2019)),
    ("Delirium was shorter with melatonin (Okonkwo JA, Reyes M. 2019).", dict(first_author="Okonkwo", year=2019)),
    ("Okonkwo, Reyes, and Tan (2019) found that nightly melatonin shortened delirium.", dict(first_author="Okonkwo", year=2019)),
    # one-word journals alone in brackets with the year
    ("Older adults who napped slept worse at night (Sleep 2019).", dict(venue="Sleep", year=2019)),
    ("Coffee drinkers had less type 2 diabetes (Nutrients 2021).", dict(venue="Nutrients", year=2021)),
    ("Prone positioning cut ventilator days (Chest, 2020).", dict(venue="Chest", year=2020)),
    ("Statin users had fewer migraine days (Cephalalgia 2018).", dict(venue="Cephalalgia", year=2018)),
    ("Early mobilisation shortened stays after hip fracture (Injury 2017).", dict(venue="Injury", year=2017)),
    ("Sepsis deaths fell with early antibiotics (Bone 1992).", dict(first_author="Bone", year=1992)),  # a surname as well
    ("Sepsis deaths fell with early antibiotics (Brain and Heart, 1992).", dict(first_author="Brain", year=1992)),
    ("Gabapentin eased uraemic itch (Kidney 2016).", dict(venue="Kidney", year=2016)),
    ("Fluoxetine reduced binge episodes (Appetite, 2015).", dict(venue="Appetite", year=2015)),
    ("Iron drops raised infant haemoglobin (Haematologica 2014).", dict(venue="Haematologica", year=2014)),
    ("Aspirin cut recurrence after polypectomy (Gut 2013).", dict(venue="Gut", year=2013)),
    # identifiers
    ("Full text is free (PMC6543210) and reports fewer falls with vitamin D.",
     dict(url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/")),
    ("Fewer falls with vitamin D were reported (PMCID: PMC6543210).",
     dict(url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/")),
    ("Fewer falls with vitamin D (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/).",
     dict(url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/")),
    ("Fewer falls with vitamin D (https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/).",
     dict(url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/")),
    ("A preprint (doi: 10.1101/2020.04.01.20050203) reported lower viral loads with the spray.",
     dict(doi="10.1101/2020.04.01.20050203")),
    ("A preprint reported lower viral loads (medRxiv 10.1101/2020.04.01.20050203).", dict(doi="10.1101/2020.04.01.20050203")),
    ("A preprint reported lower viral loads (https://www.medrxiv.org/content/10.1101/2020.04.01.20050203v2).",
     dict(doi="10.1101/2020.04.01.20050203v2")),
    ("A model predicted sepsis six hours earlier (arXiv:2104.01234).", dict(url="https://arxiv.org/abs/2104.01234")),
    ("A model predicted sepsis six hours earlier (arXiv: 2104.01234v3).", dict(url="https://arxiv.org/abs/2104.01234v3")),
    ("Cold water immersion eased soreness (DOI 10.1016/j.jsams.2019.01.002).", dict(doi="10.1016/j.jsams.2019.01.002")),
    # numbered references in running text
    ("Acupuncture reduced chronic neck pain (Ref. 12).", dict(markers=("12",))),
    ("Acupuncture reduced chronic neck pain (Refs. 12, 14).", dict(markers=("12", "14"))),
    ("Acupuncture reduced chronic neck pain (Reference 12).", dict(markers=("12",))),
    ("Acupuncture reduced chronic neck pain,¹² and the effect lasted a year.", dict(markers=("12",))),
    ("Acupuncture reduced chronic neck pain,[12] and the effect lasted a year.", dict(markers=("12",))),
    # credit lines trailing the claim
    ("Night-time blood pressure dosing halved strokes. — Journal of Hypertension, 2018",
     dict(venue="Journal of Hypertension", year=2018)),
    ("Night-time blood pressure dosing halved strokes (European Heart Journal, 2019).",
     dict(venue="European Heart Journal", year=2019)),
    # a journal after "according to" or a verb put after the claim (read since wave 35)
    ("Night-time blood pressure dosing halved strokes, according to the European Heart Journal (2019).",
     dict(venue="European Heart Journal", year=2019)),
    ("Night-time blood pressure dosing halved strokes, reports the journal Hypertension.", dict(venue="Hypertension")),
    # reference lines
    ("Okafor AB, Lind CD. Magnesium for nocturnal leg cramps. J Gen Intern Med. 2019;34:1201-8.",
     dict(first_author="Okafor")),
    ("Okafor AB, Lind CD, Brandt E, et al. Magnesium for nocturnal leg cramps. J Gen Intern Med. 2019;34:1201-8.",
     dict(first_author="Okafor")),
    ("Okafor AB, Lind CD. Magnesium for nocturnal leg cramps. J Gen Intern Med. 2019;34:1201-8.", dict(year=2019)),
])
def test_citation_shapes(text: str, want: dict[str, object]) -> None:
    assert _carries(text, **want), _shown(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Blood was drawn at 8 am (Smith 2021).", "venue-year"),
    ("Patients slept better (Lee 2019).", "venue-year"),
])
def test_no_hit_of_kind(text: str, kind: str) -> None:
    assert not any(hit.kind == kind for hit in find_attributions(text)), _shown(text)


@pytest.mark.parametrize("text", [
    "Researchers published a study in 2019 showing that naps improved recall.",
    "The Research Team published a report on falls in care homes.",
    "A 2019 Danish Nationwide Cohort study linked shift work to miscarriage.",
])
def test_no_journal_named(text: str) -> None:
    assert not any(hit.venue for hit in find_attributions(text)), _shown(text)


@pytest.mark.parametrize(("text", "markers"), [
    ("Tanaka et al.¹² showed that proton-pump inhibitors healed ulcers faster.", ["12"]),
    ("Tanaka and colleagues³ showed that proton-pump inhibitors healed ulcers faster.", ["3"]),
    ("Tanaka et al. [12] showed that proton-pump inhibitors healed ulcers faster.", ["12"]),
    ("Tanaka et al. (12) showed that proton-pump inhibitors healed ulcers faster.", ["12"]),
])
def test_name_and_number_are_one_study(text: str, markers: list[str]) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.markers, ";" in (study.label or "")) == ("Tanaka", markers, False), _shown(text)


# How writers in every field cite a paper by its authors: the claim's study is named by its first author and year.
@pytest.mark.parametrize(("text", "first_author", "year"), [
    ("Sutcliffe et al. (2019a, 2019b) found that pessaries cut prolapse symptoms.", "Sutcliffe", 2019),
    ("Pessaries cut prolapse symptoms (Sutcliffe et al. 2019; Obi et al. 2020).", "Sutcliffe", 2019),
    ("Sutcliffe's 2019 trial found that pessaries cut prolapse symptoms.", "Sutcliffe", 2019),
    ("Sutcliffe et al.'s (2019) trial found that pessaries cut prolapse symptoms.", "Sutcliffe", 2019),
    ("Pessaries cut prolapse symptoms (Sutcliffe et al., 2019, Lancet).", "Sutcliffe", 2019),
    ("Pessaries cut prolapse symptoms (see Sutcliffe et al., 2019).", "Sutcliffe", 2019),
    ("Sutcliffe et al. (2019) [12] found that pessaries cut prolapse symptoms.", "Sutcliffe", 2019),
    ("Pessaries cut prolapse symptoms (N Engl J Med 2019).", None, 2019),
    ("Pessaries cut prolapse symptoms (NEJM, 2019).", None, 2019),
    ("Wang Y et al. (2020) found that acupressure eased nausea after chemotherapy.", "Wang", 2020),
    ("Kim JH, et al. 2019 found that acupressure eased nausea.", "Kim", 2019),
    ("Zhang, Li, and Wang (2021) found that acupressure eased nausea.", "Zhang", 2021),
    ("Acupressure eased nausea [Zhang 2021].", "Zhang", 2021),
    ("Acupressure eased nausea [Zhang et al., 2021].", "Zhang", 2021),
    ("Acupressure eased nausea {Zhang, 2021 #45}.", "Zhang", 2021),
    ("Acupressure eased nausea (Zhang, 2021:45).", "Zhang", 2021),
    ("Acupressure eased nausea (Zhang 2021b).", "Zhang", 2021),
    ("Zhang and colleagues' 2021 trial found that acupressure eased nausea.", "Zhang", 2021),
    ("De Vries et al. (2017) found that hip protectors cut fractures.", "De Vries", 2017),
    ("van der Berg et al. (2017) found that hip protectors cut fractures.", "van der Berg", 2017),
    ("Hip protectors cut fractures (de Vries and van der Berg 2017).", "de Vries", 2017),
    ("Hip protectors cut fractures (Mbeki, 2017, cited in Osei, 2020).", "Mbeki", 2017),
    ("As Mbeki (2017) showed, hip protectors cut fractures.", "Mbeki", 2017),
    ("Mbeki et al. in 2017 found that hip protectors cut fractures.", "Mbeki", 2017),
    ("In 2017, Mbeki et al. found that hip protectors cut fractures.", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., 2017; PMID 28765432).", "Mbeki", 2017),
    ("A 2017 study by Mbeki and colleagues found that hip protectors cut fractures.", "Mbeki", 2017),
    ("Hip protectors cut fractures, according to Mbeki et al. (2017).", "Mbeki", 2017),
    ("According to a 2017 study by Mbeki, hip protectors cut fractures.", "Mbeki", 2017),
    ("Mbeki, Osei & Lund, 2017 showed that hip protectors cut fractures.", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al, J Bone Miner Res 2017).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al. J Bone Miner Res. 2017;32:100-9).", "Mbeki", 2017),
    ("Dr. Amara Mbeki's 2017 study found hip protectors cut fractures.", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., Osteoporos Int, 2017).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki & Osei, 2017).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., 2017, 2019).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., n.d.).", "Mbeki", None),
    ("Hip protectors cut fractures (Mbeki et al., forthcoming).", "Mbeki", None),
    ("Hip protectors cut fractures (Mbeki et al., 2017, Table 2).", "Mbeki", 2017),
    ("Hip protectors cut fractures (e.g. Mbeki et al., 2017).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., 2017 [12]).", "Mbeki", 2017),
    ("Hip protectors cut fractures [Mbeki et al. Osteoporos Int. 2017].", "Mbeki", 2017),
    ("In a trial by Mbeki (2017), hip protectors cut fractures.", "Mbeki", 2017),
    ("A Cochrane review (Mbeki 2017) found hip protectors cut fractures.", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., 2017; Table 3).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al. [2017]).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al. 2017, p 12).", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al., 2017)¹.", "Mbeki", 2017),
    ("Hip protectors cut fractures (Mbeki et al. 2017a,b).", "Mbeki", 2017),
    ("Mbeki A, Osei K, Lund P, et al. (2017) found hip protectors cut fractures.", "Mbeki", 2017),
    ("Mbeki, A., Osei, K., & Lund, P. (2017). Hip protectors and fractures. Osteoporosis International, 28, 100-109.", "Mbeki", 2017),
])
def test_study_first_author_and_year(text: str, first_author: str | None, year: int | None) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.first_author, study.year) == (first_author, year), _shown(text)


# How news, vendors and reviews name the journal: the claim's study carries it and its year.
@pytest.mark.parametrize(("text", "venue", "year"), [
    ("According to research published in the journal Sleep in 2019, naps improved recall.", "Sleep", 2019),
    ("A 2019 JAMA Network Open cohort study linked night shifts to diabetes.", "JAMA Network Open", 2019),
    ("A 2018 meta-analysis in Pediatrics found that probiotics shortened colic.", "Pediatrics", 2018),
    ("There was a study in the BMJ last year showing the polypill cut heart attacks.", "BMJ", None),
    ("Source: Okafor J et al. Nutrients. 2019;11(4):800.", "Nutrients", 2019),
    ("A Danish study (2019) found that statins cut dementia risk.", None, 2019),
    ("Writing in the journal Neurology, the authors reported fewer seizures with fenfluramine.", "Neurology", None),
    ("A study published in the Journal of the American Heart Association in 2021 found lower blood pressure.", "Journal of the American Heart Association", 2021),
    ("A small 2022 Journal of Pediatrics study found less colic with drops.", "Journal of Pediatrics", 2022),
    ("A 2020 study in the journal Gut found that fibre raised butyrate.", "Gut", 2020),
    ("An American Journal of Clinical Nutrition study from 2015 found that eggs did not raise cholesterol.", "American Journal of Clinical Nutrition", 2015),
    ("A 2015 study, published in the American Journal of Clinical Nutrition, found eggs did not raise cholesterol.", "American Journal of Clinical Nutrition", 2015),
    ("Per a 2017 Lancet Psychiatry analysis, lithium cut suicides.", "Lancet Psychiatry", 2017),
    ("The 2017 Lancet Psychiatry analysis found that lithium cut suicides.", "Lancet Psychiatry", 2017),
    ("Lithium cut suicides — Lancet Psychiatry (2017).", "Lancet Psychiatry", 2017),
    ("Lithium cut suicides (source: Lancet Psychiatry, 2017).", "Lancet Psychiatry", 2017),
    ("Lithium cut suicides [Lancet Psychiatry 2017].", "Lancet Psychiatry", 2017),
    ("Lithium cut suicides (Lancet Psychiatry 2017;4:100-8).", "Lancet Psychiatry", 2017),
    ("Lithium cut suicides (Br J Psychiatry 2017).", "Br J Psychiatry", 2017),
    ("Lithium cut suicides (Am J Psychiatry, 2017).", "Am J Psychiatry", 2017),
    ("Lithium cut suicides (JAMA Psychiatry. 2017).", "JAMA Psychiatry", 2017),
])
def test_study_venue_and_year(text: str, venue: str | None, year: int | None) -> None:
    study = study_from(find_attributions(text), text)
    assert (study.venue, study.year) == (venue, year), _shown(text)
