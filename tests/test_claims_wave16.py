"""Real-text claim boundaries (probe 7): a numbered marker standing after the full stop
cites the sentences before it, a bracketed number before a line's full stop is a marker,
"Additionally, ..." goes on with the study of its paragraph, flattened superscripts in AI
answers, lay findings without number or citation, sample-size-only sentences."""

import pytest

from text_claims import text_claims as _claims


def _evidence(text: str, claim) -> str:
    return text[claim.evidence.start:claim.evidence.end]


@pytest.mark.parametrize("cited, marker", [
    ("A detailed study of food triggers led the authors to recommend riboflavin as a preventive treatment for migraines.",
     "(4)"),
    ("A small trial found that magnesium shortened sleep latency in older adults.", "(2)"),
    ("In one cohort, children given vitamin D had fewer chest infections over two winters.", "[12]"),
    ("Tai chi eased knee pain more than stretching did in a trial of older adults.", "(9)"),
])
def test_a_marker_after_the_full_stop_cites_the_sentence_before(cited, marker):
    text = f"Health notes\n\nThis page looks at the evidence. {cited} {marker}\n\nOther remedies are sold in shops.\n"
    claims = _claims(text)
    assert [_evidence(text, c) for c in claims] == [f"{cited} {marker}"]
    assert claims[0].study.markers == [marker.strip("()[]")]


def test_a_marker_after_the_full_stop_closes_the_uncited_sentences_of_the_study_before():
    text = ("Migraine\n\nIn a retrospective study, 41 participants received either 200 or 400 mg/day of riboflavin for 3 "
            "months. At the end of the study, the number of attacks significantly decreased. Additionally, during follow "
            "up, a reduction by at least 50% in attacks was reported in 68.4% of patients. (1)\n")
    (claim,) = _claims(text)
    assert claim.n == 41
    assert claim.study.markers == ["1"]
    assert _evidence(text, claim).endswith("(1)")


@pytest.mark.parametrize("sentence, marker", [
    ("An open label study using 400 mg per day of riboflavin found that attacks were halved and also reduced the "
     "amount of abortive medication (7).", "7"),
    ("A pilot trial of melatonin in shift workers found longer daytime sleep than placebo (3).", "3"),
    ("Zinc lozenges shortened colds by two days in a trial of adults (12). Vitamin C did not.", "12"),
])
def test_a_bracketed_number_before_the_full_stop_is_a_marker(sentence, marker):
    text = f"Supplements\n\n{sentence}\n"
    claims = _claims(text)
    assert claims and claims[0].study.markers == [marker]


@pytest.mark.parametrize("text", [
    "Supplements\n\nThe sample was split into two groups (2).\n",
    "Supplements\n\nPatients were asked to rate pain on a scale of 0 to 10 (10 being worst).\n",
])
def test_a_bracketed_number_that_cites_nothing_makes_no_claim(text):
    assert all(not c.study.markers for c in _claims(text))


@pytest.mark.parametrize("opener", ["Additionally", "In addition", "Moreover", "Furthermore"])
def test_an_adding_sentence_goes_on_with_the_study_of_its_paragraph(opener):
    text = (f"Sleep\n\nIn a trial, 120 adults took 3 mg of melatonin or placebo for 4 weeks. Sleep onset was 9 minutes "
            f"faster with melatonin. {opener}, 40% of patients reported better daytime alertness.\n")
    (claim,) = _claims(text)
    assert _evidence(text, claim).endswith("daytime alertness.")


@pytest.mark.parametrize("bullet, markers", [
    ("- The most recent study 2 suggests that supplemental magnesium is likely useful in the treatment of mild "
     "insomnia.", ["2"]),
    ("- While the evidence is not yet conclusive, the majority of studies suggest that magnesium supplementation can "
     "improve sleep quality and duration 4, 5, 6.", ["4", "5", "6"]),
    ("- A 2019 trial 7 reports that zinc shortened colds in children.", ["7"]),
])
def test_a_bullet_citing_by_a_flattened_superscript_is_a_claim(bullet, markers):
    text = f"From the Research\n\nSome key points to consider:\n{bullet}\n"
    (claim,) = _claims(text)
    assert claim.study.markers == markers


@pytest.mark.parametrize("lede", [
    "A recent study from the University of Leeds has confirmed that semaglutide can lead to major weight loss.",
    "A new study from Harvard has found that yoga can ease back pain in older adults.",
    "Research from King's College London has shown that probiotics may reduce anxiety in students.",
    "New research shows that patients with insomnia who receive digital CBT may find more relief than those who only "
    "receive advice on sleep routines.",
    "Patients who receive physiotherapy may find more relief than those who only receive advice, new research suggests.",
    "A recent trial found that children who get iron drops sleep longer than those who get a placebo.",
])
def test_a_lay_finding_of_a_study_without_number_or_citation_is_a_claim(lede):
    text = f"Health news\n\n{lede}\n"
    (claim,) = _claims(text)
    assert _evidence(text, claim) == lede


def test_a_lay_lede_naming_a_university_between_commas_is_read():
    lede = ("In an eight-week, randomised, placebo-controlled study, published in the Journal of Psychopharmacology, "
            "researchers from Murdoch University and UWA found greater reductions in symptoms when adults complemented "
            "their medication with saffron capsules.")
    text = f"Study: Saffron could assist with depression treatment\n\n{lede}\n\nDr. Lopresti said the trial was the largest.\n"
    claims = _claims(text)
    assert [_evidence(text, c) for c in claims] == [lede]
    assert claims[0].study.venue == "Journal of Psychopharmacology"


@pytest.mark.parametrize("finding, direction", [
    ("Other studies haven't found a significant impact.", None),
    ("However, other trials found no significant effect on pain.", "null"),
    ("Later studies failed to show a significant benefit of vitamin D for mood.", "null"),
    ("Some studies suggest combining them might be more effective than either alone.", "positive"),
    ("Some trials suggest that adding exercise to diet works better than diet alone.", "positive"),
    ("Studies show that combining CBT with medication is more effective than medication alone.", "positive"),
])
def test_what_other_studies_found_about_the_treatment_of_the_page_is_a_claim(finding, direction):
    text = f"Magnesium and sleep\n\nThe science isn't conclusive yet. {finding} This only adds to its intrigue.\n"
    (claim,) = _claims(text)
    assert _evidence(text, claim) == finding
    if direction:
        assert claim.direction == direction


@pytest.mark.parametrize("background", [
    "Migraine affects 10% of adults. Semaglutide is a GLP-1 receptor agonist. Studies of yoga are growing.",
    "Many studies have been published on magnesium. Researchers from the University of Oslo have studied sleep for decades.",
    "The University of Leeds has a long history of research. Some people find that magnesium helps them relax.",
    "Research is needed to confirm these findings. Studies are needed to find out whether it works.",
    "No significant changes were made to the website this year.",
])
def test_background_about_treatments_and_research_stays_out(background):
    assert _claims(f"Health news\n\n{background}\n") == []


@pytest.mark.parametrize("sentence, n", [
    ("A total of 611 adults participated, all of whom had obesity, with an average weight of 233 pounds.", 611),
    ("In all, 245 children took part in the trial over two school years.", 245),
    ("Some 1,200 nurses from 14 hospitals were enrolled.", 1200),
    ("Sixty pregnant women with restless legs syndrome were enrolled in this study.", 60),
    ("Forty-two adults with chronic migraine were enrolled between 2019 and 2021.", 42),
    ("Eighty older adults took part in the trial.", 80),
])
def test_a_sentence_giving_only_the_sample_size_is_a_claim(sentence, n):
    text = f"How the study was conducted\n\nThe study took place between 2018 and 2020 at 41 locations. {sentence}\n"
    (claim,) = _claims(text)
    assert claim.n == n and claim.evidence.text.endswith(sentence)


@pytest.mark.parametrize("lede, trial", [
    ("People with alcohol use disorder who received two sessions of psilocybin cut back their heavy drinking far more "
     "than those given an active placebo, according to a trial published on Wednesday in the Journal of Addiction "
     "Therapeutics.",
     "The SOBER-2 trial enrolled 312 adults at nine sites. Participants received psilocybin 25 mg or an active placebo "
     "in two supervised sessions."),
    ("Teens who used a sleep app slept longer, according to a randomized trial published Monday in the journal "
     "Adolescent Sleep Practice.",
     "In the DREAM-TEEN trial (NCT04455667), 240 teenagers were assigned to the app or to leaflets."),
    ("Cows given a pain reliever before dehorning grazed sooner, researchers reported in the Journal of Dairy Welfare.",
     "In the CALM-HORN trial, 180 calves received meloxicam 0.5 mg/kg or saline."),
])
def test_the_named_trial_in_the_paragraph_after_a_news_lede_is_a_claim_of_its_own(lede, trial):
    text = f"Health news\n\n{lede}\n\n{trial}\n"
    claims = _claims(text)
    assert [_evidence(text, c) for c in claims] == [lede, trial]
    assert claims[1].n is not None and claims[0].n is None


@pytest.mark.parametrize("background", [
    "Knee osteoarthritis (OA) affects more than 300 million people, and injections are widely offered when oral "
    "analgesics and exercise fail to control pain.",
    "Sepsis affects an estimated 49 million people a year, and many patients fail to respond to fluids.",
    "Psoriasis affects 2% of adults, and many do not improve with creams.",
])
def test_how_many_people_a_condition_affects_is_background(background):
    assert _claims(f"Overview\n\n{background}\n") == []


@pytest.mark.parametrize("housekeeping", [
    "[Book an appointment](https://example-physio.org/book) or call our clinic on 020 7946 0991.",
    "[Request a callback](https://example.org/cb) to discuss whether physiotherapy is right for you.",
    "Call us today or [book online](https://example.org/book) to see one of our physiotherapists.",
])
def test_a_linked_call_to_book_is_no_claim(housekeeping):
    assert _claims(f"Our clinic\n\n{housekeeping}\n") == []


def test_a_study_affecting_a_sample_is_still_a_claim():
    (claim,) = _claims("MS\n\nA trial affecting 300 patients with MS found that exercise reduced fatigue.\n")
    assert claim.n == 300


@pytest.mark.parametrize("first, other", [
    ("In those taking semaglutide, the average weight loss was 34 pounds, with a reduction in BMI of -5.54.",
     "The placebo group observed an average weight loss of 5.75 pounds."),
    ("Those given ashwagandha slept 25 minutes longer.", "The placebo group slept 5 minutes longer."),
    ("Calves treated with meloxicam spent 3 hours more lying down after dehorning.",
     "The control group showed significantly less lying time."),
])
def test_the_sentence_telling_the_first_arm_joins_the_other_arm(first, other):
    text = f"News\n\nThe drug works on appetite. {first} {other}\n"
    (claim,) = _claims(text)
    assert _evidence(text, claim) == f"{first} {other}"


def test_background_before_an_arm_sentence_stays_out():
    text = "News\n\nMigraine affects 10% of adults. The placebo group in trials often improves too.\n"
    assert [_evidence(text, c) for c in _claims(text)] == ["The placebo group in trials often improves too."]


@pytest.mark.parametrize("heading, result", [
    ("Impressive Weight Loss Results",
     "After 68 weeks, participants who took semaglutide lost an average of 37 pounds, compared with 14 pounds on placebo."),
    ("What the researchers found",
     "After 12 weeks, the calves given meloxicam gained 9 kg more than the untreated calves."),
    ("## The results",
     "At the end of the study, 62% of the yoga group reported less back pain than the usual care group."),
])
def test_a_result_under_a_page_heading_is_a_claim_of_its_own(heading, result):
    design = "One group received a 2.4 mg dose once a week, while another group was given a placebo."
    text = f"How the study was conducted\n\n{design}\n\n{heading}\n\n{result}\n"
    claims = _claims(text)
    assert [_evidence(text, c) for c in claims] == [design, result]


def test_a_result_under_a_study_section_heading_goes_on_with_the_study():
    text = ("Researchers randomly assigned 120 adults to melatonin 3 mg or placebo for 4 weeks.\n\nResults\n\n"
            "After 4 weeks, sleep onset was 9 minutes faster with melatonin than placebo.\n")
    (claim,) = _claims(text)
    assert claim.n == 120 and claim.direction == "positive"


@pytest.mark.parametrize("heading, label", [("EVIDENCE", "Adults:"), ("What the trials show", "Trials:"),
                                            ("## Evidence", "In children:")])
def test_a_list_under_a_heading_of_its_own_does_not_go_on_with_the_paragraph_above(heading, label):
    text = ("BOTTOM LINE\n\nStudies are inconsistent. One study found for every three adults treated with riboflavin, "
            f"one had a 50% reduction in migraine frequency compared to placebo.\n\n{heading}\n{label}\n"
            "  • 55 patients, ~4 migraines/month, randomized to riboflavin 400 mg daily or placebo.\n"
            "    • 50% reduction in frequency: 56% versus 19% (placebo).\n"
            "  • 112 patients, six days of migraine/month, randomized to a product with riboflavin 400 mg or placebo.\n"
            "    • Both reduced days of migraine/month 1.8 versus 1.3 (placebo). Not statistically significant.\n")
    claims = _claims(text)
    assert [c.n for c in claims if c.n in (55, 112)] == [55, 112]
    assert not any("55 patients" in _evidence(text, c) and "One study found" in _evidence(text, c) for c in claims)


@pytest.mark.parametrize("mechanism", [
    "It also helps regulate melatonin, which controls sleep-wake cycles.",
    "Vitamin D helps the gut absorb calcium, which controls bone strength.",
    "Magnesium supports GABA, a messenger that helps control anxiety.",
])
def test_a_mechanism_sentence_with_control_as_a_verb_is_no_claim(mechanism):
    assert _claims(f"How it works\n\n{mechanism}\n") == []


@pytest.mark.parametrize("finding", [
    "Anxiety scores fell more with magnesium than in the control group.",
    "Patients improved more than matched controls.",
    "Sleep quality improved with melatonin versus control.",
])
def test_a_finding_against_controls_is_still_a_claim(finding):
    (claim,) = _claims(f"Results\n\n{finding}\n")
    assert claim.direction == "positive"


@pytest.mark.parametrize("named, told", [
    ("Riboflavin, migraine frequency, and abortive medications was evaluated by Boehnke, et al.",
     "An open label study using 400 mg per day of riboflavin found that attacks were halved (7)."),
    ("Zinc for acne was studied by Haddad and colleagues.",
     "A randomized trial of 90 teenagers found fewer lesions with 30 mg daily than with placebo."),
    ("Melatonin after surgery was examined by Okafor et al. (2021).",
     "A double-blind trial in 140 adults found less delirium with 3 mg nightly than with placebo."),
])
def test_a_sentence_naming_who_studied_it_opens_the_study_the_next_sentence_tells(named, told):
    text = f"Evidence\n\n{named} {told}\n"
    (claim,) = _claims(text)
    assert _evidence(text, claim) == f"{named} {told}"
    assert claim.study.first_author in ("Boehnke", "Haddad", "Okafor")


def test_a_cited_review_sentence_does_not_take_the_next_study():
    text = ("Evidence\n\nOkafor et al. (2019) reviewed the topic. A later trial of 80 adults found less pain with "
            "curcumin than placebo.\n")
    assert len(_claims(text)) == 2


@pytest.mark.parametrize("advice", [
    "When starting magnesium supplementation, it's advisable to begin with a lower dose (around 200 mg) and gradually "
    "increase if needed to avoid potential digestive side effects.",
    "We also recommend no more than 1-2 cups of milk per day and no dairy within 2 hours of the iron dose.",
    "Start with a low dose of 0.5 mg of melatonin, taken an hour before bed, to limit side effects.",
])
def test_dosing_advice_to_the_reader_is_no_claim(advice):
    assert _claims(f"Dosing\n\n{advice}\n") == []


def test_dosing_advice_in_a_reply_is_no_claim():
    text = ("Sleep and iron\n\nComments\n\nnightowl says:\nWe also recommend no more than 1-2 cups of milk per day and "
            "no dairy within 2 hours of the iron.\n")
    assert _claims(text) == []


@pytest.mark.parametrize("sentence", [
    "In the trial, patients started with a lower dose of 25 mg, and side effects were rare.",
    "Experts recommend riboflavin after a trial in 55 adults showed fewer attacks than placebo.",
])
def test_a_study_told_beside_advice_words_is_still_a_claim(sentence):
    assert len(_claims(f"Dosing\n\n{sentence}\n")) == 1
