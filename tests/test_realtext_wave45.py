"""Wave 45, real web text: a study summary written under the citation it summarises is the
page's own account, not part of the reference list."""
from extractors.blocks import label_text


def _labels(text: str) -> dict[str, str]:
    return {text[b.start:b.end].split(":")[0]: b.label for b in label_text(text)}


def test_vendor_summary_fields_under_references_heading_are_main() -> None:
    text = ("References\n\n"
            "Halvorsen T, Ito K. Oral collagen peptides and knee pain in runners. J Orthop Sci. 2019;24:55-61.\n\n"
            "Study Design: randomised, double-blind, placebo-controlled trial\n\n"
            "Methodology: Eighty recreational runners took 10 g/day of collagen peptides or placebo for 24 weeks, "
            "and knee pain during running was rated on a visual analogue scale.\n\n"
            "Results: Knee pain fell more with collagen than with placebo (p = 0.02).\n")
    labels = _labels(text)
    assert labels["Study Design"] == "main"
    assert labels["Methodology"] == "main"


def test_digest_key_findings_after_citation_are_main() -> None:
    text = ("References\n\n"
            "Ncube P, Lindqvist A. Zinc lozenges for the common cold in adults. BMC Fam Pract. 2021;22:88.\n\n"
            "Key Findings: adults who dissolved 13 mg zinc lozenges every two hours had colds two days shorter "
            "than those given placebo lozenges.\n")
    assert _labels(text)["Key Findings"] == "main"


def test_plain_reference_list_stays_references() -> None:
    text = ("References\n\n"
            "Okafor C, Marsh AB. Iron dosing on alternate days in pregnancy. Blood. 2020;135:410-8.\n\n"
            "Varga E, Sato K. Melatonin for jet lag in cabin crew. Sleep Med. 2018;44:12-19.\n")
    assert all(b.label == "references" for b in label_text(text) if text[b.start:b.end].strip() != "References")
