"""Wave-24 lexicon breadth: instruments, endpoints, drugs and control wordings across medicine.

One realistic sentence per new entry family, read through the public field functions, plus
negatives for the short forms that are also words or other acronyms.
"""

import pytest

from extractors.fields import parse_comparator, parse_outcomes

OUTCOMES = [
    # respiratory and sleep
    ("Breathlessness, Cough, and Sputum Scale (BCSS) totals fell by 1.2 points with the inhaler.", "BCSS"),
    ("Daily E-RS scores improved more with the triple inhaler than with dual therapy.", "E-RS"),
    ("Mean DLCO rose by 4% of predicted after 52 weeks of treatment.", "DLCO"),
    ("The respiratory domain of the CFQ-R improved by 8 points versus placebo.", "CFQ-R"),
    ("Exercise endurance was longer and the modified Borg dyspnoea scale lower after training.", "Borg"),
    ("Sleepiness improved and the STOP-Bang questionnaire was used to screen participants.", "STOP-Bang"),
    ("Mean sleep latency on the Multiple Sleep Latency Test lengthened with pitolisant.", "MSLT"),
    ("The Richards-Campbell Sleep Questionnaire scores were higher in the earplug group.", "RCSQ"),
    # cardiology and vascular
    ("Pulse wave velocity (PWV) decreased by 0.6 m/s after 12 weeks of beetroot juice.", "PWV"),
    ("Walking Impairment Questionnaire scores improved with supervised exercise.", "WIQ"),
    ("The AFEQT overall score rose by 14 points after ablation compared with drug therapy.", "AFEQT"),
    ("VCSS fell from 9 to 4 after foam sclerotherapy.", "VCSS"),
    # endocrinology and obesity
    ("IWQOL-Lite scores improved more with semaglutide than with placebo at week 68.", "IWQOL-Lite"),
    ("Cognitive restraint on the Three-Factor Eating Questionnaire increased in the program arm.", "TFEQ"),
    ("Diabetes distress measured with the Problem Areas in Diabetes scale fell by 6 points.", "PAID"),
    ("Treatment satisfaction (DTSQs) was higher with the weekly injection.", "DTSQs"),  # the status version, as written
    # gastroenterology and hepatology
    ("GERD-HRQL scores improved after fundoplication compared with medical therapy.", "GERD-HRQL"),
    ("The Gastrointestinal Quality of Life Index rose by 12 points after surgery.", "GIQLI"),
    ("The Wexner score fell from 14 to 7 after sacral nerve stimulation.", "CCIS"),
    ("Endoscopic Reference Score totals improved with dupilumab in eosinophilic esophagitis.", "EREFS"),
    ("Bowel cleansing was rated with the Boston Bowel Preparation Scale.", "BBPS"),
    ("The MELD score improved after 6 months of abstinence.", "MELD"),
    # nephrology and urology
    ("Urinary function on the EPIC-26 was better after radiotherapy than after surgery.", "EPIC-26"),
    ("The Female Sexual Distress Scale-Revised score fell more with the active drug.", "FSDS-R"),
    ("Stent-related symptoms on the Ureteral Stent Symptom Questionnaire were fewer with tamsulosin.", "USSQ"),
    ("Dialysis adequacy (Kt/V) was unchanged with the new membrane.", "Kt/V"),
    # obstetrics, gynaecology, fertility and neonatology
    ("Apgar scores at 5 minutes did not differ between groups.", "Apgar"),
    ("The modified Bishop score improved more after misoprostol than after the balloon.", "Bishop"),
    ("EHP-30 pain scores fell with dienogest compared with placebo.", "EHP-30"),
    ("Hirsutism measured by the modified Ferriman-Gallwey score decreased with spironolactone.", "mFG"),
    ("Pain during heel lance measured with the Premature Infant Pain Profile was lower with sucrose.", "PIPP"),
    ("The Neonatal Infant Pain Scale (NIPS) scores were lower in the skin-to-skin group.", "NIPS"),
    ("Breastfeeding Self-Efficacy Scale-Short Form scores rose after the counselling program.", "BSES-SF"),
    # paediatrics and child growth
    ("Weight-for-age z-score (WAZ) improved more with the fortified spread.", "WAZ"),
    ("Positive screens on the M-CHAT-R/F were followed up at 24 months.", "M-CHAT-R/F"),
    ("The Pediatric Evaluation of Disability Inventory improved after intensive therapy.", "PEDI"),
    # oncology and supportive care
    ("Median event-free survival was 24.1 months versus 16.7 months with chemotherapy alone.", "EFS"),
    ("FACT-An scores improved more with the oral iron than with placebo.", "FACT-An"),
    ("EORTC QLQ-PR25 urinary symptom scores were similar between arms.", "EORTC QLQ-PR25"),
    ("Nausea on the Rhodes Index of Nausea, Vomiting and Retching was lower with acupressure.", "INVR"),
    ("The Memorial Symptom Assessment Scale total fell with early palliative care.", "MSAS"),
    ("The Fear of Cancer Recurrence Inventory score fell after the group intervention.", "FCRI"),
    # rheumatology, orthopaedics and sports medicine
    ("The Oxford Shoulder Score (OSS) improved more after surgery than after physiotherapy.", "OSS"),
    ("Western Ontario Rotator Cuff Index scores were higher at 12 months.", "WORC"),
    ("The Boston Carpal Tunnel Questionnaire symptom severity scale improved after splinting.", "BCTQ"),
    ("Foot and Ankle Outcome Score (FAOS) pain improved with the custom insoles.", "FAOS"),
    ("The Cumberland Ankle Instability Tool scores rose after balance training.", "CAIT"),
    ("The Forgotten Joint Score was higher after the robotic knee replacement.", "FJS-12"),
    ("BASMI fell by 0.8 points with the biologic compared with placebo.", "BASMI"),
    ("The modified Rodnan skin score (mRSS) did not differ from placebo at week 52.", "mRSS"),
    ("The Star Excursion Balance Test reach distance improved after 6 weeks.", "SEBT"),
    # dermatology
    ("Vancouver Scar Scale scores were lower with the silicone gel.", "VSS"),
    ("The Patient and Observer Scar Assessment Scale favoured the laser-treated half.", "POSAS"),
    ("Acne-QoL scores improved more with spironolactone than with placebo.", "Acne-QoL"),
    ("The Global Aesthetic Improvement Scale was rated by a blinded investigator.", "GAIS"),
    # ophthalmology, ENT and dental
    ("The Schirmer test values increased with the eye drops compared with vehicle.", "Schirmer"),
    ("Convergence Insufficiency Symptom Survey scores fell after office-based therapy.", "CISS"),
    ("Voice-Related Quality of Life (V-RQOL) improved after voice therapy.", "V-RQOL"),
    ("The Early Childhood Oral Health Impact Scale improved after treatment under anaesthesia.", "ECOHIS"),
    ("Caries increments on the DMFS index were lower with fluoride varnish.", "DMFS"),
    # intensive care, anaesthesia and nursing
    ("Pressure injury risk on the Braden Scale was recorded daily.", "Braden"),
    ("Patients in the intervention arm had more ventilator-free days (VFD) at day 28.", "VFD"),
    ("The Behavioral Pain Scale scores during suctioning were lower with music.", "BPS"),
    ("Preoperative anxiety on the Amsterdam Preoperative Anxiety and Information Scale fell with the video.", "APAIS"),
    ("Workload on the NASA Task Load Index was lower with the new interface.", "NASA-TLX"),
    ("The Professional Quality of Life Scale burnout score fell after the mindfulness course.", "ProQOL"),
    ("The Pain Assessment in Advanced Dementia scores fell with scheduled paracetamol.", "PAINAD"),
    # infectious disease and vaccines
    ("Total WURSS-21 scores did not differ between the zinc lozenge and placebo arms.", "WURSS-21"),
    ("SVR12 was reached by 98% of patients on the pangenotypic regimen.", "SVR12"),
    ("The geometric mean titre was higher after the booster than after the primary series.", "GMT"),
    ("Diarrhoea severity on the Vesikari score was lower in vaccinated infants.", "Vesikari"),
    # neurology and rehabilitation
    ("The Multiple Sclerosis Walking Scale-12 improved with fampridine.", "MSWS-12"),
    ("North Star Ambulatory Assessment scores declined less on the new drug.", "NSAA"),
    ("The Coma Recovery Scale-Revised rose more after active stimulation than after sham.", "CRS-R"),
    ("Spinal Cord Independence Measure scores improved after robotic gait training.", "SCIM"),
    ("The Rivermead Post-Concussion Symptoms Questionnaire total fell after vestibular therapy.", "RPQ"),
    ("Lawton Instrumental Activities of Daily Living Scale scores were stable.", "Lawton IADL"),
    # generic quality of life and utility
    ("Utility was measured with the SF-6D and costs with the clinic records.", "SF-6D"),
    ("The Nottingham Health Profile improved more after hip replacement than after physiotherapy.", "NHP"),
    ("Disability on the WHODAS 2.0 decreased after the rehabilitation program.", "WHODAS 2.0"),
    ("Child Health Utility 9D scores were collected from parents.", "CHU9D"),
    # veterinary and animal science
    ("Feline Grimace Scale scores were lower after buprenorphine in cats.", "FGS"),
    ("Dry matter intake (DMI) was higher in calves fed the supplemented starter.", "DMI"),
    ("Mouse Grimace Scale scores were lower after buprenorphine than after saline.", "MGS"),
    ("Locomotor recovery on the Basso-Beattie-Bresnahan locomotor rating scale was faster in treated rats.", "BBB"),
    ("Anaemia was scored with the FAMACHA system and the fecal egg count reduction test.", "FAMACHA"),
    # general health psychology, adherence and diet
    ("Psychological distress on the K6 fell more in the peer-support arm.", "K6"),
    ("Perceived support (MSPSS) rose after the group sessions.", "MSPSS"),
    ("Adherence on the Morisky Medication Adherence Scale improved with text reminders.", "MMAS-8"),
    ("Diet quality on the Mediterranean Diet Adherence Screener improved with coaching.", "MEDAS"),
    ("The Brief Resilience Scale scores did not change.", "BRS"),
    ("Working Alliance Inventory ratings were similar across therapists.", "WAI"),
]


@pytest.mark.parametrize(("sentence", "measure"), OUTCOMES)
def test_names_the_instrument(sentence: str, measure: str) -> None:
    assert measure in parse_outcomes(sentence)


NOT_INSTRUMENTS = [
    "Randomised and non-randomised CCTs were eligible for the review.",  # controlled clinical trials
    "Serum TIMP-1 protein was higher in the fibrotic livers.",  # an enzyme inhibitor
    "NEWS FROM THE CLINIC: a new sleep study opens this spring.",  # a heading
    "Vaccines against FMD were given to all the cattle.",  # foot-and-mouth disease
    "Patients with ABI after a fall were referred to the clinic.",  # acquired brain injury
    "The ROM and RAM chips were replaced.",  # read-only memory
    "Mice were bred on a BBB-permeable background.",  # blood-brain barrier
    "The NHP cohort was housed in pairs.",  # non-human primates
    "Participants who had RMI scores were excluded.",  # risk of malignancy index: not ours
    "MSM attending the sexual health clinic were offered PrEP.",  # men who have sex with men
    "The BRS wheels were replaced before the race.",  # the resilience scale only by name
]


@pytest.mark.parametrize("sentence", NOT_INSTRUMENTS)
def test_ambiguous_short_forms_alone_name_no_instrument(sentence: str) -> None:
    assert parse_outcomes(sentence) == []


COMPARATORS = [
    # new drugs as active comparators
    ("Weight loss was greater with tirzepatide than with lixisenatide.", "lixisenatide"),
    ("Inclisiran was compared with ezetimibe in patients on statins.", "ezetimibe"),
    ("Semaglutide was superior to orlistat for weight loss at 1 year.", "orlistat"),
    ("Granisetron was as effective as palonosetron for acute emesis.", "palonosetron"),
    ("Posaconazole prophylaxis versus fluconazole reduced invasive fungal infection.", "fluconazole"),
    ("The new triple regimen was noninferior to voriconazole.", "voriconazole"),
    ("Bimekizumab was compared with secukinumab in plaque psoriasis.", "secukinumab"),
    ("Finerenone versus eplerenone lowered potassium less often.", "eplerenone"),
    ("The single pill was compared with irbesartan in untreated hypertension.", "irbesartan"),
    ("Cetirizine relieved itch better than loratadine.", "loratadine"),
    ("Tenecteplase was noninferior to alteplase for reperfusion.", "alteplase"),
    ("Sugammadex reversed block faster than neostigmine after rocuronium.", "neostigmine"),
    ("Oclacitinib was compared with prednisolone in dogs with atopic dermatitis.", "prednisolone"),
    ("Grapiprant was as effective as carprofen in dogs with osteoarthritis.", "carprofen"),
    ("The adjuvanted vaccine was compared with the rabies vaccine as an active control.", "rabies vaccine"),
    ("Coenzyme Q10 was compared with vitamin E in statin-treated patients.", "vitamin e"),
    # control wordings
    ("The program was compared with no music during the dressing change.", "no treatment"),
    ("Low-level laser therapy was compared with a sham laser in knee pain.", "sham"),
    ("The gel reduced lesion counts versus vehicle cream over 12 weeks.", "placebo"),
    ("The foam was compared with vehicle foam in scalp psoriasis.", "placebo"),
    ("Honey dressings were compared with standard wound care for burns.", "treatment as usual"),
    ("Kinesio taping was compared with placebo taping in shoulder pain.", "sham"),
    ("Acupuncture was compared with Streitberger needles for chronic neck pain.", "sham"),
    ("The app was compared with a delayed intervention in students with insomnia.", "waitlist"),
    ("The intervention was compared with usual primary care in older adults.", "treatment as usual"),
    ("The nasal spray was compared with saline injections in cluster headache.", "placebo"),
]


@pytest.mark.parametrize(("sentence", "comparator"), COMPARATORS)
def test_reads_the_comparator(sentence: str, comparator: str) -> None:
    assert parse_comparator(sentence) == comparator
