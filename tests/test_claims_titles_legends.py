"""Lines that name or annotate a study without stating anything of it: a record's title
over its abstract or a listing's title over its entry, a table's legend of its marks; a
journal club's labelled citation over its summary (the summary is that study's claim,
not the page's own abstract); and claims lost beside them (a bracketed number list when
the reference list lost its numbers, an uncontrolled case series, a trial told after it)."""

import pytest

from extractors import extract
from pipeline.model import Block, Document, DocumentMeta


def _document(*paragraphs, meta=None, crlf=False):
    newline = "\r\n" if crlf else "\n"
    text, blocks = "", []
    for body in paragraphs:
        body = body.replace("\n", newline)
        blocks.append(Block(len(text), len(text) + len(body), "main", "paragraph"))
        text += body + newline * 2
    return Document("doc-t", "doc.txt", "text", "0" * 64, text=text, blocks=blocks, meta=meta or DocumentMeta())


def _claims(document):
    (result,) = extract([document])
    for claim in result.claims:
        assert document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return result.claims


@pytest.mark.parametrize("journal", ["Support Care Cancer. 2019 Oct;27(10):3811-3818.",
                                     "Support Care Cancer. 2019 Oct;27(10):3811-3818. doi: 10.5555/s00520-019-04761-2."])
@pytest.mark.parametrize("title", [
    "Olanzapine 5 mg versus 10 mg added to triple antiemetic prophylaxis in highly emetogenic chemotherapy: a randomized, "
    "double-blind non-inferiority trial.",
    "Intranasal esketamine 56 mg in treatment-resistant depression: a multicentre randomised controlled trial",
    "Apremilast 30 mg twice daily for palmoplantar pustulosis: an open-label pilot study.",
    "Low-dose colchicine after myocardial infarction: a systematic review and meta-analysis.",
])
def test_a_record_title_naming_its_design_is_no_claim(title, journal):
    abstract = ("We randomly assigned 204 patients to the lower or the higher dose. The response rate was 71.6% with the "
                "lower dose and 73.5% with the higher dose.")
    document = _document(journal, title, "Vukovic D(1), Anand S(2).",
                         "Abstract", abstract)
    start = document.text.index(abstract)
    document.meta = DocumentMeta(title="(1)Department of Oncology, Novi Sad, Serbia.", year=2019,
                                 abstract_start=start, abstract_end=start + len(abstract))
    claims = _claims(document)
    assert claims[-1].context == "abstract" and all(title[:30] not in c.evidence.text for c in claims)


@pytest.mark.parametrize("heading", [
    "NOW RECRUITING · Melatonin for delirium prevention after pediatric heart surgery",
    "Now enrolling – Vitamin D for wheeze in preschool children",
    "RECRUITING: Lithium for suicide prevention in older adults",
])
def test_a_recruitment_entry_title_is_no_claim(heading):
    entry = ("What the study involves: Children will receive melatonin 0.1 mg/kg (up to 5 mg) or placebo each evening "
             "for five nights, and nurses will screen for delirium twice a day.")
    claims = _claims(_document(heading, "Who can join: children aged 2-12.", entry))
    assert [c.evidence.text for c in claims] == [entry]


@pytest.mark.parametrize("legend", [
    "* p < 0.05 versus control; † p < 0.05 favouring control; NS, not significant; CFU, colony-forming units.",
    "†P<0.01 vs placebo; ‡P<0.001 vs placebo. HAMD, Hamilton Depression Rating Scale.",
    "a P = 0.02 compared with sham; b P = 0.04 compared with baseline.",
])
def test_a_table_legend_of_marks_is_no_claim(legend):
    assert _claims(_document(legend)) == []


@pytest.mark.parametrize("label", ["Study", "Citation", "Reference"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_journal_club_block_is_its_cited_study_not_an_own_abstract(label, crlf):
    citation = (f"{label}: Ahmadi R, Costa-Bell J, et al. Vaginal estradiol 10 mcg\nversus non-hormonal moisturiser for "
                "genitourinary syndrome of\nmenopause. Menopause Pract J. 2025;31(8):901-909.")
    summary = ("- Design: randomized, open-label, 12 weeks, 3 UK centres\n"
               "- Patients: 164 postmenopausal women with vaginal dryness\n"
               "- Intervention: estradiol 10 mcg vaginal tablet twice weekly vs hyaluronic acid gel\n"
               "- Results: symptom severity improved in both groups; the difference was not significant (p = 0.21)")
    document = _document("Flu jabs are still available at all six branches.", "1. JOURNAL CLUB", citation, summary,
                         crlf=crlf)
    start = document.text.index(summary[:20])
    end = start + len(summary.replace("\n", "\r\n" if crlf else "\n"))
    document.meta = DocumentMeta(title="Flu jabs are still available at all six branches.", abstract_start=start,
                                 abstract_end=end)
    (claim,) = _claims(document)
    assert claim.context == "prose" and not claim.study.own
    assert (claim.study.first_author, claim.study.year) == ("Ahmadi", 2025)
    assert claim.n == 164 and "Vaginal estradiol" not in claim.evidence.text


def test_a_labelled_citation_with_a_finding_after_it_stays_a_claim():
    claims = _claims(_document("Study: Okafor CN, Lind T. Melatonin for jet lag. Sleep Med. 2019;55:12-19. In 120 flight "
                               "crew, melatonin 3 mg shortened sleep onset compared with placebo."))
    assert len(claims) == 1 and claims[0].n == 120


@pytest.mark.parametrize("cite", ["(5,6)", "(5, 6)", "(5-7)", "[5,6]"])
def test_a_number_list_cites_when_the_reference_list_lost_its_numbers(cite):
    sentence = ("Multi-strain formulations appeared more promising in two Asian trials that reported better adequate relief "
                f"at doses of 10 billion colony-forming units per day {cite}.")
    references = ("Lee JY, Kim S. Multi-strain probiotic for IBS-D: a multicentre trial. J Neurogastro Motil Asia. "
                  "2017;23:410-418.\n\nTan WL, Goh CH. Probiotic mixture for diarrhoea-predominant IBS. Asia Pac Gut. "
                  "2018;9:88-95.")
    document = _document(sentence)
    start = len(document.text)
    document.text += references
    document.blocks.append(Block(start, len(document.text), "references", "paragraph"))
    (claim,) = _claims(document)
    assert claim.study.markers and claim.study.markers[0] == "5"


def test_a_bare_number_in_brackets_still_needs_a_numbered_list():
    document = _document("Patients improved with drug X at 10 mg daily in two trials (5).")
    claims = _claims(document)
    assert all(not c.study.markers for c in claims)


@pytest.mark.parametrize("sentence", [
    "Uncontrolled case series describe better energy with LDN 1–4.5 mg daily.",
    "Case reports describe remission of pustular psoriasis with apremilast 30 mg twice daily.",
])
def test_a_case_series_with_a_dose_is_a_claim_and_the_trial_after_it_another(sentence):
    trial = ("The first randomized trial, reported only as a conference abstract, found it was no better than placebo "
             "after 8 weeks.")
    claims = _claims(_document(f"**Low-dose naltrexone (LDN).** {sentence} {trial}"))
    assert len(claims) == 2 and claims[1].evidence.text == trial and claims[1].direction == "null"


def test_a_markdown_footnote_names_no_study_of_uncited_text():
    document = _document("A small pilot in 58 patients reported improved fatigue at 10 weeks.[^nr] This needs replication.",
                         "Uncontrolled case series describe better energy with LDN 1–4.5 mg daily.")
    start = len(document.text)
    document.text += ("[^nr]: Okoro U, Falk J. Nicotinamide riboside in post-COVID fatigue: an open-label pilot. "
                      "J Post-Acute Infect Syndr. 2025;2(1):14-22.")
    document.blocks.append(Block(start, len(document.text), "references", "paragraph"))
    claims = _claims(document)
    assert claims and all(c.study.first_author != "Okoro" for c in claims if "LDN" in c.evidence.text)
