"""Wave 43: saline as an active control, same-drug course and dose-strategy controls, and
sports no-treatment arms, written across specialties."""

import pytest

from extractors.fields.comparator import parse_comparator


@pytest.mark.parametrize("text, expected", [
    # Saline in both arms, or as the wash a drug is added to: the saline arm is a treatment.
    ("Sixty adults with allergic rhinitis were randomised to a hypertonic saline rinse or an isotonic saline spray.",
     "saline spray"),
    ("Mometasone was added to the daily rinse and compared with saline irrigation alone in 40 patients.",
     "saline irrigation alone"),
    ("Xylitol added to the wash was compared with a saline nasal spray alone in 80 adults.", "saline spray alone"),
    ("Swimmers used a 3% saline gargle or a saline mouthwash after training.", "saline mouthwash"),
    # Two strengths of bare saline: the normal-saline arm stays the placebo, as the gold sets read it.
    ("Infants with bronchiolitis were randomised to nebulised 3% saline or 0.9% saline.", "placebo"),
    ("Children with cystic fibrosis inhaled 7% hypertonic saline or isotonic saline twice daily.", "placebo"),
    # Saline as the dummy beside a drug stays placebo.
    ("Patients were randomised to intra-articular hyaluronate or saline injection.", "placebo"),
    ("Rats received lidocaine or saline before the incision.", "placebo"),
    ("Adults used mometasone nasal spray 100 µg daily or isotonic saline spray.", "placebo"),
])
def test_saline_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Children were randomised to three days of amoxicillin or seven days of amoxicillin.", "7-day amoxicillin"),
    ("Five days of ceftriaxone was non-inferior to ten days in 400 adults with cellulitis.", "10-day ceftriaxone"),
    ("Women with cystitis were randomised to 3 days of nitrofurantoin versus 7 days.", "7-day nitrofurantoin"),
    ("Three days of azithromycin worked as well as a full week for adults with sinusitis.", "7-day azithromycin"),
    ("Five days of high-dose cefalexin did not lower relapse compared with three days of standard dosing.",
     "3-day standard-dose cefalexin"),
    ("Patients were randomised to dose escalation or fixed-dose febuxostat 80 mg/day.", "fixed-dose febuxostat"),
    ("We compared titration to a heart-rate target with fixed-dose bisoprolol in 300 patients.", "fixed-dose bisoprolol"),
    # A course length beside a placebo arm is not a course comparison.
    ("Patients took 10 days of doxycycline or placebo.", "placebo"),
    ("After 14 days of treatment, pain was lower than with placebo.", "placebo"),
])
def test_same_drug_course(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jump height was no different after rolling than after no rolling.", "no treatment"),
    ("Soreness was lower in the massaged calf than in the untreated calf.", "no treatment"),
    ("Rowers who used the massage gun recovered faster than those assigned to passive rest.", "no treatment"),
    ("Patients who chewed gum after hip surgery went home sooner than patients who got the usual post-operative care.",
     "treatment as usual"),
    ("Half the volunteers wore the brace and the other half received standard care.", "treatment as usual"),
])
def test_news_and_sports_controls(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Letrozole gave more live births than clomiphene citrate in 300 women with anovulation.", "clomiphene citrate"),
    ("Patients were randomised to nebivolol or metoprolol succinate for 12 weeks.", "metoprolol succinate"),
    ("Letrozole gave more live births than clomiphene in 300 women.", "clomiphene"),
    ("Patients were randomised to nebivolol or metoprolol tablets for 12 weeks.", "metoprolol"),
])
def test_salt_written_as_the_name(text: str, expected: str) -> None:
    assert parse_comparator(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bolused ewes had fewer cases of swayback than neighbouring unbolused ewes over two seasons.", "no treatment"),
    ("Vaccinated calves gained more weight than unvaccinated calves on the same farm.", "no treatment"),
    ("Sprayed orchards lost less fruit to scab than unsprayed orchards in 2022.", "no treatment"),
    # An un- word that describes rather than withholds names no arm.
    ("Treated patients with uncomplicated malaria cleared parasites within three days.", None),
])
def test_un_treated_arm(text: str, expected: str | None) -> None:
    assert parse_comparator(text) == expected
