"""Tables, wave 45: consumer and review tables head their columns in plain words ("Who",
"Daily amount", "How much") or by the substance whose strength the cells give
("Dextrose" over "15%"); each row must still carry its N and dose."""

import pytest

from extractors import extract
from extractors.blocks import label_text
from extractors.tables import column_role
from pipeline.model import Document


def _table_claims(text: str) -> list:
    document = Document("doc-w", "w.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    (result,) = extract([document])
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return [claim for claim in result.claims if claim.context == "table"]


@pytest.mark.parametrize("header, role", [
    ("Who", "n"),
    ("Who was in it", "n"),
    ("Who was included", "n"),
    ("Daily amount", "dose"),
    ("How much", "dose"),
])
def test_plain_word_headers_name_their_column(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize("header, role", [
    ("Who improved", None),
    ("Amount of blood loss (mL)", None),
    ("How much pain relief", None),
    ("Intervention methods", "intervention"),
    ("Amount", None),  # a supplement-facts label's column, not a trial's dose
])
def test_plain_words_inside_a_longer_header_name_nothing(header: str, role: str | None) -> None:
    assert column_role(header) == role


SHOP_PLAIN_HEADED = (
    "## The research in brief\n\n"
    "| Study | Who | Daily amount | Versus | Measured | What happened |\n"
    "|---|---|---|---|---|---|\n"
    "| Lindahl et al. 2012 [1] | 150 adults with seasonal allergy | 20 mg twice daily | placebo "
    "| nasal symptom score | Fewer sneezing days than placebo |\n"
    "| Osei 2019 [2] | 72 randomised, 60 completed | 40 mg/day | cetirizine 10 mg | itch score | No difference from cetirizine |\n"
    "| Marchetti 2021 [3] | 96 | 1 g/d | placebo | eye redness | Redness eased more than with placebo |\n"
)

DENTAL_PLAIN_HEADED = (
    "Study\tWho was in it\tHow much\tCompared with\tResult\n"
    "Haruki 2015\t64 children with early caries\t5,000 ppm fluoride paste\tStandard paste\tFewer new lesions at 2 years\n"
    "Delacroix 2018\t38 adults with dry mouth\t2 mg/day\tPlacebo\tSaliva flow unchanged\n"
)


@pytest.mark.parametrize("text, expected", [
    (SHOP_PLAIN_HEADED, [150, 72, 96]),
    (DENTAL_PLAIN_HEADED, [64, 38]),
])
def test_a_row_counts_from_a_who_column(text: str, expected: list) -> None:
    assert [c.n for c in _table_claims(text)] == expected


PROLOTHERAPY_STRENGTHS = (
    "Trials of injection therapy for tendon pain\n\n"
    "Study\tParticipants\tDextrose\tControl\tOutcome\tResult\n"
    "Abernathy 2014\t40\t15%\tlidocaine alone\tVISA-A\tlower pain at 12 weeks\n"
    "Sato et al. 2019\t58\t12.5%\tsaline\tgrip strength\tno difference at 6 months\n"
)

DERMATOLOGY_STRENGTHS = (
    "| Trial | N | Lidocaine | Comparator | Outcome | Finding |\n"
    "|---|---|---|---|---|---|\n"
    "| Okafor 2016 | 120 | 2% | vehicle cream | pain during laser | Less pain than with vehicle |\n"
    "| Brennan 2020 | 88 | 4% | vehicle cream | pain during cannulation | Pain scores lower with lidocaine |\n"
)


@pytest.mark.parametrize("text, expected", [
    (PROLOTHERAPY_STRENGTHS, [(15.0, "%"), (12.5, "%")]),
    (DERMATOLOGY_STRENGTHS, [(2.0, "%"), (4.0, "%")]),
])
def test_a_bare_strength_under_a_substance_header_is_that_substances_dose(text: str, expected: list) -> None:
    assert [[(d.value, d.unit) for d in c.dose] for c in _table_claims(text)] == [[dose] for dose in expected]


def test_a_supplement_facts_panel_is_no_study() -> None:
    text = (
        "Supplement facts\n"
        "Per tablet\tAmount\t%NRV\n"
        "Vitamin D3 (as cholecalciferol)\t25 µg\t500%\n"
        "Magnesium (as citrate)\t150 mg\t40%\n"
    )
    assert _table_claims(text) == []


def test_a_share_under_a_result_header_is_no_dose() -> None:
    text = (
        "Study\tN\tResponders\tControl\tResult\n"
        "Petrov 2017\t60\t45%\tplacebo\tMore responders than placebo\n"
    )
    (claim,) = _table_claims(text)
    assert claim.dose == []


# A review table saved from a journal page: each row wrapped over several lines, each line
# closed by its pipe, an empty cell left as a lone "|" line; the rescue column names what
# either arm could take, not the treatment tested.
ORTHOPAEDIC_WRAPPED = (
    "| Study, year | Design | Exclusions | Preparation of boswellia | Control intervention | Rescue medication (dose) |\n"
    "|---|---|---|---|---|---|\n"
    "| Iyer (2016)11 | RCT, two arms |\n"
    "|\n"
    "| Standardised gum resin extract 100 mg twice daily | Placebo tablets | Paracetamol 1000 mg per day |\n"
    "| Kaur (2020)12 | RCT, three arms |\n"
    "| Prior knee surgery |\n"
    "| Resin extract 250 mg daily | Ibuprofen 400 mg twice daily | Tramadol 50 mg as needed |\n"
)

GASTRO_WRAPPED = (
    "| Trial | Design | Notes | Formulation | Comparator | Concomitant therapy |\n"
    "|---|---|---|---|---|---|\n"
    "| Moreno 2011 | Crossover |\n"
    "|\n"
    "| Peppermint oil 180 mg capsules | Placebo capsules | Loperamide 2 mg if needed |\n"
    "| Adeyemi 2018 | Parallel RCT |\n"
    "|\n"
    "| Peppermint oil 0.2 ml enteric-coated | Hyoscine 10 mg | None |\n"
)


@pytest.mark.parametrize("text, expected", [
    (ORTHOPAEDIC_WRAPPED, [("Iyer", "placebo", [(100.0, "mg")]), ("Kaur", "ibuprofen", [(250.0, "mg")])]),
    (GASTRO_WRAPPED, [("Moreno", "placebo", [(180.0, "mg")]), ("Adeyemi", "hyoscine", [(0.2, "ml")])]),
])
def test_rows_wrapped_round_a_lone_pipe_are_one_row_each(text: str, expected: list) -> None:
    claims = _table_claims(text)
    assert [(c.study.first_author, c.comparator, [(d.value, d.unit) for d in c.dose]) for c in claims] == expected


@pytest.mark.parametrize("header", ["Rescue medication (dose)", "Rescue intervention", "Concomitant therapy",
                                    "Background treatment"])
def test_a_co_treatment_column_is_not_the_intervention(header: str) -> None:
    assert column_role(header) is None
