"""Holdout-6 families: comparator arms named "X alone" or called a sham, and outcome
instruments written with a spaced edition, led by a lowercase letter, or defined in place."""

import pytest

from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No extra weight loss over daily calorie restriction alone in 90 adults.", "calorie restriction alone"),
        ("Melatonin was no better than nightly sleep hygiene alone (Ross, 2020).", "sleep hygiene alone"),
        ("compared with twice-weekly physiotherapy alone in 40 adults", "physiotherapy alone"),
        ("compared with oral immunotherapy alone but did not reduce adverse events", "oral immunotherapy alone"),
        ("Adding omalizumab beat the oral immunotherapy alone arm in 60 children.", "oral immunotherapy alone"),
        ("versus exposure therapy alone in 48 veterans", "exposure therapy alone"),
    ],
)
def test_alone_arm_keeps_route_and_drops_schedule(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Homes were randomized to bright light or to a dim red light (sham) for 8 weeks.",
        "Adults were randomised to laser therapy or to a detuned laser (sham control) for 6 weeks.",
        "versus an identical inactive device (Sham) in 50 adults",
        "Patients were randomised to active tDCS or to a sham device for 4 weeks.",
    ],
)
def test_control_called_sham_is_sham(text: str) -> None:
    assert parse_comparator(text) == "sham"


def test_called_placebo_still_placebo() -> None:
    assert parse_comparator("compared with 1 mg psilocybin (active placebo) in 30 adults") == "placebo"


from extractors.fields.outcomes import learn_abbreviations, parse_outcomes  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PTSD severity on the CAPS 5 fell more than with placebo.", ["CAPS-5"]),
        ("Scores on the BDI II improved at week 8.", ["BDI-II"]),
        ("SCAT 5 symptom scores recovered by day 10.", ["SCAT-5"]),
        ("ADHD-RS IV scores fell in 60 children.", ["ADHD-RS-IV"]),
        ("Teacher ratings on the Conners 3 improved after 12 weeks.", ["Conners-3"]),
        ("Gains on Conners 3 scores had faded by follow-up.", ["Conners-3"]),
        ("Conners-3 and Conners3 parent ratings improved.", ["Conners-3"]),
        # a spaced number that is no listed edition is a score or a time
        ("A BDI 2 weeks later was unchanged.", ["BDI"]),
        ("Remission was a HAMD 7 or less.", ["HAMD"]),
        ("MADRS 9 at endpoint", ["MADRS"]),
    ],
)
def test_spaced_edition(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dexmedetomidine was non-inferior for anxiety on the mYPAS in 150 children.", ["mYPAS"]),
        ("Anxiety on the m-YPAS and the original YPAS fell.", ["mYPAS", "YPAS"]),
        ("Activity rose on the iPAQ in 80 adults.", ["IPAQ"]),
        ("Disability on the mRS at 90 days improved.", ["mRS"]),
    ],
)
def test_lowercase_led_short_forms(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Itch on the Worst Itch Numeric Rating Scale (WI-NRS) fell.", ["WI-NRS"]),
        ("Worst itch NRS scores fell by 4 points.", ["WI-NRS"]),
        ("Peak Pruritus NRS fell by week 16.", ["PP-NRS"]),
        ("The peak pruritus numeric rating scale improved.", ["PP-NRS"]),
    ],
)
def test_itch_scales(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Citalopram improved Fugl-Meyer motor scale (FMMS) scores at day 90.", ["FMMS"]),
        ("Fugl Meyer upper limb score (FMULS) rose.", ["FMULS"]),
        ("Fugl-Meyer scores and the Berg Balance Scale (BBS) improved.", ["FMA", "BBS"]),
        ("judged by a double-blind placebo-controlled food challenge (DBPCFC).", ["DBPCFC"]),
        ("tolerance was confirmed by an oral food challenge (OFC) at 12 months", ["OFC"]),
        ("2-h glucose on the oral glucose tolerance test (OGTT) fell.", ["OGTT"]),
        ("insulin sensitivity by hyperinsulinaemic-euglycaemic clamp (HEC) improved", ["HEC"]),
    ],
)
def test_defined_names_win(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text, learn_abbreviations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Curcumin reduced hepatic triglyceride content by 31% and lowered serum ALT.", ["ALT"]),
        ("Liver triglycerides fell, and so did ALT.", ["ALT"]),
        ("Intrahepatic TG accumulation and HbA1c fell.", ["HbA1c"]),
        ("Fasting glucose, HbA1c and triglycerides fell.", ["FPG", "HbA1c", "TG"]),
    ],
)
def test_tissue_content_is_not_the_blood_value(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DASS 21 scores fell in both arms.", ["DASS-21"]),
        ("GDS 15 scores improved.", ["GDS-15"]),
        ("PCL 5 scores fell by 12 points.", ["PCL-5"]),
        ("A GDS 12 at baseline", ["GDS"]),
        ("MADRS 10 or higher", ["MADRS"]),
        ("Neck function on the mJOA improved.", ["mJOA"]),
    ],
)
def test_two_digit_and_more_spaced_editions(text: str, expected: list[str]) -> None:
    assert parse_outcomes(text) == expected
