"""Press-release and newsletter shapes: a lede that attributes an unnamed trial to a
journal and the sentence naming that trial are one study; funding notes, a newsletter's
own business, a comment cheering the reader on and an author line with affiliation
digits are no claims; table headers in plain words still map to their columns."""

import pytest

from extractors import extract
from extractors.attribution import find_attributions
from extractors.blocks import is_author_line, label_text
from extractors.tables import read_table
from pipeline.model import Document


def _claims(text):
    document = Document("doc-n", "n.txt", "text", "0" * 64, text=text, blocks=label_text(text))
    claims = extract([document])[0].claims
    for claim in claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return claims


LEDE = ("Older adults with tinnitus felt less distressed after a smartphone sound program, according to a "
        "randomized trial led by scientists at the Westmoor Institute of Hearing Research and published in the "
        "March 2024 issue of Otology Practice Letters. In the QUIET-EAR trial (NCT01234987), 212 adults aged 60 "
        "to 80 were randomly assigned to the program or to a sham program for 16 weeks. Distress on the "
        "Tinnitus Handicap Inventory (THI) fell more with the program than with sham.")


def test_a_lede_and_the_sentence_naming_its_trial_are_one_study_of_the_journal():
    (claim,) = _claims(LEDE + "\n")
    assert claim.study.venue == "Otology Practice Letters" and claim.study.year == 2024
    assert claim.study.registry_ids == ["NCT01234987"]
    assert claim.n == 212
    assert claim.evidence.text.startswith("Older adults") and claim.evidence.text.endswith("than with sham.")


def test_a_named_trial_after_a_lede_that_gave_a_sample_size_stays_another_study():
    text = ("A 2020 study of 90 adults published in Hearing Research Letters found less distress with sound "
            "therapy. In the QUIET-EAR trial (NCT01234987), 212 adults were randomly assigned to an app or sham.\n")
    assert len(_claims(text)) == 2


@pytest.mark.parametrize("text", ["In the STILL-WATER trial, 88 children were enrolled.",
                                  "The SOLACE study enrolled 300 adults."])
def test_a_trial_acronym_is_a_label_not_a_venue(text):
    assert not [a.venue for a in find_attributions(text) if a.venue]


def test_a_funder_acronym_before_the_study_word_stays_a_venue():
    assert [a.venue for a in find_attributions("A large NIH-funded trial found no benefit.")] == ["NIH"]


def test_an_institution_followed_by_its_journal_gives_the_journal():
    text = "The work, by researchers at Lakeside University Medical School and published in Sleep Reports Today."
    assert [a.venue for a in find_attributions(text) if a.venue] == ["Sleep Reports Today"]


@pytest.mark.parametrize(
    "aside",
    [
        "The trial was funded by the National Heart Foundation (grant HF-22-019) and by Velora Pharma, which "
        "makes the device.",
        "This study was partly supported by the Agency for Sleep Research and by a gift from Dormia Ltd.",
        "Funding: Ministry of Health of Valdoria (grant 2021/88).",
        "Three authors report consulting fees from Velora Pharma.",
    ],
)
def test_a_funding_or_interests_sentence_is_no_claim(aside):
    text = f"A trial of 120 adults found that drug X 10 mg lowered pain versus placebo (Orsay et al., 2022).\n\n{aside}\n"
    claims = _claims(text)
    assert [c.study.first_author for c in claims] == ["Orsay"]


def test_a_study_whose_trials_were_funded_by_industry_is_still_cited():
    text = "A 2021 review in Herbal Evidence Reports noted that most trials were small and funded by manufacturers.\n"
    assert [c.study.venue for c in _claims(text)] == ["Herbal Evidence Reports"]


@pytest.mark.parametrize(
    "bullet",
    ["* Our listener survey closes Sunday — it takes 2 minutes: https://digest.example/survey",
     "- Subscribe to the weekly newsletter: https://digest.example/join"],
)
def test_a_linked_housekeeping_bullet_is_no_claim(bullet):
    text = f"Sleep digest\n\n* Zolpidem 5 mg shortened sleep onset in 80 adults (Brandt 2021).\n{bullet}\n"
    assert [c.study.first_author for c in _claims(text)] == ["Brandt"]


def test_a_comment_cheering_the_reader_on_is_no_claim_but_an_experience_is():
    text = ("Comments\n\nmarla_77\nStay strong, you'll get better soon!\n\n"
            "kenji\nKeep going - it gets better!\n\n"
            "dot\nMagnesium helped my cramps within a week.\n")
    claims = [c for c in _claims(text) if c.context == "comment"]
    assert [c.evidence.text for c in claims] == ["Magnesium helped my cramps within a week."]


@pytest.mark.parametrize(
    "line",
    ["Ana Beatriz Toledo-Moss1, Graham Eberhardt2",
     "María José Ruiz-Pérez1,2, Jean-Luc Martin3 and Kofi Mensah-Bonsu2",
     "Luiz Carlos Prado-Vieira1*, Hannah Oduya2",
     "Ana Lucia Ferreira-Lima, MD1; Tobias Brandt, PhD2",
     "Siobhan Kearney1, Liam O'Connor-Hayes2",
     "Ewan McDonald1, Kate MacLeod2"],
)
def test_author_lines_with_compound_given_names_and_hyphenated_surnames(line):
    assert is_author_line(line)
    assert not _claims(f"Tremor update\n\n{line}\n\nAbstract text follows.\n")


@pytest.mark.parametrize(
    "header, role",
    [("What they found", "finding"), ("What was found", "finding"), ("Main findings", "finding"),
     ("Outcome/result", "finding"), ("Bottom line", "finding"), ("Main measure", "outcome"),
     ("Patients", "n"), ("Participants (n)", "n"), ("Cohort", "study"), ("Trial", "study"),
     ("Regimen", "dose"), ("Psilocybin dose", "dose"), ("Control arm", "comparator"),
     ("Did it work?", "finding"), ("Control condition", "comparator"), ("Compared with", "comparator"),
     ("Dose and duration", "dose"), ("Study and year", "study"), ("People", "n"), ("How measured", "outcome")],
)
def test_plain_word_headers_map_to_columns(header, role):
    text = f"{header}\tStudy\nx\ty\n"
    lines, position = [], 0
    for line in text.splitlines():
        lines.append((position, position + len(line)))
        position += len(line) + 1
    assert read_table(text, lines).roles[0] == role


def test_rows_under_a_what_they_found_column_get_a_direction():
    text = ("Cohort\tPatients\tLithium dose\tControl arm\tMain measure\tWhat they found\n"
            "Varga et al. (2019)\tn = 64\t600 mg/day\tPlacebo\tMADRS\tGreater improvement at week 6\n"
            "Ilves (2021)\tn = 40\t900 mg/day\tPlacebo\tMADRS\tNo difference from placebo\n")
    claims = [c for c in _claims(text) if c.context == "table"]
    assert [(c.n, c.comparator, c.direction) for c in claims] == [(64, "placebo", "positive"), (40, "placebo", "null")]


def test_a_planned_trial_stands_alone_only_with_a_design():
    text = ("A follow-up Phase 3 trial is planned to open at 30 hospitals in 2027.\n\n"
            "A Phase 3 trial of 400 adults comparing the spray with placebo is planned for 2027.\n")
    assert [c.n for c in _claims(text)] == [400]


def test_the_named_trial_in_the_paragraph_after_the_lede_is_a_claim_of_its_own():
    # Convention 4 joins a study's continuing sentences within one paragraph only: the
    # lede keeps its venue and finding, the trial paragraph its registry ID and sample.
    text = ("Teens who used a sleep app slept longer, according to a randomized trial published Monday in the "
            "journal Adolescent Sleep Practice.\n\n"
            "In the DREAM-TEEN trial (NCT04455667), 240 teenagers were assigned to the app or to leaflets.\n")
    lede, trial = _claims(text)
    assert (lede.study.venue, lede.direction) == ("Adolescent Sleep Practice", "positive")
    assert (trial.study.registry_ids, trial.n) == (["NCT04455667"], 240)


def test_a_lede_of_researchers_reporting_in_a_journal_joins_the_named_trial():
    text = ("Older adults who took vitamin K had fewer falls, researchers reported in the journal Bone Health "
            "Letters in 2023. In the KFALL trial, 300 adults aged 70 or older received 180 ug daily or placebo.\n")
    (claim,) = _claims(text)
    assert (claim.study.venue, claim.study.year, claim.n) == ("Bone Health Letters", 2023, 300)


def test_a_review_sentence_before_a_named_trial_is_no_lede():
    text = ("A 2019 study published in Sleep Reports found melatonin helped shift workers.\n\n"
            "In the MELT-2 trial (NCT04455668), 60 nurses were assigned to melatonin or placebo.\n")
    assert len(_claims(text)) == 2


def test_a_funding_paragraph_after_a_study_does_not_extend_its_evidence():
    text = ("A trial of 120 adults found that drug X 10 mg lowered pain versus placebo (Orsay et al., 2022).\n\n"
            "The research received funding from the Velora Foundation (award 2231). Financial support for the "
            "trial also came from Dormia Ltd.\n")
    (claim,) = _claims(text)
    assert claim.evidence.text.endswith("(Orsay et al., 2022).")


def test_a_linked_share_line_is_no_claim():
    text = "Pain notes\n\nDid you enjoy this issue? Forward it to a friend: https://notes.example/share\n"
    assert not _claims(text)


@pytest.mark.parametrize(
    "text, venue, year",
    [("Researchers at Kestrel University found that a daily walking program lowered blood pressure in 210 older "
      "adults. The findings were published in the journal Hypertension Practice Letters.\n",
      "Hypertension Practice Letters", None),
     ("Magnesium lowered migraine frequency in 81 adults, scientists from Marlow Institute reported. The results "
      "appear in the April 2024 issue of Headache Reports.\n", "Headache Reports", 2024)],
)
def test_where_the_study_just_told_was_published_is_its_venue(text, venue, year):
    (claim,) = _claims(text)
    assert (claim.study.venue, claim.study.year) == (venue, year)
    assert claim.study.label and claim.study.label in text
