"""The words a cue needs, read from its regex, gate a pass exactly: a text the gate turns
away holds no match of any cue, and a text holding a match always passes."""

import re
from pathlib import Path

import pytest

from extractors.fields import direction
from extractors.fields.regex_needs import LiteralGate, needed_words


def _needs(pattern: str) -> list[set[str]]:
    return sorted((set(words) for words in needed_words(pattern)), key=sorted)


def test_each_required_word_is_a_set_and_an_alternation_is_one_set() -> None:
    assert _needs(r"\bmore\s+likely\s+to\s+(?:die|relapse|fall)\b") == [{"die", "fall", "relapse"}, {"likely"}, {"more"}, {"to"}]


def test_optional_parts_need_nothing() -> None:
    assert _needs(r"\b(?:very\s+|much\s+)?smaller\s+(?:lesions?)?") == [{"smaller"}]
    assert _needs(r"\bhealed\s+(?:faster)*") == [{"healed"}]


def test_a_word_counts_only_where_a_word_must_start() -> None:
    # "similar" may follow "-ed " or start the match: known to start a word only in the first
    assert _needs(r"\b(?:\w+ed\s+)?similar") == [{"similar"}]
    assert _needs(r"(?:\w+ed)?similar") == []
    assert _needs(r"\bwell-?being") == [{"well"}]
    assert _needs(r"(?<!\w)impaired\b") == [{"impaired"}]
    assert _needs(r"(?<![a-z])worse") == [{"worse"}]
    assert _needs(r"(?<![^a-z])worse") == []  # after a letter


def test_a_word_stops_where_a_second_one_starts() -> None:
    # the scan takes the longest word at each word start, so no word may hold another's start
    assert _needs(r"\bdid\s+n't have") == [{"did"}, {"n'"}]
    assert _needs(r"\bdid\s*n't have") == [{"did"}]  # after an optional space "n" may not start a word


def test_look_aheads_count_and_look_behinds_and_case_insensitive_patterns_do_not() -> None:
    assert _needs(r"\bgained\b(?=[^.;]{0,60}?\bthan\b)") == [{"gained"}, {"than"}]
    assert _needs(r"(?<=\bnot\s)significant") == []
    assert _needs(r"(?i)\bworse\b") == []


def test_the_gate_asks_every_set_of_one_cue() -> None:
    gate = LiteralGate([r"\bmore\s+likely\s+to\s+die\b", r"\bharmed\b"])
    assert gate.may_match("patients on the drug were more likely to die")
    assert gate.may_match("the new regimen harmed them")
    assert not gate.may_match("patients were more often admitted and likely to survive")  # no "die"
    assert not gate.may_match("the drug did no harm")
    assert gate.may_match("more than half were likely to die")  # the words without the cue: the pass still runs


def test_a_cue_that_needs_no_word_opens_every_text() -> None:
    assert LiteralGate([r"\bharmed\b", r"\d+\s*%"]).may_match("nothing here")


def test_a_word_found_finds_the_shorter_words_it_starts_with() -> None:
    gate = LiteralGate([r"\bincrease", r"\bincreased\s+risk"])
    assert gate.may_match("rates increased")
    assert gate.may_match("this increased risk")
    assert not LiteralGate([r"\bincreased\s+risk"]).may_match("the increase in risk")


_CUE_LISTS = ["_DENIED_ADVANTAGE", "_IGNORE", "_GOOD_FELL", "_STRONG_POSITIVE", "_MIXED", "_LIMITING", "_NEGATIVE_CONTROL",
              "_NEGATIVE", "_NONSIGNIFICANT", "_NULL", "_SIGNIFICANT_POSITIVE", "_POSITIVE"]


def _sentences() -> list[str]:
    texts = []
    for path in sorted(Path(__file__).parent.glob("gold/*/docs/*")):
        if path.suffix in (".md", ".txt", ".html"):
            texts += re.split(r"(?<=[.;!?])\s+|\n+", path.read_text(encoding="utf-8", errors="replace").lower())
    return [text for text in texts if len(text) > 20]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences()


@pytest.mark.parametrize("name", _CUE_LISTS)
def test_every_sentence_a_direction_cue_matches_passes_its_gate(name: str, sentences: list[str]) -> None:
    cues = getattr(direction, name)
    gate = LiteralGate(cues)
    compiled = [re.compile(r"(?<![a-z])(?=[a-z])(?:" + cue + ")") for cue in cues]
    matched = [text for text in sentences if any(cue.search(text) for cue in compiled)]
    assert all(gate.may_match(text) for text in matched)


def test_the_gold_documents_hold_matches_of_most_cue_lists(sentences: list[str]) -> None:
    matched = [name for name in _CUE_LISTS if any(re.search(r"(?<![a-z])(?=[a-z])(?:" + "|".join(getattr(direction, name)) + ")", text) for text in sentences)]
    assert len(matched) >= 10


def test_the_negative_pass_is_gated_on_its_cues_words() -> None:
    (index,) = direction._CUE_GATES
    assert direction._PASSES[index][1] == "negative"
    gate = direction._CUE_GATES[index]
    assert gate.may_match("mortality was higher in the treated group than with placebo")
    assert not gate.may_match("pain scores were lower in both groups at week 12")
    assert direction.parse_direction("Patients given the drug were more likely to die within 28 days than those given placebo.") == "negative"
