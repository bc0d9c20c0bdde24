"""Perioperative, ICU and nutrition endpoints named by their usual abbreviation (wave 27)."""

import pytest

from extractors.fields import parse_outcomes


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Selective digestive decontamination halved ventilator-associated pneumonia (VAP) in the surgical ICU.", ["VAP"]),
        ("Rates of VAP were 9% with subglottic suction and 15% with standard tubes.", ["VAP"]),
        ("Total blood loss (TBL), calculated by the Gross formula, was 640 ml lower after topical haemostats.", ["TBL"]),
        ("Intravenous ferric carboxymaltose raised transferrin saturation (TSAT) more than oral iron at 6 weeks.", ["TSAT"]),
        ("Cows fed rumen-protected choline had lower blood beta-hydroxybutyrate (BHB) in the first week of lactation.", ["BHB"]),
        ("Serum β-hydroxybutyrate (BHB) rose within an hour of the ketone ester drink.", ["BHB"]),
    ],
)
def test_endpoint_abbreviations(text, measures):
    assert parse_outcomes(text) == measures


@pytest.mark.parametrize(
    "text",
    [
        "Cows with serum BHB above 1.2 mmol/L at calving were excluded.",  # an eligibility threshold
        "Blood loss was estimated by weighing swabs.",  # a plain measurement without its abbreviation
    ],
)
def test_thresholds_and_plain_words_are_no_measure(text):
    assert "BHB" not in parse_outcomes(text) and "TBL" not in parse_outcomes(text)
