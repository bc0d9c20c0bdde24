"""Wave 33: dose and N phrasing families that the spent blind sets showed, written afresh across specialties.

Dose: a strength before a plaster, a transdermal system, a pessary or a suppository ("a 5% plaster"); a feed
additive dosed per tonne of feed ("2 kg/t"); the placebo or control arm's own amount; a chemical amount bracketed
after the product's name; a solubility. N: arms named in a relative clause or straight after "assigned", group
sizes stated as what each group included, labelled arm counts closed by their stated total, a bracket that
describes the sample's make-up ("(64% women)") rather than a share of responders, and "a study comprising N".
"""

import pytest

from extractors.fields.dose import parse_doses
from extractors.fields.n import parse_n


def _doses(text: str) -> list[tuple[float, str]]:
    return [(dose.value, dose.unit) for dose in parse_doses(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # dermatology and pain: a plaster or a transdermal system named by its strength
    ("Patients with post-herpetic pain wore a 5% plaster over the area for 12 hours a day.", [(5.0, "%")]),
    ("Smith 2016\t48\t0.4% system\tvehicle system\tVAS", [(0.4, "%")]),
    # gynaecology and gastroenterology: vaginal and rectal forms
    ("Women inserted a 2% pessary nightly for a week.", [(2.0, "%")]),
    ("Children with constipation were given a 1% suppository at bedtime.", [(1.0, "%")]),
    # a share of patients beside those words is still no strength
    ("Skin irritation under the plaster was reported by 12% of patients.", []),
])
def test_strength_before_a_skin_vaginal_or_rectal_form(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Broiler chicks were fed 1.5 kg/t of a betaine product from day 1 to day 35.", [(1.5, "kg/t")]),
    ("Tilapia received a yeast extract at 3 kg per tonne of feed for eight weeks.", [(3.0, "kg/t")]),
    ("Weaned piglets got 500 g/t of the clay binder.", [(500.0, "g/t")]),
    ("Dairy cows were fed 250 g per tonne of a rumen buffer.", [(250.0, "g/t")]),
    # tonnes that are no dose rate
    ("The mill produced 40 tonnes of feed a week.", []),
])
def test_feed_additive_per_tonne(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # arms in a relative clause, each arm's words long enough to run past the usual window
    ("The team had 28 veterans who were randomly assigned to use the sleep app every night for two months, "
     "and 30 veterans who were randomly assigned to a waiting list.", 58),
    ("There were 61 children who were allocated to fissure sealants and 59 children who were allocated to fluoride varnish.", 120),
    # the arm named straight after "assigned", as news reports write it
    ("Of the 210 smokers, 104 were randomly assigned varenicline while the remaining 106 got nicotine patches.", 210),
    ("In all, 45 dogs were assigned the new diet while the remaining 44 got their usual kibble.", 89),
])
def test_arms_in_relative_clauses_and_after_assigned(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The pilot comprised 58 adults with tinnitus split into two groups; the active group included 30 patients "
     "and the sham group included 28 patients.", 58),
    ("The exercise group included 24 women and the control group included 22 women.", 46),
    ("In the rheumatology study the treatment arm comprised 40 patients and the placebo arm comprised 41 patients.", 81),
])
def test_group_sizes_stated_as_what_each_group_included(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("| Okafor 2012 | Nigeria | Zinc: 150 Placebo: 148 Total: 298 |", 298),
    ("Melatonin = 40, Placebo = 38, Total = 78", 78),
    ("Group A: 1,210; Group B: 1,198; Total: 2,408", 2408),
])
def test_labelled_arm_counts_closed_by_their_total(text: str, expected: int) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A total of 312 adults (54% women, mean age 47 years) with plaque psoriasis took part in the open-label study.", 312),
    ("Overall, 88 patients (61% male) with compensated cirrhosis were followed for a year.", 88),
    # a share of responders stays no sample
    ("In the end 19 patients (40%) responded to the higher dose.", None),
])
def test_bracket_describing_the_sample_is_no_share(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the placebo arm took is the placebo's amount, not the tested dose
    ("The krill oil group took 2 g daily. The placebo group was given 3 g of sunflower oil in identical capsules.", [(2.0, "g")]),
    ("Runners drank 500 ml of tart cherry juice, while the placebo arm received 400 ml of a flavoured drink.", [(500.0, "ml")]),
    ("Infants got 5 drops a day of the probiotic; the placebo group got 4 drops a day of sunflower oil.", [(5.0, "drops/day")]),
])
def test_the_placebo_arms_amount_is_no_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chemical amount bracketed after the product's name restates the dose
    ("Rowers drank 70 ml of concentrated beetroot juice (~6.4 mmol nitrate) before each test.", [(70.0, "ml")]),
    ("Patients with kidney stones took 1080 mg of potassium citrate (10 mEq) twice daily.", [(1080.0, "mg")]),
])
def test_a_molar_restatement_after_the_product_name(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the control's own amount
    ("Adults with dry skin took 2 g of evening primrose oil or a control of 3 g of paraffin oil daily.", [(2.0, "g")]),
    ("Smokers chewed 4 mg nicotine gum or a placebo containing 1 mg of capsaicin for flavour.", [(4.0, "mg")]),
])
def test_the_controls_own_amount_is_no_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a solubility is no dose; a dose taken dissolved still is
    ("Patients took 10 g of glutamine twice daily; one gram dissolves in 21 ml of water.", [(10.0, "g")]),
    ("Athletes took 5 g of creatine dissolved in 250 ml of water each morning.", [(5.0, "g")]),
])
def test_a_solubility_is_no_dose(text: str, expected: list) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "comprising" before a count of people the noun list does not know
    ("A larger trial comprising 81 migraineurs found fewer attacks with magnesium.", 81),
    ("An Italian cohort comprising 412 asthmatics was followed for five years.", 412),
    ("The programme comprising 12 sessions of therapy was delivered online.", None),
])
def test_a_study_comprising_its_people(text: str, expected: int | None) -> None:
    assert parse_n(text)[0] == expected
