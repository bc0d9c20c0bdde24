"""Clauses beside a finding that say nothing about the treatment against its comparator, and
plain statements of a finding the cue passes do not read.

Asides, blanked before a sentence is read (each would otherwise add a second verdict):

- another product helped: "what finally worked was switching to a hydrolysed formula", "the
  only thing that helped was a splint", "laser was the only thing that worked" (the treatment's own
  result is the rest);
- one schedule or dose of the treatment set against another: "the twice-weekly schedule added
  little over the weekly one", "the higher dose gave no extra benefit over the lower one";
- why no effect was seen: "which may have diluted any effect", "could have masked a benefit";
- a concessive word on another therapy: "physiotherapy, although effective, is costly";
- subgroups set against each other: "smaller lesions responded better than larger ones";
- the count left unchanged beside a share that responded: "..., while 4 ulcers were unchanged";
- a trial's acronym spelt out: "(Vitamin D To Prevent Falls)" names the aim, not a result;
- a reply's pleasure at another's result: "so glad it helped!", "happy to hear it worked for you";
- a hedge opening a finding: "Cueing is not always helpful: ...";
- how a drug class works, said in the present with no comparison: "clonidine, an alpha-2 agonist,
  reduces sympathetic outflow".

Plain statements (read when the passes found nothing, or found only a null beside them):
"the 3 g/kg group had better feed conversion", "92% of patients responding", "time to
exhaustion extended by 12% vs placebo", "colds 2 days shorter", "healing was seen in 12 of 20 ulcers", "resolution 1.5 days later",
">=50% pain reduction", "no more night sweats", "didn't stop me scratching".
"""

from __future__ import annotations

import re

from extractors.fields.direction_words import CONTROL

_ASIDES = re.compile(
    # another product helped
    r"\b(?:what\s+(?:finally|actually|really|eventually|in\s+the\s+end)?\s*(?:helped|worked|fixed\s+it|did\s+the\s+trick)|"
    r"the\s+only\s+thing\s+that\s+(?:helped|worked))\s+(?:was|were|is)\s+[^.;!?]*"
    # the same told the other way round: "Laser was the only thing that worked"
    r"|\b[\w-]+(?:\s+[\w-]+)?\s+(?:was|is)\s+the\s+only\s+(?:thing|treatment|one)\s+that\s+(?:(?:actually|really|ever)\s+)?(?:helped|worked)\b[^.;!?]*"
    # one schedule or dose against another of the same treatment
    r"|\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:schedule|regimen|dosing|dose|doses|frequency|course)\s+(?:did\s+not|didn't|does\s+not|added|gave|offered|provided)\s+"
    r"(?:add\s+|give\s+|offer\s+|provide\s+)?(?:much|little|any|no)\s+(?:extra\s+|further\s+|additional\s+)?(?:benefit|gain|advantage|effect)\s+"
    r"(?:over|beyond|above)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:one|schedule|regimen|dose|course)\b"
    # why no effect was seen
    r"|,?\s*which\s+(?:may|might|could)\s+(?:have\s+)?(?:diluted|masked|obscured|attenuated|blunted|hidden)\s+(?:any|an|the|a)\s+(?:true\s+)?(?:effect|benefit|difference|signal)\b"
    # a concessive word on another therapy
    r"|,\s*(?:although|though|while|albeit)\s+(?:\w+\s+)?(?:effective|helpful|efficacious),\s+(?:is|are|was|were|remains?)\s+(?:not\s+)?(?:widely\s+|readily\s+|easily\s+)?"
    r"(?:available|accessible|costly|expensive|scarce|limited)\b"
    # subgroups against each other
    r"|\b(?:smaller|larger|younger|older|thinner|thicker|earlier|later|milder|shallower|deeper|newer)\s+(?:[\w-]+\s+)?(?:\([^()]{0,20}\)\s+)?(?:responded|did|fared|healed|cleared)\s+"
    r"(?:better|worse|faster|more\s+slowly)\s+than\s+(?:the\s+)?(?:smaller|larger|younger|older|thinner|thicker|earlier|later|milder|shallower|deeper|newer)\s+(?:ones|[\w-]+)\b"
    # how a drug class works, in the present: "prazosin, an alpha-1 antagonist, dampens noradrenergic outflow during sleep"
    r"|\b[\w-]+,\s+an?\s+(?:[\w-]+\s+){0,3}(?:antagonist|agonist|inhibitor|blocker|analogue|analog|modulator|precursor),\s+"
    r"(?:reduces|blocks|inhibits|increases|raises|lowers|enhances|decreases|boosts|dampens|suppresses|stimulates)\b(?![^.;]*(?:\d[\d.]*\s*(?:%|percent|mg|kg|points?|mmhg|mm|days?)|\bthan\b|\bversus\b|\bvs\b|\bcompared\b))[^.;]*"
    # a reply's pleasure at another's result, no result of the writer's: "so glad it helped!", "happy to hear the cream worked for your son"
    r"|\b(?:so\s+|really\s+|very\s+|just\s+)?(?:glad|happy|pleased|great|good|lovely|brilliant)\s+(?:to\s+(?:hear|know|read)\s+)?(?:that\s+)?"
    r"(?:it|this|that|they|the\s+[\w-]+|[\w-]+)\s+(?:(?:has|have|is|are)\s+)?(?:helped|helping|helps|worked|working|works|did\s+the\s+trick)\b(?:\s+for\s+(?:you|your\s+[\w-]+))?(?:\s+too)?"
    # a hedge that opens a finding, no finding itself: "Cueing is not always helpful: ..."
    r"|\b(?:is|are|was|were)\s+not\s+always\s+(?:helpful|effective|beneficial|useful)\b"
    # the unchanged count beside responders
    r"|(?<=[,;])\s*(?:while|whereas|and)\s+(?:only\s+)?(?:\d+|one|two|three|four|five|six)\s+(?:\([^()]{0,10}\)\s+)?(?:[\w-]+\s+)?(?:were|was|remained)\s+unchanged\b"
)
_ASIDE_WORDS = ("agonist", "inhibitor", "blocker", "analog", "modulator", "precursor", "helped", "worked", "works", "helps", "fixed", "trick", "benefit", "gain", "advantage", "effect", "effective", "helpful", "efficacious", "better", "worse", "faster", "slowly", "unchanged")
_RESPONSE_BEFORE = re.compile(r"\b(?:clearance|resolution|response|remission|healing|cure|responded|cleared|healed)\b")


# A trial's acronym spelt out, every word capitalised: "(Vitamin D To Prevent Falls)", "(Zinc For Colds Trial)".
_ACRONYM_EXPANDED = re.compile(r"\((?:[A-Z][\w-]*\s+){1,6}(?:To|For)\s+(?:[A-Z][\w-]*\s*){1,6}\)")


def _may_hold_aside(lowered: str) -> bool:
    """Whether some branch of ``_ASIDES`` finds every word it cannot match without: most
    sentences that pass the word gate hold none of the branches' other words."""
    def has(*words: str) -> bool:
        return any(word in lowered for word in words)
    return (
        has("helped", "helping", "helps", "worked", "working", "works", "fixed", "trick", "unchanged", "not always")
        or (has("benefit", "gain", "advantage", "effect") and has("over", "beyond", "above")
            and has("schedule", "regimen", "dosing", "dose", "frequency", "course"))
        or ("which" in lowered and has("effect", "benefit", "difference", "signal"))
        or ("," in lowered and has("though", "while", "albeit") and has("effective", "helpful", "efficacious"))
        or ("than" in lowered and has("better", "worse", "faster", "slowly"))
        or ("," in lowered and has("agonist", "inhibitor", "blocker", "analog", "modulator", "precursor"))
    )


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are asides, not the treatment's finding (the unchanged count only
    after a response was stated)."""
    spans = [found.span() for found in _ACRONYM_EXPANDED.finditer(text)] if " To " in text or " For " in text else []
    lowered = text.lower()
    if len(lowered) != len(text) or not any(word in lowered for word in _ASIDE_WORDS) or not _may_hold_aside(lowered):
        return spans
    for found in _ASIDES.finditer(lowered):
        if found.group(0).rstrip().endswith("unchanged") and not _RESPONSE_BEFORE.search(lowered, 0, found.start()):
            continue
        spans.append(found.span())
    return spans


_GAIN_CUES = re.compile(
    # an arm that had the better outcome, no "than": "the 2 g/kg group had better weight gain"
    rf"(?<!\bno\s)(?<!\bneither\s)\b(?!{CONTROL})(?:[\w/.-]+\s+){{0,2}}?(?:group|arm|cohort)\s+(?:had|showed|achieved|gave)\s+(?:significantly\s+)?(?:better|improved)\s+[a-z]"
    # a share that responded, stated with a participle: "with 88% of participants responding"
    r"|\b\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:participants|patients|subjects|children|adults|women|men|dogs|users)\s+(?:responding|improving|remitting)\b"
    # a share cleared or cured, one arm: "complete healing was seen in 12 of 20 ulcers (60%)"
    r"|\b(?:complete\s+|full\s+|partial\s+)?(?:clearance|resolution|response|remission|healing|cure|closure)\s+(?:was|were)\s+(?:seen|achieved|observed|obtained|reached|noted)\s+in\s+\d+\s+(?:of|out\s+of)\s+\d+"
    # a table cell: an endurance lengthened, an illness shortened, a threshold of symptom reduction
    r"|^\W*(?:[\w()-]+\s+){0,6}?(?:extended|prolonged|lengthened|increased|improved)\s+by\s+\d+(?:\.\d+)?\s*(?:%|s|sec|seconds|min|minutes)\s+(?:vs\.?|versus|over|compared\s+with)\s+"
    rf"(?:the\s+)?{CONTROL}"
    r"|^\W*(?:colds?|illness|symptoms?|episodes?|fever|diarrh(?:o)?ea|hospital\s+stay|stay|recovery|cold\s+duration|duration)\s+(?:were\s+|was\s+)?\d+(?:\.\d+)?\s*(?:days?|hours?|h)\s+shorter\b"
    r"|^\W*(?:>=|≥|>)\s*\d+\s*%\s+(?:symptom|pain|score|severity|headache|attack)\s+reduction\b"
    # a commenter's symptom gone for good: "no more morning headaches", "the ache mostly gone"
    r"|\bno\s+more\s+(?:[\w-]+\s+){0,2}?(?:headaches?|migraines?|pain|aches?|cramps?|nausea|itch(?:ing)?|attacks?|flare-?ups?|night\s+sweats|hot\s+flushes|hot\s+flashes|grinding|clenching)\b"
    r"|\b(?:ache|pain|itch|headaches?|nausea|cramps?|soreness)\s+(?:was\s+|is\s+)?(?:mostly|completely|totally|almost|all)\s+gone\b"
    r"|\b(?:felt|feel|feels)\s+(?:much\s+|a\s+lot\s+|so\s+much\s+)?better\s+for\s+(?:about\s+|around\s+|roughly\s+)?(?:\w+)\s+(?:weeks?|months?)\b"
    # a bad behaviour done for less time than on the control: "cried about 40 minutes less per day than babies given placebo"
    rf"|\b(?:cried|coughed|scratched|vomited|fussed|wheezed)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|times?)\s+less\s+(?:per\s+day\s+|a\s+day\s+|each\s+day\s+|daily\s+)?"
    rf"(?:after\s+[^.;]{{1,30}}?\s+)?than\s+(?:[^.;]{{0,30}}?){CONTROL}"
    # a study that reported a gain, no comparison stated: "reported better contrast sensitivity with 10-20 mg of lutein",
    # "reported firmer, less flaky nails", "reported shorter ventilation in a retrospective series"
    r"|(?<!not\s)(?<!n't\s)(?<!no\s)\breported\s+(?:significantly\s+|markedly\s+|consistently\s+)?(?:better|improved|firmer|stronger|clearer)[\s,]+(?!tolerability|safety|adherence)[a-z]"
    r"|(?<!not\s)(?<!n't\s)(?<!no\s)\breported\s+(?:significantly\s+)?shorter\s+(?:mechanical\s+)?(?:ventilation|hospital\s+stays?|stays?|recovery|illness|duration|time\s+to)\b"
    # parasites or lesions removed by a share: "removed more than 95% of adult Ostertagia", "eliminated detectable oocyst shedding"
    r"|(?<!not\s)(?<!n't\s)\b(?:removed|eliminated|eradicated)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+)?(?:\d+(?:\.\d+)?\s*%|all\s+|detectable\s+)"
)
_LOSS_CUES = re.compile(
    # a table cell's verdict: "gluconate inferior — resolution 1.5 days later"
    r"^\W*(?:[\w()/-]+\s+){0,2}?inferior\s*(?:[—–:;,-]|$)"
    r"|^\W*(?:resolution|recovery|healing|relief)\s+(?:was\s+)?\d+(?:\.\d+)?\s*(?:days?|hours?|h)\s+later\b"
)
_NULL_CUES = re.compile(
    # a treatment that did not stop the symptom: "it didn't stop me grinding", "did not stop the itching"
    r"\b(?:didn't|did\s+not|doesn't|does\s+not|never)\s+stop\s+(?:me|him|her|them|my|his|the)\s+(?:[\w-]+\s+)?(?:grinding|clenching|scratching|picking|itching|waking|snoring|coughing|crying)\b"
    # performed no better, its comparator named before
    r"|\b(?:performed|did|fared|worked)\s+no\s+better\b"
)
def _may_state_gain(lowered: str) -> bool:
    """Whether some branch of ``_GAIN_CUES`` finds every word it cannot match without ("%" or
    " in " alone opened the whole alternation for most sentences with a number)."""
    def has(*words: str) -> bool:
        return any(word in lowered for word in words)
    return (
        (has("group", "arm", "cohort") and has("better", "improved"))
        or ("%" in lowered and has("responding", "improving", "remitting"))
        or (has("clearance", "resolution", "response", "remission", "healing", "cure", "closure")
            and has("seen", "achieved", "observed", "obtained", "reached", "noted"))
        or ("by" in lowered and has("extended", "prolonged", "lengthened", "increased", "improved"))
        or "shorter" in lowered
        or ("%" in lowered and "reduction" in lowered)
        or "more" in lowered
        or "gone" in lowered
        or ("better" in lowered and has("felt", "feel"))
        or ("less" in lowered and has("cried", "coughed", "scratched", "vomited", "fussed", "wheezed"))
        or ("reported " in lowered and has("better", "improved", "firmer", "stronger", "clearer", "shorter"))
        or has("removed", "eliminated", "eradicated")
    )


def plain_cues(text: str) -> set[str]:
    """The verdicts the plain statements in ``text`` give: positive, negative, null."""
    lowered = text.lower().replace("’", "'")
    found = set()
    if _may_state_gain(lowered) and _GAIN_CUES.search(lowered):
        found.add("positive")
    if ("inferior" in lowered or "later" in lowered) and _LOSS_CUES.search(lowered):
        found.add("negative")
    if ("stop" in lowered or "better" in lowered) and _NULL_CUES.search(lowered):
        found.add("null")
    return found
