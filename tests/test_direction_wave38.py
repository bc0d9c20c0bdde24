"""Wave 38: how specialties state that one arm's change was larger, that a control won, that arms
tied, and what an arm's patients or animals did more of; percent-against-percent falls."""

import pytest

from extractors.fields.direction import parse_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # psychiatry: a larger fall of a scale that should fall
        ("Escitalopram gave a larger fall in MADRS scores than placebo by week six.", "positive"),
        # haematology: a smaller rise of a level that should rise
        ("Women on alternate-day dosing had a smaller rise in haemoglobin than those on daily tablets.", "negative"),
        # dairy science: a bigger increase in yield, the outcome named before the arms
        ("Milk yield showed a bigger increase in the supplemented herd than in the control herd.", "positive"),
        # dentistry: a smaller decrease of pocket depth with the new treatment
        ("Probing depth showed a smaller decrease with the diode laser than with root planing alone.", "negative"),
        # vaccines: a greater rise in a wanted titre
        ("The adjuvanted vaccine produced a greater rise in antibody titres than placebo.", "positive"),
        # the control's change the larger: the treatment lost
        ("The placebo arm had a larger fall in PASI scores than the biologic arm.", "negative"),
        # an improvement is wanted whatever it measures
        ("The app group had a smaller improvement in HbA1c than usual care.", "negative"),
        # denied: no larger change
        ("There was no greater fall in systolic pressure with the patch than with placebo.", "null"),
        # the change's own non-significance, and a second outcome that did not differ
        ("Duloxetine produced a larger fall in pain scores than placebo (p=0.38).", "null"),
        ("Vortioxetine gave a larger fall in HAM-D scores than placebo, but quality of life did not differ between arms.", "mixed"),
    ],
)
def test_a_change_set_against_the_other_arms_by_its_size(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neonatology: fussing and crying are what a colic remedy should lessen
        ("Babies in the drops group fussed significantly more than the placebo group from week two.", "negative"),
        ("Infants given the herbal tea cried more than those given a placebo tea.", "negative"),
        ("Infants on the lactase drops cried less than those on placebo drops (p=0.02).", "positive"),
        # veterinary dermatology and respiratory care
        ("Dogs on the hydrolysed diet scratched more than dogs fed the control diet.", "negative"),
        ("Children given the honey syrup coughed less often than those given placebo.", "positive"),
        # the control named first: the deed is the control's
        ("The placebo group woke more often than the melatonin group.", "positive"),
        # a gap said not to be significant is no finding
        ("Calves on the probiotic scoured slightly less than control calves, but the difference was not significant.", "null"),
    ],
)
def test_what_an_arm_did_more_or_less_often(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the control judged the better arm
        ("The surgeons found the sham procedure superior on every knee score.", "negative"),
        ("Blinded raters judged the vehicle cream more effective than the active cream.", "negative"),
        # outclassed
        ("The herbal mouthwash was no match for chlorhexidine in reducing plaque.", "negative"),
        # level with the other arm
        ("The generic inhaler appeared to hold its own against the branded product.", "null"),
        ("Group physiotherapy matched one-to-one sessions on walking speed at six months.", "null"),
        ("The absorbable sutures held their own against staples for wound infection.", "null"),
    ],
)
def test_wins_and_ties_in_plain_words(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a design's matching is no tie
        "Each case was matched with two controls for age and sex.",
        "Participants were matched on baseline severity before randomisation.",
    ],
)
def test_matching_in_a_design_states_nothing(text: str) -> None:
    assert parse_direction(text) == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neurology: the size of each arm's fall, the object between the verb and "by"
        ("Riboflavin cut the number of migraine days by 38%, compared to 12% with placebo.", "positive"),
        ("Patients who used the spray reduced the frequency of their nosebleeds by 55%, compared with 20% in the saline group.", "positive"),
        # denials of a significant edge, in so many words
        ("Dogs fed the fish oil did not have significantly better outcomes than those fed corn oil placebo.", "null"),
        # a null between groups worded around the improvement it compares
        ("There were no significant differences between groups in terms of improvement in eczema severity.", "null"),
        ("There were no significant differences between groups in terms of improvement in pain, although sleep improved more with the drug.", "mixed"),
    ],
)
def test_falls_by_a_share_and_denied_edges(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        # an active comparator the claim names, judged the better arm
        ("The rheumatologists found methotrexate superior on joint counts at one year.", "methotrexate", "negative"),
        ("Sports physicians judged the brace more effective than taping for ankle stability.", "taping", "positive"),
        # the comparator's change the larger
        ("Amitriptyline produced larger improvements than the herbal extract.", "amitriptyline", "negative"),
    ],
)
def test_the_claims_comparator_as_the_winner(text: str, comparator: str, expected: str) -> None:
    assert parse_direction(text, comparator) == expected
