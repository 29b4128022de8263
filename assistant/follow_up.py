"""What marks a turn as leaning on the one before it (English, Hinglish, Hindi).

A follow-up is searched with the previous question as context (chat `_search`): when it points back
("is it free?", "iska charge?", "इसके लिए क्या चाहिए?"), opens with a connective ("and the fee?", "aur
Hindi mein?", "और कितने दिन?"), or is too short to stand alone.
"""
from __future__ import annotations

import re

from rag.text import WORD_END as _E, WORD_START as _B, tokenize

# pronouns with their postpositions, written joined ("iske", "इसमें") or apart ("is par", "इस पर")
ANAPHORA_RE = re.compile(_B + r"(?:it|its|this|that|these|those|they|them|same|what about|how about|and if|and for|"
                         r"(?:is|us|in|un)(?:ka|ke|ki|me|mein|ko|se|pe|par)|(?:is|us|in|un) (?:par|pe)|"
                         r"(?:इस|उस|इन|उन)(?:का|के|की|में|मे|को|से|पर)|(?:इस|उस|इन|उन) पर|इसे|उसे|इन्हें|उन्हें)" + _E, re.I)
CONNECTIVE_RE = re.compile(r"^\s*(?:and|or|also|then|so|aur|ya|toh|phir|fir|और|या|तो|फिर)" + _E, re.I)
# a Hindi demonstrative standing for the earlier turn's subject ("यह कितने दिन में आएगा?")
DEMONSTRATIVE_RE = re.compile(_B + r"(?:यह|वह|ये|वो|yeh|woh)" + _E, re.I)


def refers_back(question: str) -> bool:
    """The turn points back at the previous one (a pronoun, a Hindi demonstrative), opens with a connective,
    or has two content words or fewer."""
    marked = ANAPHORA_RE.search(question) or CONNECTIVE_RE.search(question) or DEMONSTRATIVE_RE.search(question)
    return bool(marked) or len(set(tokenize(question))) <= 2
