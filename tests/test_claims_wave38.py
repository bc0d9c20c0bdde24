"""Wave 38: a trial-listing site's record laid out one field a line, its label on one
bullet and its value on the next ("- Target Recruitment" / "- 77"), is one claim that
starts at the title printed above the ID."""

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
