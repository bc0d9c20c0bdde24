"""Boilerplate phrases match whole words: a methods sentence that mentions
advertisements or sponsors is body text."""

import pytest

from extractors.blocks import classify_block


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers were recruited through newspaper advertisements, GP referrals and posters.",
        "Adults answering advertisements were screened by telephone.",
    ],
)
def test_methods_mentioning_advertisements_are_not_boilerplate(text):
    assert classify_block(text) != "boilerplate"


@pytest.mark.parametrize("text", ["Advertisement", "ADVERTISEMENT", "Sponsored"])
def test_ad_chrome_stays_boilerplate(text):
    assert classify_block(text) == "boilerplate"
