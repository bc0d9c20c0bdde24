"""Field parsers never raise on arbitrary text, and what they quote is really there."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fields import analyse, extract_facts, learn_abbreviations, parse_doses, parse_n

# Text built from the pieces the parsers react to, so the search reaches their branches.
PIECES = st.sampled_from([
    "50", "1,204", "0.5", "-", "–", " to ", " and ", " or ", ", ", "mg", "mg/kg", "µg", "IU", "/day", " per day",
    "N = ", "n=", "(", ")", "%", " patients", " were randomised", " completed", "Forty-two", " of ", "placebo",
    " versus ", " compared with ", " alone", " did not ", " significantly reduced ", " but ", "HAM-D", "CAPS-5",
    " Scale", " Questionnaire", "Hamilton Rating Scale for Depression (HRSD)", " 1 hour before the session",
    "as\n", "as ", "all\t", " wait\nlist", "treatment\u00a0as usual", " not\r\n", " 2\u202fmg",
    " twice daily", ".", "\n", "\u00a0", "?", "whether", "rats", " with ", "Fear of Spiders",
])
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_never_raises_and_quotes_exactly(text: str) -> None:
    values = analyse(text)
    assert values.direction in {"positive", "null", "negative", "mixed", "unknown"}
    for dose in parse_doses(text):
        assert dose.text and dose.text in text
        assert dose.value is not None and dose.value >= 0
    n, detail = parse_n(text)
    assert n is None or n > 0
    if "text" in detail:
        assert detail["text"] in text
    learn_abbreviations(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(TEXT, max_size=5).map(". ".join))
def test_extract_facts_never_raises(text: str) -> None:
    extract_facts(text)
