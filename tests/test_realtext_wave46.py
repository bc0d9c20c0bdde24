"""Real web text: readers' posts a page quotes as paragraphs of their own are read as comments."""

import pytest

from extractors.quoted_posts import quotes_a_post
from tests.text_claims import text_claims


@pytest.mark.parametrize(
    "text",
    [
        "Parents in our support group were quick to reply. One mother wrote:\n\n"
        "\"We started my son on 3 mg of melatonin at bedtime and he now falls asleep within twenty minutes.\"\n",
        "The replies on the forum ranged from doubt to delight:\n\n"
        "\u201cAfter six weeks on magnesium glycinate my leg cramps are much better and I sleep through the night.\u201d\n",
        "Here is what followers posted under our article on knee pain:\n\n"
        "\"Turmeric capsules twice a day and my knee pain is much better, I can walk the dog again.\"\n",
    ],
)
def test_a_quoted_post_under_its_introduction_is_a_comment(text: str) -> None:
    claims = text_claims(text)
    assert claims and all(c.context == "comment" for c in claims)


def test_posts_quoted_one_after_another_are_each_a_comment() -> None:
    text = ("Last month we wrote about supplements for dry eyes and tired muscles. Many readers replied "
            "with what had worked for them, and the replies were encouraging.\n\n"
            "\"I have been taking fish oil for two months and my dry eyes are much better.\"\n\n"
            "\"Vitamin D 2000 IU a day and my fatigue has improved a lot.\"\n")
    claims = text_claims(text)
    assert len(claims) == 2 and {c.context for c in claims} == {"comment"}


@pytest.mark.parametrize(
    ("paragraph", "before", "after_post"),
    [
        ("\"The results were very encouraging,\" said Dr Patel, who led the trial.", "Readers wrote in to ask.", False),
        ("\"Patients given the drug left hospital two days sooner.\"", "The trial enrolled 300 adults in Spain.", False),
        ("Members of the group wrote that it helped.", "Responses on the forum were mixed.", False),
    ],
)
def test_a_press_quote_or_a_plain_paragraph_is_no_post(paragraph: str, before: str, after_post: bool) -> None:
    assert not quotes_a_post(paragraph, before, after_post)
