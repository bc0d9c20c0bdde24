"""Wave-15 field families: comparators after a decimal eligibility cut-off, after "over" a gain, after a result
or the people/animals of an arm, two-word "X and Y alone" therapies, feed-study controls, new active drugs;
outcome lexicon for dental, eye, menopause, IBD, diabetes and bone studies."""
import pytest

from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize("text, expected", [
    # the second arm of a randomisation, past a decimal in the eligibility criteria
    ("We randomly assigned 240 men with a T-score of -2.5 or below to denosumab 60 mg every 6 months or oral "
     "alendronate 70 mg once weekly.", "alendronate"),
    ("Women with a BMI of 30.5 or more were randomised to letrozole 2.5 mg daily or clomiphene 50 mg daily.",
     "clomiphene"),
    ("Adults with an HbA1c of 7.5% or higher were allocated to tofacitinib 5 mg or azathioprine 2 mg/kg.",
     "azathioprine"),
    # a gain "over" another arm names a therapy
    ("Okonjo et al. reported a gain of 11 percentage points in time in range over sensor-augmented pump therapy [3].",
     "sensor-augmented pump therapy"),
    ("Hybrid closed loop gave an improvement of 9% over multiple daily injection therapy in 60 adults.",
     "multiple daily injection therapy"),
    ("Exercise showed a clear benefit over usual care in 80 adults.", "treatment as usual"),
    # a result, then the people or animals of the comparator arm
    ("Ivermectin 1% cream left 71% of patients clear, compared with 58% of those using metronidazole 0.75% cream.",
     "metronidazole"),
    ("Azelaic acid cleared 40% of patients versus 25 percent of those using brimonidine gel.", "brimonidine"),
    ("Ivermectin cleared 71% of patients versus 58% with metronidazole.", "metronidazole"),
    ("Remission was 40% compared with 21% in the prednisolone group.", "prednisolone"),
    ("Healing was 71% versus 58% for patients receiving metronidazole cream.", "metronidazole"),
    ("Abstinence was 18.0% compared with 9.9% among those using nicotine replacement therapy.",
     "nicotine replacement therapy"),
    ("Combination users had fewer relapses than those using the nicotine patch alone at 6 months.",
     "nicotine patch alone"),
    ("Relapse was rarer than in people using the nicotine gum alone.", "nicotine gum alone"),
    ("Weaned piglets fed zinc oxide had fewer diarrhoea days than pigs on a control diet.", "no treatment"),
    ("Hens fed the probiotic laid more eggs than birds fed the basal diet.", "no treatment"),
    ("Birds fed 500 mg/kg showed greater weight gain than unsupplemented controls at day 35.", "no treatment"),
    ("Calves given the yeast culture grew faster than calves on an unsupplemented diet.", "no treatment"),
    # one therapy named with "and", then "alone"
    ("Adjunctive amoxicillin plus metronidazole reduced residual pockets compared with scaling and root planing "
     "alone.", "scaling and root planing alone"),
    ("Orlistat improved weight loss compared with diet and exercise alone in 200 adults.", "diet and exercise alone"),
    ("The probiotic was added to SRP and compared with SRP alone.", "srp alone"),
    # a listed drug before "and ... alone" stays the drug
    ("CBT was better than sertraline and exposure alone.", "sertraline"),
    # diet against diet: the control diet is another diet, not "no treatment"
    ("127 dogs were fed either a high omega-3 therapeutic diet or a control diet for 6 months.", None),
])
def test_comparator_families(text, expected):
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text", [
    "The gain was sustained over the 12 weeks of therapy.",
    "Reductions in pain were seen over eight weeks of treatment.",
])
def test_over_a_period_names_no_comparator(text):
    assert parse_comparator(text) is None


from extractors.fields.outcomes import learn_abbreviations, parse_outcomes  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    # periodontology: written abbreviations count, hyphenated line breaks included
    ("Lozenges improved bleeding on probing (BOP) but not clinical attach-\nment level (CAL) relative to placebo.",
     ["BOP", "CAL"]),
    ("BoP fell from 42% to 18% and CAL gain was 0.6 mm after 12 weeks in 40 adults.", ["BOP", "CAL"]),
    # dry eye, menopause, IBD, glucose monitoring, bone, livestock
    ("Omega-3 improved TBUT and OSDI scores versus placebo in 90 adults.", ["TBUT", "OSDI"]),
    ("The Greene Climacteric Scale (GCS) fell by 31% from baseline over 8 weeks.", ["GCS"]),
    ("Scores on the Greene Climacteric Scale and the Menopause Rating Scale improved.", ["GCS", "MRS"]),
    ("Remission by PUCAI and PCDAI was more frequent with exclusive enteral nutrition.", ["PUCAI", "PCDAI"]),
    ("Clinical remission (CDAI < 150) and SES-CD response improved with ustekinumab.", ["CDAI", "SES-CD"]),
    ("Closed loop raised TIR by 11 points, lowered HbA1c, and TBR did not increase.", ["TIR", "HbA1c", "TBR"]),
    ("Denosumab increased lumbar spine BMD more than alendronate.", ["BMD"]),
    ("Birds fed the probiotic had higher ADG and a lower FCR than unsupplemented controls.", ["ADG", "FCR"]),
])
def test_outcome_families(text, expected):
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text", [
    # words alone name an endpoint, not its measure
    "Treatment reduced probing depth and bleeding on probing at 6 months.",
    # PD, PI and GI are other things unless the document defines them
    "Patients with PD improved on levodopa.",
    "The PI reported that GI side effects were rare.",
    # what cells made is a laboratory readout, not an outcome measure
    "In primary human gingival fibroblast cultures, resveratrol lowered IL-6 secretion versus vehicle but not IL-8.",
    "In THP-1 macrophages, the extract reduced TNF-α release.",
    "Curcumin suppressed IL-6 production by stimulated monocytes in vitro.",
])
def test_not_outcome_measures(text):
    assert parse_outcomes(text) == []


def test_defined_probing_depth_counts_in_a_table_header():
    learned = learn_abbreviations("Success is judged by the reduction in probing depth (PD) and residual pockets.")
    assert parse_outcomes("Study\tn\tAgent\tComparator\tPD reduction (mm)", learned) == ["PD"]


@pytest.mark.parametrize("text, expected", [
    ("In 120 adults, curcumin 1 g/day lowered IL-6 and hs-CRP versus placebo.", ["IL-6", "hs-CRP"]),
    ("Serum IL-6 fell by 30% with tocilizumab in 60 patients.", ["IL-6"]),
])
def test_biomarkers_in_people_stay_outcomes(text, expected):
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # deferred treatment: nothing during the comparison
    ("The daily pill cut HIV infections by 86% compared with deferred PrEP (n = 544).", "no treatment"),
    ("Immediate ART reduced serious events versus deferred ART in 4,685 adults.", "no treatment"),
    # a scheduled first arm, then "or" an active drug
    ("3,214 women received a long-acting injection every six months or daily oral tenofovir–emtricitabine.",
     "tenofovir-emtricitabine"),
    ("Cabotegravir was superior to TDF/FTC in preventing HIV.", "tenofovir-emtricitabine"),
    # the route of an unlisted comparator tells it apart; a listed drug stays its generic name
    ("Iron sucrose was compared with oral iron in 62 adults.", "oral iron"),
    ("Ferric carboxymaltose was compared with oral ferrous sulfate 200 mg.", "ferrous sulfate"),
    ("Semaglutide was compared with oral sitagliptin.", "sitagliptin"),
])
def test_more_comparator_families(text, expected):
    assert parse_comparator(text) == expected


from extractors.fields.n import parse_n  # noqa: E402


@pytest.mark.parametrize("text, n, arms", [
    ("Bupropion SR 100, 150 or 300 mg/day was compared with placebo (n = 40, 38, 41 and 39).", 158, [40, 38, 41, 39]),
    ("Drug or placebo (n = 52 and 50).", 102, [52, 50]),
    ("Three arms (n = 30, 31, 29) were compared.", 90, [30, 31, 29]),
])
def test_bracketed_arm_sizes_sum(text, n, arms):
    assert parse_n(text) == (n, {"arms": arms})


def test_bracketed_list_of_other_numbers_is_no_arm_list():
    assert parse_n("In 60 adults (n = 2, 3 and 4 mg doses) ...")[0] == 60


@pytest.mark.parametrize("text, expected", [
    ("Mucosal healing and UCDAI remission were higher with tofacitinib.", ["UCDAI"]),
    ("The Mayo endoscopic subscore improved with vedolizumab.", ["MES"]),
    ("MENQOL vasomotor scores and the HFRDIS improved with fezolinetant versus placebo in 500 women.",
     ["MENQOL", "HFRDIS"]),
    ("OHIP-14 scores improved after scaling in 60 adults, and DMFT did not change.", ["OHIP-14", "DMFT"]),
    ("Denosumab lowered serum CTX and P1NP versus placebo.", ["CTX", "P1NP"]),
    ("Patients given CTX had more infections.", []),
    ("Yeast extracts were grown in MES buffer.", []),
])
def test_specialty_instruments(text, expected):
    assert parse_outcomes(text) == expected


def test_hot_flush_score_counts_as_the_documents_short_form():
    text = "The hot flush score (HFS) fell by 40% with red clover; HFS was unchanged with placebo."
    assert parse_outcomes(text, learn_abbreviations(text)) == ["HFS"]


@pytest.mark.parametrize("text, expected", [
    ("Birds received 0, 250, 500 or 1000 mg/kg of the probiotic.", "no treatment"),
    ("Diets contained 0 or 2500 ppm zinc oxide.", "no treatment"),
    ("Rats were dosed with 0 mg, 5 mg and 10 mg/kg.", "no treatment"),
    ("Doses of 0.5, 1 or 2 g/day were given.", None),
    ("Scores ranged from 0, 10 or 20 points.", None),
    ("In 2010, 20 mg was used.", None),
])
def test_zero_dose_arm_is_no_treatment(text, expected):
    assert parse_comparator(text) == expected
