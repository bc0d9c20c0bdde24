"""Abstract pages the reader missed: an affiliation (often its e-mail) glued to the "Abstract"
heading ("...tufts.eduAbstract"), and an untitled page under a bulleted byline and citation
line whose labels run into the text ("AimsWe examined ...pain.Main MethodsThe ..."). (All
names, titles and journals below are invented.)"""

from __future__ import annotations

import pytest
from saved_page import ingest_page, own_abstract

from extractors.blocks import ends_in_abstract_heading

_GLUED = """{citation}
 {title}
Source
{affiliation}Abstract
{body}
"""

_GLUED_CASES = [
    ("J Nutr. 2011 Mar;141(3):310-6. Epub  2011 Jan 12.",
     "Cranberry juice lowers arterial stiffness in adults with coronary artery disease.",
     "Vascular Biology Laboratory, Invented University School of Medicine, Springfield, MA  02111, USA. a.okafor@inventedu.edu",
     "Our objective was to examine the vascular effects of cranberry juice. A randomized, double-blind, placebo-controlled "
     "trial was conducted in 44 adults with coronary artery disease, given 480 mL/d of juice or placebo for 4 wk. "
     "Carotid-femoral pulse wave velocity fell with juice compared with placebo (P = 0.01).", "J Nutr", 2011),
    ("Pediatrics. 2014 Jul;134(1):e21-8. Epub  2014 Jun 2.",
     "Zinc lozenges shorten common colds in school-age children: a randomized trial.",
     "Department of Paediatrics, Invented Children's Hospital, Riverton, Canada.Abstract",
     "We randomized 120 children aged 6 to 12 years with a cold of less than 24 hours to zinc lozenges (10 mg) or "
     "placebo lozenges. Colds resolved 1.5 days sooner with zinc than with placebo (P = 0.02).", "Pediatrics", 2014),
    ("Phytomedicine. 2009 Oct;16(10):901-9.",
     "Saffron extract in mild depression: a double-blind trial.",
     "Institute of Psychiatry, Invented University, Lakeside. m.rossi@lakeside-inv.org",
     "Forty adults with mild depression were randomized to saffron extract 30 mg/day or placebo for 6 weeks. "
     "HAMD scores fell more with saffron than with placebo (P < 0.001).", "Phytomedicine", 2009),
]


@pytest.mark.parametrize("citation,title,affiliation,body,journal,year", _GLUED_CASES)
def test_abstract_heading_glued_to_affiliation(tmp_path, citation, title, affiliation, body, journal, year):
    doc = ingest_page(tmp_path, _GLUED.format(citation=citation, title=title, affiliation=affiliation.removesuffix("Abstract"), body=body))
    assert own_abstract(doc).startswith(body[:40])
    assert doc.meta.title == title and doc.meta.year == year and doc.meta.journal.startswith(journal)


@pytest.mark.parametrize("line,glued", [
    ("Department of Surgery, Invented Hospital, Springfield. j.doe@inv.eduAbstract", True),
    ("Institute of Nutrition, Invented University, Lakeside, Canada.Abstract", True),
    ("Graphical Abstract", False),  # its own heading, with a space
    ("We describe the study in this abstract", False),
    ("See the companion paper's VisualAbstract", False),  # no affiliation or e-mail
])
def test_glued_heading_needs_an_affiliation(line, glued):
    assert ends_in_abstract_heading(line) is glued


def test_glued_affiliation_in_a_blog_paragraph_is_no_page(tmp_path):
    text = ("My favourite tea blog\n\nI emailed the lab at the Department of Nutrition, Invented University "
            "(tea@inv.edu) and they sent me the Abstract\n\nTea is great and I drink three cups a day. It calms me.\n")
    assert not ingest_page(tmp_path, text).meta.is_study


_RUN_IN = """-
- {byline}
- {citation}
{abstract}
Notes
Knowledge, pearl, summary or comment to share?
"""

_RUN_IN_CASES = [
    ("Akira Tanabe and Keiko Morimoto.", "Eur J Pharmacol. 2012 May 5;683(1-3):101-8.",
     "AimsWe examined whether pregabalin relieves cold allodynia in the rat spared nerve injury model."
     "Main MethodsRats received pregabalin 10 or 30 mg/kg orally and acetone responses were scored."
     "Key FindingsPregabalin at 30 mg/kg reduced acetone responses compared with vehicle."
     "SignificanceThe spared nerve injury model detects drugs against cold allodynia.", "Eur J Pharmacol", 2012, "Tanabe"),
    ("Laura Fenwick and Tomas Iglesias.", "Life Sci. 2015 Feb 1;122:42-50.",
     "AimsWe studied whether metformin protects the kidney in diabetic mice."
     "Main MethodsDiabetic mice received metformin 200 mg/kg/day or saline for 8 weeks."
     "Key FindingsMetformin lowered albuminuria compared with saline."
     "SignificanceMetformin may protect the diabetic kidney.", "Life Sci", 2015, "Fenwick"),
    ("Chen Wei and Li Na.", "Brain Res. 2018 Jan 15;1679:1-9.",
     "Aims: We tested curcumin in a mouse model of stroke.\n"
     "Main Methods: Mice received curcumin 100 mg/kg after middle cerebral artery occlusion.\n"
     "Key Findings: Curcumin reduced infarct volume compared with vehicle.\n"
     "Significance: Curcumin may protect the ischaemic brain.", "Brain Res", 2018, "Wei"),
]


@pytest.mark.parametrize("byline,citation,abstract,journal,year,first", _RUN_IN_CASES)
def test_untitled_abstract_under_bulleted_citation(tmp_path, byline, citation, abstract, journal, year, first):
    doc = ingest_page(tmp_path, _RUN_IN.format(byline=byline, citation=citation, abstract=abstract))
    assert own_abstract(doc).startswith(abstract[:30])
    assert doc.meta.journal == journal and doc.meta.year == year
    assert doc.meta.authors and doc.meta.authors[0].startswith(first)


def test_run_in_words_in_prose_are_no_labels(tmp_path):
    """A blog paragraph under a citation bullet whose words merely touch ("...pain.Results") is no abstract."""
    text = ("- Life Sci. 2009 Apr 24;84(17-18):622-6.\n"
            "I read this paper about rats and pain. Results were mixed and I am not sure what to think about it.\n\n"
            "More posts about pain coming soon on this blog, including my own experience with gabapentin.\n")
    assert not ingest_page(tmp_path, text).meta.is_study


_MENU_PAGE = """Journal Information
Vol. {vol}. Issue 3.
Pages 201-210 (March 2022)
Visits
812
Original Article
Open Access
{title}
{second_title}
Visits
812
{byline}
Corresponding author
, {more}
Invented University Hospital, Springfield
Under a Creative Commons license
Article information
Abstract
Full Text
Bibliography
Download PDF
Statistics
Figures (3)
Tables (2)
Table 1. Baseline characteristics.
Abstract
Background and objective

{background}

Material and methods

{methods}

Results

{results}
"""

_MENU_CASES = [
    ("Hibiscus Tea for Stage 1 Hypertension: A Randomised Trial",
     "Té de hibisco para la hipertensión en estadio 1: ensayo aleatorizado",
     "A.B. García Ruiz, C. Mendes", "D. Ortega-Lima, E. Sá",
     "Hibiscus tea may lower blood pressure.", "We randomised 80 adults with stage 1 hypertension to hibiscus tea or placebo tea.",
     "Systolic pressure fell more with hibiscus tea than with placebo (P = 0.01)."),
    ("Saffron Extract in Mild Depression: A Double-Blind Trial",
     "Extracto de azafrán en la depresión leve: ensayo doble ciego",
     "M.J. Pereira Santos, L. Ortiz", "R. Núñez-Vidal, T. Sousa",
     "Saffron has antidepressant effects in animals.", "Sixty adults with mild depression were randomised to saffron 30 mg/day or placebo.",
     "HAMD scores fell more with saffron than with placebo (P < 0.001)."),
    ("Platelet-Rich Plasma for Lateral Epicondylitis: A Randomised Trial",
     "Plasma rico en plaquetas para la epicondilitis lateral: ensayo aleatorizado",
     "J.C. Moreno Díaz, P. Alves", "S. Ibáñez-Costa, M. Leal",
     "Lateral epicondylitis is common.", "We randomised 100 adults to platelet-rich plasma or corticosteroid injection.",
     "Pain at 6 months was lower with platelet-rich plasma than with corticosteroid (P = 0.02)."),
]


@pytest.mark.parametrize("title,second_title,byline,more,background,methods,results", _MENU_CASES)
def test_journal_page_with_a_menu_above_the_real_abstract(tmp_path, title, second_title, byline, more, background,
                                                          methods, results):
    doc = ingest_page(tmp_path, _MENU_PAGE.format(vol=112, title=title, second_title=second_title, byline=byline, more=more,
                                            background=background, methods=methods, results=results))
    abstract = own_abstract(doc)
    assert background in abstract and results in abstract
    assert doc.meta.title == title


def test_a_menu_without_an_abstract_below_is_no_page(tmp_path):
    text = _MENU_PAGE.format(vol=9, title="Hibiscus Tea for Stage 1 Hypertension: A Randomised Trial",
                             second_title="Té de hibisco para la hipertensión", byline="A.B. García Ruiz, C. Mendes",
                             more="D. Ortega-Lima", background="", methods="", results="")
    text = text.split("Table 1. Baseline characteristics.")[0] + "Subscribe to read the full article.\n"
    assert not ingest_page(tmp_path, text).meta.is_study


_PORTAL = """{title}

{authors}

Research output: Contribution to journalArticlepeer-review

{cited} Citations (Scopus)

Abstract

{abstract}

Original languageEnglish
Pages (from-to){pages}
Number of pages6
Journal{journal}
Volume20
Issue number2
Publication statusPublished - {published}
"""

_PORTAL_CASES = [
    ("Effect of cherry juice on sleep quality in older adults with insomnia", "Mei Ling Chen, Wen Hsu, Jian Liu",
     "Thirty older adults with insomnia drank cherry juice or a placebo drink for two weeks. Total sleep time rose by 84 "
     "minutes with cherry juice compared with placebo.", "Journal of Invented Sleep Research", "Jun 2013", 2013),
    ("Zinc supplementation and common cold duration in schoolchildren", "Ana Souza, Pedro Lima, Joana Reis",
     "We randomised 150 schoolchildren to zinc 10 mg/day or placebo for 12 weeks. Colds were shorter with zinc than "
     "with placebo.", "Invented Paediatric Reports", "15 Mar 2017", 2017),
    ("Yoga for chronic low back pain in nurses: a randomised trial", "Kirsten Holm, Lars Berg, Eva Dahl",
     "Eighty nurses with chronic low back pain were randomised to yoga or usual care. Pain scores fell more with yoga "
     "than with usual care.", "Scandinavian Journal of Invented Nursing", "2020", 2020),
]


@pytest.mark.parametrize("title,authors,abstract,journal,published,year", _PORTAL_CASES)
def test_research_portal_record_is_its_own_study(tmp_path, title, authors, abstract, journal, published, year):
    doc = ingest_page(tmp_path, _PORTAL.format(title=title, authors=authors, cited=12, abstract=abstract, pages="169-174",
                                         journal=journal, published=published))
    assert own_abstract(doc) == abstract
    assert doc.meta.title == title and doc.meta.journal == journal and doc.meta.year == year


def test_a_narrative_review_on_a_portal_stays_a_review(tmp_path):
    doc = ingest_page(tmp_path, _PORTAL.format(
        title="Cherry juice and sleep: a narrative review", authors="Mei Ling Chen, Wen Hsu, Jian Liu", cited=3,
        abstract="This narrative review summarises what is known about cherry juice and sleep. We review twelve "
                 "small trials and discuss their limits.", pages="1-9", journal="Invented Reviews", published="2019"))
    assert not doc.meta.is_study


_BREADCRUMB = """{short} Search

CLOSE


{short} > Volume 26(4); {year} > Article
{author}: {title}

Abstract

Background

{background}

Methods

{methods}

Results

{results}

Conclusion

{conclusion}
"""

_BREADCRUMB_CASES = [
    ("Ann Geriatr Med Res", 2022, "Pamuk",
     "Comparison of Hyaluronic Acid and Platelet-Rich Plasma in Knee Osteoarthritis: Do the Results Differ in Older "
     "Patients? A Retrospective Observational Study"),
    ("Korean J Invented Psychiatry", 2021, "Kim",
     "Melatonin for Delirium After Hip Surgery: Does It Help the Oldest Patients? A Randomized Controlled Trial"),
    ("J Invented Cardiol", 2019, "Ortiz",
     "Hibiscus Tea for Stage 1 Hypertension: Is It Enough Without Drugs? A Pilot Study"),
]


@pytest.mark.parametrize("short,year,author,title", _BREADCRUMB_CASES)
def test_journal_breadcrumb_page_with_a_question_title(tmp_path, short, year, author, title):
    doc = ingest_page(tmp_path, _BREADCRUMB.format(
        short=short, year=year, author=author, title=title, background="The treatment is widely used.",
        methods="This study evaluated a total of 226 patients treated with the intervention or a comparator.",
        results="Pain improved more with the intervention than with the comparator at 6 months.",
        conclusion="The intervention may be preferred."))
    assert own_abstract(doc).startswith("Background")
    assert doc.meta.title == f"{author}: {title}" and doc.meta.journal == short and doc.meta.year == year


def test_a_question_line_followed_by_prose_is_no_title():
    from pipeline.ingest.abstract_page import _QUESTION_SUBTITLE, _SENTENCES
    line = "Does honey help coughs? Many parents think so, and they are not wrong."
    assert _SENTENCES.search(_QUESTION_SUBTITLE.sub("", line))


_PROTOCOL = """Abstract
Background
{background}
Methods/design
{methods}
Discussion
{discussion}
"""

_PROTOCOL_CASES = [
    ("Polycystic ovary syndrome is a common cause of infertility and its treatments have side effects.",
     "This is a randomized controlled trial which will include 240 women with PCOS. Participants will be randomized to "
     "inositol or placebo for 12 weeks.", "This trial will determine whether inositol improves ovulation."),
    ("Delirium after hip fracture surgery is common in older adults.",
     "We will recruit 300 adults aged 70 or older. Participants will be randomized to melatonin 3 mg or placebo.",
     "The results will inform delirium prevention."),
    ("Chronic low back pain is a leading cause of disability.",
     "This pragmatic trial will enrol 180 adults, who will be randomised to yoga or usual care.",
     "If effective, yoga could be offered in primary care."),
]


@pytest.mark.parametrize("background,methods,discussion", _PROTOCOL_CASES)
def test_a_protocol_abstract_ends_on_its_own_discussion(tmp_path, background, methods, discussion):
    doc = ingest_page(tmp_path, _PROTOCOL.format(background=background, methods=methods, discussion=discussion))
    abstract = own_abstract(doc)
    assert background in abstract and discussion in abstract


def test_a_paper_body_discussion_still_ends_the_abstract(tmp_path):
    text = ("Abstract\nBackground\nDelirium is common.\nMethods\nWe randomised 300 adults to melatonin or placebo.\n"
            "Results\nDelirium was less common with melatonin.\nDiscussion\n" + "The body of the paper goes on. " * 80 + "\n")
    doc = ingest_page(tmp_path, text)
    assert not doc.meta.is_study or "The body of the paper" not in own_abstract(doc)


_TITLED_CITED = """{title}
{background}
Materials And Methods
{methods}
{results}
{citation}
89 - 99
"""

_TITLED_CITED_CASES = [
    ("Evaluation of Analgesic Effects of Invented Root Extract in an Animal Model of Neuropathic Pain",
     "Neuropathic pain lowers quality of life and herbal drugs are used more and more because of the side effects of "
     "synthetic drugs. This study evaluated the analgesic effects of an invented root extract in rats.",
     "Rats with chronic constriction injury were divided into 4 groups (n=10 each): sham, CCI, extract 100 mg/kg and "
     "gabapentin 100 mg/kg, given by gavage for 21 days.",
     "The extract significantly increased paw withdrawal latency compared with the CCI group.",
     "Arak Medical University Journal, Volume:20 Issue:2, 2017", "Arak Medical University Journal", 2017),
    ("Effect of Saffron on Depressive Symptoms in Students: A Randomised Trial",
     "Depression is common in university students and many of them prefer herbal remedies to antidepressants. We "
     "tested saffron extract against placebo in students with mild depression.",
     "Sixty students were randomised to saffron 30 mg/day or placebo for eight weeks.",
     "Depression scores fell more with saffron than with placebo.",
     "Journal of Invented Medical Sciences, Vol. 12 No. 4, 2019", "Journal of Invented Medical Sciences", 2019),
    ("Honey Versus Placebo for Night Cough in Toddlers",
     "Night cough is a common reason for visits to the doctor and parents often ask about honey. We compared honey with "
     "a placebo syrup in toddlers with a cold.",
     "One hundred toddlers received 10 g of honey or placebo syrup before bed.",
     "Cough frequency fell more with honey than with placebo.",
     "Invented Paediatric Journal, Volume 7, Issue 1, 2021", "Invented Paediatric Journal", 2021),
]


@pytest.mark.parametrize("title,background,methods,results,citation,journal,year", _TITLED_CITED_CASES)
def test_a_titled_abstract_closed_by_its_journal_citation_is_its_own_study(tmp_path, title, background, methods, results,
                                                                           citation, journal, year):
    doc = ingest_page(tmp_path, _TITLED_CITED.format(title=title, background=background, methods=methods, results=results,
                                               citation=citation))
    abstract = own_abstract(doc)
    assert background in abstract and results in abstract
    assert doc.meta.title == title and doc.meta.journal == journal and doc.meta.year == year


def test_a_blog_post_without_a_journal_citation_is_no_page(tmp_path):
    doc = ingest_page(tmp_path, _TITLED_CITED.format(
        title="My Thoughts on Honey for Night Cough in Toddlers", background="I tried honey with my son. " * 6,
        methods="We gave him a spoon before bed.", results="He coughed less, I think.", citation="Posted in Parenting, 2021"))
    assert not doc.meta.is_study


@pytest.mark.parametrize("byline, first", [
    ("Yung-Tsan Wu 1,2,3, Tsung-Ying Li 1,2, Kuei-Chen Lee 1,4, King Hei Stanley Lam 5,6,7,8, Chih-Ya Chang 1,9", "Wu"),
    ("Maria Elena Garcia Lopez 1,2, Ana Souza 3, Pedro Lima 1, Joana Reis 2,4", "Lopez"),
    ("Ngoc Anh Thi Nguyen 1, Van Minh Tran 2,3, Thu Ha Le 1, Quang Huy Pham 4", "Nguyen"),
])
def test_a_marked_byline_with_four_word_names_names_the_authors(tmp_path, byline, first):
    text = (f"Invented J Clin Med. 2022 Jun 6;11(11):3241. doi: 10.5555/ijcm.2022.3241\n\n"
            f"Efficacy of Platelet-Rich Plasma Before Hyaluronic Acid in Knee Osteoarthritis: A Randomized Trial\n\n"
            f"{byline}\n\nPMID: 35683999\n\nAbstract\n\nWe randomized 46 adults with knee osteoarthritis to platelet-rich "
            f"plasma before hyaluronic acid or to platelet-rich plasma alone. Pain scores fell more with the combination.\n")
    doc = ingest_page(tmp_path, text)
    assert doc.meta.title.startswith("Efficacy of Platelet-Rich Plasma") and doc.meta.authors[0].startswith(first)


def test_four_capitalised_words_without_marks_are_no_author():
    from pipeline.ingest.abstract_page import _authors
    assert _authors("Department Of Internal Medicine, Faculty Of Health Sciences", "metadata") == []


_LONG = ("This study examined the efficacy and tolerability of an invented root extract compared to placebo in a "
         "double-blind parallel-group trial of adults with chronic tension-type headache. After a 4-week run-in phase, "
         "60 such patients received randomly either the extract or placebo for 12 weeks. A total of 33 patients were allocated to the")


@pytest.mark.parametrize("first, second", [
    (_LONG, "drug group and 27 patients to the placebo group. In all, 58 patients completed the study."),
    (_LONG.replace("allocated to the", "allocated to the drug group, and headache frequency, intensity and associated symptoms,"),
     "use of analgesics and adverse events were assessed."),
    (_LONG.replace("allocated to the", "allocated to the drug group. Compared to baseline,"),
     "Invented extract reduced the frequency of attacks by 46% after 4 weeks."),
])
def test_a_long_line_cut_inside_a_sentence_goes_on_in_the_next_line(first, second):
    from extractors.blocks import label_text
    text = f"{first}\n{second}\n"
    blocks = label_text(text)
    assert len(blocks) == 1 and text[blocks[0].start:blocks[0].end] == text.strip()


@pytest.mark.parametrize("text", [
    "Home\nabout us\n",  # short lines: a menu
    f"{_LONG}\n- drug group and 27 patients to the placebo group.\n",  # a list item stays an item
    "Results of a randomized trial\nthe full text is below.\n",  # a short heading-like line
])
def test_short_lines_and_list_items_are_not_joined(text):
    from extractors.blocks import label_text
    assert len(label_text(text)) == 2
