"""Table rows as claims (convention 4): each data row of a table of studies is one claim
whose evidence is the row's line, its fields read cell by cell where the header names
the columns (``extractors.tables``), else from the whole line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractors import fields
from extractors.attribution import MARKER_KINDS, Attribution, expand_markers, find_attributions, study_from
from extractors.fields.comparator import drug_mentions
from extractors.fields.dose_background import without_background_doses
from extractors.fields.outcomes import is_generic
from extractors.passages import readable
from extractors.per_document import per_document
from extractors.tables import Cell, Row, Table
from pipeline.model import Dose, Study

_ABBREVIATION_CELL = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]{1,10}$")
_SHORT_NAME = re.compile(r"^[A-Za-z][A-Za-z-]+(?: [A-Za-z-]+)?$")
# A cell that is an arm's name in plain words: "Salt and soda rinse", "Diet and exercise advice".
_ARM_NAME_CELL = re.compile(r"^[A-Za-z][A-Za-z'’-]*(?:\s+(?:[A-Za-z][A-Za-z'’-]*|&|\+)){1,5}$")
_SUP_AFTER_YEAR = re.compile(r"(?<=(?:19|20)\d\d)[a-z]?\s+(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\s*$")
_GLUED_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(\d{1,3})(?![\d.,/-])")
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d\d)[a-z]?\s*$")
_CARD_KEYS = frozenset(["methods", "method", "design", "participants", "population", "interventions", "intervention",
                        "outcomes", "outcome", "notes", "results", "comparator", "control", "setting", "duration",
                        "trial design", "study design", "trial length", "study length", "number of subjects",
                        "number of participants", "sample size", "subjects", "sex", "effect", "dose", "dosage"])
# A registry record's design fields, as a press release's "Study record" box copies them: three of them
# make the box one study's card; fewer beside its administrative fields leave it a fact box.
_RECORD_KEYS = frozenset(["enrollment", "enrolment", "actual enrollment", "arms", "arm", "allocation", "masking",
                          "primary outcome", "primary outcomes", "primary outcome measure", "primary outcome measures",
                          "secondary outcome", "secondary outcomes"])
# The fields of a trial's "at a glance" box: who runs it and where it stands, no design or result.
_ADMIN_KEYS = frozenset(["registry id", "registry", "registration", "trial registration", "identifier", "trial id", "nct number",
                         "status", "recruitment status", "sponsor", "funder", "funding", "start date", "end date",
                         "completion date", "contact", "location", "locations", "sites", "principal investigator",
                         "chief investigator", "phase", "last updated", "first posted"])
_GRID_MARK = re.compile(r"(?:(?:yes|no|y|n|unclear|low|high|some\s+concerns|\?|[✓✔✗✘×+\-–—]|n/?a|nr)\s*)+",
                        re.IGNORECASE)
_NO_DATA = re.compile(r"^\W*(?:no\s+data|no\s+studies|not\s+reported|nr|n/?a|none)\W*$", re.IGNORECASE)
# A first cell that is a time point or level, not a study: "7", "Week 4", "Day 21", "Baseline", "10 mg".
_LEVEL_CELL = re.compile(
    r"^\W*(?:(?:day|week|month|visit|hour|wk|d)\s*)?\d+(?:\.\d+)?\s*(?:mg|g|ml|h|hrs?|hours?|days?|weeks?|wks?|months?|min|%)?\W*$"
    r"|^\W*(?:baseline|end\s+of\s+treatment|follow[-\s]?up|screening)\W*$",
    re.IGNORECASE,
)
_OUTCOMES_WITH_ARMS = re.compile(r"\boutcomes?\b", re.IGNORECASE)
# A Control cell "Nothing", "Nil", or "No vest" / "No plug": the control arm got none of what was tested.
_NOTHING_GIVEN = re.compile(r"^\W*(?:(?:nothing|nil)\b(?!\s+(?:to|of|else))|no\s+[a-z][\w-]*\s*$)", re.IGNORECASE)
_NEITHER = re.compile(r"^\W*(?:neither|none|no\s+difference|equal|equivocal|not\s+significant|ns|no\s+significant\s+difference)\b")
_VERSUS = re.compile(r"\s(?:vs[.,]?|versus|compared\s+(?:with|to))\s", re.IGNORECASE)
# A population or species cell that counts its members: "Mice (30)", "Rats (n = 24)", "Children, n=60".
_COUNTED_CELL = re.compile(
    r"^\W*[A-Za-z][A-Za-z\s'’/-]{0,40}?(?:\((?!\s*(?:19|20)\d\d\s*\))\s*(?:[Nn]\s*=\s*)?(\d{1,3}(?:,\d{3})+|\d+)\s*\)"
    r"|,?\s+[Nn]\s*=\s*"
    r"(\d{1,3}(?:,\d{3})+|\d+))\W*$"
)
# A population cell stating its count among other details: "IBS (n = 101, 52 PO), Rome II"; "Micromass, 6 donors".
_LEADING_N = re.compile(r"\s*[Nn]\s*=\s*\d")
_STATED_N = re.compile(r"\(\s*[Nn]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b")
_GROUP_SEPARATOR = re.compile(r";|\s+(?:and|plus|\+)\s+|,\s+(?=[A-Za-z][A-Za-z\s'’/-]{0,40}?\()")
# A note over or under a table saying "=" between two groups' results means no difference
# ('Note: "=" denotes no significant difference between intervention and control').
_EQUALS_NOTE = re.compile(
    r"[\"“'‘]?=[\"”'’]?\s+(?:denotes|indicates|means|represents|signifies|marks)\s+(?:an?\s+)?"
    r"(?:no\s+(?:statistically\s+)?significant\s+difference|no\s+difference|(?:statistically\s+)?non-?\s?significant|"
    r"not\s+(?:statistically\s+)?significant)", re.IGNORECASE)
_NOTE_REACH = 1_000  # characters around a table where its note may stand
# Two groups' results set against each other: "INT (86 ± 10) = CTRL (83 ± 10)".
_GROUPS_COMPARED = re.compile(r"\)\s*([=<>≤≥])\s*[A-Za-z]")
# An N cell listing its arms as "<arm> = <count>", the separators sometimes lost in the copy:
# "Control = 12; ALA = 12", "Control = 224ALA = 230", "Placebo: 40, Drug A: 42".
_ARM_COUNT = re.compile(r"[A-Za-z](?:[^=:;,]|,(?=\d{3}))*?\s*[=:]\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.%])[\s;,]*")
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# An arm's name in an "Arm" or "Group" column, which says which arm but not what it got.
_ARM_LABEL = re.compile(r"[A-Z]|(?:active|control|intervention|experimental|treatment|study|comparison)(?:\s+(?:arm|group))?|"
                        r"(?:arm|group)\s*[A-Z0-9]?", re.IGNORECASE)
_ARM_PREFIXED = re.compile(r"[A-Z]{1,2}\s?:\s*\S")  # "T: 65 (59–71)", "C: 38": a value cell naming its arm by a letter
_LABEL_CHARS = 15  # an arm's label in a Group column: "E", "C", "Control", "Intervention"
# An N cell of the arms' sizes alone.
_ARM_SIZES_CELL = re.compile(r"\s*\d{1,5}(?:\s*(?:\+|/|vs\.?|versus|and)\s*\d{1,5}){1,3}\s*")
_DIGITS = re.compile(r"\d+")
_LEADING_INT = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|mg|g\b|ug|µg|mcg|ml|kg))")


@dataclass
class RowClaim:
    """One claim of a table: its span in the document text, study, field values and
    the finding as its cell states it."""

    start: int
    end: int
    study: Study
    values: fields.FieldValues
    finding: str | None
    card: bool = False  # the whole table is one study's card


# Columns that make a table one of studies or results, not a dosing or product guide.
_STUDY_ROLES = frozenset({"study", "reference", "n", "finding", "outcome", "comparator", "favours"})


def table_claims(table: Table, text: str, abbreviations: dict[str, str]) -> list[RowClaim]:
    """The claims of a table: one per data row that names a study or reports a result,
    one for a whole study card, none for a results-by-time-point table or a quality grid."""
    if _key_value(table):
        return [_card(table, text)]
    if _fact_box(table):
        return []
    if _results_table(table, text):
        return []
    claims = []
    equal_is_null = bool(table.rows) and _EQUALS_NOTE.search(
        text, max(0, table.rows[0].start - _NOTE_REACH), table.rows[-1].end + _NOTE_REACH) is not None
    study_row: Row | None = None  # the row of the last claim, whose study an arm row below continues
    cited = _CellCitations()
    measured: dict[str, list[str]] = {}  # the measures each Outcome or Finding cell names, read once: they repeat down the rows
    for row in table.data_rows:
        line = text[row.start:row.end]
        marks = [cell.reading for cell in row.cells[1:] if cell.reading]
        if marks and all(_GRID_MARK.fullmatch(mark) for mark in marks):
            continue  # a quality-assessment grid: "Randomised | Yes | No | Unclear"
        if table.roles and claims and study_row is not None and (arm := _arm_row(table, row, study_row, cited)) is not None:
            _join_arm(claims[-1], table, arm)
            continue
        if table.roles:
            study, values, finding = _mapped_row(table, row, text, abbreviations, cited, measured)
            if not (study.attributed or reports_result(values) or values.comparator or values.outcome_measures):
                continue
            if not (study.attributed or _STUDY_ROLES & set(table.roles) or values.n is not None or values.direction not in (None, "unknown")):
                continue  # a dosing guide ("Loading approach | Duration | Daily dose"): doses alone are not a study
            if finding and _NO_DATA.match(finding) and values.n is None:
                continue  # "0 studies | No data"
        else:
            study = study_from(find_attributions(line), line)
            values, finding = _row_values(line, abbreviations), None
            if not (study.attributed or values.n is not None or values.direction != "unknown"):
                continue  # a price list or product table: doses alone are not a study
        if equal_is_null and values.direction == "unknown" and (signs := _GROUPS_COMPARED.findall(line)) and set(signs) == {"="}:
            values.direction = "null"  # every comparison in the row is "=", which the table's note reads as no difference
        claims.append(RowClaim(row.start, row.end, study, values, finding))
        study_row = row
    return claims


class _CellCitations(dict[tuple[int, int, str], list[Attribution]]):
    """The attributions of one table's cells, each cell read once: whether a row is a further arm reads its
    first cell and the Study cell above, which the row's own study and the row above have read already.
    Offsets count from the cell's start, a part carried on to a line below included."""

    def of(self, cell: Cell) -> list[Attribution]:
        key = (cell.start, cell.end, cell.text)
        found = self.get(key)
        if found is None:
            found = self[key] = [a.shifted(part.start - cell.start) if part is not cell else a
                                 for part in (cell, *cell.more) for a in find_attributions(part.text)]
        return found


def _arm_row(table: Table, row: Row, above: Row, cited: _CellCitations) -> Row | None:
    """The row as a further arm of the study in the row above it, or None: a review table set one row per arm
    ("Marsh 2015 | RCT | I | 40 | Zinc + ORS" over "| | C | 38 | ORS alone"), the study cell left blank or
    repeated. A copy that lost the cells spanning both arms left-aligns what remains ("C | 38 | ORS alone | ||||"):
    those cells are moved right, into empty trailing ones, to where the row above has a label and a count as
    its first two are."""
    cells = row.cells
    if len(cells) > 2 and cells[0].text and (_ARM_PREFIXED.match(cells[0].text) or not cited.of(cells[0])):
        shift = next((k for k in range(1, len(cells) - 1) if not any(c.text for c in cells[len(cells) - k:])
                      and all(c.text for c in above.cells[:k]) and len(above.cells) > k + 1
                      and _lined_up(cells[:len(cells) - k], above.cells[k:])), 0)
        if shift:
            row = Row(row.start, row.end, [Cell(row.start, row.start, "")] * shift + cells[:len(cells) - shift])
    above_study, own_study = table.cell_for(above, "study"), table.cell_for(row, "study")
    if above_study is None or not (own_study is None or own_study.reading == above_study.reading) or not cited.of(above_study):
        return None  # a blank Reference cell alone is an uncited row, a repeated "RCT" in a Study (type) column no study
    treatment, above_treatment = _treatment_cell(table, row), _treatment_cell(table, above)
    if treatment is None or table.cell_for(row, "n") is None or (above_treatment and treatment.reading == above_treatment.reading):
        return None  # the same treatment again is another outcome or time point of the arm above, not a new arm
    return row


def _treatment_cell(table: Table, row: Row) -> Cell | None:
    """What the row's arm got: its Intervention cell, or its Regimen cell where no column names the treatment."""
    return table.cell_for(row, "intervention") or ("intervention" not in table.roles and table.cell_for(row, "dose")) or None


def _lined_up(cells: list[Cell], above: list[Cell]) -> bool:
    """Whether a shifted arm row's cells stand under the row above's: its first cell and at least one more
    hold what the cell above holds, and no cell holds a different kind of thing than the one above it."""
    shapes = [(_shape(cell.reading), _shape(over.reading)) for cell, over in zip(cells, above) if cell.reading]
    agreeing = [own == over != "other" for own, over in shapes]
    return len(agreeing) > 1 and agreeing[0] and sum(agreeing) > 1 \
        and not any(own != over and "other" not in (own, over) for own, over in shapes)


def _shape(cell: str) -> str:
    """What a cell holds, to line an arm row's cells up with the row above: a count, a short label, a value
    prefixed by its arm ("T: 65 (59–71)" over "C: 64 (54–70)"), or other."""
    if _COUNT_CELL.fullmatch(cell):
        return "count"
    if _ARM_PREFIXED.match(cell):
        return "arm value"
    return "label" if cell and len(cell) <= _LABEL_CHARS and not any(ch.isdigit() for ch in cell) else "other"


def _total_beside(table: Table, arm: Row) -> bool:
    """Whether the study's N came from a total column the arm row leaves blank ("Included patients | ... |
    Patients per group"): the study's count already holds the arm's, which is not added again."""
    counts = [index for index, role in enumerate(table.roles) if role == "n"]
    return len(counts) > 1 and not (counts[0] < len(arm.cells) and arm.cells[counts[0]].text)


def _join_arm(claim: RowClaim, table: Table, arm: Row) -> None:
    """Add an arm row to its study's claim: its count to the study's N, its treatment as the comparator
    when no column names one, its line to the evidence."""
    counted = _LEADING_INT.match(table.cell_for(arm, "n").reading)  # type: ignore[union-attr]
    if counted and claim.values.n is not None and not _total_beside(table, arm):
        claim.values.n += int(counted.group(1).replace(",", ""))
    treatment = next((c.reading for role, c in zip(table.roles, arm.cells)
                      if role in ("intervention", "dose") and c.reading and not _ARM_LABEL.fullmatch(c.reading)), None)
    if "comparator" not in table.roles and treatment:
        claim.values.comparator = _comparator_cell(treatment) or claim.values.comparator
    claim.end = arm.end


def _card(table: Table, text: str) -> RowClaim:
    """One study described by a two-column table of fields ("Methods | ...",
    "Participants | N = 51", "Interventions | ..."): one claim for the whole table."""
    start, end = table.rows[0].start, table.rows[-1].end
    chunk = text[start:end]
    values = fields.extract_facts(readable(chunk))
    if values.n is None:  # "Number of Subjects | 11": a field row read on its own
        values.n = next((n for row in table.rows if (n := fields.parse_n(text[row.start:row.end])[0]) is not None), None)
    attributions = [a for a in find_attributions(chunk) if a.kind not in MARKER_KINDS]
    return RowClaim(start, end, study_from(attributions, chunk), values, None, card=True)


_NAME_BEFORE_DOSE = re.compile(r"\s+(?=\d)")
_OPENS_WITH_COUNT = re.compile(r"\s*(?:[nN]\s*=\s*)?\d")


def _mapped_row(table: Table, row: Row, text: str, abbreviations: dict[str, str],
                cited: _CellCitations, read: dict[str, list[str]]) -> tuple[Study, fields.FieldValues, str | None]:
    """Study, field values and finding of a row, each read from its own column."""
    texts: dict[str, str] = {}  # the first non-empty cell per role, as Table.cell_for finds it
    for role, found in zip(table.roles, row.cells):
        if role == "n" and "n" in texts and not _OPENS_WITH_COUNT.match(texts["n"]) and _OPENS_WITH_COUNT.match(found.reading):
            texts.setdefault("population", texts["n"])  # "Who | N": the people in one column, their count in the next
            texts["n"] = found.reading
        elif role and found.reading:
            texts.setdefault(role, found.reading)

    def cell(role: str) -> str:
        return texts.get(role, "")

    line = text[row.start:row.end]
    study = _row_study(table, row, line, cell, cited)
    n, n_detail = fields.parse_n(cell("n")) if cell("n") else (None, {})
    if n is None and (arms := _ARM_SIZES_CELL.fullmatch(cell("n"))):
        n_detail = {"arms": [int(size) for size in _DIGITS.findall(arms.group(0))]}  # "45 + 45", "30 vs 30", "50/50": each arm's size
        n = sum(n_detail["arms"])
    if n is None and (leading := _LEADING_INT.match(cell("n"))):
        n = int(leading.group(1).replace(",", ""))
    if n is None:
        n = _counted(table, row, cell)
    if n is None and not cell("n"):
        n = _sexes_counted(table, row)
    if n is None and not cell("n") and cell("design"):
        n, n_detail = fields.parse_n(cell("design"))  # "Double-blind RCT. A total of 49 patients were recruited."
    if n is None and not cell("n") and cell("finding"):
        n, n_detail = fields.parse_n(cell("finding"))  # "No effect (SMD -0.50; 5 studies, n=822)"
    # A Design cell tells the arms when no column names the treatment: "(a) K 0.5 mg/kg (n=13) (b) PBO (n=13)".
    dose_text = cell("dose") or cell("intervention") or cell("design")
    unit = table.unit_for("dose")
    if dose_text and unit and not re.search(r"[a-zµμ]", dose_text, re.IGNORECASE):
        dose_text = f"{dose_text} {unit}"
    if dose_text and not cell("comparator") and (versus := _VERSUS.search(dose_text)) and _comparator_cell(dose_text[versus.end():].strip()):
        dose_text = dose_text[:versus.start()]  # "Exclusive enteral nutrition vs prednisolone 1 mg/kg/day": the comparator's dose is not the claim's
    doses = fields.parse_doses(dose_text) if dose_text else []
    if not doses and not dose_text:  # no column names the treatment: a dose in an unnamed one ("Add-on" read as no role)
        doses = next((found for role, head, c in zip(table.roles, table.rows[0].cells, row.cells) if role is None and c.reading
                      and (found := fields.parse_doses(c.reading) or _headed_strength(head.reading, c.reading))), [])
    if not doses and dose_text:
        doses = _bare_strengths(dose_text)
    elif doses and dose_text and _OPENING_STRENGTHS.match(dose_text):
        # "0.005% + 5-FU 5%, 4 days": the column's own agent at its bare strength, then an add-on named with its own
        opening = [dose for dose in _bare_strengths(dose_text) if all((dose.value, dose.unit) != (d.value, d.unit) for d in doses)]
        doses = opening + doses
    if cell("timing"):
        doses = [replace(dose, timing=dose.timing or cell("timing")) for dose in doses]  # the parsed doses are shared
    finding = cell("finding") or None
    if finding is None and "finding" not in table.roles and study.attributed:
        finding = _stated_finding(table, row)  # "| L-Theanine reduces time to fall asleep | ... | An et al. (2024) |"
    if finding is None and "finding" not in table.roles and cell("outcome") and (
            fields.parse_direction(cell("outcome")) != "unknown"):
        finding = cell("outcome")  # an "Outcome" column telling what happened: "Lameness improved; stride unchanged"
    # A finding column headed by the measure it reports ("PD reduction (mm)", "HAMD change"): its header names the outcome
    measured = cell("outcome") or (_header_of(table, "finding") if finding and finding == cell("finding") else "")
    headed = [_header_of(table, "outcome")] if finding is not None and finding == cell("outcome") else []  # "SALT outcome" over "Less regrowth"
    if "outcome" not in table.roles and _OUTCOMES_WITH_ARMS.search(_header_of(table, "intervention")):
        measured = cell("intervention")  # "Outcome, Interventions": the measure and the arms in one column
    comparator = _comparator_cell(cell("comparator"))
    if comparator and dose_text:
        doses = without_background_doses(dose_text, doses, comparator)  # "X 40 mg + Y 0.75% gel" | "Y 0.75% gel alone"
    treatment = cell("intervention") or cell("dose")  # what was given, which may say what the finding is for
    if "comparator" not in table.roles:
        # "Reduced tubular injury vs vehicle"; a Design cell "Randomized, double-blind, placebo-controlled"
        comparator = (fields.parse_comparator(finding) if finding else None) or (
            fields.parse_comparator(cell("design")) if cell("design") else None) or (
            fields.parse_comparator(cell("outcome")) if cell("outcome") else None)  # "Bench-press strength +6.1 kg vs placebo"
        if comparator is None and treatment and _VERSUS.search(treatment):
            comparator = _comparator_cell(treatment)  # "Azathioprine 2.5 mg/kg/day vs no treatment"
        if comparator is None and treatment:
            comparator = fields.parse_comparator(treatment)  # "2.1 with ginger, 1.5 with placebo": both arms' results
    given_to = " ".join(c for c in (treatment, cell("population"), cell("n")) if c)  # "500 µg/kg pour-on" to "48 steers"
    # the arm as the row names it: a finding cell says "Paracetamol group improved more", not its generic name
    named_arm = _NAME_BEFORE_DOSE.split(cell("comparator").lower())[0] if comparator and comparator not in fields.CONTROLS and cell("comparator") else comparator
    direction = fields.parse_direction(finding, named_arm, measured or None, given_to or None) if finding else "unknown"
    if cell("favours") and direction in ("unknown", "positive", "negative"):
        direction = _favoured(cell("favours"), comparator)
    values = fields.FieldValues(
        n=n,
        n_detail=n_detail,
        dose=doses,
        comparator=comparator,
        outcome_measures=_outcome_cells(measured, finding, abbreviations, [*_further_outcome_cells(table, row, measured), *headed], read),
        population=(fields.parse_population(cell("population")) or cell("population")) if cell("population") else None,
        direction=direction,
        ongoing_trial=fields.parse_ongoing(line),
    )
    return study, values, finding


def _favoured(favours: str, comparator: str | None) -> str:
    """The direction a "Favours" cell gives: the arm the review judged better. Naming the
    comparator (or any control) is negative, "neither" or "no difference" null, anything
    else names the treatment."""
    lowered = favours.lower()
    if _NEITHER.search(lowered):
        return "null"
    named = fields.parse_comparator(f"versus {favours}")
    if named in fields.CONTROLS or (comparator and (named == comparator or comparator in lowered)):
        return "negative"
    return "positive"


def _stated_finding(table: Table, row: Row) -> str | None:
    """The first cell of an unnamed column that states a direction: a cited row's claim
    told in a column the header does not name as a finding ("Claim", "Observation")."""
    for role, found in zip(table.roles, row.cells):
        if role is None and found.reading and fields.parse_direction(found.reading) != "unknown":
            return found.reading
    return None


def _counted(table: Table, row: Row, cell: Callable[[str], str]) -> int | None:
    """N from a cell that counts the population it names ("Mice (30)", "Adults (n = 120)"):
    the N cell, or without one the population cell or a cell of an unnamed column."""
    if cell("n"):
        if arms := _arm_counts(cell("n")):
            return sum(arms)
        candidates = [cell("n")]
    else:
        candidates = [cell("population")] + [c.reading for role, c in zip(table.roles, row.cells) if role is None]
    for text in candidates:
        groups = [part for part in _GROUP_SEPARATOR.split(text) if part.strip()]
        counted = [_COUNTED_CELL.match(part) for part in groups]
        if counted and all(counted):  # "MDD-D (n = 8); BD-D (n = 2)": the groups summed
            return sum(int((m.group(1) or m.group(2)).replace(",", "")) for m in counted)
    if not cell("n") and not cell("population"):  # an unnamed column opening "n = 40, participants with ..."
        opening = next((c.reading for role, c in zip(table.roles, row.cells) if role is None and _LEADING_N.match(c.reading)), None)
        return fields.parse_n(opening)[0] if opening else None
    if cell("n"):
        return None
    stated = _STATED_N.findall(cell("population"))
    if len(stated) == 1:
        return int(stated[0].replace(",", ""))
    return fields.parse_n(cell("population"))[0] if not stated else None  # "Micromass, 6 donors"


def _headed_strength(head: str, cell: str) -> list[Dose]:
    """A bare strength ("12.5%") under a column named by what was given ("Dextrose",
    "Lidocaine"): the header says whose strength it is, and the dose parser still decides
    whether the header names a substance ("Response" over "40%" gives no dose)."""
    return fields.parse_doses(f"{head} {cell}") if _BARE_STRENGTH.fullmatch(cell.strip()) else []


_BARE_STRENGTH = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")
_STRENGTH = r"\d{1,2}(?:\.\d+)?\s?%"
_OPENING_STRENGTHS = re.compile(rf"\s*{_STRENGTH}(?:\s*(?:,|or|and|/)\s*{_STRENGTH})*(?![\w%])(?!\s*(?:of|vs|versus)\b)")
# A Treatment cell that is an agent and its strength alone: "Anthralin 1%", "Coal tar 5%".
_NAMED_STRENGTH = re.compile(rf"\s*[A-Za-z][\w-]{{2,}}(?:\s+[A-Za-z][\w-]{{2,}}){{0,2}}\s+(?P<strength>{_STRENGTH})\s*")


def _bare_strengths(cell: str) -> list[Dose]:
    """A Dose or Formulation cell that opens with bare strengths ("7.5% QD", "1% or 2%, once
    weekly"), or a Treatment cell of an unlisted agent and its strength ("Anthralin 1%"): the column
    says they are what was given, though no listed substance is named beside them."""
    if named := _NAMED_STRENGTH.fullmatch(cell):
        return [Dose(value=float(named["strength"].rstrip("% ")), unit="%", text=named["strength"])]
    opening = _OPENING_STRENGTHS.match(cell)
    if opening is None:
        return []
    return [Dose(value=float(found.group(0).rstrip("% ")), unit="%", text=found.group(0))
            for found in re.finditer(_STRENGTH, opening.group(0))]


def _sexes_counted(table: Table, row: Row) -> int | None:
    """N from the row's "M/F" cells ("10/19", one per arm under "T | C"): each splits
    people by sex, so together they count everyone. Shares ("M/F (%)") count no one."""
    split = [found.reading for role, head, found in zip(table.roles, table.rows[0].cells, row.cells)
             if role == "sex" and "%" not in head.reading and found.reading]
    counts = [_SEX_SPLIT.fullmatch(cell.strip()) for cell in split]
    return sum(int(m.group(1)) + int(m.group(2)) for m in counts if m) if counts and all(counts) else None


_SEX_SPLIT = re.compile(r"(\d{1,5})\s*/\s*(\d{1,5})")


def _arm_counts(cell: str) -> list[int]:
    """The counts of an N cell made only of two or more "<arm> = <count>" pieces."""
    if "=" not in cell and ":" not in cell:
        return []
    counts, at = [], 0
    while at < len(cell) and (piece := _ARM_COUNT.match(cell, at)):
        counts.append(int(piece.group(1).replace(",", "")))
        at = piece.end()
    return counts if at == len(cell.rstrip()) and len(counts) >= 2 else []


# Where a Study cell's first author's name ends: "Halvorsen & Lie", "Osei and Lind", "Marsh, Cole", "Yeo et al".
_FIRST_NAMED = re.compile(r",|\s+(?:&|and)\s+|\s+et\.?\s+al\b")


def _row_study(table: Table, row: Row, line: str, cell: Callable[[str], str], cited: _CellCitations) -> Study:
    """The study of a row from its Study and Reference cells ("Marsh et al. 2015 [7]"
    gives both), a bare number in the Reference cell, or a surname plus a Year column."""
    cells = [c for c in (table.cell_for(row, "study"), table.cell_for(row, "reference")) if c]
    attributions = [a.shifted(c.start - row.start) for c in cells for a in cited.of(c)]
    bare_markers = expand_markers(cell("reference").strip("[]()^ ")) if cell("reference") else []
    if (trailing := _SUP_AFTER_YEAR.search(cell("study"))) and not any(a.markers for a in attributions):
        bare_markers += expand_markers(trailing.group(1))  # "Marsh 2015 3": a <sup>3</sup> rendered as text
    if not attributions and not bare_markers:
        bare_markers = _markers_in_ref_column(table, row)  # "Drug (ref)" over "Hyoscine (2)"
    study = study_from(attributions, line)
    if study.first_author and study.year is None and (glued := _GLUED_YEAR.search(cell("study") or cell("reference"))):
        study.year = int(glued.group(1))  # "Ionescu et al, 201946": a superscript 46 glued to the year
        bare_markers.append(glued.group(2))
    study.markers = list(dict.fromkeys(study.markers + bare_markers))
    if not study.label and bare_markers:
        study.label = cell("reference")
    year = _YEAR_CELL.match(cell("year"))
    if cell("study") and not study.first_author and year:
        study.first_author = _FIRST_NAMED.split(cell("study"), maxsplit=1)[0].strip()  # "Halvorsen & Lie", "Osei, Lind"
        study.year = int(year.group(1))
        study.label = f"{cell('study')} {year.group(1)}"
    elif year and study.year is None:
        study.year = int(year.group(1))
    return study


_REF_UNIT = re.compile(r"refs?\.?|references?", re.IGNORECASE)
_TRAILING_REF = re.compile(r"[(\[](\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)[)\]]\s*$")


def _markers_in_ref_column(table: Table, row: Row) -> list[str]:
    """The reference numbers a column headed "Drug (ref)" or "Study (refs)" gives its cells in brackets;
    or, in a table with no reference column but its own N column, those every cell of its study or
    treatment column ends on ("Agent" over "Exenatide (4)", "Liraglutide (8)")."""
    for index, unit in enumerate(table.units):
        if unit and _REF_UNIT.fullmatch(unit) and index < len(row.cells) and (
                ref := _TRAILING_REF.search(row.cells[index].text)):
            return expand_markers(ref.group(1))
    if "reference" in table.roles or "n" not in table.roles or len(table.rows) < 3:
        return []
    for index, role in enumerate(table.roles):
        if role in ("study", "intervention") and index < len(row.cells) and (ref := _TRAILING_REF.search(row.cells[index].text)) and all(
                index < len(other.cells) and _TRAILING_REF.search(other.cells[index].text) for other in table.rows[1:]):
            return expand_markers(ref.group(1))
    return []


# A flattened row's count: the bare number right after the study and its country ("Wu et al., 2012; Taiwan 60 2–14 years"),
# where the header had its "n" column; not a range, a share, a dose or an age.
_BARE_COUNT_AFTER_STUDY = re.compile(
    r"[\s;,)\]]*(?:(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})\s+)?(?P<n>\d{2,5})(?=\s+(?:\d|[A-Z]))(?![\d.,%–-])"
)


def _row_values(line: str, abbreviations: dict[str, str]) -> fields.FieldValues:
    n, n_detail = fields.parse_n(line)
    if n is None and (citations := [a for a in find_attributions(line) if a.year]) and (
            bare := _BARE_COUNT_AFTER_STUDY.match(line, citations[0].end)):
        n = int(bare["n"])
    return fields.FieldValues(
        n=n,
        n_detail=n_detail,
        dose=fields.parse_doses(line),
        comparator=fields.parse_comparator(line),
        outcome_measures=fields.parse_outcomes(line, abbreviations),
        population=fields.parse_population(line),
        direction=fields.parse_direction(line),
        ongoing_trial=fields.parse_ongoing(line),
    )


def _header_of(table: Table, role: str) -> str:
    """The header cell's text of the first column with ``role``."""
    header = table.rows[0]
    return next((c.reading for r, c in zip(table.roles, header.cells) if r == role), "") if header.header else ""


def _further_outcome_cells(table: Table, row: Row, measured: str) -> list[str]:
    """The row's cells in every Outcome column besides ``measured``: "Outcome measures |
    Grading scale" may tell what happened in the first and name the scale in the second."""
    return [found.reading for role, found in zip(table.roles, row.cells)
            if role == "outcome" and found.reading and found.reading != measured]


def _outcome_cells(outcome: str, finding: str | None, abbreviations: dict, further: tuple[str, ...] | list[str] = (),
                   read: dict[str, list[str]] | None = None) -> list[str]:
    """Measures named in the Outcome cells and the Finding cell; an Outcome cell that is a
    bare abbreviation the lexicon does not know ("FSQ") is that measure. ``read`` keeps what
    cells of the same table named (never changed here)."""

    def named_in(cell: str) -> list[str]:
        if read is None:
            return fields.parse_outcomes(cell, abbreviations)
        named = read.get(cell)
        if named is None:
            named = read[cell] = fields.parse_outcomes(cell, abbreviations)
        return named

    measures: list[str] = []
    for cell in (outcome, *further):
        named = named_in(cell) if cell else []
        if not named and _ABBREVIATION_CELL.match(cell):
            named = [cell]
        measures += [m for m in named if m not in measures]
    if finding:
        # "WURSS-21" | "no difference in total symptom score": the named measure's score, no second measure
        measures += [m for m in named_in(finding) if m not in measures and not (measures and is_generic(m))]
    return measures


@per_document(maxsize=256)  # a review table's Control column repeats its few cells ("Placebo") down every row
def _comparator_cell(text: str) -> str | None:
    """A Comparator/Control cell: the parser reads comparators after "versus", and a
    short name it does not know ("Niacin") is kept lowercased as the active comparator;
    in "A vs B" only B is the comparator."""
    if fields.names_no_comparator(text):
        return None
    if _NOTHING_GIVEN.match(text):
        return "no treatment"  # a Control cell "Nothing" or "Nil": the control arm got none
    if (versus := _VERSUS.search(text)) and text[versus.end():].strip():  # "Intervention and Comparison" cells
        return fields.parse_comparator(text) or _comparator_cell(text[versus.end():].strip())
    parsed = fields.parse_comparator(text) or fields.parse_comparator(f"versus {text}")
    if parsed is None and _SHORT_NAME.match(text):
        return text.lower()
    if parsed and _ARM_NAME_CELL.match(text) and _cut_short(parsed, text.lower()):
        return " ".join(text.lower().split())  # "Salt and soda rinse": the cell names the whole arm, not its first word
    return parsed


def _cut_short(parsed: str, lowered: str) -> bool:
    """Whether the parser kept only the first words of an arm the cell names in full: not a control or drug
    from the lexicons ("Sham acupuncture" is sham), but a name its "and" or "with" cut off."""
    return (parsed not in fields.CONTROLS and not drug_mentions(parsed)
            and lowered.startswith(parsed + " ") and len(lowered.split()) > len(parsed.split()))


def _key_value(table: Table) -> bool:
    """Whether a table is one study's card: two columns, and at least three rows whose
    first cell names a field of a study (Methods, Participants, Interventions, Outcomes)."""
    if len(table.rows) < 3 or any(len([c for c in row.cells if c.text]) > 2 for row in table.rows):
        return False
    keys = {row.cells[0].reading.strip("*_ :").lower() for row in table.rows if row.cells}
    return len(keys & _CARD_KEYS) >= 3 or len(keys & _RECORD_KEYS) >= 3


def _fact_box(table: Table) -> bool:
    """Whether a two-column table is a trial's administrative box ("Registry ID | NCT...",
    "Status | Recruiting", "Sponsor | ..."): the trial's claim is told in the prose around it."""
    if len(table.rows) < 3 or any(len([c for c in row.cells if c.text]) > 2 for row in table.rows):
        return False
    keys = [row.cells[0].reading.strip("*_ :").lower() for row in table.rows if row.cells]
    return sum(key in _ADMIN_KEYS for key in keys) >= 3 and sum(key in _CARD_KEYS for key in keys) < 2


def _results_table(table: Table, text: str) -> bool:
    """Whether a table gives one study's results by time point, dose level or outcome
    ("Day of study | Drug n=25 | Placebo n=21 | P", rows "7 | 20 (80) | 8 (36) | .006"):
    its first column is no study, so its rows are no claims of their own."""
    rows = table.data_rows
    if not rows:
        return False
    if table.roles and ("study" in table.roles or "reference" in table.roles):
        return False
    if table.roles and table.roles[0] in ("timepoint", "outcome"):
        return True
    return all(row.cells and _LEVEL_CELL.match(row.cells[0].reading) for row in rows) and not any(
        find_attributions(text[row.start:row.end]) for row in rows)


def arms_of_one_study(table: Table, rows: list[RowClaim]) -> bool:
    """Whether a table sets out one study's arms ("Treatment | Dogs (n) | Time pH >= 4 (%)", rows
    "Omeprazole 1 mg/kg | 12 | 68.2"): its first column names the treatment, no column names a study or a
    reference, and no row cites one. In an article with its own abstract these are that study's arms."""
    return bool(table.roles) and table.roles[0] == "intervention" and not {"study", "reference"} & set(table.roles) \
        and not any(row.study.attributed for row in rows)


def reports_result(values: fields.FieldValues) -> bool:
    """Convention 4 without an attribution: a sample size, a dose, an efficacy finding
    (or an ongoing trial, which verification must see)."""
    return bool(values.n is not None or values.dose or values.direction not in (None, "unknown") or values.ongoing_trial)
