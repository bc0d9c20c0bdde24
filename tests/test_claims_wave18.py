"""Findings real news and consumer pages tell without a citation: a study placed in its journal
without a year, an investigator's quoted finding, an uncited efficacy statement about how a
treatment was taken, a named trial's design, a sample told by its count alone, a design sentence
whose arms are numbered below it and a result cut off mid-bracket. Background sentences of the
same shapes stay non-claims."""

import pytest

from text_claims import text_claims as _claims


def _one(text: str):
    (claim,) = _claims(text)
    return claim


@pytest.mark.parametrize("sentence", [
    "In a study published by the Journal of Clinical Sleep Medicine, Swedish researchers found that when patients with "
    "insomnia slept under weighted blankets, they experienced reduced insomnia severity.",
    "In a study published in the journal Rheumatology, Korean researchers found that when patients with knee "
    "osteoarthritis practised tai chi twice a week, they experienced less pain and stiffness.",
    "In a study published by Pediatrics, Canadian researchers found that when children with asthma used a spacer "
    "device, they had fewer emergency visits.",
    "A study published in Nutrients reported that when older adults drank kefir daily, their constipation symptoms eased.",
])
def test_a_finding_of_a_study_placed_in_its_journal_is_a_claim(sentence):
    claim = _one(sentence)
    assert claim.evidence.text == sentence and claim.direction == "positive"


@pytest.mark.parametrize("text, quote", [
    ("Researchers in Sweden randomized 120 patients with insomnia to a weighted chain blanket or a light blanket "
     "for four weeks. \"I was surprised by the large effect size on insomnia by the weighted blanket,\" said principal "
     "investigator Dr. Mats Alder.", "I was surprised"),
    ("A trial at Leeds gave 48 older adults tart cherry juice or a placebo drink for 12 weeks.\n\n\"We were struck by "
     "how much the cherry juice lowered systolic pressure in these patients,\" said lead author Dr. Karen Wills, a "
     "cardiologist at the University of Leeds.", "We were struck"),
    ("Acupuncture has been offered for hot flashes for years.\n\n\"The reduction in hot flashes with the acupuncture "
     "was much larger than we anticipated,\" said lead investigator Prof. Helen Marsh of the University of Otago.",
     "The reduction in hot flashes"),
    ("Cooling caps are worn during chemotherapy.\n\n\"I was struck by how much the cooling cap reduced hair loss in our "
     "patients,\" said principle investigator Dr. Omar Haddad.", "I was struck"),
])
def test_an_investigators_quoted_finding_is_a_claim_joining_its_study_in_the_paragraph(text, quote):
    claims = [c for c in _claims(text) if quote in c.evidence.text]
    assert len(claims) == 1 and claims[0].direction == "positive"
    if "\n\n" not in text:  # the study told just before in the same paragraph: one claim
        assert claims[0].evidence.text == text and claims[0].n == 120


@pytest.mark.parametrize("text", [
    "Heart failure is common.\n\n\"Heart failure remains a leading cause of hospital admission in older adults,\" "
    "said senior author Dr. Lena Park.",
    "Funding is scarce.\n\n\"We need more funding for research into rare diseases,\" said Dr. Lena Park.",
    "Migraine is disabling.\n\n\"Migraine is a very common condition and many people suffer in silence,\" said Dr. Ana Ruiz.",
])
def test_a_quoted_remark_without_a_finding_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("sentence", [
    "Infants at high risk had significant decrease in peanut allergy with early introduction of peanut products.",
    "Toddlers with eczema had significant decrease in itch scores with daily application of coconut oil.",
    "The results were promising, showing that daily consumption of beetroot juice led to significant reductions in "
    "systolic blood pressure.",
    "Daily consumption of kiwifruit led to significant improvements in stool frequency among adults with constipation.",
    "Older women showed significant reductions in fracture rates after regular intake of vitamin K2.",
    "Additional studies have shown that the supplemental use of L-methylfolate can help improve outcomes in individuals "
    "with treatment-resistant depression.",
])
def test_an_uncited_efficacy_statement_about_a_treatment_taken_is_a_claim(sentence):
    claim = _one(sentence)
    assert claim.evidence.text == sentence and claim.direction == "positive" and claim.study.label is None


@pytest.mark.parametrize("sentence", [
    "Metformin is a common treatment for type 2 diabetes.",
    "Inhaled corticosteroids are a common treatment for asthma.",
    "Smoking is associated with a significant increase in the risk of lung cancer.",
    "High intake of salt causes a significant increase in blood pressure.",
    "Regular use of sunscreen is recommended for everyone over six months of age.",
])
def test_background_about_a_treatment_or_a_risk_is_no_claim(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("text", [
    "Published in 2016, the Enquiring About Tolerance (EAT) study randomized breastfed babies with all categories of "
    "food allergy risk to either early or standard introduction of allergenic foods. This study demonstrated that "
    "introduction and continued feeding of peanut and cooked egg during the first year of life significantly reduced "
    "the incidence of allergy to these foods.",
    "Published in 2015, the Learning Early About Peanut Allergy (LEAP) trial randomized high-risk infants to either "
    "consume or avoid peanut until 5 years of age.",
    "In 2019 the Vitamin D and Omega-3 Trial (VITAL) study enrolled older adults across the United States to test "
    "supplements for cancer prevention.",
])
def test_a_named_trials_design_is_one_claim(text):
    assert _one(text).evidence.text == text


def test_a_named_trial_told_without_its_design_is_no_claim():
    assert _claims("The Diabetes Prevention Program (DPP) study is one of the most cited trials in endocrinology.") == []


@pytest.mark.parametrize("sentence, n", [
    ("48 postmenopausal women with osteopenia were enrolled in this study.", 48),
    ("120 children aged 6 to 12 years with attention deficit were recruited into the trial.", 120),
    ("35 dogs with osteoarthritis were included in the study.", 35),
    ("A total of 611 adults participated.", 611),
    ("60 middle-aged, mostly Caucasian, generally healthy adults with elevated triglycerides were enrolled in this "
     "study.", None),  # the count is FIELDS' to read past the adjectives
])
def test_a_sample_told_by_its_count_alone_is_a_claim(sentence, n):
    claim = _one(sentence)
    assert claim.evidence.text == sentence
    if n is not None:
        assert claim.n == n


@pytest.mark.parametrize("sentence", [
    "More than 2 million people were included in the national diabetes registry.",
    "About 300 people attended the patient day in March.",
])
def test_a_count_of_people_outside_a_study_is_no_claim(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("text, doses", [
    ("The opening four-week period was followed by a 12-week treatment period with patients randomized into one of "
     "three groups with the medications taken at bedtime:\n\n  1. Placebo.\n  2. 3 mg melatonin, or\n  3. 25 mg "
     "amitriptyline.", [3, 25]),
    ("The participants were randomly assigned to one of four groups:\n\n1. Placebo.\n2. 500 mg curcumin.\n"
     "3. 1000 mg curcumin, or\n4. 2000 mg curcumin.", [500, 1000, 2000]),
    ("Children were allocated to two groups:\n\n1) 400 IU vitamin D daily.\n2) 2000 IU vitamin D daily.", [400, 2000]),
])
def test_a_design_sentence_joins_the_arms_numbered_below_it(text, doses):
    claim = _one(text)
    assert claim.evidence.text == text.strip() and [d.value for d in claim.dose] == doses


@pytest.mark.parametrize("sentence", [
    "The change from baseline in BMI standard deviation score was greater in the intervention group than placebo group "
    "(treatment difference, −0.22; 95%",
    "Pain scores fell more in the tai chi group than in the control group (mean difference, -1.2; 95%",
])
def test_a_result_cut_off_inside_its_bracket_is_no_title(sentence):
    assert _one(sentence).evidence.text == sentence


def test_a_title_with_closed_brackets_stays_a_title():
    assert _claims("Effects of a ketogenic diet (KD) on seizure frequency in children") == []


@pytest.mark.parametrize("text, first, second", [
    ("What the data show:\n\n  • Response rates doubled with 15 mg dose: In the second trial with 75 patients, 32.3 "
     "percent of those taking 15 mg l-methylfolate achieved response compared to 14.6 percent taking placebo.\n\n"
     "  • Lower dose ineffective: The first trial tested 7.5 mg daily and found no significant benefit over placebo.",
     "In the second trial", "The first trial tested"),
    ("A trial in Ohio randomized 90 adults with knee pain to curcumin 500 mg or placebo for 8 weeks, and pain fell more "
     "with curcumin.\n\nThe second trial enrolled 60 older adults and found no benefit of curcumin over placebo.",
     "A trial in Ohio", "The second trial"),
    ("Researchers randomized 200 children with asthma to vitamin D 1000 IU or placebo; attacks were fewer with "
     "vitamin D.\n\nIn another study, vitamin D did not reduce attacks in 120 adults compared with placebo.",
     "Researchers randomized", "In another study"),
    ("Key findings:\n\n- A trial of 40 dogs given 2 mg/kg carprofen showed less lameness than placebo.\n\n- The other "
     "trial, in 30 cats, found no difference with placebo.", "40 dogs", "The other trial"),
])
def test_a_paragraph_or_item_opening_on_another_trial_is_a_claim_of_its_own(text, first, second):
    claims = _claims(text)
    assert [c for c in claims if first in c.evidence.text] and [c for c in claims if second in c.evidence.text]
    assert not [c for c in claims if first in c.evidence.text and second in c.evidence.text]


@pytest.mark.parametrize("text", [
    "A trial randomized 80 adults with insomnia to melatonin 3 mg or placebo.\n\nAfter 4 weeks, sleep onset was "
    "faster with melatonin than placebo.",
    "What was found:\n\n- 120 children were randomized to zinc 10 mg or placebo.\n\n- Colds were shorter with zinc "
    "than placebo.",
])
def test_the_same_study_told_on_in_the_next_paragraph_still_joins(text):
    (claim,) = _claims(text)
    assert "\n\n" in claim.evidence.text


@pytest.mark.parametrize("sentence", [
    "Investigators from multiple institutions conducted a randomized, double blind, placebo-controlled trial to assess "
    "the efficacy and safety of liraglutide, a glucagon-like peptide analogue, in adolescents with obesity.",
    "Researchers in Denmark performed a randomised controlled trial of semaglutide in adults with knee osteoarthritis "
    "and obesity.",
    "A team at Oxford carried out a placebo-controlled study of ketamine in people with treatment-resistant depression.",
])
def test_a_trial_the_researchers_ran_told_by_its_design_is_a_claim(sentence):
    assert _one(sentence).evidence.text == sentence


@pytest.mark.parametrize("sentence", [
    "Researchers have not yet conducted a randomized trial of melatonin in children with epilepsy.",
    "Researchers conducted a randomized trial to understand how people choose their doctors.",
])
def test_a_trial_not_run_or_naming_no_treatment_is_no_claim(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Several other studies on early introduction have been conducted and are ongoing, and evidence is accumulating "
    "that early introduction of other allergenic foods besides peanut may help to prevent food allergy.",
    "There is growing evidence that regular use of omega-3 supplements may help lower triglycerides in adults.",
])
def test_evidence_accumulating_for_a_treatment_is_a_claim(sentence):
    assert _one(sentence).evidence.text == sentence


@pytest.mark.parametrize("sentence", [
    "Evidence is accumulating that obesity raises the risk of several cancers.",
    "There is growing evidence that air pollution harms lung development in children.",
])
def test_evidence_accumulating_for_a_risk_is_no_claim(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("glyph", ["►", "▪", "■", "➢"])
def test_result_bullets_of_one_uncited_study_in_any_bullet_glyph_are_one_claim(glyph):
    text = (f"Results:\n\n{glyph} Group 1 (5 ml of vinegar per day) lost 1.7 kg at 12 weeks.\n\n"
            f"{glyph} Group 2 (10 ml vinegar per day) lost 7.4 kg at 12 weeks.\n\n"
            f"{glyph} The placebo group lost 0.4 kg at 12 weeks.")
    (claim,) = _claims(text)
    assert "Group 1" in claim.evidence.text and "placebo group" in claim.evidence.text


@pytest.mark.parametrize("quote, claimed", [
    ("\"We saw a large drop in depressive symptoms in the swimmers,\" Dr. Ingrid Solberg said.", True),
    ("\"The ginger capsules eased period pain far more than placebo did,\" Professor Tomas Lindqvist explained.", True),
    ("\"Many people enjoy swimming in the sea all year round,\" Dr. Ingrid Solberg said.", False),
])
def test_a_quote_closed_by_the_name_then_the_verb_reads_as_one_closed_by_the_verb(quote, claimed):
    claims = _claims(f"Cold water swimming and ginger are popular.\n\n{quote}")
    assert bool([c for c in claims if quote[:20] in c.evidence.text]) == claimed


@pytest.mark.parametrize("text, key", [
    ("Study results:\n\nMean migraine frequency reduction was\n\n  • 2.7 migraine days in the melatonin group,\n"
     "  • 2.2 migraine days in the amitriptyline group, and\n  • 1.1 migraine days in the placebo group.",
     "2.7 migraine days in the melatonin group"),
    ("Results:\n\nThe mean fall in systolic pressure was\n\n- 7.1 mmHg in the beetroot juice group,\n"
     "- 1.2 mmHg in the placebo group.", "7.1 mmHg in the beetroot juice group"),
    ("Findings:\n\nMean lameness scores in the dogs fell by\n\n• 1.8 points in the carprofen group, and\n• 0.3 points in "
     "the control group.", "1.8 points in the carprofen group"),
])
def test_a_result_told_arm_by_arm_in_a_list_finishing_its_sentence_is_one_claim(text, key):
    (claim,) = [c for c in _claims(text) if key in c.evidence.text]
    assert "group." in claim.evidence.text


@pytest.mark.parametrize("text", [
    "Common side effects of the drug include\n\n• nausea,\n• headache, and\n• dizziness.",
    "Participants in the yoga group and the walking group met weekly.",
    "The groups were similar at baseline: 52 years in the exercise group and 54 years in the control group.",
])
def test_a_list_or_groups_without_a_result_by_arm_is_no_claim(text):
    assert _claims(text) == []
