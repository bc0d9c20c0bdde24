"""A journal abstract page saved as plain text or markdown, recognised as one study.

HTML pages carry their identity in citation_* meta tags; saved text has only its lines.
A text document is one study's abstract page when, in the usual order and close
together, it has a title line, an "Abstract" heading followed by the abstract, and an
author line written with initials ("Okafor CN, Marsh AB", "C. N. Okafor, A. B. Marsh";
full names only where the labeller already took the line for bibliographic metadata)
or a journal line with a year and a DOI, PMID or volume/pages (or a DOI or PMID line
alone). Under a "Summary" heading both are needed, since one alone may be a blog's
byline. HTML pages without citation_* tags are read the same way, their abstract found
by the DOM where it is marked.

A review or blog saved as text is left alone (the document is then no single study): one
says it is a narrative review (article type or title). A page that goes on after its
abstract with an Introduction or Discussion, or with a body much longer than the abstract,
is a full paper: its own study, as a JATS article is, only when the abstract reports the
authors' own design or results ("were randomly assigned", "We searched six databases")
and does not call itself a narrative review.

Saved pages often lack the heading or the identity lines (a research-portal record, a
PubMed page without an "Abstract" heading, an excerpt that starts at the title). A
*structured* abstract is evidence enough on its own: aim or methods, then results, as
labelled sections ("Background" on its own line, "RESULTS:" opening a paragraph, or
"... Methods: ... Results: ..." inside one paragraph), near the top, with little prose
before it and no paper body or second abstract after it. Such a page is one study under
its title line.

Journal layouts read as one page: a Key Points box ("Question / Findings / Meaning") above the
abstract belongs to it, with or without a title; a PMC author manuscript's "Published in final
edited form as: <Journal>. <date> ..." header (its lines labelled metadata, as are the page's other
short citation lines above the abstract) names the journal; "Document Type" and affiliation
lines, a publisher's masthead and a byline set one name per line sit between title and abstract.
A review is its page's study when its abstract is a structured review abstract ("Data Sources:").
A conference abstract pasted without title may lack labels too: a few paragraphs opening with
its aim ("To report ...") are then the whole abstract. An abstract that opens as a commentary
("This Practice Point commentary discusses ...") is no own study: its trials keep their authors.

PubMed's own layouts are read too: the old page (chrome, citation line above the title,
"Author information", unlabelled abstract) and PubMed for Handhelds (labelled "Title:",
"Author:", "Journal:" and "Abstract:" fields, on lines or run together in one paragraph).
A letter, a comment, a listing of search results and a news digest set out under
"Takeaway" / "Why this matters" headings are no study's own page.

Copies that lose their layout are read too: a markdown page saved on one line ("<Title> ===== * <Author>
## Abstract **Methods** ..."), a PDF copy whose every wrapped line became a paragraph (labelled sections read on
through the wrapped lines, a title wrapped over several lines read as one), and a publisher's page with only a
title naming its design ("...: a double-blind, placebo-controlled study") over one abstract paragraph reporting
the authors' own study.

An abstract pasted alone, as excerpts come, is the page's own study too: a few paragraphs and nothing else, opening
on an "Abstract:" label whose section labels run on ("Study objective To determine ... Design ..."), or whose first
sentence is the authors' own design ("A blinded and randomized study was carried out to ..."); so is a labelled
excerpt cut off after its Methods when they report the authors' own design ("we randomly assigned").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.attribution import REGISTRY_PREFIXES
from extractors.blocks import ends_in_abstract_heading, section_label
from extractors.reflist import parse_entry
from pipeline.ingest.names import format_author
from pipeline.ingest.own_identity import complete_identity
from pipeline.ingest.quoted_abstract import is_quoted, quoted_meta
from pipeline.ingest.run_on_title_page import run_on_title_page_meta
from pipeline.model import Block, DocumentMeta, ReferenceEntry

_MARKS_LEAD = re.compile(r"^[#>*_\s]+")
_FIELD_LABEL = re.compile(r"^(?:[•·]\s*)?(?:title|journal|(?:project|study|dataset)\s+description)\s*:\s*", re.I)  # a record's "Title: ...",
# "Journal: ..." lines, a data repository's "Project description:" over the study's abstract
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
_ICON_TAIL = re.compile(r"\.?\s+(?:[A-Z][\w ]{0,40}\s)?uri\s+icon$", re.I)  # a VIVO profile's "... Journal Articles uri icon"
_ABSTRACT_HEADING = re.compile(r"abstract|summary|resumen|resumo|résumé|zusammenfassung|riassunto|samenvatting", re.I)  # a bilingual page's own-language heading too
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s;,<>\"]+)")
_PMID = re.compile(r"\b(?:PMID|PubMed(?:\s+ID)?):?\s*(\d{5,9})\b")
_LOCATOR = re.compile(r"\b(?:19|20)\d{2}\b[^;]{0,12};\s*\d+|\bvol(?:ume)?\.?\s*\d+|\b\d+\s*\(\d+\)\s*[:,]\s*[A-Z]?\d+", re.I)
_JOURNAL = re.compile(
    r"^(?:(?i:published\s+in(?:\s+final\s+edited\s+form\s+as)?):?\s*)?(?!(?i:posted|published|received|accepted|updated|epub|online)\b)"
    r"(?P<journal>[A-Z][^.;:()|]{2,100}?)(?:\s+(?i:vol(?:ume)?)\.?\s*\d+)?[.;]?,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?\(?(?:19|20)\d{2}\b"
)
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|del|la|le|du|dos|ter)\s){0,2}"
_PUBMED_AUTHOR = re.compile(rf"{_PARTICLES}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{{1,3}}")
_INITIALS_AUTHOR = re.compile(  # "C. N. Okafor", "F Vellekkatt", "A.F. Pachacama López" (a two-word surname after its initials)
    r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z]{1,2}\s)(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+|(?:[A-Z]\.\s?){1,3}[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+")
_FULL_NAME = re.compile(
    r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ'’]+)?(?:\s(?:[A-Z]\.){2,3}|\s[A-Z]\.?)?(?:\s(?:van|von|de|der|den|da|di|del|la|le)){0,2}"
    r"\s[A-ZÀ-Þ][a-zß-ÿ'’]*(?:\s?[A-ZÀ-Þ][a-zß-ÿ'’]+)?(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"  # "Ó Briain", "Moreau-Lafleur", "Salah M.M. Al Chalabi"
)
_AFFILIATION_MARKS = re.compile(r"(?:\s*(?:\[\d+(?:\s*,\s*\d+)*\]|[\d⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§,]+|\s[a-f](?:,[a-f])*))+$")  # "[1]", "2,3", "²", " a", "*"
_MARKED_NAME = re.compile(rf"{_FULL_NAME.pattern}\s?(?:\d{{1,2}}(?:,\d{{1,2}})*|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*|[*†‡§]+)|"
                          rf"{_FULL_NAME.pattern}\s[a-f](?:,[a-f])*")  # "Jiale Sun a, Fuqiang Gao b"
_DEGREE = re.compile(r"(?:PhD|MD|MSc|MS|MA|BSc|BA|RN|RD|MPH|MBBS|MB|ChB|BCh|DPhil|PharmD|FRCP|FRCPC|FRCS|DO|MBA)\.?")
_DEGREES_IN = re.compile(rf"\b{_DEGREE.pattern}(?=[\s,;]|$)")  # "Michael J. Breus, PhD Stephanie Hooper, MPH"
_PUBLICATION_LINE = re.compile(r"\b(?:published|received|accepted|epub|pages?|pp\.|volume|issue)\b.*\d|\d.*\bpages?\b", re.I)
_AUTHORS_LABEL = re.compile(r"authors?(?:\(s\))?", re.I)  # a byline's own label line, "Authors:"
_BYLINE_LEAD = re.compile(r"^(?:authors?(?:\(s\))?\s*:|by\s)\s*", re.I)  # "Authors: Hamid Ahanchian, Asma Javid"
_ELIDED = re.compile(r"^(?:\.{3}|…)\s*")
_LAST_NAME_JOIN = re.compile(r"^(?:and|&)\s+")  # "..., and Andrew W. Zimmerman"
_NAME_SEPARATORS = re.compile(r",(?![\d,\s]*\])\s*|;\s*|\s*[·•|]\s*|\s+(?:and|&)\s+")  # not inside a mark, "Wen Zhao[1,2]"
_PUBLICATION_TYPE = re.compile(r"(?:randomi[sz]ed\s+controlled|controlled\s+clinical|clinical|multicenter|pragmatic)\s+trial|"
                               r"meta-analysis|systematic\s+review|review|comparative\s+study|observational\s+study|"
                               r"case\s+reports?|editorial|comment|letter|practice\s+guideline", re.I)
_ARTICLE_TYPE = re.compile(r"^(?:original|research|review|brief|short)?\s*(?:article|research|report|communication|paper)$", re.I)
_BODY_HEADING = re.compile(r"(?:\d+\.?\s*)?(?:introduction|discussion)", re.I)
_COMMENTARY_TYPE = re.compile(r"\bcommentary\b|\beditorial\b|\bperspective\b|\bletter\b|\bcomments?\s+on\b|\bin\s+reply\b|"
                              r"\berratum\b|\bpractice\s+point\b|\bviewpoint\b", re.I)
# (a research portal's "Contribution to journalArticlepeer-review" is no review)
_REVIEW_TYPE = re.compile(rf"(?<!peer-)\breview\b|\bmeta-analysis\b|{_COMMENTARY_TYPE.pattern}", re.I)
# A review's own structured abstract ("Data Sources: ... Study Selection: ..."): the review is then the page's study.
_REVIEW_LABELS = re.compile(r"\b(?:data\s+sources?|study\s+selection|data\s+(?:extraction|synthesis)|search\s+strategy)\s*:", re.I)
_JOURNAL_PAGES = re.compile(r"(?P<journal>[A-Z][A-Za-z&,'’ -]{2,80}?)\s+\d{1,4}\s*[–-]\s*\d{1,4}")  # "Annals of Pharmacotherapy 1–8"
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:(?:the\s+)?authors?(?:\(s\))?\s*)?,?\s*((?:19|20)\d{2})\b", re.I)
_PAGE_WORDS = re.compile(r"\b(?:article|content|abstract|authors?|corresponding|downloads?|journal|issue|section|"
                         r"keywords?|references?|metrics|cited)\b", re.I)  # chrome that reads like a name ("Main Article Content")
_JOURNAL_FIELD = re.compile(r"[ \t]*(?:[•·]\s*)?journal\s*:\s*([^\n]{3,150})", re.I)
_DATE_FIELD = re.compile(r"[ \t]*(?:[•·]\s*)?(?:date|year|published|publication\s+date)\s*:\s*[^\n]{0,20}?((?:19|20)\d{2})\b", re.I)
_LOGO_LINK = re.compile(r"^.*?\blogo\s*link\s+to\s+(?P<journal>[^.;]{2,120}?)\s*\.\s+(?=(?:19|20)\d{2}\b)", re.I)
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|edu|gov|int)(?:/\S*)?", re.I)
_SYSTEMATIC = re.compile(r"\bsystematic review|\bmeta-analys[ie]s\b|\bpooled analysis\b|\bumbrella review\b", re.I)
_SECTIONS = {
    "aim": r"background|(?:study )?objectives?|(?:key\s*points\s*)?questions?|key\s*points|aims?|purpose|purpose of (?:the )?(?:study|review)|context|importance|"
           r"rationale|introduction(?: and aims?)?",
    "methods": r"methods?|materials? and methods|patients and methods|subjects and methods|participants and methods|methods and materials|design|study design|"
               r"design,? setting,? and participants|setting|participants|patients|subjects|interventions?|"
               r"measurements|main outcome measures?|main outcomes? and measures?|outcome measures?|data sources|study selection|data extraction|eligibility criteria|"
               r"research design and methods|search (?:methods|strategy)|selection criteria|data collection and analysis|"
               r"data synthesis|study population|methods used|main methods",
    "results": r"results?|(?:key\s+)?findings|main results|main outcomes and results|key results|summary of results",
    "conclusions": r"conclusions?|significance|meaning|interpretation|implications|conclusions and relevance|authors'? conclusions",
    "registration": r"(?:clinical )?trial registration|registration|trial registry",  # BMC's last section: the trial's registry ID
}
_SECTION_GROUP = {
    name: re.compile(rf"(?:{pattern})", re.I) for name, pattern in _SECTIONS.items()
}
_ONE_SECTION = "|".join(f"(?:{p})" for p in _SECTIONS.values())
_ANY_SECTION = rf"(?:{_ONE_SECTION})(?:\s*(?:and|&)\s*(?:{_ONE_SECTION}))?"  # "Measurements and Results"
_LABEL_PARTS = re.compile(r"\s*(?:\band\b|&)\s*", re.I)
_LABEL_LINE = re.compile(rf"\W{{0,4}}(?P<label>{_ANY_SECTION})\W{{0,4}}", re.I)  # "Background", "**RESULTS:**"
_LABEL_LEAD = re.compile(rf"^\W{{0,4}}(?P<label>{_ANY_SECTION})\s*[*_]*\s*[:.\u2014-]", re.I)  # "Results: ...", "RESULTS. ..."
# A label whose line break the copy lost, run into the section's first word: "BackgroundThe eradication rate ...".
# The BMJ's labels pasted without their line breaks or colons, one run-in after the other:
# "... randomised controlled trialObjective To assess ... Design Pragmatic ... Results From 5 June ...", or from the
# paragraph's start: "Objectives Aggression ... Methods A new ... Results Evolution ..."
# (counted only when three sections show, so "Design" opening a sentence of prose is no label).
# A journal page's "Introduction ... Methods We randomised ... Results ... Conclusions ..." pasted as one paragraph reads the same.
_LABEL_BARE = re.compile(r"(?:^|(?<=[.)])\s+|(?<=[a-z]))(?P<label>Objectives?|Design|Setting|Participants|Interventions|"
                         r"Main outcome measures|Methods|Results|Conclusions?(?: and relevance)?)\s(?=[A-Z(≥\d])")
_LABEL_GLUED = re.compile(r"(?P<label>Background(?: and aims?)?|Objectives?|Aims?|Purpose|Methods|Results|Findings|Conclusions?)(?=[A-Z][a-z]|A\s)")
# The same labels run into the sentence before as well, as Elsevier's pages copy them:
# "AimsWe examined ... pain.Main MethodsThe development ...Key FindingsRats with ...SignificanceThe present ..."
# (counted only when three sections show, as with _LABEL_BARE).
_LABEL_RUN_IN = re.compile(r"(?<=[a-z][.)])(?P<label>Objectives?|Methods|Main Methods|Materials and Methods|Results|Design|Setting|"
                           r"Participants|Interventions?|Measurements|Key Findings|Findings|Conclusions?|Significance)(?=[A-Z][a-z]|A\s)")
# PubMed's short citation under the title: "Chenchen Wang et al. BMJ. 2018." (its year may be missing: "BMJ. .").
_SHORT_CITATION = re.compile(rf"(?P<first>{_FULL_NAME.pattern})\s+et\s+al\.?\s+[A-Z][^.]{{1,80}}\.[\s.]*(?:(?:19|20)\d{{2}}\b.*)?")
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+")
_BULLET = re.compile(r"^[-•·]\s+")
# One author on a line of their own: "Conor P. Kerley*", "Mario Fernando Prieto Peres1".
_NAME_LINE = re.compile(rf"(?:{_FULL_NAME.pattern}|(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+){{2,4}}[A-ZÀ-Þ][a-zß-ÿ'’-]+)[\s*†‡§\d,]*")
_LONG_NAME = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+){3}[A-ZÀ-Þ][a-zß-ÿ'’-]+")
_AFFILIATION_LABEL = re.compile(r"(?:affiliations?|author\s+information)\s*:?", re.I)  # PubMed's "Author information" too
_MARK_LINE = re.compile(r"\d{1,2}|[*†‡§]")  # an affiliation's mark on a line of its own, as an old PubMed page sets them
# An affiliation mark printed after the comma ("Masoume Rezaee-Asl,1 Mandana Sabour,1 Vahid Nikoui,2", a Hindawi
# byline): moved before it, so the comma parts the names again.
_COMMA_MARKS = re.compile(r"(?<=[a-z]),(\d{1,2}(?:,\d{1,2})*)(?=\s|$)")
# The day a publisher put the paper online ("Published online by Cambridge University Press: 19 March 2018").
_ONLINE_DATE = re.compile(r"\bpublished\s+online\b[^\n]{0,60}?\b((?:19|20)\d{2})\b", re.I)
_INSTITUTION = re.compile(r"(?<![a-z])(?:department|dept|division|universit\w*|hospital|institut\w*|school|college|faculty|centre|center|clinic)\b", re.I)
_CORRESPONDENCE = re.compile(r"(?:corresponding\s+author|correspondence|address\s+(?:for\s+)?correspondence)\b", re.I)
_LABEL_SPACED = re.compile(rf"\s*(?P<label>{_ANY_SECTION})[ \t\u00a0]{{2,}}(?=[A-Z])", re.I)  # a bold label saved as "Results  The ..."
_LABEL_CAPITALS = re.compile(rf"(?P<label>{_ANY_SECTION})[ \t](?=[A-Z0-9])", re.I)
_TITLE_CASE_LABEL = re.compile(r"[A-Z][a-z]+(?:,?\s+(?:and\s+|of\s+)?[A-Z][a-z]+)*")  # "Main Outcomes and Measures"
_SENTENCE_AFTER = re.compile(r"\s[a-z]{2,}\s+[a-z]{2,}\s")  # the section's prose: lower-case words running on
_JAMA_LABEL = re.compile(r"^(?:Design, Setting, and Participants|Main Outcomes? and Measures?|Conclusions and Relevance) [A-Z]", re.M)
_JAMA_REACH = 6000  # characters from the page's top searched for one
_LABEL_INLINE = re.compile(rf"(?<=[.!?)\]])\s+[*_]*(?P<label>{_ANY_SECTION})\s*[*_]*:", re.I)
_LABEL_INLINE_DASH = re.compile(rf"(?<=[.!?)\]])\s*(?P<label>{_ANY_SECTION})\s*[-\u2013\u2014]", re.I)  # "... RESULTS - ..."
# Lines between a title and its abstract that are not the title: a journal's Key Points box,
# a design subtitle ("A Randomized Clinical Trial"), keywords, journal and publisher labels.
_KEY_POINT = re.compile(r"^(?:key\s+points|question|findings|meaning|importance)\b", re.I)
_SESSION_CODE = re.compile(r"(?:abstract\s+)?[A-Z]{1,4}[-\s.]?\d{1,4}(?:[.-]\d{1,3})?[A-Z]?")  # "OP0123", "P-045", "LB12.3"
_BOX_LABEL = re.compile(r"(?:question|findings|meaning)\b", re.I)
_OTHER_ABSTRACT = re.compile(r"(?:visual|graphical|video|audio)\s+abstract", re.I)
_KEY_POINTS_BOX = re.compile(r"^key\s*points(?:\b|(?=question))", re.I)  # "Key PointsQuestion" in web exports
_SUBTITLE = re.compile(
    r"^(?:an?\s+)?(?:(?:randomi[sz]ed|double-blind(?:ed)?|placebo-controlled|controlled|clinical|pilot|phase\s+\w+|"
    r"multicent(?:er|re)|crossover|open-label|cohort|prospective|observational|feasibility|,|\s)+)(?:trial|study)$", re.I)
_DOCUMENT_TYPE = re.compile(  # "Document Type : Original Article", "Type of article: Original"
    r"^(?:(?:document|article|publication|manuscript|paper)\s+type|type\s+of\s+(?:article|paper|manuscript))\s*:", re.I)
_AFFILIATION = re.compile(r"^\W{0,3}(?:\d{1,2}|[a-f*†‡§])?\s*(?:[\w'’.-]+\s+){0,6}?(?:department|dept\.?|division|university|"
                          r"universit[éàä]|hospital|institute|school|faculty|college|cent(?:er|re)|laborator(?:y|ies)|clinic)\b", re.I)
_FINAL_FORM = re.compile(r"^published\s+in\s+final\s+edited\s+form\s+as\b", re.I)
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?$", re.I)  # "July", "May 01": a date
_PMC_HEADER = re.compile(rf"{_FINAL_FORM.pattern}|\bauthor\s+manuscript\b", re.I)
_COMMENTARY_OPENING = re.compile(
    r"\W*(?:this|in\s+this|the\s+present|our)\s+(?:[\w-]+\s+){0,3}?(?:commentary|editorial|perspective|viewpoint|"
    r"practice\s+point|news\s+(?:and|&)\s+views|research\s+highlight|letter|essay)\b", re.I)
# A quotation's speaker named by title: '..., said Dr Ana Ruiz', '"...," says Professor X'.
_QUOTED_SPEAKER = re.compile(r"[\"”’'],?\s+(?:said|says|added|explained)\s+(?:Dr\.?|Prof\.?|Professor|Associate\s+Professor|"
                             r"Mr\.?|Ms\.?|Mrs\.?|lead\s+author|senior\s+author|the\s+study's)\s", re.I)
_NEWS_MARK = re.compile(r"\bfor\s+immediate\s+release\b|\bembargoed\b|\bpress\s+(?:release|office)\b|\bmedia\s+(?:contact|enquiries)|"
                        r"\bnotes\s+to\s+editors\b|\b(?:study|trial|research|researchers)\s+(?:finds|find|shows|suggests)\b", re.I)
_BYLINE = re.compile(r"^By\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", re.M)  # a reporter's byline: "By Lee Park · 12 March 2026"
_KEYWORDS = re.compile(r"^(?:key\s*words?|mesh\s+terms|subjects?)\b", re.I)
_PUBLISHER_LABEL = re.compile(r"^(?:journal|publisher|volume|issue|pages?|published(?:\s+in)?|source|citation(?:\s+style)?)$", re.I)
# The unlabelled first sentence of an abstract that has no title above it ("We assessed the efficacy of ...").
_OPENING = re.compile(r"^(?:we|this|these|our|in\s+(?:this|a|an)|to\s+(?:evaluate|assess|determine|compare|investigate|examine)|"
                      r"the\s+(?:aim|objective|purpose))\b.*[.]$", re.I)
_AIM_OPENING = re.compile(
    r"(?:objectives?:?\s*)?(?:to\s+(?:report|evaluate|assess|determine|compare|investigate|examine|describe|test|explore|"
    r"characteri[sz]e|estimate|identify|establish|ascertain|quantify|find\s+out|learn\s+whether)|(?:the\s+|our\s+)?(?:aims?|objectives?|purpose|goals?)\s+of\s+(?:this|the\s+present)\s+"
    r"(?:study|trial|analysis|work)\s+(?:was|were|is|are))\b", re.I)
_INLINE_RECORD = re.compile(
    r"\s*Title:\s*(?P<title>[^\n]{10,400}?)\s+Authors?:\s*(?P<authors>[^\n]{3,600}?)\s+Journal:\s*(?P<journal>[^\n]{3,200}?)"
    r"(?:\s+PubMed\s+ID:\s*(?P<pmid>\d{5,9})\.?)?\s+Abstract:\s*(?=\S)"
)
_PAGINATION = re.compile(r"\b\d+\s*(?:-|–|to)\s*\d+\s+of\s+\d+\b")  # "Displaying publications 441 - 460 of 1278"
_DIGEST_LABEL = re.compile(r"(?:the\s+|key\s+)?(?:takeaways?|why this matters|bottom line|what you need to know|the gist)", re.I)
_CITED_FIRST_AUTHOR = re.compile(r"^([A-ZÀ-Þ][\w'’-]+),")  # "Borgesen, S. E. (1976). ..."
_SENTENCES = re.compile(r"[a-z]{4}[.!?]\s+[A-Z]")  # a line of two sentences is prose, not a title
# A title asking its question before its design: "... Do the Results Differ in Geriatric Patients? A Retrospective Study".
_QUESTION_SUBTITLE = re.compile(r"\?\s+(?:An?\s+)?(?:[A-Z][\w-]*\s+){0,5}(?:Study|Trial|Analysis|Review|Meta-Analysis)$")
# PubMed's text page sets a group author after its title's full stop: "... in multiple sclerosis. The Canadian MS Research Group"
_GROUP_AUTHOR_TAIL = re.compile(r"\.\s+(?:The\s+)?(?:[A-Z][\w&-]*\s+){1,6}(?:Group|Investigators|Consortium|Collaboration|Committee|Network)\.?$")
_CITATION_LINE = 160  # a longer header paragraph that cites a study may be a newsletter's claim
_UNLABELLED_PARAGRAPHS = 8  # an untitled, unlabelled abstract: at most this many paragraphs ...
_UNLABELLED_SPAN = (400, 4000)  # ... of this many characters in all
_TITLE_WORDS = 40  # a title line over an unlabelled abstract is at most this long
_PROSE_BEFORE = 700  # main prose above a structured abstract beyond which the page is an article quoting one
_HEAD_BLOCKS = 25  # the header sits in the first blocks of the page
_TITLE_TO_ABSTRACT = 12  # blocks from the title to the Abstract heading, affiliations included
_AFTER_ABSTRACT = 4  # blocks after the abstract still searched for a DOI or PMID
_DOI_AFTER = 6  # blocks after a titled record's abstract searched for its DOI line (keywords, a "Full Text:" link between)
_BODY_RATIO = 1.5  # main text after the abstract, relative to the abstract, beyond which it is a full paper or review
_BODY_FLOOR = 1500
_RUN_ON_BLOCKS = 5  # a run-on first page sits below at most a few lines (a viewer's title, "Transcription")


def abstract_page_meta(text: str, blocks: list[Block], abstract_span: tuple[int, int] | None = None) -> DocumentMeta:
    """The page's own study when ``text`` is clearly one abstract page, else an empty DocumentMeta.

    ``abstract_span`` is where the abstract lies when the caller already knows (an HTML
    element marked "abstract"); otherwise the abstract is what follows an "Abstract" heading,
    or a structured abstract, or the prose of a titled record (see ``_record_meta``)."""
    meta = (_inline_record_meta(text, blocks) or _flat_markdown_meta(text, blocks)
            or _run_on_title_page(text, blocks)) if abstract_span is None else None
    if meta is None:
        meta = _headed_meta(text, blocks, abstract_span)
        meta = meta if meta.is_study or abstract_span is not None else _record_meta(text, blocks)
        meta = meta if meta.is_study or abstract_span is not None else _unlabelled_meta(text, blocks)
        meta = meta if meta.is_study or abstract_span is not None or "ull abstract" not in text else _snippet_meta(text, blocks)
        meta = meta if meta.is_study or abstract_span is not None else _lone_abstract_meta(text, blocks)
    if meta.abstract_start is not None and _COMMENTARY_OPENING.match(text, meta.abstract_start, meta.abstract_end):
        return DocumentMeta()  # "This Practice Point commentary discusses ...": the trials it discusses keep their authors
    if meta.is_study and _news_story(text):
        return DocumentMeta()  # a press release or news story about a trial, whatever labels its paragraphs carry
    if meta.is_study and abstract_span is None and is_quoted(text, meta.abstract_start or 0, meta.abstract_end or 0):
        meta = quoted_meta(text, blocks, meta)  # a shop or blog quoting a paper's abstract: that paper's claim
    if meta.is_study:
        _mark_citation_header(text, blocks, meta)
        complete_identity(text, blocks, meta)
    return meta


def _news_story(text: str) -> bool:
    """Whether the page is a press release or a news story: someone quoted by their title
    ('..., said Dr Ana Ruiz') on a page that marks itself as news (a release line, a media
    contact, a "study finds" headline, a reporter's byline)."""
    return bool(("said" in text or "says" in text) and _QUOTED_SPEAKER.search(text) and (
        _NEWS_MARK.search(text) or _BYLINE.search(text)))


def _mark_citation_header(text: str, blocks: list[Block], meta: DocumentMeta) -> None:
    """Label the page's own citation lines above its abstract ("Published in final edited form
    as: <Journal>. <date>; doi ...", "<Journal> 1-8 / (c) The Author(s) 2020 / DOI ...") as
    metadata: they name the page's study, which the abstract's claim already carries."""
    for block in blocks:
        if block.end > (meta.abstract_start or 0):
            break  # the abstract's block, maybe with the page's title on the same line
        line = _plain(text, block)
        cited = len(line) <= _CITATION_LINE and (_is_citation_line(line) or _is_identifier_line(line))
        if block.label == "main" and (_PMC_HEADER.search(line) or cited or _is_byline_block(line)
                                      or _affiliations_then_abstract(text, block)):
            block.label = "metadata"


def _inline_record_meta(text: str, blocks: list[Block]) -> DocumentMeta | None:
    """A record written as one run of labelled fields ("Title: ... Author: ... Journal: ...
    PubMed ID: ... Abstract: ..."), as PubMed for Handhelds prints it."""
    for block in blocks[:3]:
        if block.label == "boilerplate":
            continue
        record = _INLINE_RECORD.match(text, block.start, block.end)
        if record is None:
            return None
        year = _YEAR.search(record.group("journal"))
        journal = _JOURNAL.match(record.group("journal"))
        return DocumentMeta(
            title=" ".join(record.group("title").split()).rstrip("."),
            authors=_authors(record.group("authors"), block.label),
            year=int(year.group(1)) if year else None,
            journal=journal.group("journal").strip() if journal else None,
            pmid=record.group("pmid"),
            abstract_start=record.end(),
            abstract_end=block.end,
        )
    return None


# A markdown page saved on one line: "<Title> ===== * <Author> * <Author> ## Abstract **Aim of the study** ..."
# (or "# <Title> ..."); the abstract runs to the next heading on the line.
_FLAT_PAGE = re.compile(r"(?:#\s+(?P<atx>[^#\n]{10,300}?)|(?P<setext>[^#=\n]{10,300}?)\s+={3,})\s+"
                        r"(?P<byline>(?:[*-]\s+[^*#\n]{3,80}?\s+)*)#{2,3}\s*Abstract\s+(?=\S)")
_FLAT_HEADING = re.compile(r"\s#{1,3}\s+[A-Z]")


def _flat_markdown_meta(text: str, blocks: list[Block]) -> DocumentMeta | None:
    """A whole markdown title page and abstract run together on one line (a journal's ".full.txt"): its own
    study unless a narrative review, or a paper body follows that the abstract does not report as its own."""
    block = next((b for b in blocks[:3] if b.label != "boilerplate"), None)
    if block is None or block.kind not in ("paragraph", "heading") or "# Abstract" not in text[block.start:block.end]:
        return None
    page = _FLAT_PAGE.match(text, block.start, block.end)
    if page is None:
        return None
    title = " ".join((page.group("atx") or page.group("setext")).split())
    start = page.end()
    heading = _FLAT_HEADING.search(text, start, block.end)
    end = heading.start() if heading else block.end
    after = len(text) - end
    if end - start < 200 or _is_narrative(title) or (
            after > max(_BODY_FLOOR, _BODY_RATIO * (end - start)) and not _reports_own_study(text, start, end)):
        return None
    names = [name.strip() for name in re.split(r"(?:^|\s)[*-]\s+", page.group("byline") or "") if name.strip()]
    return DocumentMeta(title=title, authors=_authors(", ".join(names), "metadata") if names else [],
                        abstract_start=start, abstract_end=end)


def _run_on_title_page(text: str, blocks: list[Block]) -> DocumentMeta | None:
    """A PDF's first page extracted as one line (journal line, title, authors, affiliations, abstract): its own
    study unless a narrative review, or a paper body follows that the abstract does not report as its own."""
    for block in [b for b in blocks if b.label != "boilerplate"][:_RUN_ON_BLOCKS]:
        if block.kind != "paragraph":
            continue
        meta = run_on_title_page_meta(text, block.start, block.end)
        if meta is None:
            continue
        start, end = meta.abstract_start or 0, meta.abstract_end or 0
        after = len(text) - end
        if _is_narrative(meta.title or "") or (
                after > max(_BODY_FLOOR, _BODY_RATIO * (end - start)) and not _reports_own_study(text, start, end)):
            return None
        return meta
    return None


def _headed_meta(text: str, blocks: list[Block], abstract_span: tuple[int, int] | None) -> DocumentMeta:
    skipped = 0  # blocks of a page menu between the title and the abstract
    if abstract_span is None:
        heading = next(
            (i for i, b in enumerate(blocks[:_HEAD_BLOCKS]) if (b.kind in ("heading", "line") and _is_abstract_heading(_plain(text, b))) or (
                b.kind == "paragraph" and ends_in_abstract_heading(_plain(text, b))) or _affiliations_then_abstract(text, b)),
            None,
        )
        abstract = _abstract_blocks(text, blocks, heading + 1) if heading is not None else []
        menu = _menu_before_abstract(text, blocks, heading, abstract) if heading is not None else None
        if menu is not None:  # "Article information / Abstract / Full Text / Figures (7)" above the real heading
            skipped = sum(1 for b in blocks[heading:menu] if b.label != "boilerplate")
            heading, abstract = menu, _abstract_blocks(text, blocks, menu + 1)
    else:
        abstract = [b for b in blocks if abstract_span[0] <= b.start and b.end <= abstract_span[1]]
        heading = blocks.index(abstract[0]) if abstract else None
    if heading is None or heading - skipped > _HEAD_BLOCKS or not abstract:
        return _structured_abstract_meta(text, blocks)
    start, end = abstract[0].start, abstract[-1].end
    rest = [b for b in blocks if b.start >= end and b.label == "main"]
    bodied = sum(b.end - b.start for b in rest) > max(_BODY_FLOOR, _BODY_RATIO * (end - start)) or any(
        _is_heading_like(text, b) and _BODY_HEADING.fullmatch(_plain(text, b)) for b in rest)
    if bodied and not (_reports_own_study(text, start, end) or _structured_own(text, abstract, start, end)):
        return DocumentMeta()
    chrome_and_head = blocks[:heading]  # the journal line may sit in the page's masthead
    head = [b for b in chrome_and_head if b.label != "boilerplate"]
    box = _key_points_box(text, head)  # a journal's Key Points box restates the findings: part of the abstract
    head = [b for b in head if b not in box]
    reviewed = _REVIEW_LABELS.search(text, start, end) is not None
    narrative = _COMMENTARY_TYPE.search if reviewed else _is_narrative
    author_index = next((i for i in range(len(head) - 1, -1, -1) if _is_author_line(text, head[i])), None)
    while author_index and (_plain(text, head[author_index]).startswith(",") or _CORRESPONDENCE.fullmatch(
            _plain(text, head[author_index]))) and (_CORRESPONDENCE.fullmatch(_plain(text, head[author_index - 1]))
                                                   or _is_author_line(text, head[author_index - 1])):
        author_index -= 1  # "A.F. Lopez, M.F. Tapia / Corresponding author / , F. Moreno": the byline opens above
    title = _title(text, head[:author_index]) if author_index is not None else _title_above(text, head)
    if _narrative_head(text, head, title, narrative, long_title=False):
        return DocumentMeta()
    if title is None and box and all(_is_conference_front(text, b) for b in head if b.label == "main"):
        return DocumentMeta(abstract_start=box[0].start, abstract_end=end, abstract_only=True)
    if title is None and not any(b.label == "main" and not _RUNNING_HEADER.fullmatch(line := _plain(text, b))
                                 and not _CHROME_LINE.fullmatch(line) for b in head) and (
            _is_abstract_heading(_plain(text, blocks[heading])) or _affiliations_then_abstract(text, blocks[heading])):
        return _untitled_meta(text, blocks, head, abstract)  # a page saved from its "Abstract" heading on, nothing but chrome above
    if title is None or _blocks_between(text, blocks, blocks.index(title), heading) - skipped > _TITLE_TO_ABSTRACT or (
            narrative(_plain(text, title))):
        return _structured_abstract_meta(text, blocks)
    header = _header_lines(text, [b for b in chrome_and_head if b is not title])
    citation = next((line for line in header if _is_citation_line(line)), None) or _masthead_citation(header)
    citation = _named_volume_line(header, citation)
    identified = citation is not None or any(_is_identifier_line(_plain(text, b)) for b in head)
    parts = (author_index is not None) + identified
    headed = _plain(text, blocks[heading]).lower() == "abstract" or (
        abstract_span is None and (ends_in_abstract_heading(_plain(text, blocks[heading]))  # or glued to its affiliation
                                   or _affiliations_then_abstract(text, blocks[heading]))) or _dom_headed(
        text, blocks, heading, abstract_span)
    between = [b for b in blocks[blocks.index(title) + 1:heading] if b.label != "boilerplate" and b not in box]
    if headed and parts == 0 and all(_is_front_matter(_plain(text, b), "") or (
            b.label == "metadata" and _INSTITUTION.search(_plain(text, b))) for b in between):
        parts = 1  # a title with its "Abstract" heading right under it is a paper's abstract page
    if parts == 0 or (parts == 1 and not headed):
        return _structured_abstract_meta(text, blocks)  # one part under a "Summary" box could be a blog's byline
    author_line = head[author_index] if author_index is not None else None
    if box and box[0].start > title.start:
        abstract = [*box, *abstract]
    return _page_meta(text, blocks, title, author_line, citation or "", abstract)


def _dom_headed(text: str, blocks: list[Block], heading: int, abstract_span: tuple[int, int] | None) -> bool:
    """Whether an abstract the page's markup marks sits right under its own "Abstract" heading: the element
    holds only the paragraph, so the heading is the block before it (a research letter's one-paragraph abstract
    under a byline, its DOI printed below)."""
    return abstract_span is not None and heading > 0 and blocks[heading - 1].kind in ("heading", "line") and (
        _plain(text, blocks[heading - 1]).lower() == "abstract")


# A database's field label left above a record's "Abstract" heading ("Content area", "Full text"): no title.
_CHROME_LINE = re.compile(r"[A-Z][a-z]{1,11}(?:\s[a-z]{2,8}){0,2}")
# A PDF copy's running header, the journal and its volume and article numbers: "Cureus 0013 00000013743".
_RUNNING_HEADER = re.compile(r"[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3}(?:\s\d{2,}){1,3}")


def _affiliations_then_abstract(text: str, block: Block) -> bool:
    """A PDF copy's numbered affiliations run on to the "Abstract" heading on its own last line ("1. Obstetrics and
    Gynecology, All India Institute of Medical Sciences, Dehradun, IND 2. College of Nursing, ... IND\nAbstract")."""
    if block.kind not in ("paragraph", "list_item") or text.find("\nAbstract", block.start, block.end) == -1:
        return False
    head, _, last = text[block.start:block.end].rstrip().rpartition("\n")
    return last.strip() == "Abstract" and _INSTITUTION.search(head) is not None


def _menu_before_abstract(text: str, blocks: list[Block], heading: int, abstract: list[Block]) -> int | None:
    """The real "Abstract" heading when the first one is an entry of the page's menu ("Abstract / Full Text /
    Bibliography / Figures (7) / Tables (1)"): nothing but short lines under it, and another "Abstract"
    heading a few blocks further down."""
    if any(b.kind == "paragraph" and len(_plain(text, b)) > 80 for b in abstract):
        return None
    return next((i for i in range(heading + 1, min(len(blocks), heading + _TITLE_TO_ABSTRACT))
                 if blocks[i].kind in ("heading", "line") and _is_abstract_heading(_plain(text, blocks[i]))
                 and i + 1 < len(blocks) and blocks[i + 1].label == "main"), None)


def _reports_own_study(text: str, start: int, end: int) -> bool:
    """Whether an abstract with a paper's body after it reports the paper's own study (then
    the page is that study, as a JATS article is): its methods or results are the authors'
    ("were randomly assigned", "We included 79 RCTs", "This study compared ..."), and it
    does not call itself a review unless a systematic one."""
    if _OWN_STUDY.search(text, start, end) is None:
        return False
    return _NARRATIVE_ABSTRACT.search(text, start, end) is None or (
        _SYSTEMATIC.search(text, start, end) or _SEARCHED.search(text, start, end)) is not None


def _structured_own(text: str, abstract: list[Block], start: int, end: int) -> bool:
    """Whether an abstract with a paper's body after it is a complete structured research abstract, its aim,
    methods, results and conclusions each under a label (a PMC page running on into its Introduction): the
    page's own study unless it calls itself a narrative review."""
    groups = {group for b in abstract for group in _section_labels(text, b)}
    return {"aim", "methods", "results", "conclusions"} <= groups and _NARRATIVE_ABSTRACT.search(text, start, end) is None


# The design words an abstract's impersonal methods sentence stacks before "trial" or "study".
_DESIGN = (r"(?:(?:(?:double|single|triple)[- ])?blind(?:ed)?|placebo[- ]controlled|randomi[sz]ed|controlled|clinical|prospective|"
           r"retrospective|cross-?over|parallel(?:-group)?|pilot|multi-?cent(?:er|re)|open[- ]label|cohort|cross-sectional|observational)")
# An abstract's own design or results, in the authors' words; journals that shun "we" put the design in
# the passive ("A double-blind randomized clinical trial was conducted", "This study was performed to ...").
_OWN_STUDY = re.compile(
    rf"\b(?:an?\s+(?:{_DESIGN}[\s,]+(?:and\s+)?)+|(?:this|the\s+present|our)\s+(?:{_DESIGN}[\s,]+(?:and\s+)?)*)(?:study|trial)\s+"
    r"(?:(?:with|of|in|among|on|including)\s+[\w\s,-]{0,60}?)?(?:was|has\s+been)\s+(?:conducted|performed|carried\s+out|undertaken)\b|"
    r"\b(?:were|was)\s+randomi[sz]ed\b|\brandomly\s+(?:assigned|allocated|divided)\b|\bwe\s+(?:conducted|performed|carried\s+out|"
    r"enrolled|recruited|included|randomi[sz]ed|searched|pooled|analy[sz]ed|assessed|compared|evaluated|investigated|examined)\b|"
    r"\b(?:this|the\s+present|our)\s+(?:randomi[sz]ed\s+|prospective\s+|retrospective\s+|controlled\s+|clinical\s+|cohort\s+)*"
    r"(?:study|trial|meta-analysis|analysis)\s+(?:ha[sd]\s+)?(?:compared|evaluated|assessed|investigated|examined|aimed|was\s+designed|tested)\b|"
    r"\b(?:the\s+)?(?:purpose|aim|objective)\s+of\s+(?:this|the\s+present|our)\s+(?:[\w-]+,?\s+){0,4}?(?:study|trial|meta-analysis)\b",
    re.I,
)
_SEARCHED = re.compile(r"\b(?:we\s+)?searched\b|\bdatabases\b", re.I)  # a review that searched databases is a systematic one
_NARRATIVE_ABSTRACT = re.compile(r"\b(?:this|the\s+present|our)\s+(?:narrative\s+|brief\s+|short\s+)?review\b|\bwe\s+review\b|"
                                 r"\bnarrative\s+review\b|\bin\s+this\s+(?:article|chapter|paper),\s+we\s+(?:review|discuss|summari[sz]e)", re.I)


def _blocks_between(text: str, blocks: list[Block], title: int, heading: int) -> int:
    """Blocks from the title to the Abstract heading, not counting chrome and one-name author lines
    (a publisher may set each author on a line of their own, with an "Affiliation:" line under it)."""
    return sum(1 for b in blocks[title + 1:heading]
               if b.label != "boilerplate" and not _NAME_LINE.fullmatch(line := _LIST_NUMBER.sub("", _plain(text, b)))
               and not _AFFILIATION_LABEL.fullmatch(line) and not _MARK_LINE.fullmatch(line))


def _key_points_box(text: str, head: list[Block]) -> list[Block]:
    """The blocks of a "Key Points" box (its Question, Findings and Meaning) among the head blocks."""
    first = next((i for i, b in enumerate(head) if _KEY_POINTS_BOX.match(_plain(text, b))), None)
    if first is None:
        return []
    box = [head[first]]
    for block in head[first + 1:]:
        if _is_heading_like(text, block) and not _BOX_LABEL.match(_plain(text, block)):
            break
        box.append(block)
    return box


def _page_meta(text: str, blocks: list[Block], title: Block, author_line: Block | None, citation: str,
               abstract: list[Block]) -> DocumentMeta:
    """The page's study: title, authors, journal and year from the citation line, DOI or PMID
    from the header or just after the abstract."""
    start, end = abstract[0].start, abstract[-1].end
    head = [b for b in blocks if b.end <= start and (b.label != "boilerplate" or b.start > title.start)]
    after = [b for b in blocks if b.start >= end][:_AFTER_ABSTRACT]
    identifiers = " ".join(_plain(text, b) for b in [*head, *after])
    doi, pmid, journal = _DOI.search(identifiers), _PMID.search(identifiers), _JOURNAL.match(citation)
    year = _YEAR.search(citation) or _ONLINE_DATE.search(identifiers)
    journal_name = journal.group("journal").strip() if journal and not _MONTH.match(journal.group("journal")) else None
    if journal_name is None and " > " in citation:  # a breadcrumb: "Ann Geriatr Med Res > Volume 26(4); 2022 > Article"
        journal_name = citation.split(" > ", 1)[0].strip() or None
    if not citation and "Research output" in text[:start]:
        journal_name, year = _portal_fields(text, [b for b in blocks if b.start >= end][:_PORTAL_FIELDS], year)
    return DocumentMeta(
        title=_plain(text, title),
        authors=_byline_authors(_plain(text, author_line), author_line.label) if author_line else (
            _affiliated_names(text, [b for b in head if b.start >= title.end])),
        year=int(year.group(1)) if year else None,
        journal=journal_name,
        doi=doi.group(1).rstrip(".") if doi else None,
        pmid=pmid.group(1) if pmid else None,
        abstract_start=start,
        abstract_end=end,
    )


# A research portal's record fields under the abstract, label and value run together:
# "JournalAsia Pacific Journal of Clinical Nutrition", "Publication statusPublished - Jun 2011".
_PORTAL_JOURNAL = re.compile(r"Journal\s*(?P<journal>[A-Z][^\n]{2,150})")
_PORTAL_PUBLISHED = re.compile(r"Publication\s+status\s*Published\s*-\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\s+)?((?:19|20)\d{2})\b")
_PORTAL_FIELDS = 12
# A journal's citation printed under the abstract on its own line: "Arak Medical University Journal, Volume:20 Issue:2, 2017".
_CITATION_AFTER = re.compile(r"(?P<journal>[A-Z][^,;:\n]{2,100}),\s*Vol(?:ume)?[.:]?\s*\d+[^\n]{0,40}?\b(?:19|20)\d{2}\b\.?")  # blocks after the abstract a portal's record fields run over


def _portal_fields(text: str, after: list[Block], year: re.Match[str] | None) -> tuple[str | None, re.Match[str] | None]:
    """The journal and year of a research-portal record ("Research output: Contribution to journal")."""
    journal = None
    for block in after:
        line = _plain(text, block)
        journal = journal or ((m := _PORTAL_JOURNAL.fullmatch(line)) and m.group("journal").strip())
        year = year or _PORTAL_PUBLISHED.match(line)
    return journal or None, year


def _structured_abstract_meta(text: str, blocks: list[Block]) -> DocumentMeta:
    """The page's study when its top holds one structured abstract (see the module docstring)."""
    first = next((i for i, b in enumerate(blocks[:_HEAD_BLOCKS]) if b.label == "main" and _section_labels(text, b)), None)
    if first is not None:
        abstract = _structured_blocks(text, blocks, first)
        groups = {group for b in abstract for group in _section_labels(text, b)}
    else:
        first, abstract, groups = _bare_labelled(text, blocks)
        if first is None:
            return DocumentMeta()
    if any(_DIGEST_LABEL.fullmatch(_plain(text, b)) for b in blocks[: first + len(abstract)]):
        return DocumentMeta()  # a news digest of one trial, set out under abstract-like headings
    if first and blocks[first - 1].label == "main" and blocks[first - 1].kind == "paragraph" and _AIM_OPENING.match(
            _plain(text, blocks[first - 1])):
        first, abstract = first - 1, [blocks[first - 1], *abstract]  # a PDF copy's unlabelled aim above "Methods:"
    if not abstract:
        return DocumentMeta()
    start, end = abstract[0].start, abstract[-1].end
    reported = "results" in groups or {"aim", "methods", "conclusions"} <= groups  # results often run on under "Methods"
    # an excerpt cut off before its results is still the study's abstract when its methods are the authors' own ("we randomly assigned")
    reported = reported or {"aim", "methods"} <= groups and _OWN_STUDY.search(text, start, end) is not None
    if not reported or not groups & {"aim", "methods"} or not any(b.kind != "heading" for b in abstract):
        return DocumentMeta()
    head = [b for b in blocks[:first] if b.label != "boilerplate"]
    rest = [b for b in blocks if b.start >= end and b.label == "main"]
    if (
        sum(b.end - b.start for b in head if b.label == "main" and b.kind == "paragraph" and not _is_byline_block(_plain(text, b)))
        > _PROSE_BEFORE
        or sum(b.end - b.start for b in rest) > max(_BODY_FLOOR, _BODY_RATIO * (end - start))
        or any(_is_heading_like(text, b) and _BODY_HEADING.fullmatch(_plain(text, b)) for b in rest)
        or any(_section_labels(text, b) for b in blocks if b.start >= end)  # a second abstract: a listing (its repeated labels may be chrome)
    ):
        return DocumentMeta()
    author_line = next((b for b in reversed(head) if _is_author_line(text, b)), None)
    while author_line and (above := head.index(author_line)) and _is_author_line(text, head[above - 1]) and (
            text[head[above - 1].start:head[above - 1].end].rstrip().endswith(",")):
        author_line = head[above - 1]  # a byline wrapped over two lines ("..., Nancy M. Betts, PhD, RD,") opens on the first
    title = _title_above(text, head[: head.index(author_line)] if author_line else head)
    if title is None:
        return _untitled_meta(text, blocks, head, abstract)
    title = _unwrapped_title(text, head, title)
    if _narrative_head(text, head, title, _is_narrative):
        return DocumentMeta()
    lines = _header_lines(text, [b for b in head if b is not title])
    citation = next((line for line in lines if _is_citation_line(line)), None)
    citation = citation or next((line for line in lines if len(line) <= 80 and _JOURNAL.match(line)), None)  # "Sleep 2007 August"
    citation = citation or next((line for line in lines if _PUBLICATION_LINE.search(line) and _YEAR.search(line)), None)
    citation = citation or _field_citation(text, head) or ""
    return _page_meta(text, blocks, title, author_line, citation, abstract)


# A label opening its section's paragraph with neither colon nor line break, as a journal page copies its bold
# labels: "Introduction The researchers aimed ...", "Methods Using a randomized ...". Counted only in a run of
# three or more such paragraphs, so one "Results The ..." in prose is no abstract.
_LABEL_BARE_LEAD = re.compile(r"(?P<label>Background|Introduction|Objectives?|Aims?|Purpose|Methods|Materials and Methods|"
                              r"Results|Findings|Conclusions?)\s(?=[A-Z(\d])")


def _bare_labelled(text: str, blocks: list[Block]) -> tuple[int | None, list[Block], set[str]]:
    """The first run of three or more main paragraphs near the top that each open with a bare label of a
    new section, one of them "Results": its first index, its blocks and the sections it names."""
    run: list[Block] = []
    groups: list[str] = []
    for block in blocks[:_HEAD_BLOCKS]:
        lead = _LABEL_BARE_LEAD.match(text, block.start, block.end) if block.kind == "paragraph" and block.label == "main" else None
        group = _group(lead.group("label")) if lead and block.end - block.start > 40 else None
        if group is not None and group not in groups:
            run.append(block)
            groups.append(group)
            continue
        if len(run) >= 3 and "results" in groups:
            break
        run, groups = ([block], [group]) if group else ([], [])
    if len(run) < 3 or "results" not in groups:
        return None, [], set()
    return blocks.index(run[0]), run, set(groups)


def _record_meta(text: str, blocks: list[Block]) -> DocumentMeta:
    """A titled record with neither an "Abstract" heading nor labelled sections: the title
    opens the page and the page names its own study by a byline of three or more authors
    under the title, by its PMID or DOI among the lines after it, or by a citation line
    further down that repeats the title ("Lee, A. (1998). <title>. <Journal>, 12, 3-9.").
    The abstract is the first run of paragraphs after those lines."""
    main = [b for b in blocks if b.label != "boilerplate"]
    above = 0
    while above < min(3, len(main)) and _is_masthead(_plain(text, main[above]), main[above]):
        above += 1  # an old PubMed page puts its citation line above the title, a journal page its dates
    typed = next((i for i, b in enumerate(main[:_HEAD_BLOCKS // 2]) if _ARTICLE_TYPE.fullmatch(_plain(text, b))), None)
    if typed is not None and typed >= above:
        above = typed + 1  # a publisher's masthead (publisher, journal, volume, DOI) down to "Research Article" over the title
    main_above, main = main[:above], main[above:]
    if len(main) < 2:
        return DocumentMeta()
    title, line = main[0], _plain(text, main[0])
    if (title.kind not in ("heading", "line", "paragraph") or not 4 <= len(line.split()) <= 50 or line.endswith(":")
            or _OPENING.match(line) or _SENTENCES.search(line) or _is_narrative(line) or _PAGINATION.search(line)):
        return DocumentMeta()
    byline = _authors(_plain(text, main[1]), "metadata")
    head_end = 2 if len(byline) >= 3 else 1
    if len(byline) < 3 and len(main) > 2 and main[1].kind == "line" and not _plain(text, main[1]).endswith((".", ":")):
        wrapped = _authors(_plain(text, main[2]), "metadata")  # the title's second line, then the byline
        byline, head_end = (wrapped, 3) if len(wrapped) >= 3 else (byline, head_end)
    while head_end < len(main) and (main[head_end].kind != "paragraph" or main[head_end].label == "metadata"
                                    or _is_citation_line(_plain(text, main[head_end])) or _plain(text, main[head_end]).lower().startswith(("copyright", "©", "(c) "))):
        head_end += 1  # date, journal, citation, author, identifier and design lines of a portal record
    run = []
    for block in main[head_end:]:
        if run and _is_heading_like(text, block) and _LABEL_LINE.fullmatch(label := _plain(text, block)) and (
                not _BODY_HEADING.fullmatch(label)):
            continue  # "Materials And Methods" inside an otherwise unlabelled abstract
        if block.kind != "paragraph" or block.label != "main" or _is_citation_line(_plain(text, block)):
            break
        run.append(block)
    if not run:
        return DocumentMeta()
    cited_after = next((m for b in blocks if b.start >= run[-1].end for m in [_CITATION_AFTER.fullmatch(_plain(text, b))]
                        if m and b.end - run[-1].end < 200), None)  # "<Journal>, Volume:20 Issue:2, 2017" closing the page
    if len(byline) < 3:  # a byline printed one author per line, which the labeller may take for chrome
        stacked = _stacked_names(text, [b for b in blocks if title.end <= b.start and b.end <= run[0].start])
        byline = stacked if len(stacked) >= 3 else byline
    start, end = run[0].start, run[-1].end
    rest = [b for b in blocks if b.start >= end and b.label == "main"]
    head_lines = [_plain(text, b) for b in [*main_above, *main[1:head_end]]]
    citation = next((_plain(text, b) for b in rest if _repeats_title(_plain(text, b), line)), None)
    cited_at_head = next((h for h in head_lines if _is_citation_line(h) and _JOURNAL.match(h)
                          and (_DOI.search(h) or _PMID.search(h))), None)
    if any(_is_narrative(h) for h in head_lines if len(h) <= 120):
        return DocumentMeta()  # "J Clin Psychiatry 2008;69(4):680 [letter]"
    identified = cited_at_head is not None or cited_after is not None or any(_is_identifier_line(h) for h in head_lines)
    designed_only = not (identified or len(byline) >= 3 or citation) and len(run) == 1 and _designed_abstract(
        text, line, rest, start, end)
    identified = identified or designed_only
    if not (len(byline) >= 3 or identified or citation) or not 200 <= end - start <= 4000:
        return DocumentMeta()
    if (sum(b.end - b.start for b in rest) > _BODY_FLOOR or any(_BODY_HEADING.fullmatch(_plain(text, b)) for b in rest)) and (
            not _reports_own_study(text, start, end)):
        return DocumentMeta()  # a review or blog goes on; a full paper reporting its own study is that study
    identifiers = " ".join(head_lines)
    doi, pmid = _DOI.search(identifiers), _PMID.search(identifiers)
    year = None if designed_only else _YEAR.search(citation or cited_at_head or (cited_after and cited_after.group(0)) or identifiers)
    if doi is None:  # the page's "DOI: https://doi.org/..." line under the abstract and its keywords
        doi = next((m for b in [b for b in blocks if b.start >= end][:_DOI_AFTER] for m in [_DOI.search(_plain(text, b))]
                    if m and _is_identifier_line(_plain(text, b))), None)
    cited_first = _CITED_FIRST_AUTHOR.match(citation) if citation else None
    journal = _JOURNAL.match(cited_at_head) if cited_at_head and not citation else (
        cited_after if cited_after and not citation else None)
    return DocumentMeta(
        title=line,
        authors=byline if len(byline) >= 3 else ([cited_first.group(1)] if cited_first else []),
        year=int(year.group(1)) if year else None,
        journal=journal.group("journal").strip() if journal else None,
        doi=doi.group(1).rstrip(".") if doi else None,
        pmid=pmid.group(1) if pmid else None,
        abstract_start=start,
        abstract_end=end,
    )


# Words of a page retelling a study, which an abstract does not use of its own: "Researchers found ...".
_RETELLING_WORDS = r"researchers|scientists|published\s+in|et\s+al|according\s+to|a\s+new\s+study"  # another's study told
_RETELLING = re.compile(rf"\b(?:{_RETELLING_WORDS}|the\s+authors)\b", re.I)
_PAGE_END = 300  # main text after a designed title's one abstract paragraph, beyond which the page is more than an abstract


def _designed_abstract(text: str, title: str, rest: list[Block], start: int, end: int) -> bool:
    """A publisher's abstract page with neither byline nor identifiers: the title names the design in its
    subtitle ("...: a placebo-controlled, double-blind study"), the one abstract paragraph under it reports the
    authors' own study ("The purpose of this double-blind study was ...") in no retelling words, and nothing follows."""
    subtitle = title.rsplit(":", 1)[1].strip() if ":" in title else ""
    return bool(_SUBTITLE.fullmatch(subtitle)) and sum(b.end - b.start for b in rest) <= _PAGE_END and (
        _reports_own_study(text, start, end)) and _RETELLING.search(text, start, end) is None


def _named_volume_line(lines: list[str], citation: str | None) -> str | None:
    """A publisher's masthead sets the journal's name on its own line over "Volume 2019, Article ID
    5237642, 9 pages": read the pair as "<Journal> 2019", not as a journal called "Volume"."""
    if citation is None or not _VOLUME_FIRST.match(citation) or citation not in lines:
        return citation
    at = lines.index(citation)
    year = _YEAR.search(citation)
    if at == 0 or year is None or not _JOURNAL_NAME_LINE.fullmatch(lines[at - 1]):
        return citation
    return f"{lines[at - 1]} {year.group(1)}"


# A masthead's volume line, the journal's name left on the line above: "Volume 12, Issue 3, 2015", "Vol. 8 No. 2 (2020)".
_VOLUME_FIRST = re.compile(r"(?i:vol(?:ume)?)\.?\s*\d")
# A journal's name alone on its line: words in title case, no digits or sentence punctuation.
_JOURNAL_NAME_LINE = re.compile(r"[A-Z][A-Za-z&'’-]*(?:\s+(?:[A-Z][A-Za-z&'’-]*|of|and|in|for|on|the|&)){0,9}")


def _masthead_citation(lines: list[str]) -> str | None:
    """ "<Journal> 1-8" and "(c) The Author(s) 2020" lines of a publisher's first page, read as
    the citation "<Journal> 2020"."""
    journal = next((m.group("journal") for line in lines if (m := _JOURNAL_PAGES.fullmatch(line))), None)
    year = next((m.group(1) for line in lines if (m := _COPYRIGHT.match(line))), None)
    return f"{journal} {year}" if journal and year else None


def _field_citation(text: str, blocks: list[Block]) -> str | None:
    """A record's "Journal: <name>" and "Date: 2011" fields, read as the citation "<name>. 2011"."""
    journal = next((m.group(1) for b in blocks if (m := _JOURNAL_FIELD.match(text, b.start, b.end))), None)
    year = next((m.group(1) for b in blocks if (m := _DATE_FIELD.match(text, b.start, b.end))), None)
    return f"{journal.strip().rstrip('.;')}. {year}" if journal and year else None


def _header_lines(text: str, blocks: list[Block]) -> list[str]:
    """The blocks' lines, a PMC "Published in final edited form as:" line joined to the citation
    it announces when that runs on to the next line, and PMC's "<Journal> logoLink to <Journal>
    . 2013 Nov 19;185(17) ..." masthead read as "<Journal>. 2013 Nov 19;185(17) ..."."""
    lines = [_ISSUE_BREADCRUMB.sub(r"\g<journal>. \g<year>; vol. \g<issue>", _plain(text, b)) for b in blocks]
    lines = [_LOGO_LINK.sub(lambda m: f"{m.group('journal').split(' : ')[0]}. ", line) if "ogoLink" in line or "ogo link" in line
             else line for line in lines]
    return [f"{line} {lines[i + 1]}" if _FINAL_FORM.match(line) and i + 1 < len(lines) and not _is_citation_line(line) else line
            for i, line in enumerate(lines)]


# A journal site's breadcrumb run together: "HomeHealth Sciences Journalvol. 5 no. 1 (2016)".
_ISSUE_BREADCRUMB = re.compile(r"^Home\s*(?P<journal>[A-Z][^.;:()|]{2,100}?)\s*vol\.\s*(?P<issue>\d+[^()]{0,20}?)\s*"
                               r"\((?P<year>(?:19|20)\d{2})\)$")


def _stacked_names(text: str, blocks: list[Block]) -> list[str]:
    """The authors of a byline set one name to a line ("Shirali Kharamin", "Saeed Razmeh *"): the
    first run of three or more such lines."""
    run: list[str] = []
    for block in blocks:
        line = _plain(text, block)
        names = _authors(line, "metadata") if block.kind == "line" and not _PAGE_WORDS.search(line) else []
        if len(names) == 1:
            run.append(names[0])
        elif len(run) >= 3:
            break
        else:
            run = []
    return run if len(run) >= 3 else []


def _affiliated_names(text: str, blocks: list[Block]) -> list[str]:
    """The authors of a page that prints each name on a line over its "Affiliation:" label (a
    Cambridge page): every such name, in order, when there are two or more."""
    lines = [_plain(text, b) for b in blocks]
    names = [format_author(_AFFILIATION_MARKS.sub("", line).strip()) for line, after in zip(lines, lines[1:])
             if _AFFILIATION_LABEL.fullmatch(after) and _FULL_NAME.fullmatch(_AFFILIATION_MARKS.sub("", line).strip())]
    return names if len(names) >= 2 else []


def _is_masthead(line: str, block: Block) -> bool:
    """A line a journal page prints above its title: the citation, the dates, an access label ("OPEN")."""
    return _is_citation_line(line) or (block.label == "metadata" and block.kind == "line") or (
        len(line.split()) <= 2 and line.isupper())


def _repeats_title(line: str, title: str) -> bool:
    """A citation of the page's own paper: a year and the title, within one line."""
    if len(line) > 400 or not _YEAR.search(line):
        return False
    squeeze = lambda value: re.sub(r"\W+", " ", value).strip().lower()  # noqa: E731
    return squeeze(title) in squeeze(line)


def _untitled_meta(text: str, blocks: list[Block], head: list[Block], abstract: list[Block]) -> DocumentMeta:
    """A structured abstract that is the whole document, with no title line above it (an
    excerpt pasted from "Background:" on, maybe opening with an unlabelled aim sentence, a
    conference abstract under its session code, authors and affiliations): one study whose
    title is unknown."""
    main = [b for b in head if b.label == "main" and not _is_conference_front(text, b) and not _RUNNING_HEADER.fullmatch(
        line := _plain(text, b)) and not _CHROME_LINE.fullmatch(line)]
    citation, byline = _bulleted_citation(text, main)
    main = [b for b in main if b is not citation and b is not byline]
    if len(main) > 1 or (main and not _OPENING.match(_plain(text, main[0]))):
        return DocumentMeta()
    byline = byline or next((b for b in head if b.label != "boilerplate" and _is_author_line(text, b)), None)
    start = (main or abstract)[0].start
    end = abstract[-1].end
    if citation is not None:
        line = _BULLET.sub("", _plain(text, citation))
        journal, year = _JOURNAL.match(line), _YEAR.search(line)
        return DocumentMeta(authors=_authors(_BULLET.sub("", _plain(text, byline)), "metadata") if byline else [],
                            year=int(year.group(1)) if year else None, journal=journal.group("journal").strip() if journal else None,
                            abstract_start=start, abstract_end=end, abstract_only=True)
    cited = _citation_above(text, head)
    if cited is not None:  # a literature service's "Lowe DA, Wu N, et al. <Title>. JAMA Intern Med. 2020" over the abstract
        return DocumentMeta(title=cited.title, authors=cited.authors, year=cited.year, journal=cited.venue, doi=cited.doi,
                            pmid=cited.pmid, abstract_start=start, abstract_end=end)
    after = " ".join(_plain(text, b) for b in blocks if b.start >= end)
    doi, pmid = _DOI.search(after), _PMID.search(after)
    running = next((line for b in head if _RUNNING_HEADER.fullmatch(line := _plain(text, b))), None)
    return DocumentMeta(authors=_byline_authors(_plain(text, byline), byline.label) if byline else [],
                        journal=running.rstrip(" 0123456789") if running else None,
                        doi=doi.group(1).rstrip(".") if doi else None, pmid=pmid.group(1) if pmid else None,
                        abstract_start=start, abstract_end=end, abstract_only=True)


def _bulleted_citation(text: str, head: list[Block]) -> tuple[Block | None, Block | None]:
    """A citation line right above an untitled abstract ("- Life Sci. 2009 Apr 24;84(17-18):622-6."),
    with the byline of full names above it ("- Etsuko Nakazato-Imasato and Yoichi Kurebayashi.")."""
    if not head or not _is_citation_line(line := _BULLET.sub("", _plain(text, head[-1]))) or not _JOURNAL.match(line):
        return None, None
    above = head[-2] if len(head) > 1 else None
    return head[-1], above if above is not None and _authors(_BULLET.sub("", _plain(text, above)), "metadata") else None


def _citation_above(text: str, head: list[Block]) -> ReferenceEntry | None:
    """The abstract's own citation, set right above it as a reference entry with authors, year and title."""
    above = [b for b in head if b.label != "boilerplate"]
    if not above or above[-1].label != "references":
        return None
    entry = parse_entry(text, above[-1].start, above[-1].end, None, "")
    return entry if entry.authors and entry.year and entry.title else None


def _is_conference_front(text: str, block: Block) -> bool:
    """A line a conference abstract may open with: its "Abstract" heading, session code, authors or affiliations."""
    line = _plain(text, block)
    return bool(_is_abstract_heading(line) or _OTHER_ABSTRACT.fullmatch(line) or _SESSION_CODE.fullmatch(line)
                or _is_author_line(text, block)
                or (_AFFILIATION.match(line) and "," in line))


def _unlabelled_meta(text: str, blocks: list[Block]) -> DocumentMeta:
    """A conference abstract pasted without its title or section labels: the whole document is a
    few paragraphs, the first opening with the study's aim ("To report the findings of ..."). An old
    PubMed page's copy reads the same under its citation line and title."""
    main = [b for b in blocks if b.label != "boilerplate"]
    while main and main[0].kind == "line" and _is_conference_front(text, main[0]):
        main = main[1:]
    while main and main[0].label == "metadata" and main[0] is not main[-1]:
        main = main[1:]  # PubMed's citation line over the title: "J Clin Sleep Med. 2009 Apr 15;5(2):145-50."
    title = None
    if len(main) >= 3 and not _AIM_OPENING.match(_plain(text, main[0])) and _AIM_OPENING.match(_plain(text, main[1])) and (
            len(_plain(text, main[0]).split()) <= _TITLE_WORDS):
        title, main = main[0], main[1:]  # the title, then the abstract opening with its aim
    if not 2 <= len(main) <= _UNLABELLED_PARAGRAPHS or any(b.kind != "paragraph" or b.label != "main" for b in main):
        return DocumentMeta()
    start, end = main[0].start, main[-1].end
    if not _UNLABELLED_SPAN[0] <= end - start <= _UNLABELLED_SPAN[1] or not _AIM_OPENING.match(_plain(text, main[0])):
        return DocumentMeta()
    if title is not None:
        return DocumentMeta(title=_plain(text, title).rstrip("."), abstract_start=start, abstract_end=end)
    return DocumentMeta(abstract_start=start, abstract_end=end, abstract_only=True)


_ABSTRACT_LEAD = re.compile(r"\W{0,4}abstract\s*[*_]*\s*[:.\u2014\u2013-]\s*\S", re.I)  # "Abstract: Study objective To determine ..."
# (an abstract may say "tested ... by the authors" of their earlier work; a reference marker is someone else's)
_RETOLD = re.compile(rf"\b(?:{_RETELLING_WORDS}|the\s+study\s+found)\b|\[\d{{1,3}}(?:\s*[,–-]\s*\d{{1,3}})*\]", re.I)
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_FIRST_SENTENCE = 250  # characters in which a labelled abstract states its aim
_OPENING_SENTENCES = 3  # an unlabelled abstract states its aim or design within its first paragraph's first few sentences
_OPENING_REACH = 700
_AIMED = re.compile(r"\bwe\s+(?:aimed|sought|set\s+out|wanted)\s+to\b|"
                    r"\b(?:this|the\s+present|our)\s+(?:[\w-]+\s+){0,3}?(?:study|review|meta-analysis|trial|analysis)\s+aim(?:s|ed)\s+to\b", re.I)


def _lone_abstract_meta(text: str, blocks: list[Block]) -> DocumentMeta:
    """An abstract pasted alone, its title lost and its labels run into the text or set as bare headings: the whole
    document is a few paragraphs (under at most a journal, author or publication-type line) that open on a section
    label ("Abstract: ...", "Background. ..."), or sit under Methods and Results headings, or state the authors' own
    aim or design in their first sentences ("A blinded and randomized study was carried out to ...", "We aimed to
    ..."), and that retell no one else's study."""
    main = [b for b in blocks if b.label != "boilerplate"]
    while len(main) > 1 and main[0].kind == "line" and _is_front_line(text, main[0]):
        main = main[1:]
    headings = {g for b in main if b.kind == "heading" for g in _section_labels(text, b)}
    if not 1 <= len(main) <= _UNLABELLED_PARAGRAPHS or any(b.label != "main" for b in main) or any(
            b.kind != "paragraph" and not (b.kind == "heading" and _abstract_heading(text, b)) for b in main):
        return DocumentMeta()
    start, end = main[0].start, main[-1].end
    if not _UNLABELLED_SPAN[0] <= end - start <= _UNLABELLED_SPAN[1] or _RETOLD.search(text, start, end):
        return DocumentMeta()
    if {"methods", "results"} <= headings:
        return DocumentMeta(abstract_start=start, abstract_end=end, abstract_only=True)
    paragraphs = [b for b in main if b.kind == "paragraph"]
    first, title = paragraphs[0], None
    if len(paragraphs) > 1 and len(_plain(text, first).split()) <= _TITLE_WORDS and not _SENTENCES.search(_plain(text, first)):
        title, first = first, paragraphs[1]  # the study's title over it: "Melatonin for ...: randomised ... trial."
    labelled = (_ABSTRACT_LEAD.match(text, first.start, first.end) or _LABEL_LEAD.match(_plain(text, first))) is not None
    opening = _opening_sentences(text, first.start, first.end)
    aimed = any(_AIM_OPENING.match(sentence) for sentence in opening) or _AIMED.search(" ".join(opening)) is not None
    if not (labelled or aimed) and _OWN_STUDY.search(" ".join(opening)) is None:
        return DocumentMeta()
    if not _reports_own_study(text, start, end) and not aimed and not (
            labelled and _AIM_OPENING.search(text, first.start, first.start + _FIRST_SENTENCE)):
        return DocumentMeta()
    if title is not None:
        return DocumentMeta(title=_plain(text, title).rstrip("."), abstract_start=first.start, abstract_end=end)
    return DocumentMeta(abstract_start=start, abstract_end=end, abstract_only=True)


def _is_front_line(text: str, block: Block) -> bool:
    """A line an abstract pasted without its title may sit under: the journal and issue ("DERMATOLOGIC SURGERY, Issue
    12 2005"), a byline, or PubMed's publication types ("Randomized Controlled Trial Multicenter Study")."""
    line = _plain(text, block)
    return bool(_PUBLICATION_LINE.search(line) or _is_author_line(text, block) or _PUBLICATION_TYPES.fullmatch(line)
                or _NAME_WITH_DEGREES.fullmatch(line))


_PUBLICATION_TYPES = re.compile(rf"(?:(?:{_PUBLICATION_TYPE.pattern}|multicenter\s+study)\s*)+", re.I)
_NAME_WITH_DEGREES = re.compile(rf"{_FULL_NAME.pattern}(?:,?\s+{_DEGREE.pattern})+")  # "Philippa L. Lowe MB ChB"


def _abstract_heading(text: str, block: Block) -> bool:
    """A bare heading a structured abstract is set under: a section label, or its closing "Discussion"."""
    line = _plain(text, block)
    return _LABEL_LINE.fullmatch(line) is not None or _BODY_HEADING.fullmatch(line) is not None


def _opening_sentences(text: str, start: int, end: int) -> list[str]:
    sentences, at = [], start
    while at < end and len(sentences) < _OPENING_SENTENCES and at - start < _OPENING_REACH:
        stop = _sentence_end(text, at, end)
        sentences.append(text[at:stop].strip())
        at = stop
    return sentences


def _sentence_end(text: str, start: int, end: int) -> int:
    found = _SENTENCE_STOP.search(text, start, end)
    return found.end() if found else end


_FULL_ABSTRACT_LINK = re.compile(r"(?:read|view|show|see)\s+(?:the\s+)?full\s+abstract", re.I)


def _snippet_meta(text: str, blocks: list[Block]) -> DocumentMeta:
    """A research portal's record saved as its abstract alone, one paragraph over a "Read full abstract" link (and
    maybe its title above): the page's own study when the paragraph reports the authors' own study. A listing
    shows many such links."""
    main = [b for b in blocks if b.label != "boilerplate"]
    links = [i for i, b in enumerate(main) if b.kind == "line" and _FULL_ABSTRACT_LINK.fullmatch(_plain(text, b))]
    if len(links) != 1 or links[0] != len(main) - 1 or not 1 <= links[0] <= 2:
        return DocumentMeta()
    paragraph = main[links[0] - 1]
    start, end = paragraph.start, paragraph.end
    if paragraph.kind != "paragraph" or paragraph.label != "main" or not _UNLABELLED_SPAN[0] <= end - start <= _UNLABELLED_SPAN[1] or (
            not _reports_own_study(text, start, end)):
        return DocumentMeta()
    title = main[0] if links[0] == 2 else None
    if title is not None and (title.kind not in ("heading", "line") or not 4 <= len(_plain(text, title).split()) <= 50):
        return DocumentMeta()
    return DocumentMeta(title=_plain(text, title) if title else None, abstract_start=start, abstract_end=end, abstract_only=title is None)


def _title_above(text: str, head: list[Block]) -> Block | None:
    """The nearest line above an abstract that reads as a title, passing over front matter
    (see ``_is_front_matter``) and looking at most five other lines up."""
    looked = 0
    for index in range(len(head) - 1, -1, -1):
        block = head[index]
        line = _plain(text, block)
        if _is_front_matter(line, _plain(text, head[index - 1]) if index else "") or _JOURNAL_FIELD.match(
                text, block.start, block.end) or block.kind not in (
                "heading", "line", "paragraph") or (block.label == "metadata" and _INSTITUTION.search(line)):
            continue
        if 4 <= len(line.split()) <= 50 and not line.endswith(":") and not _OPENING.match(line) and not _SENTENCES.search(
                _GROUP_AUTHOR_TAIL.sub(".", _QUESTION_SUBTITLE.sub("", line))):
            return block
        looked += 1
        if looked == 5:
            break
    return None


# A title line that stops mid-phrase: "Green Tea Supplementation Affects Body Weight, Lipids," / "... Subjects with".
_WRAP_END = re.compile(r"(?:,|\b(?:and|or|of|in|with|for|to|the|a|an|on|by|from|among|versus|vs\.?))$", re.I)


def _unwrapped_title(text: str, head: list[Block], title: Block) -> Block:
    """The title a PDF copy wrapped over several lines, one block each ("Green Tea Supplementation Affects Body
    Weight, Lipids," / "and Lipid Peroxidation in Obese Subjects with" / "Metabolic Syndrome"), as one block."""
    first = last = head.index(title)
    while first and head[first - 1].label == "main" and head[first - 1].kind in ("line", "paragraph") and (
            _plain(text, head[first])[:1].islower() or _title_case_wrapped(_plain(text, head[first - 1]))):
        first -= 1
    while last + 1 < len(head) and head[last + 1].label == "main" and head[last + 1].kind in ("line", "paragraph") and (
            _WRAP_END.search(_plain(text, head[last])) or _plain(text, head[last + 1])[:1].islower()):
        last += 1
    if first == last or len(" ".join(_plain(text, b) for b in head[first:last + 1]).split()) > 50:
        return title
    return Block(head[first].start, head[last].end, title.label, title.kind)


def _title_case_wrapped(line: str) -> bool:
    """A title-case line stopping mid-phrase ("Blueberry Powder Supplementation Lowers Arterial Stiffness,")."""
    return bool(_WRAP_END.search(line)) and all(word[0].isupper() for word in line.split() if len(word) >= 4)


def _is_front_matter(line: str, previous: str) -> bool:
    """A line between a title and its abstract that is not the title: the "Abstract" heading,
    a citation, identifier, article-type, publication or byline line, a Key Points box, a
    design subtitle, keywords, a journal or publisher named under its label, a "Document Type"
    line, an affiliation, a publisher's masthead ("<Journal> 1-8", "(c) The Author(s) 2020", a web address)."""
    line = _LIST_NUMBER.sub("", line)  # "1. Andre Leite Gonçalves1,2,", "2. 2Department of Neurology, ..."
    return bool(
        _is_abstract_heading(line) or _ARTICLE_TYPE.fullmatch(line) or _is_citation_line(line)
        or _is_identifier_line(line) or _PUBLICATION_LINE.search(line) or len(_DEGREES_IN.findall(line)) >= 2
        or (len(line.split()) <= 8 and (_JOURNAL.match(line) or line.isupper())) or _KEY_POINT.match(line)
        or _SUBTITLE.fullmatch(line) or _KEYWORDS.match(line) or _KEYWORDS.match(previous)
        or _PUBLISHER_LABEL.fullmatch(line) or _PUBLISHER_LABEL.fullmatch(previous) or _BYLINE_LEAD.match(line)
        or _DOCUMENT_TYPE.match(line) or _JOURNAL_PAGES.fullmatch(line) or _WEB_ADDRESS.fullmatch(line)
        or _COPYRIGHT.match(line) or _OTHER_ABSTRACT.fullmatch(line) or (_AFFILIATION.match(line) is not None and "," in line)
        or _CORRESPONDENCE.match(line) or _NAME_LINE.fullmatch(line) or _AFFILIATION_LABEL.fullmatch(line) or _MARK_LINE.fullmatch(line)
        or (_INSTITUTION.search(line) is not None and "," in line and not _SENTENCES.search(line) and len(line) <= 200)
        or _AUTHORS_LABEL.fullmatch(line) or _AUTHORS_LABEL.fullmatch(previous) or _marked_names(line) >= 3
    )


def _narrative_head(text: str, head: list[Block], title: Block | None, narrative: Callable[[str], object], *,
                    long_title: bool = True) -> bool:
    """Whether the page calls itself a review or commentary above its abstract, in a short line ("Review Article")
    or its title; a journal filing a meta-analysis under "Review" ("Review| Volume 26, ...") is passed over when
    the title names the systematic review or meta-analysis."""
    if title is not None and _SYSTEMATIC.search(_plain(text, title)):
        return False
    return any(narrative(_plain(text, b)) for b in head if (long_title and b is title) or len(_plain(text, b)) <= 60)


def _is_byline_block(line: str) -> bool:
    """A PDF copy's byline or affiliation paragraph above its abstract ("Ralf Ihl 1, y, Natalia Bachinskaya 2, ...",
    "Geriatric Psychiatry Centre, Alexian Hospital, ... 2 Academy of Medical Sciences, Kiev, Ukraine 3 ..."):
    front matter however long, not prose an article wraps around a quoted abstract."""
    return _marked_names(line) >= 3 or (_AFFILIATION.match(line) is not None and "," in line and not line.endswith(".")
                                        and not _SENTENCES.search(line))  # not "Among healthy college women, juice did not ..."


def _is_narrative(line: str) -> bool:
    """A review, commentary or editorial: many studies, no own one (a systematic review or
    meta-analysis is itself one study)."""
    return bool(_REVIEW_TYPE.search(line)) and not _SYSTEMATIC.search(line)


def _section_labels(text: str, block: Block) -> set[str]:
    """The structured-abstract sections a block opens or holds: "Background" on its own line,
    "RESULTS: ..." (or "ResultsA total ...") opening it, or "... Methods: ... Results: ..." inside it."""
    line = _plain(text, block)
    whole = _LABEL_LINE.fullmatch(line) if len(line) <= 60 else None
    if whole:
        return _groups(whole.group("label"))
    lead = _LABEL_LEAD.match(line) or _LABEL_SPACED.match(text, block.start, block.end) or _LABEL_GLUED.match(line) or (
        _capital_label(text, line))
    labels = [lead.group("label")] if lead else []
    labels += [m.group("label") for m in _LABEL_INLINE.finditer(line)]
    labels += [m.group("label") for m in _LABEL_INLINE_DASH.finditer(line) if m.group("label").isupper()]
    groups = {group for label in labels for group in _groups(label)}
    if len(groups) < 3 and lead and lead.re is _LABEL_GLUED:
        run_in = groups | {group for m in _LABEL_RUN_IN.finditer(line) for group in _groups(m.group("label"))}
        groups = run_in if len(run_in) >= 3 else groups
    if len(groups) < 3 and "Results " in line:
        bare = {group for m in _LABEL_BARE.finditer(line) for group in _groups(m.group("label"))}
        groups |= bare if len(bare) >= 3 else set()
    return groups


def _capital_label(text: str, line: str) -> re.Match[str] | None:
    """A JAMA-style label opening its section's line after one space, in capitals ("RESULTS Eczema
    occurred ...", "DESIGN, SETTING, AND PARTICIPANTS Double-blind trial ...") or in title case as
    JAMA's web pages print it ("Design, Setting, and Participants This trial ...", "Results Among
    412 ..."), before a capitalised word with the line's prose after; title case only on a page
    that shows one of JAMA's own many-word labels (a blog's "Background Diarrhoea is ..." is prose)."""
    if not line[:4].isupper() and not (line[:1].isupper() and line[1:2].islower()):
        return None
    lead = _LABEL_CAPITALS.match(line)
    if lead is None:
        return None
    label = lead.group("label")
    if label.isupper():
        return lead
    return lead if _TITLE_CASE_LABEL.fullmatch(label) and _SENTENCE_AFTER.search(line, lead.end()) and _JAMA_LABEL.search(
        text, 0, _JAMA_REACH) else None


def _groups(label: str) -> set[str]:
    """The section groups a label names: one, or two for "Measurements and Results" (a
    group's own "and", as in "Materials and Methods", names one)."""
    whole = _group(label)
    if whole:
        return {whole}
    return {group for part in _LABEL_PARTS.split(label.strip()) if (group := _group(part))}


def _group(label: str) -> str | None:
    return next((name for name, pattern in _SECTION_GROUP.items() if pattern.fullmatch(label.strip())), None)


def _structured_blocks(text: str, blocks: list[Block], first: int) -> list[Block]:
    """From the first labelled block, the main blocks of the abstract: labelled sections and the
    text under label headings, up to chrome, an unlabelled heading, or a paragraph outside any section."""
    taken: list[Block] = []
    under_heading = False
    for block in blocks[first:]:
        if block.label != "main":
            break
        if _section_labels(text, block) or (under_heading and block.kind == "heading" and _is_abstract_heading(_plain(text, block))):
            taken.append(block)  # a "Summary" heading among the section headings is one more section
            under_heading = under_heading or _LABEL_LINE.fullmatch(_plain(text, block)) is not None
        elif (under_heading and not _is_heading_like(text, block)) or (taken and _wrapped_on(text, taken[-1], block)):
            taken.append(block)
        else:
            break
    while taken and _LABEL_LINE.fullmatch(_plain(text, taken[-1])):
        taken.pop()
    return taken


def _wrapped_on(text: str, before: Block, block: Block) -> bool:
    """Whether ``block`` is the next line of ``before``'s sentence, which a PDF copy set as a paragraph of its own
    ("Objective: To compare ... extracts with" / "controls on body weight, ..."): ``before`` stops mid-sentence
    or ``block`` opens in lower case."""
    line = text[block.start:block.end].lstrip()
    return block.kind == "paragraph" and bool(line) and (
        line[0].islower() or not text[before.start:before.end].rstrip().endswith((".", "!", "?", ":", ")")))


def _plain(text: str, block: Block) -> str:
    """The block's words without markdown marks, wrapped lines joined (each pattern only where it can apply, so a
    page saved as one 50 MB line stays cheap)."""
    line = _MARKS_LEAD.sub("", text[block.start : block.end])
    end = len(line)
    while end and (line[end - 1] in "*_:" or line[end - 1].isspace()):
        end -= 1  # trailing marks and colons, without trying a pattern at every space of the line
    line = line[:end]
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub("", line)
    line = " ".join(_FIELD_LABEL.sub("", line).split())
    return _ICON_TAIL.sub("", line) if line[-4:].lower() == "icon" else line


def _is_abstract_heading(line: str) -> bool:
    return bool(_ABSTRACT_HEADING.fullmatch(line))


def _abstract_blocks(text: str, blocks: list[Block], first: int) -> list[Block]:
    """Main blocks after the heading, through structured sub-headings, up to the next section or chrome."""
    taken: list[Block] = []
    for block in blocks[first:]:
        line = _plain(text, block)
        if taken and any(prefix in line for prefix in REGISTRY_PREFIXES) and "registration" in _section_labels(text, taken[-1]):
            taken.append(block)  # "Trial registration" / "anzctr.org.au ACTRN12612000445875"
            continue
        if block.label != "main":
            break
        if _is_heading_like(text, block) and (
            (section_label(text[block.start : block.end]) != "main" and not _LABEL_LINE.fullmatch(line)
             and not _METHODS_DESIGN.fullmatch(line))
            or (_BODY_HEADING.fullmatch(line) and not _protocol_discussion(text, line, taken))
        ):
            break  # "1. TRIALS IN DEPRESSION", "Introduction": the paper's body, not the abstract's "Methods"
        taken.append(block)
    last = _plain(text, taken[-1]) if len(taken) > 1 and taken[-1].kind == "line" else "."
    if len(last) <= 120 and not last.endswith((".", ";", ",")) and (following := first + len(taken)) < len(blocks) and (
            _PUBLICATION_LINE.search(line := _plain(text, blocks[following])) or _is_citation_line(line)):
        taken.pop()  # a PDF page's journal name over its "Volume 1, Number 1; ... 2015 pp. 21-24" line
    while taken and (taken[-1].kind == "heading" or _section_labels(text, taken[-1]) == {"registration"} and (
            _LABEL_LINE.fullmatch(_plain(text, taken[-1])))):
        taken.pop()  # a heading, or a "Trial registration" label whose ID was cut off
    return taken


_METHODS_DESIGN = re.compile(r"methods?\s*(?:/|and)\s*design", re.I)


def _protocol_discussion(text: str, line: str, taken: list[Block]) -> bool:
    """A trial protocol's abstract (BMC's "Background / Methods/design / Discussion") ends on its own "Discussion"."""
    return line.lower() == "discussion" and any(_METHODS_DESIGN.fullmatch(_plain(text, b)) for b in taken)


def _is_heading_like(text: str, block: Block) -> bool:
    line = _plain(text, block)
    return block.kind == "heading" or (block.kind in ("line", "list_item") and len(line) <= 60 and not line.endswith((".", ";", ",")))


def _is_author_line(text: str, block: Block) -> bool:
    line = _plain(text, block)
    if _ARTICLE_TYPE.fullmatch(line) or _PUBLICATION_TYPE.fullmatch(line):
        return False  # "Original Research", PubMed's "Randomized Controlled Trial" are no names
    if _authors(line, block.label) or _SHORT_CITATION.fullmatch(line):
        return True
    return line.count(",") >= 2 and _marked_names(line) >= 3 and bool(_authors(line, "metadata"))


def _byline_authors(line: str, label: str) -> list[str]:
    if short := _SHORT_CITATION.fullmatch(line):
        return _authors(short.group("first"), "metadata")
    return _authors(line, "metadata" if _marked_names(line) >= 3 else label)


def _marked_names(line: str) -> int:
    """Full names carrying an affiliation mark ("Michael Low 1, Ann Farrell 1,2"): a byline wherever it is labelled."""
    return sum(bool(_MARKED_NAME.fullmatch(name.strip()))
               for name in re.split(r",\s+|;\s*|\s+and\s+", _COMMA_MARKS.sub(r"\1,", line)))


def _authors(line: str, label: str) -> list[str]:
    """ "Okafor CN, Lindqvist E, Marsh AB" or "C. N. Okafor, A. B. Marsh and E. Lindqvist"; [] if not an author line.

    Full names ("Lena Vogt, Pieter de Groot") count only on a line labelled metadata."""
    line = _COMMA_MARKS.sub(r"\1,", _BYLINE_LEAD.sub("", line)).rstrip(",")
    if not 3 <= len(line) <= 600 or line.endswith((":", "?")):
        return []
    names = [_LAST_NAME_JOIN.sub("", _AFFILIATION_MARKS.sub("", n).strip()) for n in _NAME_SEPARATORS.split(line.rstrip("."))]
    names = [_ELIDED.sub("", n) for n in names]  # PubMed's shortened byline "Omar R, ... Chan HC, Fung JW"
    names = [n for n in names if n and not _DEGREE.fullmatch(n)]
    if not names:
        return []
    authors = []
    marked = None  # whether the line is a byline by its affiliation marks, where a name may run to four words
    for name in names:
        if _PUBMED_AUTHOR.fullmatch(name):
            authors.append(name)
        elif _INITIALS_AUTHOR.fullmatch(name) or (label == "metadata" and _FULL_NAME.fullmatch(name)):
            authors.append(format_author(name))
        elif label == "metadata" and _LONG_NAME.fullmatch(name) and (
                marked if marked is not None else (marked := _marked_names(line) >= 3)):
            authors.append(format_author(name))  # "King Hei Stanley Lam 5,6,7,8" in "Yung-Tsan Wu 1,2,3, ..."
        else:
            return []
    return authors


def _title(text: str, head: list[Block]) -> Block | None:
    """The line just above the authors that reads as a title (not the article type or journal line); the
    English title when the page prints a second-language one under it."""
    for index in range(len(head) - 1, max(-1, len(head) - 4), -1):
        block = head[index]
        line = _plain(text, block)
        if _ARTICLE_TYPE.fullmatch(line) or _is_citation_line(line) or block.label == "references":
            continue
        words = len(line.split())
        titled = block.kind in ("heading", "line", "paragraph") or _FIELD_LABEL.match(text[block.start : block.end].strip())
        if not (4 <= words <= 50 and titled):
            return None
        above = _plain(text, head[index - 1]) if index else ""
        if _foreign_words(line) >= 2 and not _foreign_words(above) and 4 <= len(above.split()) <= 50 and (
                head[index - 1].label == block.label):
            return head[index - 1]  # "Probiotics to Reduce ..." over "Uso de probióticos para ..."
        return block
    return None


_FOREIGN_WORDS = frozenset("de la el en y del los las para con por da do des et und der die für een het van".split())


def _foreign_words(line: str) -> int:
    """Function words of the languages a journal prints its second title in ("Uso de probióticos para ...")."""
    return sum(word in _FOREIGN_WORDS for word in line.lower().split())


def _is_identifier_line(line: str) -> bool:
    """ "https://doi.org/10.5555/x", "PMID: 39880002 DOI: 10.5555/x": the page's own identifiers alone."""
    return len(line) <= 120 and bool(_DOI.search(line) or _PMID.search(line)) and len(line.split()) <= 6


def _is_citation_line(line: str) -> bool:
    return len(line) <= 300 and bool(_YEAR.search(line)) and bool(_DOI.search(line) or _PMID.search(line) or _LOCATOR.search(line))
