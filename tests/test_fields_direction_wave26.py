"""Wave 26: an outcome's polarity from what it measures (extractors/fields/outcome_polarity.tsv).

Whether "rose more" or "was 12% higher" is a gain depends on the outcome: ferritin and tear
break-up time should rise, axial elongation and gingival bleeding should fall. The lexicon is
read where the readers' own vocabularies do not know the outcome, against a control arm only
(two active arms leave whose finding it is unsaid, as the earlier waves decided), and not for a
subject that is itself a change ("weight loss was greater") or a safety harm ("complications")."""

import pytest

from extractors.fields import parse_direction
from extractors.fields.direction_polarity import outcome_better
from extractors.fields.lexicon import read_tsv

# (specialty, text, expected)
MOVED_AGAINST_CONTROL = [
    ("haematology", "Serum ferritin climbed more with the iron syrup than with placebo over twelve weeks.", "positive"),
    ("haematology", "Transferrin saturation was 9 percentage points higher in the lactoferrin arm than in the placebo arm.", "positive"),
    ("ophthalmology", "Axial elongation was greater with placebo than with the low-dose drops over two years.", "positive"),
    ("ophthalmology", "Schirmer scores rose more with the cyclosporine emulsion than with vehicle.", "positive"),
    ("ophthalmology", "Contrast sensitivity fell more with the trial lens than with the sham lens.", "negative"),
    ("dentistry", "The herbal rinse increased gingival bleeding compared with a placebo rinse.", "negative"),
    ("dentistry", "Salivary flow rose more with the pilocarpine lozenge than with placebo.", "positive"),
    ("urology", "Cranberry capsules cut UTI recurrence compared with placebo in older women.", "positive"),
    ("urology", "Nocturia episodes were 0.6 lower with the device than with sham.", "positive"),
    ("respiratory", "Peak expiratory flow rose more with the new inhaler than with placebo.", "positive"),
    ("cardiology", "VO2peak increased more with interval training than with usual care.", "positive"),
    ("cardiology", "NT-proBNP was 18% higher with the diuretic strategy than with usual care.", "negative"),
    ("obstetrics", "Blood loss was 30% higher with the oxytocin analogue than with placebo.", "negative"),
    ("obstetrics", "Breast milk volume rose more with domperidone than with placebo.", "positive"),
    ("neurology", "Dyskinesia increased compared with placebo at the highest dose.", "negative"),
    ("neurology", "MoCA scores rose more with the training programme than with the waitlist.", "positive"),
    ("dermatology", "Hair density was greater with the minoxidil foam than with vehicle at 24 weeks.", "positive"),
    ("dermatology", "The cream raised transepidermal water loss compared with vehicle.", "negative"),
    ("infection", "Seroconversion was 20% higher in the adjuvanted vaccine group than in the control group.", "positive"),
    ("veterinary", "Somatic cell count fell more with the teat sealant than in untreated controls.", "positive"),
    ("veterinary", "Eggshell strength was greater in hens fed the supplement than in the control group.", "positive"),
    ("veterinary", "The coccidiostat cut oocyst shedding compared with the control group.", "positive"),
]

# What the lexicon must leave alone.
NOT_READ = [
    ("two active arms", "Haemoglobin rose more with intravenous iron than with oral iron.", "unknown"),
    ("two active arms", "Schirmer scores rose more with the emulsion than with the gel.", "unknown"),
    ("not moved", "The rinse did not raise gingival bleeding compared with placebo.", "null"),
    ("a safety harm", "The new stent increased complications compared with usual care.", "unknown"),
]


@pytest.mark.parametrize(("specialty", "text", "expected"), MOVED_AGAINST_CONTROL + NOT_READ)
def test_outcome_moved_against_control(specialty: str, text: str, expected: str) -> None:
    assert parse_direction(text) == expected, specialty


def test_ferritin_gain_beside_a_dose_without_effect_is_mixed() -> None:
    assert parse_direction("Ferritin rose more with 120 mg than with placebo, whereas 60 mg had no significant effect.") == "mixed"


def test_lexicon_covers_many_specialties_both_ways() -> None:
    rows = read_tsv("outcome_polarity.tsv")
    assert len(rows) >= 300
    assert {better for _, better, _ in rows} == {"lower", "higher"}
    assert len({family for _, _, family in rows}) >= 8
    terms = [term for term, _, _ in rows]
    assert len(terms) == len(set(terms)), "a term listed twice"


@pytest.mark.parametrize(("words", "better"), [
    ("mean tear break-up time", "higher"),
    ("the non-HDL cholesterol", "lower"),  # the longest term wins over "hdl cholesterol"
    ("average daily gain of the lambs", "higher"),
    ("feed conversion ratio", "lower"),
    ("haemoglobin and blood loss", None),  # two outcomes that disagree: no sense
    ("the weather", None),
])
def test_outcome_better(words: str, better: str | None) -> None:
    assert outcome_better(words.lower()) == better



# A trial stopped for harm is negative however many words name who stopped it; one stopped for futility stays null.
@pytest.mark.parametrize(("text", "expected"), [
    ("The data monitoring committee stopped the trial for harm.", "negative"),
    ("The sponsor discontinued the study early because of an excess of fractures in the treated arm.", "negative"),
    ("Recruitment was halted early due to excess mortality with the higher dose.", "negative"),
    ("The trial was stopped early for futility.", "null"),
])
def test_trial_stopped_for_harm(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


# Two arms' numbers with a significant p-value, the first the treated arm's, read by the outcome named; without a
# p-value below 0.05 the lexicon is not consulted (a table's "Dizziness 8% vs 3%" is a safety line, not a finding).
@pytest.mark.parametrize(("text", "expected"), [
    ("Surgical site infection 8% vs 15% (p = 0.03)", "positive"),
    ("Seroconversion 91% vs 78% (p = 0.01)", "positive"),
    ("Postpartum haemorrhage 6% vs 11% (p = 0.02)", "positive"),
    ("Serum ferritin 42 vs 18 ng/ml (p < 0.001)", "positive"),
    ("Tear break-up time 4.1 vs 6.8 s (p = 0.002)", "negative"),
    ("Dizziness 8% vs 3%", "unknown"),
    ("Seroconversion 91% vs 88% (p = 0.41)", "null"),
])
def test_significant_numbers_read_by_polarity(text: str, expected: str) -> None:
    assert parse_direction(text) == expected
