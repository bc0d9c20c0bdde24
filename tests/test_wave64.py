"""Wave 64, from holdout 47 (scored once at bc85e59): "gave no better pain control than" is a null,
a harm more common than with an active comparator is negative, "Poorer FCR with tannin" is a loss,
"gained more bench-press strength" a gain; arms counted as "6 of 88 users compared with 1 of 90",
"20 patients ... while 24 controls"; a part of the MDS-UPDRS named is kept; "did as well on the
HAM-A as those on buspirone"; "led by De Luca"."""

from __future__ import annotations

import pytest

from extractors.fields import analyse, parse_n
from extractors.fields.direction import parse_direction
from extractors.fields.outcomes import parse_outcomes


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("A 5% lidocaine patch gave no better pain control than buprenorphine 0.02 mg/kg alone in 28 cats.", "buprenorphine", "null"),
        ("The spray provided no greater symptom relief than saline and caused more nosebleeds.", "placebo", "negative"),
        ("Autonomic dysreflexia episodes during sessions were more common with FES cycling than with voluntary arm-crank "
         "exercise in one study of 26 men.", "arm-crank exercise", "negative"),
        ("Poorer FCR with tannin", None, "negative"),
        ("Better sleep with melatonin", "placebo", "positive"),
        ("The fenugreek group gained more bench-press strength than the maltodextrin group.", "placebo", "positive"),
        ("The placebo group gained more muscle strength than the creatine group.", "placebo", "negative"),
        ("The fenugreek group gained more bench-press strength, yet body composition changes were no different from the "
         "maltodextrin group.", "placebo", "mixed"),
        ("The findings echo an earlier series of 16 adolescents, in which the AHI dropped by a median of 56%.", None, "positive"),
        ("Parents recorded shorter nasal congestion, although total illness duration did not differ.", "placebo", "mixed"),
        ("A larger trial in 158 patients found no significant difference between kava and placebo on the HAM-A at 18 weeks, "
         "partly because of an unusually large placebo response [2].", "placebo", "null"),
        ("HAM-A scores fell more with kava, but the difference only reached significance in people with moderate-to-severe "
         "anxiety.", "placebo", "mixed"),
        ("Liebermann and Osei (2019) found that 2 g/kg of the blend depressed feed intake and weight gain in birds.", None, "negative"),
        ("Feed intake was recorded daily.", None, "unknown"),
    ],
)
def test_directions(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("In a 2018 safety study, allergic skin rash occurred in 6 of 88 users compared with 1 of 90 on placebo.", 178),
        ("The first open-label study gave exenatide 10 µg twice daily to 20 patients with Parkinson's disease while 24 controls "
         "continued their usual medication.", 44),
        ("20 patients improved while 4 patients worsened.", 20),
        ("A big comparison pooled 2,700-odd patients and found agomelatine about as effective as SSRIs.", 2700),
    ],
)
def test_sample_sizes(text: str, n: int) -> None:
    assert parse_n(text)[0] == n


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Motor scores on the MDS-UPDRS part III worsened less.", ["MDS-UPDRS III"]),
        ("Liraglutide improved activities of daily living (MDS-UPDRS part 2).", ["MDS-UPDRS II"]),
        ("The MDS-UPDRS did not change.", ["MDS-UPDRS"]),
        ("UPDRS III fell by 4 points.", ["UPDRS-III"]),
    ],
)
def test_a_part_of_a_scale_named_is_kept(text: str, measures: list[str]) -> None:
    assert parse_outcomes(text) == measures


def test_the_evaluator_reads_part_as_no_word() -> None:
    from pipeline.evaluate.extraction import outcomes_key

    assert outcomes_key(["MDS-UPDRS Part III"]) == outcomes_key(["MDS-UPDRS III"]) == outcomes_key(["MDS-UPDRS-III"])
    assert outcomes_key(["MDS-UPDRS III"]) != outcomes_key(["MDS-UPDRS"])


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("137 outpatients given 350 mg/day of kava extract did as well on the HAM-A as those on buspirone 10 mg.", "buspirone"),
        ("The fenugreek group gained more bench-press strength than the maltodextrin group.", "placebo"),
        ("Body composition changes were no different from the maltodextrin group.", "placebo"),
        ("The drug was no different from sertraline.", "sertraline"),
        ("The drug was different from sertraline in structure.", None),
    ],
)
def test_comparators(text: str, comparator: str | None) -> None:
    assert analyse(text).comparator == comparator


def test_a_given_name_is_not_a_surnames_particle() -> None:
    from extractors.attribution import find_attributions

    found = find_attributions("A multicentre study led by De Luca found that FES cycling did not lower HbA1c.")
    assert [a.first_author for a in found] == ["De Luca"]
    found = find_attributions("a team led by Dr. Maren Ekholm found")
    assert [a.first_author for a in found] == ["Ekholm"]


def test_a_treatment_columns_bracketed_numbers_are_markers_when_no_column_cites(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    text = ("GLP-1 agonists in Parkinson's disease\n\n"
            "Table 2. Controlled trials of GLP-1 agonists\n"
            "Agent            N     Dose              Control      Primary outcome        Result\n"
            "Exenatide (4)    62    2 mg weekly       Placebo      MDS-UPDRS III          Favoured exenatide\n"
            "Liraglutide (8)  71    1.2 mg/day        Placebo      NMSS                   No difference on NMSS\n"
            "Dulaglutide (9)  40    1.5 mg weekly     Usual care   MDS-UPDRS III          Worse nausea, no motor gain\n")
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    assert [(c.context, c.study.markers, c.n) for c in result.claims] == [
        ("table", ["4"], 62), ("table", ["8"], 71), ("table", ["9"], 40)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One small study of women with PCOS found fenugreek lowered testosterone rather than raising it.", "negative"),
        ("The drug lowered blood pressure rather than raising it.", "positive"),
        ("Exercise lowered pain rather than increasing it.", "positive"),
    ],
)
def test_a_measure_moved_the_other_way_than_meant(text: str, expected: str) -> None:
    assert parse_direction(text) == expected


def test_a_study_after_a_writers_lead_in_is_a_claim_of_its_own(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    page = ("<html><body><h1>Fenugreek</h1><p>Researchers at a Texas university had 38 men take 600 mg/day, and the fenugreek "
            "group gained more bench-press strength than the maltodextrin group. And not all news is good: one small study of "
            "women with PCOS found fenugreek lowered testosterone rather than raising it.</p></body></html>")
    path = tmp_path / "blog.html"
    path.write_text(page, encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    assert [(c.evidence.text[:20], c.direction) for c in result.claims] == [
        ("Researchers at a Tex", "positive"), ("And not all news is ", "negative")]


def test_the_evaluator_reads_a_class_in_the_plural_as_the_singular() -> None:
    from pipeline.evaluate.extraction import comparator_key

    assert comparator_key("SSRIs") == comparator_key("ssri")
    assert comparator_key("antidepressants") == comparator_key("antidepressant")
    assert comparator_key("usual care") == "usual care" and comparator_key("bus") == "bus"


def test_a_sexual_function_interview_is_an_instrument() -> None:
    assert parse_outcomes("Sexual function scores on the DISF-SR improved, but total testosterone did not budge.") == ["DISF-SR"]


@pytest.mark.parametrize(
    ("text", "comparator", "expected"),
    [
        ("Apremilast reduced pustulosis severity and improved quality of life over 16 weeks, at the cost of frequent mild "
         "gastrointestinal effects.", "placebo", "mixed"),
        ("Adjunctive pramipexole improved depressive symptoms, with a small excess of hypomanic switches.", "placebo", "mixed"),
        ("Crisaborole was non-inferior to ketoconazole, at the cost of more local stinging.", "ketoconazole", "negative"),
        ("Aspirin 150 mg nightly reduced preterm pre-eclampsia compared with 75 mg, without an excess of bleeding.", None, "positive"),
    ],
)
def test_a_gain_bought_with_a_harm(text: str, comparator: str | None, expected: str) -> None:
    assert parse_direction(text, comparator) == expected


def test_a_doctor_on_a_platform_of_their_own_is_the_source() -> None:
    from extractors.attribution import find_attributions

    (found,) = find_attributions('Dr. Sam Reyes explains on his YouTube channel ("Cordyceps: hype or help?", 2022) that older '
                                 "adults improved their exercise tolerance by about 10%.")
    assert (found.first_author, found.year) == ("Reyes", 2022)
    assert find_attributions("The doctor explains on his channel that it works.") == []


def test_a_commenters_own_report() -> None:
    from extractors.cues import COMMENT_CUE

    assert COMMENT_CUE.found("Careful with this if you're diabetic, it dropped my blood sugar a lot when I combined it with metformin.")
    assert parse_direction("Been on 1,000 mg a day for three months and my libido is definitely up, my wife noticed lol.") == "positive"


def test_a_count_spelled_out_opens_the_design_sentence(tmp_path) -> None:
    from extractors import extract
    from pipeline.ingest import ingest

    path = tmp_path / "club.txt"
    path.write_text("Journal club\n\n3) Lindgren 2025 - Graded motor imagery in CRPS\nThirty patients with complex regional pain "
                    "syndrome of the hand received\ngraded motor imagery or standard physiotherapy. Pain on the NRS was lower at\n"
                    "6 weeks, but the groups no longer differed at 12 weeks.\n", encoding="utf-8")
    (result,) = extract([ingest(str(path))])
    (claim,) = result.claims
    assert claim.evidence.text.startswith("Thirty patients") and (claim.n, claim.direction) == (30, "mixed")

