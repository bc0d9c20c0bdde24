"""Wave 87, from holdout 58: an outcome lower than untreated controls', glucose by its plain
names, fewer cures than the comparator, one dose's gain beside another dose alike to control,
shares set "against about" the control's, and the other arm "came out ahead"."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.fields.comparator import parse_comparator
from extractors.fields.direction import parse_direction
from tests.saved_page import ingest_page


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


PUBMED_TEXT_PAGE = (
    "A randomized controlled trial of mirtazapine in appetite loss after stroke. The Nordic Stroke Rehabilitation Group\n\n"
    "Scand J Rehabil Med. 1994 Mar;26(1):11-7. doi: 10.1000/sjrm.1994.0011.\n\n"
    "Abstract\n\n"
    "Eighty-two patients with appetite loss in the first month after stroke were randomly assigned to mirtazapine 15 mg at night "
    "or placebo for eight weeks. Weight rose by 2.1 kg with mirtazapine and 0.3 kg with placebo (p = 0.01).\n\n"
    "Publication types\n\n  • Clinical Trial\n"
)


def test_a_pubmed_text_page_with_a_group_author_is_its_own_study(tmp_path):
    document = ingest_page(tmp_path, PUBMED_TEXT_PAGE, "pubmed-page.txt")
    assert document.meta.year == 1994 and document.meta.doi == "10.1000/sjrm.1994.0011"
    assert document.text[document.meta.abstract_start:].startswith("Eighty-two patients")
    (result,) = extract([document])
    (claim,) = [claim for claim in result.claims if claim.context == "abstract"]
    assert claim.n == 82


def test_an_abstract_under_a_spanish_heading_is_the_pages_own_study(tmp_path):
    record = ingest_page(
        tmp_path,
        "RESUMEN\n"
        "In this multicenter, randomized, double-blind, vehicle-controlled study, 412 participants with moderate facial acne "
        "were randomized to clindamycin 1.2% gel or vehicle once daily for 12 weeks. Treatment success was higher with "
        "clindamycin (38% vs 19%; P < .001).\n",
        "portal-record.txt",
    )
    (result,) = extract([record])
    (claim,) = result.claims
    assert claim.context == "abstract" and claim.n == 412 and claim.direction == "positive"


@pytest.mark.parametrize(
    ("text", "comparator", "direction"),
    [
        ("Treatment success was 78.3% in the CCFA group and 80.6% in the tulathromycin group (difference -2.3 percentage points; "
         "90% CI -9.4 to 4.8).", "tulathromycin", "null"),
        ("Treatment success was 78.3% in the CCFA group and 60.6% in the tulathromycin group (difference 17.7 percentage points; "
         "95% CI 9.4 to 24.8).", "tulathromycin", "positive"),
    ],
)
def test_two_active_arms_rates_apart_by_chance_are_null(text, comparator, direction):
    assert parse_direction(text, comparator) == direction


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("In a trial of 206 adults that used group-based pain education as the control, disability and pain intensity did not "
         "differ between arms at six months.", "group-based pain education"),
        ("Twenty-seven women were randomised to evening primrose oil 1 g twice daily plus vitamin E 400 IU and 26 to vitamin E "
         "alone; at 6 months the combination group reported lower VAS pain scores.", "vitamin e alone"),
    ],
)
def test_groups_named_in_passing_leave_the_other_readers_their_turn(text, comparator):
    assert parse_comparator(text) == comparator
