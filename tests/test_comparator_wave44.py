"""Wave 44 comparator family: the arm that kept taking the drug in withdrawal and step-down trials."""

import pytest

from extractors.fields import analyse
from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients on long-term lansoprazole were randomised to on-demand use or continued 30 mg daily.", "lansoprazole"),
        ("Horses on maintenance phenylbutazone were switched to firocoxib or continued 2.2 mg/kg once daily.",
         "phenylbutazone"),
        ("Relapse was twice as common after tapering as in those who continued levothyroxine.", "levothyroxine"),
        ("Withdrawal of the inhaled steroid was compared with continued fluticasone in 400 children with asthma.",
         "fluticasone"),
        ("Stopping methotrexate was non-inferior to continuing methotrexate for flare rates at 12 months.", "methotrexate"),
    ],
)
def test_continued_arm_names_the_drug_kept(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


def test_continued_treatment_beside_placebo_keeps_placebo() -> None:
    assert parse_comparator("Treatment was continued with prednisolone 5 mg versus placebo.") == "placebo"


@pytest.mark.parametrize(
    "text",
    [
        "In a randomised-withdrawal design, 300 responders were switched either to continued duloxetine or to placebo.",
        "Dogs stable on phenobarbital were randomised to continued phenobarbital or a matching placebo for 6 months.",
    ],
)
def test_continued_drug_against_placebo_is_the_tested_arm(text: str) -> None:
    assert parse_comparator(text) == "placebo"


@pytest.mark.parametrize(
    ("text", "comparator", "doses"),
    [
        ("Adults on long-term omeprazole were randomised to step down to 10 mg or continued 20 mg for six months.",
         "omeprazole", [10.0]),
        ("Tapering prednisolone to 2.5 mg was compared with continuing 5 mg daily in 300 people with rheumatoid arthritis.",
         "prednisolone", [2.5]),
        ("Cats on chronic methimazole were assigned to a reduced 1.25 mg dose or continued 2.5 mg twice daily.",
         "methimazole", [1.25]),
    ],
)
def test_step_down_keeps_its_own_dose_and_names_the_drug_kept(text: str, comparator: str, doses: list[float]) -> None:
    values = analyse(text)
    assert values.comparator == comparator
    assert [dose.value for dose in values.dose] == doses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain resolved in 52% of dogs given meloxicam compared with 48% for carprofen.", "carprofen"),
        ("Hand hygiene compliance rose to 90% with the alcohol rub compared with 75% with chlorhexidine soap.",
         "chlorhexidine"),
        ("Remission was reached by 64% on the biologic versus 41% on methotrexate.", "methotrexate"),
    ],
)
def test_share_then_its_arm_names_the_arm(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected
