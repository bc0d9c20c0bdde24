"""A record's field list ("Status: Recruiting", "Sponsor: ...") is metadata; a lone
"Label: value" line in running text is not."""

from extractors.blocks import label_text

REGISTRY = """Melatonin for Delirium Prevention After Hip Surgery (MELD-HIP)

Trial ID: ISRCTN12345678
Sponsor: Invented University Hospital
Status: Recruiting
Target enrollment: 300 participants

Summary
This double-blind trial will compare melatonin 3 mg nightly with placebo in adults over 70 having hip surgery.
"""


def _labels(text):
    return {text[b.start:b.end]: b.label for b in label_text(text)}


def test_a_field_list_is_metadata_and_the_summary_stays_main():
    labels = _labels(REGISTRY)
    assert labels["Status: Recruiting"] == "metadata"
    assert labels["Target enrollment: 300 participants"] == "metadata"
    assert labels[REGISTRY.splitlines()[-1]] == "main"


def test_two_label_lines_are_not_a_field_list():
    text = "Dose: 3 mg\nTiming: at night\n\nMelatonin is taken an hour before bed by most people.\n"
    labels = _labels(text)
    assert labels["Dose: 3 mg"] == labels["Timing: at night"] == "main"


def test_a_study_card_in_label_lines_stays_main():
    text = "Study: Hidese et al. 2019\nParticipants: 30 adults\nDose: 200 mg/day\nResult: better sleep quality than placebo\n"
    assert set(_labels(text).values()) == {"main"}


CHARACTERISTICS = """Okonkwo 2014.

Study characteristics
Methods Design: parallel
Duration: 12 weeks
Country: Nigeria and Ghana
Participants Condition: knee osteoarthritis
Population: adults over 50
Total participants randomised: 312
"""


def test_a_reviews_characteristics_of_studies_block_stays_main():
    labels = _labels(CHARACTERISTICS)
    assert labels["Total participants randomised: 312"] == "main"
    assert labels["Methods Design: parallel"] == "main"


def test_the_characteristics_block_is_one_study_with_its_n():
    from extractors import extract
    from pipeline.model import Document, DocumentMeta

    document = Document("doc-c", "c.txt", "text", "0" * 64, text=CHARACTERISTICS, blocks=label_text(CHARACTERISTICS),
                        meta=DocumentMeta())
    (result,) = extract([document])
    assert [(c.study.first_author, c.study.year, c.n) for c in result.claims] == [("Okonkwo", 2014, 312)]


def test_a_loose_web_citation_under_a_reference_entry_is_a_reference_too():
    text = ("A 2023 trial found that ginger 1 g a day reduced nausea in 120 pregnant women compared with placebo.\n\n"
            "Okafor C, Lind T. Ginger for nausea in pregnancy: a randomized trial. Obstet Med. 2023;16(2):101-9.\n"
            "\"Ginger.\" NCCIH, Oct. 2020, www.nccih.nih.gov/health/ginger.\n")
    labels = _labels(text)
    assert labels["\"Ginger.\" NCCIH, Oct. 2020, www.nccih.nih.gov/health/ginger."] == "references"
    assert labels[text.split("\n\n")[0]] == "main"
