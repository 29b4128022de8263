"""The parts of a multi-part question: "What is the joining fee and how long is eKYC valid?" asks
two things, each searched and answered on its own; "Can I pay rent and bills with it?" asks one."""
from __future__ import annotations

import re

from rag.text import tokenize

# Where a question turns to its next part: "…? And how long…", "… and what is…", "… aur kitne din…", "… और …"
PART_RE = re.compile(r"\?\s+(?=\S)|;\s*|,?\s+(?:and|also|plus)\s+(?=(?:what|which|how|when|where|why|who|is|are|do|does|can|will|the)\b)"
                     r"|,?\s+(?:aur|और|तथा)\s+(?=\S+\s+\S+)", re.I)
# A comma before a second question ("What is the fee, how long is it valid?", "fee kitni hai, kab tak valid hai?"):
# a part only when the clause before it asks a question itself, so a condition ("If the OTP fails, what then?",
# "agar call kat jaye, kya karein?") stays one question with its condition.
_ASKS = (r"what|which|how|where|why|who|kya|kitna|kitni|kitne|kab|kaise|kaun|kahan|kahaan|"
         r"क्या|कितना|कितनी|कितने|कब|कैसे|कौन|कौनसा|कौन-सा|कहाँ|कहां")
_END = r"(?=[\s?,.।]|$)"
COMMA_ASK_RE = re.compile(rf",\s+(?=(?:{_ASKS}){_END})", re.I)
_ASKS_RE = re.compile(rf"(?:^|\s)(?:{_ASKS}){_END}", re.I)
_CONDITION_RE = re.compile(r"^\s*(?:if|when|once|after|before|agar|jab|अगर|यदि|जब)\b", re.I)


def _clauses(part: str) -> list[str]:
    pieces = COMMA_ASK_RE.split(part)
    if len(pieces) < 2 or _CONDITION_RE.match(pieces[0]) or not _ASKS_RE.search(pieces[0]):
        return [part]
    return pieces


def split_parts(query: str) -> list[str]:
    """The parts of a multi-part question; one part when it has none (or a part would be too short
    to search on its own)."""
    parts = [p.strip(" ?,.।") for chunk in PART_RE.split(query) for p in _clauses(chunk)]
    parts = [p for p in parts if tokenize(p) and len(p.split()) >= 2]
    return parts if len(parts) >= 2 else [query]
