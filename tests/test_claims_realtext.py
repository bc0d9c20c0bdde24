"""Shapes seen on real pages: uncited findings a news item or an evidence page states
without a sample size or dose, a study told design first, an account quoted over several
lines, and what is no claim at all (a writer's own starting dose, a recruitment page's
account of taking part, a paragraph that says nothing of the study before it)."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _document(*paragraphs, separator="\n\n"):
    """Paragraphs as main blocks joined by ``separator``."""
    text, blocks = "", []
    for body in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), "main", "paragraph"))
        text += separator
    return Document("doc-r", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())


def _claims(*paragraphs, separator="\n\n"):
    document = _document(*paragraphs, separator=separator)
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


@pytest.mark.parametrize("text", [
    ("Zuranolone, an investigational oral drug for postpartum depression, met its primary and secondary endpoints in a "
    "phase 3 trial, Sage Therapeutics and Biogen announced in a release."),
    "Velarimab failed to meet its primary endpoint in a Phase 2b study, the company said on Tuesday.",
    "The once-weekly pill achieved the primary end point in the pivotal trial, its maker reported.",
    "Tolvoxetine did not meet its co-primary outcomes in the second Phase 3 study, according to a statement.",
])
def test_a_trial_told_by_its_endpoints_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and not claim.study.attributed


@pytest.mark.parametrize("text, direction", [
    (("According to a new review of studies published in respected medical journals however amitriptyline is only a "
     "moderately effective treatment for fibromyalgia."), "positive"),
    ("According to a systematic review, melatonin is an effective treatment for jet lag in adults.", "positive"),
    (("In older adults with subclinical hypothyroidism, treatment with levothyroxine provided no apparent benefit, a "
     "recent study found."), "null"),
    ("Ondansetron reduced nausea in pregnant women, a small Australian trial has found.", "positive"),
    ("Vitamin D supplements did not prevent fractures in healthy adults, a large analysis suggests.", "null"),
    ("Daily aspirin lowered the risk of colorectal cancer in older adults, British researchers found.", "positive"),
    ("Metformin did not slow cognitive decline in older adults, the investigators reported.", "null"),
])
def test_a_finding_a_news_item_puts_to_one_study_is_a_claim(text, direction):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.direction == direction


@pytest.mark.parametrize("text", [
    "According to a study, the use of Amitriptyline in people suffering from fibromyalgia has provided pain relief.",
    "According to one study, taking melatonin before bed has brought relief to older adults with insomnia.",
])
def test_one_study_reporting_relief_is_a_claim_even_unread(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "RCTs show modest reductions in migraine frequency with 100–300 mg/day.",
    "Two small RCTs found fewer hot flushes with 40 mg of isoflavones daily.",
])
def test_rcts_give_a_dose_its_study(text):
    (claim,) = _claims(text)
    assert claim.dose and claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "According to a study, fibromyalgia affects about 4% of adults.",
    "A recent study found that people sleep less in summer.",
    "People who nap often sleep less at night, researchers found.",
    "The company expects to meet its enrolment target by June.",
    "According to a new review, the evidence on this question is thin.",
])
def test_look_alikes_with_no_treatment_or_result_are_no_claims(text):
    assert _claims(text) == []


def test_a_study_told_design_first_is_one_claim():
    text = ("In the study 70 fibromyalgia patients were evaluated. Fibromyalgia patients who were given 50 mg of "
            "Amitriptyline reported significant improvement in the quality of sleep and morning stiffness.")
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.n == 70 and claim.dose[0].value == 50


def test_arm_sizes_after_the_design_stay_with_it():
    text = ("The double-blind, randomized, placebo-controlled trial included 737 adults aged 65 years or older. "
            "368 patients were assigned to receive levothyroxine; 369 patients received placebo.")
    (claim,) = _claims(text)
    assert claim.evidence.text == text


def test_a_study_named_with_its_finding_still_rejects_another_dosed_intervention():
    text = ("Magnesium improved sleep quality in one trial (Abbasi et al., 2012). "
            "Zinc 30 mg daily also shortened sleep latency in 50 adults.")
    assert len(_claims(text)) == 2


@pytest.mark.parametrize("paragraphs", [
    (("The recommended dose for migraine prevention is 100 mg, 3 times a day.\n"
     "As my readers know by now, I'm very sensitive, so I started with 60 mg, once a day at breakfast."),),
    ("I took 25 mg at night for the first week.",),
    ("My doctor agreed, and I've been taking 200 mg every morning since March.",),
    ("Started on 10mg of amitriptyline at night last week.",),
])
def test_the_writers_own_starting_dose_is_no_claim(paragraphs):
    assert _claims(*paragraphs) == []


@pytest.mark.parametrize("text", [
    "I take 400 mg of magnesium glycinate at bedtime. My headache days have gone from about 12 a month to 7!",
    "I started 400 mg a day in November and went from about eight migraine days a month to three by April.",
])
def test_the_writers_own_use_with_what_came_of_it_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.dose[0].value == 400


@pytest.mark.parametrize("text", [
    ("Once enrolled in the initial study treatment period (up to 16 weeks), participants will be randomly assigned to 1 "
    "of 2 groups and will receive either the active study drug or a placebo, both taken orally for 7 days."),
    "You will be randomly assigned to receive the investigational study medication or a placebo.",
    "Half of the volunteers will get the oral study drug and half will get a placebo tablet.",
])
def test_a_recruitment_page_on_taking_part_is_no_claim(text):
    assert _claims(text) == []


def test_a_trial_naming_its_study_drug_is_still_a_claim():
    text = "In the first trial, participants were randomly assigned to the study drug, zuranolone 50 mg, or a placebo."
    (claim,) = _claims(text)
    assert claim.comparator == "placebo"


def test_a_paragraph_saying_nothing_of_the_study_does_not_join_its_claim():
    claims = _claims(
        "Strangely the benefit was seen in trials lasting 6-8 weeks but in a trial that lasted 12 weeks no effect was seen.",
        "The authors say that no clear statement can be made on side-effects of amitriptyline treatment due to "
        "inconsistencies in the data.")
    (claim,) = claims
    assert claim.evidence.text.endswith("was seen.")


@pytest.mark.parametrize("open_quote, close_quote", [('"', '"'), ("\u201c", "\u201d")])
def test_a_study_quoted_over_several_lines_is_one_claim(open_quote, close_quote):
    claims = _claims(
        "The Life Extension Foundation website had this to say:\n"
        f"{open_quote}Migraine headaches are a debilitating affliction. Published in the February 2005 issue of "
        "Neurology, the research describes a placebo-controlled trial of 42 patients in Switzerland.\n"
        "Patients were randomly assigned to receive either 100 mg of CoQ10 or placebo, three times daily.\n"
        f"In this study, supplemental CoQ10 reduced migraine frequency by 27%.{close_quote}", separator="\n")
    (claim,) = claims
    assert claim.n == 42 and claim.dose[0].value == 100 and claim.evidence.text.endswith(f"27%.{close_quote}")


def test_lines_outside_a_quotation_that_report_a_new_sample_stay_apart():
    claims = _claims("A placebo-controlled trial of 42 patients was published in Neurology in 2005.",
                     "Another trial gave 300 mg of CoQ10 to 80 children.", separator="\n")
    assert len(claims) == 2


def _lines(*lines):
    """Each line its own main block, as a saved page gives list items."""
    return _claims(*lines, separator="\n")


def test_findings_listed_after_a_colon_join_the_study():
    claims = _claims(
        "In older adults, treatment with levothyroxine provided no apparent benefit, a recent study found. The trial "
        "included 737 adults aged 65 or older. Researchers found:",
        "  • Thyrotropin fell more in the levothyroxine group (median dose of 50 μg) than in the placebo group.\n"
        "  • No differences were observed at 1 year in the Hypothyroid Symptoms score.\n"
        "  • Adverse events were minimal.", separator="\n\n")
    (claim,) = claims
    assert claim.n == 737 and claim.dose[0].value == 50 and "Hypothyroid Symptoms" in claim.evidence.text


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_a_design_list_under_a_label_is_one_claim_with_its_arms(bullet):
    claims = _lines(
        "Study: Okafor A, et al. Low-dose drug X after stroke. Stroke Journal. 2021. doi 10.1000/sj.2021.77.",
        "Design:",
        f"{bullet} Multicenter, double-blind, randomized, controlled trial",
        f"{bullet} N=400",
        f"{bullet} Tolvaptan 15 mg daily (N=201)",
        f"{bullet} Placebo (N=199)",
        f"{bullet} Setting: 40 sites in 6 countries",
        "Population:",
        f"{bullet} Age ≥ 18 years")
    (claim,) = claims
    assert claim.n == 400 and claim.comparator == "placebo" and claim.dose[0].value == 15
    assert claim.study.doi == "10.1000/sj.2021.77" and claim.evidence.text.startswith("Study: Okafor A, et al.")


@pytest.mark.parametrize("label", ["Citation", "Reference", "Source"])
def test_a_labelled_citation_split_into_sentences_is_one_claims_start(label):
    claims = _lines(
        f"{label}: Lindqvist B, et al. Zinc for colds. The Journal of Respiratory Care. 2020. PMID: 31234567.",
        "Findings:",
        "• 120 adults given 75 mg of zinc daily had shorter colds than those on placebo.")
    (claim,) = claims
    assert claim.evidence.text.startswith(f"{label}: Lindqvist B") and claim.study.pmid == "31234567"


def test_cited_items_after_a_colon_stay_claims_of_their_own():
    claims = _lines(
        "Melatonin shortened sleep onset in 120 adults given 2 mg (Okafor et al., 2019). Later trials agreed:",
        "• Lindqvist et al. (2020) found the same in 80 older adults.",
        "• Brenner et al. (2021) found fewer night wakings in 60 children given 3 mg.")
    assert [c.study.first_author for c in claims] == ["Okafor", "Lindqvist", "Brenner"]


def test_a_list_with_no_colon_before_it_does_not_join_the_paragraph():
    claims = _lines(
        "A trial gave 300 mg of CoQ10 to 80 children with migraine and found fewer attack days than placebo.",
        "• Another trial of riboflavin 400 mg found no benefit in 48 adults.")
    assert len(claims) == 2


@pytest.mark.parametrize("title", [
    "Glycine ingestion improves subjective sleep quality in human volunteers, correlating with polysomnographic changes",
    "Melatonin shortens sleep onset in older patients compared with placebo",
    "Tart cherry juice helps participants with insomnia sleep longer",
])
def test_a_title_line_over_a_study_entry_is_no_claim(title):
    claims = _claims(title, "In a blinded and controlled study using 3 g glycine taken an hour before bed, "
                            "supplementation improved sleep quality in 11 volunteers.")
    (claim,) = claims
    assert claim.evidence.text.startswith("In a blinded")


@pytest.mark.parametrize("line", [
    "- Colchicine reduced cardiovascular events vs placebo in patients after MI",
    "Melatonin 3 mg shortened sleep onset in a trial of older patients",
    "Results: melatonin shortened sleep onset compared with placebo",
    "Key findings: sertraline reduced panic attacks more than placebo",
])
def test_a_list_item_or_a_line_with_a_dose_is_still_read(line):
    assert len(_claims(line)) == 1


@pytest.mark.parametrize("text", [
    "Silexan, an oral lavender product, is supported by evidence from clinical trials suggesting its ability to improve "
    "symptoms of anxiety in patients with restlessness.",
    "Clinical trials have shown that melatonin improves sleep onset in children with ADHD.",
    "Evidence from trials suggests that zinc lozenges shorten colds.",
])
def test_a_finding_put_to_clinical_trials_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.direction == "positive"


@pytest.mark.parametrize("text", [
    "Clinical trials are expensive and slow to recruit.",
    "Few clinical trials have included adults over 80 years of age.",
])
def test_clinical_trials_named_without_a_finding_are_no_claims(text):
    assert _claims(text) == []


def test_a_news_digest_of_one_trial_in_sectioned_bullets_is_one_claim():
    claims = _lines(
        "Takeaway",
        "- For patients after a recent stroke, tolvaptan reduced recurrent events (21%) vs placebo.",
        "Why this matters",
        "- Swelling contributes to early deterioration.",
        "- Tolvaptan is an oral, widely available drug, now shown to reduce risk after stroke.",
        "Study design",
        "- Patients ≤14 days after stroke receiving usual care.",
        "- Randomly assigned to tolvaptan 15 mg/day (n=1201) or placebo (n=1199).",
        "Key results",
        "- Recurrent stroke: 4.1% vs 5.3% (HR, 0.77; 95% CI, 0.61-0.96).",
        "Limitations",
        "- Larger trial required to assess subgroups.",
        "Only members have access to this article.")
    (claim,) = claims
    assert claim.n == 2400 and claim.dose[0].value == 15 and claim.comparator == "placebo"
    assert claim.evidence.text.endswith("0.61-0.96).")


def test_numbered_study_sections_stay_apart():
    claims = _lines(
        "Study 1",
        "- Melatonin 3 mg shortened sleep onset in 60 children compared with placebo.",
        "Study 2",
        "- Melatonin 5 mg did not change night wakings in 80 older adults compared with placebo.")
    assert len(claims) == 2


@pytest.mark.parametrize("back", [
    "As a result, people can lose significant weight: On average, the study participants lost around 20 percent of "
    "their body weight during that time.",
    "By the end of the trial, weight had fallen by 12 percent in those given tirzepatide.",
])
def test_a_sentence_coming_back_to_the_study_after_an_aside_joins_it(back):
    text = ("A study published Monday followed 670 people who had taken tirzepatide for 36 weeks. Eli Lilly, the "
            "company that makes the drug, funded the study. Tirzepatide regulates insulin levels and slows down the "
            "emptying of the stomach. It also acts on areas of the brain that control hunger. " + back)
    (claim,) = _claims(text)
    assert claim.n == 670 and claim.evidence.text.endswith(back)


def test_another_study_after_an_aside_stays_apart():
    text = ("A study published Monday followed 670 people who had taken tirzepatide for 36 weeks. The drug regulates "
            "insulin levels. It also acts on the brain. Another trial gave semaglutide to 300 adults, and the study "
            "participants lost 15 percent of their weight.")
    assert len(_claims(text)) == 2


def test_results_the_lead_authors_words_close_join_his_claim():
    text = ("People who continued taking tirzepatide for an additional year lost, on average, another 5.5 percent of "
            "their body weight. Those who were switched to the placebo, however, gained 14 percent of their body weight "
            "on average. Those on the placebo also tended to have higher blood pressure, said Dr. Louis Aronne, the lead "
            "author on the study.")
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.study.first_author == "Aronne"


def test_background_before_the_lead_authors_words_stays_out():
    text = ("Weight-loss drugs are now widely used in the United States. Those on the placebo regained weight "
            "within months, said Dr. Louis Aronne, the lead author on the study.")
    (claim,) = _claims(text)
    assert claim.evidence.text.startswith("Those on the placebo")


def test_a_quote_paragraph_between_two_of_a_studys_paragraphs_does_not_end_it():
    claims = _claims(
        "A trial of 300 adults found that ketamine reduced depressive symptoms, researchers reported on Monday.",
        "The researchers said the results were encouraging.",
        "After 12 weeks, symptoms had fallen by 40% in the ketamine group compared with placebo.")
    (claim,) = claims
    assert claim.evidence.text.endswith("compared with placebo.")


def test_a_result_for_the_volunteers_after_methods_sentences_joins_their_study():
    text = ("The second study (5), a randomized crossover trial, included 11 volunteers aged 30 to 57 years. "
            "Polysomnographic examinations were performed throughout the night. Daytime sleepiness was assessed at "
            "08:00, 10:00 and 12:00 on the day following the examination. Glycine also improved the volunteers' "
            "satisfaction with their sleep.")
    (claim,) = _claims(text + "\n\n1. Ref one.\n2. Ref two.\n3. Ref three.\n4. Ref four.\n5. Ref five.")
    assert claim.n == 11 and claim.evidence.text == text


@pytest.mark.parametrize("text", [
    "Studies show that melatonin shortens the time it takes children with ADHD to fall asleep.",
    "Several small trials have found that montelukast reduces the severity of asthma attacks in children.",
    "Randomized trials of sertraline have consistently shown fewer panic attacks than with placebo.",
    "Studies have shown that sertraline reduces anxiety.",  # an efficacy finding, though of the literature
])
def test_studies_as_a_body_finding_something_of_a_named_treatment_is_a_claim(text):
    (claim,) = _claims(text)
    assert claim.direction == "positive"


@pytest.mark.parametrize("text", [
    "Studies show that people who sleep less eat more.",
    "Hundreds of studies have shown that melatonin is safe.",
    "Studies have examined melatonin in children with ADHD.",
])
def test_studies_finding_nothing_of_a_named_treatment_are_no_claims(text):
    assert _claims(text) == []
