"""The biomedical sentencizer and the pipeline it runs in."""

import pytest

from extractors.passages import readable
from extractors.pipeline import build_nlp, shared_nlp


@pytest.fixture(scope="module")
def nlp():
    return shared_nlp()


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Smith et al. (2013) randomised 48 adults. The effect was large.",
         ["Smith et al. (2013) randomised 48 adults.", "The effect was large."]),
        ("Drug vs. placebo differed. Next came more.", ["Drug vs. placebo differed.", "Next came more."]),
        ("Several scales, e.g. PDSS, were used. Results follow.", ["Several scales, e.g. PDSS, were used.", "Results follow."]),
        ("See Fig. 3 for details. Doses were 2.5 mg. Next.", ["See Fig. 3 for details.", "Doses were 2.5 mg.", "Next."]),
        ("Adults were included (i.e. over 18). All consented.", ["Adults were included (i.e. over 18).", "All consented."]),
        ("We enrolled adults (n = 31. The rest declined.", ["We enrolled adults (n = 31.", "The rest declined."]),
        ("It was led by Dr. Okafor in the U.S. and Canada.", ["It was led by Dr. Okafor in the U.S. and Canada."]),
        ("CAPS-5 scores fell at 18 weeks.2 A second trial agreed.3,4",
         ["CAPS-5 scores fell at 18 weeks.2", "A second trial agreed.3,4"]),
        ("Motivation improved.^[9] Social skills training helped.^[10]",
         ["Motivation improved.^[9]", "Social skills training helped.^[10]"]),
        ("Effects at p = 0.05. Next came more.", ["Effects at p = 0.05.", "Next came more."]),
        ("First paragraph\n\nsecond paragraph", ["First paragraph", "second paragraph"]),
        ("A line wrapped\nin a PDF stays one sentence.", ["A line wrapped\nin a PDF stays one sentence."]),
        ("Scores fell (Ibe et al., Sleep Med Open 2024). Dropout was high.",
         ["Scores fell (Ibe et al., Sleep Med Open 2024).", "Dropout was high."]),
        ("Scores fell (Ibe et al.,\nJ Sleep Res, 2024). Next.", ["Scores fell (Ibe et al.,\nJ Sleep Res, 2024).", "Next."]),
        ("Pain eased [Oduya et al.,  Lancet 2015]. Next.", ["Pain eased [Oduya et al.,  Lancet 2015].", "Next."]),
        ("Pain eased (Oduya et al., Br. J. Clin. Pharmacol. 2015). Next.",
         ["Pain eased (Oduya et al., Br. J. Clin. Pharmacol. 2015).", "Next."]),
        ("Relapse was rarer in PTSD.1,2 The next trial agreed.", ["Relapse was rarer in PTSD.1,2", "The next trial agreed."]),
        ("Relapse was rarer in PTSD.¹,² The next trial agreed.", ["Relapse was rarer in PTSD.¹,²", "The next trial agreed."]),
        ("It appears in the Oct. 22 issue of NEJM. Next.", ["It appears in the Oct. 22 issue of NEJM.", "Next."]),
        ("Published Sept. 3, 2024 in Lancet. Next.", ["Published Sept. 3, 2024 in Lancet.", "Next."]),
        ("Enrolment ended in Jan. 2019 after 300 patients. Next.", ["Enrolment ended in Jan. 2019 after 300 patients.", "Next."]),
        ("Enrolment closed in Oct. The results are due.", ["Enrolment closed in Oct.", "The results are due."]),
    ],
)
def test_sentence_boundaries(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text.strip() for s in doc._.sentences] == sentences
    assert [s.text.strip() for s in doc.sents] == sentences, "doc.sents agrees with doc._.sentences"


def test_pipeline_components_and_extensions(nlp):
    assert nlp.pipe_names == ["biomed_sentencizer", "study_attributions"]
    doc = nlp("Sleep improved [7] (Smith et al., 2013).")
    assert [(s.text, s._.attribution.kind) for s in doc._.attributions] == [
        ("[7]", "marker"), ("Smith et al., 2013", "author-year")]


def test_build_nlp_gives_a_fresh_pipeline_and_shared_nlp_one_per_process():
    assert build_nlp() is not build_nlp()
    assert shared_nlp() is shared_nlp()


@pytest.mark.parametrize("text", ["", " ", "\n\n", "x", ".", "[", "et al."])
def test_degenerate_passages(nlp, text):
    doc = nlp(text)
    assert "".join(s.text for s in doc._.sentences) == text or not len(doc)


def test_extract_refuses_a_pipeline_without_its_components():
    import spacy

    from extractors import extract

    with pytest.raises(ValueError, match="build_nlp"):
        extract([], nlp=spacy.blank("en"))


@pytest.mark.parametrize(
    "text, readable_text",
    [
        ("melatonin short-\nened sleep latency", "melatonin shortened sleep latency"),
        ("was random-\r\nised to", "was randomised to"),
        ("a placebo-\ncontrolled trial", "a placebo-\ncontrolled trial"),
        ("in fifty-\nfive patients", "in fifty-\nfive patients"),
        ("no break here", "no break here"),
    ],
)
def test_field_parsers_read_pdf_hyphenation_joined(text, readable_text):
    assert readable(text) == readable_text


def test_a_hyphenated_finding_keeps_its_direction_and_exact_evidence():
    from extractors import extract
    from pipeline.model import Block, Document

    text = "In a trial of 40 adults [2], valerian im-\nproved sleep quality compared with placebo."
    document = Document("doc-h", "h.txt", "text", "0" * 64, text=text, blocks=[Block(0, len(text), "main", "paragraph")])
    (claim,) = extract([document])[0].claims
    assert claim.direction == "positive" and claim.evidence.text == text


def test_sentence_starts_cost_the_same_per_sentence_in_a_long_passage():
    """Marking starts one token at a time rescanned the passage per sentence."""
    import time

    nlp = shared_nlp()
    short = "Marsh et al. (2015) randomised 48 adults. Sleep improved with 50 mg. "
    timings = []
    for repeats in (40, 640):
        text = short * repeats
        start = time.perf_counter()
        doc = nlp(text)
        timings.append((time.perf_counter() - start) / repeats)
        assert len(doc._.sentences) == 2 * repeats
        assert [s.text for s in doc.sents][:2] == [s.text for s in doc._.sentences][:2]
    assert timings[1] < 4 * timings[0] + 1e-4
