"""Wave 42: where a claim starts and whether it is one at all.

A forum post that tells a home regimen ("every other night for a fortnight") and, a fragment
later, what it did is one account, not a claim of the result sentence alone. A product page's
label line ("Each capsule provides 500 mg X standardised to ...") gives a dose but no study:
it is no claim, whatever chatter follows it in the same sentence-run."""

import textwrap

import pytest

from text_claims import text_claims as _claims

_RULE = "-" * 50


def _thread(posts: list[tuple[str, str]]) -> str:
    parts = ["Thread: what helped you?", ""]
    for number, (handle, body) in enumerate(posts, start=2):
        parts += [_RULE, f"#{number}  {handle}   Posted 12 Mar 2024, 20:15", _RULE, textwrap.fill(body, 70), ""]
    return "\n".join(parts)


@pytest.mark.parametrize(("account", "starts"), [
    ("Plain old method: a warm salt water gargle every 2 hours for three days. No lozenges. Slow going but my throat "
     "cleared up completely.", "Plain old method"),
    ("Elevation and an ice pack twice a day after work. Nothing fancy. Took a fortnight but the ankle swelling went "
     "right down.", "Elevation and"),
    ("Oatmeal baths every other night plus a thick emollient. No steroid cream. It took a while but his eczema "
     "cleared up for good.", "Oatmeal baths"),
])
def test_a_posted_regimen_and_its_result_are_one_claim(account, starts):
    text = _thread([("hopeful_mum", "Has anyone found anything that works? Third week of this now."),
                    ("oldhand77", account), ("hopeful_mum", "Thanks, will give it a go tonight!")])
    claims = [c for c in _claims(text) if c.context == "comment"]
    assert len(claims) == 1
    assert text[claims[0].evidence.start:claims[0].evidence.end].startswith(starts)


@pytest.mark.parametrize("label", [
    "Each capsule provides 500 mg bromelain standardised to 2,400 GDU/g. Lots of customers ask us about it after "
    "dental work.",
    "Every two-scoop serving contains 5 g creatine monohydrate. Many gym members take it before training.",
    "One softgel delivers 1,000 IU vitamin D3 in olive oil. Patients often ask their pharmacist about it.",
    "Each tablet contains 250 mg of magnesium citrate. Many women with cramps keep a bottle in the bathroom.",
])
def test_a_product_label_line_is_no_claim(label):
    text = f"Our best-seller\n\n{label}\n\nFree delivery over 30 pounds.\n"
    assert _claims(text) == []


@pytest.mark.parametrize("trial", [
    "Each capsule contained 500 mg bromelain; 40 patients took it for five days after surgery and swelling fell "
    "more than with placebo.",
    "In the trial, each sachet contains 10 g of psyllium, and 72 adults with constipation took two a day versus "
    "placebo.",
])
def test_a_trial_telling_its_capsules_stays_a_claim(trial):
    assert len(_claims(f"The evidence\n\n{trial}\n")) == 1


@pytest.mark.parametrize(("design", "registration"), [
    ("Adults with chronic migraine took 150 mg of riboflavin-magnesium tablets daily or a matching placebo.",
     "The trial, registered as NCT04411223, enrolled patients at twelve headache clinics in Spain between 2019 and "
     "2021."),
    ("Preterm infants were given 0.5 mL of oral colostrum every three hours, while the comparison group got sterile "
     "water.",
     "The study, registered as ISRCTN38815542, recruited babies in three neonatal units from 2020 to 2022."),
])
def test_a_registration_sentence_joins_the_trial_it_registers(design, registration):
    text = f"Health news\n\n{design} {registration}\n\nMore stories below.\n"
    (claim,) = _claims(text)
    assert claim.study.registry_ids and claim.dose and registration[-30:] in claim.evidence.text


def test_a_bulletins_first_section_after_its_contents_list_is_read():
    rule = "-" * 40
    text = "\n".join([
        "RIVERBANK PRACTICE NURSES' NEWSLETTER", "Spring 2025", "", "In this issue:", "  * Evidence corner: leg ulcers",
        "  * Flu clinic dates", "  * Staff news", "", rule, "EVIDENCE CORNER", rule, "",
        "1) Compression for venous ulcers (Okafor et al., J Wound Care 2021)",
        "   184 adults, venous leg ulcers, ABPI 0.8-1.3: four-layer bandaging vs",
        "   short-stretch bandaging, randomised, 24 weeks. Complete healing 71% vs",
        "   58% (p=0.03), recurrence 9% vs 15% at 12 months.", "", rule, "FLU CLINIC DATES", rule, "Saturdays in October, 9am to 1pm.", ""])
    (claim,) = _claims(text)
    assert claim.n == 184 and "Okafor" in claim.evidence.text
