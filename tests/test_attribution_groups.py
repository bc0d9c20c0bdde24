"""A study named by its group ("Kim's team (2019)") and counts that only look like markers."""

import pytest

from extractors.attribution import find_attributions


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("Pereira’s group (2019) gave 5 mg zinc to 80 adults.", "Pereira", 2019),
        ("Lindqvist's team (2021) randomised 64 runners.", "Lindqvist", 2021),
        ("the Okafor lab (2020) found lower cortisol.", "Okafor", 2020),
        ("Van der Berg's research group (2018) showed a benefit.", "Van der Berg", 2018),
        ("Brown's laboratory, 2017, reported no change.", "Brown", 2017),
        ("Smith et al.'s (2013) trial was small.", "Smith", 2013),
    ],
)
def test_a_named_group_team_or_lab_with_a_year_is_author_year(text, author, year):
    (hit,) = find_attributions(text)
    assert (hit.kind, hit.first_author, hit.year) == ("author-year", author, year)


@pytest.mark.parametrize(
    "text",
    ["Customer reviews (214)", "Comments (12)", "Reader questions (5)", "Replies (3)", "Ratings (1,204)",
     "Show all answers (9)", "Community posts (48)"],
)
def test_a_count_after_a_section_word_is_no_marker(text):
    assert find_attributions(text) == []


def test_a_vancouver_marker_after_other_words_stays():
    (hit,) = find_attributions("Sleep improved in older trials in adults (3).")
    assert hit.markers == ("3",)


@pytest.mark.parametrize(
    "text, author, year",
    [
        ("In 2019, Pereira’s group gave 5 mg zinc to 80 adults.", "Pereira", 2019),
        ("Dr. Okafor's team randomised 80 adults to yoga.", "Okafor", None),
        ("Lindqvist's research lab recently enrolled 64 runners.", "Lindqvist", None),
    ],
)
def test_a_named_group_reporting_a_study_without_a_bracketed_year_is_an_author(text, author, year):
    (hit,) = find_attributions(text)
    assert (hit.kind, hit.first_author, hit.year) == ("author", author, year)


@pytest.mark.parametrize("text", ["In the Crohn’s group pain fell.", "the Parkinson's group improved on gait.",
                                  "Patients in the Graves' group were treated longer."])
def test_a_trial_arm_named_for_a_disease_is_no_author(text):
    assert find_attributions(text) == []
