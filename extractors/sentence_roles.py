"""What one sentence says, read without the study around it: a result that stands as a
claim on its own, background the citation only backs, an aside (funding, housekeeping),
a selection-flow count, encouragement, and which interventions it names.
``extractors.claims`` asks these to decide where a claim starts and what joins it."""

from __future__ import annotations

import re

from extractors import fields
from extractors.attribution import Attribution, word_list
from extractors.cues import COMMENT_CUE, GatedPattern
from extractors.fields.comparator import TREATMENT_KIND_END, drug_names_in
from extractors.fields.lexicon import CaselessPattern, read_tsv, trie_pattern
from extractors.per_document import per_document
from extractors.table_claims import reports_result

_SHARE_NOUNS = (r"(?:the\s+|all\s+|their\s+|our\s+|her\s+|his\s+)?(?:patients|people|participants|users|subjects|adults|"
                r"children|women|men|clients|those)\b")


class _ShareCue:
    """A share of people ("80%", "one in three", "half of the patients"): ``found`` says
    whether one occurs. ASCII text is lowercased and each kind searched alone, behind
    substring tests of what it cannot match without, with its word check after its first
    letter (a scan of the three kinds as one alternation tried all three at every
    position); text outside ASCII keeps the caseless scan of the whole alternation."""

    _PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)")
    _IN_EVERY = re.compile(r"(?:o(?<!\wo)ne|t(?<!\wt)(?:wo|hree)|f(?<!\wf)our|\d(?<!\w\d)\d*)\s+(?:in|out\s+of)\s+"
                           r"(?:two|three|four|five|six|ten|\d+)\b")
    _PART_OF = re.compile(r"\b(?:half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters|the\s+majority|most)\s+of\s+"
                          + _SHARE_NOUNS)
    _DIGIT = re.compile(r"\d")
    _WHOLE = CaselessPattern(
        r"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|"
        r"\b(?:one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|ten|\d+)\b|"
        r"\b(?:half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters|the\s+majority|most)\s+of\s+" + _SHARE_NOUNS,
    )

    def found(self, text: str) -> bool:
        if not text.isascii():
            return self._WHOLE.found(text)
        lower = text.lower()
        if ("%" in lower or "per" in lower) and self._PERCENT.search(lower):
            return True
        if (self._DIGIT.search(lower) or "one" in lower or "two" in lower or "three" in lower or "four" in lower) and (
                self._IN_EVERY.search(lower)):
            return True
        return ("half" in lower or "third" in lower or "quarter" in lower or "majority" in lower or "most" in lower) and (
            self._PART_OF.search(lower) is not None)


_SHARE = _ShareCue()
_EFFICACY = CaselessPattern(
    r"\b(?:respon|remission|remit|improv|recover|benefi|works?\b|worked|helped|effective|cured?\b|success|relie|reduc)",
)
# What a treatment does to a measure, told by studies ("Some of this research has shown that cinnamon may
# lower blood sugar"): read only in a sentence saying studies found it.
_EFFECT = CaselessPattern(r"\b(?:lower|decreas|increas|shorten|lengthen|prevent|protect|slow|eas(?:e|es|ed|ing)\b|alleviat|help(?:s|ed)?\b|"
                          r"(?:weight|fat|bone|hair|muscle)\s+(?:loss|gain))")
# "A third of people do not respond to two antidepressants" is background, not a finding.
# (A negation elsewhere, "a psychiatrist not involved in the research said ...", does not count.)
_NEGATED = CaselessPattern(
    r"(?:\b(?:not|never|no|fail(?:s|ed)?\s+to)|n't)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:respon|remission|remit|improv|recover|benefi|work|help|effective|cure|success|relie|reduc)",
)
# What a sentence gives: a known drug, or a word standing next to a dose ("serelanine
# 50 mg", "50 mg of serelanine"), so invented and new compounds count too.
_SPACES = re.compile(r"[\s\-\u2010-\u2014]+")
_GENERIC = {_SPACES.sub(" ", name.strip().lower()): row[0].lower() for row in read_tsv("drugs.tsv")
            for name in [row[0], *(row[1].split(";") if len(row) > 1 else [])] if name.strip()}
_DOSE_AMOUNT = re.compile(r"\d(?<![\d.]\d)[\d.]*\s*(?:mg|g|µg|μg|mcg|ug|iu|ml)(?:/kg)?(?:/d(?:ay)?)?(?![\w/])")
_WORD_BEFORE_DOSE = re.compile(r"([a-z][\w-]{3,})\s+\(?$")
_WORD_AFTER_DOSE = re.compile(r"\s+(?:of\s+)?([a-z][\w-]{3,})")
_NOT_INTERVENTIONS = frozenset(word_list("intervention_stopwords.txt"))
_STUDY_CONTEXT = CaselessPattern(r"\b" + trie_pattern(word_list("study_context.txt")))
_STUDY_WORDS = CaselessPattern(r"\b" + trie_pattern(word_list("study_words.txt")))
# What the document itself sets out to do ("We summarise randomised evidence for ...",
# "This review discusses ..."): an outline, not a finding.
_AGENDA = re.compile(
    r"^\W*(?:(?:here|in\s+this\s+(?:review|article|paper|chapter|guide|post),?)\s+)?"
    r"(?:we(?:'ll|’ll|\s+will|\s+shall)?|this\s+(?:review|article|paper|chapter|guide|post)(?:\s+will)?)\s+"
    r"(?:(?:briefly|also|then|first|further)\s+)?"
    r"(?:summari[sz]e|review|discuss|describe|outline|consider|present|highlight|propose|argue|focus|synthesi[sz]e|"
    r"appraise|overview|explore|examine|look\s+at|cover|take\s+a\s+(?:close\s+|closer\s+)?look)",
    re.IGNORECASE,
)
# The literature as a whole, no study of it: "Hundreds of studies have attested to ...".
_LITERATURE = re.compile(
    r"^\W*(?:(?:hundreds|dozens|thousands|scores)\s+of|numerous|countless|innumerable|a\s+(?:large|vast|huge|growing)\s+"
    r"(?:body|number|amount)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:studies|trials|papers|reports|experiments|research|evidence)\b",
    re.IGNORECASE,
)
# A review's closing synthesis of the studies it has told ("Taken together, the trials suggest ...",
# "Overall, these studies indicate ..."): the author's conclusion, no study's result of its own.
_SYNTHESIS = re.compile(
    r"^\W*(?:taken\s+together|all\s+in\s+all|in\s+(?:sum|summary|short|all|conclusion|aggregate)|overall|collectively|"
    r"altogether|on\s+balance|as\s+a\s+whole|put\s+together|together)\s*,?\s+(?:the|these|those|such|this|our)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?)(?:studies|trials|RCTs|data|results|findings|reports|evidence|literature)\s+"
    r"(?:(?:so\s+far|to\s+date|above|reviewed|here)\s+)?(?:\w+\s+)?"
    r"(?:suggest|suggests|indicate|indicates|show|shows|imply|implies|support|supports|point|points|favou?r|favou?rs)\b",
    re.IGNORECASE)
# Evidence that is not there: "Neither X nor Y was compared head to head in the trials we
# reviewed", "No trial has yet compared X with Y", "X has never been tested against placebo".
_ABSENT_EVIDENCE = re.compile(
    r"^\W*(?:neither\b[^.;]*?\b(?:was|were|has|have|had|is|are)(?:\s+(?:ever|yet|been|directly|formally))*\s+"
    r"|(?:no|none\s+of\s+the|not\s+a\s+single)\s+(?:[\w-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|head-to-head\s+"
    r"(?:trials?|stud(?:y|ies)))\s+(?:(?:has|have|had|was|were|yet|so\s+far|to\s+date|ever|directly)\s+)*"
    r"|[^.;]*?\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+|ever\s+)?been(?:\s+(?:directly|formally|properly))?\s+)"
    r"(?:compared|tested|studied|evaluated|assessed|examined|investigated|trialled|trialed)\b",
    re.IGNORECASE,
)
# Every match holds a negation (no, neither, never) and one of these verbs (lowercase; "trial" for trialled/trialed).
_ABSENT_VERBS = ("compared", "tested", "studied", "evaluated", "assessed", "examined", "investigated", "trial")


def _absent_evidence(text: str) -> bool:
    """``_ABSENT_EVIDENCE.match(text)``, tried only on ASCII text holding a negation and
    one of its verbs (its lazy scans cost more than the substring tests on every sentence)."""
    if text.isascii():
        lower = text.lower()
        if not ("no" in lower or "neither" in lower or "never" in lower) or not any(word in lower for word in _ABSENT_VERBS):
            return False
    return _ABSENT_EVIDENCE.match(text) is not None


# What a study sets out to test, not what it found: "The null hypothesis that will be tested is
# that X will have no effect", "We hypothesise that X will reduce ...".
_HYPOTHESIS = GatedPattern(re.compile(
    r"\bhypothes[ie]s\s+(?:that\s+)?(?:(?:will\s+be\s+|to\s+be\s+|being\s+)?tested|is|was|are)\b|"
    r"\b(?:we|they|investigators|researchers)\s+(?:hypothesi[sz]e|hypothesi[sz]ed|predict|expect)\b",
    re.IGNORECASE), ("hypothes", "predict", "expect"))
# An open question, even when a trial is testing it: "Whether this translates into fewer
# events is being tested in an ongoing trial."
_OPEN_QUESTION = re.compile(r"^\W*whether\b", re.IGNORECASE)
# Captions, and a note under a table defining its terms ("*A responder was defined as ...",
# 'Note: "=" denotes no significant difference between INT and CTRL', a legend of its marks).
_CAPTION = re.compile(
    r"^\W*(?:Table|Figure|Fig\.?|Supplementary\s+\w+)\s*[A-Z]?\d"
    r"|^\s*[*†‡§¶]+\s?[A-Z][^*]*\b(?:defined\s+as|denotes|indicates|refers\s+to|abbreviations?)\b"
    r"|^\s*(?:[*†‡§¶#]+|[a-eᵃᵇᶜ]\s)\s*P\s*(?:[<≤=>]|&lt;)"  # "* p < 0.05 versus control; † p < 0.05 favouring control"
    r"|^\W*(?:(?:notes?|key|legend|footnotes?)\s*[:.]\s*)?[\"“'‘]?[=<>≤≥*†‡§¶#+]+[\"”'’]?\s+"
    r"(?:denotes|indicates|means|represents|signifies|marks)\b",
    re.IGNORECASE,
)
# Statistics and review methods: what a method reference backs, not a finding.
_METHOD = re.compile(
    r"\b(?:random[-\s]effects?|fixed[-\s]effects?|inverse[-\s]variance|heterogeneity|I2\s+statistic|I²|funnel\s+plots?|"
    r"Egger|publication\s+bias|sensitivity\s+analys[ie]s|risk[-\s]of[-\s]bias\s+tool|GRADE\s+approach|RevMan|"
    r"Review\s+Manager|(?:were|was)\s+(?:interpreted|calculated|computed|pooled|weighted|screened|extracted|"
    r"identified|retrieved|excluded|discarded)|thresholds?\s+(?:of|for)|following\s+thresholds|"
    r"(?:records|articles|citations|full[-\s]texts?)\s+(?:were\s+)?(?:screened|identified|retrieved|excluded|assessed))",
    re.IGNORECASE,
)
# What an institution does in a year, told about itself ("X Hospital serves 480,000 people and
# runs more than 300 clinical studies each year", "The clinic sees 12,000 patients a year"):
# a volume of service, no study's sample.
_SERVICE_VOLUME = GatedPattern(re.compile(
    r"\b(?:serves?|serving|sees|treats|cares\s+for|employs|runs|conducts|hosts)\b[^.;]{0,80}?"
    r"\b(?:each|every|per|a)\s+year\b|\b(?:serves?|serving)\s+(?:a\s+population\s+of\s+|about\s+|more\s+than\s+|over\s+)?"
    r"[\d,.]+\s*(?:million\s+)?(?:people|residents|patients|inhabitants)\b",
    re.IGNORECASE), ("serv", "sees", "treats", "cares", "employs", "runs", "conducts", "hosts"))  # "serv": serving too
_FLOW = GatedPattern(re.compile(
    r"\b(?:studies|articles|records|reports|citations|publications|papers|trials|abstracts|duplicates)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:were\s+|was\s+)?(?:discarded|excluded|screened|identified|retrieved|removed|assessed\s+for\s+eligibility)\b",
    re.IGNORECASE,
), ("discarded", "excluded", "screened", "identified", "retrieved", "removed", "eligibility"))
# A trial described by what or whom it tests: "a trial of X", "a new trial recruiting teenagers".
_TRIAL_OF = re.compile(r"\b(?:trials?|stud(?:y|ies)|RCTs?)\s+(?:of|for|on|in|testing|comparing|recruiting|enrolling)\s",
                       re.IGNORECASE)
# Who paid and who declares interests: names a funder or a company, reports nothing.
_DISCLOSURE = GatedPattern(re.compile(
    r"(?:^\W*|[,;]\s+(?:and\s+)?)(?:(?:the|this|our|that)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|research|work|analysis|project)\s+"
    r"(?:was|is|were)\s+(?:[\w-]+\s+)?|(?:it\s+was\s+)?)"
    r"(?:funded|supported|sponsored|financed|paid\s+for|underwritten)\s+(?:in\s+part\s+|partly\s+|jointly\s+)?by\b|"
    r"^\W*(?:funding|grant\s+support|financial\s+support)\b|\b(?:funding|support)\s+(?:came|was\s+provided)\b|"
    r"\breceived\s+(?:funding|grants?|support)\s+from\b|\bprovided\s+(?:the\s+)?funding\b|"
    r"conflicts?\s+of\s+interest|competing\s+interests?|consult(?:ing|ancy)\s+fees|\bhonorari(?:a|um)\b",
    re.IGNORECASE,
), ("fund", "support", "sponsor", "financ", "paid", "underwritten", "grant", "conflict", "competing", "consult", "honorari"))
# A newsletter's or site's own business, linked: a survey, a sign-up, the next issue.
_HOUSEKEEPING = re.compile(
    r"\b(?:survey|subscri(?:be|ption)|unsubscribe|sign\s+up|newsletter|webinar|podcast|donat(?:e|ion)|register|"
    r"inbox|next\s+(?:issue|week|edition)|this\s+(?:issue|edition)|reader|feedback|giveaway|shop|store|coupon|"
    r"forward\s+(?:it|this)|share\s+(?:it|this)|a\s+friend|episode|follow\s+us|join\s+us|"
    r"(?:for|to\s+learn)\s+more(?:\s+information)?|learn\s+more|visit|website|contact\s+us|appointments?|"
    r"book\s+(?:online|now|a\s+(?:session|consultation|visit|call))|call\s+(?:us|our)|call-?backs?)\b",
    re.IGNORECASE,
)
# A comment that cheers the reader on ("Hang in there, it gets better!") reports no experience.
_ENCOURAGEMENT = re.compile(
    r"\b(?:you|your|you'?re|you'?ll|hang\s+in|hope|good\s+luck|stay\s+strong|keep\s+going|give\s+up|hugs|thanks|thank\s+you|"
    r"everyone\s+(?:responds|reacts|is)\s+different(?:ly)?|ymmv|"
    r"(?:does|will|can|gets?)\s+(?:get\s+)?better)\b",
    re.IGNORECASE,
)
# A commenter's plan, with nothing come of it yet: "Starting 5 mg tomorrow, will report back", "going to try it next week".
_PLAN = re.compile(
    r"\b(?:will|i'll)\s+report\s+back\b|\b(?:starting|start|trying|try|beginning)\b[^.;!?]{0,40}?\b(?:tomorrow|tonight|next\s+week|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:going|gonna|about|planning)\s+to\s+(?:try|start|begin)\b",
    re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|we|our|us|mine)\b", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:patients|participants|subjects|adults|children|people|women|men|infants|volunteers|"
                     r"individuals|persons)\b", re.IGNORECASE)
_MEASURED_BEFORE = re.compile(r"\b(?:serum|plasma|salivary|blood|urinary|morning|evening|circulating|endogenous)\s+$")
_MEASURED_AFTER = re.compile(r"\s+(?:levels?|concentrations?|secretion|output|onset)\b")
_ARM = re.compile(r"\b([\w-]+)\s+(?:group|arm|condition)s?\b", re.IGNORECASE)
# A finding in an animal model, told without a study: "In ferrets, X given within 24 hours
# blocked ...", "In a mouse model of colitis, X reduced ...", "Zebrafish larvae exposed to X showed ...".
_ORGANISMS = (r"(?:mice|mouse|murine|rats?|rodents?|ferrets?|zebrafish|hamsters?|rabbits?|guinea\s+pigs?|piglets?|"
              r"pigs|swine|(?:non-?human\s+)?primates|monkeys|macaques|dogs|sheep|drosophila|fruit\s+flies|"
              r"c\.\s?elegans|nematodes|worms|animals?)")
_ORGANISM = re.compile(rf"\b{_ORGANISMS}\b", re.IGNORECASE)
_ORGANISM_NAMES = {"mice": "mouse", "murine": "mouse", "swine": "pig", "pigs": "pig", "piglets": "pig", "piglet": "pig"}
_ANIMAL_FINDING = re.compile(
    rf"^\W*(?:in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_ORGANISMS}\b(?:\s+(?:models?|studies)\b)?[^,.;]{{0,60}},"
    rf"|(?:[\w-]+\s+){{0,2}}?{_ORGANISMS}(?:\s+(?:larvae|pups|embryos))?\s+(?:given|treated|exposed|fed|receiving|"
    r"injected|dosed|administered|pre-?treated|that\s+(?:received|were\s+given))\b)",
    re.IGNORECASE,
)
_ANIMAL_EFFECT = re.compile(
    r"\b(?:reduc|lower|decreas|block|prevent|protect|improv|attenuat|restor|revers|rescu|shorten|suppress|inhibit|"
    r"alleviat|ameliorat|extend|prolong|increas|raised|enhanc|boost|halt|slow|limit|abolish|normali[sz]|fewer|"
    r"less(?:er)?\b|longer|worsen|exacerbat|aggravat|had\s+no\s+effect|did\s+not)",
    re.IGNORECASE,
)
# The drug given to the animals: "given X", "treated with X", "exposed to X".
_GIVEN_NAME = re.compile(r"\b(?:given|treated\s+with|exposed\s+to|fed|injected\s+with|receiving|received|dosed\s+with)\s+"
                         r"(?:an?\s+|the\s+)?([a-z][\w-]{3,})", re.IGNORECASE)
_DRUG_LIKE = re.compile(r"\b[a-z]{2,}(?:" + trie_pattern(word_list("drug_suffixes.txt")) + r")\b")  # on lowercased text
# A news lede comparing two named treatments: "X helped children recover a day faster than
# (the standard course of) Y", "X worked better than Y for ..., a new study finds".
_COMPARISON = re.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|over)\s+((?:[\w-]+,?\s+){0,8}[\w-]+)",
                         re.IGNORECASE)
_BETTER = re.compile(r"\b(?:better|faster|sooner|superior|more\s+effective|outperform\w*|beat|worse|inferior|"
                     r"less\s+effective|slower|as\s+(?:well|effective|good))\b|\b(?:help|work|improv|reduc|relie|recover|cut)")
_CONTROL = re.compile(r"\b(?:placebo|sham|vehicle|saline|usual\s+care|standard\s+care|no\s+treatment|wait-?\s?list|"
                      r"control\s+group)\b")
# One study, told without a citation, that found something: "A trial conducted in Europe has
# shown that X reduces seizures", "X was found to reduce ..., according to results of the Y trial".
_ONE_STUDY_SAYS = GatedPattern(re.compile(
    r"^\W*(?:[\w'’]+(?:\s+[\w'’]+){0,5}:\s*)?"  # under a label: "IMPLICATIONS: This study suggests that ...", "Great news for parents: a new study ..."
    r"(?:an?|the|this|one|our|their|that|another|a\s+(?:second|third|further|later|separate))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:trial|study|RCT|meta-analysis|analysis|review)\b"
    r"(?:[^.;]|\.\d){0,120}?\b(?:has\s+shown|showed|shows|has\s+found|found|finds|suggests|suggested|has\s+demonstrated|"
    r"demonstrated|demonstrates|concluded|concludes|confirmed|confirms|fail(?:ed|s)\s+to\s+(?:find|show|demonstrate|confirm))\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:(?:final\s+|new\s+|latest\s+)?(?:results?|findings|data)\s+(?:of|from)\s+)?"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:trial|study|RCT|meta-analysis|(?:systematic\s+)?review|analysis)\b"
    r"(?!\s+(?:protocols?|designs?|registr))"
    # ", an analysis of 7,959 civil servants followed for 25 years has found"
    r"|,\s+(?:(?:a|an|the|one|this|that)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|RCT|meta-analysis|review|analysis)"
    r"(?:\s+(?:of|in|among|involving)\s+[^.;]{1,80}?)?|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:researchers|scientists|investigators|research))\s+"
    r"(?:has\s+|have\s+)?(?:found|finds|shows|showed|shown|suggests|suggested|reports|reported|concluded|concludes)\b"
    r"|^\W*(?:the\s+|these\s+|their\s+)?(?:findings|results)\s+(?:showed|show|revealed|indicated|demonstrated)\s+that\b"
    r"|,\s+(?:reports|reported|finds|found|suggests|shows)\s+(?:an?|the|one|new)\s+(?:[\w-]+\s+){0,4}?"  # ", reports a phase 2 trial"
    r"(?:trial|study|RCT|meta-analysis|review|analysis)\b",
    re.IGNORECASE,
), ("trial", "stud", "rct", "analys", "review", "research", "scientists", "investigators", "findings", "results"))
# Who found it, told without a citation: "Researchers in Spain found adults who ate walnuts ... had lower
# cholesterol", "Scientists at X, analyzing 17 clinical studies, found that garlic could lower ...", "They found
# blood pressure was 10 mmHg lower in the group given garlic", "The paper also notes that the X group reported less ...".
_RESEARCHERS_FOUND = GatedPattern(re.compile(
    r"^\W*(?:(?:they|researchers|scientists|investigators|(?:the\s+)?(?:researchers|scientists|investigators|authors|"
    r"team|paper|article|report))\b[^.;:]{0,120}?|the\s+(?:paper|article|report|authors)\s+also)\s+"
    r"(?:found|find|discovered|observed|showed|notes?|noted|reported|concluded|demonstrated)\b", re.IGNORECASE),
    ("found", "find", "discovered", "observed", "showed", "note", "reported", "concluded", "demonstrated"))
# A study's finding told inside a lay sentence about a treatment: "Feverfew became popular when a study found that
# it reduced migraine frequency", "a UK study that shows feverfew can offer relief".
_STUDY_FOUND_WITHIN = GatedPattern(re.compile(
    r"\b(?:when|after|since|because|once|until)\s+(?:an?|one|the)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|review|"
    r"meta-analysis)\s+(?:found|showed|suggested|reported|demonstrated)\s+that\b|"
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|review|meta-analysis)\s+that\s+(?:shows|showed|found|finds|"
    r"suggests|demonstrates|demonstrated|proves|proved)\b|"
    # told as a participle: "reported on a study showing that ginger can ease nausea", "new research finding that ..."
    r"\b(?:an?|one|new|recent)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|review|meta-analysis|research)\s+(?:showing|finding|"
    r"suggesting|demonstrating|indicating|confirming)\s+that\b", re.IGNORECASE),
    ("study", "trial", "review", "analysis", "research"))
# A news lede's finding put down to one study it goes on to tell: "..., according to a large trial run in
# 48 schools", "..., according to a new study published on Monday", "..., according to a trial of 300 adults.",
# "..., according to research conducted over 24 weeks."
_ACCORDING_TO_ONE_STUDY = GatedPattern(re.compile(
    r",\s+according\s+to\s+(?:(?:an?|one|the|this|new)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|RCT|analysis)|(?:new\s+|recent\s+)?research)\b"
    r"(?:\s+(?:run|conducted|carried\s+out|led|published|presented|of|in|at|from|involving|among|across)\b|\W*$)",
    re.IGNORECASE), ("according",))
# A summary's labelled conclusion: 'Authors' Conclusions: "Ondansetron is the only agent with proven efficacy ..."'.
_CONCLUSION_LABEL = GatedPattern(re.compile(r"^\W*(?:authors[’']?\s+)?conclusions?\s*:", re.IGNORECASE),
                                 ("onclusion",))
# What the people of a study took: "adults who ate a half-a-cup of walnuts each day".
_CONSUMED = re.compile(r"\b(?:who|that)\s+(?:ate|drank|took|consumed|used|applied|received|were\s+given)\s+\w",
                       re.IGNORECASE)
# What the study found a treatment, named in no lexicon, did: "found that magnesium could shorten migraine attacks",
# "a study found that they shortened colds by two days". Read only after a study or its researchers are named.
_FOUND_IT_EASES = GatedPattern(re.compile(
    r"\b(?:found|showed|shows|suggests|suggested|demonstrated)\s+that\s+(?:[\w-]+\s+){1,3}?(?:could\s+|can\s+|may\s+|"
    r"might\s+)?(?:reduced?|lowered?|shortened|shorten|improved?|relieved?|eased?|prevented|prevent|halved|cut)\b",
    re.IGNORECASE), ("that",))
# One arm's result, told without the other: "the patients in the tea tree oil group reported much less of the
# skin dryness ...". Read only after researchers or the paper are named.
_ARM_FARED = GatedPattern(re.compile(
    r"\b(?:group|arm)\s+(?:reported|had|showed|experienced|saw)\s+(?:much\s+|far\s+|significantly\s+|markedly\s+)?"
    r"(?:less|fewer|more|lower|higher|greater|smaller)\b", re.IGNORECASE), ("group", "arm"))
# The authors' conclusion a news release quotes: "These results support the addition of X ..., say the authors".
_AUTHORS_CONCLUDE = GatedPattern(re.compile(
    r"^\W*(?:these|the|our|their)\s+(?:results|findings|data)\s+(?:support|suggest|indicate|show|confirm)\b[^.]*"
    r"\b(?:say|said|says|conclude|concluded|write|wrote)\s+the\s+(?:authors|researchers|investigators|team)\b",
    re.IGNORECASE), ("authors", "researchers", "investigators", "team"))
# A treatment's null finding told on its own: "Interestingly, bran showed no clinically relevant benefit."
_SHOWED_NO_BENEFIT = GatedPattern(re.compile(
    r"^\W*(?:(?:interestingly|however|in\s+contrast|by\s+contrast|similarly|notably),?\s+)?(?!(?:the\s+)?(?:patients|participants|"
    r"people|subjects|children|adults|women|men|it|this|they|we)\b)[a-z][\w'’()-]*(?:\s+[\w'’()-]+){0,3}?\s+(?:showed|had|"
    r"produced|provided|offered)\s+no\s+(?:[\w-]+\s+){0,3}?(?:benefit|effect|improvement)s?\b", re.IGNORECASE),
    ("showed no", "had no", "produced no", "provided no", "offered no"))
# A lay lead whose subject is the treatment it reports on ("Inhaled nitrous oxide can effectively treat
# severe depression", "Psyllium is an effective treatment for irritable bowel syndrome"): read only beside a
# study that says so, as any treatment, named in no lexicon, may stand there.
_SUBJECT_TREATS = GatedPattern(re.compile(
    r"(?:^\W*|\bthat\s+)[\w'’()-]+(?:\s+[\w'’()-]+){0,5}?\s+(?:(?:is|was|are|were)\s+(?:an?\s+|the\s+most\s+)?(?:safe\s+and\s+)?(?:effective|useful|"
    r"beneficial)(?:\s+(?:first-line\s+)?(?:treatment|therapy|remedy|option))?(?:\s+(?:for|in|against))?|can\s+(?:effectively\s+|"
    r"safely\s+|significantly\s+|rapidly\s+)?(?:treat|relieve|reduce|improve|ease|lower|prevent|shorten))\b", re.IGNORECASE),
    ("effective", "useful", "beneficial", "can "))
# A trial's result told by its endpoints: "X met its primary and secondary endpoints in a
# phase 3 trial", "The study failed to meet its primary endpoint".
# Also told as a lay lead: "showed the drug met its goals", "Positive topline results were announced from
# the second pivotal phase 3 study", "reported negative top-line data".
_ENDPOINT = GatedPattern(re.compile(
    r"\b(?:met|meets?|achieved|achieves|missed|(?:fail(?:ed|s)?\s+to|did\s+not|does\s+not)\s+(?:meet|achieve|reach))\s+"
    r"(?:(?:its|their|the|both|all|all\s+of\s+its|all\s+its)\s+)?(?:[\w-]+\s+){0,4}?(?:end\s?points?|outcomes?|goals?)\b|"
    r"\b(?:positive|negative|encouraging|disappointing|favou?rable)\s+(?:top[-\s]?line|headline|pivotal|interim|"
    r"phase\s+(?:[123]|I{1,3})[ab]?)\s+(?:results?|data|findings|readouts?)\b",
    re.IGNORECASE), ("endpoint", "end point", "outcome", "goal", "results", "data", "findings", "readout"))
# A result told as news of a meeting or of a speaker: "..., researchers reported here at SLEEP 2015",
# "At her poster presentation, X reported that 42% ...", "Eighteen of 31 children achieved relief with iron
# therapy, said Dr. X".
_MEETING_REPORT = GatedPattern(re.compile(
    r"\b(?:reported|presented|announced)\s+(?:here\s+|today\s+|this\s+week\s+|recently\s+)?at\s+(?:the\s+|an?\s+)?"
    r"(?:(?:19|20)\d\d\s+)?[A-Z]|\b(?:poster|oral|platform|late-breaking)\s+(?:presentation|session|abstract)s?\b"),
    ("reported", "presented", "announced", "poster", "oral", "platform", "late-breaking"))
_SPEAKER_REPORT = GatedPattern(re.compile(
    r",\s*(?:said|says|reported|explained|noted|added)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z]+\s+[A-Z]"),
    ("said", "says", "reported", "explained", "noted", "added"))
# An investigator's quoted finding: '"I was surprised by the large effect size on insomnia by the weighted
# blanket," said principal investigator Dr. X Y' (the role may come between the verb and the name).
_QUOTED_FINDING = GatedPattern(re.compile(
    r"^\W*[\"“‘'][^\"”]{20,}?[,.]?[\"”’']\s*,?\s*(?:(?:said|says|explained|noted|added|revealed|reported)\s+(?:[a-z-]+\s+){0,4}?"
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z]+\s+[A-Z]|(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+"
    r",?\s+(?:said|says|explained|noted|added|revealed|reported)\b)"),
    ("said", "says", "explained", "noted", "added", "revealed", "reported"))
# A study placed in its journal without a year ("In a study published by the Journal of Clinical Sleep
# Medicine, Swedish researchers found that ..."): attributed enough for a finding it reports.
_PUBLISHED_STUDY = GatedPattern(re.compile(
    r"(?i:\b(?:study|trial|research|paper|analysis|review)\s+(?:recently\s+|just\s+)?(?:published|appearing|reported)\s+"
    r"(?:online\s+)?(?:in|by)\s+(?:the\s+)?)[A-Z]"), ("published", "appearing", "reported"))
# An uncited efficacy statement about how a treatment was taken ("Infants at high risk had significant decrease
# in peanut allergy with early introduction of peanut", "daily consumption of X led to significant reductions
# in ..."): a finding, where "Obesity causes a significant increase in risk" is background.
_SIGNIFICANT_RESULT = GatedPattern(re.compile(
    r"\b(?:had|has|have|showed|show|shows|experienced|saw|reported|noted|led\s+to|leads\s+to|resulted\s+in|results\s+in|"
    r"produced|achieved)\s+(?:an?\s+|in\s+)?(?:statistically\s+|clinically\s+)?significant(?:ly)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decrease|reduc|improv|increas|lower|drop|declin|fall|benefit|relief|gain|loss|better)", re.IGNORECASE),
    ("significant",))
_TAKEN = CaselessPattern(r"\b(?:introduction|consumption|use|intake|supplementation|administration|ingestion|addition|"
                         r"drinking|eating|taking|practi[cs]ing)\s+of\b")
# A trial the researchers ran, told by its design: "Investigators from multiple institutions conducted a
# randomized, double blind, placebo-controlled trial to assess the efficacy and safety of liraglutide".
_RAN_TRIAL = GatedPattern(re.compile(
    r"\b(?:investigators|researchers|scientists|authors|team|clinicians|doctors)\b(?:(?!\bnot\b|\bnever\b|n't)[^.;]){0,60}?"
    r"\b(?:conducted|performed|carried\s+out|undertook|ran)\s+an?\s+(?:[\w,-]+\s+){0,6}?(?:randomi[sz]ed|"
    r"placebo-controlled|controlled)\s+(?:[\w,-]+\s+){0,4}?(?:trial|study)\b", re.IGNORECASE),
    ("conducted", "performed", "carried out", "undertook", "ran "))
# Evidence as a whole that points one way ("evidence is accumulating that early introduction of other
# allergenic foods may help to prevent food allergy"): a finding about how a treatment was taken.
_EVIDENCE_SAYS = GatedPattern(re.compile(
    r"\b(?:evidence|data)\s+(?:is|are|has\s+been|have\s+been)\s+(?:accumulating|growing|mounting|emerging|building)\s+that\b|"
    r"\b(?:growing|accumulating|mounting|emerging|increasing)\s+(?:body\s+of\s+)?evidence\s+(?:suggests|shows|indicates|"
    r"that)\b", re.IGNORECASE), ("evidence",))
# A result told arm by arm ("reduction was • 2.7 migraine days in the melatonin group, • 2.2 ... in the
# amitriptyline group, and • 1.1 in the placebo group"): two or more arms, each with its number.
_ARM_RESULT = GatedPattern(re.compile(
    r"\d[\d.,]*\s*(?:%|[a-z]+)?(?:\s+[a-z]+){0,3}?\s+(?:in|for|with|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm)s?\b",
    re.IGNORECASE), ("group", "arm"))
_LISTED = re.compile(r"^[ \t]*(?:[*•·+\-–►▸▶▪■◦➢]|\d{1,2}[.)])\s", re.MULTILINE)
# A named trial's design: "Published in 2016, the Enquiring About Tolerance (EAT) study randomized breastfed
# babies to either early or standard introduction of allergenic foods".
_NAMED_TRIAL_DESIGN = GatedPattern(re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,8}\([A-Z][A-Za-z0-9-]{1,14}\)\s+(?i:(?:study|trial|RCT)\s+(?:\w+\s+)?"
    r"(?:randomi[sz]ed|enrolled|recruited|assigned|allocated|compared|tested))\b"), ("(",))
# One study announced by its design, no count, drug or citation yet: "In a study in Great Britain, parents were
# randomized to one of three creams", "In one Danish trial, patients were randomly assigned to glucosamine or placebo".
_ONE_STUDY_RANDOMIZED = GatedPattern(re.compile(
    r"^\W*in\s+(?:an?|one|another|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|experiment|RCT)\b[^.;]{0,100}?"
    r"\b(?:were|was)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided|split)|assigned|allocated)\b", re.IGNORECASE),
    ("randomi", "assigned", "allocated"))
# A treatment's effect told as what studies have shown, naming none ("Butterbur extract has been shown to reduce
# migraine frequency", "Zinc lozenges have been proven to shorten colds"): uncited, still a claim to check. Not a
# level or a prevalence shown ("has been shown to be deficient in ...").
_SHOWN_TO_WORK = GatedPattern(re.compile(
    r"^\W*(?:(?:overall|also|moreover|furthermore|indeed|in\s+addition|additionally|however|but|fortunately|importantly),?\s+)?"
    r"(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:has|have)\s+(?:also\s+|consistently\s+|repeatedly\s+|previously\s+|"
    r"already\s+|now\s+)?been\s+(?:shown|proven|proved|demonstrated|found)\s+(?:(?:in|by)\s+[^,.;]{1,60}?\s+)?to\s+"
    r"(?!be\s+(?:deficient|low|lower|high|higher|elevated|common|rare|prevalent|present|linked|associated|related)\b)",
    re.IGNORECASE), ("been shown", "been proven", "been proved", "been demonstrated", "been found"))
# A sample told by a count alone: "60 middle-aged adults with elevated triglycerides were enrolled in this
# study", "A total of 611 adults participated."
_SAMPLE_ONLY = GatedPattern(re.compile(
    r"^\W*(?:a\s+total\s+of\s+)?\d[\d,]*\s+(?:[\w,-]+\s+){0,10}?(?:patients|participants|adults|children|infants|"
    r"babies|women|men|people|subjects|volunteers|individuals|students|athletes)\b[^.;:]{0,80}?\b(?:(?:were|was)\s+"
    r"(?:enrolled|randomi[sz]ed|recruited|included)\s+(?:in|into)\s+(?:this|the|our)\s+(?:study|trial)|"
    r"(?:were|was)\s+(?:enrolled|randomi[sz]ed|recruited)\.$|(?:took\s+part|participated)(?:\s+in\s+(?:this|the)\s+"
    r"(?:study|trial))?\.$)", re.IGNORECASE), ("enrolled", "randomi", "recruited", "included", "took part", "participated"))
# A sample spelled out and randomised to arms: "Forty-six study subjects with unilateral knee osteoarthritis were
# randomized to receive either ... or normal saline" (a count in digits already gives the sentence its N).
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_SPELLED_SAMPLE_RANDOMIZED = GatedPattern(re.compile(
    rf"^\W*(?:a\s+total\s+of\s+)?{_NUMBER_WORD}(?:[-\s]{_NUMBER_WORD}){{0,3}}\s+(?:[\w,-]+\s+){{0,3}}?(?:patients|participants|"
    r"adults|children|infants|women|men|people|subjects|volunteers|individuals)\b[^.;:]{0,120}?\b(?:were|was)\s+"
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:in)?to\b", re.IGNORECASE), ("randomi", "randomly"))
# A design sentence that lists its arms below: "... with patients randomized into one of three groups:".
_ARMS_BELOW = GatedPattern(re.compile(
    r"\b(?:randomi[sz]ed|assigned|allocated|divided)\s+(?:in)?to\s+(?:one\s+of\s+)?(?:two|three|four|five|\d)\s+"
    r"(?:treatment\s+|study\s+)?(?:groups|arms)\b[^.]*:$", re.IGNORECASE), ("randomi", "assigned", "allocated", "divided"))
# A kind of treatment a lay lead names instead of a drug.
_TREATMENT_KIND = re.compile(
    r"\b(?:anti(?:depressant|psychotic|biotic|histamine|oxidant|convulsant|inflammator(?:y|ie)|malarial|viral|retroviral|fungal|coagulant|platelet|epileptic|hypertensive|emetic|diabetic)s?|statins?|vaccines?|(?:tablets|pills|capsules|injections|jabs)\b|"
    r"painkillers?|probiotics?|supplements?|multivitamins?|fish\s+oil|omega-3s?|tai\s+chi|yoga|acupuncture|"
    r"meditation|mindfulness|massage|physiotherapy|(?:aerobic|resistance)\s+(?:exercise|training)|exercise\s+programmes?|"
    r"exercise\s+programs?|cognitive\s+behaviou?ral\s+therapy|talking\s+therap(?:y|ies)|"
    # herbal remedies, told only behind a study-says gate: "Some studies have shown that ginger may help"
    r"(?:peppermint|lavender|tea\s+tree|evening\s+primrose|olive|coconut|essential)\s+oils?|"
    r"(?:herbal|botanical|plant)\s+(?:remed(?:y|ies)|extracts?|medicines?|supplements?|teas?)|"
    r"ginger|turmeric|garlic|chamomile|ginseng|echinacea|ginkgo(?:\s+biloba)?|cranberr(?:y|ies)|green\s+tea|"
    r"valerian|ashwagandha|st\.?\s+john'?s\s+wort|saw\s+palmetto|feverfew|butterbur)\b", re.IGNORECASE)
_TREATED = CaselessPattern(r"\b(?:treatment|therapy|therapies|supplement|supplementation|medication|drug|infusion|dose)")
# Studies as a body that found something ("Studies show that ashwagandha lowers cortisol",
# "Several small trials have found ..."), as against the literature's size ("Hundreds of studies ...").
_STUDIES_SAY = re.compile(
    r"^\W*(?:(?:however|but|yet|still|meanwhile|in\s+contrast|by\s+contrast|overall|also|moreover|furthermore|indeed|"
    r"in\s+addition|additionally|fortunately|unfortunately|importantly|notably|interestingly|encouragingly|so\s+far|to\s+date),?\s+)?"
    r"(?:(?:some|much|most|part|one|all)\s+of\s+(?:this|the|that|these|their|our)\s+)?"
    r"(?:(?:several|many|multiple|some|two|three|four|a\s+few|recent|additional|clinical|human|small|large|randomi[sz]ed|"
    r"controlled|placebo-controlled|published|other|earlier|previous|existing|new|newer|latest|emerging|further|later|"
    r"larger|smaller|double|single|triple|blind|blinded|double-blind|single-blind|triple-blind|open-label|crossover|"
    r"cross-over|pilot|prospective|observational|well-designed|high-quality|independent)\s+)*(?:studies|trials|RCTs|research|"
    r"meta-analyses|reviews)\s+(?:(?:in|of|on|from|at|by)\s+(?:[\w'’-]+\s+){1,4}?)?(?:have\s+|has\s+|also\s+|consistently\s+)*"
    r"(?:(?:not|n't|never|(?:have|has|did|do)(?:\s+not|n't)|failed\s+to|could(?:\s+not|n't))\s+)?"
    r"(?:show|shows|shown|showed|found|find|finds|suggest|suggests|suggested|demonstrate|demonstrates|demonstrated|"
    r"indicate|indicates|indicated|confirm|confirmed|report|reported)\b", re.IGNORECASE)
# What studies found no effect of, told without naming it ("Other studies haven't found a significant
# impact", "Later trials found no significant benefit"): a null finding about the treatment the page is on.
_NO_SIGNIFICANT = GatedPattern(re.compile(
    r"(?:\bno|\bnot\s+(?:find|found|show|shown|showed)\s+(?:a|any)|n't\s+(?:find|found|show|shown|showed)\s+(?:a|any)|"
    r"\bfailed\s+to\s+(?:find|show)\s+(?:a|any))\s+(?:statistically\s+)?significant\s+"
    r"(?:effects?|impacts?|differences?|benefits?|improvements?|changes?|reductions?)\b", re.IGNORECASE), ("significant",))
# A news lede on a treatment it does not name yet: "An experimental antibody drug slowed memory
# loss in people with early Alzheimer's disease, according to results presented on Monday."
_NEW_TREATMENT = re.compile(
    r"^\W*(?:an?|the)\s+(?:(?:new|experimental|investigational|novel|first-of-its-kind|once-(?:daily|weekly|monthly)|"
    r"single-dose|one-dose|oral|injectable|inhaled|nasal)[\s-]+){1,3}(?:[\w-]+\s+){0,2}?(?:drug|pill|vaccine|antibody|"
    r"treatment|therapy|jab|shot|injection|medication|medicine|compound|tablet|infusion|spray|gel|patch)s?\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:results?|findings|data|stud(?:y|ies)|trials?|research|"
    r"researchers|scientists|investigators)\b|\b(?:researchers|scientists|investigators|doctors)\s+(?:said|say|reported|report|"
    r"found|find|announced)\b|,\s+(?:new\s+|recent\s+)?research\s+(?:suggests|shows|finds|indicates)\b|\b(?:a|the)\s+(?:new\s+|large\s+|small\s+)?(?:study|trial|research)\s+(?:finds|found|suggests|"
    r"shows|showed)\b",
    re.IGNORECASE,
)
# One's own use told in the body ("so I started with 60 mg, once a day").
_OWN_USE = re.compile(r"\bI\s+(?:(?:first|then|also|just)\s+)?(?:started|began|take|took|tried|use|used|was\s+on|"
                      r"have\s+been|am\s+on|switched)\b|\bI'?ve\s+been\b|^\W*(?:Started|Began|Been)\s+(?:on|with|taking)\b")
# A trial that names nothing it gives ("participants will receive either the active study
# drug or a placebo"): a recruitment page's account of what taking part means.
_UNNAMED_DRUG = GatedPattern(re.compile(r"\b(?:the|an?)\s+(?:active\s+|oral\s+|investigational\s+|experimental\s+|"
                                        r"FDA-approved\s+|approved\s+|new\s+)*"
                                        r"(?:study|trial|research)\s+(?:drugs?|medications?|medicines?|treatments?|products?)\b",
                                        re.IGNORECASE), ("study", "trial", "research"))
# A call for volunteers ("Researchers are looking for adult participants with ... to participate in a
# study", "We are recruiting women aged 40-60", "To qualify, participants must ..."): a recruitment page.
_RECRUITS = GatedPattern(re.compile(
    r"\b(?:(?:are|is|am)\s+(?:now\s+|currently\s+|still\s+)?(?:looking\s+for|seeking|recruiting|inviting|enrolling)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:participants|volunteers|patients|people|adults|children|individuals|women|men|subjects)\b|"
    r"to\s+qualify\b|(?:you\s+)?may\s+be\s+eligible\s+to\s+(?:participate|take\s+part|join)|"
    r"(?:interested\s+in|consider)\s+(?:participating|taking\s+part)\b)",
    re.IGNORECASE), ("looking", "seeking", "recruiting", "inviting", "enrolling", "qualify", "eligible", "participating",
                     "taking part"))
# How long or how much the sample was treated or followed, set against a subgroup ("The treatment
# exposure was longer for patients with major depression than for bipolar disorder (6.7 vs 5.6
# months)", "Median follow-up was shorter in women"): a description of the sample, no result.
_SAMPLE_CONTRAST = GatedPattern(re.compile(
    r"^\W*(?:the\s+)?(?:mean\s+|median\s+|average\s+|total\s+)?(?:treatment\s+|drug\s+|study\s+|medication\s+)?"
    r"(?:exposure|duration(?:\s+of\s+(?:treatment|exposure|follow-up|illness|disease))?|follow-up|adherence|compliance|"
    r"length\s+of\s+(?:stay|treatment|follow-up)|time\s+(?:on|in)\s+(?:treatment|the\s+study|study))\s+"
    r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:longer|shorter|higher|lower|greater|similar)\s+(?:for|in|among)\s+"
    r"(?:the\s+)?(?:patients|participants|subjects|women|men|those|people|children|adults|older|younger)\b",
    re.IGNORECASE), ("exposure", "duration", "follow-up", "adherence", "compliance", "length", "time"))
# A title: one line, no full stop, not a list item, a press release's dashed dek line or a
# labelled finding ("Results: X reduced Y compared with placebo").
_HEADLINE = re.compile(r"^(?![*•·+\-–—]\s)(?!\W*(?:(?:main\s+|key\s+)?(?:results?|findings?|conclusions?|outcomes?|"
                       r"effects?|bottom\s+line|takeaways?)|(?:(?:co-?)?primary|secondary|key|main)\s+(?:end\s?-?points?|"
                       r"outcomes?|objectives?)\s+(?:(?:was|were)\s+)?(?:met|achieved|reached|missed|not\s+met))\s*:)[^\n]*(?:[^\s.!?:;\"'”’)\]\-–—]|"
                       r"\((?:the\s+)?[‘'\"“]?[\w\s-]{1,30}[’'\"”]?\s+(?:trial|study)\))$", re.IGNORECASE)
# What the last character of a headline is never (the closing marks its last class leaves out,
# ")" aside): most sentences end on a full stop, and the pattern backtracks over the whole line
# before it fails there.
_NOT_HEADLINE_ENDS = (".", "!", "?", ":", ";", '"', "'", "”", "’", "]", "-", "–", "—")


def _headline(text: str) -> bool:
    return not text.endswith(_NOT_HEADLINE_ENDS) and _HEADLINE.match(text) is not None


# A paper's title naming its design after a colon ("Olanzapine 5 mg versus 10 mg in CINV: a
# randomized, double-blind non-inferiority trial."): a record's title line, whatever it names.
_TITLE_TAIL = GatedPattern(re.compile(
    r"^[^.!?;]{10,}?:\s+(?:an?\s+|the\s+)?(?:[\w()-]+,?\s+){0,8}?(?:trial|study|review|meta-analysis|analysis|"
    r"cohort|protocol|case\s+series|case\s+report|experience)\.?$", re.IGNORECASE), (":",))
# How many people a condition strikes ("Around 100,000 people in the UK have a stroke each year",
# "Every year, 1.5 million adults are diagnosed with ..."): a count of a population, no sample.
_INCIDENCE = GatedPattern(re.compile(
    r"\b(?:people|persons|adults|children|kids|men|women|patients|individuals|infants|babies|americans|britons|"
    r"australians|canadians|europeans|dogs|cats|horses|cattle|animals)\b(?:\s+[\w-]+){0,6}?\s+(?:have|has|had|develop|"
    r"get|gets|suffer|experience|die|dies|are\s+(?:diagnosed|affected|admitted|hospitali[sz]ed|treated)|live)\w*\b"
    r"[^.;]{0,80}?\b(?:(?:each|every|per)\s+year|(?<!for\s)a\s+year|annually|worldwide|in\s+the\s+(?:UK|US|USA|EU)\s+alone)\b|"
    r"^\W*(?:each|every)\s+year,?\s+(?:(?:around|about|roughly|nearly|almost|approximately|some|over|more\s+than|"
    r"an\s+estimated)\s+)?[\d,.]+", re.IGNORECASE), ("year", "annual", "worldwide", "alone"))
# Dosing advice to the reader ("it's advisable to begin with a lower dose (around 200 mg)", "We also
# recommend no more than 1-2 cups of milk per day"): no study's dose.
_ADVICE = GatedPattern(re.compile(
    r"\b(?:it(?:'s|’s|\s+is)\s+(?:advisable|recommended|best|wise|important)\s+to|(?:we|doctors|experts|most\s+experts)\s+"
    r"(?:also\s+|usually\s+|generally\s+)?(?:recommend|advise|suggest)|(?:begin|start)\s+with\s+(?:a\s+)?(?:lower|low|"
    r"small|smaller)\s+dose|you\s+should\s+(?:take|start|begin|not\s+take))\b", re.IGNORECASE),
    ("advisable", "recommend", "best", "wise", "important", "advise", "suggest", "dose", "should"))
# How many people a condition affects ("Knee osteoarthritis (OA) affects more than 300 million people",
# "Sepsis affects an estimated 49 million people"): background, whatever else the sentence says.
_AFFECTS = GatedPattern(re.compile(
    r"^\W*(?:\w[\w.,' ]{2,40}[—–-]+\s+)?(?:[\w()'’,-]+\s+){1,14}?affects?\s+(?:(?:more\s+than|over|about|around|roughly|nearly|almost|approximately|"
    r"an\s+estimated|some|up\s+to|at\s+least|between|from)\s+)?[\d.,–-]+\s*(?:%|per\s*cent|million|billion|in\s+(?:every\s+)?\d|"
    r"(?:and|to)\s+[\d.,]+\s*%)",  # "affects between 15% and 30% of heifers", "affect from 10 to 20% of children"
    re.IGNORECASE), ("affect",))
_SAMPLED = re.compile(r"\b(?:randomi|trial|stud(?:y|ies)(?!\s+(?:region|area|district|country|countries|site|population)s?\b)|enrol|recruit|cohort|RCT)", re.IGNORECASE)
# One arm set against another ("regained more movement than those given standard therapy alone"):
# a comparison of results, when a study is named as its source.
_ARM_CONTRAST = GatedPattern(re.compile(
    r"\b(?:more|less|fewer|greater|better|faster|sooner|slower|lower|higher|longer|shorter|bigger|smaller)\b"
    r"[^.;]{0,80}?\bthan\s+(?:(?:did\s+)?(?:those|patients|people|participants|children|adults|women|men|animals|"
    r"dogs|cats|horses)\s+(?:who\s+(?:only\s+|just\s+)?(?:received|receive|got|get|were\s+given|had|took|take|"
    r"were\s+treated|were\s+assigned)|given|receiving|on|taking|treated|assigned|in\s+the\s+(?:control|placebo|"
    r"comparison|usual|standard))|"
    r"(?:the\s+)?(?:control|placebo|comparison|usual[-\s]care|standard[-\s]care|sham|(?:[\w-]+\s+){1,3}?)(?:group|arm)|"
    # a combination against its parts: "more effective than either alone", "better than diet alone"
    r"either(?:\s+(?:one|treatment|therapy|drug))?\s+(?:alone|on\s+its\s+own)|(?:[\w-]+\s+){1,2}alone\b)",
    re.IGNORECASE), ("than",))
_REFERENCE_NOTE = re.compile(r"^\W*(?:References?|Refs?\.|Sources?|See\s+also|Further\s+reading)\b", re.IGNORECASE)


# Openings that never stand alone, whatever the values (one scan for four patterns).
# A site's instructions for its own list of studies ("Switch between X and Y, then filter by benefit or study type",
# "Click any study to read its summary"): how to use the page, no finding whatever its words.
_SITE_INSTRUCTION = re.compile(
    r"^\W*(?:switch\s+between|(?:then\s+)?(?:filter|sort)\s+(?:by|the|results|studies|trials)|(?:click|tap)\s+(?:on\s+)?"
    r"(?:any|a|the|each)\s+(?:[\w-]+\s+)?(?:study|trial|row|card|title|link|tab|button)|use\s+the\s+(?:filters?|search|menu|tabs?))\b",
    re.IGNORECASE)
# What one unit of a product holds ("Each capsule provides 500 mg X standardised to ...", "Every
# two-scoop serving contains 5 g creatine", "One softgel delivers 1,000 IU"): a label, no study's arm.
_UNIT_CONTENT = re.compile(
    r"^\W*(?:each|every|one|a\s+single|per)\s+(?:[\w-]+\s+)?(?:capsules?|caps|tablets?|tabs?|softgels?|gel\s*caps?|"
    r"gummies|gummy|lozenges?|sachets?|stick\s+packs?|servings?|scoops?|vials?|ampoules?|drops?|sprays?|pumps?|"
    r"teaspoons?|tsp|tablespoons?|ml|millilitres?|milliliters?|bottles?|pouch(?:es)?|bars?)\b[^.;]{0,40}?"
    r"\b(?:provides?|contains?|delivers?|supplies|supply|has|gives?|offers?|packs?)\b",
    re.IGNORECASE)
_NEVER_ALONE = re.compile("|".join(f"(?:{p.pattern})" for p in (_OPEN_QUESTION, _CAPTION, _REFERENCE_NOTE, _AGENDA,
                                                                _SITE_INSTRUCTION)),
                          re.IGNORECASE)


@per_document(maxsize=4096)
def may_stand_alone(text: str) -> bool:
    """False when ``stands_alone`` must say no whatever the field values, and the
    sentence leaves no sample size or dose for the next one: no study context, no rate
    of response, no planned trial, no N and no dose, no animal-model finding and no
    comparison of named treatments. Cheapest tests first. Kept for the document: the
    read-ahead asks it of a sentence the builder asks again."""
    return bool(_STUDY_CONTEXT.found(text) or (_SHARE.found(text) and _EFFICACY.found(text)) or fields.parse_ongoing(text)
                or fields.parse_doses(text) or fields.parse_n(text)[0] is not None or _ANIMAL_FINDING.match(text)
                or _compares_named(text) or _ONE_STUDY_SAYS.search(text) or _STUDIES_SAY.match(text) or _NEW_TREATMENT.match(text)
                or _ENDPOINT.search(text) or _MEETING_REPORT.search(text) or _SPEAKER_REPORT.search(text)
                or _QUOTED_FINDING.search(text) or _PUBLISHED_STUDY.search(text) or _SIGNIFICANT_RESULT.search(text)
                or _NAMED_TRIAL_DESIGN.search(text) or _SAMPLE_ONLY.search(text) or _ARMS_BELOW.search(text)
                or _SPELLED_SAMPLE_RANDOMIZED.search(text) or _RAN_TRIAL.search(text) or _AUTHORS_CONCLUDE.search(text)
                or _SHOWED_NO_BENEFIT.search(text) or _EVIDENCE_SAYS.search(text) or _ARM_RESULT.search(text)
                or _RESEARCHERS_FOUND.search(text) or _STUDY_FOUND_WITHIN.search(text) or _CONCLUSION_LABEL.search(text)
                or _OWN_SURVEY.search(text) or _ACCORDING_TO_ONE_STUDY.search(text)
                or _ONE_STUDY_RANDOMIZED.search(text) or _SHOWN_TO_WORK.search(text))


def recruits(text: str) -> bool:
    """Whether a sentence tells a trial as a recruitment page does: a call for volunteers,
    or what taking part means without naming what is given ("Eligible participants will
    receive the study drug or placebo")."""
    return bool(_RECRUITS.search(text) or (_UNNAMED_DRUG.search(text) and not interventions(text)))


# A seller's or publisher's own survey with the share it reports ("In our own 2025 customer survey of
# 1,200 buyers, 87% said they felt more energetic"): a study of the page's product, however weak.
_OWN_SURVEY = GatedPattern(re.compile(
    r"\b(?:survey|poll)\s+of\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?\d[\d,]*\s+(?:of\s+)?"
    r"(?:our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:buyers|customers|users|clients|subscribers|readers|members|"
    r"patients|parents|owners|respondents|people|adults|women|men|shoppers|gardeners|athletes|runners)\b[^.;]{0,80}?"
    r"\b\d{1,3}(?:\.\d)?\s*(?:%|per\s*cent|in\s+(?:every\s+)?(?:10|ten)\b)", re.IGNORECASE), ("survey", "poll"))
# Use of a product told with the time it took ("after four weeks of X", "since starting X").
_AFTER_USE = re.compile(r"\b(?:after|within|since|on)\s+(?:(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|fortnight)\b|"
                        r"(?:starting|switching|taking|using|beginning)\b)", re.IGNORECASE)


# Who commented on a study without taking part in it.
_OUTSIDER = re.compile(r"\bwho\s+(?:was|is)\s+not\s+(?:involved|part\s+of)\s+(?:in\s+)?(?:the|this)\s+"
                       r"(?:research|study|trial|work)\b")


def stands_alone(text: str, values: fields.FieldValues, comment: bool) -> bool:
    """Whether an unattributed sentence is a claim of its own. In comments a testimonial
    is ("it cured my panic attacks"); in the body a sample size, dose or finding counts
    only inside a study ("84 patients received ..."), not in a product description or a
    general statement; a bare direction needs an arm, a comparison or participants. A
    trial told by its endpoints ("met its primary endpoint in a phase 3 trial") and one
    study's report of relief for a named treatment are results whatever their direction reads.
    Questions (open ones too), table/figure captions, notes about the references and
    what the document sets out to do, the literature as a whole ("Hundreds of studies
    have attested to ...") and what an institution does each year, never are."""
    if text.endswith("?") or _NEVER_ALONE.match(text) or (values.n is None and not values.dose and (
            _LITERATURE.match(text) or _absent_evidence(text) or _HYPOTHESIS.search(text) or _SYNTHESIS.match(text))) or (
            values.n is None and _pooled_verdict(text)) or (
            _selection_flow(text, values)) or (_SERVICE_VOLUME.search(text) and not values.dose):
        return False
    if not comment and values.n is None and values.direction in (None, "unknown") and _UNIT_CONTENT.match(text):
        return False  # "Each capsule provides 500 mg bromelain standardised to 2,400 GDU/g": a product's label
    if not comment and values.n is None and (_TITLE_TAIL.search(text) or (
            values.ongoing_trial and not values.dose and _headline(text))):
        return False  # "NOW RECRUITING · Melatonin for delirium after heart surgery": a listing's title line
    if values.ongoing_trial and not (values.n is not None or values.dose or values.comparator or values.outcome_measures
                                     or values.population or interventions(text) or _TRIAL_OF.search(text)):
        return False  # "A Phase 3 trial is planned to begin at 24 sites": it names no one, nothing given, no design
    if values.n is None and not values.dose and _SAMPLE_CONTRAST.search(text) and not interventions(text):
        return False  # "Treatment exposure was longer for patients with MDD than for bipolar disorder"
    if values.n is None and not values.dose and recruits(text):
        return False  # "you will be randomly assigned to the active study drug or a placebo"; a call for volunteers
    if values.n is None and values.direction in (None, "unknown", "null") and _ADVICE.search(text):  # "no more than": null
        return False  # "it's advisable to begin with a lower dose (around 200 mg) to avoid side effects": advice
    if values.n is None and not values.dose and _AFFECTS.search(text) and not _STUDY_WORDS.found(text):
        return False  # "Knee OA affects more than 300 million people, and injections are offered when ... fail"
    if values.n is not None and not values.dose and values.direction in (None, "unknown") and _INCIDENCE.search(text) and (
            not _SAMPLED.search(text)):
        return False  # "Around 100,000 people in the UK have a stroke each year": how common, no sample
    if values.ongoing_trial or (_SHARE.found(text) and _EFFICACY.found(text) and not _NEGATED.found(text)) or (
            _OWN_SURVEY.search(text) and (values.direction not in (None, "unknown") or _AFTER_USE.search(text))):
        return True  # "a Phase 3 trial of 300 adults is planned"; "response rates of up to 80%", "one in three patients remit"
    if "not " in text and _OUTSIDER.search(text):
        return False  # '"Emergency departments need faster tools," said Dr X, who was not involved in the research'
    if not comment and (_AUTHORS_CONCLUDE.search(text) or _SHOWED_NO_BENEFIT.search(text)):
        return True  # "These results support X, say the authors"; "Interestingly, bran showed no clinically relevant benefit"
    if not comment and _animal_finding(text):
        return True  # "In ferrets, X given within 24 hours blocked spread": no N, dose or citation needed
    directed = values.n is not None or values.direction not in (None, "unknown")
    if not comment and _MEETING_REPORT.search(text) and (interventions(text) or _TREATED.found(text) or (
            directed and _SHARE.found(text))):
        return True  # "X appear amenable to treatment with ferritin, researchers reported here at SLEEP 2015"
    if not comment and directed and _SPEAKER_REPORT.search(text) and (interventions(text) or _TREATED.found(text)):
        return True  # "Eighteen of 31 children achieved relief with iron therapy, said Neepa Gurbani"
    found = values.direction not in (None, "unknown") and not _NEGATED.found(text)
    if not comment and found and (_QUOTED_FINDING.search(text) or (_PUBLISHED_STUDY.search(text) and _PEOPLE.search(text))):
        return True  # '"I was surprised by the large effect size ...," said principal investigator Dr. X Y'
    if not comment and values.direction not in (None, "unknown") and _ACCORDING_TO_ONE_STUDY.search(text):
        # "Painting X on decayed teeth worked as well as fillings, according to a large trial run in ...", and a null
        # put down to the study as well: "X is not effective after all, according to research conducted over 24 weeks"
        return True
    if not comment and found and _SIGNIFICANT_RESULT.search(text) and (
            _TAKEN.found(text) or interventions(text) or _TREATMENT_KIND.search(text)):
        return True  # "daily consumption of X led to significant reductions in ...": uncited, still a finding
    if not comment and "\n" in text and _ARM_RESULT.search(text) and len(_ARM_RESULT.pattern.findall(text)) >= 2 and (
            _LISTED.search(text) and "baseline" not in text.lower()):
        return True  # "• 2.7 migraine days in the melatonin group, • 2.2 in the amitriptyline group": a result by arm
    if not comment and (_NAMED_TRIAL_DESIGN.search(text) or _SAMPLE_ONLY.search(text) or _ARMS_BELOW.search(text)
                        or _SPELLED_SAMPLE_RANDOMIZED.search(text) or _ONE_STUDY_RANDOMIZED.search(text) or (
            _RAN_TRIAL.search(text) and (interventions(text) or _DRUG_LIKE.search(text.lower())))):
        return True  # "the Enquiring About Tolerance (EAT) study randomized ...", "60 adults ... were enrolled in this study"
    if comment:
        return (reports_result(values) or bool(COMMENT_CUE.found(_without_shrug(text)))) and not _encouragement(text) and not (
            values.direction in (None, "unknown") and _PLAN.search(text))
    if values.n is None and not values.dose and _headline(text) and text.count("(") <= text.count(")"):
        # (an open bracket is a result cut off mid-way, "... than placebo group (treatment difference, -0.22; 95%")
        return False  # "Glycine ingestion improves sleep quality in human volunteers": a title over the study
    if values.dose and values.n is None and values.direction in (None, "unknown") and _headline(text) and (
            not _STUDY_WORDS.found(text)):
        return False  # "# Luma Saffron Night — 28 mg saffron extract for menopausal sleep": a product's title, no study
    if values.n is not None and values.dose:
        return True  # "tested at 100 mg and 200 mg in 477 children"
    if _ENDPOINT.search(text) and (_STUDY_WORDS.found(text) or interventions(text) or _DRUG_LIKE.search(text.lower())):
        return True  # "X met its primary endpoint in a phase 3 trial": a result, whatever its direction reads
    if (_ONE_STUDY_SAYS.search(text) or _STUDIES_SAY.match(text) or _RESEARCHERS_FOUND.search(text)) and (
            _ARM_CONTRAST.search(text) or _ARM_FARED.search(text)):
        return True  # "Those who received X regained more Y than those given Z alone, according to a trial"
    if values.n is None and _NO_SIGNIFICANT.search(text) and (_STUDIES_SAY.match(text) or _ONE_STUDY_SAYS.search(text)):
        return True  # "Other studies haven't found a significant impact": a null finding on the page's treatment
    if values.direction in (None, "unknown") and (_EFFICACY.found(text) or _EFFECT.found(text)) and not (
            _NEGATED.found(text)) and _one_study_found(text):
        return True  # "According to a study, the use of X has provided pain relief"; "research has shown X may lower Y"
    if not reports_result(values):
        return False
    if values.n is not None or values.dose or values.ongoing_trial:
        return bool(_STUDY_CONTEXT.found(text) or _STUDY_WORDS.found(text))
    return bool(_STUDY_CONTEXT.found(text)) or _compares_named(text) or _one_study_found(text) or bool(
        text.endswith(".") and _NEW_TREATMENT.match(text) and _REPORTED.search(text))


_POOLED_STUDIES = re.compile(r"^\W*[\w\s-]*?,?\s+(?:the|these|those|all)\s+(?:[\w-]+\s+){0,3}?(?:studies|trials|RCTs)\b",
                             re.IGNORECASE)


def _pooled_verdict(text: str) -> bool:
    """A review's verdict over the trials it went through ("Taken together, the trials support
    X 40 mg as first-line"): the dose it recommends is no study's arm, so no claim."""
    synthesis = _SYNTHESIS.match(text)
    return synthesis is not None and _POOLED_STUDIES.match(synthesis.group(0)) is not None


def _one_study_found(text: str) -> bool:
    """A finding about a named treatment, or a kind of treatment, that one study, or studies,
    made, told without a citation: "A trial in Europe has shown that cannabidiol reduces
    seizures in children", "Studies show that melatonin shortens sleep onset", "The most
    commonly prescribed antidepressant barely relieves symptoms, a study has found"."""
    return bool((_ONE_STUDY_SAYS.search(text) or _STUDIES_SAY.match(text) or _EVIDENCE_SAYS.search(text)
                 or _RESEARCHERS_FOUND.search(text) or _STUDY_FOUND_WITHIN.search(text) or _CONCLUSION_LABEL.search(text)) and (
        interventions(text) or _DRUG_LIKE.search(text.lower()) or _TREATMENT_KIND.search(text) or _TAKEN.found(text)
        or _SUBJECT_TREATS.search(text) or _CONSUMED.search(text) or (
            (_RESEARCHERS_FOUND.search(text) or _STUDY_FOUND_WITHIN.search(text)) and _FOUND_IT_EASES.search(text)))) or (
        _shown_to_work(text))


def _shown_to_work(text: str) -> bool:
    """Whether a sentence opens on a treatment that studies have shown to do something."""
    found = _SHOWN_TO_WORK.search(text)
    if found is None:
        return False
    subject = found["subject"]
    return bool(interventions(subject) or _DRUG_LIKE.search(subject.lower()) or _TREATMENT_KIND.search(subject)
                or TREATMENT_KIND_END.search(subject.lower()))


def model_organisms(text: str) -> frozenset[str]:
    """The animals a text names, one word each ("mice" and "murine" are "mouse")."""
    return frozenset(_ORGANISM_NAMES.get(m.group(0).lower(), m.group(0).lower().rstrip("s"))
                     for m in _ORGANISM.finditer(text))


def opens_animal_model(text: str) -> bool:
    """Whether a sentence opens on an animal model ("In ferrets, ...", "Mice given X ...")."""
    return _ANIMAL_FINDING.match(text) is not None


def _animal_finding(text: str) -> bool:
    """An animal-model finding: the model organism opening the sentence, a drug given to
    it and an effect verb ("In rats, curcumin reduced liver fibrosis")."""
    opening = _ANIMAL_FINDING.match(text)
    if opening is None:
        return False
    rest = text[opening.end():]
    given = (m.group(1).lower() for m in _GIVEN_NAME.finditer(text))
    return bool(_ANIMAL_EFFECT.search(rest) and (interventions(text) or _DRUG_LIKE.search(text.lower()) or any(
        name not in _NOT_INTERVENTIONS and not _CONTROL.match(name) for name in given)))


def _compares_named(text: str) -> bool:
    """A whole sentence (a news lede, not a headline) in which a named treatment is
    compared with another named one or a control: "A single dose of baloxavir helped
    children recover a day faster than oseltamivir, a trial found"."""
    if not text.endswith((".", "!", ".\u201d", ".'", '."')) or not (" than " in text or "vs" in text or "compared" in text
                                                                   or " over " in text):
        return False
    comparison = _COMPARISON.search(text)
    if comparison is None:
        return False
    before, after = text[:comparison.start()].lower(), comparison.group(1).lower()
    if not _BETTER.search(before):
        return False  # "some products contain less CBD than the label says": no efficacy compared
    named_before = interventions(before) or _DRUG_LIKE.search(before)
    named_after = interventions(after) or _DRUG_LIKE.search(after) or _CONTROL.search(after)
    return bool(named_before and named_after)


# What a sentence says was given, named or not in the drug lexicon: "Dogs that received curcumin ...".
_GIVEN_WORD = re.compile(r"\b(?:received|given|taking|took|fed|using|used)\s+(?:the\s+|a\s+|an\s+|oral\s+|daily\s+)?([a-z][\w-]{3,})\b")


def given_words(text: str) -> frozenset[str]:
    """The word after a verb of giving ("received curcumin"), for treatments no lexicon knows."""
    return frozenset(found.group(1) for found in _GIVEN_WORD.finditer(text.lower()))


@per_document(maxsize=1024)  # a sentence is asked once when it may join a draft, again when it does
def interventions(text: str) -> frozenset[str]:
    """Lowercased names of what a sentence gives: known drugs and words next to a dose
    (a drug measured as an outcome, "serum cortisol", "melatonin levels", is not given)."""
    lower = text.lower()
    named = {m.group(1) for m in drug_names_in(lower) if not (
        _MEASURED_BEFORE.search(lower, max(0, m.start() - 12), m.start()) or _MEASURED_AFTER.match(lower, m.end()))}
    for m in _DOSE_AMOUNT.finditer(lower):
        before = _WORD_BEFORE_DOSE.search(lower, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER_DOSE.match(lower, m.end())
        named.update(found.group(1) for found in (before, after) if found)
    return frozenset(_GENERIC.get(_SPACES.sub(" ", name), name) for name in named - _NOT_INTERVENTIONS)


def new_names(text: str) -> frozenset[str]:
    """The interventions a sentence gives, less those it names as an arm of the study
    already open ("... fell more in the ashwagandha group")."""
    named = interventions(text)
    if named and _ARM.search(text):
        arms = {m.group(1).lower() for m in _ARM.finditer(text)}
        named = frozenset(name for name in named if name not in arms)
    return named


def _selection_flow(text: str, values: fields.FieldValues) -> bool:
    """A review's selection-flow count ("51 studies were discarded: animal study (n=16),
    no control (n=33)"): its numbers count records, not people, and it finds nothing."""
    return bool(_FLOW.search(text) and not _PEOPLE.search(text) and values.direction == "unknown" and not values.dose)


def is_background(text: str, values: fields.FieldValues) -> bool:
    """Whether a cited sentence is a statistics or review method cited to its method
    paper ("The random-effects model [53] was used ...", "interpreted using the
    following thresholds [57]", a selection-flow count): no sample size, dose or finding.
    (A cited background fact, "X affects 5% of children [1]", stays a claim: convention 4.)"""
    return bool(values.n is None and not values.dose and not values.ongoing_trial and values.direction == "unknown"
                and _METHOD.search(text)) or _selection_flow(text, values)


def is_aside(text: str, values: fields.FieldValues, own: list[Attribution]) -> bool:
    """Whether a cited sentence only says who funded the study or declares interests
    ("funded by the National Institute of ... (grant ...) and by <company>"), or, cited
    by a bare link, is the publisher's own business ("Our reader survey closes Friday:
    <link>"): it names an organisation or a page, not a study's design or result."""
    if values.n is not None or values.dose or values.ongoing_trial or values.direction != "unknown":
        return False
    return bool(_DISCLOSURE.search(text)) or (all(a.kind == "url" for a in own) and bool(_HOUSEKEEPING.search(text)))


# "nothing major", "nothing serious": a harm waved away in a reply, not "it did nothing" for the writer.
_SHRUG = re.compile(r"\bnothing\s+(?:major|serious|drastic|terrible|too\s+bad|much\s+to\s+worry|to\s+worry)\b", re.IGNORECASE)


def _without_shrug(text: str) -> str:
    """The text with a waved-away harm ("a bit sore for a day, nothing major") taken out, so
    that its "nothing" is no testimonial cue."""
    return _SHRUG.sub(" ", text) if "othing" in text else text


def _encouragement(text: str) -> bool:
    """A comment that cheers the reader on: no experience of one's own ("I", "my"), no
    intervention named, words addressed to the reader or "it gets better"."""
    return bool(_ENCOURAGEMENT.search(text) and not _FIRST_PERSON.search(text) and not interventions(text))


def tells_own_use(text: str) -> bool:
    """"So I started with 60 mg, once a day": the writer's own use, a claim only when what
    came of it follows."""
    return _OWN_USE.search(text) is not None


def is_disclosure(text: str) -> bool:
    """Who funded the study or what its authors declare: no finding of it."""
    return bool(_DISCLOSURE.search(text))


def is_design_title(text: str) -> bool:
    """A paper's title naming its design after a colon ("X versus Y in Z: a randomized
    trial."): a record's title line, neither a claim nor part of one."""
    return bool(_TITLE_TAIL.search(text))


_ARMS_TITLE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to))\s", re.IGNORECASE)


def is_arms_title(text: str) -> bool:
    """A title naming a trial's arms: one line with no full stop, no list item and no
    labelled finding, setting one treatment against another ("PATELLA-PRP: Platelet-rich
    plasma versus saline injection for patellar tendinopathy in jumping athletes")."""
    return "\n" not in text and _ARMS_TITLE.search(text) is not None and _headline(text)


def is_caption(text: str) -> bool:
    """A table or figure caption, or a note under a table defining its terms."""
    return bool(_CAPTION.match(text))


def is_reference_note(text: str) -> bool:
    """"References [7]-[10] are available on request.": cites, reports nothing."""
    return bool(_REFERENCE_NOTE.match(text))
