"""Reading a document's likely claim sentences ahead parses N, comparator and dose one
field over all of them too: the values are those a sentence analysed alone gets."""

from __future__ import annotations

from extractors import fields

SENTENCES = [
    "Okafor et al. randomised 120 adults with plaque psoriasis to apremilast 30 mg twice daily or placebo¹.",
    "In 64 children with acute otitis media, amoxicillin 80 mg/kg/day versus watchful waiting shortened pain by a day.",
    "Metformin (MET) 1000 mg was compared with MET plus sitagliptin in 310 patients; HbA1c fell more with the combination.",
    "Of 96 women enrolled, 88 completed the study and were analysed.",
    "Sleep hygiene is discussed with most patients.",
    "Okafor et al. randomised 120 adults with plaque psoriasis to apremilast 30 mg twice daily or placebo¹.",  # again
]


def test_analysing_all_at_once_gives_each_sentence_its_own_values():
    text = " ".join(SENTENCES)
    ahead = fields.learn_abbreviations(text)
    fields.analyse_all(SENTENCES, ahead)
    alone = fields.learn_abbreviations(text)
    for sentence in SENTENCES:
        read = ahead.analysed[sentence]
        assert {"outcome_measures", "population", "direction", "ongoing_trial"} <= vars(read).keys()
        fresh = fields.analyse(sentence, alone)
        assert (read.n, read.n_detail, read.dose, read.dose_is_bound, read.comparator, read.text) == (
            fresh.n, fresh.n_detail, fresh.dose, fresh.dose_is_bound, fresh.comparator, fresh.text)
        assert (read.outcome_measures, read.population, read.direction, read.ongoing_trial) == (
            fresh.outcome_measures, fresh.population, fresh.direction, fresh.ongoing_trial)
    assert fields.analyse(SENTENCES[0], ahead) is ahead.analysed[SENTENCES[0]]  # read once, found by the builder


def test_sentences_analysed_before_are_not_read_again():
    abbreviations = fields.learn_abbreviations(SENTENCES[1])
    before = fields.analyse(SENTENCES[1], abbreviations)
    fields.analyse_all(SENTENCES[:2], abbreviations)
    assert abbreviations.analysed[SENTENCES[1]] is before
