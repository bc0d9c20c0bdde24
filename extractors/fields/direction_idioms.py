"""Set phrases that say which way a result went without the cue words the passes read, as
journals, newsrooms, farm trials and patients write them; read on the whole sentence after
the passes and the clause rereading, each behind an exact word it cannot match without.

A verdict the sentence states outright overrides the passes:
- harms that outweighed or cancelled the benefit ("the fall in fractures was offset by an
  excess of strokes", "the risks outweighed any benefit"): negative; the benefit outweighing
  the risks: positive;
- a gain "confined to" or "limited to" some patients: mixed, some yes, some no;
- an association that "was attenuated and no longer significant after adjustment": null;
- a campaign that "backfired": negative;
- a gap "that could have been due to chance", as newsrooms say a non-significant one: null;
- a gain "at altitude but not at sea level", one setting's yes beside another's no: mixed;
- doubt about the balance ("it is not clear that the benefits outweigh the harms") strikes none:
  the rest of the sentence is read without it;
- a change after the treatment "but not after placebo": the treatment's gain, or its harm when the
  measure moved the wrong way;
- a disease's pace in one arm (``direction_pace``) and a table cell of measures and numbers
  (``direction_result_cells``) read measure by measure, over the passes;
- a higher dose's "no added benefit over" the lower one, or the control arm's changes "not
  significant in the placebo group", beside a gain against the control: the gain;
- a gain beside another arm's own null ("whereas pregabalin was no better than placebo",
  ``direction_other_arm``) or beside the share that did not respond ("the remaining 30% reported
  no benefit", ``direction_non_responders``): the gain;

Where the passes found nothing, an idiom is the finding:
- a parent's or patient's "dry 6 nights out of 7", "no more tantrums", "wish I'd started it
  sooner", "sleeping through the night": positive; "can't tell if it's doing anything", "was a
  wash", arms that "produced similar remission rates" or "grew as well as those on fishmeal":
  null; "worked for six weeks and then nothing": mixed; a number needed to harm, "the side
  effects weren't worth it", "my neurologist took me off it" or "swapped me to a different
  statin", researchers "surprised to find the opposite" of what
  they expected (another trial that "reported the opposite" is no finding of this one): negative;
  "right as rain", "back to her old self", relief that "appeared to be maintained", an event
  "a third less common in the treated group", patients who "fell less often when they wore" the
  device: positive; "it didn't do it for us": null; side effects "so bad I quit": negative;
  a terse cell with one outcome better and another equal ("sleep latency better; total sleep
  time equal"): mixed; more harms beside a non-significant efficacy result ("more nausea, HbA1c
  NS"): negative;
- a treatment that "came out ahead" or "on top": positive; the arm that "had better" (or
  "worse") scores "than" the other, read from whether the control is that arm: positive or
  negative; a terse "slower progression" of disease or calcification: positive, "faster
  progression": negative; two active arms' rates of a wanted outcome (``direction_arm_rates``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.fields.direction_arm_behaviour import deed_direction
from extractors.fields.direction_arm_rates import arm_rates_direction
from extractors.fields.direction_change_size import gained_more, sized_change
from extractors.fields.direction_non_responders import non_responder_spans
from extractors.fields.direction_other_arm import other_arm_null_span
from extractors.fields.direction_pace import pace_direction
from extractors.fields.direction_polarity import outcome_better
from extractors.fields.direction_result_cells import cell_direction
from extractors.fields.direction_terse_arms import alike_measure_span, comparator_unchanged_spans, sooner_direction
from extractors.fields.direction_words import CONTROL, CONTROL_WORD, HARMS, names_control

_ALIKE_WORDS = ("similar", "comparable", "alike", "unchanged", "no different", "equivalent")
_NEGATED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}$")

_OUTWEIGHED = re.compile(
    r"\b(?:was|were|is|are|being)\s+(?:more\s+than\s+|largely\s+|completely\s+|entirely\s+|partly\s+|partially\s+)?(?:outweighed|offset|negated|cancell?ed\s+out)\s+by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:excess|increases?|rises?|higher|more|greater|harms?|risks?|toxicit\w*|adverse|side[\s-]effects?)"
)
_HARM_OUTWEIGHS = re.compile(
    r"\b(?P<first>harms?|risks?|side[\s-]effects?|adverse\s+(?:events?|effects?)|toxicit(?:y|ies)|downsides?|benefits?)\s+(?:of\s+(?:(?!not\b|did\b|do\b|does\b|may\b|could\b)[\w-]+\s+){1,5}?)?(?:clearly\s+|far\s+|probably\s+|appear\s+to\s+|seem\s+to\s+)?"
    r"(?P<negated>(?:did|do|does|may|could|would|might)\s+not\s+|(?:did|do|does)n't\s+)?outweigh(?:ed|s)?\s+(?:the\s+|any\s+|its\s+|their\s+|potential\s+|possible\s+|modest\s+)*(?:[\w-]+\s+)?(?P<second>benefits?|harms?|risks?|gains?)\b"
)
_CONFINED = re.compile(
    r"\b(?:benefits?|effects?|improvements?|reductions?|gains?|advantages?|responses?|protection)\b[^.;]{0,60}?\b(?:was|were|appeared|seemed|remained)\s+"
    r"(?:\w+\s+)?(?:confined|limited|restricted)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:patients|participants|people|women|men|children|adults|infants|subjects|individuals|those|subgroups?|carriers|smokers|non-?smokers|users|cases)\b"
)
_ATTENUATED = re.compile(
    r"\b(?:attenuated|disappeared|vanished|(?:was|were|became)\s+no\s+longer\s+(?:statistically\s+)?significant|became\s+(?:statistically\s+)?non-?significant)\b"
    r"[^.;]{0,80}?\b(?:after|upon|on|with|following|once)\s+(?:\w+\s+){0,2}?(?:adjust\w*|controlling|accounting|multivariable|multivariate|covariates?)"
)
_STILL_SIGNIFICANT = re.compile(r"\b(?:remained|still|persisted|stayed)\s+(?:\w+\s+)?(?:significant|robust)")
_BACKFIRED = re.compile(r"\bbackfir(?:ed|es)\b")

_DRY_NIGHTS = re.compile(r"\bdry\s+(?:\d+|one|two|three|four|five|six|seven|most|every|all)\s+(?:nights?|days?)\b|\bdry\s+(?:at\s+night|every\s+night|all\s+night|most\s+nights)\b")
_NO_MORE = re.compile(
    r"\bno\s+more\s+(?:[\w-]+\s+)?(?:meltdowns?|tantrums?|nightmares?|night\s+terrors|accidents|headaches|migraines|flare-?ups|flares|attacks|seizures|fits|"
    r"bed-?wetting|wet\s+(?:beds|nights)|panic\s+attacks|hot\s+(?:flushes|flashes)|heartburn|cramps|reflux|sleepless\s+nights|itching|scratching|"
    r"night\s+sweats|cold\s+sores|breakouts|hives|colic|screaming|vomiting|nosebleeds)\b(?![^.;!]{0,30}\bthan\b)"
)
_STARTED_SOONER = re.compile(
    r"\bwish\s+(?:i|we|he|she)(?:'d|\s+had|\s+would\s+have)\s+(?:started|tried|begun|switched|found|done|gone)\s+(?:[\w-]+\s+){0,4}?(?:sooner|earlier|years\s+ago|ages\s+ago|long\s+ago)\b"
)
_THROUGH_THE_NIGHT = re.compile(r"\b(?:sleeping|slept|sleeps|sleep)\s+through\s+(?:the\s+night|most\s+nights|every\s+night)\b")
_CANT_TELL = re.compile(
    r"\b(?:hard|difficult|too\s+early|impossible)\s+to\s+say\b(?!\s+(?:how|enough))|\b(?:can't|cannot|can\s+not|couldn't|could\s+not|can’t|couldn’t|hard\s+to|impossible\s+to|too\s+early\s+to)\s+(?:really\s+|honestly\s+|yet\s+)?tell\s+(?:if|whether|any|a\s+difference|the\s+difference)\b"
)
_A_WASH = re.compile(r"\b(?:was|were|is|proved|turned\s+out\s+to\s+be|ended\s+up|essentially|basically|been)\s+(?:\w+\s+)?a\s+wash\b")
_SIMILAR_RESULTS = re.compile(
    r"\b(?:produced|yielded|achieved|showed|had|gave|led\s+to|resulted\s+in)\s+(?:\w+\s+)?(?:similar|comparable|equivalent|identical|equal)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rates?|scores?|outcomes?|results?|efficacy|improvements?|reductions?|benefits?|gains?|responses?)\b"
)
_NOT_WORTH_IT = re.compile(
    r"\b(?:side[\s-]effects?|nausea|headaches|dizziness|weight\s+gain|brain\s+fog|fatigue|insomnia|cramps|diarrh\w+|rash)\s+(?:just\s+|really\s+|simply\s+)?(?:were|was|are|is)(?:n't|n’t|\s+not|\s+never)\s+worth\s+(?:it|the)\b"
)
_TAKEN_OFF = re.compile(
    r"\b(?:doctor|doc|gp|consultant|nurse|specialist|vet|\w+olog(?:ist|y)|p(?:a)?ediatrician|psychiatrist|surgeon|pharmacist)\s+(?:\w+\s+)?"
    r"(?:(?:took|has\s+taken|had\s+to\s+take|pulled|stopped|switched)\s+(?:me|him|her|us|them|my\s+\w+)\s+off\b"
    r"|(?:swapped|switched|moved|changed)\s+(?:me|him|her|us|them|my\s+\w+)\s+(?:to|onto|over\s+to)\s+(?:a\s+)?(?:different|another|other|new)\b)"
)
# A gain that lasted a while, then nothing: "worked great for about six weeks and then nothing".
_WORKED_THEN_STOPPED = re.compile(
    r"\b(?:worked|helped)\s+(?:\w+\s+){0,2}?for\s+(?:about\s+|around\s+|maybe\s+|roughly\s+)?(?:a\s+couple\s+of|a\s+few|a|an|one|two|three|four|five|six|seven|eight|\d+)\s+"
    r"(?:days?|weeks?|months?)\s*,?\s+(?:and\s+)?then\s+(?:nothing|stopped|wore\s+off|quit|just\s+stopped|nada|zilch)\b"
)
# Arms alike in so many words: "fish fed the insect meal grew as well as those on fishmeal".
_AS_WELL_AS = re.compile(
    r"\b(?:grew|performed|did|fared|worked|healed|recovered|gained)\s+(?:just\s+|equally\s+|about\s+)?as\s+well\s+as\s+(?:those|the|with|on|in|birds|animals|patients|fish|pigs)\b"
)
_HARM_NUMBER = re.compile(r"\b(?:number\s+needed\s+to\s+harm|nnh)\b\s*(?:\([^()]{0,10}\)\s*)?(?:was|of|=|:|,)?\s*(?:about\s+|only\s+)?\d")
# A listed outcome that stood lower or higher in the treated arm, the untreated one implied: "Feed conversion ratio was
# lower in the treated pens", "Itch scores were lower in the supplemented group".
_STOOD_IN_TREATED = re.compile(
    r"(?:^|(?<=;\s))(?P<what>(?:[\w()/.:'-]+\s+){1,6}?)(?:was|were)\s+(?:significantly\s+|markedly\s+|consistently\s+|clearly\s+)?(?P<stood>lower|higher|reduced|greater|better|worse)\s+"
    r"(?:in|among|for|with|on)\s+(?:the\s+|all\s+)?(?:(?:[\w]+-)?treated|supplemented|vaccinated|intervention|active[\s-]treatment)\s+(?:[\w-]+\s+)?"
    r"(?:groups?|arms?|pens?|birds|animals|pigs|piglets|cows|calves|lambs|fish|rats|mice|patients|participants|children|cohort|sides?|patch(?:es)?|lesions?)\b(?![^.;]{0,40}\b(?:than|compared|versus|vs)\b)"
)
# A measure that stood a stated amount apart in a named arm: "memory scores were 1.9 points better in the
# therapy group", "pain was 12 mm lower in the acupuncture arm"; beside a measure that "did not differ", mixed.
_AMOUNT_APART_IN_ARM = re.compile(
    r"\b(?:was|were)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|on\s+average\s+)?\d+(?:[.·]\d+)?\s*"
    r"(?:points?|%|percent|per\s+cent|units?|mm|cm|kg|days?|hours?|minutes?|seconds?|degrees?|°)?\s+(?P<way>better|worse|lower|higher|greater|smaller)\s+"
    r"(?:in|among|for|with)\s+(?:the\s+|those\s+(?:given|on|taking|receiving)\s+)?(?P<arm>(?:[\w-]+\s+){0,2}?)(?:groups?|arms?)\b"
)
# A trend that "failed to be significant" is a null of its own: beside a significant gain the sentence is mixed, alone null.
_TREND_FAILED = re.compile(
    r"\b(?:tended|trended)\s+(?:to|towards?)\s+[^.;]{1,80}?\b(?:but|yet|though|although|,)\s+(?:this\s+|it\s+|they\s+)?"
    r"(?:failed\s+to|did\s+not|didn't|did\s+not\s+quite)\s+(?:be|become|reach|achieve|attain)\s+(?:statistical(?:ly)?\s+)?significan\w*"
)
# Recovery or relief twice as fast: "recovered twice as quickly as those on placebo", "relief came three times as fast".
_TIMES_AS_FAST = re.compile(
    r"\b(?:recovered|healed|responded|improved|resolved|cleared|remitted|relief\s+(?:came|arrived)|got\s+better|felt\s+better)\s+"
    r"(?:about\s+|nearly\s+|almost\s+)?(?:twice|three\s+times|four\s+times|[\d.]+\s+times)\s+as\s+(?:fast|quickly|rapidly|soon)\b"
)
# Endurance against the control: "cycled 92 seconds longer than when they were given the placebo", "ran 8% further than with placebo".
_LASTED_LONGER = re.compile(
    r"\b(?:lasted|kept\s+going|keep\s+going|cycled|cycle|ran|run|walked|walk|swam|exercised|exercise|held\s+out|persisted)\s+(?:for\s+)?(?:an?\s+)?"
    r"(?:(?:average\s+of\s+|extra\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|seconds?|secs?|s|minutes?|mins?|metres|meters|m|km)\s+|significantly\s+|much\s+)?"
    r"(?:longer|further|farther)\s+than\s+(?:when\s+(?:they|he|she|we|i|participants)\s+(?:were\s+given|took|had|received|drank|used|were\s+on)\s+|with\s+|on\s+|after\s+)?"
    rf"(?:the\s+|a\s+)?{CONTROL}"
)
# A farm animal sent off heavier: "calves on the supplement weaned 12 kg heavier".
# A p-value below 0.05: arms' numbers joined by a mere "and" ("0.18 with the intervention and 0.39 with interferon
# (P < .001)") are read as a difference only when the sentence says it is one.
_SIGNIFICANT_P = re.compile(r"\bp\s*(?:<|≤|=)\s*0?\.0[0-4]")
_HEAVIER_ANIMALS = re.compile(
    r"\b(?:calves|steers|heifers|cattle|lambs|kids|piglets|pigs|broilers|birds|chicks|fish|fingerlings|rabbits)\b[^.;]{0,60}?\b"
    r"(?:weaned|finished|marketed|slaughtered|were|grew|ended|came\s+out)\s+(?:about\s+|on\s+average\s+)?(?:[\d.,]+\s*(?:kg|g|lb|lbs|pounds|%|percent)\s+)?"
    r"(?:significantly\s+)?heavier\b"
)
_THE_OPPOSITE = re.compile(r"\b(?:found|find|finding|showed|saw|observed|seen|was|reported)\s+(?:just\s+|exactly\s+|quite\s+)?the\s+opposite\b")
# A gain bought with a harm: "reduced erythema ..., at the cost of more rebound", "improved depressive symptoms, with a
# small excess of hypomanic switches" (not "without an excess of bleeding").
_AT_THE_COST = re.compile(
    r"\b(?:at\s+the\s+(?:cost|expense|price)\s+of|with\s+(?:a\s+|an\s+)?(?:small\s+|slight\s+|modest\s+|significant\s+)?excess\s+of)\s+(?!no\b|nothing\b)"
)
_HARM_NAMED = re.compile(rf"\b{HARMS}\b")
# The way a measure moved set against the way it was meant to: "fenugreek lowered testosterone rather than raising it".
_RATHER_THAN_MEANT = re.compile(
    r"\b(?:(?P<down>lowered|reduced|decreased|cut)|(?P<up>raised|increased|boosted|elevated))\s+(?P<what>(?:[\w-]+\s+){1,4}?)rather\s+than\s+"
    r"(?:(?P<meant_up>raising|increasing|boosting|elevating)|(?P<meant_down>lowering|reducing|decreasing|cutting))\s+(?:it|them)\b"
)

# A newsroom's non-significant gap: "a difference that could have been due to chance".
_DUE_TO_CHANCE = re.compile(
    r"\b(?:difference|gap|imbalance|result|finding|reduction|benefit|advantage)\s+(?:that|which)\s+(?:could|may|might|can)\s+(?:well\s+|easily\s+|simply\s+)?"
    r"(?:have\s+been|be)\s+(?:due\s+to|down\s+to|explained\s+by|the\s+play\s+of|a\s+product\s+of)\s+(?:pure\s+|mere\s+)?chance\b"
)
# One setting's gain beside another's none: "Sprint power rose at simulated altitude but not at sea level".
_HERE_NOT_THERE = re.compile(
    r"\b(?:rose|increased|improved|fell|dropped|decreased|declined|went\s+(?:up|down)|got\s+better)\s+(?:significantly\s+)?(?:at|in|during|on|among|for|after|under)\s+"
    r"[^.;,]{1,40}?,?\s+but\s+not\s+(?:at|in|during|on|among|for|after|under)\b"
)
# A change after the treatment that the control did not bring: "ferritin rose after the iron infusion, but not after placebo",
# "motility increased with the antioxidant but not with the dummy capsules". One change, the treatment's, not one setting's
# gain beside another's none.
_NOT_WITH_CONTROL = re.compile(
    r"\b(?P<moved>rose|increased|went\s+up|climbed|improved|got\s+better|fell|dropped|decreased|declined|went\s+down|worsened|got\s+worse)\s+"
    r"(?:significantly\s+|markedly\s+|sharply\s+)?(?:[^.;,]{0,30}?\s)?(?:after|with|on|in|among|following|during|under|within|of|from)\s+[^.;]{1,60}?,?\s+but\s+not\s+"
    rf"(?:after|with|on|in|among|following|during|under|for)\s+(?:the\s+|a\s+|those\s+(?:given|on|taking)\s+)?(?:[\w-]+\s+)?(?:{CONTROL}|dummy\s+(?:pills?|tablets?|capsules?|drops|treatment))\b"
)
_UP_MOVES = ("rose", "increased", "went up", "climbed")
_DOWN_MOVES = ("fell", "dropped", "decreased", "declined", "went down")
# Doubt about the balance is no balance struck: "it is not clear that the benefits outweigh the harms", "whether the gain
# outweighs the bleeding risk remains uncertain".
_DOUBTED_BALANCE = re.compile(
    r"\b(?:not\s+(?:yet\s+|entirely\s+|at\s+all\s+)?(?:clear|known|certain|established|proven)|unclear|uncertain|unknown|whether|if)\b"
    r"[^.;]{0,70}?\boutweigh(?:s|ed)?\b[^.;]*"
)
_DOSE = r"(?:\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|iu|ml|mg/kg|g/d|mg/d)(?:\s+(?:a|per)\s+day|/d(?:ay)?)?(?:\s+dose)?|(?:the\s+)?(?:higher|larger|lower|smaller|standard|usual)\s+doses?)"
# A higher dose no better than a lower one, a dose-response null beside the gain against the control:
# "there was no added benefit of 20 mg over 10 mg".
_NO_DOSE_GAIN = re.compile(
    r"\bno\s+(?:apparent\s+|added\s+|additional\s+|extra\s+|further\s+|clear\s+|obvious\s+|significant\s+)?(?:benefit|advantage|gain|improvement)\s+(?:of|from|with)\s+"
    rf"(?:the\s+)?{_DOSE}\s+(?:over|above|beyond|compared\s+with)\s+(?:the\s+)?{_DOSE}[^.;]{{0,20}}"
)
# A between-arm null wrapping the gain it compares: "no significant difference in the extent of symptom improvement between the arms",
# "no significant differences between groups in terms of improvement of dry eye symptoms".
_NO_DIFFERENCE_IN = re.compile(
    r"\bno\s+(?:statistically\s+)?(?:significant\s+|meaningful\s+|real\s+)?differences?\s+(?:(?:in|for|of)\s+[^.;]{1,60}?\b(?:between|across)\b[^.;]*"
    r"|(?:between|across)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:groups|arms)\s+(?:in|for|on|with\s+regard\s+to|in\s+terms\s+of|regarding)\s"
    r"(?:(?!,?\s*(?:but|although|though|while|whereas|yet)\b)[^.;])*)"
)
# The control arm's own changes, said not significant after the treated arm's gains: "These changes were not significant in
# the placebo group", "no such improvement was seen in the control arm".
_CONTROL_DID_NOT_CHANGE = re.compile(
    r"\b(?:(?:these|such|the\s+same|similar|those)\s+(?:changes|improvements|effects|gains|reductions|increases)\s+(?:were|was)\s+not\s+(?:statistically\s+)?(?:significant|seen|observed)"
    r"|no\s+such\s+(?:changes?|improvements?|effects?|gains?|reductions?)\s+(?:were|was)\s+(?:seen|observed|found))\s+(?:in|among|with|for)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+)?{CONTROL}"
)
# Speculation why someone did not respond: "well-trained riders may just not respond as much".
_MAY_NOT_RESPOND = re.compile(
    r"\b(?:may|might|could|probably|perhaps)\s+(?:just\s+|simply\s+|not\s+)?(?:not\s+|n't\s+)?respond\s+as\s+(?:much|well|strongly|readily)\b"
)
_RIGHT_AS_RAIN = re.compile(r"\bright\s+as\s+rain\b|\bback\s+to\s+(?:his|her|my|their|our|your)\s+(?:old|normal|usual)\s+self(?:ves)?\b")
# Relief that held: "pain relief appeared to be maintained", "seizure control was sustained over two years".
_GAIN_HELD = re.compile(
    r"\b(?:relief|benefits?|improvements?|efficacy|response|control|gains?|effects?|remission)\s+(?:appeared\s+to\s+be|seemed\s+to\s+be|was|were|remained|appeared|seemed)\s+"
    r"(?:(?!not\b|no\b)\w+\s+)?(?:maintained|sustained|preserved)\b"
)
_DID_NOT_DO_IT = re.compile(
    r"\b(?:(?:didn't|didn’t|did\s+not|doesn't|doesn’t|does\s+not|never)\s+(?:really\s+|quite\s+)?(?:do|cut)|never\s+(?:really\s+|quite\s+)?(?:did|cut))\s+(?:it|the\s+trick)\s+(?:for\s+(?:us|me|him|her|them)\b)?"
)
_SO_BAD_I_QUIT = re.compile(
    r"\b(?:side[\s-]effects?|nausea|constipation|cramps|headaches?|diarrh\w+|dizziness|vomiting|heartburn|insomnia|rash|itching|reflux|bloating|jitters)\b"
    r"[^.;]{0,60}?\b(?:were|was|got)\s+so\s+bad\s+(?:that\s+)?(?:i|we|he|she|they)\s+(?:had\s+to\s+)?(?:quit|stopped|stop|gave\s+up|came\s+off|dropped)\b"
)
# An event rarer in one arm by a stated share: "atrial fibrillation was about 40% less common in the colchicine group".
_SHARE_LESS_COMMON = re.compile(
    r"\b(?:was|were)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|some\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|half|a\s+(?:third|quarter|fifth)|one[\s-](?:third|quarter|fifth)|two[\s-]thirds)\s+"
    r"(?P<way>less|more)\s+(?:common|frequent|likely)\s+(?:in|among|with)\s+(?:the\s+|those\s+(?:given|on|taking)\s+)?(?P<arm>[\w-]+)"
)
# Patients who came to grief less often while treated: "bumped into obstacles less often when they wore the glasses".
_LESS_OFTEN_WHEN = re.compile(
    r"\bless\s+(?:often|frequently)\s+(?:when|while|once|after)\s+(?:they|he|she|we|i|participants|patients|children|people)\s+"
    r"(?:wore|were\s+wearing|took|were\s+taking|used|were\s+using|were\s+given|had|received|got)\b"
)
# The control judged the better arm by those who ran or read the trial: "found the sham procedure superior",
# "raters judged the vehicle more effective", "found sertraline superior" where sertraline is the claim's comparator.
_CONTROL_JUDGED_BETTER = re.compile(
    r"\b(?:found|find|finds|judged|judge|rated|rate|considered|deemed|thought|believed|preferred)\s+(?:the\s+)?(?P<arm>[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+be\s+)?"
    r"(?:significantly\s+|slightly\s+|clearly\s+|somewhat\s+|much\s+|far\s+)?(?:superior|better|more\s+(?:effective|helpful|beneficial|useful|efficacious))\b"
)
_JUDGING_STEMS = ("found ", "find", "judge", "rate", "considered", "deemed", "thought", "believed", "preferred")
# Outclassed: "the herbal rinse was no match for chlorhexidine"; the subject is the arm that lost.
_NO_MATCH_FOR = re.compile(r"\b(?:was|were|is|are|proved|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:simply\s+|just\s+|clearly\s+)?no\s+match\s+for\b")
# Level with the other arm: "the generic inhaler held its own against the branded one", "home rehabilitation matched
# centre-based rehabilitation on walking distance" (not a design's "were matched for age", "age-matched controls").
_HELD_ITS_OWN = re.compile(r"\b(?:held|holds|hold|holding)\s+(?:its|their|his|her)\s+own\s+(?:against|with|alongside|versus|vs\.?|next\s+to|beside)\b")
_MATCHED_ON = re.compile(
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbeing\s)(?<!\ba\s)(?<!\ban\s)(?<![\w-])matched\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:on|for|in)\s+(?!(?:age|sex|gender|baseline|bmi|body|weight|height|demograph\w*|ethnicity|race|parity|severity|duration|smoking)\b)"
)
# A terse cell's verdicts, outcome by outcome: "sleep latency better; total sleep time equal", "more nausea, HbA1c NS".
_CAME_OUT_AHEAD = re.compile(r"\b(?:came|come|comes|coming)\s+out\s+(?:\w+\s+)?(?:ahead|on\s+top|in\s+front)\b")
_HAD_BETTER_THAN = re.compile(r"\b(?:had|showed|reported|achieved)\s+(?:significantly\s+|slightly\s+|much\s+|markedly\s+)?(?P<way>better|worse)\s+(?:[\w()/-]+\s+){1,8}?than\b")
_PROGRESSION_PACE = re.compile(r"\b(?P<pace>slower|slowed|less|faster|quicker|more\s+rapid)\s+(?:\w+\s+)?progression\b")
_CELL_PART = re.compile(
    r"^\s*(?:(?P<what>[\w\s/()-]{1,40}?)\s+(?P<verdict>better|improved|worse|equal|same|similar|unchanged|ns|n\.s\.?)"
    r"|(?P<none>no\s+(?:benefit|effect|change|difference|improvement))|(?P<more>more|fewer)\s+(?P<harm>[\w\s-]{1,40}?))\s*$"
)
_HARM_CELL = re.compile(r"\b(?:reactions?|nausea|vomiting|rash|adverse|side[\s-]effects?|irritation|dizziness|headaches?|diarrh\w+|constipation|bleeding|withdrawals?|dropouts?)\b")


def _cell_verdicts(lowered: str) -> str | None:
    """A terse table cell of two or three outcome verdicts, read together."""
    parts = re.split(r"[;,]", lowered)
    if not 2 <= len(parts) <= 3:
        return None
    kinds = set()
    for part in parts:
        found = _CELL_PART.match(part)
        if not found:
            return None
        if found["more"]:
            if not _HARM_CELL.search(found["harm"]):
                return None
            kinds.add("harm" if found["more"] == "more" else "spared")
        else:
            kinds.add("gain" if found["verdict"] in ("better", "improved") else "loss" if found["verdict"] == "worse" else "alike")
    if kinds == {"gain", "alike"}:
        return "mixed"
    if kinds == {"harm", "alike"}:
        return "negative"
    return None


def _before(lowered: str, start: int) -> str:
    """The clause's words before ``start``, up to 80 characters: what the phrase at ``start`` says of."""
    window = lowered[max(0, start - 80) : start]
    return re.split(r"[.;,]", window)[-1]


def _sentence_span(lowered: str, found: re.Match[str]) -> tuple[int, int]:
    """``found`` widened to its sentence or semicolon clause."""
    start = max(lowered.rfind(".", 0, found.start()), lowered.rfind(";", 0, found.start())) + 1
    ends = [end for end in (lowered.find(".", found.end()), lowered.find(";", found.end())) if end != -1]
    return start, min(ends) if ends else len(lowered)


def _ran_lower(lowered: str, found: re.Match[str]) -> str:
    """positive when the arm named had less of an outcome that should be lower (or more of one that should be higher)."""
    less = found["way"] == "less"
    if CONTROL_WORD.match(found["arm"]):
        less = not less
    return "positive" if less != (outcome_better(_before(lowered, found.start())) == "higher") else "negative"


_BRACKETED = re.compile(r"\([^()]*\)")
_CLAUSE_END = re.compile(r"[;.](?!\d)|,\s*(?:while|but|whereas|although|though|yet|and)\b")


def _clause_span(lowered: str, found: re.Match[str]) -> tuple[int, int]:
    """The clause holding ``found`` with its bracketed figures: from the last stop, semicolon or comma
    before it to the next stop, semicolon or comma that opens a contrasting clause ("..., while ...")."""
    start = max(lowered.rfind(".", 0, found.start()), lowered.rfind(";", 0, found.start()), lowered.rfind(",", 0, found.start())) + 1
    unbracketed = _BRACKETED.sub(lambda inside: " " * len(inside[0]), lowered)  # "(difference 4, 95% CI -1 to 9; p=0.41)" is no clause
    end = _CLAUSE_END.search(unbracketed, found.end())
    return start, end.start() if end else len(lowered)


_REFERS_BACK = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:difference|gap|advantage|effect|benefit|trend)|this|which|it)\s+(?:was|were|did|is|remained|failed)\b"
)


def _through_clause(lowered: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` carried on to the end of its clause, bracketed figures and all: "(p = 0.41)" is the span's own."""
    unbracketed = _BRACKETED.sub(lambda inside: " " * len(inside[0]), lowered)
    end = _CLAUSE_END.search(unbracketed, span[1])
    return span[0], end.start() if end else len(lowered)


def _stood_apart(lowered: str, found: re.Match[str]) -> str | None:
    """positive when the named arm stood better (or lower on a measure that should fall); flipped
    when that arm is the control; None when "lower" or "higher" meets a measure of unknown polarity."""
    if found["way"] in ("better", "worse"):
        better = found["way"] == "better"
    else:
        polarity = outcome_better(_before(lowered, found.start()))
        if polarity is None:
            return None
        better = (found["way"] in ("higher", "greater")) == (polarity == "higher")
    if CONTROL_WORD.search(found["arm"]):
        better = not better
    return "positive" if better else "negative"


def _moved_alone(lowered: str, found: re.Match[str]) -> str:
    """positive unless the outcome that moved with the treatment alone went the wrong way for what it measures."""
    moved = found["moved"]
    if moved in ("worsened", "got worse"):
        return "negative"
    if moved in _UP_MOVES or moved in _DOWN_MOVES:
        better = outcome_better(_before(lowered, found.start()))
        if better and (moved in _UP_MOVES) != (better == "higher"):
            return "negative"
    return "positive"


def _stated(found: re.Match[str] | None, lowered: str) -> bool:
    """A match not negated just before it ("did not outweigh")."""
    return found is not None and not _NEGATED.search(lowered, max(0, found.start() - 30), found.start())


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def idiom_direction(text: str, direction: str, read: Callable[[str], str], comparator: str | None = None) -> str:
    """``direction`` as the passes read ``text``, corrected or supplied by the idioms above;
    ``read`` reads a sentence with some of its clauses blanked, ``comparator`` names the arm the
    treatment was set against, where the claim knows it."""
    lowered = text.lower()
    if direction == "mixed" and ("tended" in lowered or "trended" in lowered) and "signific" in lowered and (trends := list(_TREND_FAILED.finditer(lowered))):
        blanked = text
        for found in trends:
            blanked = blanked[: found.start()] + " " * (found.end() - found.start()) + blanked[found.end() :]
        rest = read(blanked)
        direction = "mixed" if rest == "positive" else "null" if rest == "unknown" else rest
    if "outweigh" in lowered and (doubts := list(_DOUBTED_BALANCE.finditer(lowered))):
        return read(_blank(text, [found.span() for found in doubts]))
    if "outweigh" in lowered or "offset" in lowered or "negated" in lowered or "cancel" in lowered:
        if _stated(_OUTWEIGHED.search(lowered), lowered):
            return "negative"
        found = _HARM_OUTWEIGHS.search(lowered)
        if _stated(found, lowered) and found["first"].startswith("benefit") != found["second"].startswith("benefit"):
            return "positive" if found["first"].startswith("benefit") != bool(found["negated"]) else "negative"  # "did not outweigh" turns it
    if direction in ("unknown", "positive", "negative", "null") and (sized := sized_change(lowered, comparator) or deed_direction(lowered, comparator) or gained_more(lowered, comparator)):
        verdict, span = sized  # "a smaller rise in haemoglobin than", "fussed significantly more than the placebo group"
        own = read(_blank(text, [span]))
        if own in ("unknown", verdict):
            return verdict
        if own == "null":  # "(p = 0.41)", "but the difference was not significant": the change's own null
            separate = not _REFERS_BACK.search(lowered, span[1]) and read(_blank(text, [_through_clause(lowered, span)])) == "null"
            return "mixed" if verdict == "positive" and separate else "null"  # "..., but sleep quality did not differ"
    if direction in ("unknown", "positive", "null") and " match " in lowered and _stated(outclassed := _NO_MATCH_FOR.search(lowered), lowered):
        return "positive" if CONTROL_WORD.search(_before(lowered, outclassed.start())) else "negative"  # "reducing plaque" is the winner's
    if direction in ("unknown", "positive", "mixed") and any(verb in lowered for verb in _JUDGING_STEMS) and (
        judged := _CONTROL_JUDGED_BETTER.search(lowered)
    ) and names_control(judged["arm"], comparator):
        if read(_blank(text, [judged.span()])) in ("unknown", "negative"):
            return "negative"
    if direction in ("positive", "null") and ("cost" in lowered or "expense" in lowered or "price" in lowered or "excess" in lowered) and (
            _AT_THE_COST.search(lowered)):
        return "mixed" if direction == "positive" else "negative"  # a gain bought with a harm; nothing gained and a harm brought
    if direction == "positive" and ("confined" in lowered or "limited" in lowered or "restricted" in lowered) and _CONFINED.search(lowered):
        return "mixed"
    if direction in ("positive", "mixed", "negative") and ("adjust" in lowered or "controlling" in lowered or "accounting" in lowered or "multivar" in lowered) and (
        _ATTENUATED.search(lowered) and not _STILL_SIGNIFICANT.search(lowered)
    ):
        return "null"
    if "backfir" in lowered and _BACKFIRED.search(lowered):
        return "negative"
    if direction in ("positive", "unknown") and "rather than" in lowered and (meant := _RATHER_THAN_MEANT.search(lowered)) and (
            bool(meant["down"]) == bool(meant["meant_up"])) and outcome_better(meant["what"]) is None and not _HARM_NAMED.search(meant["what"]):
        return "negative"  # the opposite of what it was taken for (a measure whose sense is known is read by the passes)
    if direction in ("positive", "unknown") and "then" in lowered and _WORKED_THEN_STOPPED.search(lowered):
        return "mixed"
    if direction != "null" and "chance" in lowered and _DUE_TO_CHANCE.search(lowered):
        return "null"
    if direction in ("null", "unknown", "mixed") and " but not " in lowered and (alone := _NOT_WITH_CONTROL.search(lowered)):
        return _moved_alone(lowered, alone)
    if direction in ("null", "unknown") and " but not " in lowered and _HERE_NOT_THERE.search(lowered):
        return "mixed"
    if direction == "mixed" and " over " in lowered and (doses := list(_NO_DOSE_GAIN.finditer(lowered))):
        if (rest := read(_blank(text, [found.span() for found in doses]))) == "positive":
            return rest
    if direction == "mixed" and "difference" in lowered and (alike := list(_NO_DIFFERENCE_IN.finditer(lowered))):
        if read(_blank(text, [found.span() for found in alike])) == "unknown":
            return "null"
    if direction in ("mixed", "null") and (" were not " in lowered or " was not " in lowered or "no such" in lowered) and (
        unchanged := list(_CONTROL_DID_NOT_CHANGE.finditer(lowered))
    ):
        if read(_blank(text, [_sentence_span(lowered, found) for found in unchanged])) == "positive":
            return "positive"
    if direction in ("positive", "mixed") and "respond as" in lowered and (guesses := list(_MAY_NOT_RESPOND.finditer(lowered))):
        if (rest := read(_blank(text, [_sentence_span(lowered, found) for found in guesses]))) != "unknown":
            return rest
    if direction in ("unknown", "positive") and (" sooner" in lowered or " earlier" in lowered or " faster" in lowered or " later" in lowered or " slower" in lowered or " more slowly" in lowered) and (
        sooner := sooner_direction(lowered)
    ):
        return sooner
    if direction == "mixed" and (" no " in lowered or "respond" in lowered) and (silent := non_responder_spans(lowered)):
        if read(_blank(text, silent)) == "positive":
            return "positive"  # "58% had a 50% fall in seizures, while 30% reported no benefit": a response rate
    if direction in ("mixed", "null") and ("whereas" in lowered or "while " in lowered or ";" in lowered) and (other := other_arm_null_span(lowered, comparator)):
        if read(_blank(text, [other])) == "positive":
            return "positive"  # "..., whereas the control group did not improve": the comparator's null
    if direction in ("mixed", "null") and ("no " in lowered or "unchanged" in lowered) and (still := comparator_unchanged_spans(lowered, comparator)):
        if read(_blank(text, still)) == "positive":
            return "positive"
    if direction == "positive" and (" but " in lowered or ";" in lowered or "while" in lowered or "whereas" in lowered) and any(
        word in lowered for word in _ALIKE_WORDS
    ) and (alike := alike_measure_span(lowered)):
        if read(_blank(text, [alike])) == "positive":
            return "mixed"
    if len(text) <= 140 and ("," in text or ";" in text or direction == "unknown" and len(text) < 60) and (cell := cell_direction(lowered)):
        return cell
    if direction in ("null", "nonsignificant", "unknown", "positive") and len(text) < 80 and (verdict := _cell_verdicts(lowered)):
        return verdict
    if direction in ("positive", "unknown") and (paced := pace_direction(lowered)):
        pace, span = paced
        if direction == "unknown" or pace == "positive":
            return pace
        return "negative" if read(_blank(text, [span])) == "unknown" else "mixed"  # "faster progression", or a gain beside it
    if direction in ("null", "unknown") and (" group" in lowered or " arm" in lowered) and (apart := _AMOUNT_APART_IN_ARM.search(lowered)):
        verdict = _stood_apart(lowered, apart)
        rest = read(_blank(text, [_clause_span(lowered, apart)])) if direction == "null" else "unknown"
        if verdict and direction == "unknown":
            return verdict
        if verdict == "positive" and rest == "null":
            return "mixed"  # "1.9 points better in the therapy group, while quality of life did not differ"
    if direction != "unknown":
        return direction
    if ("rain" in lowered or " self" in lowered) and _RIGHT_AS_RAIN.search(lowered):
        return "positive"
    if ("maintained" in lowered or "sustained" in lowered or "preserved" in lowered) and _GAIN_HELD.search(lowered):
        return "positive"
    if (" it" in lowered or "trick" in lowered) and _DID_NOT_DO_IT.search(lowered):
        return "null"
    if "so bad" in lowered and _SO_BAD_I_QUIT.search(lowered):
        return "negative"
    if ("less common" in lowered or "more common" in lowered or "less frequent" in lowered or "more frequent" in lowered or "less likely" in lowered or "more likely" in lowered) and (
        share := _SHARE_LESS_COMMON.search(lowered)
    ):
        return _ran_lower(lowered, share)
    if "less often" in lowered or "less frequently" in lowered:
        if (when := _LESS_OFTEN_WHEN.search(lowered)) and outcome_better(_before(lowered, when.start())) != "higher":
            return "positive"
    if ("fast" in lowered or "quick" in lowered or "rapid" in lowered or "soon" in lowered) and " as " in lowered and _TIMES_AS_FAST.search(lowered):
        return "positive"
    if (" longer than" in lowered or "further than" in lowered or "farther than" in lowered) and _LASTED_LONGER.search(lowered):
        return "positive"
    if (" compared " in lowered or " vs" in lowered or "versus" in lowered or "against" in lowered
            or (" and " in lowered and _SIGNIFICANT_P.search(lowered))) and (rates := arm_rates_direction(lowered, comparator)):
        return rates
    if "heavier" in lowered and _HEAVIER_ANIMALS.search(lowered):
        return "positive"
    if "dry " in lowered and _DRY_NIGHTS.search(lowered):
        return "positive"
    if "no more" in lowered and _NO_MORE.search(lowered):
        return "positive"
    if "wish" in lowered and _STARTED_SOONER.search(lowered):
        return "positive"
    if "through" in lowered and _stated(_THROUGH_THE_NIGHT.search(lowered), lowered):
        return "positive"
    if ("tell" in lowered or " say" in lowered) and _CANT_TELL.search(lowered):
        return "null"
    if " wash" in lowered and _A_WASH.search(lowered):
        return "null"
    if ("similar" in lowered or "compar" in lowered or "equ" in lowered or "identical" in lowered) and _SIMILAR_RESULTS.search(lowered):
        return "null"
    if "worth" in lowered and _NOT_WORTH_IT.search(lowered):
        return "negative"
    if (" off" in lowered or "swapped" in lowered or "switched" in lowered or "moved" in lowered or "changed" in lowered) and _TAKEN_OFF.search(lowered):
        return "negative"
    if ("treated" in lowered or "supplemented" in lowered or "vaccinated" in lowered or "intervention" in lowered or "active" in lowered) and (
        stood := _STOOD_IN_TREATED.search(lowered)
    ) and (better := outcome_better(stood["what"])):
        if stood["stood"] in ("better", "worse"):
            return "positive" if stood["stood"] == "better" else "negative"
        return "positive" if (stood["stood"] in ("higher", "greater")) == (better == "higher") else "negative"
    if " own " in lowered and _HELD_ITS_OWN.search(lowered):
        return "null"
    if "matched " in lowered and _stated(_MATCHED_ON.search(lowered), lowered):
        return "null"
    if "as well as" in lowered and _AS_WELL_AS.search(lowered):
        return "null"
    if ("to harm" in lowered or "nnh" in lowered) and _HARM_NUMBER.search(lowered):
        return "negative"
    if "opposite" in lowered and ("surpris" in lowered or "expect" in lowered or "contrary" in lowered) and _THE_OPPOSITE.search(lowered):
        return "negative"
    if direction != "unknown":
        return direction
    if " out " in lowered and _stated(ahead := _CAME_OUT_AHEAD.search(lowered), lowered):
        return "negative" if CONTROL_WORD.search(_before(lowered, ahead.start())) else "positive"
    if " than" in lowered and ("better" in lowered or "worse" in lowered) and _stated(better := _HAD_BETTER_THAN.search(lowered), lowered):
        control_ahead = bool(CONTROL_WORD.search(_before(lowered, better.start())))
        return "positive" if (better["way"] == "better") != control_ahead else "negative"
    if "progression" in lowered and _stated(pace := _PROGRESSION_PACE.search(lowered), lowered):
        return "positive" if pace["pace"] in ("slower", "slowed", "less") else "negative"
    return direction
