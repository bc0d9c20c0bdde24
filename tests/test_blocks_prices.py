"""A price makes a short line shop furniture, unless the sentence cites or describes a study."""

import pytest

from extractors.blocks import label_text


def _label_of(text: str, line: str) -> str:
    start = text.index(line)
    (block,) = [b for b in label_text(text) if b.start <= start < b.end]
    return block.label


@pytest.mark.parametrize(
    "line",
    [
        "My GP said a 2019 trial of 80 adults found the cream no better than placebo, so I won't pay $35 for it.",
        "Apparently the study (Lind et al.) used the €12 version and it still beat sham.",
        "The randomised trial cost patients nothing, but the clinic now charges £60 a visit.",
    ],
)
def test_a_priced_sentence_about_a_study_is_kept(line):
    text = f"Comments\n\nAnna · March 3, 2025 at 8:02 pm\n\n{line}\n"
    assert _label_of(text, line) != "boilerplate"


@pytest.mark.parametrize("line", ["Only $29.99 today!", "Price: €14,50", "Add to cart - $18"])
def test_a_shop_line_with_a_price_is_boilerplate(line):
    text = f"Magnesium gummies\n\n{line}\n\nSome words about the product follow here in prose.\n"
    assert _label_of(text, line) == "boilerplate"
