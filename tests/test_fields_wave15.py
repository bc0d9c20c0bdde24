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
