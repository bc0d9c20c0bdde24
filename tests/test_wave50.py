"""Wave 50: a harm more frequent with the active drug, an appetite stimulant's weight gain, a listed
outcome standing an amount apart, support come off sooner, a commenter's "looked the same" and "way
stronger", a dose cut back for a side effect, the comparator's bare "did not", a verdict-first cell
with its time point; N from a "Who | N" pair of columns, past a flattened citation and from the
other arm after "than"; a year inside an author's brackets beside the journal; and a PDF's table
pasted with single spaces, one claim per line."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.blocks import label_text
from extractors.fields import analyse
from extractors.fields.direction import parse_direction
from pipeline.model import Document


def _claims(text: str, name: str = "w.txt") -> list:
    document = Document("doc-w50", name, "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    return result.claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smaller cortisol rise after the stress test", "positive"),
        ("Dizziness was more frequent with the active drug.", "negative"),
        ("Agitation and vocalisation were more common with gabapentin than with placebo.", "negative"),
        ("Restlessness was more frequent with the patch than with placebo.", "negative"),
        ("In cats with poor appetite, capromorelin 2 mg/kg raised body weight compared with placebo.", "positive"),
        ("Average daily gain was 45 g/day higher over the finishing period, but the incidence of lameness was not different.", "mixed"),
        ("Patients given hydrocortisone came off vasopressors a median of 20 hours sooner than those given placebo.", "positive"),
        ("Used it nightly for a month and honestly my skin looked the same. My hair did seem thicker though.", "mixed"),
        ("My nails are much stronger but I can't see any difference in my hair.", "mixed"),
        ("Three weeks in and my knuckles are visibly smoother.", "positive"),
        ("Went up to 12 g and got nausea for days, had to cut back down.", "negative"),
        ("He sleeps loads better but the tics are about the same.", "mixed"),
        ("It was about the same size as the earlier trial and beat placebo on pain.", "positive"),
        ("The antibiotic was not clinically effective in adults with acute bronchitis.", "null"),
        ("Since starting the tablets my anxiety has virtually disappeared.", "positive"),
        ("The benefit has virtually disappeared by week 24.", "null"),
        ("Children given the syrup improved markedly; those on placebo did not.", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A review of seven randomised trials with 512 participants12 concluded that the supplement did not help.", 512),
        ("In the pilot, 44 patients given the infusion left intensive care sooner than 41 matched patients who received usual care.", 85),
        ("A Danish study in 2004 found that people with eczema had lower vitamin D levels.", None),
        ("A trial in Spain in 2011 randomly assigned older people to exercise or usual care.", None),
        ("The vaccine was tested in 1961 adults.", 1961),
    ],
)
def test_counts(text: str, expected: int | None) -> None:
    assert analyse(text).n == expected


def test_a_who_column_beside_the_n_column_leaves_the_count_to_n() -> None:
    text = ("Study\tWho\tN\tDaily dose\tCompared with\tResult\n"
            "Abara 2015\tAdults 60-80 y with poor sleep\t96 (88 completed)\t300 mg\tPlacebo\tNo significant difference at 8 weeks\n"
            "Lund 2018\tNight-shift nurses\t40\t150 mg\tPlacebo\tSleep latency shorter than placebo\n")
    assert [(c.n, c.direction) for c in _claims(text)] == [(96, "null"), (40, "positive")]


def test_the_journal_beside_the_year_in_an_authors_brackets() -> None:
    (found,) = find_attributions("Moreno et al. (2022, Vet Rec Open) gave 20 mg/kg to 30 dogs.")
    assert (found.first_author, found.year, found.venue) == ("Moreno", 2022, "Vet Rec Open")


def test_a_table_pasted_with_single_spaces_gives_one_claim_per_line() -> None:
    text = ("Table 2. Trials of zinc for acne\n\n"
            "Study, year (country) n Age Formulation, duration Outcome summary\n"
            "Okoro et al., 2008; Nigeria 64 14–25 years Zinc gluconate 30 mg; 12 weeks Fewer inflammatory lesions than placebo\n"
            "Berg et al., 2011; Norway 120 16–30 years Zinc sulfate 200 mg; 8 weeks No significant difference from placebo\n"
            "Tan et al., 2015; UK 88 13–19 years Zinc acetate 45 mg; 10 weeks No significant difference from placebo\n")
    claims = _claims(text)
    assert [(c.context, c.study.first_author, c.n, c.direction) for c in claims] == [
        ("table", "Okoro", 64, "positive"), ("table", "Berg", 120, "null"), ("table", "Tan", 88, "null")]
