"""A document laid out for reading: prose and comment paragraphs and the abstract as
passages for spaCy, text tables, and the spans of reference lists.

Passages index ``Document.text`` exactly (evidence offsets are taken from them); only
``readable`` changes what the field parsers see, never the offsets, and a passage joined
over a page break reads the page's furniture between as spaces of the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.attribution import may_cite, word_list
from extractors.cues import CLAIM_CUE, COMMENT_CUE, ONE_STUDY_ANNOUNCED
from extractors.quoted_posts import quotes_a_post
from extractors.stacked_tables import stacked_tables
from extractors.tables import Table, read_table, row_lines_table, table_kind
from pipeline.model import Block, Document, DocumentMeta

MAX_PASSAGE_CHARS = 100_000
_PIECE_END = re.compile(r"(?<!\bal)(?<!\bvs)(?<!\.g)(?<!\.e)(?<!\b[A-Z])[.!?]\s+(?=[A-Z])")
_READ_LABELS = {"main": "prose", "comments": "comment"}
_TABLE_KINDS = ("table_row", "table_header")
_FOOTNOTE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\s*[A-Z]")
# A paragraph opening on the writer's own experience: "My own experience: two weeks of ...".
_OWN_EXPERIENCE = re.compile(r"\W*(?:my\s+(?:own\s+|personal\s+)?experience|in\s+my\s+(?:own\s+)?experience)\s*[:,–—-]",
                             re.IGNORECASE)
# The writer's own course of a treatment, told in the first person singular ("I have been taking X every
# morning", "I gradually went up to three capsules", "I noticed no benefit from a 400 mg dose").
# (The word start is checked after the "I": a pattern led by a literal is scanned for it at C speed.)
_OWN_COURSE = re.compile(
    r"I(?<!\wI)\s+(?:(?:have|had|'ve)\s+(?:been\s+(?:taking|using|on)|taken|used|tried)|(?:first\s+|then\s+|gradually\s+|finally\s+)?(?:started|began)"
    r"\s+(?:taking|on|using)|(?:first\s+|then\s+|gradually\s+|finally\s+)?(?:went|moved|stepped)\s+up\s+to|"
    r"(?:noticed|saw|felt|got)\s+(?:no|little|some|a)\s+(?:[\w-]+\s+)?(?:benefit|difference|improvement|change|relief)\s+"
    r"(?:from|with|on)|(?:take|took|use|used|tried)\s+(?:[\w-]+\s+){0,3}?\d[\d.,]*\s*(?:mg|g|mcg|µg|iu|ml)\b)\b")
# A forum post opening on the course without its "I": "Been on phenelzine 45 mg a day for nine weeks now".
_COURSE_OPENING = re.compile(r"\W*[Bb]een\s+(?:on|taking|using)\s+\w")
_QUOTATION = re.compile(r"[\"“”]")
_LINE_HYPHEN = re.compile(r"(?<=[A-Za-z]{2})-[ \t]*\r?\n[ \t]*([a-z]+)")
_COMPOUND_TAILS = frozenset(word_list("compound_tails.txt"))
_TITLE_LABEL_CHARS = 40
# A citation of another study on the paragraph above a summary ("Study: Ahmadi R, et al. ...",
# "Reference: ..."): a journal club's review of that study, not the page's own abstract.
_CITED_ABOVE = re.compile(r"^[ \t*#>-]*(?:study|citation|reference|source|article|paper|trial|cited\s+study)\s*:\s*\S",
                          re.IGNORECASE | re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")
# An abstract that discusses other authors' trials ("This Practice Point commentary discusses the first
# two trials ... In Russell et al.'s study, ..."): its studies are those trials, read as prose.
_COMMENTARY = re.compile(
    r"\b(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:commentary|editorial|practice\s+point|perspective|viewpoint|"
    r"journal\s+club|critique|invited\s+comment)\s+(?:[\w-]+\s+)?(?:discusses|considers|reviews|examines|summari[sz]es|"
    r"highlights|appraises|evaluates|describes)\b", re.IGNORECASE)
# A sentence cut before the list that finishes it, and the items of such a list before the last one.
_DANGLING = re.compile(r"\b(?:was|were|is|are|of|by|included|includes|include|including|as\s+follows)$", re.IGNORECASE)
_LIST_START = re.compile(r"^[ \t]*(?:[*•·+\-–►▸▶▪■◦➢]|\d{1,2}[.)])\s", re.MULTILINE)
_LIST_GOES_ON = re.compile(r"(?:,|\band|\bor)$")
_LEDE_CHARS = 100
_ROW_CHARS = 40
_SECTION_CHARS = 60
_HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")
_CELL_LINES = 6  # the lines a pipe table's cell may wrap over before its closing pipe
# A row opening on its study: "Agustina et al. (40) 1–6 y", "Kara et al. 2019 Turkey", "Marsh (2015) RCT", "Wu et al., 2012; Taiwan 60".
_CITED_ROW = re.compile(r"[ \t]*[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?,?\s+"
                        r"(?:\(\s*(?:\d{1,3}|(?:19|20)\d\d[a-z]?)\s*\)|\[\d{1,3}\]|(?:19|20)\d\d[a-z]?)[;,]?\s+[\dA-Z(]")
_STUDY_FOUND = re.compile(r"\b(?:study|trial|research|researchers)\b[^.]{0,160}?\b(?:found|finds|confirmed|confirms|"
                          r"has\s+shown|showed|shows|demonstrated)\b", re.IGNORECASE)
_FURNITURE_CHARS = 200
_PAGE_BREAK_CHARS = 600
_RUNNING_CHARS = 15  # a shorter line printed again is a word, not a running head
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?", re.IGNORECASE)
_RULE = re.compile(r"[-_=─━—–*·. ]{3,}")
_SET_APART = re.compile(r"\S.{0,80}?\S {4,}\S.{0,80}")  # "Okafor et al.      Exercise in heart failure"
_BLANKED = re.compile(r"[^ ]")
_NAMED_TRIAL = re.compile(r"\b[A-Z][\w'’-]+\s+et\s+al\.?(?:'s|’s)?\s+(?:\(\d{4}\)\s+)?(?:study|trial|RCT|analysis)\b")


@dataclass
class Passage:
    """A stretch of ``Document.text`` handed to spaCy: a paragraph or the abstract."""

    start: int
    end: int
    context: str  # prose | comment | abstract
    text: str
    study: DocumentMeta | None = None  # whose abstract, for an abstract passage
    own_section: bool = False  # under a full article's Methods or Results heading: its own study's body
    account: bool = False  # a prose paragraph telling the writer's own course of a treatment: claims read as a comment's


@dataclass
class DocumentPlan:
    passages: list[Passage] = field(default_factory=list)
    tables: list[tuple[Table, str]] = field(default_factory=list)  # (table, context)
    reference_spans: list[tuple[int, int]] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # starts of passages read from heading blocks


def plan_document(document: Document) -> DocumentPlan:
    """Passages, tables and reference spans of a document, from its labelled blocks
    (a document without blocks is read as one main block)."""
    text = document.text
    plan = DocumentPlan()
    abstracts = _abstracts(document)
    for meta in abstracts:
        plan.passages.append(Passage(meta.abstract_start, meta.abstract_end, "abstract",
                                     text[meta.abstract_start:meta.abstract_end], meta))
    blocks = sorted((b for b in document.blocks if 0 <= b.start < b.end <= len(text)), key=lambda b: b.start)
    if not document.blocks:
        blocks = [Block(0, len(text), "main")]
    table_lines: list[tuple[int, int]] = []
    table_context = "prose"
    own_article = len(abstracts) == 1 and abstracts[0] is document.meta
    own_section = False
    header_hint = False
    cited_rows = _cited_rows(text, blocks)
    stacked = _stacked_outside(text, blocks)

    def flush_table() -> None:
        nonlocal table_lines, header_hint
        if len(table_lines) == 1 and table_kind(text[table_lines[0][0]:table_lines[0][1]]) == "pipe":
            _add_passage(plan, text, table_lines, table_context)  # "a | b | c" in a sentence is no table
        elif table_lines and all(start in cited_rows for start, _ in table_lines):
            plan.tables.append((row_lines_table(text, table_lines), table_context))
        elif table_lines:
            plan.tables.append((read_table(text, table_lines, header_hint), table_context))
        table_lines, header_hint = [], False

    for block in blocks:
        if stacked and block.start >= stacked[0].rows[0].start:
            # a table copied one cell per line (its lines often labelled boilerplate, each a block of its own)
            if block.end <= stacked[0].rows[-1].end:
                if not plan.tables or plan.tables[-1][0] is not stacked[0]:
                    flush_table()
                    plan.tables.append((stacked[0], "prose"))
                continue
            if block.start >= stacked[0].rows[-1].end:
                stacked.pop(0)
        if own_article and block.kind == "heading" and (role := _section_role(text[block.start:block.end])):
            own_section = role == "own"
        read_before = len(plan.passages)
        if block.label == "references":
            flush_table()
            plan.reference_spans.append((block.start, block.end))
            continue
        context = _READ_LABELS.get(block.label)
        if context is None and block.label == "metadata" and _reports_a_study(block, text):
            context = "prose"
        if context is None and table_lines and "\n" not in text[block.start:block.end].strip() and _pipe_row_piece(
                text, table_lines[0], block.start, block.end):
            table_lines.append((block.start, block.end))  # a cell the boilerplate filter took for a repeated line ("RCT |")
            continue
        if context is None or any(block.start < m.abstract_end and block.end > m.abstract_start for m in abstracts):
            flush_table()
            continue
        if context != table_context:
            flush_table()
            table_context = context
        paragraph: list[tuple[int, int]] = []
        # A row of a space-aligned table (block labeller's call) is one table line, even
        # when wrapped onto an indented line below.
        aligned = block.kind in _TABLE_KINDS and not table_kind(text[block.start:block.end].split("\n", 1)[0])
        for start, end in [(block.start, block.end)] if aligned else _lines(text, block.start, block.end):
            if aligned or table_kind(text[start:end]) or (table_lines and (
                    _pipe_row_piece(text, table_lines[0], start, end) or _cell_goes_on(text, table_lines[0], start, end))) or (
                    start in cited_rows):
                _add_passage(plan, text, paragraph, context)
                paragraph = []
                if not table_lines:
                    header_hint = block.kind == "table_header"
                table_lines.append((start, end))
                continue
            flush_table()
            if text[start:end].strip():
                paragraph.append((start, end))
            else:
                _add_passage(plan, text, paragraph, context)
                paragraph = []
        _add_passage(plan, text, paragraph, context)
        for passage in plan.passages[read_before:] if own_section else ():
            passage.own_section = True
        if block.kind == "heading" and plan.passages and plan.passages[-1].start >= block.start:
            plan.headings.add(plan.passages[-1].start)
    flush_table()
    title = _folded(document.meta.title) if abstracts and document.meta.title else None
    plan.passages = [piece for passage in plan.passages for piece in _bounded(passage) if _worth_reading(piece)
                     and not (title and passage.context == "prose" and _is_title(_folded(piece.text), title))]
    return plan


def _section_role(heading: str) -> str | None:
    """Whether a heading opens a section about the article's own study ("own": Methods,
    Results) or one citing others ("other": Introduction, Discussion); None for a subheading."""
    text = _HEADING_NUMBER.sub("", heading.strip().lstrip("#* ").rstrip(":* ")).strip()
    if len(text) > _SECTION_CHARS:
        return None
    return next((role for role, pattern in _study_sections() if pattern.fullmatch(text)), None)


@lru_cache(maxsize=1)
def _study_sections() -> list[tuple[str, re.Pattern[str]]]:
    rows = (line.split("\t", 1) for line in word_list("study_sections.tsv"))
    return [(role, re.compile(pattern, re.IGNORECASE)) for role, pattern in rows]


def _stacked_outside(text: str, blocks: list[Block]) -> list[Table]:
    """The tables copied one cell per line, each made of whole blocks outside the reference list."""
    tables = stacked_tables(text)
    if not tables:
        return tables
    starts = {block.start for block in blocks}
    ends = {block.end for block in blocks}
    references = [(block.start, block.end) for block in blocks if block.label == "references"]
    return [table for table in tables if _block_edge(text, table.rows[0].start, starts, -1)
            and _block_edge(text, table.rows[-1].end, ends, 1)
            and not any(start < table.rows[-1].end and table.rows[0].start < end for start, end in references)]


def _block_edge(text: str, position: int, edges: set[int], step: int) -> bool:
    """Whether ``position`` is a block's edge, give or take the spaces and pipes a cell's line has around it."""
    while position not in edges and 0 < position < len(text) and text[position - (step < 0)] in " \t\r|*_":
        position += step
    return position in edges


def _cited_rows(text: str, blocks: list[Block]) -> set[int]:
    """Starts of the lines of a table pasted with single spaces between its cells (a PDF's
    table saved as text: "Agustina et al. (40) 1–6 y Indonesia Healthy ... (n = 120) Placebo"):
    two or more lines in a row, each opening on a study's citation followed by a cell, not a
    verb ("Marsh et al. (2015) found ..." is prose). Each is one row, as a TAB-separated row is."""
    rows: set[int] = set()
    run: list[int] = []
    last_end = -2
    for block in blocks:
        if block.label not in _READ_LABELS or block.kind in _TABLE_KINDS:
            continue
        for start, end in _lines(text, block.start, block.end):
            if end - start >= _ROW_CHARS and _CITED_ROW.match(text, start, end) and "\t" not in text[start:end] and (
                    not run or start == last_end + 1):
                run.append(start)
            else:
                if len(run) >= 2:
                    rows.update(run)
                run = [start] if end - start >= _ROW_CHARS and _CITED_ROW.match(text, start, end) else []
            last_end = end
    if len(run) >= 2:
        rows.update(run)
    return rows


def _reports_a_study(block: Block, text: str) -> bool:
    """A news lede the block labeller took for an affiliation line by its university and
    commas ("A recent study from the University of X has confirmed that ..."): running
    sentences telling what a study found are read, whatever the label."""
    if block.kind != "paragraph" or block.end - block.start < _LEDE_CHARS:
        return False
    paragraph = text[block.start:block.end].rstrip()
    return paragraph.endswith(".") and _STUDY_FOUND.search(paragraph) is not None


def _pipe_row_piece(text: str, first: tuple[int, int], start: int, end: int) -> bool:
    """Whether a line with a single pipe at either end ("Ionescu et al, 2019 Single
    center |") continues the pipe table whose first line is ``first``: a row wrapped over
    several lines, or a table copied one cell per line, each closed by its pipe ("RCT |"),
    which ``read_table`` joins again. A lone pipe is an empty row between the header and
    the body ("|" under "| T | C |"), not the table's end."""
    line = text[start:end].strip()
    return (len(line) > 1 or line == "|") and (line.startswith("|") or line.endswith("|")) and table_kind(text[first[0]:first[1]]) == "pipe"


def _cell_goes_on(text: str, first: tuple[int, int], start: int, end: int) -> bool:
    """Whether a line without a pipe is part of a cell of the pipe table whose first line is
    ``first``: a cell wrapped over lines, closed by a pipe within a few lines ("Mean
    improvement in nausea score" / "4 days of treatment" / "2.1 with ginger 1.5 with placebo |")."""
    if not text[start:end].strip() or table_kind(text[first[0]:first[1]]) != "pipe":
        return False
    position = end
    for _ in range(_CELL_LINES):
        if position >= len(text):
            return False
        next_end = text.find("\n", position + 1)
        line = text[position + 1:len(text) if next_end < 0 else next_end].strip()
        if not line or line.startswith("|"):
            return False
        if line.endswith("|"):
            return True
        position = len(text) if next_end < 0 else next_end
    return False


def _folded(text: str) -> str:
    """Text compared as a title: casefolded, spaces collapsed, no trailing stop."""
    return " ".join(text.casefold().split()).rstrip(".:;!? ")


def _is_title(text: str, title: str) -> bool:
    """Whether a passage is the page's own title, a part of it, or it under a short label
    ("Original research: <title>")."""
    return text in title or (title in text and len(text) <= len(title) + _TITLE_LABEL_CHARS)


def readable(text: str) -> str:
    """The text as the field parsers should read it: a word a PDF hyphenated across a
    line break joined again ("short-\nened" -> "shortened"), unless the part after the
    break is a word of its own in a compound ("placebo-\ncontrolled", "long-\nterm").
    Only what the parsers see changes; evidence offsets index the text as written."""
    if "-" not in text or "\n" not in text:
        return text
    return _LINE_HYPHEN.sub(lambda m: m.group(0) if m.group(1).lower() in _COMPOUND_TAILS else m.group(1), text)


def _worth_reading(passage: Passage) -> bool:
    """Whether any sentence of the passage could be a claim: with no digit, no cue word
    and nothing that could be an attribution, tokenizing it would be wasted."""
    text = passage.text
    return (passage.context == "abstract" or CLAIM_CUE.found(text) or may_cite(text)
            or ((passage.context == "comment" or passage.account) and COMMENT_CUE.found(text)) or ONE_STUDY_ANNOUNCED.match(text) is not None)


def _abstracts(document: Document) -> list[DocumentMeta]:
    """The records whose abstract is one own-study claim: each record of a multi-record
    export, else the document's own study."""
    found: list[DocumentMeta] = []
    for meta in document.studies or [document.meta]:
        start, end = meta.abstract_start, meta.abstract_end
        if (meta.is_study and start is not None and end is not None and 0 <= start < end <= len(document.text)
                and all(end <= f.abstract_start or start >= f.abstract_end for f in found)
                and not _cited_above(document.text, start) and not _commentary(document.text[start:end])):
            found.append(meta)  # an abstract overlapping an earlier one would repeat its claim
    return found


def _commentary(abstract: str) -> bool:
    """Whether an abstract is a commentary on trials it names by their authors."""
    lower = abstract.lower()
    return ("et al" in lower and any(word in lower for word in ("comment", "editorial", "practice point", "perspective",
                                                                  "viewpoint", "journal club", "critique"))
            and bool(_COMMENTARY.search(abstract)) and bool(_NAMED_TRIAL.search(abstract)))


def _cited_above(text: str, start: int) -> bool:
    """Whether the paragraph right above an abstract cites another study under a label
    ("Study: Ahmadi R, Costa-Bell J, et al. <title>. Menopause Pract J. 2025"): the
    summary below reviews that study (a newsletter's journal club) and is read as prose."""
    head = text[max(0, start - 600):start]
    if ":" not in head:
        return False
    breaks = list(_PARAGRAPH_BREAK.finditer(head.rstrip()))
    paragraph = head[breaks[-1].end():] if breaks else head
    return bool(_CITED_ABOVE.match(paragraph.lstrip()))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]`` without its terminator."""
    lines = []
    position = start
    for line in text[start:end].split("\n"):
        length = len(line) - (1 if line.endswith("\r") else 0)
        lines.append((position, position + length))
        position += len(line) + 1
    return lines


def _bounded(passage: Passage) -> list[Passage]:
    """The passage in pieces of at most MAX_PASSAGE_CHARS, cut after a sentence end or a
    line break where there is one: spaCy refuses longer texts, and a 50 MB page without
    paragraph breaks must not stop the run."""
    pieces = []
    start, text = passage.start, passage.text
    while len(text) > MAX_PASSAGE_CHARS:
        window = text[:MAX_PASSAGE_CHARS]
        tail = MAX_PASSAGE_CHARS - 10_000
        stops = [m.end() for m in _PIECE_END.finditer(window, tail)]
        cut = window.rfind("\n", tail) + 1 or (stops[-1] if stops else 0) or window.rfind(" ") + 1 or MAX_PASSAGE_CHARS
        pieces.append(Passage(start, start + cut, passage.context, text[:cut], passage.study, passage.own_section,
                              passage.account))
        start, text = start + cut, text[cut:]
    pieces.append(Passage(start, start + len(text), passage.context, text, passage.study, passage.own_section,
                          passage.account))
    return [p for p in pieces if p.text.strip()]


def _wrapped_before_name(previous: Passage, plan: DocumentPlan, text: str, start: int) -> bool:
    """A PDF line ending mid-sentence before a capitalised word ("... no better than sham in
    a small" over "Norwegian trial of 64 ..."): a long line, no heading, ending in a lowercase
    word, with no blank line between."""
    return bool(previous.text[-1].islower() and "\n\n" not in text[previous.end:start]
                and previous.start not in plan.headings and previous.text.count(" ") >= 7)


def _list_goes_on_sentence(previous: Passage, stripped: str) -> bool:
    """A list item finishing the sentence of the passage before ("Mean migraine frequency
    reduction was" over "• 2.7 migraine days in the melatonin group," "• 2.2 ..."): that
    passage ends on a word that cannot end a sentence, or is such a list still going on
    (its item ends in a comma, "and" or "or")."""
    if not _LIST_START.match(stripped):
        return False
    first_item = _LIST_START.search(previous.text)
    return bool(_DANGLING.search(previous.text) or (first_item and _LIST_GOES_ON.search(previous.text) and _DANGLING.search(
        previous.text[:first_item.start()].rstrip())))


def _joined_over_page_break(plan: DocumentPlan, text: str, start: int, end: int, context: str) -> bool:
    """Join a passage opening in lowercase to the sentence a page break cut ("... in 181 patients" over
    the page's footer, its number and the next page's running head, then "found the two therapies ..."):
    the passages between are page furniture, read as spaces so that no field takes the journal's name,
    volume or running authors; the evidence still slices the document text, lines between included."""
    index = len(plan.passages)
    while index > 0 and plan.passages[index - 1].context == context and plan.passages[index - 1].end - plan.passages[
            index - 1].start <= _FURNITURE_CHARS and _page_furniture(text, plan.passages[index - 1].start, plan.passages[index - 1].end):
        index -= 1
    body = plan.passages[index - 1] if index else None
    gap = text[body.end:start] if body else ""
    if body is None or body.context != context or body.text.rstrip()[-1] in ".!?:;" or not gap.strip() \
            or len(gap) > _PAGE_BREAK_CHARS or _table_between(plan, body.end, start) or not _page_furniture(text, body.end, start):
        return False
    plan.passages[index - 1:] = [Passage(body.start, end, context, body.text + _BLANKED.sub(" ", gap) + text[start:end],
                                         body.study, body.own_section)]
    return True


def _table_between(plan: DocumentPlan, start: int, end: int) -> bool:
    """Whether a table read already lies between ``start`` and ``end``: a table's caption
    ("Table 3. Trials of sevelamer") goes on in no abbreviation note under the table
    ("tid, three times daily; ..."), though a space-aligned row looks like page furniture."""
    return any(start <= table.rows[0].start < end for table, _ in plan.tables if table.rows)


def _page_furniture(text: str, start: int, end: int) -> bool:
    """Whether every line of ``text[start:end]`` is a page's furniture: a page number, a rule, or a running
    head or foot (a line printed again elsewhere in the document, or two parts set far apart on one line)."""
    for line in text[start:end].splitlines():
        stripped = line.strip()
        if stripped and not (_PAGE_NUMBER.fullmatch(stripped) or _RULE.fullmatch(stripped) or _SET_APART.fullmatch(stripped)
                             or (len(stripped) >= _RUNNING_CHARS and text.count(stripped) > 1)):
            return False
    return True


def _add_passage(plan: DocumentPlan, text: str, lines: list[tuple[int, int]], context: str) -> None:
    """Add the stripped lines as a passage, or extend the previous passage when this
    one merely continues its sentence (a PDF line break that ingest read as a block end)."""
    if not lines:
        return
    start, end = lines[0][0], lines[-1][1]
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += chunk.find(stripped)
    end = start + len(stripped)
    if _FOOTNOTE.match(stripped):
        plan.reference_spans.append((start, end))  # "¹ Anglin-Shaw RE. ..." under the body text
        return
    if stripped[0].islower() and _joined_over_page_break(plan, text, start, end, context):
        return
    previous = plan.passages[-1] if plan.passages else None
    if previous and previous.context == context and not text[previous.end:start].strip() and (
            (stripped[0].islower() and previous.text[-1] not in ".!?:") or _wrapped_before_name(previous, plan, text, start)
            or _list_goes_on_sentence(previous, stripped)):
        plan.passages[-1] = Passage(previous.start, end, context, previous.text + text[previous.end:end])  # a page's furniture read as spaces stays so
        return
    if context == "prose" and previous and quotes_a_post(stripped, previous.text, previous.context == "comment"):
        context = "comment"  # a reader's post the page quotes as a paragraph of its own
    # A reader's letter or a personal blog: one person's account, its claims found as a comment's are.
    account = context == "prose" and (_OWN_EXPERIENCE.match(stripped) or _COURSE_OPENING.match(stripped) or _OWN_COURSE.search(stripped)) is not None and (
        not _QUOTATION.search(stripped))
    plan.passages.append(Passage(start, end, context, stripped, account=account))

