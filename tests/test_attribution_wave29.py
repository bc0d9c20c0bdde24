"""Wave 29: a catalogue of the citation shapes writers use, across specialties, in invented
sentences. Each row names fields one hit must carry. Shapes added this wave: surnames opening
on a Latin Extended-A capital ("Łukasik", "Şahin"), "al-"/"el-" joined to the name, Brazilian
generational surnames ("Vilar Neto"), a year list with a semicolon or a comma before the
bracket, no space after "et al." ("et al.2016"), the page after the year ("(2016, p. 212)",
"(2016: 212)"), "reported in YEAR" after "and coworkers", "In their 2016 trial, X and
colleagues", padded, bulleted and paged bracket markers ("[ 12 ]", "[12•]", "[12, p. 4]"),
"ref. 12" in running text and "(see refs 3–5)", "in a 1997 issue of", a one-word journal alone
in brackets with its year, "PubMed ID" and PubMed addresses, cohorts and trials named in title
case ("the Nurses' Health Study": a label, as "the SPRINT trial" already was).
All people, journals and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _carries(text: str, **want: object) -> bool:
    return any(all(getattr(hit, key) == value for key, value in want.items()) for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "want"), [
    # author lists and their punctuation
    ("Sleep latency fell in shift nurses given bright light (Okafor, Brandt, & Lee, 2019).", dict(first_author="Okafor", year=2019)),
    ("Okafor, Brandt and Lee (2019) found that bright light shortened sleep latency.", dict(first_author="Okafor", year=2019)),
    ("Halvorsen and colleagues (2017) reported fewer migraine days on candesartan.", dict(first_author="Halvorsen", year=2017)),
    ("Halvorsen and coworkers reported in 2017 that migraine days fell on candesartan.", dict(first_author="Halvorsen", year=2017)),
    ("Vance and colleagues found in 2020 that the brace cut knee pain.", dict(first_author="Vance", year=2020)),
    ("As shown by Petrakis et al 2021, rosuvastatin lowered LDL cholesterol by 45%.", dict(first_author="Petrakis", year=2021)),
    ("Rosuvastatin lowered LDL cholesterol by 45% (Petrakis et al, 2021).", dict(first_author="Petrakis", year=2021)),
    ("Petrakis et. al. (2021) found rosuvastatin lowered LDL cholesterol.", dict(first_author="Petrakis", year=2021)),
    ("Petrakis et al.(2021) found rosuvastatin lowered LDL cholesterol.", dict(first_author="Petrakis", year=2021)),
    ("Petrakis et al.,(2021) found rosuvastatin lowered LDL cholesterol.", dict(first_author="Petrakis", year=2021)),
    ("Petrakis et al. [2021] found rosuvastatin lowered LDL cholesterol.", dict(first_author="Petrakis", year=2021)),
    ("Walking improved HbA1c in several trials (e.g., Moreau et al., 2018).", dict(first_author="Moreau", year=2018)),
    ("Walking improved HbA1c (Moreau et al., 2018, p. 12).", dict(first_author="Moreau", year=2018)),
    ("Walking improved HbA1c (Moreau et al., 2018a).", dict(first_author="Moreau", year=2018)),
    ("Ferreira et al. (2015; 2017) showed that fluoride varnish halved caries.", dict(first_author="Ferreira", year=2015)),
    ("Moreau et al. (in press) found that walking improved HbA1c.", dict(first_author="Moreau")),
    ("MOREAU et al. (2018) found that walking improved HbA1c.", dict(first_author="Moreau", year=2018)),
    ("Pelvic floor training cut leakage episodes (Arendt et al.2016).", dict(first_author="Arendt", year=2016)),
    ("Arendt (2016, p. 212) found pelvic floor training cut leakage episodes.", dict(first_author="Arendt", year=2016)),
    ("Arendt (2016: 212) found pelvic floor training cut leakage episodes.", dict(first_author="Arendt", year=2016)),
    ("In their 2016 trial, Arendt and colleagues found pelvic floor training cut leakage.", dict(first_author="Arendt", year=2016)),
    # surnames
    ("O'Neill et al. (2015) showed melatonin shortened jet lag.", dict(first_author="O'Neill", year=2015)),
    ("McDonald et al. (2015) showed melatonin shortened jet lag.", dict(first_author="McDonald", year=2015)),
    ("Nguyen-Tran et al. (2016) showed zinc shortened colds in children.", dict(first_author="Nguyen-Tran", year=2016)),
    ("da Silva et al. (2016) showed zinc shortened colds in children.", dict(first_author="da Silva", year=2016)),
    ("Van Dyke et al. (2012) found that tai chi reduced falls.", dict(first_author="Van Dyke", year=2012)),
    ("St. John et al. (2012) found that tai chi reduced falls.", dict(first_author="St. John", year=2012)),
    ("Müller et al. (2014) found ketamine relieved depression within hours.", dict(first_author="Müller", year=2014)),
    ("Øster et al. (2014) found ketamine relieved depression within hours.", dict(first_author="Øster", year=2014)),
    ("Łukasik et al. (2014) found ketamine relieved depression within hours.", dict(first_author="Łukasik", year=2014)),
    ("Şahin and colleagues (2019) reported that iron sucrose raised ferritin.", dict(first_author="Şahin", year=2019)),
    ("Đorđević et al. (2019) reported that iron sucrose raised ferritin.", dict(first_author="Đorđević", year=2019)),
    ("Żak et al. (2019) reported that iron sucrose raised ferritin.", dict(first_author="Żak", year=2019)),
    ("Ó Súilleabháin et al. (2020) reported that the app cut binge drinking.", dict(first_author="Ó Súilleabháin", year=2020)),
    ("al-Hassan et al. (2020) reported that the app cut binge drinking.", dict(first_author="al-Hassan", year=2020)),
    ("Vilar Neto et al. (2018) found low-dose creatine raised bench-press strength.", dict(first_author="Vilar Neto", year=2018)),
    ("Grip strength rose with creatine (Sousa Filho AB, Lima CD, 2018).", dict(first_author="Sousa Filho", year=2018)),
    # numbered markers
    ("Acupuncture reduced chronic neck pain (12).", dict(markers=("12",))),
    ("Acupuncture reduced chronic neck pain (12–14).", dict(markers=("12", "13", "14"))),
    ("Acupuncture reduced chronic neck pain (ref. 12).", dict(markers=("12",))),
    ("Acupuncture reduced chronic neck pain, as reported in ref. 12.", dict(markers=("12",))),
    ("Refs. 4–6 found that intravenous iron lifted haemoglobin.", dict(markers=("4", "5", "6"))),
    ("Apixaban caused fewer bleeds than warfarin (see refs 3–5).", dict(markers=("3", "4", "5"))),
    ("Apixaban caused fewer bleeds than warfarin [12, p. 4].", dict(markers=("12",))),
    ("Apixaban caused fewer bleeds than warfarin [7, pp. 20-22].", dict(markers=("7",))),
    ("Apixaban caused fewer bleeds than warfarin [ 12 ].", dict(markers=("12",))),
    ("Apixaban caused fewer bleeds than warfarin [12•].", dict(markers=("12",))),
    ("Apixaban caused fewer bleeds than warfarin [3••, 4•].", dict(markers=("3", "4"))),
    ("Apixaban caused fewer bleeds than warfarin¹².", dict(markers=("12",))),
    ("In the trial^12^ apixaban caused fewer bleeds than warfarin.", dict(markers=("12",))),
    ("Apixaban caused fewer bleeds than warfarin.12 A later registry agreed.", dict(markers=("12",))),
    # registries and identifiers
    ("In the HALCYON trial (NCT01234567), intensive control cut strokes.", dict(registry_id="NCT01234567")),
    ("The pessary trial was registered as ISRCTN12345678.", dict(registry_id="ISRCTN12345678")),
    ("The trial (DRKS00012345) showed fewer falls with vitamin D.", dict(registry_id="DRKS00012345")),
    ("Cold water immersion eased soreness (doi:10.1016/j.jsams.2019.01.002).", dict(doi="10.1016/j.jsams.2019.01.002")),
    ("Cold water immersion eased soreness (https://doi.org/10.1093/ptj/pzz123).", dict(doi="10.1093/ptj/pzz123")),
    ("Cold water immersion eased soreness (PMID: 31234567).", dict(pmid="31234567")),
    ("Cold water immersion eased soreness (PubMed ID: 31234567).", dict(pmid="31234567")),
    ("Cold water immersion eased soreness (https://pubmed.ncbi.nlm.nih.gov/31234567/).", dict(pmid="31234567")),
    ("Cold water immersion eased soreness (www.ncbi.nlm.nih.gov/pubmed/31234567).", dict(pmid="31234567")),
    # venue and year
    ("A 2023 paper in Frontiers in Nutrition found lower ferritin in vegan runners.", dict(venue="Frontiers in Nutrition", year=2023)),
    ("In a 2020 Lancet study, vitamin D did not prevent fractures.", dict(venue="Lancet", year=2020)),
    ("A study published last year in JAMA found lower mortality with the polypill.", dict(venue="JAMA")),
    ("Dutch researchers reported in a 1997 issue of the Journal of Applied Physiology that creatine raised squat strength.",
     dict(venue="Journal of Applied Physiology", year=1997)),
    ("Coffee drinkers had less type 2 diabetes (Nutrients 2021).", dict(venue="Nutrients", year=2021)),
    ("Early peanut feeding prevented allergy (Pediatrics, 2014).", dict(venue="Pediatrics", year=2014)),
    ("Naps improved alertness (J Clin Sleep Med. 2019;15(3):401-7).", dict(venue="J Clin Sleep Med", year=2019)),
])
def test_citation_shapes(text: str, want: dict[str, object]) -> None:
    assert _carries(text, **want), [(h.kind, h.text, h.first_author, h.year, h.venue, h.markers) for h in find_attributions(text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The returns form asks for the order ref 12 and the date.", "marker"),  # a lone "ref" without its full stop
    ("Blood was drawn (Smith 2021).", "venue-year"),  # a surname in brackets is no journal
])
def test_no_hit_of_kind(text: str, kind: str) -> None:
    assert not any(hit.kind == kind for hit in find_attributions(text))


def test_lone_generational_name_keeps_its_sentence_opening_out() -> None:
    hits = find_attributions("In Neto et al. (2018), creatine raised bench-press strength.")
    assert [h.first_author for h in hits] == ["Neto"]


@pytest.mark.parametrize(("text", "label"), [
    ("The Nurses' Health Study found that decaffeinated coffee lowered diabetes risk.", "The Nurses' Health Study"),
    ("In the Women’s Health Initiative, combined hormone therapy raised stroke risk.", "the Women’s Health Initiative"),
    ("The Framingham Heart Study linked midlife hypertension to later dementia.", "The Framingham Heart Study"),
])
def test_title_case_study_names_label_the_study(text: str, label: str) -> None:
    assert [h.text for h in find_attributions(text)] == [label]


@pytest.mark.parametrize("text", [
    "The Present Study found that naps improved recall.",
    "Results of the Randomized Controlled Trial showed fewer admissions.",
])
def test_design_words_in_title_case_name_no_study(text: str) -> None:
    assert find_attributions(text) == []
