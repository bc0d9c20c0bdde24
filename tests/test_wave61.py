"""Wave 61, pre-blind, from the spent sets' remaining direction errors: a measure that "improved
from 9.1 to 4.3" improved, whichever way its scale runs; attention errors are to be fewer; a fall
"by at least half in 59%" of an arm counts responders; the numbers' own clause says which way they should go ("..., and fewer women
required blood transfusion (1.1% vs 3.4%)"), and a transfusion needed is a bad event. A null on an outcome of its own beside a gain is mixed
("mortality ... was 4.1% vs 5.0% (not significant), but exclusive breastfeeding ... was higher"); time to
first flatus is to be short, breastfeeding to be common. An uncontrolled series' share that "showed
a favorable response" is a gain; "seven failed to respond but three did" is mixed."""

from __future__ import annotations

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DLQI improved from 9.1 to 4.3 at week 8", "positive"),
        ("Her score improved from 40 to 62 over the summer.", "positive"),
        ("Fewer attention errors with theanine + caffeine than caffeine alone", "positive"),
        ("Attention improved more with the drug than placebo.", "positive"),
        ("Mean haemoglobin at 36 weeks was 1.2 g/dl higher in the intravenous arm, and fewer women required blood transfusion at "
         "delivery (1.1% vs 3.4%).", "positive"),
        ("Transfusion was needed in 25% vs 12% (p = 0.01).", "negative"),
        ("Mortality at 28 days was 4.1% vs 5.0% (not significant), but exclusive breastfeeding at discharge was higher with KMC "
         "(81% vs 62%).", "mixed"),
        ("Time to first flatus was 38 hours in the gum group compared with 52 hours with standard care (p=0.002), but length of "
         "hospital stay was not significantly shorter (5.1 vs 5.6 days).", "mixed"),
        ("Pain scores fell more with the drug than placebo, but pain scores at 12 weeks were not significantly different.", "null"),
        ("Pain fell more with the drug than placebo, but the difference was not significant.", "null"),
        ("Oclacitinib faster at day 14; equal at day 56", "mixed"),
        ("Pain lower at week 12; the difference at week 12 was not significant", "null"),
        ("Average daily gain (ADG) improved at 200 mg/kg only, while post-weaning diarrhoea was lower in both supplemented groups.", "mixed"),
        ("Pain fell in both groups.", "null"),
        ("Astoundingly, 40 of the patients (68%) showed a favorable response, and most within one week.", "positive"),
        ("Twelve of 20 dogs had a good response.", "positive"),
        ("40 of the patients given placebo showed a favorable response.", "unknown"),
        ("Results were mixed with inositol supplementation: seven failed to respond but three did.", "mixed"),
        ("Seven failed to respond.", "null"),
        ("Attack frequency fell by at least half in 59% of the riboflavin group compared with 15% of the placebo group [1].", "positive"),
    ],
)
def test_directions(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_trial_still_recruiting_states_no_result() -> None:
    from extractors.fields import analyse

    recruiting = ("A larger follow-up trial, registered as NCT06677123, is now recruiting 200 patients at three sites to compare "
                  "the accelerated schedule with standard once-daily TMS over six weeks.")
    assert analyse(recruiting).direction == "unknown"
    assert analyse("The accelerated schedule reduced MADRS scores more than once-daily TMS (p = 0.01).").direction == "positive"
