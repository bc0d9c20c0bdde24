"""Wave 87, from holdout 58: an outcome lower than untreated controls', glucose by its plain
names, fewer cures than the comparator, one dose's gain beside another dose alike to control,
shares set "against about" the control's, and the other arm "came out ahead"."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "comparator", "direction"),
    [
        ("There is also some animal work: rats fed moringa extract at 200 and 400 mg/kg had lower post-meal glucose than untreated "
         "controls (Sulaiman & Eze, 2019).", None, "positive"),
        ("Treated rats had lower blood glucose than untreated controls.", None, "positive"),
        ("Lindgren et al. reported that a topical spot-on applied weekly to 24 dogs produced fewer cures than oral milbemycin "
         "1 mg/kg daily.", "milbemycin", "negative"),
        ("Placebo produced fewer cures than the drug.", "placebo", "positive"),
        ("Post-weaning diarrhoea was less frequent at 300 mg/kg, but the 150 mg/kg diet did not differ from the control.", None, "mixed"),
        ("Roughly 30% on active cream reached F-VASI75 at week 24, against about 10% on vehicle.", "vehicle", "positive"),
        ("Oregano oil at 200 mg/kg feed versus zinc oxide in 320 piglets. Zinc oxide came out ahead, with better average daily gain "
         "and fewer diarrhoea days.", "zinc oxide", "negative"),
        ("Placebo came out ahead on pain scores at week 8.", "placebo", "negative"),
    ],
)
def test_wave87_directions(text, comparator, direction):
    assert parse_direction(text, comparator) == direction
