"""Shares of patients who got a benefit, the treatment's set against another arm's or against the
series' size: "drops cleared symptoms in 87% of patients, compared with 71% for the older drops"
(positive; "cleared it in only 54%, compared with 85% on the gel" is negative: the larger share had the benefit with the treatment); "in an uncontrolled series of 24
children, 19 reported no nausea" (positive: most of a single arm were spared the complaint).

A benefit verb names what the share got, so the larger share is the better arm; the second share
is the comparator's, as written after "compared with", "versus" or "against". Each shape sits behind
the exact words it needs.
"""

from __future__ import annotations

import re

from extractors.fields.direction_words import CONTROL_WORD

_SHARE = r"(?P<{}>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
# A benefit verb, then the treatment's share, then the comparator's: "healed ulcers in 64% ... versus 40% with gauze".
# The comparator's share, after the treatment's: "..., compared with 71% for the older drops", "against 18% with the vehicle".
_SECOND_SHARE = (r"[^.;]{0,100}?(?:,\s*)?\b(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+)?"
                 + _SHARE.format("second"))
_BENEFIT_SHARES = re.compile(
    r"\b(?:cleared|resolved|healed|cured|relieved|eliminated|eradicated|controlled|prevented|abolished|stopped)\s+(?:[\w-]+\s+){0,4}?in\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    + _SHARE.format("first") + _SECOND_SHARE
)
# The share the treatment left in a good state, then the comparator's: "left 74% of 781 participants louse-free at day 14,
# against 18% with the vehicle lotion", "left 61% of dogs itch-free versus 22% on placebo".
_LEFT_IN_GOOD_STATE = re.compile(
    r"\b(?:left|rendered|kept)\s+(?:only\s+|just\s+|about\s+|nearly\s+|over\s+)?" + _SHARE.format("first")
    + r"\s+of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?(?:[a-z]+-free|free\s+of\s+[\w-]+|clear|cured|in\s+remission)\b"
    + _SECOND_SHARE
)
# A good state the treated reached and no one in the control arm did: "53 of 69 subjects (77%) in the cream group achieved
# a score of 0 or 1 at day 22, compared with none in the vehicle group".
_REACHED_BUT_NONE_IN_CONTROL = re.compile(
    r"\b(?:achieved|reached|attained|regained|were\s+(?:cleared|clear|cured|healed|in\s+remission))\b[^.;]{0,80}?(?:,\s*)?"
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|but)\s+(?:none|no\s+one|nobody|zero|0\s*%?)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:in|with|on|among|for|of)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?(?:[\w-]+\s+)?" + f"(?:{CONTROL_WORD.pattern})"
)
_BENEFIT_GATE = ("cleared", "resolved", "healed", "cured", "relieved", "eliminated", "eradicated", "controlled", "prevented", "abolished", "stopped")
# More of the treated arm reached a good state than of the control: "more patients given oral citicoline reached an mRS
# score of 0-1 at three months than with placebo" (fewer reaching it is the control's win).
_MORE_OF_ARM_REACHED = re.compile(
    r"\b(?P<more>more|fewer)\s+(?:patients|participants|people|children|adults|women|men|infants|animals|dogs|cats|horses|calves)\s+"
    r"(?:given|on|receiving|taking|treated\s+with|assigned\s+to|randomi[sz]ed\s+to|in\s+the\s+[\w-]+\s+(?:group|arm))\s+[^.;]{1,60}?"
    r"\b(?:reached|achieved|attained|regained|recovered|responded|remitted|returned\s+to|were\s+(?:free|clear|symptom-free|seizure-free|abstinent|in\s+remission))\b"
    r"[^.;]{0,80}?\bthan\s+(?:with\s+|on\s+|in\s+|among\s+|those\s+(?:given|on|receiving)\s+)?(?:the\s+)?"
    + f"(?:{CONTROL_WORD.pattern})"
)
# Most of one arm spared the complaint: "19 of 24 reported no nausea", "31 out of 40 dogs were itch-free".
_SPARED = re.compile(
    r"\b(?P<spared>\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<all>\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reported|had|experienced|were|remained|stayed)\s+(?:no|free\s+of|[a-z]+-free|symptom-free|clear)\b"
)
# The same with the series' size first: "in a series of 24 children, 19 reported no nausea".
_SPARED_OF_SERIES = re.compile(
    r"\b(?:series|cohort|group|sample)\s+of\s+(?P<all>\d+)\s+(?:[\w-]+\s+){0,2}?[^.;\d]{0,30}?,\s*(?P<spared>\d+)\s+(?:[\w-]+\s+){0,1}?"
    r"(?:reported|had|experienced|were|remained|stayed)\s+(?:no|free\s+of|[a-z]+-free|symptom-free|clear)\b"
)
# The series had one arm: without a comparator a share spared is the finding.
_SINGLE_ARM = re.compile(
    r"\b(?:uncontrolled|single[\s-]arm|open[\s-]label|case\s+series|series\s+of|one[\s-]arm|non-?comparative|"
    r"(?:no|without\s+a|without)\s+(?:control|comparison|comparator)(?:\s+(?:group|arm))?)\b"
)
# Most of a series cleared, the series counted first: "treated 32 children ... for 2-3 months; 26 had complete clearance".
_CLEARED_OF_SERIES = re.compile(
    r"\b(?:treated|enrolled|followed|included|studied|recruited)\s+(?P<all>\d+)\s+[^.]{0,160}?[;,]\s*(?P<spared>\d+)\s+(?:\(\d+(?:\.\d+)?\s*%\)\s+)?"
    r"(?:had|achieved|showed|reached|experienced|saw)\s+(?:a\s+)?(?:complete|full|total)\s+(?:clearance|resolution|remission|response|healing|cure|recovery)\b"
)


def benefit_shares(lowered: str) -> str | None:
    """positive or negative for the treatment's share with a benefit set against another's in ``lowered``; None when none is."""
    if any(word in lowered for word in _BENEFIT_GATE) and ("%" in lowered or "percent" in lowered or "per cent" in lowered) and (
        shares := _BENEFIT_SHARES.search(lowered)
    ) and (verdict := _larger_share_wins(lowered, shares)):
        return verdict
    if ("none" in lowered or "no one" in lowered or "nobody" in lowered or "zero" in lowered or " 0" in lowered) and (
            reached := _REACHED_BUT_NONE_IN_CONTROL.search(lowered)) and not CONTROL_WORD.search(lowered, max(0, reached.start() - 60), reached.start()):
        return "positive"
    if ("left " in lowered or "rendered " in lowered or "kept " in lowered) and (left := _LEFT_IN_GOOD_STATE.search(lowered)) and (
            verdict := _larger_share_wins(lowered, left)):
        return verdict
    if " than " in lowered and ("more " in lowered or "fewer " in lowered) and (reached := _MORE_OF_ARM_REACHED.search(lowered)):
        return "positive" if reached["more"] == "more" else "negative"
    if " of " in lowered and (spared := _SPARED.search(lowered) or _SPARED_OF_SERIES.search(lowered)) and _SINGLE_ARM.search(lowered):
        return "positive" if 2 * int(spared["spared"]) > int(spared["all"]) else None
    if ("complete" in lowered or "full" in lowered or "total" in lowered) and (cleared := _CLEARED_OF_SERIES.search(lowered)) and _SINGLE_ARM.search(lowered):
        return "positive" if 2 * int(cleared["spared"]) > int(cleared["all"]) else None
    return None


def _larger_share_wins(lowered: str, shares: re.Match[str]) -> str | None:
    """positive when the treatment's share with the benefit is the larger, negative when the smaller; None when
    they are equal or a control arm is the one named before the first ("placebo cleared ..." is the other arm's)."""
    first, second = float(shares["first"]), float(shares["second"])
    if first == second or CONTROL_WORD.search(lowered, max(0, shares.start() - 60), shares.start()):
        return None
    return "positive" if first > second else "negative"
