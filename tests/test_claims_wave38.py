"""Wave 38: a trial-listing site's record laid out one field a line, its label on one
bullet and its value on the next ("- Target Recruitment" / "- 77"), is one claim that
starts at the title printed above the ID; a digest's hard-wrapped numbered item goes on
under its hanging indent though a sentence ended a line, so its design and its result
stay one claim."""

import pytest

from text_claims import text_claims as _claims

_LISTING = """{title}
- Conditions
- {condition}
- Registration Number
- {registry_id}
- Lead Sponsor
- {sponsor}
- Brief Summary
{summary}
- Detailed Description
Not available
Recruitment & Eligibility
- Status
- Completed
- Sex
- All
- {label}
- {n}
* Adults aged 18 to 70 years
* Able to give written informed consent
"""


@pytest.mark.parametrize(("title", "condition", "registry_id", "sponsor", "summary", "label", "n"), [
    ("Can acupressure wristbands ease vomiting after knee replacement? A randomised sham-controlled pilot study.",
     "Postoperative nausea and vomiting", "ACTRN12619000123456", "Example University Hospital", "Not available",
     "Target Recruitment", "94"),
    ("Efficacy of zinc lozenges as an add-on treatment for acne vulgaris in young adults",
     "Acne vulgaris", "ACTRN12620000654321", "Coastal Dermatology Research", "Not available", "Target Recruitment", "148"),
    ("Creatine Loading and Repeated Sprint Performance in Collegiate Rowers",
     "Sports performance", "NCT05123456", "State University Athletics",
     "A double-blind, placebo-controlled, randomised parallel trial of creatine in rowers.", "Target Recruitment", "36"),
    ("Omega-3 supplementation for residual symptoms of bipolar depression",
     "Bipolar depression", "NCT04987654", "Regional Mood Clinic Trust", "Not available", "Enrollment", "1,210"),
])
def test_a_listing_record_is_one_claim_from_its_title_with_n_from_the_next_line(
        title: str, condition: str, registry_id: str, sponsor: str, summary: str, label: str, n: str) -> None:
    text = _LISTING.format(title=title, condition=condition, registry_id=registry_id, sponsor=sponsor, summary=summary,
                           label=label, n=n)
    (claim,) = _claims(text)
    assert claim.n == int(n.replace(",", ""))
    assert claim.study.registry_ids == [registry_id] and claim.study.own
    assert claim.evidence.start <= text.index(title.split("?")[-1].strip() or title) + 1


def test_a_recruitment_heading_alone_gives_no_sample_size() -> None:
    text = _LISTING.format(title="Vitamin D for fatigue in multiple sclerosis", condition="Multiple sclerosis",
                           registry_id="NCT05555111", sponsor="Neurology Research Unit", summary="Not available",
                           label="Recruitment", n="Open")
    (claim,) = _claims(text)
    assert claim.n is None


_DIGEST = """JOURNAL CLUB

1) {topic}. {design}
{result}

2) HOUSEKEEPING. The next meeting moves to the seminar room.
"""


@pytest.mark.parametrize(("topic", "design", "result", "n", "direction"), [
    ("ASTHMA", "Okafor et al. (Thorax, 2021) randomised\n   612 adults with moderate asthma to budesonide 200 mcg twice\n"
     "   daily versus placebo for 12 weeks.",
     "   Exacerbations fell from 18% to 9%, but lung function was\n   no different (MD 0.02 L, 95% CI -0.05 to 0.09).",
     612, "mixed"),
    ("HEART FAILURE", "Lindqvist et al. (Eur Heart J, 2020) allocated\n   1,204 outpatients to oral iron 100 mg daily or\n"
     "   placebo for six months.",
     "   Hospital admissions were no different between arms\n   (HR 0.97, 95% CI 0.80-1.18).",
     1204, "null"),
    ("ECZEMA", "Haddad and Ruiz (Br J Dermatol, 2022) randomised\n   240 children with atopic eczema to a probiotic\n"
     "   sachet or placebo for 8 weeks.\r",
     "   Itch scores improved significantly more with the probiotic\r\n   than with placebo (p=0.004).",
     240, "positive"),
])
def test_a_hard_wrapped_item_goes_on_under_its_hanging_indent(topic: str, design: str, result: str, n: int,
                                                              direction: str) -> None:
    text = _DIGEST.format(topic=topic, design=design, result=result)
    claims = _claims(text)
    assert len(claims) == 1
    assert (claims[0].n, claims[0].direction) == (n, direction)
    assert result.split()[0] in claims[0].evidence.text


def test_a_flush_left_paragraph_after_an_item_is_not_its_continuation() -> None:
    text = ("JOURNAL CLUB\n\n1) GOUT. Park et al. (Rheumatology, 2019) randomised\n   310 adults with gout to "
            "colchicine 0.5 mg daily or placebo.\n   Flares fell from 41% to 22% (p<0.001).\n"
            "In a separate cohort of 2,000 dialysis patients, Osei et al. (Kidney Int, 2018) found no link between "
            "allopurinol and survival.\n")
    claims = _claims(text)
    assert [c.n for c in claims] == [310, 2000]
