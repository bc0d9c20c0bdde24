"""A forum thread saved as plain text, each post under "Posted by <handle> on <date>, <time>".

Handles come in every case ("GardenGran", "PaulR", "night_owl", "mum2twins"); a capitalised
first name alone ("Posted by Sarah on ...") stays an article's byline."""

from extractors.blocks import starts_comment_thread
from text_claims import text_claims

_THREAD = """HealthBoards > Skin > Rosacea
Thread: anything that actually worked for the flushing?
------------------------------------------------------

Posted by ruddycheeks on 11-04-2023, 08:12 PM
Third summer of flushing. Dermatologist mentioned two options, has anyone tried either?

Posted by GardenGran on 11-04-2023, 09:40 PM
My GP gave me brimonidine gel 0.33% once a day. The redness fades within an hour and it has stayed that way for six months now.

Posted by PaulR on 11-05-2023, 07:03 AM
Ivermectin cream 1% every night for 12 weeks here. Honestly it did nothing for my flushing at all.

Posted by ruddycheeks on 11-05-2023, 08:30 AM
thanks both, will ask about them
"""


def test_mixed_case_handles_with_a_date_open_posts():
    assert starts_comment_thread("Posted by GardenGran on 11-04-2023, 09:40 PM")
    assert starts_comment_thread("Posted by mum2twins on 2 May 2024 at 10:15")
    assert not starts_comment_thread("Posted by Sarah on 2 May 2024")


def test_each_reply_with_a_dose_is_a_comment_claim():
    claims = text_claims(_THREAD)
    by_dose = {c.dose[0].value: c for c in claims if c.dose}
    assert set(by_dose) == {0.33, 1.0}
    assert all(c.context == "comment" for c in by_dose.values())
