"""Outcome measures, wave 42: instruments unseen text named that the lexicon lacked, and a
trial's acronym that is also an instrument's.

1. Drooling (the modified Teacher's Drooling Scale however its m is cased), infant stool and
   gut symptom scales, ENT, andrology, continence and neonatal pain instruments. The bare
   "TDS" is also a dosing abbreviation (three times a day), so only its full name counts.
2. A listed short form followed by "study" or "trial" names the study: "the SPEED study at
   St Anne's" is no dry-eye questionnaire.

All trials and sentences are invented."""

from __future__ import annotations

import pytest

from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize(("text", "measures"), [
    ("Glycopyrronium lowered scores on the modified Teacher's Drooling Scale (mTDS) by 3 points.", ["MTDS"]),
    ("The MTDS fell further with botulinum toxin than with scopolamine patches.", ["MTDS"]),
    ("Parents rated drooling on the Drooling Severity and Frequency Scale each week.", ["DSFS"]),
    ("Stools were softer on the Amsterdam Infant Stool Scale with the partially hydrolysed formula.", ["AISS"]),
    ("The IGSQ score fell by 4 points in infants given the probiotic drops.", ["IGSQ"]),
    ("SNOT-20 scores improved more after saline irrigation than after steroid spray.", ["SNOT-20"]),
    ("Symptom severity on the PGI-S improved with mirabegron.", ["PGI-S"]),
    ("The Arabic Index of Premature Ejaculation rose with dapoxetine.", ["AIPE"]),
    ("Faecal incontinence eased, with a 5-point drop in the St Mark's Incontinence Score.", ["SMIS"]),
    ("Postoperative pain in neonates, on the CRIES score, was lower after sucrose.", ["CRIES"]),
])
def test_instruments_named_on_unseen_text_are_read(text: str, measures: list[str]) -> None:
    assert parse_outcomes(text) == measures


@pytest.mark.parametrize("text", [
    "Take one tablet TDS with food for seven days.",
    "The SPEED study at St Anne's Hospital is recruiting men with premature ejaculation.",
    "Results of the SPEED trial are expected next year.",
])
def test_a_dosing_word_or_a_trials_acronym_is_no_measure(text: str) -> None:
    assert parse_outcomes(text) == []


def test_an_instrument_acronym_still_counts_when_scored() -> None:
    assert parse_outcomes("SPEED scores fell more with the lubricant drops than with saline.") == ["SPEED"]
