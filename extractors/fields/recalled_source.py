"""A commenter placing a study from memory ends on a "?" without asking a question.

"I think it was in the Lancet in 2019?", "it was BMJ 2021, if I remember right?": the
sentence states a finding and only its source is unsure, so the "?" neither makes it a
question (no claim) nor leaves its direction unread. A real question opens as one
("Does anyone know ...", "@Sam was it ...").
"""

from __future__ import annotations

import re

_CUES = ("think", "believe", "sure", "remember", "iirc", "memory")  # cheap gate before the pattern
_RECALLED_SOURCE = re.compile(
    r"^(?!\W*(?:@\S+\s+)?(?:does|do|did|is|are|was|were|has|have|had|can|could|would|will|should|anyone|anybody|"
    r"what|which|who|where|when|why|how|i\s+wonder)\b).*\b(?:i\s+think|i\s+believe|i'm\s+(?:pretty\s+|fairly\s+)?sure|"
    r"if\s+i\s+remember(?:\s+right(?:ly)?|\s+correctly)?|iirc|from\s+memory)\b",
    re.IGNORECASE | re.DOTALL,
)


def recalls_a_source(text: str) -> bool:
    """Whether a sentence ending on "?" is a statement whose source the writer recalls unsurely."""
    lowered = text.lower()
    return any(cue in lowered for cue in _CUES) and _RECALLED_SOURCE.search(lowered) is not None
