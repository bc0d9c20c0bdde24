"""Claim assembly (convention 4): how the sentences of parsed passages, table rows and
an abstract become claims with exact evidence spans.

``assemble`` turns a document's plan (``extractors.passages``) and its parsed passages
into a DocumentResult. Field values come from ``extractors.fields``, studies from
``extractors.attribution``; this module only decides what one claim is and where it
stands.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Doc

from extractors import fields
from extractors.attribution import (MARKER_KINDS, REGISTRY_PREFIXES, Attribution, cites_in_order, find_attributions,
                                    registered_ids, study_from)
from extractors.blocks import is_author_line, is_comment_header
from extractors.cues import CLAIM_CUE, COMMENT_CUE, ONE_STUDY_ANNOUNCED, GatedPattern
from extractors.fields.direction_own_reports import own_report
from extractors.fields.recalled_source import recalls_a_source
from extractors.passages import DocumentPlan, Passage, readable
from extractors.per_document import per_document
from extractors.reflist import parse_reference_list
from extractors.sentence_roles import (given_words, interventions, is_arms_title, is_aside, is_background, is_caption,
                                       is_design_title, is_disclosure, is_reference_note, may_stand_alone, model_organisms,
                                       new_names, opens_animal_model, recruits, stands_alone, tells_own_use)
from extractors.table_claims import arms_of_one_study, reports_result, table_claims
from extractors.tables import Table
from pipeline.model import (Block, Claim, Document, DocumentResult, Evidence, ReferenceEntry, Study,
                            claim_id_for)

# A sentence opening like this introduces a different study rather than continuing the last one.
_NEW_STUDY = re.compile(
    r"^\W*(?:(?:an)?other\s+(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|meta-analys[ie]s|reviews?|analys[ie]s|RCTs?|"
    r"experiments?|papers?|reports?|investigations?|research|teams?|researchers|investigators|authors|cohorts?)\b|"
    r"a\s+(?:second|third|further|separate|different|later|subsequent|follow-up)|"
    r"in\s+(?:a|an|one|another)\b|in\s+(?:other|further|later|several|some|two|three)\s+(?:[\w-]+\s+)?(?:studies|trials)\b|"
    r"one\s+(?:[\w-]+\s+){0,3}?(?:study|trial)\b|several|many|most|some\s+(?:studies|trials)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:study|trial|meta-analysis|review|analysis|RCT)\b|by\s+contrast|in\s+contrast|"
    r"the\s+(?:first|only|largest|earliest)\s+(?:randomi[sz]ed|controlled|placebo-controlled|double-blind)\s+(?:[\w-]+\s+)?"
    r"(?:study|trial|RCT)\b|(?:subsequent|later|further|newer|more\s+recent)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stud(?:y|ies)|trials|RCTs|meta-analyses|reviews)\b|"  # "Subsequent studies varied in supporting these findings"
    r"not\s+(?:every|all|each)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|RCTs?|reviews?)\s+(?:agrees?|concurs?|finds?|found)\b|"
    r"our\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:survey|poll|audit|panel|study|trial)\b)",  # "Our own customer survey of 212 buyers ..."
    re.IGNORECASE,
)
# A writer's lead-in before the colon: "And not all news is good: one small study of women with PCOS found ...".
_LEAD_IN = re.compile(r"^[^:.;\n]{1,40}:\s+")


def _opens_new_study(text: str) -> bool:
    """Whether a sentence opens on another study, past a lead-in of its own before a colon."""
    return bool(_NEW_STUDY.match(text) or ((lead := _LEAD_IN.match(text)) and _NEW_STUDY.match(text[lead.end():])))


# Another study brought in mid-sentence: "The authors also summarize other investigations of X, including a
# Chinese study in which ...", "..., such as a 2019 trial that ...".
_INCLUDED_STUDY = re.compile(r"\b(?:including|includes|included|such\s+as)\s+(?:a|an|one|another|two|three|several)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|RCTs?|meta-analys[ie]s|reviews?)\b", re.IGNORECASE)
# One of several studies told in turn: "The second trial ...", "In the first study ...", "The other RCT ...".
_NTH_STUDY = re.compile(r"^\W*(?:in\s+)?the\s+(?:first|second|third|fourth|fifth|other|later|earlier|larger|smaller)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:study|trial|RCT|experiment)\b", re.IGNORECASE)
# A sentence announcing the next study of a paragraph that tells several ("In another study, volunteers
# ate ...", "In other studies ...", "A second trial ...", "An earlier study in older children ...").
_ANOTHER_STUDY = re.compile(
    r"^\W*(?:(?:but|and|yet)\s+)?(?:in\s+)?(?:another|one|other|an?\s+(?:second|third|further|separate|later|subsequent|different|earlier|previous|prior|older)|"
    r"(?:several|some|two|three)\s+other)\s+(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|RCTs?|experiments?)\b",
    re.IGNORECASE)
# Practice reports and rates of response stated without a study ("In clinical practice,
# response rates of up to 80% ...", "remission in one in three patients"): a finding, uncited.
_PRACTICE = GatedPattern(re.compile(
    r"\b(?:in\s+(?:clinical|routine|everyday|real[-\s]world|general|our|her|his|my|their)\s+(?:clinical\s+)?practice|"
    r"in\s+(?:my|our|his|her)\s+(?:clinical\s+)?experience|we\s+(?:are|have\s+been)\s+seeing|"
    r"(?:has|have)\s+(?:now\s+)?been\s+used\s+by)\b",
    re.IGNORECASE,
), ("practice", "experience", "seeing", "used"))
# Openings that refer back to the study just described ("The yohimbine group ...").
_ANAPHORA = re.compile(
    r"^(?:The\s+(?:[\w-]+\s+){0,2}(?:groups?|arms?|participants|patients|subjects|effects?|benefits?|trial|study|"
    r"difference|results?|authors|investigators|improvements?|drug|treatment)|These|Those|Both|Neither|They|"
    r"Participants|Patients|Subjects|At\s+(?:follow-up|week|the\s+end)|After\s+\d|"
    r"(?:Results?|Findings)\s+(?:showed|show|shows|indicated|revealed|demonstrated|suggested))\b"
)
_RESULT_FOLLOWED_UP = (r"(?:the|this|these|that)\s+(?:advantage|benefit|effect|improvement|gain|difference|reduction|"
                       r"association)s?\s+(?:was|were|had|did|remained|persisted|disappeared|faded|waned|lasted|held|"
                       r"differed|varied|depended)\b")
# Openings that go on with the study the paragraph before left open ("In it, 52 babies ...",
# "This study found ...", "By the end, the researchers said ...").
_GOES_ON = re.compile(
    r"^\W*(?:(?:overall|however|additionally|also|moreover|furthermore|astoundingly|importantly|notably|similarly|"
    r"in\s+addition),?\s+)?"
    r"(?:in\s+it\b|it\s+was\s+(?:found|discovered|shown|observed|concluded|noted|reported|demonstrated)\s+that\b|"
    r"this\s+(?:[\w-]+,?\s+){0,6}?(?:study|trial|research|paper|analysis|review|work|experiment|pilot)\b|"
    r"(?:the\s+)?(?:primary|secondary|main|co-primary)\s+(?:efficacy\s+)?(?:outcomes?|end\s?points?|efficacy|measures?)\b|"
    r"the\s+(?:study|trial|researchers|investigators|authors|scientists|team|research)\b(?!\s+(?:of|by|from|published)\b)|"
    r"(?:by|at|towards?)\s+the\s+end\b|when\s+the\s+(?:study|trial)\b|"
    r"(?:after|by|at|within|over)\s+(?:(?:the|a|an)\s+)?(?:first\s+|second\s+|final\s+)?(?:[\w-]+[\s-])?(?:days?|weeks?|months?|years?)\b|"
    r"after\s+(?:the\s+)?(?:\d+|treatment|intervention)\b|(?:at|by|after)\s+(?:week|day|month)\s+\d|"
    r"both\s+(?:[\w-]+\s+)?(?:groups|arms)\b|[\w-]+\s+of\s+(?:the|these|those)\s+(?:patients|participants|subjects|"
    r"children|adults|babies|infants|women|men|animals|rats|mice)\b|"
    # the people the study took, counted again: "Of the 640 infants studied, ...", "Among the 1,560 patients enrolled"
    r"(?:of|among|in)\s+(?:the|these|those|all)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|"
    r"children|adults|babies|infants|women|men|people|volunteers|animals|rats|mice|dogs|cats)\s+(?:studied|enrolled|"
    r"randomi[sz]ed|included|analy[sz]ed|followed|tested|treated|assessed|recruited|surveyed|who\s+took\s+part|"
    r"in\s+the\s+(?:study|trial|analysis))\b|"
    rf"{_RESULT_FOLLOWED_UP})",
    re.IGNORECASE,
)
# The result just told, followed up: "The advantage was no longer significant at 12 months", "However, the
# effect was confined to ...": in a paragraph of its own, a claim of that study even when it states no value.
_FOLLOWS_UP = re.compile(rf"^\W*(?:however,?\s+)?{_RESULT_FOLLOWED_UP}", re.IGNORECASE)
# A sentence telling the other arm of a comparison ("The placebo group observed ...", "Both groups ..."):
# the sentence before told the first arm.
_OTHER_ARM = re.compile(r"^\W*(?:in\s+)?(?:the\s+(?:[\w-]+\s+){0,2}(?:group|arm)s?\b|both\s+(?:groups|arms)\b|"
                        r"the\s+(?:placebo|control|comparison|sham)\b)", re.IGNORECASE)
_ARM_VERBS = (" taking ", " given ", " received ", " receiving ", " treated with ")
# A sentence adding to what the one before told, inside one paragraph ("Additionally, during follow
# up, a reduction ... was reported in 68.4% of patients"): more of the same study.
# Who carried out a study, told without a year: "Riboflavin ... was evaluated by Boehnke, et al."
_STUDIED_BY = re.compile(r"\b(?:evaluated|studied|examined|investigated|tested|assessed|conducted|performed|carried\s+out)"
                         r"\s+by\s+[A-Z][\w'’-]+,?\s+(?:et\s+al|and\s+colleagues|and\s+co-?workers)\b")
_ADDS_ON = re.compile(r"^\W*(?:additionally|in\s+addition|moreover|furthermore)\b", re.IGNORECASE)
# A sentence that comes back to the study of its paragraph: "the study participants", "in the trial",
# "the volunteers' satisfaction".
_BACK_TO_STUDY = re.compile(
    r"\bthe\s+(?:study|trial)(?:'s|’s)?\s+(?:participants|patients|subjects|volunteers|population|cohort|groups?|arms?)\b|"
    r"\bthe\s+(?:volunteers|participants|subjects)\b|"
    r"\b(?:in|during|by\s+the\s+end\s+of)\s+the\s+(?:study|trial)\b|\bthe\s+(?:study|trial)\s+(?:found|showed|reported)\b|"
    # the study's arms told by share: "Half of the group took X twice daily. The other half took a placebo."
    r"^\W*(?:(?:the\s+other\s+|one\s+)?half|the\s+rest|the\s+remainder|(?:one|the\s+other|a\s+second|a\s+third)\s+group|"
    r"(?:one|two|a)[\s-]thirds?|a\s+quarter)(?:\s+of\s+(?:the|them|those|these)(?:\s+[\w-]+)?)?\s+"
    r"(?:took|received|got|were\s+given|were\s+assigned|were\s+randomi[sz]ed|were\s+allocated)\b",
    re.IGNORECASE)
# An amount of a treatment ("30 units a side", "20u per side", "2 capsules", "400 mg"): what a commenter took.
_TOOK_AMOUNT = re.compile(r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|eight|ten|twelve)\s*(?:units?|u|iu|mg|mcg|µg|g|ml|drops?|tablets?|capsules?|pills?|gummies|"
                          r"sprays?|puffs?|sessions?|shots?|injections?)\b", re.IGNORECASE)
# How often and how long a commenter kept at something ("every 3 days for two weeks", "twice a day",
# "3 x 15 twice daily"): a course they went through, told before what it did for them.
_REGIMEN = re.compile(r"\b(?:every\s+(?:\d+|other|two|three|four|few)\s+(?:hours?|days?|nights?|weeks?)|"
                      r"(?:once|twice|(?:\d|two|three|four)\s+times)\s+(?:a|an|per|each)\s+(?:day|night|week)|"
                      r"(?:once|twice)\s+(?:daily|nightly|weekly))\b", re.IGNORECASE)
# One's own account in a comment ("First week I slept like a rock", "my knee"): the commenter goes on telling it.
_OWN_ACCOUNT = re.compile(r"\b(?:I|I['’](?:m|ve|d)|me|my|we|our|us)\b")
# A commenter telling of someone in their care ("Our son is 13 ...", "My dad took ...", "DS has been on ..."):
# the account goes on in that person's pronouns ("His ALT is finally normal", "she sleeps through now").
_THEIR_PERSON = re.compile(
    r"\b(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:son|daughter|boy|girl|kid|child|baby|toddler|teen|teenager|husband|wife|"
    r"partner|dad|father|mum|mom|mother|brother|sister|grandson|granddaughter|grandma|grandmother|gran|grandpa|"
    r"grandfather|nan|aunt|uncle|niece|nephew|friend|patient|client|dog|cat|pup|puppy|horse)s?|DS\d?|DD\d?|DH)\b",
    re.IGNORECASE)
_THEIR_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|they|their|them)\b", re.IGNORECASE)
# A question asked in the telling ("can't tell if it's doing anything", "not sure whether it helped"): no result.
_UNSURE = re.compile(r"\b(?:tell|sure|know|say|wonder(?:ing)?|idea)\s+(?:if|whether)\b", re.IGNORECASE)
# Another treatment taken up after the first: what came of it is that treatment's, not the first's.
_SWITCHED = re.compile(r"\b(?:switched|changed|moved|went\s+back)\s+(?:to|over\s+to|onto)\b", re.IGNORECASE)
_DORMANT_SENTENCES = 4
_QUOTED_POST_CHARS = 30  # the least a comment repeats of a post above for it to be a quotation, not a coincidence
_QUOTED_LINE_CHARS = 12  # the same for a line marked as a quotation ("> ..."): the mark says what a length would
_QUOTE_TAGS = re.compile(r"^\[quote\b[^\]]{0,80}\]|\[/quote\]\s*$", re.IGNORECASE)
# A reply's quotation lead: "> ", "> Quote from Lena_K: ", "> night_owl wrote: ", or the lead alone: "Quote from marisol_77: ".
_NAMED_QUOTE = r"(?:quote\s+from|quoting)\s+@?[\w.-]{2,30}\s*:\s*|@?[\w.-]{2,30}\s+wrote\s*:\s*"
_QUOTE_LEAD = re.compile(rf"^(?:(?:>\s*)+(?:{_NAMED_QUOTE})?|(?:{_NAMED_QUOTE}))", re.IGNORECASE)
_QUOTE_REACH = 5_000  # characters: how far back a quotation still open may have begun
# Openings that refer back to a study named just before without stating anything of it.
_REFERS_BACK = re.compile(r"^\W*(?:it|they|researchers|investigators|scientists|participants|patients|those|these)\b",
                          re.IGNORECASE)
# A sentence saying where a study was published ("The study appeared in September's issue of Diabetes
# Care:", "Another study was just published by Iranian doctors in <Journal>."): it names that study, a claim
# although it reports nothing else, and the study of what follows.
_STUDY_PUBLISHED = re.compile(
    r"^\W*(?:the|this|that|a|an|another|one)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|paper|review|meta-analysis|analysis|"
    r"research|findings|results)\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:just\s+|recently\s+|now\s+)?"
    r"(?:appeared|appears|published|reported|presented)\b", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NOT_INVOLVED = re.compile(r"\bnot\s+(?:involved|part\s+of)\s+(?:in\s+)?(?:the|this)\s+(?:research|study|trial|work)\b")
_FOUND = re.compile(r"\b(?:found|finds|showed|shows|suggests|suggested|concluded|concludes|reported|reports)\s+(?:that|no)\b"
                    r"|,\s+(?:[\w-]+\s+){0,12}?(?:reports|finds|found|suggests|shows)\W*$"
                    r"|,\s+according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|review|analysis|meta-analysis)\b")
# A sentence that is only citation marks ("(12)", "[3, 4].").
_MARKS_ONLY = re.compile(r"[\s\[\]()^,;.\d–-]+")
# A sentence that is only a bracketed author-year after the full stop it cites: "... 113 people. (Huttunen, 2004)".
_CITATION_ONLY = re.compile(r"\([^()]{4,80}\)\W*$")
# A sentence that opens a study by its design: "The multicenter, placebo-controlled study evaluated X in ...".
_STUDY_OPENER = re.compile(
    r"^\W*(?:the|this|a|an|our|their)\s+(?:[\w,-]+\s+){0,6}?(?:study|trial|RCT|experiment)\s+"
    r"(?:evaluated|assessed|examined|investigated|tested|compared|enrolled|included|involved|randomi[sz]ed|recruited|"
    r"followed|studied)\b", re.IGNORECASE)
# One study named by its design: "a randomized control trial", "In a 12-week, double-blind study", "this open-label pilot trial".
_ONE_STUDY_DESIGN = re.compile(
    r"\b(?:a|an|the|this|one|our|their)\s+(?:[\w-]+,?\s+){0,4}?(?:randomi[sz]ed|double[- ]blind(?:ed)?|placebo[- ]controlled|"
    r"controlled|cross-?over|open[- ]label|pilot)\s+(?:[\w-]+\s+){0,2}?(?:trial|study|RCT|design)\b", re.IGNORECASE)
_COMPARED_FIGURES = re.compile(r"\d\s*(?:%|percent\b|[a-zA-Z]+\b)[^.;]{0,120}?\b(?:compared\s+(?:with|to)|versus|vs\.?|against|than)\s+"
                               r"(?:[\w-]+\s+){0,3}?\d")
_DOSE_REACH = 2  # sentences back a dose given may be told before what came of it
_DESIGN_REACH = 3  # sentences back from a finding to the design it goes with
# Who studied how many: "Researchers ... analyzed 51 adults", "The team followed 300 children", "enrolled 80 patients".
_STUDY_CONTEXT_N = re.compile(
    r"\b(?:analy[sz]ed|studied|enrolled|recruited|followed|randomi[sz]ed|included|tested|assigned|examined)\s+"
    r"(?:(?:data\s+(?:from|on)|a\s+total\s+of|more\s+than|nearly|about|over|some)\s+)?\d[\d,]*\s", re.IGNORECASE)
# A study summary told as labelled fields ("Methods Used: ...", "Findings: ...", "* Participants: ...").
_LABEL = re.compile(r"^\s*(?:[*•·+\-–]\s+)?([A-Z][\w'’ /&-]{0,40}?)\s?:\s")
_FIELD_LABEL = re.compile(
    r"\b(?:method|approach|design|participant|subject|sample|population|setting|intervention|treatment|arms?\b|dos|"
    r"duration|procedure|data|measure|outcome|endpoint|result|finding|conclusion|summary|impact|implication|effect|"
    r"objective|aim|purpose|analys|safety|limitation|comparator|control|follow|key\s+point|takeaway|bottom\s+line)",
    re.IGNORECASE,
)
# A sample size a list item states for itself ("• 60 adults ...", "(n = 48)"), or a study it names.
_OWN_SAMPLE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?\w*(?:patients|participants|adults|children|people|subjects|"
                         r"women|men|infants|volunteers|adolescents|teens|babies)\b|\b[Nn]\s*=\s*\d|"
                         r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|cohort|analysis|review|RCT)\b",
                         re.IGNORECASE)
# The heading line of a section of one study's summary ("Methods", "Interventions", "Results").
_SECTION = re.compile(
    r"^[\s#*]*(?:methods?|materials\s+and\s+methods|interventions?|results?|findings|outcomes?|main\s+outcomes?(?:\s+measures?)?|"
    r"conclusions?|participants|design|study\s+design|setting|measures|key\s+findings|main\s+results)"
    r"[\s*:]*$", re.IGNORECASE)
_BARE_LABEL = re.compile(r"^\s*(?:[*•·+\-–]\s+)?[A-Z][\w'’ /&-]{0,40}:\s*$")
_BULLET = re.compile(r"^\s*[*•·+\-–►▸▶▪■◦➢✓]\s")
_LIST_ITEM = re.compile(r"^\s*(?:[*•·+\-–►▸▶▪■◦➢✓]|\d{1,2}[.)])\s")  # a bullet, or a numbered item ("2. 3 mg melatonin, or")
# A short heading inside one summary ("Researchers' Summary of Findings"), not a new study's.
# Its words are taken possessively: giving some back could only hand spaces to the tail,
# which matches from the same place on either way; without that the pattern backtracked
# over 50 characters of every longer paragraph before failing.
_SUBHEADING = re.compile(
    r"^[\s#*]*(?!(?:(?:study|trial)(?!\s+(?:design|details|overview|methods?|summary|population|results|findings)\b)|part|"
    r"section|references?|sources?)\b)[A-Z][\w'’ -]{2,50}+[\s*]*$", re.IGNORECASE)
_NEW_LABEL = re.compile(r"^(?:(?:study|trial)(?!\s+(?:medications?|drugs?|doses?|dosage|design|population|participants|duration|"
                        r"treatments?|interventions?|arms?|outcomes?|results?|findings))|citation|references?|sources?|part|section|"
                        r"objectives?|background|context)\b",
                        re.IGNORECASE)
_REGISTRY_FIELD = re.compile(
    r"^[\s*#-]*((?:brief\s+summary|detailed\s+description|(?:actual\s+|anticipated\s+|estimated\s+)?enrollment|"
    r"arms?\s+and\s+interventions|(?:primary|secondary)\s+outcome\s+measures?|study\s+type|allocation|masking|"
    r"(?:overall\s+|recruitment\s+)?status|eligibility\s+criteria|intervention\s+model|official\s+title|"
    r"study\s+design|(?:study\s+)?start\s+date|(?:primary\s+)?completion\s+date|condition|nct\s+id|results\s+overview|"
    r"participant\s+(?:flow|milestones)|baseline\s+characteristics|reasons\s+for\s+withdrawal|"
    r"(?:completed|recruiting|not\s+yet\s+recruiting|active,\s+not\s+recruiting|enrolling\s+by\s+invitation|terminated|"
    r"withdrawn|suspended)\s*$))\b",
    re.IGNORECASE | re.MULTILINE,
)
_STATUS = re.compile(
    r"^[\s*-]*(?:(?:overall|recruitment)\s+)?(?:status\s*:?\s*)?(completed|terminated|withdrawn|suspended|"
    r"active,\s+not\s+recruiting|not\s+yet\s+recruiting|recruiting|enrolling\s+by\s+invitation)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A registry record's intervention line: "Drug: Placebo", "Dietary Supplement: Placebo", "Device: Sham stimulation".
_INTERVENTION_LINE = re.compile(
    r"^[\s*-]*(?:Experimental:\s*\S+\s+|(?:Placebo|Sham)\s+Comparator:\s*\S+\s+)?"
    r"(?:Drug|Dietary\s+Supplement|Biological|Device|Procedure|Behavioral|Other|Radiation|Combination\s+Product)\s*:\s*(.+)$",
    re.MULTILINE,
)
_ENROLLMENT = re.compile(
    r"^[\s*-]*(?:actual\s+|anticipated\s+|estimated\s+|target\s+|total\s+final\s+)?(?:enrol?lment(?:\s*\((?:actual|estimated|anticipated)\))?|"
    r"sample\s+size|number\s+of\s+participants|(?<=target\s)recruitment)\s*:?\s*(?:\n[\s*-]*)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE | re.MULTILINE,
)
_RECORD_HEAD = 2_000  # characters: where a registry record prints its ID
_TITLE_WORDS = 4  # a record's first line of fewer words is a site's name, not the trial's title
# A result of the study told before, in the words a story goes on with it after a quotation.
_RESUMED_RESULT = re.compile(
    r"\b(?:hazard|odds|risk|rate)\s+ratio\b|\bp\s*[=<>≤]\s*0?\.\d|\b95\s*%\s*(?:CI|confidence)|\d\s*%\s*(?:vs\.?|versus)\s*\d"
    r"|\b(?:the\s+)?(?:researchers|investigators|authors|study\s+team)\s+(?:reported|said|found|noted|observed)\b"
    r"|\bsubgroups?\b", re.IGNORECASE)
_RESUME_GAP_CHARS = 1_500
_THE_STUDY = re.compile(r"^\W*(?:in\s+)?(?:the|this|that)\s+(?:(?:same|original|above|new|latest|present)\s+)?"
                        r"(?:study|trial|research|experiment|RCT)\b", re.IGNORECASE)  # "In the study 100 participants ..."
# The publication a text appears in, named at its top: an e-mail's subject, a newsletter's masthead.
_MASTHEAD = re.compile(r"^\W*(?:subject|re|fwd?)\s*:|\b(?:newsletter|bulletin|digest|briefing|round-?up|e-?news|"
                       r"update|issue\s+\d)", re.IGNORECASE)
_MASTHEAD_CHARS = 1_000
_A_STUDY = re.compile(r"\b(?:a|an|one|another|earlier|previous|prior|separate|(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:study|trial|analysis|review|survey|cohort|meta-analysis)\b", re.IGNORECASE)
_RESUME_GAP_PARAGRAPHS = 3
# A field label of a registry box on a page about a trial, alone on its line or before its value.
_BOX_LABEL = re.compile(
    r"[ \t*•-]*(?:identifier|(?:nct|trial|registry|registration)\s+(?:id|number|no\.?)|registration|"
    r"(?:overall\s+|recruitment\s+)?status|(?:actual\s+|estimated\s+|target\s+)?enrol?lment|sample\s+size|"
    r"allocation|masking|blinding|arms?(?:\s+and\s+interventions)?|interventions?|conditions?|phase|sponsor|"
    r"study\s+(?:type|design)|(?:primary|secondary)\s+(?:outcomes?|endpoints?)(?:\s+measures?)?|"
    r"(?:study\s+)?(?:start|completion)\s+date)[ \t]*(?::[ \t]*(\S.*?))?[ \t]*$",
    re.IGNORECASE)
_NONBLANK_LINE = re.compile(r"^[ \t]*\S.*$", re.MULTILINE)
_BOX_PAIRS = 3
# A line of prose: a sentence of a dozen words or more ending in a full stop.
_IN_PROSE_LINE = re.compile(r"^(?:\S+\s+){12,}.*[a-z)\d]\.\s*$")
_ONGOING_STATUSES = frozenset(["recruiting", "not yet recruiting", "enrolling by invitation", "active, not recruiting"])
# Where the study just told was published: "The findings were published in <Journal>", "They appear in ...".
_PUBLISHED_NOTE = re.compile(
    r"^(?:The\s+(?:findings|results|study|research|paper|work|report|trial|data)|These\s+(?:findings|results)|"
    r"They|It)\s+(?:(?:was|were|are|is|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:published|reported|presented)|"
    r"appear(?:s|ed)?)\s+(?:\w+\s+){0,4}?in\b", re.IGNORECASE)  # "... published online August 6 in"
# A news lede's reported speech: "..., according to a Phase 2 trial", "researchers at X said".
_NEWS_LEDE = re.compile(r"\baccording\s+to\b|\b(?:researchers|scientists|investigators|doctors)\s+"
                        r"(?:at|from|reported|said|say|found|wrote)\b", re.IGNORECASE)
# A sentence that only says other studies agreed with the one just told ("Several smaller
# trials reached similar conclusions [4][5]", "Two later RCTs confirmed these findings").
_AGREES = re.compile(
    r"\b(?:(?:reached|came\s+to|drew|arrived\s+at)\s+(?:similar|the\s+same|comparable|consistent)\s+conclusions?|"
    r"(?:found|reported|showed|shown|observed|produced|yielded|obtained|with)\s+(?:very\s+|broadly\s+)?(?:similar|comparable|"
    r"consistent|the\s+same|concordant)\s+(?:results?|findings?|effects?|benefits?|outcomes?)|"
    r"(?:similar|comparable|consistent|concordant)\s+(?:results|findings|effects|benefits)\s+(?:were|have\s+been|was|has\s+been)\s+"
    r"(?:\w+\s+)?(?:reported|found|seen|observed|shown)|"
    r"(?:confirmed|replicated|corroborated|reproduced|echoed|mirrored)\s+(?:these|this|the|those|that|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:findings?|results?|effects?|benefits?|observations?)|"
    r"(?:this|these|the|that|those)\s+(?:[\w-]+\s+)?(?:findings?|results?|effects?|benefits?)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:since\s+|later\s+|subsequently\s+)?(?:replicated|confirmed|reproduced|corroborated))\b",
    re.IGNORECASE,
)
# ... or that another study found the opposite ("An older trial reported the opposite (X 2011)").
_OPPOSES = re.compile(
    r"\b(?:(?:reported|found|showed|shown|reached|came\s+to|drew|observed|suggested)\s+(?:the\s+)?(?:opposite|reverse|"
    r"contrary)(?:\s+(?:result|finding|effect|conclusion)s?)?|(?:contradicted|reversed)\s+(?:these|this|the|those|that)\s+"
    r"(?:[\w-]+\s+)?(?:findings?|results?|effects?|conclusions?))\b",
    re.IGNORECASE,
)
_OPPOSITE = {"positive": "negative", "negative": "positive", "null": "positive"}
_NOT_AGREEING = re.compile(r"(?:\b(?:not|never|fail(?:s|ed)?\s+to|unable\s+to)|n't)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:confirm|replicat|reproduc|corroborat|find|show|reach|agree|support|come|draw)", re.IGNORECASE)
# A Vancouver author list on a line of its own: "Ismail NA, Din NS, Mamat SS, et al."
_AUTHOR_LIST = re.compile(
    r"^\W*(?:\d{1,3}\.\s+)?([A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3},"
    r"(?:\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3},){1,}\s+(?:et\s+al|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3})\.?$")
# The same in APA style: "Devinsky, O. et al.", "Okafor, C. N., & Lind, T."
_APA_AUTHORS = re.compile(
    r"^\W*([A-Z][\w'’-]+),\s+(?:[A-Z]\.\s?){1,3}(?:,\s+(?:&\s+)?[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}){0,6}"
    r"(?:,?\s+(?:et\s+al\.?|&\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}))?\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_LIST_NUMBER = re.compile(r"^[\s*•·\-–]*(?:\d{1,3}[.)])?\s*$")
_ID_LABELS = frozenset(["pmid", "pmcid", "nct", "id", "doi", "isrctn", "registry", "number", "trial", "identifier",
                        "citation", "source", "reference", "clinicaltrials", "gov", "january", "february", "march",
                        "april", "may", "june", "july", "august", "september", "october", "november", "december",
                        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "epub",
                        "ahead", "of", "print", "vol", "no", "pp"])
_ID_KINDS = ("registry", "pmid", "doi", "url")  # a title carrying one is a heading whatever its words say
# How a citation ends: its year, perhaps with month, volume, issue and pages ("2025;31(8):901-909.").
_CITATION_END = re.compile(r"\b(?:19|20)\d{2}[a-z]?(?:\s+[A-Z][a-z]{2,8}(?:\s+\d{1,2})?)?"
                           r"(?:\s*[;:,]\s*[\w()]+(?:\s*:\s*[\w–-]+)?)?\.?\s*$")
_FOOTNOTE_DEFINITION = re.compile(r"\[\^[\w-]{1,40}\]:")
# Where an article sits in its journal: "12(3), 40-48", "2019;48:512-8", "vol. 25, no. 3", "pp. 200-205".
# (The word starts are checked after the "v" and "p": a pattern whose every branch opens with a
# character skips to those characters at C speed, twice as fast over a long line.)
_REFERENCE_LOCATOR = re.compile(r"\d+\s*\(\d+\)\s*[,:]\s*\d|;\s*\d+\s*[(:]|v(?<!\wv)ol\.\s*\d|p(?<!\wp)p?\.\s*\d")
_CITATION_LABEL = re.compile(r"^\W*(?:study|citation|reference|source|article|paper|trial|more\s+information|journal\s+reference)\s*:", re.IGNORECASE)
# The record lines of an author manuscript's page ("Author manuscript; available in PMC: 2017 Jul 1.",
# "Published in final edited form as: <Journal>. <date>; doi ..."): the page's own article, told by its
# abstract, not a claim.
_MANUSCRIPT_RECORD = re.compile(
    r"^\W*(?:(?:NIHPA|NIH|HHS|PMC|Europe\s+PMC)\s+(?:Public\s+Access\s+)?Author\s+Manuscripts?|Author\s+manuscript\b|"
    r"Published\s+in\s+(?:its\s+)?final\s+edited\s+form\s+as\b|Accepted\s+author\s+manuscript\b)",
    re.IGNORECASE)
_RECORD_CHARS = 400
_NEXT_SENTENCE = re.compile(r"\s+[A-Z]")
# A number in brackets repeating a count ("split into two groups (2)."), no citation.
_COUNTED_BEFORE = re.compile(r"\b(?:groups?|arms?|phases?|types?|stages?|grades?|levels?|classes?|parts?|steps?|items?|"
                             r"times|doses|visits|sessions|sites|centres|centers|studies|trials)\s$", re.IGNORECASE)


def assemble(document: Document, plan: DocumentPlan, parsed: list[Doc]) -> DocumentResult:
    """The claims and reference entries of one document from its plan and the spaCy
    docs of its passages (same order as ``plan.passages``)."""
    entries = parse_reference_list(document.text, plan.reference_spans, document.doc_id)
    _number_by_position(entries, parsed)
    # Markdown footnotes ("[^1]: ...") are cited only as "[^1]": they make no bare "(312)" a marker.
    numbered = {e.marker for e in entries if e.marker and not e.text.startswith("[^")}
    abbreviations = fields.learn_abbreviations(document.text)
    builder = _ClaimBuilder(document, numbered, abbreviations, bool(entries))
    _read_ahead(plan, parsed, abbreviations)
    for passage, doc in zip(plan.passages, parsed):
        if passage.context == "abstract":
            builder.abstract(passage, doc)
        else:
            builder.prose(passage, doc)
    builder.finish(entries, plan.reference_spans)
    for table, context in plan.tables:
        builder.table(table, context)
    claims = sorted(builder.claims, key=lambda c: (c.evidence.start, c.evidence.end))
    abbreviations.analysed.clear()  # its values point back at it: freed now, not by the cycle collector
    return DocumentResult(document.doc_id, claims=claims, references=entries)


@per_document(maxsize=4096)
def _claim_cued(text: str) -> bool:
    """``CLAIM_CUE.found``, kept for the document: every sentence read ahead is asked again when
    its paragraph is read (6,353 of 13,796 calls on the benchmark's dense text)."""
    return CLAIM_CUE.found(text)


def _read_ahead(plan: DocumentPlan, parsed: list[Doc], abbreviations: fields.Abbreviations) -> None:
    """Analyse the document's prose sentences that cite something or carry a claim cue
    (nearly all that the builder goes on to analyse) before it reads them, one field at a
    time over all of them: each field's parser runs through hundreds of kilobytes of compiled
    patterns, and reading one sentence's fields after another's evicted each parser's from
    the CPU cache before its next sentence (10-17% of the benchmark's extraction CPU). The
    values are kept with the document's short forms, where the builder finds them.

    A cued sentence of the body that cites nothing is read ahead only when it may stand
    alone or a sentence before it in its paragraph likely opened a claim (it cites, or it
    may stand alone and states a sample size or dose): otherwise no study is likely open
    for it to join, and the builder reads it only then (on the benchmark's dense text 3,038
    sentences are read ahead, 1 of them never read again, where 3,335 were with 263 never
    read again; 14 are read later). Which sentences are read ahead changes no value, only
    when each is read."""
    texts = []
    for passage, doc in zip(plan.passages, parsed):
        if passage.context == "abstract":
            continue  # read whole by ``extract_facts``
        comment = passage.context == "comment" or passage.account
        starts = [hit.start for hit in _hits(doc)]
        opener = False  # whether a sentence read so far in the paragraph likely opened a claim
        for sentence in _sentences(passage, doc):
            begin = sentence.start - passage.start
            if bisect.bisect_left(starts, begin) < bisect.bisect_left(starts, begin + len(sentence.text)):
                opener = True
            elif comment:
                if not (_claim_cued(sentence.text) or COMMENT_CUE.found(sentence.text)):
                    continue
            elif not _claim_cued(sentence.text) or not (opener or may_stand_alone(sentence.text)):
                continue
            elif not opener:  # (both counts are kept for the document: reading them here costs nothing more)
                opener = fields.parse_n(sentence.text)[0] is not None or bool(fields.parse_doses(sentence.text))
            texts.append(readable(sentence.text))
    fields.analyse_all(texts, abbreviations)


_SENTENCES_KEY = "claims.sentences"


class _Sentence(NamedTuple):
    """A sentence of a passage: offsets into the document text, surrounding spaces excluded."""

    start: int
    end: int
    text: str


def _sentences(passage: Passage, doc: Doc) -> list[_Sentence]:
    """The sentences of a parsed passage, sliced from the passage text (Span.text would
    rebuild each one token by token); offsets index the document text. A sentence runs
    to the next one's first character: what lies between is the last token's trailing
    space, stripped with the rest. Cut once and kept in the doc's user data (emptied once
    the document is assembled): the read-ahead and the builder both ask (~0.5% of the
    dense benchmark's extraction)."""
    cut = doc.user_data.get(_SENTENCES_KEY)
    if cut is not None:
        return cut
    sentences = doc.user_data[_SENTENCES_KEY] = []
    bounds = doc._.sentence_bounds
    chars = bounds[1] if bounds is not None else [span.start_char for span in doc._.sentences] + [len(passage.text)]
    for begin, end in zip(chars, chars[1:]):
        raw = passage.text[begin:end]
        text = raw.strip()
        if text:
            start = passage.start + begin + len(raw) - len(raw.lstrip())
            sentences.append(_Sentence(start, start + len(text), text))
    return sentences


_CONTRAST = re.compile(r",\s+(?:whereas|while|but|yet)\s+")
_CONTRAST_REACH = 40  # characters from the contrast word to the second study's citation: its name, no clause
_STUDY_NAME = re.compile(r"\b(?:trials?|stud(?:y|ies)|review|meta-analys[ie]s|cohort|[A-Z][A-Z\d-]{2,})\b")


def _split_at_contrast(sentences: list[_Sentence], attributions: list[Attribution]) -> list[_Sentence]:
    """Sentences with a second cited study's clause cut off as a sentence of its own: "ALPHA [3]
    found fewer events, whereas BETA [7] found none" tells two studies' results, each with its
    citation, so each is a claim (a sentence citing several studies for one statement stays one)."""
    split: list[_Sentence] = []
    starts = [a.start for a in attributions]
    for sentence in sentences:
        own = attributions[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
        rest = sentence
        if len(own) > 1 and ("while" in sentence.text or "whereas" in sentence.text or "but" in sentence.text
                             or "yet" in sentence.text):
            for contrast in _CONTRAST.finditer(sentence.text):
                cut = sentence.start + contrast.end()
                before = [a for a in own if rest.start <= a.start < cut]
                after = next((a for a in own if a.start >= cut), None)
                if not before or after is None or after.start - cut > _CONTRAST_REACH:
                    continue
                named = sentence.text[contrast.end():after.start - sentence.start]  # "SOUTH-HF ", "the NIGHTS study "
                if any(ch in ",;" for ch in named) or (named.strip() and not _STUDY_NAME.search(named)) or (
                        _same_study(before, [after])):
                    continue  # "..., but adherence is poor [4]": a cited remark, no second study named
                head = sentence.start + contrast.start() + 1  # the first clause keeps its comma
                split.append(_Sentence(rest.start, head, sentence.text[rest.start - sentence.start:contrast.start() + 1]))
                tail = sentence.text[contrast.start() + 1:]
                start = head + len(tail) - len(tail.lstrip())
                rest = _Sentence(start, sentence.end, sentence.text[start - sentence.start:])
        split.append(rest)
    return split


def _hits(doc: Doc) -> list[Attribution]:
    """The attributions the pipeline found in a passage, in order (from the spans when a
    doc was annotated without the plain list)."""
    hits = doc._.attribution_hits
    return hits if hits is not None else [span._.attribution for span in doc._.attributions or []]


def _number_by_position(entries: list[ReferenceEntry], parsed: list[Doc]) -> None:
    """An ordered list rendered from HTML loses its numbers; when the body cites by
    number and every cited number fits the list, entry i is marker i."""
    if len(entries) < 2 or any(e.marker for e in entries):
        return
    cited = {int(m) for doc in parsed for hit in _hits(doc) for m in hit.markers if m.isdigit()}
    if cited and max(cited) <= len(entries):
        for number, entry in enumerate(entries, 1):
            entry.marker = str(number)


@dataclass
class _Draft:
    """Consecutive sentences of one passage that report the same study."""

    sentences: list[_Sentence]
    attributions: list[Attribution]
    values: list[fields.FieldValues | None]  # one per sentence; None where not analysed
    # Opened by a sentence that only announces another study ("In another study, volunteers ate
    # cinnamon with rice pudding."): a claim only when a later sentence reports something of it.
    announced: bool = False
    # What the sentences read so far give, name and state, kept as they come so a long
    # study costs no more per sentence than a short one.
    _read: int = field(default=0, init=False, repr=False)  # sentences whose names are in _given and _lowered
    _weighed: int = field(default=0, init=False, repr=False)  # values folded into _directed and _reported
    _given: set[str] = field(default_factory=set, init=False, repr=False)
    _lowered: list[str] = field(default_factory=list, init=False, repr=False)
    _directed: bool = field(default=False, init=False, repr=False)
    _reported: bool = field(default=False, init=False, repr=False)

    def add(self, pending: list[_Sentence], sentence: _Sentence, values: fields.FieldValues | None) -> None:
        self.sentences += pending + [sentence]
        self.values += [None] * len(pending) + [values]

    def _weigh(self) -> None:
        for values in self.values[self._weighed:]:
            if values is not None:
                self._directed = self._directed or values.direction not in (None, "unknown")
                self._reported = self._reported or not values.is_empty
        self._weighed = len(self.values)

    def _mentions(self, names: frozenset[str]) -> bool:
        """Whether this study already gives or names one of these interventions, or has
        told only its design so far, naming nothing it gave ("In the study 70 patients were
        evaluated." then "Patients given 50 mg of X improved ..."): what it tested is still
        to come."""
        for sentence in self.sentences[self._read:]:
            self._given |= interventions(sentence.text)
            self._lowered.append(sentence.text.lower())
        self._read = len(self.sentences)
        self._weigh()
        if not self._given and not self._directed:
            return True
        return bool(names & self._given) or any(name in said for said in self._lowered for name in names)

    def _reports(self) -> bool:
        """Whether the study so far states anything beyond its attribution ("The study that
        got everyone talking was a 2012 trial in X." states nothing: what follows is it)."""
        self._weigh()
        return self._reported

    def _finds(self) -> bool:
        """Whether the study so far states a result, not only its design ("... found that X led to the same
        weight loss as Y", "..., a 2023 study in <Journal> reports.")."""
        self._weigh()
        return self._directed or any(_FOUND.search(s.text) for s in self.sentences)

    def takes(self, text: str, values: fields.FieldValues | None, comment: bool = False) -> bool:
        """Whether a sentence may continue this study: it does not open another study,
        report practice experience or who funded it, give an intervention this study never named although
        it reported something already ("Zinc 30 mg also ..."), or announce a trial that
        this study is not ("The company plans a Phase 3 trial ..."). In a comment, one
        person's experience goes on across drugs ("Nothing for me after 3 months.
        Topiramate worked better."); so do the fields of one study's summary
        ("Intervention: ... metformin or insulin glargine")."""
        if _opens_new_study(text) or _PRACTICE.search(text) or is_disclosure(text) or is_design_title(text) or (
                ("includ" in text or "such as" in text) and _INCLUDED_STUDY.search(text)):
            return False
        if _ANAPHORA.match(text):
            return True
        if not comment and (named := new_names(text)) and self._reports() and not self._mentions(named):
            return False
        if not comment and opens_animal_model(text) and not model_organisms(text) & model_organisms(
                " ".join(s.text for s in self.sentences)):
            return False  # "In ferrets, X blocked spread" after a trial in children: another study
        ongoing = values is not None and values.ongoing_trial
        return not ongoing or any(v and v.ongoing_trial for v in self.values)


class _ClaimBuilder:
    """Collects the claims of one document: prose and comment passages, the abstract,
    table rows."""

    def __init__(self, document: Document, numbered: set[str], abbreviations: dict, listed: bool = False) -> None:
        self.document = document
        self.numbered = numbered
        self.listed = listed  # whether the document has a reference list, numbered or not
        self.superscripted = False  # whether a paragraph read so far cites by superscripts flattened into digits
        self.counted_up = cites_in_order(document.text)  # whether digits glued to words number citations 1, 2, 3 ...
        self.abbreviations = abbreviations
        self.claims: list[Claim] = []
        # A trial registry record: several registry fields (two on a listing site's summary
        # page when one is its status line, "Recruiting"), its ID printed at its top (an
        # article's "Trial registration" line further down does not make it one) before any
        # sentence tells a study's numbers: a press release that tells the trial first, by
        # its ID or not, and ends in a "Study record" box is prose about the trial.
        head = document.text[:_RECORD_HEAD]
        self.record = False
        self._record_id: Attribution | None = None  # a record's ID as printed at its top
        if any(prefix in head for prefix in REGISTRY_PREFIXES):
            found = len({m.group(1).lower() for m in _REGISTRY_FIELD.finditer(document.text)})
            self.record = (found >= 3 or (found == 2 and _STATUS.search(document.text) is not None)) and (
                (first := next((a for a in find_attributions(head) if a.registry_id), None)) is not None
                and not _told_before_id(head, first.start))
            self._record_id = first if self.record else None
        self._open: tuple[str, _Draft, int] | None = None  # (context, draft, paragraph end) a paragraph left open
        self._listing: _Draft | None = None  # the draft whose list items ("Design:" then bullets) are being read
        self._sectioned = False  # whether the paragraph being read follows a study-section heading line
        self._headed = False  # whether it follows another heading line
        # Lines that only name a study (an ID, a journal and year, an author list, a citation
        # block), by position: the study of the uncited text after them.
        self.headings: list[tuple[int, Study]] = []
        self._claims_at_heading = 0
        # The attributions of the last cited prose claim and where it ends: a news story's later
        # paragraph may go on with that study's results after a quotation between.
        self._told: tuple[list[Attribution], int] | None = None
        # A full article's own study (its abstract's IDs) and its Methods and Results paragraphs:
        # what they tell of that study is its abstract's claim, not a claim of its own.
        self._own_ids: set[str] = set()  # lowercased DOIs
        self._own_sections: list[tuple[int, int]] = []

    def prose(self, passage: Passage, doc: Doc) -> None:
        """Claims of a paragraph; sentence and attribution offsets index the document text,
        so a study whose summary goes on in the next paragraph stays one draft."""
        if self._open and "\n" not in passage.text and (
                _SUBHEADING.match(passage.text) or _BARE_LABEL.match(passage.text)) and not any(
                ch.isdigit() for ch in passage.text):
            return  # "Researchers' Summary of Findings" between two parts of one summary
        if len(passage.text) <= _RECORD_CHARS and ("anuscript" in passage.text or "dited form" in passage.text) and (
                _MANUSCRIPT_RECORD.match(passage.text)):
            return
        if passage.text.startswith("[^") and _FOOTNOTE_DEFINITION.match(passage.text):
            return  # "[^2]: Sato K, Brennan O. <title>.\nVet Immunol Cell Biol. 2023;12:201-8.": a reference entry
        if (label := _CITATION_LABEL.match(passage.text)) and (cited := self._citation(passage, label.end())):
            self._close(self._open[1] if self._open else None, passage.context)
            self._open = None
            self._add_heading(passage.start, _entry_study(cited))
            return  # "Study: Ahmadi R, et al. <title>. Menopause Pract J. 2025;31(8):901-909." over its summary
        if passage.own_section:
            self._own_sections.append((passage.start, passage.end))
        offset = passage.start
        claims_before = len(self.claims)
        hits = _hits(doc)
        self.superscripted = self.superscripted or any(
            a.kind == "glued-marker" and _DECADE_MARKER.match(passage.text, a.start - 6, a.end + 2) for a in hits)
        attributions = [a.shifted(offset) for a in hits if self._trusted(a, passage.text)]
        self.superscripted = self.superscripted or any(a.kind == "superscript" for a in hits)
        starts = [a.start for a in attributions]  # in order: found by start
        comment = passage.context == "comment" or passage.account
        self._sectioned = self._headed = False
        draft = self._carried(passage)
        carried = draft is not None
        sectioned = self._sectioned  # the paragraph is the next section of one study's summary ("Results")
        # A list under a heading of its own does not go on with the paragraph above the heading.
        listed = carried and self._lists(passage, draft) and not (self._headed and not _BULLET.match(draft.sentences[0].text))
        self._listing = draft if listed else None
        going_on: _Draft | None = None
        pending: list[_Sentence] = []
        # The sentence just before, when it stated a sample size or dose but made no claim by itself.
        unclaimed: tuple[_Sentence, fields.FieldValues] | None = None
        # The sentences since the last claim of this paragraph, none of them claimed.
        loose: list[tuple[_Sentence, fields.FieldValues | None]] = []
        quoted = carried and _inside_quote(self.document.text, passage.start)
        opened = False  # whether a cited claim began in this paragraph
        # A draft two unclaimed sentences closed, with the sentences since: a sentence that comes back to
        # "the study" may still continue it.
        dormant: tuple[_Draft, list[_Sentence]] | None = None
        sentences = _split_at_contrast(_sentences(passage, doc), attributions) if len(attributions) > 1 else (
            _sentences(passage, doc))
        read: dict[int, fields.FieldValues | None] = {}  # values by sentence start, for a marker standing after them
        for at, sentence in enumerate(sentences):
            previous = (sentences[at - 1], read.get(sentences[at - 1].start)) if at else None
            # Whether this, a paragraph's first sentence going on with the study the paragraph before told with
            # its result, opens a claim of that study of its own (convention 4 joins within a paragraph).
            anew = False
            text = sentence.text
            own = attributions[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)] if (
                attributions) else []
            # The first sentence of a paragraph after the draft's joins it only by what it states ("The authors
            # say no clear statement can be made on side-effects" states nothing of the study).
            across = carried and not quoted
            if carried:
                carried = False
                # A paragraph citing anew is a claim of its own (even when it names the trial of the lede
                # before: convention 4 joins within a paragraph), unless it only names who led the study
                # ("..., said Dr. X Y, the study's lead author"); the next line of a quotation goes on as if
                # no line ended.
                if quoted:
                    ends = bool(own) and not _same_study(draft.attributions, own)
                elif own:
                    # The next line of one paragraph (no blank line between) closing an uncited study with its
                    # citation ("... involving 158 adults." then "The research concluded ... (Caceres et al., 1999).")
                    # goes on with it, as within a line.
                    ends = not _names_person_only(own) and not (
                        not draft.attributions and _cites_at_end(own, sentence) and _next_line(
                            self.document.text[draft.sentences[-1].end:passage.start]) and draft.takes(text, None))
                else:
                    ends = _opens_another_study(text, strict=True) or not listed and not sectioned and not _hangs_on(
                        self.document.text[draft.sentences[-1].end:passage.start], draft) and (not (
                        _goes_on(text, draft) or _tells_more(text, draft) or _arms_next_line(
                            text, draft, self.document.text[draft.sentences[-1].end:passage.start])) or (
                        self._headed and not _field_of(text, draft) and CLAIM_CUE.found(text) and may_stand_alone(text)
                        and stands_alone(text, self._analyse(sentence), comment)))
                if ends:
                    self._close(draft, passage.context)
                    draft = None
                    self._listing = None
                elif listed or sectioned or _field_of(text, draft):
                    going_on = draft  # this whole paragraph is a field or list item of that study's summary
                else:
                    # "... had fewer infections, according to a study in <Journal>." then, after a blank line, "The
                    # researchers randomized 412 children ...". A design still waiting for its result goes on, and
                    # so does a result told after a remark in a paragraph between.
                    gap = self.document.text[draft.sentences[-1].end:passage.start]
                    anew = not quoted and "\n" in gap and not gap.strip() and _BLANK_LINE.search(gap) is not None and (
                        not _BULLET.match(text)) and draft._finds()
            cued = _claim_cued(text) or (comment and COMMENT_CUE.found(text))
            # With no study open and no citation, a sentence only counts when it could stand
            # alone; reading every field of background sentences would be wasted.
            resumed = self._resumed(passage, sentence, at == 0) if cued and draft is None and not own and not comment and (
                at == 0 or ((not self.claims or self.claims[-1].evidence.start < passage.start) and not any(
                    _NEW_STUDY.match(s.text) or _A_STUDY.search(s.text) for s in sentences[:at]))) else None
            # "My GP put me on X 50mg at night. First week I slept like a rock ...": the next sentence of a commenter's
            # account goes on with it although it holds no cue word.
            told_on = comment and draft is not None and not pending and not text.endswith("?") and (
                _OWN_ACCOUNT.search(text) is not None or (_THEIR_PRONOUN.search(text) is not None and _THEIR_PERSON.search(
                    draft.sentences[0].text) is not None) or (
                    # "Took 1000mg daily for 2 months. Fog is exactly the same.": what came of it, in the same post
                    draft.sentences[-1].start >= passage.start and not _SWITCHED.search(text)
                    and fields.parse_direction(text) != "unknown")) and _UNSURE.search(text) is None
            wanted = own or told_on or (cued and (draft is not None or comment or self.record or resumed or may_stand_alone(text)))
            values = self._analyse(sentence) if wanted else None
            read[sentence.start] = values
            if own and is_reference_note(text) and values is not None and values.is_empty:
                continue  # "References [7]-[10] are available on request."
            if own and values is not None and values.is_empty and all(
                    a.kind == "url" and _HOME_PAGE.match(a.url or "") for a in own):
                own = []  # "*A narrative review for the [Pain Hub](https://painhub.example.org).": a site, no study
            if own and values is not None and values.n is None and not values.dose and all(
                    a.kind == "venue-year" and not a.year for a in own) and recruits(text):
                own = []  # "Eligible participants will receive the FDA-approved study drug": no venue, a call for volunteers
            if own and values is not None and (is_background(text, values) or is_aside(text, values, own)):
                own = []  # "TRD is a common clinical challenge [1,2]": the citation backs a fact, no study result
            if own and comment and text.endswith("?") and not recalls_a_source(text):
                own = []  # "Does anyone know whether that 2021 study used a cut-off of 75?": a question, no claim
            if dormant and draft is None and not own and values is not None and _BACK_TO_STUDY.search(text) and (
                    dormant[0].takes(text, values, comment)):
                # "... funded the study. Tirzepatide regulates insulin. ... On average, the study participants
                # lost around 20 percent": the study of this paragraph, told on after an aside.
                draft = dormant[0]
                draft.add(dormant[1], sentence, values)
                dormant, unclaimed = None, None
                continue
            if heading := _heading(passage, sentence, own, values):
                self._close(draft, passage.context)
                draft, pending = None, []
                if not self.claims and sentence.start < _MASTHEAD_CHARS and _MASTHEAD.search(text):
                    continue  # "Subject: Riverside WHP Bulletin – December 2026": where the text appears, no study's venue
                if _STUDY_PUBLISHED.match(text):
                    self._close(_Draft([sentence], own, [values]), passage.context)  # "The study appeared in <Journal>:"
                self._add_heading(sentence.start, study_from(heading, self.document.text))
                continue  # "PMID: 31736488", "Sleep 2007 August", an author list: whose text follows
            if own and all(a.kind in MARKER_KINDS for a in own) and is_author_line(text):
                continue  # "Jane Doe¹, Ali Khan²": affiliation marks
            if own and _names_person_only(own):
                # "..., said lead author Dr. X Y", "The study was led by Professor X Y": who led the
                # study just told, not a study of its own.
                empty = values is None or values.is_empty
                if draft and not pending and not any(a.first_author or a.markers for a in draft.attributions) and (empty or (
                        all(a.kind == "role-author" for a in own) and draft.takes(text, values, comment))):
                    if anew and _NOT_INVOLVED.search(text):
                        continue  # "..., said Dr X, who was not involved in the research": an outsider's view
                    if anew and not empty:  # "“..., but the spray was no better than saline,” said Dr X, who led it"
                        self._close(draft, passage.context)
                        draft = _Draft([], list(draft.attributions), [])
                    draft.add(pending, sentence, values)
                    draft.attributions += own
                    continue
                if empty and not _STUDIED_BY.search(text):
                    own = []
            if own:
                if (all(a.kind in MARKER_KINDS for a in own) and _MARKS_ONLY.fullmatch(text) or text.startswith("(") and (
                        _CITATION_ONLY.match(text)) and all(a.kind == "author-year" for a in own)) and (
                        marked := self._marked(draft, pending, previous, sentence, values, own)) is not None:
                    # "... compared to the placebo. (12)", "... for migraines. (4)": the marker closing what came before
                    if marked is not draft:
                        self._close(draft, passage.context)
                        draft = marked
                elif draft and not pending and all(a.kind in MARKER_KINDS for a in own) and _names_its_study(draft):
                    draft.add(pending, sentence, values)  # "X was evaluated by Boehnke, et al. An open label study ... (7)."
                    draft.attributions += own
                elif draft and not pending and _PUBLISHED_NOTE.match(text) and all(a.kind == "venue-year" for a in own):
                    draft.add(pending, sentence, values)  # "... found X. The findings were published in <Journal>."
                    # The journal is the venue, not the institution the first sentence named.
                    draft.attributions = [a for a in draft.attributions if a.kind != "venue-year" or a.year] + own
                elif draft and ((_same_study(draft.attributions, own) and not _narrows_a_group(draft.attributions, own)) or (
                        not draft.attributions and _cites_at_end(own, sentence) and draft.takes(text, values, comment))
                        or (not pending and _names_the_lede(draft, own))
                        or (not pending and not draft.attributions and _registration_only(own, sentence, values))
                        or (not pending and _marks_named_design(draft, own, sentence) and draft.takes(text, values))):
                    draft.add(pending, sentence, values)
                    draft.attributions += own
                else:
                    self._close(draft, passage.context)
                    draft = _Draft([sentence], own, [values])
                    if unclaimed and _cites_at_end(own, sentence) and _Draft([unclaimed[0]], [], []).takes(text, values):
                        draft = _Draft([unclaimed[0], sentence], own, [
                            unclaimed[1] if unclaimed[1] is not None else self._analyse(unclaimed[0]), values])
                    elif (told := _told_before(loose, own)) is not None:
                        # "People who continued X lost another 5.5 percent. Those switched to placebo gained 14
                        # percent. ..., said Dr. Y, the lead author": the results the lead author's words close
                        draft = _Draft([s for s, _ in told] + [sentence], own,
                                       [v if v is not None else self._analyse(s) for s, v in told] + [values])
                    elif not pending and loose and (told := self._published_result(loose[-1], sentence, own)):
                        # "X did not decrease suicide-related events. These findings were published in <Journal>."
                        draft = _Draft([loose[-1][0], sentence], own, [told, values])
                    elif not opened and sentence.start > passage.start and _CITATION_LABEL.match(passage.text) and all(
                            a.kind in _ID_KINDS for a in own):
                        # "Study: Tardif J, et al. "Title". The NEJM. 2019. doi ...": the whole citation names it
                        draft = _Draft([_Sentence(passage.start, sentence.end, passage.text[:sentence.end - passage.start])],
                                       own, [values])
                opened = True
                pending = []
            elif draft is not None and not (draft.attributions and draft is not going_on and _ANOTHER_STUDY.match(text)) and (
                (values is not None and (not values.is_empty or told_on or (comment and COMMENT_CUE.found(text))))
                or (not pending and not across and (_ANAPHORA.match(text) or _GOES_ON.match(text) or _ADDS_ON.match(text)))
                or (anew and (_FOLLOWS_UP.match(text) or _tells_more(text, draft)))
            ) and (draft.takes(text, values, comment or draft is going_on) or (not pending and _names_its_study(draft))):
                if anew:
                    self._close(draft, passage.context)
                    draft = _Draft([], list(draft.attributions), [])
                draft.add(pending, sentence, values)
                pending = []
            elif resumed and values is not None and not values.is_empty:
                draft, pending = _Draft([sentence], list(resumed), [values]), []  # the study told up the page, resumed
            elif values is not None and (stands_alone(text, values, comment) or (self.record and not values.is_empty and not (
                    values.n is None and not values.dose and is_arms_title(text)))):  # a record's title line names no result
                self._close(draft, passage.context)
                draft, pending = _Draft([sentence], [], [values]), []
                if unclaimed and loose and loose[-1][0] is unclaimed[0] and _STUDY_OPENER.match(unclaimed[0].text) and (
                        _Draft([unclaimed[0]], [], [unclaimed[1]]).takes(text, values, comment)):
                    # "The placebo-controlled study evaluated X in 924 adult patients. Patients were randomized to ..."
                    opener = unclaimed[1] if unclaimed[1] is not None else self._analyse(unclaimed[0])
                    draft = _Draft([unclaimed[0], sentence], [], [opener, values])
                elif at and loose and loose[-1][0] is sentences[at - 1] and _OTHER_ARM.match(text) and CLAIM_CUE.found(
                        loose[-1][0].text) and _gives(loose[-1][0].text) and _Draft([loose[-1][0]], [], [None]).takes(
                        text, values, comment):
                    # "In those taking semaglutide, the average weight loss was 34 pounds. The placebo group lost 5.75
                    # pounds.": the arm the other one is set against
                    before = loose[-1][0]
                    draft = _Draft([before, sentence], [], [loose[-1][1] if loose[-1][1] is not None else self._analyse(before),
                                                            values])
                elif at and loose and loose[-1][0] is sentences[at - 1] and _result_followed_on(loose[-1][0].text, text) and (
                        _Draft([loose[-1][0]], [], [None]).takes(text, values, comment)):
                    # "At 12 months, 61% of coached patients ... compared with 43% with usual care. Daytime sleepiness
                    # also improved more in the coaching group.": the result the follow-on adds to is the claim's start
                    before = loose[-1][0]
                    draft = _Draft([before, sentence], [], [loose[-1][1] if loose[-1][1] is not None else self._analyse(before),
                                                            values])
                elif not comment and (lede := _finding_above(sentences, at, loose)) and (
                        any(name in lede[0].text.lower() for name in interventions(text) | given_words(text))) and (
                        lede_values := lede[1] if lede[1] is not None else self._analyse(lede[0])).direction != "unknown":
                    # "Riboflavin was reported to be an effective treatment for migraine in children. In a retrospective
                    # study, 41 participants received 200 or 400 mg/day of riboflavin ...": the finding the study is told under
                    draft = _Draft([lede[0], sentence], [], [lede_values, values])
                elif not comment and (design := _design_above(sentences, at, loose)):
                    # "A cohort of dogs was recruited to a randomized trial. They were split into two groups. The control
                    # group received a placebo.": the account of one study starts at its design
                    draft = _Draft([s for s, _ in design] + [sentence], [],
                                   [v if v is not None else self._analyse(s) for s, v in design] + [values])
                elif not comment and (given := _dose_above(sentences, at, loose, text, self._analyse)):
                    # "They had people take 400mg of riboflavin each day for three months. What they saw was very
                    # impressive. There was a vast improvement ... in the people who took the riboflavin."
                    draft = _Draft([s for s, _ in given] + [sentence], [],
                                   [v if v is not None else self._analyse(s) for s, v in given] + [values])
                elif comment and (told := _account_before(sentences, at, loose)):
                    # "Had 30 units a side last October. It's amazing, no more headaches", "Had them twice now. First
                    # round I could walk again. Second round worked too": what the commenter took and went through,
                    # told just before what it did for them, is part of their account
                    draft = _Draft([s for s, _ in told] + [sentence], [],
                                   [v if v is not None else self._analyse(s) for s, v in told] + [values])
            elif draft is not None and draft is not going_on and _ANOTHER_STUDY.match(text):
                # "In one study, ... In another study, volunteers ate ...": the study just told ends here
                self._close(draft, passage.context)
                draft = _Draft([sentence], [], [values if values is not None else self._analyse(sentence)], announced=True)
                pending = []
            elif draft is None and not own and not comment and ONE_STUDY_ANNOUNCED.match(text):
                # "In one study, dogs with stiff hips were fed X." then "Their gait improved within two weeks.": a
                # study the page tells in its own words, a claim when what came of it follows
                draft = _Draft([sentence], [], [values if values is not None else self._analyse(sentence)], announced=True)
                pending = []
            elif draft:
                pending.append(sentence)
                if len(pending) > 1 and draft is not going_on:
                    dormant = (draft, pending)  # closed, unless the paragraph comes back to it
                    draft, pending = None, []
            if dormant and draft is None and dormant[1][-1] is not sentence:
                dormant[1].append(sentence)
            if dormant and (draft is not None or len(dormant[1]) > _DORMANT_SENTENCES):
                self._close(dormant[0], passage.context)
                dormant = None
            unclaimed = (sentence, values) if draft is None and (
                (values is not None and (values.n or values.dose)) or _STUDY_OPENER.match(text)) else None
            if draft is None and not dormant:
                loose.append((sentence, values))
            elif loose:
                loose = []
        if dormant:
            self._close(dormant[0], passage.context)
        if draft is None and not opened and len(self.claims) == claims_before and (design := _design_told(loose)):
            self._close(design, passage.context)  # "Researchers analyzed 51 adults ... given cinnamon or placebo ... 300 mg"
        self._open = (passage.context, draft, passage.end) if draft else None

    def _resumed(self, passage: Passage, sentence: _Sentence, opens: bool) -> list[Attribution] | None:
        """The attributions of the study a story told up the page, when this paragraph opens
        (``opens``) by going on with its results after no more than a quotation or two between
        ("..., said Dr X, who led the study." then "In a prespecified subgroup ..., the reduction
        in MACE was smaller (hazard ratio 0.91; p = 0.44)."), or a sentence points back to it
        ("In the study 100 participants were given ..."): a claim of that study."""
        if self._told is None or not ((opens and _RESUMED_RESULT.search(sentence.text)) or _THE_STUDY.match(sentence.text)) or (
                is_caption(sentence.text)):  # "* denotes p < 0.05 versus placebo.": a note on the marks, no result
            return None
        attributions, end = self._told
        if (self.claims and self.claims[-1].evidence.end > end) or passage.start - end > _RESUME_GAP_CHARS:
            return None
        gap = self.document.text[end:passage.start]
        text = sentence.text
        if len(_BLANK_LINE.findall(gap)) > _RESUME_GAP_PARAGRAPHS or (
                _opens_another_study(text, strict=True) or _A_STUDY.search(text)) or any(
                end <= at < passage.start for at, _ in self.headings):  # a study named between, by a heading line
            return None
        return attributions

    def _marked(self, draft: _Draft | None, pending: list[_Sentence], previous: tuple[_Sentence, fields.FieldValues | None] | None,
                sentence: _Sentence, values: fields.FieldValues | None, own: list[Attribution]) -> _Draft | None:
        """The draft a sentence that is only a numbered marker ("(4)" after a full stop)
        closes: the study just told, with the uncited sentences since unless one opens another
        study (then from that one); else the sentence right before it. None when nothing
        comes before."""
        if draft is not None and (not pending or not draft.attributions):
            fresh = next((i for i, s in enumerate(pending) if _NEW_STUDY.match(s.text)), None)
            if fresh is None:
                draft.add(pending, sentence, values)
                draft.attributions += own
                return draft
            told = pending[fresh:]
            return _Draft(told + [sentence], list(own), [self._analyse(s) for s in told] + [values])
        if previous is None:
            return None
        told_before, told_values = previous
        return _Draft([told_before, sentence], list(own),
                      [told_values if told_values is not None else self._analyse(told_before), values])

    def _published_result(self, before: tuple[_Sentence, fields.FieldValues | None], sentence: _Sentence,
                          own: list[Attribution]) -> fields.FieldValues | None:
        """The values of the sentence right before a note that only says where the findings
        were published, when that sentence states a result: the note's study is its study."""
        if not (all(a.kind == "venue-year" for a in own) and _PUBLISHED_NOTE.match(sentence.text)):
            return None
        told, values = before
        if not CLAIM_CUE.found(told.text) or self.document.text[told.end:sentence.start].count("\n") > 0:
            return None
        values = values if values is not None else self._analyse(told)
        return values if values.direction not in (None, "unknown") else None

    def _citation(self, passage: Passage, label_end: int) -> ReferenceEntry | None:
        """The one scholarly reference without an ID a labelled paragraph is ("Study:
        <authors>. <title>. <Journal>. <year>;<volume>:<pages>"), ending where the paragraph
        ends; None for a paragraph that says more (a finding after the citation is a claim)."""
        if not _CITATION_END.search(passage.text):
            return None
        entries = parse_reference_list(self.document.text, [(passage.start + label_end, passage.end)], self.document.doc_id)
        if len(entries) != 1:
            return None
        entry = entries[0]
        if entry.end < passage.end or not (entry.first_author and entry.year and entry.title and entry.venue) or (
                entry.doi or entry.pmid or entry.url):
            return None  # a citation carrying an ID opens its study's claim itself (see ``prose``)
        return entry

    def abstract(self, passage: Passage, doc: Doc) -> None:
        merged = fields.extract_facts(readable(passage.text))
        meta = passage.study or self.document.meta
        registry = [a.registry_id for a in _hits(doc) if a.registry_id]
        if not self.document.studies:  # the page's own study: its registration may be written in its Methods
            registry += registered_ids(self.document.text)
        study = Study(
            label=meta.title,
            first_author=meta.authors[0].split(" ")[0] if meta.authors else None,
            year=meta.year,
            venue=meta.journal,
            doi=meta.doi,
            pmid=meta.pmid,
            registry_ids=list(dict.fromkeys(registry)),
            own=not meta.quoted,
        )
        if study.doi and study.own:
            self._own_ids.add(study.doi.lower())
        findings = [s.text for s in _sentences(passage, doc)
                    if CLAIM_CUE.found(s.text) and fields.parse_direction(s.text) != "unknown"]
        if merged.ongoing_trial and _PROTOCOL.search(passage.text):
            merged.direction, findings = "unknown", []  # a protocol's abstract: its background's words are no result
        context = "prose" if meta.quoted else "abstract"  # a shop or blog quoting a paper cites it
        self._emit(context, passage.start, passage.end, study, merged, findings[-1] if findings else None)

    def table(self, table: Table, context: str) -> None:
        context = "table" if context == "prose" else context
        rows = table_claims(table, self.document.text, self.abbreviations)
        if arms_of_one_study(table, rows) and any(c.context == "abstract" and c.study.own for c in self.claims):
            return  # the article's own results by arm, its claim told by its abstract
        for row in rows:
            told = self._told_beside(row.start, row.end) if row.card else None
            if told is None:
                self._emit(context, row.start, row.end, row.study, row.values, row.finding)
                continue
            # A study's card with its summary right above or below it ("Number of Subjects | 11"
            # then "In a blinded study using 3 g ..."): one study, one claim.
            self.claims.remove(told)
            values = fields.merge([row.values, _values_of(told)])
            study = row.study if row.study.attributed else told.study
            self._emit(told.context, min(row.start, told.evidence.start), max(row.end, told.evidence.end), study, values,
                       told.finding)

    def _told_beside(self, start: int, end: int) -> Claim | None:
        """The uncited prose claim that begins right after ``end`` or ends right before
        ``start``, with nothing but spaces between."""
        text = self.document.text
        after, before = end, start
        while after < len(text) and text[after].isspace():
            after += 1
        while before > 0 and text[before - 1].isspace():
            before -= 1
        for claim in self.claims:
            if claim.context == "prose" and not claim.study.attributed and (
                    claim.evidence.start == after or claim.evidence.end == before):
                return claim
        return None

    def _analyse(self, sentence: _Sentence) -> fields.FieldValues:
        return fields.analyse(readable(sentence.text), local_abbreviations=self.abbreviations)

    def _trusted(self, attribution: Attribution, text: str) -> bool:
        """Digits glued to a word (or a bare "(3)") count as a marker only when the
        document has a numbered reference list (lists are often cut short, so the
        number itself need not be in it), or right after a word's comma once the document
        has cited by flattened superscripts before, or when digits glued to words number the document's citations
        in order (see ``cites_in_order``); a bracketed list of numbers ("(5,6)", "(3-5)")
        also when its list lost its numbers (a JATS ref-list rendered without labels);
        a bracketed number after a sentence's full stop ending its line ("... compared to
        the placebo. (12)") always: nothing else is written there; digits glued to a decade that closes its
        sentence ("since the 1990s.3 Teratogenicity ...") always, a year's decade being no page number."""
        if attribution.kind == "glued-marker" and self.numbered and _beyond_list(attribution.markers, self.numbered):
            return False  # "randomised 124 patients to X (62) or Y (62)" beside an eight-entry list: arm sizes
        if attribution.kind != "glued-marker" or self.numbered or (self.counted_up and text[attribution.start - 1:attribution.start].isalpha()):
            return True
        if _PARAGRAPH_END.match(text, attribution.end) and _LAST_FULL_STOP.search(
                text, max(0, attribution.start - 4), attribution.start) and len(attribution.text) <= 2 and (
                _CITED_SENTENCE_END.search(text, 0, attribution.start)):
            # "... (Lindgren-Shaw et al., 2021). Home-based programmes ... for exercise capacity.3" closing its
            # paragraph: a PDF's superscript, flattened, after a sentence the paragraph cited already
            return True
        if _DECADE_MARKER.match(text, attribution.start - 6, attribution.end + 2):
            return True
        if self.superscripted and (text[attribution.start - 2:attribution.start] in _NAME_AND_COMMA or (
                _LAST_FULL_STOP.search(text, max(0, attribution.start - 4), attribution.start)
                and not text[attribution.end:].split("\n", 1)[0].strip())):
            # "The standard-of-care treatment, oseltamivir,8 shortens ...", "... to influenza B infections.5" closing
            # its paragraph, among "...influenza.1, 5,6,7"
            return True
        if len(attribution.text) <= 2 and text[attribution.end:attribution.end + 1] in (".", "") and _STATISTIC_CLOSED.search(
                text, max(0, attribution.start - 50), attribution.start) and any(
                a.kind not in MARKER_KINDS for a in find_attributions(text[text.rfind(". ", 0, attribution.start) + 1:attribution.start])):
            # "A 2024 meta-analysis in <Journal> ... improved sleep by 34% (p<0.01)2.": a flattened superscript after
            # the statistic's bracket, closing the sentence that names its study
            return True
        bracketed = attribution.text.startswith(("(", "["))
        after = text[attribution.end:].split("\n", 1)[0]
        return bracketed and ((self.listed and len(attribution.markers) > 1) or (
            text[:attribution.start].rstrip().endswith((".", "!", "?")) and not after.strip()) or (
            # "... the amount of abortive medication (7)." closing its line, or the next sentence after it
            after[:1] == "." and text[attribution.start - 2:attribution.start - 1].isalpha() and (
                not after[1:].strip() or _NEXT_SENTENCE.match(after, 1) is not None)
            and not _COUNTED_BEFORE.search(text, max(0, attribution.start - 12), attribution.start)))

    def _carried(self, passage: Passage) -> _Draft | None:
        """The draft left open by the previous paragraph, when this paragraph follows it
        with nothing but blank lines, bare labels ("Results:"), a short heading or, in a
        summary told as labelled fields, other fields between; any other draft left open
        is closed."""
        if self._open is None:
            return None
        context, draft, end = self._open
        self._open = None
        if passage.context == "comment" and is_comment_header(passage.text):
            self._close(draft, context)  # "Tobias · June 4, 2025 at 9:40 am": the next post is another person's
            return None
        gap = self.document.text[end:passage.start]
        first = _LABEL.match(draft.sentences[0].text)  # unread fields of a labelled summary may lie between
        labelled = bool(first and _FIELD_LABEL.search(first.group(1)))
        if self._listing is not draft and _digest(draft, gap) and _LIST_ITEM.match(passage.text):
            self._listing = draft
        listing = self._listing is draft  # and unread items of its list
        if context == passage.context and all(
                not line.strip() or _BARE_LABEL.match(line) or _SUBHEADING.match(line) or (labelled and _LABEL.match(line))
                or (listing and _LIST_ITEM.match(line)) for line in gap.split("\n")):
            lines = [line for line in gap.split("\n") if line.strip()]
            self._sectioned = not draft.attributions and any(_SECTION.match(line) for line in lines)
            # A heading of the page's own between them ("Impressive Weight Loss Results"): what follows it
            # is a paragraph of its own, not the next section of one study's summary
            self._headed = any(_SUBHEADING.match(line) and not _BARE_LABEL.match(line) and not _SECTION.match(line)
                               for line in lines)
            return draft
        self._close(draft, context)
        return None

    def _lists(self, passage: Passage, draft: _Draft) -> bool:
        """Whether a list item goes on with the study left open: the study's paragraph or a
        bare label after it ended in a colon ("Researchers found:", "Design:") and the items
        since have all been its own, until one opens another study."""
        if not _LIST_ITEM.match(passage.text) or _opens_another_study(passage.text):
            return False
        if self._listing is draft:
            return True
        if draft.attributions and all(_BULLET.match(s.text) for s in draft.sentences) and _BULLET.match(passage.text) and (
                self.document.text.count("\n", draft.sentences[-1].end, passage.start) == 1) and (
                not (named := new_names(passage.text)) or draft._mentions(named)):
            # "- 240 adults were randomised to melatonin 2 mg or placebo (Haddad et al., 2023)." then "- Sleep onset
            # was 15 minutes shorter with melatonin.": the next bullet of a cited study's list, told line by line
            return True
        text, before = self.document.text, passage.start - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before >= 0 and any(a.end == before + 1 and a.kind in MARKER_KINDS for a in draft.attributions):
            marked = next(a for a in draft.attributions if a.end == before + 1)
            before = marked.start - 1  # "... trial of 181 patients taking 600 mg of ALA suggested:7": its marker after the colon
        return before >= 0 and text[before] == ":"

    def _add_heading(self, start: int, study: Study) -> None:
        """Consecutive heading lines ("- PMID: ..." over "Sleep 2007 August") name one study."""
        if self.headings and self._claims_at_heading == len(self.claims):
            previous = self.headings[-1][1]
            for name in ("first_author", "year", "venue", "doi", "pmid"):
                setattr(study, name, getattr(study, name) or getattr(previous, name))
            study.label = "; ".join(dict.fromkeys([previous.label, study.label]))
            study.markers = list(dict.fromkeys(previous.markers + study.markers))
            study.registry_ids = list(dict.fromkeys(previous.registry_ids + study.registry_ids))
            study.urls = list(dict.fromkeys(previous.urls + study.urls))
            self.headings[-1] = (self.headings[-1][0], study)
        else:
            self.headings.append((start, study))
        self._claims_at_heading = len(self.claims)

    def finish(self, entries: list[ReferenceEntry], reference_spans: list[tuple[int, int]]) -> None:
        """Close the draft the last paragraph left open, and give each uncited prose claim
        the study named by the heading line or citation block above it (a registry page
        under its "NCT ID:" line, a blog summary under its "Citation:"); in a document
        whose only such source comes after the text (a blog post ending in the one
        study's reference), that source. A citation block is a reference block holding
        one scholarly entry; a reference list names no study of the text around it, nor does
        a markdown footnote ("[^nr]: Okoro U, ...") name any but the sentence citing it."""
        if self._open is not None:
            self._close(self._open[1], self._open[0])
            self._open = None
        blocks = [e for start, end in reference_spans
                  if len(found := [e for e in entries if start <= e.start < end]) == 1 for e in found]
        headings = sorted(self.headings + [(e.start, _entry_study(e)) for e in blocks
                                           if not e.marker and not e.nonscholarly and (e.first_author or e.pmid or e.doi)
                                           and not e.text.startswith("[^")],
                          key=lambda h: h[0])
        box = self._registry_box()
        if box is not None:
            headings = [h for h in headings if not box[0] <= h[0] < box[1]]  # its ID line names no text above it
        if headings:
            self._attribute_to_headings(headings)
        self._cite_from_reference_line()
        self._merge_registry_record()

    def _cite_from_reference_line(self) -> None:
        """A labelled citation paragraph carrying an ID right under an uncited finding ("Reference:
        Okafor B, et al. <title>. <Journal>. 2021. doi:...", "More information: ..."), telling no
        result of its own, names that finding's study: it makes no claim of its own, and the
        finding's evidence ends above it."""
        text = self.document.text
        i = len(self.claims) - 1
        while i > 0:
            line = self.claims[i]
            start = text.rfind("\n", 0, line.evidence.start) + 1
            end = _PARAGRAPH_END.search(text, line.evidence.end).start()
            first = i
            while first > 0 and self.claims[first - 1].evidence.start >= start:
                first -= 1
            last, i = i, first - 1
            inside, before = self.claims[first:last + 1], self.claims[first - 1] if first else None
            if before is None:
                continue
            entry = None
            if not ((line.study.doi or line.study.pmid) and _CITATION_LABEL.match(text[start:end])) and (
                    entry := self._bare_reference(line, start)) is None:
                continue
            if any(c.direction != "unknown" or c.n is not None or c.dose or c.evidence.end > end for c in inside):
                continue  # the citation goes on with a result of its own: a study card's head
            kept_end = len(text[:start].rstrip()) if before.evidence.end > start else before.evidence.end
            if before.context != "prose" or kept_end <= before.evidence.start or text[kept_end:start].strip() or (
                    before.study.attributed and kept_end == before.evidence.end):
                if entry is not None and before.evidence.end <= start:
                    del self.claims[first:last + 1]  # the second entry of a works-cited list under a finding: no claim
                continue
            if kept_end < before.evidence.end:
                before.evidence = Evidence(text[before.evidence.start:kept_end], before.evidence.start, kept_end,
                                           before.evidence.page)
                before.claim_id = claim_id_for(self.document.doc_id, before.evidence.start, kept_end)
            citation = text[start:end]
            before.study = _entry_study(entry) if entry else study_from(find_attributions(citation), citation)
            del self.claims[first:last + 1]

    def _bare_reference(self, line: Claim, start: int) -> ReferenceEntry | None:
        """The reference entry a claim's line is, unlabelled and with no identifier: authors, year and
        journal in APA or Vancouver form ("Haddad, R., & Lind, M. (2019). <Title>. <Journal>, 12(3), 40-48.")
        whose first author is the one the claim cites, and no text after the line's end."""
        text = self.document.text
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if line.evidence.end > line_end or not line.study.first_author or not _REFERENCE_LOCATOR.search(text, start, line_end):
            return None
        entry = parse_reference_list(text, [(start, line_end)], self.document.doc_id)
        if len(entry) != 1 or entry[0].nonscholarly or not (entry[0].year and entry[0].venue) or (
                entry[0].first_author != line.study.first_author):
            return None
        return entry[0]

    def _attribute_to_headings(self, headings: list[tuple[int, Study]]) -> None:
        """Each uncited prose claim takes (a copy of) the nearest heading study above it; a
        claim citing the heading's first author without a year ("1) Brennan et al. (2025), <Journal>."
        over "Brennan and colleagues randomized ...") takes its year."""
        starts = [start for start, _ in headings]
        for claim in self.claims:
            if claim.context != "prose" or _opens_another_study(claim.evidence.text, strict=True):
                continue  # "An earlier Lakeshore study in older children ...": not the study the heading names
            before = bisect.bisect_right(starts, claim.evidence.start)
            if claim.study.attributed:
                above = headings[before - 1][1] if before else None
                if above is not None and claim.study.year is None and above.year and claim.study.first_author and (
                        (above.first_author or "").lower() == claim.study.first_author.lower()):
                    claim.study.year = above.year
                continue
            if before:
                claim.study = copy.deepcopy(headings[before - 1][1])
            elif len({_study_key(study) for _, study in headings}) == 1 and _names_a_source(headings[0][1]):
                claim.study = copy.deepcopy(headings[0][1])

    def _record_title(self) -> Block | None:
        """A record's first line when it names the trial in words ("Creatine loading and sprint
        performance in rowers"), not a site's name ("TrialFinder") over the record."""
        first = next((b for b in self.document.blocks if b.label == "main"), None)
        return first if first is not None and len(self.document.text[first.start:first.end].split()) >= _TITLE_WORDS else None

    def _bare_record(self, record_id: Attribution) -> None:
        """A record whose summary is "Not available" and whose lines made no claim is still the
        page's own trial: one claim from its title line through its ID, or its enrollment
        when that is printed, N from that enrollment and the control from its intervention list."""
        text = self.document.text
        title = self._record_title()
        start = title.start if title is not None and title.end <= record_id.start else record_id.start
        if any(c.evidence.end > start and c.evidence.start < record_id.end for c in self.claims):
            return
        values = fields.merge([fields.analyse(text[start:record_id.start], local_abbreviations=self.abbreviations)])
        end = record_id.end
        if enrolled := _ENROLLMENT.search(text):
            end = max(end, enrolled.end())
            values.n = int(enrolled.group(1).replace(",", ""))
            values.n_detail = {**values.n_detail, "enrolled": values.n}
        if values.comparator is None:
            values.comparator = next((found for line in _INTERVENTION_LINE.finditer(text)
                                      if (found := fields.parse_comparator(line.group(1))) in fields.CONTROLS), None)
        status = _STATUS.search(text)
        values.ongoing_trial = status is not None and status.group(1).lower() in _ONGOING_STATUSES
        values.direction = "unknown"
        self._emit("prose", start, end, replace(study_from([record_id], text), own=True), values, None)

    def _registry_box(self) -> tuple[int, int] | None:
        """A page about a trial (a press release, a news story) that prints the trial's
        registry fields in a box under its text ("Identifier" / "NCT05591234" / "Status" /
        "Completed" / "Enrollment" / "246 participants (actual)" ...): the box is one claim
        of the registry ID it prints, in place of whatever its lines made on their own.
        Returns the box's span."""
        text = self.document.text
        if self.record or not any(prefix in text for prefix in REGISTRY_PREFIXES) or not _REGISTRY_FIELD.search(text):
            return None
        lines = [(m.start(), m.end()) for m in _NONBLANK_LINE.finditer(text)]
        i = 0
        while i < len(lines):
            pairs: list[tuple[int, int, int]] = []  # (label start, value start, value end)
            j = i
            while j < len(lines) and (label := _BOX_LABEL.match(text, *lines[j])):
                if label.group(1):  # "Status: Completed" on one line
                    pairs.append((lines[j][0], label.start(1), lines[j][1]))
                    j += 1
                elif j + 1 < len(lines) and not _BOX_LABEL.match(text, *lines[j + 1]):
                    pairs.append((lines[j][0], *lines[j + 1]))
                    j += 2
                else:
                    break
            if len(pairs) >= _BOX_PAIRS:
                start, end = pairs[0][0], pairs[-1][2]
                ids = [a for a in find_attributions(text[start:end]) if a.registry_id]
                if ids:
                    self._emit_box(start, end, [a.shifted(start) for a in ids], pairs)
                    return start, end
            i = max(j, i + 1)
        return None

    def _emit_box(self, start: int, end: int, ids: list[Attribution], pairs: list[tuple[int, int, int]]) -> None:
        """The box's claim: its values read field by field, N from its enrollment, no result."""
        text = self.document.text
        self.claims = [c for c in self.claims if c.evidence.end <= start or c.evidence.start >= end]
        values = fields.merge([fields.analyse(text[value_start:value_end], local_abbreviations=self.abbreviations)
                               for _, value_start, value_end in pairs])
        if values.n is None and (enrolled := _ENROLLMENT.search(text, start, end)):  # "Enrollment" over "340"
            n = int(enrolled.group(1).replace(",", ""))
            values = replace(values, n=n, n_detail={**values.n_detail, "enrolled": n})
        status = _STATUS.search(text, start, end)
        values = replace(values, direction="unknown",
                         ongoing_trial=status is not None and status.group(1).lower() in _ONGOING_STATUSES)
        self._emit("prose", start, end, study_from(ids[:1], text), values, None)

    def _merge_registry_record(self) -> None:
        """A trial registry record is one claim: the pieces carrying its registry ID merged
        (N from its Enrollment field when no piece gave one), the record's status deciding
        whether the trial is ongoing (a completed trial's summary still says it "will
        assess")."""
        text = self.document.text
        pieces = [c for c in self.claims if c.context == "prose" and c.study.registry_ids]
        if self.record and not pieces and self._record_id is not None:
            self._bare_record(self._record_id)
            return
        if not self.record or not pieces or len({tuple(c.study.registry_ids) for c in pieces}) != 1:
            return
        # The record's title printed above its ID ("Can X ease Y? A double-blind, placebo-controlled
        # study") names the same trial: its words join the record, and the record starts there.
        title = self._record_title()
        if title is not None and title.end <= min(c.evidence.start for c in pieces):
            pieces += [c for c in self.claims if c.context == "prose" and not c.study.registry_ids
                       and c.evidence.end <= title.end]
        values = fields.merge([_values_of(c) for c in pieces])
        if values.n is None and (enrolled := _ENROLLMENT.search(text)):  # "Enrollment" over "431"
            values.n = int(enrolled.group(1).replace(",", ""))
            values.n_detail = {**values.n_detail, "enrolled": values.n}
        if values.comparator is None:  # the record's intervention list: "Dietary Supplement: Placebo", "Device: Sham"
            values.comparator = next((found for line in _INTERVENTION_LINE.finditer(text)
                                      if (found := fields.parse_comparator(line.group(1))) in fields.CONTROLS), None)
        status = _STATUS.search(text)
        if status:
            values.ongoing_trial = status.group(1).lower() in _ONGOING_STATUSES
            if values.ongoing_trial:
                values.direction = "unknown"  # a trial still recruiting has no result; its summary says what it hopes for
        stated = [c.finding for c in pieces if c.finding and c.direction != "unknown"]
        self.claims = [c for c in self.claims if c not in pieces]
        start, end = min(c.evidence.start for c in pieces), max(c.evidence.end for c in pieces)
        ids = set(pieces[0].study.registry_ids)
        start = min([start] + [at for at, study in self.headings if ids & set(study.registry_ids)])  # from its ID line
        if title is not None and title.end <= start:
            start = title.start
        record = replace(pieces[0].study, own=True)  # the record page is its trial's own
        self._emit("prose", start, end, record, values, " ".join(stated) or None)

    def _close(self, draft: _Draft | None, context: str) -> None:
        if draft is None:
            return
        merged = fields.merge([v for v in draft.values if v is not None])
        first, last = draft.sentences[0], draft.sentences[-1]
        if draft.announced and len(draft.sentences) == 1 and not reports_result(merged):
            return
        if len(draft.sentences) == 1 and merged.is_empty and _MARKDOWN_HEADING.match(first.text):
            return  # "## The science behind black seed¹": a heading's marker cites the section, it states nothing
        stated = [s.text for s, v in zip(draft.sentences, draft.values) if v is not None and v.direction != "unknown"]
        finding = " ".join(stated) if stated else first.text
        if not stated and (agreed := self._agreed_with(first)):
            merged.direction = agreed
        if context == "comment" and merged.direction == "unknown" and len(draft.sentences) > 1 and (
                report := own_report(" ".join(s.text for s in draft.sentences).lower())):
            merged.direction = report  # "Heartburn city for me after a week. Had to stop.": the post read whole
        if len(draft.sentences) == 1 and not (stated or draft.attributions or merged.n is not None or context == "comment") and (
                tells_own_use(first.text) and self._ends_line(last.end)):
            return  # "..., so I started with 60 mg, once a day." ending its paragraph: nothing came of it
        study = study_from(draft.attributions, self.document.text)
        self._emit(context, first.start, last.end, study, merged, finding)
        if context == "prose" and draft.attributions:
            self._told = (draft.attributions, last.end)

    def _ends_line(self, end: int) -> bool:
        """Whether nothing but spaces follows ``end`` on its line."""
        text = self.document.text
        line_end = text.find("\n", end)
        return not text[end:line_end if line_end >= 0 else len(text)].strip()

    def _agreed_with(self, sentence: _Sentence) -> str | None:
        """The direction of the claim just before, in the same paragraph, when this
        sentence only says other studies agreed with it ("Several smaller trials reached
        similar conclusions [4][5]"); its opposite when the sentence says they found the
        opposite, the claim before may end the paragraph before."""
        text = sentence.text
        if not self.claims or _NOT_AGREEING.search(text):
            return None
        before = self.claims[-1]
        between = self.document.text[before.evidence.end:sentence.start]
        if before.evidence.end > sentence.start or before.direction == "unknown":
            return None
        if _OPPOSES.search(text) and not between.strip():
            return _OPPOSITE.get(before.direction)
        return before.direction if _AGREES.search(text) and "\n\n" not in between else None

    def _emit(self, context: str, start: int, end: int, study: Study, values: fields.FieldValues,
              finding: str | None) -> None:
        if context == "prose" and self._own_sections and self._tells_own_study(start, study):
            return
        if context == "prose" and self._restates_own_result(start, study):
            return
        if context == "comment" and _quotes_a_post_above(self.document.text, start, end):
            return  # "[quote name=x]...[/quote]", "x wrote: ...": a reply quoting a post above; that post is the claim
        document = self.document
        self.claims.append(Claim(
            claim_id=claim_id_for(document.doc_id, start, end),
            doc_id=document.doc_id,
            source=document.source,
            context=context,
            evidence=Evidence(document.text[start:end], start, end, document.page_at(start)),
            study=study,
            population=values.population,
            n=values.n,
            n_detail=dict(values.n_detail or {}),
            dose=list(values.dose),
            comparator=values.comparator,
            outcome_measures=list(values.outcome_measures),
            finding=finding,
            direction=values.direction or "unknown",
            ongoing_trial=bool(values.ongoing_trial),
        ))

    def _restates_own_result(self, start: int, study: Study) -> bool:
        """Whether a prose claim opens on the article's own study ("In this trial ...", "In the
        present study ...", "Our findings show ...") in a document whose abstract already made
        that study's claim: the Discussion or Introduction restating it is no second claim."""
        text = self.document.text
        if text[start:start + 3] not in _OWN_OPENINGS or not _OWN_STUDY_OPENING.match(text, start):
            return False
        if study.first_author or study.venue or study.markers or study.pmid or study.urls or study.year:
            return False
        return any(c.study.own and c.context == "abstract" for c in self.claims)

    def _tells_own_study(self, start: int, study: Study) -> bool:
        """Whether a prose claim at ``start`` stands in a full article's Methods or Results
        and names no study but the article's own ("Of 212 women screened, 150 were
        randomised"; "This trial was run at ... (NCT...)", whose ID the abstract's claim takes
        when it had none): a trial cited there is its own claim."""
        if not any(begin <= start < end for begin, end in self._own_sections):
            return False
        if study.first_author or study.venue or study.markers or study.pmid or study.urls or study.year or (
                study.doi and study.doi.lower() not in self._own_ids):
            return False
        own = next((c.study for c in self.claims if c.study.own), None)
        if own is not None and study.registry_ids and not own.registry_ids:
            own.registry_ids = list(study.registry_ids)  # "(ISRCTN48213377)" after the Methods' first sentence
        return own is not None and {i.lower() for i in study.registry_ids} <= {i.lower() for i in own.registry_ids}


# A sentence opening on the article's own study: "In this trial", "In the present study", "Our results show".
_OWN_STUDY_OPENING = re.compile(
    r"(?:In|From)\s+(?:this|the\s+present|the\s+current|our)\s+(?:(?:randomi[sz]ed|controlled|pilot|small|large)\s+){0,2}"
    r"(?:trial|study|cohort|sample|population)\b"
    r"|(?:Our|This|The\s+present)\s+(?:trial|study|results?|findings?|data)\s+(?:shows?|showed|found|suggests?|suggested"
    r"|demonstrates?|demonstrated|confirms?|confirmed|indicates?|indicated)\b")
_OWN_OPENINGS = frozenset({"In ", "Fro", "Our", "Thi", "The"})
# A trial protocol's abstract: what the trial will do, no result yet.
_PROTOCOL = re.compile(r"\bMethods?\s*(?:/|and)\s*design\b|\b(?:will\s+be\s+randomi[sz]ed|will\s+(?:include|enrol|enroll|recruit))\b"
                       r"|\bthis\s+(?:study\s+)?protocol\b", re.IGNORECASE)
# A statistic's bracket closing right before a glued number: "(p<0.01)2", "(95% CI 12-41%)7".
_STATISTIC_CLOSED = re.compile(r"\((?:[pP]\s*[<=>≤≥]|95\s*%\s*CI\b|CI\b)[^()]{0,40}\)$")
# A sentence's full stop after a word, or after a dose's unit ("... between 3 and 5 mg.7", "400 IU.12")
_LAST_FULL_STOP = re.compile(r"(?:[a-z]{3}|(?<=\d\s)(?:[mµk]?g|mcg|m[lL]|IU|h|d))\.$")
_RECRUITING_TITLE = re.compile(r"\W*(?:now\s+|currently\s+)?(?:recruiting|enrolling|open\s+(?:for|to)\s+recruitment)"
                               r"\s*[:·|–—-]", re.IGNORECASE)
# A superscript flattened onto a decade that closes its sentence, the next sentence opening after it ("used since
# the 1990s.3 Teratogenicity ..."): the attribution pass asks three letters before the full stop, the decade has one.
_DECADE_MARKER = re.compile(r"\d{3}0s\.\d{1,2} [A-Z]")
_CITED_SENTENCE_END = re.compile(r"(?:19|20)\d\d[a-z]?\s*[)\]]\.\s")  # "... et al., 2021). "
_HOME_PAGE = re.compile(r"(?:https?://)?[^/\s]+/?$")  # a link to a site's home page, no article
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)")  # the rest of the line empty, then a blank line or the end
_NAME_AND_COMMA = frozenset(f"{letter}," for letter in "abcdefghijklmnopqrstuvwxyz")


_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")


def _next_line(gap: str) -> bool:
    """Whether ``gap`` (between two passages) is one line break, no blank line: the next line of a paragraph."""
    return gap.count("\n") == 1 and not gap.strip()


def _told_before_id(head: str, at: int) -> bool:
    """Whether a line up to the one holding offset ``at`` (a registry ID) is a sentence of
    prose with a number in it: a study told before its ID is printed."""
    end = head.find("\n", at)
    return any(_IN_PROSE_LINE.search(line) and any(ch.isdigit() for ch in line)
               for line in head[:end if end >= 0 else len(head)].split("\n"))


def _gives(text: str) -> bool:
    """Whether a sentence tells what one arm was given ("In those taking semaglutide, ...",
    "Children given iron ...")."""
    lower = text.lower()
    return bool(interventions(text)) or any(word in lower for word in _ARM_VERBS)


def _digest(draft: _Draft, gap: str) -> bool:
    """Whether list items under short section headings go on with an uncited study told
    in list items ("Takeaway" / "- X reduced events vs placebo" / "Study design" / "- Randomly
    assigned to ..."): a news digest of one trial."""
    return not draft.attributions and all(_BULLET.match(s.text) for s in draft.sentences) and any(
        line.strip() and _SUBHEADING.match(line) and not _BULLET.match(line) for line in gap.split("\n"))


def _inside_quote(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier in its paragraph (lines
    with no blank line between): a quoted account of a study goes on over line ends."""
    reach = max(0, start - _QUOTE_REACH)
    before = text[text.rfind("\n\n", reach, start) + 1 or reach:start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _told_before(loose: list[tuple[_Sentence, fields.FieldValues | None]],
                 own: list[Attribution]) -> list[tuple[_Sentence, fields.FieldValues | None]] | None:
    """The unclaimed sentences just before a sentence that names only the study's lead
    author ("..., said Dr. Y, the lead author on the study"), when they read as results:
    each has a digit or cue word and one of them states a field."""
    if not own or not all(a.kind == "role-author" for a in own):
        return None
    run = []
    for sentence, values in reversed(loose[-_DORMANT_SENTENCES:]):
        if not CLAIM_CUE.found(sentence.text):
            break
        run.insert(0, (sentence, values))
    return run if any(v is not None and not v.is_empty for _, v in run) else None


def _result_followed_on(before: str, text: str) -> bool:
    """Whether ``text`` adds a further result ("... also improved more in the X group") to the sentence
    before it, which sets two figures against each other ("61% ... compared with 43% ...")."""
    return " also " in text and _COMPARED_FIGURES.search(before) is not None and CLAIM_CUE.found(before)


def _told_above(sentences: list[_Sentence], at: int, loose: list[tuple[_Sentence, fields.FieldValues | None]], reach: int,
                told: Callable[[_Sentence, fields.FieldValues | None], bool]) -> list[tuple[_Sentence, fields.FieldValues | None]]:
    """The unclaimed sentences right before sentence ``at`` of its paragraph, from the nearest of the last ``reach``
    that ``told`` accepts (no question); none when a claim or another paragraph's sentence lies between."""
    for back in range(1, min(reach, at) + 1):
        if len(loose) < back or loose[-back][0] is not sentences[at - back]:
            return []
        if not loose[-back][0].text.endswith("?") and told(*loose[-back]):
            return loose[-back:]
    return []


def _design_above(sentences: list[_Sentence], at: int,
                  loose: list[tuple[_Sentence, fields.FieldValues | None]]) -> list[tuple[_Sentence, fields.FieldValues | None]]:
    """From the nearest of the last three sentences that sets out one study's design ("In a 12-week double-blind
    trial, adults took ...", "A cohort of dogs was recruited to a randomized trial."): see :func:`_told_above`."""
    def designed(sentence: _Sentence, _: fields.FieldValues | None) -> bool:
        text = sentence.text
        return ("trial" in text or "study" in text or "RCT" in text or "design" in text) and _ONE_STUDY_DESIGN.search(text) is not None

    return _told_above(sentences, at, loose, _DESIGN_REACH, designed)


def _dose_above(sentences: list[_Sentence], at: int, loose: list[tuple[_Sentence, fields.FieldValues | None]], text: str,
                analyse: Callable[[_Sentence], fields.FieldValues]) -> list[tuple[_Sentence, fields.FieldValues | None]]:
    """From the nearest of the last two sentences that gives a dose of a treatment the finding in ``text`` names:
    what was given, then what came of it (see :func:`_told_above`)."""
    lowered = text.lower()

    def gave(sentence: _Sentence, values: fields.FieldValues | None) -> bool:
        names = interventions(sentence.text)
        return bool(names and any(name in lowered for name in names) and (values if values is not None else analyse(sentence)).dose)

    return _told_above(sentences, at, loose, _DOSE_REACH, gave)


def _finding_above(sentences: list[_Sentence], at: int,
                   loose: list[tuple[_Sentence, fields.FieldValues | None]]) -> tuple[_Sentence, fields.FieldValues | None] | None:
    """The unclaimed sentence right before sentence ``at`` of its paragraph, when nothing lies between
    and it asks nothing: a finding told first, whose study the next sentence goes on to describe."""
    if not at or not loose or loose[-1][0] is not sentences[at - 1] or loose[-1][0].text.endswith("?"):
        return None
    return loose[-1]


def _quotes_a_post_above(text: str, start: int, end: int) -> bool:
    """Whether a comment's span repeats, word for word, text further up the page: a reply
    quoting an earlier post (forum quote tags and a "> name wrote:" lead aside), whose claim is that post's."""
    quoted = text[start:end]
    if quoted.startswith("[") or quoted.endswith("]"):
        quoted = _QUOTE_TAGS.sub("", quoted)
    if quoted.startswith(">") or (quoted[:1].isalpha() and _QUOTE_LEAD.match(quoted)):
        # "> Quote from Lena_K: "... back to normal"": the words quoted, whose line breaks may fall elsewhere above
        quoted = " ".join(_QUOTE_LEAD.sub("", quoted).strip(" \"“”'").split())
        return len(quoted) >= _QUOTED_LINE_CHARS and quoted in " ".join(text[:start].split())
    return len(quoted) >= _QUOTED_POST_CHARS and text.find(quoted, 0, start) >= 0


def _account_before(sentences: list[_Sentence], at: int,
                    loose: list[tuple[_Sentence, fields.FieldValues | None]]) -> list[tuple[_Sentence, fields.FieldValues | None]]:
    """The unclaimed sentences of a comment just before sentence ``at`` that tell the commenter's own account
    (an amount taken or their own words, no question), with the statements before them back to the
    paragraph's start or its last question; empty when the sentence just before tells no account and
    none of them a regimen kept to ("wet combing every 3 days for two weeks. No chemicals.")."""
    run: list[tuple[_Sentence, fields.FieldValues | None]] = []
    for back in range(1, min(at, len(loose)) + 1):
        before = loose[-back]
        if before[0] is not sentences[at - back] or before[0].text.endswith("?"):
            break
        run.insert(0, before)
    if not run or not (_TOOK_AMOUNT.search(run[-1][0].text) or _OWN_ACCOUNT.search(run[-1][0].text)
                       or any(_REGIMEN.search(sentence.text) for sentence, _ in run)):
        return []
    return run


def _design_told(loose: list[tuple[_Sentence, fields.FieldValues | None]]) -> _Draft | None:
    """A paragraph none of whose sentences stood alone but which tells one study's design
    across them: who and how many were studied, then what they were given ("Researchers
    analyzed 51 adults with prediabetes. Participants were given cinnamon or placebo. The
    supplements contained 300 mg ..."): from the sample size to the last dose or comparator."""
    first = next((i for i, (s, v) in enumerate(loose) if v is not None and v.n is not None and _STUDY_CONTEXT_N.search(s.text)),
                 None)
    if first is None:
        return None
    run = loose[first:]
    given = [i for i, (_, v) in enumerate(run) if v is not None and (v.dose or v.comparator)]
    if not given or any(v is not None and v.ongoing_trial for _, v in run):
        return None
    run = run[:given[-1] + 1]
    if len(run) < 2:
        return None
    return _Draft([s for s, _ in run], [], [v for _, v in run])


def _values_of(claim: Claim) -> fields.FieldValues:
    """A claim's field values, to merge it with another piece of the same study."""
    return fields.FieldValues(
        n=claim.n, n_detail=dict(claim.n_detail), dose=list(claim.dose), comparator=claim.comparator,
        outcome_measures=list(claim.outcome_measures), population=claim.population, direction=claim.direction,
        ongoing_trial=claim.ongoing_trial, text=claim.evidence.text)


_HANGING_GAP = re.compile(r"[ \t]*\r?\n([ \t]{2,})")


def _hangs_on(gap: str, draft: _Draft) -> bool:
    """Whether the next line, after no blank line, is indented as the lines the draft wrapped
    onto ("1) Smith et al. randomised" / "   612 adults ..." / "   Relapse fell ..."): a
    hard-wrapped list item goes on under its hanging indent, though a sentence ended its line."""
    hanging = _HANGING_GAP.fullmatch(gap)
    return hanging is not None and any(
        "\n" + hanging.group(1) in s.text and f"\n{hanging.group(1)} " not in s.text for s in draft.sentences)


def _goes_on(text: str, draft: _Draft) -> bool:
    """Whether the first sentence of a paragraph continues the study the paragraph before
    left open: it refers back to it ("In it, ...", "This study found ...", "By the end,
    the researchers ..."), or the study is told as labelled fields or list items under one
    heading ("Methods Used: ..." then "Findings: ...") and this is the next one."""
    if is_disclosure(text):
        return False  # "The research received funding from ...": a note, not the study's account
    if _GOES_ON.match(text) or (draft.attributions and not draft._reports() and _REFERS_BACK.match(text)):
        return True  # "The research, published in the journal Lancet, ..." then "It found ..."
    if draft.announced and len(draft.sentences) == 1 and not draft._finds() and (
            subject := _SUBJECT_WORD.match(text)) and re.search(rf"\b{subject.group(1).lower()}\b", draft.sentences[0].text.lower()):
        return True  # "Another study measured enzymes in the joints of dogs with arthritis." then "Dogs fed X had ..."
    return _field_of(text, draft) or _next_finding_bullet(text, draft)


# An arm of a trial and what it was given: "the treatment group took ...", "... were administered to the placebo arm".
_ARM_GIVEN = re.compile(r"\b(?:treatment|active|intervention|experimental|supplement|placebo|control|sham|study)\s+(?:group|arm)s?\b")
_GIVEN = re.compile(r"\b(?:received|receiving|got|took|taking|consumed|drank|ate|used|applied|(?:was|were)\s+"
                    r"(?:[a-z]+ly\s+)?(?:given|administered|assigned|allocated|randomi[sz]ed|supplemented|fed|treated|offered))\b")


def _arms_next_line(text: str, draft: _Draft, gap: str) -> bool:
    """Whether the next line of a story told one sentence a line says what the arms of the study it
    left open were given, before any result ("The trial enrolled 64 adults ..." then "For 30 days the
    treatment group took two capsules and the placebo group two oil capsules."): the design goes on."""
    if not _next_line(gap) or ("group" not in text and "arm" not in text):
        return False
    return _ARM_GIVEN.search(text) is not None and _GIVEN.search(text) is not None and not draft._finds()


# The subject a sentence opens with ("Dogs that ate ...", "The children given ...").
_SUBJECT_WORD = re.compile(r"^\W*(?:the\s+|those\s+)?([A-Z][a-z]{2,})\b")


def _tells_more(text: str, draft: _Draft) -> bool:
    """Whether the first sentence of a paragraph tells more of the study the paragraph before
    reported, by its subject: what that study gave or who took part ("VLR-101 was generally well
    tolerated", "Kiwifruit caused fewer side effects ...") or what they also reported ("Owners
    also reported ...")."""
    subject = _SUBJECT.match(text)
    if subject is None:
        return False
    if not (subject.group(2) or re.search(rf"\b{re.escape(subject.group(1).lower())}\b",
                                          " ".join(s.text for s in draft.sentences).lower())):
        return False
    return draft._finds()


# A sentence's first word, of a name's length, telling what it did ("was generally well tolerated", "caused fewer
# side effects") or "also <reported>" after it.
_SUBJECT = re.compile(r"^([A-Z][\w-]{3,})\s+(?:(?:was|were)\s+(?:generally\s+|also\s+)?(?:well|safe|associated|linked)|"
                      r"caused|produced|led|(also\s+(?:reported|found|noted|showed|had|saw)))\b")


def _opens_another_study(text: str, strict: bool = False) -> bool:
    """Whether a paragraph or list item opens on another study than the one left open,
    past its bullet or number and a label of its own ("• Lower dose ineffective: The
    first trial tested 7.5 mg ...", "The second trial enrolled ..."). ``strict`` asks only
    for a study named as the next one ("In another study", "The second trial"), as a
    paragraph going on with its study may open "Most patients ..." or "In a subgroup ..."."""
    body = _LIST_ITEM.sub("", text, count=1)
    if label := _LABEL.match(body):
        body = body[label.end():]
    if strict:
        return bool(_NTH_STUDY.match(body) or _ANOTHER_STUDY.match(body))
    return bool(_NEW_STUDY.match(body) or _NTH_STUDY.match(body))


def _next_finding_bullet(text: str, draft: _Draft) -> bool:
    """Whether a list item goes on with an uncited study told as list items ("• 120 children
    randomized to X or placebo", "• Larger decrease in seizures with X vs placebo"): the
    draft is list items itself, cites nothing, and this item names no other study and no
    sample size of its own (a list of studies gives one each)."""
    return bool(_BULLET.match(text) and _BULLET.match(draft.sentences[-1].text) and not draft.attributions
                and not _opens_another_study(text) and not _OWN_SAMPLE.search(text))


def _field_of(text: str, draft: _Draft) -> bool:
    """Whether a paragraph is the next field of the labelled summary the draft began
    ("Methods Used: ..." then "Findings: ...", list items under "* Participants: ...").
    Only labels that name a part of a study count: "Sleep: ..." then "Anxiety: ..."
    are two topics, not one study."""
    first = _LABEL.match(draft.sentences[0].text)
    if not (first and _FIELD_LABEL.search(first.group(1))):
        return False
    label = _LABEL.match(text)
    if label:
        return bool(_FIELD_LABEL.search(label.group(1)) and not _NEW_LABEL.match(label.group(1)))
    return bool(_BULLET.match(text) and _BULLET.match(draft.sentences[0].text))


def _heading(passage: Passage, sentence: _Sentence, own: list[Attribution],
             values: fields.FieldValues | None) -> list[Attribution]:
    """The attributions of a line that only names a study and makes no claim: a
    paragraph of its own (or a labelled citation's last sentence) that is an ID line ("NCT ID: NCT01234567", "- PMID: 31736488"),
    a journal and date ("Sleep 2007 August"), a title carrying an ID, or an author list
    ("Ismail NA, Din NS, ..., et al."); empty for anything else."""
    if sentence.end != passage.end or not (_LIST_NUMBER.match(passage.text[:sentence.start - passage.start]) or (
            own and all(a.kind == "venue-year" for a in own) and _CITATION_LABEL.match(passage.text))):
        # "Reference: <title>. J Neurol Neurosurg Psychiatry 2016;87:1127-1132."
        return []
    text = sentence.text
    if not own:
        authors = _AUTHOR_LIST.match(text) or _APA_AUTHORS.match(text)
        return [Attribution("author", sentence.start, sentence.end, text, first_author=authors.group(1))] if authors else []
    if all(a.kind in MARKER_KINDS for a in own) or "\n" in text or is_caption(text) or (values is not None and (
            values.n is not None or values.dose or values.outcome_measures or (
                values.ongoing_trial and not _RECRUITING_TITLE.match(text)))):
        return []  # "Now recruiting: The BRIGHT Trial (NCT06111222)" names the trial the page goes on to describe
    if values is not None and values.direction != "unknown" and not all(a.kind in _ID_KINDS for a in own):
        return []  # "- Okafor et al. (2019) found melatonin improves sleep": a finding, even without a full stop
    rest = text
    for a in reversed(own):
        rest = rest[:a.start - sentence.start] + " " + rest[a.end - sentence.start:]
    words = [w for w in _WORD.findall(rest) if w.lower() not in _ID_LABELS]
    heading = not rest.rstrip("*_ ").endswith((".", "!", "?", ":")) and len(words) <= 25
    return own if heading or len(words) <= 4 else []


def _entry_study(entry: ReferenceEntry) -> Study:
    """The study a citation block names."""
    return Study(label=entry.text.strip(), first_author=entry.first_author, year=entry.year, venue=entry.venue,
                 doi=entry.doi, pmid=entry.pmid, urls=[entry.url] if entry.url else [])


def _study_key(study: Study) -> tuple:
    return (study.first_author, study.year, study.venue, study.pmid, study.doi, tuple(study.registry_ids),
            tuple(study.markers))


def _names_its_study(draft: _Draft) -> bool:
    """Whether the draft is one sentence that names who studied something and reports
    nothing ("X was evaluated by Boehnke, et al."): the next sentence tells that study,
    even when it opens on its design ("An open label study using 400 mg ...")."""
    return (len(draft.sentences) == 1 and any(a.first_author for a in draft.attributions) and not draft._reports()
            and _STUDIED_BY.search(draft.sentences[0].text) is not None)


def _names_person_only(attributions: list[Attribution]) -> bool:
    """Whether a sentence's attributions only name who led a study, without a year
    ("lead author Dr. X Y", "The study was led by Professor X Y")."""
    return all(a.kind == "role-author" or (a.kind == "author" and a.year is None) for a in attributions)


def _registration_only(attributions: list[Attribution], sentence: _Sentence, values: fields.FieldValues | None) -> bool:
    """A sentence on the study just told that adds only its registration, and where and when it
    enrolled ("The study, registered as NCT0..., enrolled infants at six clinics between 2020 and
    2022"): no sample size, dose or result of its own, so the trial's claim, not a second one."""
    return (all(a.kind == "registry" for a in attributions) and _THE_STUDY.match(sentence.text) is not None and (
        values is None or (values.n is None and not values.dose and values.direction in (None, "unknown"))))


def _cites_at_end(attributions: list[Attribution], sentence: _Sentence) -> bool:
    """A citation in the second half of a sentence closes the study the previous
    uncited sentences described ("... 81 people. Attacks fell by 41% (Peikert, 1996).")."""
    return all(a.start - sentence.start >= len(sentence.text) / 2 for a in attributions)


def _names_a_source(study: Study) -> bool:
    """Whether a study named after the text could be the source of what came before it: an author,
    a journal or an identifier ("Smith J, et al. <Title>. Sleep. 2019"), not a study told by its
    year alone ("3. A 2015 follow-up study of the review above found ...", a later item of a list)."""
    return bool(study.first_author or study.venue or study.doi or study.pmid or study.registry_ids or study.urls
                or study.markers)


def _marks_named_design(draft: _Draft, new: list[Attribution], sentence: _Sentence) -> bool:
    """Whether a numbered citation closing this sentence is the reference of the study the paragraph
    opened by its authors' names alone and has told only the design of so far ("Moreau and colleagues
    compared X with Y. ... Bleeding fell from 7% to 3% [14]."): the result and its citation go on
    with that design, not a study of their own."""
    return (bool(draft.attributions) and all(a.first_author and not (a.year or a.markers) for a in draft.attributions)
            and all(a.kind in MARKER_KINDS for a in new) and _cites_at_end(new, sentence) and not draft._finds())


def _names_the_lede(draft: _Draft, new: list[Attribution]) -> bool:
    """Whether a sentence naming a trial ("In the STEADY-KIDS trial (NCT...), 138 children
    ...") names the unnamed trial the news lede just before it in its paragraph, attributed to a journal or an institution ("..., according to a Phase 2 trial
    published in <Journal>", "researchers reported in <Journal>"): the lede gave no sample
    size, names no author, marker or ID, and this sentence cites nothing but the trial's
    name and registry IDs."""
    lede = draft.sentences[-1].text
    return (len(draft.sentences) == 1 and bool(draft.attributions)
            and all(a.kind == "venue-year" and a.venue and not (a.first_author or a.markers) for a in draft.attributions)
            and all(v is None or v.n is None for v in draft.values) and bool(_NEWS_LEDE.search(lede))
            and all(a.registry_id or (a.kind == "venue-year" and not (a.venue or a.year)) for a in new))


# The most studies a sentence introducing them one by one cites: a longer span ("(29-42)") is a range of days or pages.
_GROUP_MAX = 8


def _narrows_a_group(current: list[Attribution], new: list[Attribution]) -> bool:
    """Whether a sentence cites only some of the several studies the claim so far cites together ("Several trials
    compared X with Y [5-7]. In the first, 88 volunteers ... [5]."; "(Ito 2015; Berg 2018) ... Ito and colleagues
    (2015) ..."): the review now tells one of them, with its own size, comparator and result, as a claim of its own."""
    def studies(attributions: list[Attribution]) -> tuple[set[str], set[tuple[str, int]]]:
        markers = {m for a in attributions for m in a.markers}
        named = {(a.first_author.lower(), a.year) for a in attributions if a.first_author and a.year}
        return markers, named

    (markers, named), (new_markers, new_named) = studies(current), studies(new)
    return (1 < len(markers) <= _GROUP_MAX and bool(new_markers) and new_markers < markers) or (
        len(named) > 1 and bool(new_named) and new_named < named)


def _beyond_list(markers: list[str], numbered: set[str]) -> bool:
    """Whether every number of a bare marker lies far past the end of the document's numbered
    list: a list may be cut short, but not to a third of what the text cites."""
    listed = [int(m) for m in numbered if m.isdigit()]
    cited = [int(m) for m in markers if m.isdigit()]
    return bool(listed and cited) and min(cited) > 2 * max(listed) + 5


def _same_study(current: list[Attribution], new: list[Attribution]) -> bool:
    def keys(attributions: list[Attribution]) -> set:
        found = set()
        for a in attributions:
            if a.first_author and a.year:
                found.add((a.first_author.lower(), a.year))
            found.update(("marker", m) for m in a.markers)
            for value in (a.doi, a.pmid, a.registry_id):
                if value:
                    found.add(value)
        return found

    if keys(current) & keys(new):
        return True
    # "van der Berg and colleagues reported ..." then "(van der Berg et al., 2018)": an author named without a year is
    # the same study as that author cited with one
    authors = [{a.first_author.lower() for a in group if a.first_author} for group in (current, new)]
    yearless = [{a.first_author.lower() for a in group if a.first_author and not a.year} for group in (current, new)]
    return bool(yearless[0] & authors[1] or yearless[1] & authors[0])


