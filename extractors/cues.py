"""Words that tell a sentence may state a claim, tested before any field is read: the
general cue (a digit, a study or efficacy word) and a commenter's report of their own
experience ("worked for me", "no difference for me")."""

from __future__ import annotations

from extractors.attribution import word_list
from extractors.fields.lexicon import CaselessPattern, trie_pattern

# Cue lists are folded into prefix tries: a flat alternation of 50 words is tried word by
# word at every position and cost more than the field parsers it is meant to spare.
CLAIM_CUE = CaselessPattern(r"\d|[¹²³⁴⁵⁶⁷⁸⁹]|\b" + trie_pattern(word_list("claim_cues.txt")))
COMMENT_CUE = CaselessPattern(trie_pattern(word_list("comment_cues.txt")))
