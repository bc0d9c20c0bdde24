"""Writes gold.jsonl from the annotations below (kept as code so each claim reads on one line)."""
import json
from pathlib import Path

P, T, A, C = "prose", "table", "abstract", "comment"


def c(ev, ctx, study, n, dose, comp, om, d):
    doses = [dict(zip(("value", "unit", "value_max"), x)) for x in dose]
    return {"evidence": ev, "context": ctx, "study": study, "n": n, "dose": doses,
            "comparator": comp, "outcome_measures": om, "direction": d}


def au(name, year, *markers):
    s = {"first_author": name, "year": year}
    if markers:
        s["markers"] = list(markers)
    return s


def mk(*markers):
    return {"markers": list(markers)}


OWN = {"own": True}
GOLD = {
    "vendor_creatine_neuro.html": [
        c("gave 64 night-shift nurses 5", P, au("Halvorsen", 2019, "1"), 64, [(5, "g")], "placebo", [], "positive"),
        c("A Danish trial in 112 adults over 65", P, au("Krogh-Madsen", 2021, "2"), 112, [(3, "g/day")], "placebo", ["MoCA"], "mixed"),
        c("adding creatine to escitalopram produced a faster fall", P, au("Okonjo", 2020, "3"), 40, [], "placebo", ["CDRS-R"], "positive"),
        c("five-year follow-up of 48 collegiate athletes", P, au("Bianchi", 2017), 48, [], None, ["eGFR"], "null"),
        c("Halvorsen 2019\t64 shift-working nurses", T, au("Halvorsen", 2019), 64, [(5, "g")], "placebo", [], "positive"),
        c("Krogh-Madsen 2021\t112 older adults", T, au("Krogh-Madsen", 2021), 112, [(3, "g")], "placebo", ["MoCA"], "mixed"),
        c("Okonjo 2020\t40 adolescents with MDD", T, au("Okonjo", 2020), 40, [(4, "g")], "placebo", ["CDRS-R"], "positive"),
        c("Vance 2022 (rodent)", T, au("Vance", 2022), 36, [(300, "mg/kg")], "placebo", [], "null"),
    ],
    "oculipid_omega3_dry_eye.md": [
        c("enrolled 96 office workers with dry eye disease", P, au("Sato", 2018, "1"), 96, [(2000, "mg/day")], "placebo", ["OSDI", "TBUT"], "mixed"),
        c("where 1.8 g/day for 12 months was no better than placebo", P, au("Whitcombe", 2020, "2"), 329, [(1.8, "g/day")], "placebo", ["OSDI"], "null"),
        c("krill oil 1 g/day added to warm compresses", P, au("Ferreira-Lind", 2021, "3"), 58, [(1, "g/day")], "warm compresses alone", ["OSDI"], "positive"),
        c("In a trial of 60 patients on warfarin", P, au("Brandvold", 2014), 60, [(3, "g/day")], "placebo", ["INR"], "null"),
        c("| Sato (2018) | 96 |", T, au("Sato", 2018), 96, [(2000, "mg/day")], "placebo", ["OSDI", "TBUT"], "mixed"),
        c("| Whitcombe (2020) | 329 |", T, au("Whitcombe", 2020), 329, [(1.8, "g/day")], "placebo", ["OSDI"], "null"),
        c("| Ferreira-Lind (2021) | 58 |", T, au("Ferreira-Lind", 2021), 58, [(1, "g/day")], "warm compresses alone", ["OSDI"], "positive"),
        c("| Abara (2023) | 44 |", T, au("Abara", 2023), 44, [(2, "g/day")], "placebo", ["TMH"], "null"),
    ],
    "ckd_allopurinol_abstract.html": [
        c("212 adults with stage 3–4 CKD", A, OWN, 212, [(100, "mg/day", 300)], "placebo", ["eGFR", "UACR"], "null"),
    ],
    "adenoid_mometasone_abstract.html": [
        c("mometasone furoate nasal spray 100 µg daily or isotonic saline spray", A, OWN, 118, [(100, "ug")], "placebo", ["OSA-18"], "mixed"),
    ],
    "pubmed_vitd_pregnancy.xml": [
        c("We randomised 620 pregnant women", A, OWN, 620, [(2000, "IU")], "placebo", [], "null"),
    ],
    "medline_export_two.nbib": [
        c("We randomised 94 stable outpatients", A, OWN, 94, [(1, "mg")], "placebo", ["PANSS"], "positive"),
        c("210 men aged 50 years or older", A, OWN, 210, [(5, "mg")], "placebo", ["IPSS", "Qmax"], "mixed"),
    ],
    "jats_empagliflozin_cisplatin_rat.xml": [
        c("Male Sprague–Dawley rats (n = 48)", A, OWN, 48, [(10, "mg/kg/day"), (30, "mg/kg/day")], "placebo", [], "positive"),
        c("SGLT2 inhibitors slowed eGFR decline in large placebo-controlled", P, mk("1", "2"), None, [], "placebo", ["eGFR"], "positive"),
        c("In mice, dapagliflozin reduced tubular injury", P, mk("3"), None, [], None, [], "positive"),
        c("Lindqvist et al. 2017\tMice (30)", T, au("Lindqvist", 2017), 30, [(1, "mg/kg/day")], "placebo", [], "positive"),
        c("Park et al. 2019\tRats (24)", T, au("Park", 2019), 24, [(10, "mg/kg/day")], None, [], "null"),
        c("Mensah et al. 2021\tRats (40)", T, au("Mensah", 2021), 40, [(3, "mg/kg/day")], None, [], "mixed"),
    ],
    "probiotics_infant_colic_review.md": [
        c("In an Italian trial of 80 exclusively breastfed infants", P, au("Rinaldi", 2016, "3"), 80, [], "placebo", [], "positive"),
        c("Several smaller trials from Poland and Canada", P, mk("4", "5"), None, [], None, [], "positive"),
        c("A Dutch trial that enrolled 167 infants", P, au("van Dijk-Hollander", 2019, "6"), 167, [], "placebo", [], "null"),
        c("meta-analysis of four double-blind trials (345 infants)", P, mk("7"), 345, [], "placebo", [], "mixed"),
        c("2020 Australian trial of 120 infants", P, mk("8"), 120, [], "placebo", [], "null"),
        c("A multistrain product trended toward shorter crying time", P, mk("9"), None, [], None, [], "null"),
        c("In a crossover trial of 48 infants", P, au("Lund-Evensen", 2015, "10"), 48, [], None, [], "positive"),
    ],
    "ureteral_stones_met_review.html": [
        c("Early single-centre trials suggested that tamsulosin", P, mk("2", "3"), None, [(0.4, "mg")], "treatment as usual", [], "positive"),
        c("randomised 1,036 adults to tamsulosin, nifedipine", P, au("Okafor", 2017, "4"), 1036, [(30, "mg/day")], "placebo", [], "null"),
        c("A pre-specified subgroup analysis suggested", P, mk("5"), None, [], None, [], "positive"),
        c("Silodosin 8 mg once daily was superior to tamsulosin", P, au("Ibrahim", 2020, "6"), 180, [(8, "mg")], "tamsulosin", [], "positive"),
        c("In 75 men, tadalafil 5 mg/day trended toward", P, au("Duarte", 2019, "7"), 75, [(5, "mg/day")], "placebo", [], "null"),
        c("deflazacort combined with tamsulosin was no better", P, au("Moraes", 2018, "8"), None, [], "tamsulosin alone", [], "null"),
        c("Okafor (2017)\t1036", T, au("Okafor", 2017), 1036, [(0.4, "mg")], "placebo", [], "null"),
        c("Ibrahim (2020)\t180", T, au("Ibrahim", 2020), 180, [(8, "mg")], "tamsulosin", [], "positive"),
        c("Duarte (2019)\t75", T, au("Duarte", 2019), 75, [(5, "mg")], "placebo", [], "null"),
        c("Moraes (2018)\t142", T, au("Moraes", 2018), 142, [(30, "mg")], "tamsulosin alone", [], "null"),
    ],
    "methamphetamine_pharmacotherapy_review.txt": [
        c("Bupropion 300 mg/day did not increase", P, au("Harrow", 2012), 204, [(300, "mg/day")], "placebo", [], "null"),
        c("Mirtazapine 30 mg daily reduced methamphetamine-positive", P, au("Quan", 2018), 86, [(30, "mg")], "placebo", [], "mixed"),
        c("Sertraline was actually inferior to placebo", P, mk("14"), None, [(100, "mg/day")], "placebo", [], "negative"),
        c("Topiramate (titrated to 200 mg/day) trended", P, au("Lindell", 2020), 140, [(200, "mg/day")], None, [], "null"),
        c("Modafinil has been studied in three small trials", P, mk("17", "18", "19"), None, [], None, [], "mixed"),
        c("In rats trained to self-administer methamphetamine", P, mk("21"), None, [(60, "mg/kg")], "placebo", [], "positive"),
        c("Harrow 2012", T, au("Harrow", 2012), 204, [(300, "mg")], "placebo", [], "null"),
        c("Quan 2018", T, au("Quan", 2018), 86, [(30, "mg")], "placebo", [], "positive"),
        c("Lindell 2020", T, au("Lindell", 2020), 140, [(200, "mg")], "placebo", [], "null"),
        c("Ostrowski 2021", T, au("Ostrowski", 2021), 62, [(50, "mg")], "placebo", ["VAS"], "null"),
    ],
    "tinnitus_forum_melatonin.html": [
        c("My ENT mentioned a study where melatonin 3 mg at bedtime", P, None, None, [(3, "mg")], None, [], "positive"),
        c("Brannigan et al. 2016, 61 patients", C, au("Brannigan", 2016), 61, [(3, "mg")], "placebo", ["THI", "PSQI"], "mixed"),
        c("The ginkgo trials I’ve read found it no better than placebo", C, None, None, [], "placebo", [], "null"),
        c("A Swedish internet-CBT trial with 228 people", C, au("Engström", 2021), 228, [], "waitlist", ["THI"], "positive"),
        c("48 mg/day was no better than placebo for tinnitus", C, au("Okonkwo", 2018), 140, [(48, "mg/day")], "placebo", [], "null"),
    ],
    "pregnancy_leg_cramps_blog.html": [
        c("gave 300 mg of magnesium a day to 84 pregnant women", P, au("Zarei", 2015), 84, [(300, "mg/day")], "placebo", [], "positive"),
        c("a larger Swedish trial (n = 202)", P, au("Nyström", 2017), 202, [], "placebo", [], "null"),
        c("In a Thai trial of 64 women", P, au("Srisuk", 2021), 64, [(1000, "mg")], "placebo", [], "negative"),
        c("10 minutes of calf stretching nightly reduced cramp frequency", C, au("Liang", 2019), 120, [], "no treatment", [], "positive"),
        c("vitamin E 400 IU daily didn’t help", C, au("Kashani", 2020), 90, [(400, "IU")], None, [], "null"),
    ],
    "flu_antiviral_kids_news.html": [
        c("helped children shake off influenza about a day faster", P, None, None, [], "oseltamivir", [], "positive"),
        c("742 children aged 1 to 11 with confirmed influenza", P, au("Ekholm", None), 742, [(2, "mg/kg")], "oseltamivir", [], "positive"),
        c("an earlier, smaller study of 58 adolescents in Osaka", P, None, 58, [], "oseltamivir", [], "null"),
        c("In ferrets, baloxavir given within 24 hours", P, None, None, [], None, [], "positive"),
    ],
    "sleep_health_digest_47.txt": [
        c("Tart cherry juice (240 ml twice a day)", P, au("Gaines", 2024), 37, [(240, "ml")], "placebo", ["ISI"], "mixed"),
        c("1,180 adults with chronic insomnia were randomised", P, au("Okoye", 2025), 1180, [], "waitlist", ["ISI"], "positive"),
        c("In 76 children with ADHD and insomnia", P, au("Brandt", 2022), 76, [(3, "mg")], "placebo", ["SOL"], "mixed"),
        c("suvorexant 30 mg/kg daily for four weeks", P, au("Tanaka-Reyes", 2023), None, [(30, "mg/kg")], "placebo", [], "positive"),
    ],
    "nordhavn_rsv_vaccine_press_release.html": [
        c("which enrolled 24,810 adults aged 60 years and older", P, None, 24810, [(120, "ug")], "placebo", ["RSV-LRTD"], "positive"),
        c("earlier Phase 2 dose-ranging study (n = 540)", P, None, 540, [(120, "ug")], None, [], "positive"),
        c("ClinicalTrials.gov identifier NCT09876543", P, None, 24810, [], None, [], "unknown"),
    ],
}

if __name__ == "__main__":
    out = Path(__file__).with_name("gold.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc, claims in GOLD.items():
            f.write(json.dumps({"doc": doc, "claims": claims}, ensure_ascii=False) + "\n")
