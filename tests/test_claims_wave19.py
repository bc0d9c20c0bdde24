"""Claims real news releases and papers tell that the extractor missed: a design sentence naming
"Dr X from <place> and colleagues" whose arms carry parenthetical glosses, a lay lead whose subject
is the treatment ("X can effectively treat Y ..., reports a phase 2 trial"), and a finding cited by
a superscript flattened after a comma ("oseltamivir,8") in a paper that cites so elsewhere. The
same shapes without a study stay non-claims. (Trials below are invented.)"""

import pytest

from text_claims import text_claims as _claims


def _one(text: str):
    (claim,) = _claims(text)
    return claim


@pytest.mark.parametrize("sentence, author, n, comparator", [
    ("To settle this, Dr René Vos from Radboud University Medical Center and colleagues randomised 275 adults with "
     "irritable bowel syndrome to receive either 10 grams of psyllium (soluble fibre), bran (insoluble fibre), or "
     "placebo (rice flour) twice a day for 12 weeks.", "Vos", 275, "placebo"),
    ("Dr Anna Kowalska from the Medical University of Warsaw and colleagues randomised 120 children with eczema to "
     "receive 5 ml of evening primrose oil (an omega-6 source), fish oil (an omega-3 source), or placebo (sunflower "
     "oil) daily.", "Kowalska", 120, "placebo"),
    ("Professor Liam O'Brien from Trinity College Dublin and colleagues enrolled 80 adults with knee osteoarthritis "
     "and gave them 500 mg of turmeric (curcumin extract) or placebo (starch capsules) twice daily.", "O'Brien", 80,
     "placebo"),
])
def test_dr_x_from_y_and_colleagues_names_the_author_of_a_design_with_glossed_arms(sentence, author, n, comparator):
    claim = _one(sentence)
    assert claim.study.first_author == author and claim.n == n and claim.comparator == comparator


@pytest.mark.parametrize("sentence", [
    "Inhaled nitrous oxide can effectively treat severe treatment-resistant major depression for up to two weeks, "
    "reports a phase 2 trial.",
    "Inhaled nitrous oxide can effectively treat severe treatment-resistant major depression for up to two weeks, "
    "according to a phase 2 trial.",
    "Psyllium is an effective treatment for irritable bowel syndrome, according to the first trial of increasing "
    "dietary fibre in a primary care setting.",
    "Weighted blankets can significantly reduce insomnia in adults with psychiatric disorders, finds a new study.",
    "Tart cherry juice can relieve gout flares in older adults, according to a small pilot trial.",
])
def test_a_lay_lead_whose_subject_is_the_treatment_is_a_claim(sentence):
    assert _one(sentence).evidence.text == sentence


@pytest.mark.parametrize("sentence", [
    "Depression can severely reduce quality of life, and it affects millions of people.",
    "Psyllium is an effective source of soluble fibre for most people.",
    "Irritable bowel syndrome can reduce productivity at work, according to a survey of employers.",
])
def test_statements_without_a_study_of_a_treatment_stay_background(sentence):
    assert _claims(sentence) == []


_FLATTENED = ("Elderberry has been used for centuries.1, 2 A systematic review concluded that elderberry extract can "
              "relieve symptoms of influenza.1, 5,6,7\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, marker", [
    ("The standard-of-care treatment for influenza, oseltamivir,8 shortens the duration of illness by 1 day.", "8"),
    ("The usual treatment, amoxicillin,9 shortens acute otitis media by about a day compared with placebo.", "9"),
    ("The first-line drug for migraine prevention, topiramate,12 reduces monthly migraine days compared with placebo.", "12"),
])
def test_a_flattened_superscript_after_a_comma_cites_where_the_paper_cites_so(sentence, marker):
    (claim,) = [c for c in _claims(_FLATTENED.format(sentence=sentence)) if sentence[:30] in c.evidence.text]
    assert claim.study.markers == [marker]


def test_a_number_after_a_comma_without_superscripts_elsewhere_is_no_marker():
    text = "The usual treatment, amoxicillin,9 shortens acute otitis media by about a day compared with placebo.\n"
    assert all(not c.study or not c.study.markers for c in _claims(text))


@pytest.mark.parametrize("text, markers", [
    ("Two earlier trials, in 27 and 60 patients, found that elderberry extract shortened influenza by 4 days compared "
     "with placebo (p < 0.001 in both studies).5, 6.", ["5", "6"]),
    ("A systematic review concluded that zinc lozenges can shorten the common cold in adults.1, 5,6,7", ["1", "5", "6", "7"]),
    ("Melatonin shortened sleep onset compared with placebo in children with autism.2,3, 5-7 Later work agreed.",
     ["2", "3", "5", "6", "7"]),
])
def test_a_superscript_list_flattened_after_the_full_stop_keeps_all_its_markers(text, markers):
    assert _claims(text)[0].study.markers == markers


@pytest.mark.parametrize("byline", [
    "C J Bijkerk, general practitioner, 1 N J de Wit, associate professor of general practice, 1 J W M Muris, associate "
    "professor of general practice, 2 A W Hoes, professor of clinical epidemiology 1",
    "A B Okafor, consultant psychiatrist, 1 L van der Berg, professor of psychiatry, 2 K Tanaka, research fellow 1",
    "M Rossi, senior lecturer in nursing, 1 P J O'Neill, professor of paediatrics 2",
])
def test_a_bmj_byline_with_affiliation_numbers_is_no_claim(byline):
    text = f"Zinc for colds in primary care: randomised placebo controlled trial\n\n{byline}\n\n"
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Honey is more effective than a placebo in controlling nighttime cough in children, according to a new randomized "
    "trial. The results were published online August 6 in Pediatrics.",
    "Zinc lozenges shortened colds by two days compared with placebo, according to a new trial. The findings were "
    "published online last week in the Annals of Family Medicine.",
    "Tai chi eased knee pain more than stretching did, according to a randomized trial. The results appear online "
    "this week in the journal Arthritis Care and Research.",
])
def test_a_publication_note_with_its_date_joins_the_finding_before_it(text):
    (claim,) = _claims(text)
    assert claim.evidence.text == text and claim.study.venue


@pytest.mark.parametrize("text", [
    "Elderberry lozenges trial (2009)\nThe paper was not accessible, but I found an objective-sounding summary here: "
    "https://www.example.org/elderberry-summary/\n- Randomized trial of elderberry vs. placebo lozenges in influenza.",
    "Melatonin in jet lag (2002)\nThere is a good write-up at https://news.example.com/melatonin-jet-lag\n"
    "- Randomized trial of melatonin vs. placebo in 60 travellers.",
])
def test_a_link_to_a_secondary_summary_is_not_the_study(text):
    assert all(not (c.study and c.study.urls) for c in _claims(text))


@pytest.mark.parametrize("sentence", [
    "Forty-six study subjects with unilateral knee osteoarthritis were randomized to receive either a single-dose "
    "injection of HA (intervention group) or normal saline (control group).",
    "Twenty-four adults with chronic insomnia were randomly assigned to melatonin or placebo for four weeks.",
    "Sixty children with acute otitis media were randomised to amoxicillin or watchful waiting.",
])
def test_a_spelled_out_sample_randomised_to_arms_is_a_claim(sentence):
    assert _one(sentence).evidence.text == sentence


def test_a_spelled_out_count_not_randomised_is_background():
    assert _claims("Twenty-four hours of fasting was randomized to nobody; it is just a habit of mine.") == []


_RELEASE = ("Zinc lozenges shorten colds, according to a new trial.\n\n"
            "Dr Ana Souza from the Invented University Hospital and colleagues randomised 200 adults with a cold to zinc "
            "lozenges, vitamin C, or placebo for five days.\n\n{paragraph}\n")


@pytest.mark.parametrize("paragraph", [
    "Findings showed that zinc was the most effective treatment, with a significantly greater number of patients "
    "reporting relief by day three.",
    "The results showed that zinc lozenges shortened colds by two days compared with placebo.",
    "Interestingly, vitamin C showed no clinically relevant benefit.",
    "However, the lozenges had no significant effect on cough.",
    "These results support zinc lozenges as a first treatment for the common cold, say the authors.",
    "These findings suggest that vitamin C should not be offered for colds, concluded the researchers.",
])
def test_a_news_releases_result_and_conclusion_paragraphs_are_claims(paragraph):
    claims = _claims(_RELEASE.format(paragraph=paragraph))
    assert any(paragraph in c.evidence.text for c in claims)


@pytest.mark.parametrize("paragraph", [
    "Patients showed no interest in the study leaflets.",
    "These results support further research, and the trial is funded by the council.",
    "We had no significant problems with the lozenge dispensers.",
])
def test_asides_shaped_like_results_are_no_claims(paragraph):
    claims = _claims(_RELEASE.format(paragraph=paragraph))
    assert not any(paragraph in c.evidence.text for c in claims)


def test_a_protocol_abstract_has_no_direction():
    from extractors import extract
    from extractors.blocks import label_text
    from pipeline.model import Document, DocumentMeta

    text = ("Background\nIrritable bowel syndrome is common and its treatments often fail or worsen symptoms.\n"
            "Methods/design\nThis trial will include 200 adults, who will be randomized to psyllium or placebo.\n"
            "Discussion\nThe trial will show whether psyllium works.\n")
    meta = DocumentMeta(abstract_start=0, abstract_end=len(text), abstract_only=True)
    (result,) = extract([Document("d", "d.txt", "text", "0" * 64, text=text, blocks=label_text(text), meta=meta)])
    (claim,) = result.claims
    assert claim.context == "abstract" and claim.direction == "unknown" and claim.n == 200


@pytest.mark.parametrize("sentence, marker", [
    ("In a randomized, placebo-controlled trial, it was associated with increased antibody titers to influenza B infections.5", "5"),
    ("In a crossover trial of 30 adults, zinc shortened colds compared with placebo.9", "9"),
    ("A randomised trial found fewer relapses with lithium than with placebo.14", "14"),
])
def test_a_paragraphs_last_sentence_cites_by_digits_after_its_full_stop_where_the_paper_cites_so(sentence, marker):
    text = _FLATTENED.format(sentence=f"Elderberry inhibits several viruses in vitro.1, 2 {sentence}")
    claims = [c for c in _claims(text) if sentence in c.evidence.text]
    assert claims and marker in claims[0].study.markers


def test_a_number_after_a_paragraphs_last_full_stop_without_superscripts_elsewhere_is_no_marker():
    claims = _claims("A randomised trial found fewer relapses with lithium than with placebo.14\n")
    assert all(not c.study or not c.study.markers for c in claims)
