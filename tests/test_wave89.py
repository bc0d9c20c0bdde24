"""Wave 89: the gaps session 23 left noted. A commenter's "it did not do more for my pain than
ibuprofen" is a comparison not won (null, not negative), and two arms' rates whose difference's
confidence interval runs from below zero to above it differ by chance against placebo too, not
only against an active drug."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction
from tests.saved_page import ingest_page, own_abstract, page_claims


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("It did not do more for my pain than ibuprofen.", "null"),
        ("Honestly it didn't do any more for my sleep than melatonin did.", "null"),
        ("EMDR did more for my flashbacks than talk therapy.", "positive"),
        ("Response rates were 45% with the drug and 38% with placebo (difference 7%; 95% CI -3 to 17).", "null"),
        ("Response rates were 45% with the drug and 38% with placebo (difference 7%; 95% CI 1 to 13).", "positive"),
    ],
)
def test_wave89_directions(text, direction):
    assert parse_direction(text) == direction


def test_an_outcome_list_closed_by_or_names_no_comparator():
    from extractors.fields.comparator import parse_comparator

    text = ("In a large trial of the new fibrate, investigators saw no fall in heart attack, stroke, or cardiovascular death "
            "over four years, despite the drug lowering triglycerides by 24 percent compared to placebo.")
    assert parse_comparator(text) == "placebo"
    assert parse_direction(text) == "mixed"  # the marker moved, the events did not: benefit on one outcome only


# Abstracts pasted alone, as real excerpts come: written here, modelled on shapes probe 30 found.
_RUN_ON_LABELS = (
    "Abstract: Study objective To find out whether nightly inhaled iloprost eases exertional breathlessness in "
    "scleroderma. Design Randomized crossover trial with 6-week treatment periods. Setting Two university clinics. "
    "Patients Thirty-two adults with limited cutaneous scleroderma. Interventions Inhaled iloprost or matching placebo "
    "at night. Measurements and main results The Borg score after a 6-minute walk fell by 1.4 points with iloprost and "
    "by 0.3 points with placebo (95% CI for the difference, 0.4 to 1.8). Conclusions Nightly iloprost eased "
    "breathlessness on exertion.\n")
_ONE_PARAGRAPH = (
    "A blinded and randomized study was carried out to learn whether cat owners rate a calming collar differently "
    "when they know a placebo collar may be in use. Sixty-four cats with travel stress were enrolled and randomly "
    "allocated to a pheromone collar or an unscented collar for two car journeys a week apart. Owners' ratings of "
    "vocalisation and panting did not differ between collars, and ratings were consistent across both journeys. "
    "No specific effect of the pheromone collar was found in this study.\n")
_CUT_BEFORE_RESULTS = (
    "BACKGROUND\n\nStatins lower the risk of stroke in people with raised cholesterol, but their role in people with\n\n\n"
    "normal cholesterol and small vessel disease of the brain is unclear.\nMETHODS\n\nWe randomly assigned 2,410 "
    "adults with lacunar infarcts to atorvastatin at a dose of 40 mg per day or placebo.\nThe primary outcome was "
    "recurrent stroke; the median follow-up was 3.1 years.\n")


@pytest.mark.parametrize("page", [_RUN_ON_LABELS, _ONE_PARAGRAPH, _CUT_BEFORE_RESULTS], ids=["run-on", "one-paragraph", "cut"])
def test_an_abstract_pasted_alone_is_the_pages_own_study(tmp_path, page):
    doc = ingest_page(tmp_path, page)
    assert doc.meta.abstract_only and doc.meta.is_study
    assert own_abstract(doc).strip() == page.strip()
    claims = page_claims(tmp_path, page)
    assert [c.context for c in claims] == ["abstract"] and claims[0].study.own


@pytest.mark.parametrize(
    "page",
    [
        # a retold study, one paragraph: the study is the news story's, not the page's own
        "A randomized study was carried out by researchers at a Danish hospital to test melatonin in shift workers. "
        "Ninety nurses took 3 mg or placebo before day sleep for four weeks, and total sleep time rose by 25 minutes "
        "with melatonin, the team reported. Melatonin is sold over the counter in many countries and is widely used for "
        "jet lag as well as for shift work, although doses vary between products.\n",
        # a forum post in the first person that opens on no design of its own
        "I tried magnesium glycinate 400 mg at night for a month after reading about it. My sleep got a bit better and "
        "the leg cramps stopped, but I had loose stools the first week. We randomly picked the brand from the shelf, "
        "nothing scientific about it. Has anyone compared glycinate with citrate for cramps? I would like to hear what "
        "dose worked for you and whether you took it with food or on an empty stomach.\n",
    ],
    ids=["retold", "forum"],
)
def test_a_lone_paragraph_that_is_no_abstract_stays_prose(tmp_path, page):
    assert not ingest_page(tmp_path, page).meta.is_study


def test_a_page_fragment_saved_as_text_is_read_as_html(tmp_path):
    page = ("<div><h4>Night splints for plantar fasciitis in runners.</h4><i>Okafor CN, Lindqvist E, ... Marsh AB, Ruiz P</i>"
            "<br />BACKGROUND: Heel pain is common in runners. <br /><b>Methods:</b><br/>We randomly assigned 88 runners to "
            "night splints or stretching alone for 12 weeks. <br /><b>Results:</b><br/>Morning pain fell more with splints "
            "(P=0.01).</div>\n")
    doc = ingest_page(tmp_path, page)
    assert doc.kind == "html" and "<br" not in doc.text
    assert doc.meta.title.rstrip(".") == "Night splints for plantar fasciitis in runners" and doc.meta.authors[:2] == ["Okafor CN", "Lindqvist E"]
    assert "We randomly assigned 88 runners" in own_abstract(doc)


def test_a_line_that_opens_with_a_tag_stays_text(tmp_path):
    page = "<p> is the tag for a paragraph, as every web course says.\nThis page is plain notes about HTML.\n"
    assert ingest_page(tmp_path, page).kind == "text"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a cue read after a finding was blanked out must not take the words either side of the gap for neighbours
        ("Extended dosing did not enhance abstinence over standard-course cytisine.", "null"),
        ("Longer dosing did not improve sleep.", "null"),
        ("Extended release melatonin increased total sleep time.", "positive"),
        ("Blood pressure fell no more with the supplement than with the diet alone.", "null"),
    ],
)
def test_a_blanked_finding_leaves_a_gap_no_cue_reads_across(text, direction):
    assert parse_direction(text) == direction


_SUPPLEMENT_GUIDE = """Supplement | Amount | Why |
---|---|---|
Magnesium | Adults: 400 mg a day as citrate; children: ask your doctor first | [2 stars] Magnesium has been shown to reduce how often migraine attacks come in adults.
|
Riboflavin | 400 mg of vitamin B2 per day | [3 stars] Riboflavin is one of the best-studied supplements for migraine prevention and may cut attack frequency by half. |
"""
_DOSING_GUIDE = """Loading approach | Duration | Daily dose | Total taken | Time to saturation |
---|---|---|---|---|
Fast loading | 5-7 days | 20 g (4 doses) | 120 g | 6 days |
No loading | 30 days | 3 g daily | 90 g/month | 4 weeks |
"""


def test_a_supplement_guide_table_gives_one_claim_per_row(tmp_path):
    claims = page_claims(tmp_path, _SUPPLEMENT_GUIDE, "guide.md")
    assert [c.context for c in claims] == ["table", "table"]
    assert [c.direction for c in claims] == ["positive", "positive"]


def test_a_dosing_guide_table_is_no_table_of_studies(tmp_path):
    assert page_claims(tmp_path, _DOSING_GUIDE, "guide.md") == []


def test_a_table_row_giving_its_studys_doi_stays_a_row(tmp_path):
    page = ("Trials we found:\n\n"
            "Study\tInfants\tDose\tComparator\tOutcome\tResult\tDOI\n"
            "Adeyemi 2017\t88\t40 mg/day\tplacebo\tcrying time\tCrying time similar to placebo at day 10\t10.5555/colic.2017.0042\n"
            "Lindqvist 2021\t60\t20 mg four times a day\tfennel tea\tcrying time\tFennel group improved more than simethicone group\t10.5555/colic.2021.0107\n")
    claims = page_claims(tmp_path, page, "roundup.txt")
    assert [c.context for c in claims] == ["table", "table"]
    assert [(c.comparator, c.direction) for c in claims] == [("placebo", "null"), ("fennel tea", "negative")]


@pytest.mark.parametrize(
    "text",
    [
        "Falls during the programme were no more frequent with circuit training than with usual care.",
        "A registry study found no excess of symptomatic intracranial haemorrhage with tenecteplase compared with alteplase.",
        "Adverse events were not more common with varenicline than with placebo.",
    ],
)
def test_a_named_harm_no_more_common_than_with_the_comparator_is_null(text):
    assert parse_direction(text) == "null"


def test_reperfusion_is_a_good_end_and_a_lengthened_sleep_a_gain():
    assert parse_direction("Reperfusion occurred in 21% of the tenecteplase group versus 13% of the alteplase group.",
                           "alteplase") == "positive"
    assert parse_direction("Eradication rates were 88% with the quadruple regimen versus 74% with triple therapy.",
                           "triple therapy") == "positive"
    assert parse_direction("In mice, reishi triterpenes at 40 and 80 mg/kg lengthened non-REM sleep.") == "positive"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Been on sertraline 50 mg a day for ten weeks now for panic attacks. My attacks went from five a week to one.",
        "I have taken 2 g of lion's mane powder in my coffee every morning for two months, and I now remember names far better than before.",
        "I took 400 mg of magnesium every night and my cramps stopped.",
    ],
)
def test_a_writers_own_course_in_the_page_body_is_a_claim(tmp_path, paragraph):
    page = f"My notes on supplements\n\n{paragraph}\n"
    (claim,) = page_claims(tmp_path, page)
    assert claim.context == "prose" and claim.dose and claim.direction == "positive"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Prior studies using higher doses did not result in further significant improvements in sleep.", "null"),
        ("Higher doses did not lead to any benefit.", "null"),
        ("The drug did not result in improvements in sleep but reduced anxiety.", "mixed"),
    ],
)
def test_a_gain_denied_after_result_in_or_lead_to(text, direction):
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Two trials found faster gait speed after circuit classes, although the control arm improved more on the "
         "Berg Balance Scale in the larger one.", "mixed"),
        ("Pain fell by 30% with acupuncture, whereas the sham group improved more on function.", "mixed"),
        ("Pain fell with acupuncture, but the sham group improved more.", "negative"),
        ("Both groups improved, but the placebo group improved more.", "negative"),
    ],
)
def test_the_controls_lead_on_another_measure_beside_a_gain_is_mixed(text, direction):
    assert parse_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Tried the capsules for a month and felt nothing at all, to be honest.", "null"),
        ("I felt nothing, except a headache.", "negative"),
        ("Headache days were clearly lower on candesartan than on placebo.", "positive"),
        ("Scores were markedly better with the drug than with placebo.", "positive"),
    ],
)
def test_felt_nothing_and_a_stressed_comparison(text, direction):
    assert parse_direction(text) == direction


def test_a_strength_after_a_formulation_and_its_form():
    from extractors import fields

    doses = fields.parse_doses("88 subjects were treated with tretinoin gel microsphere 0.04% and 90 with vehicle.")
    assert [(d.value, d.unit) for d in doses] == [(0.04, "%")]
    assert [(d.value, d.unit) for d in fields.parse_doses("hydroquinone cream USP 4% twice daily")] == [(4.0, "%")]
    assert fields.parse_doses("the gel group improved in 40% of patients") == []


def test_a_dose_given_then_what_came_of_it_is_one_claim(tmp_path):
    page = ("Scientists in Ghent wanted to know whether coenzyme Q10 would help migraine. They had volunteers take 300 mg "
            "of coenzyme Q10 each day for three months. The results were striking. Attacks fell by half in the people who "
            "took the coenzyme Q10.\n")
    (claim,) = page_claims(tmp_path, page)
    assert claim.evidence.text.startswith("They had volunteers take 300 mg")
    assert [(d.value, d.unit) for d in claim.dose] == [(300.0, "mg/day")] and claim.direction == "positive"


def test_a_dose_of_something_else_before_a_finding_stays_apart(tmp_path):
    page = ("Most adults can take 400 mg of magnesium each day without trouble. The results were striking. Attacks fell "
            "by half in the people who took the coenzyme Q10 in a later trial of 80 adults.\n")
    claims = page_claims(tmp_path, page)
    assert all(not c.evidence.text.startswith("Most adults") for c in claims)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("In a meloxicam-controlled trial of 120 dogs, enflicoxib was non-inferior.", "meloxicam"),
        ("A sertraline-controlled study in 200 adults found vortioxetine as effective.", "sertraline"),
        ("A placebo-controlled study in 200 adults found vortioxetine effective.", "placebo"),
        ("An active-controlled trial compared the two.", None),
    ],
)
def test_a_study_named_by_its_active_control(text, comparator):
    from extractors.fields.comparator import parse_comparator

    assert parse_comparator(text) == comparator
