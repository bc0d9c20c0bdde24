"""A bracketed author-year written after the full stop ("... adults. (Wang et al. 2009) A
later ...") belongs to the sentence before it: the sentence ends after the bracket, so the
citation attributes the finding it follows, not the next one."""

import pytest

from extractors.pipeline import build_nlp

_NLP = build_nlp()


def _sentences(text):
    return [s.text for s in _NLP(text)._.sentences]


@pytest.mark.parametrize("text, first", [
    ("Tai chi reduced pain in 40 adults. (Wang et al. 2009) A later trial found equal benefit.",
     "Tai chi reduced pain in 40 adults. (Wang et al. 2009)"),
    ("Vitamin D lowered infection risk. (Martineau et al., 2017) Bolus doses had no effect.",
     "Vitamin D lowered infection risk. (Martineau et al., 2017)"),
    ("Melatonin shortened sleep onset. (Okafor & Lee, 2021a) Total sleep time did not change.",
     "Melatonin shortened sleep onset. (Okafor & Lee, 2021a)"),
    ("Foals given colostrum gained weight faster. (Brennan 2015; Ito 2018) Mortality was similar.",
     "Foals given colostrum gained weight faster. (Brennan 2015; Ito 2018)"),
])
def test_an_author_year_after_the_stop_ends_the_sentence_it_cites(text, first):
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text, first", [
    ("Pain fell by half. (See Table 2 for details) Adverse events were mild.", "Pain fell by half."),
    ("Pain fell by half. (Wang et al. 2009) reported similar results.", "Pain fell by half."),
    ("Pain fell by half. (2019 figures) Adverse events were mild.", "Pain fell by half."),
])
def test_other_brackets_after_the_stop_open_the_next_sentence(text, first):
    assert _sentences(text)[0] == first
