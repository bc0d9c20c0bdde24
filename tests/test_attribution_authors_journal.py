"""Author-years with the journal between the authors and the year, and the people
news names as having led a study ("lead author Dr. X Y", "led by Professor X Y")."""

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from pipeline.model import Block, Document, DocumentMeta


def _named(text):
    return [(h.first_author, h.year) for h in find_attributions(text) if h.first_author]


@pytest.mark.parametrize(
    "text, first_author, year, venue",
    [
        ("Sleep improved (Adeyemi et al., Sleep Med Open 2025).", "Adeyemi", 2025, "Sleep Med Open"),
        ("Sleep improved (Adeyemi et al.,\nSleep Med Open 2025).", "Adeyemi", 2025, "Sleep Med Open"),
        ("Pain fell (Varga and Nemeth, J Pain Res, 2019).", "Varga", 2019, "J Pain Res"),
        ("Pain fell [Castell et al., Lancet 2016].", "Castell", 2016, "Lancet"),
        ("Pain fell (Castell et al., *JAMA Netw Open*, 2021).", "Castell", 2021, "JAMA Netw Open"),
        ("Pain fell (see Okonjo AB, Litt C, N Engl J Med 2018; 379: 11).", "Okonjo", 2018, "N Engl J Med"),
        ("Attacks fell (Halvorsen & Dahl, Cephalalgia 2004).", "Halvorsen", 2004, "Cephalalgia"),
        ("Attacks fell (Halvorsen et al., Journal of Headache Medicine, 2004).", "Halvorsen", 2004,
         "Journal of Headache Medicine"),
        ("Pain fell (Varga and Nemeth, J. Pain Res., 2019).", "Varga", 2019, "J. Pain Res."),
        ("Pain fell (Castell et al., Br. J. Clin. Pharmacol. 2015; 80: 1-9).", "Castell", 2015, "Br. J. Clin. Pharmacol."),
        ("Pain fell (Castell et al., [Lancet Psychiatry 2015](https://example.org/c)).", "Castell", 2015,
         "Lancet Psychiatry"),
    ],
)
def test_the_year_after_a_journal_belongs_to_the_authors_in_the_same_brackets(text, first_author, year, venue):
    hits = [h for h in find_attributions(text) if h.first_author]
    assert [(h.first_author, h.year, h.venue) for h in hits] == [(first_author, year, venue)]


@pytest.mark.parametrize(
    "text, named",
    [
        ("(Castell 2016; Varga, Nemeth 2019)", [("Castell", 2016), ("Varga", 2019)]),
        ("(Castell, Varga, Nemeth, 2019)", [("Castell", 2019)]),
        ("(Castell et al., 2019, Lancet)", [("Castell", 2019)]),
        ("Castell et al., Lancet 2015 was cited.", [("Castell", None)]),  # not inside brackets
        ("(Castell et al.) Lancet 2015", [("Castell", None)]),
    ],
)
def test_other_author_lists_are_unchanged(text, named):
    assert [found for found in _named(text) if found[0] != "Lancet"] == named


@pytest.mark.parametrize(
    "text, first_author",
    [
        ("said lead author Professor Tom Hale of Imperial College London", "Hale"),
        ("\u201cIt matters,\u201d said study author Dr. Jane Whitfield, of the University of Leeds.", "Whitfield"),
        ("Senior author Rajesh Kumar of Duke University said", "Kumar"),
        ("a team led by Dr. Maren Ekholm of Karolinska", "Ekholm"),
        ("The study's lead author, Dr. Amara Osei, said", "Osei"),
        ("principal investigator Dr. Chen said", "Chen"),
        ("co-author Sam Patel added", "Patel"),
        ("\u201cIt works,\u201d said Dr. Jane Whitfield, the study's lead author.", "Whitfield"),
        ("Tom Hale, senior author of the paper and a professor at Leeds, said", "Hale"),
        ("said lead author Dr. Jane\nWhitfield of Leeds", "Whitfield"),
        ("\u201cWe were surprised,\u201d said Dr. Maren Ekholm, who led the study.", "Ekholm"),
    ],
)
def test_who_led_the_study_is_its_author(text, first_author):
    assert [(h.kind, h.first_author, h.year) for h in find_attributions(text)] == [("role-author", first_author, None)]


@pytest.mark.parametrize("text", ["The effort was led by Oslo University Hospital.", "led by the NIH",
                                  "Oslo University, lead author of the guideline, said",
                                  "the authors reported", "led by Karolinska University Hospital"])
def test_an_institution_leading_is_no_author(text):
    assert _named(text) == []


def _claims(*paragraphs):
    text, blocks = "", []
    for body in paragraphs:
        blocks.append(Block(len(text), len(text) + len(body), "main"))
        text += body + "\n\n"
    (result,) = extract([Document("doc-1", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=DocumentMeta())])
    return result.claims


def test_a_study_led_by_a_named_doctor_is_theirs_not_a_venue():
    (claim,) = _claims("In the study, led by Dr. Ingrid Solberg of Bergen University Hospital, 420 children received "
                       "zinc 10 mg or placebo. Colds were shorter with zinc.")
    assert (claim.study.first_author, claim.study.year, claim.study.venue) == ("Solberg", None, None)
    assert claim.n == 420


def test_a_quote_by_the_lead_author_joins_the_study_and_alone_is_no_claim():
    (claim,) = _claims("A trial of 300 adults found that zinc 20 mg shortened colds versus placebo. "
                       "\u201cWe were surprised,\u201d said senior author Rajesh Kumar of Duke University.")
    assert claim.study.first_author == "Kumar" and claim.evidence.text.endswith("Duke University.")
    (claim,) = _claims("\u201cThese results are encouraging,\u201d said study author Dr. Jane Whitfield.",
                       "The trial enrolled 120 patients given 10 mg.")
    assert claim.evidence.text == "The trial enrolled 120 patients given 10 mg."


def test_a_named_person_without_a_year_takes_the_year_cited_after():
    (claim,) = _claims("Another trial, run by Dr. Tomas Lind and colleagues (Lind et al., 2018), gave 250 mg a day "
                       "to 60 adults.")
    assert (claim.study.first_author, claim.study.year) == ("Lind", 2018)


def test_a_quote_paragraph_naming_the_lead_author_joins_the_study_before():
    (claim,) = _claims("Zinc lozenges shortened colds by two days in a trial of 300 adults, compared with placebo.",
                       "\u201cWe were surprised by the size of the effect,\u201d said Dr. Jane Whitfield, the study's "
                       "lead author.")
    assert claim.study.first_author == "Whitfield" and claim.n == 300


@pytest.mark.parametrize("text, named", [
    ("Xiaojie An et al. (2024), Frontiers in Nutrition", [("An", 2024)]),
    ("Minh Le et al., 2021", [("Le", 2021)]),
    ("An et al. (2024) found", []),  # no given name: the article
    ("The An 2019", []),
    ("Updated March 2019", []),
    ("ESC Congress 2025: DAPA ACT HF-TIMI 24", []),
    ("AHA Scientific Sessions 2024: the REDUCE trial", []),
])
def test_a_given_name_makes_a_word_like_surname_an_author(text, named):
    assert _named(text) == named


def test_a_study_that_was_led_by_a_professor_is_theirs():
    assert _named("The study was led by Professor Orrin Dalby of Aarhus University.") == [("Dalby", None)]


def test_the_journal_between_authors_and_year_is_the_studys_venue():
    (claim,) = _claims("In 80 adults, melatonin 3 mg shortened sleep latency versus placebo (Adeyemi et al., Sleep Med "
                       "Open 2025).")
    assert (claim.study.first_author, claim.study.year, claim.study.venue) == ("Adeyemi", 2025, "Sleep Med Open")
