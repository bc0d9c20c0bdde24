"""Direction of a finding — positive, null, negative, mixed or unknown — and whether the
text describes an ongoing or planned trial rather than a result.

First, statements that are no finding are blanked, numbers included: safety and
tolerability (a claim's direction comes from its efficacy outcomes), aims, outcome
definitions and what a treatment was given for, titles' purposes ("X to Enhance Y"),
groups alike at baseline, a water maze's control checks, dose comparisons, adherence
and retention, what a protocol or hypothesis expects ("X will reduce ..."), who
responded ("no differences between responders and non-responders"), a list of harms
that did not happen ("no loss of consciousness, withdrawal or suicidality"), the level
of what was given or the hormone its dose is set by ("serum 25(OH)D rose", "TSH fell"),
other trials set beside this one ("contrasting prior trials that found advantages"),
and what a disease is like ("symptoms increase after disturbed sleep", "Depression is
associated with increased mortality"). A gain within the arms whose comparison with the
control was null ("improved from baseline but not versus placebo", "decreased over time
but did not differ between groups", "improved regardless of treatment assignment") is
null; a gain within the treated arm with no comparison stated ("participants lost 20
percent of their body weight") is positive, better than baseline.

Responder shares are read like any result: "25% vs 21%, not significant" is null, and
the same shares with no test stated are the gain they show. In one sentence, a primary
outcome stated positive outweighs non-significant responder shares beside it (positive);
another outcome that did not move still makes it mixed. Which of a claim's sentences
outweighs which (a null primary outcome beside such shares) is the claim merger's call.

Cues are then found in passes over the lowercased text, each masking what it matched so
later passes cannot reuse the words:

1. safety and baseline statements are removed ("no significant adverse events" and
   "fewer side effects" say nothing about efficacy);
2. phrases that read the wrong way word by word ("worsened 27% less than placebo",
   "slowed decline") are taken as positive;
3. outright mixed results ("inconsistent results") and limiting qualifiers ("only the
   higher dose ...");
4. negative cues ("the control arm improved more", "was inferior to placebo"; a control
   named inside the treated arm, "added to usual care", is not the control arm);
5. null cues ("did not enhance", "as effective as sertraline", "was unchanged");
6. positive cues ("significantly reduced", "superior to", "lower scores than").

Positive together with null, negative or a limiting qualifier is ``mixed``.

Findings that hang on how the clauses relate (a harm more frequent with the treatment, a gain the
control matched, a fade after stopping, a share apart read by what it is a share of) are then
reread on the whole sentence (``direction_clauses``).

Before the passes, the numbers are read (``direction_numbers``): an arm's result against the control's ("-21% vs
-3% with placebo", "48% vs 31% responders", "90 minutes a day with placebo compared to 35
for those given the drops"), a ratio or a difference with its confidence
interval, p-values, a change "from 8 to 2"; and a cell's leading comparative ("Lower
hs-CRP at 14 d"). Which way is better comes from the outcome named (lower for symptom
scales and harms, higher for response, remission, quality of life); a rate of an outcome
no lexicon knows ("expulsion rate") is a gain unless it is a harm's; otherwise the
direction stays unknown rather than a guess. Beside "did not differ", the arms' numbers
are that null result's.

Hedging, decided here: a hedged claim keeps the direction it asserts ("may improve" is
positive) because editors check exactly those claims against the study; a "trend
toward" is a non-significant result and reads as null (mixed when it was seen only in a
subgroup: some yes, some no). Equivalence ("as effective as",
"comparable to") is null: no difference between the arms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.fields.comparator import CONTROLS, drug_mentions
from extractors.fields.direction_asides import aside_spans, plain_cues
from extractors.fields.direction_benefit_shares import benefit_shares
from extractors.fields.direction_clauses import reread
from extractors.fields.direction_control_likely import control_arm_likely
from extractors.fields.direction_cure_not_faster import cure_not_faster, with_cure_not_faster
from extractors.fields.direction_fell_in_arm import fell_in_arm
from extractors.fields.direction_harm_excess import NAMES_HARM, control_had_more_harm, harm_beside_gain, harm_in_excess, harm_more_in_treated_arm
from extractors.fields.direction_idioms import idiom_direction
from extractors.fields.direction_polarity import (fell_in_named_measure, more_of_outcome, outcome_better, raised_outcome, set_against_other_arm,
                                                  stood_apart, tied_level)
from extractors.fields.direction_non_responders import non_responder_spans
from extractors.fields.direction_no_gain_with_harm import harm_beside_equal_gains, harm_beside_no_gain, worse_beside_no_gain
from extractors.fields.direction_own_reports import own_report
from extractors.fields.direction_reported_harm import reported_harm
from extractors.fields.direction_relief_came import partly_relieved, relief_returned, relief_spans, with_relief
from extractors.fields.direction_side_measures import side_measure_spans
from extractors.fields.direction_other_arm import other_arm_null_span
from extractors.fields.direction_terse_arms import comparator_unchanged_spans
from extractors.fields.direction_terse_change import terse_change
from extractors.fields.direction_numbers import (DIGIT, HARM_WORD, NOT_EFFICACY, PARENTHESES, RATE_NOUN, arm_pair, arm_relations, from_to,
                                                 paired_change, stood_at_time,
                                                 leading_comparatives, moved_more, raised_more, read_numbers, signed_vs_control, states_significance, times_as)
from extractors.fields.direction_words import (CONTROL, CONTROL_WORD, DELAYED_EVENT, GAIN_VERBS, HARM_WORDS, HARMS, LONG_IS_WORSE, SAFETY_NOUN, SIDE_EFFECTS, SPACE_RUN,
                                               SYMPTOM_SCALES, as_relapse, blank_match)
from extractors.fields.lexicon import by_first_letter, trie_pattern, word_starts_after_letter
from extractors.fields.recalled_source import recalls_a_source
from extractors.fields.regex_needs import LiteralGate
from extractors.per_document import per_document

_GROUP = r"(?:\s+(?:group|groups|arm|arms|condition|participants|patients|subjects|recipients|cohort))?"
_W = r"[\w\-'%.,]+\s+"  # one word of a phrase, hyphens, percentages and decimals included
# Scores of a scale of illness, not of a faculty: "THI scores", not "quality-of-life scores".
_ILLNESS_SCORES = (
    r"scores?(?<!life\sscore)(?<!life\sscores)(?<!life-score)(?<!memory\sscore)(?<!memory\sscores)(?<!cognitive\sscore)(?<!cognitive\sscores)"
    r"(?<!mmse\sscore)(?<!mmse\sscores)(?<!moca\sscore)(?<!moca\sscores)(?<!functioning\sscores)(?<!function\sscores)(?<!being\sscores)"
)
_GOODS = (
    r"(?:abstinence|remission|response|survival|quit\s+rates?|well-?being|quality\s+of\s+life|sleep\s+(?:time|efficiency|duration|quality)|"
    r"(?:deep\s+|slow-wave\s+|rem\s+|total\s+)?sleep\b|open[\s-]arms?\s+(?:entries|time)|volume|density|strength|fitness|energy|motivation|productivity|happiness|satisfaction|neurogenesis|plasticity|"
    r"time\s+to\s+(?:relapse|recurrence)|hours\s+of\s+sleep|walk(?:ing)?\s+distance|recovery|recall|memory|cognition|attention|learning|"
    r"hdl(?:-c)?|bone\s+mineral\s+density|muscle\s+mass|lean\s+(?:body\s+)?mass|fat-?free\s+mass|mobility|function(?:ing)?|attendance|engagement|"
    # what a farm animal is kept for, and weight put on where it is wanted (read as "growth gain", see parse_direction)
    r"growth\s+(?:gain|performance)|egg\s+(?:production|yield|mass|weight)|laying\s+(?:rate|performance)|milk\s+(?:yield|production)|"
    r"daily\s+(?:weight\s+)?gain|feed\s+(?:efficiency|conversion\s+efficiency)|hatchability|carcass\s+(?:weight|yield))"
)
_IGNORE = [
    # what two arms reached alike is no gain of one: "produced the same proportion of stabilised patients as daily finasteride"
    r"\b(?:the\s+same|a\s+similar|an\s+equal|a\s+comparable)\s+(?:proportion|number|share|percentage|rate)\s+of\s+(?:[\w-]+\s+){1,3}?(?=as\b)",
    # a power calculation's assumption: "a response rate of 50% was assumed for the power calculation", "assuming a cure rate of 80%"
    r"\b(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:rates?|proportions?|differences?|effects?)\s+(?:of\s+)?(?:[\d.]+\s*%?\s+)?(?:was|were)\s+assumed\b[^.;]*"
    r"|\bassuming\s+[^.;]{0,80}",
    # a dose plateau, not a null: "higher doses of 0.1 and 0.15 mg/kg added no further benefit", "no additional benefit from higher doses"
    r"\b(?:higher|larger|greater|bigger|increased|increasing\s+the|doubling\s+the|double\s+the)\s+(?:[\w.,/%-]+\s+){0,2}?(?:doses?|dosages?|dosing)\b(?:[^.;]|\.\d){0,60}?"
    r"\b(?:added|adds|add|gave|gives|conferred|confers|provided|provides|offered|offers|produced|yielded|brought|showed|had)\s+(?:no|little)\s+"
    r"(?:further|additional|extra|incremental)\s+(?:benefits?|effects?|improvements?|gains?|advantages?)"
    r"|\b(?:no|little)\s+(?:further|additional|extra|incremental)\s+(?:benefits?|effects?|improvements?|gains?|advantages?)\s+(?:was\s+|were\s+)?(?:\w+\s+)?"
    r"(?:from|with|at|of)\s+(?:the\s+)?(?:higher|larger|greater|increased)\s+(?:[\w.,/%-]+\s+){0,2}?(?:doses?|dosages?|dosing)\b",
    r"\bno\s+(?:\w+\s+){0,3}?(?:adverse|side)[\s-]+(?:events?|effects?|reactions?)",
    # a power caveat names the effect it could not exclude: "the study was too small to rule out a modest effect"
    r"\b(?:too\s+small|(?:under|insufficiently\s+|not\s+)powered)\s+to\s+(?:rule\s+out|exclude)\b[^.;]*"
    r"|\b(?:could|can|cannot|did)\s*(?:not|n't)?\s+(?:rule\s+out|exclude)\s+(?:a|an|any|the\s+possibility)\b[^.;]*",
    r"\b(?:fewer|less|lower\s+rates?\s+of|more|higher\s+rates?\s+of|similar\s+rates?\s+of)\s+(?:\w+\s+){0,2}?(?:side[\s-]+effects?|adverse\s+(?:events?|effects?|reactions?)|dropouts?|drop-outs?|discontinuations?)",
    r"\b(?:adverse|side)[\s-]+(?:events?|effects?)\s+(?:\w+\s+){0,2}?(?:were|was)\s+not\s+(?:significantly\s+)?(?:increased|higher|more\s+common|different)",
    # "Adverse treatment-related occurrences were minor and not significantly different between the two groups"
    r"\b(?:adverse|side)[\s-]+(?:[\w-]+\s+){0,2}?(?:events?|effects?|reactions?|occurrences?|incidents?)\s+(?:[\w-]+\s+){0,4}?(?:were|was)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:not\s+(?:significantly\s+|statistically\s+)*(?:increased|higher|more\s+common|different)|similar|comparable)\b"
    r"(?:\s+(?:between|across|among|in)\s+(?:the\s+)?(?:two\s+|both\s+|all\s+)?(?:groups|arms))?",
    # what moderated the effect, no finding on the effect: "Neither metaregression nor stratified analyses suggested significant
    # differences between high- and low-potency statins", "subgroup analyses found no interaction with age"
    r"\bneither\s+(?:meta-?regressions?|subgroup|stratified|sensitivity|moderator)\b[^.;]*"
    r"|\b(?:meta-?regressions?|(?:subgroup|stratified|moderator)\s+analys[ie]s)\b[^.;]{0,80}?\b(?:no|not|neither)\b[^.;]{0,60}?"
    r"\b(?:differ\w*|interactions?|modif\w*|moderat\w*)\b[^.;]*",
    r"\b(?:did\s+not|no|not)\s+(?:\w+\s+){0,4}?(?:differ|difference|differences)\s+(?:\w+\s+){0,3}?(?:at\s+)?baseline",
    r"\b(?:no|not)\s+(?:\w+\s+){0,3}?(?:differ\w*)\s+(?:in|on)\s+(?:\w+\s+){0,2}?(?:dropout|drop-out|attrition|adverse|side|tolerab\w*|safety|retention|demographic\w*|baseline)\b",
    # how many stayed in the trial, beside its finding: "Dropout rates were similar, and ...", "attrition did not differ"
    r"\b(?:dropouts?|drop-outs?|attrition|discontinuations?|withdrawals|withdrawal\s+rates?)(?:\s+rates?)?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:was|were|did\s*(?:not|n't)|remained)\s+(?:\w+\s+)?(?:similar|comparable|equivalent|balanced|low|differ|different|not\s+(?:significantly\s+)?different)\b"
    r"(?:\s+(?:across|between|among|in)\s+(?:the\s+|both\s+|all\s+)?(?:groups|arms|conditions))?",
    r"\bwell[\s-]+tolerated\b|\breassuring\s+on\s+safety\b|\bcosts?\s+(?:much\s+)?less\b",
    # the recruitment, not an arm: "Fewer participants than planned limited the power ..."
    r"\b(?:fewer|more)\s+(?:[\w-]+\s+)?(?:participants|patients|subjects|people|volunteers|children|women|men|adults|infants|animals|sites|centres|centers|events)\s+"
    r"(?:were\s+(?:recruited|enrolled|randomi[sz]ed)\s+)?than\s+(?:originally\s+|initially\s+)?(?:planned|expected|anticipated|intended|targeted|projected)\b",
    # the control arm's care left as it was, not a null result: "than in those whose usual care continued unchanged"
    r"\b(?:care|treatment|medications?|medicines?|therapy|regimen|diet|routine|management|drugs)\s+(?:was\s+|were\s+)?"
    r"(?:continued|remained|stayed|kept|left)\s+unchanged\b|\b(?:continued|kept|left)\s+(?:their\s+|his\s+|her\s+)?(?:usual\s+|regular\s+|existing\s+|current\s+)?"
    r"(?:care|treatment|medications?|medicines?|therapy|regimen|diet|routine)\s+unchanged\b",
    # what the trial could detect, not what it found: "may have limited the ability of the trial to detect a significant effect"
    # ("Higher-than-expected variability limited power to detect small-but-potentially-important benefits", the verb read with it)
    r"\b(?:(?:limited|limits|reduced|reduces|lowered|restricted|undermined)\s+(?:the\s+|our\s+|its\s+|their\s+|statistical\s+)*)?"
    r"(?:ability|power|powered|able|unable|chance|sensitivity)\s+(?:[\w-]+\s+){0,5}?to\s+(?:detect|find|show|demonstrate|identify|observe)\s+"
    r"(?:a\s+|an\s+|any\s+)?(?:statistically\s+|clinically\s+)?(?:(?:significant|meaningful|small|modest|true|important|relevant|small-but-[\w-]+)\s+)?"
    r"(?:effects?|differences?|benefits?|improvements?|changes?|reductions?)\b"
    # power, whatever it was to detect, is the design's ("limited power to detect small but potentially important benefits",
    # "underpowered to detect modest reductions in falls")
    r"|\b(?:(?:limited|limits|reduced|reduces|lowered|restricted|undermined|low|insufficient|inadequate)\s+(?:the\s+|our\s+|its\s+|their\s+|statistical\s+)*)?"
    r"(?:under|insufficiently\s+|inadequately\s+)?power(?:ed)?\s+(?:[\w-]+\s+){0,5}?to\s+(?:detect|find|show|demonstrate|identify|observe)\b[^.;,]*",
    # a share of patients labelled by their course: "(no decline: 59%; improvement: 51%)"
    r"\bno\s+(?:decline|worsening|progression|relapse|change)\s*[:=]\s*\d",
    # a harm denied beside the finding: "ARIA is not associated with accelerated long-term progression"
    r"\b(?:is|was|are|were)\s*(?:not|n't)\s+(?:\w+\s+)?(?:associated|linked)\s+with\s+(?:an?\s+)?(?:accelerated|faster|increased|higher|greater|more|worse|excess)\b[^.;]*",
    r"\b(?:no|without)\s+(?:serious|significant|major|notable)\s+(?:safety|tolerability)\b",
    r"\bno\s+(?:deaths|dropouts|withdrawals)\b",
    r"\bwhether\b[^.;:]*",  # a question the study asks, not its answer
    # a caveat on the study's size or weight, no finding: "there were only 18 people in the group that took it", "so it's
    # difficult to draw a firm conclusion about its benefits"
    r"\b(?:only|just)\s+\d+\s+(?:people|patients|participants|subjects|volunteers|children|women|men|adults|animals)\s+"
    r"(?:in\s+the\s+(?:\w+\s+)?(?:group|arm|study|trial)|took\s+part|were\s+(?:enrolled|randomi[sz]ed|studied|included))\b[^.;,]*"
    r"|\b(?:difficult|hard|impossible|too\s+early|premature)\s+to\s+(?:make|draw|reach|come\s+to)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?conclusions?\b[^.;]*",
    # a lead-in hedge, no finding: "Not every formula works for every sleeper: ..."
    r"\bnot\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,3}?(?:will\s+|would\s+|can\s+)?(?:works?|helps?|suits?|respond|benefit|improve)\b[^.;:,]*"
    r"|\bnot\s+(?:everyone|everybody)\s+(?:benefit(?:s|ed|ted)?|respond(?:s|ed)?|improv(?:es|ed)|did|does|got\s+better)\b[^.;:,]*",
    # who the patients were: "patients who had not responded to two antidepressants"
    r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:not|never|failed\s+to)\s+(?:\w+\s+)?(?:respond\w*|improv\w*|benefit\w*)",
    r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:previously\s+|already\s+|initially\s+|recently\s+)?(?:responded|remitted|lost\s+(?:\w+\s+)?weight|gained\s+(?:\w+\s+)?weight)\b",
    # who the patients were: "inpatients who had been stabilized on clozapine"
    r"\b(?:who|that)\s+(?:had\s+been\s+|have\s+been\s+|has\s+been\s+|were\s+|was\s+)(?:previously\s+|already\s+|clinically\s+)?(?:stabili[sz]ed|maintained)\s+on\b",
    r"\bblunted\s+affect\b",  # a negative symptom, not a verb
    # the complaint, not a finding: "My son can't fall asleep before 11pm", "she couldn't get to sleep until 2 am"
    r"\b(?:can't|cannot|can\s+not|couldn't|could\s+not|won't|doesn't|don't|didn't)\s+(?:\w+\s+){0,2}?"
    r"(?:fall\s+asleep|get\s+to\s+sleep|go\s+to\s+sleep|sleep|settle)\s+(?:before|until|till|til)\s+(?:\d|midnight|dawn|morning)",
    # a side effect's frequency beside the finding: "Vomiting was less frequent with dexamethasone."
    r"\b(?:vomiting|nausea|diarrh(?:o)?ea|constipation|rash(?:es)?|drowsiness|somnolence|dizziness|dry\s+mouth|sedation|"
    r"hypoglyc(?:a)?emia|bleeding|bruising|injection[\s-]site\s+(?:reactions?|pain))\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:less|more)\s+(?:frequent|common|often|frequently\s+reported|commonly\s+reported)\b",
    r"\bbaseline\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:\w+\s+)?(?:similar|comparable|balanced|matched)\b"
    r"|\b(?:similar|comparable|balanced|well[\s-]matched)\s+(?:[\w-]+\s+){0,3}?at\s+baseline\b",
    # a population, not a finding: "heart failure with reduced ejection fraction", "adults with reduced kidney function"
    r"\b(?:reduced|preserved|mildly\s+reduced|impaired|decreased)\s+(?:left\s+ventricular\s+)?ejection\s+fraction\b",
    r"\bwith\s+(?:reduced|impaired|decreased|diminished|poor|low|elevated|increased)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:function|clearance|e?gfr|mobility|bone\s+(?:mineral\s+)?density|insulin\s+sensitivity|glucose\s+tolerance|reserve|fertility|levels?)\b",
    # who could enter the trial: "Inclusion criteria: ...", "Key exclusion criteria: ..."
    r"\b(?:inclusion|exclusion|eligibility)\s+criteria\s*:[^\n]*",
    # the patients left over after a responder count: "in the remainder propranolol showed no advantage over placebo"
    r"\bin\s+the\s+(?:remainder|rest|remaining\s+(?:\d+\s+)?(?:patients|participants|subjects|children|cases))(?![\w-])[^.;]*",
    # the history that brought the patients in: "had tried 2-4 treatments and found no improvement", "no relief from prior therapies"
    r"\b(?:tried|failed|(?:had|have|has)\s+(?:previously\s+|already\s+)?(?:used|taken|received))\s+(?:[\w-]+\s+){0,4}?(?:treatments?|medications?|medicines|drugs?|therapies|antidepressants?|remedies)\s+"
    r"(?:\w+\s+){0,3}?(?:no|little|without)\s+(?:improvement|benefit|relief|response|success)\b",
    r"\b(?:no|little|without)\s+(?:improvement|benefit|relief|response|success)\s+(?:with|from|on|after|to)\s+(?:their\s+|the\s+)?"
    r"(?:previous|prior|earlier|past|other|several|multiple|standard|conventional|first-line)\b[^.;]*",
    # who goes on to what, in a protocol: "patients who do not have their pain reduced by 30% will get 120 mg"
    r"\b(?:who|whose|if)\s+(?:[\w-]+\s+){0,3}?(?:do|does|did|had|has|have|is|are|was|were)\s*(?:not|n't)\s+"
    r"(?:(?:have|has|show|achieve|reach|experience|get|obtain|attain|been)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:reduc\w*|improv\w*|respon\w*|relief|decreas\w*|remission|benefit\w*|controlled|resolv\w*)\b",
    # a caveat, no finding: "the improvements didn't affect everyone", "it does not help every child"
    r"\b(?:improvements?\s+|benefits?\s+|effects?\s+|gains?\s+|results?\s+|changes?\s+|)(?:did|does|do|would|will)\s*(?:not|n't)\s+(?:\w+\s+)?"
    r"(?:affect|help|work\s+for|benefit|apply\s+to|reach|extend\s+to)\s+"
    r"(?:everyone|everybody|every\s+[\w-]+|all\s+(?:of\s+them|patients|participants|children|people|subjects))\b",
    # a mechanism, no loss of effect: "an effect lost in animals lacking HIF-1a", "abolished in knockout mice"
    r"\b(?:lost|abolished|absent|abrogated|eliminated|blocked|prevented|reversed|disappeared)\s+(?:in|by|with|when|after|upon|following|from)\s+"
    r"(?:[\w-]+\s+){0,4}?[\w-]*?(?:lacking|deficient|knockout|knock-out|knocked[\s-]out|null|deletion|knockdown|silenc\w*|antagonis\w*|inhibit\w*|blockade|mutants?|transgenic|-/-|ko\s+(?:mice|rats|animals))\b",
]
# Good outcomes that a treatment should not lower: "fewer drug-free weeks than placebo" is a harm.
_GOOD_FALLEN = (
    r"(?:[\w-]+-free\s+(?:days|weeks|months|nights|time|intervals?|periods?)|abstinen\w*|remissions?|responses?|responders|survival|"
    r"quality\s+of\s+life|well-?being|effective|efficacious|beneficial|helpful|improvements?|benefits?|(?<!weight\s)gains?|"
    r"(?:left\s+ventricular\s+)?ejection\s+fractions?|lvef|fev1|fvc|lung\s+function|milk\s+(?:yield|production))\b"
)
# Events a treatment should prevent, counted: more of them is the harm ("more emergency visits than controls").
_EVENTS = (
    r"(?:(?:emergency|ed|er|unscheduled|urgent)\s+(?:department\s+)?visits|(?:breakthrough\s+)?infections|exacerbations|strokes|bleeds|revisions|reoperations|"
    r"readmissions|admissions|cancers|caries|cavities|(?:tooth|teeth)\s+loss|amputations|(?:adverse\s+)?outcomes\s+events)"
)
# Events or harms more frequent in the control arm: "tooth loss was more frequent in the control group", "more
# breakthrough infections occurred among placebo recipients" (the harm the treatment spared).
_HARM_IN_CONTROL = re.compile(
    rf"\b(?:(?:more|higher|greater|increased|excess)\s+(?:[\w-]+\s+){{0,2}}?(?:{HARMS}|{_EVENTS}|infections?|deaths?|events?)\s+(?:(?!than\b|compared\b|versus\b|vs\b|relative\b|as\b)\w+\s+){{0,2}}?"
    rf"|(?:{HARMS}|{_EVENTS}|infections?|deaths?|(?:tooth|teeth)\s+loss|crps|delirium|sepsis|pneumonia|complications?|fractures?)\s+(?:rates?\s+)?"
    r"(?:(?:on|in|at|by|after|during|over|for)\s+[^.;]{0,30}?\s+)?(?:was|were|occurred)\s+(?:significantly\s+|markedly\s+|much\s+|statistically\s+|also\s+)*"
    r"(?:(?:about\s+|nearly\s+)?\d[\d.]*\s*(?:%|percent|points?|percentage\s+points?|mm|times|fold)\s+)?"  # "17% higher", "1.22 points higher"
    rf"(?:more\s+(?:frequent|common)|higher|greater)\s+)(?:in|with|among|on|for)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL}"
)
# ... not the symptoms of a good end: "rates of remission of depressive symptoms were higher with placebo"
_GOOD_END_BEFORE = re.compile(r"\b(?:remission|response|resolution|relief|recovery|freedom|abstinence)\s+(?:\w+\s+)?(?:of|in|from)\s+(?:[\w-]+\s+){0,3}$")
_GOOD_OUTCOME_AHEAD = r"(?:[\w-]+\s+){0,2}?(?:response|remission|abstinence|recovery|survival|quit|success|cure)"
# A good end of a harm ("remission of anxiety symptoms", "resolution of migraine pain"): the harm named is no harm's rise.
_GOOD_END_OF = (
    r"\b(?:rates?\s+of\s+(?:[\w-]+\s+){0,2}?)?(?:remission|response|resolution|recovery|relief|abstinence|freedom)\s+(?:rates?\s+)?(?:of|in|from)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:was|were)\s+(?:also\s+|significantly\s+|markedly\s+|much\s+|substantially\s+|consistently\s+)*"
    r"(?:higher|greater|more\s+(?:frequent|common|likely))\s+(?:with|in|for|among|on|after|using)\s+"
)
_STRONG_POSITIVE = [
    # a commenter's flare before the gain: "my skin got worse before it got better", "things got a bit worse before they improved"
    r"\b(?:got|gets|get|getting|became|went)\s+(?:a\s+(?:bit|little)\s+|much\s+|way\s+)?worse\s+before\s+(?:it|they|he|she|things|[\w'-]+)\s+"
    r"(?:got|gets|get|getting|became|started\s+to\s+get)\s+(?:\w+\s+)?better\b|\bworse\s+before\s+(?:it|they|things)\s+improved\b",
    # the bad event put off: "increased the time to first relapse to heavy drinking", "prolonged time to progression",
    # "time to first seizure was longer with the ketogenic diet"
    rf"\b{DELAYED_EVENT}\s+(?:(?!was\b|were\b)[\w-]+\s+){{0,2}}?(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:longer|prolonged|extended|delayed|lengthened)\b"
    rf"(?!\s+(?:in|with|for|among|on)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})",
    rf"(?<!not\s)(?<!n't\s)\b(?:increased|increases|prolonged|prolongs|lengthened|lengthens|extended|extends|delayed|delays)\s+(?:the\s+)?(?:median\s+|mean\s+)?{DELAYED_EVENT}",
    rf"{_GOOD_END_OF}(?!(?:the\s+)?{CONTROL})",
    rf"\b(?:worsen(?:ed|ing)?|deteriorated|declined)\s+(?:{_W}){{0,2}}?less\b|\bless\s+(?:\w+\s+)?(?:decline|deterioration|worsening|progression)\b",
    # not denied: "did not (significantly) slow", "did not improve pain or slow progression" (the base form after "or")
    rf"(?<!not\s)(?<!n't\s)(?<!not\ssignificantly\s)(?<!n't\ssignificantly\s)(?<!failed\sto\s)(?<!fail\sto\s)(?<!fails\sto\s)\b(?:slow(?:ed|s|ing)|(?<!\bor\s)slow)\s+(?:the\s+)?(?:{_W}){{0,3}}?"
    r"(?:decline|progression|deterioration|worsening|loss|elongation|atrophy)\b",
    # a harmful process that went on more slowly: "neuropathy progressed more slowly in patients whose B12 was replaced"
    r"\b(?:progress(?:ed|es)|declined|deteriorated|worsened|elongated)\s+(?:[\w-]+\s+){0,3}?(?:more\s+slowly|less\s+(?:rapidly|quickly)|slower)\b",
    # the control arm's process went faster: "eyes in the placebo group progressed faster"
    rf"\b{CONTROL}{_GROUP}\s+(?:\w+\s+){{0,2}}?(?:progressed|declined|deteriorated|worsened)\s+(?:\w+\s+)?(?:faster|more\s+(?:rapidly|quickly))\b",
    rf"\b(?<!did\s)(?<!does\s)(?<!much\s)(?<!far\s)(?<!no\s)(?<!not\s)(?:lower|fewer|less|reduced|smaller)\s+(?!(?:{_W}){{0,2}}?{_GOOD_FALLEN})(?!well\b|for\b|to\b)(?:(?!but\s|yet\s|whereas\s|while\s){_W}){{0,8}}?than\s+(?:those|people|patients|participants|subjects|women|men|children|adults|the|after|with|on|in|for|a|an|placebo|controls?|usual|sham|wait|piglets|pigs|birds|chicks|chickens|broilers|hens|calves|cows|lambs|ewes|animals|mice|rats|dogs|cats|horses)",
    # gains in both arms, greater with the treatment: "improved in both groups, but more with the drug"
    rf"\bboth\s+(?:groups|arms|conditions)\b[^.;]{{0,40}}?\bbut\s+(?:\w+\s+){{0,3}}?(?:greater|more|larger|better|faster)\s+(?:with|in|for|on|among)\s+(?!(?:the\s+)?{CONTROL})",
    # a lower risk of a bad outcome: "the risk of stroke was 40% lower for users", "a lower incidence of fracture in the vitamin group"
    rf"\b(?:risks?|odds|incidence|rates?|likelihood|hazard|chances?|prevalence|frequency)\s+of\s+(?!{_GOOD_OUTCOME_AHEAD})(?:[\w-]+\s+){{1,4}}?(?:was|were|is|are)\s+"
    rf"(?:\d[\d.]*\s*%\s+|significantly\s+|markedly\s+|substantially\s+|much\s+|considerably\s+)*(?:lower|reduced|decreased|smaller)\b(?!\s+(?:in|for|with|among|on)\s+(?:the\s+)?{CONTROL})",
    rf"(?<!not\s)(?<!n't\s)\b(?:lower|reduced?|reduces|reducing|decreased|smaller|cut|cuts)\s+(?:\w+\s+)?(?:risks?|odds|incidence|rates?|likelihood|hazard|prevalence|chances?)\s+(?:of|for)\s+(?!{_GOOD_OUTCOME_AHEAD})[\w-]+"
    rf"(?![^.;]{{0,40}}?\b(?:in|for|with|among|on)\s+(?:the\s+)?{CONTROL})",
    rf"\b(?:declined|worsened|deteriorated|increased|rose)\s+(?:only\s+)?(?:with|in|on|among|for)\s+(?:the\s+)?{CONTROL}",
    # not across a conjunction: "improved alertness versus placebo but worsened sleep" is the drug's harm
    rf"\b{CONTROL}{_GROUP}\s+(?:(?!but\b|yet\b|whereas\b|while\b)\w+\s+)?(?:deteriorated|worsened|got\s+worse|did\s+worse|fared\s+worse|relapsed)\b",
    rf"\b{CONTROL}{_GROUP}\s+(?:was|were|proved)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:less\s+effective|less\s+efficacious|worse|inferior)\s+(?:than|to)\b",
    rf"\b{CONTROL}(?:-treated)?{_GROUP}\s+(?:had|showed|saw|reported|experienced)\s+(?:\w+\s+){{0,2}}?(?:higher|greater|more|increased)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:relapses?|mortality|deaths?|hospitali[sz]ations?|attacks?|episodes?|admissions?|readmissions?)",
    rf"\b(?:relapses?|relapse\s+rates?|mortality|deaths?|hospitali[sz]ations?|admissions?|readmissions?)\s+(?:was|were)\s+(?:\w+\s+)?"
    rf"(?:higher|greater|more\s+frequent|more\s+common)\s+(?:in|with|on|among|for)\s+(?:the\s+)?{CONTROL}",
]
# A good outcome fallen or lower with the treatment, read before any cue of a fall or of "lower ... than" can
# take it as a gain: "quality of life fell 5 points", "QoL scores were lower with the drug than with placebo".
_GOOD_FELL = [
    # the bad event came sooner: "time to relapse was shorter with the taper", "shortened the time to recurrence"
    rf"\b{DELAYED_EVENT}(?:\s+[\w-]+){{0,3}}?\s+(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:shorter|shortened|reduced)\b"
    rf"(?!\s+(?:in|with|for|among|on)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"
    rf"|(?<!not\s)(?<!n't\s)\b(?:shortened|shortens|reduced|reduces)\s+(?:the\s+)?(?:median\s+|mean\s+)?{DELAYED_EVENT}",
    r"\b(?:quality[\s-]+of[\s-]+life|qol|well-?being|survival|sleep\s+(?:time|quality|efficiency|duration)|cognition|memory|remission\s+rates?|"
    r"response\s+rates?|abstinence(?:\s+rates?)?|hdl(?:-c)?|bone\s+(?:mineral\s+)?density|"
    # lungs, heart and herd: "FEV1 fell more with montelukast", "milk yield was lower with the additive"
    r"fev1|fvc|lung\s+function|(?:left\s+ventricular\s+)?ejection\s+fractions?|lvef|milk\s+(?:yield|production)|grip\s+strength|walking\s+distance|"
    r"(?:dry[\s-]matter|feed)\s+intake|(?:average\s+)?daily\s+(?:weight\s+)?gain|"
    r"(?:vaccine\s+)?efficacy|effectiveness|(?:cure|healing|quit)\s+rates?|visual\s+acuity)(?:\s+scores?)?\s+"
    r"(?:was\s+|were\s+)?(?:significantly\s+|markedly\s+|much\s+|slightly\s+)?(?:fell|dropped|declined|decreased|went\s+down|worsened|lower|reduced|worse|poorer|less\s+(?:common|frequent|likely))\b"
    r"(?!\s+(?:\w+\s+)?(?:more\s+slowly|less\b|slower))"
    rf"(?![^.;]{{0,40}}?\b(?:both|all)\s+(?:groups|arms))(?!\s+(?:in|with|for|among|on)\s+(?:the\s+|those\s+)?(?:\w+\s+)?{CONTROL})"
    r"(?:\s+(?:\w+\s+){0,2}?(?:by\s+)?[\d.]+\s*(?:%|points?|percent)?|[^.;]{0,60}?\b(?:than|compared|versus|vs)\b)?",
    # less of the open arms, an anxiety-like behaviour: "time spent in the open arms in extract groups was significantly less than control"
    r"\bopen[\s-]arms?\b(?:\s+(?:entries|time))?\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+)?"
    r"(?:less|lower|fewer|reduced|decreased|shorter)\b(?:[^.;]{0,40}?\bthan\b)?",
]
_LIPID_LOWERED = r"(?:reduced|decreased|lowered|cut|reduces|decreases|lowers)\s+(?:both\s+)?(?:the\s+|their\s+|serum\s+|plasma\s+)?"
_BAD_LIPID = r"(?:(?:total|ldl|ldl-c|non-hdl)\s+)?cholesterol|ldl(?:-c)?|triglycerides|apob|lipoprotein\s*\(a\)"
_GOOD_LIPID = r"hdl(?:-c|\s+cholesterol)?"
_MIXED = [
    # a commenter's gain that came and went: "felt great for the first week, then the headaches came back", "the first month was
    # amazing, then my sleep went back to how it was"
    r"\b(?:great|amazing|fantastic|brilliant|wonderful|good|better|helped|worked|improved)\b[^.;]{0,60}?\b(?:then|until|but)\b[^.;]{0,40}?"
    r"\b(?:came\s+back|crept\s+back|returned|went\s+back|back\s+to\s+(?:how|where|what|the\s+way|square\s+one|normal|before)|wore\s+off|stopped\s+working)\b",
    # a commenter's gain with a cost or a problem left: "much calmer during the day but so groggy in the mornings that I had
    # to stop", "I fall asleep 20 minutes quicker, but I still wake at 3am"
    r"\b(?:calmer|better|quicker|faster|easier|helped|improved|worked)\b[^.;]{0,80}?\bbut\s+(?:(?:i|he|she|we|they|it)\s+)?"
    r"(?:(?:so|too|really|very|quite)\s+(?:groggy|drowsy|sleepy|dizzy|nauseous|sick|tired|foggy)\b"
    r"|still\s+(?:wake|wakes|woke|lie|lay|have|has|had|get|gets|got|feel|feels|felt)\b)",
    # a result seen in some alone: "Pain relief was seen only in women", "only evident among smokers"
    r"\b(?:was|were)\s+(?:seen|observed|found|noted|evident|apparent|detected|present)\s+only\s+(?:in|among|for)\b"
    r"|\bonly\s+(?:seen|observed|found|evident|apparent)\s+(?:in|among|for)\b",
    # lipids lowered together, the good one with the bad: "reduced HDL and total cholesterol", "lowered LDL-C, triglycerides and HDL"
    rf"\b{_LIPID_LOWERED}(?:{_GOOD_LIPID}(?:\s*,\s*|\s+(?:and|as\s+well\s+as)\s+)(?:(?:{_BAD_LIPID})(?:\s*,\s*|\s+and\s+)?)+"
    rf"|(?:(?:{_BAD_LIPID})(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+))+{_GOOD_LIPID})\b",
    # an early lead the other arm closed: "at 6 months, physiotherapy had caught up"
    r"\b(?:had|has|have)\s+(?:\w+\s+)?caught\s+up\b",
    # "effect sizes favored exercise on hyperactive symptoms (d=0.47) ..., and controls on visuospatial working memory"
    rf"\bfavou?r(?:ed|s|ing)?\s+(?!(?:the\s+)?{CONTROL})(?:[^.;]|\.\d){{0,160}}?,?\s+and\s+(?:the\s+)?{CONTROL}{_GROUP}\s+(?:on|for|in)\b",
    r"\b(?:early|initial|short-term|acute|transient|temporary|brief)\s+(?:\w+\s+)?(?:improvements?|benefits?|gains?|effects?|responses?|relief|reductions?)\b"
    r"[^.;]{0,60}?\b(?:not\s+(?:sustained|maintained|persist\w*|last\w*)|lost|disappeared|faded|waned|wore\s+off|gone)",
    r"\b(?:benefits?|effects?|gains?|improvements?)\s+(?:at|by|after|in)\s+(?:week|wk|month|day|year|\d|the\s+end|post)[^.;]{0,30}?"
    r"\b(?:were|was|had\s+been|had)\s+(?:\w+\s+)?(?:lost|gone|not\s+(?:sustained|maintained)|reversed)\b",
    # a lead at one time point gone by a later one: "DLQI better at week 12, but the difference was gone by week 24"
    r"\b(?:better|improved|lower|higher|greater|fewer|less|reduced)\s+(?:[\w-]+\s+){0,3}?(?:at|by|after)\s+(?:week|wk|day|month|year|\d)[^.;]{0,40}?\bbut\s+(?:the\s+)?"
    r"(?:difference|benefit|effect|gain|advantage)s?\s+(?:was|were|had)\s+(?:\w+\s+)?(?:gone|lost|disappeared|vanished|faded|waned)\b",
    # a difference seen at one time point and gone by a later one: "the blood-pressure difference seen at week 8 had disappeared
    # by the 6-month follow-up"
    r"\b(?:differences?|benefits?|effects?|gains?|advantages?|improvements?)\s+(?:seen|observed|found|present|noted)\s+(?:at|after|by)\s+(?:week|wk|day|month|year|\d)"
    r"[^.;]{0,40}?\b(?:had\s+|has\s+|was\s+|were\s+)?(?:disappeared|vanished|gone|faded|waned|been\s+lost)\s+(?:by|at)\b",
    # a lead at one time point, the arms alike by a later one: "clinical cure was higher with combination treatment at 24
    # weeks, although by week 48 the groups no longer differed"
    r"\b(?:higher|better|greater|lower|improved|more|fewer|less|reduced|faster)\b[^.;]{0,80}?\b(?:at|by|after)\s+(?:week|wk|day|month|year|\d)"
    r"[^.;]{0,30}?\b(?:but|although|though|yet|whereas)\b[^.;]{0,60}?\b(?:no\s+longer\s+differ\w*|(?:did\s+not|didn't)\s+differ|"
    r"(?:were|was)\s+(?:no\s+longer\s+)?(?:similar|comparable|indistinguishable)|no\s+(?:significant\s+)?difference)\b",
    # a difference that was significant and is not by a later time: "the GMFM-88 E difference was no longer significant"
    r"\b(?:differences?|advantages?|benefits?|effects?|gains?)\b[^.;]{0,60}?\bno\s+longer\s+(?:statistically\s+)?significant\b",
    # "gains in six-minute walk distance after 16 weeks of training were lost 6 months later"
    r"(?<!no\s)\b(?:gains?|improvements?|benefits?)\s+(?:in|on)\s+[^.;]{0,80}?\b(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:lost|gone|reversed)\b",
    # a table cell's "Benefit lost at 12 mo", a review's "response waned after the fourth month"
    r"\b(?:benefits?|effects?|gains?|improvements?|responses?)\s+(?:was\s+|were\s+|had\s+)?(?:lost|gone|waned|faded|wore\s+off)\s+(?:at|by|after|within|over)\s+(?:the\s+)?(?:week|wk|month|mo|day|year|\d|[a-z]+(?:th|st|nd|rd)\s+(?:week|month|year))",
    r"\b(?:lasted|persisted)\s+(?:only|just)\b(?!\s+as\b)|\bonly\s+lasted\b|\bshort-lived\b|\btransient\s+(?:improvements?|benefits?|effects?|relief)\b"
    r"|\bonly\s+(?:short-term|short\s+term|early|temporary)\s+(?:\w+\s+)?(?:improvements?|benefits?|effects?|gains?|relief)\b",  # "reported only short-term gains"
    r"\b(?:inconsistent|conflicting|mixed|equivocal|heterogeneous)\s+(?:results|findings|evidence|effects?)\b"
    r"|\binconsistent\s+(?:from\s+(?:study|trial)\s+to\s+(?:study|trial)|across\s+(?:studies|trials))\b",
    r"\b(?:opposite|opposing|contradictory|divergent|different)\s+(?:conclusions|results|findings)\b(?<!different\sresults)(?<!different\sfindings)",
    r"\b(?:were|was|are|is|remain|remains|remained)\s+(?:\w+\s+)?(?:inconsistent|conflicting|equivocal)\b",
    # gains seen, then gone: "Gains in reading fluency were seen at the end of the programme but had faded at one-year follow-up"
    r"\b(?:gains?|improvements?|benefits?)\s+(?:in|on|for)\s+[^.;]{0,80}?\b(?:were|was)\s+(?:seen|observed|found|noted|present)\b[^.;]{0,60}?\bbut\s+(?:had\s+|have\s+)?(?:faded|waned|disappeared|vanished|worn\s+off)\b",
    # another outcome's gain less sure: "improved ACR20 ..., but enthesitis outcomes were less consistent"
    r"\b(?:outcomes?|effects?|results?|benefits?|findings|data|gains?|improvements?|scores?|measures?)\s+(?:(?:on|in|for)\s+(?:[\w-]+\s+){1,2}?)?(?:were|was)\s+(?:much\s+|far\s+)?less\s+(?:consistent|clear|convincing|certain|robust)\b",
    # a lead that shrank by a later time point: "but the difference had narrowed to 1.9 points (95% CI ...) by 6 months"
    r"\b(?:differences?|benefits?|effects?|gains?|advantages?|gaps?|improvements?)\s+(?:[\w-]+\s+){0,6}?(?:had\s+|has\s+)?(?:narrowed|shrank|shrunk|diminished|dwindled)\s+to\b"
    r"|\bbut\s+(?:had\s+)?(?:narrowed|shrank|shrunk|dwindled)\s+to\b",
    r"\b(?:benefits?|effects?|improvements?|gains?)\s+(?:(?:on|in|for)\s+(?:[\w-]+\s+){1,2}?)?(?:was|were|is|are|(?:may|might|could)\s+be|seems?|seemed|appears?|appeared)\s+(?:to\s+be\s+)?(?:\w+\s+){0,3}?(?:confined|limited|restricted)\s+to\b",
    r"\b(?:the\s+)?(?:low|lower|lowest|smaller)\s+doses?\s+(?:\w+\s+){0,2}?(?:was\s+|were\s+)?(?:no\s+different|not\s+(?:effective|different|better|superior|significant)|ineffective|did\s+not)",
    # one dose's gain, the other dose alike to control: "less frequent at 300 mg/kg, but the 150 mg/kg diet did not differ from the control"
    r"\b(?:at|with|on)\s+\d[\d.,]*\s*(?:mg|g|mcg|µg|ug|iu|ml|%)(?:/\w+)?\b[^.;]{0,40}?\bbut\s+(?:the\s+)?\d[\d.,]*\s*(?:mg|g|mcg|µg|ug|iu|ml|%)(?:/\w+)?"
    r"\s+(?:(?:dose|diet|group|arm|regimen|feed)\s+)?(?:did\s+not|didn't|was\s+no|had\s+no)\s+(?:differ|different|better|effect|help|work)",
    # "similar improvements at week 8, but only the CBT-I group kept its gains at follow-up"
    rf"\b(?:similar(?:ly)?|comparabl[ey]|equal(?:ly)?|equivalent(?:ly)?|alike|both)\b[^.]{{0,100}}?(?:\bbut|\byet|\bwhereas|;)[^.;]{{0,40}}?\bonly\s+(?:the\s+|those\s+)?(?!{CONTROL})(?:[^.;]|\.\d){{0,30}}?"
    r"\b(?:kept|maintained|sustained|retained|preserved|held|continued|stayed|remained|still)\b",
]
_LIMITING = [
    # (not a small sample: "but the trial had only 34 participants")
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!enrolled\s)(?<!included\s)(?<!involved\s)(?<!recruited\s)(?<!randomised\s)(?<!randomized\s)\bonly\s+(?:the\s+|in\s+(?:the\s+)?)?(?:(?:higher|highest|lower|lowest|smallest|largest|high|low|first|second|one|two|three|four|of|\d[\d.,]*|mg|g|ug|µg|mcg|daily|and|or"
    r"|(?:higher|highest|lower|lowest|high|low|full|half)-dos(?:e|ed|age))\s+)*"
    r"(?:dose|doses|trial|trials|study|studies|group|arm|subgroup|mg|g|patients|women|men|participants|people|those|subjects|children|adults)\b",
    r"\bonly\s+\d[\d.,]*(?:\s*(?:,|and|or|&)\s*\d[\d.,]*)*\s*(?:mg|g|ug|µg|mcg)\b",  # "only 0.5 and 1.0 mg/kg effective"
    r"\bonly\s+(?:at|in|during|after|on|for|with)\s+(?:the\s+)?(?:week|wk|day|month|first|end|\d|(?:two\s+)?(?:highest|higher|high|top|largest|lowest|low)\s+dos)",
    r"(?<!\btrend\s)\bonly\s*(?=[.;,)]|$)",  # "benefit on HAMD only"
    # "effective only in the short term", "helped only briefly"
    r"\bonly\s+(?:in|over|for|during)\s+(?:the\s+)?(?:short|medium)[\s-]*term\b|\bonly\s+(?:briefly|temporarily|transiently|initially|at\s+first)\b",
    r"\bonly\s+(?:at|with|in)\s+(?:doses|dosages)\s+(?:above|over|of|greater|higher|below|under|≥|>|<)",  # "effective only at doses above 1 g"
    # one dose arm named, then "only": "improved with 10 mg only", "at the higher dose only", "in the 400 mg/day arm only"
    r"\b(?:with|at|in|on|for)\s+(?:the\s+)?(?:(?:higher|highest|lower|lowest|high|low|top|larger|largest|\d[\d.,]*\s*(?:mg|g|ug|µg|mcg|iu|ml)(?:/[a-z]+)*)\s*)+"
    r"(?:doses?|dosages?|arms?|groups?)?\s+only\b",
    r"\bonly\s+for\s+(?:the\s+|those\s+with\s+)?(?:mild|moderate|severe|younger|older|some|certain|a\s+subset|a\s+minority|women|men|children|adults)\b|"
    r"\bonly\s+(?:if|when|among|in\s+those|for\s+those)\b|\bonly\s+in\s+(?:the\s+)?(?:[\w\u2013-]+\s+){0,2}?(?:patients|people|participants|subjects|women|men|children|adults|infants|adolescents|girls|boys|"
    r"smokers|carriers|mice|rats|animals|dogs|cats|horses|subgroups?)\b",  # "better sleep only if ferritin < 15"
    # significance reached in a subgroup alone: "the difference only reached significance in people with severe anxiety"
    r"\bonly\s+(?:reached|attained|achieved)\s+(?:statistical\s+)?significance\s+(?:in|among|for)\b",
]
_LIMITED_TO = re.compile("|".join(_LIMITING))
# "the two higher doses reduced ...": the lower dose did not. Read before any pass masks the verb.
_HIGHER_DOSES_WORKED = re.compile(
    r"\bthe\s+(?:two\s+|three\s+)?(?:higher|highest|larger|largest)\s+doses?\s+(?:of\s+[\w-]+\s+)?(?:\w+ly\s+)?"
    r"(?:reduced|improved|separated|decreased|lowered|outperformed|produced|showed|were\s+(?:superior|effective|better))\b"
)
# The adjectives of a preclinical activity: "anxiolytic", "antidepressant-like", "hepatoprotective".
_THERAPEUTIC = (
    r"(?:anxiolytic|antidepressant|analgesic|antinociceptive|anti-?[a-z]+(?:ic|ant|al|ive|ory|ary)|[a-z]*protective|sedative|hypnotic|nootropic|"
    r"hypoglyc(?:a)?emic|memory-enhancing|anxiolysis)"
)
_FACULTY = (
    r"(?:cognition|memory|performance|attention|mood|sleep|symptoms?|anxiety|depression|pain|outcomes?|"
    r"functioning|recall|learning|craving|fatigue|agitation|scores?)"
)
_NEGATIVE_CONTROL = [  # the control arm did better
    # "though budesonide gave fewer exacerbations" (the comparator written as a control)
    rf"\b{CONTROL}{_GROUP}\s+(?:gave|produced|caused|led\s+to|resulted\s+in|had|showed|achieved|yielded)\s+(?:significantly\s+|markedly\s+)?(?:fewer|less|lower)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exacerbations?|attacks?|relapses?|events?|episodes?|admissions?|hospitali[sz]ations?|symptoms?|pain|seizures?|headaches?|migraines?|"
    r"infections?|fractures?|falls|deaths?|mortality)\b",
    # "children in the control arm of one small study actually had greater gains in FEV1 than those given 2000 IU"
    rf"\bin\s+the\s+{CONTROL}{_GROUP}\b[^.;]{{0,40}}?\b(?:had|showed|made|achieved|saw)\s+(?:\w+\s+)?(?:greater|larger|more|bigger|better)\s+"
    r"(?:gains?|improvements?|reductions?|benefits?)\b",
    rf"{_GOOD_END_OF}(?:the\s+)?{CONTROL}",
    rf"\b{CONTROL}(?:-treated|-allocated)?{_GROUP}(?!\s+(?:plus|\+|combined\s+with|together\s+with|augmented\s+with|with\s+added)\s)(?:,\s+(?:which|who|that)\s+[^,;.]{{0,60}},)?\s+(?:(?!and\b)\w+\s+){{0,2}}?(?:improved|showed|had|gained|experienced|did|reported|demonstrated|worked|performed|fared|responded|got|produced|yielded|achieved|saw|reduced|lowered|cut|decreased|relieved|eased)\s+(?:\w+\s+){{0,2}}?(?:more|greater|better|larger|faster)\b",
    # the measure named between the verb and "more than": "Gabapentin reduced itch on the 5-D itch scale significantly more than hydroxyzine did"
    rf"\b{CONTROL}{_GROUP}\s+(?:improved|reduced|lowered|decreased|relieved|eased|cut)\s+(?:(?!(?:and|but|while|whereas|than|in|with)\b)[\w()/-]+\s+){{3,7}}?"
    r"(?:significantly\s+|much\s+|far\s+|markedly\s+)?more\s+than\b(?!\s+(?:expected|anticipated|predicted|hoped|usual|before|at\s+baseline))",
    rf"\b(?:improved|fell|dropped|declined|decreased|reduced)\b[^.;]{{0,60}}?\bmore\s+so\s+(?:in|with|on|among|for)\s+(?:the\s+)?{CONTROL}",
    rf"\b{CONTROL}{_GROUP}\s+(?:(?:was|were|proved|appeared)\s+)?(?:significantly\s+|slightly\s+)?(?:superior|better|more\s+effective)\b(?!\s+tolerated)",
    rf"\b{CONTROL}{_GROUP}\s+(?:outperformed|surpassed|beat)\b",
    rf"\b(?:did|fared|responded|performed|improved|was|were)\s+(?:\w+\s+)?better\s+(?:on|with|in|under|after|to|among|for)\s+(?:the\s+)?{CONTROL}",
    rf"\bmore\s+(?:\w+\s+){{0,3}}?(?:responded|remitted|improved|recovered)\s+(?:to|on|with|in)\s+(?:the\s+)?{CONTROL}",
    rf"\b(?:improved|reduced|lowered|decreased|helped)\s+(?:[\w-]+\s+){{0,3}}?less\s+than\s+(?:the\s+|with\s+|did\s+)?{CONTROL}",
    # "did less for PHQ-9 scores than sertraline", "worked less well than sham"
    rf"\b(?:did|does|do)\s+(?:much\s+|far\s+|significantly\s+|considerably\s+)?less\s+(?:(?:for|to)\s+[^.;]{{0,60}}?\b)?than\s+(?:the\s+|with\s+|did\s+|a\s+)?{CONTROL}",
    rf"\b(?:worked|works|helped|performed)\s+less\s+well\s+than\s+(?:the\s+|with\s+|did\s+|a\s+)?{CONTROL}",
    rf"\b{CONTROL}(?:-treated)?{_GROUP}\s+(?:had|showed|achieved|saw|reported)\s+(?:\w+\s+){{0,2}}?(?:higher|greater|better)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:response|remission|abstinence|quit|recovery|success)",
    rf"\b(?:in\s+)?favou?r(?:ed|ing|s|\s+of)?\s+(?:the\s+)?{CONTROL}",
    rf"\b(?:greater|more|larger|better|higher)\s+(?:\w+\s+){{0,2}}?(?:improvement|reduction|gains?|response|benefit|remission)s?(?:\s+rates?)?\s+"
    rf"(?:(?:was|were)\s+(?:seen|observed|found|noted)\s+)?(?:in|with|among|for|on)\s+(?:the\s+)?{CONTROL}",
    rf"\b(?:fell|dropped|declined|decreased|improved)\s+(?:slightly\s+|significantly\s+|much\s+|somewhat\s+|even\s+)?more\s+(?:in|with|on|among|for)\s+(?:the\s+)?{CONTROL}",
    rf"\b(?:improvements?|reductions?|gains?|responses?|response\s+rates?|benefits?|remission\s+rates?)\s+(?:was|were)\s+(?:\w+\s+)?"
    rf"(?:greater|larger|better|higher)\s+(?:in|with|on|among|for)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?{CONTROL}",
    rf"\b(?:participants|patients|those|people|subjects)\s+(?:given|on|receiving|taking|in\s+the)\s+{CONTROL}{_GROUP}\s+(?:did|fared|responded)\s+better\b",
    # the treatment behind the control: "was inferior to placebo", "did worse than those on placebo", "was outperformed by usual care"
    rf"\binferior(?<!not\sinferior)(?<!non-inferior)(?<!noninferior)(?<!numerically\sinferior)\s+to\s+(?:the\s+|a\s+|an\s+)?(?:matching\s+|inert\s+|active\s+)?{CONTROL}",
    rf"\b(?:was|were)\s+(?:\w+\s+)?(?:outperformed|beaten|bettered|surpassed)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:matching\s+|inert\s+)?{CONTROL}",
    rf"\b(?:did|fared|performed|scored|responded)\s+(?!no\b|not\b|any\b)(?:\w+\s+)?worse\s+than\s+(?:(?:the\s+|a\s+|with\s+)|(?:those|people|patients|participants)\s+(?:on|given|receiving|taking|in\s+the)\s+)?{CONTROL}",
    rf"\bunderperformed\s+(?:the\s+|a\s+)?{CONTROL}",
    # the other arm ahead: "Zinc oxide came out ahead, with better average daily gain"
    rf"\b{CONTROL}{_GROUP}\s+(?:came\s+out|finished|ended\s+up|pulled|stayed|was|were)\s+(?:clearly\s+|well\s+|slightly\s+)?(?:ahead|on\s+top)\b",
    rf"\b(?:was|were|proved|appeared)\s+(?:significantly\s+|slightly\s+|markedly\s+|even\s+)?(?:worse|less\s+effective|less\s+efficacious)\s+than\s+(?:the\s+|a\s+|an\s+)?{CONTROL}",
]
_NEGATIVE = [
    # a commenter's symptom made worse: "it made my migraines way more frequent", "made his itching even worse"
    r"(?<!n't\s)(?<!not\s)\bmade\s+(?:my|his|her|our|their)\s+(?:[\w'-]+\s+){1,3}?(?:way\s+|much\s+|even\s+|so\s+much\s+|a\s+lot\s+|far\s+)?"
    r"(?:worse|more\s+(?:frequent|often|intense|severe|painful|itchy)|unbearable)\b",
    # "patients given early steroids were more likely to die within 28 days"
    r"(?<!not\s)(?<!no\s)\bmore\s+likely\s+to\s+(?:die|relapse|be\s+(?:hospitali[sz]ed|admitted|readmitted|intubated)|fall|attempt\s+suicide|need\s+(?:surgery|rescue|intubation|ventilation))\b",
    # a risk raised, whatever of (not a good outcome's): "the supplement increased the risk of prostate cancer"
    # (not the people a trial took: "patients at increased risk of stroke", "adults who had an increased risk of ...")
    rf"(?<!not\s)(?<!n't\s)(?<!no\s)(?<!\bat\s)(?<!\bat\san\s)(?<!who\shad\san\s)(?<!who\shave\san\s)(?<!who\shad\s)"
    rf"\b(?:increased|increases|doubled|tripled|raised|raises|elevated)\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?(?:risks?|odds|incidence|likelihood|hazards?)\s+of\s+"
    rf"(?!{_GOOD_OUTCOME_AHEAD}|(?:[\w-]+\s+)?(?:healing|improvement|benefit|achieving|reaching|clinical\s+(?:response|remission|improvement)|pregnancy|live\s+birth)){_W}?[\w-]+",
    # a good quantity lowered or lost: "lowered bone mineral density", "increased lean mass loss"
    r"(?<!with\s)(?<!not\s)(?<!n't\s)\b(?:reduced|decreased|lowered|reduces|decreases|lowers)\s+(?:the\s+|their\s+)?(?:bone\s+(?:mineral\s+)?density|bmd|fev1|fvc|lung\s+function|"
    r"(?:left\s+ventricular\s+)?ejection\s+fraction|lvef|lean\s+(?:body\s+)?mass|muscle\s+(?:mass|strength)|grip\s+strength|milk\s+(?:yield|production))\b"
    r"|(?<!no\s)(?<!not\s)\b(?:increased|greater|more|accelerated)\s+(?:\w+\s+)?(?:lean\s+(?:body\s+)?mass|muscle(?:\s+mass)?|bone(?:\s+mineral)?|hair|tooth|teeth|vision|hearing|memory)\s+loss\b",
    # a level to lower that stayed higher with the treatment: "intraocular pressure remained higher in eyes treated with the generic drops than ..."
    rf"\b(?:intraocular\s+pressure|iop|blood\s+pressure|hba1c|ldl(?:-c|\s+cholesterol)?|cholesterol|triglycerides|viral\s+loads?|glucose)\s+(?:(?!was\b|were\b|remained\b)[\w-]+\s+){{0,2}}?"
    rf"(?:was|were|remained|stayed)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:higher|greater|worse)\s+(?:for|in|with|among|on)\s+(?!(?:the\s+)?{CONTROL})[^.;]{{0,60}}?\b(?:compared|than|versus|vs)\b",
    # "the trial was stopped early for harm after an excess of strokes", "the committee stopped the trial for harm"
    r"\b(?:stopped|halted|terminated|discontinued)\s+(?:\w+\s+){0,2}?(?:early\s+|prematurely\s+)?(?:for|because\s+of|due\s+to|owing\s+to)\s+"
    r"(?:harm|an?\s+excess\s+of\s+|excess\s+(?:mortality|deaths?)|increased\s+mortality)",
    # a duration to shorten made longer: "prolonged length of stay", "sleep latency was longer with the antihistamine"
    rf"(?<!not\s)(?<!n't\s)\b(?:increased|increases|prolonged|prolongs|lengthened|lengthens|extended|extends)\s+(?:the\s+)?(?:mean\s+|median\s+|average\s+)?{LONG_IS_WORSE}"
    rf"|\b{LONG_IS_WORSE}\s+(?:(?!(?:was|were)\b)[\w-]+\s+){{0,2}}?(?:(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|considerably\s+|(?:about\s+|nearly\s+)?\d[\d.]*\s+(?:days?|hours?|minutes?|nights?)\s+)?(?:longer|prolonged|lengthened|increased)|lengthened|increased|rose)\b"
    rf"(?!\s+(?:in|with|for|among|on)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})",
    # recovery that came more slowly: "healing was slower with the honey dressing", "wounds healed more slowly with"
    rf"\b(?:healing|recovery|wound\s+closure|resolution|clearance|re-?epitheli[sz]ation)\s+(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+)?slower\s+(?:with|in|for|among|on|after|using)\s+(?!(?:the\s+)?{CONTROL})"
    rf"|\b(?:healed|recovered|resolved|cleared)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:more\s+slowly|slower)\s+(?:(?:with|in|for|among|on|after|using)\s+(?!(?:the\s+)?{CONTROL})|than\b)",
    # "children who stopped the drops progressed faster than never-treated children", "eGFR declined faster with the drug"
    rf"\b(?:progress(?:ed|es)|declined|deteriorated|worsened|elongated)\s+(?:[\w-]+\s+){{0,3}}?(?:faster|more\s+(?:rapidly|quickly))\b"
    rf"(?!\s+(?:(?!than\b)\w+\s+){{0,2}}?(?:in|with|among|on|for)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})",
    # a treatment's use tied to a harm: "metformin use was associated with a higher risk of B12 deficiency"
    r"\b(?:use|users|therapy|treatment|supplementation|intake|prescribing|prescription)\s+(?:[\w-]+\s+){0,2}?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:associated|linked)\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:higher|increased|greater|excess)\s+(?:risks?|incidence|odds|rates?|prevalence|likelihood|hazards?)\s+of\b",
    rf"\b(?<!no\s)(?<!not\s)(?:fewer|less|lower|reduced|shorter)\s+(?:[\w-]+\s+){{0,2}}?{_GOOD_FALLEN}[^.;]{{0,60}}?\b(?:than|compared|versus|vs)\b",
    # (not "greater reductions in symptoms than placebo")
    rf"\b(?:more|greater|higher|worse|increased)\s+(?!(?:{_W}){{0,2}}?(?:reductions?|decreases?|improvements?|relief|declines?|drops?|falls?|resolution|remissions?)\b)"
    rf"(?:{_W}){{0,2}}?(?:anxiety|depression|pain|symptoms?|distress|insomnia|craving|relapses?|psychosis|agitation|suicidal\w*)\s+(?:{_W}){{0,6}}?than\b",
    rf"\b(?:mortality|deaths?|relapses?|relapse\s+rates?|hospitali[sz]ations?|{_EVENTS})\s+(?:(?:for|from|of|due\s+to)\s+[\w-]+\s+)?(?:was|were)\s+(?:\w+\s+)?(?:higher|more\s+(?:frequent|common))\s+"
    rf"(?:in|with|among|for|on)\s+(?:the\s+)?(?:\w+\s+)?(?:in\s+the\s+)?(?!{CONTROL})",
    # weight put on with the treatment, where it is not wanted (wanted weight is read first): "gained significantly more weight than those on haloperidol"
    r"(?<!no\s)(?<!not\s)\b(?:gained|gain|put\s+on)\s+(?:an?\s+)?(?:(?:average|mean)\s+(?:of\s+)?)?\d+(?:\.\d+)?\s*(?:kg|kilograms?|lbs?|pounds?)\s+more\b(?=[^.;]{0,60}?\bthan\b)",
    r"(?<!no\s)(?<!not\s)\b(?:gained|gain|put\s+on)\s+(?:significantly\s+|substantially\s+|considerably\s+|much\s+|slightly\s+)?more\s+(?:body\s+)?weight\b(?=[^.;]{0,60}?\bthan\b)",
    rf"\b(?:higher|increased|greater|more|excess)\s+(?:{_W}){{0,2}}?(?:mortality|deaths?|relapses?|hospitali[sz]ations?|suicid\w*|falls|fractures)\b",
    rf"\b(?:higher|increased|greater|more|excess)\s+(?!(?:{_W}){{0,2}}?(?:reductions?|decreases?|declines?|drops?|falls?|prevention)\b)(?:{_W}){{0,2}}?{_EVENTS}\b",
    r"(?<!\bno\s)\bworse\s+(?:on|with|in|after|under|for|among)\b|\b(?:poorer|impaired)\s+(?:on|with|after|under)\b",
    rf"\b{HARMS}\s+(?:[\w-]+\s+){{0,3}}?(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|substantially\s+|consistently\s+)*"
    rf"(?:higher|greater|worse|more\s+severe)\s+(?:(?:at|after|by|over|during)\s+(?:[\w-]+\s+){{1,2}}?)?(?:for|in|with|among|on)\s+(?!(?:the\s+)?{CONTROL})[^.;]{{0,60}}?\b(?:compared|than|versus|vs)\b",
    rf"\b{_FACULTY}\s+(?:was\s+|were\s+|got\s+|became\s+|significantly\s+|markedly\s+)*(?:worse|poorer|impaired)\b",
    r"(?<!with\s)(?<!cognitively\s)\bimpaired\s+(?:[\w-]+\s+)?(?:memory|cognition|learning|performance|recall|attention|driving|psychomotor|sleep)\b",
    # growth or healing held back: "depressed feed intake and weight gain", "impaired wound healing"
    r"(?<!not\s)(?<!n't\s)\b(?:depressed|impaired|hampered|suppressed)\s+(?:[\w-]+\s+)?(?:feed\s+intake|growth|weight\s+gain|daily\s+gain|milk\s+yield|egg\s+production|healing|recovery|fertility)\b",
    r"\b(?:felt|feel|feels|feeling|got|gets|getting|gotten|became|become|made\s+(?:me|him|her|them|it|things|(?:my|his|her|their)\s+[\w-]+)(?:\s+feel)?)\s+(?:\w+\s+)?worse\b",
    rf"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:increased|increases|increase|raised|raises|aggravated|aggravates|worsens|triggered|triggers|provoked|provokes|prolonged|prolongs)\s+(?:[\w-]+\s+){{0,2}}?{HARMS}\b(?!\s+(?:threshold|tolerance|relief))",  # not "did not increase seizures"
    # a harm raised in the treated arm: "immobility time was significantly increased at 100 mg/kg compared with vehicle"
    rf"\b{HARMS}\s+(?:time\s+|scores?\s+|levels?\s+|severity\s+|duration\s+)?(?:was|were)\s+(?:significantly\s+|markedly\s+|substantially\s+|further\s+)?"
    rf"(?:increased|prolonged|lengthened)\b(?!\s+(?:\w+\s+)?(?:in|with|on|among|for)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})",
    # more weight gained with the treatment than with another arm: "greater weight gain with olanzapine than with haloperidol"
    rf"\b(?:more|greater|higher|increased|excess(?:ive)?)\s+(?:\w+\s+)?weight\s+gain\b(?!\s+(?:\w+\s+){{0,2}}?(?:in|with|on|among|for)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"
    r"(?=[^.;]{0,60}?\b(?:than|compared|versus|vs)\b)",
    r"\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+[^,;.]{1,40},\s+(?:[\w-]+\s+){1,4}?(?:led\s+to|caused|produced|induced|resulted\s+in|"
    r"was\s+associated\s+with|had|showed)\s+(?:significantly\s+|markedly\s+)?(?:more|greater|higher|increased|excess(?:ive)?)\s+(?:\w+\s+)?weight\s+gain\b",
    # a rodent's despair: "rats given the extract spent more time immobile"
    r"\b(?:spent|spend|spends|spending)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:more|longer)\s+time\s+(?:immobile|in\s+(?:the\s+)?(?:closed\s+arms?|dark))\b",
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:outperformed|beaten|surpassed|bettered)\s+by\b|\bbackfired\b|\bcounter-?\s?productive\b|\bharmed\b|\b(?:did|fared|performed|functioned)\s+(?!no\s|not\s)(?:\w+\s+)?worse\b",
    r"\b(?:reduced|decreased|lowered|worsened|diminished|reduces|decreases|lowers)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:quality\s+of\s+life|well-?being|survival|sleep\s+(?:time|quality|efficiency|duration)|cognition|memory|remission\s+rates?|"
    r"response\s+rates?|abstinence|(?:swimming|climbing|struggling)(?:\s+(?:time|behaviou?r|duration))?|open[\s-]arms?\s+(?:entries|time))\b(?!\s+(?:complaints?|problems?|deficits?|impairment|loss|decline))",
    r"(?<!with\s)(?<!cognitively\s)(?<!\w)impaired\s*(?=[.;,)]|$)",
    # kidney function, HDL or libido lowered: "lowered blood pressure versus placebo but reduced eGFR" (not "patients with reduced eGFR")
    r"(?<!with\s)(?<!and\s)(?<!or\s)\b(?:reduced|decreased|lowered|worsened|impaired)\s+(?:the\s+|their\s+)?"
    r"(?:e?gfr|(?:estimated\s+)?glomerular\s+filtration(?:\s+rate)?|renal\s+function|kidney\s+function|hdl(?:-c|\s+cholesterol)?|libido)\b",
    # a good quantity the treatment harmed: "but impaired next-day alertness", "disrupted sleep", "worsened daytime sleep efficiency"
    rf"(?<!with\s)(?<!of\s)(?<!for\s)(?<!and\s)\b(?:impaired|disrupted|disturbed)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_GOODS}|alertness|vigilance|concentration)\b",
    # a harm that rose with the treatment: "pain increased after treatment with the drug"
    rf"\b{HARMS}\s+(?:scores?\s+|levels?\s+|severity\s+|ratings?\s+)?(?:significantly\s+|markedly\s+|substantially\s+)?(?:increased|worsened)\s+"
    rf"(?:significantly\s+|markedly\s+)?(?:with|after|on|in|among|during|following)\s+(?!(?:the\s+)?{CONTROL})(?:[\w-]+\s+){{0,3}}?"
    r"(?:treatment|therapy|group|arm|dosing|administration|use|intake|supplementation|infusions?|injections?)\b",
    r"\b(?:worsen(?:ed|s)?\b|(?<!of\s)(?<!for\s)(?<!in\s)(?<!or\s)(?<!and\s)(?<!with\s)(?<!no\s)(?<!to\s)worsening|deteriorat\w+|exacerbat(?:e|es|ed|ing)\b|(?<!not\s)(?<!non-)(?<!non)(?<!numerically\s)inferior\s+to|(?<!no\s)(?<!any\s)worse\s+than|(?<!no\s)(?<!not\s)worse\s+(?:[\w-]+\s+){0,2}?(?:outcomes?|symptoms?|scores?)|(?<!no\s)(?<!not\s)(?<!any\s)less\s+effective|less\s+improvement|(?<!\bat\s)(?<!who\shad\san\s)(?:increased|doubled|tripled|raised)\s+(?:the\s+)?(?:risk|rate|rates|likelihood|odds|incidence)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:relapse|suicid\w+|death|mortality|psychosis|mania|falls?|fractures?|hospitali[sz]ation|seizures?|stroke|bleeding|dementia|delirium)|harmful)\b",
]
# The control arm standing still beside the treated arm's change: "while barely moving on placebo".
_CONTROL_STOOD_STILL = re.compile(
    rf"\b(?:while|whereas|but|and)\s+(?:(?:it|they|scores?|symptoms?)\s+)?(?:barely|hardly|scarcely|little)\s+(?:moving|moved|changing|changed|budging|budged|shifting|shifted|improving|improved)\s+"
    rf"(?:on|in|with|among|for|under)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?{CONTROL}[\w-]*(?:\s+(?:group|arm))?"
)
# A gain the treatment cut short, where its verb of lowering would read as a gain: "reduced gains in sprint speed",
# "blunted strength gains", "the cold group gained less quadriceps area" (not weight, whose loss may be the aim; not
# "limited", an adjective as often: "has limited health benefits").
_GAIN_CUT = re.compile(
    r"(?<!not\s)(?<!n't\s)\b(?:reduced|reduces|blunted|blunts|attenuated|attenuates|lessened|diminished|dampened|impaired|impairs|"
    r"undermined|offset|negated|abolished|cancelled|canceled)\s+(?:the\s+|their\s+|its\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?<!weight\s)(?<!body\s)(?:gains?|benefits?|improvements?|adaptations?)\b"
    r"|\bgained\s+(?:significantly\s+|substantially\s+|much\s+)?less\s+(?!(?:body\s+)?weight\b|fat\b|than\b)[\w-]+"
)
# A non-significant or equivalent comparison outweighs descriptive gains in the same
# breath ("fewer headache days, though the difference was not significant" is null).
_NONSIGNIFICANT = [
    # the change referred back to, no different from the control: "although the change was not different from the control period"
    r"\b(?:the|this|that|these|those|its|their)\s+(?:changes?|differences?|reductions?|improvements?|decreases?|increases?|falls?|drops?|rises?|gains?|effects?|benefits?)\s+"
    r"(?:was|were|is|are)\s+not\s+(?:statistically\s+|significantly\s+)?(?:different|distinguishable|better|greater|larger)\s+(?:from|than)\b",
    # a second predicate denying any edge over the control: "was modest and not better than placebo"
    rf"\b(?:and|but|yet)\s+not\s+(?:statistically\s+|significantly\s+)?(?:different|distinguishable|better|superior|more\s+effective)\s+(?:from|than|to)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL}\b",
    # the arms alike: "improves symptoms, as does placebo", "with no significant differences between the groups"
    rf"\bas\s+(?:does|did|do)\s+(?:the\s+|those\s+(?:of|in|on|given)\s+(?:the\s+)?)?(?:\w+\s+)?{CONTROL}\b",
    r"\bno\s+(?:statistically\s+)?significant\s+(?:between-group\s+)?differences?\s+between\s+(?:the\s+)?(?:two\s+|three\s+|treatment\s+|study\s+)?"
    r"(?:groups|arms|conditions|treatments)\b(?!\s+(?:in|on|for)\b)",
    # matched another treatment: "lowered HbA1c about as much as calorie restriction", "worked roughly as well as sertraline"
    r"\b(?:about|roughly|approximately|nearly|almost|much\s+the\s+same|essentially|every\s+bit)\s+as\s+"
    r"(?:much|well|effectively|far|many|often|good|effective|efficacious)\s+as\b|\bas\s+(?:effectively|effective|efficacious)\s+as\b",
    r"\bnot(?<!did\snot)(?<!does\snot)(?<!do\snot)\s+(?:(?:found|shown|considered|deemed|judged)\s+to\s+be\s+)?(?:a\s+|any\s+)?(?:statistically\s+)?significant(?:ly)?\b|\bnon-?\s?significant(?:ly)?\b"
    r"|\b(?:were|was|is|are|ai)n't\s+(?:a\s+|any\s+)?(?:statistically\s+)?significant(?:ly)?\b",
    r"\b(?:did\s+not|fail(?:ed|s)?\s+to|without)\s+(?:quite\s+|narrowly\s+)?(?:reach(?:ing)?|attain(?:ing)?|achiev(?:e|ing))\s+(?:conventional\s+|statistical\s+)?significance\b",
    # a gap put down to chance: "the gap was small enough that it could have been chance", "wasn't statistically meaningful"
    r"\b(?:could|might|may)\s+(?:well\s+|easily\s+)?have\s+been\s+(?:due\s+to\s+|down\s+to\s+)?(?:chance|a\s+fluke|luck|random\s+variation)\b"
    r"|(?:(?<=not\s)|(?<=n't\s))statistically\s+meaningful\b",
    # no difference said of the gains themselves: "improvements were observed ... but did not differ significantly from placebo",
    # "none of the differences were statistically significant", "none reached statistical significance"
    r"\b(?:but|though|although|yet)\s+(?:they\s+|these\s+|this\s+|it\s+)?(?:did|does|do)\s*(?:not|n't)\s+differ\s+(?:statistically\s+)?significantly\b",
    r"\bnone\s+(?:of\s+(?:the|these|them)\s+(?:[\w-]+\s+){0,2}?)?(?:was|were|reached|achieved|attained)\s+(?:statistical(?:ly)?\s+)?significan\w*",
    # the gains within the arms were no better than the control's: "were not statistically different from placebo"
    r"\b(?:was|were|is|are)\s+not\s+(?:statistically|significantly)\s+(?:different|distinguishable|better)\s+(?:from|than)\b",
    r"\b(?:narrowly\s+|just\s+|marginally\s+)?missed\s+(?:conventional\s+|statistical\s+)?significance\b|\bfell\s+(?:just\s+)?short\s+of\s+(?:conventional\s+|statistical\s+)?significance\b",
    r"\bcomparable\s+(?:to|with|between|across|in|efficacy|outcomes?|improvements?|effects?)\b",
    r"\b(?:\w+ed\s+)?similar(?:ly)?\s+(?:to|in|between|across|among|improvements?|outcomes?|effects?|efficacy|reductions?|rates?|gains?)\b",
    # "as well as" only after a verb of working: otherwise it is "and" ("smoking as well as nicotine dependence")
    r"\bas\s+(?:effective|efficacious|good)\s+as\b|\b(?:worked|works|work|working|helped|performed|performing|performs|did|does|fared|faring|healed|heals|recovered)\s+(?:just\s+|about\s+|roughly\s+)?as\s+well\s+as\b"
    # the same speed as the other arm: "lowered bilirubin as quickly as hospital treatment", "ulcers healed as fast as with dressings"
    r"|(?<!twice\s)(?<!times\s)(?<!half\s)(?<!not\s)(?<!n't\s)\bas\s+(?:quickly|quick|fast|rapidly|rapid|swiftly|short)\s+as\s+(?!(?:possible|before|usual|expected|needed|necessary|\d)\b)"
    # as many cured as with the other arm: "the splint cured as many thumbs as surgery did"
    r"|(?<!twice\s)(?<!times\s)(?<!half\s)(?<!not\s)\bas\s+many\s+(?:[\w-]+\s+){1,3}?as\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:did|does|do)\b"
    r"|\bnon-?\s?inferior(?:ity)?\b|\bnot\s+inferior\b",
    r"\b(?:were|was|are|is|remained)\s+(?:very\s+|broadly\s+|largely\s+)?(?:similar|comparable)\b|\bby\s+(?:a\s+|the\s+)?(?:similar|comparable|same)\s+(?:amount|margin|degree|extent)\b|\bat\s+(?:a\s+|the\s+)?(?:similar|comparable|same)\s+(?:rate|pace|speed|level)\b|\bequivalent\b|\b(?:clinical\s+|therapeutic\s+)?(?:equivalence|comparability)\b|\b(?:no|not)\s+less\s+(?:effective|efficacious)\s+than\b|\bmatched\s+(?:the\s+)?(?:[\w-]+(?:'s)?\s+)?(?:efficacy|effectiveness|effects?|benefits?)\b|\b(?:equally|comparably)\b|\bin\s+(?:both|all|each\s+of\s+the|all\s+(?:three|four|the))\s+(?:the\s+)?(?:[\w-]+\s+and\s+(?:the\s+)?[\w-]+\s+|(?!(?:supplemented|treated|active|dosed|medicated|vaccinated|intervention|treatment)\s)[\w-]+\s+)?(?:groups|arms|conditions)\b"
    # ... unless those arms are then set against the control: "improved in both active arms relative to sham" is a gain
    rf"(?![^.;]{{0,12}}?\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|over)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{CONTROL})",
    r"\b(?:both|all\s+(?:three|four|the))\s+(?:groups|arms|conditions|interventions|treatments|drugs|therapies)\s+(?:\w+\s+)?(?:improved|benefit\w*|got\s+better|reduced|lowered|decreased|relieved|eased)"
    r"|\bboth\s+(?:interventions|treatments|drugs|therapies|approaches)\s+(?:were|was)\s+(?:\w+\s+)?(?:effective|efficacious|beneficial|helpful)",
    r"\btrend(?:ed|ing)?\s+(?:toward|towards)(?:\s+(?:a|an|the|greater|more|larger|significant|statistical))*\s+\w+|\bnon-?significant\s+trend\b",
    r"\btrends?\b",
    r"\b(?:improved|performed|fared|responded|did|behaved|changed|declined|fell|dropped|decreased|reduced|lessened|eased|rose|increased)\s+(?:very\s+|about\s+|roughly\s+|broadly\s+)?similarly\b",
    r"\bapproach(?:ed|ing)\s+(?:statistical\s+|conventional\s+)?significance\b|\b(?:marginally|borderline|nearly|almost)\s+(?:statistically\s+)?significant\b",
    r"\bnumerically\s+(?:\w+\s+)?(?:greater|higher|larger|lower|smaller|better|more|fewer|less|superior|inferior|worse)\b|\bon\s+(?:a\s+)?par\s+with\b|\b(?:indistinguishable|not\s+distinguishable)\s+from\b",
    r"(?<!twice\s)(?<!times\s)(?<!half\s)\bas\s+(?:much|long|well|often|far|quickly|fast)\s+(?:with|in|on|after|among|for|under)\s+[^.;]{0,50}?\bas\s+(?:with|in|on|after|among|for|under|did|does)\b"
    r"|\b(?:just|about|roughly|nearly|almost)\s+as\s+(?:much|long|often|far|quickly|fast)\s+(?:with|in|on|after|among|for|under)\b",
    # the outcome reached as often as with the other arm: "restored ovulation as often as metformin (64% vs 61%)"
    r"(?<!twice\s)(?<!times\s)(?<!half\s)(?<!not\s)(?<!nearly\s)\bas\s+(?:often|frequently)\s+as\s+(?!(?:before|usual|needed|necessary|possible|required|directed|prescribed|desired|wanted|wished|tolerated|they\s+(?:liked|wished|wanted|needed))\b)",
    r"\b(?:improved|benefit(?:t?ed)?|gained|responded|did)\s+(?:just\s+|about\s+|nearly\s+)?as\s+much\b|\b(?:did|performed|fared)\s+(?:just\s+|about\s+)?as\s+well\b"
    r"|\b(?:worked|works|helped)\s+(?:just|about|equally)\s+as\s+well\b|\bto\s+(?:the\s+|a\s+)?(?:same|similar|comparable)\s+(?:extent|degree)\b",
    # both arms improved, one of them the control: no difference between them
    rf"\bboth\s+(?:the\s+)?(?:[\w-]+\s+and\s+(?:the\s+)?{CONTROL}|{CONTROL}\s+and\s+(?:the\s+)?[\w-]+)\s+(?:groups|arms|conditions)\b[^.;]{{0,60}}?"
    rf"\b(?:improv\w*|reduc\w*|better|benefit\w*|decreas\w*)"
    rf"|\b{CONTROL}\s+(?:groups|arms)\s+both\s+(?:\w+\s+)?(?:improved|benefit\w*|got\s+better)",
    # "nearly equal reduction", "found equal benefit", "response rates were considered equal" (not equal group sizes)
    r"\b(?:nearly\s+|almost\s+|roughly\s+|about\s+|approximately\s+|essentially\s+)?equal\b(?!\s+(?:numbers?|sizes?|groups?|amounts?|doses?|"
    r"parts?|proportions?|allocation|randomi[sz]ation|weight\w*|variances?|contributions?|\d))"
    r"(?:\s+(?:[\w-]+\s+)?(?:benefits?|reductions?|improvements?|efficacy|effects?|responses?|gains?|effectiveness|falls?|decreases?|declines?|drops?)\b)?",
]
_NULL_VERBS = (
    r"(?:differ|improve|enhance|reduce|separate|outperform|augment|affect|change|increase|decrease|alter|show|produce|"
    r"lead|result|reach|achieve|help|benefit|add|speed|accelerate|prevent|lower|boost|influence|facilitate|confer|"
    r"yield|persist|last|outlast|remain|surpass|beat|attenuate|alleviate|slow|work|do\s+(?:anything|much|a\s+thing)|support|favou?r|"
    r"delay|protect|modify|shorten|relieve|ease|say|respond|tolerate|make|shift|move|budge|matter|translate|lessen|cut|raise|"
    r"provide|offer|give|bring|deliver|"
    r"extend|prolong|mitigate|normali[sz]e|restore|reverse|resolve|halt|curb|lift|fall|drop|decline|narrow|stabili[sz]e|"
    r"exhibit|display|possess|demonstrate|confirm|establish|prove|lose|"
    r"(?:notice|see|feel)\s+(?:any\s+|a\s+|much\s+)?(?:[\w-]+\s+)?(?:difference|change|improvement|benefit|effect|results?|better|different))"
)
# What a negated verb denies, taken with it: "did not confer additional benefit", "did not slow eGFR decline".
_GAIN_OBJECT = (  # ("did not result in further improvements", "did not lead to any benefit")
    r"(?:(?:\s+(?:in|to))?\s+(?:the\s+|its\s+|their\s+)?(?:any\s+|an?\s+|additional\s+|added\s+|further\s+|significant\s+|meaningful\s+|much\s+|clear\s+|the\s+same\s+|similar\s+|comparable\s+)*"
    r"(?:benefits?|improvements?|advantages?|effects?|gains?|relief|help|value|usefulness|utility|efficacy|effectiveness|reductions?|decreases?|lowering)"
    r"|\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:decline|progression|deterioration|worsening)\b)?"
)
_NULL = [
    # "the drops never really helped", "it never worked for me" (not "combing alone never worked", another remedy's failure)
    r"(?<!alone\s)(?<!own\s)\bnever\s+(?:really\s+|actually\s+|once\s+|properly\s+)?(?:helped|worked|improved|relieved|eased|cleared|did\s+(?:anything|much|a\s+thing))\b",
    # "by 3 months the groups were alike", "the groups were level by 12 months"; "improvement with 300 mg, none with 150 mg" (not "none with placebo", the control's)
    r"\b(?:groups|arms|they)\s+(?:were|remained|looked)\s+(?:broadly\s+|largely\s+|much\s+)?(?:alike|level|even)\b"
    r"|\bnone\s+(?:with|at|in|on|for)\s+(?:the\s+)?(?:\d[\d.,]*\s*(?:mg|g|ug|µg|mcg|iu|ml)\b|(?:lower|higher|low|high)\s+doses?\b)",
    # "ginkgo might not have such effects on memory", "did not have any measurable benefit" (not "did not have side effects")
    r"\b(?:may|might|could|would|can|did|does|do)\s*(?:not|n't)\s+(?:\w+\s+)?have\s+"
    r"(?:(?:any|such|an?|the\s+same|similar|significant|beneficial|positive|meaningful|measurable|clinically|important)\s+)*(?:effects?|benefits?|impacts?)\b",
    # "the data were too weak to say they beat placebo": a verdict withheld, the comparison it withholds included
    r"\btoo\s+(?:weak|thin|limited|sparse|few|small|inconsistent|uncertain|poor)\s+to\s+(?:say|conclude|tell|support|claim|recommend)\b[^.;]*",
    # a commenter's "looked the same", "the panic is about the same" (not "the same dose", "the same as before": a comparison)
    r"\b(?<!dose\s)(?<!doses\s)(?<!regimen\s)(?:looked|looks|look|is|was|are|were|stayed|stays|remained|felt|feels|seemed|seems)\s+"
    r"(?:exactly\s+|pretty\s+much\s+|about\s+|basically\s+|just\s+|largely\s+|all\s+)?the\s+same\b(?!\s+(?:[\w-]+\s+)?as\b|\s+(?:dose|amount|regimen|way|time|size|length|number|age)\b)",
    # a verdict the study could not reach: "a recent meta-analysis failed to find St. John's wort effective for severe depression"
    r"\bfail(?:ed|s)?\s+to\s+(?:find|show|demonstrate|confirm|detect|prove)\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:(?:was|were|is|are)\s+)?(?:effective|efficacious|beneficial|helpful|superior|better|useful)\b",
    # a safety outcome no worse than the control's: "performed no worse on a driving simulator the next morning than those
    # given placebo"
    r"\b(?:performed|did|fared|scored|was|were|functioned|drove)\s+no\s+worse\b",
    # a terse cell's verbless parity: "Food intake similar in both groups"
    r"\bsimilar\s+in\s+(?:both|all|the\s+two)\s+(?:groups|arms)\b",
    # "barely relieves symptoms", "hardly improved sleep": a gain too small to count
    r"\b(?:barely|hardly|scarcely)\s+(?:[\w-]+\s+)?(?:reliev|improv|reduc|help|work|chang|affect|eas|lower|budg|mov)\w*",
    # "has limited health benefits", "offers only marginal value", "without extra benefit"
    r"\b(?:has|have|had|offers?|offered|shows?|showed|provides?|provided|brings?|brought|yields?|yielded|gives?|gave|of)\s+(?:only\s+|very\s+)?"
    r"(?:limited|little|minimal|negligible|marginal)\s+(?:[\w-]+\s+)?(?:benefits?|effects?|value|improvements?|impact|efficacy)\b",
    r"\bwithout\s+(?:any\s+)?(?:extra|added|additional|further|incremental)\s+(?:[\w-]+\s+)?(?:benefits?|effects?|gains?|improvements?|efficacy)\b",
    # a second outcome the gain did not carry to: "improved scar scores over triamcinolone alone without reducing recurrence"
    r"\bwithout\s+(?:significantly\s+|meaningfully\s+|also\s+)?(?:reducing|lowering|preventing|shortening|improving)\s+(?:the\s+|their\s+)?"
    r"(?:(?:rates?|risk|incidence|number|frequency)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:recurrences?|relapses?|mortality|survival|deaths?|"
    r"events?|admissions?|hospitali[sz]ations?|exacerbations?|fractures?|falls|infections?|stay|function|quality\s+of\s+life|symptoms?)\b",
    # a second outcome that did not move: "reduced owner-perceived pain without measurable change in gait"
    r"\bwithout\s+(?:any\s+)?(?:measurable|significant|meaningful|detectable|appreciable|clear|notable|discernible)\s+"
    r"(?:change|improvement|effect|difference|benefit|gain)s?\s+(?:in|on)\s+"
    r"(?!(?:the\s+)?(?:body\s+)?(?:weight|blood|heart|liver|renal|kidney|safety|adverse|side|vital|lab|qtc?\b|ecg|baseline))",
    # one outcome's half of a terse cell: "HAMD improved; PSQI similar", "pain better, function comparable"
    r"(?<=[;,]\s)(?:(?!(?:was|were|is|are|be|been|remained)\b)[\w-]+\s+){1,3}?(?:similar|comparable|equivalent)(?=\s*(?:[;,.)]|$))",
    # a terse cell's verbless "not different": "Probing depth reduced; CAL not different", "Not different from placebo", "HDL-C not changed"
    r"\bnot\s+(?:significantly\s+|statistically\s+)?different\b(?!\s+(?:doses?|dosages?|regimens?|strengths?)\b)",
    # the verbless second half of a cell, "Reduced LDL-C; HDL-C not changed" (not a method's "doses were not changed")
    r"(?<=[;,]\s)(?:(?!(?:was|were|is|are|be|been|remained|doses?|dosages?|medications?|treatments?|regimens?)\b)[\w-]+\s+){1,3}?not\s+(?:significantly\s+)?(?:changed|altered)\b",
    # the gain the null difference is about: "no significant differences ... on reduction in weekly pain"
    r"\bno\s+(?:[\w-]+\s+){0,2}?differences?\b[^.;]{0,80}?\b(?:in|on|for)\s+(?:the\s+)?(?:mean\s+)?(?:reductions?|improvements?|changes?|decreases?|increases?|gains?)\b",
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:differences?|diffs?|effects?|benefits?|improvements?|advantages?|changes?|reductions?|decreases?|increases?|declines?|drops?|fall(?=\s+in\b)|"
    r"superiority|separation|association|impact|relief|weight\s+loss|activity|protection)\b",
    # "concluded there is no scientific basis for recommending lysine"
    r"\bno\s+(?:scientific\s+|good\s+|real\s+|clinical\s+|sound\s+)?(?:basis|grounds|justification|rationale)\s+for\s+(?:recommending|using|routine|the\s+(?:routine\s+)?use)\b",
    # no more of anything than the other arm, or no less: "drank just as much as those given dummy pills", "hurt just as much"
    r"\bjust\s+as\s+much\b(?!\s+as\s+(?:possible|before|ever|usual|expected|needed)\b)",
    # the two arms' gains one and the same: "guided and blind injections gave the same improvement"
    r"\b(?:gave|produced|yielded|achieved|showed|had|brought)\s+(?:the\s+|much\s+the\s+)?same\s+(?:[\w-]+\s+)?(?:improvements?|reductions?|benefits?|gains?|effects?|outcomes?|results?|responses?|relief)\b"
    r"(?!\s+as\s+(?:in\s+|with\s+)?(?:the\s+|an?\s+|its\s+)?(?:earlier|previous|prior|first|original|pilot|open)\b)",
    # nothing gained on top of a comparator: "added nothing to splinting alone"
    r"\badd(?:ed|s)?\s+(?:nothing|little|no\s+(?:benefit|value))\s+(?:to|over|beyond|on\s+top\s+of)\b",
    # no gain on top of a comparator: "no additional weight loss over diet alone"
    r"\bno\s+(?:additional|added|further|extra|incremental)\s+(?:[\w-]+\s+){0,2}?(?:loss|gain|reduction|improvement|benefit|effect|advantage|value|change)s?\b",
    r"\b(?:did|does|do)\s*(?:not|n't)\s+make\s+(?:[\w-]+\s+){0,5}?(?:any\s+)?(?:less|more|better|worse|[a-z]+er)\b(?:\s+[\w-]+)?",
    # the denial reaches a second verb: "did not improve survival or reduce recurrent events"
    rf"\b(?:did|does|do|could|would|has|have|had|can|ca|may|might)\s*(?:not|n't)\s+(?:\w+\s+){{0,2}}?{_NULL_VERBS}(?:(?<=show)n)?(?:\s+that\b[^.;:]*)?{_GAIN_OBJECT}"
    rf"(?:\s+(?:[\w-]+\s+){{0,4}}?(?:or|nor)\s+{_NULL_VERBS}\w*)*",
    # a gain as the subject of a null finding: "the improvement did not differ from placebo"
    r"\b(?:improvements?|reductions?|benefits?|gains?|changes?|effects?|responses?|decreases?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:did|does|do)\s*(?:not|n't)\s+(?:significantly\s+)?differ\w*",
    r"\brespond(?:s|ed)?\s+(?:little|poorly|partially|inadequately|only\s+partially)\b",
    r"\bdid(?<!%\sdid)(?<!\d\sdid)(?<!rest\sdid)(?<!others\sdid)(?<!remainder\sdid)(?<!who\sdid)(?<!that\sdid)\s*(?:not|n't)\s*(?=[.;,)(\[]|$)|\bdid\s+(?:absolutely\s+|literally\s+|basically\s+|just\s+)?(?:nothing|zero)\b|"
    r"\b(?:felt|feel|feels|feeling)\s+no\s+(?:different|better)\b|\bno\s+different\b|"
    r"\b(?:felt|noticed)\s+(?:absolutely\s+)?nothing(?:\s+at\s+all)?\b(?!,?\s+(?:except|but|apart|other|until|for\s+(?:a|the)\s+first))|\bnothing\s+for\s+me\b|\bwaste\s+of\s+money\b|\bnever\s+noticed\b",
    rf"\bfail(?:ed|s)?\s+to\s+(?:[\w-]+\b)?{_GAIN_OBJECT}|"
    r"\b(?:wore|worn|wears?|wearing)\s+off\b|(?<!non-)(?<!non)\bfutility\b|\bmissed\s+(?:its|the|their)\s+(?:\w+\s+)?(?:end\s*-?\s*point|endpoint|outcome|target)",
    r"\b(?:was|were|is|are)\s+not\s+(?:significantly\s+|statistically\s+|clinically\s+|clearly\s+|convincingly\s+|consistently\s+|meaningfully\s+|reliably\s+)?(?:superior|better|more\s+effective|different|effective|efficacious|associated|improved|reduced|shortened|lowered|decreased|lessened|alleviated|relieved|enhanced|sustained|maintained|found|observed|detected)"
    rf"(?:\s+with\s+(?:an?\s+|any\s+)?(?:\w+\s+)?(?:improvements?|reductions?|benefits?|changes?|differences?|effects?|gains?|better|lower|fewer|less))?",
    r"\b(?:cannot|can\s*not|can't|could\s+not|should\s+not)\s+be\s+recommended\b|\b(?:insufficient|inadequate)\s+evidence\s+to\s+(?:recommend|support)\b",
    # an advantage gone by a later time: "but the gap had closed by 6 months", "by a year the control arm had caught up"
    r"\b(?:gap|difference|advantage|lead)\s+(?:had\s+|has\s+|was\s+)?(?:closed|vanished|evaporated)\b|\b(?:had|has|have)\s+caught\s+up\b",
    # the arms alike said in plain words: "had just as many cavities four years later as", "were just as likely to develop
    # eczema as other babies", "were no more likely to have wheezing episodes than", "the fog is exactly the same"
    r"\bjust\s+as\s+(?:many|likely|few|often|common)\b[^.;]{0,80}?\bas\b"
    r"|\bno\s+(?:more|less)\s+likely\s+(?:to\s+)?(?:[\w-]+\s+){0,6}?than\b|\bexactly\s+(?:the\s+same|as\s+[a-z]+)\b",
    # "found the two performed about the same", "the arms did about the same"
    r"\b(?:performed|did|fared|worked|looked|seemed|appeared)\s+(?:about|roughly|much|largely|essentially|more\s+or\s+less)\s+the\s+same\b",
    # "INVR scores were no lower with true acupressure", "by day 3 the groups could not be told apart", "neither drug was superior"
    r"\b(?:was|were)\s+no\s+(?:lower|higher|smaller|greater|shorter|longer|better)\s+(?:with|in|on|after|for|among|during)\b"
    r"|\bcould\s*(?:not|n't)\s+be\s+told\s+apart\b|\b(?:were|was)\s+indistinguishable\b"
    r"|\bneither\s+(?:drug|treatment|arm|group|regimen|product|intervention|dose|schedule)\s+was\s+(?:superior|better|more\s+effective)\b",
    r"\bno\s+(?:better|worse|more\s+effective|faster|quicker|sooner|more|greater|larger|higher|lower|less|fewer|longer|shorter|earlier)\s+(?:\w+\s+)?than\b"
    r"|\bno\s+(?:more|less|further|better)\s+(?:with|in|on|among|for|after)\s+(?:[\w-]+\s+){0,3}?than\b",
    r"\bno\s+(?:stat(?:istically)?\.?\s+)?sig(?:nif)?\.?\s+(?:diff\w*|effect|change|benefit)|\bnot\s+sig\.?(?![\w])",
    r"\blittle\s+(?:or\s+no\s+|if\s+any\s+)?(?:difference|effect|benefit|evidence|improvement|change|impact)\b|\bdid\s+(?:very\s+)?little\s+(?:for|to)\b"
    # "shortens sleep latency but adds little to total sleep time"
    r"|\b(?:adds?|added|adding|contributes?|contributed)\s+(?:very\s+)?little\s+(?:to|for)\b",
    r"\bno\s+(?:\w+\s+)?(?:link|relationship|correlation)\b|\b(?:falls?|fell|falling)\s+short\b|\bflop(?:ped|s)?\b|\bdisappoint(?:ed|s|ing)?\b",
    r"\b(?:negligible|trivial|minimal|no\s+meaningful|no\s+clinically\s+meaningful)\s+(?:(?!side\b|adverse\b)\w+\s+)?(?:effects?|differences?|benefits?|improvements?|changes?|impact)\b",
    r"\b(?:study|trial|rct|studies|trials|results?|effects?|findings?)\s+(?:on\s+[\w-]+\s+)?(?:was|were)\s+(?:\w+\s+)?(?:negative|null)\b",
    r"\b(?:could|can|was|were|has|have|had)\s*(?:not|n't)\s+(?:be\s+|been\s+)?(?:replicated|confirmed|reproduced|demonstrated|shown|established|detected)\b",
    # "is unlikely to provide clinically meaningful prophylaxis", "unlikely to be of benefit"
    r"\bunlikely\s+to\s+(?:provide|produce|offer|confer|yield|have|make|be\s+(?:effective|efficacious|beneficial|useful|helpful|of\s+(?:any\s+)?(?:benefit|use|value)))\b(?:\s+(?:a|an|any)\b)?(?:\s+clinically)?(?:\s+(?:meaningful|important|relevant|significant|useful|worthwhile|substantial))?|"
    r"\bnull\s+(?:result|finding|effect)s?\b|\bzero\s+(?:difference|effect|change|benefit|improvement)s?\b",
    # the gain denied with what it is about: "is unlikely to benefit older adults", "unlikely to be of clinical benefit",
    # "It is unlikely that magnesium prevents migraine"
    r"\bunlikely\s+to\s+(?:(?:be\s+of|have|confer|provide|offer)\s+(?:any\s+|much\s+|clinical(?:ly)?\s+|meaningful\s+|important\s+|relevant\s+|significant\s+)*"
    r"(?:benefit|use|value|effect|impact)|benefit|help|improve|reduce|prevent|work|lower|slow|delay|protect)\b[^.;:]*"
    r"|\b(?:it\s+is|it's|it\s+was|seems|appears)\s+unlikely\s+that\b[^.;:]*",
    # a later time point, or another outcome, that did not move: "better at week 4, not at week 12"
    r"\bnot\s+(?:at|by|after|beyond|during)\s+(?:the\s+)?(?:\d|week|wk|month|day|year|follow|end|post|long|later|longer)"
    r"|\bnot\s+(?:(?:week|wk|day|month|year)s?\s*\d|\d+\s*(?:wks?|weeks?|days?|d|months?|mo|h|hrs?|hours?|years?|yrs?)\b)",  # "at wk 16, not wk 8"
    r"\bneither\b[^.;]{1,80}\bnor\b[^.;:,]*",  # "neither X nor Y was reduced": the verb too
    r"\bneither\b[^.;]{0,60}?\b(?:superior|better|effective|different|differed|improved|reduced|separated|outperformed|significant)\b(?:\s+(?:to|from|than))?",
    # "no dose separated from placebo", "none of the regimens differed from sham"
    r"\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+)?(?:doses?|arms?|groups?|regimens?|treatments?|strengths?|concentrations?)\s+"
    r"(?:\w+\s+)?(?:separated|differed|outperformed|beat)\b(?:\s+(?:from|than))?",
    r"\bno\s+longer\s+(?:differ\w*|significant|different|evident|present|separated|apparent|detectable|distinguishable)\b|\blost\s+(?:statistical\s+)?significance\b",
    # (not a complaint that did: "my depression has virtually disappeared" is the gain, read by the gated cues)
    r"\b(?:had\s+)?(?<!symptoms\s)(?<!anxiety\s)(?<!\bhas\s)(?<!\bhave\s)(?<!virtually\s)(?<!completely\s)(?<!totally\s)(?<!entirely\s)(?<!almost\s)(?<!largely\s)(?:disappeared|vanished|waned|faded)\b(?!\s+by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d)|\b(?:was|were)\s+absent\b|\b(?:unchanged|unaffected|unaltered)\b",
    r"\b(?:benefits?|effects?|gains?|improvements?|advantages?|differences?)\s+(?:was\s+|were\s+|had\s+been\s+|had\s+|has\s+|have\s+)?(?:(?:virtually|completely|totally|entirely|almost|largely)\s+)?(?:lost|gone|not\s+maintained|not\s+sustained|disappeared|vanished|faded|waned|worn\s+off|fades|wanes|disappears|vanishes|wears\s+off)\b"
    r"|\bneither\s+(?:difference|benefit|advantage|effect)\s+(?:remained|persisted|lasted)\b",  # "by 6 months neither difference remained"
    r"\b(?:similar|comparable|equal)\s+(?:at|by|after)\s+(?:the\s+)?(?:week|wk|day|month|year|\d|end|follow)"  # "Faster onset; similar at week 6"
    r"|\b(?:lost|gone|disappeared|faded|waned)\s+by\s+(?:week|wk|day|month|year|\d|the\s+end|follow)"
    r"|\bnone\s+(?:at|by|after)\s+(?:week|wk|day|month|year|\d|the\s+end|follow)"
    r"|\bnot\s+(?:sustained|maintained|durable|persistent)\b"
    r"|\bat\s+\d[\d.,]*\s*(?:mg|g|mcg|ug|µg|iu)\b,?\s+(?:but\s+)?not\s+(?:at\s+)?\d[\d.,]*\s*(?:mg|g|mcg|ug|µg|iu)\b",  # "Effective at 10 mg, not 5 mg"  # "Benefit at 12 weeks, none at 24"
    r"\b(?:primary\s+|main\s+)?(?:outcomes?|end\s*-?\s*points?|endpoints?|objectives?)\s+(?:(?:was|were)\s+)?(?:not\s+(?:met|achieved|reached)|missed)\b|\bdid\s+not\s+meet\b"
    r"|\bmissed\s+(?:its|the|their)\s+(?:primary\s+|main\s+)?(?:end\s*-?\s*point|endpoint|outcome|target)s?\b",
    # the arms alike in other words: "indistinguishable response rates", "produced the same gains in walking distance as
    # centre-based rehabilitation", "matched those of the branded product"
    r"\bindistinguishable\b(?!\s+(?:placebo|sham|vehicle|dummy|matching)\b)|\bmatched\s+(?:those|that|the\s+(?:results|outcomes|gains|effects?))\s+(?:of|with|in|seen|on|achieved)\b"
    r"|\b(?:produced|gave|achieved|yielded|showed|had|brought|delivered)\s+the\s+same\s+(?:[\w-]+\s+)?(?:gains?|improvements?|benefits?|results?|outcomes?|effects?|reductions?|"
    r"(?:response|remission|cure|healing)\s+rates?)\s+(?:[\w-]+\s+){0,5}?as\b",
    # "neither better nor worse than standard distraction", "matched clinician-delivered acupuncture in reducing hot flushes"
    r"\bneither\s+better\s+nor\s+worse\b|\bno\s+better\s+(?:and|or|nor)\s+no\s+worse\b"
    r"|\bmatched\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?in\s+(?:reducing|improving|relieving|lowering|preventing|treating|shortening|easing)\b",
    # gains alike: "similar seizure reductions", "comparable reductions in neck pain", "in line with those of", "mirrored that of"
    r"\b(?:similar|comparable|equivalent|equal|identical)\s+(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|gains?|decreases?|declines?|response\s+rates?|cure\s+rates?|relief)\b"
    r"|\b(?:in\s+line|on\s+a\s+par)\s+with\s+(?:those|that)\s+(?:of|with|in|seen|on)\b|\bmirrored\s+(?:those|that)\s+(?:of|with|in|seen|on)\b",
    # the arms alike to the decimal, or a treatment no better at its task: "the composite was essentially identical: 9.1% vs 9.3%",
    # "was no better at preventing relapse"; a non-inferiority margin met: "within the prespecified margin of 0.5 g/dL"
    r"\b(?:was|were|is|are|remained|looked|proved)\s+(?:essentially\s+|virtually\s+|nearly\s+|almost\s+|practically\s+|basically\s+|near-?)?identical\b"
    r"|\bno\s+(?:better|more\s+effective|more\s+successful|worse)\s+at\s+[a-z]+ing\b"
    r"|\bwithin\s+(?:the\s+)?(?:pre-?specified\s+|pre-?defined\s+|pre-?set\s+|agreed\s+|chosen\s+)?(?:non-?inferiority\s+|equivalence\s+)?margins?\b",
    # a help denied, with the comparative it would have brought: "does not help people fall asleep faster"
    r"\b(?:does|did|do)\s*(?:not|n't)\s+help\s+(?:[\w-]+\s+){0,5}?(?:faster|quicker|better|sooner|longer|more|less)\b",
    # no answer either way: "was inconclusive", "a confidence interval crossing 1"
    r"\binconclusive\b|\b(?:confidence\s+intervals?|ci)\s+(?:that\s+|which\s+)?(?:crossing|crossed|crosses|including|included|includes|spanning|spanned|spans)\s+(?:1|one|unity|zero|0|the\s+null)\b",
    # a gain withheld beside one given: "improved fitness without improving mood"
    r"\bwithout\s+(?:any\s+|significantly\s+|meaningfully\s+|measurably\s+)?(?:improving|improvement\s+in|benefit(?:ing)?|bettering)\b",
    r"\bnothing\s*(?=[.!]|$)|\b(?:found|saw|showed|observed|detected|reported|identified)\s+none\b",
    # no hint of the gain sought: "there was no signal of fewer ischaemic events", "no sign of a lower relapse rate"
    r"\bno\s+(?:signal|sign|hint|suggestion|indication)\s+(?:of|that)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:benefit|fewer|less|lower|reduc\w*|improv\w*|differen\w*|effect|advantage)\b[^.;]*|"
    r"\bineffective\b|\bno\s+(?:evidence|support)\s+(?:of|for)\b|\bno\s+(?:evidence|support)\s+that\b[^.;:]*|\bnot\s+supported\b",
    # "improved sleep but not mood" (not "improved in both drug groups but not with placebo")
    rf"\bbut\s+not\s+(?!only\b|just\b|necessarily\b|always\b)(?!(?:(?:with|in|on|for|among|after)\s+)?(?:the\s+)?{CONTROL})[\w-]+",
]
_SIGNIFICANT_POSITIVE = [
    r"\bsignificant(?:ly)?\s+(?:\w+\s+){0,2}?(?:reduc\w+|improv\w+|decreas\w+|increas\w+|enhanc\w+|greater|better|lower|higher|faster|more|fewer|less|superior|attenuat\w+|alleviat\w+|benefit\w*|effect|advantage|response|remission|gains?)",
    r"\b(?:was|were|became|remained|is|are)\s+(?:statistically\s+|highly\s+)?significant\b",
    r"\bsignificant(?:ly)?\s+(?:only\s+)?(?:on|for|at|in)\s+(?:the\s+)?(?:primary|main|secondary|week|wk|day|month|\d|end|post|follow)",
    r"\breached\s+(?:statistical\s+)?significance\b|\bsuperior\s+(?:to|at|by|after|on|from)\b|\bfound\s+(?:[\w-]+\s+){1,3}?superior\s+(?:for|in)\b|\boutperform(?:ed|s)?\b|\bseparated\s+from\b",  # "Superior at day 3"
]
_POSITIVE = [
    r"\bmore\s+potent(?:ly)?\s+than\b",  # "relaxed contractions more potently than mirabegron"
    rf"\bweight\s+loss\s+(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|substantially\s+)?(?:greater|larger|more)\s+(?:with|in|on|among|for)\s+(?!(?:the\s+)?{CONTROL})",
    r"\b(?:" + trie_pattern(GAIN_VERBS, strict_spaces=True) + r")(?![\w-])",
    r"\bfavou?r(?:s|ed|ing)?\s+(?:the\s+)?[\w-]+",  # after the control arm's "favours placebo" is taken
    r"\b(?:greater|larger|faster|more|bigger|higher|large|marked|substantial|rapid|robust|sustained|meaningful|moderate|modest)\s+(?:[\w-]+\s+){0,2}?(?:improvements?|reductions?|decreases?|drops?(?!\s+out)|(?<!weight\s)gains?|responses?|remissions?|response\s+rates?|remission\s+rates?|benefits?|effects?|weight\s+loss)\b",
    r"\b(?:effective|efficacious|beneficial|helpful)\b|\bbenefit(?:s|ed|ted)?\b|\bimprovements?\b(?<!impression\sof\simprovement)(?<!impression-improvement)(?<!impression\simprovement)(?!\s+(?:scale|subscale|item|score))|\b(?:faster|quicker)\b|\bfewer\b|\bresponders?\b(?<!\(responders)(?<!\(responder)(?!\))",
    r"\b(?:produced|showed|demonstrated|exerted|yielded|induced|conferred|had|found|reported|observed)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?(?:effects?|improvements?|reductions?|benefits?|advantages?|efficacy)\b",
    r"\bconfirmed\s+(?:the\s+|these\s+|those\s+|similar\s+)?(?:gains?|benefits?|improvements?|efficacy|effectiveness)\b",  # "later trials confirmed gains in stride length"
    r"(?<!not\s)(?<!n't\s)\b(?:delayed|slowed)\s+(?:the\s+)?(?:progression|onset|worsening|deterioration|decline)\b",  # "delayed the progression of disability by 30%"
]
# Positive cues with words of their own: each is tried only when one of its stems is in
# the text, while the cues above are tried whenever the positive pass is opened.
# TSH down and thyroxine up together: no mere level a supplement raised (see _TARGET_LEVEL) but thyroid function restored.
_THYROID_RESTORED = (
    r"\btsh\b[^.;]{0,40}?\b(?:decreased|fell|dropped|declined|lowered|reduced|normali[sz]ed)\b[^.;]{0,30}?\b(?:f?t[34]|thyroxine|triiodothyronine)\b"
    r"[^.;]{0,20}?\b(?:increased|rose|raised|improved|normali[sz]ed)\b"
    r"|\b(?:f?t[34]|thyroxine)\b[^.;]{0,20}?\b(?:increased|rose|raised)\b[^.;]{0,30}?\btsh\b[^.;]{0,20}?\b(?:decreased|fell|dropped|declined|lowered|reduced)\b"
    r"|\b(?:lowered|reduced|decreased|normali[sz]ed)\s+(?:serum\s+)?tsh\b[^.;]{0,30}?\b(?:raised|increased|improved)\s+(?:serum\s+|free\s+)*(?:f?t[34]|thyroxine)\b"
)
# How a commenter says a body part or symptom is now: "my eyes feel", "her skin is", "his knees have been".
_FEELS = r"(?:feel|feels|felt|is|are|was|were|seem|seems|seemed|look|looks|looked|got|gets|get|have\s+been|has\s+been)"
# What a commenter's body part can be less or more of.
_SYMPTOM_ADJECTIVE = (
    r"(?:gritty|itchy|sore|painful|dry|red|stiff|swollen|irritated|puffy|achy|tender|inflamed|bloated|congested|blocked|foggy|flaky|scaly|"
    r"greasy|oily|burning|watery|wheezy|breathless|nauseous|dizzy|drowsy|groggy|tired|anxious|agitated|irritable|jittery|restless|shaky)"
)
_GATED_POSITIVE: list[tuple[tuple[str, ...], str]] = [
    # a better result stated as such: "a combination of CBT and an SSRI provides superior outcomes compared to either alone"
    (("superior outcome", "superior result", "better outcome", "better result"),
        r"(?<!no\s)(?<!not\s)(?<!placebo\s)(?<!control\s)(?<!sham\s)(?<!vehicle\s)(?<!care\s)(?<!group\s)(?<!arm\s)"
        r"\b(?:provides?|provided|gives?|gave|produced?|produces|yields?|yielded|achieved?|achieves|offers?|offered|showed|shows|"
        r"led\s+to|leads\s+to|resulted\s+in|results\s+in)\s+(?:significantly\s+|clearly\s+|consistently\s+)?(?:superior|better)\s+"
        r"(?:clinical\s+|treatment\s+|overall\s+|long-term\s+)?(?:outcomes?|results?)\b"),
    # a symptom a treatment ended: "this small amount has stopped the spontaneous panic attacks"
    (("stopped", "halted", "eliminated"),
        rf"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:has\s+|have\s+|had\s+)?(?:stopped|halted|eliminated)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|all\s+(?:the\s+|my\s+)?)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{HARMS}|attacks|flares?|itch(?:ing)?|cramps?|hot\s+flushes)\b"),
    # a commenter's own prevention: "I have been able to prevent a full migraine attack by taking 500 mg"
    (("able to",),
        r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:been\s+|was\s+|am\s+|were\s+)?able\s+to\s+(?:prevent|stop|control|abort|head\s+off)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|migraines?|headaches?|seizures?|flares?|episodes?|panic)\b"),
    # a help stated as found, or a help at a change: "have been proven to help with lowering blood pressure", "shown to help"
    (("help",),
        r"(?<!not\s)(?<!never\s)\b(?:shown|proven|found|demonstrated)\s+to\s+help\b(?!\s+(?:to\s+)?(?:explain|identify|predict|understand|determine|design|select|guide))"
        r"|(?<!not\s)(?<!n't\s)\bhelp(?:s|ed|ing)?\s+(?:with|in)\s+(?:lowering|reducing|easing|relieving|improving|alleviating|preventing|controlling|managing|treating|shortening|speeding)\b"),
    # efficacy held, not sought: "may have efficacy in preventing depressive symptoms" (not "no efficacy", "had efficacy endpoints")
    (("efficacy",),
        r"(?<!no\s)(?<!not\s)\b(?:has|have|had|having)\s+(?:some\s+|good\s+|clear\s+|proven\s+|demonstrated\s+|significant\s+|modest\s+)?efficacy\s+(?:in|for|against)\b"),
    # a help to raise something good: "CBD oil may help increase comfort and activity", "helps boost energy levels"
    (("help",),
        r"(?<!not\s)(?<!n't\s)\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:increase|raise|boost|enhance|restore|improve|support|maintain)\s+(?:the\s+|their\s+|your\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:comfort|activity|mobility|function|sleep|mood|energy|focus|memory|concentration|quality\s+of\s+life|well-?being|appetite|"
        r"attention|cognition|strength|endurance|performance|healing|recovery|weight\s+gain)\b"),
    # a good quantity higher with the treatment: "average daily gain was 85 g higher in supplemented lambs", "the proportion
    # achieving an undetectable viral load was higher with the long-acting injection"
    (("higher", "greater"),
        rf"\b(?:{_GOODS}|undetectable\s+viral\s+loads?|viral\s+suppression|(?:cure|healing|pregnancy|live\s+birth|clearance)\s+rates?)\s+(?:[\w-]+\s+){{0,3}}?(?:was|were)\s+"
        rf"(?:[\d.]+\s*(?:%|g|kg|points?|ml|mm|m|percentage\s+points)?\s+|significantly\s+|markedly\s+|substantially\s+)?(?:higher|greater)\s+(?:in|with|among|for|on|after|using)\s+"
        rf"(?!(?:the\s+)?(?:\w+\s+)?{CONTROL})"),
    # a commenter's body part better than it was: "my nails are way stronger", "my crow's feet are visibly softer"
    (("stronger", "thicker", "softer", "smoother", "firmer", "clearer", "brighter", "plumper", "healthier", "shinier"),
        rf"\b(?:my|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,2}}?{_FEELS}\s+(?:way\s+|much\s+|visibly\s+|noticeably\s+|so\s+much\s+|a\s+lot\s+|definitely\s+|really\s+|actually\s+)?"
        r"(?:stronger|thicker|softer|smoother|firmer|clearer|brighter|plumper|healthier|shinier)\b(?!\s+than\s+(?:before|ever|usual))?"),
    # a study's finding of a better state: "found smoother heels after four weeks", "those using the cream had softer skin"
    (("stronger", "thicker", "softer", "smoother", "firmer", "clearer", "brighter", "healthier", "shinier"),
        r"(?<!not\s)(?<!n't\s)\b(?:found|reported|saw|observed|noted|produced|gave|yielded|achieved|had|showed)\s+"
        r"(?:significantly\s+|visibly\s+|noticeably\s+|markedly\s+|measurably\s+)?(?:stronger|thicker|softer|smoother|firmer|clearer|brighter|healthier|shinier)\s+"
        r"(?!than\s+(?:before|ever|usual)|(?:evidence|side|adverse|reactions?|odou?r|smell|burning|stinging|irritation)\b)[a-z]"),
    # an arm that gained more on a measure, the arm not the control: "the hippotherapy group gained more on the GMFM-88 E"
    (("gained more", "gained significantly more", "progressed more"),
        r"(?<!control\s)(?<!placebo\s)(?<!sham\s)(?<!care\s)(?<!usual\s)\b(?:group|arm|children|patients|participants)\s+(?:gained|progressed)\s+"
        r"(?:significantly\s+|substantially\s+)?more\s+(?:on|in)\s+(?!(?:body\s+)?weight\b)"),
    # a harm that fell further in the treated arm or phase: "pain on the VAS fell further during the PEA phase"
    (("further",),
        rf"\b(?:{HARMS}|scores?|severity|intensity)\s+(?:on\s+(?:the\s+)?(?:[\w()-]+\s+){{1,4}}?)?(?:fell|dropped|decreased|declined|eased)\s+further\s+"
        rf"(?:during|with|in|on|after|under)\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{CONTROL})"),
    # a good state kept, where it is usually lost: "lean leg mass preserved during bed rest", "renal function was preserved"
    (("preserved",),
        r"\b(?:mass|muscle|strength|function|bone|density|bmd|vision|acuity|hearing|cognition|memory|fertility|beta-cell|β-cell|hair|"
        r"lung\s+function|fev1|gfr|egfr)\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:largely\s+|fully\s+|better\s+|well\s+)?preserved\b(?!\s+ejection)"),
    # a commenter's symptom gone: "my hot flushes have basically stopped", "the itching has completely gone"
    (("stopped", "gone", "disappeared", "vanished", "went away", "cleared"),
        rf"\b(?:my|his|her|their|our|the)\s+(?:[\w'-]+\s+)?(?:{HARMS}|hot\s+flushes|flushes|itching|itch|cough|limp|limping|tics?|acne|rash|cramps?|reflux|heartburn|"
        rf"diarrh(?:o)?ea|vomiting|hives|eczema|scratching)\s+(?:(?:has|have|had|is|are)\s+)?(?:\w+\s+)?(?:\w+\s+)?(?:stopped|gone|disappeared|vanished|went\s+away|cleared(?:\s+up)?)\b"),
    # a good quantity that rose, a harm that fell, not in the control arm: "FEV1 rose by 180 ml more with the triple inhaler",
    # "milk yield went up", "mortality fell only among patients with severe disease", "exacerbations dropped by a third"
    (("rose", "went up", "climbed", "increased"),
        rf"(?<!not\s)\b(?:{_GOODS}|fev1|fvc|lung\s+function|(?:left\s+ventricular\s+)?ejection\s+fraction|lvef|e?gfr)\s+(?:scores?\s+|levels?\s+|rates?\s+)?"
        rf"(?:significantly\s+|markedly\s+|substantially\s+)?(?:rose|went\s+up|climbed|increased)\b(?!\s+(?:\w+\s+)?(?:in|with|among|on|for)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"),
    # (not one whose comparison a null cue already took: "fell no more with the supplement than with diet", blanked up to "with diet")
    (("fell", "dropped", "declined", "went down", "plummet", "plunged"),
        rf"\b(?:{HARMS}|blood\s+pressure|hba1c|ldl(?:-c)?|cholesterol|triglycerides|glucose|intraocular\s+pressure|iop|exacerbations?|admissions?|readmissions?|hospitali[sz]ations?|infections?|attacks?|episodes?|caries|viral\s+loads?|itch(?:ing)?|pruritus|"
        rf"(?:migraine|headache|seizure|sick|hospital)\s+days)\s+(?:rates?\s+|scores?\s+|frequency\s+)?(?:significantly\s+|markedly\s+|substantially\s+|sharply\s+)?"
        rf"(?:fell|dropped|declined|went\s+down|plummeted|plunged)\b(?!\s+(?:no|not|less)\b|\s*\x00*\s{{2,}}(?:with|than|versus|vs)\b)(?!\s+(?:\w+\s+)?(?:in|with|among|on|for|during)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"),
    # a harm cut: "cut exacerbations", "halved the number of attacks" (not "cut the dose")
    (("cut", "halved"),
        rf"(?<!not\s)(?<!n't\s)\b(?:cut|cuts|halved)\s+(?:the\s+)?(?:(?:number|rate|frequency|incidence|risk|odds)\s+of\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{HARMS}|exacerbations?|admissions?|readmissions?|hospitali[sz]ations?|infections?|attacks?|episodes?|caries|diarrh(?:o)?ea|disease|cases|lesions?|days)\b"),
    # a hedged help: "might help with anxiety", "may help reduce cravings"; not one the evidence then undercuts ("may help,
    # although results are inconsistent", "though the evidence is thin"), which the passes read (its words blanked by then)
    (("help",),
        r"(?<!not\s)\b(?:may|might|could|can|should|will)\s+(?:also\s+|really\s+)?help\s+(?:with|to|reduce|ease|relieve|lower|improve|prevent|manage|control|treat)\b"
        r"(?![^.]*\b(?:although|though|but|however)\s+(?:the\s+|most\s+|these\s+)?(?:results|evidence|findings|data|trials|studies)\b)"),
    # a hedged or aimed-at lowering said with the verb: "omega-3 may modestly lower triglycerides"
    (("lower",),
        r"(?<!not\s)\b(?:may|might|could|can|will|would|should)\s+(?:\w+ly\s+)?lower\s+(?:the\s+|their\s+|your\s+)?(?!(?:quality|survival|efficacy|remission|response|bone|hdl|the\s+odds\s+of\s+(?:remission|response)))[\w-]+"),
    # a good quantity had higher: "children who received the iron drops had higher haemoglobin", "hens laid more eggs"
    (("higher", "more eggs", "-free"),
        r"(?<!not\s)(?<!no\s)\b(?:had|showed|achieved|reached|gained)\s+(?:significantly\s+|markedly\s+)?higher\s+(?:mean\s+)?(?:ha?emoglobin|visual\s+acuity|bone\s+(?:mineral\s+)?density|fev1|"
        r"(?:[\w-]+-free|symptom-free)\s+(?:days|weeks|months|survival)|remission\s+rates?|response\s+rates?|cure\s+rates?|quality\s+of\s+life)\b"
        r"|(?<!not\s)\blaid\s+more\s+eggs\b|\b[\w-]+-free\s+(?:days|weeks|months|nights)\s+(?:significantly\s+)?(?:increased|rose|went\s+up)\b"),
    # a secondary end point met beside a primary one missed: "the key secondary endpoint of hospitalisation was met"
    (("met",),
        r"\b(?:end\s*-?\s*points?|endpoints?|outcomes?)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:also\s+)?met\b"),
    # a within-arm gain told plainly: "owners reported easier rising and longer walks", "walked farther after 6 weeks"
    (("easier", "longer walks", "farther", "further"),
        r"(?<!no\s)(?<!not\s)(?<!n't\s)\beasier\s+(?:rising|getting\s+up|walking|walks|breathing|movement|mobility|climbing|swallowing|chewing|jumping|"
        r"stair\s+climbing|sleeping|sleep|bedtimes?|nights|mornings|bowel\s+movements|stools?|defecation|urination|breastfeeding|feeding|weaning)\b"
        r"|(?<!no\s)(?<!not\s)\blonger\s+walks\b|(?<!not\s)(?<!n't\s)\bwalked\s+(?:\w+\s+)?(?:farther|further)\b"),
    # a harmful level lower after the treatment: "reported lower ALT after 12 weeks", "showed lower LDL cholesterol"
    (("lower",),
        r"\b(?:reported|showed|found|observed|saw|noted|recorded|achieved|reached)\s+(?:significantly\s+|markedly\s+|substantially\s+)?lower\s+"
        r"(?:serum\s+|plasma\s+|fasting\s+|mean\s+|blood\s+)?(?:alt|ast|ggt|ldl(?:-c)?|(?:ldl\s+|total\s+)?cholesterol|triglycerides?|blood\s+pressure|bp|hba1c|"
        r"glucose|crp|c-reactive\s+protein|bilirubin|uric\s+acid|liver\s+enzymes?|transaminases?|homocysteine|homa-ir|viral\s+loads?|intraocular\s+pressure|iop)\b"
        rf"(?![^.;]{{0,40}}?\b(?:in|with|on|among|for)\s+(?:the\s+)?{CONTROL})"),
    # a good outcome reached within the one arm, no other arm named: "remission was achieved in 60% of 45 patients"
    (("achieved", "attained", "obtained"),
        r"\b(?:(?:complete|partial|clinical|full|sustained)\s+)?(?:remission|response|healing|clearance|clearing|resolution|cure|repigmentation|closure)\s+"
        r"(?:was|were)\s+(?:achieved|attained|obtained)\s+(?:in|by)\s+(?:\d|one|two|three|four|five|half|most|a\s+third|a\s+quarter)"
        rf"(?![^.;]*\b(?:vs\.?|versus|compared|than|{CONTROL}))"),
    # a commenter's animal or child that stopped its symptom: "within a week he stopped scratching"
    (("stopped",),
        r"(?<!not\s)(?<!never\s)(?<!n't\s)\b(?:he|she|they|it|i|we)\s+(?:finally\s+|completely\s+|almost\s+|pretty\s+much\s+|basically\s+)?stopped\s+"
        r"(?:scratching|itching|limping|licking|chewing|vomiting|coughing|wheezing|pacing|scooting|biting|crying|screaming|waking|shaking|panting)\b"),
    # disease activity stopped: "arrested disease activity in 82% of 90 patients", "halted the spread of lesions"
    (("arrested", "halted", "stopped"),
        r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:arrested|halted|stopped)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:activity|progression|spread|advance|growth|extension)\b"
        r"(?!\s+(?:hormone|factors?|charts?|curves?|rates?\s+of\s+(?:the\s+)?child))"),
    # sleep timing moved earlier: "brought sleep onset forward by about 25 minutes compared with placebo"
    (("forward",),
        r"\b(?:brought|brings|bring|moved|moves|shifted|shifts|advanced|advances)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
        r"(?:sleep[\s-]onset|bedtime|sleep\s+timing|sleep|dlmo|melatonin\s+onset)(?:\s+time)?\s+forward\b"),
    # a commenter's before and after: "falls asleep within 20 minutes now, it used to take over an hour", "asleep in 15 minutes instead of 45"
    (("now", "instead of", "rather than", "used to"),
        r"\b(?:asleep|settled?|settles|calm|calmed|healed|cleared|relief|kicks?\s+in|kicked\s+in)\s+(?:with)?in\s+(?:about\s+|around\s+|under\s+|less\s+than\s+)?"
        r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b(?=[^.;]{0,30}?\b(?:now|instead\s+of|rather\s+than|used\s+to)\b)"),
    # a commenter's symptom gone now, or its "used to" beside a good "now": "my dog's limp is gone now", "he used to scratch all night, now he sleeps through"
    (("gone", "used to"),
        r"\b(?:limp|limping|lameness|itch|itching|scratching|rash|cough|coughing|wheez\w*|redness|eczema|hives|swelling|flare-ups?|flares|seizures|tics?|bedwetting|reflux)\s+"
        r"(?:is|has|are|have)\s+(?:\w+\s+)?gone\b"
        r"|\bused\s+to\b[^.]{0,60}?\bnow\s+(?:he|she|they|it|i|we)\s+(?:is\s+|are\s+|am\s+|'s\s+)?(?:\w+\s+)?(?:asleep|sleeps?\s+through|sleeping\s+through|fine|calm|calmer|settled|"
        r"comfortable|pain-free|itch-free|seizure-free|symptom-free|walking|running|playing|eating)\b"),
    # less of a symptom noticed, no other arm named: "owners reported less itching after 4 weeks", "parents noticed fewer night wakings"
    (("less", "fewer"),
        r"\b(?:reported|noted|noticed|saw|observed|described)\s+(?:much\s+|far\s+|a\s+lot\s+|significantly\s+)?(?:less|fewer)\s+(?:[\w-]+\s+)?"
        r"(?:itch\w*|scratch\w*|lameness|limping|stiffness|cough\w*|wheez\w*|night\s+wakings?|wakings?|vomiting|seizures?|flares?|flare-ups?|accidents|licking|tantrums|pain)\b"
        rf"(?![^.;]{{0,40}}?\b(?:than|in|with|on|among)\s+(?:the\s+)?{CONTROL})"),
    # a commenter's wait for the gain: "it took about 4 weeks before the itching really settled", "took 3 weeks for the rash to clear"
    (("settled", "settle", "cleared", "clear", "subsided", "subside", "calmed", "eased", "ease", "resolved", "healed", "heal", "went away", "go away", "kick in", "kicked in"),
        r"\b(?:took|takes|take|taking)\s+(?:only\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|a\s+(?:few|couple\s+of)\s+|over\s+|under\s+|just\s+)?"
        r"(?:\d+|one|two|three|four|five|six|eight|ten|a)?\s*(?:days?|weeks?|months?)\s+"
        r"(?:(?:before|until|till)\s+(?:[\w-]+\s+){0,3}?(?:really\s+|finally\s+|fully\s+|completely\s+|properly\s+)?"
        r"(?:settled|cleared(?:\s+up)?|subsided|calmed(?:\s+down)?|eased(?:\s+off)?|resolved|healed|went\s+away|kicked\s+in)"
        r"|for\s+(?:[\w-]+\s+){0,3}?to\s+(?:really\s+|fully\s+)?(?:settle|clear(?:\s+up)?|subside|calm\s+down|ease|heal|go\s+away|kick\s+in))\b"),
    # thyroid function restored: TSH down and thyroxine up together, the course of treated hypothyroidism
    (("tsh",), _THYROID_RESTORED),
    # a hedged effect of the treatment named: "omega-3 might indeed have such effects on mood", "could have a calming effect"
    (("have",),
        r"\b(?:may|might|could|can|would)\s+(?:indeed\s+|also\s+|well\s+|actually\s+|even\s+|really\s+)?have\s+"
        r"(?:(?:an?|such|some|the\s+same|similar)\s+|(?!side|adverse|toxic|harmful|negative|detrimental|deleterious|unwanted|no\b)[\w-]+\s+){0,2}"
        r"(?:effects?|benefits?|impacts?)\b"),
    # "lower" a verb: "a daily walk could help lower blood pressure", "green tea may lower cholesterol", "lowers LDL"
    (("lower",),
        r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:(?:may|might|could|can|will|would|to|helps?|also|potentially|significantly|further|markedly)\s+"
        r"(?:potentially\s+|also\s+|significantly\s+|further\s+|help\s+(?:to\s+)?)?lower|lowers)\s+(?!than\b|doses?\b|limits?\b|levels?\s+of\s+evidence\b)[\w-]+"),
    # a group that "did better on one thinking test", "scored 1.8 points better on the ADAS-Cog"
    (("better",),
        r"\b(?:did|scored|performed|fared|functioned|rated|tested)\s+(?:(?!(?:no|not|any|little|hardly|barely|none)\b)[\w.]+\s+){0,3}?"
        r"better\s+(?:on|in|at)\b"),
    # "fell asleep 27 minutes earlier than kids on placebo", "sleep onset came sooner": an earlier sleep onset is a gain
    (("asleep", "to sleep", "sleep onset", "sleep-onset"),
        r"(?<!not\s)(?<!no\s)\b(?:fell|fall|falls|falling|got|get|gets|getting)\s+(?:to\s+)?(?:asleep|sleep)\s+(?:[\w-]+\s+){0,3}?(?:earlier|sooner|quicker|more\s+quickly)\b"
        r"|\bsleep[\s-]onset\s+(?:was\s+|came\s+|occurred\s+)?(?:[\w-]+\s+){0,3}?(?:earlier|sooner|advanced)\b"
        r"|(?<!not\s)(?<!no\s)\b(?:earlier|advanced)\s+sleep[\s-]onset\b"),
    # a share healed outright, no other arm's share beside it: "could produce complete healing in 80 percent of treated eyes"
    (("complete ", "full ", "total "),
        r"(?<!not\s)(?<!no\s)\b(?:complete|full|total)\s+(?:healing|clearance|clearing|resolution|remission|recovery|cure|relief|closure|regression)\s+"
        r"(?:was\s+(?:seen|achieved|observed|obtained)\s+)?in\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
        r"(?![^.;]*?\d\s*(?:%|percent|per\s+cent))"),
    (("relief",),
        r"(?<!not\s)(?<!n't\s)\b(?:provided|provides|provide|gave|gives|give|brought|brings|bring|offered|offers|offer|delivered|delivers|deliver|produced|produces|produce|"
        r"achieved|achieve|obtained|experienced|gained|found|"
        r"showing|showed|shows|reported|reports|reporting)\s+"
        r"(?:(?!no\b|little\b|any\b|minimal\b|limited\b)[\w-]+\s+){0,2}?relief\b|"
        r"(?<!no\s)(?<!little\s)(?<!limited\s)(?<!without\s)(?<!for\s)(?<!seek\s)(?<!sought\s)\brelief\s+(?:at|by|after|from|of|within)\s+(?!the\s+need)"),
    (("kept", "maintained", "sustained", "retained", "preserved"),
        r"(?<!not\s)\b(?:kept|maintained|sustained|retained|preserved)\s+(?:its|their|the|these|those)\s+(?:[\w-]+\s+)?(?:gains?|improvements?|benefits?)\b"),
    (("limit", "curbed", "restrain", "minimi", "held", "kept"),
        rf"\b(?:limited|limits|limiting|curbed|restrained|minimi[sz]ed|minimi[sz]es|held\s+down|kept\s+down)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:weight\s+gain|{HARMS}|decline|progression|deterioration)\b(?!\s+(?:relief|reduction|improvement|control|management))"
        r"|\bkept\s+(?:[\w-]+\s+){0,2}?(?:weight\s+gain|symptoms?|pain|anxiety|cravings?)\s+in\s+check\b"),
    (("useful", "valuable", "viable", "worthwhile", "helpful"),
        r"\b(?:useful|valuable|viable|worthwhile)\s+(?:\w+\s+)?(?:treatment|option|adjunct|therapy|intervention|approach|strategy|alternative|addition)"
        # "has shown that NAC is useful for treating OCD"
        r"|(?<!not\s)(?<!n't\s)\b(?:useful|helpful|valuable)\s+(?:for|in)\s+(?:treating|the\s+treatment\s+of|managing|the\s+management\s+of|reducing|relieving|preventing|improving)\b"),
    (("support",),
        r"\bsupports?\s+(?:the\s+)?(?:use|efficacy|benefit|effectiveness|role|value)\s+of\b|\bsupports?\s+(?:its|their)\s+use\b"
    r"|\bsupports?\s+(?:healthy|normal|restful|better|optimal)\s+[\w-]+"),
    (("modest", "small", "moderate", "large", "substantial", "meaningful", "robust"),
        r"\b(?:effects?|benefits?|improvements?|gains?)\s+(?:was|were)\s+(?:\w+\s+)?(?:modest|small|moderate|large|substantial|meaningful|robust)\b"),
    # a commenter's plain words of a gain: "I sleep like a baby now", "finally sleeping through", "he has been sound since
    # starting it", "took the edge off the pain", "stopped her ear infections coming back", "life-changing"
    (("like a", "sleeping through", "sound", "edge off", "coming back", "life-chang", "life chang", "game chang", "lifesaver", "life saver", "wonders"),
        r"\bsle(?:ep|eps|eping|pt)\s+like\s+a\s+(?:baby|log|rock)\b|\bfinally\s+sleeping\s+through\b"
        r"|\b(?:has|have|had)\s+been\s+(?:completely\s+|totally\s+|perfectly\s+|100%\s+)?sound\s+(?:ever\s+)?since\b|\b(?:is|are)\s+(?:finally\s+)?sound\s+(?:again|now)\b"
        r"|(?<!n't\s)(?<!not\s)\b(?:took|takes|take|taking)\s+the\s+edge\s+off\b"
        r"|(?<!n't\s)(?<!not\s)\b(?:stopped|stops|stop|kept|keeps)\s+(?:my|his|her|their|our|the)\s+(?:[\w'-]+\s+){1,3}?(?:from\s+)?coming\s+back\b"
        r"|\blife[\s-]chang(?:ing|er)\b|\bgame[\s-]changer\b|\blife[\s-]?saver\b|\bwork(?:ed|s)\s+wonders\b"),
    (("protect", "through the night", "work"),
        r"\bprotect(?:ed|s|ive)?\s+against\b|\bsleep(?:s|ing)?\s+through\s+the\s+night\b(?<!n't\ssleep\sthrough\sthe\snight)(?<!not\ssleep\sthrough\sthe\snight)"
        r"|\b(?:it|this|that)\s+(?:really\s+|actually\s+|totally\s+|definitely\s+)?work(?:s|ed)\b(?!\s+(?:out|on|with|by|through|in\s+the))"),
    (("met ", "achieved", "reached", "hit ", "crossed", "passed the"),
        r"\b(?:met|achieved|reached|hit)\s+(?:its|the|their|both|all)\s+(?:[\w-]+\s+){0,3}?(?:primary\s+|main\s+|co-?primary\s+|secondary\s+)?(?:end\s*-?\s*points?|endpoints?|outcomes?|targets?|goals?|objectives?)\b"
        # "reached the predefined non-futility threshold", "crossed the efficacy boundary"
        r"|\b(?:met|reached|crossed|passed)\s+(?:its\s+|the\s+|their\s+)?(?:pre-?(?:defined|specified)\s+)?(?:non-?futility|efficacy|superiority|success)\s+(?:thresholds?|boundar(?:y|ies)|criteri(?:on|a)|bars?)\b"),
    # a commenter's comparison won: "EMDR (8 sessions) did more for my flashbacks than 2 years of talk therapy"
    (("did more for", "does more for", "done more for"),
        r"(?<!placebo\s)(?<!sham\s)(?<!control\s)(?<!\bnot\s)\b(?:did|does|has\s+done|had\s+done)\s+(?:far\s+|much\s+|way\s+|a\s+lot\s+)?more\s+for\s+"
        r"(?:my|his|her|their|our|the|your)\s+(?:[\w-]+\s+){1,3}?than\b"),
    # sleep gained, counted: "got on average 34 more minutes of sleep a night" (not the control arm's)
    (("of sleep",),
        rf"\b(?:got|gets|get|getting|gained|slept|had)\s+(?:on\s+average\s+|an\s+average\s+of\s+|about\s+|roughly\s+|nearly\s+)?[\d.]+\s+"
        rf"(?:more|extra|additional)\s+(?:minutes?|mins?|hours?)\s+of\s+sleep\b(?!\s+(?:a\s+night\s+)?(?:in|with|on|among|for)\s+(?:the\s+)?{CONTROL})"),
    # a lay lead: "positive topline results were announced", "the first RCT into the positive effect of a healthy diet"
    (("positive",),
        r"(?<![\w-])(?<!no\s)(?<!not\s)(?<!without\s)positive\s+(?:top[\s-]?line\s+|headline\s+|phase\s+\d\w?\s+|pivotal\s+|primary\s+|overall\s+|interim\s+|final\s+|trial\s+|study\s+)*"
        r"(?:results?|data|findings?|effects?\s+of|impact\s+of)\b"  # not "positive effects on glucose during MET", the comparator's
        # a result cell that opens on its verdict: "| Positive effects on memory (p < 0.001), quality of life ..."
        r"|(?:^|(?<=[|\t]))\s*positive\s+(?:effects?|impacts?)\s+(?:on|in)\b"),
    # a fall in a harm, as a noun: "a 30% reduction in symptom days"
    (("reduction", "decrease", "decline", "drop"),
        r"\b(?:reductions?|decreases?|drops?|decline(?<!function\sdecline)(?<!functional\sdecline)(?<!cognitive\sdecline)(?<!egfr\sdecline)"
        r"(?<!gfr\sdecline)(?<!renal\sdecline)(?<!kidney\sdecline)(?<!memory\sdecline)s?)\s{1,3}(?:\([^()]{0,40}\)\s{1,3})?"  # "a drop (~25%) in"
        r"(?:in|of(?<!drop\sof)(?<!drops\sof)(?!\s+(?:\d|(?:about|approximately|around|nearly|almost|up\s+to|over|more|less|at\s+least|only|just|the\s+dose|doses?|dosages?|dosing|treatment|medication)\b))|on(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:sub)?scales?|scores?|index|inventory|questionnaire|nrs|vas|" + SYMPTOM_SCALES + r")\b))\s+(?!(?:[\w-]+\s+){0,2}?(?:quality|well-?being|survival|response|remission|cognition|memory|function|sleep\s+time))"
        r"(?!(?:those|people|patients|participants|subjects|adults|children|women|men|older|elderly|mice|rats|animals|the\s+(?:elderly|group|arm))\b)"),
    (("increas", "raise", "boost", "doubl", "tripl", "lift", "extend", "prolong", "lengthen", "improving"),
        rf"\b(?:increased|increases|increase|raised|raises|boosted|boosts|doubled|doubles|tripled|lifted|lifts|extended|extends|prolonged|prolongs|lengthened|lengthens|improving)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_GOODS}\b"),
    # a bad event put off: "delayed the time to intervention for depressive episodes", "delayed functional decline"
    (("delayed",),
        r"(?<!not\s)(?<!n't\s)(?<!with\s)(?<!a\s)(?<!of\s)\bdelayed\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:time\s+to|onset|relapses?|recurrences?|progression|decline|deterioration|"
        r"worsening|conversion|dementia|hospitali[sz]ation|death|need\s+for|episodes?|exacerbations?|intervention)\b"),
    # an illness or stay cut short: "time to self-reported recovery was 3 days shorter with the drug", "ICU stay was 2 days shorter"
    (("shorter",),
        r"\b(?:time\s+to\s+(?:[\w-]+\s+){0,2}?(?:recovery|resolution|healing|discharge|clearance|defervescence)|(?:hospital|icu)\s+stays?|length\s+of\s+(?:hospital\s+)?stay|"
        r"duration\s+of\s+(?:[\w-]+\s+){0,2}?(?:symptoms?|illness|fever|diarrh\w+|pain|hospitali[sz]ation|labou?r)|(?:symptom|illness|fever|diarrh\w+)\s+duration)\s+"
        r"(?:was|were)\s+(?:(?:about\s+|approximately\s+|nearly\s+)?[\d.]+\s*(?:days?|hours?|h|weeks?|minutes?|min)\s+|significantly\s+|markedly\s+|much\s+)*shorter\b"
        rf"(?!\s+(?:with|in|on|for|among)\s+(?:the\s+)?{CONTROL})"),
    # a commenter's own result: "I've now been smoke-free for 8 months", "it cleared most of my bumps"
    (("free", "cleared"),
        r"(?:\bi\s+(?:have|am|'ve|'m)|\bi've|\bi'm)\s+(?:now\s+|finally\s+|still\s+)*(?:been\s+|stayed\s+|remained\s+)?(?:now\s+)?"
        r"(?:smoke|nicotine|cigarette|pain|seizure|migraine|headache|symptom|alcohol|drink|acne|itch|panic|attack|relapse|craving|flare|spot)s?[\s-]free\b"
        r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!nothing\shas\s)(?<!nothing\s)\bcleared\s+(?:up\s+)?(?:most\s+of\s+|all\s+of\s+|almost\s+all\s+of\s+|nearly\s+all\s+of\s+)?my\b"),
    # a hedged lowered risk: "lithium appears to lower suicide risk", "may reduce fracture risk"
    (("risk",),
        r"(?<!not\s)(?<!n't\s)\b(?:to|may|might|can|could|likely)\s+(?:lower|reduce|cut|decrease)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?risk\b(?!\s+(?:of|for)\s+(?:response|remission|recovery))"),
    # more of an outcome than the control arm had, unless the outcome is a harm: "increased stone passage compared with standard care"
    (("increas", "raise", "boost", "doubl", "tripl", "promot"),
        rf"\b(?:increased|increases|raised|raises|boosted|boosts|doubled|tripled|promoted)\s+(?!(?:[\w-]+\s+){{0,3}}?{HARM_WORDS})(?:[\w-]+\s+){{1,4}}?"
        rf"(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|more\s+than|over)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{CONTROL}\b"),
    (("higher", "greater", "increased"),
        rf"\b(?:higher|greater|increased)\s+(?!(?:[\w-]+\s+){{0,2}}?{HARM_WORDS})(?:[\w-]+\s+){{0,3}}?rates?\s+(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\b"),
    (("lasted", "persisted", "sustained"),
        r"\b(?:results?|effects?|benefits?|improvements?|relief|responses?|remissions?)\s+(?:had\s+|have\s+|were\s+)?(?:lasted|persisted|sustained)\s+"
        r"(?:significantly\s+|much\s+|substantially\s+)?longer\b"),
    # a gain that held: "efficacy was maintained during the open-label extension", "the treatment effect persisted for two years"
    (("maintained", "sustained", "persisted", "preserved", "retained"),
        r"\b(?:effects?|efficacy|benefits?|improvements?|gains?|responses?|remissions?)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
        r"(?:fully\s+|largely\s+|well\s+|generally\s+)?(?:maintained|sustained|persisted|preserved|retained)\b"),
    # "mean MADRS scores continued to decline", "symptoms continued to improve"
    (("continued to",),
        rf"\b(?:{HARMS}|{SYMPTOM_SCALES}|severity|symptom)\s+(?:scores?\s+|severity\s+|ratings?\s+)?continued\s+to\s+(?:decline|fall|decrease|drop|improve|lessen|ease)\b"),
    # arms kept apart: "separation between early and delayed start was maintained between 18 and 36 months (p<0.05)"
    (("separation",),
        r"(?<!no\s)(?<!any\s)\bseparation\s+(?:[\w-]+\s+){0,6}?(?:was|were)\s+(?:\w+\s+)?(?:maintained|sustained|preserved|observed|seen|evident|significant|achieved)\b"),
    # a number needed to treat, a risk reduction: benefit by definition
    (("nnt", "number needed to treat", "absolute", "relative", "arr", "rrr"),
        r"\bnumber\s+needed\s+to\s+treat\b|\bnnt\s*(?:=|:|of\b|was\b|\(|\d)|\b(?:absolute|relative)\s+(?:risk\s+)?reductions?\b(?!\s+in\s+(?:[\w-]+\s+){0,2}?(?:response|remission|survival|quality))"
        r"|\b(?:arr|rrr)\s*(?:=|:|of\b|was\b)"),
    (("longer",),
        r"\blonger\s+(?:[\w-]+\s+){0,2}?(?:survival|remission|abstinence)\b|\b(?:survival|remission|abstinence|time\s+to\s+(?:relapse|recurrence))\s+"
        r"(?:was\s+|were\s+)?(?:significantly\s+|markedly\s+)?longer\b"),
    (("stopped", "ceased", "ended", "subsided", "went away", "life", "cleared", "gone"),
        r"\b(?:attacks?|symptoms?|migraines?|headaches?|nightmares|cravings?|pain|panic|episodes?|seizures?|flashbacks|flare-?ups?|flares|outbreaks?|"
        r"hives|itch(?:ing)?|cramps|spasms|hot\s+(?:flushes|flashes)|night\s+sweats|nosebleeds|tics|bloating|heartburn|reflux|rash|acne|eczema|"
        r"brain\s+fog|tinnitus|dizziness|vertigo|anxiety|insomnia)\s+(?:\w+\s+)?"
        r"(?:stopped|ceased|ended|subsided|went\s+away)\b|\blife-?\s?saver\b"
        # one person's symptom gone: "my leg cramps are gone", "her bloating is basically gone"
        r"|\b(?:my|his|her|our|their)\s+(?:[\w-]+\s+)?(?:attacks|symptoms|migraines|headaches|nightmares|cravings|pain|panic\s+attacks|seizures|flare-?ups|"
        r"hives|itch(?:ing)?|cramps|spasms|hot\s+(?:flushes|flashes)|night\s+sweats|tics|bloating|heartburn|reflux|rash|acne|eczema|brain\s+fog|tinnitus|"
        r"dizziness|vertigo|anxiety|insomnia)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
        r"(?:basically\s+|completely\s+|totally\s+|all\s+|pretty\s+much\s+|entirely\s+|almost\s+|just\s+)?gone\b|(?<!never\s)(?<!not\s)(?<!nothing\shas\s)(?<!nothing\s)\bcleared\s+(?:up\s+)?(?:my|his|her|their|the)\s"),
    # an infection or a relapse stopped: "blocked airborne spread of the virus", "blocks reinstatement of cocaine seeking"
    (("blocked", "blocks"),
        r"\bblock(?:ed|s)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:spread|transmission|infection|replication|progression|onset|entry|relapse|reinstatement|recurrence)\b"),
    (("advanced",),
        r"\badvanced\s+(?:the\s+|their\s+)?(?:sleep|circadian|melatonin|phase|bedtime|dim|wake)"),  # a phase advance, not "advanced cancer"
    # a harm lower in a clause of its own after a null one: "did not improve nerve conduction, although pain was slightly lower"
    (("lower",),
        rf"\b(?:although|though|but|while|whereas)\s+(?:the\s+|their\s+|mean\s+)*(?:[\w-]+\s+)?(?:{HARMS}|{SYMPTOM_SCALES})(?:\s+(?:scores?|ratings?|severity|intensity))?\s+"
        rf"(?:(?!was\b|were\b)[\w-]+\s+){{0,5}}?(?:was|were)\s+(?:slightly\s+|somewhat\s+|modestly\s+|marginally\s+|a\s+little\s+|significantly\s+|also\s+)*lower\b"
        rf"(?!\s+(?:\w+\s+)?(?:in|with|for|among|on)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"),
    # a terse cell's slowed process: "Axial elongation slowed*", "Dose-dependent slowing", "Additive effect on AL"
    (("slowed", "dose-dependent", "dose dependent", "additive"),
        r"\b(?:progression|elongation|decline|deterioration|worsening|growth)\s+(?:was\s+|were\s+)?(?:significantly\s+)?slowed\b"
        r"|\bdose[\s-]dependent\s+(?:slowing|reductions?|improvements?|benefits?|effects?|decreases?)\b"
        r"|(?<!no\s)(?<!not\s)(?<!without\s)(?<!any\s)\badditive\s+(?:effects?|benefits?)\b"),
    # a harmful process's change given as a negative number: "SE progression -52%*", "AL elongation -0.15 mm"
    (("progression", "elongation"),
        r"\b(?:progression|elongation)\s*[:=]?\s*[-\u2212]\s?\d"),
    (("cut",),
        r"\bcut\s+(?!(?:the\s+|their\s+|a\s+)?dos)(?:[\w-]+\s+){0,6}?(?:by\s+(?:\d|half|a\s+third|a\s+quarter|two-thirds|nearly|almost|about|around|more\s+than)|in\s+half)"
        r"|\bcut\s+(?!(?:the\s+|their\s+|a\s+)?dos)(?:[\w-]+\s+){0,4}?(?:more|further|faster)\s+than\b"  # "cut THI scores more than a waitlist"
        r"|\bcut\s+(?:the\s+|their\s+)?(?:risk|rates?|odds|number|incidence|frequency|need|use|admissions?|readmissions?|hospitali[sz]ations?|relapses?|symptoms?|deaths?|mortality|pain|anxiety|craving|drinking|days)\b"),
    # weight lost, against the control or within the arm (better than baseline): "lost around 20 percent of their body
    # weight", "participants lost significant amounts of weight", "the top dose losing an average of 52 pounds"
    (("lost", "losing", "lose", "shed", "dropped"),
        r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:lost|losing|lose|loses),?\s+(?:(?:an?\s+)?(?:average|mean|median)\s+(?:of\s+)?|,?\s*on\s+average,?\s+|about\s+|around\s+|nearly\s+"
        r"|almost\s+|roughly\s+|~\s?|approximately\s+|up\s+to\s+|more\s+than\s+|over\s+|another\s+|an\s+additional\s+|a\s+further\s+)*"
        r"\d[\d.,]*\s*(?:%|percent|per\s+cent|kg|kilograms?|pounds|lbs?)(?![\w])"
        r"|\b(?:shed|sheds|shedding|dropped)\s+(?:(?:an?\s+)?(?:average|mean|median)\s+(?:of\s+)?|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s*(?:kg|kilograms?|pounds|lbs?)(?![\w])"
        r"|(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:lost|losing|lose|loses)\s+(?:(?:significant|substantial|considerable|large|meaningful|clinically\s+meaningful|dramatic|marked|"
        r"sizeable|sizable|impressive)\s+(?:amounts?\s+of\s+)?|a\s+(?:lot|great\s+deal)\s+of\s+|more\s+|significantly\s+more\s+|substantially\s+more\s+)?(?:body\s+)?weight\b"),
    # first-person reports
    (("better",),
        r"\b(?:got|gotten|getting|gets|feel|feels|felt|feeling|became|is|was|are|were|has\s+been|have\s+been|been)\s+"
        r"(?:so\s+|much\s+|a\s+lot\s+|far\s+|way\s+|noticeably\s+|a\s+(?:little\s+)?bit\s+|loads\s+|even\s+|really\s+|definitely\s+|markedly\s+|significantly\s+)*better\b"
        r"(?!\s+(?:tolerated|than|to|for|at|suited|known|understood|studied|characteri[sz]ed|described|established|documented|off))"),
    (("made", "world of", "game", "life", "changed my", "night and day", "no longer", "haven", "hasn", "have not", "has not"),
        r"\bmade\s+(?:a|an|all\s+the|such\s+a)\s+(?:big\s+|huge\s+|real\s+|massive\s+|noticeable\s+|enormous\s+|great\s+|clear\s+|dramatic\s+)?difference\b"
        r"|\bworld\s+of\s+difference\b|\bgame[\s-]?changer\b|\blife[\s-]?changing\b|\bchanged\s+my\s+life\b|\bnight\s+and\s+day\b"
        r"|\bno\s+longer\s+(?:have|has|get|gets|suffer|suffers|wake|wakes|need|needs|experience|struggle|meet|met)\b"
        r"|\b(?:haven't|hasn't|have\s+not|has\s+not|haven't\s+really)\s+had\s+(?:a|an|any|one|another)\s+(?:[\w-]+\s+)?(?:migraine|headache|attack|episode|panic|seizure|nightmare|flare|flare-up|uti|"
        r"(?:urinary\s+|chest\s+|ear\s+|sinus\s+|yeast\s+|bladder\s+)?infection|cold|cold\s+sore|outbreak|relapse|bout|fit|gout\s+attack|nosebleed)s?\s+since\b"),
    # a preclinical activity shown: "exhibited anxiolytic activity at 200 mg/kg", "possessed marked analgesic activity"
    (("anxiolytic", "antidepress", "analges", "antinocicept", "anti-", "antiinflam", "anticonvuls", "antiepilep", "neuroprotect",
      "hepatoprotect", "cardioprotect", "nephroprotect", "gastroprotect", "sedative", "hypnotic", "nootropic", "hypoglyc",
      "antidiabet", "antihypertens", "antiulcer", "antipyret", "antiamnes", "antipsychot", "memory-enhanc", "anxiolysis"),
        rf"(?<!not\s)(?<!n't\s)\b(?:exhibit|display|possess|show|produc|demonstrat|exert|present|reveal|ha[ds]|have)\w*\s+(?:(?!(?:no|not|any|little|none|minimal)\b)[\w-]+\s+){{0,3}}?"
        rf"{_THERAPEUTIC}(?:[\s-]+like)?\s+(?:activity|activities|effects?|actions?|properties|potential|efficacy|profile)\b"),
    # "trials have confirmed the value of aerobic exercise", "established the usefulness of lithium"
    (("confirm", "establish", "prove", "proven", "validat", "underscor", "reinforc", "demonstrat", "show", "support"),
        r"(?<!not\s)(?<!n't\s)(?<!to\s)\b(?:confirm(?:s|ed)?|establish(?:es|ed)?|prov(?:es|ed|en)|validat(?:es|ed)|underscor(?:es|ed)|reinforc(?:es|ed)|"
        r"demonstrat(?:es|ed)|show(?:s|ed|n)?|support(?:s|ed)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:value|usefulness|utility|worth|benefits?|efficacy|effectiveness|merits?)\s+(?:of|for|in)\b"),
    # an animal's anxiety or memory test: "spent more time in the open arms than vehicle controls"
    (("more time", "less time", "longer time"),
        r"\b(?:spent|spend|spends|spending)\s+(?:significantly\s+|markedly\s+|much\s+)?(?:more|longer)\s+time\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?"
        r"(?:open\s+arms?|light\s+(?:compartment|box|chamber|area|side)|cent(?:er|re)|target\s+quadrant|social\s+(?:zone|chamber))"
        r"|\b(?:spent|spend|spends|spending)\s+(?:significantly\s+|markedly\s+|much\s+)?less\s+time\s+(?:immobile|in\s+(?:the\s+)?(?:closed\s+arms?|dark))"),
    # "children in the melatonin group slept 48 minutes longer"
    (("slept",),
        r"(?<!not\s)(?<!n't\s)\bslept\s+(?:[\w.-]+\s+){0,3}?(?:longer|more|better|deeper|sounder)\b"),
    # a loss stated by its size: "weight loss averaged 20% at the highest dose"
    (("weight loss",),
        r"\bweight\s+loss\s+(?:averaged|was|were|of|reached|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+|over\s+)?\d"),
    (("show", "promising"),
        r"\bshow(?:s|ed|n|ing)?\s+(?:[\w-]+\s+){0,2}?promise\b|\bpromising\s+(?:results?|findings?|effects?|signs?)\b"),
    (("shorter",),
        r"\b(?:latency|latencies|duration|time\s+to\s+[\w-]+|stays?|episodes?|admissions?|attacks?|seizures?|migraines?|headaches?|flares?|flare-ups?)\s+"
        r"(?:was\s+|were\s+|are\s+|is\s+|became\s+|got\s+)?(?:significantly\s+|markedly\s+|much\s+|considerably\s+)?shorter\b"),  # not "ENHANCE-X", a trial's name
    (("more effective", "better", "more efficacious", "beat"),
        rf"\bmore\s+effective\b|\bbetter\s+(?:{_W}){{0,4}}?than\b|\bmore\s+efficacious\b|\bbeat\b"),
    (("advantage", "longer", "halved", "best", "got me"),
        r"\badvantages?\b(?<!took\sadvantage)(?<!take\sadvantage)(?<!takes\sadvantage)(?<!taking\sadvantage)|\blonger\s+(?:total\s+)?sleep\b|\bhalved\b|\bbest\s+(?:chance|results?|outcomes?|response)\b|\bgot\s+me\s+(?:out|through|back)\b"),
    (("shorter",),
        r"\bshorter\s+(?:[\w-]+\s+){0,3}?(?:latency|latencies|duration|time\s+to|episodes?|stays?|attacks?)\b"
        # a symptom that lasted less: "shorter nasal congestion", "shorter fever"
        r"|\bshorter\s+(?:[\w-]+\s+)?(?:congestion|cough(?:ing)?|fever|diarrh(?:o)?ea|colds?|illness(?:es)?|symptoms)\b"),
    (("sleep",),
        r"\b(?:more|better|deeper|longer)\s+(?:restful\s+|satisfying\s+|refreshing\s+|restorative\s+)?sleep\b"),
    # a better score found after the treatment: "found better working-memory accuracy on the n-back task after tyrosine"
    (("found better",),
        r"\bfound\s+(?:significantly\s+)?better\s+(?:[\w-]+\s+){1,5}?(?:after|with|on|in|for)\s+(?!(?:the\s+)?(?:placebo|sham|vehicle|control)\b)"),
    # responders of an uncontrolled series: "11 of them had at least a 50% fall in monthly seizure frequency"
    (("of them", "of the"),
        r"\b\d+\s+of\s+(?:them|the\s+\d+|the\s+(?:dogs|cats|patients|children))\s+(?:had|achieved|showed|experienced)\s+(?:at\s+least\s+)?an?\s+\d+\s*%\s+"
        r"(?:fall|reduction|decrease|drop|improvement)\b"),
    # a parasite or pathogen killed in a share: "killed over 99% of fleas within 12 hours"
    (("killed",),
        r"(?<!not\s)\bkilled\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|at\s+least\s+)?\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:fleas|ticks|mites|lice|nits|worms|parasites|larvae|eggs|bacteria|mosquitoes|flies|pathogens)\b"),
    # a harm lower with an arm that is not the control ("fatigue was lower in the yoga group compared with the waitlist",
    # "pain scores on the Glasgow CMPS-Feline were lower with meloxicam"), or higher with the control
    (("lower", "reduced", "less", "smaller", "decreased"),
        rf"\b(?:{HARMS}|severity|intensity|stress|{_ILLNESS_SCORES})\s+(?:[\w-]+\s+){{0,3}}?(?:on\s+(?:the\s+)?(?!(?:[\w()-]+\s+){{0,4}}?{CONTROL})(?:[\w()-]+\s+){{1,5}}?)?(?:was|were)\s+(?:\d[\d.]*\s*%\s+|significantly\s+|markedly\s+|much\s+|substantially\s+|consistently\s+)*"
        rf"(?:lower|reduced|less|smaller|decreased)\s+(?:for|in|with|among|on|after)\s+(?!(?:the\s+)?{CONTROL})"),
    (("higher", "greater", "worse", "more severe"),
        rf"\b(?:{HARMS}|severity|intensity|stress)\s+(?:[\w-]+\s+){{0,3}}?(?:was|were)\s+(?:significantly\s+|markedly\s+|much\s+|substantially\s+|consistently\s+)*"
        rf"(?:higher|greater|worse|more\s+severe)\s+(?:for|in|with|among|on)\s+(?:the\s+)?{CONTROL}"),
    (("less", "more"),
        r"\bless\s+(?:anxious|depressed|stressed|tired|fatigued|irritable|agitated|restless|nauseous|worried|tense|sad)\b"
        r"|\bmore\s+(?:relaxed|rested|energetic|alert|focused|refreshed|trusting|trustworthy|confident|sociable|motivated|calm|comfortable|mobile|flexible)\b"
        # mobility regained: "judged to move more freely", "walks more easily"
        r"|\b(?:move|moves|moved|moving|walk|walks|walked|walking)\s+more\s+(?:freely|easily|comfortably)\b"),
    (("more likely",),
        r"(?<!not\s)(?<!n\'t\s)(?<!no\s)\bmore\s+likely\s+to\s+(?:achieve|attain|reach|be\s+in|experience|remain\s+in|stay)\s+(?:\w+\s+)?(?:remission|response|recovery|abstinen\w*|abstinent|well)\b"
        # an allergy desensitised, a wound or ulcer healed: "far more likely to tolerate peanut afterwards"
        r"|(?<!not\s)(?<!n\'t\s)(?<!no\s)\bmore\s+likely\s+to\s+(?:tolerate|recover|heal)\b"
        # a function regained: "made people more likely to walk independently than usual physiotherapy"
        r"|(?<!not\s)(?<!n\'t\s)(?<!no\s)\bmore\s+likely\s+to\s+(?:walk|stand|live|return\s+to\s+(?:work|school|sport)|quit|conceive|survive|be\s+discharged\s+home)\b"),
    # a blood-pressure reading come down: "my home readings dropped from about 148/92 to 134/86"
    (("dropped", "fell", "fallen", "came down", "come down", "went down", "gone down"),
        r"\b(?:readings?|numbers|bp|blood\s+pressure)\s+(?:have\s+|has\s+)?(?:dropped|fell|fallen|came\s+down|come\s+down|went\s+down|gone\s+down)\s+"
        r"from\s+(?:about\s+|around\s+|roughly\s+)?\d{2,3}\s*/\s*\d{2,3}\b"),
    (("less likely",),
        r"\bless\s+likely\s+to\s+(?:relapse|die|drop\s+out|be\s+hospitali[sz]ed|be\s+readmitted|attempt\s+suicide|"
        r"(?:become|get|be)\s+(?:confused|delirious|infected|ill|sick|depressed|dehydrated|constipated|lame))\b"
        # a disease avoided: "30% less likely to develop dementia"
        rf"|\bless\s+likely\s+to\s+(?:develop|get|suffer|experience|have|need)\s+(?!(?:[\w-]+\s+){{0,2}}?{_GOOD_OUTCOME_AHEAD})"),
    (("higher", "greater", "better"),
        r"\b(?:rates?|scores?)\s+(?:were\s+|was\s+)?(?:higher|greater|better)\s+(?:with|in|for|on|after|among)\b"
        r"|\b(?:response|remission|improvements?|reductions?|benefits?|efficacy|abstinence)(?:\s+rates?)?\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+"
        r"(?:significantly\s+|markedly\s+|much\s+|substantially\s+|consistently\s+)?(?:greater|higher|better|larger)\s+(?:in|with|for|on|among)\b"),
    (("higher",),
        r"\bhigher\s+(?:[\w-]+\s+){0,3}?(?:abstinence|response|remission|quit|success|survival|cure|recovery)\s+rates?\b"),
    (("increased",),
        r"\bincreased\s+(?:\w+\s+){0,2}?(?:abstinence|remission|response|survival|quit\s+rates?|well-?being|quality\s+of\s+life|sleep\s+time)\b"),
    (("fell", "dropped", "declined", "decreased", "went down", "came down"),
        r"\b(?:fell|dropped|declined|decreased|went\s+down|came\s+down)\s+(?:\w+\s+){0,2}?(?:markedly|significantly|substantially|sharply|dramatically|more|by\s+(?:an?\s+)?(?:(?:median|mean|average)\s+of\s+)?(?:[\w-]+\s+)?\d|by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:half|a\s+third|a\s+quarter|two-thirds)|in\s+half|from\s+baseline"
        r"|\d[\d.,]*\s*(?:%|percent|points?)\s+and\s+\d[\d.,]*\s*(?:%|percent|points?)\s+(?:from|over|since)\s+baseline\b"  # two doses' falls, no control
        r"|(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|minutes?|mins?|hours?|days?|kg|mmhg)(?![\w])"
        r"(?![^.;]{0,60}?\b(?:compared|versus|vs|than|while|whereas|and)\b[^.;]{0,30}?(?<!p)(?<!p\s)(?<![p(][=<>])(?<![p(][=<>]\s)(?<!p\s[=<>])(?<!p\s[=<>]\s)\d))"),  # one arm's fall, unless another arm's follows (not a p-value)
    # more patients reaching a good end against the control: "more patients passed their stones with tamsulosin than with placebo"
    (("more patients", "more participants", "more people", "more children", "more infants", "more women", "more men", "more subjects"),
        r"\bmore\s+(?:patients|participants|people|children|infants|women|men|subjects)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:passed|achieved|reached|attained|became\s+(?:free|abstinent)|were\s+(?:free|cured|[\w]+-free)|recovered|healed|cleared|responded|remitted)\b"
        rf"[^.;]{{0,60}}?\bthan\s+(?:with\s+|on\s+|in\s+|after\s+)?(?:the\s+|a\s+|an\s+|those\s+(?:on|given|receiving|taking)\s+)?{CONTROL}"),
    # an outcome, not a harm, more frequent with the treatment: "expulsion was more frequent with tamsulosin than with placebo"
    # an outcome, not a harm or a cost, some percent higher with one arm than another: "absorption was 34% higher with
    # alternate-day than with consecutive-day dosing"
    (("higher", "greater"),
        rf"(?<![\w-])(?<!blood\s)(?<!weight\s)(?<!side\s)(?!(?:[\w-]+\s+)?{HARM_WORDS})(?!costs?\b|prices?\b|spending\b|expenditure\b)[\w-]+\s+(?:was|were)\s+"
        rf"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?\d[\d.]*\s*%\s+(?:higher|greater)\s+(?:with|in|for|on|after|among|using)\s+(?!(?:the\s+)?{CONTROL})"
        r"[^.;]{0,50}?\bthan\s+(?:with|in|for|on|after|among|using)\b"),
    # "did more for Conners scores than placebo"
    (("more",),
        rf"\b(?:did|does|do)\s+(?:much\s+|far\s+|significantly\s+|considerably\s+)?more\s+(?:for|to)\s+[^.;]{{0,60}}?\bthan\s+(?:the\s+|with\s+|did\s+|a\s+)?{CONTROL}"),
    # a symptom blocked, in animals mostly: "30 mg/kg blocked cutaneous allodynia vs vehicle"
    (("blocked", "blocks", "inhibited"),
        rf"\b(?:blocked|blocks|inhibited)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:allodynia|hyperalgesia|{HARMS}|itch\w*|inflammation|o?edema|swelling|bronchoconstriction)\b"
        rf"(?![^.;]{{0,40}}?\b(?:in|with|on|among)\s+(?:the\s+)?{CONTROL})"),
    (("more frequent", "more common", "more often"),
        rf"(?<![\w-])(?!(?:[\w-]+\s+)?(?:{HARM_WORDS}|{SIDE_EFFECTS}))[\w-]+\s+(?:[\w-]+\s+)?(?:was|were)\s+(?:achieved\s+|seen\s+|observed\s+|reported\s+)?"
        rf"more\s+(?:frequent(?:ly)?|common(?:ly)?|often)\s+(?:with|in|on|among|after)\s+(?!(?:the\s+)?{CONTROL})[^.;]{{0,40}}?\bthan\s+(?:with|in|on|among|after)\s+(?:the\s+)?{CONTROL}"),
    # more of a good quantity than the control arm had: "slept an average 84 minutes more compared to the placebo", "walked 40 m
    # farther than those given sham"
    (("slept", "walked", "survived", "lived"),
        r"\b(?:slept|walked|survived|lived)\s+(?:(?:an?\s+)?(?:average|mean|median|extra|additional|about|around|nearly|almost|of)\s+)*\d[\d.,]*\s*"
        r"(?:more\s+|extra\s+|additional\s+)?(?:minutes?|mins?|hours?|hrs?|h|metres?|meters?|m|feet|ft|days?|weeks?|months?|years?)\s+"
        r"(?:more|longer|farther|further)?\s*(?:than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+"
        rf"(?:those\s+(?:on|given|receiving|taking|in)\s+|with\s+|in\s+|on\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?{CONTROL}"),
    # a fall set against the control's: "tinnitus loudness fell compared with sham" (a good outcome fallen is blanked before)
    (("fell", "dropped", "declined"),
        r"\b(?:fell|dropped|declined)\s+(?:(?:significantly|markedly|substantially|further|more)\s+)?(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|more\s+than(?:\s+with)?)\s+"
        rf"(?:those\s+(?:on|given|receiving)\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?{CONTROL}"),
    (("fell", "dropped", "declined", "decreased", "improved", "eased", "cut"),
        r"\b(?:scores?|symptoms?|severity|frequency|anxiety|depression|pain|fatigue|craving|insomnia|stress|agitation|days)\s+(?:fell|dropped|declined|decreased|improved|eased)\b"
        rf"(?!\s+(?:further\s+|more\s+)?(?:in|with|among|on|for|during)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})|\bcut\s+(?!(?:the\s+|their\s+|a\s+)?dos)(?:[\w-]+\s+){0,3}?(?:by\s+\d|by\s+half|in\s+half)"),
    (("lower", "reduced", "less", "fewer"),
        r"\b(?:lower|reduced|less|fewer)\s+(?:[\w-]+\s+){0,2}?(?:scores?|symptoms?|severity|fatigue|anxiety|pain|craving|use|fear|worry|stress|"
        r"distress|depression|insomnia|nightmares|agitation|attacks|relapses?|headaches?|migraines?|weight\s+gain|immobility)\b"
        # a scale named in full before its scores: "lower Modified Ashworth Scale (MAS) scores"
        r"|\b(?:lower|reduced)\s+(?:[\w-]+\s+){1,4}?(?:scale|index|inventory|questionnaire)\s+(?:\([\w-]+\)\s+)?scores?\b"),
    (("better",),
        r"\bbetter\s+(?:sleep|mood|scores?|outcomes?|functioning|quality\s+of\s+life|memory|cognition|energy|focus|concentration|ability\s+to|mobility)\b"
        # a good outcome better with an arm that is not the control: "quality of life on the PROPr score was better at 3 months with rehabilitation"
        rf"|\b(?:quality[\s-]+of[\s-]+life|qol|well-?being|functioning|function|sleep\s+quality|cognition|memory|mobility)\b(?:\s+[\w-]+){{0,4}}?\s+(?:was|were)\s+"
        rf"(?:significantly\s+|markedly\s+|also\s+)?better\s+(?:at\s+[\w-]+\s+[\w-]+\s+)?(?:with|in|for|among|after)\s+(?!(?:the\s+)?{CONTROL})"),
    (("respond", "remitted", "response", "remission"),
        r"\b(?:respond(?:ed|s)?|remitted)\b|\b(?:response|remission)\s+(?:rates?\s+)?(?:of|in)\s+(?:up\s+to\s+|about\s+|roughly\s+|around\s+|nearly\s+|over\s+)?(?:\d|one|two|half|a\s+third)"),
    (("gone", "lifted", "better", "improved", "reduced", "resolved", "disappeared", "down", "lower", "under control", "manageable"),
        r"\b(?:anxiety|depression|pain|symptoms?|panic|fear|craving|insomnia|migraines?|headaches?|mood|fog)\s+(?:is|was|are|were|has|had)\s+(?:\w+\s+)?(?:gone|lifted|better|improved|reduced|resolved|disappeared|down|lower|under\s+control|manageable)\b|\blifted\b"),
    (("disappeared", "resolved", "vanished", "went away", "cleared"),
        r"\b(?:symptoms?|anxiety|depression|pain|panic|craving|insomnia|migraines?|headaches?)\s+(?:\w+\s+)?(?:disappeared|resolved|vanished|went\s+away|cleared)\b"),
    # a good state's rate within the one arm, no other arm named: "primary cure after a single infusion was 84%",
    # "reported resolution in 22 (88%)", "8-week cure in 86% of patients", "abstinence at 6 months was 38%" (not a
    # relapse's or a failure's rate, and not a spontaneous or placebo response)
    (("cure", "resolution", "remission", "response", "healing", "abstinence", "recovery", "success", "closure", "healed", "cleared", "remitted"),
        rf"(?:(?<!spontaneous\s)(?<!placebo\s)(?<!no\s)\b(?:cure|resolution|remission|response|healing|abstinence|recovery|success|closure)(?:\s+rates?\s*:?)?\s+"
        r"(?:(?!(?:was|were)\b)[\w-]+\s+){0,5}?(?:was|were|reached|(?<=rate\s)of|(?<=rates\s)of|in|occurred\s+in|(?:was\s+|were\s+)?(?:seen|achieved|observed|reported|documented|noted)\s+(?:in|by))\s+"
        r"|\b(?:cure|success|healing|remission|response|abstinence|resolution)\s+rates?\s*:?\s+(?=\d)"  # a table cell, "Cure rate 86%"
        r"|(?<!not\s)\b(?:healed|cleared|remitted)\s+in\s+)"
        r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?\d[\d.]*\s*(?:%|percent|(?:of\s+(?:the\s+)?\d+\s*)?(?:[a-z][\w-]*\s+){0,2}?\(\d[\d.]*\s*%\)|of\s+(?:the\s+)?\d+)"
        r"(?!\s*,?\s*(?:and|or|to|-|–)\s*\d)"
        rf"(?![^.;]*\b(?:vs\.?|versus|compared|than|both|neither|respectively|{CONTROL})\b)(?![^.;]*\b(?:and|or)\s+(?:about\s+)?\d[\d.]*\s*%\s+(?:with|in|on|among|for)\b)"),
    # a share of the one arm in a good state: "31 (78%) were seizure-free", "18 of 24 were cured", "62% were in remission"
    (("free", "cured", "healed", "remission", "abstinent", "response", "resolution", "cure", "healing", "clearance", "abstinence"),
        r"(?:(?<=%\)\s)|(?<=%\s)|(?<=\d\s))(?:(?:were|was|became|remained)\s+(?:completely\s+|fully\s+)?"  # the cue starts at a letter, after the share
        r"(?:[\w-]+-free|cured|healed|in\s+(?:complete\s+|clinical\s+)?remission|abstinent)"
        r"|(?:achieved|attained|reached|had|showed)\s+(?:a\s+)?(?:(?:complete|clinical|full|partial|sustained|durable|major)\s+)?(?:remission|response|resolution|cure|healing|clearance|abstinence))\b"
        rf"(?![^.;]*\b(?:vs\.?|versus|compared|than|both|neither|{CONTROL})\b)"),
    # a share of the one arm reporting a good result: "47 (81%) reported satisfactory bleeding control", "62% had good or excellent relief"
    (("satisfactory", "adequate", "good", "excellent", "complete", "full", "marked", "substantial"),
        r"(?:(?<=%\)\s)|(?<=%\s)|(?<=\d\s))(?:reported|had|achieved|rated|described|experienced|obtained|attained|gained|noted)\s+(?:(?:a|an|their)\s+)?"
        r"(?:(?:good|very\s+good|satisfactory|moderate)\s+(?:or|to)\s+)?(?:satisfactory|adequate|good|excellent|complete|full|marked|substantial)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:control|relief|response|outcomes?|results?|improvement|resolution|recovery|healing|benefit)\b"
        rf"(?![^.;]*\b(?:vs\.?|versus|compared|than|both|neither|{CONTROL})\b)"),
    # a terse cell's good state and its share: "Pain-free at 3 months: 82%", "Satisfactory bleeding control in 81% at 6 months"
    (("free", "satisfactory", "adequate", "complete"),
        r"\b(?:(?:pain|symptom|seizure|itch|relapse|disease|attack|migraine|headache|recurrence|event|progression)-free\b[^.;%]{0,25}?:?\s*(?=\d[\d.]*\s*%)"
        r"|(?:satisfactory|adequate|complete)\s+(?:[\w-]+\s+){0,2}?(?:control|relief|response|resolution|healing)\s+in\s+(?=\d[\d.]*\s*%))"
        rf"(?![^.;]*\b(?:vs\.?|versus|compared|than|both|neither|respectively|{CONTROL})\b)(?!\d[\d.]*\s*%\s*,?\s*(?:and|or|to|-|–)\s*\d)"),
    # a bad experience lessened, a good one heightened, as the patients rated it: "rated the experience as less unpleasant"
    (("less ", "more "),
        r"\b(?:rated|found|described|reported|judged|perceived|considered|experienced)\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?"
        r"(?:(?:less|not\s+as)\s+(?:unpleasant|painful|distressing|uncomfortable|bothersome|burdensome|frightening|stressful|embarrassing)"
        r"|more\s+(?:acceptable|tolerable|comfortable|pleasant|convenient|satisfying))\b"),
    # the largest gain at one dose or with one arm, not the control's: "weight loss was greatest at 4 mg"
    (("greatest", "largest", "biggest", "most pronounced", "most marked"),
        r"\b(?:loss|reduction|reductions|improvement|improvements|(?<!weight\s)gains?|response|benefit|relief|effect|fall|drop|decrease|decline)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:the\s+)?(?:greatest|largest|biggest|most\s+(?:pronounced|marked))\s+(?:at|with|in|on|among|for|after)\s+"
        rf"(?!(?:the\s+)?{CONTROL})"),
    # a hedged gain said with the verb's base form (an aim's "to alleviate" is no finding): "may halve the risk of CRPS"
    (("halve", "alleviate", "ameliorate", "attenuate", "mitigate"),
        r"(?<!not\s)\b(?:may|might|could|can|will|would)\s+(?:also\s+|help\s+(?:to\s+)?|significantly\s+|substantially\s+)?(?:halve|alleviate|ameliorate|attenuate|mitigate)\b"
        # a study's finding told through what it showed the treatment to do: "has been shown in a crossover study to efficiently alleviate"
        r"|(?<!not\s)(?<!n't\s)\b(?:shown|found|proven|demonstrated)\s+(?:[^.;]{0,80}?\s)?to\s+(?:[a-z]+ly\s+)?(?:halve|alleviate|ameliorate|attenuate|mitigate)\b"),
    # a commenter's symptom set against how it used to be: "my colds are much shorter than they used to be"
    (("used to", "than before", "than they", "than it ", "than he ", "than she ", "than i ", "than we ", "than mine", "than his", "than hers"),
        r"(?<!not\s)(?<!no\s)\b(?:shorter|milder|lighter|weaker|rarer|fewer|less\s+(?:severe|frequent|intense|painful|bad|often)|better|easier|calmer)\s+"
        r"(?:and\s+(?:[\w-]+\s+){1,2})?than\s+(?:(?:they|it|he|she|i|we|mine|his|hers)\s+(?:used\s+to(?:\s+be)?|were|was|did)|before)\b"),
    # a child dry at night, a seizure-free stretch, a parent's verdict: "was dry 14 nights in a row", "has been seizure-free for
    # six months", "best thing we did"
    (("dry", "free", "best thing", "best decision"),
        r"\b(?:was|were|been|stayed|is|are|remained)\s+(?:completely\s+)?dry\s+(?:for\s+)?(?:\d+|every|all|most|several)\s+(?:nights?|mornings?)\b|\b\d+\s+dry\s+nights\b"
        r"|^\W*dry\s+(?:every|each|all|most)\s+nights?\b"
        r"|\b(?:been|is|was|stayed|remained|has\s+been|have\s+been)\s+(?:completely\s+)?(?:seizure|pain|symptom|itch|attack|migraine|headache|flare|relapse)-free\s+(?:for|since|ever)\b"
        r"|\bbest\s+(?:thing|decision)\s+(?:we|i|she|he|they)\s+(?:ever\s+)?(?:did|made|tried|bought|have\s+done)\b"),
    # a fall in an illness score, no other arm named: "Within-group fall in MBI exhaustion score"
    (("fall in", "falls in", "drop in", "drops in"),
        r"\b(?:fall|falls|drop|drops)\s+in\s+(?:the\s+|mean\s+|median\s+|total\s+)*(?:(?!quality|life|function|qol|well-?being|strength|density)[\w-]+\s+){0,3}?"
        rf"(?:scores?|symptoms?|severity|{HARMS}|{SYMPTOM_SCALES})\b(?![^.;]*\b(?:than|versus|vs\.?|compared|{CONTROL})\b)"),
    # recovery hastened: "speeds early symptom relief", "hastened wound healing"
    (("speed", "sped", "hasten", "accelerat", "quicken"),
        r"(?<!not\s)(?<!n't\s)\b(?:speeds?|sped|hastens?|hastened|accelerat(?:es|ed)|quickens?|quickened)\s+(?:up\s+)?(?:the\s+)?(?:early\s+|initial\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:relief|recovery|healing|resolution|improvement|return|remission|response|closure|clearance)\b"),
    # a hen's stronger eggshells: "thicker shells at 100 ug/kg", "shell thickness increased with ... compared with the basal diet"
    (("shell", "eggshell"),
        r"(?<!no\s)(?<!not\s)\b(?:thicker|stronger|harder|heavier)\s+(?:egg\s*)?shells?\b"
        r"|\b(?:egg)?shell\s+(?:breaking\s+)?(?:thickness|strength|quality|weight)\b(?:\s+and\s+(?:[\w-]+\s+){1,3}?)?\s+(?:were\s+|was\s+)?(?:significantly\s+)?(?:increased|improved|rose)\b"),
    (("work", "much better", "less frequent", "sleep", "feel", "eating better", "walking better", "breathing better", "coping better", "calmer", "stayed well"),
        r"\b(?:works|worked)\s+better\b|(?<!never\s)\b(?:works?|worked)\s+(?:great|well|wonders|for|in\s+(?:about|around|roughly|nearly|up\s+to|most|many|half|some|mild|moderate|younger|older|\d))\b|\bmuch\s+better\b|\bless\s+frequent\b|\b(?:sleeps?|sleeping|slept|feels?|feeling|eating|walking|breathing|coping)\s+(?:much\s+|loads\s+|heaps\s+|way\s+|so\s+much\s+|a\s+lot\s+|far\s+)?better\b|\bcalmer\b|\bstayed\s+well\s+longer\b"),
    # a rise in a good quantity within the treated arm: "gained a 6% increase in their bench press strength", "a rise in milk yield"
    (("increase in", "increases in", "rise in", "gain in", "gains in"),
        rf"(?<!no\s)(?<!not\s)(?<!any\s)\b(?:increases?|rises?|gains?)\s+in\s+(?:their\s+|the\s+|mean\s+|average\s+)?(?:[\w-]+\s+){{0,3}}?{_GOODS}\b"
        rf"(?![^.;]{{0,30}}?\b(?:in|with|among|for|on)\s+(?:the\s+)?(?:\w+\s+)?{CONTROL})"),
    # a commenter's own body less troubled: "my eyes feel so much less gritty", "her skin is a lot less itchy", "my knees are less stiff"
    (("less",),
        rf"\b(?:my|his|her|their|our)\s+(?:[\w'-]+\s+){{0,2}}?{_FEELS}\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+|far\s+|noticeably\s+|definitely\s+|honestly\s+|already\s+|now\s+)*"
        rf"less\s+{_SYMPTOM_ADJECTIVE}\b"),
    # a lesion or mark shrunk or fading, in a commenter's words: "it's already visibly flatter and a lot paler", "the one on his
    # chest faded by about 80%", "the patch is much smaller now" (not a benefit that faded by half)
    (("flatter", "paler", "smaller", "fainter", "lighter", "faded by", "shrank by", "shrunk by"),
        r"\b(?:it's|it\s+is|it\s+looks|it\s+was|(?:the|his|her|my|our)\s+(?:[\w-]+\s+)?(?:mark|marks|lump|spot|spots|patch|patches|lesion|lesions|birthmark|ha?emangioma|strawberry|wart|warts|mole|scar|scars|cyst|nodule|one|bump|swelling)"
        r"(?:\s+on\s+(?:his|her|my|the|their|our)\s+[\w-]+)?(?:\s+(?:is|are|was|were|looks?|looked|got|has\s+got|seems?))?)\s+(?:already\s+|now\s+|visibly\s+|noticeably\s+|much\s+|a\s+lot\s+|way\s+|far\s+|so\s+|definitely\s+)*"
        r"(?:flatter|paler|smaller|fainter|lighter)\b"
        r"|(?<!benefit\s)(?<!benefits\s)(?<!effect\s)(?<!effects\s)(?<!improvement\s)(?<!gains\s)(?<!response\s)\b(?:faded|shrank|shrunk)\s+by\s+"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d+\s*(?:%|percent|per\s+cent)"),
]
def _triggers(*stems: str) -> tuple[str, ...]:
    return stems


def _cues(patterns: list[str], letter_first: bool = False, dispatch: bool = False) -> re.Pattern[str]:
    """One regex for a pass. Every cue starts at the start of a word; testing that once
    up front, as a look-behind for a letter rather than ``\\b``, rejects most positions
    before any of the alternatives is tried (about 40% faster than a leading ``\\b``).
    ``letter_first`` moves each cue's own ``\\b`` after its first letter, so the engine
    skips a cue by that letter: 1.5-2.5x faster for the long lists of cues that open with
    a word, slower for the short ones. ``dispatch`` tries at each word only the cues that can
    start with its letter, behind a few look-aheads for letter ranges (``by_first_letter``):
    1.2-2x faster than ``letter_first`` or the flat list on the long lists, slower on the
    short ones (measured, hence per pass). Behind those look-aheads a cue's first letter is
    already known, so ``dispatch`` goes without ``letter_first``."""
    alternation = "|".join(patterns)
    if letter_first:
        alternation = word_starts_after_letter(alternation)
    if dispatch:
        alternation = by_first_letter(alternation)
    return re.compile(r"(?<![a-z])(?=[a-z])(?:" + alternation + ")")


# The positive pass runs when one of these starts a word: the stems of every cue in
# _POSITIVE (the gated cues carry their own).
_POSITIVE_STEMS = (
    "reduc", "improv", "decreas", "enhanc", "alleviat", "attenuat", "amelior", "accelerat", "boost", "augment", "facilitat",
    "reliev", "lowered", "normali", "reversed", "prevented", "restored", "rescued", "abolished", "shorten", "speeded", "sped",
    "ease", "helped", "helps", "cured", "curb", "calm", "quelled", "tamed", "soothed", "sharpened", "lessened", "dampened",
    "blunted", "halted", "slash", "halves", "trim", "shrank", "shrunk", "shrinks", "mitigat", "counteract", "lightened", "brightened",
    "strengthened", "stabili", "hasten", "diminish", "suppress", "favo", "effect", "efficac", "benefi", "helpful",
    "faster", "quicker", "fewer", "responder", "gain", "response", "remission", "drop", "weight loss", "advantage", "potent", "halve",
    "delayed", "slowed",
)


# Each pass, with the substrings one of which its every pattern needs: a pass whose
# triggers are all absent is skipped without scanning (None: always scan).
# A denied advantage, read before the rates, risks and slowed processes the early positive
# passes would take from it: "did not have a significantly lower risk of stroke than placebo",
# "neither regimen slowed progression".
_DENIED_ADVANTAGE = [
    r"\bneither\b[^.;,]{0,60}?\b(?:slowed|delayed|halted|lowered|prevented|shortened)\b",
    r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:have|show|achieve|experience|reach)\s+(?:an?\s+|any\s+)?"
    r"(?:(?:statistically\s+)?(?:significantly|meaningfully|clinically)\s+)?(?:lower|higher|reduced|greater|better|fewer|less|more|"
    r"improved|increased|decreased)\s+(?:[\w-]+\s+){0,3}?(?:risks?|rates?|incidence|odds|hazards?|scores?|levels?|chances?|"
    r"likelihood|frequency|numbers?|response|remission|survival|admissions?|events?|episodes?|attacks?|relapses?|"
    r"exacerbations?|infections?|falls?|days|symptoms?|outcomes?|results?|improvements?|recovery|function|pain|sleep)\b",
    # a harm that did not rise: "found no rise in arrhythmia rates", "caused no increase in falls"
    r"\b(?:caused|causes|showed|found|saw|produced|led\s+to|brought|there\s+(?:was|were))\s+no\s+(?:significant\s+|meaningful\s+)?(?:increase|rise)\s+in\s+"
    r"(?:the\s+)?(?:(?:risk|rates?|incidence|number|frequency)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rates?|risk|events?|falls|fractures?|bleeding|infections?|complications?|arrhythmias?|mortality|deaths?|toxicity|relapses?|seizures?)\b",
    # "were not more likely to achieve remission / walk independently than ...": an advantage the treated did not have
    r"\b(?:not|n't|no)\s+more\s+likely\s+to\s+(?:achieve|attain|reach|remain\s+in|recover|heal|walk|quit|survive|respond)\b",
    # the arms alike in what they reached (read before the next pass blanks what was reached)
    r"\b(?:the\s+same|a\s+similar|an\s+equal|a\s+comparable)\s+(?:proportion|number|share|percentage|rate)\s+of\s+(?:[\w-]+\s+){1,3}?as\b",
]
# The words of "the same proportion of X as": read as null by the first pass, then blanked by the second.
_ARMS_ALIKE = ("same proportion", "same number", "same share", "same percentage", "same rate", "similar proportion", "similar number",
               "similar share", "similar percentage", "similar rate", "equal proportion", "equal number", "equal share",
               "comparable proportion", "comparable number")
_PASSES = [
    (_cues(_DENIED_ADVANTAGE), "null", _triggers("not have", "not show", "not achieve", "not experience", "not reach", "n't", "neither", "more likely", "no increase", "no rise", *_ARMS_ALIKE)),
    (_cues(_IGNORE, dispatch=True), None, _triggers(*_ARMS_ALIKE, "assum", "rule out", "exclude", "no further", "no additional", "no extra", "no incremental", "little further",
                                     "little additional", "little extra", "little incremental", "to detect", "to find", "to show", "to demonstrate", "to identify",
                                     "to observe", "no decline", "no worsening", "no progression", "no relapse", "no change", "not associated",
                                     "n't associated", "not linked", "n't linked", "advers", "side", "baseline", "toler", "safety", "cost", "death", "dropout", "drop-out", "attrition", "discontinu", "withdraw", "whether",
                                     "who ", "conclusion", "in the", "took part", "were enrolled", "were randomi", "were studied", "were included", "not every", "not all", "not each", "that had", "that have", "that has", "that fail", "that not", "that never",
                                     "that resp", "that remit", "that prev", "that alr", "that init", "blunted",
                                     "vomit", "nausea", "diarrh", "constipat", "rash", "drows", "somnol", "dizzi", "dry mouth",
                                     "sedat", "hypogly", "bleed", "bruis", "injection", "asleep", "to sleep", "sleep before", "sleep until",
                                     "sleep till", "settle before", "settle until", "whose", "if ", "tried", "failed", "had previously", "had already", "had used", "had taken",
                                     "had received", "have previously", "have already", "have used", "have taken", "have received",
                                     "has previously", "has already", "has used", "has taken", "has received",
                                     "unchanged", "than planned", "than expected", "than anticipated", "than intended", "than targeted", "than projected",
                                     "than originally", "than initially", "no improvement", "no benefit", "no relief", "no response", "no success", "little improvement",
                                     "little benefit", "little relief", "without improvement", "without benefit", "without relief", "ejection", "with reduced",
                                     "with impaired", "with decreased", "with diminished", "with poor", "with low", "with elevated",
                                     "with increased", "inclusion", "exclusion", "eligibility", "in the remainder", "in the rest",
                                     "in the remaining", "everyone", "everybody", "every patient", "every child", "every participant",
                                     "every person", "all of them", "all patients", "all participants", "all children", "all people",
                                     "all subjects", "lacking", "deficient", "knockout", "knock-out", "knocked", "null", "deletion",
                                     "knockdown", "silenc", "antagonis", "inhibit", "blockade", "mutant", "transgenic", "-/-",
                                     "ko mice", "ko rats", "ko animals", "regression", "subgroup", "stratified", "moderator")),
    (_cues(_GOOD_FELL, dispatch=True), "negative", _triggers("time to", "efficacy", "effectiveness", "cure rate", "healing rate", "quit rate", "acuity", "fev", "fvc", "lung function", "ejection", "lvef", "milk", "grip", "walking distance", "quality of", "quality-of", "qol", "well-being", "wellbeing", "surviv", "sleep time", "sleep quality", "open arm", "open-arm",
                                              "sleep efficiency", "sleep duration", "cognition", "memory", "remission rate",
                                              "response rate", "abstinence", "hdl", "bone", "intake", "daily gain", "daily weight gain")),
    (_cues(_STRONG_POSITIVE, dispatch=True), "positive", _triggers("time to", "worsen", "less", "slow", "lower", "progressed", "progresses", "elongated", "inferior", "fewer", "reduced", "smaller", "declin", "deterior", "increas", "rose", "relapse", "worse",
                                                    "remission", "response", "resolution", "recover", "relief", "abstinen", "freedom",
                                                    "decreas", "both",
                                                    "mortality", "death", "hospital", "admission", "readmission")),
    (_cues(_MIXED, dispatch=True), "mixed", _triggers("caught up", "hdl", "inconsist", "conflict", "mixed", "equivocal", "early", "initial", "short", "acute",
                                       "transient", "temporary", "brief", "lasted", "persisted", "only", "heterogen", "lost", "gone",
                                       "reversed", "sustain", "maintain", "no longer",
                                       "confined", "limited", "restricted", "low", "smaller", "both", "similar", "comparab", "equal", "equival", "alike",
                                       "favo", "opposite", "opposing", "contradict", "divergent", "different conclusions",
                                       "faded", "waned", "vanished", "disappeared", "came back", "went back", "back to", "wore off", "stopped working", "less consist", "less clear", "less convinc", "less certain", "less robust", "narrowed", "shrank", "shrunk", "dwindled", "but")),
    (_cues(_LIMITING, dispatch=True), "limited", _triggers("only")),
    (_cues(_NEGATIVE_CONTROL, dispatch=True), "control better", _triggers("placebo", "control", "comparator", "comparison", "wait", "usual care", "tau", "sham", "vehicle", "standard", "treatment as", "no-treatment", "avoidance", "observation", "untreated", "no-intervention")),
    (_cues(_NEGATIVE, dispatch=True), "negative", _triggers("made ", "likely to", "risk", "odds", "likelihood", "hazard", "loss", "bone", "fev", "lung function", "ejection", "lean", "muscle", "milk", "longer", "slower", "extend", "more", "faster", "greater", "higher", "worse", "increas", "excess", "deterior", "exacerbat", "inferior", "less", "harm",
                                          "mortality", "death", "relapse", "hospital", "impair", "poorer", "raise", "aggravat", "trigger", "depressed", "hampered", "suppressed",
                                          "provok", "prolong", "disrupt", "disturb", "gfr", "egfr", "glomerular", "renal function", "kidney function", "hdl", "libido", "lengthen", "swimming", "climbing", "struggling", "open arm", "open-arm", "gained", "put on", "backfir", "counter", "outperformed", "beaten", "surpassed", "bettered", "doubl", "tripl", "quality of", "well-being",
                                          "wellbeing", "surviv", "cognition", "memory", "remission rate", "response rate",
                                          "abstinence", "free", "sleep time", "sleep quality", "sleep efficiency", "sleep duration")),
    (_cues(_NONSIGNIFICANT, dispatch=True), "nonsignificant", _triggers("signific", "chance", "fluke", "luck", "random variation", "nonsignific", "statistically", "insignific", "noninferior", "compar", "similar", "as ", "inferior", "equ", "both", "all ", "each of", "trend", "approach", "matched", "no less", "not less",
                                                      "marginal", "borderline", "numeric", "par ", "indistinguish", "distinguish", "same",
                                                      "not different", "not statistically", "not significantly", "not better", "not greater", "not larger", "no significant")),
    (_cues(_NULL, dispatch=True), "null", _triggers("in line with", "just as much", "closed", "vanished", "evaporated", "caught up", "just as many", "just as likely", "just as few", "just as often", "just as common", "exactly", "likely", "mirrored", "identical", "equivalent", "indistinguish", "matched", "same", "inconclusive", "crossing", "crosse", "includ", "spann", "spans", "no ", "none", "without", "nor", "not", "n't", "fail", "futil", "missed", "neither", "null", "lost", "gone", "disappear",
                            "vanish", "wane", "waned", "faded", "fades", "unchang", "unaffect", "unalter", "absent", "ineffect", "nothing", "waste",
                            "never", "wore", "worn", "wear", "zero", "respond", "little", "negligib",
                            "trivial", "minimal", "negative", "cannot", "similar", "margin", "comparab", "equal", "insufficient", "inadequate", "falls short", "too ",
                            "fell short", "falling short", "flop", "disappoint", "unlikely", "limited", "marginal", "barely", "hardly",
                            "scarcely", "alike", "were level", "were even")),
    (_cues(_SIGNIFICANT_POSITIVE), "significant", _triggers("signific", "superior", "outperform", "separat")),
    (_cues(_POSITIVE, letter_first=True), "positive", _POSITIVE_STEMS),  # (searched only: letter-first scans it in 60% of the time)
]
_GATED_POSITIVE_CUES = [_cues([pattern]) for _, pattern in _GATED_POSITIVE]
_FIRST_GATED = len(_PASSES)  # trigger indices past the passes' open the gated positive cues
_CONTROL_BETTER_PASS = next(index for index, (_, label, _) in enumerate(_PASSES) if label == "control better")
_CONTROL_BETTER_RE = _PASSES[_CONTROL_BETTER_PASS][0]
# Every control-better cue has one of these words: without one that pass is skipped.
_COMPARATIVE = re.compile(r"more|greater|better|larger|faster|superior|outperform|surpass|beat|favo|higher|less|inferior|worse|bettered|underperform|(?:gave|produced|caused|led\s+to|resulted\s+in|had|showed|achieved|yielded)\s+(?:significantly\s+|markedly\s+)?(?:fewer|lower)")
# The one control-better cue without those words: "budesonide gave fewer exacerbations".
_GAVE_FEWER = re.compile(r"\b(?:gave|produced|caused|led\s+to|resulted\s+in|had|showed|achieved|yielded)\s+(?:significantly\s+|markedly\s+)?(?:fewer|lower)\b")


def _has_comparative(lowered: str) -> bool:
    """Whether ``_COMPARATIVE`` is found: substring tests at C speed beat the regex scan
    ("better" covers "bettered")."""
    return "more" in lowered or "better" in lowered or "less" in lowered or "higher" in lowered or "greater" in lowered \
        or "larger" in lowered or "faster" in lowered or "superior" in lowered or "outperform" in lowered \
        or "surpass" in lowered or "beat" in lowered or "favo" in lowered or "inferior" in lowered or "worse" in lowered \
        or "underperform" in lowered or (("fewer" in lowered or "lower" in lowered) and _GAVE_FEWER.search(lowered) is not None)


def _holds_needed(needs: re.Pattern[str] | tuple[str, ...], lowered: str) -> bool:
    """Whether ``lowered`` holds one of a pass's needed words (see ``_PASS_NEEDS``)."""
    if isinstance(needs, tuple):
        return any(word in lowered for word in needs)
    return needs.search(lowered) is not None


_MIXED_PASS = next(index for index, (pattern, _, _) in enumerate(_PASSES) if pattern.pattern == _cues(_MIXED, dispatch=True).pattern)
# Evidence called inconsistent: mixed alone ("trials gave conflicting results"), null beside a null finding and no gain
# ("results are inconsistent: a Cochrane review concluded that magnesium is unlikely to provide meaningful prophylaxis").
_INCONSISTENT = re.compile(
    r"(?:inconsistent|conflicting|mixed|equivocal|heterogeneous)\s+(?:results|findings|evidence|effects?)"
    r"|(?:were|was|are|is|remain|remains|remained)\s+(?:\w+\s+)?(?:inconsistent|conflicting|equivocal)"
)
_LAST_MIXED_PASS = max(index for index, (_, label, _) in enumerate(_PASSES) if label == "mixed")
_POSITIVE_PASS = len(_PASSES) - 1
_BLANKING_PASSES = frozenset(range(_POSITIVE_PASS))
# Words one of which every cue of a pass holds, for passes whose stems open them far more
# often than they match: the non-significance cues ("compar", "as ", "equ", "all " open it
# for most comparisons), the negative ones (opened by the outcome named, "mortality",
# "memory", with no comparative or harm verb beside it) and the mixed ones ("low", "both").
# A cue added to one of these passes must hold one of its words here. Plain words are a tuple
# of substrings: forty substring tests cost a quarter of the same words' regex alternation.
_PASS_NEEDS: dict[int, re.Pattern[str] | tuple[str, ...]] = {
    # (each leading \b checked after the word's first letter: the engine then skips this gate's words by that letter, 40% faster)
    next(index for index, (_, label, _) in enumerate(_PASSES) if label == "nonsignificant"): re.compile(word_starts_after_letter(
        # "significant" only denied or hedged: "no significant difference", left for the null cues, opens nothing here
        r"significance|\bnon-?\s?significan|(?:\bnot|n't|marginally|borderline|nearly|almost)\s+(?:(?:a|any|statistically|found\s+to\s+be|shown\s+to\s+be|considered\s+to\s+be|deemed\s+to\s+be|judged\s+to\s+be)\s+)*significan|comparab|matched|less\s+(?:effective|efficacious)|similar|inferior|equ(?:al|ivalen)|both|all\s+(?:three|four|the|groups|arms|conditions)\b|each\s+of\s+the|trend|numerically|par\s+with"
        r"|not\s+(?:statistically\s+|significantly\s+)?(?:different|distinguishable|better|greater|larger)\s+(?:from|than)|\bas\s+(?:does|did|do)\b"
        r"|no\s+(?:statistically\s+)?significant\s+(?:between-group\s+)?differences?\s+between"
        r"|distinguishable|same|\bas\s+(?:much|long|well|often|far|quickly|fast|many|[a-z]+\s+as\b)|not\s+statistically\s+(?:different|better)|n't\s+differ\s+(?:statistically\s+)?significan|not\s+differ\s+(?:statistically\s+)?significan|\bnone\b[^.;]{0,40}?significan"
        r"|(?:could|might|may)\s+(?:well\s+|easily\s+)?have\s+been\s+(?:due\s+to\s+|down\s+to\s+)?(?:chance|a\s+fluke|luck|random)|statistically\s+meaningful"
    )),
    next(index for index, (pattern, _, _) in enumerate(_PASSES) if pattern.pattern == _cues(_NEGATIVE, dispatch=True).pattern): (
        "fewer", "less", "lower", "reduc", "shorter", "more", "greater", "higher", "worse", "increas", "excess", "faster", "poorer", "impaired",
        "raise", "aggravat", "trigger", "provok", "outperformed", "beaten", "surpassed", "bettered", "backfired", "counter", "harm", "decreas",
        "depressed", "hampered", "suppressed",
        "diminish", "deteriorat", "exacerbat", "inferior", "doubled", "tripled", "prolong", "lengthen", "extend", "slower", "longer", "rose",
        "disrupted", "disturbed",
    ),
    # the significance cues, once the null cues have blanked "no significant difference"
    next(index for index, (_, label, _) in enumerate(_PASSES) if label == "significant"): ("signific", "superior", "outperform", "separated"),
    next(index for index, (pattern, _, _) in enumerate(_PASSES) if pattern.pattern == _cues(_MIXED, dispatch=True).pattern): re.compile(
        r"lost|gone|sustained|maintained|reversed|persist|last|disappeared|faded|waned|wore\s+off|short-lived|transient|caught\s+up"
        r"|inconsistent|conflicting|mixed|equivocal|heterogeneous|confined|limited|restricted|dose|only|favo|opposite|opposing|contradictory|divergent|different\s+conclusions"
        r"|less\s+(?:consistent|clear|convincing|certain|robust)|narrowed|shrank|shrunk|dwindled|hdl|came\s+back|went\s+back|back\s+to|stopped\s+working"
        r"|no\s+longer|but\s+(?:the\s+)?\d|but\s+(?:\w+\s+)?(?:still|so|too|really|very|quite)\b"
    ),
}
# Passes that run past their ``_PASS_NEEDS`` far more often than they match, behind the words
# their own cues need (the negative cues: a comparative beside an outcome opens the pass,
# but each cue needs its own verb or noun too). Per pass, as measured: for the others the
# scan for the words costs about what the pass does.
_CUE_GATES = {
    next(index for index, (pattern, _, _) in enumerate(_PASSES) if pattern.pattern == _cues(_NEGATIVE, dispatch=True).pattern): LiteralGate(_NEGATIVE),
}
# Once one of these is found, the positive cues cannot change the verdict: a significant
# finding is positive, a non-significant one is not, whatever else the sentence says.
_POSITIVITY_SETTLED = frozenset({"positive", "significant", "nonsignificant"})
# Which statements that are no finding (see below) a sentence may hold, by the stems each
# one needs, and the stems a low-level exposure needs; scanned with the passes' stems.
_NO_FINDING_STEMS = {
    "safety": ("advers", "side", "ill effect", "ill-effect", "toler", "safety", "toxic", "pulse rate", "vital sign", "ae", "teae"),
    "aim": ("aim", "sought", "set out", "intend", "hypothes", "wanted", "wished", "designed", "objective", "purpose", "goal",
            "understand", "learn", "know how", "know whether", "know if", "find out", "see how", "see if", "see whether", "see what", "see which", "test how", "test whether", "test if", "testing how",
            "testing whether", "study how", "studying how", "studies how", "future", "one day", "eventually", "someday",
            "outcome", "end point", "end-point", "endpoint", "measure", "variable", "in an", "in order", "in attempt",
            "in effort", "seeking", "looking for", "hoping for", "in search", "to assess", "to evaluate", "to determine",
            "to examine", "to investigate", "to compare", "to test", "to explore", "to establish", "to study", "to measure",
            "to quantify", "to describe", "to review", "to identify", "investigat", "examin", "evaluat", "assess", "explor",
            "determin"),
    "definition": ("defin", "indicat", "denot", "considered", "reflect", "represent"),
    "purpose": ("took", "take", "given", "receiv", "prescrib", "administ", "used", "designed", "intended", "meant", "developed",
                "approved", "marketed", "sold", "recommended", "thought", "believed", "supposed", "claimed", "purported", "hoped", "expected"),
    "baseline": ("when the", "before the", "before study", "before trial", "before treatment", "before intervention", "at the start", "at the outset", "at the beginning", "at study",
                 "at trial", "at entry", "at enrol", "at random", "baseline", "pretreat", "pre-treat", "preinterv", "pre-interv",
                 "characteristics", "similar in", "similar for", "comparable in", "comparable for", "balanced for", "balanced in", "matched for",
                 "matched in", "alike in", "differ in", "difference in", "differences in", "similar with respect", "comparable with respect",
                 "differ with respect"),
    "control check": ("visible", "swim"),
    "dose": ("dos", "different", "various", "several", "types", "forms", "strains"),
    "process": ("adheren", "complian", "retention", "pill count", "food intake", "feed intake", "water intake", "food consumption",
                "feed consumption", "water consumption"),
    "plan": ("will", "shall", "hypothes", "expected to"),
    "predictor": ("predict", "moderat", "interaction", "differ by", "differ according", "differ across", "differences by", "consistent across",
                  "similar across", "comparable across", "homogeneous across", "responders", "remitters", "completers", "non-responders", "nonresponders", "characteristics",
                  "demographic", "covariate"),
    "exposure": ("level", "concentration", "intake", "status", "consumption"),
    "absence": ("withdraw", "suicid", "sedat", "somnolen", "dependen", "abuse", "misuse", "conscious", "hepatotox", "toxic",
                "overdos", "rebound", "serious", "arrhythm"),
    "target level": ("tsh", "thyrotropin", "thyroid", "free t", "ft3", "ft4", "level", "concentration", "index", "status"),
    "other trials": ("contrast", "contrary", "unlike", "as opposed", "at odds", "inconsistent with", "conflict", "differs from",
                     "differed from", "differ from", "previous", "prior", "earlier", "past", "older"),
    # the verbs and adverbs of its cues (a trigger such as "sleep" or "stress" is common, its verb rarer)
    "background": ("often", "commonly", "frequently", "typically", "usually", "generally", "tend to", "increase", "worsen", "flare",
                   "exacerbation", "rise", "intensif", "become", "get worse", "gets worse", "are worse", "is worse", "associat",
                   "linked", "correlat", "related", "predict", "trigger", "precipitat", "aggravat", "raise", "cause", "lead", "provok"),
}


# All passes' triggers in one scan: stem -> indices of the passes it opens. A stem also
# opens the passes of the stems inside it ("worsen" holds "worse"), since the scan only
# reports the longest stem at each position.
_STEM_PASSES: dict[str, set[int | str]] = {}
for _index, (_, _, _stems) in enumerate(_PASSES):
    for _stem in _stems or ():
        _STEM_PASSES.setdefault(_stem, set()).add(_index)
for _index, (_stems, _) in enumerate(_GATED_POSITIVE, start=_FIRST_GATED):
    for _stem in _stems:
        _STEM_PASSES.setdefault(_stem, set()).add(_index)
_NO_FINDING_KINDS = frozenset(_NO_FINDING_STEMS) - {"exposure"}
for _kind, _stems in _NO_FINDING_STEMS.items():
    for _stem in _stems:
        _STEM_PASSES.setdefault(_stem, set()).add(_kind)
for _stem in list(_STEM_PASSES):
    for _other, _indices in list(_STEM_PASSES.items()):
        if _other != _stem and _other in _stem:
            _STEM_PASSES[_stem] |= _indices
# A trie of literal stems is ~2.5x faster to scan than the same alternation written flat.
# Stems start words; "n't" ends one ("didn't") and is looked for on its own.
_TRIGGER_RE = re.compile(r"(?<![a-z])(?:" + trie_pattern(_STEM_PASSES, strict_spaces=True) + ")")
# "a significant difference in sleep quality between the product and placebo": the arm named first is ahead
_SIGNIFICANT_DIFFERENCE = re.compile(
    r"\bsignificant(?:ly)?\s+(?:\w+\s+)?differen(?:ce|t)s?\b[^.;]{0,100}?\b(?:between|vs\.?|versus|compared|from)\b"
)
# A win over the control asked about or weighed, not found: "insufficient evidence to conclude whether X is superior to placebo".
_ASKED = re.compile(r"\b(?:whether|if|evidence|conclude|unclear|uncertain|unknown)\b")
# An arm that beat the control outright: equivalence between two active arms beside it is no null finding.
_BEAT_CONTROL = re.compile(
    rf"(?<!numerically\s)\b(?:superior\s+to|better\s+than|outperformed|more\s+(?:effective|efficacious|helpful|beneficial)\s+(?:(?:for|in|at|on)\s+[^.;,()]{{0,50}}?)?than)\s+(?:the\s+|a\s+)?{CONTROL}"
)
# A second clause that may hold a finding of its own beside a null one.
_SEPARATE_CLAUSES = re.compile(r";|\b(?:whereas|while|but|however|although|though|yet)\b|,\s*and\s+(?:there|the|it|its|no|in)\b")
# A clause whose subject is the finding before it: "..., but the difference was not significant", "; this was not".
# What follows an outcome's fall that makes it no finding of its own: the other arm's fall ("... with anakinra and by
# 4.9 points with prednisolone"), or the fall itself judged ("although the change was not different from the control period").
_FELL_REFERRED_TO = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:by\s+)?(?:about\s+)?[\d.]+|\b(?:the|this|that)\s+(?:change|fall|drop|decline|decrease|reduction|difference|increase|rise|gain|improvement)\b"
)
_REFERS_BACK = re.compile(
    r"(?:;|\b(?:but|although|though|however|yet))\s*,?\s*(?:the|this|these|that|it|which)\b"
    r"(?:\s+(?:[\w-]+\s+)?(?:difference|differences|increase|excess|gap|effect|finding|trend))?\s+(?:was|were|is|are|did|does)\s*(?:not|n't)\b"
)
_NOT_SIGNIFICANT_WORDS = re.compile(
    r"\bnot\s+(?:statistically\s+)?significant|\bnon-?\s?significant|n't\s+(?:statistically\s+)?significant"
    r"|\bdid\s*(?:not|n't)\s+(?:reach|attain|achieve)\s+(?:statistical\s+)?significance"
)
# A gain within the arms whose comparison with the control was null: "greater improvement compared with
# baseline but not compared with placebo", "improved within groups, but not between groups".
_WITHIN_GROUP_ONLY = re.compile(
    r"\b(?:(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|from|over|against)\s+baseline|within[\s-]+(?:each\s+|both\s+)?groups?"
    r"|(?:over|with)\s+time|over\s+the\s+(?:course\s+of\s+(?:the\s+)?)?(?:study|trial|treatment)|during\s+(?:the\s+)?(?:treatment|study|trial))\b[^.;]{0,40}?"
    r"(?:,\s*|\s+)(?:(?:but|though|yet|however),?\s+)?"
    r"(?:(?:(?:did|does|do|was|were)\s*)?(?:not|n't)\s+(?:significantly\s+)?(?:differ\w*\s+)?(?:when\s+)?"
    r"(?:(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|over|against|with|between|from|across|among)\s+)?"
    rf"(?:the\s+|a\s+)?(?:{CONTROL}|groups|arms|conditions)\b"
    rf"|(?:none|neither|no)\b[^.;]{{0,60}}?\b(?:differ\w*|superior|better|separat\w*)\b[^.;]{{0,30}}?\b(?:{CONTROL}|between\s+(?:them|the\s+(?:two\s+|three\s+)?(?:groups|arms))\b))"
)
# Gains every arm made: "subjects improved with time regardless of treatment assignment".
_REGARDLESS_OF_ARM = re.compile(
    r"\b(?:regardless|irrespective|independent(?:ly)?)\s+of\s+(?:the\s+|their\s+)?(?:treatment|group|study\s+arm|arm|allocation|assignment|"
    r"condition|randomi[sz]ation|intervention)\w*(?:\s+(?:assignment|allocation|received|group|arm|condition|status))?\b"
)
_NEGATION = re.compile(r"\b(?:no|not|neither|nor|without|failed|non-?significant)\b|n't")


# --- Statements that state no finding -----------------------------------------------
# Blanked before anything reads the sentence (its numbers included), so they can neither
# give a direction nor turn one into "mixed": safety and tolerability (the direction of a
# claim comes from its efficacy outcomes), aims and hypotheses, what the outcomes were,
# how a responder was defined or a scale reads, what a treatment was given for, groups
# alike at baseline, control checks of an animal test, and dose comparisons.
_EFFICACY_WORD = re.compile(r"effica|effective|benefit|outcome|result")
# Who stopped because of the harm ("more patients on 120 mg discontinued because of adverse events"): the clause is all safety.
_STOPPED_FOR = re.compile(r"\b(?:discontinu\w*|withdr[ae]w\w*|dropped\s+out|stopped)\s+(?:\w+\s+)?(?:because|due|owing|for)\b[^.;]{0,12}$")
# Words that only qualify the safety noun after them: "there were no significant differences in the frequency of",
# "no differences between the arms in terms of the observed".
_SAFETY_QUALIFIERS = re.compile(
    r"(?:\b(?:there|were|was|had|have|has|showed|reported|experienced|any|no|fewer|less|more|similar|comparable|"
    r"higher|lower|significant|statistically|serious|severe|mild|notable|major|minor|differences?|in|of|the|its|their|risks?|odds|likelihood|"
    r"with|rates?|incidence|frequency|number|proportion|overall|and|or|caused|produced|both|either|all|groups?|arms?|two|three|"
    r"not|shown|show|cause|toxic|other|objective|did|does|terms|observed|seen|noted|found|regarding|respect|regard|to|between)\s+)+$"  # "has not shown toxic or any other objective side-effects"
)
_NO_FINDING_TO_CLAUSE_END = _cues([
    # aims and hypotheses: "we aimed to assess whether ...", "the purpose of this review was to improve ..."
    r"(?:aim(?:ed|s)?|sought|set\s+out|intend(?:ed|s)?|hypothesi[sz]ed|wanted|wished)\s+to\b",
    r"(?:study|trial|we|it)\s+(?:was\s+|were\s+)?designed\s+to\b",
    r"(?:aims?|objectives?|purposes?|goals?)\s+(?:of\s+(?:this|the|our)\s+[\w-]+\s+)?(?:was|were|is|are)\s+to\b",
    r"we\s+hypothesi[sz]ed\b",
    r"(?:investigat|examin|evaluat|assess|explor|determin)\w*\s+(?:the\s+|whether\s+)?(?:role|effects?|efficacy|effectiveness|impacts?|potential|ability|usefulness)\s+of\b",
    # a labelled objective: "Objective: Investigate the effects of ..."
    r"(?:study\s+)?(?:objectives?|aims?|purposes?|goals?)\s*:",
    # what the outcomes were: "primary end points were relapse, ..."
    r"(?:primary|secondary|main|co-?primary|key)\s+(?:efficacy\s+)?(?:outcomes?|end\s*-?\s*points?|endpoints?|outcome\s+measures?|measures?|variables?)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:was|were|is|are|included|comprised)\b(?!\s+(?:not\s+)?(?:met|achieved|reached|significant|positive|negative|improved|reduced)|\s+missed)",
    r"(?:outcome\s+measures?|outcomes?|end\s*-?\s*points?|endpoints?)\s+(?:included|comprised|consisted\s+of|were\s+assessed|were\s+measured)\b",
    # "Secondary measures assessed hairpulling severity, clinician-rated improvement and ..."
    r"(?:primary|secondary|main|co-?primary|key|other|additional)\s+(?:efficacy\s+)?(?:outcomes?|end\s*-?\s*points?|endpoints?|outcome\s+measures?|measures?|variables?)\s+"
    r"(?:assessed|measured|evaluated|examined|captured|covered|addressed|tracked|recorded|monitored|rated|quantified)\b",
    # what a study sets out to learn: "is studying new ways to understand how preventive treatments work"
    # "This trial investigates if a nightly drop can slow myopia"
    r"(?:understand|learn|know|find\s+out|see|determine|investigate|investigates|investigated|explore|explores|explored|examine|examines|examined|"
    r"evaluates|evaluated|assesses|assessed|determines|asks|asked|study|studying|studies|test|testing|tests|tested)\s+(?:how|whether|if|why|what|which)\b",
    # a hope for the future: "This research could lead to improved ways to prevent migraines in the future"
    r"(?:could|may|might|will)\s+(?:one\s+day\s+|eventually\s+|ultimately\s+)?(?:help\s+)?(?:lead\s+to|result\s+in|pave\s+the\s+way|open\s+the\s+door|inform)\b"
    r"(?=[^.;]*\b(?:in\s+the\s+future|future|one\s+day|eventually|someday)\b)",
    # purposes and wishes: "in an attempt to reduce weight", "adults seeking better sleep"
    r"in\s+(?:an?\s+)?(?:attempts?|efforts?|order)\s+to\b",
    r"(?:seeking|looking\s+for|hoping\s+for|in\s+search\s+of)\s+(?:a\s+)?(?:better|improved|relief|help)\b",
])
# What a treatment was given for, or was believed to do, not what it did: "took 3 mg nightly to improve sleep onset",
# "is used to reduce blood pressure", "(thought to improve its effectiveness)" (the infinitive on, to the clause end, is blanked).
_PURPOSE = re.compile(
    r"\b(?:took|take|takes|taking|given|received|receive|receiving|prescribed|administered|used|designed|intended|meant|"
    r"developed|approved|marketed|sold|recommended|thought|believed|supposed|claimed|purported|hoped|expected)\s+(?:(?!likely|able|shown|found|seem|appeared|tended|continued|went|managed|began|started)[\w-]+\s+){0,6}?"
    r"(to\s+(?:improve|reduce|prevent|treat|relieve|ease|lower|boost|enhance|increase|promote|support|help|decrease|control|"
    r"manage|alleviate|lessen|combat|fight|restore|speed|shorten)\b"
    # "is used as a traditional medicine for memory improvement", "taken for pain relief"
    r"|for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:improvement|enhancement|relief|reduction|prevention|management|control|support)\b)"
)
# "with improvement in MADRS as the primary outcome": the clause names an outcome
_AS_OUTCOME = re.compile(r"\bas\s+(?:the\s+|a\s+)?(?:primary|secondary|main|key)\s+(?:efficacy\s+)?(?:outcome|end\s*-?\s*point|endpoint|measure)s?\b")
# An objective stated as an infinitive opening the sentence or a labelled section:
# "Objective: To assess ...", "To evaluate the oil in reducing anxiety, we ..."
_INFINITIVE_AIM = re.compile(
    r"\bto\s+(?:assess|evaluate|determine|examine|investigate|compare|test|explore|establish|study|measure|quantify|describe|review|identify)\b"
)
_AIM_HEADING_END = re.compile(r"(?:^|\n)\s*(?:objectives?|aims?|purpose|goals?)$")
_DEFINITION = re.compile(
    r"\b(?:higher|lower|greater|smaller)\s+(?:[\w-]+\s+){0,3}?(?:scores?|values?|numbers?|ratings?)\s+(?:indicat\w*|reflect\w*|mean|meaning|denot\w*|represent\w*|signify\w*)\b|"
    r"\bdefined\s+(?:a\s+priori\s+|prospectively\s+|in\s+advance\s+|beforehand\s+)?as\b|\bdefinition\s+of\b|\b(?:was|were)\s+(?:indicated|denoted)\s+by\b|"
    r"[=<>≈*†‡§]\s*[\"'“”]?\s+(?:denotes?|indicates?|means?|represents?|signif(?:y|ies))\b|"  # a table's note: '"=" denotes no significant difference'
    r"\bp\s*(?:-?\s*values?\s*)?(?:<|≤|<=|=|of)\s*0?\.\d+[^.;]{0,40}?\bconsidered\s+(?:statistically\s+)?significant\b"
)
# Exposure studies: a low level of a nutrient going with more disease supports taking it.
# The clause's own numbers (an odds ratio above 1) describe the low-level group, so they go too.
_LOW_LEVEL_EXPOSURE = re.compile(
    r"\b(?:lower|low|deficient|insufficient|inadequate|reduced|poor)\s+(?:[\w-]+\s+){0,3}?(?:levels?|concentrations?|intakes?|status|consumption)\b[^.;]{0,80}?"
    r"\b(?:increased|higher|greater|elevated|more)\s+(?:\w+\s+)?(?:odds|risks?|rates?|incidence|likelihood|prevalence|hazard)\b"
)
_BASELINE_TIME = _cues([
    r"(?:when|before)\s+(?:the\s+)?(?:study|trial|treatment|intervention)\s+(?:began|started|begun)\b",
    r"at\s+(?:the\s+)?(?:start|outset|beginning)\s+of\b|at\s+(?:study\s+|trial\s+)?(?:entry|enrol?lment|randomi[sz]ation)\b",
    r"baseline\b(?<!from\sbaseline)(?<!since\sbaseline)(?<!over\sbaseline)(?<!to\sbaseline)(?<!with\sbaseline)(?<!vs\sbaseline)(?<!versus\sbaseline)",  # not a change from it
    r"pre-?treatment\b|pre-?intervention\b|(?:demographic|clinical|patient)\s+(?:and\s+\w+\s+)?characteristics\b",
    # the arms alike in who was in them: "the groups were similar in age and disease duration", "did not differ in sex"
    r"(?:similar|comparable|balanced|matched|alike|differ|differences?)\s+(?:in|for|with\s+respect\s+to|regarding|in\s+terms\s+of)\s+(?:mean\s+)?"
    r"(?:age|sex|gender|demographics?|bmi|body\s+mass|race|ethnicity|education|(?:disease\s+|illness\s+)?duration|height|parity|breed)\b",
])
# After arms alike at baseline (and at early time points), a later time point that opens the finding: "... at baseline or at
# three days that on day 5 the Andrographis group experienced reduced symptoms".
_LATER_TIME_POINT = re.compile(
    r"(?:\s*,?\s*(?:or|and)\s+(?:at\s+|on\s+|after\s+|by\s+)?(?:(?:day|week|month|visit)\s+\d+|\w+\s+(?:days?|weeks?|months?|hours?)))*\s*,?\s*(?:that\s+)?"
    r"(?P<later>(?:on|at|by|after)\s+(?:day|week|month|the\s+end)\b)"
)
_PARITY = re.compile(r"similar|comparable|balanced|matched|equivalent|did\s*(?:not|n't)\s+differ|no\s+(?:[\w-]+\s+){0,2}differ|not\s+(?:\w+\s+)?differ|alike")
# A water maze's checks that the animals can see and swim (locomotor activity, by contrast, is
# often the finding reported: "did not alter locomotor activity" is a null result).
_CONTROL_CHECK = re.compile(r"\bvisible\s+platform\b|\bswim(?:ming)?\s+(?:speed|velocity)\b")
_DOSE_COMPARISON = re.compile(
    # a dose changed, or compared with another dose: "when the dose was unchanged", "lower than the dose used for"
    r"\b(?:dose|doses|dosage|dosing)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:increased|decreased|reduced|unchanged|lowered|raised|doubled|halved|titrated|stable|kept)\b|"
    r"\b(?:lower|higher|less|more|smaller|larger|greater)\s+(?:(?!effective|efficacious|potent|beneficial|better)\w+\s+){0,3}?than\s+(?:the\s+|a\s+|that\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:doses?|dosages?|dosing)\b|"
    r"\b(?:reductions?|decreases?|increases?|changes?)\s+in\s+(?:the\s+|their\s+)?(?:daily\s+)?(?:doses?|dosages?|dosing)\b|"  # "a significant reduction in dose"
    # one dose set beside the others: "100 mg/day offers most of the benefit of higher doses with fewer withdrawals"
    r"\b(?:most|much|all|nearly\s+all|the\s+bulk)\s+of\s+the\s+(?:benefits?|effects?|efficacy|gains?)\s+(?:of|seen\s+with)\s+(?:the\s+)?(?:higher|larger|lower|smaller|other|top)\s+(?:doses?|dosages?)\b[^.;]*"
)
# Active arms of one treatment compared with each other, not with the control: "no significant difference in the
# triglyceride-lowering effect of the different types of fish oil", "efficacy did not differ between the three doses".
_ACTIVE_ARMS = re.compile(
    r"\b(?:different|various|several)\s+(?:[\w-]+\s+)?(?:types?|forms?|formulations?|preparations?|strains?|brands?|doses|dosages)\b"
    r"|\b(?:two|three|four|both|all|the)\s+(?:[\w-]+\s+)?(?:doses|dosages|dose\s+groups)\b"
    r"|\b(?:between|among|across)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:doses|dosages|dose\s+(?:groups|levels|arms)|types|forms|strains)\b"
)
# Where a clause ends: a semicolon, a colon, a full stop, a contrasting conjunction, or ", and"
# before a new subject (not the last item of a list: "nausea, dizziness, and headache").
_CLAUSE_BREAK = re.compile(
    r"[;:]|\.(?=\s|$|[a-z][a-z ]{2,30}:)|\s+and\s+(?=(?:found|showed|demonstrated|revealed|reported|observed)\b)|\b(?:but|whereas|while|although|though|however|yet)\b"
    r"|,\s*and\s+(?=(?:the|this|these|it|its|their|they|we|there|patients|participants|subjects|children|symptoms|scores|"
    r"adverse|side|no|none|all|both)\b|(?:[\w-]+\s+){0,4}?(?:was|were|is|are|had|has|have|did|fell|rose|dropped|improved|reduced|"
    r"decreased|increased|declined|showed|remained|differed|slowed|lowered|delayed|prevented|shortened|relieved|eased|halved)\b)"
)


# How well the arms kept to the treatment, not how it worked: "Adherence exceeded 85% in both arms". An
# adherence trial's finding compares the arms ("adherence was higher with the app"), and stays.
_PROCESS = re.compile(
    r"\b(?:adherence|compliance|pill\s+counts?)\b"
    r"|\bretention\s+(?:rates?\b|was\b|were\b|in\s+(?:the\s+)?(?:study|trial|treatment|programme|program)\b|at\s+(?:week|month|\d))"  # not a memory's retention test
    r"|\b(?:food|feed|water)\s+(?:intake|consumption)\b"  # what an animal ate beside what the treatment did
)
_ARMS_COMPARED = re.compile(r"higher|lower|greater|better|worse|improv|increas|decreas|reduc|associat|linked|depress|impair|hamper|\bthan\b|\bmore\b|\bless\b")
# What a protocol expects or a registry hypothesises, not a result: "X will reduce symptoms compared to
# waitlist", "patients ... will get 120 mg", "the null hypothesis is that ...".
_PLAN = _cues([r"(?:will|shall)\s+(?!not\s+be\s+(?:recommended|used))", r"(?:is|are)\s+expected\s+to\b"])  # from the verb on
_HYPOTHESIS = _cues([r"(?:we\s+|i\s+)?hypothes[ie][sz](?:e|es|ed|is|ise|ises)?\b"])  # the whole clause
# Who responded, not whether the treatment worked: "no significant differences in sex or dose between
# responders and non-responders", "baseline severity did not predict response".
_PREDICTOR = _cues([
    r"between\s+(?:the\s+)?(?:responders|remitters|completers|non-?responders|non-?remitters|non-?completers)\b",
    r"(?:predictors?|moderators?)\s+of\b",
    r"(?:predict(?:ed|s)?|moderat(?:ed|es|ing))\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:response|remission|outcomes?|improvement|benefit|relapse|effects?|efficacy)\b",
    r"moderate\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:response|outcomes?|effects?|efficacy|benefit)\b",
    r"(?:effects?|influence|impact|association)\s+of\s+(?:[\w-]+\s+){0,3}?(?:characteristics|demographics?|age|sex|gender|covariates?|baseline\s+[\w-]+)\s+"
    r"on\s+(?:the\s+)?(?:response|remission|outcomes?|improvement)\b",
])
# The effect alike in every subgroup, blanked from the cue on (the finding may open the clause: "X raised daily gain
# versus control, with no significant interaction with sex"): "the effect did not differ by sex", "efficacy was
# consistent across subgroups".
_SUBGROUPS_ALIKE = _cues([
    r"(?:effects?|benefits?|efficacy|effectiveness|improvements?|reductions?|responses?|results?|findings?)\s+(?:was|were|did\s*(?:not|n't)|remained)\s+"
    r"(?:not\s+)?(?:significantly\s+)?(?:similar|consistent|comparable|homogeneous|differ)\w*\s+(?:by|across|among|according\s+to|in\s+all)\b",
    r"(?:differ|differences?)\s+(?:significantly\s+)?(?:by|according\s+to|across)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sex|gender|age|race|ethnicity|subgroups?|sites?|cent(?:re|er)s?|strata|severity|breeds?|parity|genotypes?)\b",
    r"(?:consistent|similar|comparable|homogeneous)\s+across\s+(?:all\s+)?(?:the\s+)?(?:pre-?specified\s+|predefined\s+)?(?:subgroups|sites|cent(?:re|er)s|strata|countries|ages)\b",
    r"(?:no|without)\s+(?:a\s+)?(?:significant\s+|statistically\s+significant\s+)?(?:[\w-]+\s+)?interactions?\s+(?:with|between|by|of|for)\b",
])
# Who gained with how much they took part: "a group x time x attendance interaction emerged ..., such that attendance
# to the control program was related to greater improvements" moderates the finding, it is none.
_ATTENDANCE_INTERACTION = re.compile(r"\b(?:attendance|adherence|compliance|engagement)\b[^.;]{0,30}?\binteractions?\b")
_RESPONDERS_COMPARED = re.compile(
    r"\b(?:responders|remitters|completers)\b[^.;]{0,40}?\b(?:and|with|to|vs\.?|versus)\s+(?:the\s+)?non-?\s?(?:responders|remitters|completers)\b"
)
# A list of harms that did not happen: "No loss of consciousness, withdrawal symptoms, or increased suicidal ideation
# were observed" is safety, however its items read.
_SAFETY_EVENT = re.compile(
    r"\b(?:withdrawal|suicid\w*|sedation|somnolence|dependence|abuse|misuse|(?:loss\s+of\s+)?consciousness|hepatotoxicity|toxicity|"
    r"overdoses?|rebound|serious|arrhythmias?)\b"
)
_ABSENCE = re.compile(r"\b(?:no|none|without|neither|nor)\b")
_EFFICACY_CHANGE = re.compile(r"improv|differ|chang|effect|benefit|reduc|decreas|respon|remission|score|efficac|outcome|relapse|recurren")
# The level of what was given, or the marker its dose is set by: "serum 25(OH)D rose", "TSH fell with levothyroxine",
# "plasma glycine concentrations increased". Taking it up is no efficacy finding.
_TARGET_LEVEL = _cues([
    r"(?:tsh|thyrotropin|thyroid[\s-]stimulating\s+hormone|free\s+t[34]|ft[34])\b",
    r"(?:(?:serum|plasma|blood|circulating|red[\s-](?:blood[\s-])?cells?|erythrocyte|whole[\s-]blood|salivary|urinary)\s+)?(?:total\s+)?"
    r"(?:25\s*\(\s*oh\s*\)\s*d[23]?|25-hydroxy-?\s?vitamin\s+d[23]?|vitamin\s+(?:d[23]?|b12|b6|c|e|k2?)|omega-3(?:\s+fatty\s+acids?)?|dha|epa|"
    r"magnesium|zinc|b12|folate|folic\s+acid|glycine|melatonin|lithium|drug|cobalamin|selenium|iodine|creatine)\s+(?:[\w-]+\s+)?"
    r"(?:levels?|concentrations?|status|index)\b",
])
_LEVEL_IS_SUBJECT = re.compile(r"[\s,*_(\"'•-]*(?:(?:the|mean|median|their|its|average|baseline)\s+|\([^()]{0,12}\)\s*)*")
_LEVEL_AGAIN = re.compile(r"\b(?:this|that|these|those|the|its|their)\s+(?:levels?|concentrations?|values?)\b")
_SAME_SUBJECT_GOES_ON = re.compile(r"\s*,?\s*(?:but|whereas|while|and)\s+(?:(?:were|was|remained|did|stayed|rose|fell|changed|increased|decreased|not)\b)")
# Other trials set beside this one: "contrasting prior trials that found advantages", "Unlike previous studies, ...".
_OTHER_TRIALS = _cues([
    r"(?:(?:stands?|stood)\s+)?(?:in\s+contrast\s+(?:to|with)|contrast(?:s|ed|ing)?(?:\s+with)?|contrary\s+to|unlike|as\s+opposed\s+to|at\s+odds\s+with|"
    r"inconsistent\s+with|in\s+conflict\s+with|conflict(?:s|ed|ing)?\s+with|differ(?:s|ed|ing)?\s+from)\s+"
    r"(?:the\s+|a\s+|an\s+|some\s+|several\s+|many\s+|most\s+|those\s+of\s+|that\s+of\s+)?"
    r"(?:(?!(?:groups?|arms?|placebo|controls?|participants|patients)\b)[\w-]+,?\s+){0,4}?"  # not "in contrast with the control group, results ..."
    r"(?:trials?|stud(?:y|ies)|reports?|findings|results|research|meta-?analys[ie]s|reviews?|literature|data|work|investigations?|experiments?|evidence|rcts?)\b",
], letter_first=True)
# Earlier trials as the subject, beside this one: "Previous trials reported benefit, but this larger trial found none".
_EARLIER_TRIALS_FOUND = _cues([
    r"(?:previous|prior|earlier|past|older)\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|reports?|research|meta-?analys[ie]s|reviews?|work|rcts?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?(?:reported|found|shown|showed|suggested|demonstrated|indicated|observed)\b",
])
_THIS_STUDY = re.compile(
    r"\b(?:this|our|the\s+present|the\s+current|the\s+new)\s+(?:[\w-]+\s+){0,2}?(?:trial|study|analysis|data|findings|results|rct|cohort|work)\b"
)
_SPECIFIC_STUDY = re.compile(r"\d|\bet\s+al\b|\band\s+colleagues\b")
_RELATIVE_GOES_ON = re.compile(r"\s*,?\s*(?:which|that|who|where|showing|reporting|finding|demonstrating|suggesting|in\s+which)\b")
_SENTENCE_OPENING = re.compile(r"(?:^|[.;:!?]\s*|\b(?:but|and|however|yet)\s*,?\s*)[\s*_\"'(]*$")
# What a disease is like, not what a treatment did: "Patients with fibromyalgia often report shallow sleep",
# "symptoms increase after disturbed sleep", "attacks become more frequent after poor sleep and stress".
_TRIGGER_EXPOSURE = (
    r"(?:(?:[\w-]+\s+){0,3}?(?:sleep\s+(?:deprivation|loss|restriction|disruption|disturbances?)|(?:disturbed|poor|fragmented|shallow|"
    r"insufficient|inadequate|restricted|interrupted|short|bad|broken|little|lack\s+of|loss\s+of)\s+sleep|stress|exertion|menstruation|menses|"
    r"alcohol|weather\s+changes?|skipped\s+meals|fasting))"
)
# A disease or a state, not a treatment, as the subject: "Depression is associated with increased mortality",
# "Poor sleep predicts worse pain", "Stress triggers migraine attacks". What people take or do (coffee, smoking)
# is an exposure read like a treatment: "Coffee drinkers had a lower risk of depression" is positive.
_TREATMENT_NAMED = re.compile(r"treat|therap|\buse\b|\busers?\b|supplement|intake|\bdrug|medicat|\bdos(?:e|es|ing)\b|prescri")
_AGAINST_CONTROL = re.compile(rf"\b(?:than|versus|vs\.?|compared|relative\s+to)\b|\b{CONTROL}\b")
_RISK_FACTOR = (
    rf"(?:{HARMS}|obesity|loneliness|inactivity|sedentary\s+[\w-]+|(?:poor|disturbed|short|insufficient|fragmented)\s+sleep|"
    r"sleep\s+(?:loss|deprivation|disturbances?|problems|restriction)|stress|skipped\s+meals|dehydration|weather\s+changes?)"
)
_BACKGROUND = _cues([
    rf"{_RISK_FACTOR}\s+(?:[\w-]+\s+){{0,3}}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:associated|linked|correlated|related)\s+(?:with|to)\b",
    # (not a list of changes: "a decrease in pain and increase in activity")
    rf"{_RISK_FACTOR}\s+(?:(?!(?:and|or|but)\b)[\w-]+\s+){{0,2}}?(?:often\s+|commonly\s+|frequently\s+|can\s+|may\s+)?(?:predicts?|predicted|triggers?|precipitates?|aggravates?|"
    r"worsens?|increases?|raises?|causes?|leads?\s+to|provokes?)\b(?!\s+in\b)",
    r"(?:patients|people|persons|individuals|adults|children|adolescents|women|men|sufferers|those)\s+with\s+(?:[\w-]+\s+){1,4}?"
    r"(?:often|commonly|frequently|typically|usually|generally|tend\s+to)\s+(?:[\w-]+\s+)?"
    r"(?:report|experience|have|show|describe|complain|suffer|exhibit|present|develop|display)",
    rf"(?:an?\s+)?(?:increases?|worsening|flares?|exacerbations?|rises?)\s+in\s+(?:[\w-]+\s+){{0,3}}?(?:after|following|during|with|when)\s+{_TRIGGER_EXPOSURE}",
    rf"(?:{HARMS}|attacks|ringing|tinnitus|flares?|episodes)\s+(?:increase|increases|worsen|worsens|flare|flares|rise|rises|intensify|intensifies|"
    rf"become\s+(?:more\s+frequent|more\s+severe|worse)|get\s+worse|gets\s+worse|are\s+worse|is\s+worse)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:after|following|during|with|when)\s+{_TRIGGER_EXPOSURE}",
])


# The main clause going on after a parenthetical purpose: ", is not effective", ", did not help".
_PREDICATE_RESUMES = re.compile(r",\s+(?:is|are|was|were|has|have|had|did|does|do)\b")


def _no_finding_spans(lowered: str, kinds: set[int | str]) -> list[tuple[int, int]]:
    """Character spans of ``lowered`` that state no efficacy finding (see above), looking
    only for the kinds of statement whose stems the sentence holds."""
    kinds = kinds & _NO_FINDING_KINDS
    if not kinds:
        return []
    spans: list[tuple[int, int]] = []
    for found in SAFETY_NOUN.finditer(lowered) if "safety" in kinds else ():
        start, end = _clause(lowered, found.start())
        label = lowered[found.end() : end]
        if lowered.startswith(":", end) and len(label.split()) <= 3 and not _EFFICACY_WORD.search(label):
            end = _clause(lowered, end + 1)[1]  # a label: "Safety: no differences between arms", "Serious adverse events were rare: ..."
        qualifiers = _SAFETY_QUALIFIERS.search(lowered, start, found.start())
        noun_start = qualifiers.start() if qualifiers else found.start()
        # the clause's own finding before the safety noun stays: "X was effective and its side effects ..."
        prefix_states_finding = (
            noun_start > start and not _STOPPED_FOR.search(lowered, start, noun_start) and _direction_of(lowered[start:noun_start]) != "unknown"
        )
        spans.append((noun_start if prefix_states_finding else start, end))
    for found in _NO_FINDING_TO_CLAUSE_END.finditer(lowered) if "aim" in kinds else ():
        spans.append((found.start(), _clause(lowered, found.end())[1]))
    for found in _AS_OUTCOME.finditer(lowered) if "aim" in kinds else ():
        spans.append(_clause(lowered, found.start()))
    for found in _PURPOSE.finditer(lowered) if "purpose" in kinds else ():
        end = _clause(lowered, found.end())[1]
        if verb := _PREDICATE_RESUMES.search(lowered, found.end(), end):
            end = verb.start()  # "X, used by thousands to relieve skin complaints, is not effective": the sentence's own verb
        spans.append((found.start(1), end))
    for found in _INFINITIVE_AIM.finditer(lowered) if "aim" in kinds else ():
        before = lowered[: found.start()].rstrip(" *_-\"'(\n\t")
        if not before or before.endswith((":", ".")) or _AIM_HEADING_END.search(before):
            spans.append((found.start(), _clause(lowered, found.end())[1]))  # "Objective\nTo assess potential benefits of ..."
    for found in _DEFINITION.finditer(lowered) if "definition" in kinds else ():
        opened, closed = lowered.rfind("(", 0, found.start()), lowered.find(")", found.end())
        if opened > lowered.rfind(")", 0, found.start()) and closed > 0:
            spans.append((opened, closed + 1))  # "Remission (defined as a 50% fall) was reached by ..."
        else:
            spans.append(_clause(lowered, found.start()))
    for found in _BASELINE_TIME.finditer(lowered) if "baseline" in kinds else ():
        start, end = _clause(lowered, found.start())
        if _PARITY.search(lowered, start, end):
            if _PARITY.search(lowered, start, found.start()) and (later := _LATER_TIME_POINT.match(lowered, found.end())) and later.end() < end:
                end = later.start("later")  # "no differences at baseline or at three days, (that) on day 5 the X group ...": the later finding stays
            spans.append((start, end))
    for found in _CONTROL_CHECK.finditer(lowered) if "control check" in kinds else ():
        spans.append(_clause(lowered, found.start()))
    if "dose" in kinds:
        spans.extend(found.span() for found in _DOSE_COMPARISON.finditer(lowered))
        for found in _ACTIVE_ARMS.finditer(lowered):
            end = _clause(lowered, found.start())[1]
            # the break's look-ahead sees past the arm named ("..., and the two doses did not differ")
            start = max((brk.end() for brk in _CLAUSE_BREAK.finditer(lowered, 0, end) if brk.end() <= found.start()), default=0)
            comma = lowered.rfind(",", start, found.start())
            if comma >= 0 and CONTROL_WORD.search(lowered, start, comma):
                start = comma + 1  # "X shortened diarrhoea versus placebo, with no difference among the different strains"
            if _PARITY.search(lowered, start, end) and not CONTROL_WORD.search(lowered, start, end):
                spans.append((start, end))
    for found in _PROCESS.finditer(lowered) if "process" in kinds else ():
        start, end = _clause(lowered, found.start())
        if not _ARMS_COMPARED.search(lowered, start, end):
            spans.append((start, end))
    for found in _SAFETY_EVENT.finditer(lowered) if "absence" in kinds else ():
        start, end = _clause(lowered, found.start())
        if _ABSENCE.search(lowered, start, found.start()) and not _EFFICACY_CHANGE.search(lowered, start, end):
            spans.append((start, end))
    thyroid_restored = "tsh" in lowered and "target level" in kinds and re.search(_THYROID_RESTORED, lowered)
    for found in _TARGET_LEVEL.finditer(lowered) if "target level" in kinds and not thyroid_restored else ():
        start, end = _clause(lowered, found.start())
        if _LEVEL_IS_SUBJECT.fullmatch(lowered, start, found.start()):
            goes_on = _SAME_SUBJECT_GOES_ON.match(lowered, end)  # "Serum 25(OH)D rose ..., but was unchanged with placebo"
            end = _clause(lowered, goes_on.end())[1] if goes_on else end
            while end < len(lowered) and _LEVEL_AGAIN.search(lowered, end + 1, next_end := _clause(lowered, end + 1)[1]):
                end = next_end  # "TSH was 6.4 at baseline; at 1 year this level had fallen to 3.6 with levothyroxine"
            spans.append((start, end))
        else:  # "Omega-3 raised the omega-3 index, but did not improve ADHD scores": what it did besides stays
            comma = lowered.find(",", found.end(), end)
            spans.append((start, comma if comma >= 0 else end))
    for found in _OTHER_TRIALS.finditer(lowered) if "other trials" in kinds else ():
        end = _other_trials_end(lowered, found)
        if not _SPECIFIC_STUDY.search(lowered, found.start(), end):  # "an earlier study of 58 adolescents in Osaka" may be the claim
            spans.append((found.start(), end))
    for found in _EARLIER_TRIALS_FOUND.finditer(lowered) if "other trials" in kinds else ():
        start, end = _clause(lowered, found.start())
        if _THIS_STUDY.search(lowered, found.end()) or _THIS_STUDY.search(lowered, 0, found.start()):
            comma = lowered.find(",", found.end(), end)  # "In contrast to earlier trials that found benefit, melatonin did not ..."
            spans.append((start, comma if comma >= 0 else end))
    for found in _BACKGROUND.finditer(lowered) if "background" in kinds else ():
        start, end = _clause(lowered, found.start())
        if not _TREATMENT_NAMED.search(lowered, start, found.end()) and not _AGAINST_CONTROL.search(lowered, start, end):
            spans.append((start, end))  # not "depression treated with SSRIs is associated with ...", nor "... than placebo"
    for found in _PLAN.finditer(lowered) if "plan" in kinds else ():
        spans.append((found.start(), _clause(lowered, found.start())[1]))
    for found in _HYPOTHESIS.finditer(lowered) if "plan" in kinds else ():
        spans.append(_clause(lowered, found.start()))
    for found in _PREDICTOR.finditer(lowered) if "predictor" in kinds else ():
        spans.append(_clause(lowered, found.start()))
    for found in _SUBGROUPS_ALIKE.finditer(lowered) if "predictor" in kinds else ():
        spans.append((found.start(), _clause(lowered, found.start())[1]))
    for found in _RESPONDERS_COMPARED.finditer(lowered) if "predictor" in kinds else ():
        end = lowered.find(".", found.end())  # the sentence on: "... and found no significant differences in sex, dose, age"
        spans.append((_clause(lowered, found.start())[0], end if end > 0 else len(lowered)))
    for found in _ATTENDANCE_INTERACTION.finditer(lowered) if "predictor" in kinds else ():
        end = _sentence_end(lowered, found.end())  # "..., such that attendance to the control program was related to greater improvements"
        spans.append((_clause(lowered, found.start())[0], end))
    return spans


def _sentence_end(lowered: str, position: int) -> int:
    """The next full stop that ends a sentence (not a decimal point: "r=.72")."""
    for found in re.finditer(r"\.(?!\d)", lowered[position:]):
        return position + found.start()
    return len(lowered)


def _other_trials_end(lowered: str, found: re.Match[str]) -> int:
    """Where the mention of other trials ends: at the comma before the main clause when it
    opens the sentence ("Unlike prior studies, we found ..."), else at the clause's end
    ("..., contrasting prior trials that found advantages"), what they found included."""
    end = found.end()
    if not _SENTENCE_OPENING.search(lowered, 0, found.start()):
        return _clause_end_past_commas(lowered, end)
    while True:
        comma = lowered.find(",", end)
        stop = min((i for i in (lowered.find(".", end), lowered.find(";", end), comma) if i >= 0), default=len(lowered))
        if stop != comma or not _RELATIVE_GOES_ON.match(lowered, comma):
            return stop
        end = comma + 1


def _clause_end_past_commas(lowered: str, position: int) -> int:
    """The next full stop or semicolon: a clause's end, its commas passed."""
    stops = [i for i in (lowered.find(".", position), lowered.find(";", position)) if i >= 0]
    return min(stops, default=len(lowered))


def _part_end(lowered: str, position: int) -> int:
    """Where the semicolon-delimited part of the sentence holding ``position`` ends."""
    end = lowered.find(";", position)
    return len(lowered) if end < 0 else end


def _clause(lowered: str, position: int) -> tuple[int, int]:
    """The clause around ``position``: from the last clause break before it to the next."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(lowered, 0, position):
        start = found.end()
    after = _CLAUSE_BREAK.search(lowered, position)
    return start, after.start() if after else len(lowered)


def _title_case(text: str) -> bool:
    """A title or heading ("Melatonin to Reduce Delirium After Surgery"): its verbs are capitalised, and a
    purpose ("to Enhance ...") is no finding."""
    if "\t" in text or text.rstrip().endswith(".") or not text[:1].isupper():
        return False
    words = [word for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if len(word) >= 4]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= len(words) - 1


# Where gaining weight is the aim (anorexia, undernutrition, preterm infants), more of it is a gain.
_WEIGHT_WANTED = re.compile(
    r"anorexi|underweight|malnutri|malnourish|undernutri|undernourish|cachexi|wasting|failure\s+to\s+thrive|faltering\s+growth|"
    r"preterm|premature\s+(?:infants|babies|neonates)|\binfants?\b|neonat|newborn|low[\s-]+birth[\s-]*weight|very\s+low\s+birth|stunt|"
    r"(?:unintended|unintentional|involuntary|unexplained)\s+weight\s+loss|weight[\s-]+loss\s+condition|"
    r"(?:licensed|approved|indicated|labell?ed)\s+for\s+(?:\w+\s+)?weight\s+gain|appetite\s+stimul|"
    # an appetite stimulant given, or the poor appetite it is given for
    r"ghrelin|anamorelin|capromorelin|megestrol|dronabinol|(?:reduced|poor|decreased|low)\s+appetite|inappetence|(?:loss\s+of|lost)\s+appetite|"
    # nutritional support of frail, older or post-fracture patients
    r"(?:protein|nutritional|nutrition|energy|calorie|caloric|high-calorie)\s+(?:[\w-]+\s+)?(?:supplements?|supplementation|drinks?|shakes?)|oral\s+nutritional|sip[\s-]+feeds?|hip\s+fracture|\bfrail"
)
_MORE_WEIGHT = re.compile(
    r"(?<!no\s)(?<!not\s)\b(?:gained|gain|put\s+on)\s+(?:an?\s+)?(?:(?:average|mean)\s+(?:of\s+)?)?\d+(?:\.\d+)?\s*(?:kg|kilograms?|lbs?|pounds?|g)\s+more\b|"
    r"(?<!no\s)(?<!not\s)\b(?:gained|gain|put\s+on)\s+(?:significantly\s+|substantially\s+|considerably\s+|much\s+|slightly\s+)?more\s+(?:body\s+)?weight\b"
    r"|(?<!no\s)(?<!not\s)\b(?:greater|larger|more|faster)\s+(?:mean\s+)?weight\s+(?:gain|restoration)\b"
)
_PURPOSE_IN_TITLE = re.compile(r"\bto\s+[a-z]+|\bfor\s+[a-z]+ing\b")


# Harms the treatment did not raise above the arm it is set against, the sentence's only comparison: a claim that the
# treatment is no more harmful is a null finding ("adverse events were not significantly more common with varenicline
# than with placebo", "no more frequent with the drug than with placebo", "no excess of serious adverse events over
# placebo"). Harms alike between the arms ("adverse events were similar between groups", "discontinuations did not
# differ") report the tolerability of a trial whose efficacy another sentence states: no finding, so that the claim
# merge cannot make that finding mixed. Beside an efficacy finding in the same sentence the safety clause is blanked
# (see _no_finding_spans) and the efficacy finding decides.
_HARM = (
    r"(?:adverse|side)[\s-]+(?:drug\s+)?(?:events?|effects?|reactions?)|\baes?\b|discontinuations?|withdrawals?|drop-?outs?|harms?"
    rf"|{HARM_WORDS}|ha?emorrhag\w*"  # a named harm: "falls were no more frequent with circuit training than with usual care"
)
_HARM_PARITY = (
    r"no\s+more\s+(?:common|frequent|often|likely)|not\s+(?:significantly\s+|statistically\s+significantly\s+)?(?:more\s+(?:common|frequent|often|likely)|higher|increased)"
)
_HARM_EXCESS_DENIED = r"\bno\s+(?:significant\s+)?(?:excess|increase)\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:" + _HARM + r")\b[^.;]{0,40}?\b(?:over|than|with|compared|versus|vs)\b"
_HARMS_NOT_MORE_COMMON = re.compile(
    rf"\b(?:{_HARM})\b[^.;]{{0,60}}?\b(?:{_HARM_PARITY})\s+(?:with|in|on|among|for|than|after)\b|{_HARM_EXCESS_DENIED}"
)
# Farm animals, whose weight gain is the production outcome a feed additive should raise.
_LIVESTOCK = re.compile(
    r"(?i)\b(?:broilers?|chicks|chickens|poultry|birds|hens|turkeys|piglets?|pigs|swine|sows|calves|cattle|steers|heifers|lambs|sheep|goats|livestock|weaned|weanlings?)\b"
)
_VERDICT_WORDS = ("better", "worse", "effective", "uperior", "nferior", "differ")
# A verdict, then the arms' numbers in brackets: "less effective than clindamycin 1% gel for nodular lesions (clearance
# 22% vs 41%, p=0.02)". The verdict says which way; the numbers, read again, could only blur it.
_VERDICT_THEN_NUMBERS = re.compile(
    r"(?i)\b(?:no\s+better|not\s+(?:any\s+)?better|no\s+worse|less\s+effective|more\s+effective|superior|inferior|did\s+not\s+differ|"
    r"no\s+(?:significant\s+)?difference|as\s+effective\s+as)\b[^.;()]{0,60}?\s*(?P<numbers>\([^()]*?\d[^()]*?(?:\bvs\.?|\bversus|\bv\.?)\s*[^()]*\d[^()]*\))"
)
_UNDERWEIGHT = re.compile(r"\b[Uu]nderweight\b")
_WEIGHT_GAIN = re.compile(r"\b[Ww]eight gain|\b[Bb]ody weight|(?<=increased )weight\b|(?<=raised )weight\b")  # replaced by as many characters: evidence spans keep their offsets
# "Lower" and "upper" naming a part of the body, no comparison: "lower urinary tract symptoms", "lower back pain".
_BODY_PART_LOWER = re.compile(
    r"\b((?:[Ll]ower|[Uu]pper|LOWER|UPPER)) (?=(?:urinary|back|limbs?|legs?|extremit|respiratory|gastrointestinal|GI\b|gi\b|abdom|body|airways?|"
    r"motor|lip|eyelid|[eo]e?sophag|jaw|arms?|quadrant|lobe)\w*)"
)
# What the control arm had, noted after it in brackets: "compared with no daily emollient (rescue only)", "vs placebo
# (paracetamol only)". The "only" describes that arm, it does not limit the finding.
_CONTROL_ONLY_NOTE = re.compile(
    rf"(?i)(?:\b{CONTROL}[\w-]*|\bno\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s*\((?P<note>(?:[\w-]+\s+){{1,2}}only)\)"
)
# A gain named as the measure the arms did not differ on: "no significant difference in pain reduction", "did not
# differ in itch relief". The noun is what was measured, not a gain found.
_GAIN_MEASURED = re.compile(
    r"(?i)\b(?:(?:no|not\s+any|little|any)\s+(?:(?:statistically\s+)?significant\s+|meaningful\s+|real\s+|clear\s+)?differences?\s+(?:in|between)|"
    r"did\s*(?:not|n't)\s+differ\s+(?:in|on))\s+(?:the\s+|their\s+)?(?:[\w()-]+\s+){0,3}?"
    r"(?P<gain>reduction|improvement|decrease|gain|relief)s?\b"
)
# A bad level brought down, the adjective naming why it was treated: "significantly reduced elevated blood pressure",
# "lowered high LDL cholesterol", "reduced raised intraocular pressure".
_BAD_LEVEL_WORDS = ("elevated ", "raised ", "high ", "excessive ", "Elevated ", "Raised ", "High ")
_BAD_LEVEL_REDUCED = re.compile(
    r"(?i)\b((?:reduc\w*|lower\w*|decreas\w*|normali[sz]\w*|cut|brought\s+down|bring\s+down|controll(?:ed|ing))\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?)"
    r"(?:elevated|raised|high|excessive)\s+(?=[\w-])"
)


def tells_harms_only(text: str) -> bool:
    """Whether the only finding ``text`` states is that harms were no more common than in
    the other arm ("adverse events were not more common with X than with placebo"): a
    null that stands for its claim alone, and gives way to an efficacy finding another
    sentence of the claim states."""
    lowered = text.lower()
    if "no" not in lowered:
        return False
    harms = _HARMS_NOT_MORE_COMMON.search(lowered)
    if harms is None or not _AGAINST_CONTROL.search(lowered):
        return False
    return _read_direction(_blanked(text, [_clause(lowered, harms.start())]), None, None) == "unknown"


# The comparator helped too, less than the treatment: "Placebo also works, but not as well", "the control group also
# improved, but to a lesser extent".
_CONTROL_ALSO_LESS = re.compile(
    rf"\b{CONTROL}\b[^.;]{{0,30}}?\balso\s+(?:\w+\s+)?(?:works?|worked|helps?|helped|improved|benefit(?:s|ed)?|reduced|had\s+an\s+effect)\b"
    r"[^.;]{0,20}?\bbut\s+(?:not\s+(?:as|so)\s+(?:well|much|strongly|effectively|greatly)|(?:to\s+a\s+)?(?:lesser|smaller)\s+(?:extent|degree)|less)\b"
)


# A sentence about the comparator arm alone: "In the placebo group, symptoms worsened", "Only 5/32 (16%) placebo group
# patients showed improvement ..., and most symptoms remained the same or even worsened".
_CONTROL_ARM_ALONE = re.compile(
    rf"(?i)\W*(?:only\s+)?(?:\d+\s*/\s*\d+\s*(?:\([^)]{{0,12}}\)\s*)?(?:of\s+)?|\d+\s*%\s+of\s+)?(?:in\s+|among\s+)?(?:the\s+|those\s+(?:on|given|receiving)\s+)?"
    rf"{CONTROL}[\w-]*(?:\s+(?:group|arm))?(?:\s+(?:patients|participants|subjects|children|adults|animals|mice|rats))?\b(?!\s+(?:and|or|vs\.?|versus)\b)"
)
# The control arm's own course stated alone, the null about it: "There was no improvement in the children who took the
# placebo", "The placebo group showed no change". No finding of the treatment's: a gain told beside it stays a gain.
_CONTROL_ARM_UNCHANGED = re.compile(
    rf"^\W*(?:there\s+was\s+no\s+(?:improvement|change|benefit|difference)\s+(?:in|among|for)\s+(?:the\s+)?"
    rf"(?:(?:children|patients|participants|people|adults|women|men|animals|dogs|cats|ones)\s+(?:who\s+(?:took|received|got|were\s+given)|"
    rf"(?:on|given|taking|receiving))\s+(?:the\s+|a\s+)?)?{CONTROL}[\w-]*(?:\s+(?:group|arm))?"
    rf"|(?:the\s+|those\s+(?:on|given|receiving)\s+)?{CONTROL}[\w-]*(?:\s+(?:group|arm))?\s+(?:showed|had|saw)\s+no\s+(?:improvement|change|benefit))\W*$"
)
# Words that set the arms against each other within the sentence.
_ARMS_SET_AGAINST = re.compile(r"\b(?:than|vs\.?|versus|compared|relative\s+to|whereas|while|both|more|less|fewer|greater|larger|bigger|higher|lower|smaller|better|worse|ahead|superior|inferior|outperform\w*|favou?r\w*)\b")


# Named harms (adverse events at large are a safety tally), then their shares in the two arms, the treatment's clearly
# larger: "Burning and erythema were reported in 14% of patients using X compared with 3% on vehicle cream", "nausea
# occurred in 22% of the drug group versus 8% with placebo".
_NAMED_HARM = (
    r"(?:burning|erythema|stinging|irritation|itch(?:ing)?|pruritus|rash(?:es)?|nausea|vomiting|diarrh(?:o)?ea|headaches?|dizziness|somnolence|"
    r"drowsiness|sedation|insomnia|fatigue|constipation|dry\s+mouth|nightmares|hypoglyc(?:a)?emia|bleeding|bruising|infections?|"
    r"(?:injection|application)[\s-]+site\s+reactions?|tingling|pa?raesthesias?|paresthesias?)"
)
_HARM_SHARES = re.compile(
    rf"\b{_NAMED_HARM}\b[^.;]{{0,60}}?\b(?:reported|occurred|seen|observed|noted|recorded|developed|experienced|affected)\s+(?:in|by|among)?\s*"
    rf"(?P<treated>\d+(?:\.\d+)?)\s*(?:%|of\s+(?P<treated_of>\d+))[^.;%]{{0,60}}?\b(?:compared\s+(?:with|to)|versus|vs\.?|against|and)\s+"
    rf"(?P<control>\d+(?:\.\d+)?)\s*(?:%|of\s+(?P<control_of>\d+))\s+"
    rf"(?:of\s+(?:the\s+)?|on\s+|with\s+|in\s+(?:the\s+)?|for\s+|among\s+(?:the\s+)?|using\s+|receiving\s+|given\s+)?(?:those\s+(?:on|given|receiving|using)\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?{CONTROL}"
)
# A commenter's harm that ended the treatment: "it gave her vivid nightmares, so we stopped after a week".
_COMMENT_HARM = re.compile(
    # the product may be named ("ginger gave me awful heartburn"), and the stop may have no subject ("..., had to stop after 4 days")
    r"\b(?:it|this|that|they|the\s+[\w-]+|[a-z][\w-]+)\s+(?:gave|caused|made|triggered|brought\s+on)\s+(?:him|her|them|me|us|my\s+[\w-]+|our\s+[\w-]+)\s+"
    r"(?:(?:really|very|so|such|terrible|awful|bad|horrible|vivid|severe|constant|bloody|dreadful|nasty|horrendous)\s+){0,2}"
    r"(?:nightmares|bad\s+dreams|headaches?|migraines?|rash(?:es)?|hives|nausea|vomiting|diarrh(?:o)?ea|the\s+runs|stomach\s*(?:aches?|upset|pains?)|tremors?|"
    r"heartburn|reflux|indigestion|cramps|bloating|acne|insomnia|palpitations|dizzy|sick|nauseous|drowsy|groggy|hyper|agitated|irritable|aggressive|itchy|worse)\b"
    r"(?:[^.;]|\.\d){0,40}?(?:\b(?:so|and|that)\s+(?:we|i|she|he|they|the\s+vet|the\s+doctor)\s+(?:\w+\s+)?(?:stopped|quit|dropped|switched|came\s+off|took\s+(?:him|her|them)\s+off)\b"
    r"|(?:,|\bso|\band)\s*(?:(?:i|we|she|he|they)\s+)?had\s+to\s+(?:stop|quit|come\s+off|give\s+(?:it|them)\s+up)\b)"
    # what the patient became on it: "she became wheezy and slept terribly ..., so the consultant stopped it", "his eyes were
    # actually more irritated and the burps were unbearable so he stopped"
    r"|\b(?:he|she|they|i|we|(?:my|his|her|their|our)\s+[\w-]+)\s+(?:became|got|went|was|were|felt|grew|turned)\s+"
    r"(?:actually\s+|really\s+|very\s+|so\s+|even\s+|much\s+|a\s+lot\s+|quite\s+)*(?:more\s+)?"
    rf"(?:{_SYMPTOM_ADJECTIVE}|sick|ill|hyper|aggressive|lethargic|worse)\b"
    r"[^.;]{0,80}?\b(?:so|and|that)\s+(?:we|i|she|he|they|the\s+[\w-]+)\s+(?:\w+\s+)?(?:stopped|quit|dropped|switched|came\s+off|took\s+(?:him|her|them)\s+off)\b"
)

# A harm said to be more frequent with an arm: "Gallbladder events were more frequent with", "stinging was more common in".
_HARM_MORE_FREQUENT_WITH = (
    r"\b(?:(?:[\w-]+\s+){0,2}?(?:events?|reactions?|episodes?|complications?)|bleeding|infections?|falls|fractures?|(?:adverse|side)[\s-]+effects|"
    rf"{SIDE_EFFECTS}(?:(?:,\s*|,?\s+and\s+){SIDE_EFFECTS}){{0,4}})\s+(?:(?:during|after|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){{1,2}}?)?"  # "episodes during sessions were"
    r"(?:(?:were|was)\s+reported|were|was|occurred|developed)\s+(?:significantly\s+|slightly\s+|somewhat\s+|much\s+|far\s+)?more\s+(?:frequent(?:ly)?|common(?:ly)?|often)\s+"
    r"(?:with|in|on|among|after|for)\s+"
)
# Harm events more frequent with the treatment than with the control, said in words: "Gallbladder events were more frequent
# with GLP-1 receptor agonists than with placebo", "Injection-site reactions were more common with inclisiran than with placebo"
# (a tolerability symptom so said, "nausea was more frequent with the drug", stays no finding without the arms' shares).
_HARM_MORE_OFTEN = re.compile(
    _HARM_MORE_FREQUENT_WITH
    + rf"(?:(?!(?:the\s+)?(?:[\w-]+\s+)?{CONTROL})[^.;]{{1,60}}?\bthan\s+(?:with\s+|in\s+|on\s+|among\s+|after\s+|for\s+)?"
    rf"(?:the\s+|those\s+(?:on|given|receiving)\s+)?(?:[\w-]+\s+)?{CONTROL}"
    # "... with the active drug": the treated arm named as such, the control implied
    r"|(?:the\s+)?active\s+(?:drug|treatment|arm|group|gel|cream|ointment|product|preparation|formulation)\b"
    # an active comparator after "than": the arm named first had the harm ("more common with FES cycling than with arm-crank exercise")
    rf"|(?!(?:the\s+)?(?:[\w-]+\s+)?{CONTROL})[^.;]{{1,60}}?\bthan\s+(?:with\s+|in\s+|on\s+|among\s+|after\s+|for\s+)?(?!(?:the\s+|a\s+)?(?:[\w-]+\s+)?{CONTROL})(?!(?:expected|predicted|anticipated|hoped|planned|usual|before|previously|baseline)\b)[\w-]+)"
)
# Beside a gain, a harm more frequent with the arm named at the clause's end ("; local stinging was more frequent with
# potassium hydroxide."), or treatment stopped for a harm: "withdrawals for nausea were higher", "two patients became manic".
_HARM_BESIDE_GAIN = re.compile(
    _HARM_MORE_FREQUENT_WITH
    + rf"(?!(?:the\s+)?(?:[\w-]+\s+)?{CONTROL})(?!(?:both|all|either|each|any)\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}\s*(?:[.;)]|,\s+(?:and|but|while|whereas)\b|$)"
    r"|\b(?:withdrawals?|dropouts?|drop-outs?|discontinuations?)\s+(?:for|due\s+to|because\s+of|from)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{SIDE_EFFECTS}|nausea|headaches?|adverse\s+(?:events?|effects?)|side[\s-]+effects|intolerance|toxicity)\s+(?:were|was)\s+"
    r"(?:significantly\s+|slightly\s+|somewhat\s+|much\s+)?(?:higher|more\s+(?:common|frequent))\b"
    r"|\b(?:became|turned|went)\s+(?:manic|hypomanic|psychotic|suicidal)\b"
    # "owners reported more loose stools", "gastric pain led 6 to withdraw"
    rf"|\b(?:reported|experienced|developed|noted)\s+more\s+(?:[\w-]+\s+){{0,2}}?{SIDE_EFFECTS}"
    rf"|\b(?:{SIDE_EFFECTS}|nausea|headaches?|(?:gastric|stomach|abdominal)\s+pain|adverse\s+(?:events?|effects?)|side[\s-]+effects)\s+led\s+"
    r"(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?to\s+(?:withdraw|stop|discontinue|drop\s+out|quit)\b"
)
# A share of the treated who gave it up for its harms: "31% stopped gabapentin because of side effects".
_STOPPED_FOR_HARMS = re.compile(
    r"\b\d+(?:\.\d+)?\s*%\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:stopped|discontinued|quit|withdrew(?:\s+from)?)\s+(?:taking\s+)?(?:the\s+)?[\w-]+\s+"
    r"(?:because\s+of|due\s+to)\s+(?:its\s+|the\s+)?(?:side[\s-]+effects|adverse\s+(?:events|effects)|intolerance|toxicity)\b"
)
_HARM_STEMS = (
    "burn", "erythem", "sting", "irritat", "itch", "prurit", "rash", "nause", "vomit", "diarrh", "headache", "dizzi", "somnol", "drows",
    "sedat", "insomnia", "fatigue", "constipat", "dry mouth", "nightmare", "hypogly", "bleed", "bruis", "infection", "site reaction",
    "tingl", "paraesthes", "paresthes",
)
_ENDED = ("stopped", "quit", "switched", "came off", "took him off", "took her off", "took them off", "dropped", "had to stop", "had to come off", "had to give")


def _harm_excess(text: str) -> bool:
    """Whether ``text``'s finding is a harm: more of it with the treatment than with the
    control (by the arms' shares or in words), a share that stopped it for its side effects,
    or a commenter's harm that ended the treatment."""
    lowered = text.lower()
    if "%" in text and ("because" in lowered or "due to" in lowered) and _STOPPED_FOR_HARMS.search(lowered):
        return True
    if ("%" in text or " of " in text) and any(stem in lowered for stem in _HARM_STEMS) and (shares := _HARM_SHARES.search(lowered)):
        treated = 100 * float(shares["treated"]) / float(shares["treated_of"]) if shares["treated_of"] else float(shares["treated"])
        control = 100 * float(shares["control"]) / float(shares["control_of"]) if shares["control_of"] else float(shares["control"])
        return treated >= 1.5 * control + 1  # a clear excess: "14% vs 3%", not "23% vs 19%"
    if " more " in lowered and ("frequent" in lowered or "common" in lowered or "often" in lowered) and _HARM_MORE_OFTEN.search(lowered):
        return True
    if harm_in_excess(lowered):
        return True
    return any(word in lowered for word in _ENDED) and bool(_COMMENT_HARM.search(lowered))


# Findings that set the treatment against the comparator by how many it helped or how soon, read whole before the
# cue passes, which take "cured" for a gain and "fewer" for fewer harms.
# Fewer helped than with the comparator: "cured fewer animals than ivermectin", "relieved pain in fewer patients than
# ibuprofen", "cured only 38% of children, fewer than a dimeticone spray", "Fewer patients healed with the gel than with".
_HELPED_VERB = (
    r"(?:cured|cleared|healed|eliminated|eradicated|relieved|resolved|helped|prevented|protected|stopped|rescued|corrected|controlled|normali[sz]ed|restored|"
    r"reversed|got\s+rid\s+of|killed|removed|eased|improved|benefit(?:ed|t?ed))"
)
_FEWER_HELPED = re.compile(
    # the words between the verb and "fewer" are its object and share, never a second verb's ("relieved pain with fewer side effects")
    rf"(?<!not\s)(?<!n't\s)\b{_HELPED_VERB}\s+(?:(?!with\b|and\b|but\b|while\b|whereas\b|causing\b|caused\b|had\b)[\w%.'-]+,?\s+){{0,8}}?(?:only\s+)?fewer\s+(?:[\w-]+\s+){{0,2}}?than\b"
    r"|^\W*fewer\s+(?:[\w-]+\s+){0,2}?(?:were\s+)?(?:healed|cured|recovered|responded|remitted|improved|cleared)\s+(?:with|on|after|using|in)\s+[^.;]{1,50}?\bthan\s+(?:with|on|after|using|in)\b"
    # fewer of the outcome sought: "produced fewer cures than oral milbemycin", "achieved fewer remissions than lithium"
    r"|(?<!not\s)(?<!n't\s)\b(?:produced|achieved|gave|yielded|had|led\s+to|resulted\s+in)\s+(?:significantly\s+|slightly\s+|far\s+)?fewer\s+"
    r"(?:[\w-]+\s+)?(?:cures|remissions|responses|responders|recoveries|successes|clearances|healed\s+\w+)\s+than\b"
    # "Compared with surgery, the brace helped fewer patients return to sport"
    rf"|\b(?:compared\s+(?:with|to)|relative\s+to|versus)\s+[^,;.]{{1,40}},\s+(?:[\w-]+\s+){{1,4}}?{_HELPED_VERB}\s+(?:only\s+)?fewer\s+(?:patients|people|participants|children|women|men|adults|animals|subjects)\b"
)
# More patients reached the goal: "achieved ACR50 and PASI 100 together in more patients than adalimumab", "protected more toddlers than".
# (The unnegated word start is checked once for all the verbs, not once per branch: 3x faster.)
_MORE_REACHED = re.compile(
    r"(?<!not\s)(?<!n't\s)\b(?:"
    r"(?:achieved|attained|reached|produced|induced)\s+(?:[\w-]+\s+){1,8}?in\s+(?:significantly\s+|many\s+)?more\s+(?:[\w-]+\s+){0,2}?than\b"
    rf"|{_HELPED_VERB}\s+(?:significantly\s+|many\s+|far\s+)?more\s+(?:patients|people|participants|children|toddlers|babies|infants|women|men|adults|animals|"
    r"subjects|dogs|cats|horses|cows|calves|pigs|lambs|birds)\s+than\b"
    # the lesion or disease cleared: "cleared more haemangiomas than observation alone"
    r"|(?:cured|cleared|healed|eradicated|resolved|eliminated)\s+(?:significantly\s+|many\s+|far\s+)?more\s+(?:[\w-]+\s+){1,2}?than\b"
    # taking part that a programme seeks: "attended more antenatal visits than those given leaflets"
    r"|(?:attended|completed)\s+(?:significantly\s+)?more\s+(?:[\w-]+\s+){0,2}?(?:visits|sessions|appointments|classes|checks|check-ups|doses|modules)\s+than\b"
    # a good state kept in more: "kept more grafts patent at a year than", "kept more patients dry than pelvic-floor exercises"
    r"|(?:kept|maintained)\s+(?:significantly\s+|many\s+|far\s+)?more\s+(?:[\w-]+\s+){1,3}?"
    r"(?:open|patent|alive|dry|continent|intact|functioning|seizure-free|pain-free|symptom-free|relapse-free|in\s+remission|on\s+their\s+feet)\b[^.;]{0,30}?\bthan\b"
    r")"
)
# The verbs one of which every branch of ``_MORE_REACHED`` needs ("benefit" stands for its spellings).
_MORE_REACHED_VERBS = (
    "achieved", "attained", "reached", "produced", "induced", "cured", "cleared", "healed", "eliminated", "eradicated", "relieved",
    "resolved", "helped", "prevented", "protected", "stopped", "rescued", "corrected", "controlled", "normalised", "normalized",
    "restored", "reversed", "got", "killed", "removed", "eased", "improved", "benefit", "attended", "completed", "kept", "maintained",
)
# Recovery that came sooner: "healed the wounds about four days sooner than leaving them undressed", "went home 2 days earlier",
# "reached full feeds three days earlier".
_SOONER_RECOVERY = re.compile(
    r"(?<!not\s)(?<!n't\s)\b(?:heal(?:ed|s)?|recover(?:ed|s)?|resolv(?:ed|es)|clear(?:ed|s)|went\s+home|(?:were|was)\s+discharged|returned\s+to\s+(?:work|school|play|sport|duty|normal)"
    r"|(?:reached|regained|achieved)\s+(?:full\s+)?(?:feeds?|feeding|mobility|independence|walking|weight-bearing|continence|remission|recovery)(?!\s+(?:was|were)\b)"
    r"|walked|mobili[sz]ed|ambulated|(?:were|was)\s+(?:weaned|extubated)|(?:ready|fit|well\s+enough)\s+to\s+(?:go\s+home|be\s+discharged|leave\s+hospital)"
    # off the support the illness needed: "came off blood-pressure drugs 18 hours sooner", "were weaned off oxygen"
    r"|(?:came|got|went|were\s+weaned|was\s+weaned|were\s+taken|was\s+taken)\s+off\s+(?:[\w-]+\s+){0,3}?(?:drugs|vasopressors|pressors|oxygen|ventilation|ventilators?|support|dialysis|inotropes))\b"
    r"(?:(?!\bno\b|\bnot\b|n't|\bany\b|\bnever\b)[^.;]){0,50}?\b(?:sooner|earlier|faster|quicker|more\s+quickly|more\s+rapidly)\s+"
    # "ready to go home a week sooner when treated with X rather than Y": the arms after the speed
    r"(?:than\b|(?:when|if)\s+[^.;]{0,50}?\b(?:treated|given|managed|randomi[sz]ed)\s+(?:with|to)\s+[^.;]{1,50}?\brather\s+than\b)"
)
# Recovery denied to be sooner: "did not heal any faster than those given saline dressings".
_NOT_SOONER = re.compile(
    r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:heal|recover|resolve|clear|go\s+home|return\s+to\s+(?:work|school|play|sport|duty|normal))\b"
    r"[^.;]{0,40}?\b(?:sooner|earlier|faster|quicker|more\s+quickly|more\s+rapidly)\s+than\b"
)
# No better than the comparator, in so many words: "did not prevent colds any better than saline", "neither better nor worse
# than standard distraction", "does not help people fall asleep faster".
_NO_BETTER = re.compile(
    r"\b(?:did|does|do)\s*(?:not|n't)\s+[a-z]+\s+(?:[\w-]+\s+){0,6}?any\s+(?:better|more|faster|sooner)\s+than\b"
    r"|\bneither\s+better\s+nor\s+worse\b|\bno\s+better\s+(?:and|or|nor)\s+no\s+worse\b"
    # what the treatment gave, no better than the comparator's: "gave no better pain control than buprenorphine alone"
    r"|\b(?:gave|give|gives|produced|provided|offered|achieved|yielded|brought)\s+no\s+(?:better|greater|more)\s+(?:[\w-]+\s+){1,3}?than\b"
    # a commenter's comparison not won: "it did not do more for my pain than ibuprofen"
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+do\s+(?:any\s+|much\s+)?more\s+(?:for|to)\s+[^.;]{1,60}?\bthan\b"
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+help\s+(?:[\w-]+\s+){0,4}?(?:faster|sooner|better|more\s+quickly)\b(?!\s+than\s+(?:it|they)\b)"
    # a newsroom's "does not get babies home any faster", "didn't get them off oxygen any sooner": no comparison word needed
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+(?:get|send|bring|take)\s+(?:[\w-]+\s+){1,4}?(?:home|out|off\s+(?:the\s+)?[\w-]+|back\s+(?:the\s+)?[\w-]+)\s+any\s+"
    r"(?:faster|sooner|quicker|earlier|more\s+quickly)\b"
)
# No more of a bad outcome, or no better a good one, than the comparator: "was not associated with more perinatal complications than insulin".
_NOT_MORE_THAN = re.compile(
    r"\b(?:was|were|is|are)\s+not\s+associated\s+with\s+(?:significantly\s+)?(?:more|fewer|higher|lower|greater|less|better|worse)\s+[^.;]{1,60}?\bthan\b"
)
# The comparator named as another therapy "alone" outdid the treatment: "Physiotherapy alone outperformed the injection".
_ALONE_OUTDID = re.compile(
    r"^\W*(?:[\w-]+\s+){1,3}?alone\s+(?:\w+ly\s+)?(?:outperformed|beat|surpassed|bettered|(?:was|were|proved)\s+(?:\w+\s+)?(?:superior\s+to|better\s+than|more\s+effective\s+than))\b"
)

# A harm the treatment spared, told after its finding: "without worsening motor scores on the UPDRS".
_WITHOUT_HARM_TO = re.compile(r"\bwithout\s+(?:worsening|affecting|harming|impairing|aggravating|compromising)\b[^.;,()]*")
# A second clause that may state another finding: the whole sentence is then read as usual.
_CONTRASTED = re.compile(r";|\b(?:whereas|although|though|however)\b|\bbut\s+(?!it\s|they\s|this\s|that\s)")


def _set_against_comparator(text: str) -> str | None:
    """The direction of a finding stated as the arms' relative count or speed of recovery, or None."""
    lowered = text.lower()
    if "fewer" in lowered and (" than" in lowered or "compared" in lowered or "relative" in lowered or "versus" in lowered) and (found := _FEWER_HELPED.search(lowered)):
        return _for_treatment("negative", lowered, found)
    if " more " in lowered and " than" in lowered and any(verb in lowered for verb in _MORE_REACHED_VERBS) and (found := _MORE_REACHED.search(lowered)):
        return _for_treatment("positive", lowered, found)
    if " than" in lowered and ("sooner" in lowered or "earlier" in lowered or "faster" in lowered or "quick" in lowered):
        if _NOT_SOONER.search(lowered):
            return "null"
        if found := _SOONER_RECOVERY.search(lowered):
            return _for_treatment("positive", lowered, found)
    if ("any " in lowered or "neither" in lowered or "no better" in lowered or "no greater" in lowered or "no more" in lowered or "help" in lowered or "do more" in lowered) and _NO_BETTER.search(lowered):
        return "negative" if harm_beside_no_gain(lowered) else "null"  # "no better than X and caused more blurred vision"
    if "not associated" in lowered and _NOT_MORE_THAN.search(lowered):
        return "null"
    if " alone " in lowered and _ALONE_OUTDID.search(lowered):
        return "negative"
    return None


# What a comparison is set against that is no arm: "cured fewer patients than expected".
_NO_ARM_AFTER = re.compile(r"\s*(?:(?:was|were|had\s+been)\s+)?(?:expected|predicted|anticipated|hoped|planned|projected|assumed|usual|before|previously|in\s+(?:previous|earlier|prior)\b)")


def _names_control(lowered: str, start: int, end: int) -> bool:
    """Whether a control arm is named, as a whole word, between ``start`` and ``end`` ("sham", not "shampoo")."""
    return any(end_at == len(lowered) or not lowered[end_at].isalpha() for end_at in (found.end() for found in CONTROL_WORD.finditer(lowered, start, end)))


def _for_treatment(direction: str, lowered: str, found: re.Match[str]) -> str | None:
    """``direction`` as read with the treatment the subject; the reverse where the control arm is the subject ("placebo
    cured fewer animals than the drug"); None where the comparison is with no arm or both sides name a control."""
    if _NO_ARM_AFTER.match(lowered, found.end()):
        return None
    subject_start = max(lowered.rfind(",", 0, found.start()), lowered.rfind(";", 0, found.start())) + 1  # not "In the vehicle-controlled trial, ..."
    before, after = _names_control(lowered, subject_start, found.start()), _names_control(lowered, found.end(), len(lowered))
    if before and after:
        return None
    if before:
        return {"negative": "positive", "positive": "negative"}[direction]
    return direction


# What the placebo arm's response may mean, no finding of the treatment's: "However, the high response rate of placebo
# indicated a possible effect of this in its own right" (not "remission rates in the placebo group were lower").
_PLACEBO_RESPONSE_READ = re.compile(
    r"\b(?:(?:high|large|substantial|strong|marked|considerable|unusually\s+high)\s+)?(?:placebo\s+response(?:\s+rates?)?|(?:response|remission|improvement)\s+rates?\s+"
    r"(?:of|in|with|on)\s+(?:the\s+)?placebo(?:\s+(?:group|arm))?)\s+(?:may\s+have\s+|might\s+have\s+|could\s+have\s+)?"
    r"(?:indicated|indicates|suggests?|suggested|points?\s+to|pointed\s+to|reflects?|reflected|implies|implied|masked|masks|obscured|may|might|could|can)\b"
    # why a null came out: "partly because of an unusually large placebo response"
    r"|\b(?:because\s+of|due\s+to|owing\s+to|given)\s+(?:an?\s+|the\s+)?(?:(?:unusually|very|particularly|surprisingly)\s+)?(?:high|large|strong|substantial|marked)\s+placebo\s+response\b"
)
# A commenter who took the treatment and still fell ill: "I took zinc for a month and still got two colds".
_STILL_ILL = re.compile(
    r"\b(?:took|take|taking|tried|used|gave|give|giving|been\s+(?:taking|using|giving|on))\b[^.;]{0,100}?\b(?:and|but|yet)\s+"
    r"(?:(?:i|he|she|we|they|it|my\s+[\w-]+|our\s+[\w-]+)\s+)?(?:(?:am|is|are|was|were|'m|'s)\s+)?still\s+"
    r"(?:caught|catch|catches|got|get|gets|had|have|has|woke|wakes|wake|waking|wetting|ended\s+up\s+with|came\s+down\s+with|suffered|suffers|wet|wets)\b"
    r"(?!\s+(?:no|none|any|better|relief|the\s+benefits?|results?|some\s+benefit)\b)"
)


@per_document(maxsize=4096)
def parse_direction(text: str, comparator: str | None = None, outcome: str | None = None, treatment: str | None = None) -> str:
    """positive | null | negative | mixed | unknown, for the finding stated in ``text`` (see
    :func:`_direction_of`). A harm reported with no comparator, when nothing else is found, is
    read here, once for the whole text: the readers' rereadings of a text's parts would take a
    side effect named beside a gain for a second finding."""
    direction = _direction_of(text, comparator, outcome, treatment)
    if direction == "unknown" and not comparator and (harm := reported_harm(text.lower())):
        return harm  # "drowsiness was still reported in about a quarter of patients in an open series"
    return direction


# A verdict whose subject opens the text: "Diclofenac gel superior at 1 and 3 months", "Sertraline was better".
_SUBJECT_JUDGED_BETTER = re.compile(
    r"^\W*(?P<subject>(?:[\w%.-]+\s+){1,4}?)(?:was\s+|were\s+|is\s+|are\s+)?(?:significantly\s+|clearly\s+|slightly\s+)?"
    r"(?:superior|better|more\s+effective)\b(?!\s+tolerated)"
)


def _comparator_judged_better(text: str, comparator: str) -> bool:
    """Whether ``text`` opens by judging the active comparator (named by its last word) the better arm."""
    name = comparator.lower().split()[-1]
    if len(name) < 4 or CONTROL_WORD.fullmatch(comparator.lower()):
        return False
    found = _SUBJECT_JUDGED_BETTER.match(text.lower())
    return found is not None and name in found["subject"].split()


# A result cell that leaves its outcome to the outcome column: "Fell by 1.4 kg/d versus control", "Intake fell ...".
_BARE_CHANGE = re.compile(r"(?:fell|dropped|declined|decreased|rose|increased|went\s+(?:up|down)|came\s+down)\b", re.I)
_SHORT_SUBJECT = re.compile(r"([A-Za-z][\w-]*)\s+(?=(?:fell|dropped|declined|decreased|rose|increased|was|were)\b)")


def _with_outcome_named(text: str, outcome: str) -> str:
    """The cell as it reads with its outcome column's measure as the subject of its change ("Fell by 3 points" under
    "Quality of life", "Intake fell" under "Dry-matter intake"), so the measure's sense says which way is better."""
    if _BARE_CHANGE.match(text):
        return f"{outcome} {text[:1].lower()}{text[1:]}"
    subject = _SHORT_SUBJECT.match(text)
    words = outcome.lower().split()
    if subject and len(words) > 1 and words[-1].split("-")[-1] == subject.group(1).lower():
        return outcome + text[subject.end(1):]
    return text


def _direction_of(text: str, comparator: str | None = None, outcome: str | None = None, treatment: str | None = None) -> str:
    """positive | null | negative | mixed | unknown, for the finding stated in ``text``.

    A marker of the treatment's mechanism that moved ("lowered C-reactive protein
    levels") beside a clinical outcome that did not ("but did not improve survival") is
    no second finding: the sentence is null. A clinical gain beside a marker that did not
    move ("lower stress scores, but cortisol didn't budge") stays mixed, and markers of
    the disease's damage (troponin) are outcomes like any other. ``treatment``, a table row's
    Intervention cell ("Protein supplement 40 g/day") or the animals it was given to ("48 steers"), may tell
    that weight gain was the aim."""
    if outcome == text:
        outcome = None  # a table's one cell naming the outcome and stating the finding ("CAL gain 1.2 vs 0.8 mm"): read once, as the finding
    elif outcome:
        text = _with_outcome_named(text, outcome)
    if comparator and ("superior" in text or "better" in text or "more effective" in text) and _comparator_judged_better(text, comparator):
        return "negative"  # a result cell "Diclofenac gel superior at 1 and 3 months" beside the Comparator cell "Topical diclofenac 2% gel"
    if "eight" in text and (_LIVESTOCK.search(text) or _WEIGHT_WANTED.search(text.lower()) or (
            treatment and (_WEIGHT_WANTED.search(treatment.lower()) or _LIVESTOCK.search(treatment)))):
        # a broiler's or piglet's weight gain is the yield sought, a preterm infant's or a cachectic patient's the recovery sought
        text = _UNDERWEIGHT.sub("undernourished", _WEIGHT_GAIN.sub("growth gain", text))  # "underweight" is no weight harm either
    if "ly " in text and _INTENSIFIER.search(text):
        text = _INTENSIFIER.sub("", text)  # "headache days were clearly lower on candesartan": the comparison as the cues know it
    if "-\n" in text:
        text = _BROKEN_WORD.sub("", text)  # "essentially un-\nchanged": a PDF line's hyphenation, one word
    if (" vs" in text or "versus" in text or "compared" in text or "against" in text) and _may_hold_fraction(text) and _FRACTION_SHARE.search(text):
        text = _FRACTION_SHARE.sub(lambda found: _FRACTIONS[SPACE_RUN.sub(" ", found.group(1).lower().replace("-", " "))], text)  # "two-thirds were pain-free versus a third on placebo"
    if "ontrol" in text and (" than " in text or "compared" in text or " vs" in text or "versus" in text) and _CONTROL_AS_OUTCOME.search(text):
        text = _CONTROL_AS_OUTCOME.sub(lambda found: found.group(0)[: -len("control")] + "management", text)  # "glycaemic control improved more with X": no control arm
    if "-treated" in text or "-fed" in text or "-injected" in text or "-dosed" in text:
        text = _TREATED_CONTROLS.sub(lambda found: "" if found["controls"] is not None else found["given"] + " ", text)  # "than saline-treated controls"
    if "% and " in text and len(_TWO_TRIALS_SHARES.findall(text)) == 2:
        text = _TWO_TRIALS_SHARES.sub(r"\1", text)  # "35.4% and 40.2% of patients on X, compared with 6.0% and 6.3% on vehicle": each trial alike
    if "%)" in text and (" vs" in text or "versus" in text or "compared" in text or " than " in text) and _COUNT_WITH_SHARE.search(text):
        text = _COUNT_WITH_SHARE.sub(lambda found: found["share"] + (" of" + found["noun"] if found["noun"] else ""), text)
    if ". " in text and _GENUS_INITIAL.search(text):
        text = _GENUS_INITIAL.sub(r"\1 ", text)  # "the cure rate for S. mansoni was 78%": one clause
    if "cut back" in text:
        text = _CUT_BACK.sub("reduced ", text)
    if "down" in text and _BROUGHT_DOWN.search(text):
        text = _BROUGHT_DOWN.sub(r"lowered \1", text)
    if "saw " in text and _SAW_FALL.search(text):
        text = _SAW_FALL.sub(r"reduced \1by", text)
    if "despite " in text and _DESPITE_GAIN.search(text):
        text = _DESPITE_GAIN.sub(_gain_conceded, text)  # "no fewer events, despite the drug lowering triglycerides by 26%": a gain beside
    if "ut-perf" in text:
        text = _OUT_PERFORM.sub("outperform", text)  # "out-performed", one word
    if "went " in text and _WENT_UP_AGAINST.search(text):
        text = _WENT_UP_AGAINST.sub(lambda found: "rose" if found["way"] == "up" else "fell", text)  # "VO2max went up compared with placebo"
    if "drops" in text and _DROPS_GIVEN.search(text):
        text = _DROPS_GIVEN.sub(lambda found: found.group(0)[: -len("drops")] + "gutta", text)  # "placebo drops in 40 patients": no fall
    if "did " in text and _EMPHATIC_DID.search(text):
        text = _EMPHATIC_DID.sub(_past_tense, text)  # "What did help a bit: ...": helped, as the passes read it
    if " cut " in text or " cuts " in text:
        text = _NEWS_CUT.sub(lambda found: "reduced " if found.group(0).startswith(("cut ", "Cut ")) else "reduces ", text)  # a newsroom's "cut delirium from 27% to 12% compared with saline"
    if " than " in text and (" more " in text or " fewer " in text):
        text = _STOPPED_MORE.sub(lambda found: "was more effective than" if found["more"] == "more" else "was less effective than", text)  # "arrested more lesions than"
    if "without " in text and (spared := [found.span() for found in _WITHOUT_HARM_TO.finditer(text.lower())]):
        text = _blanked(text, spared)  # "reduced psychosis ... without worsening motor scores": a harm avoided is no second finding
    if asides := aside_spans(text):
        text = _blanked(text, asides)  # "what finally helped was switching to ...", "the twice-yearly schedule added little over the yearly one"
    if "(" in text and any(word in text for word in _VERDICT_WORDS) and (
            verdicts := [found.span("numbers") for found in _VERDICT_THEN_NUMBERS.finditer(text)]):
        text = _blanked(text, verdicts)  # "did no better than placebo (clearance 20% vs 23%)": the numbers are the verdict's, read once
    if comparator and comparator.lower() not in CONTROLS and "oth " in text and _BOTH_ACTIVE_BEAT_CONTROL.search(lowered := text.lower()) and not CONTROL_WORD.match(comparator.lower()):
        return "null"  # "both active treatments beat placebo by similar margins": the treatment against its active comparator, alike
    if "likely" in text and (control_likely := control_arm_likely(text.lower())):
        return control_likely  # "patients given placebo were more likely to achieve remission"
    if (" than" in text or " alone " in text or "neither" in text or " help" in text or "ompared" in text or " any " in text) and (against := _set_against_comparator(text)) and not _CONTRASTED.search(text):
        return against
    if " also " in text and " but " in text and _CONTROL_ALSO_LESS.search(text.lower()):
        return "positive"  # "Placebo also works, but not as well": the comparator helped less
    if "lacebo" in text and ("response" in text or "remission" in text or "improvement" in text) and (
        placebo_response := _PLACEBO_RESPONSE_READ.search(lowered := text.lower())
    ):
        text = _blanked(text, [(placebo_response.start(), _sentence_end(lowered, placebo_response.end()))])  # what the placebo response may mean
    if ("ower " in text or "pper " in text or "OWER " in text or "PPER " in text) and _BODY_PART_LOWER.search(text):
        text = _BODY_PART_LOWER.sub(r"\1-", text)  # "lower urinary tract symptoms": a body part, no comparative (one character for one)
    if "only)" in text and (notes := [found.span("note") for found in _CONTROL_ONLY_NOTE.finditer(text)]):
        text = _blanked(text, notes)  # "compared with no daily emollient (rescue only)": the control arm's care, no limit on the finding
    if "iffer" in text and (gains := [found.span("gain") for found in _GAIN_MEASURED.finditer(text)]):
        text = _blanked(text, gains)  # "no significant difference in pain reduction": the measure, not a gain
    if any(word in text for word in _BAD_LEVEL_WORDS) and _BAD_LEVEL_REDUCED.search(text):
        text = _BAD_LEVEL_REDUCED.sub(r"\1", text)  # "reduced elevated blood pressure" lowered blood pressure: the adjective says it was too high
    def read(blanked: str) -> str:
        return _direction_of(blanked, comparator, outcome)

    direction = idiom_direction(text, reread(text, _read_direction(text, comparator, outcome), read), read, comparator)
    if direction in ("unknown", "null") and (plain := plain_cues(text)):
        if direction == "unknown" or "positive" in plain:
            return _verdict(plain | ({"null"} if direction == "null" else set()))  # "the 2 g/kg group had better FCR; 1 g/kg was no different"
    if direction in ("unknown", "null", "positive") and partly_relieved(text.lower()):
        return "mixed"  # "it clears it every time but it's back within about 6 weeks", "it worked for Ella but Jack still ended up in NICU"
    if direction in ("unknown", "null") and relief_returned(text.lower()):
        return "mixed"  # "the white patches faded but came back a week later"
    if direction in ("unknown", "null", "mixed") and (reliefs := relief_spans(lowered := text.lower())) and " both " not in lowered and (
        relieved := with_relief(lowered, read(_blanked(text, reliefs)))
    ):
        return relieved  # "it cleared in 5 days", beside another remedy's failure or a complaint unmoved
    if direction in ("positive", "unknown") and (not_faster := cure_not_faster(text.lower())):
        return with_cure_not_faster(read(_blanked(text, [not_faster])))  # "might ease pain a day sooner but don't cure faster"
    if direction == "mixed" and (side := side_measure_spans(text.lower())) and read(_blanked(text, side)) == "positive":
        return "positive"  # "ADG improved; intake unchanged": a gain at no cost
    if direction in ("positive", "unknown") and (shared := benefit_shares(text.lower())):
        return shared  # "cleared symptoms in 87% ..., compared with 71% for ...", "19 of 24 reported no nausea" in a single-arm series
    if direction == "unknown" and " as well as " in text and (alike := _as_well_as_arm(text.lower())):
        return alike  # "oxcarbazepine controlled pain as well as carbamazepine": no better, no worse
    if direction == "unknown" and " than " in text and (against := set_against_other_arm(text.lower())):
        return against  # "response rates were higher than with placebo", "caused drowsiness ... more often than haloperidol"
    if direction in ("unknown", "null") and (more := (more_of_outcome(text.lower()) if " than " in text else None) or stood_apart(text.lower())):
        if direction == "unknown":
            return more[0]  # "caused more abdominal cramping than enemas"
        if more[0] == "positive" and _SEPARATE_CLAUSES.search(text.lower(), more[1][1]) and not _REFERS_BACK.search(text.lower(), more[1][1]) and (
                read(_blanked(text, [more[1]])) == "null"):
            return "mixed"  # "more spontaneous bowel movements than placebo after 2 weeks but no difference by week 8",
            # "Milk yield was 1.8 kg/day higher ..., but the incidence of clinical ketosis was not different"
    if direction == "unknown" and (terse := terse_change(lowered := text.lower())):
        # "AK count down 13% vs placebo": a listed measure moved against the control; "in obese subgroup only": in some
        return "mixed" if terse == "positive" and "only" in lowered and _LIMITED_TO.search(lowered) else terse
    if direction in ("unknown", "null") and (fell := fell_in_arm(lowered := text.lower())):
        if direction == "unknown":
            return fell[0]  # "night-time pillow wetting fell with hyoscine"
        if fell[0] == "positive" and _SEPARATE_CLAUSES.search(lowered) and not _NEGATION.search(lowered, *_clause(lowered, sum(fell[1]) // 2)) and (
                not _FELL_REFERRED_TO.search(lowered, fell[1][1])) and (
                read(_blanked(text, [fell[1]])) == "null"):
            return "mixed"  # "CMPS-SF scores were lower at 12 and 24 h with ketamine, but rescue analgesia rates did not differ"
    if direction == "unknown" and (report := own_report(text.lower())):
        return report  # a commenter's "saw nothing at all", "became more irritable", "is finally normal"
    if direction == "null" and " but " in (lowered := text.lower()) and own_report(lowered) == "positive":
        return "mixed"  # "lows are shallower. But it did nothing for my hypomanias": a gain the passes did not read, and a null
    if direction in ("unknown", "null", "positive") and harm_beside_equal_gains(text.lower()):
        return "negative"  # "improved similarly in both groups, but somnolence was twice as common with hydroxyzine"
    if direction == "null" and harm_beside_no_gain(text.lower(), comparator):
        return "negative"  # "no better than saline, and more nosebleeds": nothing gained, a harm brought
    if direction == "null" and _CLAUSE_SPLIT.search(text) and _worse_clause_beside_null(text, comparator, outcome):
        return "negative"  # "was associated with more akathisia (9.2% vs 2.1%) ..., with no advantage on the MADRS"
    if direction == "mixed" and worse_beside_no_gain(text.lower()):
        return "negative"  # "no better than wound infiltration, and pain scores were higher in the block group"
    if direction in ("null", "mixed") and "oth " in text and _BOTH_THEN_ADDED.search(lowered := text.lower()):
        return "positive"  # "Both arms improved; the add-on gave a further reduction (p = 0.03)": the add-on's own gain
    if direction == "null" and " more " in text and (responders := _NULL_YET_MORE_RESPONDERS.search(text.lower())) and not CONTROL_WORD.match(responders["arm"]):
        return "mixed"  # "the difference was not significant, although more drug-treated patients were responders (47% vs 19%)"
    if direction == "null" and _CONTROL_ARM_UNCHANGED.match(text.lower()):
        return "unknown"  # "There was no improvement in the children who took the placebo": the control's own course
    if direction in ("negative", "mixed") and _CONTROL_ARM_ALONE.match(text) and not _ARMS_SET_AGAINST.search(text.lower()):
        return "unknown"  # "In the placebo group, symptoms worsened": how the comparator arm fared, not the treatment's effect
    if direction == "unknown" and "no" in (lowered := text.lower()) and _HARMS_NOT_MORE_COMMON.search(lowered) and _AGAINST_CONTROL.search(lowered):
        return "null"  # a claim about harms alone: "adverse events were not significantly more common with varenicline than with placebo"
    if direction in ("unknown", "negative") and " more " in text and control_had_more_harm(text.lower()):
        return "positive"  # "the placebo group had more seizures than the levetiracetam group": the treatment spared them
    if direction == "unknown" and _harm_excess(text):
        return "negative"
    if direction == "positive" and (
            " more " in text and ("frequent" in text or "common" in text or "often" in text)
            or "higher" in text and ("withdraw" in text or "discontinu" in text or "drop" in text)
            or "manic" in text or "psychotic" in text or "suicidal" in text
            or " more " in text and ("reported" in text or "experienced" in text or "developed" in text or "noted" in text)
            or " led " in text and ("withdraw" in text or "stop" in text or "discontinu" in text or "drop" in text or "quit" in text)
    ) and (excess := _HARM_MORE_OFTEN.search(lowered := text.lower()) or _HARM_BESIDE_GAIN.search(lowered)):
        # "restlessness was more frequent with mirtazapine than with placebo": more of a harm is no win over the control
        return "mixed" if read(_blanked(text, [excess.span()])) == "positive" else "negative"
    if direction == "positive" and _GAIN_HARM_SPLIT.search(text) and _harm_clause_beside_gain(text, comparator, outcome):
        return "mixed"  # "the composite endpoint occurred in 5.3% versus 7.9% (HR 0.66). Diarrhoea was reported more often with colchicine (9% vs 4%)."
    if direction == "positive" and " more " in text and ("frequent" in text or "common" in text) and (
            harm := harm_beside_gain(text.lower())) and read(_blanked(text, [harm])) == "positive":
        return "mixed"  # "a higher HDSS response rate than vehicle, but dry mouth and mydriasis were more frequent with active treatment"
    if direction == "unknown" and "still " in text and _STILL_ILL.search(text.lower()):
        return "null"  # "I took echinacea all winter and still caught every bug": no benefit
    if direction == "unknown" and outcome and _RELATION_SIGN.search(outcome):
        # a table's outcome cell that relates the arms itself, "PDI: INT (92 ± 12) > CTRL (84 ± 11)", beside an effect size alone
        return _verdict(arm_relations(outcome.lower(), ""))
    if direction in ("mixed", "null") and (" whereas " in text or " while " in text or " but " in text or ";" in text or ", with no" in text or "contrast" in text or " and was unchanged" in text or " and were unchanged" in text) and (
        any(word in (lowered := text.lower()) for word in _UNCHANGED_WORDS) and _control_may_stand_still(lowered) and (
            unchanged := _CONTROL_UNCHANGED.search(lowered))
    ):
        if read(_blanked(text, [unchanged.span()])) == "positive":
            return "positive"  # "all ashwagandha groups had a significant drop, whereas the placebo group did not show any change"
    if direction != "unknown" and " both " in text and (both := _BOTH_BUT_MORE.search(lowered := text.lower())) and not _NEGATION.search(lowered, both.end()):
        # "HbA1c improved in both arms, but significantly more in the semaglutide arm"; "..., but more in the placebo group"
        return "negative" if CONTROL_WORD.match(both["arm"]) else "positive"
    if direction == "null" and ("," in text or ";" in text) and len(text) < _TERSE_CHARS and (";" in text or _maybe_terse(text, text.lower())) and (
            not _PROSE_WORD.search(text.lower())) and (
            _terse_gain_and_null(text, comparator, outcome)):
        return "mixed"  # "Pain ↓ vs sham; function ↔", "Sig at wk 2, ns at wk 8": a terse cell's parts read one by one
    if direction == "positive" and (";" in text or " but " in text or "whereas" in text or ", not " in text) and _gain_beside_null_clause(text, comparator, outcome) and not (
        ("no " in text or "unchanged" in text) and comparator_unchanged_spans(text.lower(), comparator)
        or ("whereas" in text or "while " in text) and other_arm_null_span(text.lower(), comparator)
        or (" no " in text or "respond" in text) and non_responder_spans(text.lower())
    ):
        return "mixed"  # the comparator's own standstill ("; no change with metformin") is no null second finding  # "sleep diaries improved compared with waitlist, but sleep efficiency did not"
    if direction in ("null", "mixed") and ("switch" in text or "crossed" in text or "crossing" in text) and (switched := _switched_arm_alike(text.lower())):
        rest = _read_direction(_blanked(text, [switched]), comparator, outcome)
        return "positive" if rest == "unknown" else rest  # the switchers gained as the first-treated did: the gain, replicated
    if direction == "unknown" and ("switch" in text or "crossed" in text or "crossing" in text or "transitioned" in text or "rolled" in text) and (
        (switched_at := _SWITCHED.search(lowered := text.lower())) and _SIMILAR_GAIN.search(lowered, switched_at.end())
    ):
        return "positive"  # "those who switched from placebo to the 100 mg dose showed a similar slowing": the gain, replicated
    if direction == "mixed" and _MAY_NAME_MARKER.search(lowered := text.lower()) and not (
        (comparator and "vehicle" in comparator.lower()) or _LABORATORY.search(lowered)
    ):
        markers = list(_MARKER.finditer(lowered))
        others = _blanked(text, _marker_clauses(lowered, markers)) if markers else ""
        clinical = _read_direction(others, comparator, outcome) if markers else "unknown"
        if clinical in ("null", "negative") and not _LABORATORY_OUTCOME.search(others.lower()):
            return clinical
    if direction == "mixed" and _MAY_BE_POST_HOC.search(lowered := text.lower()):
        # "THI scores ... did not differ. A post hoc analysis suggested a larger reduction only in the subgroup with normal hearing":
        # an unplanned analysis's gain beside the planned null
        without = _read_direction(_blanked(text, [found.span() for found in _POST_HOC.finditer(lowered)]), comparator, outcome)
        if without in ("null", "unknown"):
            return without  # the unplanned gain alone is no finding: the planned outcomes decide
    if direction in ("mixed", "null") and "primary" in text.lower() and _primary_gain_beside_responder_nulls(text, comparator, outcome):
        return "positive"
    if direction == "positive" and " and from " in text and (each := _EACH_ARM_FROM_BASELINE.search(lowered := text.lower())) and not (
        _names_arm(each["first"], comparator) or _names_arm(each["second"], comparator) or _ARMS_RANKED.search(lowered)
    ):
        return "unknown"  # "from 7.5 at baseline to 0.6 in the 1st group and from 6.5 to 0.4 in the 2nd group": each arm's own change
    if direction == "mixed" and "both" in (lowered := text.lower()) and _BOTH_ARMS_GAINED.search(lowered) and _BETWEEN_GROUPS_NULL.search(lowered) and not _ARMS_RANKED.search(lowered):
        return "null"  # "Both groups showed significant improvement compared with baseline, but there was no significant difference between the two groups"
    if direction == "null" and "only" in text.lower() and _limited_gain_beside_null(text, comparator, outcome):
        return "mixed"  # "Only the 28 and 56 mg arms improved PSQI scores; the 14 mg arm was indistinguishable from placebo"
    if direction == "mixed" and "from" in text and (paired := paired_change(text.lower(), " " + outcome.lower() if outcome else "", comparator)):
        return paired  # each arm's baseline and end value: the change against the control's decides
    if direction in ("positive", "unknown") and " than " in text and ("free" in text or "cured" in text or "healed" in text or "remission" in text) and (
        share := _GOOD_STATE_SHARE.search(text.lower())
    ):
        return "negative" if share["fewer"] else "positive"  # "Only 31% of dogs ... were itch-free, fewer than the 58% on oclacitinib"
    if direction == "unknown" and ("time" in text or "Time" in text or "ength of" in text or "uration of" in text or " stay" in text) and (timed := _TIME_PER_ARM.search(text.lower())):
        return _shorter_first(timed)  # "Heal time was 9 days with the dressing and 14 days with gauze"
    if direction == "unknown" and ("urviv" in text or "ime to " in text or "S was " in text) and (lasted := _LASTED_PER_ARM.search(text.lower())):
        return _shorter_first(lasted, longer_better=True)
    if direction == "unknown" and " than " in text and (back := _CAME_BACK.search(text.lower())):
        sooner = back["when"] in ("sooner", "earlier", "faster", "more quickly")
        return "negative" if sooner != bool(CONTROL_WORD.search(back["first"])) else "positive"  # "Symptoms returned sooner with the short course than ..."
    if direction in ("positive", "unknown") and "followed by" in text and "%" in text and (ranked := _ranked_against_control(text.lower())):
        return ranked  # "fluoxetine produced the best results (65.4%) followed by ..., pyridoxine (45.3%) and placebo (39.4-46.1%)"
    if direction in ("positive", "unknown") and " but " in text and " more " in text and (harm := _BUT_MORE_OFTEN.search(lowered := text.lower())) and not _SAFETY_HARM.search(lowered, harm.start()):
        before = _read_direction(text[: harm.start()], comparator, outcome)
        if before == "positive":
            return "mixed"  # "fewer babies had hypoglycaemia, but metformin-exposed babies were more often small for gestational age"
    if direction == "unknown" and not comparator and " in " in text and _SINGLE_ARM_SUCCESS.search(text.lower()):
        return "positive"  # an uncontrolled series' good state reached: "TT4 normal in 84%", "became euthyroid in 82% of cases"
    if direction == "unknown" and not comparator and "respon" in text and _SHARE_RESPONDED.search(lowered := text.lower()) and not CONTROL_WORD.search(lowered):
        return "positive"  # an uncontrolled series: "40 of the patients (68%) showed a favorable response"
    if direction in ("null", "unknown") and "respon" in text and _SOME_RESPONDED.search(text.lower()):
        return "mixed"  # "seven failed to respond but three did"
    if direction == "unknown" and len(text) <= 50 and text.rstrip(" .)").lower().endswith(" only") and not _NEGATION.search(lowered := text.lower()) and not CONTROL_WORD.search(lowered):
        return "mixed"  # a result cell's limit: "Positive at 300 and 450 mg/day only", "Night only"
    return direction


# A share of an uncontrolled series that responded: "40 of the patients (68%) showed a favorable response",
# "Twelve of 20 dogs had a good response".
_SHARE_RESPONDED = re.compile(
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\(\d+(?:\.\d+)?\s*%\)\s+)?(?:of|out\s+of)\s+(?:the\s+)?(?:\d+\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:patients|participants|subjects|people|children|adults|women|men|dogs|cats|horses|animals)?\s*(?:\(\d+(?:\.\d+)?\s*%\)\s*)?,?\s+"
    r"(?:showed|had|achieved|experienced|reported|made)\s+(?:an?\s+)?(?:favou?rable|good|positive|excellent|clinical|complete|partial|marked|meaningful)?\s*"
    r"(?:response|improvement|remission)\b"
)
# Some responders among non-responders: "seven failed to respond but three did".
_SOME_RESPONDED = re.compile(
    r"\b(?:failed\s+to\s+respond|did\s+not\s+respond|didn't\s+respond|were\s+non-?responders)\b[^.;]{0,30}?\bbut\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:did|responded)\b"
)
# A good state an uncontrolled series reached, in a share of its patients: "Clinical control in 83% by day 30",
# "became euthyroid in 82% of cases", "good or excellent clinical control in most dogs".
_SINGLE_ARM_SUCCESS = re.compile(
    r"(?<!no\s)(?<!not\s)\b(?:(?:good|excellent|good\s+or\s+excellent|good-to-excellent)\s+(?:clinical\s+)?(?:control|responses?|results?|outcomes?)|"
    r"(?:clinical\s+)?control|remission|clearance|(?:complete\s+)?resolution|healing|cure|success|euthyroid(?:ism)?|normal|seizure[\s-]freedom|"
    r"stabili[sz]ation(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|"
    r"became\s+(?:euthyroid|seizure[\s-]free|abstinent|continent|symptom[\s-]free|pain[\s-]free|asymptomatic|itch[\s-]free))\s+"
    r"(?:was\s+|were\s+)?(?:achieved\s+|reached\s+|seen\s+|obtained\s+)?in\s+(?:\d+(?:\.\d+)?\s*%|\d+\s+of\s+(?:the\s+)?\d+|most|the\s+majority)"
    r"(?![^.;]{0,30}\b(?:at|before)\s+(?:baseline|entry|enrol?ment|screening|the\s+start)\b)"  # a state the patients came with
)


# A gain matched to another arm's: "controlled pain as well as carbamazepine", "did not relieve itch as well as hydrocortisone".
_AS_WELL_AS = re.compile(
    r"\b(?P<negated>(?:not|n't|never)\s+)?(?:controlled|control|relieved|relieve|reduced|reduce|improved|improve|worked|work|performed|helped|help|eased|ease|prevented|prevent)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:just\s+|about\s+|equally\s+|every\s+bit\s+|nearly\s+|almost\s+)?as\s+well\s+as\s+(?:did\s+|does\s+)?(?:the\s+|a\s+|an\s+)?"
)


def _as_well_as_arm(lowered: str) -> str | None:
    """null for a gain said to match a named drug's or the control's, negative for one said not to; None when
    "as well as" only adds ("reduced pain as well as fatigue")."""
    for found in _AS_WELL_AS.finditer(lowered):
        arm_start = found.end()
        if CONTROL_WORD.match(lowered, arm_start) or any(start == arm_start for start, _, _ in drug_mentions(lowered)):
            return "negative" if found["negated"] else "null"
    return None


_OUT_PERFORM = re.compile(r"(?i)out-perform")
# A measure that "went up" or "went down" set against another arm: "found VO2max went up compared with placebo".
_WENT_UP_AGAINST = re.compile(r"\bwent\s+(?P<way>up|down)\b(?=[^.;]{0,40}?\b(?:compared|than|versus|vs\.?|relative)\b)")
# Drops given, not a fall: "placebo drops", "eye drops", "saline nose drops".
_DROPS_GIVEN = re.compile(r"(?i)\b(?:placebo|eye|ear|nasal|nose|saline|vehicle|sham|sublingual)\s+drops\b")
# An emphatic "did": "what did help was", "it did reduce the itching" (not "did not help", "nor did help").
_EMPHATIC_DID = re.compile(r"(?<![Nn]or\s)(?<![Nn]either\s)\b[Dd]id\s+(?P<verb>help|improve|reduce|ease|relieve|lower|shorten|work|clear|calm|settle|boost)\b")


def _past_tense(found: re.Match[str]) -> str:
    verb = found["verb"]
    return verb + ("d" if verb.endswith("e") else "ed")
_BROKEN_WORD = re.compile(r"(?<=[a-z])-\n(?=[a-z])(?!(?:and|or|to)\b)")
# A share written as a fraction, before the people it counts: "about two-thirds were pain-free at 2 hours versus roughly a third on placebo".
_FRACTIONS = {"two thirds": "67%", "three quarters": "75%", "half": "50%", "a third": "33%", "one third": "33%", "a quarter": "25%",
              "one quarter": "25%", "a fifth": "20%", "one fifth": "20%"}
_FRACTION_SHARE = re.compile(
    r"(?i)\b(two[\s-]thirds|three[\s-]quarters|half|(?:a|one)\s+third|(?:a|one)\s+quarter|(?:a|one)\s+fifth)\b"
    r"(?=\s+(?:were|was|had|of|on|in|with|reported|achieved|became|given|taking|receiving)\b)"
)


def _may_hold_fraction(text: str) -> bool:
    """Whether ``text`` may hold one of those fractions: ASCII text lacking each of their words
    cannot (the case-insensitive scan costs ~20 us a sentence). Text outside ASCII is scanned,
    since there case folding and lowercasing part ways."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "half" in lowered or "third" in lowered or "quarter" in lowered or "fifth" in lowered


# Control as what was achieved, not the control arm, where arms are compared: "glycaemic control improved more with X than
# with Y", "better control of symptoms than". (Alone, "symptom control in 77%" is the good state the passes read.)
_CONTROL_AS_OUTCOME = re.compile(
    r"(?i)\b(?:glyc(?:a)?emic|glucose|sugar|diabetes|diabetic|metabolic|asthma|seizure|pain|symptom|blood[\s-]pressure|bp|disease|"
    r"weight|impulse|bladder|bowel|rate|rhythm|infection|tumou?r|craving|anger|emotional|postural|motor|tic|itch|lipid|"
    r"(?:better|good|poor|improved|tighter|tight|worse|optimal|adequate|complete|partial)(?=\s+control\s+(?:of|over)\b))\s+control\b")
# A control arm named by what it was given: "saline-treated controls" are the controls, "vehicle-fed mice" the
# vehicle mice.
_TREATED_CONTROLS = re.compile(
    r"(?i)\b(?P<given>saline|vehicle|placebo|sham|water)(?:-(?:treated|fed|injected|dosed)\s+(?P<controls>(?=controls?\b))|"
    r"-(?:treated|fed|injected|dosed)\s+(?=\w))")
# Two trials' shares, arm by arm: "reached by 35.4% and 40.2% of patients on tapinarof, compared with 6.0% and 6.3% on
# vehicle". Read by the first trial's pair when both arms list one.
_TWO_TRIALS_SHARES = re.compile(r"\b(\d+(?:\.\d+)?\s*%)\s+and\s+\d+(?:\.\d+)?\s*%(?=\s+(?:of|on|in|with|among|for|receiving|given|taking)\b)")
# A count of a denominator with its share in brackets, the abstract's way: "62 of 148 patients (41.9%) receiving X achieved
# EASI-75, compared with 18 of 150 (12.0%) receiving placebo". The share alone is what the share readers take.
_COUNT_WITH_SHARE = re.compile(
    r"\b\d[\d,]*\s*(?:of|/|out\s+of)\s*\d[\d,]*(?P<noun>\s+(?:[a-z][\w-]*\s+){0,2}?(?:patients|participants|children|adults|"
    r"women|men|people|infants|subjects|dogs|cats|horses|cows|eyes|teeth|molars|lesions|sites|cases|mothers|babies|neonates))?"
    r"\s*\((?P<share>\d+(?:\.\d+)?\s*%)\)"
)


# A genus abbreviated before its species, "S. mansoni", "C. acnes": no sentence ends at its full stop.
_GENUS_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.\s+(?=[a-z]{3,}\b)")
# Consumption cut back against the control arm: "cut back their heavy drinking far more than those given placebo".
_CUT_BACK = re.compile(r"(?i)\bcut\s+back\s+(?:on\s+)?(?=[^.;]{0,60}?\b(?:than|compared|versus|vs\.?|relative)\b)")
# A newsroom's phrasal verbs of a change: "brought systolic pressure down by roughly 8 points" (lowered), "saw bloodstream
# infections in intensive care fall by 28%" (reduced).
_BROUGHT_DOWN = re.compile(r"(?i)\b(?:brought|brings|bring|bringing)\s+((?:[\w-]+\s+){1,4}?)down\b(?=\s+(?:by|(?:to|from)\s+(?:about\s+|around\s+)?\d|\d))")
_SAW_FALL = re.compile(r"(?i)\bsaw\s+((?:[\w-]+\s+){1,6}?)(?:fall|drop|decline|decrease)\s+by\b")
# An adverb that only stresses a comparison, which no significance test backs: "clearly lower", "noticeably better".
_INTENSIFIER = re.compile(r"\b(?:clearly|markedly|noticeably|considerably|substantially|appreciably|dramatically|visibly)\s+"
                          r"(?=(?:lower|higher|better|worse|fewer|less|more|greater|smaller|larger|shorter|longer|faster|slower)\b)", re.I)
# A gain conceded beside the finding, as a gerund: "despite the drug lowering triglycerides", "despite lowering LDL by 30%".
_DESPITE_GAIN = re.compile(r"(?i)\bdespite\s+(?P<subject>(?:the|its|this|that)\s+(?:[\w-]+\s+)?)?(?P<verb>lower|reduc|cutt|improv|decreas)ing\b"
                           r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:doses?|dosage|amount|frequency|number\s+of\s+(?:doses|sessions|visits)))")
_PAST_TENSE = {"lower": "lowered", "reduc": "reduced", "cutt": "cut", "improv": "improved", "decreas": "decreased"}


def _gain_conceded(found: re.Match[str]) -> str:
    return f"although {found['subject'] or 'it '}{_PAST_TENSE[found['verb'].lower()]}"
# "cut" as a newsroom's "reduced", when what follows states by how much or against what (not "cut the dose", "cut back").
_NEWS_CUT = re.compile(
    r"(?i)(?<=\s)cuts?\s+(?!(?:the\s+|their\s+|his\s+|her\s+)?(?:dose|dosage|back|down|off|out)\b)"
    r"(?=(?:[\w,-]+\s+){1,8}?(?:from\s+\d|by\s+(?:\d|a\s+(?:third|quarter|half)|half|nearly|almost|about|roughly|around|approximately|some|more)|in\s+half|compared\s+(?:with|to)|versus|vs\.?|relative\s+to))"
)
# A verb that stops or heals what it counts, more of them than the other arm: "arrested more carious lesions than the varnish".
_STOPPED_MORE = re.compile(
    r"\b(?:arrested|halted|reversed|healed|cleared|closed|resolved|remineralised|remineralized)\s+(?:significantly\s+|far\s+|many\s+)?(?P<more>more|fewer)"
    r"\s+(?:[\w-]+\s+){1,3}?than\b"
)
# Both active treatments ahead of placebo: against its active comparator the treatment is alike.
_BOTH_ACTIVE_BEAT_CONTROL = re.compile(
    rf"\b(?:both|the\s+two)\s+active\s+(?:treatments|arms|therapies|drugs|interventions)\s+(?:\w+\s+)?(?:beat|outperformed|(?:were|was)\s+(?:\w+\s+)?(?:better|superior)\s+(?:than|to))\s+(?:the\s+)?{CONTROL}"
)
# Both arms improved, then the add-on's further gain: "both groups improved; the supplement added a further fall in scores".
_BOTH_THEN_ADDED = re.compile(
    r"\bboth\s+(?:groups|arms)\s+improved\b[^.]{0,20}?[;,:]\s*[^.;]{1,40}?\b(?:added|gave|produced|yielded|brought)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:further|additional|extra)\s+"
    r"(?:reduction|decrease|fall|drop|improvement|gain|benefit)\b"
)
# A null between-arm difference, yet more of the treated arm responded: "although more NAC-treated participants were rated responders".
_NULL_YET_MORE_RESPONDERS = re.compile(
    r"\b(?:not\s+(?:statistically\s+)?significant|did\s+not\s+differ|no\s+(?:significant\s+)?difference)\b[^.;]{0,60}?,?\s+(?:although|though|but|yet|while)\s+"
    r"(?:significantly\s+)?more\s+(?P<arm>[\w-]+)(?:[\s-]+(?:treated|allocated|group))?\s+(?:participants|patients|subjects|children|adults|women|men)?\s*"
    r"(?:were\s+(?:rated\s+|classed\s+as\s+|classified\s+as\s+)?(?:responders|in\s+remission)|responded|remitted|achieved\s+(?:a\s+)?(?:response|remission))"
)
# A share of one arm in a good state, set below or above the other arm's share.
_GOOD_STATE_SHARE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:were|was|became|remained|stayed|got|went)\s+(?:completely\s+|fully\s+)?"
    r"(?:[a-z]+-free|free\s+of\s+[\w-]+|cured|healed|clear|in\s+remission|recovered|abstinent)\b[^.;]{0,20}?,?\s+(?:(?P<fewer>fewer|less|lower)|more|higher)\s+than\b"
)
# Each arm's time to heal or recover: "Heal time was 9 days with the dressing and 14 days with gauze".
_TIME_PER_ARM = re.compile(
    r"\b(?:(?:heal(?:ing)?|recovery|resolution)\s+times?|time\s+to\s+(?:heal(?:ing)?|recovery|resolution|relief|cure)"
    # how long care lasted, shorter the better: "the median length of treatment was 9 days with X compared with 15 days with Y"
    r"|(?:length|duration)\s+of\s+(?:hospital\s+)?(?:stay|treatment|therapy|hospitali[sz]ation|admission|ventilation|symptoms|illness)|hospital\s+stays?)\s+(?:was|were)\s+"
    r"(?:a\s+median\s+of\s+|a\s+mean\s+of\s+|about\s+)?(?P<first_time>\d+(?:\.\d+)?)\s*(?P<unit>minutes?|mins?|hours?|days?|weeks?|months?)\s+(?:with|in|on|for|among)\s+(?P<first>[^.;,]{1,50}?)"
    r"\s+(?:and|versus|vs\.?|compared\s+with)\s+(?P<second_time>\d+(?:\.\d+)?)\s*(?:minutes?|mins?|hours?|days?|weeks?|months?)?\s+(?:with|in|on|for|among)\s+(?P<second>[^.;,]{1,50})"
)
# Each arm's survival or time to an event it should put off, longer the better: "Median progression-free survival was 11.0
# months with the combination and 6.9 months with chemotherapy alone", "time to relapse was 14 weeks on X and 9 weeks on Y".
_LASTED_PER_ARM = re.compile(
    r"\b(?:(?:(?:overall|progression|event|disease|relapse|recurrence|metastasis|seizure|exacerbation)[\s-]+free\s+)?survival|(?:os|pfs|dfs|efs|rfs)"
    r"|time\s+to\s+(?:first\s+)?(?:progression|relapse|recurrence|death|exacerbation|treatment\s+failure|next\s+treatment))"
    r"(?:\s+\([a-z]+\))?\s+(?:was|were)\s+(?:a\s+median\s+of\s+|a\s+mean\s+of\s+|about\s+)?(?P<first_time>\d+(?:\.\d+)?)\s*(?:days?|weeks?|months?|years?)"
    r"\s+(?:with|in|on|for|among|after)\s+(?P<first>[^.;,]{1,50}?)\s+(?:and|versus|vs\.?|compared\s+with)\s+(?P<second_time>\d+(?:\.\d+)?)"
    r"\s*(?:days?|weeks?|months?|years?)?\s+(?:with|in|on|for|among|after)\s+(?P<second>[^.;,]{1,50})"
)
# Symptoms back sooner or later in one arm than the other: "Symptoms returned sooner with the short course than with ...".
_CAME_BACK = re.compile(
    r"(?<!not\s)\b(?:returned|recurred|came\s+back|reappeared|relapsed)\s+(?:significantly\s+|markedly\s+|much\s+)?"
    r"(?P<when>sooner|earlier|faster|more\s+quickly|later|more\s+slowly)\s+(?:with|in|on|among|for|after)\s+(?P<first>[^.;]{1,60}?)\s+than\b"
)


def _shorter_first(timed: re.Match[str], longer_better: bool = False) -> str:
    """The arm named first is the treatment unless it is the control (or the other therapy
    "alone" is named first): a shorter time to heal is the better, a longer survival."""
    first, second = float(timed["first_time"]), float(timed["second_time"])
    if first == second:
        return "null"
    first_control = bool(CONTROL_WORD.search(timed["first"])) or timed["first"].endswith(" alone")
    treated_shorter = (first < second) != first_control
    return "positive" if treated_shorter != longer_better else "negative"


# Arms ranked best first, each with its share: "followed by propanolol (58.7%), alprazolam (55.6%), pyridoxine (45.3%) and placebo (39.4-46.1%)".
_RANKED_ARM = re.compile(
    r"(?P<arm>[a-z][\w-]*)\s*\((?:[^()%]*?\s)?(?P<low>\d+(?:\.\d+)?)\s*%?(?:\s*(?:-|–|to)\s*(?P<high>\d+(?:\.\d+)?))?\s*%[^()]*\)"
)


def _ranked_against_control(lowered: str) -> str | None:
    """A ranking of three or more arms with the control among them: arms beyond the control's
    share (or range) beat it, arms within it did not; some of each is mixed."""
    arms = [(found["arm"], float(found["low"]), float(found["high"] or found["low"])) for found in _RANKED_ARM.finditer(lowered)]
    controls = [arm for arm in arms if CONTROL_WORD.fullmatch(arm[0])]
    if len(arms) < 3 or len(controls) != 1:
        return None
    control = controls[0]
    best_first = arms[0][1] >= arms[-1][1]
    beat = [(low > control[2]) if best_first else (high < control[1]) for arm in arms if arm is not control for _, low, high in [arm]]
    if all(beat):
        return "positive"
    return "mixed" if any(beat) else "null"


# Each of two arms' change from baseline, one after the other.
_EACH_ARM_FROM_BASELINE = re.compile(
    r"\bfrom\s+\d[^;]{0,60}?\bto\s+\d[^;]{0,40}?\b(?:in|for|among|with)\s+(?:the\s+)?(?P<first>[\w-]+(?:\s+[\w-]+)?)\s+(?:group|arm)\s+"
    r"and\s+from\s+\d[^;]{0,60}?\bto\s+\d[^;]{0,40}?\b(?:in|for|among|with)\s+(?:the\s+)?(?P<second>[\w-]+(?:\s+[\w-]+)?)\s+(?:group|arm)\b"
)


def _names_arm(arm: str, comparator: str | None) -> bool:
    """Whether an arm's name is the control's or the claim's comparator's."""
    return bool(CONTROL_WORD.search(arm)) or bool(comparator and comparator.lower().split()[0] in arm)


# Gains within every arm beside a between-group null, and no arm ranked above another: no difference.
_BOTH_ARMS_GAINED = re.compile(
    r"\bboth\s+(?:(?:treatment|study|intervention)\s+)?(?:groups|arms|conditions)\b|\bin\s+both\s+(?:the\s+)?[^.;]{0,40}?\b(?:groups|arms)\b"
    r"|\bboth\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?and\s+(?:[\w-]+\s+){1,4}?(?:groups|arms)\b"  # "Both tea tree oil and benzoyl peroxide groups showed ..."
)
_BETWEEN_GROUPS_NULL = re.compile(
    r"\bno\s+(?:statistically\s+)?significant\s+(?:between-group\s+|intergroup\s+|inter-group\s+)?differences?\s+(?:between|among)\b"
    r"|\b(?:between-group|intergroup|inter-group)\s+differences?\s+(?:was|were)\s+not\s+(?:statistically\s+)?significant"
    r"|\bdifferences?\s+between\s+(?:the\s+)?(?:two\s+|three\s+)?(?:groups|arms)\s+(?:was|were)\s+not\s+(?:statistically\s+)?significant"
    # "when the mean differences were compared between groups, the difference was not significant"
    r"|\b(?:between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms)|(?:groups|arms)\s+were\s+compared)\s*,\s+the\s+differences?\s+(?:was|were)\s+not\s+(?:statistically\s+)?significant"
)
_ARMS_RANKED = re.compile(r"\bthan\b(?!\s+(?:at\s+|before\s+|from\s+)?(?:the\s+)?baseline)|\bsuperior|\binferior|\bversus\b|\bvs\b|\bcompared\s+(?:with|to)\s+(?!(?:the\s+)?baseline)|\bmore\s+(?:in|with|on)\b")


# A gain confined to some arms or doses: "Only the 28 and 56 mg arms improved ...", "fell only in the 30 mg/kg group".
_LIMITED_GAIN = re.compile(
    r"\bonly\s+(?:the\s+|in\s+the\s+|at\s+the\s+|with\s+the\s+)?(?:[\w./-]+,?\s+){0,5}?(?:doses?|arms?|groups?|regimens?|schedules?|formulations?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:improved|reduced|lowered|decreased|relieved|shortened|raised|increased|separated|outperformed|beat|differed|benefit\w*|showed\s+(?:an?\s+)?(?:benefit|improvement|reduction|gain))\b"
    r"|\b(?:improved|fell|dropped|decreased|declined|reduced|lowered|rose|increased|changed|differed|responded|benefit\w*)\s+(?:\w+\s+)?only\s+(?:in|with|at|on|among)\s+(?:the\s+)?"
    r"(?:[\w./-]+\s+){0,4}?(?:doses?|arms?|groups?)\b"
)


def _limited_gain_beside_null(text: str, comparator: str | None, outcome: str | None) -> bool:
    """A gain confined to some arms in one clause, a null result in another: some doses worked, others did not."""
    clauses = _RESULT_CLAUSE_BREAK.split(text)
    if len(clauses) < 2:
        return False
    limited = [bool(_LIMITED_GAIN.search(clause.lower())) for clause in clauses]
    return any(limited) and any(not confined and _direction_of(clause, comparator, outcome) == "null" for clause, confined in zip(clauses, limited))


# A harm of the treatment's in a clause of its own after a gain: "but metformin-exposed babies were more often small for
# gestational age", "but more small-for-gestational-age babies" (adverse events beside a win leave it positive).
_BUT_MORE_OFTEN = re.compile(
    r"\bbut\s+(?:(?!than\b|not\b|no\b)[\w-]+\s+){0,6}?(?:were|was)\s+more\s+(?:often|frequently|likely\s+to\s+be)\s+(?!tolerated\b|satisfied\b|adherent\b|willing\b)"
    r"|\bbut\s+(?:(?:led\s+to|caused|resulted\s+in|with|had)\s+)?more\s+(?:[\w-]+\s+){0,3}?(?:babies|infants|neonates|newborns|births|deliveries)\b"
)
_SAFETY_HARM = re.compile(r"advers|side[\s-]effect|nause|vomit|diarrh|headache|dizz|rash|withdr|discontinu|drop\s*out|toler")


# Patients moved from the control arm to the treatment: "patients who switched from placebo to dupilumab had an effect
# similar to those who used dupilumab from the beginning" is the gain seen again, not a null comparison.
_SWITCHED = re.compile(
    r"\b(?:switched|switching|crossed\s+over|crossing\s+over|transitioned|rolled\s+over)\s+"
    rf"(?:from\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL}(?:\s+[\w-]+)?\s+to\b|to\s+(?:open-label|active)\b)"  # "from the control blanket to"
)

# The switchers' gain named as the first-treated arm's: "showed a similar slowing", "had comparable improvements".
_SIMILAR_GAIN = re.compile(
    r"\b(?:showed|show|had|saw|experienced|achieved|gained|derived|obtained|displayed)\s+(?:a\s+|an\s+)?(?:similar|comparable|the\s+same|equivalent|matching)\s+"
    r"(?:[\w-]+\s+)?(?:slowing|improvements?|reductions?|benefits?|gains?|responses?|decreases?|relief|effects?)\b"
)

def _switched_arm_alike(lowered: str) -> tuple[int, int] | None:
    """The sentence in which patients switched from the control arm did as well as those treated from the start."""
    found = _SWITCHED.search(lowered)
    if not found:
        return None
    start = max(lowered.rfind(". ", 0, found.start()) + 1, 0)
    end = _sentence_end(lowered, found.end())
    return (start, end) if _PARITY.search(lowered, found.end(), end) else None


# Shares of the arms that had a gain, the gain naming what the shares count: "56% vs 19% of patients had a 50% reduction".
_SHARES_HAD_GAIN = re.compile(
    r"\d[\d.]*\s*%\s+of\s+(?:the\s+)?[^.;]{0,80}?\b(?:had|achieved|experienced|reported|showed|reached|attained)\s+(?:an?\s+|at\s+least\s+(?:an?\s+)?)?"
    r"(?:[\w≥>%.-]+\s+){0,3}?(?:reductions?|decreases?|improvements?|drops?|responses?)\b"
)
# The control arm that did not move, after a gain within the treated arm: the comparator stood still, the gain is the finding.
_CONTROL_UNCHANGED = re.compile(
    r"(?:,\s*|;\s*|\s)(?:(?:whereas|while|but|and)\s+)?(?:(?:levels?|scores?|values?|concentrations?)\s+)?(?:in\s+)?(?:the\s+|those\s+(?:on|given|receiving|taking)\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+)?"
    rf"{CONTROL}[\w-]*(?:\s+(?:group|groups|arm|arms|animals|mice|rats|patients|participants|subjects|condition))?\s*,?\s+"
    r"(?:(?:did|does|do)\s*(?:not|n't)\s+(?:show\s+(?:any\s+)?(?:significant\s+)?|significantly\s+)?(?:change|improve|move|shift)\w*"
    r"|(?:remained|was|were|stayed)\s+(?:essentially\s+|largely\s+|virtually\s+)?(?:unchanged|stable|constant|the\s+same)"
    r"|(?:showed|had|experienced|displayed|saw|made)\s+no\s+(?:significant\s+)?(?:[\w-]+\s+)?(?:change|improvement|difference|gain|increase)s?)\b[^.;]*"
    r"|(?:whereas|while|but|,\s*with|(?:in|by)\s+contrast,?)\s+(?:there\s+(?:was|were)\s+)?no\s+(?:significant\s+|such\s+|similar\s+|meaningful\s+)?(?:changes?|improvements?)\s+"
    r"(?:(?:was|were)\s+(?:seen|observed|found|noted|detected|evident)\s+|occurred\s+)?"
    rf"(?:in|with|among|for)\s+(?:the\s+)?(?:[\w-]+\s+)?{CONTROL}[^.;]*"
)
# One of these every branch of ``_CONTROL_UNCHANGED`` needs ("chang" also stands for "unchanged").
_UNCHANGED_WORDS = ("chang", "improv", "mov", "shift", "stable", "constant", "same", "differen", "gain", "increase")


def _control_may_stand_still(lowered: str) -> bool:
    """Whether ``lowered`` holds the words ``_CONTROL_UNCHANGED`` needs after its control: a verb
    negated ("not", "n't"), a state kept ("unchanged", "stable", "constant", "same"), or "no" with
    a change or a verb of showing. The pattern tries a control at every word (~60 us a sentence),
    and most sentences its other gates let through (a gain "but no difference") hold none."""
    return ("not" in lowered or "n't" in lowered or "unchanged" in lowered or "stable" in lowered or "constant" in lowered
            or "same" in lowered or "no" in lowered and any(word in lowered for word in _NO_CHANGE_WORDS))


_NO_CHANGE_WORDS = ("change", "improvement", "showed", "had", "experienced", "displayed", "saw", "made")
# Gains in both arms, the treated arm's larger: "improved in both groups, but significantly more in the semaglutide arm".
_BOTH_BUT_MORE = re.compile(
    r"\b(?:in|for|among)\s+both\s+(?:the\s+)?(?:groups|arms|conditions)\b[^.;]{0,40}?,?\s+(?:but|and|with\s+(?:a\s+)?)\s*(?:significantly\s+|much\s+|substantially\s+|markedly\s+|considerably\s+)?"
    r"(?:more|greater|larger|further|bigger)\s+(?:[\w-]+\s+)?(?:so\s+)?(?:in|with|for|among|on)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?(?P<arm>[\w-]+(?:\s+[\w-]+)?)"
)
# A clause of its own: "..., but actigraphy-measured sleep efficiency did not", "; no difference at the hip", ", not at 12 wk".
_OWN_CLAUSE_BREAK = re.compile(r";|,?\s+(?:but|whereas)\s+|,\s+(?=not\b)")
_REFERS_TO_EARLIER = re.compile(r"\s*(?:(?:it|this|that|these|those|they|its|their|the\s+(?:level|levels|concentration|concentrations|effect|effects|benefit|difference|change|gain|improvement|reduction))\b)")
# In cells, organoids or animals given a vehicle, the markers (IL-6 release, MMP-3) are the outcomes themselves.
# What a laboratory study measures beside its markers: "IL-6 reduced; invasion unchanged" is two outcomes, not a mechanism.
_LABORATORY_OUTCOME = re.compile(r"\b(?:release|secretion|expression|invasion|invasiveness|migration|proliferation|viability|apoptosis|mrna|thickness)\b")
_LABORATORY = re.compile(r"\bvehicle\b|in\s+vitro|organoids?|spheroids?|cultur|explants?|cell\s+lines?|\d\s*(?:µ|u|n)m\b")


# The control named as the yardstick of a null ("pain scores were no lower than with placebo"), not as the arm it is about.
_THAN_CONTROL = re.compile(rf"\b(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|on\s+|in\s+|for\s+)?(?:the\s+|those\s+(?:on|given)\s+)?(?:\w+\s+)?{CONTROL}")


def _about_control_arm(clause: str) -> bool:
    """Whether ``clause`` names the control arm other than as what the treatment is set against: the control's own course."""
    return CONTROL_WORD.search(_THAN_CONTROL.sub(" ", clause.lower())) is not None


def _gain_beside_null_clause(text: str, comparator: str | None, outcome: str | None) -> bool:
    """A sentence the passes read positive, whose clauses read one by one hold a gain and a
    null ("X improved compared with waitlist, but Y did not"): the passes lost the null once
    the gain's words were blanked, or read an elliptic "did not" as no cue at all."""
    clauses = [clause for clause in _OWN_CLAUSE_BREAK.split(text) if clause.strip()]
    if len(clauses) < 2:
        return False
    readings = [reread(clause, _read_direction(clause, comparator, outcome), lambda blanked: _read_direction(blanked, comparator, outcome)) for clause in clauses]
    # a null of the control arm's own ("the level was unchanged with placebo"), or of what an earlier clause named ("it did not
    # last"), is read with the whole sentence: the passes' verdict stands
    nulls = [clause for clause, reading in zip(clauses, readings) if reading == "null" and not _about_control_arm(clause)
             and not _REFERS_TO_EARLIER.match(clause.lower())]
    return "positive" in readings and bool(nulls) and "negative" not in readings


_TERSE_CHARS = 100
# Words of a sentence, not of a terse cell: a cell's parts are read one by one only without them.
_PROSE_WORD = re.compile(r"\b(?:but|though|although|yet|not|was|were|is|are|did|had|have)\b")
_TERSE_PART = re.compile(r"[;,]\s*")
# A part that only grades the part before it: "not significant (p = 0.19)", "NS", "p = .38".
_SIGNIFICANCE_ONLY = re.compile(r"^\W*(?:(?:not|non-?)\s*(?:statistically\s+)?significant(?:ly)?|n\.?s\.?|p\s*[<=>≤≥])(?:\W|$)", re.IGNORECASE)
_BRACKET_WITH_COMMA = re.compile(r"\([^()]*,[^()]*\)")  # "(HR 0.66, 95% CI 0.47-0.93)": one part, not two


def _terse_gain_and_null(text: str, comparator: str | None, outcome: str | None) -> bool:
    """Whether a terse cell read null as a whole holds a part that reads positive and another, naming what it is
    about, that reads null ("LVEF ↑ 3%, hospitalisations ↔"); a bare "NS" qualifies the part before it."""
    parts = [part for part in _TERSE_PART.split(_BRACKET_WITH_COMMA.sub(" ", text)) if part.strip()]
    if len(parts) < 2:
        return False
    readings = [(part, _read_direction(part, comparator, outcome)) for part in parts]
    nulls = [part for part, reading in readings if reading == "null" and len(part.split()) >= 2 and not _SIGNIFICANCE_ONLY.match(part)
             and not _about_control_arm(part)]
    return bool(nulls) and any(reading == "positive" for _, reading in readings)


# Where a sentence's clauses part: "...; ...", ", while ...", ", with no ...", ", and ...".
_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?=(?:while|whereas|with|and|but)\s)")


# Where a finding's gain and a harm beside it part: "...; ...", ", but ...", ", while ...", a second sentence.
_GAIN_HARM_SPLIT = re.compile(r";\s+|,\s+(?=(?:but|while|whereas|though|although|yet)\s)|(?<=[a-z)%\d])\.\s+(?=[A-Z])")


def _harm_clause_beside_gain(text: str, comparator: str | None, outcome: str | None) -> bool:
    """Whether one part of ``text`` states a harm in excess with the treatment (not the control's) and another
    part reads positive on its own: the gain and the harm together are mixed."""
    parts = [part for part in _GAIN_HARM_SPLIT.split(text) if part.strip()]
    harmful = [i for i, part in enumerate(parts) if harm_more_in_treated_arm(part.lower())]
    return bool(harmful) and any(i not in harmful and _read_direction(part, comparator, outcome) == "positive" for i, part in enumerate(parts))


_LEADING_JOIN = re.compile(r"^\W*(?:but|and|while|whereas|though|although|yet|with)\s+")


def _worse_clause_beside_null(text: str, comparator: str | None, outcome: str | None) -> bool:
    """Whether one clause of ``text`` reads negative on its own and another null: a harm in excess beside
    no gain, in shapes the harm readers do not take."""
    readings = [(clause, _read_direction(clause, comparator, outcome)) for clause in _CLAUSE_SPLIT.split(text) if clause.strip()]
    worse = [clause for clause, reading in readings if reading == "negative" and NAMES_HARM.search(clause.lower())
             and not _about_control_arm(clause)]
    return bool(worse) and any(reading == "null" and not _REFERS_TO_EARLIER.match(_LEADING_JOIN.sub("", clause.lower()))
                               for clause, reading in readings)


_MAY_BE_POST_HOC = re.compile(r"post[\s-]?hoc|exploratory|unplanned")
_POST_HOC = re.compile(
    r"\b(?:(?:a|an|the|in\s+a|in\s+an|in\s+the)\s+)?(?:post[\s-]?hoc|exploratory|unplanned)\s+(?:[\w-]+\s+){0,2}?(?:analys[ie]s|comparisons?|subgroups?)\b"
    r"[^;]*?(?:\.(?!\d)|;|$)"
)
_PRIMARY = re.compile(r"\bprimary\s+(?:efficacy\s+)?(?:outcomes?|end\s*-?\s*points?|endpoints?|measures?|analysis)\b|\bon\s+the\s+primary\b", re.IGNORECASE)
_RESPONDER_SHARES = re.compile(r"\bresponders?\b|\b(?:response|remission)\s+rates?\b", re.IGNORECASE)
_RESULT_CLAUSE_BREAK = re.compile(r";|,?\s+(?:but|whereas|while|though|although|however|yet)\b")


def _primary_gain_beside_responder_nulls(text: str, comparator: str | None, outcome: str | None) -> bool:
    """"HAMD fell more than with placebo on the primary outcome (p = 0.01), though responder
    rates (40% vs 33%) did not differ": the primary outcome stated positive decides, and
    responder shares beside it (a cut of the same scale) do not make the finding mixed.
    Another outcome that did not move ("but not the secondary outcome") still does."""
    clauses = _RESULT_CLAUSE_BREAK.split(text)
    readings = [_read_direction(clause, comparator, outcome) for clause in clauses]
    primary = [reading for clause, reading in zip(clauses, readings) if _PRIMARY.search(clause)]
    others = [(clause, reading) for clause, reading in zip(clauses, readings) if not _PRIMARY.search(clause)]
    return bool(primary) and all(reading == "positive" for reading in primary) and all(
        reading == "positive" or _RESPONDER_SHARES.search(clause) or (reading == "unknown" and not _NEGATION.search(clause.lower()))
        for clause, reading in others
    )


_RELATION_SIGN = re.compile(r"[<>≤≥]")


def _verdict(found: set[str]) -> str:
    if "positive" in found and found & {"null", "negative"}:
        return "mixed"
    return "negative" if "negative" in found else next(iter(found), "unknown")


# Markers of a treatment's mechanism (inflammation, the hormone its dose is set by, its own level in the blood).
_MAY_NAME_MARKER = re.compile(r"crp|reactive|interleukin|il-?\d|tnf|cortisol|bdnf|homocysteine|marker|level|concentration|tsh|thyro|index")
_MARKER = re.compile(
    r"\b(?:c-reactive\s+protein|(?:hs-?)?crp|interleukin[\w-]*|il-?\d+\w*|tnf[\w-]*|cortisol|bdnf|homocysteine|biomarkers?|"
    r"(?:inflammatory|serum|plasma|blood|circulating)\s+markers?)\b|" + _TARGET_LEVEL.pattern
)


def _marker_clauses(lowered: str, markers: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Each marker's clause, up to the first comma, semicolon or full stop outside parentheses
    ("Although IL-6 fell by 30%, pain ...", "lowered CRP (difference, -1.28; 95% CI ...), it did not ...")."""
    spans = []
    for found in markers:
        start, end = _clause(lowered, found.start())
        depth, position = 0, found.end()
        while position < len(lowered):
            character = lowered[position]
            depth += (character == "(") - (character == ")")
            if depth <= 0 and (character in ",;" or (character == "." and not lowered[position + 1 : position + 2].isdigit())):
                break
            if depth <= 0 and position >= end:
                break
            position += 1
        spans.append((start, position))
    return spans


def _read_direction(text: str, comparator: str | None, outcome: str | None) -> str:
    """The sentence's direction, as parse_direction says, its markers read like any outcome.

    A question ("Does it improve memory?") states no finding. With the claim's
    ``comparator`` known, that arm doing better ("the sertraline group improved more")
    reads as negative, like a placebo arm doing better. A control arm that did better
    outweighs gains both arms made: the finding is negative, not mixed (null when the
    difference was not significant). ``outcome``, the
    measure a table row's finding cell is about ("Response rate", "LDL-C"), tells which
    way its numbers should move ("48% vs 31%")."""
    if "\u00b7" in text:
        text = _MIDDLE_DOT_DECIMAL.sub(".", text)  # "HR 1·10 (0·77–1·55)", the Lancet's decimal point
    if "~" in text:
        text = _TILDE_RANGE.sub("-", text)  # "95% CI: 0.58~0.85", a range
    lowered = text.lower()
    if not lowered.isascii():  # (a flag test: translating costs 5 us a sentence even when nothing changes)
        lowered = lowered.replace("’", "'").translate(_HYPHENS)  # "non‐inferior" (U+2010) is "non-inferior"
    opened = _opened_passes(lowered)
    if not opened & _READ_BY_CUES and not DIGIT.search(text) and not _maybe_terse(text, lowered) and not _OTHER_CUE.search(lowered) and not moved_more(lowered):
        return "unknown"  # no cue word, number or symbol (a statement of no finding alone finds nothing): most sentences
    spans = _no_finding_spans(lowered, opened)
    if _title_case(text):
        spans.extend(found.span() for found in _PURPOSE_IN_TITLE.finditer(lowered))
    found: set[str] = set()
    exposure = _LOW_LEVEL_EXPOSURE.search(lowered) if "exposure" in opened else None
    if exposure:
        found.add("positive")
        spans.append((exposure.start(), _clause(lowered, exposure.end())[1]))
    if ("barely" in lowered or "hardly" in lowered or "scarcely" in lowered or "little" in lowered) and (still := _CONTROL_STOOD_STILL.search(lowered)):
        spans.append(still.span())  # "halved on taurine while barely moving on placebo": the control's standstill, no null of the treatment's
    gain_cut = _GAIN_CUT.search(lowered) if ("gain" in lowered or "benefit" in lowered or "improvement" in lowered or "adaptation" in lowered) else None
    if gain_cut and not CONTROL_WORD.search(lowered, max(0, gain_cut.start() - 40), gain_cut.start()):
        found.add("negative")  # "immersion straight after sessions reduced gains in sprint speed", "the cold group gained less strength"
        spans.append(gain_cut.span())
    wanted_weight = (
        _MORE_WEIGHT.search(lowered) if ("weight" in lowered or "kg" in lowered or "pound" in lowered or "lb" in lowered) and _WEIGHT_WANTED.search(lowered) else None
    )
    if wanted_weight:  # "adolescents with anorexia nervosa ... gained more weight than those given ...": a gain
        found.add("positive")
        spans.append(wanted_weight.span())
    within = (
        _WITHIN_GROUP_ONLY.search(lowered)
        if ("not " in lowered or "no" in lowered or "neither" in lowered or "n't" in lowered)
        and ("baseline" in lowered or "within" in lowered or "time" in lowered or "during" in lowered or "course" in lowered) else None
    )
    if within:  # the gain is within the arm, the comparison with the control is null
        found.add("null")
        spans.append((_clause(lowered, within.start())[0], within.end()))
    regardless = (
        _REGARDLESS_OF_ARM.search(lowered) if "regardless" in lowered or "irrespective" in lowered or "independent" in lowered else None
    )
    if regardless:  # "improved with time regardless of treatment assignment": every arm gained alike
        found.add("null")
        spans.append((_clause(lowered, regardless.start())[0], regardless.end()))
    if "comparab" in lowered or "similar" in lowered:
        spans.extend(_benchmarks(lowered, comparator))
    if spans:
        lowered = _blanked(lowered, spans)
        text = _blanked(text, spans) if len(text) == len(lowered) else lowered
        opened = _opened_passes(lowered)
    measure = " " + outcome.lower() if outcome else ""
    terse = _terse(text, lowered) if _maybe_terse(text, lowered) else None
    if terse:
        found.add(terse)
    if len(text) < 100:
        found |= leading_comparatives(lowered, measure)
    contrast = None
    if DIGIT.search(text):
        numbers, contrast = read_numbers(text, lowered, measure, _CONTROL_BETTER_PASS in opened)
        found |= numbers
    if (("more" in lowered and "than" in lowered) or "compared" in lowered or "relative" in lowered or " v" in lowered) and (raised := raised_more(lowered)):
        found.add(raised)
    if moved := moved_more(lowered):
        found.add(moved[0])
        lowered = _blanked(lowered, [moved[1]])  # the passes would read "fell more" as a gain, whatever fell
    elif not found & {"positive", "negative"} and (raised_alone := raised_outcome(lowered) or stood_at_time(lowered) or tied_level(lowered) or fell_in_named_measure(lowered)):
        found.add(raised_alone)  # "Tamsulosin increased stone passage", "relapse rates were lower at one year", "associated with lower blood pressure"
    if (" vs" in lowered or "versus" in lowered or "relative" in lowered or "compared" in lowered) and ("+" in lowered or "−" in lowered or " -" in lowered) and (
        signed := signed_vs_control(lowered, measure)
    ):
        found.add(signed)
    if "dose" in lowered and _HIGHER_DOSES_WORKED.search(lowered):
        found.add("limited")
    if "<" in lowered or ">" in lowered or "≤" in lowered or "≥" in lowered:
        found |= arm_relations(lowered, measure)
    if "times" in lowered or "twice" in lowered or " as " in lowered:
        times = times_as(lowered, measure)
        if times:
            found.add(times)
    pair = arm_pair(lowered, measure) if " and " in lowered and DIGIT.search(lowered) and (
        "group" in lowered or "arm" in lowered or "cohort" in lowered or "condition" in lowered or "participants" in lowered or "patients" in lowered
    ) else None
    if pair:
        found.add(pair)
    change = from_to(lowered, measure) if "from" in lowered else None
    if change:
        found.add(change)
    if not (found or opened or contrast) or (lowered.rstrip(" *_)]").endswith("?") and not recalls_a_source(lowered)):
        return "unknown"
    comparator = comparator.lower() if comparator else None  # a table's Control cell keeps its case: "ECT"
    if comparator and comparator not in CONTROLS and _comparator_did_better(lowered, comparator):
        found.add("control better")
    if "differen" in lowered and "signific" in lowered and _SIGNIFICANT_DIFFERENCE.search(lowered) and not _NEGATION.search(lowered):
        found.add("significant")
    # "..., which was equivalent to sertraline, and all were superior to placebo": the equivalence is between active arms
    beat = (
        _BEAT_CONTROL.search(lowered) if _CONTROL_BETTER_PASS in opened and ("than" in lowered or "superior" in lowered or "outperform" in lowered) else None
    )
    # no negation in its own part of the sentence: "...than placebo for pain; ...; there was no difference on duration" keeps the win
    beat_control = bool(beat) and not _NEGATION.search(lowered, lowered.rfind(";", 0, beat.start()) + 1, _part_end(lowered, beat.end()))
    rates = _rate_comparison(lowered, comparator) if "%" in lowered and not NOT_EFFICACY.search(lowered) else None
    if not rates and "occurred in" in lowered and (counted := _EVENTS_COUNTED.search(lowered)):
        treated, control = int(counted["treated"]), int(counted["control"])
        rates = "null" if treated == control else "positive" if treated < control else "negative"  # an event: fewer is better
    if rates:
        found.add(rates)
        if rates == "positive" and (pair := _RATES_RE.search(lowered)) and _DETERIORATED.search(lowered, *pair.span()):
            lowered = _blanked(lowered, [pair.span()])  # "33% ... deteriorated compared with 39% ...": the event is the rates', no harm of its own
    if ("more" in lowered or "higher" in lowered or "greater" in lowered or "increased" in lowered or "excess" in lowered) and _CONTROL_BETTER_PASS in opened and (
        spared := _HARM_IN_CONTROL.search(lowered)
    ) and not _GOOD_END_BEFORE.search(lowered, 0, spared.start()):
        found.add("positive")  # read before the negative cues would take "more relapses" as the treatment's
        lowered = _blanked(lowered, [spared.span()])
    for index in sorted(opened & _BLANKING_PASSES) + [_POSITIVE_PASS]:  # the passes opened, in order
        pattern, label, _ = _PASSES[index]
        if "mixed" in found or ("control better" in found and index > _LAST_MIXED_PASS):
            break  # the verdict is settled, whatever the remaining passes find
        if index == _POSITIVE_PASS:  # the last pass: no pass reads the text after it, so one hit will do
            if not found & _POSITIVITY_SETTLED and _reads_positive(lowered, opened):
                found.add(label)
            continue
        if (index == _CONTROL_BETTER_PASS and not _has_comparative(lowered)) or (
            index in _PASS_NEEDS and not _holds_needed(_PASS_NEEDS[index], lowered)
        ) or (index in _CUE_GATES and not _CUE_GATES[index].may_match(lowered)):
            continue
        if index == _CONTROL_BETTER_PASS:
            lowered = _without_adjunct_controls(lowered)
        if index == _MIXED_PASS:
            hits: list[str] = []
            lowered, count = pattern.subn(lambda match, hits=hits: hits.append(match.group(0)) or blank_match(match), lowered)
            if count:
                found.add("inconsistent" if all(_INCONSISTENT.fullmatch(hit) for hit in hits) else "mixed")
            continue
        lowered, count = pattern.subn(blank_match, lowered)
        if count and label:
            found.add(label)
    if contrast and "positive" in found and "%" in text and _SHARES_HAD_GAIN.search(text.lower()):
        found.discard("positive")  # "66.6% of the placebo group, and 44.4% of the X group, had a reduction of 50%": the shares decide
    if contrast and not (found & {"null", "nonsignificant"} and not _SEPARATE_CLAUSES.search(PARENTHESES.sub(" ", lowered))):
        found.add(contrast)  # beside "did not differ" and nothing contrasting, the arms' numbers are that null result's
    if beat_control:
        if "nonsignificant" in found and not _ASKED.search(lowered, lowered.rfind(";", 0, beat.start()) + 1, beat.start()):
            found.add("positive")  # "more helpful than placebo ..., and as effective as NSAIDs": the win over the control is the finding
        found.discard("nonsignificant")
    # inconsistent evidence and a finding of no effect: null (a "similar" read as non-significance alone
    # leaves the positive cues unread, so they are read here: "similar: ... inconsistent, with only the smallest showing an advantage")
    inconsistent_null = (
        "inconsistent" in found and found <= {"inconsistent", "null", "nonsignificant"}
        and ("null" in found or ("nonsignificant" in found and not _reads_positive(lowered, opened)))
    )
    significant = "significant" in found
    positive = significant or "positive" in found
    if "nonsignificant" in found and "limited" in found and "trend" in text.lower():
        return "mixed"  # "trended toward ..., but only in the subgroup aged 60 or older": a gain in some
    if "nonsignificant" in found and not significant:
        if (";" in text or " but " in text or "whereas" in text or "though" in text) and _outcomes_went_apart(text, comparator, outcome):
            return "mixed"
        found.add("null")
        positive = False
        if "negative" in found and (
            not _SEPARATE_CLAUSES.search(PARENTHESES.sub(" ", lowered)) or _REFERS_BACK.search(text.lower())
        ):
            # "events in 25.5% of the lithium group vs 23.5% with placebo (HR 1.10; P = .61)", "mortality was higher with
            # the drug, but the difference was not significant": worse only in number
            found.discard("negative")
    if ";" in text and len(text) < 90 and "null" in found and not found & {"positive", "negative", "significant", "control better"} and any(
        states_significance(clause) and _direction_of(clause, comparator, outcome) != "null" for clause in text.split(";")
    ):
        return "mixed"  # "No difference at 40 mg; −18% at 80 mg (p = 0.04)": one dose's or time point's significant change
    if "inconsistent" in found:
        return "null" if inconsistent_null else "mixed"
    if "mixed" in found:
        return "mixed"
    if "control better" in found:  # "improved more in the placebo group, though not significantly": no difference
        if "significan" in lowered and _NOT_SIGNIFICANT_WORDS.search(lowered):
            return "null"
        return "mixed" if _gain_clause_apart(text) else "negative"
    if positive and found & {"null", "negative", "limited", "nonsignificant"}:
        return "mixed"
    if "negative" in found:
        return "negative"
    if "null" in found:
        return "null"
    return "positive" if positive else "unknown"


# A cell's clause about another outcome, named by its abbreviation: "...; BDI not significant".
_NAMED_OUTCOME_FIRST = re.compile(r"\s*[A-Z][A-Za-z]*[A-Z0-9]")
_OUTCOME_CLAUSE_BREAK = re.compile(r";|,?\s+(?:but|whereas)\s+")
# A concession after the gain: "faster resolution of polyuria ..., although cortisol control at 6 months was comparable".
_CONCESSION_BREAK = re.compile(r",\s+(?:although|though)\s+")
# Beside "numerically lower but not significantly different", a clause ends at a comma before the conjunction.
_NUMERICALLY_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|whereas|although|though|while)\s+|\s+(?:whereas|although|though)\s+")


# Another outcome's difference, named: "the refractive difference", "the difference in stroke rates" (not "the
# difference", "the between-group difference", "the difference in change from baseline", one null result).
_OTHER_OUTCOMES_DIFFERENCE = re.compile(
    r"\s*(?:the\s+)?(?:difference\s+in\s+(?!(?:the\s+)?(?:means?|changes?|scores?|outcomes?|this|that|these|those|effects?|efficacy|response)\b)(?P<named>[a-z][\w-]*)"
    r"|(?!(?:the|a|an|any|no|its|their|between|mean|median|overall|group|treatment|observed|absolute|net|this|that|adjusted|unadjusted|estimated|resulting|apparent|numerical|small|"
    r"slight|final|average|relative|statistical|clinical|actual|true|same)\b)(?P<adjective>[a-z][\w-]*)\s+differences?\b)"
)


def _outcomes_went_apart(text: str, comparator: str | None, outcome: str | None) -> bool:
    """"HAMD reduced; BDI not significant", "axial length was reduced but the refractive difference was
    not statistically significant": one outcome improved, another, named on its own, did not (not
    "reduced; the difference was not significant", which is one null result)."""
    clauses = (_NUMERICALLY_CLAUSE_BREAK if "numerically" in text else _OUTCOME_CLAUSE_BREAK).split(text)
    conceded = len(clauses) < 2
    if conceded:
        clauses = _CONCESSION_BREAK.split(text)
    if len(clauses) < 2:
        return False
    # a gain limited to one dose or group is a gain here: "fewer cancers with 500 mg only; 250 mg similar to placebo"
    readings = [
        "positive" if reading == "mixed" and " only" in f" {clause.lower()}" else reading
        for clause, reading in ((clause, _direction_of(clause, comparator, outcome)) for clause in clauses)
    ]
    if "positive" not in readings or (conceded and readings[0] != "positive"):
        return False  # (a concession's gain is no second outcome: "not better than placebo, though fewer dropped out")
    gains = " ".join(clause.lower() for clause, reading in zip(clauses, readings) if reading == "positive")
    for clause, reading in zip(clauses, readings):
        if reading != "null":
            continue
        if _NAMED_OUTCOME_FIRST.match(clause):
            return True
        if (when := _TIME_POINT.search(clause.lower())) and (gained_at := _TIME_POINT.findall(gains)) and " ".join(when.group(0).split()) not in {
                " ".join(found.split()) for found in gained_at}:
            return True  # "Oclacitinib faster at day 14; equal at day 56": a gain at one time point, gone at another
        difference = _OTHER_OUTCOMES_DIFFERENCE.match(clause.lower())
        if difference and (difference["named"] or difference["adjective"]) not in gains:  # not "pain fell, but the difference in pain ..."
            return True
        verb = _SUBJECT_END.search(clause)
        named = set(_ABBREVIATION.findall(clause, 0, verb.start())) - _STATISTICS if verb else set()
        if named and not any(name.lower() in gains for name in named):
            return True  # "improved more on the FMA-UE, but scores on the Action Research Arm Test (ARAT) ... were similar"
        own = _SIMILAR_SUBJECT.match(clause.lower()) if ("similar" in clause or "comparable" in clause) and not _SAFETY_GAIN.search(gains) else None
        if own and not _NO_OUTCOME_SUBJECT.search(own["subject"]) and not (set(re.findall(r"[a-z][\w-]{3,}", own["subject"])) - _MEASURE_WORDS) & set(re.findall(r"[a-z][\w-]{3,}", gains)):
            return True  # "fewer diarrhoea days than pigs on a control diet, but by day 42 their weight gain was similar"
        if (gained_doses := set(_DOSE_ARM.findall(gains))) and (set(_DOSE_ARM.findall(clause.lower())) - gained_doses):
            return True  # "lower with 40 mg than with saline, whereas the 20 mg arm was not significantly different": one dose's gain
        if _other_outcome_not_reduced(clause.lower(), gains):
            return True  # "reduced cardiovascular mortality ..., but total mortality was not significantly reduced"
        subject = _NULL_SUBJECT.match(clause.lower()) if "numerically" in clause.lower() else _STATED_NULL_SUBJECT.match(clause.lower())
        if subject and not _NO_OUTCOME_SUBJECT.search(subject["subject"]) and not (
                set(re.findall(r"[a-z][\w-]{3,}", subject["subject"])) - _MEASURE_WORDS) & set(re.findall(r"[a-z][\w-]{3,}", gains)):
            # "reduced MIDAS scores, but headache days were numerically lower and not significantly different";
            # "Mortality at 28 days was 4.1% vs 5.0% (not significant), but exclusive breastfeeding was higher with KMC"
            return True
    return False


# The subject of a not-improved clause, when it names an outcome: "total mortality was not significantly reduced"
# (not the gain again, "the reduction was not significant", nor the trial or its statistics).
_NOT_REDUCED_SUBJECT = re.compile(
    r"\s*(?:the\s+|mean\s+)*(?P<subject>(?!(?:the|a|an|it|they|this|that|these|those|there|which|differences?|changes?|effects?|reductions?|improvements?|gains?|"
    r"benefits?|results?|both|neither|none|all|scores?|groups?|arms?|trial|study|sample|analysis|power|comparisons?|findings?|associations?|statistical|significance|between-group)(?![\w-]))"
    r"[a-z][\w-]*(?:\s+(?!(?:was|were|is|are|did)\b)[a-z][\w-]*){0,2}?)\s+(?:was|were|did)\s+(?:also\s+)?(?:not|n't|no)\b"
)
_GENERIC_SUBJECT_WORDS = frozenset({"significance", "statistical", "difference", "differences", "effect", "effects", "change", "changes", "trial", "study"})


def _other_outcome_not_reduced(clause: str, gains: str) -> bool:
    """Whether a null clause's subject names an outcome the gains did not: none of its words ("all-cause mortality"
    beside "stroke risk"), or the same outcome in another scope ("total mortality" beside "cardiovascular mortality")."""
    subject = _NOT_REDUCED_SUBJECT.match(clause)
    if not subject:
        return False
    words = subject["subject"].split()
    if set(words) & _GENERIC_SUBJECT_WORDS:
        return False
    gained = re.findall(r"[a-z][\w-]*", gains)
    if not set(words) & set(gained):
        return True
    head = words[-1]
    return len(words) > 1 and head in gained and any(
        index and gained[index - 1] != words[-2] and gained[index - 1] not in ("the", "in", "of", "and", "on") for index, word in enumerate(gained) if word == head
    )


# An outcome's abbreviation in a null clause's subject, before its verb: "scores on the ARAT ... were similar".
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b")
_SUBJECT_END = re.compile(r"\s(?:was|were|did|remained|stayed|showed|had)\b")
_STATISTICS = frozenset({"CI", "SD", "SE", "SEM", "OR", "RR", "HR", "MD", "SMD", "WMD", "NS", "ITT", "IQR", "NNT", "ANOVA", "ANCOVA"})


# The subject of a numerically-better-but-not-significant clause, when it names an outcome of its own ("headache
# days were numerically lower"), not the gain again ("the reduction was numerically larger", "they were").
_NULL_SUBJECT = re.compile(
    r"\s*(?:the\s+|mean\s+|monthly\s+)*(?P<subject>(?!(?:the|a|an|mean|it|they|this|that|these|those|there|which|differences?|changes?|effects?|reductions?|"
    r"improvements?|gains?|benefits?|results?|both|neither|none|all|scores?)\b)[a-z][\w-]*(?:\s+(?!(?:was|were|is|are)\b)[a-z][\w-]*){0,3}?)"
    r"(?:\s+(?:at|by|after|over|during)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:week|month|year|day|follow-?up|study|trial|school\s+year)(?:\s+\d+)?)?"  # "at the end of the year"
    r"\s+(?:was|were|remained|stayed)\s+(?:also\s+|only\s+)?numerically\b"
)


_TIME_POINT = re.compile(r"\b(?:at|by|after|until)\s+(?:the\s+end\s+of\s+)?(?:day|week|wk|month|year)\s*\d+|\bat\s+\d+\s+(?:days?|weeks?|months?|years?)\b")
# The subject of a clause stating a null result on an outcome of its own: "mortality at 28 days was 4.1% vs 5.0%
# (not significant)", "length of hospital stay was not significantly shorter" (not the gain again, nor the arms).
_STATED_NULL_SUBJECT = re.compile(
    r"\s*(?:but\s+|and\s+|although\s+|though\s+|while\s+|whereas\s+)?(?:the\s+|their\s+|its\s+|mean\s+)*"
    r"(?P<subject>(?!(?:the|a|an|mean|it|they|this|that|these|those|there|which|differences?|changes?|effects?|reductions?|"
    r"improvements?|gains?|benefits?|results?|both|neither|none|all|scores?|groups?|arms?|rates?|outcomes?|findings?|trend)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:was|were|is|are|did)\b)[a-z][\w-]*){0,4}?)"
    r"(?:\s+(?:at|by|after|over|during)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:\d+\s+)?(?:weeks?|months?|years?|days?|discharge|follow-?up|study|trial)(?:\s+\d+)?)?"
    r"\s+(?:was|were|did)\s+(?:not\s+(?:significantly\s+|statistically\s+)?(?:different|shorter|longer|lower|higher|reduced|improved|better|changed|affected)|\d)"
)
_NO_OUTCOME_SUBJECT = re.compile(r"cost|adheren|complian|retention|attendance|satisf|dropout|attrition|withdraw|advers|side|safety|toler|baseline|\bage\b|\bsex\b")
_SAFETY_GAIN = re.compile(r"toler|advers|side[\s-]effect|safety|safer")  # "better tolerated than phenobarbital": no efficacy gain
# The subject of a similar-in-both-arms clause, after a time point, when it names an outcome of its own ("by day 42
# their weight gain was similar"), not the gain again ("the reduction was similar") nor the arms ("both groups were similar").
_SIMILAR_SUBJECT = re.compile(
    r"\s*(?:(?:by|at|after|from)\s+(?:the\s+end\s+of\s+|the\s+)?[\w-]+(?:\s+\d+)?\s*,?\s*)?(?:the\s+|their\s+|its\s+|mean\s+)*"
    r"(?P<subject>(?!(?:the|a|an|mean|it|they|this|that|these|those|there|which|differences?|changes?|effects?|reductions?|"
    r"improvements?|gains?|benefits?|results?|both|neither|none|all|scores?|groups?|arms?|rates?|outcomes?)\b)[a-z][\w-]*(?:\s+(?!(?:was|were|is|are)\b)[a-z][\w-]*){0,3}?)"
    r"(?:\s+(?:at|by|after|over|during)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:\d+\s+)?(?:weeks?|months?|years?|days?|follow-?up|study|trial)(?:\s+\d+)?)?"  # "relapse rates at 24 weeks"
    r"\s+(?:was|were|remained|stayed)\s+(?:also\s+|broadly\s+|largely\s+)?(?:similar|comparable)\b"
)
# Words that name no outcome of their own: "function scores" beside "pain scores" shares only "scores".
_MEASURE_WORDS = frozenset({"scores", "score", "rates", "rate", "levels", "level", "values", "value", "measures", "outcomes"})
# A dose that names an arm: "the 20 mg arm", "34.5 ug/kg", "the lower dose".
_DOSE_ARM = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|g|µg|ug|mcg|iu|ml)(?:/kg)?\b|\b(?:lower|higher|low|high|smaller|larger)\s+doses?\b")


# An effect set beside another treatment's, as a yardstick: "a benefit comparable to effects reported in meta-analyses of
# antidepressants", "an effect similar in size to that of SSRIs" (not "comparable to sertraline" said of the arms).
_BENCHMARK = re.compile(
    r"\b(?:benefits?|effects?|effect\s+sizes?|efficacy|improvements?|reductions?|gains?)\s+(?:[\w-]+\s+){0,5}?"
    r"(?P<after_effect>(?:comparable|similar)(?:\s+in\s+(?:size|magnitude))?\s+(?:to|with))\b"
    r"|\b(?P<to_others>(?:comparable|similar)(?:\s+in\s+(?:size|magnitude))?\s+(?:to|with)\s+(?:the\s+)?"
    r"(?:effects?|benefits?|those|that|results?|effect\s+sizes?|improvements?)\s+(?:of|seen|reported|observed|found|achieved|obtained|produced|published|in|with|from|for)\b)"
)
# A yardstick from the literature, whoever the trial's comparator: "effect sizes comparable to antidepressants".
_LITERATURE = re.compile(r"effect\s+sizes?|meta-?analys|reported|published|literature|previous|prior|earlier|other\s+(?:trials|studies)")
# A class of treatments, not one arm: "comparable to the effects of antidepressants", "... of standard drugs".
_TREATMENT_CLASS = re.compile(
    r"\b(?:antidepressants|antidepressant\s+(?:medications?|drugs?|treatments?)|medications|drugs|pharmacotherapy|ssris|snris|stimulants|"
    r"antipsychotics|(?:standard|conventional|established|first-line|usual)\s+(?:[\w-]+\s+)?(?:treatments?|therapies|drugs|medications))\b"
)


def _benchmarks(lowered: str, comparator: str | None) -> list[tuple[int, int]]:
    """Spans of yardstick comparisons (``_BENCHMARK``) to the end of their clause: an effect
    set beside the literature's or a class of treatments' is no comparison of the arms, and
    the effect beside it is the finding, against the claim's own comparator. Equivalence
    with another arm ("efficacy comparable to sertraline", "similar to those with
    face-to-face CBT", "similar to those seen with placebo") stays a null finding."""
    spans = []
    for found in _BENCHMARK.finditer(lowered):
        start = found.start("after_effect") if found["after_effect"] else found.start("to_others")
        end = _clause(lowered, start)[1]
        target = lowered[found.end() : end]
        if CONTROL_WORD.search(target):
            continue
        literature = _LITERATURE.search(lowered, found.start(), end)
        compared_arm = comparator and comparator.lower().split()[0]
        if not literature and (
            not _TREATMENT_CLASS.search(target)
            or (compared_arm and compared_arm in target and compared_arm in lowered[: found.start()] + lowered[end:])
        ):
            continue  # "similar to those with face-to-face CBT", "randomized to exercise or antidepressants; ... comparable to antidepressants"
        spans.append((start, end))
    return spans


# What can find a direction: the passes, the gated cues, a low-level exposure (the other kinds only blank).
_READ_BY_CUES = frozenset(range(_FIRST_GATED + len(_GATED_POSITIVE))) | {"exposure"}
# Cues read outside the passes whose words open no pass: "Elevated CRP", "twice as likely", "went from eight to three".
_OTHER_CUE = re.compile(r"elevat|twice|times|\bhalf\b|third|quarter|\bfrom\b")


_TILDE_RANGE = re.compile(r"(?<=\d)\s?~\s?(?=\d)")
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)\u00b7(?=\d)")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# The trie takes any dash for a stem's hyphen ("quality‐of‐life" with U+2010, common in PubMed text).
_DASH_TO_HYPHEN = str.maketrans({dash: "-" for dash in "\u2010\u2011\u2012\u2013\u2014"})


def _opened_passes(lowered: str) -> set[int | str]:
    """The indices of the passes (and gated positive cues) whose trigger stems ``lowered``
    holds, and the kinds of statement that are no finding it may hold."""
    opened: set[int | str] = set()
    for stem in set(_TRIGGER_RE.findall(lowered)):
        opened |= _STEM_PASSES.get(stem) or _STEM_PASSES[SPACE_RUN.sub(" ", stem).translate(_DASH_TO_HYPHEN)]  # "as\n", "well‐being"
    if "n't" in lowered:
        opened |= _STEM_PASSES["n't"]
    return opened


# A clause conceding the control arm's lead on another measure: "..., although the control arm improved more on the BBS".
_CONCESSION = re.compile(r"[,;]\s+(?:although|though|while|whereas|but)\s+(?=[^,;]*\b(?:control|placebo|sham|usual\s+care|comparator)\b"
                         r"[^,;]*\b(?:more|better|greater)\s+(?:on|in|for)\s)", re.I)  # the lead on a measure of its own


def _gain_clause_apart(text: str) -> bool:
    """Whether the treatment's own gain stands in a clause before a concession that the control did better on
    something else ("Two trials found faster gait speed after circuit classes, although the control arm improved
    more on the BBS"): both findings, so mixed, not the control's lead alone."""
    concession = _CONCESSION.search(text)
    return concession is not None and _read_direction(text[: concession.start()], None, None) == "positive"


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    characters = list(text)
    for start, end in spans:
        characters[start:end] = " " * (end - start)
    return "".join(characters)


def _reads_positive(lowered: str, opened: set[int]) -> bool:
    if _POSITIVE_PASS in opened and _PASSES[_POSITIVE_PASS][0].search(lowered):
        return True
    return any(_GATED_POSITIVE_CUES[index - _FIRST_GATED].search(lowered) for index in opened & _GATED_INDICES)


_GATED_INDICES = frozenset(range(_FIRST_GATED, _FIRST_GATED + len(_GATED_POSITIVE_CUES)))


# A sentence that denies the significance of the finding before it: "However, these end points did not reach statistical
# significance.", "The difference was not significant (p = 0.08).", "None of these changes reached significance."
_DENIES_PREVIOUS = re.compile(
    r"^[\s*_\"'(]*(?:(?:however|but|yet|unfortunately|still)\s*,?\s+)?(?:these|this|the|they|it|that|those|such|none\s+of\s+(?:these|the|them))\b"
    r"(?:\s+[\w-]+){0,8}?\s+(?:(?:was|were|is|are)\s+not\s+(?:(?:found|shown)\s+to\s+be\s+)?(?:statistically\s+)?significant"
    r"|(?:did|does|do)\s*(?:not|n't)\s+(?:reach|attain|achieve)\s+(?:statistical\s+|conventional\s+)?significance"
    r"|fail(?:ed|s)?\s+to\s+(?:reach|attain|achieve)\s+(?:statistical\s+|conventional\s+)?significance"
    r"|(?:reached|attained|achieved)\s+(?:statistical\s+)?significance)\b"
    # a bullet's verbless verdict on the line before: "Not statistically significant (NSS).", "However, not significant (p = 0.21)."
    r"|^[\s*_\"'(•·-]*(?:(?:however|but|yet)\s*,?\s+)?(?:(?:the\s+)?difference\s+)?not\s+(?:statistically\s+)?significant(?:ly\s+different)?\b(?:[^.;,]|\.\d)*(?:,\s*p\s*[=<>]\s*0?\.\d+)?[.;]?\s*$",
    re.IGNORECASE,
)


def denies_previous_significance(text: str) -> bool:
    """Whether ``text`` only says the finding stated before it was not significant
    ("Improvements were seen with 10 mg. However, these did not reach statistical
    significance."): the claim merger reads the two sentences as one null finding,
    not as a gain beside a null."""
    return ("signific" in text.lower()) and bool(_DENIES_PREVIOUS.search(text)) and _direction_of(text) in ("null", "unknown")


def comparator_did_better(text: str, comparator: str | None = None) -> bool:
    """Whether ``text`` says the control or comparator arm did better ("the placebo group
    improved more"): such a sentence makes a claim's finding negative, not mixed, whatever
    gains the other sentences report."""
    lowered = text.lower()
    if _CONTROL_BETTER_RE.search(_without_adjunct_controls(lowered)):
        return True
    comparator = comparator.lower() if comparator else None
    return bool(comparator and comparator not in CONTROLS and _comparator_did_better(lowered, comparator))


# A control named as part of the treated arm ("added to usual care", "plus standard care") is not the
# control arm: its name is hidden from the control-better cues.
_ADJUNCT_HINT = re.compile(r"added\s+to|plus|combined\s+with|on\s+top\s+of|addition\s+to|adjunct\s+to|alongside")
_ADJUNCT_CONTROL = re.compile(
    r"\b(?:added\s+to|plus|combined\s+with|on\s+top\s+of|in\s+addition\s+to|adjunct(?:ive)?\s+to|alongside)\s+(?:the\s+|a\s+|an\s+)?"
    rf"{CONTROL}"
)


def _without_adjunct_controls(lowered: str) -> str:
    may_be_adjunct = "added" in lowered or "plus" in lowered or "combined" in lowered or "top" in lowered or "addition" in lowered \
        or "adjunct" in lowered or "alongside" in lowered  # the words the hint needs, tested at C speed first
    return _ADJUNCT_CONTROL.sub(blank_match, lowered) if may_be_adjunct and _ADJUNCT_HINT.search(lowered) else lowered


def _comparator_did_better(lowered: str, comparator: str) -> bool:
    """"sertraline (group|arm) improved more", "favoured exposure therapy": every control-arm
    cue, with the comparator's arm written in the control's place. Its first word stands for
    the arm ("exposure therapy alone" -> "exposure") and becomes "comparator", a control
    word, so one compiled pattern serves every comparator. A comparator "X alone" is the arm
    only where the text says so ("X alone", "the X-only group"): elsewhere X is part of the
    combination treated ("CBT with sertraline improved more than sertraline alone")."""
    words = comparator.split()
    # "group CBT" stands in the text as "CBT": its first word that names no mere group ("sham acupuncture" stays "sham")
    arm = next((word for word in words if word not in _ARM_FRAME_WORDS), words[0])
    if arm not in lowered or not _has_comparative(lowered):
        return False  # every control-arm cue holds a comparative, and writing the arm as "comparator" adds none
    alone = comparator.endswith((" alone", " only", " monotherapy"))
    if not alone and " " in comparator and comparator in lowered:
        lowered = lowered.replace(comparator, arm)  # "chair-based exercise outperformed ...": the arm named in full is one subject
    marked = _without_adjunct_controls(_arm_pattern(arm, alone).sub(_ARM_MARK, lowered))
    return any(_ARM_MARK in found.group(0) for found in _CONTROL_BETTER_RE.finditer(marked))


_ARM_MARK = "comparator"
_ARM_FRAME_WORDS = frozenset(["group", "individual", "standard", "the", "a", "an", "same"])


@lru_cache(maxsize=256)
def _arm_pattern(arm: str, alone: bool = False) -> re.Pattern[str]:
    if alone:
        return re.compile(
            rf"\b{re.escape(arm)}(?:(?=[\w-]*?-(?:alone|only|monotherapy)\b)[\w-]*|[\w-]*(?=(?:\s+[\w-]+){{0,2}}?\s+(?:alone|only|monotherapy)\b))"
        )
    return re.compile(rf"\b{re.escape(arm)}[\w-]*")


# Terse table cells: "NS", "n.s.", "↔ PSQI", "↑ response", "↓ HAMD".
_NOT_SIGNIFICANT_CELL = re.compile(r"(?<![\w.])(?:NS|NSD|N\.S\.?|n\.s\.?)(?![\w])|[↔⟷]")
# In longer text "NS" is a verdict only where a verdict stands ("p = NS", "(NS)", a cell of its own), not a
# pair of initials in an author list ("Shamsahal-Din NS, Mamat SS").
_NOT_SIGNIFICANT_IN_TEXT = re.compile(
    r"(?:^|[\t(=:;]|\bp\s)\s*(?:NS|NSD|N\.S\.?|n\.s\.?)(?=\s*(?:$|[\t);,]))|,\s*(?:NS|NSD|n\.s\.?)(?=\s*(?:$|[\t);]))|[↔⟷]"
)
_AT_TIME_POINT = re.compile(r"\s+(?:at|by|after)\s+(?:week|wk|day|month|year|\d)")
_NOT_SIGNIFICANT_SHORT = re.compile(r"(?<![\w.])ns(?![\w])")  # "ns" alone means "not significant" only in a short cell
_ARROW = re.compile(r"([↑▲])|([↓▼])")
_GOOD_OUTCOME = re.compile(
    r"respon|remission|remit|abstinen|quality|qol|sleep\b|memory|recall|cognit|well-?being|surviv|function|attention|"
    r"performance|efficacy|benefit|improv|learning|quit"
)


# A finding cell that is only a verdict: "Positive", "Null (p = 0.4)", "Mixed".
_VERDICT = re.compile(r"^[\s*_]*(positive|negative|null|neutral|mixed|worse|no\s+effect|superior)[\s*_]*(?:[(.;:,\-–—]|$)")
_VERDICTS = {"positive": "positive", "negative": "negative", "worse": "negative", "null": "null", "neutral": "null",
             "no effect": "null", "mixed": "mixed", "superior": "positive"}
# A cell of a harm the treatment brought, said as what got worse: "worse next-day alertness".
_WORSE_CELL = re.compile(r"^\W*worse\s+[a-z]")
_CELL_DOSES = r"\d[\d.,]*\s*(?:%|mg|g|mcg|µg|ug|ml|iu)?(?:/[a-z]+)?(?:\s*(?:,|and|or|&|/)\s*\d[\d.,]*\s*(?:%|mg|g|mcg|µg|ug|ml|iu)?(?:/[a-z]+)?)*"
# Some doses superior, the rest not: "50 and 70 mg superior; 30 mg not", "3 mg superior; 1 mg partial".
_SOME_DOSES_SUPERIOR = re.compile(
    rf"^(?:the\s+)?{_CELL_DOSES}\s*(?:doses?\s+)?(?:superior|effective|better|significant)\b[^;]*[;,]\s*(?:but\s+)?(?:the\s+)?{_CELL_DOSES}\s*(?:doses?\s+)?"
    r"(?:not|partial|ns|n\.s\.|no\s+different|no\s+effect|no\s+benefit|ineffective|similar|did\s+not)\b"
)


# A cell naming the doses that worked, then "only": "0.5% and 1% only", "significant at 20 mg only" -- the other doses did not.
_SOME_DOSES_ONLY = re.compile(
    r"^(?:(?:significant|effective|benefit|better|improved|reduced|slowed|lowered)\s+(?:at|with|for|in|on)\s+)?(?:the\s+)?"
    r"\d[\d.,]*\s*(?:%|mg|g|mcg|µg|ug|ml|iu)?(?:/[a-z]+)?(?:\s*(?:,|and|or|&|/)\s*\d[\d.,]*\s*(?:%|mg|g|mcg|µg|ug|ml|iu)?(?:/[a-z]+)?)*"
    r"\s*(?:doses?|arms?|groups?)?\s+only\b"
)


def _maybe_terse(text: str, lowered: str) -> bool:
    return len(text) < 40 or "NS" in text or "n.s" in lowered or (not text.isascii() and any(arrow in text for arrow in "↑↓▲▼↔⟷"))


def _terse(text: str, lowered: str) -> str | None:
    """The direction a terse cell's symbols state: "NS" is a non-significant result; an
    arrow raising a good outcome (response, memory) or lowering a bad one (a symptom
    scale) is positive, the reverse negative."""
    if len(text) < 40:
        not_significant = _NOT_SIGNIFICANT_CELL.search(text) or _NOT_SIGNIFICANT_SHORT.search(lowered)
        if not_significant:  # "Effective at 12 wk; NS at 4 wk": one time point's null
            return "null" if _AT_TIME_POINT.match(lowered, not_significant.end()) else "nonsignificant"
    elif _NOT_SIGNIFICANT_IN_TEXT.search(text):
        return "nonsignificant"
    if len(text) < 40 and "only" in lowered and _SOME_DOSES_ONLY.match(lowered.strip()):
        return "mixed"
    if len(text) < 60 and ("superior" in lowered or "effective" in lowered or "better" in lowered or "significant" in lowered) and (
            _SOME_DOSES_SUPERIOR.match(lowered.strip())):
        return "mixed"
    if len(text) < 40 and "worse" in lowered and _WORSE_CELL.match(lowered):
        return "negative"
    verdict = _VERDICT.match(lowered) if len(text) < 40 else None
    if verdict:
        return _VERDICTS[SPACE_RUN.sub(" ", verdict.group(1))]
    arrows = list(_ARROW.finditer(text))
    if not arrows:
        return None
    lead = _ARROW_CLAUSE_END.split(lowered[max(0, arrows[0].start() - _ARROW_REACH):arrows[0].start()])[-1]
    arrows_first = re.search(r"[a-z]", lead) is None  # "↓ pain and ↑ function", not "LVEF ↑ 3%"
    readings = {_arrow_reading(lowered, arrows, index, arrows_first) for index in range(len(arrows))}
    return readings.pop() if len(readings) == 1 else "mixed"


_ARROW_CLAUSE_END = re.compile(r"[;,|\t()]")
_ARROW_REACH = 25


def _arrow_reading(lowered: str, arrows: list[re.Match[str]], index: int, arrows_first: bool) -> str:
    """What one arrow says: raising a good outcome or lowering a bad one is positive. The outcome is the words after
    the arrow when the cell writes arrows first ("↓ pain and ↑ function"), else the words before it ("LVEF ↑ 3%"), each
    only as far as the next arrow or clause mark."""
    arrow = arrows[index]
    if arrows_first:
        end = arrows[index + 1].start() if index + 1 < len(arrows) else len(lowered)
        context = _ARROW_CLAUSE_END.split(lowered[arrow.end():min(end, arrow.end() + _ARROW_REACH)])[0]
    else:
        start = arrows[index - 1].end() if index else 0
        context = _ARROW_CLAUSE_END.split(lowered[max(start, arrow.start() - _ARROW_REACH):arrow.start()])[-1]
    up = arrow.group(1) is not None
    good = bool(_GOOD_OUTCOME.search(context)) or outcome_better(context) == "higher"
    return "positive" if up == good else "negative"



# An arm named after "those": "58% of those using metronidazole", "41% of those given placebo".
_ARM_RATE = (
    r"(\d+(?:\.\d+)?)\s*%\s*(?:\([^)]{0,30}\)\s*)?(?:with|for|in|on|of|among|receiving|taking|after)\s+"
    r"(?:the\s+|those\s+(?:using|taking|given|receiving|treated\s+with|on|in|with|who\s+(?:used|took|received|got))\s+(?:the\s+|an?\s+)?)?([\w\-]+)"
)
# the outcome may be named between the arms: "71% of patients clear or almost clear on the IGA, compared with 58% of ..."
_RATES_RE = re.compile(_ARM_RATE + r"[^%;]{0,80}?\b(?:vs\.?|versus|compared\s+with|and|than|against)\s+"
                       r"(?:(?:about|around|roughly|nearly|approximately|only|just)\s+)?" + _ARM_RATE)
_GOOD_RATES = re.compile(r"respon|remission|reperfus|recanali[sz]|eradicat|patency|reached|achieved|attained|remitted|abstinen|quit|recover|improv|success|surviv|cure|desensiti[sz]|cleared|heal(?:ed|ing)\b|clear\s+or\s+(?:almost|nearly)\s+clear|resolved|freedom|[a-z]-free\b|(?:pain|symptom|headache|migraine|seizure|relapse|disease)\s+free\b")
_BAD_RATES = re.compile(
    r"relapse|mortality|death|died|dropout|discontinu|hospitali|recurren|stroke|\bevents?\b|fractures?|infarction|\bfalls\b|treatment\s+failure|failure\s+rates?"
    r"|suicid|\binfections?\b|exacerbation|readmi|amputation|deteriorat|worsened"
)
_OCCURRED = re.compile(r"\b(?:occurred|developed|happened)\s+in\b")
# A confidence interval from below zero to above it: a difference that may be none.
_CI_ACROSS_ZERO = re.compile(r"\bci\b[\s:=,]*[-\u2212\u2013]\s?\d+(?:\.\d+)?\s*(?:to|,|;)\s*\d+(?:\.\d+)?")
_PEOPLE = re.compile(r"patients|participants|people|adults|children|women|men|subjects|users|infants|pupils|animals|dogs|cats|mice|rats")


_DETERIORATED = re.compile(r"\b(?:deteriorat\w*|worsened|progressed|relapsed)\b")
# An event counted in the treated arm and in the control: "complications occurred in 2 pre-treated dogs versus 8 controls".
_EVENTS_COUNTED = re.compile(
    r"\boccurred\s+in\s+(?P<treated>\d+)\s+(?![\w-]*(?:placebo|control|sham|untreated))(?:[\w-]+\s+){1,3}?(?:versus|vs\.?|compared\s+with|against|and)\s+"
    r"(?P<control>\d+)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:controls|untreated|(?:placebo|control|sham)\b)"
)


def _rate_comparison(lowered: str, comparator: str | None = None) -> str | None:
    """"response rates were 45% with vortioxetine vs 29% with placebo" -> positive: two arms'
    rates of a good (or bad) outcome, one arm a control. A rate of an outcome no lexicon
    knows ("expulsion rates") is a gain unless it is a harm's."""
    match = _RATES_RE.search(lowered)
    if not match:
        return None
    events = as_relapse(lowered)
    good = _GOOD_RATES.search(events)
    bad = _BAD_RATES.search(events)
    if not (good or bad) and RATE_NOUN.search(events) and not HARM_WORD.search(events):
        good = True
    elif not (good or bad) and _OCCURRED.search(events):
        bad = True  # "the primary outcome occurred in 16.3% ... vs 21.2%": an event
    if bool(good) == bool(bad):
        return None
    first, first_arm, second, second_arm = float(match.group(1)), match.group(2), float(match.group(3)), match.group(4)
    control_arm = comparator.split()[0] if comparator else None  # the claim's active comparator is its control arm

    def is_control(group: int) -> bool:
        # the arm's words from its start, hyphens as spaces: "the usual-care group" is the usual care arm
        named = lowered[match.start(group) : match.start(group) + 40]
        return bool(CONTROL_WORD.match(named) or CONTROL_WORD.match(named.replace("-", " "))) or match.group(group) == control_arm

    if is_control(4) and not is_control(2) or (
        not comparator and _PEOPLE.fullmatch(first_arm) and "those" in lowered[match.end(3) : match.start(4)]
    ):  # "... left 71% of patients clear, compared with 58% of those using metronidazole": the sentence's treatment first
        active, control = first, second
    elif is_control(2) and not is_control(4):
        active, control = second, first
    else:
        return None
    if active == control or _CI_ACROSS_ZERO.search(lowered):
        return "null"  # two arms a difference apart whose interval spans no difference: "(difference -2.3; 90% CI -9.4 to 4.8)"
    return "positive" if (active > control) == bool(good) else "negative"




# Every cue starts a word with a letter: tested once up front, as in _cues.
_ONGOING_RE = re.compile(
    r"(?<![a-z])(?=[a-z])(?:"
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
    r")"
)
# Stems at word starts ("aim" is not "claim"); "plan" and "sign" only as the cues have them, not
# "plant" or "significant", which most results hold.
_ONGOING_PREFILTER = re.compile(r"(?<![a-z])(?:" + trie_pattern((
    "recruit", "enrol", "way", "underway", "being tested", "being run", "ongoing", "progress", "planned", "upcoming", "forthcoming", "future", "proposed",
    "scheduled", "will", "expected", "protocol", "conducted", "planning", "start", "launch", "begin", "seeking", "looking for",
    "set to", "due", "hope", "hoping", "intend", "aim", "dosed", "screened", "followed", "interested", "eligible", "getting",
    "works", "needed", "wanted", "sought",
), strict_spaces=True) + r"|plans?\s+to\b|sign[\s-]*up)")


def parse_ongoing(text: str) -> bool:
    """True when ``text`` describes a trial that is running or planned, not a result."""
    lowered = text.lower()
    return bool(_ONGOING_PREFILTER.search(lowered) and _ONGOING_RE.search(lowered))
