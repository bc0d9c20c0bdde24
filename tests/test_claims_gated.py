"""GatedPattern: the word gate in front of a costly pattern never changes what it finds."""

import pytest

from extractors import claims, sentence_roles
from extractors.cues import GatedPattern

GATED = {
    "disclosure": sentence_roles._DISCLOSURE,
    "flow": sentence_roles._FLOW,
    "hypothesis": sentence_roles._HYPOTHESIS,
    "practice": claims._PRACTICE,
    "service volume": sentence_roles._SERVICE_VOLUME,
}

# Each family of phrasing the patterns read, plus near misses and plain sentences.
SENTENCES = [
    "The trial was funded by the National Institute of Mental Health.",
    "THIS STUDY WAS SUPPORTED IN PART BY a grant from Acme Pharma.",
    "Funding: none declared.",
    "Grant support came from the Wellcome Trust.",
    "Support was provided by the hospital foundation.",
    "The authors received grants from two companies.",
    "The sponsor provided the funding for the device.",
    "Dr. Lee reports consulting fees and honoraria from Acme.",
    "Conflicts of interest: none. Competing interests were declared.",
    "It was paid for by the manufacturer and underwritten by a charity.",
    "Forty-one studies were excluded after screening; 12 records removed as duplicates.",
    "Articles were screened and 8 papers assessed for eligibility.",
    "We hypothesised that zinc would shorten colds; the null hypothesis to be tested is no effect.",
    "Researchers predict a benefit, and investigators expect 30% fewer relapses.",
    "In clinical practice, response rates of up to 80% are seen.",
    "In my clinical experience patients improve; we have been seeing fewer relapses.",
    "The extract has now been used by thousands of people.",
    "Sertraline 50 mg improved LSAS scores more than placebo in 60 adults.",
    "Practically nobody used it, and the experiences were mixed.",
    "The hospital, serving 480,000 people, opened in 1990.",
    "A clinic serving about 2.5 million residents of the region.",
    "The centre sees 4,000 patients a year and cares for their families every year.",
    "ſupported by ſponſors: the trial was ſupported by Acme.",  # long s: outside ASCII, always searched
    "Die Studie wurde von der Stiftung gefördert (funded by the foundation).",
    "",
]


@pytest.mark.parametrize("name", sorted(GATED))
@pytest.mark.parametrize("text", SENTENCES + [s.upper() for s in SENTENCES] + [s.title() for s in SENTENCES])
def test_gate_finds_what_the_pattern_finds(name: str, text: str) -> None:
    gated = GATED[name]
    found, expected = gated.search(text), gated.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_gate_skips_text_without_its_words() -> None:
    class Exploding:
        def search(self, text: str) -> None:
            raise AssertionError("searched although no needed word is present")

    gate = GatedPattern(Exploding(), ("fund",))  # type: ignore[arg-type]
    assert gate.search("Sertraline improved sleep in 60 adults.") is None
    with pytest.raises(AssertionError):
        gate.search("FUNDED by the NIH.")


def test_gates_are_used_where_the_patterns_were() -> None:
    assert all(isinstance(pattern, GatedPattern) for pattern in GATED.values())
    assert sentence_roles.is_disclosure("The study was funded by the NIH.")
    assert not sentence_roles.is_disclosure("The study randomised 80 adults.")
