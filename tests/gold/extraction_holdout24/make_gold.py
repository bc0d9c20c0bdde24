import json
def C(ev, ctx, study, n, dose, comp, om, d):
    return {"evidence": ev, "context": ctx, "study": study, "n": n, "dose": dose,
            "comparator": comp, "outcome_measures": om, "direction": d}
def D(v, u, mx=None):
    x = {"value": v, "unit": u}
    if mx is not None: x["value_max"] = mx
    return x
OWN = {"own": True}
G = []
G.append(("01_dmannose_vendor.html", [
 C("had far fewer recurrences than women who received no prophylaxis", "prose", {"year": 2014}, None, [D(2,"g")], "no treatment", [], "positive"),
 C("Recurrence 14.6% vs 20.4%", "table", {"first_author": "Kranjec", "year": 2014}, 308, [D(2,"g/day")], "nitrofurantoin", [], "null"),
 C("Fewer UTIs at 6 mo (p=0.03); symptom score unchanged", "table", {"first_author": "Hollis", "year": 2019}, 96, [D(1,"g")], "placebo", ["UTISA"], "mixed"),
 C("did not reduce symptomatic episodes", "table", {"first_author": "Okonjo", "year": 2021}, 44, [D(1.5,"g/day",3)], "treatment as usual", [], "null"),
 C("Episodes fell from 4.1 to 1.3 per year vs baseline", "table", {"first_author": "Brennan-Hale", "year": 2022}, 60, [D(2,"g")], None, [], "positive"),
]))
G.append(("02_b12_vendor.md", [
 C("cross-sectional study of 310 metformin users", "prose", {"year": 2017, "markers": ["1"]}, 310, [], None, ["MNSI"], "unknown"),
 C("Pain scores improved in the B12 group", "prose", {"first_author": "Tanaka", "markers": ["2"]}, None, [D(1500,"ug/day")], "placebo", ["NCV"], "mixed"),
 C("Oral non-inferior to injections at 3 months", "table", {"first_author": "Farooq", "year": 2019, "markers": ["3"]}, 120, [D(1000,"ug/day")], "intramuscular b12 injections", ["serum B12", "TCSS"], "null"),
 C("NTSS-6 improved vs placebo (p = 0.02)", "table", {"first_author": "Lindqvist", "year": 2016, "markers": ["4"]}, 58, [D(500,"ug")], "placebo", ["NTSS-6", "VPT"], "positive"),
 C("May add benefit on pain; sleep no different", "table", {"first_author": "Ramaswamy", "year": 2020, "markers": ["5"]}, 90, [D(1.5,"mg/day")], "pregabalin alone", ["VAS"], "mixed"),
]))
G.append(("03_bells_palsy_abstract.html", [
 C("Complete recovery at 9 months occurred in 79.5% of the prednisolone group", "abstract", OWN, 312, [D(60,"mg/day")], "placebo", ["House-Brackmann", "SFGS"], "positive"),
]))
G.append(("04_ivermectin_rosacea_abstract.html", [
 C("Inflammatory lesions fell by 81.3% with ivermectin", "abstract", OWN, 136, [D(1,"%")], "metronidazole", ["IGA", "RosaQoL"], "positive"),
]))
G.append(("05_acetazolamide_pubmed.xml", [
 C("AMS incidence was 24% with 125 mg, 38% with 62.5 mg and 51% with placebo", "abstract", OWN, 231, [D(62.5,"mg"), D(125,"mg")], "placebo", ["LLS", "SpO2"], "mixed"),
]))
G.append(("06_topiramate_aud.txt", [
 C("meeting the non-inferiority criterion", "abstract", OWN, 204, [D(200,"mg/day")], "naltrexone", ["PHDD", "GGT", "AUDIT"], "null"),
]))
G.append(("07_enrofloxacin_calves_jats.xml", [
 C("Treatment success at day 10 was 78.7% with enrofloxacin", "abstract", OWN, 186, [D(7.5,"mg/kg")], "florfenicol", ["ADG"], "null"),
 C("achieved first-treatment success in 84% of 250 steers", "prose", {"first_author": "Halloran", "year": 2015}, 250, [D(7.5,"mg/kg")], "tulathromycin", [], "null"),
 C("resolved clinical signs within 72 h", "prose", {"first_author": "Nakamura", "year": 2019}, 24, [D(10,"mg/kg"), D(20,"mg/kg")], None, [], "positive"),
]))
G.append(("08_ondansetron_review.md", [
 C("roughly 1.7 billion episodes of diarrhoeal illness", "prose", {"markers": ["1", "2"]}, None, [], None, [], "unknown"),
 C("Fewer children given ondansetron vomited during oral rehydration", "prose", {"markers": ["3"]}, 215, [D(2,"mg"), D(4,"mg"), D(8,"mg")], "placebo", [], "positive"),
 C("reported similar reductions in intravenous rehydration", "prose", {"markers": ["4", "5", "6"]}, 700, [D(0.15,"mg/kg")], None, [], "positive"),
 C("did not reduce", "prose", {"markers": ["7"]}, 168, [D(0.1,"mg/kg"), D(0.2,"mg/kg")], "placebo", [], "negative"),
 C("cessation of vomiting within 4 hours was more frequent with ondansetron", "prose", {"markers": ["8"]}, 200, [D(0.15,"mg/kg")], "domperidone", [], "positive"),
 C("found that ondansetron reduced vomiting episodes", "prose", {"markers": ["9"]}, 48, [D(0.15,"mg/kg")], "placebo", [], "positive"),
 C("no clinically significant arrhythmia was observed", "prose", {"markers": ["10"]}, 1100, [], None, [], "null"),
]))
G.append(("09_hydrocortisone_review.html", [
 C("Septic shock carries a hospital mortality of 30", "prose", {"first_author": "Fleischmann-Struzek", "year": 2020}, None, [], None, [], "unknown"),
 C("Among non-responders to corticotropin, 28-day mortality was lower", "prose", {"first_author": "Moreau", "year": 2004}, 284, [D(50,"mg"), D(50,"ug")], "placebo", [], "mixed"),
 C("found that 200 mg/day hydrocortisone shortened time to shock reversal", "prose", {"first_author": "Lee", "year": 2009}, 41, [D(200,"mg/day")], None, [], "positive"),
 C("Ninety-day mortality did not differ", "prose", {"first_author": "van der Berg", "year": 2017}, 2946, [D(200,"mg/day")], "placebo", [], "mixed"),
 C("reported lower 90-day mortality with hydrocortisone plus fludrocortisone", "prose", {"first_author": "Saint-Amand", "year": 2018}, 1087, [], "placebo", [], "positive"),
 C("hyperglycaemic episodes were more frequent with boluses", "prose", {"first_author": "O'Sullivan-Reyes", "year": 2021}, 120, [D(50,"mg")], "hydrocortisone continuous infusion", [], "negative"),
 C("no difference (p=0.61)", "table", {"first_author": "Ibáñez", "year": 2012}, 80, [D(0.3,"g/day")], "placebo", [], "null"),
 C("lower SOFA with hydrocortisone", "table", {"first_author": "Kowalski-Nagy", "year": 2015}, 156, [D(200,"mg/day")], "norepinephrine alone", ["SOFA"], "positive"),
 C("30% vs 31%; shorter vasopressor duration", "table", {"first_author": "Mbeki", "year": 2019}, 420, [D(50,"mg")], "treatment as usual", [], "mixed"),
]))
G.append(("10_tinnitus_mindfulness_review.txt", [
 C("causes considerable distress, insomnia or difficulty", "prose", {"markers": ["3"]}, None, [], None, [], "unknown"),
 C("target of cognitive behavioural therapy (CBT) and, more recently, of", "prose", {"markers": ["4", "5"]}, None, [], None, [], "unknown"),
 C("(TQ) fell more after mindfulness", "prose", {"markers": ["8"]}, 75, [], "relaxation training", ["TQ"], "positive"),
 C("Lindahl and colleagues randomised 112 participants", "prose", {"first_author": "Lindahl", "markers": ["9", "10"]}, 112, [], "waitlist", ["THI", "GAD-7"], "positive"),
 C("A German trial comparing MBCT with CBT in 181 patients", "prose", {"markers": ["11"]}, 181, [], "cognitive behavioural therapy", ["TFI"], "null"),
 C("A pilot in 36 older adults with", "prose", {"markers": ["12"]}, 36, [], "treatment as usual", ["THI"], "null"),
 C("THI −11.2 vs −2.0, p=0.004", "table", {"first_author": "Okafor", "year": 2016}, 64, [], "waitlist", ["THI"], "positive"),
 C("TFI improved; PHQ-9 NS", "table", {"first_author": "Haugland", "year": 2019}, 98, [], "audiologist education", ["TFI", "PHQ-9"], "mixed"),
 C("no difference (p=0.48)", "table", {"first_author": "Suzuki", "year": 2022}, 140, [], "sham", ["TQ"], "null"),
]))
G.append(("11_hyaluronic_knee_blog.html", [
 C("pain scores were only a little better with the real shots", "prose", {"venue": "Osteoarthritis and Cartilage Open", "year": 2021}, 400, [], "placebo", [], "positive"),
 C("seemed to work as well as the three-shot series", "prose", None, None, [], "three-shot series", [], "null"),
 C("Left knee felt great for about 5 months, right knee nothing at all", "comment", None, None, [D(20,"mg")], None, [], "mixed"),
 C("Honestly didn't notice any difference", "comment", None, None, [D(48,"mg")], None, [], "negative"),
 C("I could finally walk the dog again without limping", "comment", None, None, [], None, [], "positive"),
 C("do far better than injections alone", "comment", None, None, [], "injections alone", [], "positive"),
 C("pain down from 7/10 to about 3/10", "comment", None, None, [D(2,"ml")], None, [], "positive"),
]))
G.append(("12_trazodone_forum.txt", [
 C("First week I slept like a rock", "comment", None, None, [D(50,"mg")], None, [], "positive"),
 C("Started at 50 mg, I'm now on 100mg", "comment", None, None, [D(50,"mg"), D(100,"mg")], None, [], "positive"),
 C("Honestly it did nothing for me", "comment", None, None, [D(25,"mg"), D(50,"mg")], None, [], "negative"),
 C("the morning fog is much better", "comment", None, None, [D(37.5,"mg")], None, [], "positive"),
 C("most people seem to start on 25-50 mg", "comment", None, None, [D(25,"mg",50)], None, [], "unknown"),
 C("Sleep much better and mood a bit better too", "comment", None, None, [D(150,"mg")], None, [], "positive"),
]))
NCT = {"registry_ids": ["NCT05123984"]}
G.append(("13_bupropion_news.html", [
 C("were far more likely to have quit six months later", "prose", NCT, None, [], None, [], "positive"),
 C("enrolled 1,020 adult smokers across 11 hospitals", "prose", NCT, 1020, [D(150,"mg")], "referral alone", [], "positive"),
 C("see any increase compared with the control group", "prose", NCT, None, [], None, [], "null"),
 C("is published today in the journal Thorax Respiratory Practice", "prose", {"registry_ids": ["NCT05123984"], "venue": "Thorax Respiratory Practice"}, None, [], None, [], "unknown"),
 C("That study found varenicline was more effective", "prose", None, 310, [], "varenicline", [], "negative"),
]))
G.append(("14_newsletter_crlf.txt", [
 C("Fluticasone was superior on the Total Nasal Symptom Score", "prose", {"first_author": "Ferreira-Lund", "year": 2025, "venue": "Prim Care Respir Allergy"}, 412, [D(10,"mg")], "fluticasone", ["TNSS"], "negative"),
 C("Seventy-two patients were randomised", "prose", {"first_author": "Abernethy", "year": 2024, "venue": "J Trauma Stress Prim Care"}, 72, [], "waitlist", ["CAPS-5"], "positive"),
 C("cognitive decline on a global composite score was not slowed overall", "prose", {"first_author": "Ostrowski", "year": 2023, "doi": "10.1016/j.hearcog.2023.04.017"}, 861, [], "health education", [], "mixed"),
 C("We need 240 patients aged 60 or over", "prose", None, 240, [], "treatment as usual", [], "unknown"),
]))
ISR = {"registry_ids": ["ISRCTN48203716"]}
G.append(("15_atropine_press_release.html", [
 C("Nightly drops of low-dose atropine slowed the progression of myopia", "prose", {"registry_ids": ["ISRCTN48203716"], "venue": "Ophthalmic Epidemiology & Practice"}, None, [], None, [], "positive"),
 C("The trial randomly assigned 354 children aged 6 to 12", "prose", ISR, 354, [D(0.01,"%"), D(0.025,"%")], "placebo", ["SER", "AL"], "mixed"),
 C("354 (actual)", "table", ISR, 354, [D(0.01,"%"), D(0.025,"%")], "placebo", ["SER"], "unknown"),
 C("looks like the sweet spot", "prose", ISR, None, [D(0.025,"%")], None, [], "positive"),
]))
with open("/tmp/h24/gold.jsonl", "w", encoding="utf-8") as f:
    for doc, claims in G:
        f.write(json.dumps({"doc": doc, "claims": claims}, ensure_ascii=False) + "\n")
tot = 0
for doc, claims in G:
    print(doc, len(claims)); tot += len(claims)
print("total", tot, "table", sum(c["context"]=="table" for _,cs in G for c in cs), "comment", sum(c["context"]=="comment" for _,cs in G for c in cs))
