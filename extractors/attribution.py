"""Study attributions in running text: author-year, numbered markers, venue-year,
DOIs, PMIDs, trial registry IDs and URLs.

``find_attributions`` is a pure function over a string (tables call it on single
cells); the ``study_attributions`` spaCy component wraps it and stores the hits as
``doc._.attribution_hits``, read as spans through ``doc._.attributions`` (each
``span._.attribution`` holding the parsed hit).
Everything is regex over the raw text behind one cheap prefilter: on prose most
paragraphs hold no attribution at all, so they cost a single failed search.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extractors.fields.lexicon import trie_pattern
from pipeline.model import Study

DATA = Path(__file__).parent / "data"
# Platforms a page may cite as if they were authors: "(YouTube, 2023)" names where a video was posted, not who made it.
PLATFORMS = dict(line.split("\t") for line in (DATA / "nonscholarly_platforms.tsv").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


def word_list(name: str) -> list[str]:
    """The entries of a one-per-line data file next to this package ('#' lines are comments)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclasses.dataclass(frozen=True)
class Attribution:
    """One attribution hit; ``start``/``end`` index the text it was found in.

    ``kind`` is author-year, author, role-author (who led the study, as news names
    them: "lead author Dr. X Y"), marker, superscript, venue-year, doi, pmid,
    registry, url or glued-marker (digits glued to a word, or "(3,4)" ending a
    sentence: trusted only when the document has a numbered reference list).
    """

    kind: str
    start: int
    end: int
    text: str
    first_author: str | None = None
    year: int | None = None
    venue: str | None = None
    markers: tuple[str, ...] = ()
    doi: str | None = None
    pmid: str | None = None
    registry_id: str | None = None
    url: str | None = None
    meeting: bool = False  # the venue is a meeting the study was presented at, not a journal

    def shifted(self, offset: int) -> Attribution:
        """This hit with its offsets moved by ``offset``, into a text this one lies in at
        that offset. (``dataclasses.replace`` re-runs ``__init__`` field by field: five
        times the cost, for every hit of every passage.)"""
        moved = object.__new__(Attribution)
        moved.__dict__.update(self.__dict__, start=self.start + offset, end=self.end + offset)
        return moved


# Latin Extended-A capitals too: "Łukasik", "Şahin", "Đorđević", "Żak", "Šimek".
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_PARTICLE = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Dd]os|[Dd]as|do|[Ll]e|[Ll]a|ter|ten|[Aa]l|[Ee]l|[Aa]bu|[Bb]in|[Bb]en|[Ii]bn|Ó|St\.?)\s+|(?:al|el)-)"  # "al-Hassan"
# Unambiguous on purpose (each part starts with a capital): "Smith", "McDonald", "O'Brien",
# never an acronym; a looser form backtracks exponentially on long capitalised runs.
_CORE = rf"[{_UP}](?:[{_LOW}]+(?:-\r?\n[{_LOW}]+)?(?:['’]?[{_UP}][{_LOW}]+)*|['’][{_UP}][{_LOW}]+)"
# The lookahead lets the engine reject most positions on one character.
_SURNAME = rf"(?=[{_UP}VvDdLltabei]){_PARTICLE}{{0,3}}{_CORE}(?:(?:[-‐–]|-\r?\n){_CORE})?"  # "Ruiz-\nOrtega": a PDF line break after the hyphen (CRLF files too)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)[a-z]?"
_ETAL = (r"et\.?\s*al\b\.?|and\s+(?:col(?:-\r?\n)?leagues|co-?workers|co-?authors|others)|"
         r"and\s+(?:his|her|their)\s+(?:colleagues|co-?(?:workers|authors?|reviewers?|investigators?))")  # "Leach and his co-reviewer"
# Vancouver style: "Smith-Jones AB", "Tardif J-C", its full stop only before the year ("(Lee JA, Park M. 2019)");
# APA style after a comma: "Okonkwo, J. A. (2019)", "(Okonkwo, J., & Reyes, M., 2019)".
_INITIALS = (r"(?:\s+(?:[A-Z]{1,3}|[A-Z]-[A-Z])(?![\w'’.-])|\s+[A-Z]{1,3}(?=\.\s+(?:19|20)\d\d\b)"
             r"|,\s+[A-Z]\.(?:\s?-?[A-Z]\.){0,2}(?=,?\s+(?:\(|&|and\s|(?:19|20)\d\d\b)|,\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+[A-Z]\.))?")
_NAME = rf"{_SURNAME}{_INITIALS}"
# A PDF's superscript reference number flattened onto the first surname: "Seely2 (2012)", "Moreno3 et al."
_GLUED_NUMBER = r"(?:(?P<sup>[1-9]\d?(?:,\d{1,2})*)(?=\s))?"
_AUTHORS = (
    rf"(?P<first>{_SURNAME}){_GLUED_NUMBER}{_INITIALS}(?:,\s+{_NAME}){{0,19}}(?:,?\s+(?:and|&)\s+{_NAME})?(?:,?\s+(?:{_ETAL}))?"
)
def _word_led(words: list[str], tail: str = "") -> str:
    """``\\b(?:w1|w2|...)`` followed by ``tail``, spelt as one branch per word opening on its
    first letter, the word start checked after it ("L(?<!\\wL)ead"): a pattern that opens
    on literals is scanned for them at C speed instead of tried at every position.
    Words are regex source; each must open on a plain letter."""
    return "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}{tail}" for w in words)


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# A journal's year is told from an author's by what follows it: "Sleep Med. 2019 Jan;53:1-9",
# "N Engl J Med; 2017 Jun 29; ..." read here as a name and year, then as a journal (_journal_date).
# The sample size a writer puts in the year's brackets: "Huang et al. (2023; n = 72)", "(2019, 64 patients)".
_SAMPLE_TAIL = r"(?:\s*[;,]\s*(?:[nN]\s*=\s*\d[\d,]*|\d[\d,]*\s+[a-z]+)(?:\s*[;,]\s*[a-z][a-z -]{0,19})?)?"
_PAGE_TAIL = r"(?:\s*[:,]\s*(?:pp?\.\s*)?\d{1,4}(?:[-–]\d{1,4})?)?"  # the page cited: "(2019, p. 12)", "(2019: 12)"
# The journal after the year inside the brackets: "Hargreaves et al. (2024, J Dairy Res Pract)".
_JOURNAL_TAIL = r"(?:,\s+(?P<journal>[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,6}))?"
# The study's ID after the year inside the brackets: "Ostrowski et al. (2018; doi:10.5521/vjcp.2018.0442)", "(2019, PMID 31234567)".
_ID_TAIL = r"(?P<id>\s*[;,]\s*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/[^\s;()\[\]]+|\s*[;,]\s*PMID\s*:?\s*\d{5,9})?"
_VOLUME_PAGES = re.compile(r"\s*;\s*\d{1,4}\s*(?:\(\s*\d{1,3}\s*\))?\s*:\s*[eE]?\d")
_AUTHOR_YEAR = re.compile(
    rf"(?<![\w'’-]){_AUTHORS}(?:['’]s)?(?:\s+(?:research\s+)?(?:group|team|lab|laboratory))?"  # "Kim's group (2019)"
    rf"(?:(?:[*_]{{0,2}}|\.(?=\s*,|\s+{_YEAR}(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?\s*[;:)\]])|;(?=\s+{_YEAR}\s+{_MONTH}))"
    rf"(?:\s*,\s*|\s+|(?<=al\.))(?P<year>{_YEAR})(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹]|-)"  # "(Okafor et al.2019)", "Okafor 2019²"
    rf"|,?\s*[(\[]\s*(?P<paren_year>{_YEAR})(?![\w-])(?:\s*[,;]\s*{_YEAR})*{_SAMPLE_TAIL}{_PAGE_TAIL}{_JOURNAL_TAIL}{_ID_TAIL}\s*[)\]])"  # "et al.,(2015; 2017)"
)
# "Smith et al.", and as citation lines print it, "Tardif J, et al.", "Sazali S, Badrin S, Norhayati MN, et al."
_AUTHOR_ETAL = re.compile(rf"(?<![\w'’-])(?P<first>{_SURNAME}){_GLUED_NUMBER}{_INITIALS}(?:,\s+{_NAME}){{0,4}},?\s+(?:{_ETAL})")
# "Pellegrini's group gave ...", never "the Crohn's group" (a trial arm named for a disease).
_AUTHOR_GROUP = re.compile(
    rf"(?<![\w'’-])(?<![Tt]he\s)(?P<first>{_SURNAME})"
    rf"['’]s\s+(?:research\s+)?(?:group|team|lab|laboratory)\s+(?:[a-z]+ly\s+)?"
    r"(?:gave|found|showed|reported|randomi[sz]ed|enrolled|tested|treated|studied|compared|observed|demonstrated|"
    r"conducted|ran|published|followed|recruited|assigned|measured)\b"
)
# All-caps surnames, as some exports print them: "SMITH et al. (2010)", "GARCIA-LOPEZ AB et al., 2011".
_CAPS_ETAL = re.compile(
    rf"(?<![\w'’-])(?P<first>[A-Z]{{3,}}(?:-[A-Z]{{3,}})?){_INITIALS},?\s+et\.?\s+al\.?"
    rf"(?:,?\s*[(\[]?\s*(?P<year>{_YEAR})(?![\w-])\s*[)\]]?)?"
)
_THE_NAMED = re.compile(  # opens on "T" or "t", the word start checked after it (scanned for at C speed)
    rf"(?:T(?<!\wT)|t(?<!\wt))he\s+(?P<named>{_SURNAME})(?:\s+(?:et\s+al\.?|and\s+colleagues))?(?:['’]s)?\s+(?:trial|study|RCT)\b"
)

_NUMS = r"\d{1,3}(?:\s*[-–—,;]\s*\d{1,3})*"
# Inside the brackets: a padding space ("[ 12 ]"), a review's bullets of special interest
# ("[12•]", "[3••, 4•]"), the page cited ("[12, p. 4]", "[7, pp. 20-22]").
_MARKER_BODY = r"\d{1,3}•{0,2}(?:\s*[-–—,;]\s*\d{1,3}•{0,2})*"
_MARKER_PAGE = r"(?:,\s*pp?\.\s*\d{1,4}(?:[-–]\d{1,4})?)?"
# (a page's copy may set the number on a line of its own: "[\n\n2\n\n]")
_ONE_MARKER = rf"\[\^?(?:\\?\[)?\s{{0,4}}(?:refs?\.?\s*)?(?P<n>{_MARKER_BODY}){_MARKER_PAGE}\s{{0,4}}(?:\\?\])?\](?:\([^()\s]{{0,200}}\))?"
# The optional "^{" is spelt as a branch so the pattern opens on "^" or "[" and the
# regex engine skips every other character at C speed.
_MARKER = re.compile(
    rf"(?:\^\{{?\[|\[){_ONE_MARKER[2:]}(?:\s?[-–]?\s?{_ONE_MARKER.replace('?P<n>', '')})*\}}?"
)
# A markdown footnote with a word label: "[^nr]", "[^smith2020]", "[^note-3]" (digits alone are
# _MARKER's); never its definition ("[^nr]: Okoro U, ...").
_FOOTNOTE_LABEL = re.compile(r"\[\^(?!\d{1,3}\])([A-Za-z0-9][\w.-]{0,40}?)\](?!:)")
_MARKER_RANGE = re.compile(r"\]\s?[-–]\s?\[")
_MARKER_NUMS = re.compile(rf"\[\^?(?:\\?\[)?\s{{0,4}}(?:refs?\.?\s*)?({_MARKER_BODY})")

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒", "0123456789-,")
# "¹²", "²,³", "¹⁻³" (superscript minus), "¹˒²" (superscript comma)
_SUPERSCRIPT = re.compile(r"(?:(?<![\s\d⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=(?<![\d.,])(?:19[5-9]|20[0-4])\d))(?<!\bm)(?<!cm)(?<!mm)(?<!km)(?<!/s)[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,\-–⁻˒][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")
# A superscript glued to a sample size, which the digits rule above passes over: "(n=42²)", "n = 1,204³".
_COUNT_SUPERSCRIPT = re.compile(r"\b[nN]\s?=\s?\d[\d,]*(?<=\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,\-–⁻˒][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)")
_REF_PAREN = re.compile(  # "(ref. 7)", "(refs 7-9)", "(see ref. 4)", "(reviewed in refs 2, 5)"
    rf"\((?:(?:[Ss]ee|cf\.|e\.g\.,?|[Rr]eviewed\s+in)\s+(?:also\s+)?)?(?:[Rr]efs?\.?|[Rr]eferences?)\s*({_NUMS})\)")
# The same in running text: "as ref. 12 showed", "refs 3–5 found" (a lone "ref" needs its full stop).
_REF_WORD = re.compile(rf"(?<![\w.])[Rr]ef(?:s\.?|\.)\s*({_NUMS})(?!\d)")
_CARET_MARKER = re.compile(r"\^(\d{1,3}(?:[,\-–]\d{1,3})*)\^")  # pandoc superscript: "^7^", "^2,3^"
# An endnote numbered in lower-case roman, as blogs and newsletters print them: "... than placebo.[iii]",
# "... sleep quality [iv]"; never an index ("a[i]"), a link's text ("[i](#note)") or a ticked box ("- [x]").
_ROMAN_MARKER = re.compile(r"(?<![\w\]])(?<![-*] )\[(?=[ivx]+\])(x{0,3}(?:ix|iv|v?i{0,3}))\](?![(:\w])")
# A page's superscript tag left as it is in markdown or text saved from it: "Okafor 2019<sup>4</sup>".
_SUP_TAG = re.compile(r"<sup>\s*(\d{1,3}(?:\s*[,\-–]\s*\d{1,3})*)\s*</sup>", re.IGNORECASE)
# Digits glued after a word or punctuation ("sleep.12 ", "trials12,"). The pattern opens
# on the digit and looks behind from there, so the regex engine can skip non-digits fast.
# Never a decimal ("4.3", " .731", "p<.05") nor a citation's pages ("6(1):29-34", "Jan;53:1-9").
_GLUED = re.compile(r"\d(?<=[a-z.,;:)\]\"”]\d)(?<!\d[.,;:]\d)(?<![\s<>=≤≥~][.,]\d)(?<!\):\d)\d{0,2}(?:[,\-–]\d{1,3})*(?!:\d)(?=[\s.,;:)]|$)")
# "(3,4)" closing a sentence in Vancouver-style prose, or printed after its full stop ("women.(14)");
# trusted like glued digits. Not an issue number ("2021;41(3)"), a phone prefix ("(201) 555-0110"),
# a vote count or a figure ("Fig.(3)"). A journal's typesetting may pad the number ("( 4)",
# "( 15, 16)") and a PDF may break the line inside the brackets ("(\n4)").
_PAREN_MARKER = re.compile(
    r"\((?<=\s\()(?<![Yy]es\s\()(?<![Nn]o\s\()(?<![Ll]ike\s\()\s?(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\s?\)(?=[\s.;,:)]|$)(?!\s*\d)"
    r"|\((?:(?<=[a-z]\()|(?<=[a-z]{3}\.\())\s?(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\s?\)(?=[\s.;,:)]|$)(?!\s*\d)"
)
# "Customer reviews (214)", "Comments (12)": a count after a page-section word, not a citation.
_COUNTED_SECTION = re.compile(
    r"\b(?:reviews?|comments?|ratings?|questions?|answers?|replies|repl(?:y|ies)|responses?|posts?|photos?|videos?|"
    r"votes?|likes?|shares?|followers?|messages?|threads?|topics?|members?)\s*$",
    re.IGNORECASE,
)
_AFTER_AUTHORS = re.compile(r"(?:colleagues|co-?workers|et\s+al\.?)$")
_SENTENCE_END = re.compile(r"(?:[A-Za-z]{3}|\))\.[\"”’]?$")
_SENTENCE_GOES_ON = re.compile(r"\s+[A-Z]")
# The rest of a superscript list flattened after a full stop, a space after some commas: "influenza.1, 5,6,7",
# "(p < 0.001 in both studies).5, 6." (read only after digits glued to a full stop).
_FLAT_LIST_TAIL = re.compile(r"(?:,\s?\d{1,3}(?:[-–]\d{1,3})?)+(?=\.?(?:\s+[A-Z]|\s*$))")
# "In the first study (4), ...", "The second study (5) found": a bracketed number right after
# the study it names.
_STUDY_BEFORE_PAREN = re.compile(
    r"\b(?:[Ss]tudy|[Tt]rial|RCT|(?:meta-)?analysis|review|report|paper|experiment|survey|investigation)\s?$")
_ARM_AFTER_PAREN = re.compile(r"\s*(?:(?:and|or|vs\.?|versus)\s|groups?\b|arms?\b)")  # "the study (5) and placebo (3) arms"
# A citation number printed on the line, a superscript flattened by a web export, between who
# or what is cited and what they reported: "A 2014 study 8 published in ...", "by Woelk and
# Schlafke 7 also demonstrated".
_REPORTED = (r"\s+(?:also\s+|further\s+|later\s+)?(?:found|finds|showed|shows|demonstrated|"
             r"demonstrates|reported|reports|published|concluded|concludes|observed|suggested|suggests|indicated|indicates|"
             r"revealed|reveals|evaluated|examined|investigated|tested|enrolled|assessed|noted|sought|appeared|confirmed|"
             r"confirms|compared)\b")
_SPACED_MARKER = re.compile(rf"\s(\d{{1,3}}(?:,\d{{1,3}})*)(?={_REPORTED})")
# A study word with its superscript glued on, then what the study did: "a multicentre trial13 compared".
_STUDY_GLUED = re.compile(r"(?:trial|study|cohort|analysis|review)$")
_THEN_REPORTED = re.compile(_REPORTED)
_GLUED_NOT_AFTER = re.compile(
    r"(?:day|week|month|year|phase|grade|type|stage|dose|visit|session|trial|cohort|wave|study|group|level|class|"
    r"vitamin|omega|figure|table|version|item|step|part|arm|model)s?$",
    re.IGNORECASE,
)
# Superscripts a web export printed as plain numbers ending clauses: "... psychiatric
# disorders 1, with ... (GAD) 2. ... inhibitors 3." Opens on the digit (scanned for at C
# speed); read as citations only when they number in citation order (``_numbered_in_order``).
_SPACED_ENDING = re.compile(r"\d(?<=[A-Za-z)]\s\d)\d{0,2}(?:,\d{1,3})*(?=[,.;:](?:\s|$)|\s*$)")
# Its punctuation, found by a scan for [,.;:] that is cheaper than one for digits: fewer
# than two such endings ("10,11." holds three numbers) rule a text out.
# Superscripts flattened to a run of three or more consecutive numbers ending a sentence or
# line: "... on sleep quality and duration 4, 5, 6." Citation order, which counts do not follow.
_SPACED_RUN = re.compile(r"\d(?<=[A-Za-z)] \d)\d{0,2}(?:, ?\d{1,3}){2,}(?=[.;:]?\s*$|[.;:]\s)")
_ENDS_ON_NUMBER = re.compile(r"[,.;:](?<=\d[,.;:])"  # most punctuation follows a letter: one test rules it out
                             r"(?:(?<=[A-Za-z)]\s\d[,.;:])|(?<=[A-Za-z)]\s\d\d[,.;:])|(?<=[A-Za-z)]\s\d\d\d[,.;:]))(?=\s|$)")
# A superscript flattened to a plain number ending a line of prose that has no full stop:
# "... making it a dual-purpose medication 2", "... due to tolerability issues 3, 1". The
# line end is found by its newline (a literal the regex engine skips to); the number and the
# word before it are read back from there.
_LINE_END = re.compile(r"\n(?<=\d\n)|\n(?<=\d \n)")
_BARE_LINE_END = re.compile(r"(?<=[a-z] )(\d{1,3}(?:, ?\d{1,3})*) ?$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s$")
# Words a count or a score follows ("aged 65", "a score above 4", "hazard ratio 2"): no citation.
_NOT_BEFORE_LINE_MARKER = re.compile(
    r"(?:above|below|over|under|least|most|about|around|approximately|nearly|almost|roughly|total|age|aged|ratio|"
    r"score|size|times|page|chapter|section|box|appendix|number|top|tip|rule|point|question|episode|season|lesson|"
    r"unit|room|floor|line|row|column|edition|issue|volume|max|min|maximum|minimum|up|plus|minus|per|every|each|"
    r"mg|mcg|ml|kg|iu|units?|hours?|hrs|mins?|minutes?|seconds?|cups?|tablets?|capsules?|pills?|servings?|[a-z]+ed)$")
_MIN_LINE_WORDS = 6
_NOT_BEFORE_CITATION = re.compile(
    r"(?:\b(?:was|were|is|are|be|of|to|by|than|and|or|from|at|in|on|for|with|about|over|under|only|just|n|N|No|no)|"
    + _GLUED_NOT_AFTER.pattern[:-1] + r")$", re.IGNORECASE)

_STUDY_WORDS = (
    r"(?:(?:randomi[sz]ed|controlled|clinical|pilot|cohort|crossover|observational|double-blind|open-label)\s+)*"
    r"(?:study|studies|trial|trials|meta-analysis|meta-analyses|analysis|systematic\s+review|review|paper|report|"
    r"survey|experiment|investigation|RCT|article|pilot|publication)"
)
_PHRASE_REST = rf"\s+(?:[\w-]+\s+|[A-Za-z][\w-]*,\s+(?!(?:when|which|that|where|while|and|but|as)\b)|\([\w\s,.]{{1,20}}\)\s+){{0,3}}?{_STUDY_WORDS}"  # "a 1999 randomized, double-blind study"
# "a/an/another/one/this/that/the ... study", "research", "findings", "Cochrane reviewers".
# It opens on its first letter (a branch per letter, the word start checked after it) and
# goes on by the letter it took: the scan then skips to those letters at C speed.
_STUDY_PHRASE = re.compile(
    r"(?:A(?<!\wA)|a(?<!\wa)|O(?<!\wO)|o(?<!\wo)|T(?<!\wT)|t(?<!\wt)|R(?<!\wR)|r(?<!\wr)|F(?<!\wF)|f(?<!\wf)|C(?<!\wC))"
    rf"(?:(?<=[Aa])(?:n?{_PHRASE_REST}|nother{_PHRASE_REST})|(?<=[Oo])ne{_PHRASE_REST}"
    rf"|(?<=[Tt])h(?:is{_PHRASE_REST}|at{_PHRASE_REST}|e{_PHRASE_REST})"
    r"|(?<=[Rr])esearch|(?<=[Ff])indings|(?<=C)ochrane\s+(?:reviewers|authors))\b"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_VENUE = (
    # "Nature Medicine.berberine", "British Medical Journal.3,4": the glued next word or marker is no part of it
    r"(?P<venue>[*_]{0,2}[A-Z](?:[\w&:'’\-]|\.(?![a-z\d]))*"
    # "in" joins a title's words ("Advances in Therapy"), never a date: "JAMA Pediatrics in March 2019"; a comma, a list
    # of three fields: "Journal of Neurology, Neurosurgery & Psychiatry"
    rf"(?:\s+(?:of|and|&|for|the|de|on(?!\s+(?:{_WEEKDAY}|{_MONTH}|\d))|in(?=\s+(?!{_MONTH}\b|{_WEEKDAY})[A-Z])|[A-Z](?:[\w&:'’\-]|\.(?![a-z\d]))*)"
    r"|,\s+[A-Z][\w'’-]*(?=\s+&\s+[A-Z]))*[*_]{0,2})"
)
# "published in December 2024 in the journal Sleep", "published on 3 May 2021 in JAMA"
# (or a full date alone: "published online October 2, 2013, in JAMA Psychiatry")
_DATE = (rf"(?:(?:\s+(?:in|on)|(?=\s+(?:{_MONTH}\s+\d{{1,2}},|\d{{1,2}}\s+{_MONTH})\s+{_YEAR}))\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?"
         rf"(?:\d{{1,2}},?\s+)?(?P<date_year>{_YEAR}),?)")
# News timing between the verb and the journal: "published Monday in", "published online
# this week in", "appearing Jan. 5 in", "reported last year in".
_WHEN = (rf"(?:\s+(?:online|today|simultaneously|concurrently|(?:in\s+)?full|yesterday|recently|earlier\s+this\s+(?:week|month|year)|"
         rf"(?:this|last)\s+(?:week|month|year)|ahead\s+of\s+print|(?:on\s+)?{_WEEKDAY}|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?![\d,])|"
         rf"\((?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\)))")  # "yesterday (October 13)"
# "... in Neurology in 2021", "... in Nature Medicine on 4 March 2024"
_VENUE_DATE = (rf"(?:(?:,?\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?|,\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+|\s+(?={_YEAR})|"
               rf"\s+\((?={_YEAR}\s*[;:]))(?:\d{{1,2}},?\s+)?"  # "... in Sleep Medicine (2022;98:105-112)", its citation's year
               rf"(?P<year>{_YEAR})(?![\w-]))?")  # "... in Neurology in 2021", "... in JAMA Pediatrics, March 2021"
_PUBLISHING_WORDS = ["published", "featured", "appear(?:s|ed|ing)?", "report(?:s|ed)?", "printed", "described", "conclude[sd]?",
                     "wr(?:ote|ites?)"]
_PUBLISHING = "|".join(_PUBLISHING_WORDS)
# "in the journal X", "in the March 2021 issue of X", "in the latest issue of X"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
# Whose issue it is: "September's", "Thursday's", "last month's", "this week's", "today's".
_ISSUE_OWNER = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                rf"{_WEEKDAY}|[Tt]oday|(?:this|last|next)\s+(?:week|month|year))['’]s)")
_IN_VENUE = (rf"\s*(?P<preposition>in|from|by)\s+(?:the\s+)?(?:(?:an?\s+)?(?:(?:{_MONTH}\s+|{_SEASON}\s+)?(?P<issue_year>{_YEAR})(?:\s+{_SEASON})?"
             rf"|{_MONTH}(?:\s+\d{{1,2}})?|{_ISSUE_OWNER}|{_SEASON}|latest|current|recent|new)"
             rf"(?:\s+online)?\s+(?:issue|edition)\s+of\s+(?:the\s+)?|{_ISSUE_OWNER}\s+)?"
             r"(?:(?:prestigious|renowned|respected|leading|influential|prominent|esteemed|top|well-known|peer-\s?reviewed)\s+)?"  # "the prestigious JAMA"
             r"(?:(?:[a-z][\w-]+\s+){0,2}?journal\s+)?")  # "the peer-reviewed journal X", "the medical journal X"
_VENUE_TAIL = re.compile(
    r"(?:\s+(?:of|with|among|involving|on)(?:\s+(?:[a-z0-9][\w,-]*|[A-Z]{2,}s?,?)){1,5}?)?"
    r"(?:,?\s+(?:led|conducted|run|carried\s+out)\s+by(?:\s+[\w'’-]+){1,4}?)?"  # "a trial led by the same team (or by St Anne's Hospital) and published in"
    rf"(?:,?\s+(?:and\s+|that\s+(?:was\s+)?|which\s+(?:was\s+)?|(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    rf"(?P<verb>{_PUBLISHING})?{_WHEN}{{0,2}}{_DATE}?{_WHEN}?{_IN_VENUE})"
    rf"{_VENUE}{_VENUE_DATE}"
)
# "published Monday in The Lancet", "writing in JAMA Psychiatry" with no study phrase before
# it: the verb carries the attribution, so the name must look like a journal.
_PUBLISHED_IN = re.compile(
    rf"(?:(?P<verb>{_word_led(_PUBLISHING_WORDS + ['Writing', 'writing', 'Published'])})(?:{_WHEN}){{0,2}}{_DATE}?{_WHEN}?"
    r"(?:\s+by\s+(?:[\w-]+\s+){1,4}?(?=in\s))?"  # "published by Iranian doctors in <Journal>"
    rf"{_IN_VENUE}){_VENUE}{_VENUE_DATE}"
)
# "researchers at Stanford reported in 2019", "scientists from the Karolinska Institute found"
_RESEARCHERS_AT = re.compile(
    r"(?:" + _word_led(["Researchers", "researchers", "Scientists", "scientists", "Investigators", "investigators",
                        "Doctors", "doctors", "Clinicians", "clinicians", r"A\s+team", r"a\s+team"])
    + r")\s+(?:at|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.\-]*(?:\s+(?:of|and|&|for|[A-Z][\w&.\-]*))*)"
    r"(?=\s+(?:(?:have|has)\s+)?(?:reported|report|found|showed|published|concluded|observed|demonstrated)\b)"
)
# An author list and its comma, then the start of a journal's name: "Okoye et al., Sleep Med ".
_AUTHORS_BEFORE = re.compile(
    rf"(?<![\w'’-]){_AUTHORS},\s+(?P<journal>(?:[*_\[]{{0,2}}[A-Z][\w.&'’-]*[*_]{{0,2}},?\s+(?:(?:of|and|&|the|for|in)\s+)?){{0,6}})$"
)
# What may follow the year up to the closing bracket: a volume and pages, nothing bracketed.
_INSIDE_BRACKETS = re.compile(r"[^()\[\]\n]{0,40}[)\]]")
_JOURNAL_DATE = re.compile(rf"\s*;\s*(?:\d{{1,4}}\s*[(:]|\(\d{{1,4}}\)\s*\d)|,?\s+{_MONTH}(?![\w])")  # "2007;30(8)", "2007 August"
# The first part of a surname whose particle the pattern opened on: "Alves da Silva",
# "Pereira dos Santos", "García de la Torre" (read from the particle: "da Silva").
_SURNAME_HEAD = re.compile(rf"(?<![\w'’.-])([{_UP}][{_LOW}]+(?:[-‐][{_UP}][{_LOW}]+)?)[ \t]+$")  # a heading's line above is no head
_SURNAME_REST = re.compile(rf"\s+((?:(?:van|von|de|der|den|del|della|di|da|du|dos|das|do)\s+){{1,3}}{_CORE})(?![\w'’-])")
_LOWER_PARTICLES = frozenset(["van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das", "do"])
# An author, a comma and a meeting or journal named by its acronym, then the year:
# "(Bélanger, ECCMID 2025)", "(Chen et al., ESMO Congress 2023)", "(Roy, presented at the
# Annual Meeting of the AAN 2022)". Opens on the comma.
_MEETING_HEAD = r"(?P<venue>(?:[A-Z][\w&'’-]*\s+(?:(?:of|on|and|&|for|the|in)\s+)*){0,5}"
_MEETING_TAIL = rf"(?:\s+(?:[A-Z][\w&'’-]*|of|on|and|&|for|the|in)){{0,4}}),?\s+(?P<year>{_YEAR})(?![\w-])"
_ACRONYM_YEAR = re.compile(
    r",\s+(?P<at>(?:(?:presented|reported|abstract|poster|oral)\s+(?:at|to)\s+(?:the\s+)?)?)"
    rf"{_MEETING_HEAD}[A-Z][A-Z0-9&-]{{2,11}}{_MEETING_TAIL}")
# The meeting in brackets after the author: "Bélanger (ECCMID 2025) found" (an acronym of
# letters only: "Hamilton (HAM-D 2019)" names a scale's version). Opens on the bracket.
_PAREN_MEETING = re.compile(
    rf"\(\s*(?:(?:presented|abstract|poster)\s+at\s+(?:the\s+)?)?{_MEETING_HEAD}[A-Z][A-Z]{{1,6}}(?![\w/-]){_MEETING_TAIL}\s*\)")
_AUTHORS_END = re.compile(rf"(?<![\w'’-]){_AUTHORS}\s*$")
_IN_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Pp]ublished\s+in|[Ii]n\s+the)\s+$")
# A given name before a surname that is also a common word: "Xiaojie An et al. (2024)".
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w.'’-])([{_UP}][{_LOW}]{{2,}})\s$")
# The journal and its date parted by a comma, or by a bar, dot or dash as a web page's
# source line prints them: "BMJ Open | January 6, 2021", "Sleep Medicine · 12 May 2020".
_JOURNAL_MONTH_YEAR = re.compile(
    rf"(?<![\w'’-])(?P<venue>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|&|the|for|in|on)\s+)*[A-Z][\w&.'’-]*)*)(?:,|\s+[|·•–—])\s+"
    rf"(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?(?P<year>{_YEAR})(?![\w-])"
)
# A page title line naming its source: "<Title> - The New England Journal of Medicine - 2018",
# "<Title> | JAMA Network | 2021", "<Title> – Sleep Medicine Reviews (2020)". Opens on the
# separator before the journal; the year ends the line.
_TITLE_SOURCE = re.compile(
    rf"[-–—|·•](?<=\s[-–—|·•])\s+(?P<venue>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|&|the|for|in|on)\s+)*[A-Z][\w&.'’-]*)*)"
    rf"(?:\s+[-–—|·•,]\s+|\s*,\s*|\s+(?=\())\(?(?P<year>{_YEAR})\)?\.?[ \t]*$",  # a credit closing a sentence: "— Gut (2017)."
    re.MULTILINE,
)
_MEETING_VERBS = ("resented", "here at")
_MEETING_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|on|and|&|for|the|in)\s+)*[A-Z][\w&'’-]*){0,7}"
_PRESENTED_AT = re.compile(
    r"\b(?:[Pp]resented|reported\s+here)(?:\s+(?:here|today|yesterday|online|recently|this\s+week|"
    rf"last\s+week|on\s+{_WEEKDAY}))?\s+at\s+(?:the\s+)?"
    rf"(?:(?P<venue>{_MEETING_NAME})\s+(?P<year>{_YEAR})(?![\w-])|(?P<year_first>{_YEAR})\s+(?P<after>{_MEETING_NAME}))"
)
_MEETING_WORD = re.compile(r"\b(?:Meeting|Congress|Sessions?|Conference|Symposium|Summit|Forum|Convention|Assembly|"
                           r"Society|Association|Academy|College|Colloquium|Workshop|Days)\b")
_SOURCE_LABELS = ("Journal", "Source", "ublished in", "Publication", "Reference")
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:Journal(?:\s+reference)?|Source|Published\s+in|Publication|Reference)\s*:[ \t]*(?:[Tt]he\s+(?=journal\s))?"
    rf"(?:journal\s+)?(?P<venue>[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|&|the|for|in|on)[ \t]+)*[A-Z][\w&.'’-]*)*)"
    rf"(?:,?[ \t]+(?:{_MONTH}[ \t]+)?\(?(?P<year>{_YEAR})\)?)?[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_LINE_END_YEAR = "0123456789) \t."  # how a title line ending on its year can end
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " · ", " • ")
# Opens on the separator, scanned for at C speed (the rarer separators first tested for as substrings).
_COMMA_MONTH = re.compile(rf",\s+(?:\d{{1,2}}\s+)?{_MONTH}\s")
_SEPARATOR_MONTH = re.compile(rf"[|·•–—]\s+(?:\d{{1,2}}\s+)?{_MONTH}\s")
_SEPARATORS = ("|", "·", "•", "–", "—")
_LEAD_IN = re.compile(r"(?:(?:[A-Z][a-z]+\s+)?(?:in|from)\s+|See\s+)(?:the\s+)?")
_NAME_YEAR_GAP = re.compile(r"[*_.;]{0,2}\s*,?\s*")
_ARTICLE = re.compile(r"(?:The|A|An|Our|This|New)\s")
_JOURNAL_WORDS = frozenset(word_list("journal_words.txt"))
# A one-word journal alone in brackets with its year, "(Nutrients 2021)", "(Pediatrics, 2014)":
# the journal cited, where "(Okafor 2021)" would be an author.
_JOURNAL_IN_BRACKETS = re.compile(rf"\((?P<venue>[A-Z][a-z]+),?\s+(?P<year>{_YEAR})(?![\w-])\s*[);]")
# Portuguese and Brazilian generational surnames stand after the family name: "Vilar Neto", "Sousa Filho".
_GENERATIONAL = frozenset(["Neto", "Filho", "Júnior", "Junior", "Sobrinho"])
# The capitalised words (with "of", "and", "&") that lead up to a journal's last word.
_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w.'’-]*\s+(?:(?:of|and|&|the|for|in)\s+)?)+$")
_REPORTED_YEAR = re.compile(rf"\s+(?:reported|found|showed|published|concluded|observed|demonstrated)\s+in\s+({_YEAR})\b")
_NOT_VENUE = re.compile(rf"^(?:{_MONTH}|Journal)$|^{_MONTH}\s|^{_ISSUE_OWNER}|^{_SEASON}$")
# A venue name ends with its sentence: "... in JAMA Psychiatry. Women who ...", "... in
# BMJ. The ..." (a period after a short word may be an abbreviation: "J. Clin. Psychiatry",
# unless a sentence's opening word follows it: "... of Wound Care. The trial ...").
_VENUE_END = re.compile(r"(?:(?<=[A-Za-z]{5})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4}))\.(?=\s)|"
                        r"\.(?=\s+(?:The|This|These|Those|That|It|Its|In|Our|We|They|An|But|However|Researchers|Patients)\b)")
_PUBLISHED_YEAR = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?,?\s+(?:(?:was\s+)?published\s+)?in\s+(?:{_MONTH}\s+)?({_YEAR})\b"
    r"(?![\s-]*(?:patients|participants|adults|children|subjects|people|women|men|veterans)\b)"
)
_INSIDE_NAME = re.compile(r"[A-Z][\w-]*\s+(?:(?:for|of|and|&|on)\s+)?$")
_TRIAL_NAME_END = re.compile(r"\b(?:Study|Trial|Project|Program(?:me)?|Initiative)$")
_NAMED_TRIAL = re.compile(r"\s*\(([A-Z][A-Z0-9-]{2,15})\)")
# A writer unsure of the year still gives it: "(around 2019)", "(2019 I think)", "(2019?)",
# "(2019, if I remember right)", "(c. 2019)", "(2019-ish)".
_YEAR_HEDGE_BEFORE = r"(?:(?:around|about|circa|c\.|ca\.|approx\.|maybe|probably|roughly)\s+)?"
_YEAR_HEDGE_AFTER = (r"(?:-ish|\s*\?|,?\s+(?:I\s+(?:think|believe|guess)|if\s+I\s+(?:remember|recall)(?:\s+(?:right|"
                     r"correctly))?|or\s+so|or\s+thereabouts|maybe|probably)\??)?")
_BRACKET_YEAR = re.compile(rf"\s*\({_YEAR_HEDGE_BEFORE}({_YEAR}){_YEAR_HEDGE_AFTER}\)")
_PAREN_YEAR = re.compile(rf"\s*\((?:[^()]{{1,40}},\s*|{_MONTH}\.?\s+)?{_YEAR_HEDGE_BEFORE}({_YEAR}){_YEAR_HEDGE_AFTER}\)")
# A given name before the surname, not a surname's particle: "led by De Luca" names De Luca, not Luca.
_GIVEN_NAME = r"(?:(?!(?:Van|Von|De|Der|Den|Del|Della|Di|Da|Du|Dos|Das|Le|La|Al|El|Abu|Bin|Ben|Ibn)\s)[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?"
# "the 2019 trial by Kazemi (and colleagues)": the study phrase names its author after it.
_BY_AUTHOR = re.compile(
    r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"  # "a 2021 review of nine trials by Kaminski and Ross"
    rf"(?:,?\s+(?:(?:was|is|were|has\s+been)\s+)?(?:conducted|led|carried\s+out|done|run|published|written))?\s+by\s+"
    rf"(?:(?:Professor|Prof\.|Dr\.?|Doctor|Associate\s+Professor)\s+)?{_GIVEN_NAME}"
    rf"(?P<first>{_SURNAME})(?:\s+(?:and|&)\s+{_SURNAME})?(?:,?\s+(?:{_ETAL}))?(?![A-Za-z'’-])"
)
# Who led the study, as news names them: "lead author Professor Tom Hale", "said study author
# Dr. Jane Whitfield", "senior author Rajesh Kumar of ...", "a team led by Dr. Maren Ekholm".
# A first name without a title must not run into an institution ("led by Oslo University").
_ROLE_AUTHOR = re.compile(
    r"(?:" + _word_led(["Lead", "lead", "Senior", "senior", "First", "first", "Study", "study", "Corresponding",
                        "corresponding", "Principal", "principal", "Co-?", "co-?"],
                       r"[\s-]?(?:study\s+)?(?:author|investigator|researcher)")
    + "|" + _word_led([r"Led\s+by", r"led\s+by"]) + r"),?\s+"
    rf"(?:(?P<title>Professor|Prof\.?|Dr\.?|Doctor|(?:Associate|Assistant)\s+Professor)\s+)?"
    rf"{_GIVEN_NAME}(?P<first>{_SURNAME})(?![A-Za-z'’-])(?!\s+[A-Z][a-z])"
)
# Whose team it was: "Dr. Lena Moritz's team at the University of Leeds published ...", "Professor Adeyemi's group".
_TEAM_AUTHOR = re.compile(
    r"(?:" + _word_led(["Professor", "Prof", "Dr", "Doctor"]) + r")\.?\s+" + _GIVEN_NAME +
    rf"(?P<first>{_SURNAME})['’]s?\s+(?:research\s+)?(?:team|group|lab|laboratory)\b"
)
# Who presented the report: "according to a report presented Jan. 8 by nutrition scientist Diane McKay at the ...".
_PRESENTER = re.compile(
    r"\bpresented\s+(?:[\w.,]+\s+){0,4}?by\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:Professor|Prof\.?|Dr\.?|Doctor)\s+)?"
    rf"{_GIVEN_NAME}(?P<first>{_SURNAME})(?![A-Za-z'’-])(?!\s+[A-Z][a-z])"
)
# A doctor who tells it on a platform of their own: "Dr. Sam Reyes explains on his YouTube channel ("Cordyceps: hype or
# help?", 2022) that ...": the source is that person, dated by the bracket after it when there is one.
_PLATFORM_SPEAKER = re.compile(
    r"\b(?:Dr\.?|Doctor|Professor|Prof\.?)\s+" + _GIVEN_NAME + rf"(?P<first>{_SURNAME})\s+(?:explains|explained|says|said|claims|claimed|"
    r"argues|argued|notes|noted|recommends|recommended|suggests|suggested|shows|showed)\s+(?:on|in)\s+(?:his|her|their|a)\s+(?:own\s+)?"
    r"(?:(?:YouTube|TikTok|Instagram|Facebook)\s+)?(?:channel|video|podcast|vlog|blog|reel|livestream|YouTube|TikTok|Instagram)\b"
    rf"(?:\s*\((?:[^()]{{1,80}},\s*)?(?P<year>{_YEAR})\))?"
)
# The role after the name: "Dr. Jane Whitfield, the study's lead author, said", "said Tom Hale,
# senior author of the paper".
_AUTHOR_ROLE = re.compile(
    rf"(?<![\w'’-])(?:(?:Professor|Prof\.?|Dr\.?|Doctor)\s+)?[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?(?P<first>{_SURNAME}),\s+"
    r"(?:(?:the\s+|a\s+)?(?:(?:study|trial|paper|report|research)['’]s\s+)?(?:lead|senior|first|corresponding|principal|co-?)"
    r"[\s-]?(?:study\s+)?(?:author|investigator)\b|who\s+led\s+the\s+(?:study|trial|research|work|team)\b)"
)
_INSTITUTION = re.compile(r"(?:University|Hospital|Clinic|School|Institut|College|Cent(?:er|re)|Foundation|Academy|"
                          r"Agency|Council|Society|Association|Ministry|Department)")
# The rest of an institution's name after what read as a surname: "led by St Aldhelm's Children's
# Hospital", "a trial run by Karolinska University Hospital" name a place, not an author.
_INSTITUTION_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){{0,3}}?\s+{_INSTITUTION.pattern}")
_ORG_TAIL = re.compile(
    r"(?:,?\s+(?:that\s+was\s+|which\s+was\s+|was\s+)?(?:funded|sponsored|supported|conducted|run|led|commissioned)\s+by\s+(?:the\s+)?)"
    r"(?P<org>[A-Z][\w&.\-]*(?:\s+(?:of|and|&|for|on|[A-Z][\w&.\-]*))*)"
)
# A professional body stating a position: "The American Headache Society lists magnesium as ..."
_ORG_STATEMENT = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w&'’-]*\s+){0,5}"
    r"(?:Society|Association|College|Academy|Institutes?|Organi[sz]ation|Agency|Foundation|Council|Cent(?:er|re)s?)"
    r"(?:\s+(?:of|for|on)(?:\s+[A-Z][\w&'’-]*){1,4})?)"
    r"(?=\s+(?:lists|recommends?|says|states|advises|notes|reports|found|concluded|classifies|rates|endorses)\b)"
)
# A _YEAR standing alone. The word boundary before it is checked after its first digit, so
# the pattern starts with "1" or "2" and passages are scanned for those at C speed.
_YEAR_IN = re.compile(r"((?:1(?<!\w1)9[5-9]\d|2(?<!\w2)0[0-4]\d)[a-z]?)(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹])")  # "2019²" too
_YEAR_AND_MARKER = re.compile(r",?\s+(19[5-9]\d|20[0-4]\d)([1-9]\d{0,2})(?![\w.,-])")
# The full stop closing an article's title before its journal, the last one followed by two or
# more unpunctuated words ("Infarction. N Engl J Med"; "Psychol. Med" is one journal).
_TITLE_END = re.compile(r"(?<=[A-Za-z][a-z]{4})\.\s+(?=[A-Z][\w-]*\s+[A-Z][\w-]*(?:\s+[\w&-]+)*\s*$)")
# A citation's volume after its year: "2020;323", "2019 Jan;53", opening on the semicolon.
_VOLUME_AFTER_YEAR = re.compile(r";(?<=\d;)\s*\d")
_ACRONYM_JOURNAL_DATE = re.compile(
    rf"(?<![\w-])(?P<venue>[A-Z]{{3,5}}(?:\s+[A-Z][a-z]+){{0,3}})\.?\s+(?P<year>{_YEAR})(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?\s*$")
# "Smith J, Jones K. <Title>." opening a line (after "Source:" or "Reference:").
_VANCOUVER_AUTHORS = re.compile(
    rf"^(?:(?:Source|Reference|Citation|Study|Ref)s?\s*:\s*)?(?P<first>{_SURNAME})\s+[A-Z]{{1,3}}"
    rf"(?:,\s+{_SURNAME}\s+[A-Z]{{1,3}}){{0,5}}\.(?=\s+[A-Z])", re.MULTILINE)
# "In 2008, Jorde and colleagues", "In their 2019 study, Okafor and colleagues"
_LEAD_YEAR = re.compile(rf"\b[Ii]n\s+(?:(?:their|his|her|a|an|the)\s+)?({_YEAR})(?:\s+(?:study|trial|paper|report|review|analysis))?,?\s+$")
# "<person>, professor of X at the University of Sydney, and colleagues", "Dr Y from the University
# of Colorado in Aurora, and colleagues": the name before "and colleagues" is a place; the person
# is named before the affiliation.
_AFFILIATION_BEFORE = re.compile(
    r"(?:\b(?:Universit(?:y|é|à|at|ad|e)|Institut|Hospital|College|Cent(?:er|re)|School|Department|Clinic|Foundation|"
    r"Laborator(?:y|ies)|Infirmary|Faculty|Division|Academy|Medical)\b[^;()\n]{0,80}"
    r"|\b(?:at|in|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3})$")
_PERSON_BEFORE = re.compile(
    rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Doctor)\.?\s+(?:[A-Z][a-zß-ÿ'’-]+\s+)?|(?<![\w'’.-])[A-Z][a-zß-ÿ]+\s+(?:[A-Z]\.\s+)?)"
    rf"(?P<first>{_SURNAME})"
    r"(?=,\s|\s+(?:from|at|of|with|in)\s)")
_YEAR_AFTER_VENUE = re.compile(
    rf"[ \t]*\n\s*(?:(?:Published|Issue|Date|Online)[\w ]{{0,12}}:?\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?"
    rf"(?P<line_year>{_YEAR})[ \t]*(?:\n|$)"
    rf"|,?\s*\(?\s*(?:Vol(?:ume|\.)?|Issue|No\.)\s*\d[^()\n]{{0,60}}?(?<![\w-])(?P<volume_year>{_YEAR})(?![\w-])"
    # the day it appeared: "... in JAMA Pediatrics on Monday, March 4, 2019", "... Prevention & Health journal on March 12, 2024"
    rf"|[^.;\n]{{0,50}}?\bon\s+(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+(?P<dated_year>{_YEAR})(?![\w-])")
_TRAIL_YEAR = re.compile(  # "Nakashima and colleagues in 2021", "... and coworkers reported in 2017", "and colleagues' 2021 trial"
    rf"(?:,?\s+(?:(?:reported|found|showed|published|observed|demonstrated|noted|concluded)\s+)?in\s+"
    # a table's study cell dated to the day: "Okafor et al 14/03/2017", "Lindqvist et al., 3 May 2019"
    rf"|,?[ \t]+(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]|\d{{1,2}}[ \t]+{_MONTH},?[ \t]+|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+)"
    rf"|['’]\s+(?=(?:19|20)\d\d\s+(?:study|trial|paper|report|review|analysis|survey)\b))({_YEAR})(?![\w–-])")
# Anchors: each costly pattern is tried only in windows around the words it cannot match without.
# Each cue with a substring it cannot match without, so only the cues a text may hold are
# scanned for: one literal-led scan each (word boundaries checked after the literal), far
# faster than one for an alternation that stops at every e, c and o. No two cues overlap,
# so their hits in order are those of the alternation.
_ETAL_CUE = (
    ("al", re.compile(r"et(?<!\wet)\.?\s+al")),
    ("olleagues", re.compile(r"colleagues(?<!\wcolleagues)")),
    ("leagues", re.compile(r"col-\r?\nleagues")),  # a PDF's line-break hyphen: "Pellegrini and col-\nleagues"
    ("workers", re.compile(r"co(?<!\wco)-?workers")),
    ("author", re.compile(r"co(?<!\wco)-?authors?\b")),
    ("reviewer", re.compile(r"co(?<!\wco)-?reviewers?\b")),
    ("investigator", re.compile(r"co(?<!\wco)-?investigators?\b")),
    ("others", re.compile(r"others(?<!\wothers)\b")),
    ("'s", re.compile(r"'s\s+(?:research\s+)?(?:group|team|lab)")),
    ("’s", re.compile(r"’s\s+(?:research\s+)?(?:group|team|lab)")),
)
# Opens on the "e", the word start checked after it: a pattern led by \b has no first
# character to scan for and is tried at every position (five times the cost).
_ET_AL = re.compile(r"e(?<!\we)t\.?\s*al\b")
# No leading \b: the anchor checks the word start, so the scan skips to the first letters.
_STUDY_NOUN = re.compile(r"(?:" + trie_pattern([
    "stud", "trial", "analys", "review", "paper", "report", "survey", "experiment", "investigation", "RCT", "article",
    "pilot", "publication", "research", "Research", "findings", "Findings", "Cochrane reviewers", "Cochrane authors"]) + r")\w*")
_ORG_NOUN = re.compile(r"Society|Association|College|Academy|Institute|Organi[sz]ation|Agency|Foundation|Council|Cent(?:er|re)")
_VENUE_CUE = re.compile("|".join(re.escape(w) for w in word_list("venue_cues.txt")), re.IGNORECASE)
_VENUE_POSSESSIVE = re.compile(rf"['’]s(?=$|\s+(?:{_MONTH}|{_SEASON}|Christmas|Holiday|Online|Issue|Edition)\b)")
_TRAILING_CONNECTORS = re.compile(r"(?:\s+(?:of|and|&|for|the|de|on|in))+$")
_ACRONYM = re.compile(r"^[A-Z]{3,}\b")
# Acronyms that name a condition or an analysis set, never a journal or meeting: "the PTSD study", "In the ITT analysis".
# Conditions, analysis sets and reporting standards ("a PRISMA compliant review"): acronyms that name no venue.
_NO_VENUE_ACRONYM = re.compile(r"^(?:PTSD|OCD|ADHD|MDD|GAD|COPD|IBS|ASD|BPD|TBI|HIV|AIDS|ALS|CFS|TRD|ITT|MITT|LOCF|FAS|RCT|RCTS|"
                               r"PRISMA|CONSORT|STROBE|MOOSE|GRADE|AMSTAR|PROSPERO|SPIRIT|STARD|CARE|PICO)\b")
# A trial named by its acronym: "the STEADY-KIDS trial", "the REDUCE-2 study", "the SPRINT trial",
# "the phase 3 SKYLARK study", "the pivotal Phase IIb CORAL trial".
_TRIAL_LABEL = re.compile(r"(?:^|\s)(?:[Tt]he\s+(?:(?:[a-z][\w-]*|[Pp]hase|[1-4][ab]?|I{1,3}[ab]?|IV[ab]?|\d{4})\s+){0,3}"
                          r"(?:[A-Z][A-Z0-9]{2,}|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)|"
                          r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)"
                          r"(?:\s+(?:registry|cohort|pilot|extension|follow-?up|observational|randomi[sz]ed|controlled|"
                          r"clinical|crossover|feasibility|outcomes?))*\s+(?:trials?|study|studies)$")
# "... at X and published in <Journal>": a journal follows the institution.
_THEN_PUBLISHED = re.compile(r",?\s+(?:and\s+|which\s+was\s+|that\s+was\s+)?(?:was\s+)?published\b")
_INNER_VENUE = re.compile(r"(?<!\S)(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An|Another|This|That|Our)\s+")
_PREPOSITION = re.compile(r"\s(?:in|of|for|from|on|at|with|to|by|during|after|before|under|within)\s")
_FUNDED = re.compile(r"-(?:funded|sponsored|backed|supported)$")
_HYPHENATED_ADJECTIVE = re.compile(r"-[a-z]+$")
_JOURNAL_ACRONYMS = [row.split("\t")[0] for row in word_list("journal_acronyms.tsv")]
_JOURNAL_ACRONYM = re.compile(rf"(?:{'|'.join(_JOURNAL_ACRONYMS)})\b")  # "the NEJM study" is no trial's name
# A journal's acronym alone in brackets with its year: "(NEJM, 2019)", "(JAMA Pediatrics 2020)". Opens on the bracket.
_ACRONYM_IN_BRACKETS = re.compile(
    rf"\((?P<venue>(?:{'|'.join(_JOURNAL_ACRONYMS)})(?:\s+[A-Z][a-z]+){{0,2}}),?\s+(?P<year>{_YEAR})(?![\w-])\s*[);]")


@dataclasses.dataclass(frozen=True)
class _Anchor:
    """Where a costly pattern can match: around the hits of a cheap ``pattern`` (from
    ``before`` characters ahead of a hit to ``after`` characters past it), and only in
    texts holding one of ``needs`` (substring tests, far cheaper than any scan: the
    costly pattern cannot match without one of them). Without a pattern the needed
    words themselves are the hits, found by ``str.find``."""

    pattern: re.Pattern[str] | tuple[tuple[str, re.Pattern[str]], ...] | None  # a pattern, or cues (above)
    before: int
    after: int
    needs: tuple[str, ...] = ()
    word_start: bool = False  # keep only pattern hits that start a word (a leading \b, checked in Python)
    # What a substring cannot say ("et al." with any spacing): a pattern led by a literal,
    # which the regex engine scans for far faster than for the anchor's first letters.
    needs_pattern: re.Pattern[str] | None = None

    def present(self, text: str) -> bool:
        for word in self.needs:
            if word in text:
                return True
        if self.needs_pattern is not None:
            return self.needs_pattern.search(text) is not None
        return not self.needs

    def hits(self, text: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return sorted(_occurrences(text, self.needs))
        return _pattern_hits(self.pattern, self.word_start, text)


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    return found


@functools.lru_cache(maxsize=8)  # two anchors share the study-noun scan of one text
def _pattern_hits(pattern: re.Pattern[str] | tuple[tuple[str, re.Pattern[str]], ...], word_start: bool,
                  text: str) -> list[tuple[int, int]]:
    if isinstance(pattern, tuple):
        return sorted(m.span() for needed, cue in pattern if needed in text for m in cue.finditer(text))
    return [m.span() for m in pattern.finditer(text)
            if not (word_start and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]


_STUDY_NEEDS = ("stud", "trial", "analys", "review", "paper", "report", "survey", "experiment", "investigation", "RCT",
                "article", "pilot", "publication", "esearch", "indings", "Cochrane")
_YEAR_ANCHOR = _Anchor(_YEAR_IN, 120, 64)  # after the year: its brackets may hold a journal or the study's DOI
# Both anchors find the same windows; each needs only what its own pattern cannot match without.
_ETAL_ANCHOR = _Anchor(_ETAL_CUE, 120, 4, ("leagues", "workers", "others", "co-author", "coauthor", "co-reviewer", "coreviewer",
                                            "co-investigator", "coinvestigator"), needs_pattern=re.compile(r"et\.?\s+al"))
# Opens on the "s", looking behind for the apostrophe: a class holding "’" is scanned for slowly.
_GROUP_ANCHOR = _Anchor(_ETAL_CUE, 120, 4, needs_pattern=re.compile(r"s(?<=['’]s)\s+(?:research\s+)?(?:group|team|lab)"))
_NAMED_ANCHOR = _Anchor(_STUDY_NOUN, 160, 1, ("trial", "study", "RCT"), word_start=True)
_CAPS_ANCHOR = _Anchor(_ET_AL, 40, 30, needs_pattern=_ET_AL)
_STUDY_ANCHOR = _Anchor(_STUDY_NOUN, 160, 1, _STUDY_NEEDS, word_start=True)
# Ten capitalised words: one scan for their first letters beats ten substring tests.
_ORG_ANCHOR = _Anchor(_ORG_NOUN, 160, 160, needs_pattern=_ORG_NOUN)
_PUBLISHING_ANCHOR = _Anchor(None, 3, 240, ("ublished", "eatured", "ppear", "report", "printed", "described", "riting", "onclude",
                                             "wrote", "write"))
_ROLE_ANCHOR = _Anchor(None, 80, 90, ("author", "led by", "Led by", "nvestigator", "esearcher", "who led", "presented",
                                      "s team", "s group", "s lab", "s research"))
_PLATFORM_ANCHOR = _Anchor(None, 60, 160, ("channel", "video", "podcast", "vlog", "blog", "reel", "livestream", "YouTube", "TikTok", "Instagram"))
_RESEARCHERS_ANCHOR = _Anchor(None, 12, 160, ("esearchers", "cientists", "nvestigators", "octors", "linicians", "team"))

_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?\b(10\.\d{4,9}/[^\s\"<>\[\]]+)", re.IGNORECASE)
_PMID = re.compile(r"\b(?:PMID|PubMed\s+ID)\s*[:#]?\s*(\d{4,9})\b")  # "PMID: 31234567", "PubMed ID 31234567"
# A PubMed abstract's address holds its PMID: "https://pubmed.ncbi.nlm.nih.gov/31234567/", ".../pubmed/31234567".
_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{4,9})(?![\d.])")
# A PubMed Central ID or an arXiv ID names the paper as surely as a PMID; the claim has no field
# for either, so each is kept as the paper's canonical address: "PMCID: PMC6543210", "arXiv:2104.01234v3".
_PMCID = re.compile(r"(?<![\w/])PMC(\d{5,8})(?![\w/])")
_ARXIV = re.compile(r"\barXiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d{1,2})?)(?![\w.])")
_REGISTRIES = [row.split("\t") for row in word_list("trial_registries.tsv")]
REGISTRY_PREFIXES = tuple(prefix for prefix, _ in _REGISTRIES)  # every registry ID holds one
# Any registry's ID (no groups): one pattern for the attribution here and the flags of verification.
REGISTRY_ID = rf"\b(?:{'|'.join(pattern for _, pattern in _REGISTRIES)})\b"
_REGISTRY = re.compile(f"({REGISTRY_ID})")
_SPACED_PREFIX = re.compile(r"^(ISRCTN|NCT|ACTRN|DRKS|PACTR)\s")  # "NCT 01234567" is NCT01234567
_EU_NUMBER = re.compile(r"^(EudraCT|EU\s?CT(?!R))\D*")  # "EudraCT No. 2015-...", "EU CT number: 2023-..."
_ISRCTN_NUMBER = re.compile(r"\bISRCTN\b[^.\d]{0,40}?(?<![\d-])(\d{8})(?![\d-])")  # "ISRCTN registry number is 70584524"
_URL = re.compile(r"\bhttps?://[^\s<>\"\]\[)]+|\bwww\.[^\s<>\"\]\[)]+")
# A link the writer introduces as someone else's account of the study.
_SECONDARY_LINK = re.compile(r"\b(?:summary|summari[sz]ed|write-?up|overview|news\s+(?:story|article)|blog\s+post|"
                             r"coverage|commentary)\s+(?:of\s+it\s+|of\s+the\s+\w+\s+)?(?:here|at|on|in)?\s*:?\s*$",
                             re.IGNORECASE)

# What any attribution needs: a digit, one of these words, a superscript, or a capitalised
# name after "in", "by", "the" or "a(n)" (each branch opens on a literal, the word start
# checked after it, so the scan skips to i/b/t/T/a/A at C speed).
_CITING_WORDS = ("[", "^", "et al", "et. al", "etal", "colleagues", "coworkers", "funded", "sponsored", "supported by",
                 "conducted by", "published", "reported", "appear", "printed", "described", "Writing", "writing",
                 "journal", "esearcher", "cientists", "nvestigator", "octors", "linicians", "team", "author", "led by",
                 "who led", "research", "findings", "http", "www.", "Journal", "Published", "Source", "JAMA", "NEJM", "BMJ", "Lancet", "PNAS", "CMAJ")
_NAME_AFTER = re.compile(
    r"i(?<!\wi)n\s+(?:the\s+)?[*_]?[A-Z]|b(?<!\wb)y\s+(?:the\s+)?[*_]?[A-Z]|t(?<!\wt)he\s+(?:the\s+)?[*_]?[A-Z]"
    r"|T(?<!\wT)he\s+(?:the\s+)?[*_]?[A-Z]|a(?<!\wa)n?\s+[A-Z]|A(?<!\wA)n?\s+[A-Z]"
)
_DIGIT = re.compile(r"\d")
_HAS_SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")  # searched only outside ASCII (``str.isascii`` is a flag test)
# What any identifier but a DOI needs: "PMID" and the registries' prefixes, all of them led by a
# letter rare in prose, in one scan (cheaper than twenty substring tests), links by two tests.
_ID_PREFIX = re.compile("|".join(re.escape(word) for word in ("PMID", "PubMed ID", "PMC", "arXiv", *REGISTRY_PREFIXES)))
_DOI_START = re.compile(r"10\.\d")
_DOI_CORE = re.compile(r"10\.\d{4,9}/")
_STOPWORDS = frozenset(word_list("attribution_stopwords.txt"))
_TRIAL_PLACES = frozenset(word_list("trial_places.txt"))
_TRAILING_PUNCT = ".,;:)]}'\"”’»*!"  # closing quotes and markdown emphasis too: 'doi: 10.x/y”.', '**doi:10.x/y**'


MARKER_KINDS = ("superscript", "glued-marker", "marker")  # numbered citations, as opposed to named ones


def may_cite(text: str) -> bool:
    """False when ``text`` cannot hold any attribution: substring tests and two searches
    (most texts hold a digit or a bracket, found long before the rest is tried)."""
    return ("[" in text or _DIGIT.search(text) is not None or _holds_any(text, _CITING_WORDS)
            or (not text.isascii() and _HAS_SUPERSCRIPT.search(text) is not None) or _NAME_AFTER.search(text) is not None)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in ``text``, ordered by start, overlaps resolved in favour of
    the more specific hit (a DOI inside a URL is a DOI; an author-year beats a bare
    author)."""
    if not may_cite(text):
        return []
    hits: list[Attribution] = []
    journals = _journal_month_years(text) if ("," in text and _COMMA_MONTH.search(text)) or (
        _holds_any(text, _SEPARATORS) and _SEPARATOR_MONTH.search(text)) else []
    # "Journal of Research in Nursing, May 2020" is no author "Nursing"
    if ":" in text and _holds_any(text, _SOURCE_LABELS):
        journals += _labelled_sources(text)
    dated = bool(_YEAR_ANCHOR.hits(text))  # the year scan _author_years makes anyway (cached)
    if dated and (text[-1] in _LINE_END_YEAR or "\n" in text) and _holds_any(text, _TITLE_SEPARATORS):
        journals += _title_sources(text)
    if dated and _holds_any(text, _MEETING_VERBS):
        journals += _meetings(text)
    if "Vol" in text and "(" in text:
        journals += _volume_sources(text)
    if "ublished" in text and ("(19" in text or "(20" in text):
        journals += _published_bracket_years(text)
    if (dated and "(" in text) or "ccording to" in text or "the journal" in text:
        journals += _named_journals(text)  # "(The Lancet X, 2017)" is no author "X"
    hits += [h for h in _author_years(text) if not any(j.start <= h.start < j.end for j in journals)] + journals
    if dated and ";" in text:
        hits += _citation_lines(text)
    if dated and "," in text:
        hits += _author_journal_lines(text)
        hits += _surname_initials_years(text)
        if _holds_any(text, _QUOTE_THEN_COMMA):
            hits += _quoted_title_citations(text)
        if _holds_any(text, MLA_QUOTE_STOPS):
            hits += _mla_citations(text)
    if dated and "(" in text:
        hits += [Attribution("venue-year", m.start() + 1, m.end("year"), text[m.start() + 1:m.end("year")],
                             year=int(m.group("year")[:4]), venue=m.group("venue")) for m in _ACRONYM_IN_BRACKETS.finditer(text)]
    markers = _markers(text)
    if markers and (" and " in text or " & " in text):
        hits += _pair_subjects(text)
    if markers and _holds_any(text, _STUDY_OWNER_CUES):
        hits += _study_owners(text)
    hits += markers
    hits += _venue_years(text)
    hits += _identifiers(text)
    if dated:
        hits = [_with_year_after(text, h) if h.venue and h.year is None else h for h in hits]
    hits = [_without_article_type(h) if h.venue and _ARTICLE_TYPE.match(h.venue) else h for h in hits]
    if "    " in text:
        hits = [h for h in hits if not _running_head(text, h)]
    if dated:
        hits = _without_bodies(text, hits)  # "(American Heart Association, 2018)" is no author "Association"
        hits = [dataclasses.replace(h, kind="venue-year", venue=h.first_author, first_author=None)
                if h.kind == "author-year" and h.first_author in PLATFORMS else h for h in hits]  # "(YouTube, 2023)"
    if "from " in text or "in " in text or "at " in text:
        hits = [_past_place(text, h) if h.first_author and _PLACE_WORD_BEFORE.search(text, max(0, h.start - 6), h.start) else h for h in hits]
    return _without_overlaps(hits)


def _past_place(text: str, hit: Attribution) -> Attribution:
    """``hit`` without the place named before its authors ("a trial from Izmir, Yurtsever and colleagues (2019)")."""
    listed = _NEXT_NAME.match(text, hit.start + len(hit.first_author or ""))
    if not listed or listed.start("name") >= hit.end or _CITED_IN.search(text, max(0, hit.start - 30), hit.start):
        return hit
    return dataclasses.replace(hit, start=listed.start("name"), text=text[listed.start("name"):hit.end], first_author=listed.group("name"))


# Two surnames opening a sentence as the subject of what the study did: "Halloran and Beck
# randomised 52 children ...", "Osei & Lind compared ...".
_PAIR_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;:\d]\s)|(?<=\n))(?P<first>{_SURNAME})\s+(?:and|&)\s+(?P<second>{_SURNAME})\s+"
    r"(?:(?:also|later|then|similarly|previously|first)\s+)?(?:randomi[sz]ed|enrolled|compared|assigned|allocated|"
    r"recruited|treated|tested|studied|followed|gave)\s+"  # a verb of running the trial with its object, not a passive's
    r"(?!(?:to|with|in|into|for|by|at|on|as|from|was|were|had|have|who|which|that)\b)[\w(]"
)
# The second name and its verb, which every match holds: the full pattern is tried at every
# position of a paragraph, this one rules most paragraphs out at a tenth of the cost.
_PAIR_VERB = re.compile(
    r"(?:and|&)\s+(?:[^\s;]+\s+){1,6}?(?:(?:also|later|then|similarly|previously|first)\s+)?(?:randomi[sz]ed|enrolled|compared|"
    r"assigned|allocated|recruited|treated|tested|studied|followed|gave)\s"
)


def _pair_subjects(text: str) -> list[Attribution]:
    """Two authors named without a year as a sentence's subject, in a passage that cites
    by number: the sentence's marker gives the reference, the names its first author."""
    return [Attribution("author", m.start(), m.end("second"), text[m.start():m.end("second")], first_author=m.group("first"))
            for m in (_PAIR_SUBJECT.finditer(text) if _PAIR_VERB.search(text) else ())
            if not (_is_stopword(m.group("first")) or _is_stopword(m.group("second")))]


# A study named for its author beside a number marker: "In Blackwood's trial, ... [9]", "The
# Ostergaard protocol cooled ... [8]", "the Kowalski group found ...7". The marker gives the
# reference, the name its first author; a group or team must be doing what a study does, so
# "the Placebo group had ..." names an arm.
_STUDY_OWNER = re.compile(
    rf"(?<![\w'’-])(?P<first>{_SURNAME})['’]s\s+(?:(?:[a-z][\w-]*|\d{{4}})\s+){{0,2}}?"
    r"(?:trial|study|RCT|cohort|series|protocol|regimen|experiment)s?\b"
    rf"|(?:T(?<!\wT)|t(?<!\wt))he\s+(?P<named>{_SURNAME})\s+(?:protocol|regimen|technique"
    r"|(?:group|team)\s+(?:[a-z]+ly\s+)?(?:found|showed|reported|randomi[sz]ed|enrolled|tested|treated|studied|compared|"
    r"observed|demonstrated|conducted|ran|published|followed|recruited|assigned|measured|gave)\b)"
)
_STUDY_OWNER_CUES = ("'s ", "’s ", " protocol", " regimen", " technique", " group ", " team ")
_NOT_OWNERS = frozenset(word_list("possessive_not_authors.txt"))


def _study_owners(text: str) -> list[Attribution]:
    """Authors named as a study's owner, in a passage that cites by number."""
    hits = []
    for m in _STUDY_OWNER.finditer(text):
        name = m.group("first") or m.group("named")
        if not (_is_stopword(name) or name in _NOT_OWNERS or name in _TRIAL_PLACES or _VENUE_CUE.search(name)
                or _INSTITUTION.match(name) or name in _JOURNAL_WORDS):
            hits.append(Attribution("author", m.start(), m.end(), m.group(0), first_author=name))
    return hits


def _running_head(text: str, hit: Attribution) -> bool:
    """Whether an author hit is a PDF page's running head ("Short title      Okafor et al."):
    the authors of the paper itself, pushed to the right margin after a wide gap and ending
    the line, cite nothing in the prose the page break landed in."""
    if hit.kind != "author" or hit.year is not None or not hit.text.rstrip(".").endswith("al"):
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    return bool(_HEAD_GAP.search(text, line_start, hit.start)) and bool(_LINE_REST.match(text, hit.end))


# Text, then a margin-wide run of spaces up to the running head; after it, only the line end.
_HEAD_GAP = re.compile(r"\S {4,}$")
_LINE_REST = re.compile(r"[ \t]*(?:\n|$)")


# The article type a journal's first page prints before the journal's name: "ORIGINAL ARTICLE Magnesium
# Research 2008; 21 (2)", "Research Article Journal of Sleep Science 2019".
_ARTICLE_TYPE = re.compile(
    r"(?:ORIGINAL|Original|RESEARCH|Research|REVIEW|Review|CLINICAL|Clinical|BRIEF|Brief|SHORT|Short|CASE|Case)\s+"
    r"(?:ARTICLE|[Aa]rticle|PAPER|[Pp]aper|REPORT|[Rr]eport|COMMUNICATION|[Cc]ommunication|STUDY|[Ss]tudy|"
    r"INVESTIGATION|[Ii]nvestigation|RESEARCH|[Rr]esearch)\s+(?=[A-Z])"
)


# A journal named as the source, its year in brackets: "according to the European Heart Journal (2019)",
# "(The Lancet Psychiatry, 2017)", "(European Heart Journal 2019;40:87-95)". A name may be an organisation's
# ("according to the American Heart Association"): it counts only when one of its words is a journal's.
_JOURNAL_NAME = r"(?P<venue>[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&|for|on|in)\s+)?[A-Z][\w&'’-]*){0,7})"
_ACCORDING_TO_JOURNAL = re.compile(
    r"(?:\b[Aa]ccording\s+to\s+(?:the\s+(?:journal\s+)?)?|\b(?:reports?|reported|says|said|notes|noted|writes|wrote)\s+the\s+journal\s+)"
    rf"{_JOURNAL_NAME}(?:\s*\((?P<year>{_YEAR})\))?(?![\w-])")
_JOURNAL_YEAR_IN_BRACKETS = re.compile(
    rf"\((?:[Ss]ee\s+)?(?:[Tt]he\s+)?{_JOURNAL_NAME},?\s+(?P<year>{_YEAR})(?![\w-])(?:\s*[;,:][^()\n]{{0,30}})?\)")


# Volume and first page after the year: "(Birth 2016;43:1-8)", "(Obstetrics and Gynecology 2016;128(2):e1)".
# No author-year carries them, whatever the name's words.
_VOLUME_TAIL = re.compile(r"\s*;\s*\d{1,4}(?:\s*\(\d{1,3}\))?\s*:\s*[eS]?\d")


def _named_journals(text: str) -> list[Attribution]:
    """Journals named as the source of what a sentence reports, with the year when it is bracketed."""
    hits = []
    found = list(_ACCORDING_TO_JOURNAL.finditer(text)) if "ccording to" in text or "the journal" in text else []
    for m in found + (list(_JOURNAL_YEAR_IN_BRACKETS.finditer(text)) if "(" in text else []):
        venue = m.group("venue")
        words = venue.split()
        if _ORG_NOUN.search(venue) or not _VOLUME_TAIL.match(text, m.end("year")) and (
                not any(w in _JOURNAL_WORDS or w in _JOURNAL_ACRONYMS for w in words) or (
                len(words) == 3 and words[1] in ("and", "&") and words[0] not in _JOURNAL_WORDS)):
            continue  # "(Smith and Care, 2020)": two authors, one named like a journal's word
        year = m.group("year")
        start = m.start("venue")
        hits.append(Attribution("venue-year", start, m.end(), text[start:m.end()], venue=venue,
                                year=int(year[:4]) if year else None))
    return hits


def _organisation_rows(kind: str) -> tuple[str, ...]:
    """The words of one kind (head, body, publisher) in the organisations lexicon."""
    return tuple(row.split("\t")[1] for row in word_list("organisations.tsv") if row.startswith(kind + "\t"))


_ORG_HEADS = _organisation_rows("head")
_ORG_BODIES = _organisation_rows("body")
_ORG_PUBLISHERS = _organisation_rows("publisher")
_ORG_WORD = r"[A-Z][\w&'’.-]*"
_ORG_JOIN = r"(?:(?:of|for|and|&|on|the|in)\s+)*"
# A body's name and the year cited after it: "(American Heart Association, 2018)", "Health Canada (2019)",
# "(Centers for Disease Control and Prevention, 2015)", "(World Health Organization [WHO], 2020)", "(WHO 2021)".
_ORGANISATION_YEAR = re.compile(
    rf"(?<![\w&'’.-])(?P<org>(?:{_ORG_WORD}\s+{_ORG_JOIN}){{1,6}}(?:{'|'.join(_ORG_HEADS)})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_ORG_WORD}(?:\s+{_ORG_JOIN}{_ORG_WORD}){{0,4}})?"
    rf"|(?<=\()(?:{'|'.join(_ORG_BODIES + _ORG_PUBLISHERS)})|(?:{'|'.join(_ORG_PUBLISHERS)})(?:\s+{_ORG_WORD}){{0,3}})"
    rf"(?:\s*\[[A-Z]{{2,10}}\])?(?:,?\s+|\s+\()(?P<year>{_YEAR})(?![\w-])\s*[);,]")
# Looked for only in the stretches around years (computed anyway), where most texts hold no body.
_ORG_CUE = re.compile(trie_pattern(_ORG_HEADS + _ORG_BODIES + _ORG_PUBLISHERS, strict_spaces=True, not_after=r"[\w]"))
_JOURNAL_BEFORE_ORG = re.compile(r"(?:Journal|Proceedings|Bulletin|Annals|Archives|Transactions)\s+of\s+(?:the\s+)?$")
_JOURNAL_IN_ORG = re.compile(r"\b(?:Journal|Proceedings|Bulletin|Annals|Archives|Transactions)\s+of\b")


def _without_bodies(text: str, hits: list[Attribution]) -> list[Attribution]:
    """``hits`` without those read inside a body's name cited with a year: a body's guidance
    or statistic cites no study, so "Association" or "Canada" is no author and "Health
    Canada" no journal. A publisher of reviews ("Cochrane Collaboration (2020)") and a
    journal named after its society ("Journal of the American Heart Association 2019")
    are the venue."""
    bodies = [m for start, end in _windows(text, _YEAR_ANCHOR) if _ORG_CUE.search(text, start, end)
              for m in _ORGANISATION_YEAR.finditer(text, start, end)
              if not _JOURNAL_BEFORE_ORG.search(text, max(0, m.start() - 30), m.start())]
    if not bodies:
        return hits
    kept = [h for h in hits if not any(b.start() <= h.start < b.end("year") for b in bodies)]
    for m in bodies:
        org = m.group("org")
        journal = _JOURNAL_IN_ORG.search(org)
        venue = org[journal.start():] if journal else next((p for p in _ORG_PUBLISHERS if org.startswith(p)), None)
        if venue:
            start = m.start() + (journal.start() if journal else 0)
            kept.append(Attribution("venue-year", start, m.end("year"), text[start:m.end("year")],
                                    venue=venue, year=int(m.group("year")[:4])))
    return kept


def _without_article_type(hit: Attribution) -> Attribution:
    """The journal without the article type printed before it."""
    label = _ARTICLE_TYPE.match(hit.venue or "")
    venue = hit.venue[label.end():] if label and hit.venue else hit.venue
    if not venue:
        return hit
    at = hit.text.find(venue)
    return dataclasses.replace(hit, venue=venue, start=hit.start + max(at, 0), text=hit.text[max(at, 0):])


def _published_bracket_years(text: str) -> list[Attribution]:
    """A name after "published in" with its year in brackets is a journal, whatever its
    words ("published in Alimentary Pharmacology & Therapeutics (2003)"); read alone, its
    last words and the year look like two authors."""
    hits = []
    for m in _matches(_PUBLISHED_IN, text, _PUBLISHING_ANCHOR):
        if not m.group("verb").lower().startswith("publish") or (found := _venue_of(m, needs_cue=False)) is None:
            continue
        venue, year, end = found
        if year is None and (bracket := _BRACKET_YEAR.match(text, end)):
            hits.append(Attribution("venue-year", m.start(), bracket.end(), text[m.start():bracket.end()],
                                    year=int(bracket.group(1)[:4]), venue=venue))
    return hits


def _with_year_after(text: str, hit: Attribution) -> Attribution:
    """A journal's year printed after it: on the next line ("Published in: Am J Geriatr
    Psychiatry" / "July 2017"), in its volume details ("Sleep Medicine (Volume 40, Issue 1,
    July 2014, Pages: 51-62)") or as the day it appeared ("... on March 12, 2024")."""
    after = _YEAR_AFTER_VENUE.match(text, hit.end)
    if after is None:
        return hit
    return dataclasses.replace(hit, year=int((after.group("line_year") or after.group("volume_year") or after.group("dated_year"))[:4]))


_MARKER_LIST = re.compile(r"\s*[,;]\s*")
_MARKER_RANGE_DASH = re.compile(r"\s*[-–—]\s*")


_WORD_GLUED_TO = re.compile(r"(?<![\w@-])[a-z]+$")  # a word of letters alone, right before the digits


def cites_in_order(text: str) -> bool:
    """Whether digits glued to words number the text's citations in order, as a copy flattens a page's superscripts
    ("... a few dozen children1,2. ... combined with behavioral treatment3. ... a new melatonin product4."): the
    first is 1, each new number at most one past the highest so far, and at least two of them. Doses, counts and
    page numbers glued to a word do not count up so."""
    highest = 0
    for m in _GLUED.finditer(text):
        word = _WORD_GLUED_TO.search(text, max(0, m.start() - 30), m.start())
        if word is None or len(word.group(0)) < 4 or _GLUED_NOT_AFTER.search(word.group(0)) or text[m.end():m.end() + 1] not in ".,;:)":
            continue  # not a username ("reply_user1 · 4 Feb"), a version or a label glued to its number
        for number in map(int, expand_markers(m.group(0))):
            if number > highest + 1:
                return False
            highest = max(highest, number)
    return highest >= 2


def expand_markers(spec: str) -> list[str]:
    """"7-9" -> ["7", "8", "9"], "7, 9" -> ["7", "9"]; implausible ranges give []."""
    if spec.isdigit():  # most markers: one number
        number = int(spec)
        return [str(number)] if number < 1000 else []
    markers: list[str] = []
    for part in _MARKER_LIST.split(spec.strip()):
        bounds = _MARKER_RANGE_DASH.split(part)
        if not all(b.isdigit() for b in bounds) or len(bounds) > 2:
            return []
        low, high = int(bounds[0]), int(bounds[-1])
        if high < low or high - low > 50 or high >= 1000:
            return []
        markers += [str(i) for i in range(low, high + 1)]
    return markers


# A platform named as a segment of a bracketed citation: "(Headache Hacks, YouTube, 2023)".
_PLATFORM_SEGMENT = re.compile(r"[,;]\s*(" + "|".join(re.escape(name) for name in PLATFORMS) + r")\s*[,;]")


def _author_years(text: str) -> list[Attribution]:
    hits = []
    comma, bracket = "," in text, "(" in text
    for start, end in _windows(text, _YEAR_ANCHOR):
        if comma or bracket:
            hits += _authors_before_acronyms(text, start, end, comma, bracket)
        for m in _AUTHOR_YEAR.finditer(text, start, end):
            first = m.group("first")
            year = int((m.group("year") or m.group("paren_year"))[:4])
            hit = _journal_date(text, m)
            if hit is None and (not _is_stopword(first) or (_ET_AL.search(m.group(0)) and _given_name_before(text, m.start()))
                                ) and first not in _JOURNAL_WORDS and not _title_before(text, m):
                start, first = _past_opening_place(text, m)
                end = m.start("id") if m.group("id") else m.end()  # the ID in the brackets is a hit of its own
                hit = Attribution("author-year", start, end, text[start:end], first_author=first, year=year,
                                  markers=(m.group("sup"),) if m.group("sup") else (), venue=m.group("journal"))
                if platform := _PLATFORM_SEGMENT.search(text, m.start(), m.end()):
                    # "(Headache Hacks, YouTube, 2023)": a channel on a platform, not an author
                    hit = Attribution("venue-year", start, m.end(), text[start:m.end()], year=year, venue=platform.group(1))
                elif "(" in text[max(0, m.start() - 2):m.start()] and _VOLUME_PAGES.match(text, m.end()):
                    # "(Atherosclerosis, April 2020;299:1-8)": a journal's volume and pages follow, so the word is the journal
                    hit = Attribution("venue-year", m.start(), m.end(), m.group(0), year=year, venue=first)
            elif hit is None and first in _JOURNAL_WORDS and (
                    journal := _JOURNAL_IN_BRACKETS.match(text, m.start() - 1)) and journal.group("venue") == first:
                hit = Attribution("venue-year", m.start(), m.end(), m.group(0), year=year, venue=first)
            if m.group("year") and "," in text[max(0, m.start() - 60):m.start("year")]:
                # "(Okoye et al., Sleep Med Open 2025)": "Open 2025" read as a surname (or a stopword) and year
                read = hit or Attribution("venue-year", m.start(), m.end(), m.group(0), year=year)
                hit = _authors_before_journal(text, read, m.start("year")) or hit
            if hit is not None and (hit.kind != "author-year" or "(" in text[max(0, hit.start - 40):hit.start]):
                hit = _authors_before_bracketed_journal(text, hit) or hit
            if hit is not None and hit.kind == "venue-year" and text[hit.start - 1:hit.start] == "(":
                hit = _pair_before_bracket(text, hit) or hit
            if hit is not None and hit.kind == "author-year" and ("(" in text[hit.end:hit.end + 2] or text[hit.end:hit.end + 1] == ","):
                hit = _with_bracketed_journal(text, hit)
            if hit is not None:
                hits.append(hit)
    for m in (_matches(_AUTHOR_ETAL, text, _ETAL_ANCHOR) + _matches(_AUTHOR_GROUP, text, _GROUP_ANCHOR)
              + _matches(_THE_NAMED, text, _NAMED_ANCHOR)):
        named = m.groupdict().get("named")
        name = named or m.group("first")
        start = m.start()
        if not named and (name in _TRIAL_PLACES or _PLACE_WORD_BEFORE.search(text, max(0, m.start() - 6), m.start())) and (
                listed := _NEXT_NAME.match(text, m.start("first") + len(name))):
            start, name = listed.start("name"), listed.group("name")  # "a trial in Ghana, Asante et al. gave", "from Izmir, Yurtsever and colleagues"
        if not _is_stopword(name) and not (named and (_VENUE_CUE.search(name) or name in _TRIAL_PLACES or name in _NOT_OWNERS)):
            glued = None if named else _YEAR_AND_MARKER.match(text, m.end())
            if glued:  # "Ionescu et al, 201946": the year and its superscript reference number, flattened
                hits.append(Attribution("author-year", m.start(), glued.end(), text[m.start():glued.end()], first_author=name,
                                        year=int(glued.group(1)), markers=(glued.group(2),)))
                continue
            if not named and start > 3 and text[start - 1] == " ":
                person = _person_before_place(text, start, "," in text[start:m.end()])
                if person is not None:
                    if not person:
                        continue
                    m_start, name = person
                    hits.append(Attribution("author", m_start, m.end(), text[m_start:m.end()], first_author=name))
                    continue
            lead = _LEAD_YEAR.search(text, max(0, m.start() - 36), m.start())  # "In 2008, Jorde and colleagues"
            # "Nakashima and colleagues in 2021"; an eponymous trial's bracketed year: "the Mbeki-Hartley trial (2021)"
            trail = None if lead else _BRACKET_YEAR.match(text, m.end()) if named else _TRAIL_YEAR.match(text, m.end())
            year = int((lead or trail).group(1)[:4]) if lead or trail else None
            end = trail.end() if trail else m.end()
            sup = None if named else m.groupdict().get("sup")
            hits.append(Attribution("author-year" if trail else "author", start, end, text[start:end],
                                    first_author=name, year=year, markers=(sup,) if sup else ()))
    for m in _matches(_PLATFORM_SPEAKER, text, _PLATFORM_ANCHOR):
        year = int(m.group("year")[:4]) if m.group("year") else None
        hits.append(Attribution("author-year" if year else "author", m.start(), m.end(), m.group(0), first_author=m.group("first"), year=year))
    for m in _matches_each((_ROLE_AUTHOR, _AUTHOR_ROLE, _PRESENTER, _TEAM_AUTHOR), text, _ROLE_ANCHOR):
        name = m.group("first")
        if not (_is_stopword(name) or _VENUE_CUE.search(name) or _INSTITUTION.match(name)
                or _PLACE_WORD_BEFORE.search(text, max(0, m.start("first") - 6), m.start("first"))):  # "a team in Leeds": a place
            trail = _TRAIL_YEAR.match(text, m.end())  # "a team led by Dr Ortiz in 2019"
            hits.append(Attribution("role-author", m.start(), trail.end() if trail else m.end(),
                                    text[m.start():trail.end() if trail else m.end()], first_author=name,
                                    year=int(trail.group(1)[:4]) if trail else None))
    for m in _matches(_CAPS_ETAL, text, _CAPS_ANCHOR):
        name = m.group("first").title()
        if not _is_stopword(name):
            year = int(m.group("year")[:4]) if m.group("year") else None
            hits.append(Attribution("author-year" if year else "author", m.start(), m.end(), m.group(0),
                                    first_author=name, year=year))
    if "-\n" in text or "-\r\n" in text:  # a PDF's line-break hyphen inside a surname: "Ha-\nraldsen" is Haraldsen
        hits = [dataclasses.replace(h, first_author=_LINE_BREAK_HYPHEN.sub(_rejoined_hyphen, h.first_author))
                if "\n" in (h.first_author or "") else h for h in hits]
    return [_with_surname_head(text, h) if h.first_author and (h.first_author.split(None, 1)[0] in _LOWER_PARTICLES
                                                              or h.first_author in _GENERATIONAL)
            else _with_surname_rest(text, h) if h.kind == "role-author" and " " in text[h.end:h.end + 1] else h
            for h in hits]


# A journal named in brackets after its author and year, as newsletters and digests give it:
# "Abernethy & Sow, 2024 (J Trauma Stress Prim Care)", "Okafor et al., 2021 (Lancet Respir Med)".
_BRACKETED_JOURNAL = re.compile(r"\s?\((?P<venue>[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){1,7})\)")
# (the name stays on its line: the next line's first word is the text's, "... Physiology\nTwenty-four cyclists")
_COMMA_JOURNAL = re.compile(r",[ \t]+(?P<venue>[A-Z][\w.'’-]*(?:[ \t]+(?:(?:of|and|&|the|for|in)[ \t]+)?[A-Z][\w'’-]*){1,7})(?=[.,;:]?(?:\s|$))")
_ABBREVIATED_LEADS = frozenset(["J", "Br", "Am", "Eur", "Int", "Ann", "Arch", "Clin", "Scand", "Can", "Aust"])


def _with_bracketed_journal(text: str, hit: Attribution) -> Attribution:
    """``hit`` with the journal its brackets name after it, or a comma after its bracketed year ("Hollis et al.
    (2023), Vet Record Open."); a bracket of other capitalised words (a place, a trial's name) is left alone."""
    bracket = _BRACKETED_JOURNAL.match(text, hit.end) or (_COMMA_JOURNAL.match(text, hit.end) if hit.text.endswith(")") else None)
    if bracket is None:
        return hit
    venue = bracket.group("venue")
    words = [w.rstrip(".") for w in venue.split() if w != "&"]
    if not (words[0] in _ABBREVIATED_LEADS or words[-1] in _JOURNAL_WORDS or _VENUE_CUE.search(venue)):
        return hit
    return dataclasses.replace(hit, end=bracket.end(), text=text[hit.start:bracket.end()], venue=venue)


# The words of a heading or product name before its last word and a year: "CBD Oil & Anxiety (2019)",
# "Research on Magnesium (2019)", "Omega-3 Benefits (2020)": an acronym or a word with a digit,
# or a capitalised word and the joining word of a title.
_TITLE_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w-]*\s+(?:on|&|vs\.?|versus|for)|(?<![\w.-])(?:[A-Z]{3,}|[A-Z][A-Za-z]*-?\d+[a-z]?))\s+$")
_HONORIFICS = frozenset(["Professor", "Prof", "Doctor", "Dr", "Drs", "Mr", "Mrs", "Ms", "Dean", "Sir", "Dame"])
_WORD_BEFORE_PAIR = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)\s+$")


def _title_before(text: str, found: re.Match[str]) -> bool:
    """Whether the name and bracketed year of ``found`` end a title or a product's name, not cite an author."""
    start = found.start()
    if start < 3 or text[start - 1] != " " or found.group("paren_year") is None or _ET_AL.search(found.group(0)):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 30), start):
        return True
    word = _WORD_BEFORE_PAIR.search(text, max(0, start - 20), start) if " & " in found.group(0) else None
    # "Zinc Lozenges & Colds (2020)", not "In Lee & Ito (2019)" nor "Professor Lee & Ito (2019)"
    return word is not None and word.group(1) not in _STOPWORDS and word.group(1) not in _HONORIFICS


_LINE_BREAK_HYPHEN = re.compile(r"-\r?\n(.)")


def _rejoined_hyphen(found: re.Match[str]) -> str:
    """"Ha-\nraldsen" is Haraldsen; "Ruiz-\nOrtega" keeps its hyphen (the next part is capitalised)."""
    return ("-" if found.group(1).isupper() else "") + found.group(1)


# "In Uganda, Lutalo and Ochieng (2021)": a place opening its sentence, then the author list.
_OPENING_IN = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)In\s+$")
# A place's preposition just before a capitalised word: "a trial from Izmir, Yurtsever and colleagues", "a team in Leeds".
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|from|at)\s+$")
# ... unless the words before cite a work: "as shown in Smith, Jones and Lee (2019)".
_CITED_IN = re.compile(r"\b(?:shown|described|reported|reviewed|published|cited|summari[sz]ed|noted|discussed|found|seen|outlined|detailed)\s+(?:in|from)\s+$")
_NEXT_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+)")


def _past_opening_place(text: str, found: re.Match[str]) -> tuple[int, str]:
    """Where an author-year hit starts and its first author, past a listed place that opens the
    sentence ("In Denmark, Holm et al. (2018)" is Holm's); the hit as matched otherwise."""
    first = found.group("first")
    if first not in _TRIAL_PLACES or not _OPENING_IN.search(text, max(0, found.start() - 6), found.start()):
        return found.start(), first
    name = _NEXT_NAME.match(text, found.start("first") + len(first))
    if name is None or name.end() >= found.end() or _is_stopword(name.group("name")):
        return found.start(), first
    return name.start("name"), name.group("name")


def _person_before_place(text: str, start: int, comma: bool) -> tuple[int, str] | tuple[()] | None:
    """The person named before an affiliation that ends on the name at ``start`` ("Jane Smith,
    professor at the University of Sydney, and colleagues": Smith, not Sydney); () when the
    name is an institution's place but no person is named; None when it is no place."""
    window = text[max(0, start - 100):start]
    affiliation = _AFFILIATION_BEFORE.search(window)
    if affiliation is None or not (comma or _INSTITUTION.search(affiliation.group(0))):
        return None
    opens = start - len(window) + affiliation.start()
    persons = [p for p in _PERSON_BEFORE.finditer(text, max(0, start - 200), start)
               if p.start("first") < opens and not (_is_stopword(p.group("first")) or _INSTITUTION.match(p.group("first")))]
    if not persons:
        return ()
    person = persons[-1]
    return person.start("first"), person.group("first")


def _with_surname_rest(text: str, hit: Attribution) -> Attribution:
    """"led by Dr. Ana Alves da Silva": the surname goes on past a lower-case particle."""
    rest = _SURNAME_REST.match(text, hit.end) if text.endswith(hit.first_author or " ", 0, hit.end) else None
    if rest is None:
        return hit
    return dataclasses.replace(hit, end=rest.end(), text=text[hit.start:rest.end()],
                               first_author=f"{hit.first_author} {rest.group(1)}")


def _with_surname_head(text: str, hit: Attribution) -> Attribution:
    """"Alves da Silva", not "da Silva": a capitalised word right before a surname that opens
    on a lower-case particle is the surname's first part (not a sentence's first word, "Then
    van den Berg", nor a given name after a title)."""
    head = _SURNAME_HEAD.search(text, max(0, hit.start - 30), hit.start)
    if head is None or _is_stopword(head.group(1)) or re.search(r"(?:Dr|Prof|Mr|Mrs|Ms)\.?\s*$", text[max(0, head.start() - 6):head.start()]):
        return hit
    start = head.start()
    return dataclasses.replace(hit, start=start, text=text[start:hit.end], first_author=f"{head.group(1)} {hit.first_author}")


def _authors_before_acronyms(text: str, start: int, end: int, comma: bool, bracket: bool) -> list[Attribution]:
    """"(Bélanger, ECCMID 2025)", "Bélanger (ECCMID 2025)": the year after a meeting's or
    journal's acronym belongs to the author list before it, inside the same brackets
    (``_authors_before_journal``) or right before the bracket; the meeting is the venue."""
    hits = []
    for m in _ACRONYM_YEAR.finditer(text, start, end) if comma else ():
        read = Attribution("venue-year", m.start("venue"), m.end(), m.group(0), year=int(m.group("year")[:4]))
        found = _authors_before_journal(text, read, m.start("at"))
        if found is not None and not _NO_VENUE_ACRONYM.match(m.group("venue")):
            hits.append(dataclasses.replace(found, venue=m.group("venue")))
    for m in _PAREN_MEETING.finditer(text, start, end) if bracket else ():
        authors = _AUTHORS_END.search(text, max(0, m.start() - 80), m.start())
        first = authors.group("first") if authors else ""
        if authors is None or (_is_stopword(first) or _NO_VENUE_ACRONYM.match(m.group("venue")) or first in _JOURNAL_WORDS
                               or _VENUE_CUE.search(first) or _INSTITUTION.search(first)
                               or _NAME_RUN.search(text, max(0, authors.start() - 40), authors.start())):
            continue  # "World Health Organization (WHO 2019)": a name's last word, no author
        hits.append(Attribution("author-year", authors.start(), m.end(), text[authors.start():m.end()],
                                first_author=first, year=int(m.group("year")[:4]), venue=m.group("venue")))
    return hits


def _journal_month_years(text: str) -> list[Attribution]:
    """A journal with its issue date, as a source line prints it: "Proceedings of the
    National Academy of Sciences, October 2014", "JAMA Pediatrics, 12 March 2021"."""
    hits = []
    for start, end in _windows(text, _YEAR_ANCHOR):
        for m in _JOURNAL_MONTH_YEAR.finditer(text, start, end):
            lead = _LEAD_IN.match(m.group("venue"))  # "Published in JAMA Pediatrics, March 2021"
            venue = _trim_venue(m.group("venue")[lead.end() if lead else 0:])
            if _VENUE_CUE.search(venue):  # not a dateline: "BOSTON, April 2, 2024"
                begin = m.start() + (lead.end() if lead else 0)
                hits.append(Attribution("venue-year", begin, m.end(), text[begin:m.end()], year=int(m.group("year")[:4]),
                                        venue=venue))
    return hits


def _citation_lines(text: str) -> list[Attribution]:
    """A Vancouver citation's journal when it is an acronym ("JAMA. 2020;323(5):400-10",
    "BMJ 2019;364:l1234": no surname-year reads it), and the author list opening the
    line before its title when no "et al." closes it ("Smith J, Jones K. <Title>. ...")."""
    volumes = [m.start() for m in _VOLUME_AFTER_YEAR.finditer(text)]
    if not volumes:
        return []
    hits = []
    for volume in volumes:
        journal = _ACRONYM_JOURNAL_DATE.search(text, max(0, volume - 60), volume)
        if journal:
            hits.append(Attribution("venue-year", journal.start(), journal.end(), journal.group(0),
                                    year=int(journal.group("year")[:4]), venue=journal.group("venue")))
    for m in _VANCOUVER_AUTHORS.finditer(text):
        if not _is_stopword(m.group("first")):
            hits.append(Attribution("author", m.start("first"), m.end() - 1, text[m.start("first"):m.end() - 1],
                                    first_author=m.group("first")))
    return hits


# Where a citation line can end: its year and a full stop, or its year, bracketed or not,
# closing a heading line ("1) Okafor et al., Ann Trop Med (2021)").
_CITATION_LINE_END = r"(?:\.(?=\s)|[ \t]*(?=\r?\n|$))"
# A digest's citation line, alone or after the article's title: "Okafor et al., Ann Trop Med" / "2021."
# or "Saline nebulisers in bronchiolitis. Lind & Berg, Vet Rec 2019.":
# the first author, then the journal abbreviated word by word, then its year closing the citation
# (on the same line or the next). Read alone, the journal's last word and the year look like an
# author ("Child 2024"), and the authors before the journal go unread.
_AUTHOR_JOURNAL_YEAR = re.compile(
    rf"(?:^[ \t]*|(?<=[.:;)][ \t]))(?P<first>{_SURNAME})(?:\s+et\s+al\.?|\s*(?:&|and)\s+{_SURNAME})?,[ \t]+"
    rf"(?P<venue>[A-Z][A-Za-z&'’-]*\.?(?:[ \t]+(?:[A-Z][A-Za-z&'’-]*\.?|of|and|&|in|for)){{1,6}})"
    rf"(?:[ \t]*\r?\n[ \t]*|,?[ \t]+)(?P<open>\()?(?P<year>{_YEAR})(?(open)\)){_CITATION_LINE_END}",
    re.MULTILINE,
)
# A year ending a citation line, "(?<![\w-])\(?" + _YEAR written with the word start checked after the
# bracket or the year's first digit: a pattern whose branches open on a character is scanned for
# those characters at C speed, where a leading look-behind is tried at every position (4x slower).
_YEAR_STOP = re.compile(
    r"(?:\((?<![\w-]\()(?:19[5-9]\d|20[0-4]\d)|1(?<![\w-]1)9[5-9]\d|2(?<![\w-]2)0[0-4]\d)[a-z]?"
    rf"\)?{_CITATION_LINE_END}"
)


# A reference line that quotes its title: "M Okafor et al., ‘Melatonin for delirium: a trial’,
# Age Ageing, 48:211-218, 2019" (the volume and pages optional, the year last).
_QUOTED_TITLE_CITATION = re.compile(
    rf"(?<![\w'’-])(?:[A-Z]{{1,2}}\.?\s+)?(?P<first>{_SURNAME})(?:\s+et\s+al\.?|(?:,?\s+(?:and|&)\s+(?:[A-Z]{{1,2}}\.?\s+)?{_SURNAME}))?,\s*"
    rf"(?:‘[^\n]{{8,300}}?’|“[^\n]{{8,300}}?”|'[^'\n]{{8,300}}'|\"[^\"\n]{{8,300}}\"),\s*"
    rf"(?P<venue>[A-Z][A-Za-z&.'’ -]{{1,80}}?),\s*(?:\d{{1,4}}(?:\s*\(\d{{1,3}}\))?\s*:\s*\d{{1,5}}(?:[-–]\d{{1,5}})?,\s*)?"
    rf"(?P<year>{_YEAR})(?![\w-])"
)
_QUOTE_THEN_COMMA = ("’,", "”,", "',", '",')


def _quoted_title_citations(text: str) -> list[Attribution]:
    """Reference lines quoting the article's title between its authors and its journal."""
    return [Attribution("author-year", m.start("first"), m.end(), text[m.start("first"):m.end()], first_author=m.group("first"),
                        year=int(m.group("year")[:4]), venue=m.group("venue"))
            for m in _QUOTED_TITLE_CITATION.finditer(text) if not _is_stopword(m.group("first"))]


# An MLA works-cited line: surname, given name(s), "et al." or a second author, then the title in
# quotes ending on its stop, the journal, and volume.issue with the bracketed year ("Okafor, Ngozi,
# et al. "Zinc for Diarrhoea." Pediatric Gut Reports 12.3 (2018): 45-50.") or, in MLA 9, a comma
# list closing on the year ("... Pediatric Gut Reports, vol. 12, no. 3, 2018, pp. 45-50.").
MLA_CITATION = re.compile(
    rf"(?<![\w'’-])(?P<first>{_SURNAME}),\s+[A-Z][\w'’-]*(?:\s+[A-Z]\.|\s+[A-Z][\w'’-]+){{0,2}}"
    rf"(?:,?\s+et\s+al|,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z]\.)?\s+{_SURNAME})?\.\s+"
    rf"[“\"](?P<title>[^\n”\"]{{8,300}}?)[.?!][”\"]\s+(?P<venue>[A-Z][A-Za-z&.'’ :-]{{1,80}}?)"
    rf"(?:\s+\d{{1,4}}(?:\.\d{{1,3}})?\s+\((?P<year>{_YEAR})\)|,\s+vol\.\s*\d{{1,4}},(?:\s+no\.\s*\d{{1,3}},)?"
    rf"(?:\s+[A-Z][a-z]{{2,8}}\.?)?\s+(?P<mla9_year>{_YEAR}))(?![\w-])"
)
MLA_QUOTE_STOPS = ('."', '?"', '.”', '?”')


def _mla_citations(text: str) -> list[Attribution]:
    """MLA works-cited lines, under a finding or in a list: the first author, year and journal."""
    hits = []
    for m in MLA_CITATION.finditer(text):
        if not _is_stopword(m.group("first")):
            year = m.group("year") or m.group("mla9_year")
            hits.append(Attribution("author-year", m.start("first"), m.end(), m.group(0), first_author=m.group("first"),
                                    year=int(year[:4]), venue=m.group("venue").strip(" .:")))
    return hits


# An evidence table's author cell: the surname, a comma, bare initials and the year ("Okafor, LG
# 2011"); never a place and its state or province code ("Boston, MA 2019").
_SURNAME_INITIALS_YEAR = re.compile(rf"(?<![\w'’-])(?P<first>{_SURNAME}),[ \t]+(?P<initials>[A-Z]{{1,3}})[ \t]+(?P<year>{_YEAR})(?![\w-])")
_PLACE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS NT NU ON PE QC SK YT UK US USA NSW QLD VIC SA TAS ACT".split())


def _surname_initials_years(text: str) -> list[Attribution]:
    """Table cells naming a study by its first author's surname, initials and year; looked for
    only before a year that follows a capital and a space."""
    hits = []
    for start, end in _YEAR_ANCHOR.hits(text):
        if text[start - 1:start] in (" ", "\t") and text[start - 2:start - 1].isupper():
            m = _SURNAME_INITIALS_YEAR.search(text, max(0, start - 60), end + 1)
            if m and m.start("year") == start and m.group("initials") not in _PLACE_CODES and not _is_stopword(m.group("first")):
                hits.append(Attribution("author-year", m.start(), m.end(), m.group(0), first_author=m.group("first"),
                                        year=int(m.group("year")[:4])))
    return hits


def _author_journal_lines(text: str) -> list[Attribution]:
    """Citation lines of a digest naming author, journal and year, the year closing them;
    looked for only just before a year closing a line or followed by a full stop."""
    hits = []
    done = 0  # no line runs over the year closing the one before
    for stop in _YEAR_STOP.finditer(text):
        m = _AUTHOR_JOURNAL_YEAR.search(text, max(done, stop.start() - 160), stop.end() + 1)
        done = stop.end()
        if m and m.end() == stop.end() and not _is_stopword(m.group("first")):
            end = m.end("year") + (1 if m.group("open") else 0)
            hits.append(Attribution("author-year", m.start("first"), end, text[m.start("first"):end],
                                    first_author=m.group("first"), year=int(m.group("year")[:4]), venue=m.group("venue")))
    return hits


def _meetings(text: str) -> list[Attribution]:
    """The meeting a study was presented at, named with its year: "presented at ESC Congress
    2019", "researchers reported here at SLEEP 2015", "presented at the 2023 Annual Meeting of
    the AAN" (the journal a study also appeared in is its venue: ``Attribution.meeting``)."""
    hits = []
    for m in _PRESENTED_AT.finditer(text):
        venue = m.group("venue") or m.group("after")
        if _MEETING_WORD.search(venue) or _ACRONYM.match(venue) and not _NO_VENUE_ACRONYM.match(venue):
            year = m.group("year") or m.group("year_first")
            hits.append(Attribution("venue-year", m.start(), m.end(), m.group(0), year=int(year[:4]), venue=venue,
                                    meeting=True))
    return hits


def _labelled_sources(text: str) -> list[Attribution]:
    """A line naming the journal as a labelled field: "Journal: JAMA Psychiatry", "Source:
    The New England Journal of Medicine, 2018", "Published in: Diabetes Care (2003)"."""
    hits = []
    for m in _SOURCE_LINE.finditer(text):
        venue = _trim_venue(m.group("venue"))
        if venue and not _NOT_VENUE.match(venue) and (_VENUE_CUE.search(venue) or _ACRONYM.match(venue)):
            year = m.group("year")
            hits.append(Attribution("venue-year", m.start("venue"), m.end(), text[m.start("venue"):m.end()],
                                    year=int(year[:4]) if year else None, venue=venue))
    return hits


# A journal cited by its volume, with no year: "(The Lancet, Vol 341, No 8846)", "(BMJ, Vol. 312: 1254-9)".
_VOLUME_SOURCE = re.compile(r"\((?P<venue>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|and|&|the|[A-Z][\w&.'’-]*)){0,6}),\s*"
                            r"Vol(?:ume)?\.?\s*\d+[^()\n]{0,40}\)")


def _volume_sources(text: str) -> list[Attribution]:
    """The journal of a citation giving its volume but no year: named, so the claim beside it is attributed."""
    hits = []
    for m in _VOLUME_SOURCE.finditer(text):
        venue = _trim_venue(m.group("venue"))
        if venue and not _NOT_VENUE.match(venue) and (_VENUE_CUE.search(venue) or _ACRONYM.match(venue)):
            hits.append(Attribution("venue-year", m.start("venue"), m.end() - 1, text[m.start("venue"):m.end() - 1],
                                    venue=venue))
    return hits


def _title_sources(text: str) -> list[Attribution]:
    """The journal and year a page's title line ends on: "<Title> - The New England Journal
    of Medicine - 2018" (the name must look like a journal: "<Title> - Boston - 2018" is no source)."""
    hits = []
    for m in _TITLE_SOURCE.finditer(text):
        venue = _trim_venue(m.group("venue"))
        if _VENUE_CUE.search(venue) or _ACRONYM.match(venue):
            hits.append(Attribution("venue-year", m.start("venue"), m.end("year"), text[m.start("venue"):m.end("year")],
                                    year=int(m.group("year")[:4]), venue=venue))
    return hits


def _given_name_before(text: str, position: int) -> bool:
    """Whether a capitalised given name stands right before ``position`` ("Xiaojie An et
    al."), so a surname that is also a common word ("An", "Le") is a surname there."""
    given = _GIVEN_NAME_BEFORE.search(text, max(0, position - 20), position)
    return given is not None and not _is_stopword(given.group(1))


def _authors_before_journal(text: str, hit: Attribution, year_start: int) -> Attribution | None:
    """The author-year of "(Okoye et al., Sleep Med Open 2025)", "(Lee and Park, J Sleep
    Res, 2019)", "[Marsh et al., Lancet 2015]": a year read with the journal before it
    (as a journal's venue-year, or as a surname-year from a later word) belongs to the
    author list before that journal and its comma, inside the same brackets; the journal
    is its venue."""
    if not _INSIDE_BRACKETS.match(text, hit.end):
        return None  # tested first: the author list's search tries every start of 120 characters
    authors = _AUTHORS_BEFORE.search(text, max(0, hit.start - 120), year_start)
    if authors is None or authors.start() >= hit.start or _is_stopword(authors.group("first")):
        return None
    opening = max(text.rfind("(", 0, authors.start()), text.rfind("[", 0, authors.start()))
    if opening < 0 or authors.start() - opening > 60 or max(text.rfind(")", opening, authors.start()),
                                                            text.rfind("]", opening, authors.start())) >= 0:
        return None  # not inside one pair of brackets
    venue = " ".join(re.sub(r"[*_,\[]", " ", authors.group("journal")).split())
    return Attribution("author-year", authors.start(), hit.end, text[authors.start():hit.end],
                       first_author=authors.group("first"), year=hit.year, venue=venue)


# A journal (abbreviated or in full) and year alone in brackets right after the authors they cite:
# "Brekke et al. (Scand J Sports Rehab, 2023)", "Mills and Oduya (Journal of Wound Care 2019)".
_BRACKET_JOURNAL_YEAR = re.compile(
    rf"\((?P<venue>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|&|and|the)\s+)?[A-Z][\w.&'’-]*){{0,7}}),?\s+(?P<year>{_YEAR})(?![\w-])\s*\)")
_AUTHORS_BEFORE_BRACKET = re.compile(
    rf"(?<![\w'’-])(?P<first>{_SURNAME})(?:\s+(?:and|&)\s+{_SURNAME}|,?\s+(?:{_ETAL}))\s+\($")


def _authors_before_bracketed_journal(text: str, hit: Attribution) -> Attribution | None:
    """The author-year of "Brekke et al. (Scand J Sports Rehab, 2023)": a bracket holding
    only a journal and its year, whichever of its words was read as a surname, cites the
    authors right before it; the journal is its venue."""
    opening = text.rfind("(", max(0, hit.start - 60), hit.start + 1)
    bracket = _BRACKET_JOURNAL_YEAR.match(text, opening) if opening >= 0 else None
    if bracket is None or bracket.start("year") < hit.start:
        return None
    venue = bracket.group("venue")
    words = [w.rstrip(".") for w in venue.split() if w not in ("of", "&", "and", "the")]
    if not (words[0] in _ABBREVIATED_LEADS or words[-1] in _JOURNAL_WORDS or _VENUE_CUE.search(venue)
            or _JOURNAL_ACRONYM.match(venue)):
        return None
    authors = _AUTHORS_BEFORE_BRACKET.search(text, max(0, opening - 80), opening + 1)
    if authors is None or _is_stopword(authors.group("first")):
        return None
    return Attribution("author-year", authors.start(), bracket.end(), text[authors.start():bracket.end()],
                       first_author=authors.group("first"), year=int(bracket.group("year")[:4]), venue=venue)


_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])(?P<first>{_SURNAME})\s+(?:and|&)\s+{_SURNAME}\s+\($")


def _pair_before_bracket(text: str, hit: Attribution) -> Attribution | None:
    """The author-year of "Rask & Olesen (J Dairy Herd Health, 2025)": two surnames right
    before a bracketed journal and year name its first author; the journal is its venue."""
    pair = _PAIR_BEFORE.search(text, max(0, hit.start - 80), hit.start)
    if pair is None or _is_stopword(pair.group("first")):
        return None
    return Attribution("author-year", pair.start(), hit.end, text[pair.start():hit.end], first_author=pair.group("first"),
                       year=hit.year, venue=hit.venue)


def _journal_date(text: str, m: re.Match[str]) -> Attribution | None:
    """A journal citation read as author-year ("Sleep 2007 August", "(Pain Med 2009 April
    22; ...)", "Nutrition Journal, 2007; 6: 30", "Cochrane Database of Systematic Reviews
    2015"): a name and year followed by a month or a volume's semicolon, or a name ending
    in a word no surname is, gives the journal as a venue-year."""
    if m.group("year") is None or not _NAME_YEAR_GAP.fullmatch(text, m.end("first"), m.start("year")):
        return None
    run = _NAME_RUN.search(text, max(0, m.start() - 80), m.start())
    start = run.start() if run else m.start()
    if run and text.startswith("In ", start):
        start += 3
    if not (_JOURNAL_DATE.match(text, m.end()) or (
            m.group("first") in _JOURNAL_WORDS and run and not _ARTICLE.match(text, start)) or (
            start < m.start() and _IN_BEFORE.search(text, max(0, start - 8), start) and m.group("first")[0].isupper()
            and not _is_stopword(text[start:m.start()].split(None, 1)[0]))):
        return None  # "in Canine Orthopaedic Practice 2019": a title's words before the "surname"
    title_end = _TITLE_END.search(text, start, m.start("first")) if "." in text[start:m.start("first")] else None
    if title_end and title_end.end() < m.start("first"):  # "... after Myocardial Infarction. N Engl J Med 2019"
        start = title_end.end()
    venue = text[start:m.end("first")]
    return Attribution("venue-year", start, m.end(), text[start:m.end()], year=int(m.group("year")[:4]), venue=venue)


def _windows(text: str, anchor: _Anchor) -> list[tuple[int, int]]:
    """Merged stretches around each anchor hit. A surname or study-phrase pattern is
    costly to try at every position of a long paragraph; the words it needs are cheap
    to find, and cheaper still to rule out with a substring test (``_matches`` makes it
    first; the year anchor needs no word)."""
    before, after, length = anchor.before, anchor.after, len(text)
    windows: list[tuple[int, int]] = []
    last = -1  # the end of the last window
    for start, end in anchor.hits(text):
        start = start - before if start > before else 0
        end = end + after if end + after < length else length
        if start <= last:
            if end > last:
                windows[-1] = (windows[-1][0], end)
                last = end
        else:
            windows.append((start, end))
            last = end
    return windows


_SHORT_TEXT = 200


def _matches(pattern: re.Pattern[str], text: str, anchor: _Anchor) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` restricted to the windows around its anchor (a short
    text, a sentence or a table cell, is its own window)."""
    if not anchor.present(text):
        return []
    if len(text) <= _SHORT_TEXT:
        return list(pattern.finditer(text))
    return [m for start, end in _windows(text, anchor) for m in pattern.finditer(text, start, end)]


def _matches_each(patterns: tuple[re.Pattern[str], ...], text: str, anchor: _Anchor) -> list[re.Match[str]]:
    """``_matches`` of each pattern in turn, sharing one anchor: its presence test and
    windows are made once."""
    if not anchor.present(text):
        return []
    if len(text) <= _SHORT_TEXT:
        return [m for pattern in patterns for m in pattern.finditer(text)]
    windows = _windows(text, anchor)
    return [m for pattern in patterns for start, end in windows for m in pattern.finditer(text, start, end)]


# Short titles and place words a capital-led pattern reads as a whole surname: "led by St
# Aldhelm's team", "Mt Sinai researchers", "said Dr". As a particle they stay ("St John et al.").
_ABBREVIATED_WORDS = frozenset(["St", "Ste", "Mt", "Ft", "Pt", "Dr", "Drs", "Prof", "Mr", "Mrs", "Ms", "Rev", "Lt", "Sgt", "Capt"])


def _is_stopword(surname: str) -> bool:
    return surname.split()[0] in _STOPWORDS or surname in _ABBREVIATED_WORDS


# A registry form numbering its repeated fields ("Secondary ID [1] 285838 0", "Funding source category [2]"):
# the bracket indexes the field on its line, no reference.
# (a sentence is no field label: "The largest trial to date [8] enrolled ...")
_FIELD_INDEX = re.compile(r"(?:^|\n)[ \t]*(?!(?:The|A|An|This|That|Our|One|In)\s)(?:[A-Z][\w()-]*(?:[ \t]+[\w()-]+){0,4}?[ \t]+)?(?i:ids?|source|category|type|"
                          r"name|address|country|code|committee|sponsor|outcome|timepoint|number|approval|date)[ \t]*$")


def _markers(text: str) -> list[Attribution]:
    hits = []
    for m in _MARKER.finditer(text) if "[" in text else ():
        markers: list[str] = []
        for spec in _MARKER_NUMS.findall(_MARKER_RANGE.sub("-", m.group(0))):  # "[7]-[10]" is 7 to 10
            markers += expand_markers(spec.replace("•", ""))
        if markers and not _FIELD_INDEX.search(text, max(0, m.start() - 60), m.start()):
            hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=tuple(dict.fromkeys(markers))))
    for m in _FOOTNOTE_LABEL.finditer(text) if "[^" in text else ():
        hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=(m.group(1),)))
    for m in _REF_PAREN.finditer(text) if "(" in text and "ef" in text else ():
        markers = expand_markers(m.group(1))
        if markers:
            hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    for m in _REF_WORD.finditer(text) if "ef." in text or "efs" in text else ():
        markers = expand_markers(m.group(1))
        if markers:
            hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    for m in _ROMAN_MARKER.finditer(text) if "[i" in text or "[v" in text or "[x" in text else ():
        hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=(m.group(1),)))
    for m in _CARET_MARKER.finditer(text) if "^" in text else ():
        markers = expand_markers(m.group(1))
        if markers:
            hits.append(Attribution("marker", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    for m in _SUP_TAG.finditer(text) if "<sup>" in text or "<SUP>" in text else ():
        markers = expand_markers(m.group(1).replace(" ", ""))
        if markers:
            hits.append(Attribution("superscript", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    superscripted = not text.isascii() and _HAS_SUPERSCRIPT.search(text) is not None
    for m in _SUPERSCRIPT.finditer(text) if superscripted else ():
        markers = expand_markers(m.group(0).translate(_SUPERSCRIPTS))
        if markers:
            hits.append(Attribution("superscript", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    for m in _COUNT_SUPERSCRIPT.finditer(text) if superscripted and "=" in text else ():
        markers = expand_markers(m.group(1).translate(_SUPERSCRIPTS))
        if markers:
            hits.append(Attribution("superscript", m.start(1), m.end(1), m.group(1), markers=tuple(markers)))
    if not hits:  # a text citing in brackets or superscripts prints no plain numbers for them
        hits = _numbered_in_order(text) or (_spaced_runs(text) if "," in text else [])
        if text[-1].isdigit() or "\n" in text:
            hits += _line_end_markers(text)
    bracketed = []
    for m in _PAREN_MARKER.finditer(text) if "(" in text else ():
        if _COUNTED_SECTION.search(text, max(0, m.start() - 12), m.start()):
            continue
        markers = expand_markers(m.group(1) or m.group(2))
        if markers and "0" not in markers:  # "pain severity score (0–10)": a scale's range, no reference is numbered 0
            bracketed.append(Attribution("glued-marker", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    for m in _GLUED.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if before[-1].isalpha() and (not before[-4:].isalpha() or _GLUED_NOT_AFTER.search(before)) and not (
                _STUDY_GLUED.search(before) and _THEN_REPORTED.match(text, m.end())):
            continue
        end = m.end()
        if before.endswith(".") and "," in text[end:end + 2] and _SENTENCE_END.search(before):
            flattened = _FLAT_LIST_TAIL.match(text, end)
            end = flattened.end() if flattened else end
        markers = expand_markers(text[m.start():end].replace(" ", ""))
        if markers:
            # Between a sentence's full stop and the next sentence ("... in PTSD.1,2 The ...") or
            # after "colleagues5" the digits can only be a superscript citation; other glued
            # digits (a paragraph's last "patients.12" may be a page number) need a numbered list.
            strong = _AFTER_AUTHORS.search(before) or (
                _SENTENCE_END.search(before) and (_SENTENCE_GOES_ON.match(text, m.end()) or end > m.end()))
            hits.append(Attribution("superscript" if strong else "glued-marker", m.start(), end, text[m.start():end],
                                    markers=tuple(markers)))
    if hits or len(bracketed) > 1:
        # Beside other numbered citations, a bracketed number right after a study word cites
        # it ("In the first study (4), ..."); alone, "the second study (5)" may count or label.
        bracketed = [dataclasses.replace(b, kind="marker") if _STUDY_BEFORE_PAREN.search(text, max(0, b.start - 20), b.start)
                     and not _ARM_AFTER_PAREN.match(text, b.end) else b for b in bracketed]
    return hits + bracketed


def _line_end_markers(text: str) -> list[Attribution]:
    """Plain numbers ending lines of prose after a word, as a web export leaves superscripts
    ("... for sleep quality 1"): a line of several words, no table row (a tab), the word
    before no count's or score's ("aged 65", "above 4", "week 12", "scored 30")."""
    ends = [m.start() for m in _LINE_END.finditer(text)] if "\n" in text else []
    if text[-1].isdigit():
        ends.append(len(text))
    hits = []
    for end in ends:
        start = text.rfind("\n", 0, end) + 1
        m = _BARE_LINE_END.search(text, max(start, end - 40), end)
        if m is None or "\t" in text[start:end] or text.count(" ", start, end) < _MIN_LINE_WORDS:
            continue
        word = _WORD_BEFORE.search(text, max(start, m.start() - 30), m.start())
        if word is None or _NOT_BEFORE_CITATION.search(word.group(1)) or _NOT_BEFORE_LINE_MARKER.search(word.group(1)):
            continue
        markers = expand_markers(m.group(1))
        if markers:
            hits.append(Attribution("superscript", m.start(1), m.end(1), m.group(1), markers=tuple(markers)))
    return hits


# Numbered affiliations run together, each closing on its country's code: "..., Dehradun, IND 2. College of ...".
_COUNTRY_CODE_BEFORE = re.compile(r",[ \t]*[A-Z]{2,3}[ \t]+$")


def _numbered_in_order(text: str) -> list[Attribution]:
    """Plain numbers ending clauses that read 1, 2, 3, ... (or 9, 10, 11: a later paragraph)
    in order of first appearance, at least three of them: citation order, which counts,
    scores and doses do not follow."""
    if len(_ENDS_ON_NUMBER.findall(text)) < 2:
        return []
    found = []
    for m in _SPACED_ENDING.finditer(text):
        if _NOT_BEFORE_CITATION.search(text, max(0, m.start() - 16), m.start() - 1) or _COUNTRY_CODE_BEFORE.search(
                text, max(0, m.start() - 8), m.start()):
            return []
        found.append((m, expand_markers(m.group(0))))
    seen: list[int] = []
    for _, markers in found:
        for number in map(int, markers):
            if number not in seen:
                if seen and number != max(seen) + 1:
                    return []
                seen.append(number)
    if len(seen) < 3:
        return []
    return [Attribution("superscript", m.start(), m.end(), m.group(0), markers=tuple(markers)) for m, markers in found]


def _spaced_runs(text: str) -> list[Attribution]:
    """Runs of consecutive numbers ending a sentence after a word ("... and duration 4, 5,
    6."): flattened superscripts, unless the word before takes a count ("aged 4, 5, 6")."""
    hits = []
    for m in _SPACED_RUN.finditer(text):
        markers = expand_markers(m.group(0))
        numbers = [int(n) for n in markers]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if word is None or _NOT_BEFORE_CITATION.search(word.group(1)) or _NOT_BEFORE_LINE_MARKER.search(word.group(1)):
            continue
        hits.append(Attribution("superscript", m.start(), m.end(), m.group(0), markers=tuple(markers)))
    return hits


# A cohort or trial named in title case: "the Nurses' Health Study", "the Women's Health Initiative",
# "the Framingham Heart Study" (its name, like "the SPRINT trial": no venue, no author). Opens on "T"/"t".
_TITLED_STUDY = re.compile(r"(?:T(?<!\wT)|t(?<!\wt))he\s+(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Study|Trial|Initiative))\b")
_TITLED_END = re.compile(r"(?<=[\w’'] )(?:Study|Trial|Initiative)\b")
_GENERIC_TITLE_WORDS = frozenset([
    "Randomized", "Randomised", "Controlled", "Clinical", "Pilot", "Present", "Current", "Main", "Original", "Cohort",
    "Prospective", "Retrospective", "Observational", "Feasibility", "Phase", "Our", "This", "Crossover", "Double-Blind",
    "Double-blind", "Open-Label", "Open-label", "Multicenter", "Multicentre", "New", "First", "Second", "Third", "Final",
    "Whole", "Entire", "Same", "Above", "Following", "Large", "Small", "Recent", "Previous", "Parent", "Index"])


def _titled_studies(text: str) -> list[Attribution]:
    """Title-case study names with one word that is no design word ("the Present Study" names none)."""
    hits = []
    # Found from the name's last word (a literal scanned for at C speed), the name read back from there.
    for end in _TITLED_END.finditer(text):
        m = _TITLED_STUDY.search(text, max(0, end.start() - 80), end.end())
        if m is None or m.end() != end.end():
            continue
        words = m.group("name").split()[:-1]
        if any(w.rstrip("’'s") not in _GENERIC_TITLE_WORDS and not _is_stopword(w) for w in words):
            hits.append(Attribution("venue-year", m.start(), m.end(), m.group(0)))
    return hits


# The journal before the study word, too long for the study phrase's three words: "a 2016 New
# England Journal of Medicine study", "a small 2022 Journal of Pediatrics trial", "an American
# Journal of Clinical Nutrition study from 2015". Looked for only at a year (scanned for anyway):
# from a year between an article and the name, or back from a year right after the study word.
_ARTICLE_BEFORE = r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Tt]his|[Pp]er)\s+(?:[a-z][\w-]*\s+){0,2}"
_JOURNAL_NAME = r"(?P<venue>[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&|the|for|in|on)\s+)*[A-Z][\w&'’-]*){1,6})"
_ARTICLE_BEFORE_YEAR = re.compile(_ARTICLE_BEFORE + "$")
_YEAR_JOURNAL_STUDY = re.compile(rf"(?P<year>{_YEAR})\s+{_JOURNAL_NAME}\s+{_STUDY_WORDS}\b")
_STUDY_BEFORE_YEAR = re.compile(r"(?:stud(?:y|ies)|trials?|review|analysis|paper|report|survey)\s+(?:from|in)\s+$")
_JOURNAL_STUDY_YEAR = re.compile(rf"{_ARTICLE_BEFORE}{_JOURNAL_NAME}\s+{_STUDY_WORDS}\s+(?:from|in)\s+$")
# The journal as the subject: "JAMA Pediatrics published a study in 2019", "The Lancet ran a trial".
_JOURNAL_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<venue>[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&|the|for|in|on)\s+)*[A-Z][\w&'’-]*){{0,6}})\s+"
    rf"(?:published|ran|printed|carried)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_WORDS}\b"
    rf"(?:\s+in\s+(?:{_MONTH}\s+)?(?P<year>{_YEAR})(?![\w-]))?")
# The year leading the sentence instead: "In 2017, the Journal of X published a study ...".
_IN_YEAR_LEAD = re.compile(rf"(?<![\w-])[Ii]n\s+(?:{_MONTH}\s+)?(?P<year>{_YEAR}),?\s+(?:[Tt]he\s+)?$")
_PEOPLE = re.compile(r"(?:Researchers|Scientists|Investigators|Doctors|Clinicians|Authors|Experts|Teams?|Groups?)$")
_SUBJECT_VERBS = (" published a", " ran a", " printed a", " carried a", " published the", " ran the")


def _journal_studies(text: str) -> list[Attribution]:
    """Journals named around a study phrase the study phrase alone does not reach."""
    hits = []
    for start, end in _YEAR_ANCHOR.hits(text):
        if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            m = _YEAR_JOURNAL_STUDY.match(text, start)
            article = _ARTICLE_BEFORE_YEAR.search(text, max(0, start - 40), start) if m else None
            first, stop, year = (article.start(), m.end(), m.group("year")) if article else (0, 0, "")
        elif text[start - 1:start] == " " and _STUDY_BEFORE_YEAR.search(text, max(0, start - 20), start):
            m = _JOURNAL_STUDY_YEAR.search(text, max(0, start - 160), start)
            first, stop, year = (m.start(), end, text[start:end]) if m else (0, 0, "")
        else:
            continue
        if not stop or not _VENUE_CUE.search(m.group("venue")) or _PEOPLE.search(m.group("venue")) or (
                _HYPHENATED_ADJECTIVE.search(m.group("venue"))):  # "the Health Canada-approved study": no journal
            continue
        hits.append(Attribution("venue-year", first, stop, text[first:stop], venue=m.group("venue"), year=int(year[:4])))
    if _holds_any(text, _SUBJECT_VERBS):
        for m in _JOURNAL_SUBJECT.finditer(text):
            venue = _LEADING_ARTICLE.sub("", m.group("venue"))
            if (_VENUE_CUE.search(venue) or _JOURNAL_ACRONYM.fullmatch(venue)) and not (
                    _PEOPLE.search(venue) or _is_stopword(venue)):  # "Researchers published a study in 2019"
                year = m.group("year") or ((lead := _IN_YEAR_LEAD.search(text, max(0, m.start() - 24), m.end("venue") - len(venue)))
                                           and lead.group("year"))
                hits.append(Attribution("venue-year", m.start("venue") + len(m.group("venue")) - len(venue), m.end(),
                                        text[m.end("venue") - len(venue):m.end()], venue=venue,
                                        year=int(year[:4]) if year else None))
    return hits


def _venue_years(text: str) -> list[Attribution]:
    hits = _titled_studies(text) if _holds_any(text, ("Study", "Trial", "Initiative")) else []
    hits += _journal_studies(text)
    for m in _matches(_STUDY_PHRASE, text, _STUDY_ANCHOR):
        if m.group(0) == "Research" and _INSIDE_NAME.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Central Council for Research in Ayurvedic Sciences": part of a name
        year_match = _YEAR_IN.search(m.group(0))
        year = int(year_match.group(1)[:4]) if year_match else None
        by = _BY_AUTHOR.match(text, m.end())
        if by and not (_is_stopword(by.group("first")) or _VENUE_CUE.search(by.group("first"))
                       or _INSTITUTION_AFTER.match(text, by.end())):
            spaced = _SPACED_MARKER.match(text, by.end())
            end = spaced.end() if spaced else by.end()
            hits.append(Attribution("author-year" if year else "author", m.start(), end, text[m.start():end],
                                    first_author=by.group("first"), year=year, markers=_spaced_markers(spaced)))
            continue
        spaced = _SPACED_MARKER.match(text, m.end())
        markers = _spaced_markers(spaced)
        venue, tail_year, end = _venue_after(text, spaced.end() if spaced else m.end())
        published = _PUBLISHED_YEAR.match(text, end) if year is None and tail_year is None else None
        if published:  # "a further trial in 2020", "a trial (RCT) published in 2019 [in the Lancet]"
            tail_year, end = int(published.group(1)[:4]), published.end()
            if venue is None:
                venue, _, end = _venue_after(text, end)
        year = year or tail_year
        if year is None and (paren := _PAREN_YEAR.match(text, end)):  # "... Medicine (REDUCE-IT Trial, 2019)"
            year, end = int(paren.group(1)[:4]), paren.end()
        org = _ORG_TAIL.match(text, end)
        if org and not venue and _led_by_institution(text, org):
            hits.append(Attribution("venue-year", m.start(), end, text[m.start():end], year=year, markers=markers))
            continue  # "a trial led by Riverside Children's Hospital": the study, where it was run naming no venue
        if org and not venue:
            raw = _trim_venue(org.group("org"))
            if raw:
                venue = raw
                end = org.start("org") + len(raw)
        if venue is None:
            venue = _venue_inside(m.group(0))
        if venue is None and m.group(0).endswith("publication"):
            continue  # "the publication in 2018 of the guideline": a publication cites only with its journal
        if venue is None and _TRIAL_LABEL.search(m.group(0)):  # "the STEADY-KIDS trial": its name, no venue
            hits.append(Attribution("venue-year", m.start(), end, text[m.start():end], year=year, markers=markers))
            continue
        if year is None and venue is None and not markers:
            continue
        named = _NAMED_TRIAL.match(text, end) if venue and _TRIAL_NAME_END.search(venue) else None
        if named:  # "... in the Glycemia Reduction Approaches in Diabetes: A Comparative Effectiveness Study (GRADE)"
            hits.append(Attribution("venue-year", named.start(1), named.end(1), named.group(1), year=year))
            continue
        hits.append(Attribution("venue-year", m.start(), end, text[m.start():end], year=year, venue=venue,
                                markers=markers))
    for m in _matches(_ORG_STATEMENT, text, _ORG_ANCHOR):
        hits.append(Attribution("venue-year", m.start(), m.end(), m.group(0), venue=m.group("org")))
    for m in _matches(_PUBLISHED_IN, text, _PUBLISHING_ANCHOR):
        journal_named = "journal" in text[m.start():m.start("venue")].lower()
        found = _venue_of(m, needs_cue=not journal_named)
        if found and not journal_named and not _VENUE_CUE.search(found[0]) and (
                m.group("verb").lower() in ("reported", "described") or _NO_VENUE_ACRONYM.match(found[0])):
            continue  # "changes have been reported in IBS": a condition, not a journal
        if found:
            venue, year, end = found
            paren = _PAREN_YEAR.match(text, end) if year is None else None
            named = _AUTHOR_YEAR.search(paren.group(0)) if paren else None
            if paren and (named is None or _is_stopword(named.group("first"))):
                year, end = int(paren.group(1)[:4]), paren.end()  # "... Medicine (REDUCE-IT Trial, 2019)", not "(Lee, 2019)"
            hits.append(Attribution("venue-year", m.start(), end, text[m.start():end], year=year, venue=venue))
    for m in _matches(_RESEARCHERS_AT, text, _RESEARCHERS_ANCHOR):
        org = _trim_venue(m.group("org"))
        published = _THEN_PUBLISHED.match(text, m.start("org") + len(org)) if org else None
        if published and any(h.venue and published.start() <= h.start < published.end() for h in hits):
            continue  # "researchers at X and published in <Journal>": the journal is the venue
        if org and not _is_stopword(org):
            reported = _REPORTED_YEAR.match(text, m.start("org") + len(org))
            end = reported.end() if reported else m.start("org") + len(org)
            hits.append(Attribution("venue-year", m.start(), end, text[m.start():end], venue=org,
                                    year=int(reported.group(1)[:4]) if reported else None))
    return hits


# The hospital that ran the trial: "a trial led by Riverside Children's Hospital", "a study
# conducted by Karolinska University Hospital" name where it was done, neither venue nor author.
# A university that led it stays the venue ("a trial led by the University of Sydney has found",
# whose news office speaks for it), as do funders.
_RAN_BY = re.compile(r"\b(?:led|conducted|run|carried\s+out)\s+by\b")
_SITE = r"(?:Hospitals?|Clinics?|Infirmary)\b"
_SITE_NAMED = re.compile(_SITE)
_SITE_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){{0,3}}?\s+{_SITE}")


def _led_by_institution(text: str, org: re.Match[str]) -> bool:
    """Whether ``org`` (a match of _ORG_TAIL) names the hospital that ran the study; a funder
    or sponsor ("funded by the Wellcome Trust", "led by the National Institute on Aging") is
    kept as its venue."""
    if not _RAN_BY.search(org.group(0), 0, org.start("org") - org.start()):
        return False
    return bool(_SITE_NAMED.search(org.group("org")) or _SITE_AFTER.match(text, org.end("org")))


def _spaced_markers(spaced: re.Match[str] | None) -> tuple[str, ...]:
    return tuple(expand_markers(spaced.group(1))) if spaced else ()


def _venue_after(text: str, position: int) -> tuple[str | None, int | None, int]:
    """(venue, year, end) of "... published in the *Journal of X* in 2019" right after
    a study phrase; a capitalised name after a bare "in" counts only when it looks like
    a journal ("in Australia" does not)."""
    tail = _VENUE_TAIL.match(text, position)
    found = _venue_of(tail, needs_cue=not (tail.group("verb") or "journal" in text[tail.start():tail.start("venue")])
                      ) if tail else None  # "a 2020 study in the journal Gut": the word says it is one
    return found or (None, None, position)


def _venue_of(tail: re.Match[str], needs_cue: bool) -> tuple[str, int | None, int] | None:
    """(venue, year, end) from a match of _VENUE_TAIL or _PUBLISHED_IN, or None when the
    name is a month or, where a cue is needed, does not look like a journal."""
    raw = _trim_venue(tail.group("venue"))
    venue = raw.strip("*_ ")
    needs_cue = needs_cue or tail.group("preposition") == "by"  # "published by the Journal of X", not "by Smith and colleagues"
    if not venue or _NOT_VENUE.match(venue) or (needs_cue and not (_VENUE_CUE.search(venue) or _ACRONYM.match(venue))):
        return None
    if tail.group("year") and raw == tail.group("venue"):
        return venue, int(tail.group("year")[:4]), tail.end()
    date_year = tail.group("date_year") or tail.group("issue_year")
    return venue, int(date_year[:4]) if date_year else None, tail.start("venue") + len(raw)


def _venue_inside(phrase: str) -> str | None:
    """A venue or funder named inside the study phrase, before its study word: "a
    Cochrane review", "a large NIH-funded trial"."""
    head = phrase.rsplit(None, 1)[0] if " " in phrase else ""
    for m in _INNER_VENUE.finditer(head):
        if _PREPOSITION.search(head, m.end()):
            continue  # "the AGP in the trial", "the NSAID of this study": what the trial used, not where it appeared
        name = _LEADING_ARTICLE.sub("", m.group(0))  # "A Cochrane review", "An NIH-funded trial", "The NEJM paper"
        funder = _FUNDED.search(name)
        if funder:
            name = name[:funder.start()]
        elif _HYPHENATED_ADJECTIVE.search(name):
            continue  # "the FDA-approved study", "an EMA-approved trial": what it tested, not where it appeared
        elif _TRIAL_LABEL.search(phrase) and not _JOURNAL_ACRONYM.match(name):
            continue  # "the STEADY-KIDS trial", "the SPRINT study": a trial's name is a label, not a venue
        if _VENUE_CUE.search(name) or (_ACRONYM.match(name) and not _NO_VENUE_ACRONYM.match(name)):
            return name
    return None


def _trim_venue(raw: str) -> str:
    """The venue as written, without trailing punctuation or dangling connectors, nor what
    its possessive goes on to ("Diabetes Care's September issue", "JAMA's": not
    "Alzheimer's & Dementia", "Journal of Parkinson's Disease")."""
    end = _VENUE_END.search(raw)
    venue = _TRAILING_CONNECTORS.sub("", (raw[:end.start()] if end else raw).rstrip(".,;:'’ "))
    if "s" in venue and (owner := _VENUE_POSSESSIVE.search(venue)):
        venue = _TRAILING_CONNECTORS.sub("", venue[:owner.start()])
    return venue


def _eu_number(prefix: re.Match[str]) -> str:
    return "EudraCT " if prefix.group(1) == "EudraCT" else "EUCT "


def _identifiers(text: str) -> list[Attribution]:
    hits = []
    if not ("http" in text or "www." in text or _ID_PREFIX.search(text) is not None or _DOI_START.search(text)):
        return hits
    # "10.5 mg" opens the gate; each scan (the DOI's a slow one: optional prefixes, any case) needs its own literal.
    for m in _DOI.finditer(text) if _DOI_CORE.search(text) else ():
        doi = m.group(1).rstrip(_TRAILING_PUNCT)
        end = m.start(1) + len(doi)
        hits.append(Attribution("doi", m.start(), end, text[m.start():end], doi=doi.lower()))
    for m in _PMID.finditer(text) if "PMID" in text or "PubMed ID" in text else ():
        hits.append(Attribution("pmid", m.start(), m.end(), m.group(0), pmid=m.group(1)))
    for m in _REGISTRY.finditer(text) if _holds_any(text, REGISTRY_PREFIXES) else ():
        registry_id = _EU_NUMBER.sub(_eu_number, _SPACED_PREFIX.sub(r"\1", m.group(1)))
        hits.append(Attribution("registry", m.start(), m.end(), m.group(0), registry_id=registry_id))
    for m in _ISRCTN_NUMBER.finditer(text) if "ISRCTN" in text else ():
        hits.append(Attribution("registry", m.start(), m.end(), m.group(0), registry_id=f"ISRCTN{m.group(1)}"))
    for m in _PMCID.finditer(text) if "PMC" in text else ():
        url = f"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{m.group(1)}/"
        hits.append(Attribution("url", m.start(), m.end(), m.group(0), url=url))
    for m in _ARXIV.finditer(text) if "arXiv" in text else ():
        hits.append(Attribution("url", m.start(), m.end(), m.group(0), url=f"https://arxiv.org/abs/{m.group(1)}"))
    for m in _URL.finditer(text) if "http" in text or "www." in text else ():
        url = m.group(0).rstrip(_TRAILING_PUNCT)
        if _SECONDARY_LINK.search(text, max(0, m.start() - 60), m.start()):
            continue  # "I found a summary here: https://...": where the writer read about the study, not the study
        pubmed = _PUBMED_URL.search(url) if "pubmed" in url else None
        hits.append(Attribution("pmid", m.start(), m.start() + len(url), url, pmid=pubmed.group(1)) if pubmed
                    else Attribution("url", m.start(), m.start() + len(url), url, url=url))
    return hits


_REGISTERED = re.compile(r"regist(?:er|ry|ration)", re.IGNORECASE)
_REGISTERED_BEFORE = 120  # characters before an ID its registration word may stand, in the same sentence


def registered_ids(text: str) -> list[str]:
    """Registry IDs that ``text`` says a trial was registered under ("registered at
    ClinicalTrials.gov (NCT...)", "Pan African Clinical Trials Registry PACTR..."): on a
    study's own page (a JATS article's Methods, the abstract's "Trial registration" line)
    these are the page's study's, wherever they stand."""
    if not _holds_any(text, REGISTRY_PREFIXES):
        return []
    found: dict[str, None] = {}
    for m in _REGISTRY.finditer(text):
        before = text[max(0, m.start() - _REGISTERED_BEFORE):m.start()]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
        if _REGISTERED.search(before):
            found[_EU_NUMBER.sub(_eu_number, _SPACED_PREFIX.sub(r"\1", m.group(1)))] = None
    return list(found)


_PRIORITY = {"doi": 0, "pmid": 0, "registry": 0, "author-year": 1, "venue-year": 2, "marker": 1,
             "superscript": 3, "url": 4, "author": 5, "role-author": 5, "glued-marker": 6}


def _without_overlaps(hits: list[Attribution]) -> list[Attribution]:
    """The hits kept in priority order, each only where no kept hit lies: kept hits are
    disjoint and held by start, so only the neighbours of a new one can overlap it (a
    scan of all kept hits made a long cited passage quadratic)."""
    kept: list[Attribution] = []
    starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (_PRIORITY[h.kind], h.start - h.end)):
        at = bisect.bisect_right(starts, hit.start)
        if (at == 0 or kept[at - 1].end <= hit.start) and (at == len(kept) or kept[at].start >= hit.end):
            kept.insert(at, hit)
            starts.insert(at, hit.start)
    return kept


def study_from(attributions: list[Attribution], text: str) -> Study:
    """One Study for all attributions of a claim: the first author-year names it, every
    marker and identifier is kept, and the label is the attribution text as written
    (adjacent attributions such as "(Smith 2013; Lee 2015)" as one stretch);
    attribution offsets index ``text``. One pass gathers what each field takes (a
    generator per field cost more than the whole study for a claim's one or two hits)."""
    study = Study()
    if not attributions:
        return study
    groups: list[list[Attribution]] = []
    group: list[Attribution] = []
    named = venue = venue_year = doi = pmid = None
    markers: dict[str, None] = {}
    registry_ids: dict[str, None] = {}
    urls: dict[str, None] = {}
    for a in attributions:
        if group and _ATTRIBUTION_GAP.match(text[group[-1].end:a.start]):
            group.append(a)
        else:
            group = [a]
            groups.append(group)
        if named is None and a.first_author:
            named = a
        if a.venue and (venue is None or (venue.meeting and not a.meeting) or (
                _institution(venue) and not _institution(a))):
            # "presented at <Meeting> 2018 and published simultaneously in <Journal>", "Researchers at the
            # University of Leeds reported in <Journal>": the journal
            venue = a
        if venue_year is None and a.kind == "venue-year":
            venue_year = a
        for marker in a.markers:
            markers[marker] = None
        if doi is None and a.doi:
            doi = a.doi
        if pmid is None and a.pmid:
            pmid = a.pmid
        if a.registry_id:
            registry_ids[a.registry_id] = None
        if a.url:
            urls[a.url] = None
    study.label = _balanced(text, group[0].start, group[-1].end) if len(groups) == 1 else "; ".join(
        _balanced(text, g[0].start, g[-1].end) for g in groups)
    if named:  # "run by Dr. Priya Raman and colleagues (Raman et al., 2020)": the year comes later
        study.first_author = named.first_author
        study.year = named.year or next((a.year for a in attributions if a.first_author == named.first_author and a.year),
                                        None)
    venue = venue or venue_year  # "(Okoye et al., Sleep Med Open 2025)" too; a trial's name is no venue
    if venue:
        study.venue = venue.venue
        # "A 2014 study [8] published in the Journal of X": the study phrase holds the year
        group = next(g for g in groups if venue in g)
        study.year = study.year or venue.year or next(
            (a.year for a in group if a.kind == "venue-year" and a.year and (not a.venue or a.meeting)), None)
    study.markers = list(markers)
    study.doi = doi
    study.pmid = pmid
    study.registry_ids = list(registry_ids)
    study.urls = list(urls)
    return study


def _institution(hit: Attribution) -> bool:
    """Whether a venue hit names where the researchers work ("Researchers at the University
    of Adelaide", "A study from Riverside University Health"), which a journal named beside
    it outranks."""
    phrase = hit.text
    return phrase[:1].isalpha() and (phrase.lower().startswith(_WORKPLACE_LEADS) or bool(
        hit.venue and _FROM_WORKPLACE.search(phrase, 0, len(phrase) - len(hit.venue)) and _INSTITUTION.search(hit.venue)))


_FROM_WORKPLACE = re.compile(r"\b(?:from|at)\s+(?:the\s+)?$")
_WORKPLACE_LEADS = ("researchers at", "scientists at", "investigators at", "researchers from", "scientists from",
                    "a team at", "a team from", "doctors at", "experts at")


def _balanced(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened by one bracket on a side whose partner it already holds."""
    label = text[start:end]
    if label.count(")") > label.count("(") and text[start - 1:start] == "(":
        start -= 1
    if label.count("(") > label.count(")") and text[end:end + 1] == ")":
        end += 1
    return text[start:end]


_ATTRIBUTION_GAP = re.compile(r"^[\s,;&()\[\]]*(?:and\s+)?[\s,;&()\[\]]*$")


# The verbatim text, stored once by the sentencizer: Doc.text rebuilds it from every token.
if not Doc.has_extension("text"):
    Doc.set_extension("text", default=None)
if not Doc.has_extension("attribution_hits"):
    Doc.set_extension("attribution_hits", default=None)  # the parsed hits, in order, offsets into doc.text
if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)


def _attribution_spans(doc: Doc) -> list[Span] | None:
    """One span per hit of ``doc._.attribution_hits``, ``span._.attribution`` holding it.
    Built on request: extraction reads the hits alone, and a span per hit cost a sixth
    of the component."""
    hits = doc._.attribution_hits
    if hits is None:
        return None
    spans = []
    if hits:
        # Doc.char_span scans the tokens on every call; one offset array serves all hits.
        # One search for both ends: the tokens starting before a hit's end are those starting at or before end - 1.
        bounds = numpy.searchsorted(doc.to_array(IDX), [h.start for h in hits] + [h.end - 1 for h in hits],
                                    side="right").tolist()
        for hit, first, last in zip(hits, bounds, bounds[len(hits):]):
            span = Span(doc, max(first - 1, 0), last)  # as doc[a:b], without normalising the slice in Python
            span._.attribution = hit
            spans.append(span)
    return spans


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", getter=_attribution_spans)


class AttributionFinder:
    """Sets ``doc._.attribution_hits``, every :class:`Attribution` in order (offsets
    relative to ``doc.text``); ``doc._.attributions`` reads them as spans."""

    def __call__(self, doc: Doc) -> Doc:
        extensions = doc._  # each ``doc._`` builds a new accessor
        extensions.attribution_hits = find_attributions(extensions.text or doc.text)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """A batch of passages whole before extraction reads the first (as the sentencizer does)."""
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]


@Language.factory("study_attributions")
def make_attribution_finder(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()
