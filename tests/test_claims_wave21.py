"""SWEEP-21: self-written multi-paragraph snippets of every genre, each with the claims it holds
(common.md convention 4), run end to end (ingest, then extract). A case passes when every
expected claim is found alone (not merged with another, not split), with the expected study
and context, and nothing else is reported. All studies, people and journals are invented.

Numbers (expected claims found alone = neither missed nor merged; attribution and context right
among expected claims; spurious = predictions overlapping no expected claim):
- First sweep (66 cases, 108 claims), expectations adjudicated by convention 4 before any fix:
  BEFORE (main 2d82638) 41/66 cases, found alone .813, attribution .813, context .879, 7 spurious;
  AFTER 61/66, .963, .944, .972, 1 spurious (tuned on it).
- Second sweep (the 14 cases from "f-", written after those fixes, measured once untuned: the
  unseen estimate): main 4/14, .737, .579, .789, 4 spurious; this branch untuned 6/14, .789, .632,
  .842, 4 spurious; after its three fixes 9/14, .895, .737, .947, 2 spurious.
- Both sweeps together: main 45/80, .805, .805, .867, 11 spurious; AFTER 71/80, .953, .930, .969, 3.
Known gaps (KNOWN_GAPS, strict xfail): a superscript after the full stop followed on the same line
by the next cohort ("...depression.12 A Finnish ...") does not start a claim of its own (the
sentencizer splits there; a bracketed author-year after the stop now ends the sentence before it,
wave 22); a lone result paragraph after a closed lede does not inherit its study (unless it
counts the lede's people again, "Of the 640 infants studied", wave 26); bullets
of one study on single lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from pipeline.evaluate.extraction import gold_attribution, predicted_attribution
from pipeline.ingest import ingest

A = lambda author, year=None: {"first_author": author, "year": year}  # noqa: E731
M = lambda *markers: {"markers": list(markers)}  # noqa: E731
V = lambda venue, year=None: {"venue": venue, "year": year}  # noqa: E731
OWN = {"own": True}
OPTIONAL = "optional"  # a context for a borderline statement: neither missed when absent nor spurious when found

# (name, file suffix, text, [(evidence substring, study or None, context)]); context "*" takes any context
CASES: list[tuple[str, str, str, list[tuple[str, dict | None, str]]]] = [
    # ---------------- news stories with datelines and quotes ----------------
    ("news-dateline-venue", "txt", """OSLO, March 4 (Nordic Health Wire) - Children with recurrent ear infections who took a daily xylitol syrup had fewer infections over three months, according to a study published in Pediatric Infectious Disease Journal.

The researchers randomized 412 children aged 1 to 6 years to xylitol syrup or a sugar-free placebo syrup. Infections fell by 28% in the xylitol group.

"Parents often ask what they can do besides antibiotics," said Dr Ingrid Solheim, a paediatrician at Oslo University Hospital who led the study. "This gives them a cheap option."

Ear infections are the most common reason children are prescribed antibiotics.
""", [("who took a daily xylitol syrup had fewer infections", V("Pediatric Infectious Disease Journal"), "prose"),
      ("randomized 412 children aged 1 to 6", V("Pediatric Infectious Disease Journal"), "prose")]),
    ("news-univ-researchers-reported-in", "txt", """Researchers at the University of Leeds reported in The Lancet Rheumatology that a six-week course of hand exercises reduced pain in 260 adults with hand osteoarthritis compared with usual care.

Hand osteoarthritis affects roughly one in ten adults over 60, and few treatments help.

"We were surprised how much difference a simple routine made," said Dr Lena Ortiz, who led the study.
""", [("reported in The Lancet Rheumatology that a six-week course", V("The Lancet Rheumatology"), "prose")]),
    ("news-registry-study", "txt", """A Danish registry study of 1.2 million births found no link between paracetamol use in pregnancy and autism in the children.

The findings, published in JAMA Pediatrics, contrast with earlier smaller studies.

Paracetamol is the most widely used painkiller in pregnancy.
""", [("A Danish registry study of 1.2 million births", None, "prose"),
      ("The findings, published in JAMA Pediatrics", V("JAMA Pediatrics"), "prose")]),
    ("news-cochrane", "txt", """Antibiotics for sore throat: do they help?

According to a Cochrane review of 27 trials, antibiotics shorten a sore throat by only about 16 hours on average.

Most sore throats are caused by viruses, for which antibiotics do nothing.
""", [("According to a Cochrane review of 27 trials", V("Cochrane"), "prose")]),
    ("news-headline-finding", "txt", """Ginger eases nausea after surgery, trial finds

By Maria Keller, Health Reporter

Patients given ginger capsules before their operation were less likely to vomit afterwards, a trial of 180 patients in Hamburg has found.

The patients received 1 g of ginger or placebo one hour before anaesthesia. Vomiting occurred in 21% of the ginger group and 38% of the placebo group.

The results appear in the journal Anaesthesia.
""", [("Patients given ginger capsules before their operation", V("Anaesthesia"), "prose"),
      ("The patients received 1 g of ginger", V("Anaesthesia"), "prose")]),
    ("news-followup-faded", "txt", """LONDON - A short course of cognitive behavioural therapy delivered by text message reduced insomnia in 300 shift workers compared with sleep-hygiene leaflets, researchers from King's College London said on Tuesday.

The benefit faded by six months, when both groups slept similarly.

Shift workers are at higher risk of insomnia, depression and accidents.
""", [("delivered by text message reduced insomnia in 300 shift workers", None, "prose"),
      ("The benefit faded by six months", None, "prose")]),
    ("news-said-led-quote", "txt", """Older adults who did 20 minutes of balance training three times a week fell 31% less often than those who did not, in a trial of 540 people in Melbourne.

"The effect was bigger than we expected," said Professor Amir Haddad, who led the study at Monash University.

Falls are the leading cause of injury-related death among people over 65.
""", [("did 20 minutes of balance training three times a week fell 31% less", A("Haddad"), "prose"),
      ("The effect was bigger than we expected", A("Haddad"), OPTIONAL)]),
    ("news-persisted-followup", "txt", """In a trial published in BMJ in 2024, 220 smokers who received free nicotine patches by post were twice as likely to have quit at six months as those who received only a leaflet.

This difference persisted at 12-month follow-up.

Smoking remains the leading preventable cause of death.
""", [("220 smokers who received free nicotine patches by post", V("BMJ", 2024), "prose"),
      ("This difference persisted at 12-month follow-up", V("BMJ", 2024), "prose")]),
    ("news-confined", "txt", """A study of 1,040 adults in Japan found that daily green tea drinkers had lower blood pressure than non-drinkers.

However, the effect was confined to those who drank at least four cups a day.

Green tea contains catechins, which are thought to relax blood vessels.
""", [("A study of 1,040 adults in Japan", None, "prose"),
      ("However, the effect was confined to those", None, "prose")]),
    ("news-two-studies", "txt", """Two new studies add to the debate over vitamin D.

In the first, published in Annals of Internal Medicine, 2,400 older adults took 2,000 IU of vitamin D daily or placebo for three years, with no difference in fractures.

The second, a Finnish trial of 700 adults, found that vitamin D did not reduce colds.

Vitamin D is made in the skin in sunlight.
""", [("In the first, published in Annals of Internal Medicine", V("Annals of Internal Medicine"), "prose"),
      ("The second, a Finnish trial of 700 adults", None, "prose")]),
    # ---------------- press releases ----------------
    ("pr-headline-subhead", "txt", """FOR IMMEDIATE RELEASE

Cinnamon extract lowers blood sugar in people with prediabetes

Twelve-week trial at Riverside Medical Center finds fasting glucose fell compared with placebo

RIVERSIDE, Calif. - Researchers at Riverside Medical Center have found that a cinnamon extract lowered fasting blood glucose in 51 adults with prediabetes. Participants took 500 mg three times daily for 12 weeks.

"These results are encouraging," said Dr Ana Ruiz, the study's senior author.

About Riverside Medical Center
Riverside Medical Center is a 400-bed teaching hospital serving the Inland Empire.

Media contact: press@riverside.example.org
""", [("have found that a cinnamon extract lowered fasting blood glucose in 51 adults", A("Ruiz"), "prose")]),
    ("pr-lead-blank-line", "txt", """Embargoed until 00:01 GMT Thursday

A daily walk after dinner lowers blood sugar spikes in type 2 diabetes, according to a randomised trial published today in Diabetologia.

The trial enrolled 96 adults, who walked for 15 minutes after their evening meal or sat quietly. Post-meal glucose peaks were 22% lower on walking days.

Notes to editors
The study was funded by the National Diabetes Foundation.
""", [("A daily walk after dinner lowers blood sugar spikes", V("Diabetologia"), "prose"),
      ("The trial enrolled 96 adults", V("Diabetologia"), "prose")]),
    ("pr-institution-journal", "txt", """News Release | Department of Psychiatry

Scientists at the University of Geneva report in Molecular Psychiatry that a two-week course of intranasal oxytocin improved social functioning in 64 adults with schizophrenia compared with placebo.

The effect was strongest in patients with prominent negative symptoms.

About the University of Geneva: Founded in 1559, it is one of Europe's oldest universities.
""", [("report in Molecular Psychiatry that a two-week course", V("Molecular Psychiatry"), "prose"),
      ("The effect was strongest in patients", V("Molecular Psychiatry"), "prose")]),
    ("pr-company-phase3", "txt", """Velora Therapeutics Announces Positive Topline Results from Phase 3 TIDE-2 Trial of VLR-101 in Chronic Cough

BOSTON, May 12, 2025 -- Velora Therapeutics today announced that the Phase 3 TIDE-2 trial (NCT05123456) of VLR-101 met its primary endpoint, reducing 24-hour cough frequency by 41% compared with placebo in 732 patients with refractory chronic cough.

VLR-101 was generally well tolerated; taste disturbance was the most common side effect.

About Velora Therapeutics
Velora is a clinical-stage company developing medicines for respiratory disease.

Forward-Looking Statements
This press release contains forward-looking statements that involve risks and uncertainties.
""", [("trial (NCT05123456) of VLR-101 met its primary endpoint", {"registry_ids": ["NCT05123456"]}, "prose"),
      ("VLR-101 was generally well tolerated", {"registry_ids": ["NCT05123456"]}, "prose")]),
    ("pr-headline-only-finding", "txt", """Blueberries boost memory in older adults

Older adults who ate a cup of blueberries a day for 12 weeks scored better on memory tests than those given a placebo powder, a study from the University of Cincinnati shows.

The trial included 94 adults aged 62 to 80.
""", [("Older adults who ate a cup of blueberries", None, "prose"),
      ("The trial included 94 adults aged 62 to 80", None, "prose")]),
    # ---------------- consumer blogs ----------------
    ("blog-markdown-links", "md", """# Does magnesium help you sleep?

Magnesium is an essential mineral involved in hundreds of reactions in the body.

A [2012 trial in elderly adults](https://example.org/abdi2012) found that 500 mg of magnesium daily improved sleep efficiency and sleep time compared with placebo.

Another [small study](https://example.org/held2002) of 12 older volunteers reported deeper sleep on magnesium.

Still, a [2021 systematic review](https://example.org/mah2021) concluded the evidence is of low quality.

## How much should you take?

Most supplements contain 200-400 mg per dose. Talk to your doctor first.
""", [("found that 500 mg of magnesium daily improved sleep efficiency", None, "prose"),
      ("of 12 older volunteers reported deeper sleep", None, "prose"),
      ("concluded the evidence is of low quality", None, "prose")]),
    ("blog-superscripts", "txt", """Is turmeric good for joint pain?

Turmeric has been used in Ayurvedic medicine for centuries.

In one trial, 367 people with knee osteoarthritis took 1,500 mg of curcumin or 1,200 mg of ibuprofen daily; pain improved equally in both groups.1

A 2016 meta-analysis of eight trials found that turmeric extracts reduced arthritis pain compared with placebo.2,3

However, curcumin is poorly absorbed unless taken with black pepper.4

References
1. Kuptniratsaikul V, et al. Clin Interv Aging. 2014;9:451-8.
2. Daily JW, et al. J Med Food. 2016;19(8):717-29.
3. Onakpoya IJ, et al. Int J Rheum Dis. 2017;20(4):420-433.
4. Shoba G, et al. Planta Med. 1998;64(4):353-6.
""", [("367 people with knee osteoarthritis took 1,500 mg", M("1"), "prose"),
      ("A 2016 meta-analysis of eight trials", M("2", "3"), "prose"),
      ("curcumin is poorly absorbed unless taken with black pepper", M("4"), "prose")]),
    ("blog-author-year-after-stop", "txt", """Does cold-water swimming lift your mood?

Winter swimming has become popular across northern Europe.

Regular cold-water swimmers reported less fatigue and better mood than non-swimmers in a survey of 113 people. (Huttunen, 2004)

An eight-week programme of weekly sea swims reduced depressive symptoms in 61 adults compared with a waiting list. (Massey, 2020)

Always swim with a friend and get out before you start to shiver.
""", [("Regular cold-water swimmers reported less fatigue", A("Huttunen", 2004), "prose"),
      ("An eight-week programme of weekly sea swims", A("Massey", 2020), "prose")]),
    ("blog-bracket-numbers", "txt", """5 evidence-based benefits of ashwagandha

1. It may reduce stress

In a 60-day study of 64 adults with chronic stress, those taking 300 mg of ashwagandha root extract twice daily had 44% lower stress scores than the placebo group [1].

2. It may improve sleep

A trial in 150 healthy adults found that ashwagandha improved sleep quality compared with placebo [2]. The improvement was seen after six weeks.

3. It may boost testosterone

Ashwagandha has been traditionally used as an aphrodisiac.
""", [("In a 60-day study of 64 adults with chronic stress", M("1"), "prose"),
      ("A trial in 150 healthy adults found that ashwagandha improved sleep", M("2"), "prose")]),
    ("blog-several-studies", "txt", """What the research says about probiotics for IBS

Probiotics are live microorganisms that can benefit health when consumed in adequate amounts.

Studies are mixed. A 2018 review by Ford and colleagues found that some probiotic combinations improved global IBS symptoms. Smith et al. (2020) reported no benefit of Lactobacillus plantarum in 300 patients. A German trial of 443 patients found that Bifidobacterium bifidum reduced abdominal pain (Andresen 2020).

Choose a product that lists the exact strain.
""", [("A 2018 review by Ford and colleagues", A("Ford", 2018), "prose"),
      ("Smith et al. (2020) reported no benefit", A("Smith", 2020), "prose"),
      ("A German trial of 443 patients", A("Andresen", 2020), "prose")]),
    ("blog-according-to", "txt", """Should you take fish oil for your heart?

According to a 2019 review by the American Heart Association, prescription omega-3s lower triglycerides by 20 to 30%.

But a large trial of 25,871 adults found that 1 g of fish oil daily did not prevent heart attacks or strokes (Manson 2019).

Eating oily fish twice a week is still recommended.
""", [("prescription omega-3s lower triglycerides by 20 to 30%", V("American Heart Association", 2019), "prose"),
      ("a large trial of 25,871 adults found that 1 g of fish oil", A("Manson", 2019), "prose")]),
    ("blog-bullets", "txt", """Key studies on melatonin for jet lag

- A 2002 Cochrane review of 10 trials found that melatonin taken close to bedtime at the destination reduced jet lag in 8 of them.
- In a trial of 257 Norwegian doctors, melatonin was no better than placebo for jet lag after flying from New York to Oslo (Spitzer 1999).
- Doses between 0.5 and 5 mg were similarly effective.

Melatonin is sold over the counter in the US but needs a prescription in the UK.
""", [("A 2002 Cochrane review of 10 trials", V("Cochrane", 2002), "prose"),
      ("In a trial of 257 Norwegian doctors", A("Spitzer", 1999), "prose"),
      ("Doses between 0.5 and 5 mg were similarly effective", A("Spitzer", 1999), "prose")]),
    ("blog-researchers-found-journal", "txt", """Can dark chocolate lower blood pressure?

Cocoa is rich in flavanols, plant compounds that help blood vessels relax.

Researchers at the University of Adelaide found in a 2017 analysis of 35 trials, published in the Cochrane Database of Systematic Reviews, that cocoa products lowered systolic blood pressure by about 2 mmHg.

That is a small effect, and chocolate also contains sugar and fat.
""", [("Researchers at the University of Adelaide found in a 2017 analysis of 35 trials", V("Cochrane Database of Systematic Reviews", 2017), "prose")]),
    # ---------------- supplement product pages ----------------
    ("product-study-section", "txt", """Home > Supplements > Sleep

CalmNight Magnesium Glycinate 400 mg
$24.99
Add to cart
Free shipping on orders over $50

Clinical research
In a double-blind trial, 46 older adults who took 500 mg of magnesium daily for eight weeks fell asleep faster than those on placebo (Abdi et al., 2012).

Ingredients: magnesium glycinate, rice flour, vegetable capsule.
Customers also bought: Melatonin 3 mg, Ashwagandha 600 mg
* These statements have not been evaluated by the Food and Drug Administration.
""", [("46 older adults who took 500 mg of magnesium daily", A("Abdi", 2012), "prose")]),
    ("product-clinically-proven", "txt", """ImmunoBerry Elderberry Gummies - 60 count
Rated 4.7 out of 5 (1,204 reviews)
$19.95 Subscribe & save 15%

Why elderberry?
Elderberry has been used for generations during the cold months.

The science
A randomized trial of 312 air travellers found that those taking elderberry extract had shorter and milder colds than those taking placebo.¹

¹ Tiralongo E, et al. Nutrients. 2016;8(4):182.

Shipping & returns
Orders ship within 24 hours. 30-day money-back guarantee.
""", [("A randomized trial of 312 air travellers", M("1"), "prose")]),
    ("product-faq-dose", "txt", """Frequently asked questions

How many capsules should I take?
Take two capsules (1,000 mg) daily with food.

Is it safe during pregnancy?
Ask your doctor before use if you are pregnant or nursing.

What does the research show?
In a 2019 trial, 120 adults taking 1,000 mg of our beetroot extract daily improved their 5 km time trial by 1.4% compared with placebo (Jones et al., 2019).
""", [("120 adults taking 1,000 mg of our beetroot extract", A("Jones", 2019), "prose")]),
    ("product-two-studies-bullets", "txt", """Saffron Mood+ 30 mg
Only $29.00 | In stock

Backed by science:
• In an 8-week study of 40 adults with mild depression, 30 mg of saffron daily worked as well as 20 mg of fluoxetine (Noorbala et al., 2005).
• A 2013 meta-analysis of five trials found saffron reduced depressive symptoms more than placebo (Hausenblas et al., 2013).

100% natural. Vegan. Made in the USA.
""", [("In an 8-week study of 40 adults with mild depression", A("Noorbala", 2005), "prose"),
      ("A 2013 meta-analysis of five trials found saffron", A("Hausenblas", 2013), "prose")]),
    # ---------------- forum threads ----------------
    ("forum-first-person", "txt", """Re: Anyone tried low-dose naltrexone for fibromyalgia?

Posted by sunnyday77 » Mon Mar 03, 2025 9:14 pm

I've been on 4.5 mg LDN for about six months now. My pain went from an 8 to maybe a 5 most days. Sleep is better too.

Posted by achyjoints » Tue Mar 04, 2025 7:02 am

There was a Danish trial of 99 women with fibromyalgia that found LDN was no better than placebo for pain (Bruun 2024). So I'd keep expectations low.

Posted by sunnyday77 » Tue Mar 04, 2025 8:30 am

Fair enough, it still works for me.
""", [("I've been on 4.5 mg LDN", None, "*"), ("There was a Danish trial of 99 women with fibromyalgia", A("Bruun", 2024), "*")]),
    ("forum-reddit-links", "txt", """r/migraine

Posted by u/throwaway_aura · 2y

Magnesium for migraine prevention?

My neurologist suggested 400 mg of magnesium citrate. Has anyone tried it?

Comments

u/petalpusher · 2y
I take 600 mg and it cut my migraines roughly in half. Took about 2 months.

u/docwithmigraines · 2y
For what it's worth, a 1996 German trial of 81 patients found 600 mg magnesium reduced attack frequency by 41.6% vs 15.8% on placebo (Peikert 1996).
""", [("I take 600 mg and it cut my migraines", None, "comment"), ("a 1996 German trial of 81 patients", A("Peikert", 1996), "comment")]),
    # ---------------- review paragraphs ----------------
    ("review-several-trials-one-para", "txt", """Pharmacological treatment

Several placebo-controlled trials have examined pregabalin in generalised anxiety disorder. Pregabalin 300-600 mg/day reduced HAMA scores more than placebo in 341 outpatients (Rickels et al., 2005), and similar effects were reported by Pohl et al. (2005) in 341 patients. In contrast, Feltner et al. (2008) found no difference from placebo at 150 mg/day.

Benzodiazepines remain widely prescribed despite concerns about dependence.
""", [("reduced HAMA scores more than placebo in 341 outpatients (Rickels", A("Rickels", 2005), "prose"),
      ("Feltner et al. (2008) found no difference", A("Feltner", 2008), "prose")]),
    ("review-numbered", "txt", """4. Exercise interventions

Aerobic exercise has been tested as an add-on treatment for depression in many trials. In the largest, 202 adults were randomized to supervised exercise, home exercise, sertraline or placebo; remission rates did not differ between active arms [23]. Shorter programmes of 8 weeks also reduced BDI scores [24,25].

Mechanisms proposed include neurogenesis and reduced inflammation [26].
""", [("202 adults were randomized to supervised exercise", M("23"), "prose"),
      ("Shorter programmes of 8 weeks also reduced BDI", M("24", "25"), "prose"),
      ("Mechanisms proposed include neurogenesis", M("26"), "prose")]),
    ("review-animal", "txt", """Preclinical evidence

In rats with chronic constriction injury, intraperitoneal curcumin (50 mg/kg) reduced mechanical allodynia compared with vehicle (Zhao et al., 2014). In mice, a lower dose of 10 mg/kg had no effect on thermal hyperalgesia (Lee and Park, 2016).

These data motivated the first human trials.
""", [("intraperitoneal curcumin (50 mg/kg) reduced mechanical allodynia", A("Zhao", 2014), "prose"),
      ("In mice, a lower dose of 10 mg/kg had no effect", A("Lee", 2016), "prose")]),
    ("review-citation-after-stop", "txt", """Tai chi for knee osteoarthritis

A 12-week tai chi programme reduced WOMAC pain more than stretching and wellness education in 40 older adults. (Wang et al. 2009) A later comparison with physical therapy in 204 patients found equal benefit. (Wang et al. 2016)

Tai chi is a low-impact mind-body exercise.
""", [("A 12-week tai chi programme reduced WOMAC pain", A("Wang", 2009), "prose"),
      ("A later comparison with physical therapy in 204 patients", A("Wang", 2016), "prose")]),
    ("review-vancouver-cohort", "txt", """Observational data

A Swedish cohort study of 52,000 women followed for 20 years found that those who drank three or more cups of coffee a day had a lower risk of depression.12 A Finnish cohort of 2,232 men reported a similar association.13

Residual confounding cannot be excluded in such studies.
""", [("A Swedish cohort study of 52,000 women", M("12"), "prose"),
      ("A Finnish cohort of 2,232 men", M("13"), "prose")]),
    # ---------------- abstract pages ----------------
    ("abstract-inline-labels", "txt", """Journal of Invented Nutrition. 2022;14(3):211-219.

Effect of oat beta-glucan on LDL cholesterol in adults with mild hypercholesterolaemia: a randomised controlled trial

Maria Lindqvist, Peter Holm, Sara Ek

Abstract
Background: Oat beta-glucan may lower cholesterol. Methods: We randomised 148 adults with LDL 3.5-5.0 mmol/L to 3 g/day oat beta-glucan or wheat bran control for 6 weeks. Results: LDL cholesterol fell by 0.28 mmol/L more with beta-glucan than with control (p=0.002). Conclusions: Oat beta-glucan lowers LDL cholesterol.

Keywords: oats; beta-glucan; cholesterol
""", [("We randomised 148 adults", OWN, "abstract")]),
    ("abstract-no-labels", "txt", """Invented Journal of Sleep Research
Volume 31, Issue 2, April 2023, e13712

Kiwifruit before bed and sleep onset in adults with insomnia: a crossover trial

Abstract
Kiwifruit is rich in serotonin and antioxidants. In this crossover trial, 38 adults with insomnia ate two kiwifruit one hour before bed or a control snack for four weeks each. Sleep onset latency, measured by actigraphy, was 14 minutes shorter in the kiwifruit period (p<0.01), and total sleep time increased by 22 minutes. Eating kiwifruit may improve sleep onset.

© 2023 Invented Society for Sleep Research. All rights reserved.
""", [("38 adults with insomnia ate two kiwifruit", OWN, "abstract")]),
    ("abstract-publisher-chrome", "txt", """Skip to main content
Log in | Register | Cart
Journals Books Topics

Invented Journal of Pain
Research Article | Open Access

Platelet-rich plasma versus corticosteroid injection for lateral epicondylitis: a randomized trial

Hana Sato, Kenji Mori
First published: 14 June 2021
https://doi.org/10.1234/ijp.2021.5567

Abstract
Objective
To compare PRP with corticosteroid injection for tennis elbow.
Methods
One hundred patients were randomized to a single PRP or corticosteroid injection.
Results
At 1 year, PRP improved pain and function more than corticosteroid (73% vs 49% responders; p<0.001).
Conclusion
PRP is superior to corticosteroid injection at 1 year.

Related articles
Cited by
Download PDF
""", [("One hundred patients were randomized", OWN, "abstract")]),
    ("abstract-pubmed-like", "txt", """Clin Invented Gastroenterol. 2020 Sep;45(7):612-620. doi: 10.5555/cig.2020.0612.

Psyllium husk for chronic constipation in children: a double-blind randomised trial

Anjali Rao 1, David Cohen 2

Affiliations
1 Department of Paediatrics, Invented Children's Hospital, Pune, India.
2 Invented University, Haifa, Israel.

Abstract
Aim: To test psyllium in childhood constipation. Methods: 96 children aged 6-15 years received psyllium (2.5-5 g/day) or placebo for 4 weeks. Results: Treatment success was 60% with psyllium and 35% with placebo (p=0.03). Conclusion: Psyllium is effective for childhood constipation.

PMID: 31234567
""", [("96 children aged 6-15 years received psyllium", OWN, "abstract")]),
    ("abstract-structured-bold", "txt", """Invented Archives of Dermatology 2019; 155: 1021-1028

Probiotic supplementation in infants at risk of atopic dermatitis: the PROTECT randomised trial

BACKGROUND Atopic dermatitis often begins in infancy.
OBJECTIVE To test whether Lactobacillus rhamnosus GG prevents eczema.
DESIGN, SETTING, AND PARTICIPANTS Double-blind trial in 4 centres; 415 infants with a family history of allergy.
INTERVENTIONS LGG 10^10 CFU daily or placebo from birth to 6 months.
MAIN OUTCOMES AND MEASURES Cumulative eczema at 2 years.
RESULTS Eczema occurred in 28% of the LGG group and 31% of the placebo group (p=0.42).
CONCLUSIONS AND RELEVANCE LGG did not prevent eczema.
""", [("415 infants with a family history of allergy", OWN, "abstract")]),
    ("abstract-animal", "txt", """Invented Journal of Ethnopharmacology 2021, 268: 113602

Butterbur extract attenuates neuropathic pain in rats after chronic constriction injury

Abstract
Ethnopharmacological relevance: Butterbur has been used for headache in folk medicine. Aim of the study: To examine butterbur in neuropathic pain. Materials and methods: Male Sprague-Dawley rats (n=40) with chronic constriction injury received butterbur extract (100 or 200 mg/kg, p.o.) or vehicle for 14 days. Results: Butterbur at 200 mg/kg reduced mechanical allodynia (p<0.01); 100 mg/kg had no effect. Conclusions: Butterbur may relieve neuropathic pain.
""", [("Male Sprague-Dawley rats (n=40)", OWN, "abstract")]),
    # ---------------- registry / recruitment pages ----------------
    ("registry-recruiting", "txt", """ClinicalTrials.gov ID NCT06234567

Study Title: Honey for Acute Cough in Children (HONEY-C)

Recruitment status: Recruiting
Sponsor: Invented Children's Research Institute

Brief Summary
The purpose of this study is to find out whether a spoonful of buckwheat honey at bedtime reduces night-time cough in children aged 2 to 10 with an upper respiratory infection, compared with no treatment.

Eligibility
Ages eligible: 2 to 10 years. Sexes: All. Healthy volunteers: No.

Contacts
Study contact: Dr Hanna Berg, +46 8 123 456

Frequently asked questions
Will I be paid? Families receive a 20 euro voucher per visit.
How long does it last? Each child takes part for seven days.
""", [("whether a spoonful of buckwheat honey at bedtime", {"registry_ids": ["NCT06234567"]}, "prose")]),
    ("recruitment-page", "txt", """Volunteers wanted: Does yoga help back pain?

We are looking for adults aged 18-65 with low back pain lasting more than three months to take part in a research study at Invented University.

What is involved?
You will be randomly assigned to 12 weekly yoga classes or an education booklet. You will fill in questionnaires at the start, after 12 weeks and after six months.

Who can take part?
Adults who are not pregnant and have not had back surgery.

Will I be paid?
Yes, you will receive a $50 gift card.

Contact the study team at backstudy@invented.edu
""", []),
    ("registry-results", "txt", """EU Clinical Trials Register

EudraCT Number: 2018-001234-56
Title: A randomised placebo-controlled trial of inositol in women with polycystic ovary syndrome

Results summary
A total of 120 women were randomised to myo-inositol 2 g twice daily or placebo for 16 weeks. Ovulation rates were 65% with inositol and 41% with placebo.

Adverse events
Mild gastrointestinal symptoms were reported by 6 women on inositol and 4 on placebo.

Sponsor: Invented University Hospital
""", [("A total of 120 women were randomised", {"registry_ids": ["EudraCT 2018-001234-56"]}, "prose"),
      ("Mild gastrointestinal symptoms were reported", {"registry_ids": ["EudraCT 2018-001234-56"]}, "prose")]),
    # ---------------- backgrounds that are not claims ----------------
    ("author-bio", "txt", """About the author

Dr Jane Fowler is a registered dietitian with 15 years of experience. She has published more than 40 papers on nutrition in journals including the British Journal of Nutrition and led a 2019 trial of probiotics in 200 children.

Jane lives in Bristol with her two dogs.
""", []),
    ("background-only", "txt", """What is psoriasis?

Psoriasis is a chronic inflammatory skin disease that affects about 2-3% of the population. It causes red, scaly patches, most often on the elbows, knees and scalp.

Treatments include topical steroids, phototherapy and biologic drugs. A dermatologist can help you choose.
""", []),
    ("prices-and-offers", "txt", """Omega-3 Triple Strength 1,200 mg - 120 softgels
Was $39.99, now $29.99
Buy 2, get 1 free

Each softgel provides 1,200 mg of fish oil with 900 mg of omega-3s. Take 1-2 softgels daily with food.

Reviews (312)
★★★★★ "Great quality, no fishy burps!" - Karen, verified buyer
""", []),
    # ---------------- more news, other specialties ----------------
    ("news-surgery-venue-year", "txt", """Patients who chewed gum after bowel surgery left hospital a day earlier, a 2023 study in the British Journal of Surgery reports.

The trial enrolled 2,000 patients at 36 UK hospitals. Chewing gum three times a day did not reduce complications.
""", [("Patients who chewed gum after bowel surgery", V("British Journal of Surgery", 2023), "prose"),
      ("The trial enrolled 2,000 patients", V("British Journal of Surgery", 2023), "prose")]),
    ("news-quote-led-finding", "txt", """TORONTO (CP) - A nasal spray of xylitol did not shorten colds in a trial of 310 university students, researchers said on Monday.

"We hoped for a benefit, but the spray was no better than saline," said Dr Priya Nair, who led the study at the University of Toronto.

The results were presented at the Canadian Respiratory Conference.
""", [("A nasal spray of xylitol did not shorten colds", None, "prose"),
      ("the spray was no better than saline", A("Nair"), "prose")]),
    ("news-vet", "txt", """Dogs with arthritis given a fish-oil diet walked more comfortably after 90 days than dogs on a control diet, according to a study of 127 dogs published in the Journal of the American Veterinary Medical Association.

Owners also reported that their dogs played more.

Osteoarthritis affects about one in five adult dogs.
""", [("Dogs with arthritis given a fish-oil diet", V("Journal of the American Veterinary Medical Association"), "prose"),
      ("Owners also reported that their dogs played more", V("Journal of the American Veterinary Medical Association"), "prose")]),
    ("news-observational", "txt", """People who slept fewer than six hours a night were 20% more likely to develop dementia, an analysis of 7,959 British civil servants followed for 25 years has found.

The study, by researchers at University College London and published in Nature Communications, adjusted for smoking, alcohol and physical activity.

Experts cautioned that the findings show association, not cause.
""", [("People who slept fewer than six hours a night", V("Nature Communications"), "prose"),
      ("by researchers at University College London and published in Nature Communications", V("Nature Communications"), "prose")]),
    ("news-stopped-early", "txt", """A trial of a new heart-failure drug was stopped early after an interim analysis showed fewer deaths in the treatment group, the sponsor said.

The EMPOWER-HF trial had enrolled 3,120 patients in 20 countries. Deaths were 9.1% with the drug and 12.4% with placebo.

Heart failure affects more than 60 million people worldwide.
""", [("A trial of a new heart-failure drug was stopped early", None, "prose"),
      ("The EMPOWER-HF trial had enrolled 3,120 patients", None, "prose")]),
    # ---------------- more blogs ----------------
    ("blog-inline-author-paren-venue", "txt", """Honey for children's coughs: what the evidence says

Honey has been used as a cough remedy for centuries, and many parents swear by it.

In a study published in Pediatrics in 2012, 300 children with colds were given one of three honeys or a placebo before bed. Honey reduced cough frequency more than placebo.

The WHO lists honey as a possible cough treatment for children. Never give honey to babies under one year old.
""", [("In a study published in Pediatrics in 2012", V("Pediatrics", 2012), "prose")]),
    ("blog-no-effect-followup", "txt", """Does acupuncture help hot flashes?

Hot flashes affect most women during menopause.

A Danish trial of 70 women found that five weeks of acupuncture reduced hot flashes by 37% compared with no treatment (Lund 2019). The effect did not last beyond six months.

If you want to try acupuncture, choose a licensed practitioner.
""", [("A Danish trial of 70 women found that five weeks of acupuncture", A("Lund", 2019), "prose")]),
    ("blog-q-and-a", "txt", """Q: Does vitamin C prevent colds?

A: For most people, no. A 2013 Cochrane review of 29 trials with 11,306 participants found that taking vitamin C regularly did not reduce the number of colds. It did shorten them slightly, by about 8% in adults.

Q: What about zinc?

A: Zinc lozenges started within 24 hours may shorten colds, but they can leave a bad taste.
""", [("A 2013 Cochrane review of 29 trials with 11,306 participants", V("Cochrane", 2013), "prose")]),
    ("blog-headline-numbers", "txt", """Study: Intermittent fasting no better than calorie counting

A year-long trial of 139 adults with obesity in China found that time-restricted eating (eating only between 8 am and 4 pm) led to the same weight loss as daily calorie restriction (Liu et al., 2022).

Both groups lost about 7 kg.

Intermittent fasting has become one of the most popular diets.
""", [("A year-long trial of 139 adults with obesity in China", A("Liu", 2022), "prose"),
      ("Both groups lost about 7 kg", A("Liu", 2022), "prose")]),
    ("blog-expert-reviewed", "txt", """Medically reviewed by Dr Tom Becker, MD — Updated June 2024

Creatine for older adults

Creatine is one of the most studied supplements in sports nutrition.

A 2014 meta-analysis of 22 studies found that older adults who combined creatine with resistance training gained more muscle mass than those who trained alone (Devries and Phillips, 2014).

Most studies used 3 to 5 g per day.
""", [("A 2014 meta-analysis of 22 studies", A("Devries", 2014), "prose"),
      ("Most studies used 3 to 5 g per day", None, "prose")]),
    # ---------------- more review paragraphs ----------------
    ("review-named-trials", "txt", """Results from cardiovascular outcome trials

In EMPA-REG OUTCOME, empagliflozin reduced cardiovascular death by 38% compared with placebo in 7,020 patients with type 2 diabetes (Zinman et al., 2015). The CANVAS programme found a 14% reduction in major adverse cardiovascular events with canagliflozin (Neal et al., 2017), whereas DECLARE-TIMI 58 showed no reduction in such events with dapagliflozin (Wiviott et al., 2019).

These trials changed guidelines.
""", [("In EMPA-REG OUTCOME, empagliflozin reduced", A("Zinman", 2015), "prose"),
      ("The CANVAS programme found a 14% reduction", A("Neal", 2017), "prose")]),
    ("review-paediatric-numbered", "txt", """Zinc for acute diarrhoea

Oral zinc (20 mg/day for 10-14 days) shortened diarrhoea in children over six months in low-income countries (1). In infants younger than six months, zinc had no benefit (2). The World Health Organization recommends zinc for all children with acute diarrhoea (3).
""", [("Oral zinc (20 mg/day for 10-14 days) shortened diarrhoea", M("1"), "prose"),
      ("In infants younger than six months, zinc had no benefit", M("2"), "prose"),
      ("The World Health Organization recommends zinc", M("3"), "prose")]),
    ("review-two-studies-one-sentence", "txt", """Exercise and cognition

Two trials in older adults with mild cognitive impairment found that six months of aerobic exercise improved executive function (Baker et al., 2010; Lautenschlager et al., 2008).

Exercise is also good for mood and sleep.
""", [("Two trials in older adults with mild cognitive impairment", A("Baker", 2010), "prose")]),
    # ---------------- more abstract pages ----------------
    ("abstract-embedded-citation-line", "txt", """Home / Archives / Vol. 12 No. 4 (2020) / Original Articles

Hibiscus tea and blood pressure in adults with stage 1 hypertension: a randomized controlled trial

Fatima Okoro, Chidi Eze

DOI: https://doi.org/10.9999/ijcm.v12i4.880

Abstract
This randomized trial tested whether hibiscus tea lowers blood pressure. Eighty adults with stage 1 hypertension drank three cups of hibiscus tea or a placebo beverage daily for six weeks. Systolic blood pressure fell by 7.2 mmHg with hibiscus and 1.3 mmHg with placebo (p=0.03). Hibiscus tea may be a useful adjunct in mild hypertension.

How to Cite
Okoro F, Eze C. Hibiscus tea and blood pressure. Int J Invented Clin Med. 2020;12(4):101-108.
""", [("Eighty adults with stage 1 hypertension drank", OWN, "abstract")]),
    ("abstract-key-points", "txt", """Invented JAMA Network Open. 2024;7(2):e2401234

Key Points
Question Does a single dose of psilocybin reduce symptoms of major depression compared with niacin?
Findings In this randomized clinical trial of 104 adults, psilocybin reduced MADRS scores by 12 points more than niacin at 6 weeks.
Meaning Psilocybin may be an effective treatment for major depression.

Abstract
Importance Psilocybin has shown promise in small studies.
Objective To evaluate psilocybin 25 mg versus niacin 100 mg in major depressive disorder.
Design, Setting, and Participants This phase 2 trial enrolled 104 adults at 11 US sites.
Results Psilocybin reduced MADRS scores more than niacin (difference -12.3; p<0.001).
Conclusions and Relevance A single dose of psilocybin reduced depressive symptoms.
""", [("This phase 2 trial enrolled 104 adults", OWN, "abstract")]),
    ("abstract-background-inline-no-heading", "txt", """Invented Journal of Orthopaedic Research 2018;36(9):2450-2457

Glucosamine sulfate for knee osteoarthritis in adults older than 50: a 2-year randomized trial

Background: Glucosamine is widely used. Methods: 605 patients with knee osteoarthritis received 1,500 mg glucosamine sulfate or placebo daily for 2 years. Results: Joint space narrowing did not differ (p=0.53). Conclusion: Glucosamine did not slow structural progression.
""", [("605 patients with knee osteoarthritis received", OWN, "abstract")]),
    # ---------------- more forum / comments ----------------
    ("forum-comment-thread-on-blog", "txt", """Beetroot juice: the runner's secret weapon?

Beetroot juice is rich in nitrates, which the body turns into nitric oxide.

In a 2009 study of 8 cyclists, drinking 500 ml of beetroot juice a day for six days let them cycle 16% longer before exhaustion (Bailey et al., 2009).

12 Comments

MarathonMike says:
March 3, 2024 at 10:12 am
I tried it before my last half marathon and knocked two minutes off my time!

SciencePhD says:
March 4, 2024 at 2:40 pm
Worth noting that a 2017 meta-analysis of 47 studies found the effect is much smaller in trained athletes (McMahon 2017).
""", [("In a 2009 study of 8 cyclists", A("Bailey", 2009), "prose"),
      ("a 2017 meta-analysis of 47 studies found the effect is much smaller", A("McMahon", 2017), "comment")]),
    ("forum-anecdotes-only", "txt", """Thread: Cold showers for anxiety?

mindfulmax wrote:
I've been doing 2-minute cold showers every morning for a month. My anxiety feels a lot lower. Anyone else?

river_song wrote:
Same here, I feel more alert. Not sure it's more than placebo though.

mindfulmax wrote:
Ha, could be. I'll keep going anyway.
""", [("Same here, I feel more alert", None, "*")]),
    # ---------------- more press releases ----------------
    ("pr-university-colleagues", "txt", """University of Otago News

Kiwifruit eases constipation as well as prunes, study finds

Eating two green kiwifruit a day relieved constipation as well as prunes or psyllium in a four-week trial of 184 adults in New Zealand, Italy and Japan, Professor Richard Gearry and colleagues report in the American Journal of Gastroenterology.

Kiwifruit caused fewer side effects such as bloating than the other two treatments.

The research was funded by Zespri International.
""", [("Eating two green kiwifruit a day relieved constipation", A("Gearry"), "prose"),
      ("Kiwifruit caused fewer side effects", A("Gearry"), "prose")]),
    ("pr-medical-xpress-style", "txt", """by Invented Institute of Medical Research

Credit: Unsplash/CC0 Public Domain

A drug commonly used for gout, colchicine, reduced heart attacks and strokes by 31% in people with stable coronary disease, according to a trial involving 5,522 patients in Australia and the Netherlands.

The findings were published in the New England Journal of Medicine and presented at the ESC Congress.

More information: Nidorf SM et al. Colchicine in patients with chronic coronary disease. N Engl J Med 2020.
""", [("colchicine, reduced heart attacks and strokes by 31%", V("New England Journal of Medicine"), "prose"),
      ("The findings were published in the New England Journal of Medicine", V("New England Journal of Medicine"), "prose")]),
]

# A second sweep, written after the fixes above and measured once before any change for it (the
# held-out estimate in the module docstring); then the outsider's remark, the remark-led follow-up
# ("However, the effect differed ...") and the bio heading were fixed.
CASES += [
    ("f-news-ketamine", "txt", """SYDNEY, Feb 2 (Invented Press) - A single infusion of ketamine eased suicidal thoughts within a day in 156 emergency patients, a trial led by the University of Sydney has found.

The effect lasted about a week, after which scores in both groups were similar.

"Emergency departments need faster tools," said Dr Mei Tan, an emergency physician who was not involved in the research.
""", [("A single infusion of ketamine eased suicidal thoughts", V("University of Sydney"), "prose"),
      ("The effect lasted about a week", V("University of Sydney"), "prose")]),
    ("f-blog-links-probiotic", "md", """# Can probiotics prevent traveller's diarrhoea?

Travellers' diarrhoea affects up to half of people visiting some regions.

A [2007 meta-analysis of 12 trials](https://example.org/mcfarland) found that probiotics reduced the risk by about 15%.

One [trial in Danish soldiers](https://example.org/soldiers) of 300 participants found no benefit of Lactobacillus GG over placebo.

Pack oral rehydration salts either way.
""", [("A [2007 meta-analysis of 12 trials]", None, "prose"),
      ("of 300 participants found no benefit of Lactobacillus GG", None, "prose")]),
    ("f-pr-vet-horses", "txt", """Equine Research Institute News

Omega-3 supplement eases arthritis pain in older horses

Researchers at the Invented Equine Research Institute have found that 30 g of a marine omega-3 supplement daily improved stride length in 44 horses with osteoarthritis compared with a soybean-oil control.

The horses were assessed by vets who did not know which supplement each received.

Media contact: news@equine.example.org
""", [("have found that 30 g of a marine omega-3 supplement", V("Invented Equine Research Institute"), "prose"),
      ("The horses were assessed by vets", V("Invented Equine Research Institute"), OPTIONAL)]),
    ("f-review-paren-after", "txt", """Vitamin D and respiratory infections

Daily or weekly vitamin D lowered the risk of acute respiratory infection in a meta-analysis of 25 trials. (Martineau et al., 2017) Bolus doses had no effect. (Martineau et al., 2017)

The mechanism may involve antimicrobial peptides.
""", [("Daily or weekly vitamin D lowered the risk", A("Martineau", 2017), "prose")]),
    ("f-forum-sleep", "txt", """Thread: Magnesium glycinate for sleep?

nightowl_22 wrote:
I started 200 mg magnesium glycinate a month ago and I fall asleep much faster now.

drsleepwell wrote:
A small Iranian trial of 46 elderly people found that 500 mg of magnesium improved sleep time compared with placebo (Abbasi 2012).
""", [("I started 200 mg magnesium glycinate", None, "*"),
      ("A small Iranian trial of 46 elderly people", A("Abbasi", 2012), "*")]),
    ("f-product-collagen", "txt", """DermaGlow Collagen Peptides 10 g
$34.95 | Add to bag

What the research says
In a 12-week trial, 72 women who took 2.5 g of collagen peptides daily had better skin elasticity than those taking placebo (Bolke et al., 2019).

Free returns within 30 days.
""", [("72 women who took 2.5 g of collagen peptides", A("Bolke", 2019), "prose")]),
    ("f-news-two-para-result", "txt", """Children who ate a handful of peanuts a day from infancy were far less likely to have a peanut allergy at age five, according to a trial published in the New England Journal of Medicine.

Of the 640 infants studied, 1.9% of those who ate peanuts developed an allergy, compared with 13.7% of those who avoided them.

Peanut allergy has doubled in the past decade.
""", [("Children who ate a handful of peanuts a day", V("New England Journal of Medicine"), "prose"),
      ("Of the 640 infants studied", V("New England Journal of Medicine"), "prose")]),
    ("f-abstract-caps-nolabel", "txt", """Invented Journal of Clinical Sleep. 2022;18(4):1101-1109

Weighted blankets for insomnia in adults with ADHD: a randomized trial

Abstract
Insomnia is common in ADHD. In this trial, 120 adults with ADHD and insomnia were randomized to a weighted chain blanket or a light plastic blanket for four weeks. Insomnia severity improved more with the weighted blanket (p<0.001). Weighted blankets may help insomnia in ADHD.
""", [("120 adults with ADHD and insomnia were randomized", OWN, "abstract")]),
    ("f-cohort-vancouver", "txt", """Epidemiology

In a Norwegian cohort of 60,000 adults, people who walked more than 7,000 steps a day had a lower risk of death.4 A US cohort of 2,110 middle-aged adults reported similar results.5

Steps are easy to count with a phone.
""", [("In a Norwegian cohort of 60,000 adults", M("4"), "prose"),
      ("A US cohort of 2,110 middle-aged adults", M("5"), "prose")]),
    ("f-news-however-subgroup", "txt", """Aspirin taken daily did not prevent dementia in 19,114 older adults followed for five years, researchers reported in Neurology.

However, the effect differed in people with diabetes, who had slightly more cognitive decline on aspirin.
""", [("Aspirin taken daily did not prevent dementia", V("Neurology"), "prose"),
      ("However, the effect differed in people with diabetes", V("Neurology"), "prose")]),
    ("f-registry-recruit-faq", "txt", """Now recruiting: The BRIGHT Trial (NCT06111222)

Does bright light therapy help depression in pregnancy?

Who can join? Pregnant women aged 18-45 with depression.
What happens? You will use a light box for 30 minutes each morning for 6 weeks.
Will I be paid? Yes, up to $150.
Contact: bright@invented.edu
""", []),
    ("f-blog-according-cochrane", "txt", """Does chewing gum help after a caesarean?

According to a Cochrane review of 17 trials, chewing gum after a caesarean shortened the time to first bowel movement by about 9 hours.

Ask your midwife whether gum is allowed on your ward.
""", [("According to a Cochrane review of 17 trials", V("Cochrane"), "prose")]),
    ("f-pr-company-results", "txt", """Nortan Bio Reports Phase 2 Results for NB-220 in Alopecia Areata

CAMBRIDGE, Mass., June 3, 2025 -- Nortan Bio today reported that NB-220 achieved 80% scalp hair regrowth in 38% of 142 patients at week 24, versus 6% with placebo, in its Phase 2 trial (NCT05333444).

NB-220 was generally well tolerated, with acne the most common side effect.

About Nortan Bio
Nortan Bio develops immunology medicines.
""", [("NB-220 achieved 80% scalp hair regrowth", {"registry_ids": ["NCT05333444"]}, "prose"),
      ("NB-220 was generally well tolerated", {"registry_ids": ["NCT05333444"]}, "prose")]),
    ("f-bio-background", "txt", """About Dr Sam Hill

Dr Sam Hill is a sports physician who has treated more than 2,000 athletes. He ran a 2018 trial of ice baths in 40 rugby players and writes a weekly column.

Sam enjoys trail running and cooking.
""", []),
]


def _run(tmp_path: Path, name: str, suffix: str, text: str) -> tuple[str, list]:
    path = tmp_path / f"{name}.{suffix}"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    return result.document.text if hasattr(result, "document") else text, result.claims


def judge(tmp_path: Path, name: str, suffix: str, text: str, expected) -> dict[str, list[str]]:
    """Problems of one case by kind: missed, merged, split/spurious, study, context."""
    _, claims = _run(tmp_path, name, suffix, text)
    problems: dict[str, list[str]] = {"missed": [], "merged": [], "spurious": [], "study": [], "context": []}
    owner: dict[int, list[str]] = {}
    for snippet, study, context in expected:
        hits = [i for i, c in enumerate(claims) if snippet in c.evidence.text]
        if not hits:
            if context != OPTIONAL:
                problems["missed"].append(snippet)
            continue
        owner.setdefault(hits[0], []).append(snippet)
        claim = claims[hits[0]]
        if context != OPTIONAL and gold_attribution(study) != predicted_attribution(claim.study, study):
            problems["study"].append(f"{snippet[:40]!r}: got {claim.study.label!r} "
                                     f"{claim.study.first_author} {claim.study.year} {claim.study.markers} "
                                     f"{claim.study.venue} {claim.study.registry_ids}")
        if context not in ("*", OPTIONAL) and claim.context != context:
            problems["context"].append(f"{snippet[:40]!r}: got {claim.context}")
    optional = {snippet for snippet, _, context in expected if context == OPTIONAL}
    for snippets in owner.values():
        problems["merged"].extend(s for s in snippets[1:] if s not in optional)
    for i, c in enumerate(claims):
        if i not in owner:
            problems["spurious"].append(c.evidence.text[:90])
    return problems


# Cases still failing, each a family named in the module docstring's gaps; strict, so a fix shows.
KNOWN_GAPS = frozenset({
    "blog-bullets",
    "review-vancouver-cohort",
    "news-observational",
    "pr-medical-xpress-style",
    "f-cohort-vancouver",
})


@pytest.mark.parametrize("name, suffix, text, expected", [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if case[0] in KNOWN_GAPS else case for case in CASES
], ids=[c[0] for c in CASES])
def test_sweep(tmp_path, name, suffix, text, expected):
    problems = judge(tmp_path, name, suffix, text, expected)
    assert not any(problems.values()), problems
