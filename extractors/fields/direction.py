"""Direction of a finding — positive, null, negative, mixed or unknown — and whether the
text describes an ongoing or planned trial rather than a result.

Cues are found in passes over the lowercased text, each masking what it matched so
later passes cannot reuse the words:

1. safety and baseline statements are removed ("no significant adverse events" and
   "fewer side effects" say nothing about efficacy);
2. phrases that read the wrong way word by word ("worsened 27% less than placebo",
   "slowed decline") are taken as positive;
3. outright mixed results ("inconsistent results") and limiting qualifiers ("only the
   higher dose ...");
4. negative cues ("the control arm improved more", "worse than placebo");
5. null cues ("did not enhance", "as effective as sertraline", "was unchanged");
6. positive cues ("significantly reduced", "superior to", "lower scores than").

Positive together with null, negative or a limiting qualifier is ``mixed``.

Hedging, decided here: a hedged claim keeps the direction it asserts ("may improve" is
positive) because editors check exactly those claims against the study; a "trend
toward" is a non-significant result and reads as null. Equivalence ("as effective as",
"comparable to") is null: no difference between the arms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.fields.comparator import CONTROLS
from extractors.fields.lexicon import trie_pattern

_CONTROL = (
    r"(?:placebo|control|controls|comparator|wait-?\s?list|waiting\s+list|usual\s+care|tau|sham|vehicle|"
    r"standard\s+care|treatment\s+as\s+usual|no-treatment)"
)
_GROUP = r"(?:\s+(?:group|groups|arm|arms|condition|participants|patients|subjects|recipients|cohort))?"
_W = r"[\w\-'%.,]+\s+"  # one word of a phrase, hyphens, percentages and decimals included
_IGNORE = [
    r"\bno\s+(?:\w+\s+){0,3}?(?:adverse|side)[\s-]+(?:events?|effects?|reactions?)",
    r"\b(?:fewer|less|lower\s+rates?\s+of|more|higher\s+rates?\s+of|similar\s+rates?\s+of)\s+(?:\w+\s+){0,2}?(?:side[\s-]+effects?|adverse\s+(?:events?|effects?|reactions?)|dropouts?|drop-outs?|discontinuations?)",
    r"\b(?:adverse|side)[\s-]+(?:events?|effects?)\s+(?:\w+\s+){0,2}?(?:were|was)\s+not\s+(?:significantly\s+)?(?:increased|higher|more\s+common|different)",
    r"\b(?:did\s+not|no|not)\s+(?:\w+\s+){0,4}?(?:differ|difference|differences)\s+(?:\w+\s+){0,3}?(?:at\s+)?baseline",
    r"\b(?:no|not)\s+(?:\w+\s+){0,3}?(?:differ\w*)\s+(?:in|on)\s+(?:\w+\s+){0,2}?(?:dropout|drop-out|attrition|adverse|side|tolerab\w*|safety|retention|demographic\w*|baseline)\b",
    r"\bwell[\s-]+tolerated\b|\breassuring\s+on\s+safety\b|\bcosts?\s+(?:much\s+)?less\b",
    r"\b(?:no|without)\s+(?:serious|significant|major|notable)\s+(?:safety|tolerability)\b",
    r"\bno\s+(?:deaths|dropouts|withdrawals)\b",
    r"\bwhether\b[^.;:]*",  # a question the study asks, not its answer
    # who the patients were: "patients who had not responded to two antidepressants"
    r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:not|never|failed\s+to)\s+(?:\w+\s+)?(?:respond\w*|improv\w*|benefit\w*)",
]
_STRONG_POSITIVE = [
    rf"\b(?:worsen(?:ed|ing)?|deteriorated|declined)\s+(?:{_W}){{0,2}}?less\b|\bless\s+(?:\w+\s+)?(?:decline|deterioration|worsening|progression)\b",
    rf"(?<!not\s)(?<!n't\s)\bslow(?:ed|s|ing)?\s+(?:the\s+)?(?:{_W}){{0,2}}?(?:decline|progression|deterioration|worsening|loss)\b",
    rf"\b(?:lower|fewer|less|reduced|smaller)\s+(?:{_W}){{0,8}}?than\s+(?:those|people|patients|participants|subjects|women|men|children|adults|the|after|with|on|in|a|an|placebo|controls?|usual|sham|wait)",
    rf"\b(?:declined|worsened|deteriorated|increased|rose)\s+(?:only\s+)?(?:with|in|on|among|for)\s+(?:the\s+)?{_CONTROL}",
    rf"\b{_CONTROL}{_GROUP}\s+(?:\w+\s+)?(?:deteriorated|worsened|got\s+worse|relapsed)\b",
]
_MIXED = [
    r"\b(?:early|initial|short-term|acute|transient|temporary|brief)\s+(?:\w+\s+)?(?:improvements?|benefits?|gains?|effects?|responses?|relief|reductions?)\b"
    r"[^.;]{0,60}?\b(?:not\s+(?:sustained|maintained|persist\w*|last\w*)|lost|disappeared|faded|waned|wore\s+off|gone)",
    r"\b(?:lasted|persisted)\s+(?:only|just)\b|\bonly\s+lasted\b|\bshort-lived\b|\btransient\s+(?:improvements?|benefits?|effects?|relief)\b",
    r"\b(?:inconsistent|conflicting|mixed|equivocal)\s+(?:results|findings|evidence|effects?)\b",
    r"\b(?:were|was|are|is|remain|remained)\s+(?:\w+\s+)?(?:inconsistent|conflicting|equivocal)\b",
]
_LIMITING = [
    r"\bonly\s+(?:the\s+|in\s+(?:the\s+)?)?(?:(?:higher|highest|lower|lowest|smallest|largest|high|low|first|second|one|two|\d[\d.,]*|mg|g|ug|µg|mcg|daily)\s+)*"
    r"(?:dose|doses|trial|trials|study|studies|group|arm|subgroup|mg|g|patients|women|men|participants)\b",
    r"\bonly\s+\d[\d.,]*\s*(?:mg|g|ug|µg|mcg)\b",
    r"\bonly\s+(?:at|in|during|after|on|for)\s+(?:the\s+)?(?:week|wk|day|month|first|end|\d)",
    r"(?<!\btrend\s)\bonly\s*(?=[.;,)]|$)",  # "benefit on HAMD only"
]
_FACULTY = (
    r"(?:cognition|memory|performance|attention|mood|sleep|symptoms?|anxiety|depression|pain|outcomes?|"
    r"functioning|recall|learning|craving|fatigue|agitation|scores?)"
)
_NEGATIVE_CONTROL = [  # the control arm did better
    rf"\b{_CONTROL}(?:-treated|-allocated)?{_GROUP}\s+(?:\w+\s+){{0,2}}?(?:improved|showed|had|gained|experienced|did|reported|demonstrated)\s+(?:\w+\s+){{0,2}}?(?:more|greater|better|larger|faster)\b",
    rf"\b(?:improved|fell|dropped|declined|decreased|reduced)\b[^.;]{{0,60}}?\bmore\s+so\s+(?:in|with|on|among|for)\s+(?:the\s+)?{_CONTROL}",
    rf"\b{_CONTROL}{_GROUP}\s+(?:(?:was|were|proved|appeared)\s+)?(?:significantly\s+|slightly\s+)?(?:superior|better|more\s+effective)\b(?!\s+tolerated)",
    rf"\b{_CONTROL}{_GROUP}\s+(?:outperformed|surpassed|beat)\b",
    rf"\b(?:in\s+)?favou?r(?:ed|ing|s|\s+of)?\s+(?:the\s+)?{_CONTROL}",
    rf"\b(?:greater|more|larger|better)\s+(?:\w+\s+){{0,2}}?(?:improvement|reduction|gains?|response|benefit)s?\s+"
    rf"(?:(?:was|were)\s+(?:seen|observed|found|noted)\s+)?(?:in|with|among|for|on)\s+(?:the\s+)?{_CONTROL}",
    rf"\b(?:fell|dropped|declined|decreased|improved)\s+(?:slightly\s+|significantly\s+|much\s+|somewhat\s+|even\s+)?more\s+(?:in|with|on|among|for)\s+(?:the\s+)?{_CONTROL}",
    rf"\b(?:improvements?|reductions?|gains?|responses?|response\s+rates?|benefits?|remission\s+rates?)\s+(?:was|were)\s+(?:\w+\s+)?"
    rf"(?:greater|larger|better|higher)\s+(?:in|with|on|among|for)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?{_CONTROL}",
    rf"\b(?:participants|patients|those|people|subjects)\s+(?:given|on|receiving|taking|in\s+the)\s+{_CONTROL}{_GROUP}\s+(?:did|fared|responded)\s+better\b",
]
_NEGATIVE = [
    rf"\b(?:more|greater|higher|worse|increased)\s+(?:{_W}){{0,2}}?(?:anxiety|depression|pain|symptoms?|distress|insomnia|craving|relapses?|psychosis|agitation|suicidal\w*)\s+(?:{_W}){{0,6}}?than\b",
    rf"\b(?:mortality|deaths?|relapses?|relapse\s+rates?|hospitali[sz]ations?)\s+(?:was|were)\s+(?:\w+\s+)?higher\s+(?:in|with|among|for|on)\s+(?:the\s+)?(?!{_CONTROL})",
    rf"\b(?:higher|increased|greater|more|excess)\s+(?:{_W}){{0,2}}?(?:mortality|deaths?|relapses?|hospitali[sz]ations?|suicid\w*|falls|fractures)\b",
    r"\bworse\s+(?:on|with|in|after|under|for|among)\b|\b(?:poorer|impaired)\s+(?:on|with|after|under)\b",
    rf"\b{_FACULTY}\s+(?:was\s+|were\s+|got\s+|became\s+|significantly\s+|markedly\s+)*(?:worse|poorer|impaired)\b",
    r"(?<!with\s)(?<!cognitively\s)\bimpaired\s+(?:memory|cognition|learning|performance|recall|attention|driving|psychomotor|sleep)\b",
    r"(?<!with\s)(?<!cognitively\s)(?<!\w)impaired\s*(?=[.;,)]|$)",
    r"\b(?:worsen(?:ed|ing|s)?|deteriorat\w+|exacerbat\w+|(?<!non-)(?<!non)inferior\s+to|worse\s+than|worse\s+(?:outcomes?|symptoms?|scores?)|less\s+effective|less\s+improvement|increased\s+(?:the\s+)?(?:risk|rate|rates|likelihood)\s+of\s+(?:relapse|suicid\w+|death|mortality|psychosis|mania)|harmful)\b",
]
# A non-significant or equivalent comparison outweighs descriptive gains in the same
# breath ("fewer headache days, though the difference was not significant" is null).
_NONSIGNIFICANT = [
    r"\bnot\s+(?:statistically\s+)?significant(?:ly)?\b|\bnon-?\s?significant(?:ly)?\b",
    r"\bdid\s+not\s+(?:quite\s+|narrowly\s+)?(?:reach|attain|achieve)\s+(?:conventional\s+|statistical\s+)?significance\b",
    r"\b(?:narrowly\s+|just\s+|marginally\s+)?missed\s+(?:conventional\s+|statistical\s+)?significance\b|\bfell\s+(?:just\s+)?short\s+of\s+(?:conventional\s+|statistical\s+)?significance\b",
    r"\bcomparable\s+(?:to|with|between|across|in|efficacy|outcomes?|improvements?|effects?)\b",
    r"\b(?:\w+ed\s+)?similar(?:ly)?\s+(?:to|in|between|across|among|improvements?|outcomes?|effects?|efficacy|reductions?|rates?|gains?)\b",
    r"\bas\s+(?:effective|efficacious|good|well)\s+as\b|\bnon-?\s?inferior(?:ity)?\b",
    r"\b(?:were|was|are|is|remained)\s+(?:very\s+|broadly\s+|largely\s+)?similar\b|\bby\s+(?:a\s+)?(?:similar|comparable)\s+(?:amount|margin|degree|extent)\b|\bequivalent\b|\bequally\b|\bin\s+both\s+(?:groups|arms|conditions)\b",
    r"\b(?:both|all\s+(?:three|four|the))\s+(?:groups|arms|conditions)\s+(?:\w+\s+)?(?:improved|benefit\w*|got\s+better)",
    r"\btrend(?:ed|ing)?\s+(?:toward|towards)(?:\s+(?:a|an|the|greater|more|larger|significant|statistical))*\s+\w+|\bnon-?significant\s+trend\b",
    r"\btrends?\b",
    r"\b(?:improved|benefit(?:t?ed)?|gained|responded|did)\s+(?:just\s+|about\s+|nearly\s+)?as\s+much\b|\b(?:did|performed|fared)\s+(?:just\s+|about\s+)?as\s+well\b",
]
_NULL_VERBS = (
    r"(?:differ|improve|enhance|reduce|separate|outperform|augment|affect|change|increase|decrease|alter|show|produce|"
    r"lead|result|reach|achieve|help|benefit|add|speed|accelerate|prevent|lower|boost|influence|facilitate|confer|"
    r"yield|persist|last|outlast|remain|surpass|beat|attenuate|alleviate|slow|work|do\s+anything|support|favou?r|"
    r"delay|protect|modify|shorten|relieve|ease|say|respond|tolerate)"
)
_NULL = [
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:differences?|effects?|benefits?|improvements?|advantages?|changes?|reductions?|superiority|separation|association|impact)\b",
    rf"\b(?:did|does|do|could|would|has|have|had|can|ca)\s*(?:not|n't)\s+(?:\w+\s+){{0,2}}?{_NULL_VERBS}",
    r"\brespond(?:s|ed)?\s+(?:little|poorly|partially|inadequately|only\s+partially)\b",
    r"\bdid\s*(?:not|n't)\s*(?=[.;,)\[]|$)|\bdid\s+nothing\b|\bnothing\s+for\s+me\b|\bwaste\s+of\s+money\b|\bnever\s+noticed\b",
    r"\bfail(?:ed|s)?\s+to\s+(?:[\w-]+\b)?|\b(?:wore|worn|wears?|wearing)\s+off\b|\bfutility\b|\bmissed\s+(?:its|the|their)\s+(?:\w+\s+)?(?:end\s*-?\s*point|endpoint|outcome|target)",
    r"\b(?:was|were|is|are)\s+not\s+(?:significantly\s+|statistically\s+)?(?:superior|better|more\s+effective|different|effective|efficacious|associated|improved|reduced|enhanced|sustained|maintained|found|observed|detected)",
    r"\bno\s+(?:better|more\s+effective|faster|quicker|sooner|more|greater|larger|higher|lower|less|fewer)\s+(?:\w+\s+)?than\b",
    r"\bno\s+(?:stat(?:istically)?\.?\s+)?sig(?:nif)?\.?\s+(?:diff\w*|effect|change|benefit)|\bnot\s+sig\.?(?![\w])",
    r"\bnull\s+(?:result|finding|effect)s?\b",
    r"\bneither\b[^.;]{1,80}\bnor\b",
    r"\bneither\b[^.;]{0,60}?\b(?:superior|better|effective|different|improved|reduced|separated|outperformed)\b(?:\s+(?:to|from|than))?",
    r"\bno\s+longer\s+(?:differ\w*|significant|different|evident|present|separated|apparent|detectable)\b|\blost\s+(?:statistical\s+)?significance\b",
    r"\b(?:had\s+)?(?<!symptoms\s)(?<!anxiety\s)(?:disappeared|vanished|waned|faded)\b|\b(?:was|were)\s+absent\b|\bunchanged\b",
    r"\b(?:benefits?|effects?|gains?|improvements?|advantages?|differences?)\s+(?:was\s+|were\s+|had\s+been\s+|had\s+)?(?:lost|gone|not\s+maintained|not\s+sustained|disappeared|vanished|faded|waned|worn\s+off)\b",
    r"\b(?:lost|gone|disappeared|faded|waned)\s+by\s+(?:week|wk|day|month|year|\d|the\s+end|follow)",
    r"\b(?:primary\s+|main\s+)?(?:outcomes?|end\s*-?\s*points?|endpoints?|objectives?)\s+(?:was|were)\s+not\s+(?:met|achieved|reached)\b|\bdid\s+not\s+meet\b",
    r"\bnothing\s*(?=[.!]|$)",
    r"\bineffective\b|\bno\s+(?:evidence|support)\s+(?:of|for|that)\b|\bnot\s+supported\b",
    # "improved sleep but not mood" (not "improved in both drug groups but not with placebo")
    rf"\bbut\s+not\s+(?!only\b|just\b|necessarily\b|always\b)(?!(?:(?:with|in|on|for|among|after)\s+)?(?:the\s+)?{_CONTROL})[\w-]+",
]
_SIGNIFICANT_POSITIVE = [
    r"\bsignificant(?:ly)?\s+(?:\w+\s+){0,2}?(?:reduc\w+|improv\w+|decreas\w+|increas\w+|enhanc\w+|greater|better|lower|higher|faster|more|fewer|less|superior|attenuat\w+|alleviat\w+|benefit\w*|effect|advantage|response|remission|gains?)",
    r"\b(?:was|were|became|remained|is|are)\s+(?:statistically\s+|highly\s+)?significant\b",
    r"\bsuperior\s+to\b|\boutperform(?:ed|s)?\b|\bseparated\s+from\b",
]
_POSITIVE = [
    r"\b(?:reduced|reduces|reduce|reducing|improved|improves|improve|improving|decreased|decreases|enhanced|enhances|enhance|alleviated|attenuated|ameliorated|accelerated|boosted|augmented|facilitated|relieved|lowered|normali[sz]ed|reversed|prevented|restored|rescued|abolished|shortened|speeded|sped|ease|eases|eased|helped|helps|cured|"
    r"curbed|curbs|calmed|calms|quelled|tamed|soothed|sharpened|lessened|dampened|blunted|halted|slashed)(?![\w-])",
    r"\bshow(?:s|ed|n)?\s+(?:early\s+|some\s+|real\s+|great\s+)?promise\b|\bpromising\s+(?:results?|findings?|effects?|signs?)\b",
    r"\bfavou?r(?:s|ed|ing)?\s+(?:the\s+)?[\w-]+",  # after the control arm's "favours placebo" is taken
    r"\b(?:latency|latencies|duration|time\s+to\s+[\w-]+)\s+(?:was\s+|were\s+)?(?:significantly\s+|markedly\s+)?shorter\b",  # not "ENHANCE-X", a trial's name
    rf"\bmore\s+effective\b|\bbetter\s+(?:{_W}){{0,4}}?than\b|\bmore\s+efficacious\b|\bbeat\b",
    r"\b(?:greater|larger|faster|more|bigger|higher|large|marked|substantial|rapid|robust|sustained|meaningful|moderate)\s+(?:\w+\s+){0,2}?(?:improvements?|reductions?|decreases?|drops?|gains?|responses?|remissions?|response\s+rates?|remission\s+rates?|benefits?|effects?)\b",
    r"\b(?:effective|efficacious|beneficial|helpful)\b|\bbenefit(?:s|ed|ted)?\b|\bimprovements?\b|\bfaster\b|\bfewer\b|\bresponders?\b",
    r"\b(?:produced|showed|demonstrated|exerted|yielded|induced|conferred|had|found|reported|observed)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?(?:effects?|improvements?|reductions?|benefits?|advantages?)\b",
    r"\badvantages?\b|\blonger\s+(?:total\s+)?sleep\b|\bhalved\b|\bbest\s+(?:chance|results?|outcomes?|response)\b|\bgot\s+me\s+(?:out|through|back)\b",
    r"\bshorter\s+(?:[\w-]+\s+){0,3}?(?:latency|latencies|duration|time\s+to|episodes?|stays?|attacks?)\b",
    r"\b(?:more|better|deeper|longer)\s+(?:restful\s+|satisfying\s+|refreshing\s+|restorative\s+)?sleep\b",
    r"\bmore\s+likely\s+to\s+(?:achieve|attain|reach|be\s+in|experience|remain\s+in|stay)\s+(?:\w+\s+)?(?:remission|response|recovery|abstinen\w*|abstinent|well)\b",
    r"\bless\s+likely\s+to\s+(?:relapse|die|drop\s+out|be\s+hospitali[sz]ed|be\s+readmitted|attempt\s+suicide)\b",
    r"\b(?:rates?|scores?)\s+(?:were\s+|was\s+)?(?:higher|greater|better)\s+(?:with|in|for|on|after|among)\b",
    r"\bhigher\s+(?:[\w-]+\s+){0,3}?(?:abstinence|response|remission|quit|success|survival|cure|recovery)\s+rates?\b",
    r"\bincreased\s+(?:\w+\s+){0,2}?(?:abstinence|remission|response|survival|quit\s+rates?|well-?being|quality\s+of\s+life|sleep\s+time)\b",
    r"\b(?:fell|dropped|declined|decreased)\s+(?:\w+\s+){0,2}?(?:markedly|significantly|substantially|sharply|dramatically|more|by\s+\d|by\s+(?:half|a\s+third|a\s+quarter|two-thirds)|in\s+half|from\s+baseline)",
    r"\b(?:scores?|symptoms?|severity|frequency|anxiety|depression|pain|fatigue|craving|insomnia|stress|agitation|days)\s+(?:fell|dropped|declined|decreased|improved|eased)\b|\bcut\s+(?:[\w-]+\s+){0,3}?(?:by\s+\d|by\s+half|in\s+half)",
    r"\b(?:lower|reduced|less|fewer)\s+(?:[\w-]+\s+){0,2}?(?:scores?|symptoms?|severity|fatigue|anxiety|pain|craving|use|fear|worry|stress|"
    r"distress|depression|insomnia|nightmares|agitation|attacks|relapses?|headaches?|migraines?)\b",
    r"\bbetter\s+(?:sleep|mood|scores?|outcomes?|functioning|quality\s+of\s+life|memory|cognition)\b",
    r"\b(?:respond(?:ed|s)?|remitted)\b|\b(?:response|remission)\s+(?:rates?\s+)?(?:of|in)\s+(?:up\s+to\s+|about\s+|roughly\s+|around\s+|nearly\s+|over\s+)?(?:\d|one|two|half|a\s+third)",
    r"\b(?:anxiety|depression|pain|symptoms?|panic|fear|craving|insomnia|migraines?|headaches?|mood|fog)\s+(?:is|was|are|were|has|had)\s+(?:\w+\s+)?(?:gone|lifted|better|improved|reduced|resolved|disappeared)\b|\blifted\b",
    r"\b(?:symptoms?|anxiety|depression|pain|panic|craving|insomnia|migraines?|headaches?)\s+(?:\w+\s+)?(?:disappeared|resolved|vanished|went\s+away|cleared)\b",
    r"\b(?:works?|worked)\s+(?:great|well|wonders|for|in\s+(?:about|around|roughly|nearly|up\s+to|most|many|half|\d))\b|\bmuch\s+better\b|\bless\s+frequent\b|\b(?:sleeps?|feels?|feeling)\s+(?:much\s+)?better\b|\bcalmer\b|\bstayed\s+well\s+longer\b",
]
def _triggers(*stems: str) -> tuple[str, ...]:
    return stems


def _cues(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a pass. Every cue starts at the start of a word; testing that once
    up front, as a look-behind for a letter rather than ``\\b``, rejects most positions
    before any of the alternatives is tried (about 40% faster than a leading ``\\b``)."""
    return re.compile(r"(?<![a-z])(?=[a-z])(?:" + "|".join(patterns) + ")")


# The positive pass runs when one of these starts a word: the stems of every positive
# cue, which also serve as the whole parser's prefilter.
_POSITIVE_STEMS = (
    "signific", "nonsignific", "insignific", "reduc", "improv", "decreas", "enhanc", "effect", "efficac", "benefi",
    "superior", "outperform", "better", "worse", "inferior", "noninferior", "differ", "fail", "compar", "similar",
    "equivalent", "trend", "alleviat", "attenuat", "amelior", "accelerat", "gain", "faster", "fewer", "greater",
    "larger", "remission", "respon", "relie", "lower", "prevent", "normali", "restor", "revers", "rescu", "favo",
    "deteriorat", "exacerbat", "harm", "neither", "null", "helpful", "boost", "augment", "facilitat", "shorten",
    "sped", "speed", "abolish", "persist", "advantage", "not", "n't", "no ", "nothing", "unchanged", "absent",
    "futility", "disappear", "vanish", "wan", "fad", "slow", "less", "help", "cure", "work", "calm", "half",
    "inconsistent", "conflicting", "mixed", "equivocal", "only", "beat", "fell", "drop", "declin", "ease",
    "stayed well", "waste", "as well", "as good", "separat", "change", "equal", "both", "missed", "never", "cut",
    "mortality", "death", "relapse", "scores", "rose", "sleep", "more", "higher", "lost", "gone", "longer", "went",
    "lift", "resolv", "remit", "halved", "likely", "impair", "poorer", "wore", "worn", "wear", "shorter", "best",
    "got me", "curb", "quell", "tame", "sooth", "sharpen", "lessen", "dampen", "blunt", "halt", "slash", "promis",
    "much", "symptom", "score", "latenc",
)


# Each pass, with the substrings one of which its every pattern needs: a pass whose
# triggers are all absent is skipped without scanning (None: always scan).
_PASSES = [
    (_cues(_IGNORE), None, _triggers("advers", "side", "baseline", "toler", "safety", "cost", "death", "dropout", "withdraw", "whether",
                                     "who ", "that had", "that have", "that has", "that fail", "that not", "that never")),
    (_cues(_STRONG_POSITIVE), "positive", _triggers("worsen", "less", "slow", "lower", "fewer", "reduced", "smaller", "declin", "deterior", "increas", "rose", "relapse", "worse")),
    (_cues(_MIXED), "mixed", _triggers("inconsist", "conflict", "mixed", "equivocal", "early", "initial", "short", "acute",
                                       "transient", "temporary", "brief", "lasted", "persisted", "only")),
    (_cues(_LIMITING), "limited", _triggers("only")),
    (_cues(_NEGATIVE_CONTROL), "control better", _triggers("placebo", "control", "comparator", "wait", "usual", "tau", "sham", "vehicle", "standard", "treatment as", "no-treatment")),
    (_cues(_NEGATIVE), "negative", _triggers("more", "greater", "higher", "worse", "increas", "excess", "deterior", "exacerbat", "inferior", "less", "harm",
                                          "mortality", "death", "relapse", "hospital", "impair", "poorer")),
    (_cues(_NONSIGNIFICANT), "nonsignificant", _triggers("signific", "nonsignific", "insignific", "noninferior", "compar", "similar", "as ", "inferior", "equ", "both", "all ", "trend")),
    (_cues(_NULL), "null", _triggers("no ", "none", "nor", "not", "n't", "fail", "futil", "missed", "neither", "null", "lost", "gone", "disappear",
                            "vanish", "wane", "waned", "faded", "unchang", "absent", "ineffect", "nothing", "waste",
                            "never", "wore", "worn", "wear")),
    (_cues(_SIGNIFICANT_POSITIVE), "significant", _triggers("signific", "superior", "outperform", "separat")),
    (_cues(_POSITIVE), "positive", _POSITIVE_STEMS),
]
_CONTROL_BETTER_RE = next(pattern for pattern, label, _ in _PASSES if label == "control better")
_LAST_MIXED_PASS = max(index for index, (_, label, _) in enumerate(_PASSES) if label == "mixed")
_POSITIVE_PASS = len(_PASSES) - 1
# Once one of these is found, the positive cues cannot change the verdict: a significant
# finding is positive, a non-significant one is not, whatever else the sentence says.
_POSITIVITY_SETTLED = frozenset({"positive", "significant", "nonsignificant"})
# All passes' triggers in one scan: stem -> indices of the passes it opens. A stem also
# opens the passes of the stems inside it ("worsen" holds "worse"), since the scan only
# reports the longest stem at each position.
_STEM_PASSES: dict[str, set[int]] = {}
for _index, (_, _, _stems) in enumerate(_PASSES):
    for _stem in _stems or ():
        _STEM_PASSES.setdefault(_stem, set()).add(_index)
for _stem in list(_STEM_PASSES):
    for _other, _indices in list(_STEM_PASSES.items()):
        if _other != _stem and _other in _stem:
            _STEM_PASSES[_stem] |= _indices
# A trie of literal stems is ~2.5x faster to scan than the same alternation written flat.
# Stems start words; "n't" ends one ("didn't") and is looked for on its own.
_TRIGGER_RE = re.compile(r"(?<![a-z])(?:" + trie_pattern(_STEM_PASSES, strict_spaces=True) + ")")
_SPACE_RUN = re.compile(r"\s+")


def parse_direction(text: str, comparator: str | None = None) -> str:
    """positive | null | negative | mixed | unknown, for the finding stated in ``text``.

    A question ("Does it improve memory?") states no finding. With the claim's
    ``comparator`` known, that arm doing better ("the sertraline group improved more")
    reads as negative, like a placebo arm doing better. A control arm that did better
    outweighs gains both arms made: the finding is negative, not mixed."""
    lowered = text.lower().replace("’", "'")
    terse = _terse(text, lowered) if _maybe_terse(text, lowered) else None
    opened: set[int] = set()
    for stem in set(_TRIGGER_RE.findall(lowered)):
        opened |= _STEM_PASSES.get(stem) or _STEM_PASSES[_SPACE_RUN.sub(" ", stem)]  # "as\n" is the stem "as "
    if "n't" in lowered:
        opened |= _STEM_PASSES["n't"]
    if not (terse or opened) or lowered.rstrip(" *_)]").endswith("?"):
        return "unknown"
    found: set[str] = {terse} if terse else set()
    if comparator and comparator not in CONTROLS and _comparator_better(comparator).search(lowered):
        found.add("control better")
    rates = _rate_comparison(lowered) if "%" in lowered else None
    if rates:
        found.add(rates)
    if "from" in lowered and _SCORE_FELL.search(lowered):
        found.add("positive")
    for index, (pattern, label, _) in enumerate(_PASSES):
        if "mixed" in found or ("control better" in found and index > _LAST_MIXED_PASS):
            break  # the verdict is settled, whatever the remaining passes find
        if index not in opened:
            continue
        if index == _POSITIVE_PASS:  # the last pass: no pass reads the text after it, so one hit will do
            if not found & _POSITIVITY_SETTLED and pattern.search(lowered):
                found.add(label)
            continue
        lowered, count = pattern.subn(_blank, lowered)
        if count and label:
            found.add(label)
    significant = "significant" in found
    positive = significant or "positive" in found
    if "nonsignificant" in found and not significant:
        found.add("null")
        positive = False
    if "mixed" in found:
        return "mixed"
    if "control better" in found:
        return "negative"
    if positive and found & {"null", "negative", "limited", "nonsignificant"}:
        return "mixed"
    if "negative" in found:
        return "negative"
    if "null" in found:
        return "null"
    return "positive" if positive else "unknown"


def comparator_did_better(text: str, comparator: str | None = None) -> bool:
    """Whether ``text`` says the control or comparator arm did better ("the placebo group
    improved more"): such a sentence makes a claim's finding negative, not mixed, whatever
    gains the other sentences report."""
    lowered = text.lower()
    if _CONTROL_BETTER_RE.search(lowered):
        return True
    return bool(comparator and comparator not in CONTROLS and _comparator_better(comparator).search(lowered))


@lru_cache(maxsize=256)
def _comparator_better(comparator: str) -> re.Pattern[str]:
    """"sertraline (group|arm) improved more", "favoured exposure therapy", and every
    control-arm cue with the comparator in the control's place ("improvement was greater
    with sertraline"): its first word stands for its arm ("exposure therapy alone" ->
    "exposure")."""
    arm = re.escape(comparator.split()[0])
    return re.compile(
        rf"\b{arm}[\w-]*{_GROUP}\s+(?:\w+\s+){{0,2}}?(?:improved|showed|had|gained|did|worked|performed|reported)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:more|greater|better|larger|faster)\b"
        rf"|\b{arm}[\w-]*{_GROUP}\s+(?:was|were|proved|appeared)\s+(?:significantly\s+|slightly\s+)?(?:superior|better|more\s+effective)\b"
        rf"|\b{arm}[\w-]*{_GROUP}\s+(?:outperformed|surpassed|beat)\b|\bfavou?r(?:ed|ing|s|\s+of)?\s+(?:the\s+)?{arm}"
        + "".join("|" + pattern.replace(_CONTROL, rf"{arm}[\w-]*") for pattern in _NEGATIVE_CONTROL)
    )


# Terse table cells: "NS", "n.s.", "↑ response", "↓ HAMD".
_NOT_SIGNIFICANT_CELL = re.compile(r"(?<![\w.])(?:NS|N\.S\.?|n\.s\.?)(?![\w])")
_ARROW = re.compile(r"([↑▲])|([↓▼])")
_GOOD_OUTCOME = re.compile(
    r"respon|remission|remit|abstinen|quality|qol|sleep\b|memory|recall|cognit|well-?being|surviv|function|attention|"
    r"performance|efficacy|benefit|improv|learning|quit"
)


# A finding cell that is only a verdict: "Positive", "Null (p = 0.4)", "Mixed".
_VERDICT = re.compile(r"^[\s*_]*(positive|negative|null|neutral|mixed|worse|no\s+effect)[\s*_]*(?:[(.;:,\-–—]|$)")
_VERDICTS = {"positive": "positive", "negative": "negative", "worse": "negative", "null": "null", "neutral": "null",
             "no effect": "null", "mixed": "mixed"}


def _maybe_terse(text: str, lowered: str) -> bool:
    return len(text) < 40 or "NS" in text or "n.s" in lowered or any(arrow in text for arrow in "↑↓▲▼")


def _terse(text: str, lowered: str) -> str | None:
    """The direction a terse cell's symbols state: "NS" is a non-significant result; an
    arrow raising a good outcome (response, memory) or lowering a bad one (a symptom
    scale) is positive, the reverse negative."""
    if _NOT_SIGNIFICANT_CELL.search(text):
        return "nonsignificant"
    verdict = _VERDICT.match(lowered) if len(text) < 40 else None
    if verdict:
        return _VERDICTS[_SPACE_RUN.sub(" ", verdict.group(1))]
    arrow = _ARROW.search(text)
    if not arrow:
        return None
    context = lowered[max(0, arrow.start() - 25) : arrow.end() + 25]
    up = arrow.group(1) is not None
    return "positive" if up == bool(_GOOD_OUTCOME.search(context)) else "negative"


_ARM_RATE = r"(\d+(?:\.\d+)?)\s*%\s*(?:\([^)]{0,30}\)\s*)?(?:with|for|in|on|of|among|receiving|taking|after)\s+(?:the\s+)?([\w\-]+)"
_RATES_RE = re.compile(_ARM_RATE + r"[^%;]{0,50}?\b(?:vs\.?|versus|compared\s+with|and|than)\s+" + _ARM_RATE)
_GOOD_RATES = re.compile(r"respon|remission|remitted|abstinen|quit|recover|improv|success|surviv|cure")
_BAD_RATES = re.compile(r"relapse|mortality|death|died|dropout|discontinu|hospitali|recurren")
_CONTROL_WORD = re.compile(_CONTROL)
# "my PHQ-9 went from 22 to 9": rating scales measure severity, so a fall is a gain.
_SCORE_FELL = re.compile(r"\b(?:score|scores|[a-z]+-?\d*)\s+(?:went|dropped|fell|came)\s+(?:down\s+)?from\s+\d+(?:\.\d+)?\s+to\s+\d")


def _rate_comparison(lowered: str) -> str | None:
    """"response rates were 45% with vortioxetine vs 29% with placebo" -> positive: two arms'
    rates of a good (or bad) outcome, one arm a control."""
    match = _RATES_RE.search(lowered)
    if not match:
        return None
    good = _GOOD_RATES.search(lowered)
    bad = _BAD_RATES.search(lowered)
    if bool(good) == bool(bad):
        return None
    first, first_arm, second, second_arm = float(match.group(1)), match.group(2), float(match.group(3)), match.group(4)
    if _CONTROL_WORD.match(second_arm) and not _CONTROL_WORD.match(first_arm):
        active, control = first, second
    elif _CONTROL_WORD.match(first_arm) and not _CONTROL_WORD.match(second_arm):
        active, control = second, first
    else:
        return None
    if active == control:
        return "null"
    return "positive" if (active > control) == bool(good) else "negative"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


_ONGOING_RE = re.compile(
    r"\b(?:now|currently|actively|still)\s+(?:recruiting|enrolling|underway|under\s+way|ongoing)\b"
    r"|\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:under\s?way|ongoing|recruiting|enrolling|in\s+progress|being\s+(?:conducted|recruited|enrolled|run|tested))\b"
    r"|\bongoing\s+(?:phase\s+\w+\s+)?(?:trial|study|rct|clinical\s+trial)\b"
    r"|\b(?:a|an|the)\s+(?:planned|upcoming|forthcoming|future|proposed)\s+(?:\w+\s+){0,3}?(?:trial|study|rct)\b"
    r"|\b(?:trial|study|rct)\s+(?:is|are)\s+(?:planned|scheduled|expected)\b"
    r"|\bwill\s+(?:be\s+)?(?:enrol|enroll|recruit|randomi[sz]|compare|test|examine|assess|evaluate|investigate|include|receive|treat)\w*"
    r"|\benrol?lment\s+(?:opens|is\s+open|begins|will|starts)\b|\bopen(?:s|ed)?\s+for\s+(?:enrol?lment|recruitment)\b"
    r"|\bresults\s+(?:are\s+)?expected\b|\bexpected\s+to\s+(?:complete|report|finish|enrol|conclude|read\s+out)\b"
    r"|\bnot\s+yet\s+recruiting\b|\bstudy\s+protocol\b|\bprotocol\s+for\s+a\b"
    r"|\b(?:planning|plans?\s+to\s+(?:start|launch|begin|run|conduct|open|test))\b[^.;]{0,80}\b(?:trial|study|rct)\b"
    r"|\b(?:trial|study|rct)\b[^.;]{0,60}\b(?:is|are)\s+planned\b"
    r"|\b(?:trial|study)\s+(?:now\s+|currently\s+)?recruiting\b|\brecruiting\s+(?:\w+\s+){0,2}?(?:participants|patients|volunteers|adults|children|teenagers|adolescents|women|men|people)\b"
    r"|\bwill\s+(?:start|begin|open|launch)\s+(?:\w+\s+){0,3}?(?:trial|study|recruitment|enrol?lment)\b"
    r"|\b(?:will|to|plans?\s+to|set\s+to|expected\s+to|hopes?\s+to)\s+(?:start|begin|open|launch)\s+(?:enrol?ling|recruiting|recruitment|enrol?lment)\b"
    r"|\b(?:recruitment|enrol?lment|the\s+(?:trial|study))\s+will\s+(?:open|start|begin)\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:seeking|looking\s+for)\s+(?:\w+\s+){0,2}?(?:volunteers|participants|patients|recruits)\b"
    r"|\b(?:we|they)\s+are\s+planning\b|\b(?:is|are)\s+planning\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:trial|study|rct)\b"
    r"|\b(?:set|scheduled|due|expected)\s+to\s+(?:start|begin|open|launch|get\s+under\s?way)\b"
    r"|\b(?:hopes?|hoping|intends?|intending|aims?)\s+to\s+(?:start|begin|launch|run|conduct|open)\s+(?:\w+\s+){0,3}?(?:trial|study|rct)\b"
    r"|\bwill\s+be\s+(?:dosed|screened|followed|recruited|enrolled)\b"
    r"|\b(?:interested|eligible)\s+(?:\w+\s+){0,2}?(?:can|may|should|are\s+invited\s+to)\s+(?:contact|apply|enrol|enroll|register|sign\s+up|join)\b"
    r"|\b(?:results|findings|data)\s+(?:are|is)\s+(?:due|expected)\b|\b(?:is|are)\s+due\s+to\s+(?:start|begin|finish|complete|report|end|open)\b"
    r"|\b(?:getting|got)\s+under\s?way\b|\bin\s+the\s+works\b"
    r"|\bvolunteers?\s+(?:are|is)\s+(?:needed|wanted|sought)\b|\bsign[\s-]*ups?\s+(?:\w+\s+){0,3}?(?:open|opens|begin|begins|start|starts)\b"
)
# Stems at word starts ("sign" is not "design", "aim" not "claim").
_ONGOING_PREFILTER = re.compile(r"(?<![a-z])(?:" + trie_pattern((
    "recruit", "enrol", "way", "underway", "being tested", "being run", "ongoing", "progress", "planned", "upcoming", "forthcoming", "future", "proposed",
    "scheduled", "will", "expected", "protocol", "conducted", "plan", "start", "launch", "begin", "seeking", "looking for",
    "set to", "due", "hope", "hoping", "intend", "aim", "dosed", "screened", "followed", "interested", "eligible", "getting",
    "works", "needed", "wanted", "sought", "sign",
), strict_spaces=True) + ")")


def parse_ongoing(text: str) -> bool:
    """True when ``text`` describes a trial that is running or planned, not a result."""
    lowered = text.lower()
    return bool(_ONGOING_PREFILTER.search(lowered) and _ONGOING_RE.search(lowered))
