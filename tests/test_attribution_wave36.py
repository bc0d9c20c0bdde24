"""Wave 36: attribution families stated from how writers cite. A writer unsure of a study's
year still gives it in brackets after the journal, hedged ("(2019 I think)", "(around 2016)",
"(2021?)", "(2018, if I remember right)"); the year counts, the hedge does not stop it. A PDF
page's running head ("Short title      Okafor et al." at the right margin) names the paper's own
authors and cites nothing in the prose the page break fell in. All people, journals and numbers
are invented."""

from __future__ import annotations

import pytest

from extractors.attribution import find_attributions


def _carries(text: str, **want: object) -> bool:
    return any(all(getattr(hit, key) == value for key, value in want.items()) for hit in find_attributions(text))


@pytest.mark.parametrize(("text", "venue", "year"), [
    # forum: a parent half-remembering a review
    ("There was a decent review in Pediatric Gut Reports (2019 I think) showing zinc shortened diarrhoea in toddlers.",
     "Pediatric Gut Reports", 2019),
    # running blog: a hedge before the year
    ("A small trial in the Journal of Endurance Physiology (around 2016) found nitrate juice helped 5 km times.",
     "Journal of Endurance Physiology", 2016),
    # dermatology subreddit: a question mark after the year
    ("Saw a study in Clinical Skin Letters (2021?) where niacinamide cream cut redness in rosacea.",
     "Clinical Skin Letters", 2021),
    # psychiatry comment: the hedge after a comma
    ("A meta-analysis published in Journal of Mood Research (2018, if I remember right) found omega-3 helped "
     "depressive symptoms.", "Journal of Mood Research", 2018),
    # vendor page: circa
    ("A 12-week study in the Annals of Joint Health (c. 2014) reported less knee stiffness with collagen.",
     "Annals of Joint Health", 2014),
])
def test_hedged_bracketed_year_after_a_journal_is_its_year(text: str, venue: str, year: int) -> None:
    assert _carries(text, venue=venue, year=year)


@pytest.mark.parametrize("text", [
    # a bracket that holds no year, or a count beside the year, gives no year
    "A review in Pediatric Gut Reports (I think it was open access) found zinc shortened diarrhoea.",
    "A trial in the Journal of Endurance Physiology (2016 participants) tested nitrate juice.",
])
def test_bracket_without_a_lone_hedged_year_gives_none(text: str) -> None:
    assert not _carries(text, year=2016) and not any(h.year for h in find_attributions(text))


@pytest.mark.parametrize(("text", "marker"), [
    # cardiology review: a trial paragraph broken by the page's footer and running head
    ("A registry from northern Norway7 followed 2,310 adults after stenting and found fewer\n"
     "readmissions with early rehabilitation.\n\nCardiol Rehabil Rev 2021;9(2)                           88\n\n\n"
     "Rehabilitation after stenting                              Lindqvist et al.\n\n", "7"),
    # obstetrics: the running head on the left, a page number before it
    ("Women randomised to oral iron had higher ferritin at delivery.12\n\n"
     "41          Iron in pregnancy: a review          Mbeki et al.\n", "12"),
    # psychiatry: a short head
    ("In a crossover trial,23 ketamine lowered suicidal ideation within hours.\n"
     "Ketamine review                Haddad et al\n", "23"),
])
def test_running_head_names_no_cited_author(text: str, marker: str) -> None:
    hits = find_attributions(text)
    assert not any(h.first_author for h in hits)
    assert any(marker in h.markers for h in hits)


@pytest.mark.parametrize(("text", "author"), [
    # an author in prose, at a line end, keeps its place
    ("Falls fell by a third in the home-exercise arm, as reported by Okonkwo et al.\n", "Okonkwo"),
    # a table row naming the study in its first column is the row's study
    ("Sorensen et al.        120        vitamin D 800 IU        placebo\n", "Sorensen"),
])
def test_author_in_prose_or_first_column_is_kept(text: str, author: str) -> None:
    assert _carries(text, first_author=author)
