"""Direction on findings that change over time or across arms and doses: a gain at one
time point but not another, parity now and a lasting gain in one arm later, a fall as
large with sham as with the treatment, a harm held back, lead-in hedges, a comparator
arm named in a table cell, and structured abstracts whose results are mixed under a
hedged conclusion. All sentences are invented variants."""

import pytest

from extractors.fields import extract_facts, parse_direction

TIME_POINTS = [
    ("Benefit at week 12, not week 4", "placebo", "mixed"),
    ("Improved at 6 wk, not 12 wk", "placebo", "mixed"),
    ("Reduced pain at 2 weeks, not 8 weeks", "placebo", "mixed"),
    ("Better at week 2; no difference at week 10", "placebo", "mixed"),
    ("Superior at 2 h but not 48 h", "placebo", "mixed"),
    ("Benefit at 3 months, none at 12", "placebo", "mixed"),
    ("Quicker onset; comparable at week 8", "placebo", "mixed"),
    ("Relief at 2 wk, not sustained at 8 wk", "placebo", "mixed"),
    ("No relief at 2 wk", "placebo", "null"),
    ("Effective at 6 wk; NS at 2 wk", "placebo", "mixed"),
    ("NS at week 12", "placebo", "null"),
    ("Significant improvement at 4 months", "placebo", "positive"),
    # a percentage after "not" is no time point
    ("Reduced scores, though not 50% as hoped", "placebo", "positive"),
]

DOSES = [
    ("Only 20 and 40 mg/day effective", "placebo", "mixed"),
    ("Only 1, 2 or 4 mg reduced craving", "placebo", "mixed"),
    ("Only the three higher doses effective", "placebo", "mixed"),
    ("Effective only at the higher dose", "placebo", "mixed"),
    ("Only 1 of 2 doses effective", "placebo", "mixed"),
    ("Only the 600 mg arm reached significance", "placebo", "mixed"),
    ("Effective at 20 mg, not 10 mg", "placebo", "mixed"),
    ("High dose superior; lower dose not different from placebo", "placebo", "mixed"),
    ("Both doses effective", "placebo", "positive"),
    # a dose set right, no finding
    ("The trial used 15 mg twice daily, not 30 mg once a day.", "placebo", "unknown"),
]

ARMS = [
    # parity at the end of treatment, a lasting gain in one arm later
    ("Mindfulness and sertraline gave comparable reductions in worry at week 10, but only the mindfulness group "
     "maintained its improvement at one year.", None, "mixed"),
    ("Both arms improved equally by month 3, but only the lithium arm stayed well at one year.", None, "mixed"),
    ("By week 6 both programmes had helped alike; at one year only the group programme had sustained its gains.", None, "mixed"),
    ("Both yoga and walking eased back pain at 8 weeks, but only yoga was still ahead of baseline at 6 months.", None, "mixed"),
    ("Only the exercise group kept its gains at the 3-month follow-up.", None, "positive"),
    # a fall as large with sham as with the treatment
    ("Headache days fell just as much with sham needling as with true acupuncture.", "sham", "null"),
    ("Itch decreased about as much in the vehicle arm as in the cream arm.", None, "null"),
    ("Scores improved three times as much with the drug as with placebo.", "placebo", "positive"),
    ("Tinnitus loudness eased to the same extent with sham stimulation.", "sham", "null"),
    ("The sham device worked just as well.", "sham", "null"),
    ("Hot flushes lasted just as long with the cream as with the vehicle.", None, "null"),
    ("Blood pressure fell no more with the supplement than with the diet alone.", "diet alone", "null"),
    ("The relief lasted just 3 days.", None, "mixed"),
    ("Nasal congestion eased by the same amount with the saline spray.", "saline", "null"),
    # a harm held back is a gain
    ("Topiramate limited antipsychotic-related weight gain compared with placebo over 16 weeks.", "placebo", "positive"),
    ("The supplement curbed cognitive decline relative to placebo, though the difference was gone by year 2.", "placebo", "mixed"),
    ("Orlistat minimised clozapine-related weight gain versus placebo.", "placebo", "positive"),
    ("The patch kept cravings in check compared with a placebo patch.", "placebo", "positive"),
    ("Participants reported limited pain relief.", None, "unknown"),
]

HEDGES = [
    ("Not every remedy works for every child: a chamomile syrup did not shorten crying time versus placebo in 80 infants.",
     "placebo", "null"),
    ("Not all supplements help everyone: in 90 adults, a saffron extract did not improve mood compared with placebo.",
     "placebo", "null"),
    ("Not every child will respond: in one trial, the syrup did not reduce cough frequency versus placebo.",
     "placebo", "null"),
    ("Not everyone benefits from light therapy, but in this trial it reduced depressive symptoms versus sham.",
     "sham", "positive"),
]

COMPARATOR_ARM = [
    # a table's Control cell keeps its case
    ("TMS group improved more", "TMS", "negative"),
    ("Lithium arm improved more", "Lithium", "negative"),
    ("Greater improvement than TMS", "TMS", "positive"),
]


@pytest.mark.parametrize("text,comparator,expected", TIME_POINTS + DOSES + ARMS + HEDGES + COMPARATOR_ARM)
def test_direction(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_mixed_results_outweigh_a_hedged_positive_conclusion() -> None:
    abstract = (
        "Objective: To test adjunctive glycine in 120 adults with panic disorder.\n\n"
        "Results: Glycine produced a greater reduction in PDSS total score than placebo, "
        "but remission rates did not differ between the groups.\n\n"
        "Conclusions: Glycine may modestly reduce panic severity; longer trials are needed."
    )
    assert extract_facts(abstract).direction == "mixed"


def test_positive_results_keep_a_positive_conclusion() -> None:
    abstract = (
        "Objective: To test adjunctive glycine in 120 adults with panic disorder.\n\n"
        "Results: Glycine produced a greater reduction in PDSS total score than placebo.\n\n"
        "Conclusions: Glycine may modestly reduce panic severity."
    )
    assert extract_facts(abstract).direction == "positive"


def test_a_null_conclusion_on_one_outcome_defers_to_mixed_results() -> None:
    abstract = (
        "Results: Reaction times were not faster on modafinil than on placebo (p = 0.31). "
        "Self-rated alertness improved with modafinil, whereas sleepiness did not change.\n\n"
        "Conclusions: Modafinil did not improve reaction time after night shifts."
    )
    assert extract_facts(abstract).direction == "mixed"


def test_a_null_conclusion_over_a_favoured_comparator_stays_negative() -> None:
    abstract = (
        "Results: The placebo group improved more on the HAMD than the drug group.\n\n"
        "Conclusions: The drug was not effective for depression."
    )
    assert extract_facts(abstract).direction == "negative"


def test_a_confident_positive_conclusion_stands_over_mixed_results() -> None:
    abstract = (
        "Results: The combination gave the largest fall in HAMA scores; the two single drugs did not differ "
        "from each other.\n\n"
        "Conclusions: The combination is the most effective option for generalized anxiety."
    )
    assert extract_facts(abstract).direction == "positive"
